"""The article record every module shares.

``Article`` is what the loader produces and what every profile reads. It is
frozen: cleaning happens once, in :mod:`analysis.load`, and is recorded in
``repairs`` so nothing is altered silently.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Article", "SourceRef"]


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
