"""Loading the lexicon data files under facts/lexicons/ (one entry a line, '#' headers)."""

import re
from functools import cache, lru_cache
from importlib import resources


def _lines(name: str):
    text = resources.files(__package__).joinpath("lexicons", name).read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield line.rstrip("\n")


@cache
def load_list(name: str) -> tuple[str, ...]:
    """A one-entry-a-line lexicon, as a tuple of stripped entries."""
    return tuple(line.strip() for line in _lines(name))


@cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated lexicon, as a tuple of rows."""
    return tuple(tuple(f.strip() for f in line.split("\t")) for line in _lines(name))


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


@lru_cache(maxsize=1)
def vietnamese_words() -> frozenset[str]:
    """Vietnamese dictionary words in lower case (underthesea's Viet74K word list, read as data),
    used to tell a compound word ("y tế", "báo cáo") from a head followed by a name."""
    path = resources.files("underthesea").joinpath("corpus", "data", "Viet74K.txt")
    from ..textnorm import normalize_tones

    return frozenset(normalize_tones(line.strip().lower())
                     for line in path.read_text("utf-8").splitlines() if " " in line)
