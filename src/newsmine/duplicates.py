"""Republications and near-duplicates: MinHash over word shingles, linked through
`articles.duplicate_of`, so that views and counts of facts take each story once.

The original of a group is the copy from the outlet its republications name in `origin`
("Theo Báo Điện Biên Phủ") when that copy is stored, else the earliest published.
"""

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from . import store
from .textnorm import fold

if TYPE_CHECKING:  # datasketch (and the scipy under it) is imported on first use, not by `extract`
    from datasketch import MinHash

NUM_PERM = 128
SHINGLE = 3  # words
CANDIDATE = 0.3  # LSH threshold: wide, the exact check below decides
SAME = 0.6  # Jaccard of shingle sets at which two texts are "nearly the same"
CONTAINED = 0.85  # or the shorter text's shingles found in the longer (a cut republication)
MIN_SHINGLES = 20  # too short to call a duplicate on words alone


def shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", (text or "").casefold())
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def signature(items: set[str]) -> "MinHash":
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM)
    minhash.update_batch([s.encode("utf-8") for s in items])
    return minhash


def near_duplicate(a: set[str], b: set[str]) -> bool:
    if min(len(a), len(b)) < MIN_SHINGLES:
        return False
    common = len(a & b)
    return common / len(a | b) >= SAME or common / min(len(a), len(b)) >= CONTAINED


def _names(value: str | None) -> set[str]:
    """Comparable forms of an outlet name or URL: folded, with and without "báo"."""
    if not value:
        return set()
    value = value.strip()
    if "://" in value:
        host = urlsplit(value).hostname or ""
        return {host.removeprefix("www.")} if host else set()
    folded = " ".join(fold(value).split())
    return {folded, folded.removeprefix("bao ").strip()} - {""}


def _names_outlet(origin: str | None, outlet: set[str]) -> bool:
    """Does an attribution ("Theo Báo Điện Biên Phủ", "Nguồn: baodienbienphu.info.vn") name
    the outlet known by these names?"""
    if not origin or not outlet:
        return False
    said = _names(origin)
    folded = " ".join(fold(origin).split())
    return bool(said & outlet) or any(len(name) >= 6 and name in folded for name in outlet)


def groups(articles: list[dict]) -> list[list[dict]]:
    """Groups (of two or more) of nearly identical articles."""
    from datasketch import MinHashLSH

    sets = {a["id"]: shingles(a["text"]) for a in articles}
    lsh = MinHashLSH(threshold=CANDIDATE, num_perm=NUM_PERM)
    parent = {a["id"]: a["id"] for a in articles}

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for article in articles:
        items = sets[article["id"]]
        if len(items) < MIN_SHINGLES:
            continue
        minhash = signature(items)
        for other in lsh.query(minhash):
            if near_duplicate(items, sets[other]):
                parent[root(article["id"])] = root(other)
        lsh.insert(article["id"], minhash)
    by_root: dict[int, list[dict]] = {}
    for article in articles:
        by_root.setdefault(root(article["id"]), []).append(article)
    return [group for group in by_root.values() if len(group) > 1]


def original_of(group: list[dict]) -> dict:
    """The copy from the outlet named in an origin, else the earliest published one."""
    def earliest(items):
        return min(items, key=lambda a: (a.get("published") or "9999", a.get("extracted_at") or "", a["id"]))

    named = [a for a in group
             if any(_names_outlet(b.get("origin"), a["outlet_names"]) for b in group if b is not a)]
    return earliest(named or [a for a in group if not a.get("origin")] or group)


def link_duplicates(db) -> int:
    """Recompute `duplicate_of` over every stored article; returns how many are duplicates."""
    sources = store.sources_info(db)
    articles = list(store.articles_for_linking(db))
    for article in articles:
        source = sources.get(article.get("source")) or {}
        article["outlet_names"] = (
            _names(source.get("name")) | _names(source.get("home_url")) | _names(article.get("site_name"))
            | _names(article.get("url")))
    links = {a["id"]: None for a in articles}
    provinces = {}
    for group in groups(articles):
        original = original_of(group)
        for article in group:
            if article is not original:
                links[article["id"]] = original["id"]
                if not article.get("province") and original.get("province"):
                    provinces[article["id"]] = original["province"]  # a copy is about its original's place
    store.save_duplicate_links(db, links, provinces)
    return sum(1 for v in links.values() if v is not None)
