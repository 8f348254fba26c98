"""The province room: which of Vietnam's provinces an article is about (the names it
mentions) or its publisher names itself by (site name, logo, footer)."""

import re
from collections import Counter
from functools import lru_cache
from itertools import islice

from ..lexicons import provinces
from .cues import cue_alternation
from .dom import classed, short_text
from .selectors import FOOTER_CLASS


def _province_counts(text: str) -> Counter:
    """How often the text names each province."""
    pattern, names = provinces()
    return Counter(names[found] for found in pattern.findall(text))


def _standing_out(scores: Counter, least: int) -> str | None:
    """The top province if it has at least `least` mentions and no tie."""
    ranked = scores.most_common(2)
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def infer_province(title: str, sapo: str | None, text: str) -> str | None:
    """The province an article is most about, from the names it mentions (the title counts
    three times); None when no name stands out."""
    title = title.title() if title and title.isupper() else title or ""
    scores = _province_counts(text)
    for name, n in _province_counts(title).items():
        scores[name] += 2 * n
    return _standing_out(scores, 2)


def _home_logos(tree) -> list:
    """//a[@href="/"]//img, in document order (the links walked: the XPath costs more)."""
    found: dict = {}
    for link in tree.getroottree().iter("a"):
        if link.get("href") == "/":
            found.update(dict.fromkeys(link.iterdescendants("img")))  # (a link in a link: its pictures once)
    return list(found)


@lru_cache(maxsize=1)
def _national_owner() -> re.Pattern:
    """"Cơ quan (chủ quản|ngôn luận|của …) <a central owner>" (national_owners.txt)."""
    owners = cue_alternation("national_owners.txt")
    return re.compile(rf"(?i)(?<!\w)cơ quan(?: chủ quản| ngôn luận)?(?: của)?\s*:?\s*(?:{owners})(?!\w)")


def publisher_province(tree, site_name: str | None, marked: list | None = None) -> str | None:
    """The province a publisher names itself by (its name, logo, footer: "Cơ quan của Đảng bộ
    tỉnh Lai Châu"): the fallback for articles that never name theirs ("UBND tỉnh"); None for a
    national paper ("Cơ quan chủ quản: Bộ …"), whose newsroom's city is no province of its news.
    `marked`: the page's dom.classed list."""
    chrome = [site_name or ""]
    chrome += [img.get("alt") or "" for img in _home_logos(tree)][:2]
    # (names: the class and id, so a footer class needs one of them)
    footers = [el for el, names in (classed(tree) if marked is None else marked)
               if FOOTER_CLASS.search(names) or el.tag == "footer"]
    chrome += [short_text(el, 800) or "" for el in islice(footers, 3)]
    # (the owner line may stand in any footer, past the first three the province is read from)
    if _national_owner().search(" ".join(chrome + [short_text(el, 2000) or "" for el in footers])):
        return None
    return _standing_out(_province_counts(" ".join(chrome).title()), 1)
