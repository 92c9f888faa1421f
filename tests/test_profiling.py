"""Tests for analysis.profiling: one article, corpus tables, error isolation, save and load."""

from __future__ import annotations

import gc
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from analysis import article_profile, profiling
from analysis.errors import ArticleLoadError, ParameterError, ProfileError
from analysis.load import iter_articles, load_article
from analysis.partition import corpus_tasks
from analysis.profiling import (
    ArticleProfile,
    CorpusProfile,
    check_frame,
    profile_article,
    profile_corpus,
    readability_frame,
)
from analysis.readability import paragraph_readability
from analysis.schema import TABLES, Article, SourceRef, expected_columns
from tests.corpus_factory import write_corpus


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a directory holding the generated corpus (300 articles, 4 bad records)."""
    return write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def corpus_profile(corpus_dir: Path) -> CorpusProfile:
    """Return the local-engine profile of the generated corpus."""
    return profile_corpus(corpus_dir, progress=False)


@pytest.fixture
def seed_article(seeds_dir: Path) -> Article:
    """Return the loaded seed article."""
    return load_article(next((seeds_dir / "articles").glob("*.txt")))


def _files(directory: Path) -> dict[str, bytes]:
    """Return every file of a saved profile by name."""
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


# --------------------------------------------------------------------------- one article


def test_profile_article_measures_the_seed(seed_article: Article) -> None:
    profile = profile_article(seed_article)
    assert isinstance(profile, ArticleProfile)
    assert profile.readability.words > 500
    assert profile.quotes and profile.sources
    measures = profile.quote_measures
    assert measures.n_quotes + measures.n_partial == len(profile.quotes)
    assert profile.quality.integrity_suspect
    assert profile.quality.n_repairs == len(seed_article.repairs) > 0


# --------------------------------------------------------------------------- corpus tables


def test_tables_match_the_schema(corpus_profile: CorpusProfile) -> None:
    for table, frame in corpus_profile.tables().items():
        check_frame(frame, table)


def test_every_article_is_profiled_or_recorded(
    corpus_dir: Path, corpus_profile: CorpusProfile
) -> None:
    items = list(iter_articles(corpus_dir, errors="collect"))
    n_errors = sum(isinstance(item, ArticleLoadError) for item in items)
    assert n_errors == 4
    assert len(corpus_profile.articles) + len(corpus_profile.errors) == len(items)
    assert set(corpus_profile.errors["stage"]) == {"load"}
    assert corpus_profile.errors["message"].str.len().min() > 10


def test_rows_are_in_stable_order(corpus_profile: CorpusProfile) -> None:
    ids = list(corpus_profile.articles["id"])
    assert ids == sorted(ids)
    quotes = corpus_profile.quotes
    keys = list(zip(quotes["article_id"], quotes["quote_index"], strict=True))
    assert keys == sorted(keys)


def test_tables_agree_with_each_other(corpus_profile: CorpusProfile) -> None:
    articles = corpus_profile.articles.set_index("id")
    per_article = corpus_profile.quotes.groupby("article_id").size()
    # The quotes table holds partial (scare) quotes too; n_quotes counts speech only.
    n_quotes = (articles["n_quotes"] + articles["n_partial"]).astype("int64")
    assert (per_article.reindex(n_quotes.index, fill_value=0) == n_quotes).all()
    sources = corpus_profile.sources.groupby("article_id").size()
    n_sources = articles["n_sources"].astype("int64")
    assert (sources.reindex(n_sources.index, fill_value=0) == n_sources).all()
    assert n_quotes.sum() > 300


def test_metadata_columns_and_flags(corpus_profile: CorpusProfile) -> None:
    articles = corpus_profile.articles.set_index("id")
    assert {"meta_outlet", "meta_topic", "meta_published"} <= set(articles.columns)
    assert articles.loc["rec-0000", "meta_topic"] in {
        "taxes",
        "transport",
        "housing",
        "energy",
        "schools",
        "health",
        "trade",
        "water",
    }
    assert pd.isna(articles.loc["files/german", "meta_topic"])
    assert articles.loc["files/german", "probably_not_english"]
    assert articles.loc["files/rewritten", "integrity_suspect"]
    assert articles["very_short"].sum() > 10
    assert not articles["integrity_suspect"].drop(["files/rewritten"]).any()


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("", None),
        ("text", "text"),
        ((), None),
        (("a", "b"), "a; b"),
        (3, 3),
        (2.5, 2.5),
        (True, True),
        (None, None),
        (np.int64(3), 3),
        (np.float64(2.5), 2.5),
        (np.bool_(True), True),
    ],
)
def test_cells(value: Any, cell: Any) -> None:
    assert article_profile._cell(value) == cell


@pytest.mark.parametrize(
    ("metadata", "row"),
    [
        ({"outlet": "Post"}, {"meta_outlet": "Post"}),
        ({"Published At": "2024-01-02"}, {"meta_published_at": "2024-01-02"}),
        ({"tags": ["a", "b"]}, {"meta_tags": "a; b"}),
        ({"sizes": [1, 2.5], "none": []}, {"meta_none": None, "meta_sizes": "1; 2.5"}),
        ({"attributions": [{"id": "E1"}], "extra": {"a": 1}}, {}),
        ({"words": 12, "ok": True}, {"meta_ok": "true", "meta_words": "12"}),
        ({"empty": "", "none": None}, {"meta_empty": None, "meta_none": None}),
        ({"A b": "first", "a_b": "second"}, {"meta_a_b": "first"}),
    ],
)
def test_metadata_row(metadata: dict[str, Any], row: dict[str, Any]) -> None:
    assert article_profile._meta_row(metadata) == row


def test_undefined_metrics_are_nan_not_zero() -> None:
    empty = Article(id="empty", title="", text="", source=SourceRef("x.txt"))
    profile = profile_corpus([empty], progress=False)
    row = profile.articles.iloc[0]
    assert row["words"] == 0
    assert math.isnan(row["flesch_reading_ease"])
    assert math.isnan(row["stopword_share"])
    assert pd.isna(row["title"])


def test_one_bad_article_does_not_stop_the_run(
    monkeypatch: pytest.MonkeyPatch, seeds_dir: Path
) -> None:
    real = article_profile.readability

    def failing(article: Any, **options: Any) -> Any:
        if article.id == "amazon-int":
            raise ZeroDivisionError("boom")
        return real(article, **options)

    monkeypatch.setattr(article_profile, "readability", failing)
    profile = profile_corpus(seeds_dir, progress=False)
    assert len(profile.articles) == 12
    (error,) = profile.errors.itertuples()
    assert (error.article_id, error.stage, error.error_type) == (
        "amazon-int",
        "profile",
        "ZeroDivisionError",
    )
    assert "boom" in error.message and error.record == 2


@pytest.mark.parametrize(
    "source",
    ["paths-list", "articles", "generator"],
)
def test_sources_profile_alike(source: str, seeds_dir: Path) -> None:
    reference = profile_corpus(seeds_dir, progress=False)
    articles = [item for item in iter_articles(seeds_dir) if isinstance(item, Article)]
    given: Any = {
        "paths-list": [str(seeds_dir)],
        "articles": articles,
        "generator": (article for article in articles),
    }[source]
    profile = profile_corpus(given, progress=False)
    pd.testing.assert_frame_equal(profile.articles, reference.articles)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"engine": "threads"}, ParameterError),
        ({"chunk_size": 0}, ParameterError),
        ({"chunk_size": 2.5}, ParameterError),
        ({"engine": "processes", "jobs": 0}, ParameterError),
        ({"client": "tcp://127.0.0.1:1"}, ParameterError),
    ],
)
def test_bad_parameters(kwargs: dict[str, Any], error: type[Exception], seeds_dir: Path) -> None:
    with pytest.raises(error):
        profile_corpus(seeds_dir, progress=False, **kwargs)


def test_bad_items_are_a_parameter_error() -> None:
    with pytest.raises(ParameterError, match="int"):
        profile_corpus([1, 2], progress=False)


def test_missing_source_raises_load_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleLoadError):
        profile_corpus(tmp_path / "nowhere", progress=False)


def test_empty_corpus_gives_empty_typed_tables() -> None:
    profile = profile_corpus(iter(()), progress=False)
    for table, frame in profile.tables().items():
        assert frame.empty
        check_frame(frame, table)


def test_run_freezes_older_objects_only_while_it_lasts(
    seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    original = profiling._collect_tables

    def collect(*args: Any) -> Any:
        seen.append(gc.get_freeze_count())
        return original(*args)

    monkeypatch.setattr(profiling, "_collect_tables", collect)
    assert gc.get_freeze_count() == 0
    profile_corpus(seeds_dir, progress=False)
    assert seen[0] > 0  # the objects made before the run were frozen during it
    assert gc.get_freeze_count() == 0  # and handed back to the collector after it


def test_run_leaves_a_callers_frozen_objects_alone(seeds_dir: Path) -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        profile_corpus(seeds_dir, progress=False)
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_progress_is_silent_when_not_a_terminal(
    seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile_corpus(seeds_dir, progress=True)
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""


# --------------------------------------------------------------------------- save and load


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_save_is_byte_identical_and_load_round_trips(
    fmt: str, corpus_profile: CorpusProfile, tmp_path: Path
) -> None:
    first = corpus_profile.save(tmp_path / "a", format=fmt)  # type: ignore[arg-type]
    second = corpus_profile.save(tmp_path / "b", format=fmt)  # type: ignore[arg-type]
    assert _files(first) == _files(second)
    assert sorted(_files(first)) == sorted(f"{table}.{fmt}" for table in TABLES)
    loaded = CorpusProfile.load(first)
    for table in TABLES:
        pd.testing.assert_frame_equal(
            getattr(loaded, table), getattr(corpus_profile, table), check_exact=False, rtol=1e-9
        )
    # What was loaded saves to the very same bytes (the float format is a fixed point).
    assert _files(loaded.save(tmp_path / "c", format=fmt)) == _files(first)  # type: ignore[arg-type]


def test_csv_format_details(corpus_profile: CorpusProfile, tmp_path: Path) -> None:
    raw = (corpus_profile.save(tmp_path) / "articles.csv").read_bytes()
    assert b"\r\n" not in raw
    header = raw.split(b"\n", 1)[0].decode().split(",")
    meta = [name for name in header if name.startswith("meta_")]
    assert header == [name for name, _ in expected_columns("articles", meta)]
    raw.decode("utf-8")
    assert b",nan," not in raw.lower() and b"<na>" not in raw.lower()


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("nothing", "no articles"),
        ("both", "both CSV and Parquet"),
        ("missing-table", "file missing"),
    ],
)
def test_load_errors(
    setup: str, message: str, corpus_profile: CorpusProfile, tmp_path: Path
) -> None:
    if setup in ("both", "missing-table"):
        corpus_profile.save(tmp_path)
    if setup == "both":
        corpus_profile.save(tmp_path, format="parquet")
    if setup == "missing-table":
        (tmp_path / "quotes.csv").unlink()
    with pytest.raises(ProfileError, match=message):
        CorpusProfile.load(tmp_path)


def test_save_rejects_unknown_format(corpus_profile: CorpusProfile, tmp_path: Path) -> None:
    with pytest.raises(ParameterError):
        corpus_profile.save(tmp_path, format="xlsx")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- schema checks


def _break(frame: pd.DataFrame, how: str) -> pd.DataFrame:
    """Return a copy of ``frame`` broken in one way."""
    if how == "missing":
        return frame.drop(columns=["words"])
    if how == "extra":
        return frame.assign(surprise=1)
    if how == "dtype":
        return frame.assign(words=frame["words"].astype("float64"))
    return frame[list(reversed(frame.columns))]


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("missing", "missing"),
        ("extra", "unexpected"),
        ("dtype", "words is float64"),
        ("order", "out of order"),
    ],
)
def test_check_frame_rejects(how: str, message: str, corpus_profile: CorpusProfile) -> None:
    with pytest.raises(ProfileError, match=message):
        check_frame(_break(corpus_profile.articles, how), "articles")


def test_check_frame_accepts_meta_columns_only_in_articles(
    corpus_profile: CorpusProfile,
) -> None:
    check_frame(corpus_profile.articles, "articles")
    with pytest.raises(ProfileError):
        check_frame(
            corpus_profile.quotes.assign(
                meta_x=pd.array(["a"] * len(corpus_profile.quotes), dtype="string")
            ),
            "quotes",
        )


# --------------------------------------------------------------------------- readability frame


def test_readability_frame_per_paragraph(seed_article: Article) -> None:
    results = paragraph_readability(seed_article)
    frame = readability_frame(results)
    check_frame(frame, "readability")
    assert list(frame["position"]) == list(range(len(results)))
    assert frame["label"].isna().all()
    assert frame["words"].sum() == sum(result.words for result in results)


def test_readability_frame_keyed(seed_article: Article) -> None:
    results = paragraph_readability(seed_article)[:2]
    frame = readability_frame({"lead": results[0], "second": results[1]})
    assert list(frame["label"]) == ["lead", "second"]


def test_readability_frame_empty() -> None:
    frame = readability_frame([])
    assert frame.empty
    check_frame(frame, "readability")


def _count(items: Iterator[Any]) -> int:
    """Return how many items an iterator yields."""
    return sum(1 for _ in items)


@pytest.mark.parametrize(
    ("asked", "tty", "shown"),
    [(True, True, True), (True, False, False), (False, True, False), (False, False, False)],
)
def test_progress_bar_only_on_a_terminal_when_asked(
    asked: bool, tty: bool, shown: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(profiling.sys.stderr, "isatty", lambda: tty)
    with profiling._progress_bar(asked) as bar:
        assert bar.disable is not shown
        if shown:
            assert "articles" in bar.unit


@pytest.mark.parametrize(
    ("files_in_workers", "kinds"),
    [(True, {"FileTask"}), (False, {"list"})],
)
def test_small_files_go_to_workers_only_when_they_can_see_them(
    files_in_workers: bool, kinds: set[str], seeds_dir: Path
) -> None:
    tasks = list(
        corpus_tasks(seeds_dir, parallel=True, files_in_workers=files_in_workers, chunk_size=None)
    )
    assert {type(task).__name__ for task in tasks} == kinds
    articles = [r for t in tasks for r in profiling.profile_chunk(t).articles]
    assert len(articles) == 13
