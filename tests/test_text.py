"""Tests for analysis.text: words and sentences as every metric counts them."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text import (
    _END_RE,
    WORD_RE,
    _word_finder,
    count_words,
    iter_words,
    period_copy,
    sentence_words,
    split_sentences,
)

SENTENCE_TABLE = Path(__file__).resolve().parent / "data" / "news_sentences.jsonl"


def load_sentence_table() -> list[dict[str, Any]]:
    """Return the labelled news sentence cases (text plus expected sentences)."""
    cases = []
    for line in SENTENCE_TABLE.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        case.setdefault("text", case.get("join", " ").join(case["sentences"]))
        cases.append(case)
    return cases


CASES = load_sentence_table()


@pytest.fixture(autouse=True)
def _offline(no_network: None) -> None:
    """Run every test here with the network blocked."""


def test_sentence_table_is_large_and_covers_every_kind() -> None:
    kinds = {case["kind"] for case in CASES}
    assert len(CASES) >= 40
    assert {"abbreviation", "initials", "number", "time", "quote", "heading"} <= kinds
    assert {"ellipsis", "short"} <= kinds


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_split_sentences_on_news_table(case: dict[str, Any]) -> None:
    text = case["text"]
    found = [text[start:end] for start, end in split_sentences(text)]
    assert found == case["sentences"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("   ", []),
        ("— * —", []),
        ("One sentence", [(0, 12)]),
        ("  Padded.  ", [(2, 9)]),
        ("A b.\nC d", [(0, 4), (5, 8)]),
        ("Lower. case start", [(0, 17)]),
        ("Ends here.Next word", [(0, 19)]),
    ],
)
def test_split_sentences_spans(text: str, expected: list[tuple[int, int]]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", []),
        ("Don't stop", ["Don't", "stop"]),
        ("don’t", ["don’t"]),
        ("Iran-backed militias", ["Iran-backed", "militias"]),
        ("U.S.", ["U", "S"]),
        ("$4.2 billion", ["4", "2", "billion"]),
        ("snake_case", ["snake", "case"]),
        ("-- ' -", []),
    ],
)
def test_words(text: str, words: list[str]) -> None:
    assert iter_words(text) == words
    assert count_words(text) == len(words)
    assert WORD_RE.findall(text) == words


# WORD_RE as first written, with greedy quantifiers: the definition the
# (possessive, faster) WORD_RE must agree with.
_PLAIN_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ9é_ '’-‐.\n")), max_size=60) | st.text(max_size=60))
def test_word_re_finds_the_words_of_the_plain_pattern(text: str) -> None:
    assert WORD_RE.findall(text) == _PLAIN_WORD_RE.findall(text)
    assert bool(WORD_RE.fullmatch(text)) == bool(_PLAIN_WORD_RE.fullmatch(text))
    start, end = len(text) // 3, 2 * len(text) // 3 + 1
    assert WORD_RE.findall(text, start, end) == _PLAIN_WORD_RE.findall(text, start, end)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Z9.!?…”“\"'’-\n\t,;:()U.S.Mr.")), max_size=80))
def test_split_sentences_spans_are_ordered_stripped_and_hold_every_word(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous_end = end
    inside = sum(count_words(text[start:end]) for start, end in spans)
    assert inside == count_words(text)


_NEWS_ALPHABET = st.sampled_from(
    [*"ab Z9.!?…”“\"'’-_\n\t\u00a0,;:()[]«»", "Mr", "No", "The", "U.S", "p.m", "Inc", "5"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_NEWS_ALPHABET, max_size=40).map("".join) | st.text(max_size=60))
def test_words_found_by_the_fast_forms_are_the_words_of_word_re(text: str) -> None:
    pattern, searched = _word_finder(text)
    assert len(searched) == len(text)
    assert pattern.findall(searched) == WORD_RE.findall(text)
    start, end = len(text) // 3, 2 * len(text) // 3 + 1
    assert pattern.findall(searched, start, end) == WORD_RE.findall(text, start, end)
    ascii_only = "".join(ch for ch in text if ch.isascii())
    pattern, searched = _word_finder(ascii_only)
    assert pattern.findall(searched) == WORD_RE.findall(ascii_only)


@pytest.mark.parametrize("character", [chr(c) for c in range(128)])
def test_ascii_word_characters_are_letters_and_digits(character: str) -> None:
    # The ASCII form of WORD_RE stands for [^\W_] with [0-9A-Za-z].
    from analysis.text import _ASCII_WORD_RE

    assert bool(_ASCII_WORD_RE.fullmatch(character)) == bool(WORD_RE.fullmatch(character))


# The sentence-end pattern as first written, searched in the text itself.
_PLAIN_END_RE = re.compile(r"[.!?…][.!?…]*([”\"’'»)\]]*)[^\S\n]+")


@settings(max_examples=300, deadline=None)
@given(st.lists(_NEWS_ALPHABET, max_size=40).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_sentence_ends_in_the_period_copy(text: str, lo: int, hi: int) -> None:
    """Candidate ends found in the copy with periods are those of the plain pattern."""
    lo, hi = min(lo, len(text)), min(hi, len(text))
    fast = [(m.start(), m.span(1), m.end()) for m in _END_RE.finditer(period_copy(text), lo, hi)]
    plain = [(m.start(), m.span(1), m.end()) for m in _PLAIN_END_RE.finditer(text, lo, hi)]
    assert fast == plain


def _plain_split_sentences(text: str) -> list[tuple[int, int]]:
    """Return split_sentences' spans as first written: one regex pass over the text."""
    boundary = re.compile(r"[\n.!?…](?:(?<=\n)\s*|[.!?…]*(?P<closers>[”\"’'»)\]]*)[^\S\n]+)")
    has_word = re.compile(r"[^\W_]")
    start, stop = len(text) - len(text.lstrip()), len(text.rstrip())
    spans: list[tuple[int, int]] = []

    def append(start: int, end: int) -> None:
        if has_word.search(text, start, end):
            spans.append((start, end))

    for match in boundary.finditer(text, start, stop):
        if match.group("closers") is None:
            end = match.start()
            while end > start and text[end - 1].isspace():
                end -= 1
            append(start, end)
            start = match.end()
        elif _plain_ends_sentence(text, match, stop):
            append(start, match.end("closers"))
            start = match.end()
    append(start, stop)
    return spans


def _plain_ends_sentence(text: str, match: re.Match[str], end: int) -> bool:
    """Return the first-written answer to "does the candidate ``match`` end a sentence"."""
    from analysis.text import (
        _AMBIGUOUS,
        _NEXT_WORD_RE,
        _NUMBER_SIGNS,
        _STARTERS,
        _TITLES,
        _is_initial_or_acronym,
        _previous_token,
    )

    next_word = _NEXT_WORD_RE.match(text, match.end(), end)
    following = next_word.group(1) if next_word else ""
    if not following or not (following[0].isupper() or following[0].isdigit()):
        return False
    if text[match.start() : match.start("closers")] != "." or match.group("closers"):
        return True
    previous = _previous_token(text, match.start())
    key = previous.lower()
    if key in _TITLES:
        return False
    if key in _NUMBER_SIGNS:
        return not following[0].isdigit()
    if key in _AMBIGUOUS or _is_initial_or_acronym(previous):
        return following.lower() in _STARTERS
    return True


@pytest.mark.parametrize("case", CASES[:10], ids=[c["kind"] for c in CASES[:10]])
def test_plain_split_sentences_reference_agrees_with_the_table(case: dict[str, Any]) -> None:
    text = case["text"]
    assert [text[start:end] for start, end in _plain_split_sentences(text)] == case["sentences"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(_NEWS_ALPHABET, max_size=40).map("".join) | st.text(max_size=60))
def test_split_sentences_as_first_written(text: str) -> None:
    """Lines split with str.find and ends found in the period copy give the same spans."""
    assert split_sentences(text) == _plain_split_sentences(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NEWS_ALPHABET, max_size=40).map("".join) | st.text(max_size=60))
def test_sentence_words_are_the_words_of_each_sentence(text: str) -> None:
    expected = [iter_words(text[start:end]) for start, end in split_sentences(text)]
    assert sentence_words(text) == expected
    assert all(expected)


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_sentence_words_on_news_table(case: dict[str, Any]) -> None:
    assert sentence_words(case["text"]) == [iter_words(s) for s in case["sentences"]]
