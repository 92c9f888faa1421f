"""Word and sentence segmentation shared by every metric.

One definition of a word and of a sentence for the whole package, so that
readability counts, quoted-word shares and corpus totals agree with each other.

Sentences are found by rules tuned on news text rather than by a general
segmenter, because the rules are an order of magnitude faster (one regular
expression pass per line) and get the news cases right that general tools miss
(``Sen. Warren``, ``3 p.m. Friday``, ``“Stop!” he shouted.``, multi-sentence
quotations). ``docs/readability.md`` lists the rules and their limits.
"""

from __future__ import annotations

import re
import sys

__all__ = ["WORD_RE", "count_words", "iter_words", "split_sentences"]

# A word is a run of letters or digits, possibly joined by an internal
# apostrophe (straight or curly) or hyphen: "don't", "don’t", "Iran-backed".
# This is also the definition the evaluation corpora use, so our word counts
# and theirs agree.
# On Python 3.11+ the quantifiers are possessive: the same matches (a joiner
# is no word character, so a run never has to give characters back), but the
# regex engine keeps no backtracking state, about 12% fewer instructions per
# text; word matching is the largest single cost of readability.
if sys.version_info >= (3, 11):
    WORD_RE = re.compile(r"[^\W_]++(?:['’\-][^\W_]++)*+")
else:  # pragma: no cover - possessive quantifiers are new in Python 3.11
    WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

# One pass finds both kinds of boundary: a line break and the whitespace after
# it (always a boundary; group "closers" is then None), or a candidate sentence
# end: terminal punctuation, closing quotes or brackets (group "closers"), then
# whitespace short of a line break; the match ends where the next sentence may
# start.
# The pattern starts with the set of characters that can start a boundary,
# and the look-behind tells a line break from punctuation afterwards: the
# regex engine then skips to those few characters in a tight loop, where a
# pattern that starts with a look-ahead or a group is tried at every
# character (twice the instructions per text).
_BOUNDARY_RE = re.compile(r"[\n.!?…](?:(?<=\n)\s*|[.!?…]*(?P<closers>[”\"’'»)\]]*)[^\S\n]+)")
# Opening quotes and brackets that may precede the first word of a sentence.
_OPENERS = "“\"‘'«([-—–"
# The first word of a sentence (group 1), after any opening quotes or brackets.
_NEXT_WORD_RE = re.compile(r"[“\"‘'«(\[\-—–]*([^\W_]+)")
_HAS_WORD_RE = re.compile(r"[^\W_]")


def _word_set(words: str) -> frozenset[str]:
    """Return the space-separated ``words`` as a frozen set."""
    return frozenset(words.split())


# Abbreviations that are (almost) never the last word of a sentence in news:
# courtesy and military or political titles, always followed by a name.
_TITLES = _word_set(
    "mr mrs ms messrs mmes dr prof rev gen sen rep gov lt col capt sgt adm maj cpl pvt "
    "cmdr hon pres supt det insp atty fr sens reps govs gens lt.col"
)
# Abbreviations that may or may not end a sentence ("in the U.S. The ..." vs
# "the U.S. Senate"): a sentence ends after them only when the next word is a
# typical sentence opener (see _STARTERS).
_AMBIGUOUS = _word_set(
    "inc corp co ltd llc jr sr st ave blvd rd mt ft vol vols fig figs approx est "
    "dept univ assn bros vs etc al jan feb mar apr jun jul aug sep sept oct nov dec "
    "mon tue tues wed thu thurs fri sat sun"
)
# "No. 5" but "No. He did not.": an abbreviation only before a number.
_NUMBER_SIGNS = frozenset({"no", "nos"})
# Capitalised words that typically open a sentence and rarely follow an
# abbreviation inside a name: pronouns, determiners, conjunctions, prepositions.
_STARTERS = _word_set(
    "the a an he she it they we i you his her its their our my your this that these those "
    "there here but and or so yet if when while after before as at in on for from by with "
    "to of some many most all both each no not one two three four five six seven eight "
    "nine ten then now still also however meanwhile officials police what who why how "
    "where which is was are were has have had do does did will would can could should "
    "may might must"
)


def iter_words(text: str) -> list[str]:
    """Return the words of ``text`` in order, as defined by :data:`WORD_RE`."""
    return WORD_RE.findall(text)


def count_words(text: str) -> int:
    """Return the number of words in ``text`` (0 for empty text)."""
    # findall builds the list in C: half the time of counting a finditer.
    return len(WORD_RE.findall(text))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of the sentences of ``text``, in order.

    Every line break ends a sentence (headings and paragraphs without final
    punctuation are sentences of their own). Inside a line a sentence ends at
    ``.``, ``!``, ``?`` or an ellipsis, plus any closing quotes or brackets,
    when the next word starts with a capital letter or a digit and the word
    before a period is not a title such as ``Mr.`` (see ``docs/readability.md``).
    Spans are stripped of surrounding whitespace; stretches without any letter
    or digit (``* * *``) are not sentences. Empty text gives ``[]``.
    """
    start, stop = len(text) - len(text.lstrip()), len(text.rstrip())
    spans: list[tuple[int, int]] = []
    for match in _BOUNDARY_RE.finditer(text, start, stop):
        if match.group("closers") is None:  # a line break
            end = match.start()
            while end > start and text[end - 1].isspace():  # spaces before the break
                end -= 1
            _append_span(text, start, end, spans)
            start = match.end()
        elif _ends_sentence(text, match, stop):
            _append_span(text, start, match.end("closers"), spans)
            start = match.end()
    _append_span(text, start, stop, spans)
    return spans


def _ends_sentence(text: str, match: re.Match[str], end: int) -> bool:
    """Return True when the candidate boundary ``match`` really ends a sentence."""
    next_word = _NEXT_WORD_RE.match(text, match.end(), end)
    following = next_word.group(1) if next_word else ""
    if not following or not (following[0].isupper() or following[0].isdigit()):
        return False
    # Terminal punctuation other than one full stop, or a closing quote or
    # bracket after it, ends the sentence before a capitalised word.
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


def _previous_token(text: str, end: int) -> str:
    """Return the whitespace-delimited token ending at ``end``, without opening quotes."""
    start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
    return text[start:end].lstrip(_OPENERS)


def _is_initial_or_acronym(token: str) -> bool:
    """Return True for a single letter (``F``) or a dotted acronym (``U.S``, ``p.m``)."""
    if len(token) == 1:
        return token.isalpha()
    return "." in token and all(part.isalpha() and len(part) <= 3 for part in token.split("."))


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append ``(start, end)`` if it contains a letter or digit.

    Callers pass spans already stripped of whitespace.
    """
    if _HAS_WORD_RE.search(text, start, end):
        spans.append((start, end))
