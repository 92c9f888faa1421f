"""The ``news-analysis`` command: a thin shell over the library.

Each sub-command parses its arguments, calls one library function and maps
:class:`~analysis.errors.AnalysisError` to a one-line message and exit code 2
(1 is left for unexpected failures, which keep their traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from analysis.errors import AnalysisError

__all__ = ["build_parser", "main"]


def _cmd_load(args: argparse.Namespace) -> int:
    """Print one line (or JSON record) per article; return the exit code."""
    from analysis.load import iter_articles
    from analysis.text import count_words

    n_errors = 0
    for item in iter_articles(args.path, errors="collect"):
        if isinstance(item, AnalysisError):
            n_errors += 1
            print(f"error: {item}", file=sys.stderr)
            continue
        if args.json:
            record = {
                "id": item.id,
                "title": item.title,
                "words": count_words(item.text),
                "paragraphs": len(item.paragraphs),
                "repairs": list(item.repairs),
                "source": str(item.source),
                "metadata": dict(item.metadata),
            }
            print(json.dumps(record, ensure_ascii=False, sort_keys=True, default=str))
        else:
            repairs = ",".join(item.repairs) or "-"
            print(f"{item.id}\t{item.title}\t{count_words(item.text)} words\t{repairs}")
    return 2 if n_errors else 0


def _cmd_profile(args: argparse.Namespace) -> int:
    """Profile a corpus, save the four tables and print a summary; return the exit code.

    Articles that fail are rows of the errors table, not a failed run: the exit
    code is 0 when the tables were written, 2 when the source cannot be read.
    """
    from analysis.profiling import profile_corpus

    # A scheduler address only makes sense for dask, so it selects that engine.
    engine = args.engine or ("dask" if args.scheduler else "local")
    started = time.perf_counter()
    profile = profile_corpus(
        args.path,
        engine=engine,
        jobs=args.jobs,
        client=args.scheduler,
        progress=not args.no_progress,
    )
    out = profile.save(args.output, format=args.format)
    elapsed = time.perf_counter() - started
    n_articles = len(profile.articles)
    n_errors = len(profile.errors)
    rate = n_articles / elapsed if elapsed > 0 else float("nan")
    print(
        f"{n_articles} articles, {n_errors} errors, {elapsed:.1f} s "
        f"({rate:.0f} articles/s, engine {engine}) -> {out}"
    )
    if n_errors:
        print(f"see {out / ('errors.' + args.format)} for what failed", file=sys.stderr)
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    """Run a report notebook through papermill and export HTML; return the exit code."""
    from analysis.execute import run_report

    out = run_report(
        args.corpus,
        article=args.article,
        group_by=args.group_by,
        output_dir=args.out,
        title=args.title,
        top_n=args.top_n,
        timeout=args.timeout,
    )
    print(f"report written to {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``news-analysis`` command."""
    parser = argparse.ArgumentParser(
        prog="news-analysis",
        description="Readability, quotation and source profiles of news articles.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    load = sub.add_parser(
        "load",
        help="load articles and print one line per article",
        description="Load a file, directory or glob and print id, title, words and repairs.",
    )
    load.add_argument("path", help="file, directory or glob of articles")
    load.add_argument("--json", action="store_true", help="print one JSON record per line")
    load.set_defaults(func=_cmd_load)

    profile = sub.add_parser(
        "profile",
        help="profile a corpus and write the articles/quotes/sources/errors tables",
        description="Profile every article and write articles, quotes, sources and errors tables.",
    )
    profile.add_argument("path", help="file, directory or glob of articles")
    profile.add_argument("-o", "--output", required=True, type=Path, help="output directory")
    profile.add_argument("--format", choices=["csv", "parquet"], default="csv")
    profile.add_argument(
        "--engine",
        choices=["local", "processes", "dask"],
        default=None,
        help="local (one process, default), processes (all cores) or dask",
    )
    profile.add_argument("--jobs", type=int, default=None, help="worker processes (default: all)")
    profile.add_argument(
        "--scheduler", default=None, help="address of a dask scheduler (implies --engine dask)"
    )
    profile.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    profile.set_defaults(func=_cmd_profile)

    report = sub.add_parser(
        "report",
        help="run a report notebook (corpus, or one article with --article)",
        description="Execute a report notebook with papermill and export it to HTML.",
    )
    report.add_argument("corpus", help="file, directory or glob of articles")
    report.add_argument("--article", default=None, help="id (or path) of one article to report on")
    report.add_argument("--group-by", default=None, help="metadata column to compare groups by")
    report.add_argument("--out", type=Path, default=None, help="output directory (reports/NAME)")
    report.add_argument("--title", default=None, help="report title")
    report.add_argument("--top-n", type=int, default=None, help="rows in top-N tables")
    report.add_argument("--timeout", type=int, default=None, help="per-cell timeout in seconds")
    report.set_defaults(func=_cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except AnalysisError as error:
        print(f"news-analysis: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("news-analysis: interrupted", file=sys.stderr)
        return 130
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
