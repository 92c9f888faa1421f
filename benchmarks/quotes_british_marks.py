"""British-style quotation marks: do ‘…,’ she said texts give the quotes “…,” she said ones do?

PolNeAR is US news, quoted in double marks. This script takes every PolNeAR
article (train and dev) quoted only in curly double marks, rewrites “ as ‘
and ” as ’ (the British convention, with ’ also the apostrophe), and compares
the quotes found in both versions: offsets, kind, speaker, cue and source
type. It prints how many articles give identical quotes and how many quotes
differ, with a few examples of the differences.

Usage::

    python benchmarks/quotes_british_marks.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from analysis.quotes import Quote, extract_quotes

SHARED = Path(__file__).resolve().parents[2] / "shared"
SPLITS = ("polnear-train", "polnear-dev")


def quote_key(quote: Quote) -> tuple[object, ...]:
    """Return what must agree between the two versions of one quote."""
    return (quote.start, quote.end, quote.kind, quote.speaker, quote.cue_start, quote.source_type)


def curly_double_only(text: str) -> bool:
    """Return True for a text quoted in curly double marks and no other quotation marks."""
    return "“" in text and not any(mark in text for mark in ('"', "''", "‘", "«", "„"))


def main() -> int:
    """Compare the quotes of each article in double and in single marks; print the counts."""
    paths = [SHARED / "corpora" / f"{split}.jsonl" for split in SPLITS]
    if not all(path.is_file() for path in paths):
        raise SystemExit(f"{paths[0].parent} not found: this benchmark reads ../shared/corpora")
    articles = same = quotes = differing = 0
    examples: list[str] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            if not curly_double_only(text):
                continue
            british = text.replace("“", "‘").replace("”", "’")
            us_keys = [quote_key(q) for q in extract_quotes(text)]
            british_keys = [quote_key(q) for q in extract_quotes(british)]
            articles += 1
            quotes += len(us_keys)
            if us_keys == british_keys:
                same += 1
                continue
            only_us = set(us_keys) - set(british_keys)
            differing += len(only_us)
            for key in sorted(only_us, key=str)[: max(0, 5 - len(examples))]:
                start, end = int(str(key[0])), int(str(key[1]))
                examples.append(f"  {key[2]:<8} {text[max(0, start - 60) : end + 20]!r}")
    print(f"{articles} PolNeAR articles quoted only in curly double marks, {quotes} quotes")
    print(f"identical quotes in British marks: {same} articles ({same / articles:.1%})")
    print(f"quotes found in US marks but not the same in British marks: {differing}")
    print("examples (US version):")
    print("\n".join(examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
