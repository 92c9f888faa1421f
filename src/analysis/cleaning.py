"""Text cleaning for the loader: bytes -> decoded text -> clean paragraphs.

Every step that changes the text appends a short flag to the article's
``repairs`` (in the order applied), so nothing is altered silently:

=========================  ==================================================
flag                       meaning
=========================  ==================================================
``bom-removed``            a UTF-8 byte-order mark was dropped
``encoding:<name>``        the bytes were not UTF-8 and were decoded as
                           ``cp1252``, ``latin-1`` or what charset-normalizer
                           detected
``control-chars-removed``  invisible control characters were deleted
``mojibake-fixed``         ftfy undid double-decoded UTF-8 (``â€™`` -> ``’``)
``entity-repaired``        HTML entities decoded, including the mangled
                           ``&#8217;`` that scrapers turn into U+0335 + ``7;``
``unicode-nfc``            the text was put in Unicode NFC form
``whitespace-normalized``  runs of spaces, tabs, line breaks inside a
                           paragraph or extra blank lines were collapsed
``boilerplate:breadcrumb`` the ``Home / … / title`` line of a scraped page
``boilerplate:teaser``     related-link teasers of a scraped page
``boilerplate:source-link`` the trailing ``Source link`` of a scraped page
=========================  ==================================================

Curly quotes, dashes and ligatures are kept as they are: ftfy runs with only
its encoding fixes switched on.

Paragraphs are separated by blank lines (line breaks inside a paragraph
become spaces); a text without any blank line has one paragraph per line.

Scraped pages. Text whose first paragraph is a ``Home / … / title``
breadcrumb, or whose last paragraph is ``Source link``, has the layout of
the scraped seed article, and only such text gets these rules:

1. the breadcrumb is removed (its middle parts go to ``metadata["section"]``);
2. the next paragraph, if it equals the breadcrumb's last part or is a short
   headline (at most 20 words, no terminal punctuation), is the title;
3. a paragraph starting with an image file name (``.jpg``, ``.png``, …) gives
   ``metadata["image"]`` and the rest of it ``metadata["caption"]``; a short
   phrase right after it (at most 12 words, no terminal punctuation) is the
   photo credit, ``metadata["credit"]``;
4. a last paragraph ``Source link`` is removed;
5. teasers are removed: paragraphs between two others with at most 16 words,
   no terminal punctuation (``. ! ? : ; ,`` or a closing quote or bracket; a
   trailing ``…`` is a cut-off teaser, not an end), no sentence break inside
   and no attributed quotation (``…” he said``).

Sub-headings in ordinary articles (``Introduction``, ``1 Passing clouds``)
look like teasers, which is why rule 5 never runs outside scraped layout.
"""

from __future__ import annotations

import html
import importlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import ftfy
import ftfy.badness

__all__ = [
    "CleanedText",
    "clean_text",
    "decode_bytes",
    "join_paragraphs",
    "repair_characters",
    "split_paragraphs",
]

# ftfy with only its mojibake fixes: quotes stay curly, ligatures and widths
# stay as written, and entities/NFC/whitespace are our own (flagged) steps.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# Non-ASCII characters of clean English news, most common first: the mojibake
# gate avoids them where it can (curly quotes and dashes are in most articles).
_TYPOGRAPHY = "\u2018\u2019\u201c\u201d\u2014\u2013\u2026\xa0"
_COMMON_NON_ASCII = "\xe9\u2022\xb7\xb0\xd7\xa3\u20ac"


def _mojibake_gate() -> re.Pattern[str] | None:
    """Return a cheap pattern that matches every text ftfy could change, or None.

    With our config ftfy changes a line only when it holds a C1 control
    character or when ``ftfy.badness.BADNESS_RE`` matches the line. Each
    alternative of that pattern needs at least one character from some
    non-ASCII class; picking, per alternative, the class with the fewest
    common characters gives a set that every match must touch. Searching for
    that set costs ~10 µs where ftfy's badness check costs ~1 ms. Derived from
    ftfy's own pattern, so it stays exact when ftfy changes; None (always run
    ftfy) when the pattern has a shape this reading does not understand.
    """
    try:
        parser: Any = importlib.import_module("re._parser")
        constants: Any = importlib.import_module("re._constants")
    except ImportError:  # Python 3.10
        parser = importlib.import_module("sre_parse")
        constants = importlib.import_module("sre_constants")
    pattern = ftfy.badness.BADNESS_RE
    if pattern.flags & re.IGNORECASE:  # a literal would also match its other case
        return None
    tree = list(parser.parse(pattern.pattern, pattern.flags))
    if len(tree) != 1 or tree[0][0] is not constants.BRANCH:
        return None

    def characters(op: Any, av: Any) -> set[int] | None:
        """Return the code points one mandatory item can match (None: unknown)."""
        if op is constants.LITERAL:
            return {av}
        if op is not constants.IN:
            return None
        found: set[int] = set()
        for kind, value in av:
            if kind is constants.LITERAL:
                found.add(value)
            elif kind is constants.RANGE:
                found.update(range(value[0], value[1] + 1))
            else:  # a negated class or a category like \s
                return None
        return found

    typography, common = set(map(ord, _TYPOGRAPHY)), set(map(ord, _COMMON_NON_ASCII))
    gate: set[int] = set(range(0x80, 0xA0))  # C1 controls: fix_c1_controls
    for branch in tree[0][1][1]:
        options = []
        for op, av in branch:
            if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
                if av[0] < 1 or len(av[2]) != 1:
                    continue  # optional: a match need not contain it
                op, av = av[2][0]
            found = characters(op, av)
            if found and min(found) >= 0x80:
                options.append(found)
        if not options:
            return None
        gate |= min(
            options,
            key=lambda found: (len(found & typography), len(found & common), len(found)),
        )
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(gate)) + "]")


# Every segment ftfy could change holds a gate character, so however ftfy cuts
# the text into segments, a text without one is left as it is.
_MOJIBAKE_GATE = _mojibake_gate()


def _fix_mojibake(text: str) -> str:
    """Return ``text`` after ftfy's mojibake fixes, skipping ftfy where it cannot change it.

    ftfy fixes each line (with its line break) as an independent segment, so
    only the lines holding a gate character go through it: one accented name
    in an article no longer costs ftfy's check of every other line (~1 ms).
    """
    if _MOJIBAKE_GATE is None:
        return ftfy.fix_text(text, _FTFY_CONFIG)
    if _MOJIBAKE_GATE.search(text) is None:
        return text
    lines = text.split("\n")
    last = len(lines) - 1
    segments = []
    for index, line in enumerate(lines):
        # Each line with its line break, as ftfy cuts the text.
        segment = line if index == last else line + "\n"
        if _MOJIBAKE_GATE.search(segment) is not None:
            segment = ftfy.fix_text(segment, _FTFY_CONFIG)
        segments.append(segment)
    return "".join(segments)


_UTF8_BOM = b"\xef\xbb\xbf"
# Share of control characters above which decoded bytes are called binary.
_MAX_CONTROL_SHARE = 0.05
# Above this share of non-ASCII letters, cp1252 is probably the wrong guess
# (Cyrillic cp1251 decodes "validly" as cp1252 gibberish), so ask
# charset-normalizer instead.
_MAX_NON_ASCII_LETTER_SHARE = 0.3
# charset-normalizer's "chaos" score (0 = clean text) we still accept.
_MAX_CHAOS = 0.2

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b\ufeff]")
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A scraper that writes "&#8217;" as "&#821;" + "7;" leaves a combining mark
# (U+0335 is decimal 821) followed, possibly after a line break, by the
# remaining digits and the semicolon.
_MANGLED_ENTITY_RE = re.compile(r"([\u0300-\u036f])[ \t]*\n?[ \t]*([0-9]{1,2});")
_GENERAL_PUNCTUATION = range(0x2000, 0x2070)
_BLANK_LINE_RE = re.compile(r"\n[ \t\f\v\xa0]*\n")
_EXTRA_BLANK_LINES_RE = re.compile(r"\n[ \t\f\v\xa0]*\n[ \t\f\v\xa0]*\n")


@dataclass(frozen=True)
class CleanedText:
    """The result of :func:`clean_text`.

    Attributes:
        title: the headline found in the text ("" when none was found).
        paragraphs: the clean body paragraphs, in order.
        metadata: fields recovered from the page layout (section, image,
            caption, credit).
        repairs: the flags of the cleaning steps applied, in order.
    """

    title: str
    paragraphs: tuple[str, ...]
    metadata: dict[str, Any] = field(default_factory=dict)
    repairs: tuple[str, ...] = ()


def _flag(repairs: list[str], name: str) -> None:
    """Append ``name`` to ``repairs`` unless it is already there."""
    if name not in repairs:
        repairs.append(name)


# --------------------------------------------------------------------------
# Decoding


def _is_binary(data: bytes) -> bool:
    """Return True when the bytes hold NUL characters (text files never do)."""
    return b"\x00" in data


def _looks_latin(text: str) -> bool:
    """Return True when most letters are ASCII, as in Western-European text."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return True
    non_ascii = sum(1 for ch in letters if not ch.isascii())
    return non_ascii / len(letters) <= _MAX_NON_ASCII_LETTER_SHARE


def _decode_single_byte(data: bytes) -> tuple[str, str] | None:
    """Return (text, encoding name) for Latin-1/cp1252 bytes, or None."""
    # Without bytes 0x80-0x9F, cp1252 and Latin-1 agree; name it Latin-1.
    has_c1 = any(0x80 <= byte <= 0x9F for byte in data)
    name = "cp1252" if has_c1 else "latin-1"
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    return (text, name) if _looks_latin(text) else None


def _decode_detected(data: bytes) -> tuple[str, str] | None:
    """Return (text, encoding) from charset-normalizer's best clean guess, or None."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS:
        return None
    return str(best), str(best.encoding)


def decode_bytes(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Return the decoded text and its repair flags, or raise ValueError.

    Tries, in order: UTF-8 with a byte-order mark, strict UTF-8, Latin-1 or
    cp1252 (when the result reads as Western text), then charset-normalizer.
    The ValueError message says what is wrong; the loader adds the file name.
    """
    if not data:
        raise ValueError("the file is empty")
    if _is_binary(data):
        raise ValueError(
            "this looks like a binary file (it contains NUL bytes), not text; "
            "if it is UTF-16 text, re-save it as UTF-8"
        )
    if data.startswith(_UTF8_BOM):
        try:
            return data[len(_UTF8_BOM) :].decode("utf-8"), ("bom-removed",)
        except UnicodeDecodeError as error:
            raise ValueError(
                f"starts with a UTF-8 byte-order mark but byte {error.start} is not "
                "valid UTF-8; re-save the file as UTF-8"
            ) from None
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as error:
        first_bad = error.start
    for decoder in (_decode_single_byte, _decode_detected):
        found = decoder(data)
        if found is not None:
            text, name = found
            return text, (f"encoding:{name}",)
    raise ValueError(
        f"cannot decode the bytes (byte {first_bad} is not UTF-8, and the file is not "
        "Windows-1252 or Latin-1 text either); re-save the file as UTF-8"
    )


def check_not_binary(text: str) -> None:
    """Raise ValueError when decoded text is mostly control characters."""
    controls = len(_CONTROL_RE.findall(text))
    if text and controls / len(text) > _MAX_CONTROL_SHARE:
        raise ValueError(
            f"this looks like a binary file ({controls} of {len(text)} characters "
            "are control characters), not text"
        )


# --------------------------------------------------------------------------
# Character repairs


def _repair_mangled_entity(match: re.Match[str]) -> str:
    """Return the punctuation a mangled ``&#82xx;`` entity stood for, or the match."""
    code = int(f"{ord(match.group(1))}{match.group(2)}")
    return chr(code) if code in _GENERAL_PUNCTUATION else match.group(0)


def _decode_entity(match: re.Match[str]) -> str:
    """Return the character an HTML entity names, or the entity when unknown."""
    entity = match.group(0)
    decoded = html.unescape(entity)
    if decoded == entity or "\ufffd" in decoded or _CONTROL_RE.search(decoded):
        return entity
    return decoded


def _repair_entities(text: str) -> str:
    """Return ``text`` with HTML entities (also doubly escaped or mangled) decoded."""
    text = _MANGLED_ENTITY_RE.sub(_repair_mangled_entity, text)
    # Two passes undo "&amp;#8217;" (an entity escaped twice).
    for _ in range(2):
        text = _ENTITY_RE.sub(_decode_entity, text)
    return text


def _repair_gate() -> re.Pattern[str] | None:
    """Return a character class matching every character the first three repairs act on.

    A text without any of them (most texts) is left as it is by the mojibake,
    control-character and entity repairs, so one scan replaces their four.
    None when the mojibake repair has no gate (it then looks at every text).
    """
    if _MOJIBAKE_GATE is None:
        return None
    inside = _MOJIBAKE_GATE.pattern[1:-1] + _CONTROL_RE.pattern[1:-1]
    # "&" starts every entity; a mangled entity starts with a combining mark.
    return re.compile("[" + inside + "&\u0300-\u036f]")


_REPAIR_GATE = _repair_gate()


def repair_characters(text: str, repairs: list[str]) -> str:
    """Return ``text`` with mojibake, entities, control characters and NFC repaired.

    Appends a flag to ``repairs`` for each step that changed the text.
    """
    steps: tuple[tuple[str, Callable[[str], str]], ...] = (
        ("mojibake-fixed", _fix_mojibake),
        ("control-chars-removed", lambda t: _CONTROL_RE.sub("", t)),
        ("entity-repaired", _repair_entities),
        ("unicode-nfc", lambda t: unicodedata.normalize("NFC", t)),
    )
    if _REPAIR_GATE is not None and _REPAIR_GATE.search(text) is None:
        steps = steps[3:]  # only NFC can change this text
    for name, step in steps:
        fixed = step(text)
        if fixed != text:
            _flag(repairs, name)
            text = fixed
    return text


# --------------------------------------------------------------------------
# Paragraphs


def _unix_newlines(text: str) -> str:
    """Return ``text`` with Windows and old-Mac line ends turned into ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_paragraphs(text: str, repairs: list[str]) -> list[str]:
    """Return the paragraphs of ``text`` with whitespace collapsed.

    Paragraphs are separated by blank lines; line breaks inside a paragraph
    become spaces. A text without any blank line has one paragraph per line
    (re-joined with blank lines, which is a change of layout, not a repair).
    Flags ``whitespace-normalized`` when whitespace inside a paragraph was
    collapsed or extra blank lines were dropped.
    """
    text = _unix_newlines(text).strip()
    has_blank_lines = _BLANK_LINE_RE.search(text) is not None
    chunks = _BLANK_LINE_RE.split(text) if has_blank_lines else text.split("\n")
    paragraphs: list[str] = []
    changed = has_blank_lines and _EXTRA_BLANK_LINES_RE.search(text) is not None
    for chunk in chunks:
        stripped = chunk.strip()
        paragraph = " ".join(stripped.split())
        changed = changed or paragraph != stripped
        if paragraph:
            paragraphs.append(paragraph)
    if changed:
        _flag(repairs, "whitespace-normalized")
    return paragraphs


def join_paragraphs(paragraphs: Sequence[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Return the text (paragraphs joined by one blank line) and each paragraph's offsets."""
    offsets: list[tuple[int, int]] = []
    start = 0
    for paragraph in paragraphs:
        offsets.append((start, start + len(paragraph)))
        start += len(paragraph) + 2
    return "\n\n".join(paragraphs), tuple(offsets)


# --------------------------------------------------------------------------
# Titles and scraped-page layout

_TERMINAL = ".!?:;,\"”’')]»"
_HEADING_RE = re.compile(r"^#{1,6}\s+(.+?)\s*#*$")
_BREADCRUMB_RE = re.compile(r"^Home\s*/\s*(.+)$")
_IMAGE_RE = re.compile(r"^(\S+\.(?:jpe?g|png|gif|webp|avif))(?:\s+(.*))?$", re.IGNORECASE)
_SOURCE_LINK_RE = re.compile(r"^source link$", re.IGNORECASE)
_SENTENCE_BREAK_RE = re.compile(r"[.!?][\"”’)]*\s+\S")
# A closing double quote followed by a lower-case word is speech with its
# attribution ("…,” he said"), which a headline or teaser never is.
_ATTRIBUTED_QUOTE_RE = re.compile(r"[”\"]\s+[a-z]")
_MAX_TITLE_WORDS = 20
_MAX_CREDIT_WORDS = 12
_MAX_TEASER_WORDS = 16


def _is_headline_like(paragraph: str, max_words: int) -> bool:
    """Return True for a short phrase with no sentence end (a headline, credit, teaser)."""
    return (
        len(paragraph.split()) <= max_words
        and not paragraph.endswith(tuple(_TERMINAL))
        and not _SENTENCE_BREAK_RE.search(paragraph)
    )


def _take_title(paragraphs: list[str], *, had_blank_lines: bool) -> str:
    """Remove and return a leading headline from ``paragraphs`` ("" when none).

    A title is a Markdown heading (``# Title``) in the first paragraph, or,
    when blank lines separate paragraphs and more text follows, a first
    paragraph of at most 20 words without terminal punctuation.
    """
    if not paragraphs:
        return ""
    heading = _HEADING_RE.match(paragraphs[0])
    if heading:
        paragraphs.pop(0)
        return heading.group(1)
    if (
        had_blank_lines
        and len(paragraphs) > 1
        and _is_headline_like(paragraphs[0], _MAX_TITLE_WORDS)
    ):
        return paragraphs.pop(0)
    return ""


def is_scraped_layout(paragraphs: Sequence[str]) -> bool:
    """Return True when the text starts with a ``Home / …`` breadcrumb or ends in ``Source link``.

    Only such text gets the scraped-page rules (teaser removal), so short
    sub-headings in ordinary articles are never taken for teasers.
    """
    if not paragraphs:
        return False
    starts = _BREADCRUMB_RE.match(paragraphs[0]) is not None
    return starts or _SOURCE_LINK_RE.match(paragraphs[-1]) is not None


def _parse_scraped_head(paragraphs: list[str], metadata: dict[str, Any], repairs: list[str]) -> str:
    """Remove breadcrumb, title, image/caption and credit from the head; return the title."""
    crumb = _BREADCRUMB_RE.match(paragraphs[0]) if paragraphs else None
    crumb_title = ""
    if crumb:
        parts = [part.strip() for part in crumb.group(1).split("/")]
        crumb_title = parts[-1]
        if len(parts) > 1:
            metadata["section"] = " / ".join(parts[:-1])
        paragraphs.pop(0)
        _flag(repairs, "boilerplate:breadcrumb")
    title = ""
    if paragraphs and (
        paragraphs[0] == crumb_title or _is_headline_like(paragraphs[0], _MAX_TITLE_WORDS)
    ):
        title = paragraphs.pop(0)
    image = _IMAGE_RE.match(paragraphs[0]) if paragraphs else None
    if image:
        paragraphs.pop(0)
        metadata["image"] = image.group(1)
        if image.group(2):
            metadata["caption"] = image.group(2)
        if paragraphs and _is_headline_like(paragraphs[0], _MAX_CREDIT_WORDS):
            metadata["credit"] = paragraphs.pop(0)
    return title or crumb_title


def _remove_teasers(paragraphs: list[str], repairs: list[str]) -> list[str]:
    """Return ``paragraphs`` without related-link teasers.

    A teaser is a paragraph of at most 16 words, with no terminal punctuation,
    no sentence break and no attributed quotation inside (a trailing ellipsis
    marks a cut-off teaser, not a sentence end), standing between two body
    paragraphs.
    """
    kept = [paragraphs[0]] if paragraphs else []
    for index in range(1, len(paragraphs) - 1):
        paragraph = paragraphs[index]
        if _is_headline_like(paragraph, _MAX_TEASER_WORDS) and not _ATTRIBUTED_QUOTE_RE.search(
            paragraph
        ):
            _flag(repairs, "boilerplate:teaser")
        else:
            kept.append(paragraph)
    if len(paragraphs) > 1:
        kept.append(paragraphs[-1])
    return kept


def _clean_scraped(
    paragraphs: list[str], metadata: dict[str, Any], repairs: list[str]
) -> tuple[str, list[str]]:
    """Return (title, body paragraphs) of a scraped page, boilerplate removed and flagged."""
    title = _parse_scraped_head(paragraphs, metadata, repairs)
    if paragraphs and _SOURCE_LINK_RE.match(paragraphs[-1]):
        paragraphs.pop()
        _flag(repairs, "boilerplate:source-link")
    return title, _remove_teasers(paragraphs, repairs)


def clean_text(text: str, *, find_title: bool, repairs: Sequence[str] = ()) -> CleanedText:
    """Return the cleaned paragraphs, title, layout metadata and repair flags of ``text``.

    ``find_title`` asks for a headline at the top of plain text (Markdown
    heading or short first line); record formats pass False because their
    title comes from a column. Scraped-page rules apply to any text that
    shows the scraped layout (see :func:`is_scraped_layout`).
    ``repairs`` are flags of earlier steps (decoding) to keep in front.
    """
    flags = list(repairs)
    text = repair_characters(text, flags)
    had_blank_lines = _BLANK_LINE_RE.search(_unix_newlines(text)) is not None
    paragraphs = split_paragraphs(text, flags)
    metadata: dict[str, Any] = {}
    if is_scraped_layout(paragraphs):
        title, paragraphs = _clean_scraped(paragraphs, metadata, flags)
    else:
        title = _take_title(paragraphs, had_blank_lines=had_blank_lines) if find_title else ""
    return CleanedText(title, tuple(paragraphs), metadata, tuple(flags))
