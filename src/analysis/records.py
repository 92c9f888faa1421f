"""Readers of record formats: JSON Lines, JSON, CSV and Parquet.

Each record becomes one article: the text is in ``text`` or ``body`` (or the
column the user names), the id in ``id``, the title in ``title`` or
``headline``; every other column goes to ``metadata``. JSONL and CSV are
read line by line and Parquet one batch of rows at a time, so a large file
is never held in memory. A record that fails is yielded as an
ArticleLoadError naming the file and record, and the file goes on.
"""

from __future__ import annotations

import codecs
import csv
import functools
import json
from collections.abc import Iterator, Mapping, Set
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from analysis.errors import ArticleLoadError
from analysis.formats import (
    ID_COLUMNS,
    TEXT_COLUMNS,
    TITLE_COLUMNS,
    Columns,
    Options,
    build_article,
    checked_size,
    decode_file,
    path_id,
    plain_value,
    read_bytes,
)
from analysis.schema import Article, SourceRef

__all__ = [
    "JsonLine",
    "RawRecord",
    "find_record",
    "iter_csv_records",
    "iter_jsonl_lines",
    "iter_parquet_records",
    "jsonl_article",
    "raw_record_article",
    "read_csv_file",
    "read_json_file",
    "read_jsonl_file",
    "read_parquet_file",
    "resolve_columns",
    "split_record",
]

# --------------------------------------------------------------------------
# Records: which column is the text, the id, the title


def _pick(present: Set[str], chosen: str | None, defaults: tuple[str, ...]) -> str | None:
    """Return the chosen column if present, else the first default present, else None."""
    if chosen is not None:
        return chosen if chosen in present else None
    return next((name for name in defaults if name in present), None)


def _field_list(fields: list[str]) -> str:
    """Return the first 20 field names for an error message ("none" when there are none)."""
    return ", ".join(repr(f) for f in fields[:20]) or "none"


def resolve_columns(fields: list[str], columns: Columns) -> Columns:
    """Return the actual text/id/title column names; raise ValueError when one is missing."""
    present = set(fields)
    text = _pick(present, columns.text, TEXT_COLUMNS)
    if text is None:
        wanted = repr(columns.text) if columns.text else "'text' or 'body'"
        raise ValueError(
            f"no text column: expected {wanted}, found {_field_list(fields)}; "
            "name the column holding the article text with text_column=..."
        )
    for name, chosen in (("id_column", columns.id), ("title_column", columns.title)):
        if chosen is not None and chosen not in present:
            raise ValueError(
                f"{name}={chosen!r} is not a column here; the columns are {_field_list(fields)}"
            )
    return Columns(
        text, _pick(present, columns.id, ID_COLUMNS), _pick(present, columns.title, TITLE_COLUMNS)
    )


@dataclass(frozen=True)
class _RecordFields:
    """One record split into text, id, title and metadata."""

    text: str
    id: str | None
    title: str
    metadata: dict[str, Any]


def _as_is(value: Any) -> Any:
    """Return ``value`` unchanged (it is already a plain JSON value)."""
    return value


def split_record(
    record: Mapping[str, Any], columns: Columns, *, plain: bool = False
) -> _RecordFields:
    """Return the text, id, title and metadata of one record; raise ValueError if unusable.

    ``plain`` says the values are already plain JSON values (parsed JSON with no
    NaN), so metadata is kept as it is instead of walked by ``plain_value``,
    which costs ~1 ms on PolNeAR's nested gold annotations.
    """
    names = resolve_columns([str(key) for key in record], columns)
    assert names.text is not None  # resolve_columns raises otherwise
    text = record[names.text]
    if not isinstance(text, str):
        raise ValueError(
            f"the {names.text!r} field is {type(text).__name__}, expected text (a string)"
        )
    raw_id = record.get(names.id) if names.id else None
    raw_title = record.get(names.title) if names.title else None
    convert = _as_is if plain else plain_value
    metadata: dict[str, Any] = {}
    for key, value in record.items():
        if key in (names.text, names.id, names.title):
            continue
        if key == "metadata" and isinstance(value, Mapping):
            metadata.update(convert(value))
        else:
            metadata[str(key)] = convert(value)
    return _RecordFields(
        text=text,
        id=None if raw_id is None or str(raw_id).strip() == "" else str(raw_id).strip(),
        title="" if raw_title is None else str(raw_title).strip(),
        metadata=metadata,
    )


def record_article(
    record: Mapping[str, Any],
    columns: Columns,
    *,
    path: Path,
    base_id: str,
    number: int | None,
    flags: tuple[str, ...] = (),
    plain: bool = False,
) -> Article | ArticleLoadError:
    """Return the Article of one record, or the ArticleLoadError naming the record.

    ``plain``: the record's values are already plain JSON values (see split_record).
    """
    try:
        fields = split_record(record, columns, plain=plain)
        return build_article(
            fields.text,
            article_id=fields.id or (base_id if number is None else f"{base_id}#{number}"),
            source=SourceRef(str(path), number),
            title=fields.title,
            metadata=fields.metadata,
            repairs=flags,
        )
    except ValueError as error:
        return ArticleLoadError(path, str(error), record=number)
    except ArticleLoadError as error:
        return error


# --------------------------------------------------------------------------
# JSON and JSON Lines


# Parsed JSON holds only dicts with string keys, lists, strings, numbers, booleans
# and None, which plain_value returns unchanged, except the NaN constant that
# json.loads accepts (plain_value turns it into None). Without the letters "NaN"
# anywhere in the source, the parsed values are plain already.
_NAN = b"NaN"


def parse_json_line(line: bytes, number: int) -> dict[str, Any]:
    """Return the object on one JSON Lines line; raise ValueError saying what is wrong."""
    try:
        text = line.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError:
        raise ValueError(f"line {number} is not UTF-8 text (JSON Lines must be UTF-8)") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(
            f"line {number} is not valid JSON ({error.msg} at column {error.colno}); "
            "fix or delete this line"
        ) from None
    except RecursionError:
        raise ValueError(f"line {number} is nested too deeply to be an article record") from None
    if not isinstance(value, dict):
        raise ValueError(
            f'line {number} holds a JSON {type(value).__name__}, expected an object {{"text": ...}}'
        )
    return value


@dataclass(frozen=True)
class JsonLine:
    """One unparsed record of a JSON Lines file, parsed later by :func:`jsonl_article`.

    Lets a parallel run send a worker the raw bytes of a record (smaller than
    the Article, and parsing and cleaning then run in the workers too).

    Attributes:
        path: the file, as given to the loader.
        base_id: the file's id (records are ``base_id#number`` unless they have one).
        number: the 1-based line number.
        line: the line's bytes.
    """

    path: str
    base_id: str
    number: int
    line: bytes


def iter_jsonl_lines(path: Path, root: Path, options: Options) -> Iterator[JsonLine]:
    """Yield the non-blank lines of a JSON Lines file unparsed, streaming.

    Raises ArticleLoadError for a file too big or unreadable, or with no records.
    """
    checked_size(path, options.max_bytes)
    base_id, name, n_records = path_id(path, root), str(path), 0
    try:
        with path.open("rb") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                n_records += 1
                yield JsonLine(name, base_id, number, line)
    except OSError as error:
        raise ArticleLoadError(path, f"cannot read the file: {error.strerror}") from None
    if n_records == 0:
        raise ArticleLoadError(path, "the file holds no records (only blank lines)")


@functools.lru_cache(maxsize=64)
def _file_path(name: str) -> Path:
    """Return ``Path(name)``, made once per file, not per record (a Path is immutable)."""
    return Path(name)


def jsonl_article(raw: JsonLine, columns: Columns) -> Article | ArticleLoadError:
    """Return the Article of one JSON Lines record, or the ArticleLoadError naming it."""
    try:
        record = parse_json_line(raw.line, raw.number)
    except ValueError as error:
        return ArticleLoadError(Path(raw.path), str(error), record=raw.number)
    return record_article(
        record,
        columns,
        path=_file_path(raw.path),
        base_id=raw.base_id,
        number=raw.number,
        plain=_NAN not in raw.line,
    )


@dataclass(frozen=True)
class RawRecord:
    """One record of a CSV or Parquet file, read but not yet cleaned into an Article.

    Lets a parallel run read a big file in one process and clean its records
    in the workers, as :class:`JsonLine` does for JSON Lines.

    Attributes:
        path: the file, as given to the loader.
        base_id: the file's id (records are ``base_id#number`` unless they have one).
        number: the 1-based record number.
        record: the record's values by column name.
        columns: the text, id and title columns, resolved for this file.
        flags: repairs made while decoding the file (CSV encoding).
    """

    path: str
    base_id: str
    number: int
    record: dict[str, Any]
    columns: Columns
    flags: tuple[str, ...] = ()


def raw_record_article(raw: RawRecord) -> Article | ArticleLoadError:
    """Return the Article of a record from a CSV or Parquet file, or the error naming it."""
    return record_article(
        raw.record,
        raw.columns,
        path=Path(raw.path),
        base_id=raw.base_id,
        number=raw.number,
        flags=raw.flags,
    )


def read_jsonl_file(
    path: Path, root: Path, options: Options
) -> Iterator[Article | ArticleLoadError]:
    """Yield one article (or error) per non-blank line of a JSON Lines file, streaming."""
    for raw in iter_jsonl_lines(path, root, options):
        yield jsonl_article(raw, options.columns)


def json_items(path: Path, text: str) -> list[tuple[int | None, Any]]:
    """Return the (record number, item) pairs of a .json document (number None for one object)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise ArticleLoadError(
            path, f"not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:
        raise ArticleLoadError(path, "the JSON is nested too deeply to hold articles") from None
    if isinstance(value, dict):
        return [(None, value)]
    if isinstance(value, list) and value:
        return list(enumerate(value, start=1))
    kind = "an empty list" if value == [] else f"a JSON {type(value).__name__}"
    raise ArticleLoadError(path, f"the file holds {kind}; expected an object or a list of objects")


def read_json_file(
    path: Path, root: Path, options: Options
) -> Iterator[Article | ArticleLoadError]:
    """Yield the article(s) of a .json file: one object, or a list of objects."""
    text, flags = decode_file(path, read_bytes(path, options.max_bytes))
    base_id = path_id(path, root)
    plain = _NAN.decode() not in text
    for number, item in json_items(path, text):
        if not isinstance(item, dict):
            kind = type(item).__name__
            yield ArticleLoadError(
                path, f"item is a JSON {kind}, expected an object", record=number
            )
            continue
        yield record_article(
            item,
            options.columns,
            path=path,
            base_id=base_id,
            number=number,
            flags=flags,
            plain=plain,
        )


# --------------------------------------------------------------------------
# CSV

_CSV_SAMPLE_BYTES = 1 << 20
# Articles can exceed the csv module's default 128 KiB field limit.
_CSV_FIELD_LIMIT = 64 * 2**20


def sniff_csv_encoding(path: Path) -> tuple[str, tuple[str, ...]]:
    """Return the encoding to stream a CSV with (from its first MiB) and its repair flags."""
    with path.open("rb") as handle:
        sample = handle.read(_CSV_SAMPLE_BYTES)
    if b"\x00" in sample:
        raise ArticleLoadError(path, "this looks like a binary file (it contains NUL bytes)")
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", ("bom-removed",)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8", ()
    except UnicodeDecodeError:
        pass
    try:
        sample.decode("cp1252")
        return "cp1252", ("encoding:cp1252",)
    except UnicodeDecodeError:
        return "latin-1", ("encoding:latin-1",)


def csv_reader(handle: TextIO) -> Iterator[list[str]]:
    """Return a csv reader over ``handle`` that accepts article-sized fields."""
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    return csv.reader(handle)


def csv_record(header: list[str], row: list[str]) -> dict[str, Any]:
    """Return one CSV row as a mapping (empty cells are None); raise ValueError on extra cells."""
    if len(row) > len(header):
        raise ValueError(
            f"the row has {len(row)} cells but the header has {len(header)} columns; "
            "check the quoting of this row"
        )
    padded = row + [""] * (len(header) - len(row))
    return {name: (cell if cell != "" else None) for name, cell in zip(header, padded, strict=True)}


def iter_csv_records(
    path: Path, root: Path, options: Options
) -> Iterator[RawRecord | ArticleLoadError]:
    """Yield one uncleaned record (or error) per data row of a CSV file, streaming."""
    checked_size(path, options.max_bytes)
    encoding, flags = sniff_csv_encoding(path)
    base_id, number, name = path_id(path, root), 0, str(path)
    try:
        with path.open(encoding=encoding, newline="") as handle:
            reader = csv_reader(handle)
            header = next(reader, None)
            if header is None:
                raise ArticleLoadError(path, "the file holds no header row")
            try:
                columns = resolve_columns(header, options.columns)
            except ValueError as error:
                raise ArticleLoadError(path, str(error)) from None
            for number, row in enumerate(reader, start=1):
                if not any(cell.strip() for cell in row):
                    continue
                try:
                    record = csv_record(header, row)
                except ValueError as error:
                    yield ArticleLoadError(path, str(error), record=number)
                    continue
                yield RawRecord(name, base_id, number, record, columns, flags)
    except (csv.Error, UnicodeDecodeError) as error:
        raise ArticleLoadError(
            path, f"cannot read the CSV after data row {number} ({error})", record=number + 1
        ) from None


def read_csv_file(path: Path, root: Path, options: Options) -> Iterator[Article | ArticleLoadError]:
    """Yield one article (or error) per data row of a CSV file, streaming."""
    for item in iter_csv_records(path, root, options):
        yield item if isinstance(item, ArticleLoadError) else raw_record_article(item)


# --------------------------------------------------------------------------
# Parquet

_PARQUET_BATCH_ROWS = 1024


def iter_parquet_rows(path: Path) -> Iterator[tuple[list[str], dict[str, Any]]]:
    """Yield (column names, row) for every row of a Parquet file, a batch at a time."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    names = list(parquet.schema_arrow.names)
    for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH_ROWS):
        for row in batch.to_pylist():
            yield names, row


def iter_parquet_records(path: Path, root: Path, options: Options) -> Iterator[RawRecord]:
    """Yield one uncleaned record per row of a Parquet file, one batch at a time."""
    import pyarrow as pa

    checked_size(path, options.max_bytes)
    base_id, columns, name = path_id(path, root), None, str(path)
    try:
        for number, (names, row) in enumerate(iter_parquet_rows(path), start=1):
            if columns is None:
                try:
                    columns = resolve_columns(names, options.columns)
                except ValueError as error:
                    raise ArticleLoadError(path, str(error)) from None
            yield RawRecord(name, base_id, number, row, columns)
    except (pa.ArrowException, OSError) as error:
        raise ArticleLoadError(path, f"not a readable Parquet file ({error})") from None
    if columns is None:
        raise ArticleLoadError(path, "the Parquet file holds no rows")


def read_parquet_file(
    path: Path, root: Path, options: Options
) -> Iterator[Article | ArticleLoadError]:
    """Yield one article (or error) per row of a Parquet file, one batch at a time."""
    for raw in iter_parquet_records(path, root, options):
        yield raw_record_article(raw)


# --------------------------------------------------------------------------
# Finding one record again (for raw_text)


def find_record(path: Path, number: int | None) -> dict[str, Any] | None:
    """Return record ``number`` of a JSON/JSONL/CSV/Parquet file, or None when absent."""
    suffix = path.suffix.lower()
    checked_size(path, None)
    if suffix == ".json":
        items = dict(json_items(path, decode_file(path, read_bytes(path, None))[0]))
        item = items.get(number)
        return item if isinstance(item, dict) else None
    if suffix in (".jsonl", ".ndjson"):
        with path.open("rb") as handle:
            for index, line in enumerate(handle, start=1):
                if index == number:
                    return parse_json_line(line, index)
    elif suffix == ".csv":
        encoding, _ = sniff_csv_encoding(path)
        with path.open(encoding=encoding, newline="") as handle:
            reader = csv_reader(handle)
            header = next(reader, [])
            for index, row in enumerate(reader, start=1):
                if index == number:
                    return csv_record(header, row)
    elif suffix == ".parquet":
        for index, (_, values) in enumerate(iter_parquet_rows(path), start=1):
            if index == number:
                return values
    return None
