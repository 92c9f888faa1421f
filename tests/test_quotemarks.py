"""Tests for analysis.quotemarks internals (behaviour is tested in test_quotes.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.quotemarks import _MARK_RE, _MARKS, _find_marks

# The mark pattern as first written; _MARK_RE spells it as literals for speed.
_CLASS_RE = re.compile(r"''|``|[\"“”„‟«»]")


@pytest.mark.parametrize(
    "text",
    ["''Yes,'' he said", "```x''' \"a\" “b” „c‟ «d»", "it's 5'10\" tall", "'`'`", ""],
)
def test_mark_pattern_finds_the_class_pattern_marks(text: str) -> None:
    assert [m.span() for m in _MARK_RE.finditer(text)] == [
        m.span() for m in _CLASS_RE.finditer(text)
    ]


@given(st.text(alphabet="a '`\"“”„‟«»‘’\n", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_mark_pattern_matches_the_class_pattern_in_any_window(text: str, lo: int, hi: int) -> None:
    assert [m.span() for m in _MARK_RE.finditer(text, lo, hi)] == [
        m.span() for m in _CLASS_RE.finditer(text, lo, hi)
    ]


@given(st.text(alphabet="a '`\"“”„‟«»‘’\n", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_find_marks_finds_the_mark_pattern_matches_in_any_window(
    text: str, lo: int, hi: int
) -> None:
    assert _find_marks(text, lo, hi, list(_MARKS)) == [
        m.span() for m in _MARK_RE.finditer(text, lo, hi)
    ]
