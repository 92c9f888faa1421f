"""Files and records -> :class:`~analysis.schema.Article`.

Sources: a file, a folder (searched recursively in sorted order; hidden
files and folders and README/LICENSE/NOTICE/CHANGELOG/CONTRIBUTING files
are skipped), a glob (``corpus/**/*.jsonl``), or a list of those.

Formats (by file suffix):

* ``.txt`` / ``.md``: one article. Optional YAML front matter (between two
  ``---`` lines) becomes metadata; its ``title`` (or ``headline``) is the
  title. Otherwise a first-paragraph Markdown heading (``# Title``), or a
  first paragraph of at most 20 words without terminal punctuation that is
  followed by a blank line and more text, is the title (and leaves the
  body). Scraped news pages (a ``Home / … / title`` breadcrumb or a trailing
  ``Source link``) are parsed into title, image, caption, credit and body;
  see :mod:`analysis.cleaning` for those rules and the repair flags.
* ``.jsonl`` / ``.json`` / ``.csv`` / ``.parquet``: one article per record.
  The text is in ``text`` or ``body`` (or ``text_column``), the id in ``id``
  (or ``id_column``), the title in ``title`` or ``headline`` (or
  ``title_column``); every other column goes to ``metadata`` (a ``metadata``
  column holding a mapping is merged into it; CSV values stay strings and
  empty cells become None). A ``.json`` file holds one object or a list of
  objects. Record text gets no title detection (its title is a column).
* ``.html`` / ``.htm``: main text and metadata (title, author, published,
  url, outlet, description, categories, tags) extracted offline by trafilatura.

Ids: the path relative to the corpus root, without suffix, in POSIX form
(``articles/2021-06-27-us-airstrikes-iraq-syria``); the root is the folder
given, the fixed part of a glob, or a single file's parent. A record's id is
its id column; without one it is ``<path id>#<n>``, ``n`` being the 1-based
record number (JSONL: line number; CSV: data row; JSON: array item;
Parquet: row), which is also ``Article.source.record``. Two files that
differ only by suffix in one folder give clashing ids: rename one. (In a
corpus profile the first article with an id is profiled and every later one
becomes a ``DuplicateIdError`` row of the errors table.)

Every file is refused above ``max_bytes`` (default 100 MiB, checked before
reading; ``None`` lifts it). Cleaning is flagged in ``Article.repairs``;
:func:`raw_text` re-reads the decoded, uncleaned source text of an article.
The loader only reads: it never writes next to the input files and never
touches the network.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar

from analysis.errors import ArticleLoadError, ParameterError
from analysis.formats import (
    Columns,
    Options,
    decode_file,
    read_bytes,
    read_html_file,
    read_text_file,
)
from analysis.records import (
    JsonLine,
    RawRecord,
    find_record,
    iter_csv_records,
    iter_jsonl_lines,
    iter_parquet_records,
    jsonl_article,
    raw_record_article,
    read_csv_file,
    read_json_file,
    read_jsonl_file,
    read_parquet_file,
    split_record,
)
from analysis.schema import Article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "Corpus",
    "discover_files",
    "iter_articles",
    "iter_file",
    "iter_file_lines",
    "load_article",
    "load_corpus",
    "load_line",
    "raw_text",
]

ErrorMode = Literal["raise", "collect"]
Source = str | Path | Iterable[str | Path]

# A news article is well under 1 MB; a bigger single file is almost always a
# dump or the wrong file, and whole-file formats would be read into memory.
DEFAULT_MAX_BYTES = 100 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUPPORTED_SUFFIXES = frozenset(
    TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl", ".ndjson", ".json", ".csv", ".parquet"}
)
# Project files that sit next to articles in a folder but are not articles.
_NOT_ARTICLES = frozenset({"readme", "license", "licence", "notice", "changelog", "contributing"})
_GLOB_MAGIC = frozenset("*?[")


@dataclass(frozen=True)
class Corpus:
    """Articles loaded from a source and the errors met on the way.

    Attributes:
        articles: every article that loaded, in file order.
        errors: one :class:`ArticleLoadError` per file or record that failed.
    """

    articles: tuple[Article, ...]
    errors: tuple[ArticleLoadError, ...]

    def __len__(self) -> int:
        """Return the number of articles."""
        return len(self.articles)


# --------------------------------------------------------------------------
# Discovering files


def _is_candidate(path: Path) -> bool:
    """Return True for a visible file with a supported suffix that is not a README/LICENSE."""
    return (
        path.suffix.lower() in SUPPORTED_SUFFIXES
        and not path.name.startswith(".")
        and path.stem.lower() not in _NOT_ARTICLES
    )


def _walk_directory(directory: Path) -> list[tuple[Path, Path]]:
    """Return sorted (file, directory) pairs of article files below ``directory``."""
    found: list[Path] = []
    for folder, subfolders, files in os.walk(directory):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith((".", "__")))
        found.extend(Path(folder, name) for name in files if _is_candidate(Path(name)))
    found.sort(key=lambda p: p.relative_to(directory).as_posix())
    if not found:
        raise ArticleLoadError(
            directory,
            "this folder (and its subfolders) holds no article files; expected "
            f"{', '.join(sorted(SUPPORTED_SUFFIXES))} files",
        )
    return [(path, directory) for path in found]


def _glob_root(pattern: str) -> Path:
    """Return the leading part of a glob pattern that has no wildcard."""
    fixed = list(_takewhileplain_value(Path(pattern).parts))
    return Path(*fixed) if fixed else Path(".")


def _takewhileplain_value(parts: Iterable[str]) -> Iterator[str]:
    """Yield path parts up to the first one that holds a wildcard."""
    for part in parts:
        if _GLOB_MAGIC & set(part):
            return
        yield part


def _expand_glob(pattern: str) -> list[tuple[Path, Path]]:
    """Return sorted (file, root) pairs of article files matching ``pattern``."""
    root = _glob_root(pattern)
    matches = sorted(Path(m) for m in glob.glob(pattern, recursive=True))
    found = [(m, root) for m in matches if m.is_file() and _is_candidate(m)]
    if not found:
        raise ArticleLoadError(pattern, "no article files match this pattern")
    return found


def _discover_entry(entry: str | Path) -> list[tuple[Path, Path]]:
    """Return the (file, root) pairs one path, directory or glob stands for."""
    path = Path(entry)
    if path.is_file():
        return [(path, path.parent)]
    if path.is_dir():
        return _walk_directory(path)
    if isinstance(entry, str) and _GLOB_MAGIC & set(entry):
        return _expand_glob(entry)
    raise ArticleLoadError(
        entry,
        f"no such file or folder (relative paths start from {Path.cwd()}); check the spelling",
    )


def _entries(source: Source) -> list[str | Path]:
    """Return the list of paths/globs in ``source``."""
    if isinstance(source, (str, Path)):
        return [source]
    entries = list(source)
    if not entries:
        raise ArticleLoadError("<no input>", "no file, folder or pattern was given")
    return entries


def discover_files(source: Source) -> list[tuple[Path, Path]]:
    """Return the (file, corpus root) pairs of every article file in ``source``.

    ``source`` is a file, a directory (searched recursively, hidden entries
    and README/LICENSE files skipped), a glob, or a list of those. Files come
    sorted within each entry, entries in the order given, duplicates dropped.
    Raises ArticleLoadError for a missing path or a source without articles.
    """
    pairs: list[tuple[Path, Path]] = []
    seen: set[Path] = set()
    for entry in _entries(source):
        for file, root in _discover_entry(entry):
            if file.resolve() not in seen:
                seen.add(file.resolve())
                pairs.append((file, root))
    return pairs


# --------------------------------------------------------------------------
# Public API

_Reader = Callable[[Path, Path, Options], Iterator[Article | ArticleLoadError]]
_READERS: dict[str, _Reader] = {
    **dict.fromkeys(TEXT_SUFFIXES, read_text_file),
    **dict.fromkeys(HTML_SUFFIXES, read_html_file),
    ".jsonl": read_jsonl_file,
    ".ndjson": read_jsonl_file,
    ".json": read_json_file,
    ".csv": read_csv_file,
    ".parquet": read_parquet_file,
}


def _reader(path: Path) -> _Reader:
    """Return the reader for the suffix of ``path``; raise ArticleLoadError if unsupported."""
    suffix = path.suffix.lower()
    if suffix not in _READERS:
        raise ArticleLoadError(
            path,
            f"unsupported file type {suffix or '(no suffix)'!r}; "
            f"use one of {', '.join(sorted(SUPPORTED_SUFFIXES))}",
        )
    return _READERS[suffix]


def _check_errors_mode(errors: str) -> None:
    """Raise ParameterError unless ``errors`` is "raise" or "collect"."""
    if errors not in ("raise", "collect"):
        raise ParameterError(f"errors must be 'raise' or 'collect', not {errors!r}")


def iter_file(
    path: str | Path,
    *,
    root: str | Path | None = None,
    errors: ErrorMode = "raise",
    text_column: str | None = None,
    id_column: str | None = None,
    title_column: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Iterator[Article | ArticleLoadError]:
    """Yield the articles of one file; with ``errors="collect"`` errors are yielded in place.

    ``root`` is the corpus root that ids are relative to (default: the
    file's folder). In "raise" mode the first ArticleLoadError is raised.
    """
    _check_errors_mode(errors)
    file = Path(path)
    options = Options(Columns(text_column, id_column, title_column), max_bytes)
    yield from _collected(file, root, errors, lambda base: _reader(file)(file, base, options))


def iter_file_lines(
    path: str | Path, *, root: str | Path | None = None
) -> Iterator[Article | ArticleLoadError | JsonLine | RawRecord]:
    """Yield what ``iter_file(path, root=root, errors="collect")`` yields, cleaning later.

    A JSON Lines file yields its records unparsed (:class:`JsonLine`), a CSV
    or Parquet file its records read but not cleaned (:class:`RawRecord`);
    :func:`load_line` turns each into the same Article or error, so that a
    parallel run parses and cleans them in its workers. Other files yield as
    iter_file.
    """
    file = Path(path)
    reader = _RECORD_READERS.get(file.suffix.lower())
    if reader is None:
        yield from iter_file(file, root=root, errors="collect")
        return
    options = Options(Columns(), DEFAULT_MAX_BYTES)
    yield from _collected(file, root, "collect", lambda base: reader(file, base, options))


def load_line(line: JsonLine | RawRecord) -> Article | ArticleLoadError:
    """Return the Article (or load error) of a record from :func:`iter_file_lines`."""
    if isinstance(line, RawRecord):
        return raw_record_article(line)
    return jsonl_article(line, Columns())


_RecordReader = Callable[[Path, Path, Options], Iterator[JsonLine | RawRecord | ArticleLoadError]]
_RECORD_READERS: dict[str, _RecordReader] = {
    ".jsonl": iter_jsonl_lines,
    ".ndjson": iter_jsonl_lines,
    ".csv": iter_csv_records,
    ".parquet": iter_parquet_records,
}
_Item = TypeVar("_Item")


def _collected(
    file: Path,
    root: str | Path | None,
    errors: ErrorMode,
    read: Callable[[Path], Iterator[_Item]],
) -> Iterator[_Item | ArticleLoadError]:
    """Yield ``read(root)`` of an existing file; errors are yielded or raised per ``errors``."""
    try:
        if file.is_dir():
            raise ArticleLoadError(file, "this is a folder; load it with iter_articles")
        if not file.is_file():
            raise ArticleLoadError(file, "no such file; check the path")
        for item in read(Path(root) if root is not None else file.parent):
            if isinstance(item, ArticleLoadError) and errors == "raise":
                raise item
            yield item
    except ArticleLoadError as error:
        if errors == "raise":
            raise
        yield error


def iter_articles(
    source: Source,
    *,
    errors: ErrorMode = "raise",
    text_column: str | None = None,
    id_column: str | None = None,
    title_column: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Iterator[Article | ArticleLoadError]:
    """Yield every article of a file, folder, glob or list of those, one at a time.

    Streams: only the current file's current record is held. With
    ``errors="collect"`` a failed path, file or record is yielded as an
    ArticleLoadError in its place and loading goes on; with "raise" the first
    one is raised. ``max_bytes`` limits each file's size (None: no limit).
    """
    _check_errors_mode(errors)
    seen: set[Path] = set()
    try:
        entries = _entries(source)
    except ArticleLoadError as error:
        if errors == "raise":
            raise
        yield error
        return
    for entry in entries:
        try:
            pairs = _discover_entry(entry)
        except ArticleLoadError as error:
            if errors == "raise":
                raise
            yield error
            continue
        for file, root in pairs:
            if file.resolve() in seen:
                continue
            seen.add(file.resolve())
            yield from iter_file(
                file,
                root=root,
                errors=errors,
                text_column=text_column,
                id_column=id_column,
                title_column=title_column,
                max_bytes=max_bytes,
            )


def load_corpus(
    source: Source,
    *,
    errors: ErrorMode = "collect",
    text_column: str | None = None,
    id_column: str | None = None,
    title_column: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Corpus:
    """Return a Corpus of every article in ``source`` and the errors collected on the way.

    Defaults to ``errors="collect"`` so one bad file does not stop a corpus;
    pass "raise" to stop at the first error.
    """
    articles: list[Article] = []
    failures: list[ArticleLoadError] = []
    for item in iter_articles(
        source,
        errors=errors,
        text_column=text_column,
        id_column=id_column,
        title_column=title_column,
        max_bytes=max_bytes,
    ):
        if isinstance(item, ArticleLoadError):
            failures.append(item)
        else:
            articles.append(item)
    return Corpus(tuple(articles), tuple(failures))


def load_article(
    path: str | Path,
    *,
    text_column: str | None = None,
    id_column: str | None = None,
    title_column: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Article:
    """Return the one article in the file ``path`` (its id is the file name without suffix).

    Raises ArticleLoadError when the file cannot be loaded or holds more than
    one article (use :func:`load_corpus` for multi-record files).
    """
    found: list[Article] = []
    for item in iter_file(
        path,
        text_column=text_column,
        id_column=id_column,
        title_column=title_column,
        max_bytes=max_bytes,
    ):
        if isinstance(item, Article):
            found.append(item)
        if len(found) > 1:
            raise ArticleLoadError(
                path, "the file holds several articles; use load_corpus or iter_articles"
            )
    if not found:  # readers raise when a file has no article; this guards the contract
        raise ArticleLoadError(path, "the file holds no article")
    return found[0]


# --------------------------------------------------------------------------
# Raw text


def raw_text(article: Article, *, text_column: str | None = None) -> str:
    """Return the decoded, uncleaned source text of ``article``, re-read from its file.

    For a text or HTML file this is the whole decoded file (front matter and
    markup included); for a record it is the record's text field as stored.
    Pass the ``text_column`` used when loading, if any. Raises
    ArticleLoadError when the file or record is gone.
    """
    path, number = Path(article.source.path), article.source.record
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
        return decode_file(path, read_bytes(path, None))[0]
    record = find_record(path, number)
    if record is None:
        raise ArticleLoadError(path, "the record is no longer in the file", record=number)
    try:
        return split_record(record, Columns(text=text_column)).text
    except ValueError as error:
        raise ArticleLoadError(path, str(error), record=number) from None
