"""Tests for the loader (analysis.load, analysis.formats, analysis.records, analysis.cleaning)."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import ArticleLoadError, DuplicateIdError, ParameterError
from analysis.cleaning import clean_text, decode_bytes, join_paragraphs
from analysis.load import (
    Corpus,
    discover_files,
    iter_articles,
    iter_file,
    load_article,
    load_corpus,
    raw_text,
)
from analysis.schema import Article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "load"
SEED_NAME = "2021-06-27-us-airstrikes-iraq-syria"


@pytest.fixture(autouse=True)
def _offline(no_network: None) -> None:
    """Every loader test runs with the network blocked: loading must never fetch."""


@pytest.fixture
def seed_path(seeds_dir: Path) -> Path:
    """Return the path of the raw scraped seed article."""
    return seeds_dir / "articles" / f"{SEED_NAME}.txt"


@pytest.fixture
def seed(seed_path: Path) -> Article:
    """Return the loaded seed article."""
    return load_article(seed_path)


def write(path: Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` (str as UTF-8) and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def paragraph_texts(article: Article) -> list[str]:
    """Return the paragraphs of ``article`` cut out of its text by their offsets."""
    return [article.text[start:end] for start, end in article.paragraphs]


# --------------------------------------------------------------------------
# The seed article, pinned


def test_seed_title_and_body_start(seed: Article) -> None:
    assert seed.title == "US airstrikes on Iran-linked militias in Iraq and Syria"
    assert seed.text.startswith("The U.S. military on Sunday conducted airstrikes")
    assert seed.id == SEED_NAME
    assert seed.source.record is None


@pytest.mark.parametrize(
    "absent",
    [
        "Home /",
        "Source link",
        "US authorities shut down Iranian websites",
        "Rocket attack on Iraqi air base",
        "Welcome to the US Army",
        "US Department of Defense/Handout",
        ".jpg",
        "Smoke and dust rise",
        "̵",
        "7;s",
    ],
)
def test_seed_body_has_no_boilerplate(seed: Article, absent: str) -> None:
    assert absent not in seed.text


@pytest.mark.parametrize(
    "present",
    [
        "No Americans have been killed since, though. One American died of a heart attack.",
        "The attack was carried out by the US F-15 and F-16.",
        "“We assess each attack that reaches the intended target.",
        "Kirby’s statement",
        "taste the bitterness of vengeance",
    ],
)
def test_seed_body_keeps_real_paragraphs_and_curly_quotes(seed: Article, present: str) -> None:
    assert present in seed.text


def test_seed_metadata_caption_image_credit(seed: Article) -> None:
    assert "Iraq’s western border" in seed.metadata["caption"]
    assert seed.metadata["caption"].startswith("Smoke and dust rise after US air strikes")
    assert seed.metadata["image"] == "us-airstrike-iraq-syria-iran-2021-06-27.jpg"
    assert seed.metadata["credit"] == "US Department of Defense/Handout"
    assert seed.metadata["section"] == "US"


@pytest.mark.parametrize(
    "flag",
    [
        "entity-repaired",
        "boilerplate:breadcrumb",
        "boilerplate:teaser",
        "boilerplate:source-link",
        "whitespace-normalized",
    ],
)
def test_seed_repairs_are_flagged(seed: Article, flag: str) -> None:
    assert flag in seed.repairs


@pytest.mark.parametrize("flag", ["mojibake-fixed", "unicode-nfc", "bom-removed"])
def test_seed_unapplied_repairs_are_not_flagged(seed: Article, flag: str) -> None:
    assert flag not in seed.repairs


def test_seed_raw_text_is_the_file_unchanged(seed: Article, seed_path: Path) -> None:
    raw = raw_text(seed)
    assert raw == seed_path.read_text(encoding="utf-8")
    assert raw.startswith("Home / US / ")
    assert raw.rstrip().endswith("Source link")
    assert "US authorities shut down Iranian websites" in raw


def test_seed_file_is_the_shared_seed_byte_for_byte(seed_path: Path) -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_02d8b9ec6b5d1f5f.txt"
    if not shared.exists():
        pytest.skip("../shared is not next to this checkout")
    assert seed_path.read_bytes() == shared.read_bytes()


def test_seeds_folder_loads_thirteen_articles(seeds_dir: Path) -> None:
    corpus = load_corpus(seeds_dir)
    assert corpus.errors == ()
    assert len(corpus) == 13
    ids = [article.id for article in corpus.articles]
    assert ids[0] == f"articles/{SEED_NAME}"
    assert ids[1:4] == ["amazon-ele", "amazon-int", "amazon-adv"]
    assert len(set(ids)) == 13


def test_seed_levels_have_topic_and_level(seeds_dir: Path) -> None:
    corpus = load_corpus(seeds_dir / "levels")
    levels = [(a.metadata["topic"], a.metadata["level"]) for a in corpus.articles]
    assert len(levels) == 12
    assert {topic for topic, _ in levels} == {
        "Amazon",
        "Murderers beware",
        "WNL Scarlett",
        "WNL Ten ideas",
    }
    assert [level for _, level in levels] == ["ele", "int", "adv"] * 4


def test_seed_levels_keep_subheadings(seeds_dir: Path) -> None:
    corpus = load_corpus(seeds_dir / "levels")
    ten_ideas = next(a for a in corpus.articles if a.id == "wnl-ten-ideas-ele")
    assert "1 Pop-up parks" in paragraph_texts(ten_ideas)
    assert not any(flag.startswith("boilerplate:") for a in corpus.articles for flag in a.repairs)


# --------------------------------------------------------------------------
# Paragraphs and offsets


@pytest.mark.parametrize("source", ["articles", "levels", "fixtures"])
def test_paragraph_offsets_cut_the_text_exactly(seeds_dir: Path, source: str) -> None:
    root = FIXTURES if source == "fixtures" else seeds_dir / source
    for article in load_corpus(root).articles:
        pieces = paragraph_texts(article)
        assert "\n\n".join(pieces) == article.text
        assert all(piece and piece == piece.strip() and "\n" not in piece for piece in pieces)


@pytest.mark.parametrize(
    ("paragraphs", "text", "offsets"),
    [
        (["a"], "a", ((0, 1),)),
        (["ab", "c"], "ab\n\nc", ((0, 2), (4, 5))),
        ([], "", ()),
    ],
)
def test_join_paragraphs(
    paragraphs: list[str], text: str, offsets: tuple[tuple[int, int], ...]
) -> None:
    assert join_paragraphs(paragraphs) == (text, offsets)


# --------------------------------------------------------------------------
# Cleaning: each repair, flagged; clean text untouched

CLEANING_CASES = [
    # (raw text, expected text, expected flags)
    ("Plain “curly” text, don’t change.", "Plain “curly” text, don’t change.", ()),
    ("It’s “fine” — really…", "It’s “fine” — really…", ()),
    ("donâ€™t stop", "don’t stop", ("mojibake-fixed",)),
    ("CafÃ© society", "Café society", ("mojibake-fixed",)),
    ("Tom &amp; Jerry &#8220;said&#8221;", "Tom & Jerry “said”", ("entity-repaired",)),
    ("double &amp;#8217; escaped", "double ’ escaped", ("entity-repaired",)),
    ("Iraq\u0335\n7;s border", "Iraq’s border", ("entity-repaired",)),
    ("Iraq\u03357;s border", "Iraq’s border", ("entity-repaired",)),
    ("AT&T and R&D; stay", "AT&T and R&D; stay", ()),
    ("unknown &bogus; entity", "unknown &bogus; entity", ()),
    ("Cafe\u0301 noir", "Café noir", ("unicode-nfc",)),
    ("bell\x07 here", "bell here", ("control-chars-removed",)),
    ("zero\u200bwidth", "zerowidth", ("control-chars-removed",)),
    ("one  two\tthree", "one two three", ("whitespace-normalized",)),
    ("line one\nline two\n\nnext", "line one line two\n\nnext", ("whitespace-normalized",)),
    ("a\n\n\n\nb", "a\n\nb", ("whitespace-normalized",)),
    ("a\r\n\r\nb", "a\n\nb", ()),
    ("one per line\nsecond line", "one per line\n\nsecond line", ()),
    ("no\xa0break space", "no break space", ("whitespace-normalized",)),
]


@pytest.mark.parametrize(("raw", "expected", "flags"), CLEANING_CASES)
def test_clean_text_repairs_and_flags(raw: str, expected: str, flags: tuple[str, ...]) -> None:
    cleaned = clean_text(raw, find_title=False)
    assert "\n\n".join(cleaned.paragraphs) == expected
    assert cleaned.repairs == flags


# --------------------------------------------------------------------------
# Titles

TITLE_CASES = [
    # (file name, content, expected title, expected first paragraph)
    ("a.md", "# Heading title\n\nBody.", "Heading title", "Body."),
    ("a.md", "## Second level ##\n\nBody.", "Second level", "Body."),
    ("a.txt", "Short headline\n\nBody text here.", "Short headline", "Body text here."),
    ("a.txt", "A headline with a period.\n\nBody.", "", "A headline with a period."),
    ("a.txt", "Only one paragraph without an end", "", "Only one paragraph without an end"),
    ("a.txt", "Line one\nLine two\nLine three.", "", "Line one"),
    ("a.md", "---\ntitle: From YAML\n---\nShort line\n\nBody.", "From YAML", "Short line"),
    ("a.md", "---\nheadline: Headline key\n---\nBody.", "Headline key", "Body."),
    (
        "a.txt",
        " ".join(["word"] * 25) + "\n\nBody.",
        "",
        " ".join(["word"] * 25),
    ),
]


@pytest.mark.parametrize(("name", "content", "title", "first"), TITLE_CASES)
def test_title_rules(tmp_path: Path, name: str, content: str, title: str, first: str) -> None:
    article = load_article(write(tmp_path / name, content))
    assert article.title == title
    assert paragraph_texts(article)[0] == first


# --------------------------------------------------------------------------
# Scraped-page rules apply only to scraped layout

SCRAPED = (
    "Home / World / Big story\n\nBig story\n\n"
    "First paragraph of the story.\n\n{middle}\n\nLast paragraph of the story.\n\nSource link"
)
TEASER_CASES = [
    # (middle paragraph, removed as teaser?)
    ("Related headline about something else", True),
    ("Cut-off teaser text that trails off…", True),
    ("A real sentence in the middle.", False),
    ("Two sentences. The second has no end", False),
    ("“A quote that ends the paragraph,” he said", False),
    (" ".join(["many"] * 17), False),
]


@pytest.mark.parametrize(("middle", "removed"), TEASER_CASES)
def test_teaser_rule_in_scraped_layout(tmp_path: Path, middle: str, removed: bool) -> None:
    article = load_article(write(tmp_path / "page.txt", SCRAPED.format(middle=middle)))
    assert article.title == "Big story"
    assert (middle not in article.text) is removed
    assert ("boilerplate:teaser" in article.repairs) is removed
    assert article.text.startswith("First paragraph")
    assert article.text.endswith("Last paragraph of the story.")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("sub.txt", "Headline\n\nFirst paragraph.\n\nIntroduction\n\nSecond paragraph."),
        ("sub.md", "First paragraph.\n\n1 Passing clouds\n\nSecond paragraph."),
        (
            "rec.jsonl",
            json.dumps({"text": "First paragraph.\nIntroduction\nSecond.\n1 Passing clouds\nEnd."}),
        ),
        ("rec.csv", 'text\n"First paragraph.\n\nIntroduction\n\nSecond paragraph."\n'),
    ],
)
def test_subheadings_are_kept_outside_scraped_layout(
    tmp_path: Path, name: str, content: str
) -> None:
    (article,) = load_corpus(write(tmp_path / name, content), errors="raise").articles
    assert any(p in ("Introduction", "1 Passing clouds") for p in paragraph_texts(article))
    assert not any(flag.startswith("boilerplate:") for flag in article.repairs)


def test_scraped_layout_detected_in_a_record(tmp_path: Path) -> None:
    record = {"id": "r1", "text": SCRAPED.format(middle="Teaser line here")}
    article = load_article(write(tmp_path / "one.jsonl", json.dumps(record)))
    assert article.title == "Big story"
    assert "Teaser line here" not in article.text
    assert "boilerplate:source-link" in article.repairs


# --------------------------------------------------------------------------
# Encodings

ENCODING_CASES = [
    # (bytes, expected text, expected flags)
    ("Café “ok”.".encode(), "Café “ok”.", ()),
    (b"\xef\xbb\xbf" + "Café.".encode(), "Café.", ("bom-removed",)),
    ("Café “ok”.".encode("cp1252"), "Café “ok”.", ("encoding:cp1252",)),
    ("Café ok.".encode("latin-1"), "Café ok.", ("encoding:latin-1",)),
    (
        ("Новости дня: правительство объявило о новых мерах поддержки. " * 3).encode("cp1251"),
        ("Новости дня: правительство объявило о новых мерах поддержки. " * 3),
        None,
    ),
]


@pytest.mark.parametrize(("data", "text", "flags"), ENCODING_CASES)
def test_decode_bytes(data: bytes, text: str, flags: tuple[str, ...] | None) -> None:
    decoded, found = decode_bytes(data)
    assert decoded == text
    if flags is None:
        assert len(found) == 1 and found[0].startswith("encoding:")
    else:
        assert found == flags


def test_encoding_flag_reaches_the_article(tmp_path: Path) -> None:
    article = load_article(write(tmp_path / "w.txt", "Caf\xe9 \x93ok\x94.".encode("latin-1")))
    assert article.text == "Café “ok”."
    assert article.repairs[0] == "encoding:cp1252"


# --------------------------------------------------------------------------
# Formats


def test_front_matter_metadata(tmp_path: Path) -> None:
    article = load_article(FIXTURES / "front-matter.md")
    assert article.title == "Council approves new cycle lanes"
    assert article.metadata == {
        "author": "Jane Doe",
        "published": "2024-03-05",
        "outlet": "The Example Gazette",
        "tags": ["transport", "local"],
    }
    assert paragraph_texts(article) == [
        "The city council on Tuesday approved three new cycle lanes, ending a debate "
        "that lasted two years.",
        "“We listened to residents,” the mayor said.",
    ]
    assert "whitespace-normalized" in article.repairs


def test_markdown_heading_inside_body_is_kept() -> None:
    article = load_article(FIXTURES / "heading.md")
    assert article.title == "Flood warnings lifted across the valley"
    assert "## What happens next" in paragraph_texts(article)


def test_html_main_text_and_metadata() -> None:
    article = load_article(FIXTURES / "page.html")
    assert article.title == "Harbour reopens after repairs"
    assert article.text.startswith("The harbour reopened on Thursday")
    assert "“It is good to have the boats back,” said Ann Lee, who runs a café" in article.text
    assert "Subscribe" not in article.text
    assert "Home" not in article.text
    assert len(article.paragraphs) == 3
    assert article.metadata["author"] == "Sam Writer"
    assert article.metadata["outlet"] == "The Example Gazette"
    assert article.metadata["published"] == "2023-09-14"
    assert article.metadata["url"] == "https://gazette.example/harbour-reopens"
    assert "filedate" not in article.metadata


def test_jsonl_records() -> None:
    corpus = load_corpus(FIXTURES / "cities.jsonl", errors="raise")
    assert [a.id for a in corpus.articles] == ["cities-1", "cities-2", "cities#4"]
    first, second, third = corpus.articles
    assert first.title == "Ten ideas for cities"
    assert first.metadata == {"level": "adv", "published": "2019-05-01"}
    assert second.metadata == {"level": "ele", "outlet": "Example"}
    assert second.text == 'Towns are growing too.\n\nThey need "space".'
    assert second.repairs == ("entity-repaired",)
    assert (third.title, third.source.record) == ("", 4)


def test_csv_records() -> None:
    corpus = load_corpus(FIXTURES / "wire.csv", errors="raise")
    assert [a.id for a in corpus.articles] == ["wire#1", "wire#2"]
    first, second = corpus.articles
    assert (first.title, first.text) == (
        "Market rally",
        "Shares rose on Monday.\n\nBanks led the gains.",
    )
    assert first.metadata == {"outlet": "Example Wire"}
    assert second.metadata == {"outlet": None}
    assert [a.source.record for a in corpus.articles] == [1, 2]


def test_json_list_and_single_object(tmp_path: Path) -> None:
    corpus = load_corpus(FIXTURES / "pair.json", errors="raise")
    assert [(a.id, a.title, a.text) for a in corpus.articles] == [
        ("j1", "First", "The first article."),
        ("j2", "Second", "The second article."),
    ]
    assert corpus.articles[1].metadata == {"section": "World"}
    single = load_article(write(tmp_path / "one.json", json.dumps({"body": "Only one."})))
    assert (single.id, single.text, single.source.record) == ("one", "Only one.", None)


def test_parquet_records(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "story_id": ["p1", "p2", "p3"],
            "content": ["First story.", "Second story.", "Third story."],
            "words": [2, 2, 2],
            "day": pa.array([18000, 18001, None], type=pa.date32()),
        }
    )
    path = tmp_path / "stories.parquet"
    pq.write_table(table, path, row_group_size=2)
    corpus = load_corpus(path, errors="raise", text_column="content", id_column="story_id")
    assert [a.id for a in corpus.articles] == ["p1", "p2", "p3"]
    assert corpus.articles[0].metadata == {"words": 2, "day": "2019-04-14"}
    assert corpus.articles[2].metadata["day"] is None
    assert raw_text(corpus.articles[1], text_column="content") == "Second story."


@pytest.mark.parametrize(
    ("options", "ids", "titles"),
    [
        ({}, ["x#1"], ["T"]),
        ({"text_column": "story"}, ["x#1"], ["T"]),
        ({"id_column": "slug"}, ["s-1"], ["T"]),
        ({"title_column": "kicker"}, ["x#1"], ["K"]),
    ],
)
def test_column_options(
    tmp_path: Path, options: dict[str, str], ids: list[str], titles: list[str]
) -> None:
    path = write(tmp_path / "x.csv", "slug,title,kicker,text,story\ns-1,T,K,The text.,The story.\n")
    corpus = load_corpus(path, errors="raise", **options)
    assert [a.id for a in corpus.articles] == ids
    assert [a.title for a in corpus.articles] == titles
    expected_text = "The story." if "text_column" in options else "The text."
    assert corpus.articles[0].text == expected_text


def test_every_other_column_goes_to_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "slug,title,kicker,text,story\ns-1,T,K,The text.,The story.\n")
    article = load_article(path, id_column="slug")
    assert article.metadata == {"kicker": "K", "story": "The story."}


def test_load_article_on_one_record_file(tmp_path: Path) -> None:
    article = load_article(write(tmp_path / "one.jsonl", '{"text": "Only."}\n'))
    assert (article.id, article.source.record) == ("one#1", 1)


def test_raw_text_of_records() -> None:
    jsonl = load_corpus(FIXTURES / "cities.jsonl").articles[1]
    assert raw_text(jsonl) == "Towns are growing too.\nThey need &quot;space&quot;."
    csv_article = load_corpus(FIXTURES / "wire.csv").articles[0]
    assert raw_text(csv_article) == "Shares rose on Monday.\r\n\r\nBanks led the gains."
    json_article = load_corpus(FIXTURES / "pair.json").articles[1]
    assert raw_text(json_article) == "The second article."


def test_raw_text_of_a_vanished_file(tmp_path: Path) -> None:
    article = load_article(write(tmp_path / "gone.txt", "Some text."))
    (tmp_path / "gone.txt").unlink()
    with pytest.raises(ArticleLoadError, match=r"gone\.txt"):
        raw_text(article)


# --------------------------------------------------------------------------
# Directories, globs, lists and ids


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """Return a corpus folder with nested files, a hidden file and a README."""
    root = tmp_path / "corpus"
    write(root / "b.txt", "Second by name.")
    write(root / "a.txt", "First by name.")
    write(root / "sub" / "deep" / "c.md", "Nested article.")
    write(root / "sub" / "d.jsonl", '{"text": "One."}\n{"text": "Two."}\n')
    write(root / ".hidden.txt", "Hidden.")
    write(root / ".git" / "x.txt", "Hidden folder.")
    write(root / "README.md", "About this corpus.")
    write(root / "notes.pdf", b"%PDF-1.4")
    return root


def test_directory_is_recursive_sorted_and_skips_hidden_and_readme(tree: Path) -> None:
    ids = [a.id for a in load_corpus(tree, errors="raise").articles]
    assert ids == ["a", "b", "sub/d#1", "sub/d#2", "sub/deep/c"]


def test_discover_files_roots(tree: Path) -> None:
    pairs = discover_files(tree / "sub")
    assert [(f.relative_to(tree).as_posix(), r) for f, r in pairs] == [
        ("sub/d.jsonl", tree / "sub"),
        ("sub/deep/c.md", tree / "sub"),
    ]
    assert discover_files(tree / "a.txt") == [(tree / "a.txt", tree)]


@pytest.mark.parametrize(
    ("pattern", "ids"),
    [
        ("*.txt", ["a", "b"]),
        ("**/*.md", ["sub/deep/c"]),
        ("sub/**/*", ["d#1", "d#2", "deep/c"]),
    ],
)
def test_globs(tree: Path, pattern: str, ids: list[str]) -> None:
    found = load_corpus(f"{tree}/{pattern}", errors="raise").articles
    assert [a.id for a in found] == ids


def test_list_of_sources_in_order_without_duplicates(tree: Path) -> None:
    found = load_corpus([tree / "b.txt", tree / "a.txt", tree / "b.txt"], errors="raise")
    assert [a.id for a in found.articles] == ["b", "a"]


def test_single_file_root_is_its_folder(tree: Path) -> None:
    assert load_article(tree / "sub" / "deep" / "c.md").id == "c"
    assert [a.id for a in iter_file(tree / "sub" / "d.jsonl", root=tree)] == [
        "sub/d#1",
        "sub/d#2",
    ]


def test_explicit_readme_path_loads(tree: Path) -> None:
    assert load_article(tree / "README.md").text == "About this corpus."


def test_loading_is_deterministic(seeds_dir: Path) -> None:
    assert load_corpus(seeds_dir) == load_corpus(seeds_dir)


# --------------------------------------------------------------------------
# Bad input: each raises ArticleLoadError naming the file and the problem


def _sparse(path: Path, size: int) -> Path:
    """Create a sparse file of ``size`` bytes (no data written) and return its path."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


BIG = 200 * 1024 * 1024
BAD_FILES: list[tuple[str, Callable[[Path], Path], str, int | None]] = [
    # (case, make file in tmp_path, words in the message, record)
    ("empty", lambda d: write(d / "empty.txt", b""), "the file is empty", None),
    ("blank", lambda d: write(d / "blank.txt", "  \n\n \t\n"), "no article text", None),
    ("binary", lambda d: write(d / "img.txt", bytes(range(256)) * 4), "binary file", None),
    (
        "control",
        lambda d: write(d / "ctl.txt", b"\x01\x02\x03\x04\x05abc\x06\x07"),
        "binary file",
        None,
    ),
    (
        "undecodable",
        lambda d: write(d / "bad.txt", bytes(range(128, 256)) * 3),
        "cannot decode",
        None,
    ),
    ("200 MB txt", lambda d: _sparse(d / "huge.txt", BIG), "above the 100.0 MiB limit", None),
    ("200 MB jsonl", lambda d: _sparse(d / "huge.jsonl", BIG), "above the 100.0 MiB limit", None),
    (
        "csv without text column",
        lambda d: write(d / "t.csv", "title,author\nA,B\n"),
        "no text column: expected 'text' or 'body', found 'title', 'author'",
        None,
    ),
    (
        "csv with extra cells",
        lambda d: write(d / "t.csv", 'text\n"Fine."\nA,B\n'),
        "the row has 2 cells",
        2,
    ),
    (
        "malformed jsonl line",
        lambda d: write(d / "m.jsonl", '{"text": "Good."}\n{"text": broken}\n'),
        "line 2 is not valid JSON",
        2,
    ),
    (
        "jsonl line not an object",
        lambda d: write(d / "m.jsonl", "[1, 2]\n"),
        "line 1 holds a JSON list",
        1,
    ),
    (
        "jsonl record without text",
        lambda d: write(d / "m.jsonl", '{"body": 3}\n'),
        "the 'body' field is int",
        1,
    ),
    ("jsonl blank", lambda d: write(d / "m.jsonl", "\n\n"), "no records", None),
    ("json scalar", lambda d: write(d / "j.json", "42"), "the file holds a JSON int", None),
    ("json empty list", lambda d: write(d / "j.json", "[]"), "an empty list", None),
    ("json invalid", lambda d: write(d / "j.json", "{oops"), "not valid JSON", None),
    ("json item", lambda d: write(d / "j.json", '["x"]'), "item is a JSON str", 1),
    (
        "front matter",
        lambda d: write(d / "f.md", "---\ntitle: [unclosed\n---\nBody."),
        "YAML front matter is not valid",
        None,
    ),
    (
        "front matter list",
        lambda d: write(d / "f.md", "---\n- a\n- b\n---\nBody."),
        "front matter must be key: value",
        None,
    ),
    (
        "html without text",
        lambda d: write(d / "p.html", "<html><body></body></html>"),
        "no article text",
        None,
    ),
    (
        "parquet garbage",
        lambda d: write(d / "p.parquet", b"PAR1 not really"),
        "not a readable Parquet",
        None,
    ),
    (
        "unsupported suffix",
        lambda d: write(d / "doc.pdf", b"%PDF-1.4"),
        "unsupported file type '.pdf'",
        None,
    ),
]


@pytest.mark.parametrize(
    ("make", "words", "record"),
    [case[1:] for case in BAD_FILES],
    ids=[case[0] for case in BAD_FILES],
)
def test_bad_file_raises_article_load_error(
    tmp_path: Path, make: Callable[[Path], Path], words: str, record: int | None
) -> None:
    path = make(tmp_path)
    with pytest.raises(ArticleLoadError) as caught:
        list(iter_articles(path))
    error = caught.value
    assert error.path == str(path)
    assert words in error.problem
    assert error.record == record
    assert str(path) in str(error)


@pytest.mark.parametrize(
    ("make", "words", "record"),
    [case[1:] for case in BAD_FILES],
    ids=[case[0] for case in BAD_FILES],
)
def test_bad_file_is_collected(
    tmp_path: Path, make: Callable[[Path], Path], words: str, record: int | None
) -> None:
    path = make(tmp_path)
    corpus = load_corpus([path, FIXTURES / "plain.txt"])
    assert [a.id for a in corpus.articles][-1] == "plain"
    assert any(words in error.problem for error in corpus.errors)


def test_size_limit_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _sparse(tmp_path / "huge.txt", BIG)

    def refuse(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ArticleLoadError, match="above the"):
        load_article(path)


@pytest.mark.parametrize(("max_bytes", "loads"), [(10, False), (1000, True), (None, True)])
def test_size_limit_is_configurable(tmp_path: Path, max_bytes: int | None, loads: bool) -> None:
    path = write(tmp_path / "small.txt", "Twenty bytes of text.")
    if loads:
        assert load_article(path, max_bytes=max_bytes).text == "Twenty bytes of text."
    else:
        with pytest.raises(ArticleLoadError, match="limit"):
            load_article(path, max_bytes=max_bytes)


def test_malformed_jsonl_line_collect_keeps_the_rest(tmp_path: Path) -> None:
    path = write(tmp_path / "m.jsonl", '{"text": "One."}\n{"text": oops}\n\n{"text": "Three."}\n')
    items = list(iter_articles(path, errors="collect"))
    assert [type(i).__name__ for i in items] == ["Article", "ArticleLoadError", "Article"]
    error = items[1]
    assert isinstance(error, ArticleLoadError)
    assert (error.record, str(error).startswith(f"{path}, record 2: line 2")) == (2, True)
    assert [i.id for i in items if isinstance(i, Article)] == ["m#1", "m#4"]


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("missing.txt", "no such file or folder"),
        ("missing-dir/", "no such file or folder"),
        ("empty-dir", "holds no article files"),
        ("only-readme", "holds no article files"),
        ("*.nothing", "no article files match this pattern"),
    ],
)
def test_bad_sources(tmp_path: Path, source: str, words: str) -> None:
    (tmp_path / "empty-dir").mkdir()
    write(tmp_path / "only-readme" / "README.md", "Docs.")
    target = f"{tmp_path}/{source}"
    with pytest.raises(ArticleLoadError, match=words) as caught:
        discover_files(target)
    assert caught.value.path.rstrip("/") == target.rstrip("/")
    collected = load_corpus([target, FIXTURES / "plain.txt"])
    assert len(collected.articles) == 1
    assert words in collected.errors[0].problem


@pytest.mark.parametrize("source", [[], ()])
def test_empty_source_list(source: list[str]) -> None:
    with pytest.raises(ArticleLoadError, match="no file, folder or pattern"):
        load_corpus(source, errors="raise")


def test_load_article_refuses_multi_record_files() -> None:
    with pytest.raises(ArticleLoadError, match="several articles"):
        load_article(FIXTURES / "pair.json")


def test_load_article_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleLoadError, match="no such file"):
        load_article(tmp_path / "nope.txt")


@pytest.mark.parametrize("mode", ["ignore", "RAISE", ""])
def test_unknown_errors_mode(mode: str) -> None:
    with pytest.raises(ParameterError, match="errors must be"):
        list(iter_articles(FIXTURES, errors=mode))  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# Streaming and side effects


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_records_stream_one_at_a_time(tmp_path: Path, suffix: str) -> None:
    # The third record is broken: in "raise" mode the first two still come
    # out before the error, which proves the file is not parsed up front.
    if suffix == ".jsonl":
        content = '{"text": "One."}\n{"text": "Two."}\n{"text": broken\n'
    else:
        content = 'text\nOne.\nTwo.\n"Three","extra"\n'
    items = iter_articles(write(tmp_path / f"s{suffix}", content))
    assert next(items).text == "One."
    assert next(items).text == "Two."
    with pytest.raises(ArticleLoadError):
        next(items)


def test_corpus_is_frozen() -> None:
    corpus = load_corpus(FIXTURES / "plain.txt")
    assert isinstance(corpus, Corpus)
    with pytest.raises(AttributeError):
        corpus.articles = ()  # type: ignore[misc]


def test_nothing_is_written_next_to_the_input(tmp_path: Path) -> None:
    copy = tmp_path / "corpus"
    shutil.copytree(FIXTURES, copy)
    before = sorted((p.relative_to(copy), p.stat().st_mtime_ns) for p in copy.rglob("*"))
    corpus = load_corpus(copy)
    for article in corpus.articles:
        raw_text(article)
    after = sorted((p.relative_to(copy), p.stat().st_mtime_ns) for p in copy.rglob("*"))
    assert corpus.errors == ()
    assert before == after


# --------------------------------------------------------------------------
# Any bytes: an Article or an ArticleLoadError, never another exception


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    data=st.one_of(
        st.binary(max_size=600),
        st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.sampled_from(
            [
                b"---\n",
                b"---\n: :\n---\n",
                b'{"text": 1}',
                b'[{"text": "x"}, 3]',
                b"text\n\x00",
                b"<html><p>x</p>",
                b"\xef\xbb\xbf",
                b"Home / a / b\n\nSource link",
                b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
            ]
        ),
    ),
    suffix=st.sampled_from([".txt", ".md", ".jsonl", ".csv", ".html", ".json"]),
)
def test_any_bytes_load_or_raise_article_load_error(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        items = list(iter_articles(path, errors="collect"))
    finally:
        path.unlink()
    assert items
    for item in items:
        assert isinstance(item, (Article, ArticleLoadError))
        if isinstance(item, Article):
            assert item.text and "\n\n".join(paragraph_texts(item)) == item.text
    assert sorted(os.listdir(tmp_path)) == []


def test_symlinked_file_keeps_its_corpus_name(tmp_path: Path) -> None:
    target = write(tmp_path / "elsewhere" / "real-name.txt", "Linked article.")
    (tmp_path / "corpus" / "sub").mkdir(parents=True)
    (tmp_path / "corpus" / "sub" / "linked.txt").symlink_to(target)
    found = load_corpus(tmp_path / "corpus", errors="raise").articles
    assert [a.id for a in found] == ["sub/linked"]


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"text_column": "story"}, "no text column: expected 'story', found 'title', 'text'"),
        ({"id_column": "slug"}, "id_column='slug' is not a column here; the columns are 'title'"),
        ({"title_column": "kicker"}, "title_column='kicker' is not a column here"),
    ],
)
def test_named_columns_must_exist(tmp_path: Path, options: dict[str, str], words: str) -> None:
    path = write(tmp_path / "x.csv", "title,text\nT,Body.\n")
    with pytest.raises(ArticleLoadError) as caught:
        load_corpus(path, errors="raise", **options)
    assert words in caught.value.problem


# --------------------------------------------------------------------------
# The mojibake gate skips ftfy only where ftfy would change nothing

_GATE_CASES = [
    ("donâ€™t stop", True),
    ("CafÃ© society", True),
    ("Ã la carte\nsecond line", True),
    ("a C1 \x85 control", True),
    ("“Quoted,” she said — twice…", False),
    ("plain ASCII text", False),
    # Only the lines holding a gate character go through ftfy.
    ("“Clean” line — one\nCafÃ© line\r\n\nlast line é\n", True),
    ("Pokémon café\nsecond “line”\n", False),
]


@pytest.mark.parametrize(("text", "ftfy_changes_it"), _GATE_CASES)
def test_mojibake_gate_agrees_with_ftfy(text: str, ftfy_changes_it: bool) -> None:
    import ftfy

    from analysis.cleaning import _FTFY_CONFIG, _MOJIBAKE_GATE, _fix_mojibake

    assert _MOJIBAKE_GATE is not None  # ftfy's pattern was understood
    expected = ftfy.fix_text(text, _FTFY_CONFIG)
    assert (expected != text) is ftfy_changes_it
    assert _fix_mojibake(text) == expected


_MOJIBAKE_ALPHABET = "aeiouTN .,\n'\"’“”—–…éÃÂâ€™œ©®¢£§±½ðñüĀ\x81\x85\xa0"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_MOJIBAKE_ALPHABET, max_size=40))
def test_mojibake_gate_never_skips_a_change(text: str) -> None:
    import ftfy

    from analysis.cleaning import _FTFY_CONFIG, _fix_mojibake

    assert _fix_mojibake(text) == ftfy.fix_text(text, _FTFY_CONFIG)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            '{"text": "Hello there.", "gold": {"a": [1, 2.5, null, {"b": "c"}]}}',
            {"gold": {"a": [1, 2.5, None, {"b": "c"}]}},
        ),
        (
            '{"text": "Hello there.", "gold": {"a": [1, NaN]}, "n": NaN}',
            {"gold": {"a": [1, None]}, "n": None},
        ),
        (
            '{"text": "Hello there.", "note": "NaN in a string", "x": [true]}',
            {"note": "NaN in a string", "x": [True]},
        ),
    ],
)
def test_json_metadata_is_plain(tmp_path: Path, line: str, expected: dict[str, object]) -> None:
    for name, content in (("a.jsonl", line + "\n"), ("a.json", line)):
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        article = load_article(path)
        assert dict(article.metadata) == expected


def _record_files(folder: Path) -> list[Path]:
    """Write the same records (one of them bad) as JSONL, CSV and Parquet; return the files."""
    import pandas as pd

    rows = [
        {"id": "a", "text": "First  story.\n\nIt goes on.", "outlet": "Wire"},
        {"id": "b", "text": "", "outlet": "Wire"},
        {"id": "", "text": "CafÃ© news &amp; more.", "outlet": None},
    ]
    folder.mkdir()
    jsonl = folder / "records.jsonl"
    jsonl.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    csv_file = folder / "records.csv"
    pd.DataFrame(rows).to_csv(csv_file, index=False)
    with csv_file.open("a", encoding="utf-8") as handle:
        handle.write("x,y,z,extra\n")
    parquet = folder / "records.parquet"
    pd.DataFrame(rows).to_parquet(parquet, index=False)
    return [jsonl, csv_file, parquet]


def test_records_read_now_and_cleaned_later_give_the_same_articles(tmp_path: Path) -> None:
    from analysis.load import iter_file_lines, load_line
    from analysis.records import JsonLine, RawRecord

    for file in _record_files(tmp_path / "records"):
        later = [
            load_line(item) if isinstance(item, (JsonLine, RawRecord)) else item
            for item in iter_file_lines(file)
        ]
        assert any(isinstance(item, (JsonLine, RawRecord)) for item in iter_file_lines(file))
        now = list(iter_file(file, errors="collect"))
        assert [repr(item) for item in later] == [repr(item) for item in now], file.suffix
        assert [str(item) for item in later] == [str(item) for item in now], file.suffix


@pytest.mark.parametrize("record", [None, 7])
@pytest.mark.parametrize("kind", [ArticleLoadError, DuplicateIdError])
def test_load_error_survives_pickle(kind: type[ArticleLoadError], record: int | None) -> None:
    # Errors travel between worker processes and the parent.
    import pickle

    error = kind("corpus/a.csv", "header has 2 columns", record=record)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is kind
    assert (copy.path, copy.problem, copy.record, str(copy)) == (
        error.path,
        error.problem,
        error.record,
        str(error),
    )
