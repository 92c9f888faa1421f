"""Corpus profiling throughput and memory, per engine.

Builds a JSONL corpus from the PolNeAR train texts (``../shared/corpora``,
repeated with fresh ids until it holds ``--articles`` records), then profiles
it once per engine, each run in its own Python process so that its peak RSS
is its own. Prints articles/s, the ratio to ``local``, the peak RSS of the
parent and of the largest worker, and, with ``--big``, a second run over a
larger corpus to check that memory stays bounded. ``--stages`` times each
step of the profile on the original texts, to show where time goes.

Usage::

    python benchmarks/corpus_throughput.py                # 5,000 articles, 3 engines
    python benchmarks/corpus_throughput.py --big 20000    # plus a 20,000-article RSS run
    python benchmarks/corpus_throughput.py --stages       # time per step
    python benchmarks/corpus_throughput.py --repeat 3     # best of 3 rounds per engine

The machine may be shared: numbers are noisy, compare ratios more than rates.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from analysis.load import iter_articles

SHARED = Path(__file__).resolve().parents[2] / "shared"
TRAIN = SHARED / "corpora" / "polnear-train.jsonl"
ENGINES = ("local", "processes", "dask", "dask-warm")


def write_corpus(folder: Path, n_articles: int, per_file: int = 2500) -> Path:
    """Write ``n_articles`` PolNeAR train texts (repeated) as JSONL files; return the folder.

    Files of ``per_file`` records keep each under the loader's 100 MB file limit.
    """
    records = [json.loads(line) for line in TRAIN.read_text(encoding="utf-8").splitlines()]
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(0, n_articles, per_file):
        lines = []
        for number in range(start, min(start + per_file, n_articles)):
            record = records[number % len(records)]
            row = {
                "id": f"{record['id']}-{number // len(records)}",
                "title": record["title"],
                "text": record["text"],
                "publisher": record["publisher"],
                "date": record["date"],
            }
            lines.append(json.dumps(row, ensure_ascii=False) + "\n")
        (folder / f"part-{start // per_file:03d}.jsonl").write_text(
            "".join(lines), encoding="utf-8"
        )
    return folder


class TreeMemory:
    """Samples the RSS of this process and all its descendants (workers) in a thread."""

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self.peak_tree_mb = 0.0
        self.peak_worker_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        """Record the peaks until stopped."""
        import psutil  # type: ignore[import-untyped]  # a dependency of dask.distributed

        me = psutil.Process()
        while not self._stop.is_set():
            try:
                workers = [c.memory_info().rss for c in me.children(recursive=True)]
            except psutil.Error:
                workers = []
            tree = me.memory_info().rss + sum(workers)
            self.peak_tree_mb = max(self.peak_tree_mb, tree / 2**20)
            self.peak_worker_mb = max(self.peak_worker_mb, max(workers, default=0) / 2**20)
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_one(engine: str, corpus: Path, jobs: int | None) -> dict[str, Any]:
    """Profile ``corpus`` with ``engine`` in this process; return time, counts and peak RSS.

    ``dask-warm`` starts a LocalCluster and warms its workers before the clock
    starts (``dask`` includes the cluster start-up), to show steady-state speed.
    """
    from analysis.engines import default_jobs
    from analysis.profiling import profile_corpus

    with TreeMemory() as memory, contextlib.ExitStack() as stack:
        client = None
        if engine == "dask-warm":
            distributed: Any = importlib.import_module("distributed")  # untyped package
            n_workers = jobs or default_jobs()
            cluster = stack.enter_context(
                distributed.LocalCluster(
                    n_workers=n_workers, threads_per_worker=1, dashboard_address=":0"
                )
            )
            client = stack.enter_context(distributed.Client(cluster))
            first = sorted(corpus.iterdir())[0] if corpus.is_dir() else corpus
            warm = [a for _, a in zip(range(64), iter_articles(first), strict=False)]
            profile_corpus(warm, engine="dask", client=client, progress=False)
        started = time.perf_counter()
        profile = profile_corpus(
            corpus,
            engine="dask" if client is not None else engine,
            jobs=None if client is not None else jobs,
            client=client,
            progress=False,
        )
        seconds = time.perf_counter() - started
    return {
        "engine": engine,
        "articles": len(profile.articles),
        "quotes": len(profile.quotes),
        "errors": len(profile.errors),
        "seconds": seconds,
        "workers": len(profile.run.worker_pids) if profile.run else 0,
        "rss_parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,  # KiB
        "rss_worker_mb": memory.peak_worker_mb,
        "rss_total_mb": max(memory.peak_tree_mb, 0.0),
    }


def run_in_subprocess(engine: str, corpus: Path, jobs: int | None) -> dict[str, Any]:
    """Run :func:`run_one` in a fresh interpreter and return its result."""
    command = [sys.executable, __file__, "--child", engine, "--corpus", str(corpus)]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{engine} run failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def time_stages(limit: int) -> None:
    """Print the CPU milliseconds per article of each profiling step over the train texts.

    CPU time of this process (``time.process_time``), so that other work on a
    shared machine does not count. Loading is timed twice: the train JSONL as
    it is, with PolNeAR's gold annotations as metadata (parsing them is most of
    that time), and the records the engine runs feed (id, title, text,
    publisher and date, like a researcher's corpus). The other steps run as
    ``profile_article`` runs them (sources and quote measures share one count
    of the quoted words and reuse readability's word count).
    """
    from analysis.article_profile import _article_row, _indexed_rows
    from analysis.load import iter_articles
    from analysis.profiling import _TableBuilder
    from analysis.quality import quality_flags
    from analysis.quotes import analyze_quotes
    from analysis.readability import readability
    from analysis.schema import Article
    from analysis.sources import quote_measures, quote_word_counts, summarize_sources

    started = time.process_time()
    articles = [a for a in iter_articles(TRAIN) if isinstance(a, Article)][:limit]
    timings: dict[str, float] = {"load (train, gold kept)": time.process_time() - started}
    with tempfile.TemporaryDirectory() as folder:
        plain = write_corpus(Path(folder), len(articles))
        started = time.process_time()
        n_plain = sum(1 for _ in iter_articles(plain))
        plain_load = (time.process_time() - started) * len(articles) / n_plain
    timings["load (engine records)"] = plain_load

    def timed(name: str, function: Any, items: list[Any]) -> list[Any]:
        begin = time.process_time()
        results = [function(item) for item in items]
        timings[name] = timings.get(name, 0.0) + time.process_time() - begin
        return results

    measured = timed("readability", readability, articles)
    analyses = timed("analyze_quotes", analyze_quotes, articles)

    def sources_and_measures(triple: tuple[Any, Article, Any]) -> None:
        analysis, article, readable = triple
        words = quote_word_counts(analysis.quotes)
        summarize_sources(analysis.quotes, quote_words=words)
        quote_measures(analysis.quotes, article, n_words=readable.words, quote_words=words)

    timed(
        "sources + measures",
        sources_and_measures,
        list(zip(analyses, articles, measured, strict=True)),
    )
    timed(
        "quality_flags",
        lambda triple: quality_flags(
            triple[0], unbalanced_marks=triple[1].unbalanced_marks, n_words=triple[2].words
        ),
        list(zip(articles, analyses, measured, strict=True)),
    )
    from analysis.profiling import profile_article

    profiles = [profile_article(article) for article in articles]

    def all_rows(profile: Any) -> tuple[Any, ...]:
        return (
            _article_row(profile),
            _indexed_rows(profile.article.id, "quote_index", profile.quotes),
            _indexed_rows(profile.article.id, "source_index", profile.sources),
        )

    rows = timed("rows (dicts)", all_rows, profiles)
    begin = time.process_time()
    for table, position in (("articles", 0), ("quotes", 1), ("sources", 2)):
        builder = _TableBuilder(table)
        for row in rows:
            builder.extend([row[0]] if position == 0 else row[position])
        builder.build()
    timings["tables (DataFrames)"] = time.process_time() - begin
    # The gold annotations are not in the engine runs: the total counts the plain load.
    counted = {name: seconds for name, seconds in timings.items() if "gold" not in name}
    total = sum(counted.values())
    print(f"\nCPU time per article over {len(articles)} PolNeAR train texts (one process):")
    for name, seconds in sorted(timings.items(), key=lambda item: -item[1]):
        share = f"{seconds / total:6.1%}" if name in counted else "  (n/a)"
        print(f"  {name:<24} {1000 * seconds / len(articles):7.3f} ms  {share}")
    print(f"  {'total (engine records)':<24} {1000 * total / len(articles):7.3f} ms")


def main() -> None:
    """Parse arguments, run the engines and print the table of results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000, help="corpus size per engine")
    parser.add_argument("--jobs", type=int, default=None, help="workers (default: all cores)")
    parser.add_argument("--engines", default=",".join(ENGINES), help="comma-separated engines")
    parser.add_argument("--repeat", type=int, default=1, help="rounds; the fastest is shown")
    parser.add_argument("--big", type=int, default=0, help="also run this many articles")
    parser.add_argument("--big-engine", default="processes", choices=ENGINES[:3])
    parser.add_argument("--stages", action="store_true", help="time each profiling step")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(run_one(args.child, args.corpus, args.jobs)))
        return
    if not TRAIN.is_file():
        raise SystemExit(f"{TRAIN} not found: this benchmark reads ../shared/corpora")
    if args.stages:
        time_stages(limit=840)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"\n{args.articles} articles per engine, {cores} cores, jobs={args.jobs or cores}")
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"(load average before: {load}; on a shared machine rates are noisy)\n")
    header = f"{'engine':<10} {'articles/s':>10} {'vs local':>9} {'per core':>9}"
    print(
        f"{header} {'seconds':>8} {'workers':>8} {'RSS parent':>11} {'RSS worker':>11}"
        f" {'RSS total':>10}"
    )
    with tempfile.TemporaryDirectory() as folder:
        corpus = write_corpus(Path(folder) / "corpus", args.articles)
        local_rate = None
        engines = args.engines.split(",")
        # Rounds interleave the engines, so a burst of load from other users of the
        # machine hits them alike; the fastest round of each engine is reported.
        results: dict[str, dict[str, Any]] = {}
        for _ in range(args.repeat):
            for engine in engines:
                result = run_in_subprocess(engine, corpus, args.jobs)
                best = results.get(engine)
                if best is None or result["seconds"] < best["seconds"]:
                    results[engine] = result
        for engine in engines:
            result = results[engine]
            rate = result["articles"] / result["seconds"]
            local_rate = rate if engine == "local" else local_rate
            ratio = f"{rate / local_rate:.2f}x" if local_rate else "-"
            per_core = rate / (1 if engine == "local" else (args.jobs or cores or 1))
            print(
                f"{engine:<10} {rate:>10.0f} {ratio:>9} {per_core:>9.0f} "
                f"{result['seconds']:>8.1f} {result['workers']:>8} "
                f"{result['rss_parent_mb']:>8.0f} MB {result['rss_worker_mb']:>8.0f} MB"
                f" {result['rss_total_mb']:>7.0f} MB"
            )
        if args.big:
            big = write_corpus(Path(folder) / "big", args.big)
            result = run_in_subprocess(args.big_engine, big, args.jobs)
            print(f"\nload average after: {', '.join(f'{v:.1f}' for v in os.getloadavg())}")
            print(
                f"\n{args.big} articles with {args.big_engine}: {result['seconds']:.0f} s, "
                f"{result['articles'] / result['seconds']:.0f} articles/s, peak RSS parent "
                f"{result['rss_parent_mb']:.0f} MB, largest worker "
                f"{result['rss_worker_mb']:.0f} MB, all processes together "
                f"{result['rss_total_mb']:.0f} MB"
            )


if __name__ == "__main__":
    main()
