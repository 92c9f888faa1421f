"""Score sentence segmenters on the labelled news table and time them on PolNeAR.

Prints, for our rules, syntok, pysbd and textstat's sentence regex: how many
table cases get exactly the right number of sentences (our rules and syntok
are also checked span by span) and how many articles per second each splits.
Run from the repository: ``.venv/bin/python benchmarks/readability_sentences.py``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from analysis.text import split_sentences

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
TABLE = REPO / "tests" / "data" / "news_sentences.jsonl"
POLNEAR = SHARED / "corpora" / "polnear-dev.jsonl"


def load_table() -> list[dict[str, Any]]:
    """Return the labelled cases with their ``text`` filled in."""
    cases = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        case.setdefault("text", case.get("join", " ").join(case["sentences"]))
        cases.append(case)
    return cases


def ours(text: str) -> list[str]:
    """Return our sentences as strings."""
    return [text[start:end] for start, end in split_sentences(text)]


def syntok_sentences(text: str) -> list[str]:
    """Return syntok's sentences (paragraph-aware) as stripped strings."""
    from syntok import segmenter

    out = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            joined = "".join(t.spacing + t.value for t in sentence).strip()
            if any(ch.isalnum() for ch in joined):
                out.append(joined)
    return out


def pysbd_sentences(text: str) -> list[str]:
    """Return pysbd's sentences as stripped strings (one segmenter, built once)."""
    return [s.strip() for s in _PYSBD.segment(text) if any(ch.isalnum() for ch in s)]


def textstat_count(text: str) -> int:
    """Return textstat's sentence count (its regex, minus segments of <= 2 words)."""
    import textstat

    return int(textstat.sentence_count(text))


def score(name: str, cases: list[dict[str, Any]], split: Callable[[str], Any]) -> None:
    """Print exact-count and exact-span scores of one segmenter on the table."""
    count_ok = span_ok = 0
    for case in cases:
        result = split(case["text"])
        n = result if isinstance(result, int) else len(result)
        count_ok += n == len(case["sentences"])
        span_ok += not isinstance(result, int) and result == case["sentences"]
    spans = "-" if name == "textstat" else f"{span_ok}/{len(cases)}"
    print(f"{name:10s} right count {count_ok}/{len(cases)}  right sentences {spans}")


def speed(name: str, texts: list[str], split: Callable[[str], Any]) -> None:
    """Print how many articles per second ``split`` handles (after one warm-up)."""
    split(texts[0])
    start = time.perf_counter()
    for text in texts:
        split(text)
    elapsed = time.perf_counter() - start
    print(f"{name:10s} {len(texts) / elapsed:10.0f} articles/s")


def main() -> None:
    """Score and time every segmenter."""
    global _PYSBD
    import pysbd  # type: ignore[import-untyped]

    _PYSBD = pysbd.Segmenter(language="en", clean=False)
    cases = load_table()
    splitters: list[tuple[str, Callable[[str], Any]]] = [
        ("ours", ours),
        ("syntok", syntok_sentences),
        ("pysbd", pysbd_sentences),
        ("textstat", textstat_count),
    ]
    print(f"sentence table: {len(cases)} cases ({TABLE.relative_to(REPO)})")
    for name, split in splitters:
        score(name, cases, split)
    if POLNEAR.exists():
        texts = [json.loads(line)["text"] for line in POLNEAR.open(encoding="utf-8")]
        print(f"speed on {len(texts)} PolNeAR dev articles (shared machine: noisy)")
        for name, split in splitters[:3]:
            speed(name, texts, split)


_PYSBD: Any = None

if __name__ == "__main__":
    main()
