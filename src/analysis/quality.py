"""Quality flags: signals that an article's text may mislead the metrics.

Every flag is reported, none hides or drops an article. The checks are cheap
regular-expression scans, so they cost little next to readability and quotes.

Text-integrity signals look for the damage that scraping and machine
rewriting leave behind (the seed article is an example):

* ``lowercase_sentence_starts``: a full stop, then a word in lower case
  (``personnel. and facilities``), unless the full stop ends a known
  abbreviation (``U.S.``, ``Mr.``, ``a.m.``, single letters) or an ellipsis;
* ``midsentence_capitals``: a capitalised function word or reporting verb
  (``It``, ``In``, ``This``, ``We``, ``Said``, ...) inside a sentence, right
  after a lower-case word or a comma, and followed by a lower-case
  word (``border It pledged``); a capital before another capital is taken as
  part of a name (``The New York Times``) and not counted; heading-like
  paragraphs (mostly capitalised words) are skipped;
* ``doubled_phrases``: ``X and X`` / ``X or X`` (``deter and deter``) except
  idioms and comparatives (``again and again``, ``more and more``), a word
  said twice (``the the``) except ``that that`` / ``had had`` and names, and a
  repeated two-word phrase (``the border the border``);
* ``dangling_fragments``: punctuation with a space before it (``used by .``),
  sentences glued together (``bombs.Completely``), a doubled full stop, a
  sentence ending on a word that cannot end one (``the.``, ``and.``, ``of.``),
  and a paragraph of 8 or more words with no closing punctuation (unless it
  starts with a label such as ``Typical salary:``).

``integrity_suspect`` is true when the four counts together reach
:data:`INTEGRITY_MIN_SIGNALS` and :data:`INTEGRITY_SIGNALS_PER_1K_WORDS`
per 1,000 words (both thresholds must hold, so one stray typo in a long
article does not flag it).
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field
from itertools import compress, islice

from analysis.attribution import trie_pattern
from analysis.schema import Article
from analysis.text import count_words

__all__ = [
    "ENGLISH_MIN_WORDS",
    "ENGLISH_STOPWORD_SHARE",
    "INTEGRITY_MIN_SIGNALS",
    "INTEGRITY_SIGNALS_PER_1K_WORDS",
    "SHORT_TEXT_WORDS",
    "QualityFlags",
    "quality_flags",
]

#: Fewer words than this is "very short" (too little text for stable metrics).
SHORT_TEXT_WORDS = 150
#: English prose has 35-55 % of its words in :data:`_STOPWORDS`; other
#: languages written in Latin script share only a few (``a``, ``in``, ``on``).
ENGLISH_STOPWORD_SHARE = 0.20
#: Below this many words the language test is not attempted (flag stays False).
ENGLISH_MIN_WORDS = 20
#: ``integrity_suspect`` needs at least this many signals ...
INTEGRITY_MIN_SIGNALS = 3
#: ... and at least this many signals per 1,000 words.
INTEGRITY_SIGNALS_PER_1K_WORDS = 4.0

# The most frequent English function words (articles, pronouns, prepositions,
# conjunctions, auxiliaries), after the usual stop lists (SMART, NLTK); a short
# closed list is enough to tell English from other languages.
_STOPWORDS = frozenset(
    """a about after all also an and any are as at be been before but by can could did
    do does for from had has have he her him his how i if in into is it its just me
    more most my no not now of on one only or other our out over she so some than
    that the their them then there these they this those to up us was we were what
    when where which while who will with would you your""".split()  # noqa: SIM905
)

# Tokens whose full stop does not end a sentence (compared lower-cased, without
# the final full stop). Single letters and dotted forms (u.s, a.m) are handled
# by rule in _is_abbreviation.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr vs etc inc co corp ltd no nos gov sen rep reps gen col lt
    sgt capt cmdr adm prof rev hon supt dept univ est approx ft mt ave blvd fig figs
    vol pp al cf ca jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues
    wed thu thurs fri sat sun pres atty dist div bros ala ariz ark calif colo conn
    fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa
    tenn tex va vt wash wis wisc wyo""".split()  # noqa: SIM905
)

# Capitalised inside a sentence, these are almost always a damaged sentence
# boundary rather than part of a name (names are excluded by the
# next-word-is-lower-case rule in _MIDSENTENCE_CAPITAL_RE).
_MIDSENTENCE_WORDS = (
    "The|A|An|It|Its|In|On|At|Of|For|With|From|By|To|And|But|Or|This|That|These|"
    "Those|He|She|We|They|Her|Their|Our|Is|Are|Was|Were|Has|Have|Had|Would|Could|"
    "Should|Said|Says|Told|Added|According|Along|After|During|However|Although|"
    "Because|While|Which|Also|There"
)


# The match starts at the space before the word (which must be there): re
# skips from space to space with a plain character search and tries the
# words, factored by common prefixes, only there; about a third less time
# than trying a flat list of the words at every character of the text.
_MIDSENTENCE_CAPITAL_RE = re.compile(
    rf" (?:{trie_pattern(frozenset(_MIDSENTENCE_WORDS.split('|')))}) [a-z]"
)
_MIDSENTENCE_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz,")

# A lower-case web address after a full stop ("... here. http://") is no sentence start.
_LOWERCASE_START_RE = re.compile(r"\.[\"”’')\]]* +(?=[a-z])(?!https?:|www\.|pic\.)")

# "again and again", "more and more", "years and years": repetition for emphasis.
_X_AND_X_IDIOMS = frozenset(
    """again over on round around through by up out back down off in little bit neck
    side time more less better worse bigger larger smaller higher lower greater
    longer faster closer further farther deeper louder stronger weaker harder easier
    richer poorer wider fewer older younger hotter colder years hours days weeks
    months miles times pages rounds millions billions thousands hundreds dozens lots
    may her him his me you them us is was it this that""".split()  # noqa: SIM905
)
_WORD_TWICE_OK = frozenset(
    """that had is was do did bye no yes very really so well ha oh blah tsk""".split()  # noqa: SIM905
)
# "over and over and over", "from time to time to", "hand in hand in": idioms, not damage.
_PHRASE_TWICE_JOINERS = frozenset(["and", "or", "after", "by", "in", "to", "upon"])

_GLUED_SENTENCES_RE = re.compile(r"\.[A-Z][a-z]")
_STOP_RUN_RE = re.compile(r"\.\.+")
_BAD_SENTENCE_END_WORDS = "the a an and or nor of than their its our whose".split()  # noqa: SIM905


def _look_behind_words(words: list[str]) -> str:
    """Return look-behinds for " word." for each of ``words``, one per word length.

    A look-behind must have one width, so words of one length share one
    (``(?<= (?:the|and)[.])``): a full stop costs one look-behind per length
    (5) instead of one per word (12), about a third less time.
    """
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(word)
    return "|".join(rf"(?<= (?:{'|'.join(group)})\.)" for group in by_length.values())


# " the." etc. before whitespace or the end. Written as a full stop with
# look-behinds for the words, so the regex engine jumps from full stop to full
# stop instead of trying the words at every space (one match per such full stop).
_BAD_SENTENCE_END_RE = re.compile(
    r"\.(?:" + _look_behind_words(_BAD_SENTENCE_END_WORDS) + r")(?=\s|$)"
)
_PARAGRAPH_END_OK = frozenset(".!?\"”’'):;…]*")
_UNPUNCTUATED_PARAGRAPH_MIN_WORDS = 8
# A list item with a label ("The job: To taste dog food") may end without a stop.
_LABEL_CHARS = 25
_HEADING_CAPITAL_SHARE = 0.6


@dataclass(frozen=True)
class QualityFlags:
    """Quality signals for one article; counts are raw numbers, never rates unless named so."""

    n_repairs: int = field(
        metadata={"unit": "count", "description": "cleaning steps the loader applied (see repairs)"}
    )
    unbalanced_quote_marks: int = field(
        metadata={
            "unit": "count",
            "description": "quotation marks left without a partner (from analyze_quotes)",
        }
    )
    very_short: bool = field(
        metadata={"unit": "flag", "description": f"fewer than {SHORT_TEXT_WORDS} words"}
    )
    stopword_share: float = field(
        metadata={
            "unit": "share",
            "description": "share of words that are common English function words; "
            "NaN for a text with no words",
        }
    )
    probably_not_english: bool = field(
        metadata={
            "unit": "flag",
            "description": f"stopword_share below {ENGLISH_STOPWORD_SHARE} in a text of at "
            f"least {ENGLISH_MIN_WORDS} words",
        }
    )
    lowercase_sentence_starts: int = field(
        metadata={
            "unit": "count",
            "description": "full stops followed by a lower-case word (abbreviations excepted)",
        }
    )
    midsentence_capitals: int = field(
        metadata={
            "unit": "count",
            "description": "capitalised function words or reporting verbs inside a sentence",
        }
    )
    doubled_phrases: int = field(
        metadata={
            "unit": "count",
            "description": "doubled words or phrases such as 'deter and deter' (idioms excepted)",
        }
    )
    dangling_fragments: int = field(
        metadata={
            "unit": "count",
            "description": "stray or doubled full stops, glued sentences, sentences ending "
            "on 'the'/'and'/'of', long paragraphs without closing punctuation",
        }
    )
    integrity_signals_per_1k_words: float = field(
        metadata={
            "unit": "per 1,000 words",
            "description": "the four integrity counts together per 1,000 words; "
            "NaN for a text with no words",
        }
    )
    integrity_suspect: bool = field(
        metadata={
            "unit": "flag",
            "description": f"at least {INTEGRITY_MIN_SIGNALS} integrity signals and at least "
            f"{INTEGRITY_SIGNALS_PER_1K_WORDS:g} per 1,000 words (see docs/schema.md)",
        }
    )


def quality_flags(
    article: Article, *, unbalanced_marks: int, n_words: int | None = None
) -> QualityFlags:
    """Return the quality flags of ``article``.

    ``unbalanced_marks`` comes from ``analyze_quotes``; ``n_words`` (the
    readability word count) saves counting the words again when known.
    """
    text = article.text
    words = count_words(text) if n_words is None else n_words
    lowered = text.lower().split()
    # Whitespace tokens: a function word with punctuation attached ("it.") is
    # missed, which moves the share by a point or two, far from the threshold.
    n_stop = sum(map(_STOPWORDS.__contains__, lowered))
    share = n_stop / len(lowered) if lowered else float("nan")
    lowercase = count_lowercase_sentence_starts(text)
    capitals = count_midsentence_capitals(text)
    doubled = _count_doubled_tokens(text, lowered)
    fragments = count_dangling_fragments(text)
    signals = lowercase + capitals + doubled + fragments
    rate = 1000.0 * signals / words if words else float("nan")
    suspect = (
        words > 0 and signals >= INTEGRITY_MIN_SIGNALS and rate >= INTEGRITY_SIGNALS_PER_1K_WORDS
    )
    return QualityFlags(
        n_repairs=len(article.repairs),
        unbalanced_quote_marks=unbalanced_marks,
        very_short=words < SHORT_TEXT_WORDS,
        stopword_share=share,
        probably_not_english=words >= ENGLISH_MIN_WORDS and share < ENGLISH_STOPWORD_SHARE,
        lowercase_sentence_starts=lowercase,
        midsentence_capitals=capitals,
        doubled_phrases=doubled,
        dangling_fragments=fragments,
        integrity_signals_per_1k_words=rate,
        integrity_suspect=bool(suspect),
    )


def count_lowercase_sentence_starts(text: str) -> int:
    """Return how many full stops (not abbreviations, not ellipses) precede a lower-case word."""
    count = 0
    for match in _LOWERCASE_START_RE.finditer(text):
        if not _is_abbreviation(_token_before(text, match.start())):
            count += 1
    return count


def count_midsentence_capitals(text: str) -> int:
    """Return how many capitalised function words sit inside a sentence of ``text``.

    Matches inside a heading-like paragraph (mostly capitalised words) are not counted.
    """
    count = 0
    for match in _MIDSENTENCE_CAPITAL_RE.finditer(text):
        start = match.start() + 1  # the word, after the space
        if (
            start >= 2
            and text[start - 2] in _MIDSENTENCE_BEFORE
            and not _is_heading(_paragraph_at(text, start))
        ):
            count += 1
    return count


def count_doubled_phrases(text: str) -> int:
    """Return how many doubled words or phrases ``text`` has (idioms and names excepted)."""
    return _count_doubled_tokens(text, text.lower().split())


def _count_doubled_tokens(text: str, lowered: list[str]) -> int:
    """Return the doubled-phrase count over the whitespace tokens of ``text`` (``lowered``)."""
    count = 0
    n = len(lowered)
    # Candidates are found at C speed (map/compress); only they are looked at in Python.
    # islice, not a slice: no copy of the token list for either pass.
    for i in compress(range(n), map(operator.eq, lowered, islice(lowered, 2, None))):
        first, middle = lowered[i], lowered[i + 1]
        if not first.isalpha():
            continue
        if middle in ("and", "or"):
            count += first not in _X_AND_X_IDIOMS
        elif (
            i + 3 < n
            and middle == lowered[i + 3]
            and middle.isalpha()
            and not _PHRASE_TWICE_JOINERS.intersection((first, middle))
        ):
            count += 1
    tokens: list[str] = []
    for i in compress(range(n), map(operator.eq, lowered, islice(lowered, 1, None))):
        tokens = tokens or text.split()  # the original case, needed only here
        word, second = tokens[i], tokens[i + 1]
        if not lowered[i].isalpha() or lowered[i] in _WORD_TWICE_OK:
            continue
        # Same spelling ("the the") or sentence-case ("The the"); "trump Trump" is
        # a pun and "Sirhan Sirhan" a name.
        if (second == word or second == word.lower()) and not second.istitle():
            count += 1
    return count


def count_dangling_fragments(text: str) -> int:
    """Return the stray-punctuation and broken-sentence signals in ``text``.

    Paragraphs are separated by blank lines; a heading-like paragraph (title
    case) may end without punctuation.
    """
    count = _count_space_before_punctuation(text)
    count += sum(1 for m in _GLUED_SENTENCES_RE.finditer(text) if _glued_at(text, m.start()))
    count += sum(1 for m in _STOP_RUN_RE.finditer(text) if m.end() - m.start() == 2)
    count += len(_BAD_SENTENCE_END_RE.findall(text))
    for paragraph in text.split("\n\n"):
        stripped = paragraph.rstrip()
        if (
            stripped
            and stripped[-1] not in _PARAGRAPH_END_OK
            and len(stripped.split()) >= _UNPUNCTUATED_PARAGRAPH_MIN_WORDS
            and ": " not in stripped[:_LABEL_CHARS]  # "Typical salary: £20,000 a year"
            and not _is_heading(stripped)
        ):
            count += 1
    return count


def _count_space_before_punctuation(text: str) -> int:
    """Return how many " ." / " ," follow a word and precede a space (not a spaced ellipsis)."""
    count = 0
    for mark in (" .", " ,"):
        # str.find is far faster than a regex here: the marks are rare, spaces are not.
        position = text.find(mark)
        while position >= 0:
            after = text[position + 2 : position + 4]
            if _after_word(text, position) and (not after or after[0].isspace()) and after != " .":
                count += 1
            position = text.find(mark, position + 2)
    return count


def _after_word(text: str, position: int) -> bool:
    """Return True when the character before ``position`` is a letter or digit."""
    return position >= 1 and text[position - 1].isalnum()


def _glued_at(text: str, dot: int) -> bool:
    """Return True when the full stop at ``dot`` follows two lower-case letters ("bombs.Then")."""
    return dot >= 2 and text[dot - 1].islower() and text[dot - 2].islower()


def _token_before(text: str, end: int) -> str:
    """Return the whitespace-delimited token that ends at ``end``."""
    start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
    return text[start:end]


def _is_abbreviation(token: str) -> bool:
    """Return True when ``token`` + "." is an abbreviation or ellipsis, not a sentence end."""
    core = token.lstrip("\"“‘'([").lower()
    if not core or core.endswith(".") or len(core) == 1:
        return True  # "..." (an ellipsis), or an initial such as "J."
    # "(R-Va." in "Sen. Tim Kaine (D-Va.) said": the state after the party letter.
    return "." in core or core.rsplit("-", 1)[-1] in _ABBREVIATIONS


def _is_heading(paragraph: str) -> bool:
    """Return True when most words of ``paragraph`` are capitalised (a title-case heading)."""
    tokens = [token for token in paragraph.split() if token[0].isalpha()]
    if not tokens:
        return False
    capitalised = sum(1 for token in tokens if token[0].isupper())
    return capitalised >= _HEADING_CAPITAL_SHARE * len(tokens)


def _paragraph_at(text: str, position: int) -> str:
    """Return the paragraph (blank-line separated) of ``text`` that holds ``position``."""
    start = text.rfind("\n\n", 0, position)
    end = text.find("\n\n", position)
    return text[start + 2 if start >= 0 else 0 : end if end >= 0 else len(text)]
