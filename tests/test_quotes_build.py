"""Tests for the fast paths of analysis.quotes that must match the plain constructors."""

from __future__ import annotations

import dataclasses

import pytest

from analysis.quotemarks import QuoteSpan
from analysis.quotes import _SHOW_TITLE_RE, Quote, _after_show_title, _new_quote, _quoted_share

ROW = {
    "start": 10, "end": 42, "text": "we will win", "kind": "direct", "speaker": "Jane Doe",
    "speaker_mention": "she", "speaker_start": 50, "speaker_end": 53, "cue": "said",
    "cue_start": 54, "cue_end": 58, "source_type": "person", "role": None, "paragraph": 2,
}  # fmt: skip


def test_new_quote_equals_the_dataclass_constructor() -> None:
    built, plain = _new_quote(**ROW), Quote(**ROW)
    assert built == plain
    assert hash(built) == hash(plain)
    assert repr(built) == repr(plain)
    assert built.as_row() == plain.as_row()
    # The instance dict keeps declaration order, as __init__ would.
    assert list(vars(built)) == [f.name for f in dataclasses.fields(Quote)]


def test_new_quote_stays_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        _new_quote(**ROW).start = 0  # type: ignore[misc]


def _share_by_deleting(text: str, start: int, end: int, spans: list[QuoteSpan]) -> float:
    """The definition: delete spaces and newlines, then compare lengths."""
    total = len(text[start:end].replace(" ", "").replace("\n", ""))
    if total == 0:
        return 0.0
    inside = 0
    for span in spans:
        lo, hi = max(start, span.open_start), min(end, span.close_end)
        if hi > lo:
            inside += len(text[lo:hi].replace(" ", "").replace("\n", ""))
    return inside / total


TEXT = 'He said the plan was "a total\nfailure" and "sad" today.   \n'


@pytest.mark.parametrize(
    ("start", "end"),
    [(0, len(TEXT)), (3, 40), (21, 39), (8, 8), (50, 200), (len(TEXT) - 4, len(TEXT)), (0, 2)],
)
def test_quoted_share_matches_its_definition(start: int, end: int) -> None:
    spans = [QuoteSpan(21, 22, 38, 39, 0), QuoteSpan(44, 45, 48, 49, 0)]
    assert _quoted_share(TEXT, start, end, spans) == _share_by_deleting(TEXT, start, end, spans)


@pytest.mark.parametrize(
    "text",
    [
        "He said on ABC's “This Week” that",
        "He said on CBS’s \n“Face the Nation”",
        "on ABC's",
        "He said “no”",
        "“yes”",
        "said on Fox News Sunday's  “show”",
    ],
)
def test_after_show_title_matches_the_regex(text: str) -> None:
    for position in range(len(text) + 1):
        expected = _SHOW_TITLE_RE.search(text, max(0, position - 60), position) is not None
        assert _after_show_title(text, position) is expected
