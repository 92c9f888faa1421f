"""A deterministic generator of realistic news corpora for the profiling tests.

``write_corpus(directory)`` writes a few hundred articles built from templates:
direct, indirect and anonymous quotes with named speakers and roles, varied
lengths (from a 40-word brief to a 1,500-word feature), metadata, a German
article, a machine-rewritten one, and a few bad records (malformed JSON lines,
an empty file, a record with no text). The same arguments always give the
same bytes, so tests can compare engines and saved files exactly.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SPEAKERS = [
    ("Maria Lopez", "the city's mayor", "She"),
    ("John Carter", "a spokesman for the Pentagon", "He"),
    ("Aisha Rahman", "an economist at the central bank", "She"),
    ("Peter Novak", "the union's president", "He"),
    ("Elena Rossi", "a senior researcher", "She"),
    ("David Kim", "the company's chief executive", "He"),
    ("Sarah O'Neill", "a state senator", "She"),
    ("Tomas Berg", "the police chief", "He"),
]
ANONYMOUS = ["a senior official", "one resident", "a person familiar with the talks", "officials"]
CUES = ["said", "told reporters", "added", "warned", "argued", "explained"]
TOPICS = ["taxes", "transport", "housing", "energy", "schools", "health", "trade", "water"]
OUTLETS = ["Daily Ledger", "Harbour Times", "Metro Post"]
QUOTES = [
    "We will not accept a plan that leaves families behind",
    "The numbers simply do not add up",
    "This is the most important decision the council has made in a decade",
    "Nobody expected the costs to rise this quickly",
    "We are confident that the project will be finished on time",
    "There is still a lot of work to do before the winter",
    "People deserve clear answers, and they deserve them now",
    "It is too early to say what caused the delay",
]
CLAUSES = [
    "the {topic} plan would cost more than expected",
    "talks on the {topic} budget would continue next week",
    "the new rules on {topic} had been delayed by the courts",
    "spending on {topic} had grown faster than income",
    "a review of the {topic} programme was already under way",
]
NARRATIVE = [
    "The council met on Tuesday to discuss the {topic} proposal.",
    "Critics say the {topic} changes were rushed through without enough debate.",
    "The proposal, first published in March, has divided local opinion.",
    "Figures released last month showed a sharp rise in {topic} costs.",
    "Several groups have promised to challenge the decision in court.",
    "The vote is expected before the end of the year.",
    "Residents packed the hall for a meeting that lasted more than three hours.",
    "The government has not yet said how the {topic} scheme will be funded.",
]
GERMAN = (
    "Die Stadtverwaltung hat am Dienstag neue Pläne für den Verkehr vorgestellt. "
    "Nach Angaben der Bürgermeisterin sollen die Kosten deutlich steigen. "
    "Kritiker bemängeln, dass die Bürger nicht ausreichend beteiligt wurden. "
    "Eine Entscheidung wird für das kommende Frühjahr erwartet."
)
REWRITTEN = (
    "The council on Tuesday approved the plan used by . local groups. and residents "
    "It said the costs would deter and deter investment. According to the mayor. "
    "the plan will go ahead We will review it later.\n\n"
    "“We are confident,” the mayor said. in a statement. The vote was close. "
    "Critics It argued the plan was rushed.Several groups will appeal the the decision"
)


def _sentence(rng: random.Random, topic: str) -> str:
    """Return one sentence: a quote (direct, indirect or anonymous) or narrative."""
    name, role, pronoun = rng.choice(SPEAKERS)
    cue = rng.choice(CUES)
    kind = rng.random()
    if kind < 0.25:
        return f"“{rng.choice(QUOTES)},” {name}, {role}, {cue}."
    if kind < 0.35:
        return f"“{rng.choice(QUOTES)},” {pronoun.lower()} {cue}."
    if kind < 0.5:
        clause = rng.choice(CLAUSES).format(topic=topic)
        return f"{name} {cue} that {clause}."
    if kind < 0.6:
        return f"“{rng.choice(QUOTES)},” {rng.choice(ANONYMOUS)} {cue}."
    if kind < 0.65:
        clause = rng.choice(CLAUSES).format(topic=topic)
        return f"According to {name}, {clause}."
    return rng.choice(NARRATIVE).format(topic=topic)


def _article_text(rng: random.Random, topic: str) -> str:
    """Return a body of 1-30 paragraphs of 1-4 sentences each."""
    n_paragraphs = rng.choice([1, 2, 3, 5, 8, 12, 20, 30])
    paragraphs = [
        " ".join(_sentence(rng, topic) for _ in range(rng.randint(1, 4)))
        for _ in range(n_paragraphs)
    ]
    return "\n\n".join(paragraphs)


def write_corpus(directory: Path, n_records: int = 260, n_files: int = 40, seed: int = 5) -> Path:
    """Write the generated corpus into ``directory`` and return it.

    Holds ``n_records`` JSONL records (plus 2 malformed lines and 1 record
    with empty text), ``n_files`` text files with YAML front matter, one
    German and one machine-rewritten article, and one empty file.
    """
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    lines = []
    for number in range(n_records):
        topic = rng.choice(TOPICS)
        record = {
            "id": f"rec-{number:04d}",
            "title": f"Council debates {topic} plan ({number})",
            "text": _article_text(rng, topic),
            "outlet": rng.choice(OUTLETS),
            "published": f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}",
            "topic": topic,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
        if number == 17:
            lines.append('{"id": "broken", "text": "no closing brace"')
        if number == 101:
            lines.append(json.dumps({"id": "empty-text", "title": "Nothing", "text": ""}))
        if number == 202:
            lines.append("this line is not JSON at all")
    (directory / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    files = directory / "files"
    files.mkdir(exist_ok=True)
    for number in range(n_files):
        topic = rng.choice(TOPICS)
        front = (
            f"---\ntitle: Feature on {topic} number {number}\noutlet: {rng.choice(OUTLETS)}\n---\n"
        )
        body = _article_text(rng, topic)
        (files / f"feature-{number:03d}.txt").write_text(front + body + "\n", encoding="utf-8")
    german = "---\ntitle: Neue Verkehrspläne\n---\n" + "\n\n".join([GERMAN] * 3) + "\n"
    (files / "german.txt").write_text(german, encoding="utf-8")
    rewritten = "---\ntitle: Council approves plan\n---\n" + REWRITTEN + "\n"
    (files / "rewritten.txt").write_text(rewritten, encoding="utf-8")
    (files / "empty.txt").write_text("", encoding="utf-8")
    return directory
