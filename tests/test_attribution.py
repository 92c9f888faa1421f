"""Tests for analysis.attribution: the window tokeniser behind every cue and quote."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.attribution import (
    _ABBREVIATIONS,
    _BOUNDARY_RE,
    PARTICIPLES,
    STRIP_CHARS,
    Token,
    ends_sentence,
    find_subject,
    is_programme_title,
    split_tokens,
)
from analysis.text import period_copy

_PLAIN_TOKEN_RE = re.compile(r"\S+")


def _plain_tokens(text: str, lo: int, hi: int) -> list[Token]:
    """Return the tokens as the plain regex reads them (the definition split_tokens keeps)."""
    return [
        Token(m.start(), m.end(), m.group(), m.group().strip(STRIP_CHARS).lower())
        for m in _PLAIN_TOKEN_RE.finditer(text, lo, hi)
    ]


@pytest.mark.parametrize(
    ("text", "lo", "hi", "words"),
    [
        ("“Yes,” Mr. Smith said.", 0, 22, ["yes", "mr", "smith", "said"]),
        ("two  spaces", 0, 11, ["two", "spaces"]),
        ("cut inside words", 2, 13, ["t", "inside", "wo"]),
        ("no\u00a0break\nline", 0, 13, ["no", "break", "line"]),
        ("   ", 0, 3, []),
        ("", 0, 0, []),
    ],
)
def test_split_tokens_table(text: str, lo: int, hi: int, words: list[str]) -> None:
    """Windows may cut words and hold any whitespace; words are bare and lower-cased."""
    tokens = split_tokens(text, lo, hi)
    assert [t.word for t in tokens] == words
    assert tokens == _plain_tokens(text, lo, hi)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("aB.,“”' \u00a0\n\t-’é\u00ad")), max_size=30),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_split_tokens_matches_regex(text: str, lo: int, hi: int) -> None:
    """The fast path (spaces only) and the regex path give the same tokens and offsets."""
    lo, hi = min(lo, len(text)), min(hi, len(text))
    assert split_tokens(text, lo, hi) == _plain_tokens(text, lo, hi)


# The sentence-end pattern as first written, searched in the text itself.
_PLAIN_BOUNDARY_RE = re.compile(r"([.!?…][.!?…]*(?:''|[\"”’'»)\]])*)\s+")


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("a.!?…\"”’')]» \u00a0\n")), max_size=30),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_boundaries_in_the_period_copy(text: str, lo: int, hi: int) -> None:
    """Sentence ends found in the copy with periods are those of the plain pattern."""
    lo, hi = min(lo, len(text)), min(hi, len(text))
    fast = [
        (lo + m.start(), lo + m.end(1), lo + m.end())
        for m in _BOUNDARY_RE.finditer(period_copy(text[lo:hi]))
    ]
    plain = [(m.start(), m.end(1), m.end()) for m in _PLAIN_BOUNDARY_RE.finditer(text, lo, hi)]
    assert fast == plain


def _plain_ends_sentence(token: Token) -> bool:
    """Return ends_sentence's answer as first written (before its fast path for letters)."""
    raw = token.raw.rstrip("\"”’'»)")
    if not raw or raw[-1] not in ".!?" or token.raw.startswith("("):
        return False
    if raw[-1] == "." and (token.word in _ABBREVIATIONS or len(token.word) == 1):
        return False
    return not (raw[-1] == "." and token.word.replace(".", "").isupper() and "." in token.word)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ1.!?\"”’')(,»é")), max_size=8))
def test_ends_sentence_fast_path(raw: str) -> None:
    """A token ending in a letter or digit is decided early, with the same answer."""
    token = Token(0, len(raw), raw, raw.strip(STRIP_CHARS).lower())
    assert ends_sentence(token) == _plain_ends_sentence(token)


@pytest.mark.parametrize(
    ("words", "title"),
    [
        (["“Fox", "and", "Friends”"], True),
        (["State", "of", "the", "Union."], True),
        (["we", "will", "win"], False),
        (["One", "Two", "Three", "Four", "Five", "Six", "Seven"], False),
        ([], False),
    ],
)
def test_programme_title_is_a_short_title_case_phrase(words: list[str], title: bool) -> None:
    assert is_programme_title(words) is title


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # A capitalised adjective, a lower-case title, then the name.
        ("Republican presidential nominee Donald Trump issued a statement.",
         "Republican presidential nominee Donald Trump"),
        ("Pfizer chief executive Ian Read said the deal was good.",
         "Pfizer chief executive Ian Read"),
        # A plural title too (the second name of a pair is not read).
        ("Democratic presidential candidates Hillary Clinton and Bernie Sanders differed.",
         "Democratic presidential candidates Hillary Clinton"),
        # A verb, a preposition or a determiner after the name is no title.
        ("Senator Ted Cruz of Texas said the plan would fail.", "Senator Ted Cruz"),
        ("Bernie Sanders won the Minnesota caucuses.", "Bernie Sanders"),
        ("Groups like the American Unity Fund pushed for it.", "Groups"),
        # A long name run is read whole; a party label or dateline closes it.
        ("U.S. District Judge Carlton W. Reeves issued an injunction.",
         "U.S. District Judge Carlton W. Reeves"),
        ("Sen. Bernie Sanders (I-Vt.) accused him of lying.", "Sen. Bernie Sanders"),
        ("WASHINGTON (AP) The group plans to spend $10 million.", "WASHINGTON"),
        # After a dateline's dash, the sentence's subject starts.
        ("PARIS, Aug 31 (Reuters) - Marine Le Pen voiced support for him.", "Marine Le Pen"),
        ("LA CROSSE, Wisc. — Gov. Mike Pence blamed the media.", "Gov. Mike Pence"),
        ("Ann Cole – a former mayor – said so.", "Ann Cole"),
        # A lower-case past tense after a capitalised name ends the phrase.
        ("The Democratic National Committee released a statement.",
         "The Democratic National Committee"),
        ("Sen. Jack Reed called it a starting point.", "Sen. Jack Reed"),
    ],
)  # fmt: skip
def test_subject_runs_through_a_title_to_the_name(text: str, subject: str) -> None:
    found = find_subject(text, 0, len(text))
    assert found is not None
    assert text[found[0] : found[1]] == subject


def test_every_participle_cue_is_a_word_in_ing() -> None:
    # direct_speech finds earlier participles with a pattern for words in -ing.
    assert all(word.isalpha() and word.endswith("ing") for word in PARTICIPLES)
