"""Tests for analysis.quality: each signal on positive and negative cases, and the thresholds."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quality import (
    _BAD_SENTENCE_END_RE,
    _BAD_SENTENCE_END_WORDS,
    _MIDSENTENCE_BEFORE,
    _MIDSENTENCE_WORDS,
    ENGLISH_STOPWORD_SHARE,
    INTEGRITY_MIN_SIGNALS,
    SHORT_TEXT_WORDS,
    count_dangling_fragments,
    count_doubled_phrases,
    count_lowercase_sentence_starts,
    count_midsentence_capitals,
    quality_flags,
)
from analysis.schema import Article

ENGLISH = (
    "The council met on Tuesday to discuss the plan. Critics say the changes were rushed "
    "through without enough debate, and they have promised to challenge it in court. "
)


def _article(text: str, repairs: tuple[str, ...] = ()) -> Article:
    """Return an article whose paragraphs are split on blank lines."""
    spans = []
    position = 0
    for part in text.split("\n\n"):
        spans.append((position, position + len(part)))
        position += len(part) + 2
    return Article(id="a", title="", text=text, paragraphs=tuple(spans), repairs=repairs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("attack US personnel. and facilities in Iraq", 1),
        ("The goal. the facility. the drones.", 2),
        ("The U.S. military said so.", 0),
        ("Sen. Tim Kaine (D-Va.) said it was fine.", 0),
        ("It starts at 9 a.m. on Monday.", 0),
        ("He paused . . . and went on.", 0),
        ("Read it here. http://example.com/story", 0),
        ("Mr. Smith and Dr. jones met.", 0),
        ("He left. She stayed.", 0),
    ],
)
def test_lowercase_sentence_starts(text: str, expected: int) -> None:
    assert count_lowercase_sentence_starts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("armed groups on the border It pledged retaliation", 1),
        ("the group was injured and We will make them pay", 1),
        ("statement from Pentagon spokesman Said in a statement", 1),
        ("a report by The New York Times on Sunday", 0),
        ("he went to Iraq on Sunday", 0),
        ("columnist George Will wrote", 0),
        ("“It was fine,” he said.", 0),
        ("Why The Polls Are Wrong About The Race Again", 0),
        ("Why The Polls Are Wrong\n\nthe border It pledged", 1),
        ("the answer, as always, is no", 0),
    ],
)
def test_midsentence_capitals(text: str, expected: int) -> None:
    assert count_midsentence_capitals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ordered additional military action to deter and deter such attacks", 1),
        ("rise in the the early 2000s", 1),
        ("they closed the border the border was shut", 1),
        ("if the enemy attacks again and again", 0),
        ("more and more people", 0),
        ("between her and her husband", 0),
        ("Democratic or Democratic-leaning voters", 0),
        ("the fact that that happened", 0),
        ("Sirhan Sirhan was convicted", 0),
        ("do you want to trump Trump", 0),
        ("over and over and over", 0),
    ],
)
def test_doubled_phrases(text: str, expected: int) -> None:
    assert count_doubled_phrases(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("locations used by . Iran-backed groups.", 1),
        ("seven bombs.Completely destroy nine buildings.", 1),
        ("the group was injured.. Then it left.", 1),
        ("They saw the. Then it ended.", 1),
        ("One American died of a heart attack during a rocket attack", 1),
        ("A heading.\n\nOne American died of a heart attack during a rocket attack", 1),
        ("Stealth Over Health Hillary Clinton Was Headed to ER", 0),
        ("He paused . . . and went on.", 0),
        ("The U.S. military said so.", 0),
        ("Short line\n\nAnother short line", 0),
        ("Typical salary: £20,000 for a job in the quality department", 0),
        ("He said: “We are ready.”", 0),
        ("See www.example.com.It was fine.", 1),
    ],
)
def test_dangling_fragments(text: str, expected: int) -> None:
    assert count_dangling_fragments(text) == expected


def test_seed_article_is_integrity_suspect(seeds_dir: Path) -> None:
    raw = next((seeds_dir / "articles").glob("*.txt")).read_text(encoding="utf-8")
    body = raw[raw.index("The U.S. military") : raw.index("Source link")]
    flags = quality_flags(_article(body.strip()), unbalanced_marks=0)
    assert flags.integrity_suspect
    assert flags.lowercase_sentence_starts >= 3
    assert flags.doubled_phrases >= 1
    assert not flags.probably_not_english


@pytest.mark.parametrize(
    ("text", "very_short", "not_english", "suspect"),
    [
        (ENGLISH * 12, False, False, False),
        (ENGLISH, True, False, False),
        (
            "Die Stadtverwaltung hat am Dienstag neue Pläne für den Verkehr vorgestellt. "
            "Kritiker bemängeln, dass die Bürger nicht ausreichend beteiligt wurden. " * 3,
            True,
            True,
            False,
        ),
        ("Too short to judge.", True, False, False),
        (
            "The council approved the plan used by . local groups. and residents It said "
            "the costs would deter and deter investment. the plan will go ahead.",
            True,
            False,
            True,
        ),
    ],
)
def test_flags(text: str, very_short: bool, not_english: bool, suspect: bool) -> None:
    flags = quality_flags(_article(text), unbalanced_marks=2)
    assert flags.very_short is very_short
    assert flags.probably_not_english is not_english
    assert flags.integrity_suspect is suspect
    assert flags.unbalanced_quote_marks == 2


def test_empty_text_is_nan_not_zero() -> None:
    flags = quality_flags(_article(""), unbalanced_marks=0)
    assert math.isnan(flags.stopword_share)
    assert math.isnan(flags.integrity_signals_per_1k_words)
    assert flags.very_short and not flags.probably_not_english and not flags.integrity_suspect


def test_repairs_are_counted() -> None:
    flags = quality_flags(
        _article(ENGLISH, repairs=("mojibake-fixed", "entity-repaired")), unbalanced_marks=0
    )
    assert flags.n_repairs == 2


def test_thresholds_are_sane() -> None:
    assert SHORT_TEXT_WORDS == 150
    assert 0 < ENGLISH_STOPWORD_SHARE < 0.35
    assert INTEGRITY_MIN_SIGNALS >= 2


def test_one_signal_in_a_long_article_is_not_suspect() -> None:
    text = ENGLISH * 20 + "It went to the the court."
    flags = quality_flags(_article(text), unbalanced_marks=0)
    assert flags.doubled_phrases == 1
    assert not flags.integrity_suspect


# The mid-sentence pattern as first written: the flat list of words, tried at
# every character, with the space before the word checked afterwards.
_PLAIN_MIDSENTENCE_RE = re.compile(rf"(?:{_MIDSENTENCE_WORDS}) [a-z]")


def _plain_midsentence_starts(text: str) -> list[int]:
    """Return where the first-written pattern finds a word after a space and a lower-case word."""
    return [
        m.start()
        for m in _PLAIN_MIDSENTENCE_RE.finditer(text)
        if m.start() >= 2
        and text[m.start() - 1] == " "
        and text[m.start() - 2] in _MIDSENTENCE_BEFORE
    ]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["The", "Their", "Th", "A", "An", "And", "It", "Its", "Also", "During",
                         "Said", "x", "a", "b", " ", ",", "\n\n", "Z"]),
        max_size=30,
    ).map("".join)
)  # fmt: skip
def test_midsentence_capitals_as_first_written(text: str) -> None:
    """The pattern anchored on the space, grouped by first letter, finds the same words."""
    expected = sum(
        1 for start in _plain_midsentence_starts(text) if not _is_heading_at(text, start)
    )
    assert count_midsentence_capitals(text) == expected


def _is_heading_at(text: str, position: int) -> bool:
    """Return whether the paragraph holding ``position`` is heading-like (as quality decides)."""
    from analysis.quality import _is_heading, _paragraph_at

    return _is_heading(_paragraph_at(text, position))


# The bad-sentence-end pattern as first written: one look-behind per word.
_PLAIN_BAD_END_RE = re.compile(
    r"\.(?:" + "|".join(rf"(?<= {word}\.)" for word in _BAD_SENTENCE_END_WORDS) + r")(?=\s|$)"
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_BAD_SENTENCE_END_WORDS, "The", "x", " ", ".", "\n", "..", "y."]),
        max_size=20,
    ).map("".join)
)
def test_bad_sentence_ends_as_first_written(text: str) -> None:
    """Look-behinds grouped by word length find the full stops the plain ones find."""
    found = [m.start() for m in _BAD_SENTENCE_END_RE.finditer(text)]
    assert found == [m.start() for m in _PLAIN_BAD_END_RE.finditer(text)]
