"""Reported speech: claims attributed without (or with few) quotation marks.

Patterns: ``X said (that) …``, ``X told Y (that) …``, ``…, X said.``,
``according to X, …`` / ``…, according to X``, ``X refused to …``, any
``X <verb>ed that …``, ``In a new poll, …``, headline colons (``Clinton: …``)
and source-less reports (``it was reported that …``, ``X is expected to …``).
Contents run from the cue to the end of the clause.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from analysis.attribution import (
    DETERMINERS,
    DIRECT_CUE_ALTERNATION,
    PARTICIPLES,
    STRIP_CHARS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    Attribution,
    Token,
    comma_before,
    cue_phrase_end,
    ends_sentence,
    find_mention_after,
    find_mention_before,
    find_subject,
    inside,
    is_programme_title,
    participle_speaker,
    split_tokens,
    strip_content,
    trie_pattern,
)
from analysis.lexicons import (
    BARE_TIME_NOUNS,
    DIRECT_CUES,
    HEADLINE_CUES,
    INDIRECT_CUES,
    NAMING_CUES,
    OBJECT_VERBS,
    TALK_VERBS,
    TIME_NOUNS,
)

__all__ = [
    "cue_positions",
    "find_headline",
    "find_indirect",
    "hint_positions",
    "starts_pattern",
]


# tuple.__new__ builds a NamedTuple without its constructor written in Python:
# _indirect_at returns an Attribution for most cues of an article.
_TUPLE_NEW = tuple.__new__

_PASSIVE_RE = re.compile(
    r"(?:\b(?:been|be|being|is|are|was|were)|\b(?:[Ii]t|I|[Tt]here)[’']s|\bI[’']m)[ \u00a0]+$"
)
_QUESTION_WORDS = frozenset(
    {"whether", "if", "about", "why", "how", "what", "when", "who", "where", "which"}
)
# Verbs whose content is an infinitive: "wants to run", "plans to appeal".
_INFINITIVE_VERBS = frozenset(
    {"wants", "want", "wanted", "plans", "plan", "planned", "refused", "declined", "hopes",
     "hope", "hoped", "vowed", "pledged", "promised", "threatened", "agreed", "intends",
     "intended", "expects", "expected", "urged", "asked", "sought", "seeks",
     "decided", "offered", "proposed", "appeared", "seemed", "appears", "seems", "hoping",
     "promising"}
)  # fmt: skip

_QUANTITY_WORDS = frozenset(
    {"half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
     "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
     "hundred", "dozen", "dozens", "hundreds", "thousands", "millions"}
)  # fmt: skip

_PHRASAL_PARTICLES = frozenset({"for", "on", "to", "out", "about", "whether", "if"})

# Not inside hyphenated or apostrophised words: "so-called" is no cue.
# Nor is "think" in "think tank".
_INDIRECT_RE = re.compile(
    r"(?<![\w\-’'])" + trie_pattern(INDIRECT_CUES) + r"(?![\w\-’'])(?![ \u00a0]tanks?\b)"
)
# The same cues, found through the character before them (group 1 is the cue):
# a pattern that opens with a character class lets ``re`` skip to candidate
# characters, whereas a leading look-behind is tried at every position (20%
# faster over an article). It cannot see a cue at offset 0, and searched from
# ``pos`` it finds what _INDIRECT_RE finds from ``pos + 1``: every cue ends in
# a word character, so no cue starts right where another ends.
_CUE_AFTER_DELIMITER_RE = re.compile(
    r"[^\w\-’'](" + trie_pattern(INDIRECT_CUES) + r")(?![\w\-’'])(?![ \u00a0]tanks?\b)"
)
_CUES_ARE_ASCII_LETTERS = all(word.isascii() and word.isalpha() for word in INDIRECT_CUES)

# For a whole article, cues are found by their words rather than by a regex
# that stops at every delimiter (five times fewer instructions): encoded with
# one byte per character ("?" for any non-ASCII one) and every byte but an
# ASCII letter made a space, the text splits into its runs of letters, and a
# cue (ASCII letters, with no word character on either side) is one of them.
_LETTERS_ONLY = bytes(
    byte if chr(byte).isascii() and chr(byte).isalpha() else ord(" ") for byte in range(256)
)
# What _INDIRECT_RE's look-arounds rule out next to a cue, besides \w.
_WORD_JOINERS = "_-’'"
_TANK_RE = re.compile(r"[ \u00a0]tanks?\b")

# Anything that can start a reported-speech pattern; sentences without one are
# skipped before any tokenising (most sentences of an article).
# Any verb-like word followed by "that" ("recognized that", "learned that")
# reports a claim, whether or not the verb is in the lexicon.
# Searched for its literal text (fast); the lower-case letter and the spaces
# before it are checked by walking back (see _that_verbs).
_THAT_RE = re.compile(r"that\b")

_NOT_THAT_VERBS = frozenset(
    {"was", "is", "has", "does", "means", "needs", "makes", "ensures", "seems", "as", "less",
     "unless", "uses", "gives", "takes", "years", "times", "ones", "things", "days",
     "this", "thus", "yes", "news", "ideas", "issues", "laws", "policies",
     "voters", "people", "places", "cases", "ads", "calls", "plans", "wants"}
)  # fmt: skip

# "Clinton: I support D.C. statehood" at the start of a paragraph.
_HEADLINE_RE = re.compile(r"[A-Z][^:.!?\n“”\"]{0,60}?:[ \u00a0]+")


# "Editor’s note:", "UPDATE:", "Correction:": a label of the publication,
# not a speaker (PolNeAR annotates none of the 8 in train).
_EDITORIAL_LABEL_RE = re.compile(
    r"(?i)(?:editor[’']?s[ \u00a0]+note|note|update[d]?|correction|clarification|disclosure"
    r"|related|read[ \u00a0]+more|watch|photos?|video)[ \u00a0]*:"
)

_OBJECT_CUES = frozenset({"told", "tells", "tell", "telling", "warned", "warning", "assured"})
_OBJECT_PRONOUNS = frozenset({"me", "you", "him", "her", "us", "them"})
_ADDRESSEE_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"}
)

# The verbs of "It is reported that …": each is a reporting verb found by the
# cue scan, or one of _UNLISTED (tests check it).
_NO_SOURCE_VERBS = (
    "reported", "said", "claimed", "believed", "expected", "alleged", "understood", "thought",
    "feared", "estimated", "known", "rumored", "assumed", "argued", "announced", "speculated",
    "suggested",
)  # fmt: skip
# What comes right before the verb (and its spaces) in every match.
_NO_SOURCE_AUXILIARIES = ("is", "was", "been", "being", "widely")

# Starts with a character class, not ``\b``, so that ``re`` can skip ahead to
# the candidate letters instead of trying the pattern at every position.
_NO_SOURCE_RE = re.compile(
    r"[IiTt](?<![\w][IiTt])(?:t|here)[ \u00a0]+"
    r"(?:is|was|has[ \u00a0]+been|had[ \u00a0]+been|is[ \u00a0]+being)"
    r"[ \u00a0]+(?:widely[ \u00a0]+)?(?:" + "|".join(_NO_SOURCE_VERBS) + r")"
    r"[ \u00a0]+(?:that[ \u00a0]+)?"
)

_IN_DOCUMENT_RE = re.compile(
    r"[Ii]n[ \u00a0]+((?:a|an|the|his|her|their|its)[ \u00a0]+[^,;]{0,80}?\b"
    r"(?:poll|survey|report|study|interview|statement|letter|memo|speech|op-ed|column|email|"
    r"tweet|post|filing|book|editorial|ad|video|release|analysis|memoir|essay)\b[^,;]{0,60}),"
    r"[ \u00a0]+"
)

_EXPECTED_RE = re.compile(
    r"\b(?:(?:is|are|was|were)[ \u00a0]+(?:widely[ \u00a0]+)?expected"
    r")[ \u00a0]+"
)

# Any of the patterns that do not start with a reporting verb.
_GATE_RE = re.compile(
    r"ccording|xpected|likely| that\b|:|^In |^in |^Asked |\b(?:It|it|There|there) "
)
# The same, for a whole article at once (sentence starts are checked apart).
# "It is …" needs no branch here: every verb _NO_SOURCE_RE accepts is a
# reporting verb found by _INDIRECT_RE, or one of the four words listed.
_UNLISTED = ("understood", "known", "rumored", "assumed")
# The hints, found one literal at a time: ``str.find`` skips ahead far faster
# than one alternation that stops at every space to try " that". No hint can
# start inside another (none begins with the end of another), so the merged
# positions are those of ``ccording|xpected|likely| that\b|:|understood|…``.
_HINT_LITERALS = ("ccording", "xpected", "likely", ":", *_UNLISTED)
_THAT_HINT_RE = re.compile(r" that\b")
_SENTENCE_OPENERS = ("In ", "in ", "Asked ")
_ACCORDING_RE = re.compile(r"\b[Aa]ccording[ \u00a0]+to[ \u00a0]+")

# Where a reported content stops: ", adding …", "; …", ", which …". Every
# branch starts with "," or ";", so ``re`` jumps from one to the next.
_NEXT_CLAUSE_RE = re.compile(
    # '… her “50-state strategy,” promising …': the comma may sit inside a
    # closing mark (two apostrophes in the New York Times).
    r",(?:''|[”\"’'])?[ \u00a0]+(?:"
    + "|".join(sorted(PARTICIPLES | {"referring", "according", "citing"}))
    + r")\b|;|,(?:''|[”\"’'])?[ \u00a0]+which\b"
)
# "… while …", "…, whereas …", "… when asked …": searched for its literal
# prefix "wh"; the spaces (and comma) before it are found by walking back.
_CONTRAST_RE = re.compile(r"wh(?:ile|ereas|en asked)[ \u00a0]")

_JOINTS = (", but ", ", and ", " and ", " but ", ", while ", " while ", ", although ")


def _joins_names(head: str, cut: int) -> bool:
    """Return True when the joint at ``cut`` links two names ("David and Charles Koch").

    Then the cue after it belongs to a clause inside the content ("said only
    people such as David and Charles Koch wanted …"), not to a new report.
    """
    before = head[:cut].rstrip(", ").rsplit(None, 1)[-1:]
    after = head[cut:].split()[1:2]
    return bool(before and after and before[0][:1].isupper() and after[0][:1].isupper())


# The longest reported content read (the longest in the evaluation corpora has 846).
_MAX_CONTENT = 3000


def _clause_end(text: str, start: int, hi: int, cues: list[tuple[int, int]] | None = None) -> int:
    """Return where reported content starting at ``start`` ends.

    That is the sentence end, the comma before a new participle attribution
    (", adding that …", "; …"), or the conjunction before a coordinated clause
    with its own cue ("…, but he said …", "… and 22 percent said …").
    ``cues`` are the sentence's spans from :func:`cue_positions`, when known.
    A content ends :data:`_MAX_CONTENT` characters after ``start`` at the
    latest: a "sentence" longer than that is a run-on list, and reading each
    of its reports to its end would take quadratic time.
    """
    hi = min(hi, start + _MAX_CONTENT)
    match = _NEXT_CLAUSE_RE.search(text, start, hi)
    end = match.start() if match else hi
    contrast = _CONTRAST_RE.search(text, start, end)
    while contrast is not None:
        # Same as ``,?[ \u00a0]+while[ \u00a0]``: at least one space before it.
        cut = contrast.start()
        while cut > start and text[cut - 1] in " \u00a0":
            cut -= 1
        if cut < contrast.start() and text[start:cut].strip(" ,\u00a0") not in ("that", "That"):
            # "said that while she was careless, no prosecutor …": a clause
            # opening the content belongs to it.
            end = cut - 1 if cut > start and text[cut - 1] == "," else cut
            break
        contrast = _CONTRAST_RE.search(text, contrast.start() + 1, end)
    cue = _first_cue(text, start, end, cues)
    if cue is not None:
        head = text[start : cue[0]]
        cut = max(map(head.rfind, _JOINTS))
        if cut > 0 and len(head[cut:].split()) <= 6 and not _joins_names(head, cut):
            end = start + cut
        elif _comma_splice(text, start, head, cue[1], end):
            end = start + head.rfind(",")
    return end


# Reporting verbs start in lower case and capitalised cues in upper case, so the
# lower-case spans of a cue list are exactly the matches of _INDIRECT_RE.
_CUES_IN_LOWER_CASE = all(word[:1].islower() for word in INDIRECT_CUES)
# Sorts after every (start, end) pair with the same start.
_PAST_ANY_END = 1 << 62
_CUE_CHARACTER_RE = re.compile(r"[\w\-’']")


def _first_cue(
    text: str, start: int, end: int, cues: list[tuple[int, int]] | None
) -> tuple[int, int] | None:
    """Return the first cue in text[start + 1 : end], as _INDIRECT_RE.search would find it.

    With the sentence's ``cues`` (whole-text matches, in order) the answer is
    read from the list instead of searched for. The list and a search cut at
    ``end`` can disagree only about a word that reaches ``end`` or a cue
    followed by "tank" (the look-ahead reads past the cue); then, or without
    ``cues``, the clause is searched.
    """
    if cues is not None and _CUES_IN_LOWER_CASE:
        # From the first cue after ``start``, by index (a bisection, and no
        # slice: a run-on sentence may hold thousands of cues).
        index = bisect_right(cues, (start, _PAST_ANY_END))
        while index < len(cues):
            cue_start, cue_end = cues[index]
            index += 1
            if text[cue_start].islower():
                if cue_end <= end and not text.startswith((" tank", "\u00a0tank"), cue_end):
                    return cue_start, cue_end
                if cue_start < end:
                    # It runs past ``end``, or "tank" may follow it there: the
                    # search decides.
                    break
                cues = None  # nothing before ``end``
                break
        else:
            cues = None
        if cues is None and not (
            end < len(text)
            and (
                _CUE_CHARACTER_RE.match(text, end) or text.startswith((" tank", "\u00a0tank"), end)
            )
        ):
            # No cue starts in the clause, and no word is cut at its end.
            return None
    # As _INDIRECT_RE.search(text, start + 1, end).
    match = _CUE_AFTER_DELIMITER_RE.search(text, start, end)
    return match.span(1) if match else None


def _comma_splice(text: str, start: int, head: str, cue_end: int, end: int) -> bool:
    """Return True when "…, the U.S. military said there was …" opens a new report.

    The comma is followed by a short subject (a determiner or capitalised
    word, at most five words) and its cue, and the cue has a content of its
    own: it neither ends the clause nor is set off by commas ("…, officials
    said, …").
    """
    comma = head.rfind(",")
    if comma <= 0:
        return False
    subject = head[comma + 1 :].split()
    if not 1 <= len(subject) <= 5 or head[comma - 1 : comma].isdigit():
        return False
    first = subject[0]
    if not (first[:1].isupper() or first.lower() in ("the", "a", "an")):
        return False
    tail = text[cue_end:end].split()
    return len(tail) >= 3 and not text[cue_end:end].lstrip().startswith(",")


# Core speech verbs that machine-rewritten text capitalises mid-sentence
# ("Iraqi Shiite militias Said in a statement"); other cues are left alone,
# since a capitalised word is far more often a name or a title word.
_CAPITALISED_CUES = frozenset(
    {"Said", "Says", "Told", "Tells", "Added", "Stated", "Announced", "Warned", "Declared",
     "Wrote", "Tweeted", "Claimed", "Insisted", "Noted", "Explained", "Confirmed"}
)  # fmt: skip
# Same as ``(?<=[a-z][ \u00a0])(?:Said|Says|…)\b``, but each word comes before
# its look-behind: a pattern that opens with literals lets ``re`` jump to the
# few capitals that can start one, instead of trying the look-behind at every
# position (4x faster over an article). Two words where one is a prefix of the
# other ("Tell", "Tells") cannot both end at a word boundary, so the order of
# the alternatives does not matter.
_CAPITALISED_RE = re.compile(
    "(?:"
    + "|".join(
        f"{re.escape(word)}(?<=[a-z][ \u00a0]{re.escape(word)})"
        for word in sorted(_CAPITALISED_CUES, key=lambda w: (-len(w), w))
    )
    + r")\b"
)


def _capitalised_cues(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Return (start, end) of capitalised speech verbs inside a sentence in text[lo:hi].

    The verb must follow a word in lower case ("militias Said") or precede a
    word that opens a content or a cue extension ("Smith Said that", "Smith
    Said in"), so that Title Case headlines ("Trump Says He …") and names
    ("Edward Said wrote") are not read as cues.
    """
    found = []
    for match in _CAPITALISED_RE.finditer(text, lo, hi):
        before = text[max(lo, match.start() - 40) : match.start()].split()
        after = text[match.end() : min(hi, match.end() + 40)].split()
        if (before and before[-1][:1].islower()) or (after and after[0] in _CONTENT_OPENERS):
            found.append((match.start(), match.end()))
    return found


# Lower-case words that follow a speech verb rather than a name.
_CONTENT_OPENERS = frozenset(
    {"that", "in", "on", "at", "to", "the", "a", "an", "he", "she", "it", "they", "we",
     "there", "this", "reporters"}
)  # fmt: skip


_CAPITALISED_ARE_ASCII_LETTERS = all(
    word.isascii() and word.isalpha() for word in _CAPITALISED_CUES
)
# Every cue form, as the bytes of its run of letters.
_CAPITALISED_WORDS = frozenset(word.encode() for word in _CAPITALISED_CUES)
_CUE_WORDS = frozenset(word.encode() for word in INDIRECT_CUES) | _CAPITALISED_WORDS


def cue_positions(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every reporting-verb form in ``text``, in order.

    Scanned once per article; :func:`find_indirect` takes each sentence's share.
    These are the matches of _INDIRECT_RE and of :func:`_capitalised_cues`.
    """
    if not (_CUES_ARE_ASCII_LETTERS and _CAPITALISED_ARE_ASCII_LETTERS):
        first = _INDIRECT_RE.match(text)
        found = [first.span()] if first is not None else []
        found += [match.span(1) for match in _CUE_AFTER_DELIMITER_RE.finditer(text)]
        return sorted(found + _capitalised_cues(text, 0, len(text)))
    letters = text.encode("ascii", "replace").translate(_LETTERS_ONLY)
    # The runs that are cue words, in text order; each is then found by a
    # search that starts after the previous one, so the text is read once.
    runs = [word for word in letters.split() if word in _CUE_WORDS]
    # Padded, so that every run has a space on both sides; a match at
    # ``hit`` in ``padded`` is a word at ``hit`` in the text.
    padded = b" " + letters + b" "
    found = []
    capitalised = False
    hit = 0
    for word in runs:
        # The space after the previous run may be the one before this one.
        hit = padded.find(b" " + word + b" ", hit)
        end = hit + len(word)
        if word in _CAPITALISED_WORDS:
            capitalised = True
        else:
            # The run is bounded by non-letters; _INDIRECT_RE also wants no
            # digit, "_", "-", apostrophe or non-ASCII letter there, nor "tank".
            before = text[hit - 1] if hit else " "
            after = text[end] if end < len(text) else " "
            if (
                not (before.isalnum() or before in _WORD_JOINERS)
                and not (after.isalnum() or after in _WORD_JOINERS)
                and not (text.startswith("tank", end + 1) and _TANK_RE.match(text, end))
            ):
                found.append((hit, end))
        hit = end + 1
    if capitalised:
        # A capitalised cue must be read in context (most are names or titles).
        found += _capitalised_cues(text, 0, len(text))
        found.sort()
    return found


_HEADLINE_CUES = HEADLINE_CUES | INDIRECT_CUES | DIRECT_CUES


def find_headline(text: str, lo: int, hi: int) -> Attribution | None:
    """Return the attribution of a headline line text[lo:hi] ("Trump Says He …"), or None.

    The first capitalised cue word after the first word is the cue; the
    words before it are the source and the rest of the line the content.
    Lines longer than a headline (25 words) are left alone.
    """
    tokens = split_tokens(text, lo, hi)
    if len(tokens) > 25:
        return None
    for i in range(1, len(tokens)):
        token = tokens[i]
        if not token.raw[:1].isupper() or token.word not in _HEADLINE_CUES:
            # Lower-case cues are the ordinary scan's job (it found nothing).
            continue
        if token.raw[-1:] in ",;":
            continue
        start, end = strip_content(text, token.end, hi)
        if end <= start:
            return None
        m_end = tokens[i - 1].start + len(tokens[i - 1].raw.rstrip(STRIP_CHARS))
        cue_end = token.start + len(token.raw.rstrip(STRIP_CHARS))
        return Attribution(start, end, tokens[0].start, m_end, token.start, cue_end, False)
    return None


def hint_positions(text: str) -> list[int]:
    """Return where a pattern other than a reporting verb may start, in order.

    With :func:`cue_positions` and :func:`starts_pattern` this tells the
    caller which sentences :func:`find_indirect` can skip outright.
    """
    found = [match.start() for match in _THAT_HINT_RE.finditer(text)]
    for literal in _HINT_LITERALS:
        step = len(literal)
        position = text.find(literal)
        while position >= 0:
            found.append(position)
            position = text.find(literal, position + step)
    found.sort()
    return found


def starts_pattern(text: str, lo: int) -> bool:
    """Return True when the sentence at ``lo`` opens with "In …" or "Asked …"."""
    return text.startswith(_SENTENCE_OPENERS, lo)


_SAID_IDIOM_RE = re.compile(
    r"[ \u00a0]*(?:[Tt]hat(?:[ \u00a0]+being)?[ \u00a0]+said,"
    r"|[Hh]aving[ \u00a0]+said[ \u00a0]+that,)"
)


def _question_start(rest: list[Token]) -> int:
    """Return where the question after "asked" starts in ``rest``, or -1.

    Right away ("asked whether …") or after a phrase of up to six words that
    opens with a preposition ("Asked in Iowa recently whether …", "Asked by
    Stephanopoulos to respond …"), with no comma between. After an object
    ("asked the candidates to discuss …") the object belongs to the content.
    """
    if rest and rest[0].word in _QUESTION_WORDS:
        return 0
    if not rest or rest[0].word not in ("in", "at", "by", "on", "during"):
        return -1
    for j, token in enumerate(rest[:7]):
        if j > 0 and (token.word in _QUESTION_WORDS or token.word == "to"):
            return j
        if token.raw.endswith((",", ";", ":")) or not token.word:
            return -1
    return -1


def _covered(position: int, blocked: list[tuple[int, int]], quoted: list[tuple[int, int]]) -> bool:
    """Return True when ``position`` is in an attributed quote or inside quotation marks."""
    return inside(position, blocked) or inside(position, quoted)


def find_indirect(
    text: str,
    lo: int,
    hi: int,
    blocked: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
    cues: list[tuple[int, int]] | None = None,
) -> list[Attribution]:
    """Return reported-speech attributions in the sentence text[lo:hi].

    ``blocked`` are spans (direct quotations already attributed) that a cue
    or content must not overlap; ``quoted`` are all quotation spans, inside
    which a word is the speaker's, never a cue. Contents run from the cue to the sentence
    end (``X said (that) …``), from the sentence start to the comma before a
    final attribution (``…, X said.``), or around ``according to X``.
    ``cues`` are the reporting-verb spans inside the sentence when the caller
    has them (:func:`cue_positions`); otherwise they are looked up here.
    """
    found: list[Attribution] = []
    sentence = text[lo:hi]
    if cues is None:
        cues = [(m.start(), m.end()) for m in _INDIRECT_RE.finditer(text, lo, hi)]
        cues += _capitalised_cues(text, lo, hi)
        cues.sort()
    # Cheap substring tests gate each pattern: most sentences match none.
    if sentence.count(" ") < 2 or not (cues or _opens_a_pattern(sentence)):
        return found
    accord = _ACCORDING_RE.search(text, lo, hi) if "ccording" in sentence else None
    if accord is not None and not _covered(accord.start(), blocked, quoted):
        result = _according(text, lo, hi, accord.start(), accord.end())
        if result is not None:
            return result
    # Every verb _NO_SOURCE_RE accepts is a cue of this sentence or one of _UNLISTED.
    no_source = (
        _NO_SOURCE_RE.search(text, lo, hi)
        if any(word in sentence for word in _UNLISTED)
        or (cues and _auxiliary_before_a_cue(text, lo, hi, cues))
        else None
    )
    if no_source is not None and not _covered(no_source.start(), blocked, quoted):
        start, end = strip_content(text, no_source.end(), hi)
        if _word_count(text, start, end) >= 3:
            return [Attribution(start, end, -1, -1, no_source.start(), no_source.end(), False)]
    document = _IN_DOCUMENT_RE.match(text, lo, hi) if sentence[:3] in ("In ", "in ") else None
    if document is not None and not _DOCUMENT_INTRO_RE.match(text, document.end(1), hi):
        # "In a new Fox News poll released Thursday, Trump led …": the document
        # is the source, "In" the cue, the rest of the sentence the content.
        # ("In a statement, the ministry said …" is the ministry's report.)
        content = strip_content(text, document.end(), _clause_end(text, document.end(), hi))
        if _word_count(text, *content) >= 3:
            noun = document.start(1)
            return [Attribution(*content, noun, document.end(1), lo, lo + 2, False)]
    expected = (
        _EXPECTED_RE.search(text, lo, hi) if "xpected" in sentence or "likely" in sentence else None
    )
    if (
        expected is not None
        and not _covered(expected.start(), blocked, quoted)
        and not any(start < expected.start() for start, _ in cues)
    ):
        # ("Officials said the toll was likely to rise": the officials' report.)
        # "Obama is expected to join Clinton", "supporters seemed unperturbed":
        # a judgement with no source; the whole clause is the content.
        subject = find_mention_before(text, lo, expected.start())
        if subject is not None:
            content = strip_content(text, subject[0], _clause_end(text, expected.end(), hi))
            if _word_count(text, *content) >= 4:
                cue_end = expected.start() + len(expected.group().rstrip())
                return [Attribution(*content, -1, -1, expected.start(), cue_end, False)]
    headline = _HEADLINE_RE.match(text, lo, hi) if ":" in sentence else None
    if (
        headline is not None
        and (lo == 0 or text[lo - 1] == "\n")
        and not _EDITORIAL_LABEL_RE.match(headline.group())
        # "Clinton: …", "Bill Clinton: …" name a speaker; a longer phrase before
        # the colon is the writer's own lead-in ("For many, the question
        # becomes: …"; 24 of 103 such train predictions matched).
        and headline.group().count(" ") <= 3
    ):
        # "Clinton: I support D.C. statehood." (headline style): the colon is the cue.
        content = strip_content(text, headline.end(), hi)
        if _word_count(text, *content) >= 2 and not inside(headline.end(), quoted):
            colon = headline.end() - len(headline.group()) + len(headline.group().rstrip(" :"))
            return [Attribution(*content, lo, colon, colon, colon + 1, False)]
    taken_until = lo
    sentence_cues = cues
    cues = list(cues)
    if text.startswith("Asked ", lo):
        cues.append((lo, lo + 5))
    if " that" in sentence:
        cues += _that_verbs(text, lo, hi)
    cues.sort()
    for position, cue_end in cues:
        if position < taken_until or inside(position, blocked) or inside(position, quoted):
            continue
        if text[cue_end - 2 : cue_end] == "ed" and _adjective_context(text, lo, position):
            # "the pledged delegates", "60 pledged", "in pledged delegates",
            # "his stated goal": after a determiner, number or preposition the
            # form is an adjective, not a reporting verb with a subject.
            continue
        # Only the words right after the cue matter (addressee, "that", time
        # words), so tokenise a short window instead of the whole sentence.
        window = split_tokens(text, position, min(hi, cue_end + 80))
        attribution = _indirect_at(text, lo, hi, window, 0, sentence_cues)
        if attribution is not None and _NOT_CONTENT_RE.fullmatch(
            text, attribution.start, attribution.end
        ):
            # "who spoke on condition of anonymity": how a source talked, not what.
            continue
        if attribution is not None:
            before = _medial_first_piece(text, max(lo, taken_until), attribution, blocked, quoted)
            if before is not None:
                found.append(before)
            found.append(attribution)
            taken_until = max(attribution.end, attribution.cue_end)
    return found


def _addressee_phrase_end(rest: list[Token], j: int) -> int:
    """Return where an addressee opened by a determiner ends, given the first guess ``j``.

    "told his aides that …", "told a local radio station the plan …": plain
    lower-case words after the determiner belong to the addressee when
    "that" (or how, why, whether, if, when, where), a determiner or a
    subject pronoun follows them within five words; otherwise the first
    guess stands ("telling their family stories and criticizing …" is no
    addressee).
    """
    for k in range(j, min(len(rest), 6)):
        word = rest[k].word.split("’")[0].split("'")[0]
        if word in _NOT_ADDRESSEE:
            return j
        if (
            word in _CONTENT_OPENERS_AFTER_ADDRESSEE
            or word in DETERMINERS
            or word in SUBJECT_PRONOUNS
        ):
            return k
        if not (rest[k].raw.isalpha() and rest[k].raw.islower()):
            return j
    return j


# Words that open the content after an addressee ("told his aides that …",
# "tell your employer how you feel").
_CONTENT_OPENERS_AFTER_ADDRESSEE = frozenset(
    {"that", "how", "what", "why", "whether", "if", "when", "where"}
)
# Words that end an addressee phrase without opening the content.
_NOT_ADDRESSEE = frozenset(
    {"in", "on", "at", "and", "or", "to", "not", "about", "of", "who", "with", "for", "from",
     "by", "as", "into", "over", "after", "before", "during", "than", "like"}
)  # fmt: skip


def _opens_a_pattern(sentence: str) -> bool:
    """Return ``_GATE_RE.search(sentence) is not None``, trying its plain alternatives first.

    _GATE_RE has no literal that ``re`` could skip ahead to (it has branches
    anchored at the start and at word boundaries), so it is tried at every
    position: hundreds of instructions a character. A sentence without a cue
    comes here for a hint it holds, which is almost always one of the
    alternatives that ``in``, ``startswith`` or a literal-first pattern find
    many times faster; each of them is a match of _GATE_RE, so the answer is
    the same.
    """
    return (
        "ccording" in sentence
        or "xpected" in sentence
        or "likely" in sentence
        or ":" in sentence
        or sentence.startswith(_SENTENCE_OPENERS)
        or _THAT_HINT_RE.search(sentence) is not None
        or _GATE_RE.search(sentence) is not None
    )


def _auxiliary_before_a_cue(text: str, lo: int, hi: int, cues: list[tuple[int, int]]) -> bool:
    """Return False when _NO_SOURCE_RE cannot match in text[lo:hi] (True when it may).

    Its verb is a whole word after spaces, and before them "is", "was",
    "been", "being" or "widely"; a verb not in _UNLISTED (the caller checks
    those) is a cue of the sentence unless " tank" follows it ("think tank"
    is no cue), and a "tank" then starts before ``hi + 4``. This test is a few
    string operations per cue, where the search calls a character-set test at
    every character of the sentence.
    """
    if text.find("tank", lo, hi + 4) >= 0:
        return True
    for start, _ in cues:
        before = start
        while before > lo and text[before - 1] in " \u00a0":
            before -= 1
        if before < start and text.endswith(_NO_SOURCE_AUXILIARIES, lo, before):
            return True
    return False


def _programme_told(tokens: list[Token]) -> int:
    """Return how many of ``tokens`` (the words after "told") name a programme in quotes.

    'told “Fox and Friends” on Monday', 'told CNN's “State of the Union”':
    an optional owner, then a quoted title (``is_programme_title``). 0 when
    the words start otherwise (a quotation told to someone is no title).
    """
    start = (
        1 if tokens and tokens[0].raw.endswith(("'s", "’s")) and tokens[0].raw[:1].isupper() else 0
    )
    if start >= len(tokens) or tokens[start].raw[:1] not in "“\"'‘":
        return 0
    for end in range(start, min(len(tokens), start + 6)):
        if tokens[end].raw.rstrip(".,;:!?")[-1:] in "”\"'’":
            title = is_programme_title([t.raw for t in tokens[start : end + 1]])
            return end + 1 if title else 0
    return 0


def _medial_first_piece(
    text: str,
    lo: int,
    attribution: Attribution,
    blocked: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
) -> Attribution | None:
    """Return the first piece of "A, X said, B" when ``attribution`` is its piece B, else None.

    "If the law conflicts with God's orders, Rubio said, Christians must
    ignore the law": the claim runs on both sides of the interposed source, so
    the part before it is a piece of the same report (same mention and cue).
    """
    m_start = attribution.mention_start
    if m_start < 0 or attribution.start < attribution.cue_end or m_start <= lo:
        return None
    if not text[attribution.cue_start : attribution.start].rstrip().endswith(","):
        return None
    head = text[lo:m_start].rstrip()
    if not head.endswith(","):
        return None
    start, end = strip_content(text, lo, lo + len(head) - 1)
    if _word_count(text, start, end) < 3 or inside(start, blocked) or inside(start, quoted):
        return None
    return attribution._replace(start=start, end=end)


# Conjunctions that open a subordinate clause before the main one: "While
# Trump said he would win, the polls …".
_SUBORDINATORS = (
    "While ", "Although ", "Though ", "Even though ", "Even as ", "Even if ", "As ",
    "Because ", "If ", "When ", "Whereas ", "Since ", "After ", "Before ", "Once ", "Unless ",
)  # fmt: skip

# Words that open the main clause after the subordinate one: its subject.
_MAIN_CLAUSE_OPENERS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "there", "the", "a", "an", "his", "her",
     "its", "their", "our", "many", "some", "most", "few", "no", "this", "that", "these",
     "those", "others", "voters", "republicans", "democrats"}
)  # fmt: skip


def _subordinate_content(text: str, lo: int, cue: int, content: tuple[int, int]) -> tuple[int, int]:
    """Return ``content`` cut at the end of the subordinate clause that holds its cue.

    "While he said he had been bumped off the stage, he was clocking his 44th
    day": the report ends with its clause, at the comma before the main
    clause's subject (a pronoun, a determiner or a capitalised word; a comma
    before anything else is a list inside the report).
    """
    if not text.startswith(_SUBORDINATORS, lo) or _first_bare_comma(text, lo, cue) >= 0:
        return content
    start, end = content
    comma = _first_bare_comma(text, start, end)
    while comma > 0:
        following = text[comma + 1 : comma + 40].split(maxsplit=1)
        word = following[0] if following else ""
        if word[:1].isupper() or word.strip(STRIP_CHARS).lower() in _MAIN_CLAUSE_OPENERS:
            if _word_count(text, start, comma) >= 2:
                return strip_content(text, start, comma)
            return content
        comma = _first_bare_comma(text, comma + 1, end)
    return content


def _first_bare_comma(text: str, start: int, end: int) -> int:
    """Return the first comma in text[start:end] that is not inside quotation marks, or -1.

    ``called it a “fundamental mistake,” made by …``: the comma before a
    closing mark belongs to the quotation, not to the sentence; nor is the
    thousands separator of ``to create 700,000 jobs``.
    """
    comma = text.find(",", start, end)
    while comma >= 0 and (
        text[comma + 1 : comma + 2] in ("”", '"', "'", "’")
        or (text[comma - 1 : comma].isdigit() and text[comma + 1 : comma + 2].isdigit())
    ):
        comma = text.find(",", comma + 1, end)
    return comma


def _that_verbs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Return (start, end) of verb-like words ending in -ed/-s that precede "that"."""
    found = []
    for match in _THAT_RE.finditer(text, lo, hi):
        # Same as r"[a-z][ \u00a0]+that\b": spaces, then a lower-case letter.
        end = match.start()
        while end > lo and text[end - 1] in " \u00a0":
            end -= 1
        if end == match.start() or end <= lo or not "a" <= text[end - 1] <= "z":
            continue
        start = max(text.rfind(" ", lo, end), text.rfind("\u00a0", lo, end)) + 1
        word = text[max(start, lo) : end]
        if (
            word.isalpha()
            and word.islower()
            and word.endswith(("ed", "s"))
            and word not in _NOT_THAT_VERBS
            # "the four states that …", "the groups that …": a noun and its
            # relative clause, not a verb and its object clause.
            and not _adjective_context(text, lo, max(start, lo))
        ):
            found.append((max(start, lo), end))
    return found


def _word_count(text: str, start: int, end: int) -> int:
    """Return the number of whitespace-separated words in text[start:end], up to five.

    Every caller compares the count with a threshold of at most four, so the
    split stops after the fifth word instead of listing a whole clause.
    """
    return len(text[start:end].split(None, 4))


def _according(text: str, lo: int, hi: int, start: int, end: int) -> list[Attribution] | None:
    """Return the attributions of ``according to X, …``, ``…, according to X`` and the like.

    In "A, according to X, B" with a short A the claim runs on both sides of
    the source, so it comes as two pieces with the same source and cue (as "A,
    Rubio said, B" does).
    """
    head = text[lo:start].strip()
    if not head or (head.endswith(",") is False and len(head.split()) <= 2):
        # "According to X, CONTENT": X runs to the first comma.
        comma = text.find(",", end, hi)
        if comma < 0:
            return None
        content = strip_content(text, comma + 1, min(hi, comma + 1 + _MAX_CONTENT))
        if _word_count(text, *content) < 3:
            return None
        return [Attribution(*content, end, comma, start, end - 1, False)]
    if text[lo:start].rstrip().endswith(","):
        comma = text.rfind(",", lo, start)
        content = strip_content(text, max(lo, comma - _MAX_CONTENT), comma)
        m_start, m_end = strip_content(text, end, hi)
        comma = _first_bare_comma(text, end, hi)
        tail: tuple[int, int] | None = None
        if comma > 0 and _word_count(text, comma + 1, hi) >= 3:
            # "X, according to Y, CONTENT": the source ends at its comma.
            m_start, m_end = strip_content(text, end, comma)
            if len(text[content[0] : content[1]].split()) <= 6:
                # "Over the long term, according to the budget office, the
                # rise …": a short opening phrase; the claim goes on after
                # the source. (After a whole clause, what follows is more
                # often an apposition of the source: "Craig Bryan, head of …".)
                tail = strip_content(text, comma + 1, _clause_end(text, comma + 1, hi))
        if m_end <= m_start:
            return None
        pieces = [piece for piece in (content, tail) if piece and _word_count(text, *piece) >= 3]
        if not pieces:
            return None
        return [Attribution(*piece, m_start, m_end, start, end - 1, False) for piece in pieces]
    source = strip_content(text, end, hi)
    if (
        _first_bare_comma(text, end, hi) < 0
        and any(word[:1].isupper() for word in text[source[0] : source[1]].split())
        and _word_count(text, lo, start) >= 4
    ):
        # "… facilities in Iraq according to a statement from Pentagon
        # spokesman John Kirby." with no comma: a source that names someone
        # ends the sentence ("went according to the plan" names no one).
        content = strip_content(text, lo, start)
        return [Attribution(*content, *source, start, end - 1, False)]
    return None


_TIME_OPENERS = frozenset({"on", "last", "this", "next", "earlier", "late", "early", "in"})


_NOT_CONTENT_RE = re.compile(
    r"(?:on (?:the )?condition (?:of|that (?:he|she|they) not be (?:named|identified))"
    r"[^,;]*|not to be (?:named|identified)[^,;]*|anonymously|publicly|privately)"
)

# "A Pentagon spokesman, Capt. Jeff Davis, ": a short phrase, then a name or a
# description between commas, before the cue.
_SUBJECT_APPOSITION_RE = re.compile(
    r"[^,“”\"]{1,60},[ \u00a0]+(?:[A-Z]|(?:a|an|the|who|which|[a-z]+ing)\b)[^,“”\"]{0,80},"
    r"[ \u00a0]*"
)

# "In a statement, X said …" (or announced, warned …; or "X reacted, saying
# …"): the document only introduces X's own report. So does any reporting
# verb right after a short subject ("In the email, Ash described …").
_DOCUMENT_INTRO_RE = re.compile(
    r"[^,]{0,40},[ \u00a0]+(?:(?:[^,]{1,80}?,[ \u00a0]+)?(?:[^,]{1,60}?[ \u00a0])?(?:"
    + DIRECT_CUE_ALTERNATION
    + r")|(?:(?:[A-Z][\w.’'-]*[ \u00a0]+){1,4}?|(?:he|she|they|we|I)[ \u00a0]+)"
    r"(?:also[ \u00a0]+)?(?:"
    + "|".join(map(re.escape, sorted(INDIRECT_CUES, key=len, reverse=True)))
    + r"))\b"
)

# Prepositions that open a phrase between a cue and its "that" clause.
_PP_OPENERS = frozenset({"in", "on", "with", "to", "for", "during", "at", "via", "through"})


def _phrase_before_that(tokens: list[Token]) -> int:
    """Return how many leading tokens form a phrase before "that" ("in an interview with Reuters").

    "said in an interview with Reuters that …", "said in a statement to CNN
    that …", "told reporters in a conference call on Monday that …": a
    prepositional phrase of at most eight words, with no comma, between the
    cue and "that" tells where or to whom; the content starts at "that".
    Returns 0 when there is no such phrase.
    """
    if not tokens or tokens[0].word not in _PP_OPENERS:
        return 0
    for j in range(1, min(len(tokens), 9)):
        if tokens[j].word == "that" and tokens[j].raw[:1].islower():
            return j
        if tokens[j - 1].raw[-1:] in ",;:" or ends_sentence(tokens[j - 1]):
            return 0
    return 0


def _time_phrase_length(tokens: list[Token]) -> int:
    """Return how many leading tokens form a time phrase ("on Tuesday night", "last week").

    Only a phrase followed by more words counts: "said Monday" alone has no
    content (0).
    """
    j = _time_phrase_end(tokens)
    return j if j < len(tokens) else 0


def _time_phrase_end(tokens: list[Token]) -> int:
    """Return how many leading tokens form a time phrase, however many follow."""
    j = 0
    while j < len(tokens):
        if not tokens[j].raw[:1].isalpha():
            # '“Last Week Tonight,” appeared …': a quoted title, not a time.
            break
        if tokens[j].word in BARE_TIME_NOUNS:
            j += 1
        elif (
            tokens[j].raw[:1].islower()
            and tokens[j].word in _TIME_OPENERS
            and j + 1 < len(tokens)
            and tokens[j + 1].word in TIME_NOUNS
            and not tokens[j].raw.endswith(",")
        ):
            j += 2
        else:
            break
        if tokens[j - 1].raw.endswith(","):
            break
    return j


_NAMING_QUOTE_RE = re.compile(r"(“|\"|'')[^”\"\n]*?(”|\"|'')")


def _after_naming_quote(text: str, start: int, end: int) -> int:
    """Return where the object of a naming cue ends: after its quotation, else ``end``.

    "called him a “moderate,” a subtle dig at …", "calling it “disqualifying”
    and asserting …": the name given is the content, and what follows is the
    writer's. That holds when the quotation opens after one to six words and
    a new clause follows it (a sentence end, "and" or a dash before
    something unquoted, or after a comma an -ing verb or a determiner);
    "called it “critical” that she …" and "calling it “meritless” and
    “improper”" go on.
    """
    match = _NAMING_QUOTE_RE.search(text, start, end)
    if match is None or not 1 <= len(text[start : match.start()].split()) <= 6:
        return end
    after = text[match.end() : end].split(None, 2)
    if not after or after[0][:1] in ".;:!?":
        return match.end()
    first, second = after[0], after[1] if len(after) > 1 else ""
    if first in ("and", "but", "-", "--", "—", "–"):
        return end if second[:1] in "“\"'" else match.end()
    comma = first.startswith(",") or text[match.start(2) - 1] == ","
    word = first.lstrip(",")
    if comma and word.endswith("ing"):
        return match.end()
    if comma and word in ("a", "an", "the") and second[:1] not in "“\"'":
        # 'a "nasty guy," an "anchor baby," …' is a list of names: it goes on.
        return match.end()
    return end


# Words after which a participle is an adjective ("the pledged delegates").
# ("all", "both" float after a subject: "Republicans all agreed".)
_ADJECTIVE_CONTEXT = (DETERMINERS - {"senior", "top", "all", "both"}) | {
    "of", "in", "for", "with", "by", "unpledged", "regular", "four", "five", "six",
    "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
}  # fmt: skip


def _adjective_context(text: str, lo: int, position: int) -> bool:
    """Return True when the word before ``position`` makes a participle there an adjective."""
    before = text[max(lo, position - 24) : position].split()
    if not before:
        return False
    word = before[-1].lower()
    if word.isdigit() and len(word) == 4:
        # A year ends an opening phrase: "who in 2008 questioned …".
        return False
    return word in _ADJECTIVE_CONTEXT or (word[:1].isdigit() and word[-1:].isdigit())


def _indirect_at(
    text: str,
    lo: int,
    hi: int,
    tokens: list[Token],
    i: int,
    cues: list[tuple[int, int]] | None = None,
) -> Attribution | None:
    """Return the attribution whose cue is ``tokens[i]``, or None when none fits.

    ``cues`` are the sentence's cue spans, which spare a search for the next cue.
    """
    token = tokens[i]
    idiom = _SAID_IDIOM_RE.match(text, lo) if token.word == "said" else None
    if idiom is not None and idiom.end() >= token.end:
        # "That said, …", "That being said, …", "Having said that, …": a
        # discourse marker, not a report.
        return None
    cue_end = cue_phrase_end(text, token, hi)
    # Final or medial attribution: "…, X said." / "…, X said, …" / "…, said X."
    mention = find_mention_before(text, lo, token.start)
    # Tokens are in text order: the words after the cue phrase are a slice.
    first_after = i + 1
    while first_after < len(tokens) and tokens[first_after].start < cue_end:
        first_after += 1
    after_cue = tokens[first_after:]
    # 'told “Fox and Friends” on Monday': the programme told is the addressee.
    programme = _programme_told(after_cue) if token.word in _OBJECT_CUES else 0
    after_title = after_cue[programme:]
    # The length first: most cues have more than three words after them.
    # ("…, Trump said on Monday." ends in a time phrase as well.)
    trailing = (
        len(after_title) <= 3 and all(t.word in TIME_WORDS or not t.word for t in after_title)
    ) or (bool(after_title) and _time_phrase_end(after_title) == len(after_title))
    if token.word in PARTICIPLES:
        mention = participle_speaker(text, lo, token.start, mention)
    if mention is not None:
        m_start, m_end, cue_start = mention
        comma = comma_before(text, lo, m_start)
        if comma >= 0 and (trailing or (after_cue and after_cue[0].raw == ",")):
            # At most _MAX_CONTENT back: a run-on sentence must not make each
            # final attribution claim everything before it.
            content = strip_content(text, max(lo, comma - _MAX_CONTENT), comma)
            if _word_count(text, *content) >= 3:
                return _TUPLE_NEW(
                    Attribution, (*content, m_start, m_end, cue_start, cue_end, False)
                )
    elif (
        (comma := comma_before(text, lo, token.start)) >= 0
        and token.word in ("said", "says")
        # "Clinton's spokesman, Brian Fallon, said …": a subject and its
        # apposition between two commas, not a content before "said X".
        and not _SUBJECT_APPOSITION_RE.fullmatch(text, lo, token.start)
    ):
        mention_after = find_mention_after(text, cue_end + 1, hi)
        if mention_after is not None:
            content = strip_content(text, max(lo, comma - _MAX_CONTENT), comma)
            if _word_count(text, *content) >= 3:
                return Attribution(*content, *mention_after, token.start, cue_end, False)
    # Forward: "X said (that) …", "X told Y (that) …".
    start = cue_end
    rest = after_cue
    if token.word in _OBJECT_CUES and rest:
        # Skip the addressee: "told reporters", "told CBS News", "told him".
        j = programme
        while j < len(rest) and j < 5 and rest[j].word not in ("that", "on", "in", "at"):
            if rest[j].raw.endswith((",", ":")):
                j += 1
                break
            if (
                0 < j < len(rest) - 1
                and rest[j].word == "of"
                and rest[j - 1].raw[:1].isupper()
                and rest[j + 1].raw[:1].isupper()
            ):
                # "told The Star-Ledger of Newark …": one name across "of".
                j += 2
                continue
            if (
                j > 0
                and not (
                    rest[j].raw[:1].isupper()
                    # "told Fox 35 that …": a channel's number is part of its name.
                    or (rest[j].raw.rstrip(",:").isdigit() and rest[j - 1].raw[:1].isupper())
                )
            ):
                break
            if (
                j > 0
                and rest[j].word not in TIME_WORDS
                and rest[j - 1].raw.islower()
                and (
                    rest[j - 1].word in _OBJECT_PRONOUNS
                    or (rest[j - 1].word.endswith("s") and rest[j - 1].word not in DETERMINERS)
                )
            ):
                # "told reporters Trump was wrong", "telling them Valeant was
                # fine": a name after a plural or pronoun addressee opens the
                # content ("told host Sean Hannity", "told supporters Tuesday"
                # go on).
                break
            j += 1
        if 0 < j < len(rest) and rest[0].word in _ADDRESSEE_DETERMINERS:
            j = _addressee_phrase_end(rest, j)
        if j >= len(rest):
            return None
        start = rest[j].start
        rest = rest[j:]
    while rest and rest[0].word in TIME_WORDS and rest[0].word not in ("this", "last"):
        rest = rest[1:]
    rest = rest[_time_phrase_length(rest) :]
    rest = rest[_phrase_before_that(rest) :]
    if rest:
        start = rest[0].start
    if (
        token.word in TALK_VERBS
        and len(rest) > 1
        and rest[0].word.endswith("ly")
        and rest[1].word in ("about", "of")
    ):
        # "spoke briefly about …", "talking proudly of …": the adverb joins the cue.
        rest = rest[1:]
    about = (
        bool(rest)
        and token.word in TALK_VERBS
        and (rest[0].word in ("about", "of") or (rest[0].word == "up" and token.word[0] == "t"))
    )
    if token.word in TALK_VERBS and not about:
        # A verb of talking reports only what it is about: "spoke up", "spoke
        # to the woman", "talks with rebels" (train precision 11 of 54 without).
        return None
    object_verb = token.word in OBJECT_VERBS or about
    infinitive = False
    asked = _question_start(rest) if token.word in ("asked", "asking") else -1
    if asked >= 0:
        rest = rest[asked:]
        # "(When) asked whether he would run, Reid said …", "Asked in Iowa
        # recently whether …", "Asked by Stephanopoulos to respond …": the
        # question is the content, up to the comma; without a subject before
        # it has no source.
        comma = text.find(",", rest[0].start, hi)
        content = strip_content(text, rest[0].start, comma if comma > 0 else hi)
        subject = find_subject(text, lo, token.start) if mention is None else mention[:2]
        m_start, m_end = subject if subject else (-1, -1)
        if subject is not None and text[subject[0] : subject[1]].lower() == "when":
            m_start = m_end = -1
        return Attribution(*content, m_start, m_end, token.start, cue_end, False)
    if rest and rest[0].word == "to" and (object_verb or token.word in _INFINITIVE_VERBS):
        # "refused to sign the agreement": the infinitive is the content.
        infinitive = True
        start = rest[0].start
    elif rest and object_verb and rest[0].word in _PHRASAL_PARTICLES:
        # "called for a ban", "pointed to the polls": the particle is part of the cue.
        if rest[0].word in ("for", "on", "out") or about:
            cue_end = rest[0].start + len(rest[0].raw.rstrip(STRIP_CHARS))
        rest = rest[1:]
        if rest:
            start = rest[0].start
    elif rest and rest[0].word in ("of", "about", "to", "for", "with", "by", "as", "at"):
        # "spoke about the economy" is a topic, but "said about half of them
        # …" and "said at least …" report a claim that starts with an estimate.
        estimate = len(rest) > 1 and (
            (
                rest[0].word == "about"
                and (rest[1].word[:1].isdigit() or rest[1].word in _QUANTITY_WORDS)
            )
            # "said at least seven people were killed"
            or (rest[0].word == "at" and rest[1].word in ("least", "most"))
        )
        if not estimate:
            return None
    end = _clause_end(text, start, hi, cues)
    if infinitive or (object_verb and token.word not in DIRECT_CUES):
        # An object or infinitive ends at the first comma ("mentioned the
        # former secretary, and at one point …").
        comma = _first_bare_comma(text, start, end)
        end = comma if comma > 0 else end
    if token.word in NAMING_CUES and not (after_cue and after_cue[0].word in _PHRASAL_PARTICLES):
        end = _after_naming_quote(text, start, end)
    content = strip_content(text, start, end)
    if _word_count(text, *content) < (1 if object_verb else 3):
        return None
    content = _subordinate_content(text, lo, token.start, content)
    if mention is None:
        # "Rich Heffley, a top operative …, said …" / "…, saying …": the
        # subject that opens the sentence is the source.
        subject = find_subject(text, lo, token.start)
        passive = _PASSIVE_RE.search(text, max(lo, token.start - 12), token.start) is not None
        if passive:
            # "The camps … have been called …": the subject is what is spoken
            # about, not the speaker; the report has no source.
            subject = None
        if subject is None and token.word not in PARTICIPLES and not passive:
            return None
        m_start, m_end = subject if subject else (-1, -1)
        return _TUPLE_NEW(Attribution, (*content, m_start, m_end, token.start, cue_end, False))
    m_start, m_end, cue_start = mention
    if text[m_start:m_end] in ("who", "which") and comma_before(text, lo, m_start) >= 0:
        # "Mr. Trump, who said last week that …, apologized": the relative
        # clause, and so its content, ends at the comma that closes it.
        comma = _first_bare_comma(text, content[0], content[1])
        if comma > 0 and _word_count(text, content[0], comma) >= 3:
            content = strip_content(text, content[0], comma)
    return _TUPLE_NEW(Attribution, (*content, m_start, m_end, cue_start, cue_end, False))
