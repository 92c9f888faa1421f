"""Accuracy and speed of analysis.quotes on PolNeAR (dev by default, --train for train).

Writes one prediction line per article to benchmarks/out/quotes_polnear-<split>.jsonl
and prints the scores of benchmarks/score_quotes.py plus articles per second.

Our quotes map to the corpus format as follows: partial quotes (quoted terms,
scare quotes) are not attributions and are left out; ``direct`` is true for
kind "direct"; the pieces of one utterance split by its attribution
(``"A," he said, "B."``, or ``A, he said, B``, or a quotation paragraph
that continues the previous one) share one cue, and PolNeAR annotates them as
one content, so quotes that share a cue within one paragraph of each other
are merged into their covering span. The speaker span is the mention as written ("he").
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from analysis.quotes import Quote, extract_quotes

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_quotes import format_scores, read_jsonl, score

SHARED = Path(__file__).resolve().parents[2] / "shared"
OUT = Path(__file__).resolve().parent / "out"


def to_predictions(quotes: list[Quote], *, max_paragraph_gap: int = 1) -> list[dict[str, Any]]:
    """Return the corpus-format predictions for one article's quotes.

    Quotes sharing a cue offset within ``max_paragraph_gap`` paragraphs of the
    previous piece are merged into one covering prediction (one utterance in
    several pieces), even when a clause with its own cue sits between them.
    """
    merged: list[dict[str, Any]] = []
    # cue offset -> (index in merged, paragraph of its last piece)
    by_cue: dict[int, tuple[int, int]] = {}
    for quote in quotes:
        if quote.kind == "partial":
            continue
        row = {
            "start": quote.start,
            "end": quote.end,
            "speaker": quote.speaker,
            "speaker_start": quote.speaker_start,
            "speaker_end": quote.speaker_end,
            "direct": quote.kind == "direct",
            "kind": quote.kind,
            "cue": quote.cue,
        }
        cue = quote.cue_start
        earlier = by_cue.get(cue) if cue is not None else None
        if (
            cue is not None
            and earlier is not None
            and quote.paragraph - earlier[1] <= max_paragraph_gap
        ):
            # Another piece of the same utterance, possibly after a clause
            # with its own cue ('“…,” she said, adding that …. “…”').
            target = merged[earlier[0]]
            target["end"] = quote.end
            target["direct"] = target["direct"] or row["direct"]
            by_cue[cue] = (earlier[0], quote.paragraph)
            continue
        merged.append(row)
        if cue is not None:
            by_cue[cue] = (len(merged) - 1, quote.paragraph)
    return merged


def main(argv: list[str] | None = None) -> int:
    """Run the extractor over a PolNeAR split, write predictions, print scores; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", action="store_true", help="use polnear-train instead of dev")
    parser.add_argument(
        "--gap", type=int, default=1, help="paragraphs a shared cue may span (default 1)"
    )
    args = parser.parse_args(argv)
    split = "train" if args.train else "dev"
    gold_path = SHARED / "corpora" / f"polnear-{split}.jsonl"
    articles = list(read_jsonl(gold_path))
    OUT.mkdir(parents=True, exist_ok=True)
    pred_path = OUT / f"quotes_polnear-{split}.jsonl"
    started, cpu_started = time.perf_counter(), time.process_time()
    results = [extract_quotes(article["text"]) for article in articles]
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    with pred_path.open("w", encoding="utf-8") as handle:
        for article, quotes in zip(articles, results, strict=True):
            row = {
                "id": article["id"],
                "quotes": to_predictions(quotes, max_paragraph_gap=args.gap),
            }
            handle.write(json.dumps(row) + "\n")
    print(f"polnear-{split}: {len(articles)} articles, predictions in {pred_path}")
    print(format_scores(score(gold_path, pred_path)).rsplit("\n", 1)[0])
    print(
        f"speed: {len(articles) / elapsed:.0f} articles/s wall, {len(articles) / cpu:.0f} "
        "articles/s of CPU time (one core; on a shared machine both are noisy)"
    )
    print(format_scores(score(gold_path, pred_path)).rsplit("\n", 1)[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
