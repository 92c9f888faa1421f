"""Views, tables and figures of analysis.report (pure: no kernel, no files)."""

from __future__ import annotations

import math
from html.parser import HTMLParser
from typing import Any

import pandas as pd
import pytest

from analysis import report
from analysis.errors import ParameterError
from analysis.quotes import Quote

HOSTILE = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "a & b < c > d \"quoted\" 'single'",
    "</mark><b>broken",
]


def make_quote(text: str, start: int, end: int, **fields: Any) -> Quote:
    """Return a Quote over ``text[start:end]`` with sensible defaults for the other fields."""
    values: dict[str, Any] = {
        "start": start,
        "end": end,
        "text": text[start:end],
        "kind": "direct",
        "speaker": "John Kirby",
        "speaker_mention": None,
        "speaker_start": None,
        "speaker_end": None,
        "cue": "said",
        "cue_start": None,
        "cue_end": None,
        "source_type": "person",
        "role": "Pentagon spokesman",
        "paragraph": 0,
    }
    values.update(fields)
    return Quote(**values)


class TagChecker(HTMLParser):
    """Collect start tags and check that every opened inline tag is closed in order."""

    VOID = frozenset({"br", "img", "hr", "meta", "link", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack}")
        else:
            self.stack.pop()


def parse(markup: str) -> TagChecker:
    """Return a TagChecker fed with ``markup``."""
    checker = TagChecker()
    checker.feed(markup)
    checker.close()
    return checker


# --------------------------------------------------------------------------- plain language


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (100.0, "very easy (5th grade)"),
        (90.0, "very easy (5th grade)"),
        (89.9, "easy (6th grade)"),
        (65.0, "plain English (8th-9th grade)"),
        (50.0, "fairly difficult (10th-12th grade)"),
        (30.0, "difficult (college)"),
        (29.9, "very difficult (college graduate)"),
        (-40.0, "very difficult (college graduate)"),
        (math.nan, "undefined"),
    ],
)
def test_flesch_band(score: float, band: str) -> None:
    assert report.flesch_band(score) == band


@pytest.mark.parametrize(
    ("grade", "meaning"),
    [
        (3.2, "about grade 3: elementary school (age ~8)"),
        (8.0, "about grade 8: middle school (age ~13)"),
        (11.4, "about grade 11: high school (age ~16)"),
        (14.6, "about grade 15: college (age ~20)"),
        (19.0, "about grade 19: postgraduate (age ~24)"),
        (0.2, "below grade 1: very simple text"),
        (-3.0, "below grade 1: very simple text"),
        (math.nan, "undefined"),
    ],
)
def test_grade_meaning(grade: float, meaning: str) -> None:
    assert report.grade_meaning(grade) == meaning


# --------------------------------------------------------------------------- escaping


@pytest.mark.parametrize("hostile", HOSTILE)
def test_highlighted_article_escapes_text_and_hover(hostile: str) -> None:
    text = f"Before {hostile} and “{hostile}” after."
    start = text.index("“") + 1
    end = text.index("”")
    quote = make_quote(text, start, end, speaker=hostile, role=hostile, cue=hostile)
    view = report.highlighted_article(text, [quote]).html
    checker = parse(view)
    assert checker.errors == []
    assert "script" not in checker.tags and "img" not in checker.tags
    assert checker.tags.count("mark") == 1
    assert "<script>" not in view and "<img" not in view


@pytest.mark.parametrize("hostile", HOSTILE)
def test_tables_and_panels_escape(hostile: str) -> None:
    frame = pd.DataFrame({"title": [hostile], "value": [1.0]})
    views = [
        report.table(frame, caption=hostile),
        report.heading(hostile),
        report.note(hostile),
        report.reproduction_panel(
            {"parameters": {"corpus": hostile}, "rerun": {"cli": hostile}, "inputs": []}
        ),
    ]
    for view in views:
        assert "<script>" not in view.html and "<img" not in view.html
        assert parse(view.html).errors == []


# --------------------------------------------------------------------------- highlighting


def test_highlighting_marks_quote_speaker_and_cue() -> None:
    text = "“We will respond,” Kirby said in a statement.\n\nNo quote here."
    quote = make_quote(
        text,
        1,
        text.index(",”"),
        speaker_start=text.index("Kirby"),
        speaker_end=text.index("Kirby") + 5,
        cue_start=text.index("said"),
        cue_end=text.index("said") + 4,
    )
    view = report.highlighted_article(text, [quote]).html
    assert ">We will respond</mark>" in view
    assert "<u class='na-speaker'>Kirby</u>" in view
    assert "<b class='na-cue'>said</b>" in view
    assert "speaker: John Kirby | source type: person | role: Pentagon spokesman" in view
    assert "person (1)" in view  # legend with count
    assert "No quote here." in view  # the whole text is shown, paragraphs kept
    assert "\n\n" in view


def test_overlapping_and_nested_spans_stay_well_formed() -> None:
    text = "He said that officials “were wrong” about the strikes, said an official."
    outer = make_quote(text, 13, 53, kind="mixed", source_type="anonymous", speaker=None)
    inner = make_quote(text, text.index("were"), text.index("”"), source_type="person")
    crossing = make_quote(text, 40, 60, source_type="media", cue_start=50, cue_end=58)
    view = report.highlighted_article(text, [outer, inner, crossing]).html
    checker = parse(view)
    assert checker.errors == [] and checker.stack == []
    # the innermost quote decides the colour where quotes nest
    assert "data-source-type='person'" in view
    assert "data-source-type='anonymous'" in view
    assert "speaker: unattributed" in view
    assert view.count("anonymous (1)") == 1


@pytest.mark.parametrize("quotes", [[], ()])
def test_article_without_quotes(quotes: list[Quote]) -> None:
    view = report.highlighted_article("Plain <text>.", quotes).html
    assert "No quotations were found" in view
    assert "Plain &lt;text&gt;." in view
    assert "<mark" not in view


@pytest.mark.parametrize(
    ("source_type", "colour"),
    [("person", "#E69F00"), ("anonymous", "#D55E00"), ("unknown", "#999999")],
)
def test_source_type_colours_are_fixed(source_type: str, colour: str) -> None:
    assert report.source_type_colour(source_type) == colour


def test_unknown_source_types_get_distinct_colours() -> None:
    known = ["zeta", "alpha"]
    colours = {report.source_type_colour(t, known) for t in known}
    assert len(colours) == 2
    assert report.source_type_colour("alpha", known) == report.source_type_colour("alpha", known)


# --------------------------------------------------------------------------- tables


def test_table_formats_missing_and_floats() -> None:
    frame = pd.DataFrame({"a": [1.23456, math.nan], "b": [True, False], "c": [1234, 5]})
    view = report.table(frame).html
    assert "1.23" in view and "–" in view
    assert "yes" in view and "no" in view
    assert "1,234" in view


def articles_frame() -> pd.DataFrame:
    """Return a small articles table with two groups and ties."""
    return pd.DataFrame(
        {
            "id": ["c", "a", "b", "d", "e"],
            "title": ["C", "A", "B", "D", "E"],
            "words": [100, 200, 300, 400, 500],
            "grade": [8.0, 12.0, 12.0, math.nan, 5.0],
            "quoted_words_share": [0.1, 0.2, 0.0, 0.5, math.nan],
            "quotes_per_1k_words": [1.0, 2.0, 3.0, 4.0, 5.0],
            "meta_level": ["ele", "adv", "adv", None, "ele"],
        }
    )


@pytest.mark.parametrize(
    ("group_by", "column"),
    [(None, None), ("level", "meta_level"), ("meta_level", "meta_level"), ("grade", "grade")],
)
def test_group_column(group_by: str | None, column: str | None) -> None:
    assert report.group_column(articles_frame(), group_by) == column


def test_group_column_unknown_lists_metadata() -> None:
    with pytest.raises(ParameterError, match=r"group_by='outlet'.*available: level"):
        report.group_column(articles_frame(), "outlet")


def test_outliers_break_ties_by_id_and_skip_missing() -> None:
    view = report.outliers_table(articles_frame(), "grade", 2).html
    highest, lowest = view.split("Lowest")
    assert highest.index(">a<") < highest.index(">b<")  # 12.0 tie: a before b
    assert ">d<" not in view  # NaN grade left out
    assert ">e<" in lowest


def test_outliers_never_list_an_article_twice() -> None:
    view = report.outliers_table(articles_frame(), "grade", 10).html
    for article_id in ("a", "b", "c", "e"):
        assert view.count(f">{article_id}<") == 1, article_id


def test_group_medians() -> None:
    view = report.group_medians_table(articles_frame(), "meta_level").html
    assert "Medians per level" in view
    for label in ("adv", "ele", "(none)"):
        assert f">{label}<" in view


# --------------------------------------------------------------------------- figures


def chart_builders() -> list[Any]:
    """Return callables that build every corpus chart from the small tables."""
    articles = articles_frame()
    quotes = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "c"],
            "source_type": ["anonymous", "person", "anonymous", "person"],
            "cue": ["said", "claimed", "said", None],
        }
    )
    return [
        lambda: report.distributions_chart(articles),
        lambda: report.group_boxplots_chart(articles, "meta_level"),
        lambda: report.anonymous_share_chart(quotes, articles, "meta_level"),
        lambda: report.anonymous_share_chart(quotes, articles, None),
        lambda: report.cue_verbs_chart(quotes, 5),
        lambda: report.readability_vs_quotes_chart(articles, "meta_level"),
        lambda: report.readability_vs_quotes_chart(articles.iloc[0:0], None),
    ]


@pytest.mark.parametrize("index", range(7))
def test_figures_are_labelled_and_byte_identical(index: int) -> None:
    build = chart_builders()[index]
    first, second = build(), build()
    assert first.name == second.name and first.name.isidentifier()
    for ax in first.figure.axes:
        if ax.has_data():
            assert ax.get_xlabel() or ax.get_ylabel(), first.name
    assert report.figure_png(first.figure) == report.figure_png(second.figure)
    svg = report.figure_svg(first.figure)
    assert svg == report.figure_svg(second.figure)
    assert b"<dc:date>" not in svg
    png, metadata = first._repr_png_()
    assert png.startswith(b"\x89PNG")
    assert metadata["alt"].startswith(f"Chart {first.name}: ")


def test_anonymous_share_is_pooled_per_group() -> None:
    articles = articles_frame()
    quotes = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "c", "e"],
            "source_type": ["anonymous", "person", "anonymous", "person", "person"],
        }
    )
    chart = report.anonymous_share_chart(quotes, articles, "meta_level")
    heights = [patch.get_height() for patch in chart.figure.axes[0].patches]
    assert heights == pytest.approx([100 * 2 / 3, 0.0])  # adv: 2 of 3, ele: 0 of 2


def test_cue_chart_counts_loaded_cues() -> None:
    quotes = pd.DataFrame({"cue": ["said", "says", "claimed", "told", None, ""]})
    chart = report.cue_verbs_chart(quotes, 10)
    title = chart.figure.axes[0].get_title()
    assert "1 of 4 quotes = 25.0% loaded" in title


def test_row_counts() -> None:
    class Profile:
        articles = pd.DataFrame({"id": ["a", "b"]})
        quotes = pd.DataFrame({"x": [1, 2, 3]})
        sources = pd.DataFrame()
        errors = pd.DataFrame({"m": ["e"]})

    assert report.row_counts(Profile()) == {"articles": 2, "quotes": 3, "sources": 0, "errors": 1}


@pytest.mark.parametrize(
    ("row", "raised"),
    [
        (
            {"integrity_suspect": True, "doubled_phrases": 2, "very_short": False, "n_repairs": 3},
            "doubled_phrases (2), integrity_suspect",  # in QualityFlags field order
        ),
        ({"integrity_suspect": False, "doubled_phrases": 0, "n_repairs": 3}, "none"),
        ({}, "none"),
    ],
)
def test_article_header_lists_raised_flags(row: dict[str, Any], raised: str) -> None:
    from analysis.schema import Article

    article = Article(
        id="a/1",
        title="<b>Title</b>",
        text="One.",
        paragraphs=((0, 4),),
        metadata={"publisher": "nyt", "date": "2016-09-12"},
        repairs=("entity-repaired",),
    )
    view = report.article_header(article, {"words": 1, **row}).html
    assert f"<td style='text-align:left'>{raised}</td>" in view
    assert "&lt;b&gt;Title&lt;/b&gt;" in view
    assert "nyt" in view and "2016-09-12" in view and "entity-repaired" in view
