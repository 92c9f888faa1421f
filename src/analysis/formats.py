"""Shared pieces of the readers, and the one-article formats (.txt/.md, .html).

:mod:`analysis.load` finds files and dispatches on their suffix; this module
turns one text or HTML file into an :class:`~analysis.schema.Article`, and
holds what every reader shares: the size check made before reading, byte
decoding, the column choice and :func:`build_article`, which cleans the
text (see :mod:`analysis.cleaning`) and records every repair.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from analysis.cleaning import check_not_binary, clean_text, decode_bytes, join_paragraphs
from analysis.errors import ArticleLoadError
from analysis.schema import Article, SourceRef

__all__ = [
    "ID_COLUMNS",
    "TEXT_COLUMNS",
    "TITLE_COLUMNS",
    "Columns",
    "Options",
    "build_article",
    "checked_size",
    "decode_file",
    "path_id",
    "plain_value",
    "read_bytes",
    "read_html_file",
    "read_text_file",
]

# --------------------------------------------------------------------------
# Reading bytes and building articles

TEXT_COLUMNS = ("text", "body")
ID_COLUMNS = ("id",)
TITLE_COLUMNS = ("title", "headline")


def path_id(path: Path, root: Path) -> str:
    """Return the id of a file: its path below ``root`` without suffix, POSIX style.

    The paths are compared as given first (so a symlinked file keeps the name
    it has in the corpus), then resolved; a file outside ``root`` is its name.
    """
    for file, folder in ((path, root), (path.resolve(), root.resolve())):
        try:
            return file.relative_to(folder).with_suffix("").as_posix()
        except ValueError:
            continue
    return Path(path.name).with_suffix("").as_posix()


def checked_size(path: Path, max_bytes: int | None) -> int:
    """Return the size of ``path`` without reading it; raise ArticleLoadError above the limit."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ArticleLoadError(path, f"cannot read the file: {error.strerror}") from None
    if max_bytes is not None and size > max_bytes:
        raise ArticleLoadError(
            path,
            f"the file is {size / 2**20:.1f} MiB, above the {max_bytes / 2**20:.1f} MiB limit "
            "for one file; split it, or pass a larger max_bytes (None disables the limit)",
        )
    if size == 0:
        raise ArticleLoadError(path, "the file is empty")
    return size


def read_bytes(path: Path, max_bytes: int | None) -> bytes:
    """Return the bytes of ``path``, checking its size before reading it."""
    checked_size(path, max_bytes)
    try:
        return path.read_bytes()
    except OSError as error:
        raise ArticleLoadError(path, f"cannot read the file: {error.strerror}") from None


def decode_file(path: Path, data: bytes) -> tuple[str, tuple[str, ...]]:
    """Return the decoded text of ``data`` and its repair flags, naming ``path`` on failure."""
    try:
        text, flags = decode_bytes(data)
        check_not_binary(text)
    except ValueError as error:
        raise ArticleLoadError(path, str(error)) from None
    return text, flags


def build_article(
    raw: str,
    *,
    article_id: str,
    source: SourceRef,
    title: str | None,
    metadata: Mapping[str, Any],
    repairs: tuple[str, ...] = (),
) -> Article:
    """Return the cleaned Article for raw body text; raise ArticleLoadError if no body remains.

    ``title`` None means "find it in the text" (plain-text files); a string
    (even "") is the title the source gives.
    """
    cleaned = clean_text(raw, find_title=title is None, repairs=repairs)
    if not cleaned.paragraphs:
        raise ArticleLoadError(
            source.path,
            "no article text is left after cleaning (the text is empty or only a title)",
            record=source.record,
        )
    text, offsets = join_paragraphs(cleaned.paragraphs)
    return Article(
        id=article_id,
        title=title or cleaned.title,
        text=text,
        paragraphs=offsets,
        metadata={**metadata, **cleaned.metadata},
        source=source,
        repairs=cleaned.repairs,
    )


def plain_value(value: Any) -> Any:
    """Return ``value`` as a plain JSON-like value (dates as ISO strings, NaN as None)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): plain_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain_value(item) for item in value]
    if hasattr(value, "item"):  # numpy scalars from Parquet
        return plain_value(value.item())
    return str(value)


@dataclass(frozen=True)
class Columns:
    """Column names chosen by the user (None: use the defaults)."""

    text: str | None = None
    id: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Options:
    """Column names and the size limit shared by the readers."""

    columns: Columns
    max_bytes: int | None


# --------------------------------------------------------------------------
# Plain text and Markdown

_FRONT_MATTER_OPEN = "---"
_FRONT_MATTER_CLOSE = ("---", "...")


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return (front matter mapping, body); raise ValueError for invalid front matter.

    Front matter is a YAML block between a first line ``---`` and a line
    ``---`` (or ``...``). Without a closing line the text has no front matter.
    """
    lines = text.split("\n")
    if lines[0].strip() != _FRONT_MATTER_OPEN:
        return {}, text
    close = next(
        (i for i, line in enumerate(lines[1:], 1) if line.strip() in _FRONT_MATTER_CLOSE), None
    )
    if close is None:
        return {}, text
    try:
        loaded = yaml.safe_load("\n".join(lines[1:close]))
    except (yaml.YAMLError, RecursionError) as error:
        problem = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ValueError(
            f"the YAML front matter is not valid ({problem}); fix it or remove the --- block"
        ) from None
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise ValueError("the YAML front matter must be key: value lines, not a list or a value")
    return plain_value(loaded), "\n".join(lines[close + 1 :])


def _front_matter_title(front: dict[str, Any]) -> str | None:
    """Pop and return the title (or headline) of the front matter, None when absent."""
    for key in TITLE_COLUMNS:
        if front.get(key) not in (None, ""):
            return str(front.pop(key)).strip()
    return None


def _parse_plain_text(text: str) -> tuple[str | None, str, dict[str, Any]]:
    """Return (front-matter title or None, body, front-matter metadata) of a .txt/.md text."""
    front, body = _split_front_matter(text)
    return _front_matter_title(front), body, front


def _read_one_article(
    path: Path,
    root: Path,
    options: Options,
    parse: Callable[[str], tuple[str | None, str, dict[str, Any]]],
) -> Iterator[Article]:
    """Yield the one article of a file; ``parse`` splits its text into title, body, metadata."""
    text, flags = decode_file(path, read_bytes(path, options.max_bytes))
    try:
        title, body, metadata = parse(text)
    except ValueError as error:
        raise ArticleLoadError(path, str(error)) from None
    yield build_article(
        body,
        article_id=path_id(path, root),
        source=SourceRef(str(path)),
        title=title,
        metadata=metadata,
        repairs=flags,
    )


def read_text_file(path: Path, root: Path, options: Options) -> Iterator[Article]:
    """Yield the one article of a .txt/.md file."""
    return _read_one_article(path, root, options, _parse_plain_text)


# --------------------------------------------------------------------------
# HTML

# trafilatura's metadata field -> our metadata key.
_HTML_METADATA = {
    "author": "author",
    "date": "published",
    "url": "url",
    "sitename": "outlet",
    "description": "description",
    "categories": "categories",
    "tags": "tags",
}


def _extract_html(html: str) -> tuple[str, str, dict[str, Any]]:
    """Return (title, main text, metadata) of an HTML page; raise ValueError if none found.

    Uses trafilatura on the given string only: nothing is fetched.
    """
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
    # trafilatura and lxml raise many exception types on malformed markup;
    # any of them means "this page has no usable text" to the user.
    except Exception as error:
        raise ValueError(f"cannot parse this HTML page ({type(error).__name__}: {error})") from None
    found: dict[str, Any] = {}
    if document is not None:
        found = document if isinstance(document, dict) else document.as_dict()
    if not str(found.get("text") or "").strip():
        raise ValueError("no article text found in this HTML page (trafilatura found no main text)")
    title = str(found.get("title") or "").strip()
    lines = str(found["text"]).split("\n")
    if lines and title and lines[0].strip() == title:
        lines = lines[1:]  # trafilatura repeats the <h1> headline as the first line
    metadata = {
        ours: plain_value(found[theirs])
        for theirs, ours in _HTML_METADATA.items()
        if found.get(theirs)
    }
    return title, "\n".join(lines), metadata


def read_html_file(path: Path, root: Path, options: Options) -> Iterator[Article]:
    """Yield the one article of an .html/.htm file (main text via trafilatura)."""
    return _read_one_article(path, root, options, _extract_html)
