"""Tests for the article-wide scans of analysis.reported_speech and the name-run memo.

The scans are written for speed (literal first, delimiter consumed); each is
checked against the plain pattern it replaces, on a table of cases and on
random strings built from cue words, spaces, hyphens and apostrophes.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.attribution import trie_pattern
from analysis.lexicons import INDIRECT_CUES
from analysis.reported_speech import (
    _CAPITALISED_CUES,
    _CAPITALISED_RE,
    _CUE_AFTER_DELIMITER_RE,
    _capitalised_cues,
    _first_cue,
    cue_positions,
    hint_positions,
)
from analysis.speakers import _read_name_run

# The plain forms of the scans, as they were written before they were tuned.
_PLAIN_CUE_RE = re.compile(
    r"(?<![\w\-’'])" + trie_pattern(INDIRECT_CUES) + r"(?![\w\-’'])(?![ \u00a0]tanks?\b)"
)
_PLAIN_CAPITALISED_RE = re.compile(r"(?<=[a-z][ \u00a0])" + trie_pattern(_CAPITALISED_CUES) + r"\b")
_PLAIN_HINT_RE = re.compile(r"ccording|xpected|likely| that\b|:|understood|known|rumored|assumed")


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("said the senator", ["said"]),
        ("The senator said.", ["said"]),
        ("a so-called expert", []),
        ("the think tank said", ["said"]),
        ("They think tanks are fine", []),
        ("officials said, adding that", ["said", "adding"]),
        ("militias Said in a statement", ["Said"]),
        ("Edward Said wrote a book", ["wrote"]),
        ("he’said it", []),
        ("unsaid, said5, _said, résaid and “said” twice: said said", ["said", "said", "said"]),
        ("the tank said, tanks said tanks", ["said"]),
        ("", []),
    ],
)
def test_cue_positions_table(text: str, cues: list[str]) -> None:
    """Cues are whole words, also at offset 0, never inside hyphenated words or 'think tank'."""
    found = [text[start:end] for start, end in cue_positions(text)]
    assert found == cues


@pytest.mark.parametrize(
    ("text", "hints"),
    [
        ("According to aides, it is expected that", [1, 27, 34]),
        ("Clinton: I support it", [7]),
        ("that is not a hint, but thatcher is not either", []),
        ("it is known and well understood", [6, 21]),
        ("", []),
    ],
)
def test_hint_positions_table(text: str, hints: list[int]) -> None:
    """Hints are the literal fragments of the non-verb patterns, in text order."""
    assert hint_positions(text) == hints
    assert hint_positions(text) == [m.start() for m in _PLAIN_HINT_RE.finditer(text)]


_PIECES = [
    *sorted(INDIRECT_CUES)[:40],
    *sorted(_CAPITALISED_CUES),
    *(" ", " ", "\u00a0", "-", "’", "'", ",", ".", ":", "x", "é", "1", "_", "\n", "“", "Σ", "½"),
    *("tank", "tanks", " that", "according", "known", "likely"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_scans_match_plain_patterns(text: str) -> None:
    """Cue, capitalised-cue and hint scans find what the plain patterns find."""
    plain_cues = [m.span() for m in _PLAIN_CUE_RE.finditer(text)]
    assert cue_positions(text) == sorted(plain_cues + _capitalised_cues(text, 0, len(text)))
    for start in range(len(text) + 1):
        plain = _PLAIN_CUE_RE.search(text, start + 1, len(text))
        fast = _CUE_AFTER_DELIMITER_RE.search(text, start, len(text))
        assert (plain.span() if plain else None) == (fast.span(1) if fast else None)
    for start in range(len(text) + 1):
        assert [m.span() for m in _CAPITALISED_RE.finditer(text, start)] == [
            m.span() for m in _PLAIN_CAPITALISED_RE.finditer(text, start)
        ]
    assert hint_positions(text) == [m.start() for m in _PLAIN_HINT_RE.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_first_cue_from_list_matches_search(text: str) -> None:
    """The next cue read from the article's cue list is the one a clause search finds."""
    cues = cue_positions(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            plain = _PLAIN_CUE_RE.search(text, start + 1, end)
            assert _first_cue(text, start, end, cues) == (plain.span() if plain else None)


def test_name_run_memo_hits_and_misses() -> None:
    """A name run is read once; the second reading of the same text is a cache hit."""
    _read_name_run.cache_clear()
    first = _read_name_run("Sen. Ted Cruz")
    assert _read_name_run.cache_info().misses == 1
    assert _read_name_run("Sen. Ted Cruz") == first == ("Ted Cruz", "male", "cruz", ("Sen.",))
    assert _read_name_run.cache_info().hits == 1
    assert _read_name_run("New York Times") is None
