"""Build ``src/analysis/data/first_names.tsv``: first names with a clear sex (1990 US Census).

The speaker resolver uses a first name's usual sex to keep "she" from
referring to "Jake Sullivan". The source is the 1990 Census name files
``dist.male.first`` (1,219 names) and ``dist.female.first`` (4,275 names),
which are public domain; the ``names`` PyPI package (0.3.0) ships them
unchanged, so fetch that once:

    .venv/bin/pip download names==0.3.0 --no-deps --no-binary :all: -d /tmp/names
    .venv/bin/python benchmarks/build_first_names.py /tmp/names/names-0.3.0.tar.gz

Each file gives a name's frequency in percent of that sex's population. A
name is kept when at least ``SHARE`` of the people bearing it (the two
percentages compared, as the populations were about equal) are of one sex;
"Jordan", "Casey" or "Jessie" are left out, and so are the few entries
that in news start a surname or are a title (``NOT_FIRST_NAMES``).
Output: ``<name>\\t<male|female>`` per line, sorted by name, so the build is
reproducible. Prints how many names each sex kept and how many were dropped
as ambiguous.
"""

from __future__ import annotations

import argparse
import tarfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "analysis" / "data"
OUT = DATA / "first_names.tsv"
SHARE = 0.9
FILES = {"male": "dist.male.first", "female": "dist.female.first"}
# Census entries that in news text start a surname ("Le Pen", "von der
# Leyen") or are a title or a word ("Major", "King", "Else"), not a first name.
NOT_FIRST_NAMES = frozenset(
    {"le", "la", "de", "von", "van", "du", "da", "di", "del", "major", "general", "king", "else"}
)


def read_frequencies(lines: list[str]) -> dict[str, float]:
    """Return lower-case name -> frequency (percent) from one Census name file."""
    table: dict[str, float] = {}
    for line in lines:
        fields = line.split()
        if len(fields) == 4:
            table[fields[0].lower()] = float(fields[1])
    return table


def census_files(source: Path) -> dict[str, list[str]]:
    """Return sex -> lines of its Census file, from the ``names`` sdist or its folder."""
    found: dict[str, list[str]] = {}
    if source.is_dir():
        for sex, name in FILES.items():
            path = next(iter(sorted(source.rglob(name))), None)
            if path is None:
                raise SystemExit(f"{source}: no {name} inside")
            found[sex] = path.read_text(encoding="ascii").splitlines()
        return found
    with tarfile.open(source) as archive:
        for member in archive.getmembers():
            for sex, name in FILES.items():
                if member.name.endswith("/" + name):
                    handle = archive.extractfile(member)
                    if handle is not None:
                        found[sex] = handle.read().decode("ascii").splitlines()
    if set(found) != set(FILES):
        raise SystemExit(f"{source}: expected {', '.join(FILES.values())} inside")
    return found


def clear_sexes(male: dict[str, float], female: dict[str, float]) -> tuple[dict[str, str], int]:
    """Return (name -> sex for names at least SHARE one sex, number of ambiguous names)."""
    sexes: dict[str, str] = {}
    ambiguous = 0
    for name in sorted((male.keys() | female.keys()) - NOT_FIRST_NAMES):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= SHARE * (m + f):
            sexes[name] = "male"
        elif f >= SHARE * (m + f):
            sexes[name] = "female"
        else:
            ambiguous += 1
    return sexes, ambiguous


def main() -> None:
    """Write the table and print what it holds."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="names-0.3.0.tar.gz, or the folder it unpacks to")
    args = parser.parse_args()
    files = census_files(args.source)
    sexes, ambiguous = clear_sexes(
        read_frequencies(files["male"]), read_frequencies(files["female"])
    )
    OUT.write_text("".join(f"{name}\t{sex}\n" for name, sex in sexes.items()), encoding="utf-8")
    counts = {sex: sum(1 for s in sexes.values() if s == sex) for sex in FILES}
    print(f"{OUT.name}: {counts['male']} male, {counts['female']} female, {ambiguous} ambiguous")


if __name__ == "__main__":
    main()
