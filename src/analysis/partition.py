"""Cutting a corpus run into tasks for the engines, in corpus order.

A task is either a list of articles (loaded here, sent to a worker), of
records read here but parsed and cleaned by the worker (the lines of a JSON
Lines file, the rows of a CSV or Parquet file), or a :class:`FileTask`: small
files a worker loads itself. Either way the cleaning, most of the loading
time, runs in parallel too. Chunks
start small (8, 16, 32 articles) so every worker is busy on a small corpus,
then hold 64 articles so the per-task overhead stays small on a large one
(``task_scale`` times that for an engine whose tasks cost more to run).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from analysis.errors import ArticleLoadError, ParameterError
from analysis.load import discover_files, iter_file, iter_file_lines, load_line
from analysis.records import JsonLine, RawRecord
from analysis.schema import Article

__all__ = ["FileTask", "Task", "corpus_tasks", "load_files", "task_items"]

# Chunk sizes for parallel engines: small first chunks keep every worker busy
# on small corpora, then chunks of _CHUNK_SIZE keep the per-task overhead small.
_CHUNK_SIZE = 64
_RAMP = (8, 16, 32)
_LOCAL_CHUNK_SIZE = 32
# Files up to _BIG_FILE_BYTES are loaded by the workers, bundled until a task
# holds _BUNDLE_BYTES (after a ramp, as for chunks); bigger files are read by
# the parent and sent on in chunks of records.
_BIG_FILE_BYTES = 256 * 1024
_BUNDLE_RAMP_BYTES = (16 * 1024, 64 * 1024, 128 * 1024)
_BUNDLE_BYTES = 256 * 1024


@dataclass(frozen=True)
class FileTask:
    """Small files a worker loads and profiles itself, so loading runs in parallel too.

    Attributes:
        files: (path, corpus root) pairs, in corpus order.
    """

    files: tuple[tuple[str, str], ...]


def load_files(task: FileTask) -> Iterator[Article | ArticleLoadError]:
    """Yield the articles and load errors of the files of ``task``, in order."""
    for path, root in task.files:
        yield from iter_file(path, root=root, errors="collect")


#: What a worker receives: articles (and load errors, unparsed JSON Lines
#: records and uncleaned CSV/Parquet records) to profile, or files to load.
Task = list[Article | ArticleLoadError | JsonLine | RawRecord] | FileTask
_Item = Article | ArticleLoadError | JsonLine | RawRecord


def task_items(
    task: Task | Sequence[Article | ArticleLoadError],
) -> Iterator[Article | ArticleLoadError]:
    """Yield the articles and load errors of a task, loading its files and records here."""
    if isinstance(task, FileTask):
        yield from load_files(task)
        return
    for item in task:
        yield load_line(item) if isinstance(item, (JsonLine, RawRecord)) else item


def _split_source(source: Any) -> tuple[list[str] | None, Iterator[Any]]:
    """Return (paths, no items) for a path source, or (None, items) for given articles."""
    if isinstance(source, (str, os.PathLike)):
        return [os.fspath(source)], iter(())
    if isinstance(source, Article):
        return None, iter((source,))
    items = iter(source)
    first = next(items, None)
    if first is None:
        return None, iter(())
    if isinstance(first, (str, os.PathLike)):
        paths = [first, *items]
        odd = [item for item in paths if not isinstance(item, (str, os.PathLike))]
        if odd:
            raise ParameterError(
                f"profile_corpus got a list of paths holding a {type(odd[0]).__name__}; "
                "give only paths (str or Path)"
            )
        return [os.fspath(item) for item in paths], iter(())
    return None, _chain(first, items)


def _checked_items(items: Iterator[Any]) -> Iterator[Article | ArticleLoadError]:
    """Yield the given articles; raise ParameterError for anything else."""
    for item in items:
        if not isinstance(item, (Article, ArticleLoadError)):
            raise ParameterError(
                f"profile_corpus got a {type(item).__name__}; give paths or Article objects"
            )
        yield item


def _chain(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    """Yield ``first`` then everything in ``rest``."""
    yield first
    yield from rest


def _chunk_sizes(chunk_size: int | None, ramp: Sequence[int], size: int) -> Iterator[int]:
    """Yield successive chunk sizes: ``chunk_size`` if given, else ``ramp``, then ``size``."""
    if chunk_size is not None:
        while True:
            yield chunk_size
    yield from ramp
    while True:
        yield size


def _chunks(items: Iterable[_Item], sizes: Iterator[int]) -> Iterator[list[_Item]]:
    """Yield lists of the given sizes (load errors ride along and become error rows)."""
    size = next(sizes)
    chunk: list[_Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
            size = next(sizes)
    if chunk:
        yield chunk


def corpus_tasks(
    source: Any,
    *,
    parallel: bool,
    files_in_workers: bool,
    chunk_size: int | None,
    task_scale: int = 1,
) -> Iterator[Task]:
    """Yield the work of a corpus run in corpus order.

    Given articles go in chunks. For paths, when ``files_in_workers`` (the
    workers share this machine's files and working folder), small files are
    bundled into :class:`FileTask` so the workers load them, and a large
    multi-record file is read here and sent on in chunks of records, so
    neither one big JSONL, CSV or Parquet file nor thousands of small files
    leave a worker idle. Otherwise every file is read here and sent in
    chunks (records uncleaned, other files as articles). After the ramp, a
    parallel run's tasks hold ``task_scale`` times the usual articles (or
    bytes of small files), unless ``chunk_size`` fixes them.
    """
    if parallel:
        sizes = _chunk_sizes(chunk_size, _RAMP, _CHUNK_SIZE * task_scale)
    else:
        sizes = _chunk_sizes(chunk_size, (), _LOCAL_CHUNK_SIZE)
    paths, given = _split_source(source)
    if paths is None:
        yield from _chunks(_checked_items(given), sizes)
        return
    # A path that does not exist, or holds no articles, is the caller's
    # mistake rather than a bad article: discover_files raises it.
    pairs = discover_files(paths)
    if not files_in_workers:
        # JSON Lines records go unparsed: the workers parse and clean them.
        loaded = (item for f, r in pairs for item in iter_file_lines(f, root=r))
        yield from _chunks(loaded, sizes)
        return
    limits = _chunk_sizes(None, _BUNDLE_RAMP_BYTES, _BUNDLE_BYTES * task_scale)
    bundle: list[tuple[str, str]] = []
    bundle_bytes, limit = 0, next(limits)
    for file, root in pairs:
        try:
            size = file.stat().st_size
        except OSError:
            size = 0  # the loader reports the problem in its own words
        if size > _BIG_FILE_BYTES:
            if bundle:
                yield FileTask(tuple(bundle))
                bundle, bundle_bytes, limit = [], 0, next(limits)
            yield from _chunks(iter_file_lines(file, root=root), sizes)
            continue
        bundle.append((str(file), str(root)))
        bundle_bytes += size
        if bundle_bytes >= limit or (chunk_size is not None and len(bundle) >= chunk_size):
            yield FileTask(tuple(bundle))
            bundle, bundle_bytes, limit = [], 0, next(limits)
    if bundle:
        yield FileTask(tuple(bundle))
