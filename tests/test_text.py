"""Tests for analysis.text: words and sentences as every metric counts them."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text import WORD_RE, count_words, iter_words, split_sentences

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
