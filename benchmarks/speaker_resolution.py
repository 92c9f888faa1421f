"""How often a pronoun or description that attributes a quote resolves to the right speaker.

PolNeAR scores the speaker *mention* ("she"), not who it is, so this script
measures the resolution behind the ``speaker`` column on two small gold
sets of pronoun mentions (he, she, they, it, his, her) that attribute a
quote, drawn at random (seed 2026) from the quotes ``analysis.quotes``
found, each annotated with its referent by reading the article:
``benchmarks/data/polnear_dev_pronoun_referents.jsonl`` (147 mentions in
PolNeAR dev, drawn at commit bd45cb3; 140 marked "sure") and
``polnear_train_pronoun_referents.jsonl`` (200 in train, drawn at 9ebd378;
185 "sure"). Develop on train, report dev, as for the quote benchmark. Each
set was annotated by one assistant session that saw only the article text,
never this package's output. Only article ids, offsets and names are
stored, no article text.

A second pair of sets holds unnamed definite descriptions ("the Vermont
senator", "the man"): ``polnear_dev_description_referents.jsonl`` (all 81
in PolNeAR dev whose quote our extractor found, drawn at 5fd9a81) and
``polnear_train_description_referents.jsonl`` (200 in train, seed 2026, same
commit), annotated the same way and stored with the mention's end offset. A
null referent there is a phrase that names no one in the article ("the
announcer", or a fragment such as "the environmental" that is no speaker).

A resolved speaker counts as right when it names the referent: the same
words once titles, honorifics and a possessive are dropped, or for a person
the same surname and no different first name ("Hillary Rodham Clinton" for
"Hillary Clinton", "Trump" for "Donald Trump"). A null referent (no one) is
right only when the speaker is None, or, for a description, the description
itself or another unnamed one (no one's name put in its place). A gold mention is matched to
the quote whose mention starts where it does, or else overlaps it (a later
fix may move a mention's bounds); with neither, it counts as a miss. Prints the accuracy overall,
for the "sure" items, and by pronoun or by the referent's type; ``--show``
lists the misses.

Run: ``.venv/bin/python benchmarks/speaker_resolution.py [--train] [--show]``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from analysis.quotes import Quote, extract_quotes

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
CORPORA = ROOT.parent / "shared" / "corpora"
_DROP = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "the", "former", "sir"}
)
_WORD_RE = re.compile(r"[\w\-]+")


def name_words(name: str) -> list[str]:
    """Return the lower-case words of a name without titles, honorifics or a possessive."""
    name = re.sub(r"[’']s\b", "", name)
    return [w for w in _WORD_RE.findall(name.lower()) if w not in _DROP]


def names_referent(speaker: str | None, gold: dict[str, Any], mention: str | None = None) -> bool:
    """Return True when ``speaker`` (our resolved display) names the gold referent.

    ``mention`` is the description as written, for the description sets.
    """
    if gold["referent"] is None:
        if speaker is not None and mention is not None:
            # A description naming no one is right when no name is put in its
            # place: it is left as written, or resolved to another unnamed
            # description ("the official" -> "a Mexican official"), which
            # is written in lower case.
            return speaker[:1].islower() or set(name_words(speaker)) <= set(name_words(mention))
        return speaker is None
    if speaker is None:
        return False
    ours = name_words(speaker)
    for form in [gold["referent"], *gold["aliases"]]:
        theirs = name_words(form)
        if ours == theirs:
            return True
        same_surname = gold["type"] == "person" and ours and theirs and ours[-1] == theirs[-1]
        # Same surname; a first name, if we give one, must be theirs too.
        if same_surname and (len(ours) == 1 or ours[0] == theirs[0]):
            return True
    return False


def polnear_texts(split: str) -> dict[str, str]:
    """Return {article id: text} of a PolNeAR split; exit with a message when it is missing."""
    corpus = CORPORA / f"polnear-{split}.jsonl"
    if not corpus.exists():
        raise SystemExit(f"{corpus}: not found (the shared corpora sit beside the checkout)")
    texts = {}
    for line in corpus.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts[record["id"]] = record["text"]
    return texts


def quotes_by_mention(ids: Iterable[str], texts: dict[str, str]) -> dict[str, list[Quote]]:
    """Return, per article of ``ids``, its quotes that have a speaker mention, in text order."""
    return {
        article_id: [q for q in extract_quotes(texts[article_id]) if q.speaker_start is not None]
        for article_id in sorted(ids)
    }


def quote_for_mention(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """Return the quote attributed by the gold mention text[start:end], or None.

    The first quote whose mention starts there; else, when a later change
    moved the mention's bounds ("R-Ohio), another …" now read from "Sen. Rob
    Portman"), the quote whose mention overlaps the gold one and starts
    nearest to it.
    """
    overlapping = []
    for quote in quotes:
        m_start, m_end = quote.speaker_start, quote.speaker_end
        assert m_start is not None and m_end is not None  # quotes_by_mention keeps these
        if m_start == start:
            return quote
        if m_start < end and start < m_end:
            overlapping.append((abs(m_start - start), m_start, quote))
    return min(overlapping, key=lambda found: found[:2])[2] if overlapping else None


def score_set(
    gold: list[dict[str, Any]], texts: dict[str, str], by_word: bool
) -> tuple[Counter[str], Counter[str], list[tuple[str, int, str, Any, str | None]]]:
    """Return (right, total, misses) of one gold set, counted overall, "sure" and per kind.

    The kind is the pronoun itself when ``by_word``, else the referent's type.
    """
    quotes = quotes_by_mention({item["id"] for item in gold}, texts)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for item in gold:
        start = item["mention_start"]
        if by_word:
            # A pronoun item stores no end: the pronoun is one word.
            pronoun = _WORD_RE.match(texts[item["id"]], start)
            kind = pronoun.group().lower() if pronoun else "?"
            end = pronoun.end() if pronoun else start + 1
        else:
            kind = item["type"] if item["referent"] is not None else f"no one ({item['type']})"
            end = item["mention_end"]
        quote = quote_for_mention(quotes[item["id"]], start, end)
        speaker = quote.speaker if quote is not None else None
        mention = texts[item["id"]][start : item["mention_end"]] if "mention_end" in item else None
        ok = names_referent(speaker, item, mention)
        for key in ("all", kind, "sure" if item["confidence"] == "sure" else "not sure"):
            total[key] += 1
            right[key] += ok
        if not ok:
            misses.append((item["id"], start, kind, item["referent"], speaker))
    return right, total, misses


def main() -> None:
    """Resolve every gold item's quote and print the accuracy of each set."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", action="store_true", help="the train sets instead of dev")
    parser.add_argument("--show", action="store_true", help="list the misses")
    args = parser.parse_args()
    split = "train" if args.train else "dev"
    texts = polnear_texts(split)
    for name, by_word in (("pronoun", True), ("description", False)):
        gold_file = DATA / f"polnear_{split}_{name}_referents.jsonl"
        gold = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines()]
        right, total, misses = score_set(gold, texts, by_word)
        print(f"{name}s ({gold_file.name}):")
        keys = sorted(k for k in total if k not in ("all", "sure", "not sure"))
        for key in ["all", "sure", *keys]:
            print(f"  {key:>22}: {right[key]:3d} / {total[key]:3d} = {right[key] / total[key]:.3f}")
        if args.show:
            for article_id, start, kind, referent, speaker in misses:
                print(f"  {article_id} @{start} {kind}: gold {referent!r}, ours {speaker!r}")


if __name__ == "__main__":
    main()
