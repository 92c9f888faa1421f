"""Quotations and reported speech: who said what, with which verb.

:func:`analyze_quotes` is the one pass over an article. It pairs quotation
marks (:mod:`analysis.quotemarks`), attributes each quotation to the phrase
and cue next to it (``"…," X said``, ``X said: "…"``, ``"…," said X``,
``"…" — X``), finds reported speech (``X said (that) …``, ``…, X said.``,
``according to X, …``, ``it was reported that …``), lets an unattributed
quotation sentence continue the previous speaker, and marks what is left as a
partial quote (a quoted term or scare quote, not a quotation). Speakers are
typed and resolved by :mod:`analysis.speakers`.

Everything is rule-based and linear in the length of the text: pure Python,
no model, thousands of articles a second.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple

from analysis.attribution import Attribution, sentence_spans
from analysis.direct_speech import attribute_direct, attribute_intro
from analysis.quotemarks import QuoteSpan, find_quote_spans, split_paragraphs
from analysis.reported_speech import cue_hints, find_indirect
from analysis.schema import Article
from analysis.speakers import Resolver, parse_mention

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
    total = len(text[start:end].replace(" ", "").replace("\n", ""))
    if total == 0:
        return 0.0
    inside = 0
    for span in spans:
        lo, hi = max(start, span.open_start), min(end, span.close_end)
        if hi > lo:
            inside += len(text[lo:hi].replace(" ", "").replace("\n", ""))
    return inside / total


class _Found(NamedTuple):
    """An attribution with its kind, before speaker resolution."""

    attribution: Attribution
    kind: str
    inherit: bool


def analyze_quotes(text_or_article: str | Article) -> QuoteAnalysis:
    """Return every quote of an article (ordered, non-overlapping) and the unbalanced-mark count.

    Accepts an :class:`~analysis.schema.Article` (its paragraphs are used) or a
    plain string (every line is a paragraph). Never raises on odd input.
    """
    text, paragraphs = _text_and_paragraphs(text_or_article)
    spans, unbalanced = find_quote_spans(text, paragraphs)
    sentences: list[tuple[int, int]] = []
    k = 0
    for lo, hi in paragraphs:
        while k < len(spans) and spans[k].close_end <= lo:
            k += 1
        j = k
        local = []
        while j < len(spans) and spans[j].open_start < hi:
            local.append(spans[j])
            j += 1
        sentences.extend(sentence_spans(text, lo, hi, local))
    sentence_starts = [s for s, _ in sentences]

    def sentence_at(position: int) -> tuple[int, int]:
        index = bisect_right(sentence_starts, position) - 1
        return sentences[index] if index >= 0 else (0, len(text))

    direct: dict[int, Attribution] = {}
    for index, span in enumerate(spans):
        if span.end <= span.start:
            continue
        s_lo, _ = sentence_at(span.open_start)
        _, e_hi = sentence_at(max(span.open_start, span.close_end - 1))
        left = max(s_lo, spans[index - 1].close_end if index else 0)
        if text[span.start : span.end].rstrip()[-1:] in ("?", "!", ","):
            # "“…offensive!” Cruz said.": the attribution after a ? or ! is
            # split off as a sentence of its own; look into it as well.
            n_lo, n_hi = sentence_at(min(len(text) - 1, e_hi + 1))
            if "\n" not in text[e_hi:n_lo]:
                e_hi = max(e_hi, n_hi)
        right = min(e_hi, spans[index + 1].open_start if index + 1 < len(spans) else len(text))
        attribution = attribute_direct(text, span, left, right)
        if attribution is None and 0 < span.paragraph < len(paragraphs):
            p_lo, _ = paragraphs[span.paragraph]
            prev_hi = paragraphs[span.paragraph - 1][1]
            if text[p_lo : span.open_start].strip() == "" and text[:prev_hi].rstrip().endswith(":"):
                # "Cruz continued:\n\n“…”": the paragraph before introduces it.
                colon = len(text[:prev_hi].rstrip()) - 1
                attribution = attribute_intro(text, span, sentence_at(colon)[0], colon)
        if attribution is not None:
            direct[index] = attribution
    _share_along_paragraph_pieces(spans, direct)
    found: list[_Found] = []
    claimed = set(direct)
    blocked: list[tuple[int, int]] = []
    for index, attribution in direct.items():
        span = spans[index]
        kind = "direct"
        if attribution.start < span.start or attribution.end > span.close_end:
            share = _quoted_share(text, attribution.start, attribution.end, [span])
            kind = "direct" if share >= 0.5 else "mixed"
        found.append(_Found(attribution, kind, False))
        lo_b = min(span.open_start, attribution.cue_start, attribution.mention_start)
        if attribution.mention_start < 0:
            lo_b = min(span.open_start, attribution.cue_start)
        hi_b = max(span.close_end, attribution.cue_end, attribution.mention_end)
        blocked.append((lo_b, hi_b))
    blocked.sort()
    absorbed: set[int] = set()
    b = 0
    q = 0
    hints = cue_hints(text)
    for s_lo, s_hi in sentences:
        first_hint = bisect_left(hints, s_lo)
        if first_hint == len(hints) or hints[first_hint] >= s_hi:
            continue
        while b < len(blocked) and blocked[b][1] <= s_lo:
            b += 1
        local_blocked = []
        j = b
        while j < len(blocked) and blocked[j][0] < s_hi:
            local_blocked.append(blocked[j])
            j += 1
        while q < len(spans) and spans[q].close_end <= s_lo:
            q += 1
        local_quoted = []
        j = q
        while j < len(spans) and spans[j].open_start < s_hi:
            local_quoted.append((spans[j].open_start, spans[j].close_end))
            j += 1
        for attribution in find_indirect(text, s_lo, s_hi, local_blocked, local_quoted):
            start, end = attribution.start, attribution.end
            for b_lo, b_hi in local_blocked:
                if b_lo <= start < b_hi:
                    start = end
                elif start < b_lo < end:
                    end = b_lo
            start, end = _trim(text, start, end)
            inner: list[QuoteSpan] = []
            for j in range(q, len(spans)):
                span = spans[j]
                if span.open_start >= s_hi:
                    break
                if j in claimed or span.close_end <= start or span.open_start >= end:
                    continue
                start = min(start, span.open_start)
                end = max(end, span.close_end)
                inner.append(span)
                absorbed.add(j)
            if not text[start:end].strip():
                continue
            share = _quoted_share(text, start, end, inner)
            kind = "direct" if share >= 0.5 else ("mixed" if inner else "indirect")
            found.append(_Found(attribution._replace(start=start, end=end), kind, False))
    for index, span in enumerate(spans):
        if index in claimed or index in absorbed or span.end <= span.start:
            continue
        s_lo, _ = sentence_at(span.open_start)
        lead = text[max(s_lo, spans[index - 1].close_end if index else 0) : span.open_start]
        lead = lead.strip(" \u00a0([—–-")
        # A quotation that is a sentence of its own (nothing before it in its
        # sentence, or only the end of the previous one) continues a speaker.
        _, s_hi = sentence_at(span.close_end - 1)
        rest = text[span.close_end : s_hi].strip(" \u00a0.!?…”\"'’)")
        ends = rest == "" or text[span.start : span.end].rstrip()[-1:] in (".", "!", "?", ",")
        sentence_like = (
            (lead == "" or lead[-1] in ".!?")
            and ends
            and len(text[span.start : span.end].split()) >= 3
        )
        kind = "direct" if sentence_like else "partial"
        found.append(
            _Found(Attribution(span.start, span.end, -1, -1, -1, -1, True), kind, sentence_like)
        )
    return QuoteAnalysis(_build_quotes(text, paragraphs, found), unbalanced)


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


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span without outer whitespace or trailing commas."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–"):
        end -= 1
    return start, end


def _build_quotes(
    text: str, paragraphs: list[tuple[int, int]], found: list[_Found]
) -> tuple[Quote, ...]:
    """Return resolved, ordered, non-overlapping quotes from the raw attributions."""
    found.sort(key=lambda f: (f.attribution.start, -f.attribution.end))
    para_starts = [s for s, _ in paragraphs]
    resolver = Resolver(text)
    quotes: list[Quote] = []
    last_end = -1
    last_speech: Quote | None = None
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
            speaker, role, source_type = resolver.resolve(mention)
            mention_text, m_start, m_end = mention.text, att.mention_start, att.mention_end
        elif item.inherit and last_speech is not None and paragraph - last_speech.paragraph <= 1:
            # A quotation sentence with no cue continues the previous speaker.
            prev = last_speech
            speaker, mention_text, m_start, m_end = (
                prev.speaker,
                prev.speaker_mention,
                prev.speaker_start,
                prev.speaker_end,
            )
            cue, cue_start, cue_end = prev.cue, prev.cue_start, prev.cue_end
            source_type, role = prev.source_type, prev.role
        quote = Quote(
            start=att.start, end=att.end, text=text[att.start : att.end], kind=kind,
            speaker=speaker, speaker_mention=mention_text, speaker_start=m_start,
            speaker_end=m_end, cue=cue, cue_start=cue_start, cue_end=cue_end,
            source_type=source_type, role=role, paragraph=paragraph,
        )  # fmt: skip
        quotes.append(quote)
        last_end = att.end
        if kind in ("direct", "mixed") and quote.speaker_start is not None:
            last_speech = quote
    return tuple(quotes)


def extract_quotes(text_or_article: str | Article) -> list[Quote]:
    """Return the quotes of an article ordered by position (see :func:`analyze_quotes`)."""
    return list(analyze_quotes(text_or_article).quotes)
