"""How often a pronoun that attributes a quote is resolved to the right speaker.

PolNeAR scores the speaker *mention* ("she"), not who it is, so this script
measures the resolution behind the ``speaker`` column on two small gold
sets of pronoun mentions (he, she, they, it, his, her) that attribute a
quote, drawn at random (seed 2026) from the quotes ``analysis.quotes``
found, each annotated with its referent by reading the article:
``benchmarks/data/polnear_dev_pronoun_referents.jsonl`` (147 mentions in
PolNeAR dev, drawn at commit bd45cb3; 140 marked "sure") and
``polnear_train_pronoun_referents.jsonl`` (200 in train, drawn at 9ebd378;
185 "sure"). Develop on train, report dev, as for the quote benchmark. Each
set was annotated by one assistant session that saw only the article text,
never this package's output. Only article ids, offsets and names are
stored, no article text.

A resolved speaker counts as right when it names the referent: the same
words once titles, honorifics and a possessive are dropped, or for a person
the same surname and no different first name ("Hillary Rodham Clinton" for
"Hillary Clinton", "Trump" for "Donald Trump"). A null referent (no one) is
right only when the speaker is None. Prints the accuracy overall, for the
"sure" items, and by pronoun; ``--show`` lists the misses.

Run: ``.venv/bin/python benchmarks/speaker_resolution.py [--train] [--show]``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from analysis.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
CORPORA = ROOT.parent / "shared" / "corpora"
_DROP = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "the", "former", "sir"}
)
_WORD_RE = re.compile(r"[\w\-]+")


def name_words(name: str) -> list[str]:
    """Return the lower-case words of a name without titles, honorifics or a possessive."""
    name = re.sub(r"[’']s\b", "", name)
    return [w for w in _WORD_RE.findall(name.lower()) if w not in _DROP]


def names_referent(speaker: str | None, gold: dict[str, Any]) -> bool:
    """Return True when ``speaker`` (our resolved display) names the gold referent."""
    if gold["referent"] is None:
        return speaker is None
    if speaker is None:
        return False
    ours = name_words(speaker)
    for form in [gold["referent"], *gold["aliases"]]:
        theirs = name_words(form)
        if ours == theirs:
            return True
        same_surname = gold["type"] == "person" and ours and theirs and ours[-1] == theirs[-1]
        # Same surname; a first name, if we give one, must be theirs too.
        if same_surname and (len(ours) == 1 or ours[0] == theirs[0]):
            return True
    return False


def main() -> None:
    """Resolve every gold item's quote and print the accuracy."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", action="store_true", help="the train set instead of dev")
    parser.add_argument("--show", action="store_true", help="list the misses")
    args = parser.parse_args()
    split = "train" if args.train else "dev"
    corpus = CORPORA / f"polnear-{split}.jsonl"
    if not corpus.exists():
        raise SystemExit(f"{corpus}: not found (the shared corpora sit beside the checkout)")
    gold_file = DATA / f"polnear_{split}_pronoun_referents.jsonl"
    gold = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines()]
    texts = {}
    for line in corpus.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts[record["id"]] = record["text"]
    speakers: dict[tuple[str, int], str | None] = {}
    for article_id in sorted({item["id"] for item in gold}):
        for quote in extract_quotes(texts[article_id]):
            if quote.speaker_start is not None:
                speakers.setdefault((article_id, quote.speaker_start), quote.speaker)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for item in gold:
        text = texts[item["id"]]
        start = item["mention_start"]
        pronoun = _WORD_RE.match(text, start)
        kind = pronoun.group().lower() if pronoun else "?"
        speaker = speakers.get((item["id"], start))
        ok = names_referent(speaker, item)
        for key in ("all", kind, "sure" if item["confidence"] == "sure" else "not sure"):
            total[key] += 1
            right[key] += ok
        if not ok:
            misses.append((item["id"], start, kind, item["referent"], speaker))
    for key in ["all", "sure", *sorted(k for k in total if k not in ("all", "sure", "not sure"))]:
        print(f"{key:>6}: {right[key]:3d} / {total[key]:3d} = {right[key] / total[key]:.3f}")
    if args.show:
        for article_id, start, kind, referent, speaker in misses:
            print(f"{article_id} @{start} {kind}: gold {referent!r}, ours {speaker!r}")


if __name__ == "__main__":
    main()
