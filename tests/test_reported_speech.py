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
    _GATE_RE,
    _NO_SOURCE_RE,
    _NO_SOURCE_VERBS,
    _UNLISTED,
    _auxiliary_before_a_cue,
    _capitalised_cues,
    _first_cue,
    _opens_a_pattern,
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


def test_no_source_verbs_are_cues_or_unlisted() -> None:
    """Every verb of "It is reported that" is found by the cue scan or listed apart."""
    assert set(_NO_SOURCE_VERBS) <= INDIRECT_CUES | set(_UNLISTED)


@pytest.mark.parametrize(
    ("text", "may_match"),
    [
        ("It is widely believed that the plan failed", True),
        ("There has been\u00a0 said little about it", True),
        ("it was said tank crews left", True),
        ("He said the plan failed", False),
        ("This is said", True),
        ("They think tanks are fine and is said", True),
        ("", False),
    ],
)
def test_auxiliary_before_a_cue_table(text: str, may_match: bool) -> None:
    """The pre-check passes whenever the no-source pattern matches."""
    cues = cue_positions(text)
    assert _auxiliary_before_a_cue(text, 0, len(text), cues) == may_match


_SPACES = st.sampled_from(["", " ", " ", "  ", "\u00a0", "-"])
_FILLER = st.lists(
    st.sampled_from(["x", ",", ".", "In ", "Asked ", "tank", "tanks", "think"]), max_size=3
)
# Texts shaped like "It is widely said that …", with every part varied or left out.
_NO_SOURCE_TEXTS = st.tuples(
    _FILLER.map("".join),
    st.sampled_from(["It", "it", "There", "there", "This", "Split", ""]),
    _SPACES,
    st.sampled_from(["is", "was", "has been", "had been", "is being", "been", "has", "isn’t", ""]),
    _SPACES,
    st.sampled_from(["widely ", "widely", ""]),
    st.sampled_from([*_NO_SOURCE_VERBS, "tweeted", "Said", "saidx", ""]),
    _SPACES,
    st.sampled_from(["that ", "tank", "tanks", "think tank", "x", ""]),
    _FILLER.map("".join),
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_NO_SOURCE_TEXTS)
def test_gates_agree_with_their_patterns(text: str) -> None:
    """Where the cheap gates say no, the patterns they stand for find nothing."""
    assert _opens_a_pattern(text) == (_GATE_RE.search(text) is not None)
    cues = cue_positions(text)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            sentence_cues = [cue for cue in cues if lo <= cue[0] < hi]
            unlisted = any(word in text[lo:hi] for word in _UNLISTED)
            if sentence_cues and not unlisted:
                may_match = _auxiliary_before_a_cue(text, lo, hi, sentence_cues)
                assert may_match or _NO_SOURCE_RE.search(text, lo, hi) is None


def test_name_run_memo_hits_and_misses() -> None:
    """A name run is read once; the second reading of the same text is a cache hit."""
    _read_name_run.cache_clear()
    first = _read_name_run("Sen. Ted Cruz")
    assert _read_name_run.cache_info().misses == 1
    assert _read_name_run("Sen. Ted Cruz") == first == ("Ted Cruz", "male", "cruz", ("Sen.",))
    assert _read_name_run.cache_info().hits == 1
    assert _read_name_run("New York Times") is None
