"""Loading articles from YAML and editing the aggregator's republished copies."""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import yaml

from .helpers import AGGREGATOR_CATEGORY, CATEGORIES, GOLD_LISTS, SITE_NAMES, VN, warn

# --------------------------------------------------------------------------- articles


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as strings (PyYAML would drop their offsets)."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class Article:
    site: str
    slug: str
    category: str
    published: datetime
    updated: datetime | None
    author: str | None
    province: str
    title: str
    sapo: str
    body: list  # ("p", text) | ("caption", text) | ("bullets", [text, ...])
    tags: list
    related: list
    gold: dict
    origin: str | None = None          # republished copies: the outlet named in the attribution
    attribution: str | None = None     # the attribution line as printed
    original: Article | None = None
    id: int = 0
    url: str = ""
    file: str = ""                     # path of the page under sites/<site>/
    extra: dict = field(default_factory=dict)

    def lines(self) -> list[str]:
        """The article's text lines as FORMAT.md defines them."""
        out = [self.title, self.sapo]
        for kind, value in self.body:
            if kind == "bullets":
                out.extend(f"- {item}" for item in value)
            else:
                out.append(value)
        return out

    @property
    def text(self) -> str:
        return "\n".join(self.lines())

    @property
    def lastmod(self) -> datetime:
        return self.updated or self.published

    @property
    def paragraphs(self) -> list[str]:
        return [v for k, v in self.body if k == "p"]


def parse_time(value, where: str) -> datetime | None:
    if value is None or value == "":
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        text += "T00:00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{where}: bad date {value!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VN)
    return moment


def nfc(value):
    """NFC-normalise every string in a YAML value."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value.strip())
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: nfc(v) for k, v in value.items()}
    return value


def parse_body(blocks, where: str) -> list:
    body = []
    for block in blocks or []:
        if isinstance(block, str):
            body.append(("p", block))
        elif isinstance(block, dict) and "caption" in block:
            body.append(("caption", str(block["caption"])))
        elif isinstance(block, dict) and "bullets" in block:
            body.append(("bullets", [str(item) for item in block["bullets"] or []]))
        elif isinstance(block, dict) and len(block) == 1 and isinstance(next(iter(block.values())), str):
            warn(f"{where}: unknown block {next(iter(block))!r}, rendered as a paragraph")
            body.append(("p", next(iter(block.values()))))
        else:
            warn(f"{where}: skipped a body block it cannot read: {block!r:.80}")
    return [b for b in body if b[1]]


def load_article(path: Path, site: str) -> Article:
    where = f"{path.parent.name}/{path.name}"
    data = nfc(yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader))
    if not isinstance(data, dict):
        raise TypeError(f"{where}: not a mapping")
    missing = [k for k in ("title", "published", "body") if not data.get(k)]
    if missing:
        raise ValueError(f"{where}: missing {', '.join(missing)}")
    slug = data.get("slug") or path.stem
    if slug != path.stem:
        warn(f"{where}: slug {slug!r} differs from the file name; using the file name")
        slug = path.stem
    category = data.get("category") or CATEGORIES[site][0]
    gold = data.get("gold") or {}
    gold = {kind: list(gold.get(kind) or []) for kind in GOLD_LISTS}
    return Article(
        site=site, slug=slug, category=category,
        published=parse_time(data["published"], where),
        updated=parse_time(data.get("updated"), where),
        author=data.get("author") or None,
        province=data.get("province") or {"baodienbien": "Điện Biên", "laichau": "Lai Châu",
                                                "caobang": "Cao Bằng"}.get(site, ""),
        title=str(data["title"]), sapo=str(data.get("sapo") or ""),
        body=parse_body(data["body"], where),
        tags=[str(t) for t in data.get("tags") or []],
        related=[str(r) for r in data.get("related") or []],
        gold=gold,
    )


def load_site_articles(articles_dir: Path, site: str) -> list[Article]:
    articles = []
    for path in sorted((articles_dir / site).glob("*.yaml")):
        try:
            articles.append(load_article(path, site))
        except (ValueError, TypeError, yaml.YAMLError) as error:
            # A writer may be half-way through a file; skip it rather than fail the build.
            warn(f"skipped {site}/{path.name}: {str(error).splitlines()[0]}")
    return articles


# --------------------------------------------------------------------------- republication


def _count(text: str, needle: str) -> int:
    return text.count(needle) if needle else 0


def adjust_gold(gold: dict, before: str, after: str) -> tuple[dict, list[str]]:
    """Drop gold items whose surface text an edit removed; return the new gold and what went."""
    gold = copy.deepcopy(gold)
    dropped = []
    people = []
    for item in gold["officials"]:
        name = item.get("name", "")
        if _count(before, name) and not _count(after, name):
            dropped.append(f"official {name}")
        else:
            people.append(item)
    gold["officials"] = people
    orgs = []
    for item in gold["organizations"]:
        forms = [item.get("name", "")] + list(item.get("aliases") or [])
        seen_before = [f for f in forms if _count(before, f)]
        seen_after = [f for f in forms if _count(after, f)]
        if seen_before and not seen_after:
            dropped.append(f"organization {item.get('name')}")
            continue
        if "aliases" in item:
            item["aliases"] = [a for a in item["aliases"] if a in seen_after or a not in seen_before]
        orgs.append(item)
    gold["organizations"] = orgs
    for kind in ("figures", "obstacles"):
        lost = {}
        for item in gold[kind]:
            text = item.get("text", "")
            lost[text] = max(0, _count(before, text) - _count(after, text))
        kept = []
        for item in reversed(gold[kind]):  # one item per mention: drop the later ones
            text = item.get("text", "")
            if lost.get(text):
                lost[text] -= 1
                dropped.append(f"{kind[:-1]} {text!r}")
            else:
                kept.append(item)
        gold[kind] = kept[::-1]
    return gold, dropped


def _edit_fields(article: Article):
    """The places an edit may apply to: title, sapo, then each paragraph or bullet."""
    yield "title", None
    yield "sapo", None
    for i, (kind, value) in enumerate(article.body):
        if kind == "bullets":
            for j in range(len(value)):
                yield i, j
        else:
            yield i, None


def _field_text(article: Article, key, sub) -> str:
    if key in ("title", "sapo"):
        return getattr(article, key)
    kind, value = article.body[key]
    return value[sub] if kind == "bullets" else value


def _set_field(article: Article, key, sub, text: str) -> None:
    if key in ("title", "sapo"):
        setattr(article, key, text)
        return
    kind, value = article.body[key]
    if kind == "bullets":
        value = list(value)
        value[sub] = text
        article.body[key] = (kind, value)
    else:
        article.body[key] = (kind, text)


def _apply_edit(article: Article, edit: dict, where: str) -> None:
    """One edit at its first place; a warning when it has no known kind or its text is not found."""
    if "drop" in edit:
        old, new = edit["drop"], ""
    elif "replace" in edit:
        old, new = edit["replace"], edit.get("with", "")
    else:
        warn(f"{where}: unknown edit {edit!r}")
        return
    for key, sub in _edit_fields(article):
        text = _field_text(article, key, sub)
        if old in text:
            if "drop" in edit:
                text = re.sub(r"\s*" + re.escape(old) + r"\s*", " ", text, count=1).strip()
            else:
                text = text.replace(old, new, 1)
            _set_field(article, key, sub, text)
            return
    warn(f"{where}: edit text not found, edit skipped: {old!r:.60}")


def apply_edits(article: Article, edits: list, where: str) -> None:
    """Apply republish.yaml's near-duplicate edits (drop a sentence, replace a phrase) in place."""
    for edit in edits or []:
        _apply_edit(article, nfc(edit), where)
    # A dropped sentence may leave an empty paragraph or bullet behind.
    body = []
    for kind, value in article.body:
        if kind == "bullets":
            value = [v for v in value if v]
        if value:
            body.append((kind, value))
    article.body = body


def parse_delay(value) -> timedelta:
    text = str(value or "2h").strip()
    match = re.fullmatch(r"(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m)?", text)
    if not match or not any(match.groups()):
        raise ValueError(f"bad delay {value!r}")
    days, hours, minutes = (int(g or 0) for g in match.groups())
    return timedelta(days=days, hours=hours, minutes=minutes)


def republish(originals: list[Article], spec: dict) -> list[Article]:
    """The aggregator's copies of the newspaper's articles listed in republish.yaml."""
    by_slug = {a.slug: a for a in originals}
    origin = spec.get("origin", SITE_NAMES["baodienbien"])
    copies = []
    for entry in spec.get("items") or []:
        slug = entry.get("slug")
        source = by_slug.get(slug)
        if source is None:
            warn(f"republish.yaml: no baodienbien article {slug!r} (yet); skipped")
            continue
        where = f"republish.yaml {slug}"
        page = copy.deepcopy(source)
        page.site, page.original, page.origin = "tintaybac", source, origin
        page.attribution = entry.get("attribution") or f"(Theo {origin})"
        page.published = source.published + parse_delay(entry.get("delay"))
        page.updated = None
        page.author = None  # the aggregator credits the paper, not the reporter
        page.category = entry.get("category") or (
            source.category if source.category in CATEGORIES["tintaybac"]
            else AGGREGATOR_CATEGORY.get(source.category, "dia-phuong"))
        if entry.get("edits"):
            before = source.text
            apply_edits(page, entry["edits"], where)
            page.gold, dropped = adjust_gold(source.gold, before, page.text)
            for item in dropped:
                print(f"build.py: {where}: gold item removed with the edit: {item}")
            for kind in GOLD_LISTS:
                page.gold[kind].extend(nfc((entry.get("gold_add") or {}).get(kind) or []))
        copies.append(page)
    return copies
