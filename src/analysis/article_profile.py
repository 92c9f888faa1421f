"""One article's profile, and the plain table rows made from profiles.

:func:`profile_article` measures one article (readability, quotes, sources,
quality flags). :func:`profile_chunk` is what a worker of
:mod:`analysis.engines` runs: it loads and profiles a chunk of articles and
returns plain rows (dicts) for the four tables, which
:mod:`analysis.profiling` turns into typed DataFrames in the parent.

This module imports neither pandas nor the report machinery, so a worker
process starts with only what profiling an article needs (about a third of
the import time of :mod:`analysis.profiling`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from analysis.errors import ArticleLoadError, duplicate_id_error
from analysis.partition import Task, task_items
from analysis.quality import QualityFlags, quality_flags
from analysis.quotes import Quote, analyze_quotes
from analysis.readability import Readability, readability
from analysis.schema import Article, meta_column
from analysis.sources import (
    QuoteMeasures,
    Source,
    quote_measures,
    quote_word_counts,
    summarize_sources,
)

__all__ = [
    "ArticleProfile",
    "ChunkResult",
    "Row",
    "dataclass_row",
    "duplicate_row",
    "profile_article",
    "profile_chunk",
]

Row = dict[str, Any]


# --------------------------------------------------------------------------- one article


@dataclass(frozen=True)
class ArticleProfile:
    """Everything measured about one article.

    Attributes:
        article: the article measured.
        readability: whole-text readability.
        quotes: the quotes found, in text order.
        sources: the sources those quotes are attributed to.
        quote_measures: counts and shares over the quotes and sources.
        quality: quality flags (repairs, unbalanced quote marks, integrity signals).
    """

    article: Article
    readability: Readability
    quotes: tuple[Quote, ...]
    sources: tuple[Source, ...]
    quote_measures: QuoteMeasures
    quality: QualityFlags


def profile_article(article: Article) -> ArticleProfile:
    """Return the readability, quotes, sources and quality flags of one article."""
    measured = readability(article)
    analysis = analyze_quotes(article)
    quotes = tuple(analysis.quotes)
    # Words are counted once: the text's by readability, each quote's here.
    quote_words = quote_word_counts(quotes)
    return ArticleProfile(
        article=article,
        readability=measured,
        quotes=quotes,
        sources=tuple(summarize_sources(quotes, quote_words=quote_words)),
        quote_measures=quote_measures(
            quotes, article, n_words=measured.words, quote_words=quote_words
        ),
        quality=quality_flags(
            article, unbalanced_marks=analysis.unbalanced_marks, n_words=measured.words
        ),
    )


# --------------------------------------------------------------------------- rows


def _field_names(obj: Any) -> tuple[str, ...]:
    """Return the field names of a dataclass instance (cached per class)."""
    cls = type(obj)
    names: tuple[str, ...] | None = _FIELD_NAMES.get(cls)
    if names is None:
        names = tuple(f.name for f in dataclasses.fields(cls))
        _FIELD_NAMES[cls] = names
    return names


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _cell(value: Any) -> Any:
    """Return ``value`` as a table cell: scalars as they are, "" as missing, sequences joined."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return value or None
    if isinstance(value, (tuple, list)):
        return "; ".join(str(item) for item in value) or None
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        # A numpy scalar: its Python value (tested by module so that workers
        # need not import numpy for this rare case).
        return value.item()
    enum_value = getattr(value, "value", None)
    if isinstance(enum_value, str):
        return enum_value or None
    return str(value)


def dataclass_row(obj: Any) -> Row:
    """Return the fields of a result dataclass as one row of cells."""
    names = _field_names(obj)
    values = getattr(obj, "__dict__", None)
    row: Row
    if values is not None and len(values) == len(names):
        # __init__ set exactly the fields: copying the dict is a C-level step.
        row = values.copy()
    elif values is None:  # a slotted dataclass
        row = {name: getattr(obj, name) for name in names}
    else:
        row = {name: values[name] for name in names}
    # Most values (counts, scores, flags, non-empty text) are cells already;
    # convert only the rest. Assigning to existing keys while iterating is safe.
    for name, value in row.items():
        kind = type(value)
        if kind is str:
            if not value:
                row[name] = None
        elif kind not in _PLAIN_TYPES:
            row[name] = _cell(value)
    return row


_PLAIN_TYPES = frozenset({bool, int, float, type(None)})
_SCALARS = (str, bool, int, float)


class _Skip:
    """Marker: a metadata value that gets no column (nested mappings or lists)."""


_SKIP = _Skip()


def _meta_value(value: Any) -> str | _Skip | None:
    """Return a metadata value as text, or _SKIP for a nested value.

    Strings stay as they are, numbers and booleans are written as JSON
    (``12``, ``true``), dates in ISO form, and a list of such values is joined
    with "; ". Mappings and lists holding mappings (PolNeAR's gold
    attributions, for one) get no column; they stay in ``Article.metadata``.
    """
    if value is None:
        return None
    if isinstance(value, str):
        return value or None
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, (bool, int, float)):
        return json.dumps(value)
    if isinstance(value, (list, tuple)) and all(isinstance(item, _SCALARS) for item in value):
        return (
            "; ".join(item if isinstance(item, str) else json.dumps(item) for item in value) or None
        )
    return _SKIP


def _meta_row(metadata: Mapping[str, Any]) -> Row:
    """Return the ``meta_<key>`` cells of an article (first key wins when two names collide)."""
    row: Row = {}
    for key in sorted(metadata, key=str):
        name = meta_column(str(key))
        if name not in row:
            value = _meta_value(metadata[key])
            if not isinstance(value, _Skip):
                row[name] = value
    return row


def _article_row(profile: ArticleProfile) -> Row:
    """Return the articles-table row of one profile."""
    article = profile.article
    row: Row = {
        "id": article.id,
        "title": article.title or None,
        "source_path": article.source.path or None,
        "source_record": article.source.record,
        "n_paragraphs": len(article.paragraphs),
        "repairs": "; ".join(article.repairs) or None,
    }
    row.update(_meta_row(article.metadata))
    row.update(dataclass_row(profile.readability))
    row.update(dataclass_row(profile.quote_measures))
    row.update(dataclass_row(profile.quality))
    return row


def _indexed_rows(article_id: str, index_name: str, items: Iterable[Any]) -> list[Row]:
    """Return one row per result item, keyed by article id and 0-based position."""
    return [
        {"article_id": article_id, index_name: position, **dataclass_row(item)}
        for position, item in enumerate(items)
    ]


def _load_error_row(error: ArticleLoadError) -> Row:
    """Return the errors-table row of an article that could not be loaded."""
    return {
        "article_id": None,
        "path": error.path or None,
        "record": error.record,
        "stage": "load",
        "error_type": type(error).__name__,
        "message": str(error) or type(error).__name__,
    }


def _profile_error_row(article: Article, error: Exception) -> Row:
    """Return the errors-table row of an article that loaded but could not be profiled."""
    return {
        "article_id": article.id or None,
        "path": article.source.path or None,
        "record": article.source.record,
        "stage": "profile",
        "error_type": type(error).__name__,
        "message": f"article {article.id!r}: {error}" if str(error) else type(error).__name__,
    }


@dataclass
class ChunkResult:
    """The rows one worker returns for one chunk of articles.

    Attributes:
        articles, quotes, sources, errors: rows for each table.
        n_articles: articles in the chunk (profiled or failed).
        pid: process id of the worker that did the work.
    """

    articles: list[Row] = field(default_factory=list)
    quotes: list[Row] = field(default_factory=list)
    sources: list[Row] = field(default_factory=list)
    errors: list[Row] = field(default_factory=list)
    n_articles: int = 0
    pid: int = 0


def profile_chunk(task: Task | Sequence[Article | ArticleLoadError]) -> ChunkResult:
    """Return the table rows of a chunk of articles (or of files to load first).

    A file or record that fails to load, or an article that fails to profile,
    becomes a row of the errors table; the rest of the chunk goes on.
    """
    result = ChunkResult(pid=os.getpid())
    # id -> (path, record) of the chunk's first article with that id.
    first_seen: dict[str, tuple[str | None, int | None]] = {}
    for item in task_items(task):
        result.n_articles += 1
        if isinstance(item, ArticleLoadError):
            result.errors.append(_load_error_row(item))
            continue
        if item.id in first_seen:
            result.errors.append(
                duplicate_row(item.id, item.source.path, item.source.record, first_seen[item.id])
            )
            continue
        first_seen[item.id] = (item.source.path, item.source.record)
        try:
            profile = profile_article(item)
            row = _article_row(profile)
            quote_rows = _indexed_rows(item.id, "quote_index", profile.quotes)
            source_rows = _indexed_rows(item.id, "source_index", profile.sources)
        except Exception as error:  # one bad article must never stop a corpus run
            result.errors.append(_profile_error_row(item, error))
            continue
        result.articles.append(row)
        result.quotes.extend(quote_rows)
        result.sources.extend(source_rows)
    return result


def duplicate_row(
    article_id: str, path: str | None, record: int | None, first: tuple[str | None, int | None]
) -> Row:
    """Return the errors-table row of an article whose id the article at ``first`` has."""
    duplicate = duplicate_id_error(article_id, path, record, first)
    return {**_load_error_row(duplicate), "article_id": article_id}
