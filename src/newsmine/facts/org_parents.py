"""A sub-unit and the body it belongs to written apart by a comma ("Phòng Cảnh sát môi trường,
Công an tỉnh Lai Châu"): one name, as GOLD.md writes a sub-unit with its parent; and a body written
with and without that comma named one way. Split off context.py, which calls them."""

from .org_names import has_place
from .org_vocabulary import heads, subunit_heads, unit_rank
from .places import gazetteer
from .records import OrganizationMention
from .words import sentence_words


def with_comma_parents(text: str, start: int, found: list[OrganizationMention]) -> None:
    """"Phòng Cảnh sát môi trường, Công an tỉnh Lai Châu", "Ban Thi đua - Khen thưởng, Sở Nội vụ
    tỉnh Yên Bái": a sub-unit named by no place, then after a comma a body ranked above it
    (org_unit_ranks.tsv), are one name (GOLD.md: a sub-unit written as one name with its parent);
    the parent is named too. Not in a list of bodies ("…, Phòng Tư pháp, Sở Y tế, Sở Nội vụ")."""
    found = sorted(found, key=lambda m: m.start)
    for k, unit in enumerate(found):
        after = [m for m in found[k + 1:] if m.start >= unit.end]
        if not after or _gap(text, start, unit, after[0]) != "," or not _bare_subunit(unit.name) \
                or not _ranked_above(after[0].name, unit.name):
            continue
        before = [m for m in found[:k] if m.end <= unit.start]
        listed = before and _gap(text, start, before[-1], unit) == "," \
            or len(after) > 1 and _gap(text, start, after[0], after[1]) in (",", "và")
        if not listed:
            unit.name = f"{unit.name}, {after[0].name}"


def _gap(text: str, start: int, a: OrganizationMention, b: OrganizationMention) -> str:
    """The words between two mentions of a sentence whose text begins at `start`."""
    return text[a.end - start:b.start - start].strip()


def _bare_subunit(name: str) -> bool:
    """A sub-unit's name (org_subunit_heads.txt) with no place ("Đội CSGT Bến Thành") or parent
    of its own: a unit named by its field alone."""
    words = sentence_words(name, 0, len(name))
    head = heads().match(words, 0)
    places = gazetteer().places
    return head is not None and " ".join(w.text for w in words[:head[0]]) in subunit_heads() \
        and not has_place(words[head[0]:]) \
        and not any(words[k].text[:1].isupper() and heads().match(words, k) for k in range(head[0], len(words))) \
        and not any(" ".join(w.text for w in words[k:]) in places for k in range(head[0], len(words)))


def _ranked_above(parent: str, unit: str) -> bool:
    """A body that stands above the unit (org_unit_ranks.tsv; a unit of no rank is below any). A
    ministry's department ("Cục Lãnh sự, Bộ Ngoại giao") is not such a unit: the gold names it
    alone as often as with its ministry, a province's office ("Phòng …, Công an tỉnh …") with it."""
    high, low = unit_rank(parent), unit_rank(unit)
    return high is not None and (low is None or high < low and low > _DEPARTMENT)


_DEPARTMENT = 3  # the rank of "Cục", "Vụ", "Sở" (org_unit_ranks.tsv)


def one_spelling(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """"Phòng Cảnh sát kinh tế Công an tỉnh Sơn La" where the article also writes "Phòng Cảnh
    sát kinh tế, Công an tỉnh Sơn La", "Cục Hộ tịch, quốc tịch, chứng thực" beside "Cục Hộ
    tịch, quốc tịch và chứng thực": one body, named as first written."""
    first: dict[str, str] = {}
    for m in mentions:
        m.name = first.setdefault(" ".join(w for w in m.name.replace(",", "").split() if w != "và"), m.name)
    return mentions
