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

__all__ = [
    "WORD_RE",
    "count_words",
    "iter_words",
    "period_copy",
    "sentence_words",
    "split_sentences",
]

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
# WORD_RE as searched by _word_finder, which picks one of two equivalent forms.
# In an ASCII text the word characters are exactly [0-9A-Za-z], a bitmap test
# per character where [^\W_] asks the Unicode database (30% less time per
# ASCII text). In any other text, [0-9A-Za-z\w] in a copy whose "_" are
# spaces: there it matches what [^\W_] matches in the text, and re tests the
# bitmap of ASCII letters and digits before asking the Unicode database, once
# per character instead of twice (a fifth less time per text).
_ASCII_WORD_RE = re.compile(WORD_RE.pattern.replace("[^\\W_]", "[0-9A-Za-z]"))
_COPY_WORD_RE = re.compile(WORD_RE.pattern.replace("[^\\W_]", "[0-9A-Za-z\\w]"))

# A candidate sentence end inside a line: terminal punctuation, closing quotes
# or brackets (group 1), then whitespace short of a line break; the match ends
# where the next sentence may start. It is searched in a copy of the text whose
# "!", "?" and "…" are periods (see period_copy): a pattern that opens with
# one literal lets re skip ahead with a plain character search, where one that
# opens with the class [.!?…] calls a set test at every character. Line breaks
# are found with str.find.
_END_RE = re.compile(r"\.\.*([”\"’'»)\]]*)[^\S\n]+")
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
    pattern, searched = _word_finder(text)
    return pattern.findall(searched)


def count_words(text: str) -> int:
    """Return the number of words in ``text`` (0 for empty text)."""
    pattern, searched = _word_finder(text)
    # findall builds the list in C: half the time of counting a finditer.
    return len(pattern.findall(searched))


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
    return [
        (start, end)
        for start, end in _candidate_spans(text)
        # The first character is a letter or digit in almost every sentence:
        # isalnum() is [^\W_] for one character, and cheaper than a search.
        if text[start].isalnum() or _HAS_WORD_RE.search(text, start, end)
    ]


def sentence_words(text: str) -> list[list[str]]:
    """Return the words of each sentence of ``text``, one list per sentence, in order.

    The sentences are those of :func:`split_sentences` and the words those of
    :func:`iter_words` inside them; every list holds at least one word. Empty
    text gives ``[]``.
    """
    pattern, searched = _word_finder(text)
    found = [pattern.findall(searched, start, end) for start, end in _candidate_spans(text)]
    # A span without a letter or digit has no words and is no sentence.
    return [sentence for sentence in found if sentence]


def _word_finder(text: str) -> tuple[re.Pattern[str], str]:
    """Return the fastest form of :data:`WORD_RE` for ``text`` and the string to search.

    An ASCII text is searched as it is (str.isascii() reads a flag); any
    other in a copy whose "_" are spaces, one character for one so offsets
    are kept (str.replace returns the text itself when it has no "_").
    """
    if text.isascii():
        return _ASCII_WORD_RE, text
    return _COPY_WORD_RE, text.replace("_", " ")


def period_copy(text: str) -> str:
    """Return ``text`` with every "!", "?" and "…" made a period, for :data:`_END_RE`.

    One character stands for one, so offsets are kept, and _END_RE matches the
    copy wherever the same pattern with the class ``[.!?…]`` for each of its
    periods matches the text.
    """
    return text.replace("!", ".").replace("?", ".").replace("…", ".")


def _candidate_spans(text: str) -> list[tuple[int, int]]:
    """Return the sentence spans of ``text``, stripped, including those without a word.

    Lines are split at every line break, and each line's candidate ends
    (_END_RE) are checked with the rules of :func:`split_sentences`.
    """
    spans: list[tuple[int, int]] = []
    stop = len(text.rstrip())
    ends = period_copy(text)
    start = 0
    while start < stop:
        line_end = text.find("\n", start, stop)
        if line_end < 0:
            line_end = stop
        while start < line_end and text[start].isspace():  # indentation, blank lines
            start += 1
        end = line_end
        while end > start and text[end - 1].isspace():  # spaces before the break
            end -= 1
        if start < end:
            for match in _END_RE.finditer(ends, start, end):
                if _ends_sentence(text, match, end):
                    spans.append((start, match.end(1)))
                    start = match.end()
            spans.append((start, end))
        start = line_end + 1
    return spans


def _ends_sentence(text: str, match: re.Match[str], end: int) -> bool:
    """Return True when the candidate boundary ``match`` really ends a sentence.

    ``end`` is the end of the line, stripped; the match ends before it, at
    the first character after the whitespace.
    """
    after = match.end()
    first = text[after]
    if not first.isalnum():  # opening quotes or brackets, then the word
        if first not in _OPENERS:
            return False
        next_word = _NEXT_WORD_RE.match(text, after, end)
        if next_word is None:
            return False
        first = text[next_word.start(1)]
    if not (first.isupper() or first.isdigit()):
        return False
    # Terminal punctuation other than one full stop, or a closing quote or
    # bracket after it, ends the sentence before a capitalised word.
    punctuation = match.start()
    closers = match.start(1)
    if closers - punctuation != 1 or text[punctuation] != "." or match.end(1) > closers:
        return True
    previous = _previous_token(text, punctuation)
    key = previous.lower()
    if key in _TITLES:
        return False
    if key in _NUMBER_SIGNS:
        return not first.isdigit()
    if key in _AMBIGUOUS or _is_initial_or_acronym(previous):
        next_word = _NEXT_WORD_RE.match(text, after, end)
        return next_word is not None and next_word.group(1).lower() in _STARTERS
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
