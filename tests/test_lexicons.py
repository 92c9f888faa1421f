"""Tests for analysis.lexicons: cue lemmas and the neutral / loaded split."""

from __future__ import annotations

import pytest

from analysis.lexicons import (
    LOADED_CUE_LEMMAS,
    NEUTRAL_CUE_LEMMAS,
    cue_forms,
    cue_lemma,
    is_loaded_cue,
)

# The most frequent cues in PolNeAR (issue 4), minus ":" which is punctuation.
FREQUENT_CUES = [
    "said", "says", "told", "according to", "say", "added", "wrote", "saying", "asked",
    "called", "noted", "reported", "announced", "suggested", "found", "shows", "described",
    "tweeted", "argued",
]  # fmt: skip


@pytest.mark.parametrize("cue", FREQUENT_CUES)
def test_frequent_cues_are_known_and_neutral(cue: str) -> None:
    assert cue_lemma(cue) is not None
    assert not is_loaded_cue(cue)


@pytest.mark.parametrize(
    ("cue", "lemma", "loaded"),
    [
        ("said", "say", False),
        ("also said", "say", False),
        ("said in a statement", "say", False),
        ("According to", "according to", False),
        ("told", "tell", False),
        ("claimed", "claim", True),
        ("admitted", "admit", True),
        ("insisted", "insist", True),
        ("boasted", "boast", True),
        ("conceded", "concede", True),
        ("denied", "deny", True),
        ("—", None, False),
        ("", None, False),
    ],
)
def test_cue_lemma_and_loadedness(cue: str, lemma: str | None, loaded: bool) -> None:
    assert cue_lemma(cue) == lemma
    assert is_loaded_cue(cue) is loaded


def test_neutral_and_loaded_do_not_overlap() -> None:
    assert not NEUTRAL_CUE_LEMMAS & LOADED_CUE_LEMMAS
    assert {"say", "tell", "according to"} <= NEUTRAL_CUE_LEMMAS


def test_cue_forms_are_lower_case_words() -> None:
    forms = cue_forms()
    assert "said" in forms and "claimed" in forms
    assert all(form == form.lower() and " " not in form for form in forms)


def test_none_cue_is_not_loaded() -> None:
    assert is_loaded_cue(None) is False
