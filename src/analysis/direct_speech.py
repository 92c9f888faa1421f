"""Direct speech: the speaker and cue of a quotation, from the words around its marks.

Patterns: ``"…," X said`` / ``"…," said X`` / ``"…" — X`` after the marks,
``X said: "…"`` / ``X told Y, "…"`` before them, ``X called it "…"`` when the
quotation ends the sentence, and a quotation introduced by a sentence ending
in a colon in the paragraph before (``Cruz continued:``).
"""

from __future__ import annotations

import re

from analysis.attribution import (
    DASHES,
    DIRECT_CUE_ALTERNATION,
    PARTICIPLES,
    QUOTE_MARKS,
    STRIP_CHARS,
    SUBJECT_PRONOUNS,
    Attribution,
    Token,
    cue_phrase_end,
    ends_sentence,
    find_mention_after,
    find_mention_before,
    find_subject,
    participle_speaker,
    split_tokens,
    strip_content,
)
from analysis.lexicons import (
    BARE_TIME_NOUNS,
    DIRECT_CUES,
    INDIRECT_CUES,
    LOADED_CUE_LEMMAS,
    NAMING_CUES,
    NEUTRAL_CUE_LEMMAS,
)
from analysis.quotemarks import QuoteSpan, only_closing_marks

__all__ = ["attribute_direct", "attribute_fragment", "attribute_intro"]

_CURLY_OR_STRAIGHT = frozenset('“”"')

# Pronouns that speak in '"…," she conceded' whatever the verb ("it" and
# "you" more often start a clause of their own: '"…," it seemed').
_PRONOUN_SPEAKERS = frozenset({"he", "she", "they", "we", "I"})

# Reporting verbs in their base form ("they conclude").
_CUE_LEMMAS = LOADED_CUE_LEMMAS | NEUTRAL_CUE_LEMMAS

# '“Braynard Precision Survey Method,” he was the only …': no cue.
_AUXILIARIES = frozenset({"was", "is", "has", "had", "does", "needed", "used"})

# Irregular past tenses that attribute a quotation ending in a comma
# ('“…,” Clinton shot back', '“…,” she went on').
_IRREGULAR_PAST = frozenset({"shot", "went", "spoke", "broke", "began", "wrote", "hit"})


def attribute_direct(
    text: str, quote: QuoteSpan, left: int, right: int, sentence_start: int | None = None
) -> Attribution | None:
    """Return the attribution of a quotation from the words around its marks, or None.

    ``left`` and ``right`` bound the clause around the quote (the sentence, cut
    at neighbouring quotations); ``sentence_start`` (``left`` when not given)
    is where its sentence starts, before any quotation that cut it, where a
    participle's subject is looked for last. Tries, in order: a cue after the quote
    (``"…," X said`` / ``"…," said X`` / ``"…" — X``) and a cue before it ending
    in a comma or colon (``X said: "…"``, ``X told Y, "…"``).
    """
    after = split_tokens(text, quote.close_end, min(right, quote.close_end + 160))
    found = _after_quote(text, quote, after, right)
    reaches_end = only_closing_marks(text, quote.close_end, right)
    if found is not None and _CUE_THEN_MARK_RE.search(
        text, max(left, quote.open_start - 30), quote.open_start + 1
    ):
        # 'When someone shouted, “Cruz,” Beck joked, …': a cue and a comma
        # right before the marks attribute them; the cue after starts the next report.
        before = _before_quote(text, quote, left, reaches_end, sentence_start)
        if before is not None:
            return before
    if found is not None:
        lead = text[left : quote.open_start]
        lead_words = lead.split()
        if (
            len(lead_words) >= 2
            and not lead.rstrip().endswith((":", ",", "-", "—", "–"))
            # 'Feinstein said "I don't know …," she said': a cue right before
            # the marks attributes the quotation twice; the lead is no content.
            and lead_words[-1].lower() not in DIRECT_CUES
        ):
            # "But Mr. Kim's “execution has been challenged,” Mr. Solomon said":
            # the words before the marks belong to the same reported clause.
            start, _ = strip_content(text, left, quote.open_start)
            found = found._replace(start=start, end=max(found.end, quote.close_end))
        return found
    return _before_quote(text, quote, left, reaches_end, sentence_start)


# A reporting verb, then a comma or colon, right before an opening mark.
_CUE_THEN_MARK_RE = re.compile(r"\b(?:" + DIRECT_CUE_ALTERNATION + r")[,:][ \u00a0]*[“\"«']+$")


def _after_quote(text: str, quote: QuoteSpan, after: list[Token], right: int) -> Attribution | None:
    """Return the attribution that follows a quote's closing mark, or None."""
    if not after:
        return None
    first = after[0]
    if (
        first.raw.startswith(DASHES)
        or first.raw == "-"
        # '"…"\n-Michelle Marks, Philadelphia.': a hyphen as the dash, on a line of its own.
        or (
            first.raw[:1] == "-"
            and first.raw[1:2].isupper()
            and "\n" in text[quote.close_end : first.start]
        )
    ):
        dash_end = first.start + len(first.raw) - len(first.raw.lstrip("—–-―"))
        name_start = dash_end
        if name_start == first.end and len(after) > 1:
            name_start = after[1].start
        mention = find_mention_after(text, name_start, right)
        if mention is None:
            return None
        return Attribution(
            quote.start, quote.end, mention[0], mention[1], first.start, dash_end, True
        )
    # The quotation's last character, read once (a quotation runs to hundreds of characters).
    last = text[quote.start : quote.end].rstrip(" '’")[-1:]
    closed_sentence = last == "."
    open_ended = last in (",", "?", "!")
    for i, token in enumerate(after[:24]):
        if closed_sentence and i > 0 and len(after) - i > 4:
            # "…done.” Greene added that …" starts a new sentence of its own.
            return None
        if token.word == "according" and i + 1 < len(after) and after[i + 1].word == "to":
            mention = find_mention_after(text, after[i + 1].end + 1, right)
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
            0 <= i <= 4
            and open_ended
            and token.raw[:1].islower()
            and token.word.isalpha()
            # '"…," Smith, who has run the agency, told': a relative clause's
            # verb or an auxiliary is no cue.
            and token.word not in _AUXILIARIES
            and not _relative_clause_verb(after, i)
            # '“…,” Iraqi Shiite militias said': a plural noun before a known cue.
            and not (i + 1 < len(after) and after[i + 1].word in DIRECT_CUES)
            and (
                token.word.endswith(("ed", "s"))
                or token.word in _IRREGULAR_PAST
                # '"…," they conclude': a plural subject's present tense.
                or (i == 1 and after[0].raw in ("they", "we", "I") and token.word in _CUE_LEMMAS)
            )
            and (
                # ("I" is a pronoun, read below: '“…?” I had prepared' is no cue.)
                (after[0].raw.lstrip(STRIP_CHARS)[:1].isupper() and after[0].raw != "I")
                # '"We will win," he asserted': a pronoun before the verb,
                # after a quoted sentence, too ('"persona," he lists' is no cue).
                or (i == 1 and after[0].raw in _PRONOUN_SPEAKERS and _sentence_shaped(text, quote))
                if i
                # '"…," remembered Roy Verley': an inverted cue before a name.
                else len(after) > 1
                and token.word.endswith("ed")
                and after[1].raw[:1].isupper()
                and after[1].word not in _NOT_AFTER_INVERTED
            )
        )
        if generic or (
            token.word in DIRECT_CUES
            and (token.raw[:1].islower() or i > 0)
            # '"…," Cruz, who has proposed repealing it, said': the relative
            # clause's verb is no cue, a known one neither.
            and not _relative_clause_verb(after, i)
            # "a short statement to read": an infinitive reports nothing.
            and not (i > 0 and after[i - 1].word == "to")
        ):
            # '"…," Beck questioned.' / '"…," Mr. Rubel pointed out.': after a
            # quotation ending in a comma, "Name verb-ed" is an attribution
            # whatever the verb.
            if token.raw.endswith(":"):
                # '"…," Trump said: "…"': the cue introduces the next quotation.
                return None
            if i == 0:
                if token.word in PARTICIPLES:
                    # '… a defense of “New York values,” saying the city …': a
                    # participle is never inverted; what follows it is its content.
                    return None
                mention = find_mention_after(
                    text, cue_phrase_end(text, token, right) + 1, right, loose=open_ended
                )
                if mention is None:
                    return None
                return Attribution(
                    quote.start,
                    quote.end,
                    mention[0],
                    mention[1],
                    token.start,
                    cue_phrase_end(text, token, right),
                    True,
                )
            found = find_mention_before(text, after[0].start, token.start)
            if found is None:
                # '"…" the presumptive GOP nominee, Donald Trump, tweeted'
                subject = find_subject(text, after[0].start, token.start)
                if subject is None and open_ended and _plain_phrase(after[:i]):
                    # '"…," federal prosecutors wrote': every word between the
                    # marks and the cue is the speaker.
                    subject = (after[0].start, after[i - 1].start + len(after[i - 1].raw))
                if subject is None:
                    return None
                found = (*subject, token.start)
            m_start, m_end, cue_start = found
            end = quote.end
            between = text[quote.close_end : m_start]
            if (
                between.split()[-1:] in (["and"], ["but"])
                and text[m_start:m_end].lower() in SUBJECT_PRONOUNS
            ):
                # '"broken" campaign finance system and he, once again, pledged':
                # a coordinated clause with its own subject follows the quote.
                return None
            start = quote.start
            if len(between.strip(" ,\u00a0").split()) >= 2 and between.rstrip().endswith(","):
                # '"…" and against the gun-control law, Clinton said': the words
                # after the marks belong to the content, up to the comma, and
                # the content then takes in the marks too.
                comma = between.rfind(",")
                end = quote.close_end + (comma if comma > 0 else len(between.rstrip()))
                start = quote.open_start
            return Attribution(
                start,
                end,
                m_start,
                m_end,
                cue_start,
                cue_phrase_end(text, token, right),
                True,
            )
        if ends_sentence(token) or token.raw[-1] in ";:":
            return None
        if not QUOTE_MARKS.isdisjoint(token.raw):
            return None
    return None


_PREPOSITIONS = frozenset(
    {"in", "on", "at", "of", "during", "for", "with", "from", "into", "about", "over", "after"}
)


def _after_preposition(text: str, lo: int, position: int) -> bool:
    """Return True when the word right before ``position`` (within the clause) is a preposition."""
    words = text[max(lo, position - 24) : position].split()
    if len(words) > 1 and words[-1].lower() == "to":
        # "delivered a blunt message to Trump:": the addressee, not the speaker
        # (but "no surprise to pollster Daron Shaw:" is his view).
        return words[-2].lower().strip(",") in _MESSAGE_WORDS
    return bool(words) and words[-1].lower() in _PREPOSITIONS


# Messages sent to someone: the phrase after their "to" is the addressee.
_MESSAGE_WORDS = frozenset(
    {"message", "letter", "note", "email", "e-mail", "memo", "warning", "plea", "appeal",
     "reply", "response", "tweet", "messages", "letters", "notes", "emails", "memos"}
)  # fmt: skip


def _plain_phrase(tokens: list[Token]) -> bool:
    """Return True for one to five lower-case words with no punctuation: a bare noun phrase."""
    return 0 < len(tokens) <= 5 and all(
        t.raw.isalpha() and t.raw.islower() and t.word not in _NOT_A_SUBJECT for t in tokens
    )


# Capitalised words that cannot start the speaker after an inverted -ed cue
# ('"…," added The …' or '"…," continued I …' open a new clause instead).
_NOT_AFTER_INVERTED = frozenset({"i", "the", "a", "an", "in", "on", "at", "but", "and"})

# Words that cannot open or make up a speaker phrase after a quotation.
_NOT_A_SUBJECT = frozenset({"and", "but", "or", "so", "then", "as", "when", "while", "if"})


def _before_quote(
    text: str, quote: QuoteSpan, left: int, reaches_end: bool, sentence_start: int | None = None
) -> Attribution | None:
    """Return the attribution of ``X said: "…"`` / ``X told Y, "…"`` before a quote.

    Without a comma or colon before the marks (``X said that "…"``, ``X called
    it "…"``) the quote is part of a clause: it is attributed here only when
    it runs to the end of the sentence, with the clause as content; a quoted
    fragment inside a longer sentence is left to the reported-speech pass.
    """
    far = max(left, quote.open_start - 160)
    tail = text[far : quote.open_start].rstrip()
    if not tail or (not reaches_end and tail[-1] not in ",:"):
        # Decided by the last character alone: no need to tokenise.
        return None
    # The rules below read at most the last nine tokens, so a short window is
    # tokenised first and the long one only when the short one may be cut.
    near = max(far, quote.open_start - 72)
    before = split_tokens(text, near, quote.open_start)
    if near > far and len(before) < 11:
        before = split_tokens(text, far, quote.open_start)
    if before[-1].raw.endswith((",", ":")):
        return _cue_before(text, quote, before, left, sentence_start)
    if not reaches_end:
        return None
    if before[-1].word in DIRECT_CUES:
        return _cue_before(text, quote, before, left, sentence_start)
    return _naming_quote(text, quote, before, left)


def _naming_quote(
    text: str, quote: QuoteSpan, before: list[Token], left: int
) -> Attribution | None:
    """Return the attribution of ``X denounced it as "…"`` / ``X called it "…"``, or None."""
    for back in range(1, min(len(before), 7) + 1):
        token = before[-back]
        if ends_sentence(token) or not _CURLY_OR_STRAIGHT.isdisjoint(token.raw):
            return None
        if token.word in NAMING_CUES and token.raw[:1].islower():
            found = find_mention_before(text, left, token.start)
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


def _cue_before(
    text: str, quote: QuoteSpan, before: list[Token], left: int, sentence_start: int | None = None
) -> Attribution | None:
    """Return the attribution of a cue that ends in a comma or colon before a quote."""
    sentence = _sentence_shaped(text, quote)
    for back in range(1, min(len(before), 9) + 1):
        token = before[-back]
        if (
            back == 2
            and sentence
            and token.word in DIRECT_CUES
            and token.raw[:1].isupper()
            and (len(before) == 2 or ends_sentence(before[-3]))
        ):
            # 'Said Comey, "…"': an inverted cue opens the sentence, the
            # speaker follows it.
            name = before[-1]
            return Attribution(
                quote.start,
                quote.end,
                name.start,
                name.start + len(name.raw.rstrip(STRIP_CHARS)),
                token.start,
                token.end,
                True,
            )
        if (
            back > 2
            and sentence
            and token.word in DIRECT_CUES
            and token.raw[:1].isupper()
            and (inverted := _inverted_speaker(text, left, token, before[-back + 1], quote))
        ):
            # 'Said Dorothy Poynter, a neighbour, “…”'.
            return inverted
        if (
            back == 1
            and sentence
            and token.word not in DIRECT_CUES
            and (verb_back := _verb_back(before))
            and not _cue_earlier(before[: len(before) - verb_back + 1])
        ):
            # 'He jokes, “…”', 'Billy Joel sings, "…"', 'a hat reading, “…”',
            # 'Fallon fired back: “…”': any verb right before a comma or colon
            # and a quoted sentence introduces it.
            verb = before[-verb_back]
            found = find_mention_before(text, left, verb.start) or _nearest_subject(
                text, left, verb.start
            )
            m_start, m_end, cue_start = found if found else (-1, -1, verb.start)
            cue_end = token.start + len(token.raw.rstrip(STRIP_CHARS))
            return Attribution(quote.start, quote.end, m_start, m_end, cue_start, cue_end, True)
        if (
            back == 1
            and token.raw == "it,"
            and len(before) > 1
            and before[-2].word in ("put", "puts", "says", "said")
        ):
            # "As Trump put it, “…”": the speaker is the subject of "put".
            found = find_mention_before(text, left, before[-2].start)
            if found is not None:
                m_start, m_end, cue_start = found
                cue_end = token.start + 2
                return Attribution(quote.start, quote.end, m_start, m_end, cue_start, cue_end, True)
        if token.word in DIRECT_CUES and token.raw[:1].islower():
            if back > 1 and not before[-1].raw.endswith((",", ":")):
                # "X said that “…”": the clause after the cue is the content.
                quote = quote._replace(start=before[-back + 1].start, end=quote.close_end)
            found = find_mention_before(text, left, token.start)
            if token.word in PARTICIPLES:
                found = participle_speaker(text, left, token.start, found)
            if found is None and back > 1 and sentence and token.word not in PARTICIPLES:
                inverted = _inverted_speaker(text, left, token, before[-back + 1], quote)
                if inverted is not None:
                    return inverted
            if found is None:
                # "Christie bristled …, saying, “…”", "he laughed and said, “…”",
                # "Gov. John Kasich (R-OH), said, “…”": the sentence's subject speaks.
                subject = None
                if back < len(before) and before[-back - 1].word == "and" and sentence:
                    # 'When Robby Mook … was asked …, he laughed and said, “…”':
                    # two verbs share the subject of the nearest clause.
                    nearest = _nearest_subject(text, left, token.start)
                    subject = nearest[:2] if nearest else None
                if subject is None:
                    subject = find_subject(text, left, token.start)
                if subject is None and sentence:
                    # "…, he looked into my camera, furrowed his brow and said,
                    # “…”": the subject of an earlier clause of the sentence.
                    nearest = _nearest_subject(text, left, token.start)
                    subject = nearest[:2] if nearest else None
                if (
                    subject is None
                    and token.word in PARTICIPLES
                    and sentence_start is not None
                    and sentence_start < left
                    # '… with Donald Trump tweeting that it was a “disaster” and
                    # asking, “…”': an earlier participle's speaker goes on,
                    # found later from that attribution.
                    # (Searched word by word from the sentence start, stopping
                    # at the first: a split of the whole stretch would grow
                    # with every quotation of a run-on sentence.)
                    and not any(
                        match.group().lower() in PARTICIPLES
                        for match in _ING_WORD_RE.finditer(text, sentence_start, left)
                    )
                ):
                    # 'He joined others in attacking the “top secret” label,
                    # saying: “…”': a quoted term cut the clause; the sentence's
                    # subject speaks.
                    subject = find_subject(text, sentence_start, token.start)
                if subject is None and token.word not in PARTICIPLES and not sentence:
                    # A quoted sentence after its cue is speech even when the
                    # speaker cannot be read ("Why not just say: “…”").
                    return None
                m_start, m_end = subject if subject else (-1, -1)
                return Attribution(
                    quote.start,
                    quote.end,
                    m_start,
                    m_end,
                    token.start,
                    token.start + len(token.raw.rstrip(STRIP_CHARS)),
                    True,
                )
            m_start, m_end, cue_start = found
            return Attribution(
                quote.start,
                quote.end,
                m_start,
                m_end,
                cue_start,
                cue_phrase_end(text, token, quote.open_start),
                True,
            )
        if back > 1 and (ends_sentence(token) or not _CURLY_OR_STRAIGHT.isdisjoint(token.raw)):
            return None
    return None


_ADDRESSING_CUES = frozenset({"told", "tells", "telling", "asked", "asks", "asking"})


def _inverted_speaker(
    text: str, left: int, cue: Token, after_cue: Token, quote: QuoteSpan
) -> Attribution | None:
    """Return the attribution of ``But, said Solovey, “…”``: the speaker after the cue, or None.

    Only when nothing but an opening adverbial precedes the cue in its clause
    (the clause starts there or the cue follows a comma: "In other words,
    explained CBS moderator Nancy Cordes: “…”"), so a verb with a subject of
    its own ("Trump said Tuesday, “…”") is no inverted cue.
    """
    opening = text[left : cue.start].rstrip()
    if (opening and opening[-1] not in ",.!?;") or cue.word in _ADDRESSING_CUES:
        # After "told" the next phrase is the addressee: 'Paul Middup, told
        # the meeting: “…”' has a subject the mention finder missed.
        return None
    mention = find_mention_after(text, after_cue.start, quote.open_start)
    if mention is None:
        return None
    cue_end = cue.start + len(cue.raw.rstrip(STRIP_CHARS))
    return Attribution(quote.start, quote.end, mention[0], mention[1], cue.start, cue_end, True)


# Words before a comma that look like verbs but are not ("Indeed, “…”").
_NOT_VERBS = frozenset(
    {"indeed", "always", "perhaps", "regardless", "nevertheless", "nonetheless", "besides",
     "thus", "yes", "alas", "afterwards", "towards", "news", "times", "sometimes",
     "is", "was", "has", "does", "this", "his", "hers", "its", "ours", "yours", "theirs",
     "as", "us", "less", "unless", "plus", "minus", "bus", "status", "campus", "census",
     "series", "species", "ed", "red", "bed", "need", "speed", "seed", "feed", "deed",
     "hundred", "naked", "wicked", "sacred", "kindred"}
)  # fmt: skip


def _sentence_shaped(text: str, quote: QuoteSpan) -> bool:
    """Return True when a quotation reads as a sentence: two words or more, capitalised."""
    content = text[quote.start : quote.end].lstrip(" \u00a0.…([")
    return content[:1].isupper() and " " in content.strip()


# Adverb particles of phrasal reporting verbs: "fired back:", "weighed in,".
_PARTICLES = frozenset({"back", "in", "out", "up", "off", "on", "away", "down"})


def _relative_clause_verb(tokens: list[Token], i: int) -> bool:
    """Return True when ``tokens[i]`` follows "who", "which" or "that", or one and an auxiliary."""
    if i > 0 and tokens[i - 1].word in _RELATIVE_PRONOUNS:
        return True
    return i > 1 and tokens[i - 1].word in _AUXILIARIES and tokens[i - 2].word in _RELATIVE_PRONOUNS


_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})

# A word in -ing, as every participle cue is.
_ING_WORD_RE = re.compile(r"\b[A-Za-z]+ing\b")


def _verb_back(before: list[Token]) -> int:
    """Return 1 or 2 when the tokens before a quote end in a verb and a comma or colon, else 0.

    "jokes,", "sang:", "titled,", "to announce,": a lower-case word with a
    verb ending, an irregular past, or an infinitive after "to"; the
    number is how far back that verb is: 2 for a verb and its particle
    ("fired back:", "chimed in,").
    """
    token = before[-1]
    if not token.raw.endswith((",", ":")):
        return 0
    word = token.raw[:-1]
    # Before a colon, "-es" reads as a plural ("his familiar lines:") and "to"
    # as a preposition ("from skeptical to hostile:") as often as not, so only
    # "-ed", an irregular past or "-s" after a subject count there.
    colon = token.raw.endswith(":")
    if word in _PARTICLES and len(before) > 1:
        return 2 if _verb_form(before[-2].raw, before[:-2], colon) else 0
    return 1 if _verb_form(word, before[:-1], colon) else 0


def _verb_form(word: str, earlier: list[Token], before_colon: bool = False) -> bool:
    """Return True when ``word``, after the ``earlier`` tokens, reads as a verb form.

    ``before_colon``: neither an "-es" ending nor "to" before it makes a verb.
    """
    if not word.isalpha() or not word.islower() or word in _NOT_VERBS:
        return False
    if word.endswith("ed") or (word.endswith("es") and not before_colon) or word in _IRREGULAR_PAST:
        return True
    if earlier and earlier[-1].word == "to" and not before_colon:
        return True
    # A present tense in -s needs its subject right before it ("He jokes,",
    # "Billy Joel sings,"): "44 male presidents," and "Snowden's revelations:"
    # are plural nouns.
    previous = earlier[-1].raw if earlier else ""
    return (
        word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and (previous[:1].isupper() or previous.lower() in SUBJECT_PRONOUNS)
        and not previous.endswith(("’s", "'s"))
    )


def _cue_earlier(before: list[Token]) -> bool:
    """Return True when a reporting verb precedes the last token in its sentence.

    'Canova wrote to his 20,000 Twitter followers, “…”': "followers," looks
    like a verb, but "wrote" is the cue.
    """
    for token in reversed(before[-9:-1]):
        if ends_sentence(token) or not QUOTE_MARKS.isdisjoint(token.raw):
            return False
        if token.word in DIRECT_CUES and token.raw[:1].islower():
            return True
    return False


def _nearest_subject(text: str, left: int, end: int) -> tuple[int, int, int] | None:
    """Return (mention start, end, cue start) of the closest clause subject before ``end``.

    Clauses open at the sentence start, after a comma, and after a
    conjunction or relative word ("in which he declares,", "that Mr. Trump
    was prompted to say,"); the rightmost one with a subject wins.
    """
    tokens = split_tokens(text, max(left, end - 200), end)
    for i in range(len(tokens) - 1, -1, -1):
        if i > 0 and not (tokens[i - 1].raw.endswith(",") or tokens[i - 1].word in _CLAUSE_OPENERS):
            continue
        if tokens[i].word in _CLAUSE_OPENERS:
            continue
        subject = find_subject(text, tokens[i].start, end)
        if subject is not None and (
            text[subject[0] : subject[1]].lower() in SUBJECT_PRONOUNS or text[subject[0]].isupper()
        ):
            return subject[0], subject[1], end
    return None


_CLAUSE_OPENERS = frozenset(
    {"that", "and", "but", "which", "when", "while", "as", "because", "where", "so"}
)


def attribute_intro(text: str, quote: QuoteSpan, lo: int, colon: int) -> Attribution | None:
    """Return the attribution of a quotation introduced by a sentence ending in a colon.

    ``lo`` is where that sentence starts and ``colon`` the offset of its colon
    ("Cruz continued:" / "17-year-old Jared Potts echoed:" then the quotation
    in the next paragraph). The cue is the reporting verb when there is one,
    else the colon, and the sentence's subject is the source.
    """
    before = split_tokens(text, max(lo, colon - 160), colon + 1)
    if not before:
        return None
    found = _cue_before(text, quote, before, lo)
    if found is not None:
        return found
    if len(before) > 8 and not _FOLLOWING_RE.search(text, lo, colon + 1):
        # "Of course, as Joel Pollak … observed, the biggest victor was …:",
        # "— Cruz called them on it:": in a long sentence, the subject of its
        # first reporting verb introduces the quotation (no verb, no speaker:
        # the colon may open a list or an example).
        for token in before:
            if token.raw[:1].islower() and (
                token.word in INDIRECT_CUES or token.word in DIRECT_CUES
            ):
                mention = find_mention_before(text, lo, token.start)
                if mention is None:
                    return None
                return Attribution(quote.start, quote.end, *mention[:2], colon, colon + 1, True)
        return None
    # A short sentence, or one saying "the following statement:": its subject.
    subject = find_subject(text, lo, colon)
    if subject is None:
        return None
    return Attribution(quote.start, quote.end, *subject, colon, colon + 1, True)


_FOLLOWING_RE = re.compile(r"\b(?:the following(?: [a-z]+){1,2}|as follows):$")


# Where the clause around a quoted fragment ends: punctuation, another
# quotation, a conjunction, a subordinator or a new cue.
_CLAUSE_STOP_RE = re.compile(
    r"[,;:.!?—–(“\"]|[ \u00a0](?:and|but|or|while|as|because|since|before|after|when|if"
    r"|until|said|says)[ \u00a0]"
    # a time phrase: "… leader” on Tuesday", "… last week"
    r"|[ \u00a0](?:(?:on|last|this|next|early|late)[ \u00a0]+)?(?i:"
    + "|".join(sorted(BARE_TIME_NOUNS | {"week", "month", "year"}))
    + r")\b"
)


# A name and an age, as vox-pop lines give them before a place and a colon.
_VOX_POP_RE = re.compile(
    r"[A-Z][\w’'.-]*(?:[ \u00a0]+[A-Z][\w’'.-]*){0,3},[ \u00a0]*\d{1,3},[ \u00a0]*$"
)


def _clause_goes_on(text: str, quote: QuoteSpan, end: int) -> int:
    """Return where a clause holding a quoted fragment ends: after the words that follow it.

    'that he would “take a look” at such legislation': the words after the
    closing mark up to the next comma, stop or conjunction finish the clause.
    A fragment ending in a stop or comma ends the clause itself.
    """
    if text[quote.start : quote.end].rstrip()[-1:] in (".", "!", "?", ","):
        return end
    after = text[quote.close_end : quote.close_end + 2]
    if after[:1] != " " or not after[1:2].islower():
        return end
    stop = _CLAUSE_STOP_RE.search(text, quote.close_end, quote.close_end + 120)
    if stop is None:
        return end
    return len(text[: stop.start()].rstrip())


def attribute_fragment(text: str, quote: QuoteSpan, lo: int) -> Attribution | None:
    """Return the attribution of a quoted fragment inside a clause, or None.

    ``groused that CNN “doesn't treat me properly”``, ``recites the line:
    “…”``: a reporting verb (or a colon) at most 60 characters before the
    opening mark makes the fragment somebody's words. The content runs from
    after the verb to the closing mark, as PolNeAR annotates it; the source
    is the subject before the verb. ``lo`` is where the sentence starts.
    """
    before = split_tokens(text, max(lo, quote.open_start - 90), quote.open_start)
    for back in range(1, min(len(before), 9) + 1):
        token = before[-back]
        if quote.open_start - token.end > 60 or ends_sentence(token):
            return None
        if not QUOTE_MARKS.isdisjoint(token.raw):
            return None
        colon = token.raw.endswith(":")
        if not colon and not (
            (token.word in INDIRECT_CUES or token.word in DIRECT_CUES)
            and token.raw[:1].islower()
            # 'He read “The Art of the Deal”': a title, as often as not.
            and token.word not in ("read", "reads")
        ):
            continue
        passive = back > 1 and before[-back + 1].word == "by" and token.word not in DIRECT_CUES
        if passive and not colon:
            # "the forces backed by Iran “…”": a passive participle, no speech
            # ("said by" is rare and left alone).
            continue
        # Right after the cue the content is the quotation alone: the words
        # inside its marks, as for every direct quote.
        start = before[-back + 1].start if back > 1 else quote.start
        cue_start, cue_end = token.start, token.start + len(token.raw.rstrip(STRIP_CHARS))
        if colon and token.word not in INDIRECT_CUES:
            # "… doesn't surprise Republican pollster Daron Shaw: “…”": the
            # colon is the cue, and the phrase before it usually the source.
            cue_start, cue_end = token.end - 1, token.end
        found = find_mention_before(text, lo, cue_start)
        if found is not None and colon and _after_preposition(text, lo, found[0]):
            # "… was conclusive in its findings: “…”": the phrase before the
            # colon is a preposition's object; the sentence's subject speaks.
            found = None
        if found is None:
            subject = find_subject(text, lo, token.start)
            found = (*subject, cue_start) if subject else None
        elif colon:
            vox_pop = _VOX_POP_RE.search(text, max(lo, found[0] - 60), found[0])
            # "Elle, 22, Edinburgh: “…”": a name and an age before the place.
            found = (vox_pop.start() if vox_pop else found[0], found[1], cue_start)
        if found is None:
            return None
        m_start, m_end, cue_start = found
        end = quote.close_end if back > 1 else quote.end
        if back > 1:
            end = _clause_goes_on(text, quote, end)
        return Attribution(start, end, m_start, m_end, cue_start, cue_end, True)
    return None
