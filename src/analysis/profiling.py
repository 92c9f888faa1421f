"""Corpus profiling: the only module that builds DataFrames.

:func:`profile_article` (from :mod:`analysis.article_profile`) measures one
article (readability, quotes, sources, quality flags). :func:`profile_corpus`
streams a corpus through one of the engines of :mod:`analysis.engines` and
collects four tables, each checked against the column declarations of
:mod:`analysis.schema` when it is built:

* ``articles``: one row per article;
* ``quotes``: one row per quote;
* ``sources``: one row per (article, source);
* ``errors``: one row per article that failed to load or to profile (a bad
  article is recorded and the run goes on).

Workers return plain rows (dicts) per chunk of articles
(:func:`analysis.article_profile.profile_chunk`); the parent turns
them into typed columns every few thousand rows, so memory grows with the
compact tables, not with Python objects.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal, cast

import numpy as np
import pandas as pd

from analysis.article_profile import (
    ArticleProfile,
    ChunkResult,
    Row,
    dataclass_row,
    duplicate_row,
    profile_article,
    profile_chunk,
)
from analysis.engines import ENGINES, default_jobs, map_ordered, task_scale
from analysis.errors import ParameterError, ProfileError
from analysis.partition import corpus_tasks
from analysis.readability import Readability
from analysis.schema import META_PREFIX, TABLES, expected_columns

__all__ = [
    "ArticleProfile",
    "CorpusProfile",
    "RunInfo",
    "check_frame",
    "profile_article",
    "profile_corpus",
    "readability_frame",
]

Format = Literal["csv", "parquet"]

#: CSV float format: ten significant digits, the same text for the same value.
FLOAT_FORMAT = "%.10g"
# Rows kept as dicts before they are converted into typed columns.
_FLUSH_ROWS = 2048
_SORT_KEYS = {
    "articles": ["id"],
    "quotes": ["article_id", "quote_index"],
    "sources": ["article_id", "source_index"],
    "errors": ["path", "record", "article_id", "stage", "message"],
}


def _drop_duplicate_ids(
    result: ChunkResult, first_seen: dict[str, tuple[str | None, int | None]]
) -> None:
    """Move a chunk's articles whose id an earlier chunk used into its errors rows.

    ``first_seen`` maps every id seen so far to its article's (path, record)
    and is updated. Chunks arrive in corpus order, so the first article with
    an id keeps it whatever the engine; :func:`profile_chunk` has already
    done the same inside the chunk, so an id names one article per chunk.
    """
    for index, row in enumerate(result.errors):
        article_id = row["article_id"]
        if row["error_type"] == "DuplicateIdError" and article_id in first_seen:
            # The chunk named its own first article; an earlier chunk's came first.
            result.errors[index] = duplicate_row(
                article_id, row["path"], row["record"], first_seen[article_id]
            )
    clashes: dict[str, Row] = {}
    for row in result.articles:
        article_id, where = row["id"], (row["source_path"], row["source_record"])
        if article_id in first_seen:
            clashes[article_id] = duplicate_row(article_id, *where, first_seen[article_id])
        else:
            first_seen[article_id] = where
    for row in result.errors:
        if row["stage"] == "profile" and row["article_id"] is not None:
            first_seen.setdefault(row["article_id"], (row["path"], row["record"]))
    if not clashes:
        return
    result.articles = [r for r in result.articles if r["id"] not in clashes]
    result.quotes = [r for r in result.quotes if r["article_id"] not in clashes]
    result.sources = [r for r in result.sources if r["article_id"] not in clashes]
    result.errors.extend(clashes.values())


# --------------------------------------------------------------------------- tables


def _typed_column(name: str, values: Sequence[Any], dtype: str) -> Any:
    """Return ``values`` as an array of ``dtype``; raise ProfileError naming the column."""
    try:
        if dtype == "float64":
            # numpy reads None as NaN when the dtype is float.
            return np.array(values, dtype="float64")
        if dtype == "Int64":
            integers = _integer_array(values)
            if integers is not None:
                return integers
        return pd.array(list(values), dtype=cast(Any, dtype))
    except (TypeError, ValueError) as error:
        raise ProfileError(f"column {name!r} cannot hold its values as {dtype}: {error}") from error


_INT_OR_NONE = frozenset({int, type(None)})


def _integer_array(values: Sequence[Any]) -> pd.api.extensions.ExtensionArray | None:
    """Return ``values`` (Python ints and None) as an Int64 array, or None for other values.

    The same array ``pd.array(values, dtype="Int64")`` gives, built without its
    per-value type inference (the common case of counts and offsets); anything
    else (bools, floats, huge ints) is left to pandas.
    """
    if not set(map(type, values)) <= _INT_OR_NONE:
        return None
    cells = np.array(values, dtype=object)
    missing = cells == None  # noqa: E711  (an elementwise comparison, not an identity test)
    cells[missing] = 0
    try:
        data = cells.astype(np.int64)
    except OverflowError:
        return None
    return pd.arrays.IntegerArray(data, missing)


def _row_columns(rows: list[Row], names: list[str]) -> list[tuple[Any, ...]]:
    """Return the cells of ``rows`` column by column (None where a row lacks a column).

    One C-level lookup of all the columns per row, then one transposition,
    instead of a Python step per cell.
    """
    get = itemgetter(*names)
    try:
        cells = list(map(get, rows))
    except KeyError:  # metadata keys vary by article: fill the missing ones
        blank = dict.fromkeys(names)
        cells = [get(blank | row) for row in rows]
    if len(names) == 1:
        return [tuple(cells)]
    return list(zip(*cells, strict=True))


class _TableBuilder:
    """Collects rows of one table and turns them into typed frames every few thousand rows."""

    def __init__(self, table: str) -> None:
        self.table = table
        self._rows: list[Row] = []
        self._frames: list[pd.DataFrame] = []
        self._meta: set[str] = set()

    def extend(self, rows: Iterable[Row]) -> None:
        """Add rows; convert the buffer to a typed frame when it is full."""
        self._rows.extend(rows)
        if len(self._rows) >= _FLUSH_ROWS:
            self._flush()

    def _flush(self) -> None:
        """Convert the buffered rows into one typed frame."""
        if not self._rows:
            return
        rows, self._rows = self._rows, []
        meta: set[str] = set()
        if self.table == "articles":
            # Rows share most keys: gather the distinct ones in C, then test each once.
            meta = {key for key in set().union(*rows) if key.startswith(META_PREFIX)}
        self._meta |= meta
        columns = expected_columns(self.table, meta)
        cells = _row_columns(rows, [name for name, _ in columns])
        data = {
            name: _typed_column(name, values, dtype)
            for (name, dtype), values in zip(columns, cells, strict=True)
        }
        self._frames.append(pd.DataFrame(data))

    def build(self) -> pd.DataFrame:
        """Return the whole table, sorted and checked against the schema."""
        self._flush()
        columns = expected_columns(self.table, self._meta)
        # Hand the parts over so each copy (parts, joined, sorted) is freed as soon
        # as the next exists: peak memory stays near twice the table, not four times.
        parts, self._frames = self._frames, []
        frames = [_with_columns(part, columns) for part in parts]
        del parts
        if not frames:
            frames = [_with_columns(pd.DataFrame(), columns)]
        frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        del frames
        frame = _sorted(frame, self.table)
        check_frame(frame, self.table)
        return frame


def _with_columns(frame: pd.DataFrame, columns: list[tuple[str, str]]) -> pd.DataFrame:
    """Return ``frame`` with exactly ``columns`` in order; absent ones hold missing values."""
    n = len(frame)
    data = {
        name: frame[name] if name in frame.columns else _typed_column(name, [None] * n, dtype)
        for name, dtype in columns
    }
    result: pd.DataFrame = pd.DataFrame(data, index=frame.index if n else None)
    return result


def _sorted(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """Return ``frame`` in the table's stable row order (ties keep their input order)."""
    keys = _SORT_KEYS.get(table)
    if keys and len(frame) > 1:
        frame = frame.sort_values(keys, kind="stable", na_position="last")
    result: pd.DataFrame = frame.reset_index(drop=True)
    return result


def check_frame(frame: pd.DataFrame, table: str) -> None:
    """Return None when ``frame`` has exactly the declared columns and dtypes of ``table``.

    Raises ProfileError listing the missing, unexpected or mistyped columns.
    """
    meta = [str(c) for c in frame.columns if str(c).startswith(META_PREFIX)]
    expected = expected_columns(table, meta if table == "articles" else ())
    actual = [(str(name), str(dtype)) for name, dtype in frame.dtypes.items()]
    if actual == expected:
        return
    expected_names = [name for name, _ in expected]
    actual_names = [name for name, _ in actual]
    problems = []
    missing = [name for name in expected_names if name not in actual_names]
    extra = [name for name in actual_names if name not in expected_names]
    if missing:
        problems.append(f"missing {missing}")
    if extra:
        problems.append(f"unexpected {extra}")
    wrong = [
        f"{name} is {got}, expected {want}"
        for (name, got) in actual
        for (other, want) in expected
        if name == other and got != want
    ]
    if wrong:
        problems.append("; ".join(wrong))
    if not problems:
        problems.append(f"columns out of order; expected {expected_names}")
    raise ProfileError(f"{table} table does not match the schema: {', '.join(problems)}")


def readability_frame(results: Iterable[Readability] | Mapping[str, Readability]) -> pd.DataFrame:
    """Return a table with one row per readability result (e.g. per paragraph), in order.

    A mapping's keys go into the ``label`` column; a plain sequence leaves it missing.
    """
    items: Iterable[tuple[str | None, Readability]] = (
        results.items() if isinstance(results, Mapping) else ((None, r) for r in results)
    )
    builder = _TableBuilder("readability")
    builder.extend(
        {"position": position, "label": label or None, **dataclass_row(result)}
        for position, (label, result) in enumerate(items)
    )
    return builder.build()


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class RunInfo:
    """How a corpus profile was computed (not saved: saved tables must not depend on it).

    Attributes:
        engine: the engine used.
        jobs: worker processes asked for (1 for local).
        elapsed_seconds: wall-clock time of the run.
        worker_pids: the distinct process ids that profiled articles, sorted.
    """

    engine: str
    jobs: int
    elapsed_seconds: float
    worker_pids: tuple[int, ...]


@dataclass(frozen=True)
class CorpusProfile:
    """The four tables of a corpus profile (see ``docs/schema.md`` for every column).

    Attributes:
        articles: one row per article.
        quotes: one row per quote.
        sources: one row per (article, source).
        errors: one row per article that failed to load or to profile.
        run: how the profile was computed, or None for a loaded profile.
    """

    articles: pd.DataFrame
    quotes: pd.DataFrame
    sources: pd.DataFrame
    errors: pd.DataFrame
    run: RunInfo | None = field(default=None, compare=False)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return the four tables by name, in the order of ``schema.TABLES``."""
        return {table: getattr(self, table) for table in TABLES}

    def save(self, directory: str | Path, format: Format = "csv") -> Path:
        """Write ``<table>.csv`` (or ``.parquet``) for the four tables; return the directory.

        The same tables always give byte-identical files: rows are already in a
        stable order, floats are written with ``%.10g``, missing values as empty
        fields, UTF-8 with ``\\n`` line ends.
        """
        if format not in ("csv", "parquet"):
            raise ParameterError(f"format must be 'csv' or 'parquet', got {format!r}")
        out = Path(directory)
        try:
            out.mkdir(parents=True, exist_ok=True)
            for table, frame in self.tables().items():
                check_frame(frame, table)
                path = out / f"{table}.{format}"
                if format == "csv":
                    frame.to_csv(
                        path,
                        index=False,
                        float_format=FLOAT_FORMAT,
                        na_rep="",
                        lineterminator="\n",
                        encoding="utf-8",
                    )
                else:
                    frame.to_parquet(path, index=False, engine="pyarrow", compression="zstd")
        except OSError as error:
            raise ProfileError(f"cannot write the profile to {out}: {error}") from error
        return out

    @classmethod
    def load(cls, directory: str | Path, format: Format | None = None) -> CorpusProfile:
        """Return the profile saved in ``directory`` with its declared dtypes.

        ``format`` is found from the files when not given. Raises ProfileError
        when a table is missing or does not match the schema.
        """
        folder = Path(directory)
        if format is None:
            found = [f for f in ("csv", "parquet") if (folder / f"articles.{f}").is_file()]
            if len(found) != 1:
                what = "both CSV and Parquet tables" if found else "no articles.csv/.parquet"
                raise ProfileError(f"{folder}: {what}; pass format='csv' or 'parquet'")
            format = "csv" if found[0] == "csv" else "parquet"
        articles, quotes, sources, errors = (
            _read_table(folder / f"{table}.{format}", table) for table in TABLES
        )
        return cls(articles, quotes, sources, errors)


def _read_table(path: Path, table: str) -> pd.DataFrame:
    """Return one saved table with the schema's dtypes; raise ProfileError when unreadable."""
    if not path.is_file():
        raise ProfileError(f"{path}: file missing; save the profile again")
    try:
        if path.suffix == ".csv":
            header = pd.read_csv(path, nrows=0, encoding="utf-8").columns
            meta = [str(c) for c in header if str(c).startswith(META_PREFIX)]
            dtypes = dict(expected_columns(table, meta if table == "articles" else ()))
            frame = pd.read_csv(
                path,
                dtype={name: dtypes.get(str(name), "string") for name in header},
                keep_default_na=False,
                na_values=[""],
                encoding="utf-8",
            )
        else:
            frame = pd.read_parquet(path, engine="pyarrow")
            meta = [str(c) for c in frame.columns if str(c).startswith(META_PREFIX)]
            dtypes = dict(expected_columns(table, meta if table == "articles" else ()))
            frame = frame.astype({c: dtypes[c] for c in frame.columns if c in dtypes})
    except (OSError, ValueError) as error:
        raise ProfileError(f"{path}: cannot read the {table} table: {error}") from error
    check_frame(frame, table)
    return frame


def _progress_bar(enabled: bool) -> Any:
    """Return a tqdm bar counting articles, disabled unless asked for and on a terminal."""
    from tqdm.auto import tqdm

    show = enabled and sys.stderr.isatty()
    return tqdm(unit=" articles", disable=not show, desc="profiling", smoothing=0.1)


@contextmanager
def _objects_so_far_frozen() -> Iterator[None]:
    """Keep the objects that exist now out of the garbage collector's scans until the exit.

    A run allocates enough (rows, results from the workers) for the collector
    to make full passes, and each walks every object of the process: the
    lexicons, pandas and pyarrow, hundreds of thousands of objects that live
    through the run. gc.freeze() moves them to a generation no pass scans;
    gc.unfreeze() hands them back at the exit, so any of them that become
    cyclic garbage later are still collected. When the caller froze objects
    itself, nothing is done: the frozen set is its to release.
    """
    if gc.get_freeze_count() or not gc.isenabled():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def profile_corpus(
    source: Any,
    *,
    engine: str = "local",
    jobs: int | None = None,
    client: Any = None,
    progress: bool = True,
    chunk_size: int | None = None,
) -> CorpusProfile:
    """Return the four profile tables of a corpus.

    ``source`` is anything the loader accepts (file, directory, glob, or a
    list of those) or an iterable of :class:`Article`. ``engine`` is
    ``"local"`` (streaming, one process), ``"processes"`` (``jobs`` worker
    processes, all cores by default) or ``"dask"`` (``client``: a
    ``distributed.Client`` or scheduler address; a LocalCluster of ``jobs``
    single-threaded workers when None). Every engine gives identical tables.
    With ``processes`` and a dask LocalCluster made here, workers load small
    files themselves; with a cluster the caller gives, articles are loaded
    here and sent to the workers, so they need not see this machine's files.
    ``progress`` shows a bar with articles/s on a terminal. ``chunk_size``
    fixes the articles (or small files) per task (default: 8, 16, 32, then 64;
    128 with dask, whose tasks cost more to run).

    Scripts that use ``processes`` or ``dask`` must guard their entry point
    with ``if __name__ == "__main__":``, as for any multiprocessing code.

    Raises ParameterError for an unknown engine or bad ``jobs``/``chunk_size``,
    and ArticleLoadError when the source itself cannot be read (a missing path,
    a directory with no articles); a bad article inside the corpus becomes a
    row of the errors table instead.
    """
    if engine not in ENGINES:
        raise ParameterError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if chunk_size is not None and (
        isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1
    ):
        raise ParameterError(f"chunk_size must be at least 1, got {chunk_size!r}")
    n_jobs = 1 if engine == "local" else (jobs if jobs is not None else default_jobs())
    started = time.perf_counter()
    with _objects_so_far_frozen():
        tables, pids = _collect_tables(source, engine, jobs, client, progress, chunk_size)
    run = RunInfo(
        engine=engine,
        jobs=n_jobs,
        elapsed_seconds=time.perf_counter() - started,
        worker_pids=tuple(sorted(pids)),
    )
    return CorpusProfile(**tables, run=run)


def _collect_tables(
    source: Any,
    engine: str,
    jobs: int | None,
    client: Any,
    progress: bool,
    chunk_size: int | None,
) -> tuple[dict[str, pd.DataFrame], set[int]]:
    """Return the four tables of a corpus by name, and the ids of the processes that did the work.

    The arguments are those of :func:`profile_corpus`, already checked.
    """
    builders = {table: _TableBuilder(table) for table in TABLES}
    pids: set[int] = set()
    # Workers of a cluster the caller gave may not see this machine's files.
    files_in_workers = engine == "processes" or (engine == "dask" and client is None)
    tasks = corpus_tasks(
        source,
        parallel=engine != "local",
        files_in_workers=files_in_workers,
        chunk_size=chunk_size,
        task_scale=task_scale(engine),
    )
    results = map_ordered(
        profile_chunk,
        tasks,
        engine=engine,
        jobs=None if engine == "local" else jobs,
        client=client,
    )
    # id -> (path, record) of the first article with that id, in corpus order.
    first_seen: dict[str, tuple[str | None, int | None]] = {}
    with _progress_bar(progress) as bar:
        for result in results:
            _drop_duplicate_ids(result, first_seen)
            builders["articles"].extend(result.articles)
            builders["quotes"].extend(result.quotes)
            builders["sources"].extend(result.sources)
            builders["errors"].extend(result.errors)
            pids.add(result.pid)
            bar.update(result.n_articles)
    tables = {table: builders.pop(table).build() for table in TABLES}
    return tables, pids
