"""Tests for analysis.sources: per-source summaries and article quote measures."""

from __future__ import annotations

import dataclasses
import math
import warnings

import pytest

from analysis import QuoteMeasures, Source, extract_quotes, quote_measures, summarize_sources
from analysis.errors import ParameterError
from analysis.sources import count_utterances, quote_word_counts
from analysis.text import count_words

ARTICLE = (
    "Pentagon spokesman John Kirby spoke on Sunday.\n\n"
    "“We acted to deter attacks,” Kirby said in a statement.\n\n"
    "A defense official said the strikes hit every target.\n\n"
    "Kirby claimed the strikes were legal.\n\n"
    "The so-called “experts” disagreed."
)


def test_sources_group_quotes_by_resolved_speaker() -> None:
    sources = summarize_sources(extract_quotes(ARTICLE))
    assert [s.speaker for s in sources] == ["John Kirby", "a defense official"]
    kirby, official = sources
    assert (kirby.n_quotes, kirby.n_direct, kirby.n_indirect) == (2, 1, 1)
    assert kirby.role == "Pentagon spokesman"
    assert kirby.source_type == "person"
    assert kirby.cues == ("say", "claim")
    assert kirby.words_quoted == 5 + 4
    assert official.source_type == "anonymous"
    assert official.first_position > kirby.first_position


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ARTICLE,
            {"n_quotes": 3, "n_direct": 1, "n_indirect": 2, "n_mixed": 0, "n_partial": 1,
             "n_sources": 2},
        ),
        ("No quotes here at all.", {"n_quotes": 0, "n_direct": 0, "n_partial": 0, "n_sources": 0}),
    ],
)  # fmt: skip
def test_quote_measures_counts(text: str, expected: dict[str, int]) -> None:
    row = quote_measures(extract_quotes(text), text).as_row()
    for key, value in expected.items():
        assert row[key] == value, key


def test_pieces_of_one_quotation_are_one_utterance() -> None:
    text = (
        "Jane Smith, the mayor, spoke on Monday. “We will win,” Smith said, “and soon.” "
        "“Nobody can stop us.” Later, Smith said the plan had failed."
    )
    quotes = extract_quotes(text)
    (smith,) = summarize_sources(quotes)
    assert (smith.n_quotes, smith.n_utterances) == (4, 2)
    measures = quote_measures(quotes, text)
    assert (measures.n_quotes, measures.n_utterances) == (4, 2)
    assert count_utterances([]) == 0


def test_quote_measures_shares() -> None:
    measures = quote_measures(extract_quotes(ARTICLE), ARTICLE)
    assert measures.share_anonymous == pytest.approx(1 / 3)
    assert measures.share_attributed == pytest.approx(1.0)
    assert measures.share_loaded_cues == pytest.approx(1 / 3)
    words = 7 + 10 + 9 + 6 + 4
    assert measures.quoted_words_share == pytest.approx(5 / words)
    assert measures.quotes_per_1k_words == pytest.approx(1000 * 3 / words)


@pytest.mark.parametrize("text", ["", "No quotes here at all."])
def test_undefined_measures_are_nan_without_warnings(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        measures = quote_measures(extract_quotes(text), text)
    assert math.isnan(measures.share_anonymous)
    assert math.isnan(measures.share_attributed)
    assert math.isnan(measures.share_loaded_cues)
    if not text:
        assert math.isnan(measures.quoted_words_share)
        assert math.isnan(measures.quotes_per_1k_words)
    else:
        assert measures.quoted_words_share == 0.0


@pytest.mark.parametrize("cls", [Source, QuoteMeasures])
def test_fields_carry_schema_metadata(cls: type) -> None:
    for item in dataclasses.fields(cls):
        assert set(item.metadata) == {"unit", "description"}, item.name


def test_source_row_is_flat() -> None:
    row = summarize_sources(extract_quotes(ARTICLE))[0].as_row()
    assert row["cues"] == "say;claim"
    assert all(not isinstance(v, (list, tuple, dict)) for v in row.values())


@pytest.mark.parametrize("text", [ARTICLE, "", "No quotes here at all.", "“Yes,” he said. “No.”"])
def test_counts_given_by_the_caller_change_nothing(text: str) -> None:
    quotes = extract_quotes(text)
    counts = quote_word_counts(quotes)
    assert counts == [count_words(q.text) for q in quotes]
    assert summarize_sources(quotes, quote_words=counts) == summarize_sources(quotes)
    given = quote_measures(quotes, text, n_words=count_words(text), quote_words=counts)
    assert given.as_row().keys() == quote_measures(quotes, text).as_row().keys()
    for key, value in quote_measures(quotes, text).as_row().items():
        assert given.as_row()[key] == pytest.approx(value, nan_ok=True), key


def test_quote_word_counts_must_match_the_quotes() -> None:
    quotes = extract_quotes(ARTICLE)
    with pytest.raises(ParameterError, match="quote_word_counts"):
        summarize_sources(quotes, quote_words=[1])
