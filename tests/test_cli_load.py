"""Tests for ``news-analysis load``: one line or JSON record per article, clean errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.load import load_corpus
from analysis.text import count_words

SEED_ID = "articles/2021-06-27-us-airstrikes-iraq-syria"
SEED_TITLE = "US airstrikes on Iran-linked militias in Iraq and Syria"


@pytest.fixture(autouse=True)
def _offline(no_network: None) -> None:
    """The load command never touches the network."""


def test_load_prints_one_line_per_article(
    seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["load", str(seeds_dir)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert err == ""
    assert len(lines) == 13
    article_id, title, words, repairs = lines[0].split("\t")
    seed = load_corpus(seeds_dir).articles[0]
    assert (article_id, title) == (SEED_ID, SEED_TITLE)
    assert words == f"{count_words(seed.text)} words"
    assert repairs == ",".join(seed.repairs)
    assert "boilerplate:teaser" in repairs.split(",")
    assert lines[1].startswith("amazon-ele\t\t")
    assert lines[1].endswith("\t-")


def test_load_json_prints_records(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["load", "--json", str(seeds_dir / "articles")]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert record["id"] == "2021-06-27-us-airstrikes-iraq-syria"
    assert record["title"] == SEED_TITLE
    assert record["words"] > 500
    assert "entity-repaired" in record["repairs"]
    assert "Iraq’s western border" in record["metadata"]["caption"]
    assert record["source"].endswith("2021-06-27-us-airstrikes-iraq-syria.txt")


@pytest.mark.parametrize(
    ("files", "n_ok", "message"),
    [
        ({"bad.jsonl": '{"text": "Fine."}\n{oops}\n'}, 1, "bad.jsonl, record 2: line 2"),
        ({"good.txt": "Fine text.", "empty.txt": ""}, 1, "empty.txt: the file is empty"),
        ({"t.csv": "title\nA\n"}, 0, "no text column"),
    ],
)
def test_load_reports_errors_and_exits_non_zero(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    n_ok: int,
    message: str,
) -> None:
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    assert main(["load", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == n_ok
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize("path", ["does-not-exist.txt", "no/such/dir/", "nothing-*.md"])
def test_load_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str) -> None:
    assert main(["load", str(tmp_path / path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("error: ")
    assert str(tmp_path) in err


def test_load_error_in_a_real_process_has_no_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "analysis.cli", "load", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 2
    assert "no such file or folder" in done.stderr
    assert "Traceback" not in done.stderr
