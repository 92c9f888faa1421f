"""Word and sentence segmentation shared by every metric.

One definition of a word for the whole package, so that readability counts,
quoted-word shares and corpus totals agree with each other.
"""

from __future__ import annotations

import re

__all__ = ["WORD_RE", "count_words", "iter_words"]

# A word is a run of letters or digits, possibly joined by an internal
# apostrophe (straight or curly) or hyphen: "don't", "don’t", "Iran-backed".
# This is also the definition the evaluation corpora use, so our word counts
# and theirs agree.
WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def iter_words(text: str) -> list[str]:
    """Return the words of ``text`` in order, as defined by :data:`WORD_RE`."""
    return WORD_RE.findall(text)


def count_words(text: str) -> int:
    """Return the number of words in ``text`` (0 for empty text)."""
    return sum(1 for _ in WORD_RE.finditer(text))
