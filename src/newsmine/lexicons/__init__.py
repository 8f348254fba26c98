"""The shared lexicons room: the word lists in this folder and their loader. The extract stage
reads them all; the fact stage reads boilerplate.tsv too, so that a box heading is listed once,
and provinces.tsv, so that a province is spelt the same ways in both."""

import re
import unicodedata
from functools import cache
from importlib import resources

BOILERPLATE_KINDS = ("heading", "box", "tags", "attribution")


def text(name: str) -> str:
    """The text of a data file of this folder, as packaged."""
    return resources.files(__package__).joinpath(name).read_text("utf-8")


def entries(name: str) -> list[str]:
    """A lexicon's entries, one a line, stripped; lines starting with '#' are headers."""
    return [line.strip() for line in text(name).splitlines() if line.strip() and not line.startswith("#")]


def tsv_rows(text: str, name: str, error: type[Exception] = ValueError):
    """(line number, stripped TAB-separated fields) of a data file's text, blank lines and
    '#' headers skipped; a line not in Unicode NFC raises `error` ("file:line: reason")."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if unicodedata.normalize("NFC", line) != line:
            raise error(f"{name}:{number}: not in Unicode NFC")
        yield number, tuple(field.strip() for field in line.split("\t"))


@cache
def _boilerplate_rows() -> tuple[tuple[str, str], ...]:
    """Every (kind, text) row of boilerplate.tsv, checked."""
    rows = []
    for number, row in tsv_rows(text("boilerplate.tsv"), "boilerplate.tsv"):
        # The fact stage compares these rows as they are: a malformed one must stop, not miss.
        if len(row) != 2 or row[0] not in BOILERPLATE_KINDS or not row[1]:
            raise ValueError(f"boilerplate.tsv:{number}: expected KIND<TAB>text, KIND one of "
                             f"{', '.join(BOILERPLATE_KINDS)}")
        rows.append(row)
    return tuple(rows)


def boilerplate(*kinds: str) -> tuple[tuple[str, str], ...]:
    """The (kind, text) rows of boilerplate.tsv whose kind is one of `kinds`, in file order."""
    return tuple(row for row in _boilerplate_rows() if row[0] in kinds)


def alternation(words) -> str:
    """A regular-expression alternation of `words`, escaped, the longest first (so that
    "Nguồn tin" is tried before "Nguồn")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def provinces() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every surface form of every province (provinces.tsv), the longest tried
    first, and the form → name map."""
    names = {}
    for line in entries("provinces.tsv"):
        name, forms = line.split("\t")
        names.update({form.strip(): name for form in forms.split(";")})
    return re.compile(rf"(?<!\w)(?:{alternation(names)})(?!\w)"), names
