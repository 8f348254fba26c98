"""The fact stage: article text → officials, organisations, figures and obstacles.

`extract_facts(text, province=, published=)` is its only door; `explain_facts` is the same with
the candidates that were dropped and why. `ANNOTATOR_VERSION` is a digest of the fact code and
lexicons, so an edit to either marks every article for re-annotation."""

import hashlib
import re
from functools import lru_cache
from importlib import metadata, resources

from ..textnorm import normalize_tones, normalize_with_offsets
from .records import Facts
from .trace import Rejected, collecting

MAX_TEXT = 300_000  # characters: ten times a very long article; more is not one article's text
# the replacement character, control characters other than tab and line breaks, C1 controls
_ODD = re.compile("[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class FactsInputError(ValueError):
    """Text that cannot be an article: empty, too long, or not text."""


def check_text(text: str) -> None:
    """Raise FactsInputError (one line) when `text` is not an article's text."""
    if not isinstance(text, str) or not text.strip():
        raise FactsInputError("no text to annotate")
    if len(text) > MAX_TEXT:
        raise FactsInputError(f"text too long for one article ({len(text):,} characters; the limit is {MAX_TEXT:,})")
    sample = text[:20_000]
    odd = len(_ODD.findall(sample))
    letters = sum(map(str.isalpha, sample))
    if odd > 0.01 * len(sample) or letters < 0.4 * len(sample.strip()):
        raise FactsInputError("not text: control characters, undecodable bytes or too few letters")


def extract_facts(text: str, *, province: str | None = None, published: str | None = None) -> Facts:
    """All facts of one article text (offsets into `text`); FactsInputError on bad input."""
    from .steps import run_plain  # the annotate pipeline's steps, without spaCy

    check_text(text)
    normal, starts, ends = normalize_with_offsets(text)
    facts = run_plain(normal, province and normalize_tones(province), published)
    if starts is not None:
        _offsets_into(facts, starts, ends)
    return facts


def _offsets_into(facts: Facts, starts: list[int], ends: list[int]) -> None:
    """Moves the offsets of facts found in the normalised text to the text as it was given."""
    for kind in ("officials", "organizations", "figures", "obstacles"):
        for fact in getattr(facts, kind):
            fact.start, fact.end = starts[fact.start], ends[fact.end - 1] if fact.end > fact.start else starts[fact.start]


def warm_up() -> None:
    """Load what annotating any article loads (lexicons, word list, gazetteer, tries, the obstacle
    model), as the first article would."""
    extract_facts("Ông Lò Văn An, Chủ tịch UBND tỉnh, cho biết năm nay tỉnh thu 10 tỷ đồng nhưng còn thiếu vốn.")


def explain_facts(text: str, *, province: str | None = None,
                  published: str | None = None) -> tuple[Facts, list[Rejected]]:
    """The facts of `text` and the candidates the rules dropped, each with its reason."""
    with collecting() as rejected:
        facts = extract_facts(text, province=province, published=published)
    return facts, rejected


def _sources(folder, prefix: str = ""):
    """(path under facts/, file) of the code and lexicons under `folder`, recursively."""
    for entry in folder.iterdir():
        if entry.is_dir() and entry.name != "__pycache__":
            yield from _sources(entry, f"{prefix}{entry.name}/")
        elif entry.name.endswith((".py", ".txt", ".tsv", ".json")):
            yield prefix + entry.name, entry


@lru_cache(maxsize=1)
def annotator_version() -> str:
    """"facts-<digest>" of the fact code and lexicons (its sub-packages' too), the text normaliser,
    the boilerplate lexicon it shares with extract, the 2025 reorganisation (persons across merged
    provinces) and the version of underthesea (whose word list and gazetteer the rules read)."""
    digest = hashlib.sha256()
    shared = resources.files("newsmine")
    named = list(_sources(resources.files(__package__)))
    named += [("../textnorm.py", shared.joinpath("textnorm.py")),
              ("../lexicons/boilerplate.tsv", shared.joinpath("lexicons", "boilerplate.tsv")),
              # who is the same person depends on the provinces merged in 2025 (facts.identity)
              ("../successors.py", shared.joinpath("successors.py")),
              ("../lexicons/reorganisation_2025.tsv", shared.joinpath("lexicons", "reorganisation_2025.tsv"))]
    for name, f in sorted(named, key=lambda pair: pair[0]):
        digest.update(name.encode() + b"\0" + f.read_bytes() + b"\0")
    digest.update(metadata.version("underthesea").encode())
    return "facts-" + digest.hexdigest()[:12]


ANNOTATOR_VERSION = annotator_version()

__all__ = ["ANNOTATOR_VERSION", "Facts", "FactsInputError", "explain_facts", "extract_facts", "warm_up"]
