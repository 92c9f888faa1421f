"""Quotation marks: find them, tell openers from closers, pair them.

One linear pass over each paragraph. Curly marks say which way they face,
straight ``"`` and NYT-style ``''`` do not, so their role is read from the
characters around them (a mark after a space opens, a mark before a space or
punctuation closes). Single quotes are never paired: in running text they
cannot be told apart from apostrophes, so quotes nested in single marks simply
stay inside the double-quoted span that holds them.

Broken typography is recovered, never raised: an opener left open at the end of
a paragraph either continues into the next paragraph (the news convention for
long quotes: every paragraph opens, only the last closes) or ends at the
paragraph end; a closer with no opener starts its quote at the paragraph start.
Each repair counts one unbalanced mark.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

__all__ = ["QuoteSpan", "find_quote_spans", "split_paragraphs"]

# Two apostrophes (NYT) and LaTeX-style `` are listed before the one-character
# marks so the regex takes them whole. Every alternative is a literal (not a
# character class): then ``re`` skips ahead to the possible first characters
# instead of trying the pattern at each position, 2.5 times faster.
# An HTML or XML start tag with attributes, as scraped text keeps them.
_TAG_RE = re.compile(
    r"<[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>\"']+))?)*\s*/?>"
)
_MARK_RE = re.compile(r"''|``|\"|“|”|„|‟|«|»")
_OPENERS = frozenset({"“", "„", "‟", "«", "``"})
_CLOSERS = frozenset({"”", "»"})
# Characters after which an ambiguous mark opens, and before which it closes.
_OPEN_BEFORE = frozenset(" \t\n\u00a0([{—–-/‘'")
_CLOSE_AFTER = frozenset(" \t\n\u00a0.,;:!?)]}—–-…’'")
_LINE_RE = re.compile(r"[^\n]+")


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
    spans = []
    for match in _LINE_RE.finditer(text):
        if match.group().strip():
            spans.append((match.start(), match.end()))
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


def _inside_tag(position: int, starts: list[int], ends: list[int]) -> bool:
    """Return True when ``position`` lies inside one of the (sorted, disjoint) tags."""
    index = bisect_right(starts, position) - 1
    return index >= 0 and position < ends[index]


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
    for index, (lo, hi) in enumerate(paragraphs):
        marks = list(_MARK_RE.finditer(text, lo, hi))
        if tag_starts:
            marks = [m for m in marks if not _inside_tag(m.start(), tag_starts, tag_ends)]
        opened: tuple[int, int, int] | None = None
        position = 0
        if carried is not None:
            first = marks[0] if marks else None
            if (
                first is not None
                and text[lo : first.start()].strip() == ""
                and _role(text, first.start(), first.end(), lo, hi, False) == "open"
            ):
                # The long-quote convention: this paragraph re-opens the quote.
                # Each paragraph is kept as its own piece, marked as continued,
                # so a paragraph stays the unit of a quotation.
                o_start, c_start, para = carried
                s, e = _strip_span(text, c_start, carried_end)
                spans.append(QuoteSpan(o_start, s, max(s, e), max(s, e), para, True))
                opened = (first.start(), first.end(), index)
                position = 1
            else:
                unbalanced += 1
                spans.append(_close_open_quote(text, carried, carried_end))
        carried = None
        last_close = lo
        for match in marks[position:]:
            start, end = match.start(), match.end()
            if match.group() == '"' and start > lo and text[start - 1].isdigit():
                # 5'10" or a 12" screen: a unit of length, not a quotation mark.
                continue
            role = _role(text, start, end, lo, hi, opened is not None)
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
