"""Readability of a text or an article: counts, sentence lengths, 12 formulas, one grade.

Every count is taken once per text (one sentence split, one word pass, one
cached lookup per distinct word) and every formula is computed from those
counts. Where the counts agree with textstat 0.7.13, the formulas equal
textstat's to 1e-9; the deliberate differences (sentences, curly apostrophes,
numbers, unknown words, NaN for undefined values) are listed in
``docs/readability.md``, with the definition of ``grade``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from itertools import chain
from typing import Any

from analysis.errors import ParameterError
from analysis.schema import Article
from analysis.syllables import syllables
from analysis.text import sentence_words

__all__ = [
    "FORMULAS",
    "TEXTSTAT_NAMES",
    "Readability",
    "grade_features",
    "paragraph_readability",
    "readability",
]

NAN = math.nan
SMOG_MIN_SENTENCES = 30  # McLaughlin defined SMOG on a 30-sentence sample
LONG_SENTENCE_WORDS = 30
LINSEAR_SAMPLE_WORDS = 100
TTR_SEGMENT_WORDS = 50  # segment length of the mean segmental type-token ratio
_WORD_CACHE_SIZE = 1 << 16  # distinct words remembered; bounds memory on any corpus
_SEPARATORS = str.maketrans("", "", "'’-")


def _metric(unit: str, description: str) -> Any:
    """Return a dataclass field carrying its unit and description as metadata."""
    return field(metadata={"unit": unit, "description": description})


@dataclass(frozen=True)
class Readability:
    """Readability profile of one text. Undefined values (no words) are NaN."""

    words: int = _metric("words", "words (runs of letters/digits joined by ' ’ or -)")
    sentences: int = _metric("sentences", "sentences with at least one word")
    syllables: int = _metric("syllables", "syllables (CMU dictionary, then rules)")
    polysyllabic_words: int = _metric("words", "words of 3+ syllables (numbers excluded)")
    long_words: int = _metric("words", "words of 7+ letters (numbers excluded)")
    unfamiliar_words: int = _metric("words", "words not on the Dale-Chall list")
    difficult_words: int = _metric(
        "words", "unfamiliar words of 2+ syllables, every occurrence (Spache)"
    )
    complex_words: int = _metric("words", "unfamiliar words of 3+ syllables (Gunning fog)")
    mini_words: int = _metric("words", "words of at most 3 letters (McAlpine)")
    characters: int = _metric("characters", "non-whitespace characters")
    letters: int = _metric("characters", "letters and digits inside words")
    words_per_sentence: float = _metric("words", "mean sentence length")
    syllables_per_word: float = _metric("syllables", "mean syllables per word")
    sentence_length_median: float = _metric("words", "median sentence length")
    sentence_length_p90: float = _metric("words", "90th percentile of sentence length")
    long_sentence_share: float = _metric("share", "share of sentences over 30 words")
    lexical_diversity: float = _metric(
        "share", "mean type-token ratio of consecutive 50-word segments (MSTTR)"
    )
    flesch_reading_ease: float = _metric("score", "Flesch reading ease (higher = easier)")
    flesch_kincaid_grade: float = _metric("grade", "Flesch-Kincaid grade level")
    gunning_fog: float = _metric("grade", "Gunning fog index")
    smog_index: float = _metric("grade", "SMOG grade, scaled to 30 sentences")
    smog_reliable: bool = _metric("flag", "True when the text has 30+ sentences (SMOG)")
    coleman_liau_index: float = _metric("grade", "Coleman-Liau index")
    automated_readability_index: float = _metric("grade", "automated readability index")
    dale_chall: float = _metric("score", "Dale-Chall score (textstat's variant)")
    spache: float = _metric("grade", "Spache grade (Dale-Chall list, as textstat)")
    linsear_write: float = _metric("grade", "Linsear Write on the first 100 words")
    lix: float = _metric("score", "LIX: words per sentence + % long words")
    rix: float = _metric("score", "RIX: long words per sentence")
    mcalpine_eflaw: float = _metric("score", "McAlpine EFLAW (words + mini words)/sentences")
    grade: float = _metric("grade", "default grade estimate (docs/readability.md)")

    def as_row(self) -> dict[str, float | int]:
        """Return the profile as a flat dict, one snake_case key per field."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def readability(text_or_article: str | Article, *, lang: str = "en") -> Readability:
    """Return the readability profile of a text or of an article's body text.

    Raises ParameterError for a language other than English (``en``, ``en_US``, ...).
    """
    if lang.split("_")[0].lower() != "en":
        raise ParameterError(f"readability supports English only (lang='en'), not {lang!r}")
    text = text_or_article.text if isinstance(text_or_article, Article) else text_or_article
    values = _values(text)
    values["grade"] = _grade(values)
    return Readability(**values)


def paragraph_readability(article: Article) -> list[Readability]:
    """Return one readability profile per paragraph of ``article``, in order.

    Uses ``article.paragraphs``; an article without paragraph offsets is one
    paragraph (or none, when its text is blank).
    """
    spans = article.paragraphs or ((0, len(article.text)),)
    return [
        readability(article.text[start:end])
        for start, end in spans
        if article.text[start:end].strip()
    ]


def _values(text: str) -> dict[str, Any]:
    """Return every field of the profile of ``text`` except ``grade``.

    ``benchmarks/fit_grade.py`` fits the grade on these values.
    """
    values = _counts(text)
    values.update(_sentence_lengths(values.pop("lengths")))
    values.update(_formulas(values))
    del values["linsear_points"], values["linsear_sentences"]
    return values


def _counts(text: str) -> dict[str, Any]:
    """Return every count of ``text`` plus its sentence lengths (key ``lengths``)."""
    sentences = sentence_words(text)
    words = list(chain.from_iterable(sentences))
    lengths = list(map(len, sentences))
    packed, folded = _word_values(words)
    syllable_total, letters, poly, long_, mini, unfamiliar, difficult, complex_ = _unpack(
        sum(packed), _LINSEAR
    )
    return {
        "words": len(words),
        "sentences": len(lengths),
        "syllables": syllable_total,
        "polysyllabic_words": poly,
        "long_words": long_,
        "unfamiliar_words": unfamiliar,
        "difficult_words": difficult,
        "complex_words": complex_,
        "mini_words": mini,
        "characters": _non_space_characters(text),
        "letters": letters,
        "lexical_diversity": _lexical_diversity(folded),
        "linsear_points": _unpack(sum(packed[:LINSEAR_SAMPLE_WORDS]), _LINSEAR + 1)[-1],
        "linsear_sentences": _linsear_sentences(lengths),
        "lengths": lengths,
    }


def _non_space_characters(text: str) -> int:
    """Return the number of non-whitespace characters of ``text``."""
    # Every whitespace character but the space is unprintable (a test checks
    # all of Unicode), so in a text that is printable once its line breaks are
    # spaces, the only whitespace is spaces and line breaks. isprintable() is
    # one C loop: a third fewer instructions than a regex search for the others.
    if text.replace("\n", " ").isprintable():
        return len(text) - text.count(" ") - text.count("\n")
    return len("".join(text.split()))  # tabs, no-break spaces, ...: the general way


# Each word's counts are packed into one integer, 40 bits per count, so that a
# text's totals are one C-level sum() over its words instead of a Python step
# per word and count; 40 bits hold any count of any text that fits in memory.
_FIELD_BITS = 40
_FIELD_MASK = (1 << _FIELD_BITS) - 1
_LINSEAR = 8  # position of the Linsear Write points (summed over 100 words only)
_Profile = tuple[int, int, int, int, int, int, int, int, int]
# A word's packed counts depend only on its syllables, its letters and whether
# it is a number or an unfamiliar word, and words share a few hundred such
# triples: each triple is packed once (building the integer is most of the cost
# of a new word) and its one int object is shared by every word with those
# counts, so the values a text's sum reads stay in the CPU cache instead of
# being one scattered object per word. Emptied with the word cache.
_packed_counts: dict[tuple[int, int, int], int] = {}


class _WordCache(dict[str, int]):
    """Bounded per-word cache (word -> packed counts) that fills itself.

    A missing word is profiled by ``__missing__``, which ``dict.__getitem__``
    calls only on a miss: a text's words are then looked up in one C-level
    ``map`` whether or not they are known, with no second pass and no set of
    the missing words. Emptied when it holds ``_WORD_CACHE_SIZE`` words and
    one more is missing.
    """

    def __missing__(self, word: str) -> int:
        """Return the packed counts of ``word`` and remember them."""
        if len(self) >= _WORD_CACHE_SIZE:
            self.clear()
            _packed_counts.clear()
        packed = self[word] = _packed_profile(word)
        return packed


_packed_cache = _WordCache()


def _word_values(words: list[str]) -> tuple[list[int], list[str]]:
    """Return the packed counts and the case-folded form of each word, in order.

    Words are folded with ``str.lower`` rather than looked up in a cache: on
    short words that is several times cheaper than a lookup in a large dict,
    whose entries are rarely in the CPU cache while a corpus is profiled.
    """
    return list(map(_packed_cache.__getitem__, words)), list(map(str.lower, words))


def _pack(profile: _Profile) -> int:
    """Return the counts of a word profile packed into one integer."""
    packed = 0
    for position, value in enumerate(profile):
        packed |= value << (_FIELD_BITS * position)
    return packed


def _unpack(packed: int, size: int) -> list[int]:
    """Return the first ``size`` counts packed in ``packed``."""
    return [(packed >> (_FIELD_BITS * i)) & _FIELD_MASK for i in range(size)]


def _word_profile(word: str) -> _Profile:
    """Return what one word adds to the counts.

    (syllables, letters, polysyllabic, long, mini, unfamiliar, difficult,
    complex, Linsear Write points), flags as 0/1. Linsear Write gives 3 points
    to a word of 3+ syllables, 1 to a shorter one (0 to a CMU word with no
    vowel, as textstat). A number is familiar and never polysyllabic or long,
    but its spoken syllables count.
    """
    n_syllables = syllables(word)
    letters = len(word.translate(_SEPARATORS))
    number = word.isdecimal()
    polysyllabic = not number and n_syllables >= 3
    unfamiliar = not number and word.lower().replace("’", "'") not in _easy_words()
    return (
        n_syllables,
        letters,
        int(polysyllabic),
        int(not number and letters >= 7),
        int(letters <= 3),
        int(unfamiliar),
        int(unfamiliar and n_syllables >= 2),
        int(unfamiliar and n_syllables >= 3),
        3 if polysyllabic else (1 if n_syllables > 0 else 0),
    )


# Bit offsets of the packed fields, in the order of _word_profile.
_S1, _S2, _S3, _S4, _S5, _S6, _S7, _S8 = (_FIELD_BITS * i for i in range(1, 9))


def _packed_profile(word: str) -> int:
    """Return ``_pack(_word_profile(word))``, the definition, computed faster.

    Runs once per distinct word of a corpus, which on a fresh corpus is a
    large part of the readability time: the counts that decide the profile
    are taken here, and the packed integer is built once per distinct
    triple of them (see _packed_counts); a test checks it against the
    definition.
    """
    n_syllables = syllables(word)
    # Word characters are alphanumeric; only the joiners ' ’ - are not letters.
    letters = len(word) if word.isalnum() else len(word.translate(_SEPARATORS))
    if word.isdecimal():  # a number: familiar, never polysyllabic or long
        kind = _NUMBER
    else:
        kind = _UNFAMILIAR if word.lower().replace("’", "'") not in _easy_words() else _FAMILIAR
    counts = (n_syllables, letters, kind)
    packed = _packed_counts.get(counts)
    if packed is None:
        packed = _packed_counts[counts] = _pack_counts(n_syllables, letters, kind)
    return packed


_FAMILIAR, _UNFAMILIAR, _NUMBER = 0, 1, 2


def _pack_counts(n_syllables: int, letters: int, kind: int) -> int:
    """Return the packed profile of a word with these syllables, letters and kind."""
    if kind == _NUMBER:
        return n_syllables | letters << _S1 | (letters <= 3) << _S4 | (n_syllables > 0) << _S8
    polysyllabic = n_syllables >= 3
    unfamiliar = kind == _UNFAMILIAR
    return (
        n_syllables
        | letters << _S1
        | polysyllabic << _S2
        | (letters >= 7) << _S3
        | (letters <= 3) << _S4
        | unfamiliar << _S5
        | (unfamiliar and n_syllables >= 2) << _S6
        | (unfamiliar and polysyllabic) << _S7
        | (3 if polysyllabic else (1 if n_syllables > 0 else 0)) << _S8
    )


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """Return the Dale-Chall list of familiar words (lowercase), loaded once."""
    raw = resources.files("analysis").joinpath("data/dale_chall_easy_words.txt")
    return frozenset(raw.read_text(encoding="utf-8").split())


def _lexical_diversity(folded: Sequence[str]) -> float:
    """Return the mean type-token ratio of consecutive 50-word segments.

    ``folded`` are the text's words, case-folded, in order. Leftover words
    after the last full segment are ignored; a text shorter than one segment
    gets the ratio of all its words, NaN when it has none.
    """
    if not folded:
        return NAN
    size = TTR_SEGMENT_WORDS
    if len(folded) < size:
        return len(set(folded)) / len(folded)
    segments = range(0, len(folded) - size + 1, size)
    return sum(len(set(folded[i : i + size])) for i in segments) / (size * len(segments))


def _linsear_sentences(lengths: list[int]) -> int:
    """Return the sentences in the first 100 words; as in textstat, a cut-off
    last sentence counts only when at least 3 of its words are in the sample."""
    seen = 0
    for count, length in enumerate(lengths):
        if seen + length >= LINSEAR_SAMPLE_WORDS:
            inside = LINSEAR_SAMPLE_WORDS - seen
            return count + (1 if inside == length or inside >= 3 else 0)
        seen += length
    return len(lengths)


def _sentence_lengths(lengths: list[int]) -> dict[str, float]:
    """Return the sentence-length distribution (NaN for a text without sentences)."""
    if not lengths:
        return dict.fromkeys(
            ("sentence_length_median", "sentence_length_p90", "long_sentence_share"), NAN
        )
    ordered = sorted(lengths)
    return {
        "sentence_length_median": _percentile(ordered, 0.5),
        "sentence_length_p90": _percentile(ordered, 0.9),
        "long_sentence_share": sum(n > LONG_SENTENCE_WORDS for n in ordered) / len(ordered),
    }


def _percentile(ordered: list[int], q: float) -> float:
    """Return the ``q`` quantile of sorted values, interpolated linearly (as numpy)."""
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _formulas(c: Mapping[str, Any]) -> dict[str, Any]:
    """Return the per-word and per-sentence means and the 12 formulas (NaN without words)."""
    words, sentences = c["words"], c["sentences"]
    if not words:
        return {name: NAN for name in _FORMULA_FIELDS} | {"smog_reliable": False}
    wps = words / sentences
    spw = c["syllables"] / words
    unfamiliar_pct = 100 * c["unfamiliar_words"] / words
    linsear = (c["linsear_points"]) / c["linsear_sentences"]
    return {
        "words_per_sentence": wps,
        "syllables_per_word": spw,
        "flesch_reading_ease": 206.835 - 1.015 * wps - 84.6 * spw,
        "flesch_kincaid_grade": 0.39 * wps + 11.8 * spw - 15.59,
        "gunning_fog": 0.4 * (wps + 100 * c["complex_words"] / words),
        "smog_index": 1.043 * (30 * (c["polysyllabic_words"] / sentences)) ** 0.5 + 3.1291,
        "smog_reliable": sentences >= SMOG_MIN_SENTENCES,
        "coleman_liau_index": 0.058 * (c["letters"] / words * 100)
        - 0.296 * (sentences / words * 100)
        - 15.8,
        "automated_readability_index": 4.71 * (c["characters"] / words) + 0.5 * wps - 21.43,
        "dale_chall": 0.1579 * unfamiliar_pct
        + 0.0496 * wps
        + (3.6365 if unfamiliar_pct > 5 else 0),
        "spache": 0.141 * wps + 0.086 * (100 * c["difficult_words"] / words) + 0.839,
        "linsear_write": (linsear - 2 if linsear <= 20 else linsear) / 2,
        "lix": wps + 100 * c["long_words"] / words,
        "rix": c["long_words"] / sentences,
        "mcalpine_eflaw": (words + c["mini_words"]) / sentences,
    }


# The twelve textstat formulas, in the order the issue and the docs list them;
# benchmarks and reports iterate over this one tuple.
FORMULAS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall",
    "spache",
    "linsear_write",
    "lix",
    "rix",
    "mcalpine_eflaw",
)
_FORMULA_FIELDS = ("words_per_sentence", "syllables_per_word", *FORMULAS)
# The textstat function that computes each formula, where its name differs from
# ours: the one correspondence the reference tests and the speed benchmark share.
TEXTSTAT_NAMES: dict[str, str] = {
    **{name: name for name in FORMULAS},
    "dale_chall": "dale_chall_readability_score",
    "spache": "spache_readability",
    "linsear_write": "linsear_write_formula",
}


def grade_features(values: Mapping[str, Any]) -> dict[str, float]:
    """Return every candidate input of ``grade``, by name, from a profile's values.

    ``values`` is ``Readability.as_row()`` (or the same keys). None of the
    features depends on text length; ``grade_weights.json`` uses some of them.
    """
    return {name: float(feature(values)) for name, feature in _FEATURES.items()}


def _share(key: str) -> Any:
    """Return a function giving ``values[key] / values['words']``."""
    return lambda v: v[key] / v["words"]


# Every candidate input of ``grade``, by name; the fitted model picks from these.
_FEATURES: dict[str, Any] = {
    "words_per_sentence": lambda v: v["words_per_sentence"],
    "syllables_per_word": lambda v: v["syllables_per_word"],
    "letters_per_word": lambda v: v["letters"] / v["words"],
    "sentence_length_median": lambda v: v["sentence_length_median"],
    "sentence_length_p90": lambda v: v["sentence_length_p90"],
    "long_sentence_share": lambda v: v["long_sentence_share"],
    "polysyllabic_share": _share("polysyllabic_words"),
    "long_word_share": _share("long_words"),
    "unfamiliar_share": _share("unfamiliar_words"),
    "difficult_share": _share("difficult_words"),
    "complex_share": _share("complex_words"),
    "mini_word_share": _share("mini_words"),
    "lexical_diversity": lambda v: v["lexical_diversity"],
}


@lru_cache(maxsize=1)
def _grade_model() -> dict[str, Any]:
    """Return the fitted grade model (features, centring, weights), loaded once."""
    raw = resources.files("analysis").joinpath("data/grade_weights.json")
    model: dict[str, Any] = json.loads(raw.read_text(encoding="utf-8"))
    return model


def _grade(values: Mapping[str, Any]) -> float:
    """Return the default grade estimate: the fitted linear model (NaN without words)."""
    if not values["words"]:
        return NAN
    model = _grade_model()
    total = float(model["intercept"])
    features = grade_features(values)
    for name, term in model["features"].items():
        total += term["weight"] * (features[name] - term["mean"]) / term["scale"]
    return total
