"""Fit the weights of ``grade`` on OneStopEnglish dev and write ``grade_weights.json``.

Model: ridge regression (lambda 1) of the reading level (ele 0, int 1, adv 2)
on the standardised length-free features of ``analysis.readability.grade_features``
(sentence-length statistics, word-length, syllable and word-list shares,
lexical diversity). Its score is then mapped linearly (least squares) onto the
mean of the five grade-level formulas (Flesch-Kincaid, Gunning fog, SMOG,
Coleman-Liau, ARI) on the same texts, so ``grade`` reads in US school grades
while its ordering comes from the fit. Prints the in-sample level ordering and
AUCs, the same numbers cross-validated by topic (5 folds: the three versions of
an article are always in the same fold), and the weights.

Run: ``.venv/bin/python benchmarks/fit_grade.py [--dry-run]`` (from the repository).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from analysis.readability import _values, grade_features
from readability_levels import LEVELS, evaluate, load_onestop

WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "analysis" / "data" / "grade_weights.json"
RIDGE_LAMBDA = 1.0
FOLDS = 5
SEED = 0
CONSENSUS = (
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
)


def fit_ridge(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (mean, scale, weights) of a ridge fit of ``y`` on standardised ``x``."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    z = (x - mean) / scale
    gram = z.T @ z + RIDGE_LAMBDA * np.eye(z.shape[1])
    weights = np.linalg.solve(gram, z.T @ (y - y.mean()))
    return mean, scale, weights


def topic_folds(topics: list[str]) -> np.ndarray:
    """Return a fold number per text; all texts of a topic share a fold."""
    unique = sorted(set(topics))
    order = np.random.default_rng(SEED).permutation(len(unique))
    fold_of = {unique[i]: rank % FOLDS for rank, i in enumerate(order)}
    return np.array([fold_of[topic] for topic in topics])


def cross_validated_scores(x: np.ndarray, y: np.ndarray, folds: np.ndarray) -> np.ndarray:
    """Return out-of-fold scores: each text scored by a model fitted without its topic."""
    scores = np.zeros(len(y))
    for fold in range(FOLDS):
        train = folds != fold
        mean, scale, weights = fit_ridge(x[train], y[train])
        scores[~train] = ((x[~train] - mean) / scale) @ weights
    return scores


def model_json(
    names: list[str], fit: tuple[np.ndarray, np.ndarray, np.ndarray], slope: float, offset: float
) -> dict[str, Any]:
    """Return the weights file content: grade = intercept + sum(weight * (x - mean) / scale)."""
    mean, scale, weights = fit
    return {
        "description": "grade = intercept + sum(weight * (feature - mean) / scale); "
        "fitted by benchmarks/fit_grade.py on onestop-dev.jsonl (docs/readability.md)",
        "fitted_on": "OneStopEnglish dev (377 texts, 126 topics), level ele=0 int=1 adv=2",
        "ridge_lambda": RIDGE_LAMBDA,
        "calibrated_to": "mean of " + ", ".join(CONSENSUS),
        "intercept": round(offset, 10),
        "features": {
            name: {
                "mean": round(float(m), 10),
                "scale": round(float(s), 10),
                "weight": round(float(w * slope), 10),
            }
            for name, m, s, w in zip(names, mean, scale, weights, strict=True)
        },
    }


def main() -> None:
    """Fit, report and (unless --dry-run) write the grade weights."""
    records = load_onestop()
    values = [_values(record["text"]) for record in records]
    features = [grade_features(v) for v in values]
    names = list(features[0])
    x = np.array([[f[name] for name in names] for f in features])
    y = np.array([LEVELS.index(record["level"]) for record in records], dtype=float)
    topics = [record["topic"] for record in records]
    levels = [record["level"] for record in records]

    fit = fit_ridge(x, y)
    score = ((x - fit[0]) / fit[1]) @ fit[2]
    consensus = np.array([np.mean([v[name] for name in CONSENSUS]) for v in values])
    slope, offset = np.polyfit(score, consensus, 1)
    cv_scores = cross_validated_scores(x, y, topic_folds(topics))

    print(f"fitted on {len(records)} texts, {len(set(topics))} topics; {len(names)} features")
    print(f"{'':28s} {'ordered':>8s} {'AUC e<a':>8s} {'AUC i<a':>8s}")
    for label, s in (("in-sample", score), (f"cross-validated ({FOLDS} topic folds)", cv_scores)):
        share, ele_adv, int_adv = evaluate(s, topics, levels)
        print(f"{label:28s} {share:8.3f} {ele_adv:8.3f} {int_adv:8.3f}")
    model = model_json(names, fit, float(slope), float(offset))
    print(f"calibration: grade = {offset:.3f} + {slope:.3f} * score")
    for name, term in model["features"].items():
        print(f"  {name:25s} weight {term['weight']:+.3f} per SD ({term['scale']:.4f})")
    if "--dry-run" not in sys.argv:
        WEIGHTS.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
