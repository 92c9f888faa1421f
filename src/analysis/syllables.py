"""Syllable counts: the CMU Pronouncing Dictionary first, documented rules after it.

The dictionary is a table derived from the CMU Pronouncing Dictionary (BSD
licence) shipped as package data, so counting never touches the network and no
GPL code is imported. It is loaded on first use and kept once per process.
A word the dictionary lacks is counted, in order, as:

1. a number (digits): the syllables of its English reading, with four-digit
   numbers from 1100 to 2099 (except 2000-2009) read as years: ``2014`` is
   "twenty fourteen", 4; ``200,000`` is two words, ``200`` (3) and ``000``,
   read "thousand" (2); other leading zeros are read digit by digit;
2. a word with an apostrophe: base plus suffix (``'s`` adds one syllable only
   after a hissing sound: ``Trump's`` 1, ``Sanchez's`` 3; ``'ll``, ``'ve``,
   ``'re``, ``'d``, ``'m``, ``n't`` forms add none);
3. a hyphenated word: the sum of its parts (``Iran-backed`` = 2 + 1);
4. a mix of digits and letters (``3D``, ``21st``, ``F-16``): digit runs as
   numbers, letter runs as words, ordinal and plural endings add nothing;
5. an all-capital acronym without a vowel (``NFL``): one syllable per letter
   (``W`` three);
6. anything else: the number of vowel groups, less a silent final ``e`` and a
   silent ``-ed``/``-es`` ending, at least 1 (right for 85% of CMU words).
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

__all__ = ["number_syllables", "syllable_table", "syllables"]

_TABLE_FILE = "cmudict_syllables.txt.gz"

# Syllables of the English number words, indexed by value.
_ONES = (2, 1, 1, 1, 1, 1, 1, 2, 1, 1)  # zero, one, ..., seven (2), eight, nine
_TEENS = (1, 3, 1, 2, 2, 2, 2, 3, 2, 2)  # ten, eleven (3), twelve, ..., seventeen (3)
_TENS = (0, 0, 2, 2, 2, 2, 2, 3, 2, 2)  # twenty, ..., seventy (3), eighty, ninety
_SCALE_SYLLABLES = 2  # thousand, million, billion, trillion
_HUNDRED = 2

_VOWEL_GROUP_RE = re.compile(r"[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ]+")
# "-ed" is silent unless after t or d (jumped, but wanted); "-es" unless after a
# hissing sound (hopes, but places, wishes).
_SILENT_ED_ES_RE = re.compile(r"[^aeiouytd]ed$|(?<![cs]h)[^aeiouysxzcg]es$")
_RUN_RE = re.compile(r"\d+|[^\W\d_]+")
_SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh", "ce", "ge", "se", "ze")
_NO_SYLLABLE_SUFFIXES = frozenset({"ll", "ve", "re", "d", "m", "t", "s"})
_SILENT_LETTER_SUFFIXES = frozenset({"s", "st", "nd", "rd", "th"})


@lru_cache(maxsize=1)
def syllable_table() -> dict[str, int]:
    """Return the CMU syllable table (lowercase word -> syllables), loaded once."""
    raw = resources.files("analysis").joinpath(f"data/{_TABLE_FILE}").read_bytes()
    table: dict[str, int] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        count, words = line.split("\t")
        table.update(dict.fromkeys(words.split(), int(count)))
    return table


def syllables(word: str) -> int:
    """Return the number of syllables of one ``word`` (a :data:`~analysis.text.WORD_RE` match).

    CMU dictionary first (first pronunciation, as textstat), then the rules in
    the module docstring; at least 1 for any word with a letter or digit, 0 for
    an empty string. Not cached here: callers that count many words cache it.
    """
    key = word.lower().replace("’", "'")
    found = syllable_table().get(key)
    if found is not None:
        return found
    return _fallback(word, key)


def _fallback(word: str, key: str) -> int:
    """Return the syllables of a word missing from the CMU table (rules 1-6)."""
    if not key:
        return 0
    if key.isdecimal():
        return number_syllables(key)
    if "'" in key:
        return _apostrophe_syllables(key)
    if "-" in key:
        return sum(map(syllables, key.split("-")))
    # A word of letters only (most unknown words: names) has no digit to look for.
    if not key.isalpha() and any(ch.isdecimal() for ch in key):
        return _mixed_syllables(key)
    if word.isupper() and not _VOWEL_GROUP_RE.search(key):
        return len(key) + 2 * key.count("w")  # one syllable a letter, "w" three
    return _vowel_group_syllables(key)


def _apostrophe_syllables(key: str) -> int:
    """Return the syllables of a word with an apostrophe: base plus suffix."""
    base, _, suffix = key.partition("'")
    if base.endswith("n") and suffix == "t":  # an unknown "-n't" contraction
        return syllables(base[:-1]) + 1 if base[:-1] else 1
    if suffix in _NO_SYLLABLE_SUFFIXES:
        extra = 1 if suffix == "s" and base.endswith(_SIBILANT_ENDINGS) else 0
        return max(syllables(base), 1) + extra
    return syllables(base) + syllables(suffix)


def _mixed_syllables(key: str) -> int:
    """Return the syllables of a token mixing digits and letters (``3d``, ``21st``)."""
    total = 0
    for run in _RUN_RE.findall(key):
        if run.isdecimal():
            total += number_syllables(run)
        elif not (total and run in _SILENT_LETTER_SUFFIXES):
            total += syllables(run)
    return max(total, 1)


def _vowel_group_syllables(key: str) -> int:
    """Return the vowel-group estimate of a lowercase word's syllables (at least 1)."""
    count = len(_VOWEL_GROUP_RE.findall(key))
    if (count > 1 and key.endswith("e") and not key.endswith(("le", "ee", "ye"))) or (
        count > 1 and _SILENT_ED_ES_RE.search(key)
    ):
        count -= 1
    return max(count, 1)


def number_syllables(digits: str) -> int:
    """Return the syllables of a run of digits read aloud in English.

    Four-digit values 1100-1999 and 2010-2099 are read as years ("nineteen
    ninety", 4); ``000`` as "thousand" (a thousands group after a comma);
    other leading zeros and numbers of a quadrillion or more digit by digit;
    everything else as a cardinal ("two hundred", 3).
    """
    if digits == "000":  # a thousands group: "200,000" is read "two hundred thousand"
        return _SCALE_SYLLABLES
    if digits.startswith("0") or len(digits) > 15:
        return sum(_ONES[int(digit)] for digit in digits)
    value = int(digits)
    if len(digits) == 4 and (1100 <= value <= 1999 or 2010 <= value <= 2099):
        return _year_syllables(value)
    return _cardinal_syllables(value)


def _year_syllables(value: int) -> int:
    """Return the syllables of a year read in pairs ("nineteen oh five", "twenty ten")."""
    century, rest = divmod(value, 100)
    if rest == 0:
        return _below_hundred(century) + _HUNDRED
    if rest < 10:
        return _below_hundred(century) + 1 + _ONES[rest]  # "oh five"
    return _below_hundred(century) + _below_hundred(rest)


def _cardinal_syllables(value: int) -> int:
    """Return the syllables of ``value`` (< 10**15) read as a cardinal number."""
    if value == 0:
        return _ONES[0]
    total = 0
    scale = 0
    while value:
        value, group = divmod(value, 1000)
        if group:
            total += _below_thousand(group) + (_SCALE_SYLLABLES if scale else 0)
        scale += 1
    return total


def _below_thousand(value: int) -> int:
    """Return the syllables of 1-999 ("three hundred twelve")."""
    hundreds, rest = divmod(value, 100)
    total = _ONES[hundreds] + _HUNDRED if hundreds else 0
    return total + (_below_hundred(rest) if rest else 0)


def _below_hundred(value: int) -> int:
    """Return the syllables of 1-99 ("forty-two")."""
    if value < 10:
        return _ONES[value]
    if value < 20:
        return _TEENS[value - 10]
    tens, ones = divmod(value, 10)
    return _TENS[tens] + (_ONES[ones] if ones else 0)
