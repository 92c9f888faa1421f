"""Tests for the output-column declarations in analysis.schema and the generated docs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pytest

from analysis.schema import (
    DTYPES,
    META_PREFIX,
    TABLES,
    Column,
    columns_from_dataclass,
    dtype_of,
    expected_columns,
    meta_column,
    schema_markdown,
    table_columns,
)

DOCS = Path(__file__).resolve().parent.parent / "docs" / "schema.md"
ALL_TABLES = (*TABLES, "readability")


@pytest.mark.parametrize("table", ALL_TABLES)
def test_every_column_is_documented(table: str) -> None:
    columns = table_columns(table)
    assert columns
    for column in columns:
        assert column.dtype in DTYPES, column
        assert column.unit.strip(), f"{table}.{column.name} has no unit"
        assert column.description.strip(), f"{table}.{column.name} has no description"
        assert column.name == column.name.lower() and " " not in column.name
        assert not column.name.startswith(META_PREFIX)


@pytest.mark.parametrize("table", ALL_TABLES)
def test_column_names_are_unique(table: str) -> None:
    names = [column.name for column in table_columns(table)]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("table", "must_have"),
    [
        (
            "articles",
            ["id", "title", "words", "sentences", "grade", "n_quotes", "integrity_suspect"],
        ),
        ("quotes", ["article_id", "quote_index", "start", "end", "speaker", "kind"]),
        ("sources", ["article_id", "source_index", "speaker", "n_quotes"]),
        ("errors", ["article_id", "path", "record", "stage", "error_type", "message"]),
        ("readability", ["position", "label", "words", "flesch_reading_ease"]),
    ],
)
def test_tables_hold_the_promised_columns(table: str, must_have: list[str]) -> None:
    names = {column.name for column in table_columns(table)}
    assert set(must_have) <= names


def test_unknown_table_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown table"):
        table_columns("paragraphs")


@pytest.mark.parametrize(
    ("annotation", "dtype"),
    [
        (int, "Int64"),
        (int | None, "Int64"),
        (float, "float64"),
        (float | None, "float64"),
        (bool, "boolean"),
        (str, "string"),
        (str | None, "string"),
        (tuple[str, ...], "string"),
        (Literal["direct", "indirect"], "string"),
    ],
)
def test_dtype_of(annotation: object, dtype: str) -> None:
    assert dtype_of(annotation) == dtype


@dataclass(frozen=True)
class _Example:
    count: int = field(metadata={"unit": "count", "description": "how many"})
    share: float | None = field(default=None, metadata={"unit": "share", "description": "part"})
    label: str = field(default="", metadata={})


def test_columns_from_dataclass_reads_field_metadata() -> None:
    assert columns_from_dataclass(_Example) == (
        Column("count", "Int64", "count", "how many"),
        Column("share", "float64", "share", "part"),
        Column("label", "string", "", ""),
    )


@pytest.mark.parametrize(
    ("key", "column"),
    [
        ("outlet", "meta_outlet"),
        ("Published At", "meta_published_at"),
        ("level", "meta_level"),
        ("dc:creator", "meta_dc_creator"),
        ("---", "meta__"),
    ],
)
def test_meta_column(key: str, column: str) -> None:
    assert meta_column(key) == column


def test_meta_columns_follow_the_identity_columns_sorted() -> None:
    names = [name for name, _ in expected_columns("articles", ["meta_topic", "meta_level"])]
    repairs = names.index("repairs")
    assert names[repairs + 1 : repairs + 3] == ["meta_level", "meta_topic"]
    assert dict(expected_columns("articles", ["meta_topic"]))["meta_topic"] == "string"


def test_other_tables_ignore_meta_columns() -> None:
    assert expected_columns("quotes", ["meta_x"]) == expected_columns("quotes")


def test_docs_schema_md_matches_the_declarations() -> None:
    regenerate = (
        "python -c \"from analysis.schema import schema_markdown as s; print(s(), end='')\" "
        "> docs/schema.md"
    )
    assert DOCS.is_file(), f"docs/schema.md is missing; run: {regenerate}"
    assert DOCS.read_text(encoding="utf-8") == schema_markdown(), (
        f"docs/schema.md is out of date; run: {regenerate}"
    )


def test_docs_name_every_column() -> None:
    text = schema_markdown()
    for table in ALL_TABLES:
        assert f"## {table}" in text
        for column in table_columns(table):
            assert f"`{column.name}`" in text
