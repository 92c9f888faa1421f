"""The report notebooks, executed through papermill on seeds/.

Checks that the notebooks stay reviewable (paired with jupytext, no outputs),
that their parameters are visible to papermill, that every report writes its
files with the library's numbers, renders article text as text, works with
plain papermill, and gives byte-identical files on a second run.
"""

from __future__ import annotations

import ast
import filecmp
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import jupytext
import nbformat
import papermill
import pytest

from analysis import execute
from analysis.cli import main
from analysis.load import load_corpus
from analysis.profiling import profile_corpus

from .conftest import REPO_ROOT, SEEDS

NOTEBOOKS = REPO_ROOT / "notebooks"
NAMES = ["article_report", "corpus_report", "explore"]
SEED_ARTICLE = "articles/2021-06-27-us-airstrikes-iraq-syria"
HOSTILE_ARTICLE = """\
---
title: "<script>alert(1)</script> Minister promises win"
outlet: "<img src=x onerror=alert(1)>"
---

The minister said on Monday that the plan would work. “<script>alert(2)</script> We will \
win,” she said.

A second paragraph with <img src=x onerror=alert(3)> in it, officials said.
"""


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """Run the seeds corpus report twice into one folder; yield (first run copy, second run)."""
    base = tmp_path_factory.mktemp("seeds-report")
    out = base / "seeds"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO_ROOT)
        execute.run_report("seeds/", group_by="level", output_dir=out)
        first = base / "first"
        shutil.copytree(out, first)
        execute.run_report("seeds/", group_by="level", output_dir=out)
    yield first, out


@pytest.fixture(scope="module")
def article_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run the article report on the seed article; return its folder."""
    out = tmp_path_factory.mktemp("article-report") / "seed-article"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO_ROOT)
        execute.run_report("seeds/", article=SEED_ARTICLE, output_dir=out)
    return out


# --------------------------------------------------------------------------- reviewable


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_paired_and_stripped(name: str) -> None:
    ipynb = nbformat.read(str(NOTEBOOKS / f"{name}.ipynb"), as_version=4)
    paired = jupytext.read(NOTEBOOKS / f"{name}.py")
    assert [(c.cell_type, c.source) for c in ipynb.cells] == [
        (c.cell_type, c.source) for c in paired.cells
    ], f"{name}.ipynb and {name}.py differ: run `jupytext --sync notebooks/{name}.py`"
    for cell in ipynb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:40]
    assert ipynb.metadata["kernelspec"]["name"] == execute.KERNEL_NAME


@pytest.mark.parametrize("name", NAMES)
def test_parameters_cell_is_typed_and_visible_to_papermill(name: str) -> None:
    nb = nbformat.read(str(NOTEBOOKS / f"{name}.ipynb"), as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    assigned = [
        node.target.id
        for node in ast.parse(tagged[0].source).body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    ]
    untyped = [n for n in ast.parse(tagged[0].source).body if isinstance(n, ast.Assign)]
    assert untyped == [], "every parameter needs a type annotation"
    inspected = papermill.inspect_notebook(str(NOTEBOOKS / f"{name}.ipynb"))
    # papermill silently skips annotations it cannot parse (such as `str | None`)
    assert list(inspected) == assigned
    for parameter in inspected.values():
        assert execute._allowed_types(parameter["inferred_type_name"]) is not None, parameter
        assert parameter["help"], f"{parameter['name']} has no help comment"


def test_ruff_checks_the_notebooks() -> None:
    ruff = Path(sys.executable).parent / "ruff"
    files = [str(NOTEBOOKS / f"{name}.{ext}") for name in NAMES for ext in ("ipynb", "py")]
    result = subprocess.run([str(ruff), "check", *files], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


# --------------------------------------------------------------------------- outputs


def test_corpus_report_writes_every_file(seeds_report: tuple[Path, Path]) -> None:
    _first, out = seeds_report
    for name in execute.REPORT_FILES:
        assert (out / name).is_file(), name
    figures = sorted(path.name for path in (out / "figures").iterdir())
    for stem in ("distributions", "by_level", "anonymous_share", "cue_verbs", "grade_vs_quotes"):
        assert f"{stem}.png" in figures and f"{stem}.svg" in figures


def test_corpus_report_numbers_equal_the_library(
    seeds_report: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _first, out = seeds_report
    monkeypatch.chdir(REPO_ROOT)  # the report was run from here on "seeds/"
    profile_corpus("seeds/", progress=False).save(tmp_path)
    for table in ("articles", "quotes", "sources", "errors"):
        assert (out / f"{table}.csv").read_bytes() == (tmp_path / f"{table}.csv").read_bytes()
    manifest = execute.json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    expected_rows = {
        table: len((tmp_path / f"{table}.csv").read_text(encoding="utf-8").splitlines()) - 1
        for table in ("articles", "quotes", "sources", "errors")
    }
    assert manifest["rows"] == expected_rows
    hashed = {Path(item["path"]).name: item["sha256"] for item in manifest["inputs"]}
    for path in SEEDS.rglob("*"):
        if path.suffix in {".txt", ".jsonl"}:
            assert hashed[path.name] == execute.file_sha256(path)
    assert manifest["parameters"]["group_by"] == "level"


def test_article_report_numbers_equal_the_library(
    article_report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO_ROOT)
    corpus = load_corpus("seeds/")
    article = next(item for item in corpus.articles if item.id == SEED_ARTICLE)
    profile_corpus([article], progress=False).save(tmp_path)
    for table in ("articles", "quotes", "sources", "errors"):
        assert (article_report / f"{table}.csv").read_bytes() == (
            tmp_path / f"{table}.csv"
        ).read_bytes()
    assert (article_report / "figures" / "paragraphs.png").is_file()
    page = (article_report / "report.html").read_text(encoding="utf-8")
    assert "US airstrikes on Iran-linked militias in Iraq and Syria" in page
    n_quotes = len((article_report / "quotes.csv").read_text(encoding="utf-8").splitlines()) - 1
    assert n_quotes > 0
    assert page.count('<mark class="na-quote"') >= n_quotes  # every quote highlighted


@pytest.mark.parametrize("which", ["seeds", "article"])
def test_html_is_offline_small_and_hides_code(
    which: str, seeds_report: tuple[Path, Path], article_report: Path
) -> None:
    folder = seeds_report[1] if which == "seeds" else article_report
    page = (folder / "report.html").read_text(encoding="utf-8")
    assert len(page.encode("utf-8")) < 2_000_000
    tags = re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", page, flags=re.IGNORECASE)
    assert [tag for tag in tags if re.search(r"(?:src|href)\s*=\s*['\"]?(?:https?:)?//", tag)] == []
    assert "from analysis import" not in page  # input cells hidden
    assert "Reproduction" in page and "news-analysis report seeds/" in page
    assert "Traceback" not in page


def test_second_run_changes_no_byte(seeds_report: tuple[Path, Path]) -> None:
    first, second = seeds_report
    compared = 0
    for path in sorted(first.rglob("*")):
        if path.is_dir() or path.name == "timing.json":
            continue
        other = second / path.relative_to(first)
        assert filecmp.cmp(path, other, shallow=False), path.relative_to(first)
        if path.suffix in {".ipynb", ".html", ".json", ".csv"}:
            # nothing that names where the project lives: a clone elsewhere is identical
            assert str(REPO_ROOT) not in path.read_text(encoding="utf-8"), path.name
        compared += 1
    assert compared >= 17  # 7 files + 10 figures
    assert sorted(p.relative_to(first) for p in first.rglob("*")) == sorted(
        p.relative_to(second) for p in second.rglob("*")
    )


def test_hostile_article_renders_as_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = execute.run_report("corpus", article="hostile", output_dir="report")
    page = (out / "report.html").read_text(encoding="utf-8")
    for raw in ("<script>alert", "<img src=x"):
        assert raw not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Minister promises win" in page
    assert "&lt;img src=x onerror=alert(3)&gt;" in page


# --------------------------------------------------------------------------- other ways in


def test_explore_notebook_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # seeds/ is found relative to the project
    out = tmp_path / "explore.ipynb"
    execute.execute_notebook(NOTEBOOKS / "explore.ipynb", out, {"top_n": 3}, timeout=120)
    nb = nbformat.read(str(out), as_version=4)
    shown = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert any("image/png" in o.get("data", {}) for o in shown)
    assert any(
        "median reading grade per level" in o.get("data", {}).get("text/html", "") for o in shown
    )


@pytest.mark.parametrize(
    ("notebook", "parameters", "cwd", "n_articles"),
    [
        # the README example, from the project folder
        ("corpus_report", ["corpus", "seeds/levels/", "group_by", "level"], "repo", 12),
        # a path relative to the project, run from elsewhere (as JupyterLab in notebooks/)
        ("article_report", ["article", f"seeds/{SEED_ARTICLE}.txt"], "elsewhere", 1),
    ],
)
def test_plain_papermill_runs(
    tmp_path: Path, notebook: str, parameters: list[str], cwd: str, n_articles: int
) -> None:
    papermill_cli = Path(sys.executable).parent / "papermill"
    out = tmp_path / "out.ipynb"
    command = [str(papermill_cli), str(NOTEBOOKS / f"{notebook}.ipynb"), str(out)]
    pairs = [*parameters, "output_dir", str(tmp_path / "tables")]
    for name, value in zip(pairs[::2], pairs[1::2], strict=True):
        command += ["-p", name, value]
    where = REPO_ROOT if cwd == "repo" else tmp_path
    result = subprocess.run(
        [*command, "--no-progress-bar"], cwd=where, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr[-2000:]
    articles = (tmp_path / "tables" / "articles.csv").read_text(encoding="utf-8")
    assert len(articles.splitlines()) == 1 + n_articles
    assert (tmp_path / "tables" / "manifest.json").is_file()


# --------------------------------------------------------------------------- the CLI


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--group-by", "outlet"], "group_by='outlet': no such metadata column"),
        (["--article", SEED_ARTICLE, "--top-n", "3"], "unknown parameter(s) top_n"),
        (["--article", "no-such-article"], "no article 'no-such-article' in seeds/"),
    ],
)
def test_cli_report_errors_exit_non_zero(
    arguments: list[str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(REPO_ROOT)
    code = main(["report", "seeds/", *arguments, "--out", str(tmp_path / "r")])
    assert code == 2
    error = capsys.readouterr().err
    assert message in error
    if "unknown parameter" not in message:  # rejected before running: nothing executed
        executed = nbformat.read(str(tmp_path / "r" / "report.ipynb"), as_version=4)
        tags = [t for c in executed.cells for t in c.metadata.get("tags", [])]
        assert "papermill-error-cell-tag" in tags
        assert "report.html" not in {p.name for p in (tmp_path / "r").iterdir()}


def test_cli_report_writes_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(REPO_ROOT)
    out = tmp_path / "levels"
    code = main(["report", "seeds/levels/", "--title", "Levels", "--top-n", "3", "--out", str(out)])
    assert code == 0
    assert f"report written to {out}" in capsys.readouterr().out
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<title>Levels</title>" in page
    assert "Top 3 sources" in page
