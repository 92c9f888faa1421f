"""Does each readability measure order OneStopEnglish's three levels correctly?

For every formula and for ``grade``, over ``../shared/corpora/onestop-dev.jsonl``
(the same Guardian article rewritten at elementary, intermediate and advanced
level), prints: the share of topics ordered ele < int < adv, and the
cross-topic AUCs for ele < adv and int < adv (the probability that a random
harder text scores harder than a random easier one; ties count half).
Flesch reading ease is negated, since higher means easier.
Note: ``grade`` is fitted on this same file (benchmarks/fit_grade.py), so its
row here is in-sample; fit_grade.py prints the topic-cross-validated numbers.

Run: ``.venv/bin/python benchmarks/readability_levels.py``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from analysis.readability import FORMULAS, readability

ONESTOP = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "onestop-dev.jsonl"
LEVELS = ("ele", "int", "adv")
MEASURES = (*FORMULAS, "grade")
EASIER_IS_HIGHER = frozenset({"flesch_reading_ease"})


def load_onestop(path: Path = ONESTOP) -> list[dict[str, Any]]:
    """Return the OneStopEnglish records (topic, level, text)."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def auc(easier: np.ndarray, harder: np.ndarray) -> float:
    """Return P(harder score > easier score), ties counting one half."""
    diff = harder[:, None] - easier[None, :]
    return float(((diff > 0).sum() + 0.5 * (diff == 0).sum()) / diff.size)


def ordered_share(scores: np.ndarray, topics: Sequence[str], levels: Sequence[str]) -> float:
    """Return the share of topics (with all three levels) scored ele < int < adv."""
    by_topic: dict[str, dict[str, float]] = {}
    for score, topic, level in zip(scores, topics, levels, strict=True):
        by_topic.setdefault(topic, {})[level] = float(score)
    complete = [t for t in by_topic.values() if len(t) == len(LEVELS)]
    ordered = sum(t["ele"] < t["int"] < t["adv"] for t in complete)
    return ordered / len(complete)


def evaluate(scores: np.ndarray, topics: Sequence[str], levels: Sequence[str]) -> tuple[float, ...]:
    """Return (ordered share, AUC ele<adv, AUC int<adv) of harder-is-higher ``scores``."""
    level_array = np.asarray(levels)
    ele, int_, adv = (scores[level_array == level] for level in LEVELS)
    return ordered_share(scores, topics, levels), auc(ele, adv), auc(int_, adv)


def main() -> None:
    """Print the level-ordering table for every formula and for grade."""
    records = load_onestop()
    rows = [readability(record["text"]).as_row() for record in records]
    topics = [record["topic"] for record in records]
    levels = [record["level"] for record in records]
    print(f"OneStopEnglish dev: {len(records)} texts, {len(set(topics))} topics")
    print(f"{'measure':30s} {'ordered':>8s} {'AUC e<a':>8s} {'AUC i<a':>8s}")
    for name in MEASURES:
        sign = -1.0 if name in EASIER_IS_HIGHER else 1.0
        scores = sign * np.array([row[name] for row in rows], dtype=float)
        share, ele_adv, int_adv = evaluate(scores, topics, levels)
        note = "  (in-sample: fitted on this file)" if name == "grade" else ""
        print(f"{name:30s} {share:8.3f} {ele_adv:8.3f} {int_adv:8.3f}{note}")


if __name__ == "__main__":
    main()
