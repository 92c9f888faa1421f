"""The article record every module shares.

``Article`` is what the loader produces and what every profile reads. It is
frozen: cleaning happens once, in :mod:`analysis.load`, and is recorded in
``repairs`` so nothing is altered silently.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "DTYPES",
    "META_PREFIX",
    "TABLES",
    "Article",
    "Column",
    "SourceRef",
    "columns_from_dataclass",
    "dtype_of",
    "expected_columns",
    "meta_column",
    "schema_markdown",
    "table_columns",
]


@dataclass(frozen=True)
class SourceRef:
    """Where an article came from.

    Attributes:
        path: the file, as found (relative paths stay relative).
        record: 1-based line or record number inside a multi-record file
            (JSONL line, CSV row, JSON array item, Parquet row), or None for a
            one-article file.
    """

    path: str
    record: int | None = None

    def __str__(self) -> str:
        return self.path if self.record is None else f"{self.path}:{self.record}"


@dataclass(frozen=True)
class Article:
    """One cleaned news article.

    Attributes:
        id: stable identifier: the path relative to the corpus root (without
            suffix), or the record's id column, plus the record number where
            a file holds several records without ids.
        title: the headline, or "" when the source gives none.
        text: the cleaned body; paragraphs are separated by one blank line.
        paragraphs: (start, end) offsets into ``text``, one pair per paragraph.
        metadata: whatever the source gives (outlet, url, published, author,
            caption, level, topic, ...), as plain JSON-like values.
        source: the file and record it was read from.
        repairs: a short flag for every cleaning step applied, in order
            (``mojibake-fixed``, ``entity-repaired``, ``boilerplate:teaser``, ...).
    """

    id: str
    title: str
    text: str
    paragraphs: tuple[tuple[int, int], ...] = ()
    metadata: Mapping[str, Any] = field(default_factory=dict, hash=False)
    source: SourceRef = field(default_factory=lambda: SourceRef(""))
    repairs: tuple[str, ...] = ()


# ---------------------------------------------------------------------------
# Output tables: the one declaration of every column the profiles produce.
#
# Columns that come from a result dataclass (Readability, QuoteMeasures,
# Quote, Source, QualityFlags) are read from that dataclass's fields: name,
# type and the field metadata {"unit", "description"}. The columns profiling
# adds itself (ids, positions, error details) are declared here. Metadata
# columns vary by corpus, so they are declared as a pattern: every metadata
# key becomes a string column ``meta_<key>``.
# ---------------------------------------------------------------------------

#: Prefix of the per-corpus metadata columns of the articles table.
META_PREFIX = "meta_"
#: The tables a corpus profile holds, in the order they are documented.
TABLES = ("articles", "quotes", "sources", "errors")
#: Every dtype a column may have: nullable string, integer, boolean, and float64 with NaN.
DTYPES = ("string", "Int64", "boolean", "float64")


@dataclass(frozen=True)
class Column:
    """One declared output column.

    Attributes:
        name: flat snake_case column name.
        dtype: one of :data:`DTYPES` (pandas dtype name).
        unit: what a value counts or measures (``count``, ``share``, ``grade``, ...).
        description: what the column means, in one sentence.
    """

    name: str
    dtype: str
    unit: str
    description: str


_ARTICLE_ID = Column("article_id", "string", "id", "id of the article the row belongs to")

_ARTICLE_IDENTITY = (
    Column(
        "id", "string", "id", "stable article id (path relative to the corpus root, or record id)"
    ),
    Column("title", "string", "text", "headline; missing when the source gives none"),
    Column("source_path", "string", "path", "file the article was read from"),
    Column("source_record", "Int64", "index", "1-based record number in a multi-record file"),
    Column("n_paragraphs", "Int64", "count", "paragraphs in the cleaned text"),
    Column("repairs", "string", "flags", "cleaning steps the loader applied, '; '-separated"),
)

_ERRORS = (
    Column("article_id", "string", "id", "id of the article, when it loaded before failing"),
    Column("path", "string", "path", "file (or source) the error is about"),
    Column("record", "Int64", "index", "1-based record number in the file, when known"),
    Column("stage", "string", "label", "'load' (could not read) or 'profile' (could not measure)"),
    Column("error_type", "string", "label", "exception class name"),
    Column("message", "string", "text", "what went wrong, as the error states it"),
)

_POSITION = {
    "quotes": Column(
        "quote_index", "Int64", "index", "0-based position of the quote in the article"
    ),
    "sources": Column(
        "source_index", "Int64", "index", "0-based position of the source in the article"
    ),
}


def dtype_of(annotation: Any) -> str:
    """Return the column dtype (one of :data:`DTYPES`) for a dataclass field's type."""
    import types
    import typing

    args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        return dtype_of(args[0])
    if annotation is bool:
        return "boolean"
    if annotation is int:
        return "Int64"
    if annotation is float:
        return "float64"
    # str, Literal[...] labels, enums and tuples of labels are all written as text.
    return "string"


def columns_from_dataclass(cls: type[Any]) -> tuple[Column, ...]:
    """Return one :class:`Column` per field of the dataclass ``cls`` (from its field metadata)."""
    import dataclasses
    import typing

    hints = typing.get_type_hints(cls)
    return tuple(
        Column(
            name=f.name,
            dtype=dtype_of(hints[f.name]),
            unit=str(f.metadata.get("unit", "")),
            description=str(f.metadata.get("description", "")),
        )
        for f in dataclasses.fields(cls)
    )


def _result_classes() -> dict[str, tuple[type[Any], ...]]:
    """Return the result dataclasses whose fields make up each table (imported lazily)."""
    from analysis.quality import QualityFlags
    from analysis.quotes import Quote
    from analysis.readability import Readability
    from analysis.sources import QuoteMeasures, Source

    return {
        "articles": (Readability, QuoteMeasures, QualityFlags),
        "quotes": (Quote,),
        "sources": (Source,),
        "readability": (Readability,),
    }


@functools.cache
def table_columns(table: str) -> tuple[Column, ...]:
    """Return the declared columns of ``table`` in output order (metadata columns excluded).

    ``table`` is one of :data:`TABLES` or ``"readability"`` (the table of
    :func:`analysis.profiling.readability_frame`). Raises ValueError for an
    unknown table or when two sources declare the same column name.
    """
    if table == "errors":
        columns: tuple[Column, ...] = _ERRORS
    elif table == "articles":
        columns = _ARTICLE_IDENTITY + tuple(
            column
            for cls in _result_classes()["articles"]
            for column in columns_from_dataclass(cls)
        )
    elif table in _POSITION:
        (cls,) = _result_classes()[table]
        columns = (_ARTICLE_ID, _POSITION[table], *columns_from_dataclass(cls))
    elif table == "readability":
        (cls,) = _result_classes()[table]
        columns = (
            Column("position", "Int64", "index", "0-based position of the text (e.g. paragraph)"),
            Column("label", "string", "label", "name given to the text, when results were keyed"),
            *columns_from_dataclass(cls),
        )
    else:
        raise ValueError(f"unknown table {table!r}; expected one of {(*TABLES, 'readability')}")
    names = [column.name for column in columns]
    duplicated = sorted({name for name in names if names.count(name) > 1})
    if duplicated:
        raise ValueError(f"table {table!r} declares these columns twice: {duplicated}")
    return columns


def meta_column(key: str) -> str:
    """Return the articles-table column name for metadata ``key`` (``meta_`` + snake_case)."""
    slug = re.sub(r"[^0-9a-z]+", "_", key.lower()).strip("_")
    return META_PREFIX + (slug or "_")


def expected_columns(table: str, meta: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Return (name, dtype) pairs a built ``table`` must have, in order.

    ``meta`` are the ``meta_*`` column names found in the data; they follow the
    identity columns of the articles table in sorted order.
    """
    declared = [(column.name, column.dtype) for column in table_columns(table)]
    if table != "articles":
        return declared
    split = len(_ARTICLE_IDENTITY)
    meta_pairs = [(name, "string") for name in sorted(set(meta))]
    return declared[:split] + meta_pairs + declared[split:]


_TABLE_INTRO = {
    "articles": "One row per article profiled, sorted by `id`.",
    "quotes": "One row per quote, sorted by `article_id`, then `quote_index`.",
    "sources": "One row per (article, source), sorted by `article_id`, then `source_index`.",
    "errors": (
        "One row per article that failed to load or to profile, sorted by `path`, "
        "`record`, `article_id`, `stage`, then `message`. A failure never stops a run. "
        "An article whose id an earlier article already has is a `DuplicateIdError` row "
        "(stage `load`)."
    ),
    "readability": (
        "Returned by `readability_frame(results)` (not saved with a corpus profile): "
        "one row per readability result, in the order given."
    ),
}


def _markdown_cell(text: str) -> str:
    """Return ``text`` safe for a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def schema_markdown() -> str:
    """Return the text of ``docs/schema.md``: every table's columns and the quality thresholds.

    Regenerate the file with ``make docs`` (which runs
    ``python -c "from analysis.schema import schema_markdown as s; print(s(), end='')"``
    into ``docs/schema.md``); ``tests/test_schema.py`` fails when they disagree.
    """
    from analysis import quality

    lines = [
        "# Output schema",
        "",
        "<!-- Generated by analysis.schema.schema_markdown(); do not edit by hand. -->",
        "",
        "`profile_corpus()` returns four tables (`CorpusProfile.articles`, `.quotes`, "
        "`.sources`, `.errors`); `CorpusProfile.save()` writes them as "
        "`articles.csv`, `quotes.csv`, `sources.csv` and `errors.csv` (or `.parquet`).",
        "",
        "Conventions:",
        "",
        "- dtypes are pandas dtypes: `string` (missing is `<NA>`), `Int64` (nullable "
        "integer), `boolean` (nullable), `float64` (an undefined metric is NaN, never 0).",
        "- Text columns store an empty string as missing.",
        "- CSV files are UTF-8 with `\\n` line ends; floats are written with `%.10g`; "
        "missing values are written as an empty field. Rows are sorted as stated per table, "
        "so the same input gives byte-identical files whatever the engine.",
        f"- Metadata columns vary by corpus: each metadata key becomes a `string` column "
        f"`{META_PREFIX}<key>` (key lower-cased, runs of other characters replaced by `_`; "
        "numbers and booleans written as JSON, e.g. `12`, `true`; lists of such values "
        "joined with `; `). Nested values (mappings, lists of mappings, such as PolNeAR's "
        "gold attributions) get no column and stay in `Article.metadata`. Metadata "
        "columns follow `repairs`, sorted by name.",
        "",
    ]
    for table in (*TABLES, "readability"):
        lines += [f"## {table}", "", _TABLE_INTRO[table], ""]
        lines += ["| column | dtype | unit | meaning |", "|---|---|---|---|"]
        for column in table_columns(table):
            lines.append(
                f"| `{column.name}` | {column.dtype} | {_markdown_cell(column.unit)} "
                f"| {_markdown_cell(column.description)} |"
            )
            if table == "articles" and column.name == "repairs":
                lines.append(
                    f"| `{META_PREFIX}<key>` | string | metadata "
                    "| one column per metadata key found in the corpus |"
                )
        lines.append("")
    lines += [
        "## Quality thresholds",
        "",
        "Flags never hide or drop an article; they are columns of `articles`.",
        "",
        f"- `very_short`: fewer than {quality.SHORT_TEXT_WORDS} words.",
        f"- `probably_not_english`: at least {quality.ENGLISH_MIN_WORDS} words and fewer than "
        f"{quality.ENGLISH_STOPWORD_SHARE:.0%} of them among the common English function "
        "words listed in `analysis.quality` (English news has 35-55 %; French, German or "
        "Spanish text shares only a few words such as `a`, `in`, `on`).",
        f"- `integrity_suspect`: `lowercase_sentence_starts + midsentence_capitals + "
        f"doubled_phrases + dangling_fragments` is at least {quality.INTEGRITY_MIN_SIGNALS} "
        f"and at least {quality.INTEGRITY_SIGNALS_PER_1K_WORDS:g} per 1,000 words. "
        "Calibrated so that the machine-rewritten seed article (27 per 1,000 words) is "
        "suspect while none of the PolNeAR dev/train texts and 1.6 % of the "
        "OneStopEnglish dev texts are.",
        "",
        "What each integrity count looks for:",
        "",
    ]
    # The module docstring of analysis.quality is the one description of the signals.
    doc = quality.__doc__ or ""
    bullets = doc[doc.index("* ``lowercase") : doc.index("``integrity_suspect`` is true")]
    for line in bullets.replace("``", "`").rstrip().splitlines():
        text = line.strip()
        if text.startswith("* "):
            lines.append("- " + text[2:])
        elif text:
            lines[-1] += " " + text
    lines.append("")
    return "\n".join(lines)
