"""Speaker mentions: split names from titles, type the source, resolve references.

A mention is the phrase that attributes a quote, as written ("he",
"Pentagon spokesman John Kirby", "a second defense official"). This module
reads one mention into a name, a role and a source type, and resolves
pronouns, bare surnames and definite descriptions to an earlier mention of
the same article ("Kirby" -> "John Kirby", "he" -> the latest compatible
person, counting a surname alone that opens a clause, "Sanders now seeks …",
as a mention of its person). Resolution is per article and kept in a local
:class:`Resolver`, so the functions stay pure.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from analysis.attribution import TITLE_ABBREVIATIONS, inside
from analysis.lexicons import (
    ANONYMOUS_DETERMINERS,
    ANONYMOUS_HEADS,
    COUNTRY_NAMES,
    DOCUMENT_HEADS,
    DOCUMENT_PARTICIPLES,
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
    MEDIA_NAMES,
    NON_PERSON_NAME_ENDS,
    ORGANIZATION_HEADS,
    PARTY_ABBREVIATIONS,
    PERSON_NOUNS,
    PLACE_NAME_STARTS,
    PRONOUNS,
    SPOKESPEOPLE,
    TITLE_WORDS,
    US_STATE_ABBREVIATIONS,
    first_name_sex,
)

__all__ = ["Mention", "Resolver", "parse_mention"]

# tuple.__new__ builds a NamedTuple without its constructor written in Python
# (or _replace's field mapping): used where an entity is made per mention.
_TUPLE_NEW = tuple.__new__

_TOKEN_RE = re.compile(r"[^\s,]+")
# The most name runs of one line read back for a full name (a paragraph of
# news holds a few dozen).
_MAX_RUNS_BACK = 200
_STRIP = ".,;:!?\"“”'’()[]«»—–-"
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_DETERMINERS = ANONYMOUS_DETERMINERS | _DEFINITE
_ANONYMOUS_PHRASES = (
    "familiar with", "close to", "anonymity", "not authorized", "condition of",
    "not to be named", "not to be identified", "without being named",
)  # fmt: skip
# Media names that are specific enough on their own (a bare "Post" is not).
_MEDIA_STRONG = frozenset(
    {"cnn", "cbs", "nbc", "abc", "fox", "msnbc", "cnbc", "npr", "pbs", "bbc", "reuters",
     "ap", "afp", "bloomberg", "politico", "axios", "breitbart", "buzzfeed", "huffpost",
     "newsweek", "politifact", "factcheck", "forbes"}
)  # fmt: skip
_MEDIA_COMMON = frozenset(
    {"newspaper", "magazine", "outlet", "paper", "network", "broadcaster", "tabloid",
     "columnist", "editorial", "website", "blog"}
)  # fmt: skip
_MEDIA_NAME_HEADS = frozenset(
    {"news", "times", "post", "journal", "tribune", "herald", "guardian", "telegraph",
     "gazette", "examiner", "globe", "chronicle", "magazine", "press"}
)  # fmt: skip
# Capitalised runs that look like names to a regex but are not people.
_NOT_NAME_START = frozenset(
    {"the", "a", "an", "in", "on", "at", "but", "and", "or", "for", "if", "when", "after",
     "before", "as", "this", "that", "it", "he", "she", "they", "we", "i", "his", "her",
     "their", "its", "our", "my", "so", "yet", "while", "since", "though", "although",
     "according", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december", "home", "us", "u.s.",
     # an inverted cue opening a sentence: "Said Comey, “…”"
     "said", "says", "asked", "added", "wrote", "told",
     # a capitalised word opening a sentence: "During Mr. Clinton's …",
     # "Along the border", "Thanks Sarah", "See Sexton's …"
     "during", "along", "following", "see", "thanks", "once", "without", "to", "from",
     "with", "by", "of", "about", "over", "under", "into", "until", "despite", "among",
     "like", "unlike", "where", "why", "how", "what", "then", "now", "here", "there",
     "because", "unless", "whether", "through", "across", "against", "around", "later",
     "earlier", "meanwhile", "however", "instead", "still", "also", "recently", "today",
     "yesterday", "tonight", "previously", "even", "only", "just", "neither", "either",
     "both", "several", "some", "many", "every", "each", "your", "two", "three",
     "does", "did", "is", "was", "has", "had", "are", "were", "can", "could", "would",
     "should"}
)  # fmt: skip
_COMMON_HEADS = ANONYMOUS_HEADS | DOCUMENT_HEADS
# Plural nouns for people, by ending ("authors", "producers", "politicians",
# "scientists", "residents") or listed.
_PEOPLE_SUFFIXES = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "men", "women")
_PEOPLE_PLURALS = frozenset(
    {"candidates", "friends", "brothers", "sisters", "families", "people", "contenders",
     "nominees", "hopefuls", "rivals", "allies", "colleagues", "parents", "students",
     "fans", "neighbors", "neighbours", "locals", "others", "hosts", "guests", "judges",
     "justices"}
)  # fmt: skip
_NOT_PEOPLE = frozenset(
    {"numbers", "waivers", "papers", "orders", "matters", "powers", "borders", "letters",
     "answers", "markers", "quarters", "headquarters", "centers", "corners", "towers",
     "waters", "moments", "comments", "arguments", "agreements", "payments", "investments",
     "elements", "events", "contents", "grants", "plants", "ants"}
)  # fmt: skip
_REFLEXIVE_ENDINGS = (" himself", " herself", " themselves", " itself")
# Words in -ing that open a title ("managing director", "ranking member").
_TITLE_PARTICIPLES = frozenset(
    {"managing", "acting", "ranking", "leading", "presiding", "founding", "governing",
     "outgoing", "incoming", "reigning", "sitting", "visiting", "consulting", "supervising",
     "commanding", "retiring", "serving", "marketing", "banking", "polling", "publishing",
     "operating", "accounting", "engineering", "nursing", "teaching"}
)  # fmt: skip
# A share of people: "42%", "60 percent", "Two-thirds".
_PERCENT_RE = re.compile(
    r"(?:(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?:%|percent|per cent)|two-thirds|one-third|half)"
)
# Lower-case particles inside names ("FW de Klerk", "Ludwig van Beethoven",
# "Bashar al-Assad").
_NAME_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin",
     "ibn", "al", "el", "ter", "ten", "dos", "das", "do"}
)  # fmt: skip
# Title words that end a job title written after an employer's name
# ("Bank of America Chief Executive Brian Moynihan"); words that are also
# parts of names or bodies ("state", "house", "press", "general") are left out.
_INNER_TITLES = frozenset(
    {"secretary", "spokesman", "spokeswoman", "spokesperson", "executive", "ceo",
     "director", "chairman", "chairwoman", "chair", "president", "founder", "co-founder",
     "minister", "commissioner", "ambassador", "officer", "manager", "editor", "analyst",
     "strategist", "economist", "adviser", "advisor", "counsel", "aide", "pollster",
     "leader", "whip"}
)  # fmt: skip
# Where a relative clause opens in an apposition (at its start, or after the noun).
_RELATIVE_CLAUSE_RE = re.compile(r"(?:^|[ \u00a0,]+)(?:who|whom|whose|which|that)\b")
# "Tom Smith, 45, a teacher from Leeds": an age is no role.
_AGE_RE = re.compile(r"^\d{1,3}(?:,[ \u00a0]*|$)")
# Words that open an apposition which is no description of the speaker.
_NOT_A_ROLE = frozenset(
    {"in", "on", "at", "during", "for", "with", "after", "before", "speaking", "asked",
     "meanwhile", "however", "though", "too", "also", "then", "later", "earlier"}
)  # fmt: skip
# Nouns that name any organised body, so "the group" may mean any of them.
_GENERIC_BODIES = frozenset({"group", "organization", "organisation", "militia", "movement"})
_NOT_A_PERSON = ORGANIZATION_HEADS | DOCUMENT_HEADS | MEDIA_NAMES
# Lower-case nouns that make "the <noun> of <Name>" a body, not a person.
_PLACES = frozenset({"city", "state", "town", "county", "village", "government", "province"})
# Prepositions that open a postmodifier of a mention's head noun.
_POSTMODIFIERS = frozenset({"for", "of", "at", "from", "with", "in", "to"})
# Words that put a name after a description as its object: "a spokesman for
# Hillary Clinton", "a lawyer representing John Smith".
_OBJECT_LINKS = frozenset({"for", "of", "to", "with", "at", "from", "representing"})
# Lower-case words before such a link that describe no person ("former", "the").
_NOT_A_DESCRIPTION = frozenset({"the", "a", "an", "former", "then", "and", "or"})
# Words of quantity before "of": "52 percent of voters", "all of the
# candidates", "fifty of the officers" are headed by the noun after "of".
_PARTITIVES = frozenset(
    {"percent", "all", "most", "some", "many", "few", "several", "none", "each", "one",
     "two", "three", "four", "five", "ten", "twenty", "fifty", "hundred", "hundreds",
     "dozens", "thousands", "majority", "minority", "half", "third", "quarter", "share",
     "proportion", "number", "plurality", "rest", "both", "any", "either", "neither"}
)  # fmt: skip
_PERSON_HEADS = frozenset(
    {"woman", "man", "mother", "father", "wife", "husband", "son", "daughter", "friend",
     "lawyer", "doctor", "teacher", "student", "developer", "mogul", "billionaire",
     "businessman", "businesswoman", "veteran", "widow", "boy", "girl", "child", "host",
     "pastor", "priest", "judge", "senator", "governor", "mayor", "congressman", "head"}
)  # fmt: skip
# "(Mr. |Mrs. |Dr. |Sen. |…)?Name Name": written to start with [A-Z] (the
# optional title is read behind its first letter) so that ``re`` skips to
# capitals instead of trying the title alternatives at every position.
_MORE_NAMES = r"(?:[ \u00a0]+(?:[A-Z]\.[ \u00a0]+)?(?:[A-Z][A-Za-z’'\-]*[a-z]|[A-Z]\.))"
_NAME_RE = re.compile(
    # Not inside a word ("RoseAnn" is no "Ann"); inner capitals allowed
    # ("LaToya", "McConnell").
    # (the capital comes first and the look-behind after it, so that re can
    # skip ahead to the next capital instead of testing every position).
    r"[A-Z](?<![\w’'][A-Z])(?:"
    # "Mr. Sanders", "Sen. Warren": an honorific makes one name a person.
    r"(?:(?<=M)(?:rs|r|s)|(?<=D)r|(?<=S)en|(?<=R)ep|(?<=G)(?:ov|en))\.\s[A-Z][a-z]+"
    r"(?:[A-Z][a-z]+)*" + _MORE_NAMES + r"*"
    # Otherwise two capitalised words at least. (Possessive repeats: what
    # follows them is a capital or a space, never the lower-case letter they
    # would give back, so backtracking into them can only fail; without it
    # each capitalised word that starts no name costs a quarter less.)
    r"|[a-z]++(?:[A-Z][a-z]++)*+" + _MORE_NAMES + r"+)"
)


class Mention(NamedTuple):
    """One attributing phrase read into its parts.

    ``name`` is the proper name without titles ("John Kirby"), ``role`` the
    title or description ("Pentagon spokesman"), ``head`` the last common noun
    ("official"), ``pronoun`` the lower-cased pronoun when the mention is one.
    """

    start: int
    end: int
    text: str
    name: str | None
    role: str | None
    source_type: str
    pronoun: str | None
    determiner: str | None
    head: str | None


# Called for every word of every mention and name run (the hottest helper of
# speaker resolution); a bounded memo of this pure function halves its cost.
@lru_cache(maxsize=16384)
def _bare(token: str) -> str:
    """Return ``token`` lower-cased without surrounding punctuation or a possessive."""
    word = token.strip(_STRIP).lower()
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    return word


def _is_capitalised(token: str) -> bool:
    """Return True when a token starts with a capital letter (after opening punctuation)."""
    # ``[:1]`` is "" for a bare punctuation token, and "".isupper() is False.
    return token.lstrip(_STRIP)[:1].isupper()


def _split_name(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Return (title tokens, name tokens): the name is the trailing capitalised run.

    Leading title words ("Air Chief Marshal", "Sen.", "Mr.") are moved from the
    run into the title part. An organisation's name goes on over "for"/"of"
    after its head noun ("Syrian Observatory for Human Rights", "Department
    of Justice").
    """
    end = len(tokens)
    start = end
    while start > 0 and (
        _is_capitalised(tokens[start - 1])
        # "FW de Klerk", "Ursula von der Leyen", "Bashar al-Assad": a
        # particle inside a name, between two of its capitalised words.
        or (_is_particle(tokens[start - 1]) and (start < end or "-" in tokens[start - 1]))
    ):
        start -= 1
    while start < end and tokens[start] in _NAME_PARTICLES:
        # A particle opens no name: "de" in "the party de Gaulle founded".
        start += 1
    if (
        start >= 3
        and tokens[start - 1] == "of"
        and end - start <= 3
        and not any(_bare(t) in ORGANIZATION_HEADS for t in tokens[start:end])
    ):
        titles, person = _split_name(tokens[: start - 1])
        if (
            len(person) >= 2
            and first_name_sex(_bare(person[0])) is not None
            # "president of the Royal Institute of Navigation Roger McKinlay":
            # after "the", the words are an organisation's.
            and (not titles or _bare(titles[-1]) not in ("the", "a", "an", "of"))
        ):
            # "Sen. Ted Cruz of Texas", "Donald Hartley of Madison": the place
            # says where the named person is from.
            return titles, person
    workplace = _workplace(tokens, start)
    if workplace > 0:
        # "Professor Ann Lee of the University of Michigan": the organisation
        # only says where the named person works; the person is the name.
        titles, name = _split_name(tokens[:workplace])
        if name:
            return titles, name
    start = _organization_start(tokens, start, end)
    if start < end and _bare(tokens[end - 1]) in ORGANIZATION_HEADS:
        # "The Justice Department", "State Department": a body named with a
        # title word keeps it.
        return tokens[:start], tokens[start:end]
    while start < end and _bare(tokens[start]) in TITLE_WORDS:
        start += 1
    # The last title word before the final token: found scanning backwards
    # (a loop, not max(<generator>): this runs for every new mention phrase).
    last_title = -1
    for i in range(end - 2, start - 1, -1):
        if _bare(tokens[i]) in _INNER_TITLES:
            last_title = i
            break
    if last_title >= 0:
        # "Bank of America Chief Executive Brian Moynihan", "White House Press
        # Secretary Jen Psaki": a title after the employer's name; the
        # person is what follows the last title word.
        start = last_title + 1
    if start < end and _bare(tokens[start]) in _NOT_NAME_START:
        start += 1
    if (
        end - start >= 3
        and first_name_sex(_bare(tokens[start])) is None
        and _bare(tokens[end - 1]) not in _NOT_A_SURNAME
    ):
        # "Supervisor of Elections Susan Bucher", "Los Angeles Mayor Eric
        # Garcetti": the run opens with words of a title, place or body; the
        # person starts at the last known first name before the surname, or
        # at its initial ("J. Gerald Hebert").
        for i in range(end - 2, start, -1):
            if not tokens[i].endswith(("’s", "'s")) and first_name_sex(_bare(tokens[i])):
                start = i - 1 if _is_initial(tokens[i - 1]) else i
                break
    if end - start == 1 and _bare(tokens[start]) in _COMMON_HEADS:
        # "Officials said" / "Sources say": a capitalised common noun, not a name.
        start = end
    return tokens[:start], tokens[start:end]


def _is_particle(token: str) -> bool:
    """Return True for a lower-case particle of a name: "de", "von", "al-" in "al-Assad"."""
    if token in _NAME_PARTICLES:
        return True
    prefix, dash, rest = token.partition("-")
    return bool(dash) and prefix in _NAME_PARTICLES and rest[:1].isupper()


# Words for a person by faith or origin ("a Muslim", "another Canadian").
_DEMONYMS = frozenset(
    {"muslim", "jew", "christian", "catholic", "protestant", "evangelical", "hindu",
     "sikh", "buddhist", "mormon", "arab", "kurd", "turk", "greek", "pole", "dane", "swede",
     "finn", "brit", "scot", "thai", "latino", "latina", "hispanic"}
)  # fmt: skip


def _is_demonym(word: str) -> bool:
    """Return True for a lower-cased word naming a person by faith or origin ("canadian")."""
    return word in _DEMONYMS or (
        len(word) > 5
        and word.endswith(("ian", "ean", "ese", "ani"))
        and first_name_sex(word) is None
    )


def _is_initial(token: str) -> bool:
    """Return True for an initial of a name ("J.", "W.")."""
    return len(token) == 2 and token[0].isupper() and token[1] == "."


# Last words of a capitalised run that are no surname ("South Carolina Democrat").
_NOT_A_SURNAME = frozenset({"democrat", "democrats", "republican", "republicans", "party"})


def _organization_start(tokens: list[str], run: int, end: int) -> int:
    """Return where an organisation's name that ends with ``tokens[run:end]`` starts.

    The run after "for"/"of" belongs to the name when the word before the
    connector is a capitalised organisation head ("Center for American
    Progress"), unless the run holds a title ("Bank of America Chief
    Executive Brian Moynihan" names a person).
    """
    start = run
    if 2 <= start < end and tokens[start - 1] == "and" and _is_capitalised(tokens[start - 2]):
        # "Ministry of Science and Technology": "and" inside the name of a body
        # (an organisation head and "of"/"for" before the words it joins).
        probe = start - 1
        while probe > 0 and _is_capitalised(tokens[probe - 1]):
            probe -= 1
        if (
            probe >= 2
            and tokens[probe - 1] in ("for", "of")
            and _is_capitalised(tokens[probe - 2])
            and _bare(tokens[probe - 2]) in ORGANIZATION_HEADS
        ):
            start = probe
    if start >= 2 and start < end and tokens[start - 1] == "of" and tokens[start - 2] in _PLACES:
        # "the city of Boston", "the state of Texas": the place as a body.
        return start - 2
    while (
        start >= 2
        and start < end
        and tokens[start - 1] in ("for", "of")
        and _is_capitalised(tokens[start - 2])
        and _bare(tokens[start - 2]) in ORGANIZATION_HEADS
        and not any(_bare(t) in TITLE_WORDS for t in tokens[start + 1 : end])
    ):
        start -= 2
        while start > 0 and _is_capitalised(tokens[start - 1]):
            start -= 1
    return start


def _workplace(tokens: list[str], run: int) -> int:
    """Return the index of "of"/"at"/"from" in "Name of the <Organisation>", else 0.

    ``tokens[run:]`` is the trailing capitalised run; the organisation is
    "the" and capitalised words joined by "for"/"of", one of them an
    organisation head, after a capitalised name.
    """
    index = run
    while index >= 2 and tokens[index - 1] in ("for", "of") and _is_capitalised(tokens[index - 2]):
        index -= 2
        while index > 0 and _is_capitalised(tokens[index - 1]):
            index -= 1
    if index < 3 or tokens[index - 1] != "the" or tokens[index - 2] not in ("of", "at", "from"):
        return 0
    if not _is_capitalised(tokens[index - 3]):
        return 0
    if not any(_bare(t) in ORGANIZATION_HEADS and _is_capitalised(t) for t in tokens[index:]):
        return 0
    if any(_bare(t) in TITLE_WORDS for t in tokens[index + 1 :]):
        # "Speaker of the House Rep. Paul Ryan": a title, then the name.
        return 0
    return index - 2


def _object_link(titles: list[str]) -> int:
    """Return the index of the preposition ending a description in ``titles``, or 0.

    "spokesman for", "one of the former prosecutors for", "senior adviser to
    President": the name that follows is the preposition's object. A
    capitalised title before the preposition ("Secretary of State John
    Kerry", "Director of National Intelligence James Clapper") is part of the
    name's own title, and a document ("a statement from spokesman John
    Kirby") is how the named person speaks.
    """
    for i in range(len(titles) - 1, 0, -1):
        word = _bare(titles[i])
        if word in _OBJECT_LINKS:
            before = titles[i - 1]
            described = (
                not _is_capitalised(before)
                and _bare(before) not in DOCUMENT_HEADS
                and _bare(before) not in _NOT_A_DESCRIPTION
            )
            return i if described else 0
        if word == "the" or word not in TITLE_WORDS:
            return 0
        if not _is_capitalised(titles[i]) and word not in ("former", "then"):
            # "former secretary of state Hillary Clinton": a lower-case title
            # after "of" is the named person's own.
            return 0
    return 0


def _is_partitive(word: str) -> bool:
    """Return True when ``word`` before "of" counts or divides ("52 percent of", "all of")."""
    return word in _PARTITIVES or word[:1].isdigit() or word.endswith(("-one", "-two", "-four"))


def _source_type(
    name_tokens: list[str], other_tokens: list[str], lowered: str, determiner: str | None
) -> str:
    """Return the source type of a non-pronoun mention from its words."""
    name_words = [_bare(t) for t in name_tokens]
    other_words = [word for t in other_tokens if (word := _bare(t))]
    head = other_words[-1] if other_words else None
    if name_words:
        if name_words[0] in _MEDIA_STRONG or name_words[-1] in _MEDIA_NAME_HEADS:
            return "media"
        if " ".join(name_words) in COUNTRY_NAMES:
            # "Russia said", "Beijing warned": a state speaks.
            return "organization"
        if (
            name_words[-1] in ORGANIZATION_HEADS
            or name_words[0] in ORGANIZATION_HEADS
            or "for" in name_words
            or "of" in name_words
        ):
            # A name with "for"/"of" in it was joined at an organisation's head.
            return "organization"
        if head in DOCUMENT_HEADS and lowered.rstrip().endswith(head or ""):
            return "document"
        return "person"
    if any(map(lowered.__contains__, _ANONYMOUS_PHRASES)):
        return "anonymous"
    cut = 0
    for i, w in enumerate(other_words):
        if w in _POSTMODIFIERS or w in DOCUMENT_PARTICIPLES:
            cut = i
            break
    if cut > 0 and not _is_partitive(other_words[cut - 1]):
        # "the spokesman for the army", "a member of the board": the noun
        # before the preposition heads the phrase, not the one after it.
        head = other_words[cut - 1]
    if head is None:
        return "unknown"
    if head in _MEDIA_COMMON:
        return "media"
    if head in DOCUMENT_HEADS:
        return "document"
    if (
        head in ORGANIZATION_HEADS
        or (
            head[-1:] == "s"
            and head not in ANONYMOUS_HEADS  # "authorities" are unnamed officials
            and (head[:-1] in ORGANIZATION_HEADS or f"{head[:-3]}y" in ORGANIZATION_HEADS)
        )
    ):
        # "the campaigns", "the companies" are bodies too.
        return "organization"
    if _PERCENT_RE.fullmatch(lowered.strip()):
        # "42% said", "60 percent say": a share of the people asked.
        return "anonymous"
    if head in ANONYMOUS_HEADS or head.endswith("s"):
        if determiner is None or determiner in ANONYMOUS_DETERMINERS:
            return "anonymous"
        plural = head.endswith("s") and not head.endswith("ss")
        if (
            (plural and head in ANONYMOUS_HEADS)
            or (head.endswith(_PEOPLE_SUFFIXES) and head not in _NOT_PEOPLE)
            or head in _PEOPLE_PLURALS
        ):
            # "the authorities", "his aides", "the authors", "the politicians":
            # a group of people, however definite, that no name identifies.
            # (A definite phrase that refers back to an earlier source takes
            # that source's type instead.)
            return "anonymous"
        # "the images", "the findings", "the days": no people, no source.
        return "unknown" if plural else "person"
    if determiner in ANONYMOUS_DETERMINERS:
        return "anonymous"
    # "the real estate developer", "the woman": a person described, not named;
    # "the Dutch capital": no idea.
    return "person" if head in _PERSON_HEADS or head in TITLE_WORDS else "unknown"


def parse_mention(text: str, start: int, end: int) -> Mention:
    """Return the :class:`Mention` for ``text[start:end]``: name, role, type, pronoun."""
    phrase = text[start:end]
    # tuple.__new__ skips the NamedTuple constructor written in Python (hot path).
    return tuple.__new__(Mention, (start, end, phrase, *_read_phrase(phrase)))


# A subject pronoun with a contracted auxiliary ("they’ve", "he's", "I'd").
_CONTRACTION_RE = re.compile(r"(he|she|they|it|we|i|you)['’](?:ve|s|d|ll|re|m)")


_PhraseParts = tuple[str | None, str | None, str, str | None, str | None, str | None]


# The same phrases come back often ("Trump", "the campaign", "Mr. Obama"): a
# bounded memo of this pure function skips re-reading them.
@lru_cache(maxsize=8192)
def _read_phrase(phrase: str) -> _PhraseParts:
    """Return (name, role, source type, pronoun, determiner, head) of a mention phrase."""
    lowered = phrase.lower().strip()
    bare = lowered.strip(_STRIP)
    contracted = _CONTRACTION_RE.fullmatch(bare)
    if contracted is not None:
        # "They’ve claimed", "He's said", "I'd said": the pronoun with its auxiliary.
        bare = contracted.group(1)
    if bare in PRONOUNS:
        kind = PRONOUNS[bare]
        source_type = {"male": "person", "female": "person", "speaker": "person"}.get(
            kind, "unknown"
        )
        return None, None, source_type, bare, None, None
    if bare.endswith(_REFLEXIVE_ENDINGS):
        # "Clinton herself said": the emphatic pronoun is no part of the name.
        return _read_phrase(phrase[: phrase.rstrip().rfind(" ")])
    if " and " in phrase:
        pair = _coordinated_people(phrase)
        if pair is not None:
            return " and ".join(name for name, _ in pair), None, "person", None, None, None
    # "Air Chief Marshal Yehia Rasul, spokesman for the Iraqi Army": the part
    # after the first comma is an apposition that describes the person.
    # "(Trump said …)": a mention opening an aside keeps its name.
    head_part, _, apposition = phrase.lstrip("([").partition(",")
    relative = _RELATIVE_CLAUSE_RE.search(head_part, 1) if " " in head_part else None
    if relative is not None and relative.start() > 0:
        # "a prominent RNC member who supports Trump", "one owner of a shop
        # that sells …": the clause describes the phrase before it, and a
        # name inside it is no speaker.
        head_part = head_part[: relative.start()]
    apposition = _AGE_RE.sub("", apposition.strip(" ,"))
    if apposition.split(" ", 1)[0] in _NOT_A_ROLE:
        # "Trump, in a Fox News interview," says where, not who.
        apposition = ""
    opening = apposition.split(" ", 1)[0]
    if opening.endswith("ing") and opening.islower() and opening not in _TITLE_PARTICIPLES:
        # "Sen. Roy Blunt (R-Mo.), facing a stiff reelection challenge": what
        # the person does, not who they are ("managing director" is a title).
        apposition = ""
    relative = _RELATIVE_CLAUSE_RE.search(apposition) if apposition else None
    if relative is not None:
        # "Ms. Warren, who has often been on the receiving side …", "Murray
        # Clark, a former state GOP chair who is supporting Brooks": a
        # relative clause tells what the person did, not who they are.
        apposition = apposition[: relative.start()].rstrip(" ,")
    # "Rep. Adam Schiff (D-Calif.)": the party and state are no part of the name.
    # (head_part holds no comma, so its _TOKEN_RE tokens are its split().)
    tokens = [t for t in head_part.split() if not t.startswith("(")]
    if not tokens:
        return None, None, "unknown", None, None, None
    first_word = _bare(tokens[0])
    determiner = first_word if first_word in _DETERMINERS else None
    body = tokens[1:] if determiner else tokens
    titles, name = _split_name(body)
    if (
        determiner in ANONYMOUS_DETERMINERS
        and name
        and (_bare(name[-1]) in TITLE_WORDS or (len(name) == 1 and _is_demonym(_bare(name[0]))))
    ):
        # "an Iowa Democrat", "a GOP senator", "another Muslim", "one
        # Canadian": an unnamed person described.
        titles, name = body, []
    # Loops, not next(<generator>), here and below: this runs for every new
    # mention phrase, and most phrases are two or three words.
    owner = None
    for i in range(len(name) - 1):
        if name[i].endswith(("’s", "'s")):
            owner = i
            break
    if owner is not None:
        rest = name[owner + 1 :]
        if len(rest) >= 2 and not any(_bare(t) in _NOT_A_PERSON for t in rest):
            # "The Post's Dana Milbank": the owner is where the person works.
            titles, name = [*titles, *name[: owner + 1]], rest
        else:
            # A possessive name owning a thing ("Trump's Campaign") is no person.
            titles, name = name, []
    if name and name[-1].endswith(("’s", "'s")):
        titles, name = body, []
    if name and any(
        _bare(body[i]) in ANONYMOUS_HEADS
        and _bare(body[i]) not in SPOKESPEOPLE
        and _bare(body[i + 1]) in ("at", "in", "from")
        for i in range(min(3, len(body) - 2))
    ):
        # "Officials at the Pentagon", "Legislative leaders in North
        # Carolina": unnamed people of a place; the name only says where.
        titles, name = body, []
    described = None
    link = _object_link(titles) if name else 0
    if link and _source_type(name, [], lowered, None) == "person":
        # "a spokesman for Hillary Clinton", "a friend of Donald Trump": the
        # name is the object of the preposition; the one who speaks is the
        # unnamed person described. (An organisation there, "a spokesman for
        # the Pentagon", stays: the institution speaks through its spokesman.)
        described = _bare(titles[link - 1])
        titles, name = body, []
    participle = -1
    if name:
        for i, title in enumerate(titles):
            if _bare(title) in DOCUMENT_PARTICIPLES:
                participle = i
                break
    if name and participle > 0 and _bare(titles[participle - 1]) in DOCUMENT_HEADS:
        # "a memo obtained by The Washington Post": the document speaks; the
        # name after the participle only says who has it.
        titles, name = body, []
    if not name and len(body) >= 2 and _bare(body[-1]) in DOCUMENT_HEADS:
        # "Kirby's statement", "the Pentagon's report": the owner of a
        # document is the one who speaks through it.
        _, owner_name = _split_name(body[:-1])
        if owner_name and owner_name[-1].endswith(("’s", "'s")):
            owner_name = [*owner_name[:-1], owner_name[-1][:-2]]
            source_type = _source_type(owner_name, [], lowered, determiner)
            return " ".join(owner_name), None, source_type, None, determiner, None
    if not name and apposition:
        _, app_name = _split_name(_TOKEN_RE.findall(apposition))
        if app_name:
            name, titles, apposition = app_name, body, ""
    other = titles if titles else body[: len(body) - len(name)]
    source_type = _source_type(name, other, lowered, determiner)
    for i in range(len(titles) - 1):
        if _bare(titles[i]) in DOCUMENT_HEADS and titles[i + 1] in ("from", "by", "of"):
            # "a statement from Pentagon spokesman John Kirby": the document is
            # how the person speaks, not part of the role.
            titles = titles[i + 2 :]
            break
    lead = 0
    while lead < len(titles) and _bare(titles[lead]) in _NOT_NAME_START:
        # "Now Sembler", "From Andrea Peyser": a word opening the sentence.
        lead += 1
    role_titles = [t for t in titles[lead:] if _bare(t) not in _HONORIFICS]
    if "and" in role_titles:
        # "Professors Foner and Alba": a name before "and" is another person
        # (not a pair, or it would have been read as one), not a title.
        # ("former Pennsylvania Gov. and DNC Chairman" is two titles.)
        joint = len(role_titles) - 1 - role_titles[::-1].index("and")
        before = role_titles[joint - 1] if joint else ""
        if _is_capitalised(before) and _bare(before) not in TITLE_WORDS:
            role_titles = role_titles[joint + 1 :]
    role_parts = [" ".join(role_titles)]
    if apposition:
        role_parts.append(apposition)
    role = ", ".join([p for p in role_parts if p]) or None
    name_text = " ".join([t.strip(",") for t in name]) or None
    head = described or (_bare(other[-1]) if other else None)
    if source_type != "person" or name_text is None:
        # An unnamed description ("the woman") is the speaker itself, not a role.
        role = None
    return name_text, role, source_type, None, determiner, head


@lru_cache(maxsize=1024)
def _coordinated_people(phrase: str) -> tuple[tuple[str, str | None], ...] | None:
    """Return (name, role) of each of the two people a phrase names, else None.

    "Sen. Ted Cruz and Gov. John Kasich" -> (("Ted Cruz", "Sen."), ("John
    Kasich", "Gov.")); an opening "Both" is dropped. A part that is no
    person's name ("the Ministry of Science and Technology", "Clinton and
    her campaign", "Professors Foner") makes it None.
    """
    first, _, second = phrase.partition(" and ")
    first = first.strip()
    if first.startswith("Both "):
        first = first[5:]
    if not first or "," in first or " and " in second:
        return None
    people = []
    for part in (first, second):
        name, role, source_type, pronoun, determiner, _ = _read_phrase(part)
        if (
            name is None
            or source_type != "person"
            or pronoun
            or determiner
            # "former Pennsylvania Gov. and … Chairman Ed Rendell": two titles;
            # "Professors Foner": a title in the plural.
            or any(
                bare in TITLE_WORDS or (bare[-1:] == "s" and bare[:-1] in TITLE_WORDS)
                for bare in map(_bare, name.split())
            )
        ):
            return None
        people.append((name, role))
    return tuple(people)


def _names_all(entity: _Entity, words: list[str]) -> bool:
    """Return True when each of ``words`` is in the entity's name or role (bare, any case).

    A state or party may be written short there ("GOP" for "Republican").
    """
    if not words:
        return True
    known = _label_words(f"{entity.display} {entity.role or ''}")
    return all(
        any(f" {form} " in known for form in _written_forms(word)) for word in map(_bare, words)
    )


def _written_forms(name: str) -> tuple[str, ...]:
    """Return a lower-case state or party name with its short forms ("florida", "fla")."""
    return (name, *US_STATE_ABBREVIATIONS.get(name, ()), *PARTY_ABBREVIATIONS.get(name, ()))


def _titled(phrase: str, name: str) -> bool:
    """Return True when ``name`` follows a title in ``phrase`` ("Mr. Grassley", "Sen. Cruz")."""
    at = phrase.find(name)
    words = phrase[:at].split()
    return at > 0 and bool(words) and _bare(words[-1]) in TITLE_WORDS


class _Entity(NamedTuple):
    """A resolved referent seen at ``position``."""

    position: int
    display: str
    role: str | None
    source_type: str
    gender: str | None
    head: str | None
    surname: str | None
    plural: bool
    titles: tuple[str, ...] | None = None


# _Entity.position and _Entity.surname as C-level getters (sort keys, maps).
_POSITION_OF = itemgetter(0)
_SURNAME_OF = itemgetter(6)


def _role_before(text: str, start: int, titles: list[str]) -> str | None:
    """Return the title written just before a name ("Pentagon spokesman"), or None.

    Takes up to four words back from ``start`` while they are titles or
    capitalised, and keeps them only when one of them is a title word.
    """
    words = text[max(0, start - 60) : start].split()
    picked: list[str] = []
    for word in reversed(words):
        bare = _bare(word)
        if (
            len(picked) >= 4
            # "Former Texas Gov. Rick Perry": a short title's period runs on.
            or (word[-1:] in ",.;:" and not (word[-1] == "." and bare in TITLE_ABBREVIATIONS))
            # "… Appear At Debates.’ CNN President Jeff Zucker": a title ends at a quotation.
            or _ends_a_phrase(word)
            or bare in _DEFINITE
            or bare in ("a", "an")
        ):
            break
        if bare in TITLE_WORDS or _is_capitalised(word):
            picked.append(word)
        else:
            break
    picked.reverse()
    picked += [t for t in titles if _bare(t) not in _HONORIFICS]
    if not any(_bare(w) in TITLE_WORDS and _bare(w) not in _HONORIFICS for w in picked):
        return None
    while picked and _bare(picked[0]) in _NOT_NAME_START:
        picked.pop(0)
    return " ".join(picked) or None


def _consonants(word: str) -> str:
    """Return ``word``'s consonants with doubled letters collapsed ("rasool" -> "rsl")."""
    skeleton = [c for c in word if c.isalpha() and c not in "aeiouy"]
    return "".join(c for i, c in enumerate(skeleton) if i == 0 or skeleton[i - 1] != c)


def _gender(name: str | None, honorific: str | None) -> str | None:
    """Return "male", "female" or None from an honorific or a first name."""
    if honorific in ("mr", "sir"):
        return "male"
    if honorific in ("mrs", "ms", "miss", "dame"):
        return "female"
    words = name.split() if name else []
    if not words:
        return None
    first = words[0].lower().strip(".")
    if len(words) == 1:
        # A lone name is a surname ("Clinton", "Grayson"), whatever the Census
        # says of it as a first name, unless the news uses it alone ("Bernie").
        if first in MALE_FIRST_NAMES:
            return "male"
        return "female" if first in FEMALE_FIRST_NAMES else None
    return first_name_sex(first)


_NameRun = tuple[str, str | None, str, tuple[str, ...]]

# A short title (as a mention's head) -> the nouns a later "the …" uses for it.
_TITLE_NOUNS: dict[str, frozenset[str]] = {
    "sen": frozenset({"senator", "lawmaker"}),
    "senator": frozenset({"lawmaker"}),
    "rep": frozenset({"representative", "congressman", "congresswoman", "lawmaker"}),
    "representative": frozenset({"congressman", "congresswoman", "lawmaker"}),
    "gov": frozenset({"governor"}),
    "gen": frozenset({"general"}),
    "adm": frozenset({"admiral"}),
    "col": frozenset({"colonel"}),
    "lt": frozenset({"lieutenant"}),
    "sgt": frozenset({"sergeant"}),
    "capt": frozenset({"captain"}),
    "dr": frozenset({"doctor"}),
    "prof": frozenset({"professor"}),
    "pres": frozenset({"president"}),
    "sec": frozenset({"secretary"}),
    "atty": frozenset({"attorney"}),
}


# The same name runs come back within an article and across articles ("Donald
# Trump", "Mr. Obama"): a bounded memo of this pure function skips re-reading
# them (the pronoun and surname lookups read up to 200 runs each).
@lru_cache(maxsize=16384)
def _read_name_run(phrase: str) -> _NameRun | None:
    """Return (display name, gender, surname, titles) of a capitalised run, None for no person."""
    tokens = phrase.split()
    honorific = _bare(tokens[0]) if _bare(tokens[0]) in _HONORIFICS else None
    titles, name = _split_name(tokens)
    words = [_bare(t) for t in name]
    if len(words) >= 2 and words[0].endswith("ing") and first_name_sex(words[0]) is None:
        # "Injecting Clinton into the race": a sentence that opens with a
        # participle; the name starts after it ("Sterling" is a first name).
        name, words = name[1:], words[1:]
    if len(name) < (1 if honorific else 2) or any(
        w in ORGANIZATION_HEADS or w in MEDIA_NAMES or w in _NOT_NAME_START for w in words
    ):
        return None
    if (
        not honorific
        and (words[0] in PLACE_NAME_STARTS or words[-1] in NON_PERSON_NAME_ENDS)
        # "New York Mayor Rudy Giuliani" is a person with a title (but
        # "Sarasota Republican" is a description).
        and not any(w in TITLE_WORDS for w in words[:-1])
    ):
        # "New Hampshire", "Wall Street", "Hatch Act": no one a pronoun refers to.
        return None
    if name[-1].endswith(("’s", "'s")):
        # "Barack Obama’s decision": the person is Barack Obama.
        name = [*name[:-1], name[-1][:-2]]
    display = " ".join(name)
    # "South Carolina Gov. Jim Hodges": the first name follows the last title.
    given = len(words) - 2
    while given > 0 and words[given - 1] not in TITLE_WORDS:
        given -= 1
    return display, _gender(" ".join(name[given:]), honorific), words[-1], tuple(titles)


def _is_title_case(line: str) -> bool:
    """Return True for a line of four or more words, four in five of them capitalised.

    Lines over 200 characters are paragraphs, not headings (and are not split).
    """
    if len(line) > 200:
        return False
    words = [word for word in line.split() if word[:1].isalpha()]
    capitalised = sum(1 for word in words if word[:1].isupper())
    return len(words) >= 4 and capitalised >= 0.8 * len(words)


def _looks_like_a_plural_noun(display: str, titles: tuple[str, ...]) -> bool:
    """Return True for a name run ending in a plural -s with no first name in it."""
    if titles:
        return False
    words = display.lower().split()
    last = words[-1]
    return (
        len(words) >= 2
        and last.endswith("s")
        and not last.endswith("ss")
        and not any(first_name_sex(word.strip(".")) for word in words[:-1])
    )


def _compatible(entity: _Entity, kind: str) -> bool:
    """Return True when a pronoun of ``kind`` (see ``PRONOUNS``) can refer to ``entity``."""
    if kind in ("male", "female"):
        return (
            entity.source_type == "person"
            and entity.gender in (None, kind)
            and not entity.plural
            # A person's statement noted for a later "it" is no "he" or "she".
            and entity.head not in DOCUMENT_HEADS
        )
    if kind == "plural":
        return entity.source_type in ("organization", "anonymous", "media") or entity.plural
    if kind == "thing":
        # A person's statement ("Kirby said in a statement. It identified …")
        # is a thing that speaks for its owner.
        return entity.source_type in ("organization", "media", "document") or (
            entity.head in DOCUMENT_HEADS
        )
    return kind == "any"


def _lower_same_length(text: str) -> str:
    """Return ``text`` lower-cased character by character, so offsets stay those of ``text``.

    ``str.lower`` lengthens a few characters ("İ" becomes "i̇", two code
    points); offsets found in such a copy would drift from the original.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


# Texts shorter than this (a few sentences) are not searched for evidence that
# a capitalised word is a name: an article names its speakers more than once.
_NAME_EVIDENCE_CHARS = 1000


# A word of capitals, with or without dots ("NASA", "F.B.I").
_ACRONYM_RE = re.compile(r"(?:[A-Z]\.?){2,}")

# What precedes a capitalised word used as a name, up to the word.
_NAME_CONTEXT_RE = re.compile(r"(?:[a-z,;:”\"’')—–]|[A-Z][\w’'-]*\.?)[ \u00a0]+\Z")


def _is_word_character(character: str) -> bool:
    """Return True when ``character`` (one or none) is a word character as ``re`` reads ``\\w``."""
    return character.isalnum() or character == "_"


# A capitalised word, not inside a word.
_CAPITALISED_RE = re.compile(r"[A-Z](?<![\w’'][A-Z])[\w’'-]+")

# How far back (characters) a pronoun's referent is looked for by surname.
_SALIENCE_WINDOW = 1000

# Words after which a clause, and so its subject, begins.
_CLAUSE_OPENERS = frozenset(
    {"and", "but", "nor", "that", "while", "when", "as", "because", "if", "so", "though",
     "although", "after", "before", "since", "until", "where", "whether", "then"}
)  # fmt: skip


def _subject_at(text: str, start: int, end: int) -> bool:
    """Return True when the word text[start:end] reads as a clause's subject.

    It follows a sentence start, a comma or a conjunction and comes before a
    lower-case word: "Sanders now seeks …", "…, and Sanders said"; not the
    object in "condemned Sanders for …" nor the possessive "Sanders's".
    """
    before = text[max(0, start - 24) : start].rstrip()
    if before.lower().endswith("as for"):
        # "As for Trump, he said …": the topic the next clause is about.
        return text[end : end + 1] == ","
    after = text[end : end + 2]
    if len(after) < 2 or after[0] not in " \u00a0" or not after[1].islower():
        return False
    for honorific in ("Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov."):
        if before.endswith(honorific):
            before = before[: -len(honorific)].rstrip()
            break
    if not before or before[-1] in '.!?,;:\n—–(“"':
        return True
    return before.rsplit(None, 1)[-1].lower() in _CLAUSE_OPENERS


# Where the clause of a pronoun's cue ends: a sentence end, a quotation mark,
# a comma, a semicolon or a line break.
_CLAUSE_END_RE = re.compile(r"[.!?,;\n“”\"«»]")

# A title noun -> the short titles written before a name for it ("senator"
# -> "Sen."), the inverse of _TITLE_NOUNS.
_SHORT_TITLES: dict[str, frozenset[str]] = {
    noun: frozenset(short for short, nouns in _TITLE_NOUNS.items() if noun in nouns)
    for noun in set().union(*_TITLE_NOUNS.values())
}
# How many name runs back a description's referent is looked for.
_DESCRIBED_RUNS_BACK = 40
# How far (characters) before a word of its label a name run may start.
_DESCRIBED_REACH = 400
# Lower-case runs of letters and digits: the words a label is compared in.
_LABEL_WORD_RE = re.compile(r"[a-z0-9]+")
# Where a label after a name ends: a comma, a closing bracket, a sentence end.
_LABEL_END_RE = re.compile(r"[,;)\n]|[.!?](?=[\"”’']?\s)")
# Words that open a postmodifier in an apposition: its head comes before them.
_APPOSITION_POSTMODIFIERS = frozenset(
    {"of", "for", "at", "from", "in", "with", "to", "on", "who", "whose", "which", "that"}
)
# Lower-case words of a title before a name ("former first lady", "retired
# neurosurgeon", "presumptive nominee"); a capitalised word always belongs.
_LABEL_WORDS = (
    (TITLE_WORDS - {"the"})
    | PERSON_NOUNS
    | frozenset(
        {"first", "retired", "presumptive", "likely", "longtime", "outgoing", "incoming",
         "senate", "state"}
    )
)  # fmt: skip


def _ends_a_phrase(word: str) -> bool:
    """Return True when no title runs on from ``word`` to the name after it.

    A word with a closing quotation mark (''… at being president,'' Mr.
    Begala''), a comma, a colon, a semicolon, ! or ?, or a lower-case word
    ending a sentence ("elected president. Mr. Begala"); "Sen." and "Fla."
    run on.
    """
    bare = word.rstrip("\"”’'»")
    # "Breitbart News’ editor": an apostrophe after an s is a possessive.
    possessive = word[-1:] in "’'" and bare[-1:] == "s"
    return (
        (bare != word and not possessive)
        or word[:1] in "\"“‘'«"
        or bare[-1:] in ",;:!?"
        or (bare[-1:] == "." and word[:1].islower())
    )


def _label_words(phrase: str) -> str:
    """Return a phrase's lower-case words without dots, space-separated and padded.

    " r fla " for "(R-Fla.)", " front runner " for "front-runner": a form is
    looked up as " form " in such a string.
    """
    return " " + " ".join(_LABEL_WORD_RE.findall(phrase.lower().replace(".", ""))) + " "


@lru_cache(maxsize=4096)
def _description_parts(phrase: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]] | None:
    """Return the forms of a definite description's head and of each capitalised modifier.

    "the Vermont senator" -> ({" senator ", " sen "}, ({" vermont ", " vt "},));
    "the senator from Vermont" and "the former secretary of state" are read
    the same way (the head before "from" or "of"). Lower-case modifiers
    ("former", "presidential") are left out: they describe, but name no one.
    None when the phrase is no singular description opened by "the".
    """
    words = phrase.split(",", 1)[0].split()
    if len(words) < 2 or words[0].lower() != "the":
        return None
    words = words[1:]
    cut = next(
        (i for i, word in enumerate(words) if i and word.lower() in ("from", "of")), len(words)
    )
    head = _bare(words[cut - 1])
    if head not in PERSON_NOUNS:
        # "the campaign", "the report", "the rally" name no person.
        return None
    heads = frozenset(_label_words(form) for form in (head, *_SHORT_TITLES.get(head, ())))
    marks: list[frozenset[str]] = []
    run: list[str] = []
    for word in [*words[: cut - 1], "", *words[cut + 1 :], ""]:
        if _is_capitalised(word):
            run.append(_bare(word))
            continue
        if run:
            forms = _written_forms(" ".join(run))
            marks.append(frozenset(_label_words(form) for form in forms))
            run = []
    return heads, tuple(marks)


class Resolver:
    """Per-article memory of who has been mentioned, for coreference.

    Built once per article from a scan of its person names, then fed every
    resolved speaker mention in text order.
    """

    def __init__(self, text: str, quoted: list[tuple[int, int]] | None = None) -> None:
        """Start with no entities; ``quoted`` are the (sorted) spans inside quotation marks.

        A name said inside a quotation is who the speaker talks about, so no
        pronoun outside refers to it.
        """
        self._text = text
        self._quoted = quoted or []
        self._entities: list[_Entity] = []
        # Lower-cased on first use: only a surname lookup that misses the
        # resolved mentions searches the text.
        self._lower: str | None = None
        self._no_full_name: dict[tuple[str, str | None], int] = {}
        self._lines: dict[int, list[tuple[int, str]]] = {}
        self._runs: list[tuple[int, str]] = []
        self._run_starts: list[int] = []
        # The bare last word of each run, read once here rather than by
        # every later lookup that tests runs by surname.
        self._run_surnames: list[str] = []
        # Whether a run read by _runs_upto crosses a line break ("Mr.\nSmith"),
        # which a scan of one line would read otherwise.
        self._run_has_line_break = False
        self._scanned_to = 0
        self._read: dict[int, _Entity | None] = {}
        # (start, end) of the appositions of resolved speaker mentions.
        self._described: list[tuple[int, int]] = []
        self._names_seen: dict[str, bool] = {}
        # line start -> whether the line is a heading in Title Case.
        self._title_lines: dict[int, bool] = {}
        # run start -> whether the run is outside headings and quotations.
        self._static_ok: dict[int, bool] = {}
        # lower-case word -> whether the text uses it in lower case.
        self._common_words: dict[str, bool] = {}
        # name run index -> the words of its label (see _label).
        self._labels: dict[int, tuple[str, str]] = {}

    def _line_runs(self, line_start: int) -> list[tuple[int, str]]:
        """Return the capitalised name runs of the line starting at ``line_start`` (cached).

        Lines are scanned on demand: a lookup needs only a few runs near the
        mention, so scanning the whole text of every article (a fifth of the
        extractor's time) is wasted. Names never span a line break.
        """
        runs = self._lines.get(line_start)
        if runs is None:
            text = self._text
            line_end = text.find("\n", line_start)
            stop = len(text) if line_end < 0 else line_end
            if stop <= self._scanned_to and not self._run_has_line_break:
                # _runs_upto has read this line: its runs are the same (the
                # only part of a run that may cross a line break is the space
                # after an honorific, and no run read so far does).
                first = bisect_left(self._run_starts, line_start)
                runs = self._runs[first : bisect_left(self._run_starts, stop, first)]
            else:
                runs = [(m.start(), m.group()) for m in _NAME_RE.finditer(text, line_start, stop)]
            self._lines[line_start] = runs
        return runs

    def _runs_upto(self, position: int) -> tuple[list[tuple[int, str]], int]:
        """Return the name runs scanned so far and how many of them start before ``position``.

        The text is scanned on demand, up to the end of the line that holds
        ``position``: mentions are resolved in text order, so each part of
        the text is scanned once, and the tail after the last mention never.
        """
        if position >= self._scanned_to:
            text = self._text
            stop = text.find("\n", position)
            stop = len(text) if stop < 0 else stop
            for match in _NAME_RE.finditer(text, self._scanned_to, stop):
                run = match.group()
                self._runs.append((match.start(), run))
                self._run_starts.append(match.start())
                self._run_surnames.append(_bare(run.rsplit(None, 1)[-1]))
                if "\n" in run:
                    self._run_has_line_break = True
            self._scanned_to = max(stop, position + 1)
        return self._runs, bisect_left(self._run_starts, position)

    def _written_as_a_name(self, word: str) -> bool:
        """Return True when ``word`` is capitalised somewhere no sentence starts.

        After a lower-case word, a comma or a closing mark ("said Trump", ",”
        Trump said"), or after another capitalised word ("Donald Trump", "Mr.
        Trump").
        """
        if len(self._text) < _NAME_EVIDENCE_CHARS:
            # A sentence or a headline ("Trump said …") holds no other use of
            # the word to learn from: it keeps the benefit of the doubt.
            return True
        known = self._names_seen.get(word)
        if known is None:
            # Each use of the word (a literal search, fast), then the words
            # before it: a pattern that opened with the context would be
            # tried at every position of the article.
            # The uses are those of the pattern ``re.escape(word) + r"\b"``,
            # found with str.find: most words are new to re's cache of 512
            # patterns, and compiling one cost more than the whole search.
            text, size, known = self._text, len(word), False
            word_at_end = _is_word_character(word[-1:])
            at = text.find(word)
            while at >= 0 and not known:
                end = at + size
                if _is_word_character(text[end : end + 1]) != word_at_end:
                    known = _NAME_CONTEXT_RE.search(text, max(0, at - 80), at) is not None
                    at = text.find(word, end)
                else:
                    at = text.find(word, at + 1)
            self._names_seen[word] = known
        return known

    def _in_title_case_line(self, position: int) -> bool:
        """Return True when ``position`` is on a heading in Title Case (cached per line).

        A headline ("History Makes Latinos Feel …") runs its words together
        into false names: its runs are no pronoun's referent.
        """
        text = self._text
        start = text.rfind("\n", 0, position) + 1
        title = self._title_lines.get(start)
        if title is None:
            end = text.find("\n", position)
            title = _is_title_case(text[start : end if end >= 0 else len(text)])
            self._title_lines[start] = title
        return title

    def _is_described(self, position: int) -> bool:
        """Return True when ``position`` is inside the apposition of a resolved speaker."""
        # A loop, not any(<generator>): called for every run a pronoun may
        # refer to, mostly with no apposition recorded.
        for start, end in self._described[-8:]:  # noqa: SIM110
            if start <= position < end:
                return True
        return False

    def _entity(self, run: tuple[int, str]) -> _Entity | None:
        """Return the person entity of a scanned name run, or None when it is no person."""
        if run[0] not in self._read:
            self._read[run[0]] = self._read_run(run)
        return self._read[run[0]]

    def _read_run(self, run: tuple[int, str]) -> _Entity | None:
        """Return the entity a name run reads as (see :meth:`_entity`, which caches it)."""
        read = _read_name_run(run[1])
        if read is None:
            return None
        display, gender, surname, titles = read
        if _looks_like_a_plural_noun(display, titles):
            # "Pell Grants", "Foreign Relations", "Hoxton Analytics": a name
            # whose last word is a plural and that has no known first name is
            # a person only if the article uses that word alone as well
            # ("Devin Nunes" … "Nunes said").
            last = display.rsplit(None, 1)[-1]
            if self._text.count(last) <= self._text.count(display):
                return None
        if " " not in display:
            # "Mr. Sanders": the person named in full earlier, when there is one.
            full = self._full_name(surname, run[0], gender)
            if full is not None:
                display, gender = full.display, gender or full.gender
        # tuple.__new__ skips the NamedTuple constructor written in Python (hot path).
        return tuple.__new__(
            _Entity, (run[0], display, None, "person", gender, None, surname, False, titles)
        )

    def _with_role(self, entity: _Entity) -> _Entity:
        """Return a scanned name with the title written before it, read now (lazily)."""
        if entity.titles is None:
            return entity
        role = _role_before(self._text, entity.position, list(entity.titles))
        # As entity._replace(role=role, titles=None), without _replace's overhead.
        return _TUPLE_NEW(_Entity, (*entity[:2], role, *entity[3:8], None))

    def _full_name(self, surname: str, position: int, gender: str | None = None) -> _Entity | None:
        """Return the latest earlier entity whose longer name ends with ``surname``.

        With a ``gender`` (from "Mr." or "Mrs."), an entity known to be of the
        other sex is passed over: "Mr. Trump" after "Ivanka Trump" is not her.
        """
        for entity in reversed(self._entities[-200:]):
            if (
                entity.position < position
                and entity.surname == surname
                and " " in entity.display
                and (gender is None or entity.gender in (None, gender))
            ):
                return entity
        # Only the lines where the surname occurs can hold its full name, so
        # they are found by a string search instead of reading every run.
        if self._lower is None:
            self._lower = _lower_same_length(self._text)
        text, lower = self._text, self._lower
        # The mention's own run counts when it starts earlier ("President Obama").
        end = position + len(surname)
        # Lines before ``floor`` were searched in vain for an earlier mention.
        # (A search for one sex only proves nothing for the other, and a
        # search for either sex proves it for both.)
        floor = max(
            self._no_full_name.get((surname, gender), 0),
            self._no_full_name.get((surname, None), 0),
        )
        while True:
            occurrence = lower.rfind(surname, floor, end)
            if occurrence < 0:
                self._no_full_name[surname, gender] = text.rfind("\n", 0, position) + 1
                return None
            line_start = text.rfind("\n", 0, occurrence) + 1
            runs = self._line_runs(line_start)
            upto = bisect_left(runs, (position,))
            # The nearest runs of the line first, and no more than a paragraph
            # holds: a run-on line of thousands of "Mr. Smith" would make each
            # lookup read all the runs before it.
            for run in reversed(runs[max(0, upto - _MAX_RUNS_BACK) : upto]):
                if _bare(run[1].rsplit(None, 1)[-1]) != surname:
                    continue
                scanned = self._entity(run)
                if (
                    scanned is not None
                    and " " in scanned.display
                    and (gender is None or scanned.gender in (None, gender))
                ):
                    return self._with_role(scanned)
            end = line_start

    def _variant(self, surname: str, position: int) -> _Entity | None:
        """Return the one earlier speaker whose surname is ``surname`` spelt with other vowels.

        Transliterated and mistyped names vary within an article ("Yehia
        Rasul" … "Rasool said", "Giuliani" … "Giulini"): the consonants and
        the first two letters match, the length within one letter. Names
        under five letters ("Bush"/"Bash") are too alike to guess, "Miller"
        is not "Mueller", "Cheyenne" not "Cheney", and two candidates are one
        too many.
        """
        key = _consonants(surname)
        if len(surname) < 5 or len(key) < 3:
            return None
        runs, upto = self._runs_upto(position)
        # A scanned name's surname is the bare last word of its run, so runs
        # whose last word cannot pass the tests below are not read at all.
        since = max(0, upto - 200)
        scanned = [
            entity
            for run, last in zip(runs[since:upto], self._run_surnames[since:upto], strict=True)
            if len(last) >= 5
            and abs(len(last) - len(surname)) <= 1
            and last[:2] == surname[:2]
            and (entity := self._entity(run)) is not None
        ]
        found = {
            entity.display: entity
            # Resolved mentions last: they override a scanned name and carry
            # the role written in an apposition.
            for entity in scanned + self._entities[-50:]
            if entity.position < position
            and entity.source_type == "person"
            and entity.surname is not None
            and entity.surname != surname
            and " " in entity.display
            and len(entity.surname) >= 5
            and abs(len(entity.surname) - len(surname)) <= 1
            and entity.surname[:2] == surname[:2]
            # "Israel" is not "Israeli".
            and not entity.surname.startswith(surname)
            and not surname.startswith(entity.surname)
            and _consonants(entity.surname) == key
        }
        return self._with_role(next(iter(found.values()))) if len(found) == 1 else None

    def _latest(
        self,
        position: int,
        pronoun: str,
        content: tuple[int, int] = (0, 0),
        others: frozenset[str] = frozenset(),
    ) -> _Entity | None:
        """Return the latest entity before ``position`` compatible with ``pronoun``.

        Names inside ``content`` (start, end) are passed over: the pronoun
        attributes that content, and its speaker is no one named in it. So
        are people whose surname is in ``others`` (named in the pronoun's own
        clause: "he told Hannity").
        """
        kind = PRONOUNS.get(pronoun, "any")
        runs, upto = self._runs_upto(position)
        floor = max(0, upto - 10)
        resolved = sorted(
            [e for e in self._entities[-20:] if e.position < position], key=_POSITION_OF
        )
        # The scanned runs of the last ten names and the resolved mentions, latest
        # first, merged as they come: the answer is usually among the first two,
        # so most runs are never read. At the same position the resolved mention
        # comes first, as it carries the apposition's role as well.
        index, run_index = len(resolved) - 1, upto - 1
        while index >= 0 or run_index >= floor:
            if index >= 0 and (run_index < floor or resolved[index].position >= runs[run_index][0]):
                entity: _Entity | None = resolved[index]
                index -= 1
            else:
                run = runs[run_index]
                run_index -= 1
                entity = self._usable_entity(run, content)
            if entity is not None and _compatible(entity, kind) and entity.surname not in others:
                if kind in ("male", "female"):
                    return self._salient(position, kind, content, others, entity)
                return entity
        return None

    def _usable_entity(self, run: tuple[int, str], content: tuple[int, int]) -> _Entity | None:
        """Return the entity of a scanned run a pronoun may refer to, or None.

        Not a name inside the pronoun's ``content`` ('“I don't know Jake
        Sullivan,” she said'), inside any quotation, in a Title Case heading
        or in a resolved speaker's apposition.
        """
        if content[0] <= run[0] < content[1] or self._is_described(run[0]):
            return None
        static = self._static_ok.get(run[0])
        if static is None:
            # Headings and quotations do not change as mentions are resolved.
            static = not (self._in_title_case_line(run[0]) or inside(run[0], self._quoted))
            self._static_ok[run[0]] = static
        return self._entity(run) if static else None

    def _salient(
        self,
        position: int,
        kind: str,
        content: tuple[int, int],
        others: frozenset[str],
        nearest: _Entity,
    ) -> _Entity:
        """Return the person a "he"/"she" at ``position`` most likely refers to.

        ``nearest`` is the latest full name or resolved mention. A person is
        also mentioned by surname alone ("Sanders now seeks …"), which the name
        scan does not read: the latest surname after ``nearest`` that opens a
        clause and belongs to one earlier person (not two: "Clinton" may be
        Bill or Hillary) names the referent instead.
        """
        text = self._text
        lo = max(nearest.position + 1, position - _SALIENCE_WINDOW)
        # Most capitalised words are no earlier person's surname: the words are
        # tested against the surnames before the people map is built.
        _, upto = self._runs_upto(position)
        surnames = set(self._run_surnames[max(0, upto - 30) : upto])
        surnames.update(filter(None, map(_SURNAME_OF, self._entities[-50:])))
        # (start, bare surname) of each use that opens a clause, outside the
        # pronoun's content, quotations and appositions of speakers.
        words = [
            (start, bare)
            for match in _CAPITALISED_RE.finditer(text, lo, position)
            if (bare := _bare(match.group())) in surnames
            and _subject_at(text, start := match.start(), match.end())
            # "In a riff on …" is no mention of a person named "In".
            and self._only_a_name(bare)
            and not content[0] <= start < content[1]
            and not inside(start, self._quoted)
            and not self._is_described(start)
        ]
        if not words:
            return nearest
        people = self._people(position, {bare for _, bare in words})
        for _, bare in reversed(words):
            person = people.get(bare)
            if person is None:
                continue
            if person.surname in others or not _compatible(person, kind):
                # "Clinton moved there. … he": someone else, perhaps named earlier.
                continue
            return nearest if person.display == nearest.display else person
        return nearest

    def _people(self, position: int, wanted: set[str]) -> dict[str, _Entity]:
        """Return the persons named in full before ``position`` with a ``wanted`` surname.

        A surname shared by two people (two first names, or both sexes) maps
        to none of them. Each person is their latest mention that opens with
        a first name ("Given Obama", "Real Donald Trump" are misread runs).
        """
        runs, upto = self._runs_upto(position)
        # Only runs ending in a wanted surname are read (reading is the cost).
        since = max(0, upto - 30)
        scanned = [
            found
            for run, last in zip(runs[since:upto], self._run_surnames[since:upto], strict=True)
            if last in wanted and (found := self._usable_entity(run, (0, 0))) is not None
        ]
        groups: dict[str, list[_Entity]] = {}
        resolved = [known for known in self._entities[-50:] if known.position < position]
        for person in scanned + resolved:
            if (
                person.surname in wanted
                and person.source_type == "person"
                and " " in person.display
            ):
                groups.setdefault(person.surname, []).append(person)
        people: dict[str, _Entity] = {}
        for surname, group in groups.items():
            named = [p for p in group if first_name_sex(_bare(p.display.split()[0])) is not None]
            # "Will Sanders come down?" in a headline is no second Sanders:
            # a first name that is also a lower-case word tells nothing.
            first_names = {
                first for p in named if self._only_a_name(first := _bare(p.display.split()[0]))
            }
            genders = {p.gender for p in group} - {None}
            if len(first_names) > 1 or len(genders) > 1:
                continue
            person = max(named or group, key=lambda p: p.position)
            if (
                named
                or any(member in resolved for member in group)
                or self._only_a_name(_bare(person.display.split()[0]))
            ):
                # A first name, a speaker's mention or a first word never
                # written in lower case shows a person's name ("Given Obama"
                # is a misread sentence start).
                people[surname] = person
        return people

    def _only_a_name(self, word: str) -> bool:
        """Return True when the lower-case ``word`` never occurs in the text as a word."""
        known = self._common_words.get(word)
        if known is None:
            # A literal search and a look at the neighbours: a pattern opening
            # with \b would be tried at every position of the article.
            text, size, known = self._text, len(word), False
            at = text.find(word)
            while at >= 0 and not known:
                end = at + size
                known = (at == 0 or not text[at - 1].isalpha()) and (
                    end == len(text) or not text[end].isalpha()
                )
                at = text.find(word, end)
            self._common_words[word] = known
        return not known

    def _named_in_clause(self, mention: Mention, content: tuple[int, int]) -> frozenset[str]:
        """Return the bare surnames of capitalised words after ``mention`` in its clause.

        The words between the pronoun and its content (or, when the content
        came first, the rest of the clause): "“…,” he told Hannity" names
        someone the pronoun is not.
        """
        text = self._text
        stop = content[0] if content[0] > mention.end else min(len(text), mention.end + 60)
        clause = _CLAUSE_END_RE.split(text[mention.end : stop], maxsplit=1)[0]
        return frozenset(_bare(word) for word in clause.split() if word[:1].isupper())

    def _label(self, index: int) -> tuple[str, str]:
        """Return the head words and all the words that label name run ``index``.

        Both as :func:`_label_words` gives them. The label is the titles and
        descriptive words written right before the name ("Vermont Sen.
        Bernie Sanders", "former Secretary of State Hillary Clinton",
        "Republican presidential candidate Donald Trump"), all of which may
        be its head, and right after it a bracket ("(I-Vt.)"), "of" and a
        place ("of Florida"), or an apposition opened by a determiner, a
        capital or an age and closed by a comma or a sentence end (", the
        GOP front-runner,"), whose head is its last word before a
        postmodifier ("the father-and-daughter donors who …": "donors").
        Nothing else around the name labels it: "a campaigner for Senator
        Bernie Sanders" says nothing about Sanders.
        """
        label = self._labels.get(index)
        if label is not None:
            return label
        text = self._text
        start, run = self._runs[index]
        end = start + len(run)
        words = text[max(text.rfind("\n", 0, start) + 1, start - 80) : start].split()
        before: list[str] = []
        for back in range(len(words) - 1, -1, -1):
            word = words[back]
            bare = _bare(word)
            if bare == "of":
                # "Secretary of State Hillary Clinton", not "supporters of Sen. …".
                left = words[back - 1] if back else ""
                if not (left[:1].isupper() or _bare(left) in _LABEL_WORDS):
                    break
            elif (
                _ends_a_phrase(word)
                or bare in ("the", "a", "an")
                or not (bare in _LABEL_WORDS or word[:1].isupper())
            ):
                break
            before.append(word)
        before.reverse()
        heads = [*before, run]
        after = ""
        follow = text[end : end + 120]
        if follow.startswith(", "):
            inner = _AGE_RE.sub("", follow[2:], count=1)
            stop = _LABEL_END_RE.search(inner)
            if (
                stop is not None
                and inner[stop.start()] != ")"
                and (inner[:1].isupper() or inner.startswith(("the ", "a ", "an ")))
            ):
                after = inner[: stop.start()]
                phrase = after.split()
                cut = next(
                    (i for i, w in enumerate(phrase) if i and w in _APPOSITION_POSTMODIFIERS),
                    len(phrase),
                )
                heads.append(phrase[cut - 1])
        elif follow.startswith(" ("):
            after = follow[2 : follow.find(")") if ")" in follow else 0]
        elif follow.startswith(" of ") and follow[4:5].isupper():
            stop = _LABEL_END_RE.search(follow, 4)
            after = follow[: stop.start() if stop else len(follow)]
        label = (_label_words(" ".join(heads)), _label_words(" ".join([*before, run, after])))
        self._labels[index] = label
        return label

    def _described_person(self, mention: Mention, content: tuple[int, int]) -> _Entity | None:
        """Return the named person an unnamed definite description refers to, or None.

        "Vermont Sen. Bernie Sanders … the Vermont senator said": the latest
        person named before ``mention`` (within the last forty names) whose
        label (:meth:`_label`) holds the description's head noun, or its
        short title, and every capitalised modifier, or its abbreviation
        ("Fla." for Florida, "GOP" for Republican). Without such a label the
        description stays as written: "the New York businessman" is Trump
        only to a reader who knows it.
        """
        parts = _description_parts(mention.text)
        if parts is None:
            return None
        heads, marks = parts
        description = _label_words(mention.text)
        runs, upto = self._runs_upto(mention.start)
        if upto == 0:
            return None
        first = max(0, upto - _DESCRIBED_RUNS_BACK)
        if self._lower is None:
            self._lower = _lower_same_length(self._text)
        lower = self._lower
        # The first word of each form: " front runner " is written "front-runner".
        words = [head.split()[0] for head in heads]
        # A string search first: most descriptions' head words are written
        # near no earlier name, and reading the names costs far more. Only
        # the runs within reach of a use of a head word are read (the
        # mention's own words count: "Raynard Jackson, … the host of …" may
        # be read as a mention of its own).
        lo = max(0, runs[first][0] - 80)
        near: set[int] = set()
        for word in words:
            at = lower.find(word, lo, mention.end)
            while at >= 0:
                near.update(
                    range(
                        bisect_left(self._run_starts, at - _DESCRIBED_REACH, first, upto),
                        bisect_right(self._run_starts, at + 80, first, upto),
                    )
                )
                at = lower.find(word, at + 1, mention.end)
        for index in sorted(near, reverse=True):
            entity = self._usable_entity(runs[index], content)
            if (
                entity is None
                # "Vermont Sen" is a run, but no named person.
                or " " not in entity.display
                or _bare(entity.display.rsplit(None, 1)[-1]) in TITLE_WORDS
            ):
                continue
            label_heads, label = self._label(index)
            if (
                any(head in label_heads for head in heads)
                and all(any(form in label for form in forms) for forms in marks)
                # "Christine Todd Whitman, the former New Jersey governor" is
                # not "the governor" of the day.
                and (" former " not in label or " former " in description)
            ):
                return self._with_role(entity)
        return None

    def note_document(
        self, position: int, speaker: str, role: str | None, source_type: str, document: str
    ) -> None:
        """Remember that ``speaker`` spoke through a ``document`` ending at ``position``.

        "Kirby said in a statement. It identified …": a later "it" may refer
        to the statement, and so to its owner.
        """
        self._entities.append(
            _Entity(position, speaker, role, source_type, None, document, None, False)
        )

    def resolve(
        self, mention: Mention, content: tuple[int, int] = (0, 0)
    ) -> tuple[str | None, str | None, str]:
        """Return (speaker display name, role, source type) and remember the referent.

        ``content`` is the (start, end) of what the mention is the source of; a
        pronoun never refers to a name inside it.
        """
        position = mention.start
        if mention.pronoun is not None:
            if mention.pronoun in ("i", "you"):
                return None, None, "person"
            if mention.pronoun in ("who", "which"):
                # A relative pronoun refers to the phrase right before it, even
                # when a content boundary put that phrase inside, and its clause
                # describes that phrase.
                content, others = (0, 0), frozenset[str]()
            else:
                others = self._named_in_clause(mention, content)
            entity = self._latest(position, mention.pronoun, content, others)
            if entity is None:
                return None, None, mention.source_type
            entity = self._with_role(entity)
            # The referent seen again here: entity._replace(position=position),
            # built directly (resolve runs for every mention).
            self._entities.append(_TUPLE_NEW(_Entity, (position, *entity[1:])))
            return entity.display, entity.role, entity.source_type
        display = mention.name
        role = mention.role
        source_type = mention.source_type
        pair = _coordinated_people(mention.text) if display and " and " in display else None
        if pair is not None:
            # "Clinton and Sanders said": each surname alone is the person
            # named in full earlier; the pair is a group a later "they" means.
            # A lone word that names no one earlier ("Engineering and
            # Medicine", "Sarah and Victoria") leaves the last name alone.
            people: list[_Entity] = []
            for name, title in pair:
                full = self._full_name(_bare(name), position) if " " not in name else None
                if full is None and " " not in name and not _titled(mention.text, name):
                    break
                if full is None:
                    last = _bare(name.rsplit(None, 1)[-1])
                    sex = _gender(name, None)
                    full = _Entity(position, name, title, "person", sex, None, last, False)
                elif title and not full.role:
                    full = full._replace(role=title)
                people.append(full)
            else:
                # Each person too, for a later "he" or "she" (the last one is
                # the nearest) or a surname.
                self._entities += [_TUPLE_NEW(_Entity, (position, *p[1:])) for p in people]
                display = " and ".join(person.display for person in people)
                group = _Entity(position, display, None, "person", None, None, None, True)
                self._entities.append(group)
                return display, None, "person"
            display = pair[-1][0]
        gender = None
        surname = _bare(display.split()[-1]) if display else None
        first_word = mention.text.split(None, 1)[:1]
        honorific = _bare(first_word[0]) if first_word else None
        if (
            display
            and source_type == "organization"
            and surname in COUNTRY_NAMES
            and self._full_name(surname, position) is not None
        ):
            # "Rep. Jim Jordan … Jordan said": a surname that is also a country.
            source_type = "person"
        if display and source_type == "person":
            titled = honorific if honorific in _HONORIFICS else None
            gender = _gender(display, titled)
            if " " not in display and surname is not None:
                # Only an honorific tells the sex here: a lone "Kelly" is a surname.
                sex = _gender(None, titled)
                full = self._full_name(surname, position, sex) or self._variant(surname, position)
                if full is not None:
                    display = full.display
                    role = role or full.role
                    gender = gender or full.gender or _gender(display, None)
                elif (
                    gender is None
                    and first_name_sex(surname) is None
                    and (
                        mention.text.strip(" ,([") == display
                        # "Others, though, said": an aside after it, no role.
                        or (role is None and mention.text.split(",", 1)[0].strip() == display)
                    )
                    and not self._written_as_a_name(display)
                ):
                    # "Others said", "Shortly after, …", "Contributing: …": a
                    # word capitalised only where a sentence starts is no
                    # name; a plural one is an unnamed group.
                    source_type = "anonymous" if surname.endswith("s") else "unknown"
                    self._entities.append(
                        _Entity(position, display, role, source_type, None, None, None, True)
                    )
                    return display, role, source_type
                elif _ACRONYM_RE.fullmatch(display) and (
                    len(display.replace(".", "")) >= 3 or mention.determiner is not None
                ):
                    # "NASA said", "the IMF said", "the F.B.I. said": an acronym
                    # that is no known surname ("TRUMP:" in a transcript is) is
                    # a body; two letters alone may be someone's initials.
                    source_type = "organization"
        elif display is None:
            text = mention.text.strip(" ,")
            if mention.determiner in _DEFINITE and mention.head:
                # "the defense official" refers back to "a defense official",
                # but "The Sanders campaign" not to "the Clinton campaign":
                # each capitalised word of the phrase must be in the other's.
                marks = [w for w in text.split(",", 1)[0].split()[1:] if _is_capitalised(w)]
                for entity in reversed(self._entities[-50:]):
                    if (
                        entity.position < position
                        and (
                            entity.head == mention.head
                            # "Sen. Ted Cruz said … The senator added": a title
                            # written short names the same office (only for a bare
                            # "the senator": "the Florida senator" is another one).
                            or (
                                len(text.split()) == 2
                                and mention.head in _TITLE_NOUNS.get(entity.head or "", ())
                            )
                            # "Iraqi Shiite militias said … the group said":
                            # a generic noun for a body refers to the latest body.
                            or (
                                mention.head in _GENERIC_BODIES
                                and entity.source_type == "organization"
                            )
                        )
                        and _names_all(entity, marks)
                    ):
                        self._entities.append(_TUPLE_NEW(_Entity, (position, *entity[1:])))
                        return entity.display, entity.role, entity.source_type
                described = self._described_person(mention, content)
                if described is not None:
                    self._entities.append(_TUPLE_NEW(_Entity, (position, *described[1:])))
                    return described.display, described.role, described.source_type
            # "the mayor, who spoke on condition of anonymity": the phrase
            # before the apposition names the speaker; the rest describes it.
            text = text.split(",", 1)[0].rstrip() or text
            relative = _RELATIVE_CLAUSE_RE.search(text, 1)
            if relative is not None and relative.start() > 0:
                # "a prominent RNC member who supports Trump": the clause
                # describes the speaker; the phrase before it names them.
                text = text[: relative.start()]
            display = text[:1].lower() + text[1:] if mention.determiner else text
        plural = bool(mention.head and mention.head.endswith("s") and mention.name is None)
        fields = (position, display, role, source_type, gender, mention.head, surname, plural, None)
        self._entities.append(_TUPLE_NEW(_Entity, fields))
        comma = mention.text.find(",")
        if (
            comma >= 0
            and mention.name is not None
            and mention.text[comma + 1 :].lstrip()[:1].islower()
        ):
            # "Douglas Holtz-Eakin, a former adviser to President George W.
            # Bush, …": names in the apposition describe the speaker; a later
            # pronoun refers to the speaker, not to them. (Not "the director
            # of the Centre, Ina Kirsch": that apposition is the name.)
            self._described.append((position + comma, mention.end))
        return display, role, source_type
