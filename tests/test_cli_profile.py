"""Tests for the ``news-analysis profile`` command."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.profiling import CorpusProfile
from analysis.schema import TABLES
from tests.corpus_factory import write_corpus


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_profile_writes_the_four_tables(
    fmt: str, seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["profile", str(seeds_dir), "-o", str(tmp_path / "out"), "--format", fmt])
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"{table}.{fmt}" for table in TABLES
    )
    out = capsys.readouterr().out
    assert re.search(r"^13 articles, 0 errors, [\d.]+ s \(\d+ articles/s, engine local\)", out)
    assert len(CorpusProfile.load(tmp_path / "out").articles) == 13


def test_profile_reports_bad_articles_but_succeeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path / "corpus", n_records=20, n_files=3)
    code = main(["profile", str(corpus), "-o", str(tmp_path / "out"), "--no-progress"])
    captured = capsys.readouterr()
    assert code == 0
    assert "25 articles, 2 errors," in captured.out  # a malformed line, an empty file
    assert "errors.csv" in captured.err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["profile", "{missing}", "-o", "{out}"], "no such file"),
        (["profile", "{seeds}", "-o", "{out}", "--engine", "processes", "--jobs", "0"], "jobs"),
    ],
)
def test_profile_errors_are_one_line_and_exit_2(
    arguments: list[str],
    message: str,
    seeds_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    values = {
        "missing": str(tmp_path / "missing"),
        "out": str(tmp_path / "out"),
        "seeds": str(seeds_dir),
    }
    code = main([argument.format(**values) for argument in arguments])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("news-analysis: error:") and message in err
    assert "Traceback" not in err


def test_profile_engine_processes_matches_local(seeds_dir: Path, tmp_path: Path) -> None:
    assert main(["profile", str(seeds_dir), "-o", str(tmp_path / "a")]) == 0
    args = ["profile", str(seeds_dir), "-o", str(tmp_path / "b"), "--engine", "processes"]
    assert main([*args, "--jobs", "2"]) == 0
    for table in TABLES:
        assert (tmp_path / "a" / f"{table}.csv").read_bytes() == (
            tmp_path / "b" / f"{table}.csv"
        ).read_bytes()


def test_profile_has_help_for_every_option() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "analysis.cli", "profile", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    for option in ("--format", "--engine", "--jobs", "--scheduler", "--no-progress", "-o"):
        assert option in result.stdout
