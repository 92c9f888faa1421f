"""How often the source type of a quote's speaker is right, on PolNeAR.

PolNeAR marks who speaks but not what kind of source it is, so this script
measures the ``source_type`` column (person, organization, anonymous,
media, document, unknown) on two small gold sets of speaker mentions drawn
at random (seed 2026) from the quotes ``analysis.quotes`` found at commit
40485bc: ``benchmarks/data/polnear_dev_source_types.jsonl`` (120 mentions of
PolNeAR dev) and ``polnear_train_source_types.jsonl`` (200 of train). Each
was annotated by an assistant session that read only the article text,
never this package's output, with the type of what the mention refers to
("he" is a person when it means Donald Trump; "unknown" when the phrase is
no source at all). Only article ids, offsets and labels are stored, no
article text. Develop on train, report dev.

Prints the accuracy overall and for the "sure" items, the recall of each
gold type, and the confusion matrix (rows gold, columns ours); ``--show``
lists the misses. A gold mention is matched as in ``speaker_resolution.py``
(same start, or else an overlapping mention); one our extractor no longer
finds counts as a miss.

Run: ``.venv/bin/python benchmarks/source_types.py [--train] [--show]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speaker_resolution import DATA, polnear_texts, quote_for_mention, quotes_by_mention

TYPES = ("person", "organization", "anonymous", "media", "document", "unknown")


def main() -> None:
    """Type every gold mention's quote and print the accuracy and the confusions."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", action="store_true", help="the train set instead of dev")
    parser.add_argument("--show", action="store_true", help="list the misses")
    args = parser.parse_args()
    split = "train" if args.train else "dev"
    texts = polnear_texts(split)
    gold_file = DATA / f"polnear_{split}_source_types.jsonl"
    gold = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines()]
    quotes = quotes_by_mention({item["id"] for item in gold}, texts)
    confusion: Counter[tuple[str, str]] = Counter()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for item in gold:
        start = item["mention_start"]
        quote = quote_for_mention(quotes[item["id"]], start, item["mention_end"])
        found, speaker = (quote.source_type, quote.speaker) if quote else ("(not found)", None)
        ok = found == item["type"]
        confusion[item["type"], found] += 1
        for key in ("all", "sure" if item["confidence"] == "sure" else "not sure", item["type"]):
            total[key] += 1
            right[key] += ok
        if not ok:
            mention = texts[item["id"]][start : item["mention_end"]]
            misses.append(f"{item['id']} @{start} {mention!r}: gold {item['type']}, ours {found}"
                          f" ({speaker!r}; {item.get('note', '')})")  # fmt: skip
    for key in ("all", "sure", *TYPES):
        if total[key]:
            print(f"{key:>12}: {right[key]:3d} / {total[key]:3d} = {right[key] / total[key]:.3f}")
    columns = [*TYPES, "(not found)"]
    print("gold \\ ours  " + " ".join(f"{c[:8]:>8}" for c in columns))
    for row in TYPES:
        print(f"{row[:12]:>12} " + " ".join(f"{confusion[row, c]:8d}" for c in columns))
    if args.show:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
