"""Sources: who is quoted in an article, how often and how, and article-level measures.

Works on the output of :func:`analysis.quotes.extract_quotes`; pure functions.
Partial quotes (quoted terms, scare quotes) are not speech and count in no
measure except ``n_partial``. Undefined measures (a share of zero quotes,
a rate over zero words) are NaN, never 0.0.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from analysis.errors import ParameterError
from analysis.lexicons import cue_lemma, is_loaded_cue
from analysis.quotes import Quote
from analysis.schema import Article
from analysis.text import count_words

__all__ = [
    "QuoteMeasures",
    "Source",
    "count_utterances",
    "quote_measures",
    "quote_word_counts",
    "summarize_sources",
]

_NAN = math.nan


def _meta(unit: str, description: str) -> dict[str, str]:
    """Return the field metadata the output schema is generated from."""
    return {"unit": unit, "description": description}


@dataclass(frozen=True)
class Source:
    """One speaker of an article and what they were quoted saying."""

    speaker: str = field(metadata=_meta("text", "resolved speaker name or description"))
    source_type: str = field(
        metadata=_meta("category", "person, organization, anonymous, media, document or unknown")
    )
    role: str | None = field(metadata=_meta("text", "title or description, first one given"))
    n_quotes: int = field(metadata=_meta("count", "quotes attributed (direct, indirect, mixed)"))
    n_utterances: int = field(
        metadata=_meta(
            "count", "distinct cues the quotes hang on: pieces of one quotation count once"
        )
    )
    n_direct: int = field(metadata=_meta("count", "verbatim quotations"))
    n_indirect: int = field(metadata=_meta("count", "reported speech, including mixed"))
    words_quoted: int = field(metadata=_meta("words", "words inside this source's quotes"))
    first_position: int = field(
        metadata=_meta("characters", "offset of the source's first quote in the text")
    )
    cues: tuple[str, ...] = field(
        metadata=_meta("text", "reporting verbs used for this source (lemmas), first use order")
    )

    def as_row(self) -> dict[str, Any]:
        """Return the source as a flat dict; ``cues`` joined with ``;``."""
        row = asdict(self)
        row["cues"] = ";".join(self.cues)
        return row


@dataclass(frozen=True)
class QuoteMeasures:
    """Article-level quotation measures."""

    n_quotes: int = field(metadata=_meta("count", "quotes that are speech (not partial)"))
    n_utterances: int = field(
        metadata=_meta(
            "count", "distinct cues the quotes hang on: pieces of one quotation count once"
        )
    )
    n_direct: int = field(metadata=_meta("count", "verbatim quotations"))
    n_indirect: int = field(metadata=_meta("count", "reported speech without quoted words"))
    n_mixed: int = field(metadata=_meta("count", "paraphrases with a quoted fragment"))
    n_partial: int = field(metadata=_meta("count", "quoted terms and scare quotes (not speech)"))
    quoted_words_share: float = field(
        metadata=_meta("share", "words inside direct quotations / all words (NaN: no words)")
    )
    quotes_per_1k_words: float = field(
        metadata=_meta("rate", "quotes per 1,000 words (NaN: no words)")
    )
    n_sources: int = field(metadata=_meta("count", "distinct resolved speakers"))
    share_anonymous: float = field(
        metadata=_meta("share", "quotes from anonymous sources / quotes (NaN: no quotes)")
    )
    share_attributed: float = field(
        metadata=_meta("share", "quotes with a speaker / quotes (NaN: no quotes)")
    )
    share_loaded_cues: float = field(
        metadata=_meta("share", "quotes with a loaded cue (claimed, admitted) / quotes with a cue")
    )

    def as_row(self) -> dict[str, float | int]:
        """Return the measures as a flat dict, one key per field."""
        return asdict(self)


def _speech(quotes: Iterable[Quote]) -> list[Quote]:
    """Return the quotes that are speech (everything but partial quotes)."""
    return [q for q in quotes if q.kind != "partial"]


def count_utterances(quotes: Iterable[Quote]) -> int:
    """Return how many utterances ``quotes`` hold: quotes sharing a cue count once.

    '“A,” she said, “B.” “C.”' is three quotes (pieces) on one cue, and one
    utterance: counting pieces would make a source quoted in long, broken-up
    quotations look quoted more often. A quote without a cue is its own
    utterance.
    """
    return len({q.cue_start if q.cue_start is not None else -1 - q.start for q in quotes})


def quote_word_counts(quotes: Iterable[Quote]) -> list[int]:
    """Return the words of each quote's text, in order (the ``quote_words`` of the measures).

    Counting is most of the cost of the source measures; a caller that needs
    both :func:`summarize_sources` and :func:`quote_measures` counts once here.
    """
    return [count_words(q.text) for q in quotes]


def _words_by_quote(quotes: list[Quote], quote_words: Sequence[int] | None) -> dict[int, int]:
    """Return the word count of each quote by ``id``, from ``quote_words`` or counted here."""
    if quote_words is None:
        quote_words = quote_word_counts(quotes)
    elif len(quote_words) != len(quotes):
        raise ParameterError(
            f"quote_words has {len(quote_words)} counts for {len(quotes)} quotes; "
            "pass quote_word_counts(quotes) for the same quotes"
        )
    return dict(zip(map(id, quotes), quote_words, strict=True))


def summarize_sources(
    quotes: Iterable[Quote], *, quote_words: Sequence[int] | None = None
) -> list[Source]:
    """Return one :class:`Source` per resolved speaker, ordered by first appearance.

    Quotes with no resolved speaker and partial quotes belong to no source.
    ``quote_words`` (from :func:`quote_word_counts`, aligned with ``quotes``)
    saves counting the quoted words again when the caller has them.
    """
    all_quotes = list(quotes)
    groups: dict[str, list[Quote]] = {}
    for quote in all_quotes:
        if quote.speaker is not None and quote.kind != "partial":
            groups.setdefault(quote.speaker, []).append(quote)
    if not groups:
        return []
    words = _words_by_quote(all_quotes, quote_words)
    # Cues repeat ("said" again and again): look each one up once per article.
    lemmas: dict[str, str | None] = {}
    sources = [_source(speaker, items, words, lemmas) for speaker, items in groups.items()]
    sources.sort(key=lambda s: s.first_position)
    return sources


def _source(
    speaker: str, items: list[Quote], words: dict[int, int], lemmas: dict[str, str | None]
) -> Source:
    """Return the :class:`Source` of ``speaker`` from its quotes ``items``.

    ``words`` holds each quote's word count by ``id``; ``lemmas`` is the
    article's cue -> lemma cache, filled here. One loop gathers every count:
    a source has two or three quotes on average, so separate passes (one
    generator per count) cost more in set-up than in work.
    """
    cues: dict[str, None] = {}  # lemmas in first-use order
    types: list[str] = []
    role = None
    n_direct = n_indirect = words_quoted = 0
    for quote in items:
        cue = quote.cue
        if cue:
            if cue not in lemmas:
                lemmas[cue] = cue_lemma(cue)
            lemma = lemmas[cue]
            if lemma is not None:
                cues[lemma] = None
        if quote.source_type != "unknown":
            types.append(quote.source_type)
        if role is None and quote.role:
            role = quote.role
        if quote.kind == "direct":
            n_direct += 1
        elif quote.kind in ("indirect", "mixed"):
            n_indirect += 1
        words_quoted += words[id(quote)]
    # The most frequent type; a tie goes to the type seen first. (max over a
    # set broke ties by string hash order, which differs between processes.)
    majority_type = max(dict.fromkeys(types), key=types.count) if types else "unknown"
    return Source(
        speaker=speaker,
        source_type=majority_type,
        role=role,
        n_quotes=len(items),
        n_utterances=count_utterances(items),
        n_direct=n_direct,
        n_indirect=n_indirect,
        words_quoted=words_quoted,
        first_position=min(q.start for q in items),
        cues=tuple(cues),
    )


def quote_measures(
    quotes: Iterable[Quote],
    text_or_article: str | Article,
    *,
    n_words: int | None = None,
    quote_words: Sequence[int] | None = None,
) -> QuoteMeasures:
    """Return the article-level :class:`QuoteMeasures` of ``quotes`` found in the article.

    ``n_words`` (the readability word count of the same text) and
    ``quote_words`` (from :func:`quote_word_counts`) save counting again
    when the caller has them.
    """
    text = text_or_article.text if isinstance(text_or_article, Article) else text_or_article
    all_quotes = list(quotes)
    speech = _speech(all_quotes)
    words = count_words(text) if n_words is None else n_words
    direct = [q for q in speech if q.kind == "direct"]
    if direct:
        by_quote = _words_by_quote(all_quotes, quote_words)
        direct_words = sum(by_quote[id(q)] for q in direct)
    else:
        direct_words = 0
    n = len(speech)
    with_cue = [q for q in speech if q.cue]
    loaded: dict[str | None, bool] = {}
    for quote in with_cue:
        if quote.cue not in loaded:
            loaded[quote.cue] = is_loaded_cue(quote.cue)
    return QuoteMeasures(
        n_quotes=n,
        n_utterances=count_utterances(speech),
        n_direct=len(direct),
        n_indirect=sum(q.kind == "indirect" for q in speech),
        n_mixed=sum(q.kind == "mixed" for q in speech),
        n_partial=len(all_quotes) - n,
        quoted_words_share=direct_words / words if words else _NAN,
        quotes_per_1k_words=1000 * n / words if words else _NAN,
        n_sources=len({q.speaker for q in speech if q.speaker is not None}),
        share_anonymous=sum(q.source_type == "anonymous" for q in speech) / n if n else _NAN,
        share_attributed=sum(q.speaker_start is not None for q in speech) / n if n else _NAN,
        share_loaded_cues=(
            sum(loaded[q.cue] for q in with_cue) / len(with_cue) if with_cue else _NAN
        ),
    )
