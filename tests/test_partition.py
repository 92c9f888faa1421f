"""Tests for analysis.partition: how a corpus run is cut into tasks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from analysis import partition
from analysis.errors import ArticleLoadError, ParameterError
from analysis.load import iter_articles
from analysis.partition import FileTask, corpus_tasks, task_items
from analysis.records import JsonLine
from analysis.schema import Article, SourceRef


def _articles(n: int) -> list[Article]:
    """Return ``n`` small articles."""
    return [
        Article(id=f"a{i:03d}", title="", text=f"Text {i}.", source=SourceRef("x"))
        for i in range(n)
    ]


def _ids(tasks: list[Any]) -> list[str]:
    """Return the ids of every article (or load error path) the tasks hold, in order."""
    out = []
    for task in tasks:
        out += [
            item.id if isinstance(item, Article) else f"error:{item.record}"
            for item in task_items(task)
        ]
    return out


@pytest.mark.parametrize(
    ("parallel", "chunk_size", "task_scale", "sizes"),
    [
        (True, None, 1, [8, 16, 32, 64, 64, 16]),
        (True, None, 2, [8, 16, 32, 128, 16]),
        (False, None, 1, [32, 32, 32, 32, 32, 32, 8]),
        (False, None, 2, [32, 32, 32, 32, 32, 32, 8]),
        (True, 50, 2, [50, 50, 50, 50]),
        (False, 200, 1, [200]),
    ],
)
def test_given_articles_are_chunked(
    parallel: bool, chunk_size: int | None, task_scale: int, sizes: list[int]
) -> None:
    articles = _articles(200)
    tasks = list(
        corpus_tasks(
            articles,
            parallel=parallel,
            files_in_workers=True,
            chunk_size=chunk_size,
            task_scale=task_scale,
        )
    )
    assert [len(task) for task in tasks if isinstance(task, list)] == sizes
    assert _ids(tasks) == [a.id for a in articles]


def _write_files(folder: Path, n_small: int, big_records: int) -> Path:
    """Write small one-article text files and one big JSONL file; return the folder."""
    folder.mkdir()
    for i in range(n_small):
        (folder / f"small-{i:02d}.txt").write_text(f"Small article {i}. " * 300, encoding="utf-8")
    lines = [json.dumps({"id": f"rec{i:04d}", "text": "Word " * 400}) for i in range(big_records)]
    lines.insert(5, "{broken")
    (folder / "zz-big.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_small_files_go_to_workers_big_files_in_record_chunks(tmp_path: Path) -> None:
    folder = _write_files(tmp_path / "corpus", n_small=30, big_records=200)
    assert (folder / "zz-big.jsonl").stat().st_size > partition._BIG_FILE_BYTES
    tasks = list(corpus_tasks(folder, parallel=True, files_in_workers=True, chunk_size=None))
    file_tasks = [task for task in tasks if isinstance(task, FileTask)]
    chunks = [task for task in tasks if isinstance(task, list)]
    assert sum(len(task.files) for task in file_tasks) == 30
    assert len(file_tasks) >= 2  # the byte ramp splits even 30 small files
    assert sum(len(chunk) for chunk in chunks) == 201  # 200 records and 1 load error
    expected = [
        item.id if isinstance(item, Article) else f"error:{item.record}"
        for item in iter_articles(folder, errors="collect")
    ]
    assert _ids(tasks) == expected


def test_task_scale_makes_bundles_of_small_files_bigger(tmp_path: Path) -> None:
    folder = _write_files(tmp_path / "corpus", n_small=200, big_records=0)
    (folder / "zz-big.jsonl").unlink()
    bundles = {
        scale: [
            len(task.files)
            for task in corpus_tasks(
                folder, parallel=True, files_in_workers=True, chunk_size=None, task_scale=scale
            )
            if isinstance(task, FileTask)
        ]
        for scale in (1, 2)
    }
    assert sum(bundles[1]) == sum(bundles[2]) == 200
    # The same ramp, then bundles of twice the bytes (files differ in size by a few bytes).
    assert bundles[2][:3] == bundles[1][:3]
    assert max(bundles[2]) > 1.8 * max(bundles[1])


def test_without_shared_files_everything_is_loaded_here(tmp_path: Path) -> None:
    folder = _write_files(tmp_path / "corpus", n_small=3, big_records=10)
    tasks = list(corpus_tasks(folder, parallel=True, files_in_workers=False, chunk_size=None))
    assert all(isinstance(task, list) for task in tasks)
    # JSON Lines records go unparsed (the worker parses them); the rest is loaded here.
    assert any(isinstance(item, JsonLine) for task in tasks for item in task)
    assert any(isinstance(item, Article) for task in tasks for item in task)
    loaded = [item for task in tasks for item in task_items(task)]
    assert any(isinstance(item, ArticleLoadError) for item in loaded)
    assert [getattr(item, "id", None) for item in loaded] == [
        getattr(item, "id", None) for item in iter_articles(folder, errors="collect")
    ]


@pytest.mark.parametrize("source", [[1, 2], [Path("x.txt"), 3], ["a", None]])
def test_bad_items(source: list[Any], tmp_path: Path) -> None:
    with pytest.raises(ParameterError):
        list(corpus_tasks(source, parallel=False, files_in_workers=False, chunk_size=None))


@pytest.mark.parametrize("source", ["missing-dir", ["missing-dir"]])
def test_missing_paths_raise(source: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ArticleLoadError):
        list(corpus_tasks(source, parallel=True, files_in_workers=True, chunk_size=None))


def test_nothing_gives_no_tasks() -> None:
    assert list(corpus_tasks([], parallel=True, files_in_workers=True, chunk_size=None)) == []


def test_load_errors_met_while_cutting_tasks_survive_pickling(tmp_path: Path) -> None:
    import pickle

    # A big CSV is read here: its bad row becomes an error inside a chunk that a
    # worker process must unpickle.
    big = tmp_path / "big.csv"
    rows = ["id,text"] + [f"r{i},{'Words here. ' * 40}" for i in range(600)]
    rows.insert(5, "bad,row,with,extra,cells")
    big.write_text("\n".join(rows) + "\n", encoding="utf-8")
    tasks = list(corpus_tasks(big, parallel=True, files_in_workers=True, chunk_size=None))
    items = [item for task in pickle.loads(pickle.dumps(tasks)) for item in task_items(task)]
    errors = [item for item in items if isinstance(item, ArticleLoadError)]
    assert [(e.path, e.record) for e in errors] == [(str(big), 5)]
    assert "header has 2 columns" in str(errors[0])
    assert len(items) == 601
