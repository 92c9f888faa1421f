"""Attribution patterns: which phrase and which cue a quotation or claim belongs to.

Works on offsets only and returns :class:`Attribution` records (content span,
mention span, cue span); :mod:`analysis.quotes` turns them into ``Quote``
objects and resolves the speakers. Sentences are split here with a
quotation-aware rule (a boundary never falls inside a quotation), because the
attribution of a quote is decided inside its sentence.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from analysis.lexicons import ANONYMOUS_HEADS, CUE_ADVERBS, TITLE_WORDS
from analysis.quotemarks import QuoteSpan

__all__ = [
    "Attribution",
    "attribute_direct",
    "attribute_intro",
    "cue_hints",
    "find_indirect",
    "sentence_spans",
]

_TOKEN_RE = re.compile(r"\S+")
_STRIP = ".,;:!?\"“”'’()[]«»—–-…"
_BOUNDARY_RE = re.compile(r"[.!?…]+(?:''|[\"”’'»)\]])*\s+")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
     "jr", "sr", "inc", "co", "corp", "ltd", "jan", "feb", "aug", "sept", "sep", "oct",
     "nov", "dec", "vs", "no", "u.s", "u.n", "u.k", "d.c", "prof", "rev", "adm", "maj",
     "fig", "p.m", "a.m", "mt", "ft", "ave", "e.g", "i.e", "etc", "calif", "fla", "ill",
     "pa", "va", "wis", "mich", "mass", "ariz", "tenn", "conn", "n.y", "n.j", "n.h",
     "s.c", "n.c", "ky", "la", "md", "mo", "minn", "nev", "okla", "ore", "wash", "ind",
     "ala", "ark", "colo", "del", "ga", "kan", "neb", "vt", "wyo", "r", "d"}
)  # fmt: skip
_TITLE_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof",
     "rev", "adm", "maj", "st", "no", "vs"}
)  # fmt: skip
# Lower-case words that can open a named source: "said former Gov. Bill Richardson".
_LOWER_TITLES = frozenset({"former", "retired", "late", "then", "outgoing", "incoming", "acting"})
_DASHES = ("—", "–", "--", "―")
# Words that end a subject phrase when scanning back from a cue.
_NP_STOP = frozenset(
    {"and", "but", "or", "that", "which", "when", "while", "as", "because", "if", "after",
     "before", "since", "so", "than", "where", "though", "although", "what", "whether",
     "not", "to", "is", "was", "are", "were", "be", "been", "said", "says", "told",
     "also", "then", "there", "here", "how", "why", "yet", "nor", "until", "unless",
     "once", "about", "into", "over", "against", "at", "by", "in", "on", "with", "without",
     "has", "had", "have", "will", "would", "could", "should", "can", "may", "might",
     "must", "did", "does", "do", "him", "them", "me", "us"}
)  # fmt: skip
_DETERMINERS = frozenset(
    {"the", "a", "an", "one", "another", "two", "three", "several", "some", "many", "other",
     "few", "multiple", "his", "her", "their", "its", "our", "this", "these", "those",
     "both", "all", "most", "senior", "top"}
)  # fmt: skip
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it", "who", "which"})
# Cues that introduce a verbatim quotation directly.
_DIRECT_CUES = frozenset(
    {"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "asked",
     "asks", "replied", "replies", "responded", "responds", "explained", "explains",
     "continued", "continues", "noted", "notes", "tweeted", "tweets", "posted", "declared",
     "stated", "argued", "argues", "insisted", "insists", "recalled", "recalls",
     "concluded", "warned", "warns", "claimed", "claims", "admitted", "acknowledged",
     "shouted", "yelled", "chanted", "exclaimed", "cried", "joked", "quipped",
     "remarked", "observed", "commented", "announced", "reported", "reads", "read",
     "countered", "conceded", "boasted", "bragged", "predicted", "promised", "vowed",
     "pledged", "agreed", "suggested", "suggests", "maintained", "testified", "emailed",
     "texted", "wondered", "complained", "charged", "answered", "adding", "saying",
     "telling", "writing", "asking", "noting", "explaining", "declaring", "urged",
     "stressed", "emphasized", "recounted", "mused", "added:", "says:", "said:", "scoffed",
     "snapped", "fumed", "sneered", "retorted", "interjected", "whispered", "screamed",
     "laughed", "sighed", "demanded", "pleaded", "begged", "cautioned", "marveled",
     "lamented", "predicts", "concludes", "boasts", "complains"}
)  # fmt: skip
# Cues of reported speech: the clause after them is the content.
_INDIRECT_CUES = frozenset(
    {"said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes",
     "argued", "argues", "argue", "claimed", "claims", "claim", "noted", "notes",
     "warned", "warns", "suggested", "suggests", "suggest", "believes", "believe",
     "insisted", "insists", "acknowledged", "acknowledges", "admitted", "admits",
     "announced", "announces", "reported", "reports", "explained", "stated", "predicted",
     "predicts", "promised", "promises", "vowed", "pledged", "denied", "confirmed",
     "revealed", "conceded", "contended", "contends", "maintained", "asserted",
     "alleged", "alleges", "charged", "complained", "estimated", "estimates", "found",
     "finds", "showed", "shows", "show", "indicated", "indicates", "testified",
     "recalled", "emphasized", "stressed", "hinted", "speculated", "agreed", "countered",
     "replied", "responded", "tweeted", "posted", "declared", "concluded", "observed",
     "thinks", "think", "thought", "hopes", "hoped", "expects", "fears", "feared",
     "knows", "knew", "saying", "adding", "noting", "arguing", "claiming", "warning",
     "insisting", "suggesting", "telling", "explaining", "acknowledging", "promising",
     "predicting", "writing", "confirming", "stating"}
    | {"endorsed", "criticized", "criticizes", "praised", "praises", "defended", "defends",
       "supported", "supports", "supporting", "backing", "backed", "opposed", "opposes",
       "rejected", "rejects", "dismissed", "proposed", "proposes", "questioned", "accused",
       "accuses", "accusing", "blamed", "blames", "cited", "cites", "citing", "described",
       "describes", "describing", "called", "calls", "calling", "urged", "urges", "urging",
       "wants", "wanted", "sought", "seeks", "offered", "refused", "declined", "plans",
       "asked", "asks", "asking", "mentioned", "condemned", "denounced", "slammed",
       "attacked", "welcomed", "applauded", "highlighted", "touted", "threatened",
       "demanded", "demands", "referring", "pointed", "insist", "recommended", "believed",
       "expected", "worried", "worries", "doubted", "doubts", "assured", "informed",
       "reminded", "signaled", "signalled", "implied", "explains", "writes", "announcing",
       "reporting", "revealing", "denying", "admitting", "conceding", "recalling",
       "planned", "intends", "intended", "tried", "decided", "seems", "seemed", "appears",
       "appeared"}
)  # fmt: skip
# Cues whose content is often just an object ("endorsed Clinton", "called for
# a ban"): a one-word content counts, and a preposition joins the cue.
_OBJECT_VERBS = frozenset(
    {"endorsed", "criticized", "criticizes", "praised", "praises", "defended", "defends",
     "supported", "supports", "supporting", "backing", "backed", "opposed", "opposes",
     "rejected", "rejects", "dismissed", "proposed", "proposes", "questioned", "accused",
     "accuses", "accusing", "blamed", "blames", "cited", "cites", "citing", "described",
     "describes", "describing", "called", "calls", "calling", "urged", "urges", "urging",
     "wants", "wanted", "sought", "seeks", "offered", "refused", "declined", "plans",
     "asked", "asks", "asking", "mentioned", "condemned", "denounced", "slammed",
     "attacked", "welcomed", "applauded", "highlighted", "touted", "threatened",
     "demanded", "demands", "referring", "pointed", "promised", "promises", "vowed",
     "pledged", "recommended", "denied", "warned"}
)  # fmt: skip
# Verbs whose content is an infinitive: "wants to run", "plans to appeal".
_INFINITIVE_VERBS = frozenset(
    {"wants", "want", "wanted", "plans", "plan", "planned", "refused", "declined", "hopes",
     "hope", "hoped", "vowed", "pledged", "promised", "threatened", "agreed", "intends",
     "intended", "expects", "expected", "urged", "asked", "sought", "seeks", "tried",
     "decided", "offered", "proposed", "appeared", "seemed", "appears", "seems"}
)  # fmt: skip
_PHRASAL_PARTICLES = frozenset({"for", "on", "to", "out", "about", "whether", "if"})
# Cues whose object is a quoted description: "called it “a disgrace”".
_NAMING_CUES = frozenset(
    {"called", "calls", "calling", "described", "describes", "describing", "denounced",
     "dubbed", "labeled", "labelled", "branded", "termed", "decried", "slammed"}
)  # fmt: skip
_PARTICIPLES = frozenset(w for w in _INDIRECT_CUES if w.endswith("ing"))


def _trie_pattern(words: frozenset[str]) -> str:
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


# Not inside hyphenated or apostrophised words: "so-called" is no cue.
_INDIRECT_RE = re.compile(r"(?<![\w\-’'])" + _trie_pattern(_INDIRECT_CUES) + r"(?![\w\-’'])")
# Anything that can start a reported-speech pattern; sentences without one are
# skipped before any tokenising (most sentences of an article).
# Any verb-like word followed by "that" ("recognized that", "learned that")
# reports a claim, whether or not the verb is in the lexicon.
_THAT_RE = re.compile(r"[a-z][ \u00a0]+that\b")
_NOT_THAT_VERBS = frozenset(
    {"was", "is", "has", "does", "means", "needs", "makes", "ensures", "seems", "as", "less",
     "unless", "uses", "gives", "takes", "years", "times", "ones", "things", "days",
     "this", "thus", "yes", "news", "ideas", "issues", "laws", "policies",
     "voters", "people", "places", "cases", "ads", "calls", "plans", "wants"}
)  # fmt: skip
# "Clinton: I support D.C. statehood" at the start of a paragraph.
_HEADLINE_RE = re.compile(r"[A-Z][^:.!?\n“”\"]{0,60}?:[ \u00a0]+")
# One word-bounded alternation (a superset is fine: it only decides which
# sentences are looked at), much cheaper than one search per pattern.
_HINT_RE = re.compile(
    r"\b(?:"
    + _trie_pattern(
        _INDIRECT_CUES
        | {
            "according",
            "According",
            "expected",
            "seem",
            "seems",
            "seemed",
            "appear",
            "appears",
            "appeared",
            "likely",
            "unlikely",
            "In",
            "that",
            "It",
            "it",
            "There",
            "there",
        }
    )
    + r")\b|:"
)
_OBJECT_CUES = frozenset({"told", "tells", "tell", "telling", "warned", "warning", "assured"})
_TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "today", "yesterday", "tonight", "earlier", "later", "recently", "previously",
     "last", "this", "week", "month", "year", "night", "morning", "afternoon", "evening",
     "again", "also", "repeatedly", "publicly", "privately", "then", "once", "flatly"}
)  # fmt: skip
_CUE_EXTENSION_RE = re.compile(
    r"[ \u00a0]+(?:in|on|via|through|during|at)[ \u00a0]+(?:a|an|the|his|her|their|its)?[ \u00a0]*"
    r"(?:statement|interview|email|e-mail|tweet|post|letter|release|news release|"
    r"press release|speech|call|conference call|news conference|press conference|"
    r"Twitter|Facebook|Instagram|radio|television|TV|appearance|op-ed|memo|"
    r"blog post|campaign rally|rally|town hall|debate)\b"
)
_NO_SOURCE_RE = re.compile(
    r"\b(?:[Ii]t|[Tt]here)[ \u00a0]+"
    r"(?:is|was|has[ \u00a0]+been|had[ \u00a0]+been|is[ \u00a0]+being)"
    r"[ \u00a0]+(?:widely[ \u00a0]+)?(?:reported|said|claimed|believed|expected|alleged|"
    r"understood|thought|feared|estimated|known|rumored|assumed|argued|announced|"
    r"speculated|suggested)[ \u00a0]+(?:that[ \u00a0]+)?"
)
_IN_DOCUMENT_RE = re.compile(
    r"[Ii]n[ \u00a0]+((?:a|an|the|his|her|their|its)[ \u00a0]+[^,;]{0,80}?\b"
    r"(?:poll|survey|report|study|interview|statement|letter|memo|speech|op-ed|column|email|"
    r"tweet|post|filing|book|editorial|ad|video|release|analysis|memoir|essay)\b[^,;]{0,60}),"
    r"[ \u00a0]+"
)
_EXPECTED_RE = re.compile(
    r"\b(?:(?:is|are|was|were)[ \u00a0]+(?:widely[ \u00a0]+)?(?:expected|likely|unlikely)"
    r")[ \u00a0]+"
)
_ACCORDING_RE = re.compile(r"\b[Aa]ccording[ \u00a0]+to[ \u00a0]+")


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


class _Token(NamedTuple):
    start: int
    end: int
    raw: str
    word: str


def _tokens(text: str, lo: int, hi: int) -> list[_Token]:
    """Return the whitespace-separated tokens of text[lo:hi] with lower-cased bare words."""
    # tuple.__new__ skips the NamedTuple constructor written in Python: this
    # list is built for every cue and quote, so it is the hottest line.
    new = tuple.__new__
    return [
        new(_Token, (m.start(), m.end(), raw, raw.strip(_STRIP).lower()))
        for m in _TOKEN_RE.finditer(text, lo, hi)
        for raw in (m.group(),)
    ]


def _ends_sentence(token: _Token) -> bool:
    """Return True when a token closes a sentence ("said." but not "Mr." or "U.S.")."""
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
    for match in _BOUNDARY_RE.finditer(text, lo, hi):
        end = match.end()
        # The boundary is after the punctuation and any closing marks: `."`
        # ends a sentence, a period inside a quotation does not.
        after_marks = match.start() + len(match.group().rstrip())
        while qi < len(quotes) and quotes[qi].close_end < after_marks:
            qi += 1
        if qi < len(quotes) and quotes[qi].open_start < after_marks < quotes[qi].close_end:
            continue
        nxt = text[end] if end < hi else " "
        if end < hi and not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'«(["):
            continue
        word_start = text.rfind(" ", lo, match.start()) + 1
        word = text[max(word_start, lo) : match.start()].strip(_STRIP).lower()
        # "Jacksonville, Fla. “She …": a quotation opening after an
        # abbreviation (other than a title) starts a new sentence.
        if (
            text[match.start()] == "."
            and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()))
            and (nxt not in "\"“'«" or word in _TITLE_ABBREVIATIONS)
        ):
            continue
        spans.append((start, match.start() + len(match.group().rstrip())))
        start = end
    if start < hi:
        spans.append((start, hi))
    return spans


_NEXT_CLAUSE_RE = re.compile(
    r",[ \u00a0]+(?:"
    + "|".join(sorted(_PARTICIPLES | {"referring", "according", "citing"}))
    + r")\b|;|,?[ \u00a0]+(?:while|whereas|when asked)[ \u00a0]|,[ \u00a0]+(?:which|including)\b"
)


_JOINTS = (", but ", ", and ", " and ", " but ", ", while ", " while ", ", although ")


def _clause_end(text: str, start: int, hi: int) -> int:
    """Return where reported content starting at ``start`` ends.

    That is the sentence end, the comma before a new participle attribution
    (", adding that …", "; …"), or the conjunction before a coordinated clause
    with its own cue ("…, but he said …", "… and 22 percent said …").
    """
    match = _NEXT_CLAUSE_RE.search(text, start, hi)
    end = match.start() if match else hi
    cue = _INDIRECT_RE.search(text, start + 1, end)
    if cue is not None:
        head = text[start : cue.start()]
        cut = max(head.rfind(joint) for joint in _JOINTS)
        if cut > 0 and len(head[cut:].split()) <= 6:
            end = start + cut
    return end


def _strip_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Return a content span without outer spaces or trailing sentence punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?—–-"):
        end -= 1
    return start, end


def _mention_before(text: str, lo: int, end: int) -> tuple[int, int, int] | None:
    """Return (mention start, mention end, cue start) for the subject before a cue at ``end``.

    Auxiliaries and adverbs right before the cue ("has also said") join the cue.
    None when no noun phrase precedes the cue within the clause.
    """
    tokens = _tokens(text, max(lo, end - 160), end)
    cue_start = end
    while tokens and tokens[-1].word in CUE_ADVERBS and not tokens[-1].raw.endswith(","):
        cue_start = tokens[-1].start
        tokens.pop()
    if (
        len(tokens) >= 2
        and tokens[-1].word in _TIME_WORDS
        and tokens[-2].word in ("on", "last", "this", "early", "late", "earlier")
    ):
        # "Cruz's campaign on Monday reported": the time belongs to the cue.
        cue_start = tokens[-2].start
        del tokens[-2:]
    if not tokens:
        return None
    last = tokens[-1]
    if last.word in _SUBJECT_PRONOUNS and last.raw.strip(_STRIP).lower() == last.word:
        return last.start, last.start + len(last.raw.rstrip(_STRIP)) or last.end, cue_start
    if last.raw.endswith(","):
        # "Morton Blackwell, the Republican National Committeeman, told": the
        # apposition runs back to the previous comma, the name before it.
        seg = text[tokens[0].start : last.end]
        match = re.search(
            r"((?:[A-Z][^\s,]*[ \u00a0]+(?:of[ \u00a0]+)?){0,4}[A-Z][^\s,]*),"
            r"[ \u00a0]+[^,]{2,120},$",
            seg,
        )
        if match:
            return tokens[0].start + match.start(1), last.end - 1, cue_start
        return None
    picked: list[_Token] = []
    for token in reversed(tokens):
        if picked and (token.raw[-1] in ',;:!?"“”' or _ends_sentence(token)):
            break
        if token.raw[-1] in ",;:!?" and not picked:
            return None
        # "sources familiar with the matter", "a person close to him": there
        # the preposition belongs to the source phrase, so the scan goes on.
        if (token.word in _NP_STOP or token.word in _DIRECT_CUES) and not (
            picked and token.word in ("with", "to", "on") and _after_familiar(tokens, token)
        ):
            break
        if any(token.raw.startswith(d) for d in _DASHES) or token.raw in ("-",):
            break
        picked.append(token)
        if len(picked) >= 9:
            break
    picked.reverse()
    while picked and not (
        picked[0].raw.lstrip(_STRIP)[:1].isupper()
        or picked[0].word in _DETERMINERS
        or picked[0].word[:1].isdigit()
        or picked[0].word in ANONYMOUS_HEADS
        or picked[0].word in _LOWER_TITLES
        or (picked[0].word in TITLE_WORDS and len(picked) > 1)
    ):
        picked.pop(0)
    if not picked:
        return None
    return picked[0].start, picked[-1].start + len(picked[-1].raw.rstrip(_STRIP)), cue_start


def _after_familiar(tokens: list[_Token], token: _Token) -> bool:
    """Return True when ``token`` follows "familiar", "close" or "briefed" (a source phrase)."""
    index = tokens.index(token)
    return index > 0 and tokens[index - 1].word in ("familiar", "close", "briefed", "knowledgeable")


def _subject_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the span of the noun phrase that opens the clause at ``start``, or None.

    Used for participle cues (", saying …"), whose speaker is the subject of
    the sentence: a pronoun, a capitalised name run, or a short determiner phrase.
    """
    tokens = _tokens(text, start, min(end, start + 160))
    while tokens and tokens[0].word in ("but", "and", "so", "still", "yet", "meanwhile"):
        tokens.pop(0)
    if not tokens:
        return None
    first = tokens[0]
    if first.word in _SUBJECT_PRONOUNS:
        return first.start, first.start + len(first.raw.rstrip(_STRIP))
    capitalised = first.raw.lstrip(_STRIP)[:1].isupper()
    if not (capitalised or first.word in _DETERMINERS or first.word in _LOWER_TITLES):
        return None
    last = first
    for token in tokens[1:5]:
        if last.raw[-1] in ",;:" or _ends_sentence(last):
            break
        if not token.raw.lstrip(_STRIP)[:1].isupper() and (
            token.word in _NP_STOP or capitalised or token.word in _INDIRECT_CUES
        ):
            break
        last = token
    return first.start, last.start + len(last.raw.rstrip(_STRIP))


def _mention_after(
    text: str, start: int, hi: int, *, loose: bool = False
) -> tuple[int, int] | None:
    """Return the span of a noun phrase starting at ``start`` ("said Kevin Madden, a ...").

    ``loose`` accepts any first word ("said master of ceremonies Asab Al-Tabchi"),
    for the inverted order after a quotation that ends in a comma.
    """
    tokens = _tokens(text, start, min(hi, start + 200))
    if not tokens:
        return None
    first = tokens[0]
    if not (
        first.raw.lstrip(_STRIP)[:1].isupper()
        or first.word in _DETERMINERS
        or first.word in _LOWER_TITLES
        or (loose and first.word.isalpha() and first.word not in _NP_STOP)
    ):
        return None
    if first.word in _TIME_WORDS:
        return None
    end = first.end
    for i, token in enumerate(tokens):
        if i >= 14 or (token.word in ("on", "in", "at", "during") and i > 0):
            break
        end = token.start + len(token.raw.rstrip(_STRIP + " "))
        if _ends_sentence(token) or token.raw[-1] in ";:!?":
            break
    return first.start + (len(first.raw) - len(first.raw.lstrip(_STRIP))), end


def _cue_end(text: str, token: _Token, hi: int) -> int:
    """Return where the cue phrase ends: the verb plus "in a statement"-like extensions."""
    end = token.start + len(token.raw.rstrip(_STRIP))
    if end < token.end:
        return end
    match = _CUE_EXTENSION_RE.match(text, end, hi)
    return match.end() if match else end


def attribute_direct(text: str, quote: QuoteSpan, left: int, right: int) -> Attribution | None:
    """Return the attribution of a quotation from the words around its marks, or None.

    ``left`` and ``right`` bound the clause around the quote (the sentence, cut
    at neighbouring quotations). Tries, in order: a cue after the quote
    (``"…," X said`` / ``"…," said X`` / ``"…" — X``) and a cue before it ending
    in a comma or colon (``X said: "…"``, ``X told Y, "…"``).
    """
    after = _tokens(text, quote.close_end, min(right, quote.close_end + 160))
    found = _after_quote(text, quote, after, right)
    if found is not None:
        lead = text[left : quote.open_start]
        if len(lead.split()) >= 2 and not lead.rstrip().endswith((":", ",", "-", "—", "–")):
            # "But Mr. Kim's “execution has been challenged,” Mr. Solomon said":
            # the words before the marks belong to the same reported clause.
            start, _ = _strip_content(text, left, quote.open_start)
            found = found._replace(start=start, end=quote.close_end)
        return found
    reaches_end = text[quote.close_end : right].strip(" \u00a0.!?…”\"'’)") == ""
    return _before_quote(text, quote, left, reaches_end)


def _after_quote(
    text: str, quote: QuoteSpan, after: list[_Token], right: int
) -> Attribution | None:
    """Return the attribution that follows a quote's closing mark, or None."""
    if not after:
        return None
    first = after[0]
    if first.raw.startswith(_DASHES) or first.raw in ("-",):
        dash_end = first.start + len(first.raw) - len(first.raw.lstrip("—–-―"))
        name_start = dash_end
        if name_start == first.end and len(after) > 1:
            name_start = after[1].start
        mention = _mention_after(text, name_start, right)
        if mention is None:
            return None
        return Attribution(
            quote.start, quote.end, mention[0], mention[1], first.start, dash_end, True
        )
    closed_sentence = text[quote.start : quote.end].rstrip().endswith(".")
    open_ended = text[quote.start : quote.end].rstrip()[-1:] in (",", "?", "!")
    for i, token in enumerate(after[:12]):
        if closed_sentence and i > 0 and len(after) - i > 4:
            # "…done.” Greene added that …" starts a new sentence of its own.
            return None
        if token.word == "according" and i + 1 < len(after) and after[i + 1].word == "to":
            mention = _mention_after(text, after[i + 1].end + 1, right)
            if mention is None or i > 1:
                return None
            return Attribution(
                quote.start,
                quote.end,
                mention[0],
                mention[1],
                token.start,
                after[i + 1].end,
                True,
            )
        generic = (
            0 < i <= 4
            and open_ended
            and token.raw[:1].islower()
            and token.word.isalpha()
            and token.word.endswith(("ed", "s"))
            and after[0].raw.lstrip(_STRIP)[:1].isupper()
        )
        if generic or (token.word in _DIRECT_CUES and (token.raw[:1].islower() or i > 0)):
            # '"…," Beck questioned.' / '"…," Mr. Rubel pointed out.': after a
            # quotation ending in a comma, "Name verb-ed" is an attribution
            # whatever the verb.
            if token.raw.endswith(":"):
                # '"…," Trump said: "…"': the cue introduces the next quotation.
                return None
            if i == 0:
                mention = _mention_after(
                    text, _cue_end(text, token, right) + 1, right, loose=open_ended
                )
                if mention is None:
                    return None
                return Attribution(
                    quote.start,
                    quote.end,
                    mention[0],
                    mention[1],
                    token.start,
                    _cue_end(text, token, right),
                    True,
                )
            found = _mention_before(text, after[0].start, token.start)
            if found is None:
                # '"…" the presumptive GOP nominee, Donald Trump, tweeted'
                subject = _subject_at(text, after[0].start, token.start)
                if subject is None:
                    return None
                found = (*subject, token.start)
            m_start, m_end, cue_start = found
            end = quote.end
            between = text[quote.close_end : m_start]
            if len(between.strip(" ,\u00a0").split()) >= 2 and between.rstrip().endswith(","):
                # '"…" and against the gun-control law, Clinton said': the words
                # after the marks belong to the content, up to the comma.
                comma = between.rfind(",")
                end = quote.close_end + (comma if comma > 0 else len(between.rstrip()))
            return Attribution(
                quote.start,
                end,
                m_start,
                m_end,
                cue_start,
                _cue_end(text, token, right),
                True,
            )
        if _ends_sentence(token) or token.raw[-1] in ";:":
            return None
        if any(ch in token.raw for ch in '“”"«»'):
            return None
    return None


def _before_quote(text: str, quote: QuoteSpan, left: int, reaches_end: bool) -> Attribution | None:
    """Return the attribution of ``X said: "…"`` / ``X told Y, "…"`` before a quote.

    Without a comma or colon before the marks (``X said that "…"``, ``X called
    it "…"``) the quote is part of a clause: it is attributed here only when
    it runs to the end of the sentence, with the clause as content; a quoted
    fragment inside a longer sentence is left to the reported-speech pass.
    """
    before = _tokens(text, max(left, quote.open_start - 160), quote.open_start)
    if not before:
        return None
    if before[-1].raw.endswith((",", ":")):
        return _cue_before(text, quote, before, left)
    if not reaches_end:
        return None
    if before[-1].word in _DIRECT_CUES:
        return _cue_before(text, quote, before, left)
    return _naming_quote(text, quote, before, left)


def _naming_quote(
    text: str, quote: QuoteSpan, before: list[_Token], left: int
) -> Attribution | None:
    """Return the attribution of ``X denounced it as "…"`` / ``X called it "…"``, or None."""
    for back in range(1, min(len(before), 7) + 1):
        token = before[-back]
        if _ends_sentence(token) or any(c in token.raw for c in '“”"'):
            return None
        if token.word in _NAMING_CUES and token.raw[:1].islower():
            found = _mention_before(text, left, token.start)
            if found is None:
                return None
            m_start, m_end, cue_start = found
            return Attribution(
                before[-back + 1].start if back > 1 else quote.open_start,
                quote.close_end,
                m_start,
                m_end,
                cue_start,
                token.start + len(token.raw),
                True,
            )
    return None


def _cue_before(text: str, quote: QuoteSpan, before: list[_Token], left: int) -> Attribution | None:
    """Return the attribution of a cue that ends in a comma or colon before a quote."""
    for back in range(1, min(len(before), 9) + 1):
        token = before[-back]
        if token.word in _DIRECT_CUES and token.raw[:1].islower():
            if back > 1 and not before[-1].raw.endswith((",", ":")):
                # "X said that “…”": the clause after the cue is the content.
                quote = quote._replace(start=before[-back + 1].start, end=quote.close_end)
            found = _mention_before(text, left, token.start)
            if found is None:
                # "Christie bristled …, saying, “…”", "he laughed and said, “…”",
                # "Gov. John Kasich (R-OH), said, “…”": the sentence's subject speaks.
                subject = _subject_at(text, left, token.start)
                if subject is None and token.word not in _PARTICIPLES:
                    return None
                m_start, m_end = subject if subject else (-1, -1)
                return Attribution(
                    quote.start, quote.end, m_start, m_end, token.start, token.end, True
                )
            m_start, m_end, cue_start = found
            return Attribution(
                quote.start,
                quote.end,
                m_start,
                m_end,
                cue_start,
                _cue_end(text, token, quote.open_start),
                True,
            )
        if back > 1 and (_ends_sentence(token) or any(c in token.raw for c in '“”"')):
            return None
    return None


def attribute_intro(text: str, quote: QuoteSpan, lo: int, colon: int) -> Attribution | None:
    """Return the attribution of a quotation introduced by a sentence ending in a colon.

    ``lo`` is where that sentence starts and ``colon`` the offset of its colon
    ("Cruz continued:" / "17-year-old Jared Potts echoed:" then the quotation
    in the next paragraph). The cue is the reporting verb when there is one,
    else the colon, and the sentence's subject is the source.
    """
    before = _tokens(text, max(lo, colon - 160), colon + 1)
    if not before:
        return None
    found = _cue_before(text, quote, before, lo)
    if found is not None:
        return found
    subject = _subject_at(text, lo, colon)
    if subject is None or len(before) > 8:
        return None
    return Attribution(quote.start, quote.end, *subject, colon, colon + 1, True)


def cue_hints(text: str) -> list[int]:
    """Return the sorted offsets of every word that may start a reported-speech pattern."""
    return [match.start() for match in _HINT_RE.finditer(text)]


def find_indirect(
    text: str,
    lo: int,
    hi: int,
    blocked: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
) -> list[Attribution]:
    """Return reported-speech attributions in the sentence text[lo:hi].

    ``blocked`` are spans (direct quotations already attributed) that a cue
    or content must not overlap; ``quoted`` are all quotation spans, inside
    which a word is the speaker's, never a cue. Contents run from the cue to the sentence
    end (``X said (that) …``), from the sentence start to the comma before a
    final attribution (``…, X said.``), or around ``according to X``.
    """
    found: list[Attribution] = []
    sentence = text[lo:hi]
    # Cheap substring tests gate each pattern: most sentences match none.
    if sentence.count(" ") < 2:
        return found
    accord = _ACCORDING_RE.search(text, lo, hi) if "ccording" in sentence else None
    if accord is not None and not _inside(accord.start(), blocked + quoted):
        result = _according(text, lo, hi, accord.start(), accord.end())
        if result is not None:
            return [result]
    no_source = _NO_SOURCE_RE.search(text, lo, hi) if "t " in sentence or "e " in sentence else None
    if no_source is not None and not _inside(no_source.start(), blocked + quoted):
        start, end = _strip_content(text, no_source.end(), hi)
        if _word_count(text, start, end) >= 3:
            return [Attribution(start, end, -1, -1, no_source.start(), no_source.end(), False)]
    document = _IN_DOCUMENT_RE.match(text, lo, hi) if sentence[:3] in ("In ", "in ") else None
    if document is not None:
        # "In a new Fox News poll released Thursday, Trump led …": the document
        # is the source, "In" the cue, the rest of the sentence the content.
        content = _strip_content(text, document.end(), _clause_end(text, document.end(), hi))
        if _word_count(text, *content) >= 3:
            noun = document.start(1)
            return [Attribution(*content, noun, document.end(1), lo, lo + 2, False)]
    expected = (
        _EXPECTED_RE.search(text, lo, hi) if "xpected" in sentence or "likely" in sentence else None
    )
    if expected is not None and not _inside(expected.start(), blocked + quoted):
        # "Obama is expected to join Clinton", "supporters seemed unperturbed":
        # a judgement with no source; the whole clause is the content.
        subject = _mention_before(text, lo, expected.start())
        if subject is not None:
            content = _strip_content(text, subject[0], _clause_end(text, expected.end(), hi))
            if _word_count(text, *content) >= 4:
                cue_end = expected.start() + len(expected.group().rstrip())
                return [Attribution(*content, -1, -1, expected.start(), cue_end, False)]
    headline = _HEADLINE_RE.match(text, lo, hi) if ":" in sentence else None
    if headline is not None and (lo == 0 or text[lo - 1] == "\n"):
        # "Clinton: I support D.C. statehood." (headline style): the colon is the cue.
        content = _strip_content(text, headline.end(), hi)
        if _word_count(text, *content) >= 2 and not _inside(headline.end(), quoted):
            colon = headline.end() - len(headline.group()) + len(headline.group().rstrip(" :"))
            return [Attribution(*content, lo, colon, colon, colon + 1, False)]
    taken_until = lo
    cues = [(m.start(), m.end()) for m in _INDIRECT_RE.finditer(text, lo, hi)]
    if " that" in sentence:
        cues += _that_verbs(text, lo, hi)
    cues.sort()
    for position, cue_end in cues:
        if position < taken_until or _inside(position, blocked) or _inside(position, quoted):
            continue
        # Only the words right after the cue matter (addressee, "that", time
        # words), so tokenise a short window instead of the whole sentence.
        window = _tokens(text, position, min(hi, cue_end + 80))
        attribution = _indirect_at(text, lo, hi, window, 0)
        if attribution is not None:
            found.append(attribution)
            taken_until = max(attribution.end, attribution.cue_end)
    return found


def _that_verbs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Return (start, end) of verb-like words ending in -ed/-s that precede "that"."""
    found = []
    for match in _THAT_RE.finditer(text, lo, hi):
        end = match.start() + 1
        start = max(text.rfind(" ", lo, end), text.rfind("\u00a0", lo, end)) + 1
        word = text[max(start, lo) : end]
        if (
            word.isalpha()
            and word.islower()
            and word.endswith(("ed", "s"))
            and word not in _NOT_THAT_VERBS
        ):
            found.append((max(start, lo), end))
    return found


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Return True when ``position`` lies in one of ``spans`` (few spans per sentence)."""
    return any(s <= position < e for s, e in spans)


def _word_count(text: str, start: int, end: int) -> int:
    """Return the number of whitespace-separated words in text[start:end]."""
    return len(text[start:end].split())


def _according(text: str, lo: int, hi: int, start: int, end: int) -> Attribution | None:
    """Return the attribution of ``according to X, …`` or ``…, according to X``."""
    head = text[lo:start].strip()
    if not head or (head.endswith(",") is False and len(head.split()) <= 2):
        # "According to X, CONTENT": X runs to the first comma.
        comma = text.find(",", end, hi)
        if comma < 0:
            return None
        content = _strip_content(text, comma + 1, hi)
        if _word_count(text, *content) < 3:
            return None
        return Attribution(*content, end, comma, start, end - 1, False)
    if text[lo:start].rstrip().endswith(","):
        content = _strip_content(text, lo, text.rfind(",", lo, start))
        m_start, m_end = _strip_content(text, end, hi)
        if _word_count(text, *content) < 3 or m_end <= m_start:
            return None
        return Attribution(*content, m_start, m_end, start, end - 1, False)
    return None


def _indirect_at(text: str, lo: int, hi: int, tokens: list[_Token], i: int) -> Attribution | None:
    """Return the attribution whose cue is ``tokens[i]``, or None when none fits."""
    token = tokens[i]
    cue_end = _cue_end(text, token, hi)
    # Final or medial attribution: "…, X said." / "…, X said, …" / "…, said X."
    mention = _mention_before(text, lo, token.start)
    after_cue = [t for t in tokens[i + 1 :] if t.start >= cue_end]
    tail_words = [t.word for t in after_cue]
    trailing = all(w in _TIME_WORDS or not w for w in tail_words[:3]) and len(tail_words) <= 3
    if mention is not None:
        m_start, m_end, cue_start = mention
        before = text[lo:m_start].rstrip()
        if before.endswith(",") and (trailing or (after_cue and after_cue[0].raw == ",")):
            content = _strip_content(text, lo, text.rfind(",", lo, m_start))
            if _word_count(text, *content) >= 3:
                return Attribution(*content, m_start, m_end, cue_start, cue_end, False)
    elif text[lo : token.start].rstrip().endswith(",") and token.word in ("said", "says"):
        mention_after = _mention_after(text, cue_end + 1, hi)
        if mention_after is not None:
            content = _strip_content(text, lo, text.rfind(",", lo, token.start))
            if _word_count(text, *content) >= 3:
                return Attribution(*content, *mention_after, token.start, cue_end, False)
    # Forward: "X said (that) …", "X told Y (that) …".
    start = cue_end
    rest = after_cue
    if token.word in _OBJECT_CUES and rest:
        # Skip the addressee: "told reporters", "told CBS News", "told him".
        j = 0
        while j < len(rest) and j < 5 and rest[j].word not in ("that", "on", "in", "at"):
            if rest[j].raw.endswith((",", ":")):
                j += 1
                break
            if j > 0 and not rest[j].raw[:1].isupper():
                break
            j += 1
        if j >= len(rest):
            return None
        start = rest[j].start
        rest = rest[j:]
    while rest and rest[0].word in _TIME_WORDS and rest[0].word not in ("this", "last"):
        rest = rest[1:]
    if rest:
        start = rest[0].start
    object_verb = token.word in _OBJECT_VERBS
    infinitive = False
    if rest and rest[0].word == "to" and (object_verb or token.word in _INFINITIVE_VERBS):
        # "refused to sign the agreement": the infinitive is the content.
        infinitive = True
        start = rest[0].start
    elif rest and object_verb and rest[0].word in _PHRASAL_PARTICLES:
        # "called for a ban", "pointed to the polls": the particle is part of the cue.
        if rest[0].word in ("for", "on", "out"):
            cue_end = rest[0].start + len(rest[0].raw.rstrip(_STRIP))
        rest = rest[1:]
        if rest:
            start = rest[0].start
    elif rest and rest[0].word in ("of", "about", "to", "for", "with", "by", "as", "at"):
        return None
    end = _clause_end(text, start, hi)
    if infinitive or (object_verb and token.word not in _DIRECT_CUES):
        # An object or infinitive ends at the first comma ("mentioned the
        # former secretary, and at one point …").
        comma = text.find(",", start, end)
        end = comma if comma > 0 else end
    content = _strip_content(text, start, end)
    if _word_count(text, *content) < (1 if object_verb else 3):
        return None
    if mention is None:
        # "Rich Heffley, a top operative …, said …" / "…, saying …": the
        # subject that opens the sentence is the source.
        subject = _subject_at(text, lo, token.start)
        if subject is None and token.word not in _PARTICIPLES:
            return None
        m_start, m_end = subject if subject else (-1, -1)
        return Attribution(*content, m_start, m_end, token.start, cue_end, False)
    m_start, m_end, cue_start = mention
    return Attribution(*content, m_start, m_end, cue_start, cue_end, False)
