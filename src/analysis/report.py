"""Tables, figures and HTML views for the report notebooks (no file I/O).

Every function takes the profile tables (or an article and its quotes) and
returns something a notebook cell displays:

* :class:`HtmlView` -- a fragment of HTML (``_repr_html_``). Every piece of
  article text, title, speaker or metadata is escaped here, so an article
  containing ``<script>`` shows it as text.
* :class:`Chart` -- a named matplotlib figure (``_repr_png_``); the notebooks
  save charts with :func:`analysis.execute.save_figures`.

Figures are built on :class:`matplotlib.figure.Figure` directly (no pyplot, no
global state), rendered with Agg, with labelled axes and units, and rendered to
PNG/SVG without any date so the same data give the same bytes.
"""

from __future__ import annotations

import dataclasses
import functools
import html
import io
import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

__all__ = [
    "Chart",
    "Charts",
    "HtmlView",
    "anonymous_share_chart",
    "article_header",
    "articles_overview",
    "cue_verbs_chart",
    "distributions_chart",
    "errors_table",
    "figure_png",
    "figure_svg",
    "flesch_band",
    "grade_meaning",
    "group_boxplots_chart",
    "group_column",
    "group_medians_table",
    "heading",
    "highlighted_article",
    "note",
    "outliers_table",
    "overview_table",
    "paragraphs_chart",
    "quotes_table",
    "readability_table",
    "readability_vs_quotes_chart",
    "reproduction_panel",
    "row_counts",
    "source_type_colour",
    "sources_table",
    "table",
    "top_sources_table",
]

FIGURE_SIZE = (8.0, 4.2)  # inches; 800 x 420 px at FIGURE_DPI, readable in a 1100 px column
FIGURE_DPI = 100
SVG_HASH_SALT = "news-analysis"  # fixed so SVG element ids are identical between runs

# Colours per source type (Okabe-Ito, readable by colour-blind readers);
# unknown types take the remaining colours in sorted order.
SOURCE_TYPE_COLOURS: dict[str, str] = {
    "person": "#E69F00",
    "organization": "#009E73",
    "anonymous": "#D55E00",
    "media": "#CC79A7",
    "document": "#56B4E9",
    "unknown": "#999999",
}
_SPARE_COLOURS = ("#8C6D31", "#7B4173", "#637939", "#843C39", "#5254A3", "#6B6ECF")

# Columns of the articles table the corpus report plots, with axis labels and units.
MEASURES: dict[str, str] = {
    "grade": "reading grade (US school grade)",
    "quoted_words_share": "quoted words (% of words)",
    "quotes_per_1k_words": "quotes per 1,000 words",
}


# ---------------------------------------------------------------------------
# Display objects.


@dataclass(frozen=True)
class HtmlView:
    """A fragment of HTML that notebooks display as rich output.

    Attributes:
        html: the markup; anything taken from articles in it is escaped.
    """

    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


@dataclass(frozen=True)
class Chart:
    """A named figure: shown as PNG in a notebook, saved as ``figures/NAME.png|svg``.

    Attributes:
        name: file stem, snake_case (``grade_distribution``).
        figure: the matplotlib figure.
    """

    name: str
    figure: Figure

    @functools.cached_property
    def png(self) -> bytes:
        """The figure as PNG, rendered once for both the notebook and ``figures/``."""
        return figure_png(self.figure)

    @property
    def alt(self) -> str:
        """A text description of the chart (its title and axis labels) for screen readers."""
        parts: list[str] = []
        title = self.figure.get_suptitle()
        if title:
            parts.append(title)
        for ax in self.figure.axes:
            labels = [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
            described = ", ".join(label for label in labels if label)
            if described:
                parts.append(described)
        return f"Chart {self.name}: " + "; ".join(parts)

    def _repr_png_(self) -> tuple[bytes, dict[str, str]]:
        return self.png, {"alt": self.alt}


def figure_png(figure: Figure) -> bytes:
    """Return ``figure`` as PNG bytes with no date or software metadata."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=FIGURE_DPI, metadata={"Software": None})
    return buffer.getvalue()


def figure_svg(figure: Figure) -> bytes:
    """Return ``figure`` as SVG bytes with no date and a fixed hash salt (stable ids)."""
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": SVG_HASH_SALT}):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    return buffer.getvalue()


def _new_figure(ncols: int = 1, *, height: float = FIGURE_SIZE[1]) -> tuple[Figure, list[Any]]:
    """Return a figure with ``ncols`` axes side by side, in the house style."""
    figure = Figure(figsize=(FIGURE_SIZE[0], height), dpi=FIGURE_DPI, layout="constrained")
    axes = figure.subplots(1, ncols, squeeze=False)[0]
    for ax in axes:
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
    return figure, list(axes)


def _empty_note(ax: Any, message: str) -> None:
    """Write ``message`` in the middle of an axis that has nothing to plot."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#666")
    ax.set_xticks([])
    ax.set_yticks([])


class Charts(list[Chart]):
    """The charts of one report, in display order (the notebook saves them at the end)."""

    def add(self, chart: Chart) -> Chart:
        """Append ``chart`` and return it, so a cell can show what it collects."""
        self.append(chart)
        return chart


def heading(title: str) -> HtmlView:
    """Return the report title as an escaped ``<h1>``."""
    return HtmlView(f"<h1 class='na-heading'>{html.escape(title)}</h1>")


def note(text: str) -> HtmlView:
    """Return a short remark as an escaped paragraph in italics."""
    return HtmlView(f"<p class='na-note'><i>{html.escape(text)}</i></p>")


def row_counts(profile: Any) -> dict[str, int]:
    """Return the number of rows of each table of a corpus profile (for the manifest)."""
    return {
        name: len(getattr(profile, name)) for name in ("articles", "quotes", "sources", "errors")
    }


def group_column(articles: pd.DataFrame, group_by: str | None) -> str | None:
    """Return the column of the articles table that holds ``group_by``, or None for no grouping.

    A metadata key such as ``level`` is stored as ``meta_level``; either name is
    accepted. Raises ParameterError listing the metadata columns when neither exists.
    """
    from analysis.errors import ParameterError
    from analysis.schema import META_PREFIX

    if group_by is None:
        return None
    for candidate in (group_by, META_PREFIX + group_by):
        if candidate in articles.columns:
            return candidate
    names = [str(column) for column in articles.columns]
    available = sorted(c.removeprefix(META_PREFIX) for c in names if c.startswith(META_PREFIX))
    raise ParameterError(
        f"group_by={group_by!r}: no such metadata column in this corpus; "
        f"available: {', '.join(available) or 'none (the articles carry no metadata)'}"
    )


def _label(column: str) -> str:
    """Return a column name as an axis label (``meta_level`` -> ``level``)."""
    from analysis.schema import META_PREFIX

    return column.removeprefix(META_PREFIX).replace("_", " ")


# ---------------------------------------------------------------------------
# Tables.


def _format_value(value: object) -> str:
    """Return a cell value as short text: NaN as an en dash, floats with 2 decimals."""
    if value is None or value is pd.NA or value is pd.NaT:
        return "–"
    if isinstance(value, float | np.floating) and math.isnan(value):
        return "–"
    if isinstance(value, bool | np.bool_):
        return "yes" if value else "no"
    if isinstance(value, float | np.floating):
        # Medians of counts (513.0 words) read better without decimals.
        return f"{float(value):,.0f}" if float(value).is_integer() else f"{float(value):,.2f}"
    if isinstance(value, int | np.integer):
        return f"{int(value):,}"
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value) or "–"
    return str(value)


def table(frame: pd.DataFrame, *, caption: str | None = None, index: bool = False) -> HtmlView:
    """Return ``frame`` as an escaped HTML table (NaN shown as "–", floats to 2 decimals)."""
    shown = frame.copy()
    for column in shown.columns:
        shown[column] = [_format_value(value) for value in shown[column].tolist()]
    body = shown.to_html(index=index, escape=True, border=0, classes="na-table", na_rep="–")
    head = f"<p class='na-caption'><b>{html.escape(caption)}</b></p>" if caption else ""
    return HtmlView(f"<div class='na-tablewrap'>{head}{body}</div>")


def _key_values(rows: Sequence[tuple[str, object]]) -> HtmlView:
    """Return a two-column table of (label, value) pairs, escaped."""
    cells = "".join(
        f"<tr><th style='text-align:left'>{html.escape(label)}</th>"
        f"<td style='text-align:left'>{html.escape(_format_value(value))}</td></tr>"
        for label, value in rows
    )
    return HtmlView(f"<table class='na-table na-keyvalue'>{cells}</table>")


# ---------------------------------------------------------------------------
# Readability in plain language.

# Flesch Reading Ease bands (Flesch 1948, as tabulated by Flesch 1979 "How to write
# plain English"): lower bound, label, typical school level.
_FLESCH_BANDS = (
    (90.0, "very easy", "5th grade"),
    (80.0, "easy", "6th grade"),
    (70.0, "fairly easy", "7th grade"),
    (60.0, "plain English", "8th-9th grade"),
    (50.0, "fairly difficult", "10th-12th grade"),
    (30.0, "difficult", "college"),
    (-math.inf, "very difficult", "college graduate"),
)


def flesch_band(score: float) -> str:
    """Return the Flesch Reading Ease band of ``score`` ("plain English (8th-9th grade)").

    Returns "undefined" for NaN (an empty text has no reading ease).
    """
    if math.isnan(score):
        return "undefined"
    for lower, label, level in _FLESCH_BANDS:
        if score >= lower:
            return f"{label} ({level})"
    raise AssertionError("unreachable: the last band has no lower bound")


def grade_meaning(grade: float) -> str:
    """Return a US-school-grade value in words ("about grade 11: high school").

    A grade of ~ N means a reader needs about N years of US schooling
    (age ~ N + 5); returns "undefined" for NaN.
    """
    if math.isnan(grade):
        return "undefined"
    rounded = round(grade)
    if rounded <= 0:
        return "below grade 1: very simple text"
    if rounded <= 5:
        stage = "elementary school"
    elif rounded <= 8:
        stage = "middle school"
    elif rounded <= 12:
        stage = "high school"
    elif rounded <= 16:
        stage = "college"
    else:
        stage = "postgraduate"
    return f"about grade {rounded}: {stage} (age ~{rounded + 5})"


def _readability_fields() -> list[dataclasses.Field[Any]]:
    """Return the fields of :class:`analysis.readability.Readability` (they carry units)."""
    from analysis.readability import Readability

    return list(dataclasses.fields(Readability))


def readability_table(row: Mapping[str, Any]) -> HtmlView:
    """Return the readability of one article: formulas read in plain language, then counts.

    ``row`` is the article's row of the articles table. Grade-like measures are
    read as US school grades, the Flesch Reading Ease as its band; the counts
    and averages the formulas use follow in a second table.
    """
    formulas, counts = [], []
    for item in _readability_fields():
        if item.name not in row:
            continue
        value = row[item.name]
        unit = str(item.metadata.get("unit", ""))
        description = str(item.metadata.get("description", ""))
        number = float(value) if isinstance(value, int | float | np.number) else math.nan
        if item.name == "flesch_reading_ease":
            meaning = flesch_band(number)
        elif unit == "grade" or item.name == "grade":
            meaning = grade_meaning(number)
        elif unit in ("score", "flag"):
            meaning = ""
        else:
            counts.append({"measure": item.name, "value": value, "unit": unit, "what": description})
            continue
        formulas.append(
            {"formula": item.name, "value": value, "reads as": meaning, "what": description}
        )
    first = table(pd.DataFrame.from_records(formulas), caption="Readability formulas")
    second = table(pd.DataFrame.from_records(counts), caption="Counts and averages behind them")
    return HtmlView(first.html + second.html)


# ---------------------------------------------------------------------------
# Article views.


def source_type_colour(source_type: str, known: Sequence[str] = ()) -> str:
    """Return the highlight colour of ``source_type`` (a fixed colour for known types)."""
    if source_type in SOURCE_TYPE_COLOURS:
        return SOURCE_TYPE_COLOURS[source_type]
    others = sorted(t for t in set(known) | {source_type} if t not in SOURCE_TYPE_COLOURS)
    return _SPARE_COLOURS[others.index(source_type) % len(_SPARE_COLOURS)]


def article_header(article: Any, row: Mapping[str, Any]) -> HtmlView:
    """Return the article's title and key facts: outlet, date, words, repairs, quality flags.

    ``article`` is an :class:`~analysis.schema.Article`, ``row`` its row of the
    articles table. Quality flags are the boolean and count fields of
    :class:`~analysis.quality.QualityFlags` that are raised (counts in brackets).
    """
    metadata = dict(article.metadata)
    facts: list[tuple[str, object]] = [("id", article.id)]
    for label, keys in (
        ("outlet", ("outlet", "publisher", "source", "site")),
        ("date", ("published", "date", "published_at")),
        ("author", ("author", "authors")),
        ("level", ("level",)),
    ):
        value = next((metadata[key] for key in keys if metadata.get(key) not in (None, "")), None)
        if value is not None:
            facts.append((label, value))
    facts += [
        ("words", row.get("words")),
        ("sentences", row.get("sentences")),
        ("paragraphs", len(article.paragraphs)),
        ("quotations", row.get("n_quotes")),
        ("sources", row.get("n_sources")),
        ("repairs by the loader", list(article.repairs) or "none"),
        ("quality flags raised", _raised_flags(row) or "none"),
    ]
    title = html.escape(article.title or "(untitled)")
    return HtmlView(f"<h2 class='na-title'>{title}</h2>{_key_values(facts).html}")


def _raised_flags(row: Mapping[str, Any]) -> list[str]:
    """Return the quality flags of ``row`` that are raised: True booleans, positive counts."""
    from analysis.quality import QualityFlags

    raised = []
    for item in dataclasses.fields(QualityFlags):
        value = row.get(item.name)
        unit = item.metadata.get("unit")
        if item.name == "n_repairs" or value is None or value is pd.NA:
            continue  # repairs are listed on their own line
        if unit == "flag" and bool(value):
            raised.append(item.name)
        elif unit == "count" and float(value) > 0:
            raised.append(f"{item.name} ({int(value)})")
    return raised


def _quote_title(quote: Any) -> str:
    """Return the hover text of a quote: speaker, source type, role, cue and kind."""
    parts = [
        f"speaker: {quote.speaker or 'unattributed'}",
        f"source type: {quote.source_type or 'unknown'}",
        f"role: {quote.role or '–'}",
        f"cue: {quote.cue or '–'}",
        f"kind: {quote.kind}",
    ]
    return " | ".join(parts)


def highlighted_article(text: str, quotes: Sequence[Any]) -> HtmlView:
    """Return the article text with every quote highlighted, plus a legend.

    Quotes are coloured by source type; hovering shows speaker, source type,
    role and cue; the speaker mention is underlined and the cue set in bold.
    All text is escaped. Overlapping spans are split at every boundary, so the
    markup stays well formed whatever the extractor returns.
    """
    types = sorted({str(q.source_type or "unknown") for q in quotes})
    boundaries = {0, len(text)}
    for quote in quotes:
        for start, end in (
            (quote.start, quote.end),
            (quote.speaker_start, quote.speaker_end),
            (quote.cue_start, quote.cue_end),
        ):
            if start is not None and end is not None and 0 <= start < end <= len(text):
                boundaries.update((start, end))
    points = sorted(boundaries)
    # The innermost (shortest) quote covering a segment decides its colour.
    ordered = sorted(quotes, key=lambda q: (q.end - q.start, q.start))
    pieces = []
    for start, end in itertools.pairwise(points):
        segment = html.escape(text[start:end])
        speaker = any(_covers(q.speaker_start, q.speaker_end, start, end) for q in quotes)
        cue = any(_covers(q.cue_start, q.cue_end, start, end) for q in quotes)
        if speaker:
            segment = f"<u class='na-speaker'>{segment}</u>"
        if cue:
            segment = f"<b class='na-cue'>{segment}</b>"
        quote = next((q for q in ordered if _covers(q.start, q.end, start, end)), None)
        if quote is not None:
            kind = str(quote.source_type or "unknown")
            colour = source_type_colour(kind, types)
            segment = (
                f"<mark class='na-quote' data-source-type='{html.escape(kind, quote=True)}' "
                f"title='{html.escape(_quote_title(quote), quote=True)}' "
                f"style='background:{colour}55;border-bottom:2px solid {colour};"
                f"padding:0 1px'>{segment}</mark>"
            )
        pieces.append(segment)
    body = (
        "<div class='na-article' style='white-space:pre-wrap;line-height:1.6;"
        "font-family:Georgia,serif;font-size:16px;max-width:46em;padding:0.5em 1em;"
        f"border-left:3px solid #ccc'>{''.join(pieces)}</div>"
    )
    return HtmlView(_legend(quotes, types) + body)


def _covers(start: int | None, end: int | None, seg_start: int, seg_end: int) -> bool:
    """Return True if the span ``[start, end)`` covers the segment."""
    return start is not None and end is not None and start <= seg_start and seg_end <= end


def _legend(quotes: Sequence[Any], types: Sequence[str]) -> str:
    """Return the legend of the highlighted article: one swatch per source type, with counts."""
    counts: dict[str, int] = {}
    for quote in quotes:
        kind = str(quote.source_type or "unknown")
        counts[kind] = counts.get(kind, 0) + 1
    if not counts:
        return "<p class='na-legend'><i>No quotations were found in this article.</i></p>"
    swatches = "".join(
        f"<span style='display:inline-block;margin-right:1.2em'>"
        f"<span style='display:inline-block;width:1em;height:1em;vertical-align:middle;"
        f"background:{source_type_colour(kind, types)}55;"
        f"border-bottom:2px solid {source_type_colour(kind, types)}'></span> "
        f"{html.escape(kind)} ({counts[kind]})</span>"
        for kind in types
    )
    return (
        f"<p class='na-legend'><b>Quotes by source type:</b> {swatches}<br>"
        "<small>Hover over a quote for its speaker, role and cue; "
        "<u>underlined</u>: speaker mention, <b>bold</b>: cue.</small></p>"
    )


def paragraphs_chart(
    readabilities: Sequence[Any], quotes: Sequence[Any], n_paragraphs: int
) -> Chart:
    """Return reading grade (bars) and quotations (dots) of each paragraph of one article.

    ``readabilities`` is :func:`analysis.readability.paragraph_readability` of the
    article, ``quotes`` its quotes (each knows its 0-based ``paragraph``).
    """
    figure, axes = _new_figure(1, height=3.6)
    ax = axes[0]
    positions = np.arange(1, n_paragraphs + 1)
    grades = [float(getattr(item, "grade", math.nan)) for item in readabilities]
    grades += [math.nan] * (n_paragraphs - len(grades))
    counts = np.zeros(n_paragraphs)
    for quote in quotes:
        if quote.paragraph is not None and 0 <= quote.paragraph < n_paragraphs:
            counts[quote.paragraph] += 1
    if n_paragraphs == 0:
        _empty_note(ax, "no paragraphs")
        return Chart("paragraphs", figure)
    ax.bar(positions, np.nan_to_num(grades[:n_paragraphs], nan=0.0), color="#0072B2", width=0.7)
    ax.set_xlabel("paragraph")
    ax.set_ylabel(MEASURES["grade"], color="#0072B2")
    ax.set_xticks(positions)
    twin = ax.twinx()
    twin.plot(positions, counts, "o", color="#D55E00")
    twin.set_ylabel("quotations in the paragraph", color="#D55E00")
    twin.set_ylim(0, max(3.0, float(counts.max()) + 1))
    twin.spines[["top"]].set_visible(False)
    return Chart("paragraphs", figure)


def articles_overview(articles: Sequence[Any]) -> pd.DataFrame:
    """Return one row per loaded article: id, title, words, paragraphs and repairs."""
    from analysis.text import count_words

    frame: pd.DataFrame = pd.DataFrame.from_records(
        [
            {
                "id": item.id,
                "title": item.title,
                "words": count_words(item.text),
                "paragraphs": len(item.paragraphs),
                "repairs": ", ".join(item.repairs),
            }
            for item in articles
        ],
        columns=["id", "title", "words", "paragraphs", "repairs"],
    )
    return frame


def quotes_table(quotes: pd.DataFrame) -> HtmlView:
    """Return the list of quotes: text, kind, speaker, source type, role and cue, in order."""
    columns = [
        c for c in ("paragraph", "kind", "text", "speaker", "source_type", "role", "cue")
        if c in quotes.columns
    ]  # fmt: skip
    if quotes.empty:
        return HtmlView("<p><i>No quotations.</i></p>")
    shown = quotes[columns].copy()
    if "paragraph" in shown:  # 1-based, as in the paragraph chart and for readers
        shown["paragraph"] = pd.to_numeric(shown["paragraph"]) + 1
    return table(shown, caption=f"Quotes ({len(quotes)})")


def sources_table(sources: pd.DataFrame) -> HtmlView:
    """Return the sources of an article: who, what type, role, how often and how."""
    if sources.empty:
        return HtmlView("<p><i>No sources.</i></p>")
    shown = sources.drop(columns=["article_id", "source_index"], errors="ignore")
    return table(shown, caption=f"Sources ({len(sources)})")


# ---------------------------------------------------------------------------
# Corpus views.


def overview_table(articles: pd.DataFrame, quotes: pd.DataFrame, errors: pd.DataFrame) -> HtmlView:
    """Return the corpus overview: articles, words (total, median), quotes, errors."""
    words = articles["words"] if "words" in articles else pd.Series(dtype=float)
    facts: list[tuple[str, object]] = [
        ("articles profiled", len(articles)),
        ("articles that failed to load or profile", len(errors)),
        ("words in total", int(words.sum()) if len(words) else 0),
        ("median words per article", float(words.median()) if len(words) else math.nan),
        ("quotations found", len(quotes)),
        ("median grade", _median(articles, "grade")),
        ("median quotes per 1,000 words", _median(articles, "quotes_per_1k_words")),
    ]
    return _key_values(facts)


def _median(frame: pd.DataFrame, column: str) -> float:
    """Return the median of ``column`` (NaN when missing or empty)."""
    if column not in frame or frame[column].dropna().empty:
        return math.nan
    return float(frame[column].median())


def _values(frame: pd.DataFrame, column: str) -> np.ndarray[Any, np.dtype[np.float64]]:
    """Return the finite values of ``column`` as floats (quoted share in percent)."""
    if column not in frame:
        return np.array([], dtype=float)
    values = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    if column.endswith("_share"):
        values = values * 100.0
    finite: np.ndarray[Any, np.dtype[np.float64]] = values[np.isfinite(values)]
    return finite


def distributions_chart(articles: pd.DataFrame) -> Chart:
    """Return histograms of grade, quoted share and quotes per 1,000 words across articles."""
    figure, axes = _new_figure(len(MEASURES))
    for ax, (column, label) in zip(axes, MEASURES.items(), strict=True):
        values = _values(articles, column)
        if values.size == 0:
            _empty_note(ax, "no values")
        else:
            bins = min(30, max(5, int(math.sqrt(values.size)) + 1))
            ax.hist(values, bins=bins, color="#0072B2", edgecolor="white", linewidth=0.5)
            ax.axvline(float(np.median(values)), color="#D55E00", linewidth=1.2)
        ax.set_xlabel(label)
        ax.set_ylabel("articles")
    figure.suptitle("Distributions across articles (orange line: median)", fontsize=11)
    return Chart("distributions", figure)


def _groups(articles: pd.DataFrame, group_by: str) -> list[tuple[str, pd.DataFrame]]:
    """Return (label, rows) per group, sorted by label; a missing value is "(none)"."""
    labels = articles[group_by].astype("string").fillna("(none)")
    return [(str(label), articles[labels == label]) for label in sorted(labels.unique())]


def group_boxplots_chart(articles: pd.DataFrame, group_by: str) -> Chart:
    """Return box plots of grade, quoted share and quotes per 1,000 words per group."""
    figure, axes = _new_figure(len(MEASURES), height=4.6)
    groups = _groups(articles, group_by)
    labels = [label for label, _rows in groups]
    for ax, (column, label) in zip(axes, MEASURES.items(), strict=True):
        data = [_values(rows, column) for _name, rows in groups]
        if not any(values.size for values in data):
            _empty_note(ax, "no values")
        else:
            ax.boxplot(
                [values if values.size else [np.nan] for values in data],
                tick_labels=labels,
                medianprops={"color": "#D55E00"},
            )
            ax.tick_params(axis="x", labelrotation=30 if len(labels) > 3 else 0)
        ax.set_xlabel(_label(group_by))
        ax.set_ylabel(label)
    figure.suptitle(f"Per {_label(group_by)}", fontsize=11)
    return Chart(f"by_{_slug(_label(group_by))}", figure)


def group_medians_table(articles: pd.DataFrame, group_by: str) -> HtmlView:
    """Return a table of articles and medians of the main measures per group."""
    records = []
    for label, rows in _groups(articles, group_by):
        record: dict[str, object] = {_label(group_by): label, "articles": len(rows)}
        for column, name in (("words", "median words"), *MEASURES.items()):
            values = _values(rows, column)
            record[name] = float(np.median(values)) if values.size else math.nan
        records.append(record)
    return table(pd.DataFrame.from_records(records), caption=f"Medians per {_label(group_by)}")


def _is_anonymous(source_type: pd.Series) -> pd.Series:
    """Return a boolean mask of anonymous sources."""
    return source_type.astype("string").fillna("") == "anonymous"


def anonymous_share_chart(
    quotes: pd.DataFrame, articles: pd.DataFrame, group_by: str | None
) -> Chart:
    """Return the share of quotes attributed to anonymous sources, per group (or overall).

    The share is pooled over quotes (anonymous quotes / all quotes of the group),
    so long articles weigh more; groups with no quotes show no bar.
    """
    figure, axes = _new_figure(1, height=3.6)
    ax = axes[0]
    if quotes.empty or "source_type" not in quotes:
        _empty_note(ax, "no quotations")
    else:
        frame = quotes[["article_id", "source_type"]].copy()
        if group_by is not None:
            groups = articles.set_index("id")[group_by].astype("string").fillna("(none)")
            frame["group"] = frame["article_id"].map(groups).fillna("(none)")
        else:
            frame["group"] = "all articles"
        frame["anonymous"] = _is_anonymous(frame["source_type"])
        shares = frame.groupby("group", sort=True)["anonymous"].mean() * 100.0
        counts = frame.groupby("group", sort=True)["anonymous"].size()
        positions = np.arange(len(shares))
        ax.bar(positions, shares.to_numpy(dtype=float), color="#D55E00", width=0.6)
        ax.set_xticks(positions, [f"{g}\n(n={counts[g]})" for g in shares.index])
        ax.set_ylim(0, max(10.0, float(shares.max()) * 1.2))
    ax.set_ylabel("quotes from anonymous sources (%)")
    ax.set_xlabel(_label(group_by) if group_by else "")
    return Chart("anonymous_share", figure)


def top_sources_table(sources: pd.DataFrame, top_n: int) -> HtmlView:
    """Return the ``top_n`` sources quoted most often across the corpus, with their types."""
    if sources.empty:
        return HtmlView("<p><i>No sources.</i></p>")
    frame = sources.copy()
    frame["speaker"] = frame["speaker"].astype("string").fillna("(unattributed)")
    grouped = frame.groupby(["speaker", "source_type"], sort=True, dropna=False).agg(
        quotes=("n_quotes", "sum"), articles=("article_id", "nunique")
    )
    top = (
        grouped.reset_index()
        .sort_values(["quotes", "articles", "speaker"], ascending=[False, False, True])
        .head(top_n)
    )
    return table(top, caption=f"Top {top_n} sources by number of quotes")


def cue_verbs_chart(quotes: pd.DataFrame, top_n: int) -> Chart:
    """Return the most frequent cue verbs, coloured neutral (said) versus loaded (claimed)."""
    from analysis.lexicons import cue_lemma, is_loaded_cue

    figure, axes = _new_figure(1, height=max(3.0, 0.28 * top_n + 1.2))
    ax = axes[0]
    cues = quotes["cue"].astype("string").dropna() if "cue" in quotes else pd.Series()
    cues = cues[cues.str.strip() != ""]
    if cues.empty:
        _empty_note(ax, "no cue verbs")
        return Chart("cue_verbs", figure)
    lemmas = pd.Series([cue_lemma(str(cue)) or str(cue).lower() for cue in cues], dtype="string")
    counts = lemmas.value_counts()
    counts = counts.sort_index().sort_values(ascending=False, kind="stable").head(top_n)[::-1]
    loaded = [is_loaded_cue(str(lemma)) for lemma in counts.index]
    colours = ["#D55E00" if flag else "#0072B2" for flag in loaded]
    ax.barh(np.arange(len(counts)), counts.to_numpy(dtype=float), color=colours)
    ax.set_yticks(np.arange(len(counts)), [str(lemma) for lemma in counts.index])
    ax.set_xlabel("quotes introduced by the cue")
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    n_loaded = int(sum(is_loaded_cue(str(lemma)) for lemma in lemmas))
    ax.set_title(
        f"Cue verbs: blue neutral, orange loaded ({n_loaded} of {len(lemmas)} quotes "
        f"= {100 * n_loaded / len(lemmas):.1f}% loaded)",
        fontsize=10,
    )
    return Chart("cue_verbs", figure)


def readability_vs_quotes_chart(articles: pd.DataFrame, group_by: str | None) -> Chart:
    """Return reading grade against quotes per 1,000 words, one dot per article."""
    figure, axes = _new_figure(1, height=4.4)
    ax = axes[0]
    groups = _groups(articles, group_by) if group_by else [("all articles", articles)]
    palette = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#999999")
    plotted = 0
    for index, (label, rows) in enumerate(groups):
        pair = rows[["grade", "quotes_per_1k_words"]].apply(pd.to_numeric, errors="coerce")
        pair = pair.dropna()
        plotted += len(pair)
        ax.scatter(
            pair["grade"],
            pair["quotes_per_1k_words"],
            s=14,
            alpha=0.7,
            color=palette[index % len(palette)],
            label=f"{label} ({len(pair)})",
            linewidths=0,
        )
    if plotted == 0:
        _empty_note(ax, "no articles with both values")
    elif group_by:
        ax.legend(title=_label(group_by), fontsize=8, frameon=False)
    ax.set_xlabel(MEASURES["grade"])
    ax.set_ylabel(MEASURES["quotes_per_1k_words"])
    return Chart("grade_vs_quotes", figure)


def outliers_table(articles: pd.DataFrame, column: str, n: int) -> HtmlView:
    """Return the ``n`` highest and ``n`` lowest articles by ``column`` (ties broken by id).

    Articles without a value are left out; ``n`` is capped at half the articles
    so that no article is listed as both highest and lowest.
    """
    shown = [c for c in ("id", "title", column, "words") if c in articles.columns]
    values = articles[shown].copy()
    values = values[pd.to_numeric(values[column], errors="coerce").notna()]
    n = min(n, max(1, len(values) // 2))
    high = values.sort_values([column, "id"], ascending=[False, True], kind="stable").head(n)
    low = values.sort_values([column, "id"], ascending=[True, True], kind="stable").head(n)
    label = MEASURES.get(column, column)
    return HtmlView(
        "<div style='display:flex;gap:2em;flex-wrap:wrap'>"
        f"<div>{table(high, caption=f'Highest {label}').html}</div>"
        f"<div>{table(low, caption=f'Lowest {label}').html}</div></div>"
    )


def errors_table(errors: pd.DataFrame) -> HtmlView:
    """Return the articles that failed to load or profile, or a note that none did."""
    if errors.empty:
        return HtmlView("<p>No article failed to load or profile.</p>")
    return table(errors, caption=f"Errors ({len(errors)})")


def reproduction_panel(manifest: Mapping[str, Any]) -> HtmlView:
    """Return the reproduction panel: rerun commands, parameters, versions, input hashes."""
    rerun = manifest.get("rerun", {})
    commands = "".join(
        f"<p><b>{html.escape(str(kind))}</b>:</p>"
        f"<pre style='white-space:pre-wrap'>{html.escape(str(command))}</pre>"
        for kind, command in rerun.items()
    )
    parameters = _key_values(sorted(manifest.get("parameters", {}).items())).html
    packages = _key_values(sorted(manifest.get("packages", {}).items())).html
    rows = _key_values(sorted(manifest.get("rows", {}).items())).html
    inputs = pd.DataFrame(manifest.get("inputs", []), columns=["path", "bytes", "sha256"])
    listed = table(inputs.head(50)).html
    more = len(inputs) - 50
    note = f"<p>... and {more} more files: see manifest.json.</p>" if more > 0 else ""
    return HtmlView(
        "<div class='na-repro' style='border:1px solid #ccc;padding:0.5em 1em;"
        "background:#fafafa'>"
        "<h3>Reproduction</h3>"
        "<p>The same command on the same inputs and package versions gives byte-identical "
        "tables, figures and HTML (manifest.json holds what is below).</p>"
        f"{commands}"
        "<div style='display:flex;gap:2em;flex-wrap:wrap'>"
        f"<div><p><b>Parameters</b></p>{parameters}<p><b>Rows</b></p>{rows}</div>"
        f"<div><p><b>Package versions</b></p>{packages}</div></div>"
        f"<p><b>Input files ({len(inputs)}) and their SHA-256</b></p>{listed}{note}</div>"
    )


def _slug(text: str) -> str:
    """Return ``text`` as a file-name-safe snake_case stem."""
    return "".join(char if char.isalnum() else "_" for char in text.lower()).strip("_") or "group"
