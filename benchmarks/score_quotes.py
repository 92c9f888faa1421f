"""Score quote predictions against PolNeAR gold, by the rules of shared/corpora/README.md.

Usage:
    python benchmarks/score_quotes.py GOLD.jsonl PREDS.jsonl [--iou 0.5]
        [--ignore-pred-direct] [--only-direct]

* A predicted span matches a gold content when character overlap / union >= iou
  (0.5). The gold span is taken as its pieces or as its covering span, whichever
  scores higher. Each prediction matches at most one gold content and each gold
  content at most one prediction, greedily by overlap (highest first).
* Rows: direct quote spans (gold ``direct`` contents vs predictions whose
  ``direct`` is not false), all attributions (all contents vs all predictions),
  speaker accuracy on matched direct quotes, and direct end-to-end (a match only
  counts when the speaker is right too). The speaker is right when the predicted
  speaker span overlaps the gold source; without offsets, when the speaker
  string equals the gold source or shares a capitalised name token with it.
  When the gold source is null the speaker is right only if none is predicted.
* The last line is ``direct_e2e_f1=0.xxx``.
* ``--iou`` changes the 0.5 threshold; ``--ignore-pred-direct`` counts every
  prediction as direct; ``--only-direct`` drops predictions marked not direct
  before scoring (so the all-attributions row sees only direct ones too).

Standard library only, so it runs anywhere the corpus is.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_NAME_TOKEN_RE = re.compile(r"[A-Z][\w’'\-]+")


def iou(pred: tuple[int, int], pieces: list[tuple[int, int]]) -> float:
    """Return overlap / union between a predicted span and a set of disjoint gold pieces."""
    p_start, p_end = pred
    overlap = sum(max(0, min(p_end, e) - max(p_start, s)) for s, e in pieces)
    union = (p_end - p_start) + sum(e - s for s, e in pieces) - overlap
    return overlap / union if union > 0 else 0.0


def gold_iou(pred: tuple[int, int], content: dict[str, Any]) -> float:
    """Return the better IoU of the gold content taken as pieces or as its covering span."""
    pieces = [(p["start"], p["end"]) for p in content.get("pieces") or []] or [
        (content["start"], content["end"])
    ]
    return max(iou(pred, pieces), iou(pred, [(content["start"], content["end"])]))


def match(
    preds: list[dict[str, Any]], golds: list[dict[str, Any]], threshold: float
) -> list[tuple[int, int]]:
    """Return (pred index, gold index) pairs matched one-to-one, greedily by IoU."""
    candidates = []
    for i, pred in enumerate(preds):
        span = (pred["start"], pred["end"])
        for j, gold in enumerate(golds):
            content = gold["content"]
            if span[1] <= content["start"] or span[0] >= content["end"]:
                continue
            score = gold_iou(span, content)
            if score >= threshold:
                candidates.append((-score, i, j))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def speaker_right(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Return True when the predicted speaker agrees with the gold source (see module doc)."""
    source = gold.get("source")
    start, end = pred.get("speaker_start"), pred.get("speaker_end")
    if source is None:
        return start is None and not pred.get("speaker")
    if start is not None and end is not None:
        pieces = [(p["start"], p["end"]) for p in source.get("pieces") or []] or [
            (source["start"], source["end"])
        ]
        return any(min(end, e) > max(start, s) for s, e in pieces)
    speaker = pred.get("speaker")
    if not speaker:
        return False
    if speaker == source["text"]:
        return True
    return bool(set(_NAME_TOKEN_RE.findall(speaker)) & set(_NAME_TOKEN_RE.findall(source["text"])))


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Return precision, recall and F1 (NaN where undefined)."""
    nan = float("nan")
    p = tp / n_pred if n_pred else nan
    r = tp / n_gold if n_gold else nan
    f = (
        2 * p * r / (p + r)
        if n_pred and n_gold and (p + r) > 0
        else (0.0 if n_pred and n_gold else nan)
    )
    return p, r, f


def read_jsonl(path: Path) -> Iterable[dict[str, Any]]:
    """Yield the JSON objects of a JSON Lines file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def score(
    gold_path: Path,
    pred_path: Path,
    *,
    threshold: float = 0.5,
    ignore_pred_direct: bool = False,
    only_direct: bool = False,
) -> dict[str, float]:
    """Return the scores of a predictions file against a gold file, as a dict of numbers."""
    predictions = {row["id"]: row["quotes"] for row in read_jsonl(pred_path)}
    totals = dict.fromkeys(
        ("d_tp", "d_pred", "d_gold", "a_tp", "a_pred", "a_gold", "spk_right", "e2e_tp"), 0
    )
    for article in read_jsonl(gold_path):
        golds = [a for a in article["attributions"] if a.get("content")]
        preds = predictions.get(article["id"], [])
        if only_direct:
            preds = [p for p in preds if p.get("direct") is not False]
        d_preds = [p for p in preds if ignore_pred_direct or p.get("direct") is not False]
        d_golds = [g for g in golds if g["direct"]]
        pairs = match(d_preds, d_golds, threshold)
        totals["d_tp"] += len(pairs)
        totals["d_pred"] += len(d_preds)
        totals["d_gold"] += len(d_golds)
        right = sum(speaker_right(d_preds[i], d_golds[j]) for i, j in pairs)
        totals["spk_right"] += right
        totals["e2e_tp"] += right
        totals["a_tp"] += len(match(preds, golds, threshold))
        totals["a_pred"] += len(preds)
        totals["a_gold"] += len(golds)
    d = prf(totals["d_tp"], totals["d_pred"], totals["d_gold"])
    a = prf(totals["a_tp"], totals["a_pred"], totals["a_gold"])
    e = prf(totals["e2e_tp"], totals["d_pred"], totals["d_gold"])
    speaker_acc = totals["spk_right"] / totals["d_tp"] if totals["d_tp"] else float("nan")
    return {
        "direct_p": d[0], "direct_r": d[1], "direct_f1": d[2],
        "all_p": a[0], "all_r": a[1], "all_f1": a[2],
        "speaker_acc": speaker_acc,
        "e2e_p": e[0], "e2e_r": e[1], "direct_e2e_f1": e[2],
    }  # fmt: skip


def format_scores(scores: dict[str, float]) -> str:
    """Return the report lines; the last one is ``direct_e2e_f1=0.xxx``."""
    return "\n".join(
        [
            f"direct quote spans:  P {scores['direct_p']:.3f}  R {scores['direct_r']:.3f}  "
            f"F1 {scores['direct_f1']:.3f}",
            f"all attributions:    P {scores['all_p']:.3f}  R {scores['all_r']:.3f}  "
            f"F1 {scores['all_f1']:.3f}",
            f"speaker accuracy on matched direct quotes: {scores['speaker_acc']:.3f}",
            f"direct end-to-end:   P {scores['e2e_p']:.3f}  R {scores['e2e_r']:.3f}  "
            f"F1 {scores['direct_e2e_f1']:.3f}",
            f"direct_e2e_f1={scores['direct_e2e_f1']:.3f}",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    """Score the files named on the command line and print the report; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--iou", type=float, default=0.5)
    parser.add_argument("--ignore-pred-direct", action="store_true")
    parser.add_argument("--only-direct", action="store_true")
    args = parser.parse_args(argv)
    scores = score(
        args.gold,
        args.predictions,
        threshold=args.iou,
        ignore_pred_direct=args.ignore_pred_direct,
        only_direct=args.only_direct,
    )
    print(format_scores(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
