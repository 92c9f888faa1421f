"""Attribution building blocks shared by direct and reported speech.

Offsets in, offsets out: tokens of a text window, quotation-aware sentence
spans (a boundary never falls inside a quotation, because a quote is
attributed inside its sentence), the noun phrase that names a speaker before
or after a cue, and the reporting-verb sets. :mod:`analysis.direct_speech`
attributes quotations, :mod:`analysis.reported_speech` finds reported claims,
and :mod:`analysis.quotes` resolves speakers and builds ``Quote`` objects.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from typing import NamedTuple

from analysis.lexicons import (
    ANONYMOUS_HEADS,
    BARE_TIME_NOUNS,
    CUE_ADVERBS,
    DIRECT_CUES,
    DOCUMENT_HEADS,
    DOCUMENT_PARTICIPLES,
    INDIRECT_CUES,
    MONTHS,
    ORGANIZATION_HEADS,
    PARTS_OF_A_DAY,
    PERSON_NOUNS,
    RELEASE_VERBS,
    SPOKESPEOPLE,
    TITLE_WORDS,
    WEEKDAYS,
    first_name_sex,
)
from analysis.quotemarks import QuoteSpan
from analysis.text import period_copy

__all__ = [
    "DASHES",
    "DETERMINERS",
    "DIRECT_CUE_ALTERNATION",
    "LOWER_TITLES",
    "NP_STOP",
    "PARTICIPLES",
    "QUOTE_MARKS",
    "STRIP_CHARS",
    "SUBJECT_PRONOUNS",
    "TIME_WORDS",
    "TITLE_ABBREVIATIONS",
    "Attribution",
    "Token",
    "comma_before",
    "cue_phrase_end",
    "ends_sentence",
    "find_mention_after",
    "find_mention_before",
    "find_subject",
    "inside",
    "is_programme_title",
    "participle_speaker",
    "sentence_spans",
    "split_tokens",
    "strip_content",
    "trie_pattern",
]

_TOKEN_RE = re.compile(r"\S+")

STRIP_CHARS = ".,;:!?\"“”'’()[]«»—–-…"

# Group 1 is the punctuation with its closing marks, without the spaces after.
# It is searched in a copy of the paragraph whose "!", "?" and "…" are made
# periods (analysis.text.period_copy): a pattern that opens with one literal lets
# ``re`` skip ahead with a plain character search, where one that opens with
# the class [.!?…] calls a set test at every character (ten times the
# instructions), and one that opens with a repeat is tried at every position.
_BOUNDARY_RE = re.compile(r"(\.\.*(?:''|[\"”’'»)\]])*)\s+")


_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
     "jr", "sr", "inc", "co", "corp", "ltd", "jan", "feb", "aug", "sept", "sep", "oct",
     "nov", "dec", "vs", "no", "u.s", "u.n", "u.k", "d.c", "prof", "rev", "adm", "maj",
     "fig", "p.m", "a.m", "mt", "ft", "ave", "e.g", "i.e", "etc", "calif", "fla", "ill",
     "pa", "va", "wis", "mich", "mass", "ariz", "tenn", "conn", "n.y", "n.j", "n.h",
     "s.c", "n.c", "ky", "la", "md", "mo", "minn", "nev", "okla", "ore", "wash", "ind",
     "ala", "ark", "colo", "del", "ga", "kan", "neb", "vt", "wyo", "r", "d"}
)  # fmt: skip

# Titles written short with a period ("Gov.", "Sen.", "Rev."): the period ends
# no sentence, and no title phrase before a name.
TITLE_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof",
     "rev", "adm", "maj", "st", "no", "vs"}
)  # fmt: skip

# Lower-case words that can open a named source: "said former Gov. Bill Richardson".
LOWER_TITLES = frozenset({"former", "retired", "late", "then", "outgoing", "incoming", "acting"})

DASHES = ("—", "–", "--", "―")

# Double quotation marks, as characters: ``QUOTE_MARKS.isdisjoint(word)`` is
# the fast test for "no mark in this word" (called for most tokens).
QUOTE_MARKS = frozenset('“”"«»')

# Words that end a subject phrase when scanning back from a cue.
NP_STOP = frozenset(
    {"and", "but", "or", "that", "which", "when", "while", "as", "because", "if", "after",
     "before", "since", "so", "than", "where", "though", "although", "what", "whether",
     "not", "to", "is", "was", "are", "were", "be", "been", "said", "says", "told",
     "also", "then", "there", "here", "how", "why", "yet", "nor", "until", "unless",
     "once", "about", "into", "over", "against", "at", "by", "in", "on", "with", "without",
     "has", "had", "have", "will", "would", "could", "should", "can", "may", "might",
     "must", "did", "does", "do", "him", "them", "me", "us", "during"}
) | frozenset(
    # "Sanders' surge doesn't surprise pollster Daron Shaw:": a negated auxiliary
    # ends a noun phrase as the plain one does, with either apostrophe.
    f"{stem}{apostrophe}t"
    for stem in ("doesn", "don", "didn", "isn", "wasn", "aren", "weren", "won", "wouldn",
                 "can", "couldn", "shouldn", "hasn", "haven", "hadn", "mustn")
    for apostrophe in ("'", "’")
)  # fmt: skip

DETERMINERS = frozenset(
    {"the", "a", "an", "one", "another", "two", "three", "several", "some", "many", "other",
     "few", "multiple", "his", "her", "their", "its", "our", "this", "these", "those",
     "both", "all", "most", "senior", "top"}
)  # fmt: skip

SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it", "who", "which"})


PARTICIPLES = frozenset(w for w in INDIRECT_CUES if w.endswith("ing"))


def trie_pattern(words: frozenset[str]) -> str:
    """Return a regex alternation of ``words`` factored by common prefixes.

    Python's ``re`` tries a flat alternation word by word at every position;
    a prefix tree makes the cue scan several times faster.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if optional else body

    return build(trie)


TIME_WORDS = BARE_TIME_NOUNS | frozenset(
    {"earlier", "later", "recently", "previously", "last", "this", "week", "month", "year",
     "again", "also", "repeatedly", "publicly", "privately", "then", "once", "flatly"}
)  # fmt: skip

_CUE_EXTENSION_RE = re.compile(
    r"[ \u00a0]+(?:in|on|via|through|during|at)[ \u00a0]+(?:a|an|the|his|her|their|its)?[ \u00a0]*"
    r"(?:statement|interview|email|e-mail|tweet|post|letter|release|news release|"
    r"press release|speech|call|conference call|news conference|press conference|"
    r"Twitter|Facebook|Instagram|radio|television|TV|appearance|op-ed|memo|"
    r"blog post|campaign rally|rally|town hall|debate)\b"
)


class Attribution(NamedTuple):
    """Offsets of one attributed content, before speaker resolution.

    ``mention_*`` is (-1, -1) and ``cue_*`` is (-1, -1) when absent.
    ``group`` ties together pieces of one utterance split by its attribution.
    """

    start: int
    end: int
    mention_start: int
    mention_end: int
    cue_start: int
    cue_end: int
    direct: bool


class Token(NamedTuple):
    start: int
    end: int
    raw: str
    word: str


def split_tokens(text: str, lo: int, hi: int) -> list[Token]:
    """Return the whitespace-separated tokens of text[lo:hi] with lower-cased bare words."""
    window = text[lo:hi]
    new = tuple.__new__
    if window.isprintable():
        # No whitespace but " " (every other whitespace character is
        # unprintable): str.split(" ") finds the same tokens as the regex
        # below, with their offsets counted along, in a third less time. This
        # list is built for every cue and quote, so it is the hottest line.
        tokens = []
        position = lo
        for raw in window.split(" "):
            if raw:
                end = position + len(raw)
                bare = raw.strip(STRIP_CHARS).lower()
                # tuple.__new__ skips the NamedTuple constructor written in Python.
                tokens.append(new(Token, (position, end, raw, bare)))
                position = end + 1
            else:
                position += 1
        return tokens
    return [
        new(Token, (m.start(), m.end(), raw, raw.strip(STRIP_CHARS).lower()))
        for m in _TOKEN_RE.finditer(text, lo, hi)
        if (raw := m.group())  # always true: binds raw without an inner loop
    ]


def ends_sentence(token: Token) -> bool:
    """Return True when a token closes a sentence ("said." but not "Mr." or "U.S.")."""
    if token.raw[-1:].isalnum():
        # Most words end in a letter: nothing to strip, no closing punctuation.
        return False
    raw = token.raw.rstrip("\"”’'»)")
    if not raw or raw[-1] not in ".!?" or token.raw.startswith("("):
        # "(D-Ore.)" is a parenthesis inside the sentence, not its end.
        return False
    if raw[-1] == "." and (token.word in _ABBREVIATIONS or len(token.word) == 1):
        return False
    return not (raw[-1] == "." and token.word.replace(".", "").isupper() and "." in token.word)


def sentence_spans(text: str, lo: int, hi: int, quotes: list[QuoteSpan]) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence in text[lo:hi]; never split inside a quote."""
    spans = []
    start = lo
    qi = 0
    for match in _BOUNDARY_RE.finditer(period_copy(text[lo:hi])):
        end = lo + match.end()
        # The boundary is after the punctuation and any closing marks: `."`
        # ends a sentence, a period inside a quotation does not.
        after_marks = lo + match.end(1)
        while qi < len(quotes) and quotes[qi].close_end < after_marks:
            qi += 1
        if qi < len(quotes) and quotes[qi].open_start < after_marks < quotes[qi].close_end:
            continue
        nxt = text[end] if end < hi else " "
        if end < hi and not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'«(["):
            continue
        punctuation = lo + match.start()
        if text[punctuation] == ".":
            # The word before the period is read only here (most boundaries are
            # periods, but not all): "Mr." and "U.S." end no sentence.
            word_start = text.rfind(" ", lo, punctuation) + 1
            word = text[max(word_start, lo) : punctuation].strip(STRIP_CHARS).lower()
            # "Jacksonville, Fla. “She …": a quotation opening after an
            # abbreviation (other than a title) starts a new sentence.
            if (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())) and (
                nxt not in "\"“'«" or word in TITLE_ABBREVIATIONS
            ):
                continue
        spans.append((start, after_marks))
        start = end
    if start < hi:
        spans.append((start, hi))
    return spans


def inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Return True when ``position`` lies in one of ``spans`` (sorted by start, disjoint)."""
    if len(spans) > 16:
        # A run-on "sentence" of a megabyte may hold thousands of quotations:
        # a binary search keeps each call logarithmic.
        index = bisect_right(spans, (position, _AFTER_ANY_END)) - 1
        return index >= 0 and position < spans[index][1]
    # A loop, not any(<generator>): called for every cue, mostly with 0-3 spans.
    for start, end in spans:  # noqa: SIM110
        if start <= position < end:
            return True
    return False


# Sorts after every (start, end) with the same start.
_AFTER_ANY_END = float("inf")


def is_programme_title(words: list[str]) -> bool:
    """Return True when quoted ``words`` read as a title: one to six, in Title Case.

    Every word of four letters or more is capitalised ("Fox and Friends",
    "State of the Union"); the words of a quotation ("we will win") are not.
    """
    bare = [word.strip(STRIP_CHARS) for word in words]
    return 0 < len(bare) <= 6 and all(word[:1].isupper() for word in bare if len(word) >= 4)


def strip_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Return a content span without outer spaces or trailing sentence punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?—–-"):
        end -= 1
    return start, end


def comma_before(text: str, lo: int, end: int) -> int:
    """Return the offset of the comma text[lo:end] ends in (trailing white space aside), or -1.

    Reads back from ``end`` instead of slicing from ``lo``: in a run-on
    sentence a slice from the sentence start would grow with every cue.
    """
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end - 1 if end > lo and text[end - 1] == "," else -1


def find_mention_before(text: str, lo: int, end: int) -> tuple[int, int, int] | None:
    """Return (mention start, mention end, cue start) for the subject before a cue at ``end``.

    Auxiliaries and adverbs right before the cue ("has also said") join the cue.
    None when no noun phrase precedes the cue within the clause.
    """
    found = _find_mention_before(text, lo, end)
    if found is None:
        return None
    # The literal tests first: the patterns are tried at every position they scan.
    before = text[max(lo, found[0] - 24) : found[0]]
    if " who " in before:
        relative = _NAME_WHO_IS_RE.search(text, max(lo, found[0] - 60), found[0])
        if relative is not None:
            # "Katie Packer, who is chairman of Our Principles PAC said": the
            # relative clause's closing comma is missing; the name speaks.
            return relative.start(), found[1], found[2]
    if before.endswith(" and ") and text[found[0] : found[0] + 1].isupper():
        coordinated = _COORDINATED_NAME_RE.search(text, max(lo, found[0] - 60), found[0])
        if coordinated is not None and _opens_a_clause(text, lo, coordinated.start()):
            # "Donald Trump and Ted Cruz said": both speak, not the second alone.
            return coordinated.start(), found[1], found[2]
    return found


# A name (with a short title) and "and", right before a second name.
_COORDINATED_NAME_RE = re.compile(
    r"(?<![\w’'.-])(?:Both[ \u00a0]+)?"
    # Not a word that opens a sentence before its subject ("But Mr. Grassley").
    r"(?!(?:But|And|So|Yet|Or|Still|Then|Now|When|While|After|Before|As|If|Since|Though)"
    r"[ \u00a0])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.[ \u00a0]+)?"
    r"[A-Z][\w’'-]*(?:[ \u00a0]+[A-Z][\w’'.-]*){0,2}"
    # "Sen. Bob Smith (R-Fla.) and …": a party label after the first name.
    r"(?:[ \u00a0]+\([^()\s]{1,12}\))?[ \u00a0]+and[ \u00a0]+\Z"
)


def _opens_a_clause(text: str, lo: int, start: int) -> bool:
    """Return True when ``start`` opens a clause: at ``lo``, after a sentence end or a comma.

    Or after a conjunction that opens a sentence ("But Mr. Grassley and …").
    """
    before = text[max(lo, start - 8) : start].rstrip()
    return (
        start <= lo
        or not before
        or before[-1] in '.!?,;:\n”"’—'
        or before.rsplit(None, 1)[-1] in _OPENING_CONJUNCTIONS
    )


# A name and the opening of a relative clause that describes it.
_NAME_WHO_IS_RE = re.compile(
    r"\b[A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*){0,3},[ \u00a0]+who[ \u00a0]+"
    r"(?:is|was|has[ \u00a0]+been|had[ \u00a0]+been|serves[ \u00a0]+as|served[ \u00a0]+as)"
    r"[ \u00a0]+$"
)


def _find_mention_before(text: str, lo: int, end: int) -> tuple[int, int, int] | None:
    """Return find_mention_before's answer before the relative-clause check."""
    far = max(lo, end - 160)
    near = max(lo, end - 64)
    if near > far:
        # Most subjects are a few words long: a short window is tokenised
        # first, the full one only when the short one is used up (about one
        # time in five), and then only the words before the short one.
        near_tokens = split_tokens(text, near, end)
        # _mention_in pops words off its list: it reads a copy.
        found = _mention_in(text, near_tokens.copy(), end, lo, complete=False)
        if found is not _WINDOW_TOO_SHORT:
            return found
        tokens = _widen_tokens(text, far, near, end, near_tokens)
        return _mention_in(text, tokens, end, lo, complete=True)
    return _mention_in(text, split_tokens(text, far, end), end, lo, complete=True)


# Conjunctions that open a sentence before its subject.
_OPENING_CONJUNCTIONS = frozenset({"But", "And", "So", "Yet", "Or", "Still"})


# A party label after a politician's name: "(R)", "(D-N.Y.)", "(I-Conn.)".
_PARTY_LABEL_RE = re.compile(r"\([RDI](?:-[A-Za-z. ]{2,20})?\),?")


def _and_inside_a_name(tokens: list[Token], index: int) -> bool:
    """Return True when the "and" at ``index`` joins two words of one body's name.

    "Ministry of Science and Technology", "Center for Economic and Policy
    Research": capitalised words on both sides, after "of" or "for" and an
    organisation head at most three words before it.
    """
    if index < 2 or index + 1 >= len(tokens):
        return False
    after = tokens[index + 1]
    if not (tokens[index - 1].raw[:1].isupper() and after.raw[:1].isupper()):
        return False
    if after.word in TITLE_WORDS or first_name_sex(after.word):
        # "the University of Chicago and Professor Knittel": a second person.
        return False
    for k in range(index - 1, max(0, index - 4), -1):
        if tokens[k].word in ("of", "for"):
            return tokens[k - 1].raw[:1].isupper() and tokens[k - 1].word in ORGANIZATION_HEADS
    return False


def _widen_tokens(text: str, far: int, near: int, end: int, tokens: list[Token]) -> list[Token]:
    """Return ``split_tokens(text, far, end)``, reusing ``tokens`` of text[near:end].

    A token that starts after whitespace is whole in both windows (no word
    runs across that whitespace), so only the words before it are split again;
    the first token of the short window may be a cut word and is split anew.
    """
    for index, token in enumerate(tokens):
        if token.start > near or text[near - 1].isspace():
            return split_tokens(text, far, token.start) + tokens[index:]
    return split_tokens(text, far, end)


# "X is"/"I am" contracted: before a cue they make a passive ("It's implied").
_IS_CONTRACTIONS = frozenset({"it's", "i'm", "that's", "there's", "what's", "here's"})

# Returned by _mention_in when its tokens do not reach far enough back.
_WINDOW_TOO_SHORT = (-1, -1, -1)


# Words in -ly that are no adverbs: a subject may end in them ("the family
# said", "a Trump ally said", "the assembly voted").
_LY_NOUNS = frozenset(
    {"family", "ally", "rally", "supply", "assembly", "monopoly", "anomaly", "homily",
     "lily", "belly", "bully", "jelly", "folly", "reply", "daily", "weekly", "monthly",
     "quarterly", "elderly", "july", "italy", "sally", "holly", "kelly", "emily", "billy",
     "polly", "molly", "wally", "dolly"}
)  # fmt: skip


def _is_manner_adverb(token: Token) -> bool:
    """Return True when ``token`` is a bare lower-case adverb in -ly ("relentlessly").

    Right before a cue it belongs to the cue, not to the subject: "Harry Reid
    (D) relentlessly attacked", "the candidates unanimously opposed".
    """
    raw = token.raw
    return (
        len(raw) > 4
        and raw.endswith("ly")
        and raw.islower()
        and raw.isalpha()
        and (raw not in _LY_NOUNS)
    )


# Verbs that take the cue as their complement: "continues to say", "tried to
# explain", "went on to say", "helped found".
_CATENATIVES = frozenset(
    {"continue", "continues", "continued", "go", "goes", "went", "began", "begins",
     "begin", "tried", "tries", "try", "wants", "wanted", "want", "decided", "decides",
     "refused", "refuses", "declined", "declines", "seemed", "seems", "appeared",
     "appears", "hastened", "rushed", "moved", "sought", "seeks", "attempted", "failed",
     "fails", "managed", "needs", "needed", "chose", "chooses", "proceeded"}
)  # fmt: skip


_CATENATIVE_ENDS = frozenset({"to", "helped", "helps", "help"})


def _catenative_length(tokens: list[Token]) -> int:
    """Return how many last tokens form a verb whose complement is the cue, or 0.

    "goes on to" (3), "continues to" (2), "helped" (1), as written in lower
    case with no punctuation.
    """
    if len(tokens) >= 3 and tokens[-1].raw == "to":
        if tokens[-2].raw == "on" and tokens[-3].raw in ("goes", "went", "go", "going"):
            return 3
        if tokens[-2].raw in _CATENATIVES:
            return 2
    if len(tokens) >= 2 and tokens[-1].raw in ("helped", "helps", "help"):
        return 1
    return 0


def _mention_in(
    text: str, tokens: list[Token], end: int, lo: int, *, complete: bool
) -> tuple[int, int, int] | None:
    """Return find_mention_before's answer from the tokens before ``end`` (clause from ``lo``).

    Unless ``complete`` (the tokens reach the clause start or the longest
    window), the first two tokens may be cut or missing, so an answer that
    depends on them is :data:`_WINDOW_TOO_SHORT` instead.
    """
    cue_start = end
    while (
        tokens
        and (
            (tokens[-1].word in CUE_ADVERBS and not tokens[-1].raw.endswith(","))
            # (the suffix first: the function is called only for words in -ly)
            or (tokens[-1].raw[-2:] == "ly" and _is_manner_adverb(tokens[-1]))
            # "Jeb Bush and Ted Cruz both floated": a floating quantifier.
            or (
                tokens[-1].raw in ("both", "all", "each")
                and len(tokens) > 1
                and tokens[-2].word != "of"  # "members of both parties"
            )
        )
    ):
        cue_start = tokens[-1].start
        tokens.pop()
    # (the last word first: the function is called only for "to" and "helped")
    catenative = _catenative_length(tokens) if tokens and tokens[-1].raw in _CATENATIVE_ENDS else 0
    if catenative:
        # "The email goes on to say", "The faction continues to tell itself",
        # "Nega helped found": the verb before the cue is part of it.
        cue_start = tokens[-catenative].start
        del tokens[-catenative:]
    if len(tokens) >= 2 and tokens[-1].word == "it" and tokens[-2].word in ("put", "puts"):
        # "As John Cornyn put it: …": the idiom is the cue, its subject speaks.
        cue_start = tokens[-2].start
        del tokens[-2:]
    # "Sanders on Tuesday night warned": the part of the day joins its day
    # (not before a comma: "in an interview earlier Thursday morning, arguing").
    day = (
        2
        if len(tokens) >= 3 and tokens[-1].raw in PARTS_OF_A_DAY and tokens[-2].word in WEEKDAYS
        else 1
    )
    if (
        len(tokens) >= 1 + day
        and tokens[-day].word in TIME_WORDS
        and tokens[-day - 1].word in ("on", "last", "this", "early", "late", "earlier")
        # "Small, who attended the rally on Wednesday, said": a comma closes
        # the phrase the time belongs to, unless a participle follows
        # ("endorsed Cruz last week, saying …": the time is the clause's).
        and not (tokens[-1].raw.endswith(",") and _PARTICIPLE_AT_RE.match(text, end) is None)
    ):
        # "Cruz's campaign on Monday reported": the time belongs to the cue.
        cue_start = tokens[-day - 1].start
        del tokens[-day - 1 :]
    if len(tokens) >= 2 and _PARTY_LABEL_RE.fullmatch(tokens[-1].raw):
        # "Gov. John Kasich (R-OH), said", "Sen. Ted Cruz (R-Texas) said": a
        # party label closes the mention; the name is read before it.
        # ("National Security Agency (NSA)," ends an apposition, read with it.)
        label = tokens[-1]
        found = _mention_in(text, tokens[:-1], label.start, lo, complete=complete)
        if found is None or found is _WINDOW_TOO_SHORT:
            return found
        return found[0], label.start + len(label.raw.rstrip(",")), cue_start
    if len(tokens) < 3 and not complete:
        return _WINDOW_TOO_SHORT
    if not tokens:
        return None
    last = tokens[-1]
    if last.raw.strip(STRIP_CHARS).lower().replace("’", "'") in _IS_CONTRACTIONS:
        # "It’s implied that …", "I'm told …": a passive, with no source.
        return None
    if last.word in SUBJECT_PRONOUNS and last.raw.strip(STRIP_CHARS).lower() == last.word:
        return last.start, last.start + len(last.raw.rstrip(STRIP_CHARS)) or last.end, cue_start
    if last.raw.endswith(","):
        subject = _before_parenthetical(tokens)
        if subject is not None:
            # "Iran-backed militias, meanwhile, vowed": the adverb between
            # commas is no apposition; the subject is before it.
            found = _mention_in(text, subject, end, lo, complete=complete)
            if found is None or found is _WINDOW_TOO_SHORT:
                return found
            return found[0], found[1], cue_start
        if not complete:
            return _WINDOW_TOO_SHORT
        while len(tokens) > 2 and tokens[0].raw in _OPENING_CONJUNCTIONS:
            # "But Smith, a spokesman, said": the conjunction is no part of the name.
            del tokens[0]
        # "Morton Blackwell, the Republican National Committeeman, told": the
        # apposition runs back to the previous comma, the name before it.
        # "Johnnie Wilson, of Springfield, Va., said": the comma before a
        # state's abbreviation is inside the apposition (same length, so
        # offsets in ``seg`` stay those of the text).
        seg = _STATE_COMMA_RE.sub(r" \1", text[tokens[0].start : last.end])
        whose = _WHOSE_APPOSITION_RE.search(seg)
        if whose is not None:
            # "Mr. Slinker, whose company, Paradata, uses big data, said": the
            # clause may hold commas of its own; the name before it speaks.
            return tokens[0].start + whose.start(1), last.end - 1, cue_start
        match = _APPOSITION_RE.search(seg)
        if match is not None and match.group(1).lower() in _NOT_A_NAME:
            # "However, he held his fire on Ben Carson, calling …": an opening
            # adverb and a clause, not a name and its apposition.
            match = None
        if match is None:
            relative = _RELATIVE_APPOSITION_RE.search(seg)
            if relative is None:
                return None
            # "The mayor, who spoke on condition of anonymity, said": a
            # relative clause between commas describes the phrase before it,
            # and belongs to the mention (it may say the source is anonymous).
            return tokens[0].start + relative.start(1), last.end - 1, cue_start
        name_start = tokens[0].start + match.start(1)
        head = seg[: match.start(1)].rstrip()
        if head.endswith((" of", " from", " in")):
            # "Donna Rawlings, 59, of Ashton, Md., who watched …, said": the
            # name found is the place in an earlier apposition; the person
            # is the name that opens the phrase.
            opening = _OPENING_NAME_RE.match(seg)
            if opening is None:
                return None
            return tokens[0].start, last.end - 1, cue_start
        if head.endswith((" for", " to")):
            # "A spokesman for Cruz, Rick Tyler, said": the name found is the
            # object of a description; the phrase starts with the description,
            # and the apposition names the speaker.
            cut = max(head.rfind(","), head.rfind(". "), head.rfind("\n")) + 1
            words = head[cut:].split()
            if (
                2 <= len(words) <= 6
                and words[0].lower() in ("a", "an", "the", "one")
                and all(w[:1].islower() for w in words[1:])
            ):
                start = cut + len(head[cut:]) - len(head[cut:].lstrip())
                return tokens[0].start + start, last.end - 1, cue_start
        name, _, pronoun = match.group(1).rpartition(" ")
        if name and pronoun in _RESUMPTIVE_PRONOUNS:
            # "The Observatory for Human Rights It, based on …, said": a
            # rewriter's pronoun repeats the name before it, which speaks.
            return name_start, name_start + len(name.rstrip()), cue_start
        return name_start, last.end - 1, cue_start
    picked: list[Token] = []
    stop = -1
    broke_at = -1
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if index < 2 and not complete:
            return _WINDOW_TOO_SHORT
        if picked and (token.raw[-1] in ',;:!?"“”' or ends_sentence(token)):
            stop = index
            break
        if token.raw[-1] in ",;:!?" and not picked:
            return None
        # "sources familiar with the matter", "a person close to him": there
        # the preposition belongs to the source phrase, so the scan goes on.
        if (
            (token.word in NP_STOP or token.word in DIRECT_CUES)
            and not (
                picked and token.word in ("with", "to", "on") and _after_familiar(tokens, token)
            )
            # "the Ministry of Science and Technology": "and" inside a body's name.
            and not (picked and token.word == "and" and _and_inside_a_name(tokens, index))
            # "Officials at the Pentagon", "someone in the audience": the
            # phrase goes on before the place of an unnamed source.
            and not (
                picked
                and token.word in ("at", "in", "from")
                and index > 0
                and tokens[index - 1].word in ANONYMOUS_HEADS
                and tokens[index - 1].word not in SPOKESPEOPLE
            )
            # "Chairman Will Rogers": a capitalised modal before a name is a first name.
            and not (picked and token.word in ("will", "may") and token.raw[:1].isupper())
            # "a memo obtained by The Washington Post": the phrase goes on
            # before a participle ("released", "obtained") and its "by".
            and not (
                picked
                and token.word == "by"
                and index > 0
                and tokens[index - 1].word in DOCUMENT_PARTICIPLES
            )
        ):
            broke_at = index
            break
        if token.raw.startswith(DASHES) or token.raw == "-":
            break
        picked.append(token)
        if len(picked) >= 9:
            break
    picked.reverse()
    if (
        broke_at > 0
        and tokens[broke_at].word in ("in", "during")
        and 0 < len(picked) <= 3
        and picked[-1].word in DOCUMENT_HEADS
    ):
        # "Trump in an interview said": the document is how the subject
        # before it speaks, and joins the cue.
        inner = _mention_in(text, tokens[:broke_at], tokens[broke_at].start, lo, complete=complete)
        if inner is _WINDOW_TOO_SHORT:
            return inner
        if inner is not None and _NAME_OR_PRONOUN_RE.match(text, inner[0], inner[1]):
            # Only a name or a pronoun: in "The figures in a report showing
            # …" the report speaks.
            return inner[0], inner[1], tokens[broke_at].start
    if broke_at > 0 and len(picked) <= 3:
        event = _event_phrase_start(tokens, broke_at)
        # ("Mr. Diaz spoke at a rally claiming …": the occasion ends a clause
        # of its own, whose verb is not part of a subject.)
        if event > 0 and tokens[event - 1].word not in _VERBS_BEFORE_OCCASIONS:
            # "Trump during a rally in Ohio said", "Clinton at a town hall
            # said": where the subject spoke joins the cue; the subject is
            # before it, not the place at its end.
            inner = _mention_in(text, tokens[:event], tokens[event].start, lo, complete=complete)
            if inner is _WINDOW_TOO_SHORT:
                return inner
            if inner is not None:
                return inner[0], inner[1], tokens[event].start
    dropped: list[Token] = []
    while picked and not (
        picked[0].raw.lstrip(STRIP_CHARS)[:1].isupper()
        or picked[0].word in DETERMINERS
        or picked[0].word[:1].isdigit()
        or picked[0].word in ANONYMOUS_HEADS
        or picked[0].word in LOWER_TITLES
        or (picked[0].word in TITLE_WORDS and len(picked) > 1)
    ):
        dropped.append(picked.pop(0))
    if picked and picked[0].word in ANONYMOUS_HEADS:
        # "federal prosecutors", "local officials": the adjectives right
        # before an unnamed group's noun describe the group.
        # ("even economists", "included staff members": an adverb or a verb
        # before the noun is no part of it.)
        while (
            dropped
            and dropped[-1].raw.isalpha()
            and dropped[-1].raw.islower()
            and dropped[-1].word not in CUE_ADVERBS
            and dropped[-1].word not in _NOT_GROUP_ADJECTIVES
            and not dropped[-1].word.endswith("ly")
        ):
            picked.insert(0, dropped.pop())
    if not picked or not QUOTE_MARKS.isdisjoint("".join([t.raw for t in picked])):
        # Quoted words are somebody's speech, never the name of its speaker.
        return None
    if len(picked) == 1 and picked[0].word in ("having", "being"):
        # "Having announced the plan, the senator …": an auxiliary, no subject.
        return None
    m_start = picked[0].start
    if stop >= 0 and tokens[stop + 1] is picked[0] and tokens[stop].raw.endswith(","):
        named = _name_before_apposition(text, tokens, stop, lo, end, complete=complete)
        if named is _TOO_SHORT:
            return _WINDOW_TOO_SHORT
        if named is not None and _is_apposition(picked):
            m_start = named
    return m_start, picked[-1].start + len(picked[-1].raw.rstrip(STRIP_CHARS)), cue_start


# Words before a group's noun that do not describe it.
_NOT_GROUP_ADJECTIVES = frozenset(
    {"only", "included", "including", "among", "like", "of", "whose", "something", "least"}
)


# Nouns of the occasions where someone speaks ("at a rally", "during a debate").
_EVENT_HEADS = frozenset(
    {"rally", "speech", "event", "stop", "conference", "hall", "debate", "hearing", "forum",
     "meeting", "fundraiser", "appearance", "briefing", "luncheon", "dinner", "breakfast",
     "summit", "convention", "gathering", "roundtable", "address", "visit"}
)  # fmt: skip


# Verbs whose occasion phrase ("spoke at a rally") is no part of a cue.
_VERBS_BEFORE_OCCASIONS = frozenset(
    {"spoke", "speaks", "speaking", "appeared", "appears", "talked", "stood", "was", "were",
     "is", "are", "said", "says"}
)  # fmt: skip


def _event_phrase_start(tokens: list[Token], broke_at: int) -> int:
    """Return the index of "at"/"during"/"in" opening an occasion phrase before the cue.

    ``tokens`` end at the cue and the scan for a subject stopped at the
    preposition ``broke_at``: "during a speech" opens there, "during a rally
    in Ohio" up to four words earlier. The occasion noun follows an article
    within three words. Returns -1 when there is none.
    """
    for j in range(broke_at, max(-1, broke_at - 5), -1):
        if tokens[j].word in ("at", "during", "in"):
            words = [t.word for t in tokens[j + 1 : j + 5]]
            if (
                words
                and words[0] in ("a", "an", "the", "his", "her", "their")
                and any(w in _EVENT_HEADS for w in words[1:])
            ):
                return j
    return -1


# Returned by _name_before_apposition when its tokens do not reach far enough back.
_TOO_SHORT = -2

# Capitalised words that open a sentence without naming anybody.
_NOT_A_NAME = frozenset(
    {"meanwhile", "however", "still", "moreover", "furthermore", "instead", "separately",
     "now", "today", "yesterday", "tomorrow", "indeed", "overall", "elsewhere", "here",
     "there", "thus", "so", "yet", "and", "but", "or", "also", "again", "finally",
     "early", "late", "mid"}
) | MONTHS  # fmt: skip


# "Morton Blackwell, the Republican National Committeeman, told": a name, a
# comma-enclosed apposition, the cue. An age may come first: "Lance Beebe,
# 49, a Navy veteran …, said"; names may hold "of"/"for" ("Center for X").
_APPOSITION_RE = re.compile(
    r"((?:[A-Z][^\s,]*[ \u00a0]+(?:(?:of|for)[ \u00a0]+)?){0,5}[A-Z][^\s,]*)"
    # "Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful,": a party label.
    r"(?:[ \u00a0]+\([^()\s]{1,12}\))?,"
    r"(?:[ \u00a0]+\d{1,3},)?[ \u00a0]+[^,]{2,120},$"
)

#: A regex alternation of every direct cue, escaped, longest first (so
#: "said:" is tried before "said").
DIRECT_CUE_ALTERNATION = "|".join(
    map(re.escape, sorted(sorted(DIRECT_CUES), key=len, reverse=True))
)

# AP abbreviations of US states, written after a city: "Ashton, Md.,".
_STATE_COMMA_RE = re.compile(
    r",([ \u00a0]+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich"
    r"|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D"
    r"|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C)\.)(?=,)"
)

_WHOSE_APPOSITION_RE = re.compile(
    r"(?:^|[.!?”\"][ \u00a0]+)((?:[Tt]he[ \u00a0]+)?(?:[A-Z][^\s,]*[ \u00a0]+){0,4}[A-Z][^\s,]*),"
    r"[ \u00a0]+whose[ \u00a0][^.;:!?“”\"]{2,200},$"
)

_NAME_OR_PRONOUN_RE = re.compile(r"(?!(?:The|A|An|This|That|These|Those)\b)[A-Z]|(?:he|she|they)\b")

_PARTICIPLE_AT_RE = re.compile(r"[A-Za-z]+ing\b")

_OPENING_NAME_RE = re.compile(r"(?:[A-Z][^\s,]*[ \u00a0]+){1,4}[A-Z][^\s,]*,")

_RELATIVE_APPOSITION_RE = re.compile(
    r"(?:^|[.!?”\"][ \u00a0]+)((?:[Tt]he|[Aa]n?|[A-Z][^\s,]*)(?:[ \u00a0]+[^\s,]+){0,5}),"
    # "The mayor, who …,", "A senior official, speaking …,", "Clinton's
    # spokesman, Brian Fallon,": a clause or a name between commas.
    r"[ \u00a0]+(?:(?:who|which|[a-z]+ing)[ \u00a0][^,]{2,120}"
    r"|(?:[A-Z][^\s,]*[ \u00a0]+){0,4}[A-Z][^\s,]*),$"
)

_RESUMPTIVE_PRONOUNS = frozenset({"It", "He", "She", "They"})


def _name_before_apposition(
    text: str, tokens: list[Token], comma: int, lo: int, end: int, *, complete: bool
) -> int | None:
    """Return where the name before an unclosed apposition starts, or None.

    "Air Chief Marshal Yehia Rasul, spokesman for the Iraqi Army said …": the
    second comma is missing, so the scan back from the cue stops at the
    apposition; the speaker is the name before it. The name must open the
    clause (at its start, or after a closing mark or a dash) and be a run of
    two to six capitalised words: "In Des Moines, Iowa, the candidate said"
    and "Significantly, the judge said" open with something else, and
    "Iran, the official said, …" is a parenthetical cue.
    :data:`_TOO_SHORT` when the tokens may be cut before the run's start.
    """
    after = text[end : end + 40].split(None, 1)
    if after and after[0].endswith(","):
        return None
    index = comma
    while index >= 0 and comma - index < 6:
        token = tokens[index]
        if index < comma and (not QUOTE_MARKS.isdisjoint(token.raw) or token.raw in DASHES):
            break
        if index < comma and (token.raw[-1] in ",;:!?" or ends_sentence(token)):
            return None
        if not (token.raw.lstrip(STRIP_CHARS)[:1].isupper() or token.word in LOWER_TITLES):
            return None
        index -= 1
    first = index + 1
    if index < 0 and tokens[0].start > lo:
        return _TOO_SHORT if not complete else None
    if index >= 0 and comma - index >= 6:
        return None
    words = [t.word for t in tokens[first : comma + 1]]
    if (
        len(words) < 2
        or any(w in TIME_WORDS or w in _NOT_A_NAME or w.isupper() for w in words)
        or words[0] in DETERMINERS
        or words[0] in _INTRO_WORDS
        or words[0] in SUBJECT_PRONOUNS
        or words[-1] in TITLE_WORDS
        or all(w in TITLE_WORDS for w in words)
    ):
        return None
    return tokens[first].start


def _is_apposition(picked: list[Token]) -> bool:
    """Return True when a phrase describes a person ("spokesman for the army", "a teacher").

    It opens in lower case with an article or a title word; "Mr. Putin, Mr.
    Trump said" is a list of names, not a name and its description.
    """
    first = picked[0]
    opens = first.word in ("a", "an", "the") or first.word in TITLE_WORDS
    return first.raw[:1].islower() and opens


# Words of a parenthetical adverb set off by commas between a subject and its
# cue: "however", "in turn", "for their part", "in a statement", "on Monday".
_PARENTHETICAL_WORDS = frozenset(
    {"however", "meanwhile", "though", "too", "also", "instead", "moreover", "indeed",
     "nevertheless", "nonetheless", "likewise", "similarly", "separately", "still", "now",
     "in", "turn", "for", "his", "her", "their", "its", "our", "part", "response", "by",
     "contrast", "fact", "of", "course", "the", "meantime", "at", "time", "a", "an",
     "statement", "interview", "on", "initially", "finally", "ultimately", "afterward",
     "afterwards", "particular", "addition", "general", "short", "return", "example",
     "instance", "either"}
)  # fmt: skip


def _before_parenthetical(tokens: list[Token]) -> list[Token] | None:
    """Return the tokens before a ", however," parenthetical that ends ``tokens``, or None.

    The last token before the parenthetical loses its comma, so that the
    subject phrase can be read as if the parenthetical were not there.
    """
    for k in range(len(tokens) - 2, max(-1, len(tokens) - 6), -1):
        if tokens[k].raw.endswith(","):
            words = [t.word for t in tokens[k + 1 :]]
            if k == 0 or not all(w in _PARENTHETICAL_WORDS or w in TIME_WORDS for w in words):
                return None
            comma = tokens[k]
            if comma.raw == ",":
                # "said , Now, said": a comma standing alone is no word to keep.
                return tokens[:k] or None
            return [*tokens[:k], comma._replace(raw=comma.raw[:-1], end=comma.end - 1)]
    return None


# Words after which "with"/"to"/"on" go on with the source phrase: "sources
# familiar with", "a person close to", "aides to the governor".
_SOURCE_PHRASE_WORDS = frozenset(
    {"familiar", "close", "briefed", "knowledgeable", "aides", "aide", "adviser", "advisers",
     "advisor", "advisors", "spokesman", "spokeswoman", "spokesperson", "counsel",
     "lawyer", "lawyers", "attorney", "attorneys", "consultant", "consultants", "heir"}
)  # fmt: skip


def _after_familiar(tokens: list[Token], token: Token) -> bool:
    """Return True when ``token`` follows a word that a source phrase goes on after."""
    index = tokens.index(token)
    return index > 0 and tokens[index - 1].word in _SOURCE_PHRASE_WORDS


_APPOSED_NAME_RE = re.compile(r",[ \u00a0]+((?:[A-Z][\w.’'\-]*[ \u00a0]*){1,4}),")


# Words that open an introductory phrase rather than a subject.
_INTRO_WORDS = frozenset(
    {"on", "in", "at", "after", "before", "although", "though", "while", "when", "first",
     "then", "later", "however", "also", "now", "since", "as", "if", "because", "during",
     "with", "without", "for", "from", "by", "to", "under", "despite", "earlier", "last",
     "this", "instead", "still", "once", "asked", "speaking", "according", "like", "unlike",
     "amid", "following", "over", "throughout", "until", "where", "whether", "back"}
)  # fmt: skip


# Words that say when, in an opening phrase ("Hours later,", "Eight years ago,").
_WHEN_WORDS = TIME_WORDS | {"ago", "hours", "days", "weeks", "months", "years", "minutes"}
_COUNT_WORDS = frozenset(
    {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "several", "few", "many", "some", "hours", "days", "weeks", "months", "years"}
)  # fmt: skip


def _opens_with_adverbial(tokens: list[Token]) -> bool:
    """Return True when the sentence opens with a phrase before a comma that is no subject.

    A participle phrase ("Having announced …,", "Reached by phone …,"), a time
    phrase ("Hours later,", "Sunday morning,") or a sentence adverb
    ("Indeed,", "Likewise,"), at most twelve words long.
    """
    comma = next((i for i, t in enumerate(tokens[:12]) if t.raw.endswith(",")), None)
    if comma is None:
        return False
    first = tokens[0]
    if comma == 0:
        return first.word in _SENTENCE_ADVERBS or first.word.endswith("ly")
    phrase = tokens[: comma + 1]
    if (
        first.word.isalpha()
        and first.word.endswith(("ing", "ed"))
        and tokens[1].raw[:1].islower()
        # "Boreing said …", "Reed told …": a name ending like a participle
        # ("Having announced …, the senator said" is still a participle).
        and (tokens[1].word not in INDIRECT_CUES or first.word in ("having", "being"))
    ):
        return True
    if len(tokens) > 1 and first.word in _COUNT_WORDS and tokens[1].word in _WHEN_WORDS:
        # "Two weeks after Scalia died, Justice Thomas …": a time phrase.
        return True
    return comma <= 3 and phrase[-1].word in _WHEN_WORDS


_SENTENCE_ADVERBS = frozenset(
    {"indeed", "likewise", "however", "moreover", "meanwhile", "nevertheless", "still",
     "instead", "yes", "no", "well", "wait", "again", "now", "then", "today", "yesterday",
     "separately", "similarly", "overall", "ultimately", "regardless", "besides"}
)  # fmt: skip


# Capitalised sentence openers that are never the subject.
_NOT_SUBJECTS = frozenset(
    {"never", "ever", "together", "here", "here’s", "here's", "there", "there’s",
     "there's", "why", "how", "what", "having", "being"}
)  # fmt: skip

# Words that may stand before a subject: "Even Trump said …".
_FOCUS_WORDS = frozenset({"even", "only", "just", "perhaps", "maybe", "not", "now", "so", "yet"})


# A dateline's dash may be a hyphen; its date may abbreviate the month.
_DATELINE_DASHES = frozenset(DASHES) | {"-"}
_MONTHS = MONTHS | frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)


# A news agency's tag in a dateline: "(AP)", "(AFP)", "(Reuters)".
_WIRE_TAG_RE = re.compile(r"\((?:AP|AFP|Reuters|UPI|CNN|dpa|Xinhua|Bloomberg|TNS)\)")


def find_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the span of the noun phrase that opens the clause at ``start``, or None.

    Used for participle cues (", saying …"), whose speaker is the subject of
    the sentence: a pronoun, a capitalised name run, or a short determiner phrase.
    """
    tokens = split_tokens(text, start, min(end, start + 160))
    while tokens and tokens[0].word in ("but", "and", "so", "still", "yet", "meanwhile", "then"):
        tokens.pop(0)
    wire = len(tokens) > 2 and _WIRE_TAG_RE.fullmatch(tokens[1].raw) is not None
    if tokens and len(tokens[0].raw) > 1 and (tokens[0].raw.rstrip(",").isupper() or wire):
        # "WASHINGTON (AP) — Senator Smith …", "LA CROSSE, Wisc. — Gov. …",
        # "Washington (AFP) – Democrat Hillary Clinton …": a dateline opens
        # the article's first sentence; the subject follows it.
        dash = next((i for i, t in enumerate(tokens[:6]) if t.raw in _DATELINE_DASHES), None)
        if dash is not None and all(
            t.raw.rstrip(",").isupper()
            or t.raw.endswith((".", ".,"))
            or t.raw[:1] in "(0123456789"
            or t.word in _MONTHS
            or (wire and t is tokens[0])
            for t in tokens[:dash]
        ):
            tokens = tokens[dash + 1 :]
    if tokens and (tokens[0].word in _INTRO_WORDS or _opens_with_adverbial(tokens)):
        # "On Tuesday, Mr. McConnell said …", "Hours later, Trump …", "Reached
        # by phone, Joyce told …": skip the introductory phrase, up to its
        # comma; without a comma there is no clear subject.
        comma = next((i for i, t in enumerate(tokens) if t.raw.endswith(",")), None)
        if comma is None:
            return None
        tokens = tokens[comma + 1 :]
    if not tokens:
        return None
    first = tokens[0]
    if first.raw[:1] in QUOTE_MARKS or first.raw.startswith("''"):
        # '“We’ll see,” Trump said when asked …': quoted words are speech,
        # never the subject that speaks.
        return None
    if first.word in _NOT_SUBJECTS:
        # "Never …", "Here’s Clinton …": an adverb opens the sentence.
        return None
    if first.word in _FOCUS_WORDS and len(tokens) > 1:
        # "Even Trump said …", "Only the senator …": the subject comes next.
        tokens = tokens[1:]
        first = tokens[0]
    if first.word in SUBJECT_PRONOUNS:
        return first.start, first.start + len(first.raw.rstrip(STRIP_CHARS))
    # A capitalised name run stops at the first lower-case word; "The camps
    # where …" is a determiner phrase, which may go on in lower case.
    # "Iran-backed militias", "U.S.-led forces": a capitalised compound
    # modifier opens a common noun phrase, which goes on in lower case.
    compound = "-" in first.raw and first.raw.rsplit("-", 1)[-1][:1].islower()
    capitalised = (
        first.raw.lstrip(STRIP_CHARS)[:1].isupper()
        and first.word not in DETERMINERS
        and not compound
    )
    if not (capitalised or compound or first.word in DETERMINERS or first.word in LOWER_TITLES):
        return None
    last = first
    # A name run may be long ("U.S. District Judge Carlton W. Reeves"); a
    # determiner phrase is read for at most five words.
    for index, token in enumerate(tokens[1 : 8 if capitalised else 5], 1):
        if last.raw[-1] in ",;:" or ends_sentence(last) or token.raw.startswith("("):
            # "(R-N.J.)", "(Md.)": a party label or aside closes the name.
            break
        if not token.raw.lstrip(STRIP_CHARS)[:1].isupper() and (
            token.word in NP_STOP or capitalised or token.word in INDIRECT_CUES
        ):
            name = _name_after_title(tokens, index) if capitalised else None
            if name is not None:
                # "Republican presidential nominee Donald Trump": a capitalised
                # adjective, a lower-case title, then the name.
                last = tokens[name]
                for following in tokens[name + 1 : name + 4]:
                    if last.raw[-1] in ",;:" or ends_sentence(last):
                        break
                    if not following.raw[:1].isupper():
                        break
                    last = following
            break
        if (
            token.word.endswith("ed")
            and token.raw[:1].islower()
            and last is not first
            and (
                last.word.endswith("s")
                or last.raw[:1].isupper()
                or last.word in PERSON_NOUNS
                or last.word in ORGANIZATION_HEADS
            )
        ):
            # "Iran-backed militias fired …": a plural noun, then its verb;
            # "The Democratic National Committee released …": a name, then its
            # verb; "The Vermont senator emailed supporters, saying …": a
            # person's noun, then its verb.
            break
        last = token
    end_ = last.start + len(last.raw.rstrip(STRIP_CHARS))
    apposition = _APPOSED_NAME_RE.match(text, end_, end)
    if apposition is not None:
        # "the party's nominee, Donald Trump, tweeted": the name joins the phrase.
        end_ = apposition.end(1)
    return first.start, end_


def _name_after_title(tokens: list[Token], index: int) -> int | None:
    """Return the index of a name after one or two lower-case title words at ``index``.

    "presidential nominee Donald", "spokesman John": plain lower-case words
    (no cue, no stop word, no punctuation), the last a title ("Ted Cruz of
    Texas", "Sanders spent Wednesday" are no titles), then a capitalised
    word. None when the words at ``index`` are not that.
    """
    for position in range(index, min(index + 3, len(tokens))):
        token = tokens[position]
        if token.raw[:1].isupper():
            head = tokens[position - 1].word
            if (
                position > index
                # "presidential candidates Hillary Clinton and …": a plural title too.
                and (head in TITLE_WORDS or (head.endswith("s") and head[:-1] in TITLE_WORDS))
                and head not in DETERMINERS
                and head not in LOWER_TITLES
            ):
                return position
            return None
        if (
            not token.raw.isalpha()
            or token.word in NP_STOP
            or token.word in INDIRECT_CUES
            or token.word in DIRECT_CUES
            or token.word.endswith("ed")
        ):
            return None
    return None


def find_mention_after(
    text: str, start: int, hi: int, *, loose: bool = False
) -> tuple[int, int] | None:
    """Return the span of a noun phrase starting at ``start`` ("said Kevin Madden, a ...").

    ``loose`` accepts any first word ("said master of ceremonies Asab Al-Tabchi"),
    for the inverted order after a quotation that ends in a comma.
    """
    tokens = split_tokens(text, start, min(hi, start + 200))
    if not tokens:
        return None
    first = tokens[0]
    if not (
        first.raw.lstrip(STRIP_CHARS)[:1].isupper()
        or first.word in DETERMINERS
        or first.word in LOWER_TITLES
        or (loose and first.word.isalpha() and first.word not in NP_STOP)
    ):
        return None
    if first.word in TIME_WORDS:
        return None
    end = first.end
    for i, token in enumerate(tokens):
        if i >= 14 or (token.word in ("on", "in", "at", "during") and i > 0):
            break
        if (
            i > 0
            and tokens[i - 1].raw.endswith(",")
            and token.word.endswith("ing")
            and token.raw[:1].islower()
        ):
            # "says the ad's narrator, going on to detail …": the participle
            # clause after the comma tells what the speaker did, not who.
            break
        end = token.start + len(token.raw.rstrip(STRIP_CHARS + " "))
        if ends_sentence(token) or token.raw[-1] in ";:!?":
            break
    return first.start + (len(first.raw) - len(first.raw.lstrip(STRIP_CHARS))), end


def cue_phrase_end(text: str, token: Token, hi: int) -> int:
    """Return where the cue phrase ends: the verb plus "in a statement"-like extensions."""
    end = token.start + len(token.raw.rstrip(STRIP_CHARS))
    if end < token.end:
        return end
    match = _CUE_EXTENSION_RE.match(text, end, hi)
    return match.end() if match else end


def participle_speaker(
    text: str, lo: int, position: int, nearest: tuple[int, int, int] | None
) -> tuple[int, int, int] | None:
    """Return (mention start, mention end, cue start) for a participle cue at ``position``.

    A participle ("saying", "adding", "stating") continues a clause whose
    speaker is often not the noun phrase right before it (``nearest``, from
    :func:`find_mention_before`, or None): "“…,” she said, adding that …"
    (the earlier cue's subject), "McNulty said in a statement stating …"
    (whoever spoke through the document), "Trump issued a statement saying …"
    (whoever put the document out). Returns ``nearest`` when none applies.
    """
    previous = _previous_cue_speaker(text, lo, position)
    if previous is not None:
        return previous
    if nearest is None:
        return None
    if _object_of_verb(text, lo, nearest[0]):
        # "Morton Blackwell … endorsed Cruz last week, saying …": the phrase
        # before the participle is the verb's object; the subject speaks.
        subject = find_subject(text, lo, nearest[0])
        if subject is not None:
            return subject[0], subject[1], nearest[2]
    verb = _inner_past_verb(text, nearest)
    if verb is not None:
        # "On Sunday, Mr. Trump even echoed Mr. Putin's claim, saying …": the
        # phrase read before the participle holds the clause's verb; that
        # verb's subject speaks.
        verb_subject = find_mention_before(text, lo, verb)
        if verb_subject is not None:
            return verb_subject[0], verb_subject[1], nearest[2]
    return _document_owner(text, lo, _extension_owner(text, lo, nearest))


def _inner_past_verb(text: str, found: tuple[int, int, int]) -> int | None:
    """Return the offset of a past-tense verb inside a mention read before a participle, or None.

    A lower-case "-ed" word after a comma inside the phrase, right after a
    capitalised word, a pronoun or an adverb (and not a release verb or a
    document participle, which :func:`_document_owner` reads), shows that
    the phrase runs over a clause.
    """
    tokens = split_tokens(text, found[0], found[1])
    seen_comma = False
    for previous, token in itertools.pairwise(tokens):
        seen_comma = seen_comma or previous.raw.endswith(",")
        if (
            seen_comma
            and token.raw.isalpha()
            and token.raw.islower()
            and token.word.endswith("ed")
            and token.word not in RELEASE_VERBS
            and token.word not in DOCUMENT_PARTICIPLES
            # A subject or an adverb before it: "two respected speechwriters"
            # is an adjective.
            and (
                previous.raw[:1].isupper()
                # "Rep. Hakeem Jeffries (D-N.Y.) reacted": a party label ends a name.
                or _PARTY_LABEL_RE.fullmatch(previous.raw) is not None
                or previous.word in SUBJECT_PRONOUNS
                or previous.word in CUE_ADVERBS
                or previous.word.endswith("ly")
            )
        ):
            return token.start
    return None


def _object_of_verb(text: str, lo: int, position: int) -> bool:
    """Return True when a lower-case past-tense verb comes right before ``position``.

    Release verbs ("issued a statement saying") are left to
    :func:`_document_owner`, which knows whose document speaks.
    """
    words = text[max(lo, position - 24) : position].split()
    if not words:
        return False
    word = words[-1]
    return (
        word.isalpha()
        and word.islower()
        and word.endswith("ed")
        and word not in RELEASE_VERBS
        and word not in DOCUMENT_PARTICIPLES
    )


def _previous_cue_speaker(text: str, lo: int, position: int) -> tuple[int, int, int] | None:
    """Return the speaker of "X said, adding …" for the participle at ``position``, or None.

    When the participle follows a reporting verb and a comma, its speaker is
    that verb's subject ("“…,” she said, adding that …") or, inverted, the
    phrase after it ("said Smith, adding …"). The cue start returned is the
    participle's own.
    """
    comma = comma_before(text, lo, position)
    if comma < 0:
        return None
    # Only the last two words before the comma are read: split a short
    # window, not the sentence (a run-on one would make this quadratic).
    window = max(lo, comma - 200)
    words = text[window:comma].split()
    if window > lo and len(words) < 3:
        words = text[lo:comma].split()
    if not words:
        return None
    if words[-1].lower() in DIRECT_CUES:
        verb_start = comma - len(words[-1])
        found = find_mention_before(text, lo, verb_start)
        return (found[0], found[1], position) if found is not None else None
    if len(words) >= 2 and words[-2].lower() in ("said", "says"):
        # "said Smith, adding …"
        return comma - len(words[-1]), comma, position
    # "Hollande said Tuesday in Paris, noting …": when and where may follow the
    # cue; a time word must be among them, or it would be "said Smith".
    tokens = split_tokens(text, max(lo, position - 60), position)
    before_comma = tokens[:-1] if tokens and tokens[-1].raw == "," else tokens
    for trailing, token in enumerate(reversed(before_comma)):
        if token.word in _SAID_VERBS and token.raw[:1].islower() and trailing:
            if not any(t.word in TIME_WORDS for t in tokens if t.start > token.start):
                return None
            found = find_mention_before(text, lo, token.start)
            return (found[0], found[1], position) if found is not None else None
        if trailing >= 5 or not (
            token.word in TIME_WORDS
            or token.word in ("in", "at", "on", "from")
            or token.raw[:1].isupper()
            or token.raw[:1].isdigit()
        ):
            return None
    return None


# Unambiguous verbs of saying (not "claims", "notes", "reports", also nouns).
_SAID_VERBS = frozenset(
    {"said", "says", "told", "tells", "added", "wrote", "explained", "argued", "declared",
     "announced", "insisted", "stressed"}
)  # fmt: skip

# "said in a statement", "told reporters on a call": the preposition and the
# noun after a reporting verb extend it.
_EXTENSION_PREPOSITIONS = frozenset({"in", "on", "via", "through", "during", "at"})


def _extension_owner(text: str, lo: int, mention: tuple[int, int, int]) -> tuple[int, int, int]:
    """Return the subject a participle continues when its "subject" is a cue's document.

    "McNulty said in a statement stating that …", "the militias said in a
    statement confirming that …": the phrase before the participle is the
    document of an earlier cue, and whoever spoke through it is the source.
    Returns ``mention`` unchanged otherwise.
    """
    m_start, _, cue_start = mention
    words = text[max(lo, m_start - 40) : m_start].split()
    if len(words) < 2 or words[-1].lower() not in _EXTENSION_PREPOSITIONS:
        return mention
    verb = words[-2].strip(STRIP_CHARS).lower()
    if verb not in INDIRECT_CUES and verb not in DIRECT_CUES:
        return mention
    verb_start = text.rfind(words[-2], lo, m_start)
    earlier = find_mention_before(text, lo, verb_start)
    if earlier is None:
        return mention
    return earlier[0], earlier[1], cue_start


def _document_owner(text: str, lo: int, found: tuple[int, int, int]) -> tuple[int, int, int]:
    """Return the speaker of a participle cue whose "subject" is a document just put out.

    ``Mr. Trump … issued a statement Tuesday saying, “…”``: the statement is
    the object of "issued"; whoever issued it speaks. Returns ``found``
    unchanged unless a release verb and its own subject come before it.
    """
    m_start, m_end, cue_start = found
    inner = [t for t in split_tokens(text, m_start, m_end) if t.word in RELEASE_VERBS]
    if inner and inner[0].raw.islower() and inner[0].start > m_start:
        # "The campaign released a video saying": the phrase read as one noun
        # phrase holds the verb; its subject is the part before it.
        return m_start, len(text[: inner[0].start].rstrip()), cue_start
    words = text[max(lo, m_start - 30) : m_start].split()
    if not words or words[-1].lower().rstrip(",") not in RELEASE_VERBS:
        return found
    verb_start = text.rfind(words[-1], lo, m_start)
    owner = find_mention_before(text, lo, verb_start)
    if owner is None:
        subject = find_subject(text, lo, verb_start)
        return (subject[0], subject[1], cue_start) if subject else found
    return owner[0], owner[1], cue_start
