"""Loading the lexicon data files under facts/lexicons/ (one entry a line, '#' headers)."""

import importlib.util
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from ..textnorm import normalize_lines, normalize_tones


class LexiconError(ValueError):
    """A malformed lexicon line; the message is "file:line: reason"."""


def lexicon_files() -> list:
    """Every lexicon file of the fact stage."""
    return sorted((f for f in resources.files(__package__).joinpath("lexicons").iterdir()
                   if f.name.endswith((".txt", ".tsv"))), key=lambda f: f.name)


def _lines(name: str):
    """(line number, line) of a lexicon's entries; a file without a header or with a line that is
    not NFC is an error."""
    text = resources.files(__package__).joinpath("lexicons", name).read_text("utf-8")
    lines = text.splitlines()
    if not lines or not lines[0].startswith("#"):
        raise LexiconError(f"{name}:1: no header comment saying what the file holds")
    for number, line in enumerate(lines, 1):
        if line.strip() and not line.lstrip().startswith("#"):
            if unicodedata.normalize("NFC", line) != line:
                raise LexiconError(f"{name}:{number}: not in Unicode NFC")
            yield number, line.rstrip("\n")


@cache
def load_list(name: str) -> tuple[str, ...]:
    """A one-entry-a-line lexicon, as a tuple of stripped entries."""
    entries = []
    for number, line in _lines(name):
        if "\t" in line:
            raise LexiconError(f"{name}:{number}: a TAB in a one-entry-a-line lexicon")
        entries.append(line.strip())
    return tuple(entries)


@cache
def load_sections(name: str) -> tuple[tuple[str, ...], ...]:
    """A one-entry-a-line lexicon cut at its "-- … --" lines into sections, each a tuple of its
    entries in order ("org_brand_cues.txt": the cues, then those after "-- firms listed --" …)."""
    sections: list[list[str]] = [[]]
    for entry in load_list(name):
        if entry.startswith("-- ") and entry.endswith(" --"):
            sections.append([])
        else:
            sections[-1].append(entry)
    return tuple(tuple(section) for section in sections)


@cache
def load_set(name: str) -> frozenset[str]:
    """A one-entry-a-line lexicon as a set, for the membership tests most callers make."""
    return frozenset(load_list(name))


@cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated lexicon, as a tuple of rows (every row has at least two columns)."""
    rows = []
    for number, line in _lines(name):
        row = tuple(f.strip() for f in line.split("\t"))
        if len(row) < 2 or not row[0]:
            raise LexiconError(f"{name}:{number}: expected TAB-separated columns, the first not empty")
        rows.append(row)
    return tuple(rows)


def check_lexicons() -> None:
    """Read every lexicon once, so that a malformed line stops the caller before any work."""
    tables = {"org_heads.txt"}  # .txt files with TAB-separated columns
    for f in lexicon_files():
        (load_table if f.name.endswith(".tsv") or f.name in tables else load_list)(f.name)


@cache
def _abbreviation_pattern():
    table = dict(load_table("abbreviations.tsv"))
    keys = sorted(table, key=len, reverse=True)
    # An abbreviation stands alone: not glued to other letters on either side.
    alternation = "|".join(re.escape(k) + (r"(?![\w&])" if k[-1].isalnum() else "") for k in keys)
    return re.compile(rf"(?<![\w&.-])(?:{alternation})"), table


def expand_abbreviations(text: str) -> str:
    """Expand UBND, HĐND, MTTQ, ĐBQH, Sở TN&MT … to their full forms."""
    pattern, table = _abbreviation_pattern()
    expanded = pattern.sub(lambda m: table[m.group(0)], text)
    expanded = re.sub(r"thành phố(?=\S)", "thành phố ", expanded)  # "TP.Điện Biên Phủ"
    return " ".join(expanded.split())


def package_data(package: str, *parts: str) -> Path:
    """A data file of an installed package, found without importing it (underthesea's import
    alone costs more than a second, and the facts read only its data files)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"No module named {package!r}", name=package)
    return Path(spec.submodule_search_locations[0]).joinpath(*parts)


@lru_cache(maxsize=1)
def vietnamese_words() -> frozenset[str]:
    """Vietnamese dictionary words in lower case (underthesea's Viet74K word list, read as data),
    used to tell a compound word ("y tế", "báo cáo") from a head followed by a name."""
    path = package_data("underthesea", "corpus", "data", "Viet74K.txt")
    return frozenset(normalize_lines([line.strip().lower() for line in path.read_text("utf-8").splitlines()
                                      if " " in line]))


@lru_cache(maxsize=1)
def vietnamese_syllables() -> frozenset[str]:
    """The syllables of the Vietnamese dictionary's words, lower case: a word that is none of them
    is foreign ("Samsung", "Savills")."""
    return frozenset(s for w in vietnamese_words() for s in w.split())


def is_vietnamese_syllable(text: str) -> bool:
    """Whether a word, in any case and with its tone mark on either vowel, is a syllable of the
    Vietnamese dictionary ("Bỉnh", "Hoà"; not "Samsung")."""
    return normalize_tones(text.lower()) in vietnamese_syllables()
