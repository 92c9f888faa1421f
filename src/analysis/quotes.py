"""Quotations and reported speech: who said what, with which verb.

:func:`analyze_quotes` is the one pass over an article. It pairs quotation
marks (:mod:`analysis.quotemarks`), attributes each quotation to the phrase
and cue next to it (``"…," X said``, ``X said: "…"``, ``"…," said X``,
``"…" — X``), finds reported speech (``X said (that) …``, ``…, X said.``,
``according to X, …``, ``it was reported that …``), lets an unattributed
quotation sentence continue the previous speaker, and marks what is left as a
partial quote (a quoted term or scare quote, not a quotation). Speakers are
typed and resolved by :mod:`analysis.speakers`.

The patterns live in :mod:`analysis.direct_speech` (quotations) and
:mod:`analysis.reported_speech` (reported claims). Everything is rule-based
and linear in the length of the text: pure Python, no model; a few hundred
news articles a second on one core.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import asdict, dataclass, field, replace
from typing import Any, NamedTuple

from analysis.attribution import (
    DIRECT_CUE_ALTERNATION,
    PARTICIPLES,
    QUOTE_MARKS,
    SUBJECT_PRONOUNS,
    Attribution,
    find_subject,
    inside,
    is_programme_title,
    sentence_spans,
)
from analysis.direct_speech import attribute_direct, attribute_fragment, attribute_intro
from analysis.lexicons import DOCUMENT_HEADS
from analysis.quotemarks import (
    QuoteSpan,
    as_double_marks,
    find_quote_spans,
    only_closing_marks,
    split_paragraphs,
)
from analysis.reported_speech import (
    cue_positions,
    find_headline,
    find_indirect,
    hint_positions,
    starts_pattern,
)
from analysis.schema import Article
from analysis.speakers import Mention, Resolver, parse_mention

__all__ = ["Quote", "QuoteAnalysis", "analyze_quotes", "extract_quotes"]


def _meta(unit: str, description: str) -> dict[str, str]:
    """Return the field metadata the output schema is generated from."""
    return {"unit": unit, "description": description}


@dataclass(frozen=True)
class Quote:
    """One quotation or reported claim in an article, with its attribution."""

    start: int = field(metadata=_meta("characters", "offset where the content starts in the text"))
    end: int = field(metadata=_meta("characters", "offset where the content ends (exclusive)"))
    text: str = field(
        metadata=_meta("text", "the content: words inside the marks, or the reported clause")
    )
    kind: str = field(
        metadata=_meta(
            "category",
            "direct, indirect, mixed (paraphrase with quoted words) "
            "or partial (quoted term, not speech)",
        )
    )
    speaker: str | None = field(
        metadata=_meta("text", "resolved speaker name or description; None when unknown")
    )
    speaker_mention: str | None = field(
        metadata=_meta("text", "the attributing phrase as written (he, a defense official)")
    )
    speaker_start: int | None = field(
        metadata=_meta("characters", "offset where the speaker mention starts")
    )
    speaker_end: int | None = field(
        metadata=_meta("characters", "offset where the speaker mention ends (exclusive)")
    )
    cue: str | None = field(
        metadata=_meta("text", "the reporting verb or phrase (said, according to, told)")
    )
    cue_start: int | None = field(metadata=_meta("characters", "offset where the cue starts"))
    cue_end: int | None = field(
        metadata=_meta("characters", "offset where the cue ends (exclusive)")
    )
    source_type: str = field(
        metadata=_meta("category", "person, organization, anonymous, media, document or unknown")
    )
    role: str | None = field(
        metadata=_meta("text", "title or description of the speaker (Pentagon spokesman)")
    )
    paragraph: int = field(
        metadata=_meta("index", "0-based index of the paragraph where the content starts")
    )

    def as_row(self) -> dict[str, Any]:
        """Return the quote as a flat dict, one key per field."""
        return asdict(self)


@dataclass(frozen=True)
class QuoteAnalysis:
    """Every quote of one article, and how many quotation marks had to be repaired."""

    quotes: tuple[Quote, ...] = field(metadata=_meta("quotes", "the quotes, ordered by position"))
    unbalanced_marks: int = field(
        metadata=_meta("count", "quotation marks with no partner, recovered by the extractor")
    )


def _text_and_paragraphs(text_or_article: str | Article) -> tuple[str, list[tuple[int, int]]]:
    """Return the text and its paragraph spans, from an Article or a plain string."""
    if isinstance(text_or_article, Article):
        text = text_or_article.text
        if text_or_article.paragraphs:
            return text, [(s, e) for s, e in text_or_article.paragraphs]
        return text, split_paragraphs(text)
    return text_or_article, split_paragraphs(text_or_article)


def _quoted_share(text: str, start: int, end: int, spans: list[QuoteSpan]) -> float:
    """Return the share of non-space content characters inside quotation marks."""
    # Counting spaces and newlines, rather than deleting them, builds no new strings.
    content = text[start:end]
    total = len(content) - content.count(" ") - content.count("\n")
    if total == 0:
        return 0.0
    inside = 0
    for span in spans:
        lo, hi = max(start, span.open_start), min(end, span.close_end)
        if hi > lo:
            quoted = text[lo:hi]
            inside += len(quoted) - quoted.count(" ") - quoted.count("\n")
    return inside / total


# 'said on ABC's “This Week,” that …': a programme title, not a quotation
# (left as a partial quote, so the sentence's own cue is found).
_SHOW_TITLE_RE = re.compile(r"\b[Oo]n (?:[A-Z][\w.&-]* ){0,3}[A-Z][\w.&-]*['’]s $")


# 'on the podcast “Here’s the Thing.”', 'his book, “Crippled America”': a
# work named right before the marks; its title is no quotation.
_WORK_NOUN_RE = re.compile(
    r"\b(?:podcast|show|program|programme|series|film|movie|book|memoir|novel|album|song"
    r"|documentary|column|op-ed|essay|magazine|newsletter|blog|play|musical|sitcom)"
    r",?[ \u00a0]$"
)


def _after_show_title(text: str, position: int) -> bool:
    """Return True when a programme title ("on ABC's ") or a work's noun ends at ``position``."""
    lo = max(0, position - 60)
    last = text[max(lo, position - 4) : position]
    # A programme match ends in "s " at the window end, so the last four
    # characters rule out almost every quotation without the regex.
    if "s " in last and _SHOW_TITLE_RE.search(text, lo, position) is not None:
        return True
    return last[-1:] in (" ", "\u00a0") and (
        _WORK_NOUN_RE.search(text, max(0, position - 14), position) is not None
    )


# 'told “Fox and Friends”', 'told CNN's “State of the Union”': the one told is
# a programme, named right after the cue.
_TOLD_PROGRAMME_RE = re.compile(
    r"\bt(?:old|ells|elling)[ \u00a0]"
    r"(?:(?:[A-Z][\w.&-]*[ \u00a0]){0,3}[A-Z][\w.&-]*['’]s[ \u00a0])?$"
)


def _told_programme(text: str, span: QuoteSpan) -> bool:
    """Return True when ``span`` is a programme title (``is_programme_title``) after "told"."""
    lo = max(0, span.open_start - 60)
    # Most quotations follow no "told"/"tells": a substring test spares the regex.
    if "tel" not in text[lo : span.open_start] and "told" not in text[lo : span.open_start]:
        return False
    if not _TOLD_PROGRAMME_RE.search(text, lo, span.open_start):
        return False
    return is_programme_title(text[span.start : span.end].split())


# Reporting verbs whose clause may hold another speaker's quoted words.
_OUTER_CUES = frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "wrote",
        "argued",
        "claimed",
        "noted",
        "suggested",
        "insisted",
        "believes",
        "thinks",
    }
)


_TUPLE_NEW = tuple.__new__

# Greater than any text offset: the sentinel that ends a sorted list of offsets.
_PAST_END = 1 << 62


class _Found(NamedTuple):
    """An attribution with its kind, before speaker resolution."""

    attribution: Attribution
    kind: str
    inherit: bool


class _Layout:
    """An article's text cut into paragraphs, quotations and sentences, for one pass."""

    def __init__(
        self, text: str, paragraphs: list[tuple[int, int]], spans: list[QuoteSpan]
    ) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.spans = spans
        self.sentences: list[tuple[int, int]] = []
        k = 0
        for lo, hi in paragraphs:
            while k < len(spans) and spans[k].close_end <= lo:
                k += 1
            j = k
            while j < len(spans) and spans[j].open_start < hi:
                j += 1
            self.sentences.extend(sentence_spans(text, lo, hi, spans[k:j]))
        self._starts = [start for start, _ in self.sentences]

    def sentence_at(self, position: int) -> tuple[int, int]:
        """Return the (start, end) of the sentence holding ``position``."""
        index = bisect_right(self._starts, position) - 1
        return self.sentences[index] if index >= 0 else (0, len(self.text))

    def clause_bounds(self, index: int) -> tuple[int, int]:
        """Return where the words around quotation ``index`` may be looked for.

        The sentence of the quotation, cut at the neighbouring quotations; after
        a quotation ending in ?, ! or a comma the next sentence too, because
        "“…offensive!” Cruz said." is split after the closing mark (after a
        full stop only when that sentence is a bare attribution, "Trump
        said."); and a next line holding only a dash and a name ("- Sanders.").
        """
        text, spans, span = self.text, self.spans, self.spans[index]
        s_lo, _ = self.sentence_at(span.open_start)
        _, e_hi = self.sentence_at(max(span.open_start, span.close_end - 1))
        left = max(s_lo, spans[index - 1].close_end if index else 0)
        last = text[span.start : span.end].rstrip(" '’")[-1:]
        if last in ("?", "!", ",", "."):
            n_lo, n_hi = self.sentence_at(min(len(text) - 1, e_hi + 1))
            if "\n" not in text[e_hi:n_lo] and (
                last != "." or _SHORT_ATTRIBUTION_RE.fullmatch(text, n_lo, n_hi)
            ):
                # '“We will find them.” Trump said.': a full stop inside the
                # marks, then a short sentence that only attributes them.
                e_hi = max(e_hi, n_hi)
        dash = _DASH_LINE_RE.match(text, span.close_end)
        if dash is not None:
            # '"…"\n\n- Sanders.': a fact-check's attribution on its own line.
            e_hi = max(e_hi, dash.end())
        right = min(e_hi, spans[index + 1].open_start if index + 1 < len(spans) else len(text))
        return left, right


# A sentence that only attributes the quotation before it: a name or a
# pronoun of at most four words and a reporting verb ("Trump said.").
_SHORT_ATTRIBUTION_RE = re.compile(
    r"[ \u00a0]*(?:[A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*){0,3}|he|she|they)[ \u00a0]+"
    r"(?:" + DIRECT_CUE_ALTERNATION + r")[.!]?[ \u00a0]*"
)
# A paragraph after the quotation holding only a dash and a name. (At most
# 64 stops and marks before the line break: a line of thousands of them
# would otherwise be read to its end after each quotation.)
_DASH_LINE_RE = re.compile(
    r"[.!?”\"’' \u00a0]{0,64}\n+[ \u00a0]*[-—–][ \u00a0]*[A-Z][^\n]{0,80}?(?=\n|$)"
)


def analyze_quotes(text_or_article: str | Article) -> QuoteAnalysis:
    """Return every quote of an article (ordered, non-overlapping) and the unbalanced-mark count.

    Accepts an :class:`~analysis.schema.Article` (its paragraphs are used) or a
    plain string (every line is a paragraph). Never raises on odd input.
    """
    original, paragraphs = _text_and_paragraphs(text_or_article)
    # British-style single quotation marks are read as double ones; the text
    # read has the same length, so every offset holds for the original too.
    text = as_double_marks(original, paragraphs)
    spans, unbalanced = find_quote_spans(text, paragraphs)
    layout = _Layout(text, paragraphs, spans)
    direct = _attribute_quotations(layout)
    found, blocked = _direct_quotes(layout, direct)
    reported, absorbed = _reported_speech(layout, blocked, set(direct))
    found += reported
    found += _unattributed_quotes(layout, set(direct) | absorbed, direct)
    if paragraphs and not any(f.attribution.start < paragraphs[0][1] for f in found):
        # A headline attributes in Title Case ("Cruz Slams …"), which the
        # lower-case cue scan misses; only the first line is read this way.
        headline = find_headline(text, *paragraphs[0])
        if headline is not None:
            found.append(_Found(headline, "indirect", False))
    quotes = _build_quotes(text, paragraphs, found, spans)
    if text is not original:
        quotes = tuple(_in_original_marks(quote, original, text) for quote in quotes)
    return QuoteAnalysis(quotes, unbalanced)


_BACK_TO_SINGLE = str.maketrans({"“": "‘", "”": "’"})


def _in_original_marks(quote: Quote, original: str, read: str) -> Quote:
    """Return ``quote`` (found in ``read``) with its text fields as ``original`` writes them.

    Only quotation marks differ between the two texts, one character for
    one: spans are sliced from the original again, and a speaker, role or
    trimmed mention (derived, not sliced) gets its marks turned back.
    """

    def back(value: str | None) -> str | None:
        return value.translate(_BACK_TO_SINGLE) if value else value

    mention = quote.speaker_mention
    if mention is not None and quote.speaker_start is not None and quote.speaker_end is not None:
        start, end = quote.speaker_start, quote.speaker_end
        mention = original[start:end] if read[start:end] == mention else back(mention)
    return replace(
        quote,
        text=original[quote.start : quote.end],
        speaker_mention=mention,
        cue=None if quote.cue_start is None else original[quote.cue_start : quote.cue_end],
        speaker=back(quote.speaker),
        role=back(quote.role),
    )


def _attribute_quotations(layout: _Layout) -> dict[int, Attribution]:
    """Return the attribution of each quotation that has a cue next to it, by index."""
    text, paragraphs, spans = layout.text, layout.paragraphs, layout.spans
    direct: dict[int, Attribution] = {}
    for index, span in enumerate(spans):
        if span.end <= span.start or (
            # "The Minors program “is gaining traction,” Mayorkas said": a
            # title opens with a capital, a clause quoted after a noun does not.
            not text[span.start].islower()
            and (_after_show_title(text, span.open_start) or _told_programme(text, span))
        ):
            continue
        attribution = attribute_direct(
            text, span, *layout.clause_bounds(index), layout.sentence_at(span.open_start)[0]
        )
        if attribution is not None and _inside_a_report(text, attribution):
            # "Trump said Fox executives were calling “every 15 minutes”": the
            # quotation belongs to the outer report, which absorbs it later.
            attribution = None
        elif attribution is None and index - 1 in direct:
            attribution = _second_piece(text, spans[index - 1], span, direct[index - 1])
        if attribution is None and 0 < span.paragraph < len(paragraphs):
            p_lo, _ = paragraphs[span.paragraph]
            prev_hi = paragraphs[span.paragraph - 1][1]
            if text[p_lo : span.open_start].strip() == "" and text[:prev_hi].rstrip().endswith(":"):
                # "Cruz continued:\n\n“…”": the paragraph before introduces it.
                colon = len(text[:prev_hi].rstrip()) - 1
                attribution = attribute_intro(text, span, layout.sentence_at(colon)[0], colon)
        if attribution is not None:
            direct[index] = attribution
    _share_along_paragraph_pieces(spans, direct)
    return direct


def _second_piece(
    text: str, first: QuoteSpan, span: QuoteSpan, attribution: Attribution
) -> Attribution | None:
    """Return the attribution of the second piece of ``“A,” said X, …, “b”``, or None.

    The first piece ends in a comma, the words between the pieces hold its
    cue and end in a comma or colon, and no sentence ends there: the
    quotation goes on after its attribution ('said Sherman, speaking of
    politicians, “and leave …”'), so the second piece shares it.
    """
    between = text[first.close_end : span.open_start].rstrip()
    if (
        span.paragraph != first.paragraph
        or not first.close_end <= attribution.cue_start < span.open_start
        or not between.endswith((",", ":"))
        or not text[first.start : first.end].rstrip().endswith(",")
        or _SENTENCE_END_RE.search(between) is not None
    ):
        return None
    return attribution._replace(start=span.start, end=span.end)


_SENTENCE_END_RE = re.compile(r"[a-z][.!?][ \u00a0]")


def _direct_quotes(
    layout: _Layout, direct: dict[int, Attribution]
) -> tuple[list[_Found], list[tuple[int, int]]]:
    """Return the attributed quotations, and the sorted spans (quote, cue, mention) they use."""
    found: list[_Found] = []
    blocked: list[tuple[int, int]] = []
    for index, attribution in direct.items():
        span = layout.spans[index]
        kind = "direct"
        if attribution.start < span.start or attribution.end > span.close_end:
            share = _quoted_share(layout.text, attribution.start, attribution.end, [span])
            kind = "direct" if share >= 0.5 else "mixed"
        found.append(_Found(attribution, kind, False))
        lo_b = min(span.open_start, attribution.cue_start, attribution.mention_start)
        hi_b = max(span.close_end, attribution.cue_end, attribution.mention_end)
        if attribution.mention_start < 0 or (attribution.mention_end < attribution.cue_start - 40):
            # No mention, or one far before the cue ("Boreing said …, but
            # said, “…”"): the words between them may hold a report of their own.
            lo_b = min(span.open_start, attribution.cue_start)
            hi_b = max(span.close_end, attribution.cue_end)
            if attribution.mention_start >= 0:
                blocked.append((attribution.mention_start, attribution.mention_end))
        blocked.append((lo_b, hi_b))
    blocked.sort()
    return found, blocked


def _reported_speech(
    layout: _Layout, blocked: list[tuple[int, int]], claimed: set[int]
) -> tuple[list[_Found], set[int]]:
    """Return reported-speech contents, and the indices of the quotations they absorb.

    Contents never overlap ``blocked`` (attributed quotations with their cue
    and mention); an unattributed quotation inside a content becomes part of
    it, making it mixed, or direct when most of it is quoted.
    """
    text, spans = layout.text, layout.spans
    found: list[_Found] = []
    absorbed: set[int] = set()
    b = q = c = h = 0
    # Each list ends in a sentinel past every offset, so the scans below stop
    # without testing the length (this loop runs for every sentence).
    cues = cue_positions(text)
    cue_starts = [start for start, _ in cues]
    cue_starts.append(_PAST_END)
    hints = hint_positions(text)
    hints.append(_PAST_END)
    # As one sorted union of disjoint spans, so that attribution.inside can
    # binary-search a run-on sentence holding thousands of them.
    blocked = [*_union(blocked), (_PAST_END, _PAST_END)]
    quoted = [(span.open_start, span.close_end) for span in spans]
    quoted.append((_PAST_END, _PAST_END))
    # Quotations are disjoint and in order, so their ends are sorted too.
    close_ends = [close_end for _, close_end in quoted]
    blocked_ends = [hi for _, hi in blocked]
    for s_lo, s_hi in layout.sentences:
        while cue_starts[c] < s_lo:
            c += 1
        d = c
        while cue_starts[d] < s_hi:
            d += 1
        while hints[h] < s_lo:
            h += 1
        no_hint = hints[h] >= s_hi and not starts_pattern(text, s_lo)
        if d == c and no_hint:
            # Most sentences hold no cue and no other pattern: skip them here.
            continue
        while blocked[b][1] <= s_lo:
            b += 1
        jb = b
        while blocked[jb][0] < s_hi:
            jb += 1
        local_blocked = blocked[b:jb]
        while quoted[q][1] <= s_lo:
            q += 1
        j = q
        while quoted[j][0] < s_hi:
            j += 1
        local_quoted = quoted[q:j]
        sentence_cues = cues[c:d]
        if no_hint and all(
            inside(cue_start, local_quoted) or inside(cue_start, local_blocked)
            for cue_start, _ in sentence_cues
        ):
            # Every cue is inside a quotation or an attributed quote: nothing to find.
            continue
        for attribution in find_indirect(
            text, s_lo, s_hi, local_blocked, local_quoted, sentence_cues
        ):
            start, end = attribution.start, attribution.end
            # The first attributed span ending after the content starts: the
            # content is empty when it starts inside it, and ends where it
            # begins otherwise (found by bisection, as a run-on sentence holds
            # thousands of them).
            i = bisect_right(blocked_ends, start, b, jb)
            if i < jb:
                if blocked[i][0] <= start:
                    start = end
                elif blocked[i][0] < end:
                    end = blocked[i][0]
            start, end = _trim(text, start, end)
            inner: list[QuoteSpan] = []
            # From the first quotation ending after the content starts, not
            # from the sentence's first: a run-on sentence holds thousands.
            k = bisect_right(close_ends, start, q, j)
            while k < j and spans[k].open_start < end:
                span = spans[k]
                k += 1
                if k - 1 in claimed:
                    continue
                start = min(start, span.open_start)
                end = max(end, span.close_end)
                inner.append(span)
                absorbed.add(k - 1)
            if len(inner) == 1 and text[start:end].strip(_TRIM_TAIL) == text[
                inner[0].open_start : inner[0].close_end
            ].strip(_TRIM_TAIL):
                # 'Warren was blunt: “This is a disgrace.”': the content is the
                # quotation alone, given as the words inside its marks.
                start, end = inner[0].start, inner[0].end
            if not text[start:end].strip():
                continue
            # With no quotation inside, the share is 0 and the kind "indirect".
            share = _quoted_share(text, start, end, inner) if inner else 0.0
            kind = "direct" if share >= 0.5 else ("mixed" if inner else "indirect")
            # tuple.__new__ skips the Python-level NamedTuple constructor and _replace.
            moved = _TUPLE_NEW(Attribution, (start, end, *attribution[2:]))
            found.append(_TUPLE_NEW(_Found, (moved, kind, False)))
    return found, absorbed


def _unattributed_quotes(
    layout: _Layout, used: set[int], direct: dict[int, Attribution]
) -> list[_Found]:
    """Return the quotations no cue claimed: speech when they are sentences, else partial.

    A quotation that is a sentence of its own (nothing before it in its
    sentence, or only the end of the previous one, and nothing after it)
    continues the previous speaker; anything else is a quoted term.
    """
    text, spans = layout.text, layout.spans
    found: list[_Found] = []
    for index, span in enumerate(spans):
        if index in used or span.end <= span.start:
            continue
        s_lo, _ = layout.sentence_at(span.open_start)
        lead = text[max(s_lo, spans[index - 1].close_end if index else 0) : span.open_start]
        lead = lead.strip(" \u00a0([—–-")
        _, s_hi = layout.sentence_at(span.close_end - 1)
        content = text[span.start : span.end]
        last = content.rstrip()[-1:]
        ends = last in (".", "!", "?", ",") or only_closing_marks(text, span.close_end, s_hi)
        words = content.split()
        opens_sentence = lead == "" or lead[-1] in ".!?"
        if (
            opens_sentence
            and not ends
            and len(words) >= 4
            and words[0][:1].isupper()
            and _after_attributed_quote(layout, index, direct)
        ):
            # '“A,” Clinton said. “What are we going to do? That is the fight
            # we're taking” to the rest of the country.': a quotation opening
            # a sentence after an attributed one goes on with that speaker,
            # though the writer's words finish the sentence.
            ends = True
        sentence_like = (
            opens_sentence
            and ends
            and (
                len(words) >= 3
                # '“We will win,” Mr. Trump said. “Believe me.”': a short
                # sentence of its own after an attributed quotation.
                or (
                    words[0][:1].isupper()
                    and content.rstrip()[-1:] in (".", "!", "?")
                    and _after_attributed_quote(layout, index, direct)
                )
            )
        )
        if (
            not sentence_like
            and len(words) >= 3
            and not _after_show_title(text, span.open_start)
            and not _told_programme(text, span)
        ):
            fragment = attribute_fragment(text, span, s_lo)
            if fragment is not None:
                share = _quoted_share(text, fragment.start, fragment.end, [span])
                found.append(_Found(fragment, "direct" if share >= 0.5 else "mixed", False))
                continue
        if (
            not sentence_like
            and ends
            and len(words) >= 4
            and _after_attributed_quote(layout, index, direct)
            and not _names_someone(lead)
        ):
            # '“A,” said Schmidt. Unless rivals quit, “B.”': a quotation that
            # closes a sentence of the same paragraph after an attributed
            # one, with no cue of its own, goes on with the same speaker.
            sentence_like = True
        kind = "direct" if sentence_like else "partial"
        found.append(
            _Found(Attribution(span.start, span.end, -1, -1, -1, -1, True), kind, sentence_like)
        )
    return found


def _names_someone(words: str) -> bool:
    """Return True when a phrase holds a capitalised word after its first, or a pronoun.

    Such a lead ("as Trump went on about “…”") may bring in another speaker.
    """
    tokens = words.split()
    return any(t[:1].isupper() for t in tokens[1:]) or any(
        t.strip(",;:").lower() in SUBJECT_PRONOUNS for t in tokens
    )


def _inside_a_report(text: str, attribution: Attribution) -> bool:
    """Return True when a quotation's speaker opens the clause of an outer reporting verb.

    The speaker mention is then the subject of reported speech ("X said [Y
    called it “…”]"), so the quotation is part of X's report, not Y's words.
    """
    if attribution.mention_start < 0 or attribution.cue_start < attribution.mention_start:
        return False
    words = text[max(0, attribution.mention_start - 40) : attribution.mention_start].split()
    if words and words[-1] == "that":
        words.pop()
    return bool(words) and words[-1] in _OUTER_CUES


def _after_attributed_quote(layout: _Layout, index: int, direct: dict[int, Attribution]) -> bool:
    """Return True when an earlier quotation of the same paragraph has a cue."""
    paragraph = layout.spans[index].paragraph
    for earlier in range(index - 1, -1, -1):
        if layout.spans[earlier].paragraph != paragraph:
            return False
        if earlier in direct:
            return True
    return False


def _share_along_paragraph_pieces(spans: list[QuoteSpan], direct: dict[int, Attribution]) -> None:
    """Give the pieces of a multi-paragraph quotation the attribution one of them has.

    The attribution usually follows the first paragraph ("“…,” he said. “…")
    or the last one, so it is copied backwards and forwards along the chain.
    """
    for index in range(len(spans) - 2, -1, -1):
        if spans[index].continued and index + 1 in direct and index not in direct:
            direct[index] = direct[index + 1]._replace(
                start=spans[index].start, end=spans[index].end
            )
    for index in range(len(spans) - 1):
        if spans[index].continued and index in direct and index + 1 not in direct:
            direct[index + 1] = direct[index]._replace(
                start=spans[index + 1].start, end=spans[index + 1].end
            )


# What may follow a closing mark in a content that is one quotation.
_TRIM_TAIL = " \u00a0.,;:!?"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span without outer whitespace or trailing commas."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–"):
        end -= 1
    return start, end


_NEW = object.__new__


def _new_quote(**fields: Any) -> Quote:
    """Return ``Quote(**fields)``, built without the frozen dataclass's ``__init__``.

    A frozen dataclass sets each of its 14 fields through ``object.__setattr__``
    (about 2 us a quote, a fifth of the cost of building them); filling the
    instance dict directly gives an equal object in a tenth of the time.
    ``fields`` must name every field, in declaration order.
    """
    quote = _NEW(Quote)
    quote.__dict__.update(fields)
    return quote


def _build_quotes(
    text: str, paragraphs: list[tuple[int, int]], found: list[_Found], spans: list[QuoteSpan]
) -> tuple[Quote, ...]:
    """Return resolved, ordered, non-overlapping quotes from the raw attributions.

    ``spans`` are the quotations' marks: names inside them are no referents.
    """
    found.sort(key=lambda f: (f.attribution.start, -f.attribution.end))
    para_starts = [s for s, _ in paragraphs]
    resolver = Resolver(text, [(span.open_start, span.close_end) for span in spans])
    quotes: list[Quote] = []
    last_end = -1
    last_speech: Quote | None = None
    last_attributed: Quote | None = None
    orphans: list[int] = []
    # Orphans a paraphrase closing the previous paragraph may introduce.
    introduced: dict[int, Quote] = {}
    for item in found:
        att = item.attribution
        if att.start < last_end or att.end <= att.start or att.end > len(text):
            continue
        paragraph = max(0, bisect_right(para_starts, att.start) - 1)
        speaker = mention_text = role = None
        m_start = m_end = None
        source_type = "unknown"
        cue = cue_start = cue_end = None
        kind = item.kind
        if att.cue_start >= 0:
            cue, cue_start, cue_end = text[att.cue_start : att.cue_end], att.cue_start, att.cue_end
        if att.mention_start >= 0:
            mention = parse_mention(text, att.mention_start, att.mention_end)
            # A source after its content ('“…,” she said') is no one named in it.
            content = (att.start, att.end) if att.end <= att.mention_start else (0, 0)
            speaker, role, source_type = resolver.resolve(mention, content)
            mention_text, m_start, m_end = mention.text, att.mention_start, att.mention_end
            if speaker is not None and cue is not None and cue_end is not None:
                words = cue.lower().split()
                # Most cues name no document: the set test spares the search.
                if not DOCUMENT_HEADS.isdisjoint(words):
                    document = next(w for w in words if w in DOCUMENT_HEADS)
                    resolver.note_document(cue_end, speaker, role, source_type, document)
        elif (
            cue is not None
            and cue.lower() in PARTICIPLES
            and (main := _main_clause_quote(text, last_attributed, att.cue_start)) is not None
        ):
            # '“…,” said Rep. Bobby Scott at the time, adding “…”': a participle
            # cue's subject is that of the clause it hangs on.
            speaker, mention_text, m_start, m_end = (
                main.speaker,
                main.speaker_mention,
                main.speaker_start,
                main.speaker_end,
            )
            source_type, role = main.source_type, main.role
        elif item.inherit and (
            interposed := _interposed_person(text, _latest(last_speech, last_attributed), att.start)
        ):
            # '“…,” Tom Ebeling said. Betsy Ebeling shook her head. “…”': a
            # sentence about another person between two quotations hands the
            # second one to that person.
            speaker, role, source_type = resolver.resolve(interposed)
            mention_text, m_start, m_end = interposed.text, interposed.start, interposed.end
        elif item.inherit and (
            prev := _previous_speaker(att.start, last_speech, last_attributed, paragraph)
        ):
            # A quotation sentence with no cue continues the previous speaker.
            speaker, mention_text, m_start, m_end = (
                prev.speaker,
                prev.speaker_mention,
                prev.speaker_start,
                prev.speaker_end,
            )
            if prev.kind != "indirect":
                # Pieces of one quotation share the cue; a paraphrase lends only its speaker.
                cue, cue_start, cue_end = prev.cue, prev.cue_start, prev.cue_end
            source_type, role = prev.source_type, prev.role
        quote = _new_quote(
            start=att.start, end=att.end, text=text[att.start : att.end], kind=kind,
            speaker=speaker, speaker_mention=mention_text, speaker_start=m_start,
            speaker_end=m_end, cue=cue, cue_start=cue_start, cue_end=cue_end,
            source_type=source_type, role=role, paragraph=paragraph,
        )  # fmt: skip
        if item.inherit and quote.speaker_start is None:
            orphans.append(len(quotes))
            closing = _closing_paraphrase(att.start, last_speech, last_attributed, paragraph)
            if closing is not None:
                introduced[len(quotes)] = closing
        quotes.append(quote)
        last_end = att.end
        if kind in ("direct", "mixed") and quote.speaker_start is not None:
            last_speech = quote
        if kind != "partial" and quote.speaker_start is not None:
            last_attributed = quote
    _borrow_from_next(quotes, orphans)
    for index, paraphrase in introduced.items():
        if quotes[index].speaker_start is None:
            quotes[index] = _with_speaker_of(quotes[index], paraphrase)
    return tuple(quotes)


_SENTENCE_END_RE = re.compile(r"[.!?][”\"’']?\s+[“\"‘']?[A-Z]|\n")


def _main_clause_quote(text: str, previous: Quote | None, cue_start: int) -> Quote | None:
    """Return ``previous`` when its attribution and the cue at ``cue_start`` share a sentence.

    Then a participle cue ("adding", "explaining") hangs on the clause that
    attributed ``previous``, and has its speaker. Returns None otherwise.
    """
    if previous is None or previous.speaker_start is None:
        return None
    lo = max(previous.end, previous.cue_end or 0, previous.speaker_end or 0)
    if lo >= cue_start or _SENTENCE_END_RE.search(text, lo, cue_start):
        return None
    return previous


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return sorted ``spans`` merged where they overlap, so no two overlap."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _latest(first: Quote | None, second: Quote | None) -> Quote | None:
    """Return whichever of two quotes ends later (None when both are None)."""
    if first is None or second is None:
        return first or second
    return first if first.end >= second.end else second


def _interposed_person(text: str, previous: Quote | None, start: int) -> Mention | None:
    """Return the named person who opens the sentence right before ``start``, or None.

    Only a sentence between the previous attributed quote and this uncued
    quotation counts, and only a name: a full name ("Betsy Ebeling") or a
    surname whose full name came earlier, not a pronoun or a description
    (which more often refer back to the previous speaker) nor a capitalised
    first word such as "Often".
    """
    if previous is None:
        return None
    lo = max(previous.end, previous.cue_end or 0, previous.speaker_end or 0)
    gap = text[lo:start].rstrip(" \u00a0\n“\"'«")
    if len(gap) < 8 or gap[-1] not in ".!?" or not QUOTE_MARKS.isdisjoint(gap):
        return None
    # A whole sentence must lie between: the one that ends right before the
    # quotation starts after a sentence end inside the gap.
    boundary = max(gap.rfind(". ", 0, len(gap) - 1), gap.rfind(".\n", 0, len(gap) - 1))
    if boundary < 0:
        return None
    before = gap[:boundary].rsplit(None, 1)[-1:]
    if before and before[0][:1].isupper() and len(before[0]) <= 4:
        # "Ft. Worth", "Tampa, Fla.": an abbreviation, not a sentence end.
        return None
    subject = find_subject(text, lo + boundary + 2, lo + len(gap))
    if subject is None or not text[subject[0]].isupper():
        return None
    mention = parse_mention(text, *subject)
    if mention.source_type != "person" or mention.name is None:
        return None
    if " " not in mention.name and not re.search(
        rf"[A-Z][a-z]+ {re.escape(mention.name)}\b", text[: subject[0]]
    ):
        # A lone capitalised word is a name only when its full name came earlier.
        return None
    if previous.speaker is not None and mention.name in previous.speaker:
        return None
    return mention


def _previous_speaker(
    start: int, last_speech: Quote | None, last_attributed: Quote | None, paragraph: int
) -> Quote | None:
    """Return the quote whose speaker an uncued quotation sentence at ``start`` continues.

    A paraphrase that ends right before it in ``paragraph`` ("Quintanilla
    mentioned that …. “…?”"), unless a quotation of this paragraph came
    between; else the latest quotation with a speaker in this or the previous
    paragraph; else a paraphrase in this paragraph ("Smith said the plan
    failed. Later on, “…”"). None when there is none of these.
    """
    paraphrase = (
        last_attributed
        if last_attributed is not None
        and last_attributed.kind == "indirect"
        and last_attributed.paragraph == paragraph
        else None
    )
    if (
        paraphrase is not None
        and _introduces(paraphrase, start)
        and (last_speech is None or last_speech.paragraph < paragraph)
    ):
        return paraphrase
    if last_speech is not None and paragraph - last_speech.paragraph <= 1:
        return last_speech
    return paraphrase


def _closing_paraphrase(
    start: int, last_speech: Quote | None, last_attributed: Quote | None, paragraph: int
) -> Quote | None:
    """Return the paraphrase that closes the paragraph before an uncued quotation, or None.

    "Howard continued his scathing remarks.\n\n“…”": a report with a known
    source, ending right before the quotation's paragraph and after the last
    quotation, introduces it. Used only when no quotation of the paragraph
    lends its speaker (:func:`_borrow_from_next` comes first).
    """
    if (
        last_attributed is not None
        and last_attributed.kind == "indirect"
        and last_attributed.paragraph == paragraph - 1
        and _introduces(last_attributed, start)
        and (last_speech is None or last_speech.end < last_attributed.start)
    ):
        return last_attributed
    return None


def _introduces(paraphrase: Quote, start: int) -> bool:
    """Return True when ``paraphrase`` has a known source and ends right before ``start``."""
    return paraphrase.source_type != "unknown" and start - paraphrase.end <= _INTRODUCING_GAP


def _with_speaker_of(quote: Quote, source: Quote) -> Quote:
    """Return ``quote`` with the speaker, mention, source type and role of ``source``."""
    return replace(
        quote, speaker=source.speaker, speaker_mention=source.speaker_mention,
        speaker_start=source.speaker_start, speaker_end=source.speaker_end,
        source_type=source.source_type, role=source.role,
    )  # fmt: skip


# Characters between a paraphrase and the quotation it introduces: the end of
# its sentence, perhaps a short aside ('. Then, “…”'), not another sentence.
_INTRODUCING_GAP = 40


def _borrow_from_next(quotes: list[Quote], orphans: list[int]) -> None:
    """Give each uncued quotation sentence that found no earlier speaker the next one.

    ``“…” Then she paused. “…,” Jones said.``: with nobody quoted before it in
    this or the previous paragraph, a quotation sentence is usually the
    first piece of the next attributed quote of the same paragraph.
    """
    if not orphans:
        return
    # One pass from the end, remembering the next attributed quote of the
    # paragraph: scanning forward from each orphan would be quadratic in a
    # paragraph of thousands of uncued quotations.
    waiting = set(orphans)
    lender: Quote | None = None
    for index in range(len(quotes) - 1, -1, -1):
        quote = quotes[index]
        if lender is not None and lender.paragraph != quote.paragraph:
            lender = None
        if index in waiting and lender is not None:
            quotes[index] = _with_speaker_of(quote, lender)
        elif quote.speaker_start is not None and quote.kind != "partial":
            lender = quote


def extract_quotes(text_or_article: str | Article) -> list[Quote]:
    """Return the quotes of an article ordered by position (see :func:`analyze_quotes`)."""
    return list(analyze_quotes(text_or_article).quotes)
