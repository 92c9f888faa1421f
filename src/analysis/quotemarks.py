"""Quotation marks: find them, tell openers from closers, pair them.

One linear pass over each paragraph. Curly marks say which way they face,
straight ``"`` and NYT-style ``''`` do not, so their role is read from the
characters around them (a mark after a space opens, a mark before a space or
punctuation closes). Single quotes are not paired here: in running text they
cannot be told apart from apostrophes, so quotes nested in single marks simply
stay inside the double-quoted span that holds them. A text quoted the British
way, in curly single marks (‘…,’ she said), is first rewritten by
:func:`as_double_marks` so that the same pairing reads it.

Broken typography is recovered, never raised: an opener left open at the end of
a paragraph either continues into the next paragraph (the news convention for
long quotes: every paragraph opens, only the last closes) or ends at the
paragraph end; a closer with no opener starts its quote at the paragraph start.
Each repair counts one unbalanced mark.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

__all__ = [
    "QuoteSpan",
    "as_double_marks",
    "find_quote_spans",
    "only_closing_marks",
    "split_paragraphs",
]

# Two apostrophes (NYT) and LaTeX-style `` are listed before the one-character
# marks so the regex takes them whole. Every alternative is a literal (not a
# character class): then ``re`` skips ahead to the possible first characters
# instead of trying the pattern at each position, 2.5 times faster.
# An HTML or XML start tag with attributes, as scraped text keeps them.
_TAG_RE = re.compile(
    r"<[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>\"']+))?)*\s*/?>"
)
_MARK_RE = re.compile(r"''|``|\"|“|”|„|‟|«|»")
# The marks of _MARK_RE, each found by str.find (see _find_marks).
_MARKS = ("''", "``", '"', "“", "”", "„", "‟", "«", "»")
_OPENERS = frozenset({"“", "„", "‟", "«", "``"})
_CLOSERS = frozenset({"”", "»"})
# Characters after which an ambiguous mark opens, and before which it closes.
_OPEN_BEFORE = frozenset(" \t\n\u00a0([{—–-/‘'")
_CLOSE_AFTER = frozenset(" \t\n\u00a0.,;:!?)]}—–-…’'")


class QuoteSpan(NamedTuple):
    """A paired (or recovered) quotation.

    ``open_start`` is where the opening mark starts (== ``start`` when the
    opener is missing), ``start``/``end`` the content inside the marks, and
    ``close_end`` where the closing mark ends (== ``end`` when it is missing).
    ``continued`` is True for a paragraph piece of a quotation that the next
    paragraph re-opens (the next span holds the rest of it).
    """

    open_start: int
    start: int
    end: int
    close_end: int
    paragraph: int
    continued: bool = False


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of each non-empty line of ``text``.

    Used when the caller gives a plain string: every line is a paragraph,
    which is the convention of both plain-text news files and our loader.
    """
    # The runs of r"[^\n]+", by str.split: the pattern would test every
    # character of the text against its class.
    spans = []
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if line.strip():
            spans.append((position, end))
        position = end + 1
    return spans


def _role(text: str, start: int, end: int, lo: int, hi: int, is_open: bool) -> str:
    """Return "open" or "close" for the mark at text[start:end], given the state.

    Context decides for every glyph, so typos such as a closing ``”`` at the
    start of a paragraph are read as the opener they were meant to be; the
    glyph and then the state break ties.
    """
    mark = text[start:end]
    before = text[start - 1] if start > lo else " "
    after = text[end] if end < hi else " "
    left_flank = before in _OPEN_BEFORE and after not in " \t\n\u00a0"
    right_flank = after in _CLOSE_AFTER and before not in " \t\n\u00a0"
    if mark in _OPENERS:
        if is_open and right_flank and not left_flank:
            return "close"
        return "open"
    if mark in _CLOSERS:
        if not is_open and (start == lo or (left_flank and not right_flank)):
            return "open"
        return "close"
    if left_flank and not right_flank:
        return "open"
    if right_flank and not left_flank:
        return "close"
    return "close" if is_open else "open"


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Return (start, end) narrowed so the span has no outer whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_CLOSING_CHARACTERS = " \u00a0.!?…”\"'’)"


# The longest stretch of stops and marks read as the close of a quotation.
_MAX_CLOSING_STRETCH = 256


def only_closing_marks(text: str, start: int, end: int) -> bool:
    """Return True when text[start:end] holds only spaces, stops and closing marks.

    A stretch longer than :data:`_MAX_CLOSING_STRETCH` is False whatever it
    holds: no quotation closes with that many, and a line of thousands of
    apostrophes would otherwise be read to its end after each one of them.
    """
    if end - start > _MAX_CLOSING_STRETCH:
        return False
    return not text[start:end].strip(_CLOSING_CHARACTERS)


def _inside_tag(position: int, starts: list[int], ends: list[int]) -> bool:
    """Return True when ``position`` lies inside one of the (sorted, disjoint) tags."""
    index = bisect_right(starts, position) - 1
    return index >= 0 and position < ends[index]


def _find_marks(text: str, lo: int, hi: int, marks: list[str]) -> list[tuple[int, int]]:
    """Return (start, end) of the ``marks`` in text[lo:hi], in order.

    With every mark of _MARKS these are the matches of _MARK_RE: a literal
    search per mark skips ahead far faster than a pattern that tests each
    character against the set of first characters. No two marks overlap
    ("''" and "``" are the only two-character ones, and neither shares a
    character with another), so sorting the hits merges them.
    """
    found = []
    for mark in marks:
        at = text.find(mark, lo, hi)
        while at >= 0:
            end = at + len(mark)
            found.append((at, end))
            at = text.find(mark, end, hi)
    found.sort()
    return found


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[QuoteSpan], int]:
    """Return the quotations of ``text`` in order, and the number of unbalanced marks.

    ``paragraphs`` are (start, end) offsets in order. Spans never overlap; a
    quotation that runs over several paragraphs gives one span per paragraph,
    all but the last marked ``continued``.
    """
    spans: list[QuoteSpan] = []
    unbalanced = 0
    # An open quotation carried over from the previous paragraph:
    # (open_start, content_start, paragraph index).
    carried: tuple[int, int, int] | None = None
    carried_end = 0
    # '<tweet tweet-date="March 9, 2016">': marks around an attribute value of
    # inline markup quote nobody (a tag may span a line break).
    tags = list(_TAG_RE.finditer(text)) if "<" in text else []
    tag_starts = [tag.start() for tag in tags]
    tag_ends = [tag.end() for tag in tags]
    # Each paragraph is searched only for the marks the text holds at all.
    present = [mark for mark in _MARKS if mark in text]
    for index, (lo, hi) in enumerate(paragraphs):
        marks = _find_marks(text, lo, hi, present)
        if tag_starts:
            marks = [m for m in marks if not _inside_tag(m[0], tag_starts, tag_ends)]
        opened: tuple[int, int, int] | None = None
        position = 0
        if carried is not None:
            first = marks[0] if marks else None
            if (
                first is not None
                and text[lo : first[0]].strip() == ""
                and _role(text, first[0], first[1], lo, hi, False) == "open"
            ):
                # The long-quote convention: this paragraph re-opens the quote.
                # Each paragraph is kept as its own piece, marked as continued,
                # so a paragraph stays the unit of a quotation.
                o_start, c_start, para = carried
                s, e = _strip_span(text, c_start, carried_end)
                spans.append(QuoteSpan(o_start, s, max(s, e), max(s, e), para, True))
                opened = (first[0], first[1], index)
                position = 1
            else:
                unbalanced += 1
                spans.append(_close_open_quote(text, carried, carried_end))
        carried = None
        last_close = lo
        for start, end in marks[position:]:
            mark = text[start:end]
            if mark == '"' and start > lo and text[start - 1].isdigit():
                # 5'10" or a 12" screen: a unit of length, not a quotation mark.
                continue
            role = _role(text, start, end, lo, hi, opened is not None)
            if role == "close" and end < hi and text[end] == "'" and mark == "''":
                # "... with 'We'll bomb them,''' said McCain": a nested single
                # quote closes first; the double mark is the last two.
                start, end = start + 1, end + 1
            if role == "open":
                if opened is not None:
                    # A second opener: the first one was never closed.
                    unbalanced += 1
                    o_start, c_start, para = opened
                    s, e = _strip_span(text, c_start, start)
                    spans.append(QuoteSpan(o_start, s, max(s, e), max(s, e), para))
                opened = (start, end, index)
            elif opened is not None:
                o_start, c_start, para = opened
                s, e = _strip_span(text, c_start, start)
                # The common case, one per quotation: tuple.__new__ skips the
                # NamedTuple constructor written in Python.
                spans.append(tuple.__new__(QuoteSpan, (o_start, s, max(s, e), end, para, False)))
                opened = None
                last_close = end
            else:
                # A closer with no opener: the quote most likely began where
                # the paragraph (or the text after the last quote) begins.
                unbalanced += 1
                # ... but not before the sentence that holds the closer.
                begin = last_close
                for stop in (". ", "? ", "! "):
                    found = text.rfind(stop, last_close, start)
                    if found >= 0:
                        begin = max(begin, found + 2)
                s, e = _strip_span(text, begin, start)
                if e > s:
                    spans.append(QuoteSpan(s, s, e, end, index))
                last_close = end
        if opened is not None:
            carried = opened
            carried_end = hi
    if carried is not None:
        unbalanced += 1
        spans.append(_close_open_quote(text, carried, carried_end))
    return spans, unbalanced


def _close_open_quote(text: str, opened: tuple[int, int, int], paragraph_end: int) -> QuoteSpan:
    """Return the span of an opener never closed: it ends where its paragraph ends."""
    o_start, c_start, para = opened
    s, e = _strip_span(text, c_start, paragraph_end)
    return QuoteSpan(o_start, s, max(s, e), max(s, e), para)


_SINGLE_RE = re.compile("[‘’]")
# In a text read as single-quoted, its double marks are the nested ones.
_DOUBLE_TO_SINGLE: dict[int, str] = {ord("“"): "‘", ord("”"): "’", ord('"'): "'"}


def single_quote_style(text: str) -> bool:
    """Return True when ``text`` quotes in curly single marks: more ‘ than double openers.

    A US-style text uses ‘ only for quotes nested in double ones (or a stray
    headline), so it always has more double openers; straight ``"`` and
    ``''`` count as one opener per two marks.
    """
    singles = text.count("‘")
    if not singles:
        return False
    doubles = sum(map(text.count, ("“", "„", "‟", "«"))) + (text.count('"') + text.count("''")) // 2
    return singles > doubles


def _single_pairs(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return (opener, closer) offsets of the curly single marks that pair as quotations.

    ``‘`` opens after a space or an opening bracket, unless a year follows
    (``‘90s``). ``’`` is also the apostrophe, so it is never a closer
    between letters or digits (``don’t``), after a space, or at the end of a
    word that opens with one (``rock ’n’ roll``). Of the candidates before
    the next opener, the first one next to punctuation wins (``‘… the
    voters’ needs,’``), then the first one that is no plural possessive
    before a lower-case word, then the first. An opener with no candidate
    opens nothing unless the next paragraph starts with ``‘``: the
    long-quote convention (every paragraph opens, only the last closes); its
    closer is then -1.
    """
    pairs: list[tuple[int, int]] = []
    for index, (lo, hi) in enumerate(paragraphs):
        marks = [match.start() for match in _SINGLE_RE.finditer(text, lo, hi)]
        opens = [k for k in marks if text[k] == "‘" and _opens_single(text, k, lo, hi)]
        if not opens:
            continue
        closes = [k for k in marks if text[k] == "’" and _may_close_single(text, k, lo, hi)]
        last_close = -1
        for number, opener in enumerate(opens):
            if opener < last_close:
                continue
            limit = opens[number + 1] if number + 1 < len(opens) else hi
            # bisect keeps a paragraph with thousands of marks linear-logarithmic.
            candidates = closes[bisect_right(closes, opener) : bisect_left(closes, limit)]
            if not candidates:
                if limit == hi and index + 1 < len(paragraphs):
                    next_lo, next_hi = paragraphs[index + 1]
                    if text[next_lo:next_hi].lstrip().startswith("‘"):
                        pairs.append((opener, -1))
                continue
            close = next(
                (k for k in candidates if _closes_at_punctuation(text, k, hi)),
                next((k for k in candidates if not _plural_possessive(text, k)), candidates[0]),
            )
            pairs.append((opener, close))
            last_close = close
    return pairs


def _opens_single(text: str, k: int, lo: int, hi: int) -> bool:
    """Return True when the ``‘`` at ``k`` can open a quotation (after a space, before a word)."""
    before = text[k - 1] if k > lo else " "
    after = text[k + 1] if k + 1 < hi else " "
    # ‘90s, ‘16: a year cut short, not an opener.
    return before in _OPEN_BEFORE and not after.isspace() and not text[k + 1 : k + 3].isdigit()


def _may_close_single(text: str, k: int, lo: int, hi: int) -> bool:
    """Return True when the ``’`` at ``k`` may close a quotation (no apostrophe inside a word)."""
    before = text[k - 1] if k > lo else " "
    after = text[k + 1] if k + 1 < hi else " "
    if before.isspace() or after.isalnum():
        return False
    # rock ’n’ roll: a word that opens with an apostrophe closes with one.
    # (Words are read back 40 characters at most: a paragraph with no space
    # must not make each mark scan to its start.)
    window = max(lo, k - 40)
    word_start = max(text.rfind(" ", window, k), text.rfind("\u00a0", window, k)) + 1
    return text[max(word_start, window)] not in "’'"


def _closes_at_punctuation(text: str, k: int, hi: int) -> bool:
    """Return True when punctuation or the paragraph end touches the ``’`` at ``k``."""
    return text[k - 1] in ",.;:!?…" or k + 1 == hi or text[k + 1] in ",.;:!?)—–-"


def _plural_possessive(text: str, k: int) -> bool:
    """Return True for ``voters’ needs``: after an s and before a lower-case word."""
    after = text[k + 1 : k + 3]
    return text[k - 1] == "s" and after[:1] in (" ", "\u00a0") and after[1:].islower()


def as_double_marks(text: str, paragraphs: list[tuple[int, int]]) -> str:
    """Return ``text`` with British-style quotation marks turned into US-style ones.

    When :func:`single_quote_style` holds, the curly single marks that pair
    as quotations become ``“`` and ``”``, and double marks inside them
    (nested quotes in that style) become single ones, so the rest of the
    extractor reads the text as it reads US news; a double-quoted phrase
    outside them stays a quotation. Every replacement is one character for
    one, so offsets stay valid for the original text. Returns ``text``
    itself when nothing changes.
    """
    if not single_quote_style(text):
        return text
    pairs = _single_pairs(text, paragraphs)
    if not pairs:
        return text
    chars = list(text)
    for opener, closer in pairs:
        chars[opener] = "“"
        if closer < 0:
            continue  # continued in the next paragraph, which re-opens it
        chars[closer] = "”"
        for position in range(opener + 1, closer):
            nested = _DOUBLE_TO_SINGLE.get(ord(chars[position]))
            if nested is not None:
                chars[position] = nested
    return "".join(chars)
