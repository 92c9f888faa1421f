"""Time a corpus report over 1,000 articles: kernel start, profiling, rendering, export.

The corpus is written to a temporary folder as JSON Lines from the texts of
``../shared/corpora/polnear-train.jsonl`` (840 articles, so the first 160 are
used twice under new ids). Goal: the whole report in under 30 s on 2 cores.
The machine is shared, so the numbers are noisy: run it twice.

    .venv/bin/python benchmarks/report_speed.py [--articles N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

from analysis.execute import run_report

SHARED = Path(__file__).resolve().parents[2] / "shared"
TRAIN = SHARED / "corpora" / "polnear-train.jsonl"
GOAL_SECONDS = 30.0


def write_corpus(folder: Path, n_articles: int) -> Path:
    """Write ``n_articles`` records (id, title, text, publisher, date) as JSONL; return the file."""
    with TRAIN.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    path = folder / "polnear.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for index, record in enumerate(islice(cycle(records), n_articles)):
            copy = index // len(records)
            row = {
                "id": record["id"] if copy == 0 else f"{record['id']}-copy{copy}",
                "title": record["title"],
                "text": record["text"],
                "publisher": record["publisher"],
                "date": record["date"],
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    """Run the benchmark and print the time split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--keep", type=Path, default=None, help="write the report here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp), args.articles)
        out = args.keep or Path(tmp) / "report"
        started = time.perf_counter()
        run_report(str(corpus), group_by="publisher", output_dir=out)
        total = time.perf_counter() - started
        summary = json.loads((out / "timing.json").read_text(encoding="utf-8"))["summary"]
        html_mb = (out / "report.html").stat().st_size / 1e6
    accounted = summary["papermill_total_s"] + summary["html_export_s"]
    print(f"corpus report over {args.articles} articles (group_by=publisher)")
    print(f"  kernel start        {summary['kernel_start_s']:6.2f} s")
    print(f"  profiling           {summary['profiling_s']:6.2f} s")
    print(f"  rendering (cells)   {summary['rendering_cells_s']:6.2f} s")
    print(f"  HTML export         {summary['html_export_s']:6.2f} s")
    print(f"  other (papermill, checks, writing) {total - accounted:6.2f} s")
    print(f"  total               {total:6.2f} s  (goal < {GOAL_SECONDS:.0f} s)")
    print(f"  report.html         {html_mb:6.2f} MB")


if __name__ == "__main__":
    main()
