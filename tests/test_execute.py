"""The report runner: kernel choice, parameter checks, cwd, timeouts, failures, export.

Each papermill pitfall the runner designs out has a test here, on small
notebooks written into a temporary folder (the report notebooks themselves
are executed in test_notebooks.py).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager

from analysis import execute
from analysis.errors import ParameterError, ReportError

PARAMETERS = """\
name: str = "x"  # a string
count: int = 1  # an integer
ratio: float = 0.5  # a float
flag: bool = False  # a boolean
maybe: Optional[str] = None  # optional string
anything = None  # untyped
"""


def write_notebook(
    path: Path, *cells: str, kernel: str = "news-analysis", language: str | None = "python"
) -> Path:
    """Write a notebook whose first cell is the parameters cell; return its path."""
    nb = nbformat.v4.new_notebook()
    first = nbformat.v4.new_code_cell("from typing import Optional")
    params = nbformat.v4.new_code_cell(PARAMETERS)
    params.metadata["tags"] = ["parameters"]
    nb.cells = [first, params, *(nbformat.v4.new_code_cell(source) for source in cells)]
    nb.metadata["kernelspec"] = {"name": kernel, "display_name": kernel}
    if language is not None:
        nb.metadata["kernelspec"]["language"] = language
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{index}"
    nbformat.write(nb, str(path))
    return path


def stdout_of(path: Path) -> str:
    """Return everything the executed notebook at ``path`` printed."""
    nb = nbformat.read(str(path), as_version=4)
    return "".join(
        output.get("text", "")
        for cell in nb.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "stream"
    )


# --------------------------------------------------------------------------- parameters


@pytest.mark.parametrize(
    ("parameters", "problem"),
    [
        ({"name": "007"}, None),  # a string that looks like a number stays a string
        ({"count": 3, "ratio": 2, "flag": True}, None),  # an int is a valid float
        ({"maybe": None}, None),
        ({"maybe": "text"}, None),
        ({"anything": [1, 2]}, None),  # untyped with a None default: anything goes
        ({"name": 7}, "parameter 'name' must be str, got int 7"),
        ({"count": "3"}, "parameter 'count' must be int, got str '3'"),
        ({"count": True}, "parameter 'count' must be int, got bool True"),
        ({"ratio": "0.5"}, "parameter 'ratio' must be float"),
        ({"maybe": 3}, "parameter 'maybe' must be Optional[str]"),
        ({"nmae": "x"}, "unknown parameter(s) nmae; this notebook takes: name (str), count"),
        ({"name": "x", "colour": 1, "size": 2}, "unknown parameter(s) colour, size"),
    ],
)
def test_check_parameters(tmp_path: Path, parameters: dict[str, Any], problem: str | None) -> None:
    notebook = write_notebook(tmp_path / "n.ipynb")
    if problem is None:
        declared = execute.check_parameters(notebook, parameters)
        assert set(parameters) <= set(declared)
    else:
        with pytest.raises(ParameterError) as caught:
            execute.check_parameters(notebook, parameters)
        assert problem in str(caught.value)
        assert "n.ipynb" in str(caught.value)


@pytest.mark.parametrize(
    ("type_name", "allowed"),
    [
        ("str", (str,)),
        ("int", (int,)),
        ("float", (float, int)),
        ("Optional[int]", (int, type(None))),
        ("typing.Optional[str]", (str, type(None))),
        ("Union[str, int]", (str, int)),
        ("str | None", (str, type(None))),
        ("list[str]", (list, tuple)),
        ("dict", (dict,)),
        ("Path", None),  # not checkable: the notebook must use a plain type
        ("Literal['a']", None),
    ],
)
def test_allowed_types(type_name: str, allowed: tuple[type, ...] | None) -> None:
    assert execute._allowed_types(type_name) == allowed


def test_uncheckable_annotation_is_rejected(tmp_path: Path) -> None:
    notebook = tmp_path / "n.ipynb"
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell('where: Path = "x"  # a path')
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell]
    nb.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "p"}
    nbformat.write(nb, str(notebook))
    with pytest.raises(ParameterError, match="cannot be checked"):
        execute.check_parameters(notebook, {"where": "y"})


# --------------------------------------------------------------------------- kernel


def fake_kernelspec(folder: Path, name: str) -> Path:
    """Write a kernelspec ``name`` whose interpreter does not exist; return the folder."""
    spec = folder / "kernels" / name
    spec.mkdir(parents=True)
    kernel = {
        "argv": [str(folder / "old-env" / "bin" / "python"), "-m", "ipykernel_launcher", "-f"],
        "display_name": "stale",
        "language": "python",
    }
    (spec / "kernel.json").write_text(json.dumps(kernel), encoding="utf-8")
    return folder


@pytest.mark.parametrize("how", ["JUPYTER_PATH", "user data dir"])
def test_stale_kernelspec_cannot_shadow_the_kernel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    stale = fake_kernelspec(tmp_path / "jupyter", execute.KERNEL_NAME)
    if how == "JUPYTER_PATH":
        monkeypatch.setenv("JUPYTER_PATH", str(stale))
    else:
        monkeypatch.setenv("JUPYTER_DATA_DIR", str(stale))
        monkeypatch.setenv("JUPYTER_PREFER_ENV_PATH", "0")
    # The pitfall is real: jupyter's own lookup now finds the stale spec ...
    found = KernelSpecManager().get_kernel_spec(execute.KERNEL_NAME)
    assert found.argv[0].startswith(str(stale))
    # ... but a report run still uses this interpreter.
    notebook = write_notebook(tmp_path / "n.ipynb", "import sys\nprint(sys.executable)")
    out = tmp_path / "out" / "n.ipynb"
    execute.execute_notebook(notebook, out, {}, timeout=60)
    assert stdout_of(out).strip() == sys.executable


@pytest.mark.parametrize(
    ("kernel", "language"),
    [("python3", "python"), ("conda-env-oldproject-py", "python"), ("no-such-kernel", None)],
)
def test_notebook_saved_with_another_kernel_name_runs(
    tmp_path: Path, kernel: str, language: str | None
) -> None:
    notebook = write_notebook(
        tmp_path / "n.ipynb", "import sys\nprint(sys.executable)", kernel=kernel, language=language
    )
    out = tmp_path / "n.out.ipynb"
    execute.execute_notebook(notebook, out, {}, timeout=60)
    assert stdout_of(out).strip() == sys.executable
    executed = nbformat.read(str(out), as_version=4)
    assert executed.metadata["kernelspec"]["name"] == execute.KERNEL_NAME


def test_string_parameter_keeps_leading_zeros_and_progress_is_off(tmp_path: Path) -> None:
    notebook = write_notebook(
        tmp_path / "n.ipynb",
        "import os\nfrom tqdm import tqdm\n"
        "print(repr(name), os.environ['TQDM_DISABLE'], tqdm(range(3)).disable)",
    )
    out = tmp_path / "n.out.ipynb"
    execute.execute_notebook(notebook, out, {"name": "007"}, timeout=60)
    assert stdout_of(out).strip() == "'007' 1 True"


@pytest.mark.parametrize("relative", [True, False])
def test_kernel_runs_in_the_given_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relative: bool
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "data.txt").write_text("found it", encoding="utf-8")
    notebook = write_notebook(
        tmp_path / "n.ipynb", "import os\nprint(os.getcwd(), open('data.txt').read())"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(work if relative else elsewhere)
    out = tmp_path / "n.out.ipynb"
    execute.execute_notebook(notebook, out, {}, cwd=None if relative else work, timeout=60)
    assert stdout_of(out).strip() == f"{work} found it"


# --------------------------------------------------------------------------- failures


def papermill_marks(path: Path) -> tuple[list[str], list[bool]]:
    """Return the error-marker cell ids and each code cell's papermill exception flag."""
    nb = nbformat.read(str(path), as_version=4)
    tag = "papermill-error-cell-tag"
    markers = [c["id"] for c in nb.cells if tag in c.metadata.get("tags", [])]
    flags = [
        bool(c.metadata.get("papermill", {}).get("exception"))
        for c in nb.cells
        if c.cell_type == "code"
    ]
    return markers, flags


@pytest.mark.parametrize(
    ("source", "timeout", "message"),
    [
        ("raise ValueError('no such column: outlet')", 60, "ValueError: no such column: outlet"),
        ("import time\ntime.sleep(60)", 2, "longer than the timeout of 2 s"),
    ],
)
def test_failing_cell_is_marked_and_raised(
    tmp_path: Path, source: str, timeout: int, message: str
) -> None:
    notebook = write_notebook(tmp_path / "n.ipynb", "x = 1", source, "print('not reached')")
    out = tmp_path / "n.out.ipynb"
    started = time.perf_counter()
    with pytest.raises(ReportError) as caught:
        execute.execute_notebook(notebook, out, {}, timeout=timeout)
    assert time.perf_counter() - started < 40
    assert message in str(caught.value)
    assert "In [4]" in str(caught.value)
    assert str(out) in str(caught.value)
    markers, flags = papermill_marks(out)
    # no parameters given, so no injected cell: header, 3 cells, anchor, the failing cell
    assert markers == ["papermill-error-0", "papermill-error-4"]  # fixed ids, not random
    assert flags == [False, False, False, True, False]
    assert "not reached" not in stdout_of(out)


def test_executed_notebook_has_no_timings_and_is_identical_between_runs(tmp_path: Path) -> None:
    notebook = write_notebook(tmp_path / "n.ipynb", "print(name * 2)")
    outputs = []
    for run in range(2):
        out = tmp_path / "out" / "n.ipynb"
        timings = execute.execute_notebook(notebook, out, {"name": "ab"}, timeout=60)
        assert timings["notebook"]["start_time"] is not None  # kept for the log ...
        assert len(timings["cells"]) == 4
        outputs.append(out.read_bytes())
        text = out.read_text(encoding="utf-8")
        for key in ("start_time", "end_time", "duration", '"execution"'):
            assert key not in text, (run, key)  # ... and out of the notebook
    assert outputs[0] == outputs[1]
    ids = [cell["id"] for cell in nbformat.read(str(tmp_path / "out" / "n.ipynb"), 4).cells]
    assert ids == ["cell-0", "cell-1", "injected-parameters", "cell-2"]


# --------------------------------------------------------------------------- export


def test_html_export_is_offline_and_hides_inputs(tmp_path: Path) -> None:
    notebook = write_notebook(
        tmp_path / "n.ipynb",
        "from analysis.report import HtmlView\nHtmlView('<p>visible output</p>')",
    )
    nb = nbformat.read(str(notebook), as_version=4)
    nb.cells.append(
        nbformat.v4.new_markdown_cell("Maths such as $x^2$ and a [link](https://x.org)")
    )
    nbformat.write(nb, str(notebook))
    out = tmp_path / "n.out.ipynb"
    execute.execute_notebook(notebook, out, {}, timeout=60)
    page = execute.export_html(out, title="A <title>")
    assert "visible output" in page
    assert "HtmlView(" not in page  # input cells hidden
    assert "<title>A &lt;title&gt;</title>" in page
    tags = re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", page, flags=re.IGNORECASE)
    fetching = [tag for tag in tags if re.search(r"(?:src|href)\s*=\s*['\"]?(?:https?:)?//", tag)]
    assert fetching == []
    assert "mathjax" not in page.lower()
    assert "require.js" not in page and "require.min.js" not in page


# --------------------------------------------------------------------------- paths, manifest


def test_notebooks_are_found_where_a_wheel_installs_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No clone: neither the package's project folder nor the working directory
    # has notebooks/, only <prefix>/share/news-analysis/notebooks.
    monkeypatch.setattr(execute, "repo_root", lambda: tmp_path / "site-packages")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(execute.ReportError, match=r"corpus_report\.ipynb not found"):
        execute.notebook_path("corpus_report")
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "venv"))
    installed = tmp_path / "venv" / "share" / "news-analysis" / "notebooks"
    installed.mkdir(parents=True)
    (installed / "corpus_report.ipynb").write_text("{}", encoding="utf-8")
    assert execute.notebook_path("corpus_report") == installed / "corpus_report.ipynb"


def test_wheel_installs_every_report_notebook() -> None:
    # pyproject's data-files list must name each notebook the CLI can run.
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    pyproject = tomllib.loads((execute.repo_root() / "pyproject.toml").read_text("utf-8"))
    shipped = pyproject["tool"]["setuptools"]["data-files"]["share/news-analysis/notebooks"]
    notebooks = sorted(
        p.relative_to(execute.repo_root()).as_posix()
        for p in (execute.repo_root() / "notebooks").glob("*.ipynb")
    )
    assert sorted(shipped) == notebooks


def test_resolve_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "local").mkdir()
    (tmp_path / "local" / "a.txt").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    root = execute.repo_root()
    cases = {
        "local": "local",  # exists here: kept as given
        "local/*.txt": "local/*.txt",  # a matching glob: kept
        "seeds/": str(root / "seeds"),  # only under the project: made absolute
        "seeds/levels/*.jsonl": str(root / "seeds/levels/*.jsonl"),
        "missing/": "missing/",  # nowhere: unchanged, the loader reports it
        str(tmp_path / "local"): str(tmp_path / "local"),
    }
    for given, expected in cases.items():
        assert execute.resolve_input(given) == expected, given


def test_manifest_hashes_inputs_and_holds_no_time(tmp_path: Path) -> None:
    files = []
    for name, body in (("b.txt", b"second"), ("a.txt", b"first")):
        (tmp_path / name).write_bytes(body)
        files.append(tmp_path / name)
    manifest = execute.build_manifest(
        "corpus_report",
        parameters={"corpus": str(tmp_path), "group_by": None, "article": "007", "top_n": 3},
        inputs=files,
        rows={"articles": 2},
    )
    assert [Path(item["path"]).name for item in manifest["inputs"]] == ["a.txt", "b.txt"]
    assert manifest["inputs"][0]["sha256"] == hashlib.sha256(b"first").hexdigest()
    assert manifest["inputs"][0]["bytes"] == 5
    assert manifest["packages"]["news-analysis"] != "not installed"
    assert manifest["rows"] == {"articles": 2}
    assert "-r article 007" in manifest["rerun"]["papermill"]  # -p would give 7
    assert "-p top_n 3" in manifest["rerun"]["papermill"]
    assert "--article 007" in manifest["rerun"]["cli"]
    assert "group_by" not in manifest["rerun"]["papermill"]  # None: left at its default
    text = json.dumps(manifest)
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", text)  # no timestamps


@pytest.mark.usefixtures("no_network")
def test_html_export_needs_no_network(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [
        nbformat.v4.new_output("display_data", data={"text/html": "<p>offline</p>"}),
        nbformat.v4.new_output("stream", name="stderr", text="a warning for the runner\n"),
    ]
    nb.cells = [cell, nbformat.v4.new_markdown_cell("$E = mc^2$")]
    path = tmp_path / "done.ipynb"
    nbformat.write(nb, str(path))
    page = execute.export_html(path, title="offline")
    assert "<p>offline</p>" in page
    assert "a warning for the runner" not in page  # stderr stays in the notebook
