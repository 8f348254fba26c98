#!/usr/bin/env python3
"""Render the four offline demo news sites and gold.jsonl from articles/<site>/*.yaml.

Usage: python corpus/demo/build.py [--out DIR]

Writes, next to this file (or under --out): sites/<site>/ (HTML, robots.txt, sitemaps, RSS,
a PDF, placeholder images), gold.jsonl (one line per article page, GOLD.md's format plus
expected_* keys) and server.json (redirects, query-string routes and Last-Modified dates that
serve.py honours). The output depends only on the YAML files: re-running changes nothing.
Standard library + PyYAML only.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import html
import json
import re
import struct
import sys
import unicodedata
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

import yaml

HERE = Path(__file__).resolve().parent
SITES = ("baodienbien", "laichau", "tintaybac", "caobang")
# Sitemaps, feeds and robots.txt need absolute URLs; they are written for the default ports and
# serve.py rewrites these origins when it serves on other ones.
PORT_BASE = 8301
ORIGINS = {site: f"http://127.0.0.1:{PORT_BASE + i}" for i, site in enumerate(SITES)}
PER_PAGE = 4  # small, so that most category listings have a second page
VN = timezone(timedelta(hours=7))

SITE_NAMES = {
    "baodienbien": "Báo Điện Biên Phủ",
    "laichau": "Cổng Thông tin điện tử tỉnh Lai Châu",
    "tintaybac": "Tin Tây Bắc",
    "caobang": "Cổng Thông tin điện tử tỉnh Cao Bằng",
}

# Category keys each site shows in its menu, in menu order; an article may use any other key
# (it is then added to the menu, titled from CATEGORY_TITLES or from the key itself).
CATEGORIES = {
    "baodienbien": ["thoi-su", "kinh-te", "xa-hoi", "chuyen-doi-so", "quoc-phong-an-ninh"],
    "laichau": ["tin-hoat-dong", "chi-dao-dieu-hanh", "kinh-te-xa-hoi"],
    "tintaybac": ["thoi-su", "kinh-te", "doi-song", "dia-phuong"],
    "caobang": ["tin-hoat-dong", "kinh-te-xa-hoi", "chi-dao-dieu-hanh"],
}
CATEGORY_TITLES = {
    "thoi-su": "Thời sự", "chinh-tri": "Chính trị", "kinh-te": "Kinh tế", "xa-hoi": "Xã hội",
    "van-hoa": "Văn hóa", "giao-duc": "Giáo dục", "y-te": "Y tế", "nong-nghiep": "Nông nghiệp",
    "nong-nghiep-nong-thon": "Nông nghiệp - Nông thôn", "quoc-phong-an-ninh": "Quốc phòng - An ninh",
    "phap-luat": "Pháp luật", "the-thao": "Thể thao", "du-lich": "Du lịch",
    "moi-truong": "Môi trường", "tai-nguyen-moi-truong": "Tài nguyên - Môi trường",
    "chuyen-doi-so": "Chuyển đổi số", "khoa-hoc-cong-nghe": "Khoa học - Công nghệ",
    "dia-phuong": "Địa phương", "tin-hoat-dong": "Tin hoạt động",
    "chi-dao-dieu-hanh": "Chỉ đạo - Điều hành", "kinh-te-xa-hoi": "Kinh tế - Xã hội",
    "van-hoa-xa-hoi": "Văn hóa - Xã hội", "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "thien-tai": "Phòng, chống thiên tai", "dan-toc-ton-giao": "Dân tộc - Tôn giáo",
    "dat-dai": "Đất đai", "giao-thong": "Giao thông", "xay-dung": "Xây dựng",
    "doi-song": "Đời sống", "xay-dung-dang": "Xây dựng Đảng", "quoc-hoi": "Quốc hội",
    "hoi-dong-nhan-dan": "Hội đồng nhân dân", "cai-cach-hanh-chinh": "Cải cách hành chính",
}
# Where the aggregator files a republished article whose category it does not have.
AGGREGATOR_CATEGORY = {"chinh-tri": "thoi-su", "quoc-phong-an-ninh": "thoi-su", "xa-hoi": "doi-song",
                       "y-te": "doi-song", "giao-duc": "doi-song", "van-hoa": "doi-song",
                       "chuyen-doi-so": "kinh-te", "nong-nghiep": "kinh-te"}

GOLD_LISTS = ("officials", "organizations", "figures", "obstacles")


# Sites whose article pages show the publication day without its time.
DATE_ONLY_SITES = {"laichau"}


def warn(message: str) -> None:
    print(f"build.py: {message}", file=sys.stderr)


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


def apply_edits(article: Article, edits: list, where: str) -> None:
    """Apply republish.yaml's near-duplicate edits (drop a sentence, replace a phrase) in place."""

    def fields():
        yield "title", None
        yield "sapo", None
        for i, (kind, value) in enumerate(article.body):
            if kind == "bullets":
                for j in range(len(value)):
                    yield i, j
            else:
                yield i, None

    def get(key, sub):
        if key in ("title", "sapo"):
            return getattr(article, key)
        kind, value = article.body[key]
        return value[sub] if kind == "bullets" else value

    def put(key, sub, text):
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

    for edit in edits or []:
        edit = nfc(edit)
        if "drop" in edit:
            old, new = edit["drop"], ""
        elif "replace" in edit:
            old, new = edit["replace"], edit.get("with", "")
        else:
            warn(f"{where}: unknown edit {edit!r}")
            continue
        for key, sub in fields():
            text = get(key, sub)
            if old in text:
                if "drop" in edit:
                    text = re.sub(r"\s*" + re.escape(old) + r"\s*", " ", text, count=1).strip()
                else:
                    text = text.replace(old, new, 1)
                put(key, sub, text)
                break
        else:
            warn(f"{where}: edit text not found, edit skipped: {old!r:.60}")
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


# --------------------------------------------------------------------------- small helpers


def e(text) -> str:
    return html.escape(str(text), quote=True)


def slugify(text: str) -> str:
    """ASCII slug of a Vietnamese phrase ("chuyển đổi số" → "chuyen-doi-so")."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def stable_number(key: str, low: int, high: int) -> int:
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    return low + int(digest, 16) % (high - low)


WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def vn(moment: datetime) -> datetime:
    return moment.astimezone(VN)


def category_title(key: str) -> str:
    return CATEGORY_TITLES.get(key) or key.replace("-", " ").capitalize()


def chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def iso(moment: datetime) -> str:
    return moment.isoformat()


def rfc822(moment: datetime) -> str:
    return format_datetime(vn(moment))


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A solid-colour PNG; stored (level 0) deflate so the bytes never depend on zlib."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height, 0)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a few ASCII lines (valid xref, so readers open it)."""
    text = " ".join(f"({line}) Tj 0 -22 Td" for line in lines)
    stream = f"BT /F1 16 Tf 72 760 Td {text} ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
         b"/Resources << /Font << /F1 5 0 R >> >> >>"),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# --------------------------------------------------------------------------- site rendering


class Site:
    """What every demo site has: files, redirects, sitemaps, a feed, robots.txt."""

    key = ""
    name = ""
    charset_in_header = True
    disallow: tuple[str, ...] = ()
    pdf_path = ""
    pdf_lines: tuple[str, ...] = ()
    image_rgb = (200, 200, 200)
    image_path = ""

    def __init__(self, articles: list[Article]):
        self.origin = ORIGINS[self.key]
        self.files: dict[str, bytes] = {}     # path under sites/<key>/ → bytes
        self.lastmod: dict[str, str] = {}     # URL path → ISO time, for Last-Modified
        self.redirects: dict[str, str] = {}   # URL path (with query) → target URL path
        self.routes: dict[str, str] = {}      # URL path with query → file under sites/<key>/
        self.articles = sorted(articles, key=lambda a: (a.published, a.slug), reverse=True)
        used = [a.category for a in self.articles]
        extra = sorted(set(used) - set(CATEGORIES[self.key]))
        for key in extra:
            if key not in CATEGORY_TITLES:
                warn(f"{self.key}: category {key!r} has no title in CATEGORY_TITLES")
        self.categories = CATEGORIES[self.key] + extra
        self._assign_ids()
        for article in self.articles:
            article.url, article.file = self.article_url(article), self.article_file(article)

    # ids are stable per slug, so adding an article never renumbers the others
    def _assign_ids(self):
        taken = set()
        for article in sorted(self.articles, key=lambda a: a.slug):
            number = stable_number(f"{self.key}:{article.slug}", *self.id_range)
            while number in taken:
                number += 1
            taken.add(number)
            article.id = number

    id_range = (100000, 1000000)

    # -- to be defined per site
    def article_url(self, article: Article) -> str:
        raise NotImplementedError

    def article_file(self, article: Article) -> str:
        raise NotImplementedError

    def render(self) -> None:
        raise NotImplementedError

    # -- shared
    def add(self, path: str, content, lastmod: datetime | None = None, url: str | None = None):
        data = content.encode("utf-8") if isinstance(content, str) else content
        path = path.lstrip("/")
        if path in self.files:
            raise ValueError(f"{self.key}: two pages write {path}")
        self.files[path] = data
        if lastmod is not None:
            self.lastmod[url or "/" + path] = iso(lastmod)

    @property
    def newest(self) -> datetime:
        if not self.articles:
            return datetime(2023, 1, 1, tzinfo=VN)
        return max(a.lastmod for a in self.articles)

    def in_category(self, key: str) -> list[Article]:
        return [a for a in self.articles if a.category == key]

    def others(self, article: Article, count: int, same_category: bool = False) -> list[Article]:
        """Other articles of this site, the ones just before it first (deterministic)."""
        pool = [a for a in self.articles if a is not article
                and (not same_category or a.category == article.category)]
        if not pool:
            return []
        index = self.articles.index(article)
        ordered = sorted(pool, key=lambda a: (self.articles.index(a) <= index, self.articles.index(a)))
        return ordered[:count]

    def related_links(self, article: Article) -> list[tuple[str, str]]:
        """The YAML's related headlines, each linked to some other page of the site."""
        targets = self.others(article, len(article.related)) or [article]
        return [(headline, targets[i % len(targets)].url) for i, headline in enumerate(article.related)]

    def absolute(self, path: str) -> str:
        return self.origin + path

    def render_common(self) -> None:
        self.add(self.pdf_path, pdf(self.pdf_lines), datetime(2023, 1, 5, 9, 0, tzinfo=VN))
        self.add(self.image_path, png(48, 27, self.image_rgb))
        self.render_feeds()
        robots = ["User-agent: *", *(f"Disallow: {p}" for p in self.disallow)]
        robots += ["", "User-agent: MJ12bot", "Disallow: /", "",
                   f"Sitemap: {self.absolute('/sitemap.xml')}", ""]
        self.add("robots.txt", "\n".join(robots))

    def render_feeds(self) -> None:
        months: dict[str, list[Article]] = {}
        for article in self.articles:
            months.setdefault(vn(article.published).strftime("%Y-%m"), []).append(article)
        index = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
        for month in sorted(months, reverse=True):
            items = months[month]
            newest = max(a.lastmod for a in items)
            name = f"sitemap-{month}.xml"
            index += ["  <sitemap>", f"    <loc>{e(self.absolute('/' + name))}</loc>",
                      f"    <lastmod>{iso(newest)}</lastmod>", "  </sitemap>"]
            self.add(name, self.monthly_sitemap(items), newest)
        index.append("</sitemapindex>\n")
        self.add("sitemap.xml", "\n".join(index), self.newest)

        feed = ['<?xml version="1.0" encoding="UTF-8"?>',
                '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
                f"  <title>{e(self.name)} - Tin mới nhất</title>",
                f"  <link>{e(self.absolute('/'))}</link>",
                f"  <description>{e(self.feed_description)}</description>",
                "  <language>vi-VN</language>",
                f"  <lastBuildDate>{rfc822(self.newest)}</lastBuildDate>",
                f'  <atom:link href="{e(self.absolute("/rss.xml"))}" rel="self" type="application/rss+xml"/>']
        for article in self.articles[:20]:
            link = e(self.absolute(article.url))
            feed += ["  <item>", f"    <title>{e(article.title)}</title>", f"    <link>{link}</link>",
                     f'    <guid isPermaLink="true">{link}</guid>',
                     f"    <description>{e(article.sapo)}</description>",
                     f"    <category>{e(category_title(article.category))}</category>",
                     f"    <pubDate>{rfc822(article.published)}</pubDate>", "  </item>"]
        feed += ["</channel>", "</rss>\n"]
        self.add("rss.xml", "\n".join(feed), self.newest)

    feed_description = ""

    def monthly_sitemap(self, items: list[Article]) -> str:
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
        for article in items:
            lines += ["  <url>", f"    <loc>{e(self.absolute(article.url))}</loc>",
                      f"    <lastmod>{iso(article.lastmod)}</lastmod>",
                      "    <changefreq>monthly</changefreq>", "  </url>"]
        lines.append("</urlset>\n")
        return "\n".join(lines)

    def manifest(self) -> dict:
        return {"charset_in_header": self.charset_in_header,
                "default_lastmod": iso(self.newest),
                "redirects": dict(sorted(self.redirects.items())),
                "routes": dict(sorted(self.routes.items())),
                "lastmod": dict(sorted(self.lastmod.items()))}


# ............................................................................ Báo Điện Biên Phủ

READER_COMMENTS = [
    ("Lò Văn Khiêm", "Tuần Giáo",
     ("Bài viết phản ánh đúng thực tế ở cơ sở. Mong các cấp, các ngành tiếp tục quan tâm "
      "để bà con vùng cao yên tâm sản xuất.")),
    ("Nguyễn Thu Trang", "TP. Điện Biên Phủ",
     ("Cảm ơn phóng viên đã đưa tin kịp thời. Đề nghị báo tiếp tục theo dõi kết quả thực hiện "
      "trong thời gian tới.")),
    ("Quàng Văn Sơn", "Mường Chà",
     "Nhà tôi cách trung tâm xã hơn 12 km, đường mùa mưa rất khó đi, mong sớm được làm đường."),
    ("Hà Minh Phương", "Điện Biên",
     "Thông tin rất hữu ích, tôi đã chia sẻ cho người thân cùng đọc."),
    ("Vừ A Dơ", "Nậm Pồ",
     ("Bản tôi đã có điện lưới và sóng điện thoại, cuộc sống của bà con khá hơn nhiều so với "
      "mấy năm trước.")),
    ("Trần Đức Hải", "Mường Ảng",
     "Đề nghị công khai danh sách các công trình và tiến độ để người dân cùng giám sát."),
    ("Lường Thị Hoa", "Điện Biên Đông",
     "Mong tỉnh có thêm lớp dạy nghề cho thanh niên trong bản, khoảng 30 bạn đang chờ học."),
    ("Phạm Quốc Việt", "Tủa Chùa",
     "Một bài viết công phu, số liệu rõ ràng. Chúc Báo Điện Biên Phủ ngày càng phát triển."),
]


class BaoDienBien(Site):
    key = "baodienbien"
    name = SITE_NAMES["baodienbien"]
    disallow = ("/ban-in/", "/tim-kiem", "/quan-tri/")
    pdf_path = "uploads/bao-in/dbp-so-dac-biet.pdf"
    pdf_lines = ("BAO DIEN BIEN PHU", "So dac biet (ban PDF minh hoa)",
                 "Trang thu nghiem cho newsmine - noi dung hu cau.")
    image_rgb = (176, 190, 197)
    image_path = "uploads/images/anh-minh-hoa.png"
    feed_description = "Tin tức, thời sự tỉnh Điện Biên do Báo Điện Biên Phủ đăng tải"

    def article_url(self, a):
        return f"/{a.category}/{a.slug}-{a.id}.html"

    def article_file(self, a):
        return self.article_url(a).lstrip("/")

    def listing_url(self, category, page=1):
        return f"/{category}/" if page == 1 else f"/{category}/trang-{page}.html"

    def listing_file(self, category, page=1):
        return f"{category}/index.html" if page == 1 else f"{category}/trang-{page}.html"

    def tag_url(self, tag):
        return f"/tag/{slugify(tag)}.html"

    def head(self, title, description="", extra=""):
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
<meta name="description" content="{e(description)}">
<link rel="icon" href="/static/images/logo.png">
<link rel="stylesheet" href="/static/css/dbp.css">
<link rel="alternate" type="application/rss+xml" title="Báo Điện Biên Phủ - Tin mới nhất" href="/rss.xml">
{extra}</head>
<body>
"""

    def header(self, current=""):
        items = ['<li><a href="/">Trang chủ</a></li>']
        for key in self.categories:
            active = ' class="active"' if key == current else ""
            items.append(f'<li{active}><a href="{self.listing_url(key)}">{e(category_title(key))}</a></li>')
        items.append('<li><a href="/video/">Video</a></li>')  # broken: the section does not exist
        items.append(f'<li><a href="/{self.pdf_path}">Báo in</a></li>')
        return f"""<div class="topbar">
  <div class="container">
    <span class="hotline">Đường dây nóng: 0215 3 826 0xx</span>
    <a href="/lien-he.html">Liên hệ</a> | <a href="/quang-cao.html">Quảng cáo</a>
  </div>
</div>
<header class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/static/images/logo.png" alt="Báo Điện Biên Phủ"></a>
    <form class="search" action="/tim-kiem" method="get">
      <input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button>
    </form>
  </div>
  <nav class="main-menu"><div class="container"><ul>
    {chr(10).join('    ' + i for i in items).strip()}
  </ul></div></nav>
</header>
"""

    def sidebar(self):
        newest = "\n".join(f'      <li><a href="{a.url}">{e(a.title)}</a></li>' for a in self.articles[:5])
        return f"""  <aside class="col-side">
    <div class="box box-newest">
      <h3 class="box-title">Tin mới nhất</h3>
      <ul>
{newest}
      </ul>
    </div>
    <div class="box box-print">
      <h3 class="box-title">Báo in</h3>
      <p><a href="/{self.pdf_path}">Đọc Báo Điện Biên Phủ số đặc biệt (PDF)</a></p>
    </div>
    <div class="box box-links">
      <h3 class="box-title">Liên kết</h3>
      <ul>
        <li><a href="https://dienbien.gov.vn/" target="_blank" rel="noopener">Cổng TTĐT tỉnh Điện Biên</a></li>
        <li><a href="https://baochinhphu.vn/" target="_blank" rel="noopener">Báo Điện tử Chính phủ</a></li>
      </ul>
    </div>
    <div class="banner-ads"><a href="/quang-cao.html"><img src="/{self.image_path}" alt="Quảng cáo"></a></div>
  </aside>
"""

    def footer(self):
        return """<footer class="site-footer">
  <div class="container">
    <p class="footer-name"><strong>BÁO ĐIỆN BIÊN PHỦ</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên</p>
    <p>Tổng Biên tập: Lê Thị Mai Hương</p>
    <p>Địa chỉ: Tổ dân phố 8, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên</p>
    <p>Điện thoại: 0215 3 830 xxx - Fax: 0215 3 830 yyy - Email: toasoan@baodienbien.example</p>
    <p>Giấy phép số 00/GP-BTTTT (trang minh họa) | <a href="/lien-he.html">Liên hệ tòa soạn</a></p>
    <p class="demo-note">Trang mô phỏng phục vụ thử nghiệm phần mềm newsmine; nhân vật và số liệu trong các bài viết là hư cấu.</p>
  </div>
</footer>
</body>
</html>
"""

    def byline_time(self, moment):
        moment = vn(moment)
        return f"{WEEKDAYS[moment.weekday()]}, {moment:%d/%m/%Y} | {moment:%H:%M}"

    def body_html(self, a):
        out = []
        for kind, value in a.body:
            if kind == "p":
                out.append(f"      <p>{e(value)}</p>")
            elif kind == "caption":
                out.append(f'      <figure class="image align-center">\n'
                           f'        <img src="/{self.image_path}" alt="{e(a.title)}" width="640" height="360">\n'
                           f"        <figcaption>{e(value)}</figcaption>\n      </figure>")
            else:
                items = "\n".join(f"        <li>{e(item)}</li>" for item in value)
                out.append(f"      <ul>\n{items}\n      </ul>")
        return "\n".join(out)

    def article_page(self, a):
        category = category_title(a.category)
        canonical = self.absolute(a.url)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
              "datePublished": iso(a.published), "dateModified": iso(a.lastmod),
              "articleSection": category,
              "publisher": {"@type": "Organization", "name": self.name}}
        if a.author:
            ld["author"] = {"@type": "Person", "name": a.author}
        meta = [f'<link rel="canonical" href="{e(canonical)}">',
                '<meta property="og:type" content="article">',
                f'<meta property="og:title" content="{e(a.title)}">',
                f'<meta property="og:description" content="{e(a.sapo)}">',
                f'<meta property="og:url" content="{e(canonical)}">',
                f'<meta property="og:image" content="{e(self.absolute("/" + self.image_path))}">',
                f'<meta property="article:published_time" content="{iso(a.published)}">',
                f'<meta property="article:section" content="{e(category)}">']
        if a.updated:
            meta.append(f'<meta property="article:modified_time" content="{iso(a.updated)}">')
        if a.tags:
            meta.append(f'<meta name="keywords" content="{e(", ".join(a.tags))}">')
        meta.append('<script type="application/ld+json">'
                    + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/") + "</script>")
        byline = f'<span class="author">{e(a.author)}</span>\n        ' if a.author else ""
        tags = ", ".join(f'<a href="{self.tag_url(t)}">{e(t)}</a>' for t in a.tags)
        related = "\n".join(f'          <li><a href="{url}">{e(h)}</a></li>' for h, url in self.related_links(a))
        others = "\n".join(
            f'        <li><a href="{o.url}">{e(o.title)}</a> <span class="time">({vn(o.published):%d/%m/%Y})</span></li>'
            for o in self.others(a, 5))
        share = quote(canonical, safe="")
        comments = []
        start = stable_number("comments:" + a.slug, 0, len(READER_COMMENTS))
        for n in range(2):
            name, place, text = READER_COMMENTS[(start + 3 * n) % len(READER_COMMENTS)]
            when = vn(a.published) + timedelta(hours=3 + 5 * n, minutes=stable_number(a.slug + str(n), 0, 59))
            comments.append(f"""      <div class="comment-item">
        <p class="comment-author"><strong>{e(name)}</strong> ({e(place)}) <span class="comment-time">{when:%d/%m/%Y %H:%M}</span></p>
        <p class="comment-text">{e(text)}</p>
      </div>""")
        tag_box = f'      <div class="article-tags"><span>Từ khóa:</span> {tags}</div>\n' if a.tags else ""
        related_box = (f'      <div class="box-related">\n        <h3 class="box-title">Tin liên quan</h3>\n'
                       f"        <ul>\n{related}\n        </ul>\n      </div>\n") if a.related else ""
        others_box = (f'    <section class="box-other">\n      <h3 class="box-title">Các bài viết khác</h3>\n'
                      f"      <ul>\n{others}\n      </ul>\n    </section>\n") if others else ""
        page = self.head(f"{a.title} - Báo Điện Biên Phủ", a.sapo, "\n".join(meta) + "\n")
        page += self.header(a.category)
        page += f"""<main class="container">
  <div class="breadcrumb"><a href="/">Trang chủ</a> <span>&rsaquo;</span> <a href="{self.listing_url(a.category)}">{e(category)}</a></div>
  <div class="col-main">
    <article class="article-detail">
      <h1 class="article-title">{e(a.title)}</h1>
      <div class="article-meta">
        {byline}<span class="time">{self.byline_time(a.published)}</span>
      </div>
      <div class="article-sapo"><strong>{e(a.sapo)}</strong></div>
      <div class="article-content">
{self.body_html(a)}
      </div>
{tag_box}      <div class="share-bar">
        <span>Chia sẻ:</span>
        <a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener">Facebook</a>
        <a href="https://zalo.me/share?url={share}" target="_blank" rel="noopener">Zalo</a>
        <a href="/ban-in/{a.id}.html" rel="nofollow">In bài</a>
      </div>
{related_box}    </article>
{others_box}    <section class="comments">
      <h3 class="box-title">Ý kiến bạn đọc (2)</h3>
{chr(10).join(comments)}
      <form class="comment-form" action="/binh-luan/gui" method="post">
        <input type="hidden" name="article" value="{a.id}">
        <textarea name="noi_dung" placeholder="Ý kiến của bạn..."></textarea>
        <button type="submit">Gửi bình luận</button>
      </form>
    </section>
  </div>
{self.sidebar()}</main>
"""
        return page + self.footer()

    def print_page(self, a):
        blocks = []
        for kind, value in a.body:
            if kind == "bullets":
                blocks.extend(f"<p>- {e(v)}</p>" for v in value)
            elif kind == "caption":
                blocks.append(f"<p><em>{e(value)}</em></p>")
            else:
                blocks.append(f"<p>{e(value)}</p>")
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<title>{e(a.title)} - Bản in</title></head>
<body onload="window.print()">
<p>BÁO ĐIỆN BIÊN PHỦ - {self.byline_time(a.published)}</p>
<h1>{e(a.title)}</h1>
<p><strong>{e(a.sapo)}</strong></p>
{chr(10).join(blocks)}
<p>{e(a.author or '')}</p>
</body></html>
"""

    def item_html(self, a, with_sapo=True):
        sapo = f'\n      <p class="sapo">{e(a.sapo)}</p>' if with_sapo else ""
        return f"""    <div class="story">
      <a class="thumb" href="{a.url}"><img src="/{self.image_path}" alt="{e(a.title)}"></a>
      <h3 class="story-title"><a href="{a.url}">{e(a.title)}</a></h3>
      <span class="time">{vn(a.published):%d/%m/%Y %H:%M}</span>{sapo}
    </div>"""

    def pager(self, category, page, pages):
        if pages <= 1:
            return ""
        links = []
        if page > 1:
            links.append(f'<a href="{self.listing_url(category, page - 1)}">&laquo; Trước</a>')
        for n in range(1, pages + 1):
            links.append(f"<span>{n}</span>" if n == page else f'<a href="{self.listing_url(category, n)}">{n}</a>')
        if page < pages:
            links.append(f'<a href="{self.listing_url(category, page + 1)}">Sau &raquo;</a>')
        return f'  <div class="pagination">{" ".join(links)}</div>\n'

    def listing_page(self, category, page, items, pages):
        title = category_title(category)
        suffix = f" - Trang {page}" if page > 1 else ""
        body = "\n".join(self.item_html(a) for a in items) or "    <p>Chưa có bài viết.</p>"
        out = self.head(f"{title}{suffix} - Báo Điện Biên Phủ", f"Tin {title.lower()} tỉnh Điện Biên")
        out += self.header(category)
        out += f"""<main class="container">
  <div class="breadcrumb"><a href="/">Trang chủ</a> <span>&rsaquo;</span> <span>{e(title)}</span></div>
  <div class="col-main">
  <h1 class="category-title">{e(title)}</h1>
  <div class="story-list">
{body}
  </div>
{self.pager(category, page, pages)}  </div>
{self.sidebar()}</main>
"""
        return out + self.footer()

    def tag_page(self, tag, items):
        body = "\n".join(self.item_html(a) for a in items)
        out = self.head(f"{tag} - Báo Điện Biên Phủ", f"Tin bài về {tag}")
        out += self.header()
        out += f"""<main class="container">
  <div class="breadcrumb"><a href="/">Trang chủ</a> <span>&rsaquo;</span> <span>Từ khóa</span></div>
  <div class="col-main">
  <h1 class="category-title">Từ khóa: {e(tag)}</h1>
  <div class="story-list">
{body}
  </div>
  </div>
{self.sidebar()}</main>
"""
        return out + self.footer()

    def home_page(self):
        top = self.articles[:1]
        # Two "Tiêu điểm" links use the old URL scheme (/tin-tuc/<id>.htm) and reach the article
        # through a 301, as sites that migrated their CMS do.
        highlights = []
        for a in self.articles[1:5]:
            url = a.url
            if len(highlights) < 2:
                url = f"/tin-tuc/{a.id}.htm"
                self.redirects[url] = a.url
            highlights.append(f'      <li><a href="{url}">{e(a.title)}</a></li>')
        blocks = []
        for key in self.categories:
            items = self.in_category(key)[:3]
            if not items:
                continue
            stories = "\n".join(self.item_html(a, with_sapo=False) for a in items)
            blocks.append(f"""  <section class="home-cat">
    <h2 class="cat-title"><a href="{self.listing_url(key)}">{e(category_title(key))}</a></h2>
{stories}
  </section>""")
        lead = "\n".join(self.item_html(a) for a in top)
        out = self.head("Báo Điện Biên Phủ - Tin tức Điện Biên", self.feed_description)
        out += self.header()
        out += f"""<main class="container">
  <div class="col-main">
  <section class="home-lead">
{lead}
    <ul class="highlights">
{chr(10).join(highlights)}
    </ul>
  </section>
{chr(10).join(blocks)}
  </div>
{self.sidebar()}</main>
"""
        return out + self.footer()

    def not_found(self):
        out = self.head("Không tìm thấy trang - Báo Điện Biên Phủ") + self.header()
        out += """<main class="container"><div class="col-main">
  <h1>Không tìm thấy trang</h1>
  <p>Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ. <a href="/">Quay về trang chủ</a>.</p>
</div></main>
"""
        return out + self.footer()

    def render(self):
        for a in self.articles:
            self.add(a.file, self.article_page(a), a.lastmod, a.url)
            self.add(f"ban-in/{a.id}.html", self.print_page(a), a.lastmod)
        for key in self.categories:
            pages = chunks(self.in_category(key), PER_PAGE)
            for n, items in enumerate(pages, 1):
                newest = max((a.lastmod for a in items), default=self.newest)
                self.add(self.listing_file(key, n), self.listing_page(key, n, items, len(pages)),
                         newest, self.listing_url(key, n))
        tags = {}
        for a in self.articles:
            for tag in a.tags:
                tags.setdefault(slugify(tag), (tag, []))[1].append(a)
        for slug, (tag, items) in sorted(tags.items()):
            self.add(f"tag/{slug}.html", self.tag_page(tag, items))
        self.add("index.html", self.home_page(), self.newest, "/")
        self.add("404.html", self.not_found())
        self.add("static/css/dbp.css", DBP_CSS)
        self.add("static/images/logo.png", png(180, 40, (180, 20, 30)))
        self.render_common()

    def monthly_sitemap(self, items):
        # The newspaper's sitemaps carry Google News tags, as Vietnamese papers' often do.
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                  'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">')]
        for a in items:
            lines += ["  <url>", f"    <loc>{e(self.absolute(a.url))}</loc>",
                      f"    <lastmod>{iso(a.lastmod)}</lastmod>", "    <news:news>",
                      ("      <news:publication><news:name>Báo Điện Biên Phủ</news:name>"
                       "<news:language>vi</news:language></news:publication>"),
                      f"      <news:publication_date>{iso(a.published)}</news:publication_date>",
                      f"      <news:title>{e(a.title)}</news:title>", "    </news:news>", "  </url>"]
        lines.append("</urlset>\n")
        return "\n".join(lines)


DBP_CSS = """body{margin:0;font-family:Arial,Helvetica,sans-serif;color:#222}
.container{max-width:1140px;margin:0 auto;padding:0 12px}
.topbar{background:#f2f2f2;font-size:12px;padding:4px 0}
.site-header{border-bottom:3px solid #b4141e}
.main-menu ul{list-style:none;margin:0;padding:0;background:#b4141e}
.main-menu li{display:inline-block}.main-menu a{color:#fff;padding:10px;display:block}
.col-main{float:left;width:72%}.col-side{float:right;width:26%}
.article-title{font-size:28px;line-height:1.3}.article-sapo{margin:12px 0;font-size:17px}
.article-content p{text-align:justify;line-height:1.6}
figure.image{text-align:center}figure.image figcaption{font-style:italic;font-size:14px;color:#555}
.box-title{border-left:4px solid #b4141e;padding-left:8px}
.site-footer{clear:both;background:#7a0d14;color:#fff;padding:16px 0;font-size:13px}
"""


# ............................................................................ Lai Châu portal


class LaiChau(Site):
    key = "laichau"
    name = SITE_NAMES["laichau"]
    charset_in_header = False  # only <meta http-equiv> declares UTF-8, as on older portals
    disallow = ("/_layouts/", "/_vti_bin/")
    pdf_path = "VanBan/Documents/ke-hoach-chuyen-doi-so-2024.pdf"
    pdf_lines = ("UY BAN NHAN DAN TINH LAI CHAU", "Ke hoach (ban PDF minh hoa)",
                 "Trang thu nghiem cho newsmine - noi dung hu cau.")
    image_rgb = (160, 182, 150)
    image_path = "PublishingImages/tin-tuc/anh-minh-hoa.png"
    feed_description = "Tin tức - sự kiện, chỉ đạo điều hành của tỉnh Lai Châu"
    id_range = (10000, 100000)

    def article_url(self, a):
        return f"/Pages/tin-tuc/{a.slug}.aspx?ItemID={a.id}"

    def article_file(self, a):
        return f"Pages/tin-tuc/{a.slug}.aspx"

    def listing_url(self, category, page=1):
        base = f"/Pages/chuyen-muc/{category}.aspx"
        return base if page == 1 else f"{base}?Page={page}"

    def listing_file(self, category, page=1):
        # Query-string pages live under _q/ and are reached through server.json's routes.
        return f"Pages/chuyen-muc/{category}.aspx" if page == 1 else f"_q/chuyen-muc-{category}-{page}.html"

    def page(self, title, center, current=""):
        menu = "\n".join(
            f'      <tr><td class="menu-item{" selected" if k == current else ""}">'
            f'<a href="{self.listing_url(k)}">{e(category_title(k))}</a></td></tr>'
            for k in self.categories)
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>{e(title)}</title>
<link rel="stylesheet" type="text/css" href="/Style/portal.css">
<link rel="alternate" type="application/rss+xml" title="Tin tức tỉnh Lai Châu" href="/rss.xml">
<script type="text/javascript" src="/Style/menu.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">
<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center" id="wrapper">
  <tr>
    <td colspan="3" class="banner"><a href="/"><img src="/{self.image_path}" width="1000" height="120" alt="CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU" border="0"></a></td>
  </tr>
  <tr>
    <td colspan="3" class="topmenu">
      <a href="/">Trang chủ</a> | <a href="/Pages/gioi-thieu.aspx">Giới thiệu</a> | <a href="{self.listing_url(self.categories[0])}">Tin tức - Sự kiện</a> | <a href="/VanBan/">Văn bản</a> | <a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công</a> | <a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="/_layouts/15/Authenticate.aspx?Source=%2F">Đăng nhập</a>
    </td>
  </tr>
  <tr>
    <td width="200" valign="top" class="leftcol">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="menu-trai">
      <tr><td class="menu-header">DANH MỤC TIN</td></tr>
{menu}
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="vanban-moi">
      <tr><td class="menu-header">VĂN BẢN MỚI</td></tr>
      <tr><td><a href="/{self.pdf_path}">Kế hoạch chuyển đổi số năm 2024 (tệp PDF)</a></td></tr>
      <tr><td><a href="/VanBan/Documents/quyet-dinh-ban-hanh-quy-che.doc">Quyết định ban hành quy chế (tệp DOC)</a></td></tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="lienket">
      <tr><td class="menu-header">LIÊN KẾT WEBSITE</td></tr>
      <tr><td><a href="https://chinhphu.vn/" target="_blank">Cổng TTĐT Chính phủ</a></td></tr>
      <tr><td><a href="https://dichvucong.gov.vn/" target="_blank">Cổng Dịch vụ công quốc gia</a></td></tr>
      </table>
    </td>
    <td width="600" valign="top" class="maincol">
{center}
    </td>
    <td width="200" valign="top" class="rightcol">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="thongbao">
      <tr><td class="menu-header">THÔNG BÁO</td></tr>
      <tr><td><a href="/Pages/thong-bao.aspx">Lịch tiếp công dân của lãnh đạo tỉnh</a></td></tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="thongke">
      <tr><td class="menu-header">THỐNG KÊ TRUY CẬP</td></tr>
      <tr><td>Đang trực tuyến: 128</td></tr>
      <tr><td>Tổng lượt truy cập: 4.815.162</td></tr>
      </table>
    </td>
  </tr>
  <tr>
    <td colspan="3" class="footer" align="center">
      <b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU</b><br>
      Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lai Châu<br>
      Trưởng Ban Biên tập: Đỗ Văn Thành<br>
      Địa chỉ: phường Đông Phong, thành phố Lai Châu, tỉnh Lai Châu - Điện thoại: 0213 3 876 xxx<br>
      Ghi rõ nguồn "Cổng Thông tin điện tử tỉnh Lai Châu" khi phát hành lại thông tin từ cổng này.<br>
      <i>Trang mô phỏng phục vụ thử nghiệm phần mềm newsmine; nhân vật và số liệu là hư cấu.</i>
    </td>
  </tr>
</table>
</form>
</body>
</html>
"""

    def body_html(self, a):
        out = []
        for kind, value in a.body:
            if kind == "p":
                out.append(f'<p style="text-align: justify;">{e(value)}</p>')
            elif kind == "caption":
                out.append(f'<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">\n'
                           f'<tr><td align="center"><img src="/{self.image_path}" width="500" border="0" alt=""></td></tr>\n'
                           f'<tr><td class="chuthich" align="center"><i>{e(value)}</i></td></tr>\n</table>')
            else:
                out.extend(f'<p style="text-align: justify;">- {e(item)}</p>' for item in value)
        return "\n".join(out)

    def article_page(self, a):
        updated = vn(a.lastmod)
        same = "\n".join(
            f'          <tr><td class="tin-khac">&#8226; <a href="{o.url}">{e(o.title)}</a> <span class="ngay">({vn(o.published):%d/%m/%Y})</span></td></tr>'
            for o in self.others(a, 5, same_category=True))
        more = "\n".join(f'          <tr><td class="tin-khac">&#8226; <a href="{url}">{e(h)}</a></td></tr>'
                         for h, url in self.related_links(a))
        same_box = ('        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>\n'
                    '          <table width="100%" border="0" cellpadding="0" cellspacing="0">\n'
                    f"{same}\n          </table>\n        </td></tr>\n") if same else ""
        author = f'<p align="right"><b>{e(a.author)}</b></p>\n' if a.author else ""
        center = f"""      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="khung-tin">
        <tr><td class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="{self.listing_url(a.category)}">{e(category_title(a.category))}</a></td></tr>
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">{e(a.title)}</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: {vn(a.published):%d/%m/%Y} &nbsp;|&nbsp; Cập nhật: {updated:%d/%m/%Y %H:%M} &nbsp; <a href="/_layouts/15/print.aspx?ItemID={a.id}" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>{e(a.sapo)}</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
{self.body_html(a)}
{author}</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
{more}
          </table>
        </td></tr>
{same_box}      </table>"""
        return self.page(a.title, center, a.category)

    def item_html(self, a):
        return f"""        <tr><td class="tin-item">
          <a href="{a.url}"><img src="/{self.image_path}" width="120" align="left" border="0" alt=""></a>
          <a class="tieude" href="{a.url}"><b>{e(a.title)}</b></a> <span class="ngay">({vn(a.published):%d/%m/%Y})</span><br>
          {e(a.sapo)}
        </td></tr>"""

    def listing_page(self, category, page, items, pages):
        rows = "\n".join(self.item_html(a) for a in items) or "        <tr><td>Chưa có tin bài.</td></tr>"
        pager = ""
        if pages > 1:
            links = [(f"[{n}]" if n == page else f'<a href="{e(self.listing_url(category, n))}">{n}</a>')
                     for n in range(1, pages + 1)]
            pager = f'        <tr><td class="phantrang" align="right">Trang: {" ".join(links)}</td></tr>\n'
        center = f"""      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="khung-tin">
        <tr><td class="duongdan"><a href="/">Trang chủ</a> &raquo; {e(category_title(category))}</td></tr>
{rows}
{pager}      </table>"""
        return self.page(f"{category_title(category)} - Cổng TTĐT tỉnh Lai Châu", center, category)

    def home_page(self):
        lead = self.articles[:1]
        rows = "\n".join(self.item_html(a) for a in lead)
        # The "old" portal's item URLs still circulate; two home links use them (301 to the new).
        older = []
        for a in self.articles[1:8]:
            url = a.url
            if len(older) < 2:
                url = f"/Pages/TinTuc.aspx?ItemID={a.id}"
                self.redirects[url] = a.url
            older.append(f'        <tr><td class="tin-khac">&#8226; <a href="{e(url)}">{e(a.title)}</a></td></tr>')
        center = f"""      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="khung-tin">
        <tr><td class="menu-header">TIN NỔI BẬT</td></tr>
{rows}
        <tr><td class="menu-header">TIN MỚI CẬP NHẬT</td></tr>
{chr(10).join(older)}
      </table>"""
        return self.page("Cổng Thông tin điện tử tỉnh Lai Châu", center)

    def not_found(self):
        center = """      <table width="100%" class="khung-tin"><tr><td>
      <b>Không tìm thấy trang yêu cầu.</b> Trang có thể đã bị xóa hoặc địa chỉ không đúng. <a href="/">Về trang chủ</a>
      </td></tr></table>"""
        return self.page("Lỗi - Không tìm thấy trang", center)

    def render(self):
        for a in self.articles:
            self.add(a.file, self.article_page(a), a.lastmod, a.url)
        for key in self.categories:
            pages = chunks(self.in_category(key), PER_PAGE)
            for n, items in enumerate(pages, 1):
                url, file = self.listing_url(key, n), self.listing_file(key, n)
                newest = max((a.lastmod for a in items), default=self.newest)
                self.add(file, self.listing_page(key, n, items, len(pages)), newest, url)
                if "?" in url:
                    self.routes[url] = file
        self.add("index.html", self.home_page(), self.newest, "/")
        self.add("404.html", self.not_found())
        self.add("Style/portal.css", LC_CSS)
        self.add("Style/menu.js", "function showMenu(id){var m=document.getElementById(id);"
                                  "if(m){m.style.display=m.style.display=='none'?'':'none';}}\n")
        self.render_common()


LC_CSS = """body{margin:0;background:#e9eef2;font-family:Tahoma,Arial,sans-serif;font-size:12px}
#wrapper{background:#fff}.topmenu{background:#0b5394;color:#fff;padding:6px}.topmenu a{color:#fff}
.menu-header{background:#0b5394;color:#fff;font-weight:bold;padding:5px}
.tieude-tin .title{font-size:16px;font-weight:bold;color:#0b5394;text-transform:uppercase}
.ngaydang{color:#777;font-size:11px}.tomtat{padding:6px 0}.chuthich{color:#555}
.footer{background:#0b5394;color:#fff;padding:10px}
"""


# ............................................................................ Tin Tây Bắc


class TinTayBac(Site):
    key = "tintaybac"
    name = SITE_NAMES["tintaybac"]
    disallow = ("/tim-kiem/", "/quang-cao/")
    pdf_path = "files/bang-gia-quang-cao-tin-tay-bac.pdf"
    pdf_lines = ("TIN TAY BAC", "Bang gia quang cao (ban PDF minh hoa)",
                 "Trang thu nghiem cho newsmine - noi dung hu cau.")
    image_rgb = (210, 196, 170)
    image_path = "wp-content/uploads/2023/anh-minh-hoa.png"
    feed_description = "Tổng hợp tin tức Tây Bắc và các địa phương trên cả nước"

    def article_url(self, a):
        return f"/{a.category}/{a.slug}-post{a.id}.html"

    def article_file(self, a):
        return self.article_url(a).lstrip("/")

    def listing_url(self, category, page=1):
        return f"/{category}/" if page == 1 else f"/{category}/page/{page}/"

    def listing_file(self, category, page=1):
        return f"{category}/index.html" if page == 1 else f"{category}/page/{page}/index.html"

    def search_url(self, words):
        return "/tim-kiem/?q=" + quote(words)

    def top(self, title, description, current="", extra=""):
        menu = "\n".join(f'      <li{" class=current" if k == current else ""}><a href="{self.listing_url(k)}">{e(category_title(k))}</a></li>'
                         for k in self.categories)
        ticker = " &bull; ".join(f'<a href="{a.url}">{e(a.title)}</a>' for a in self.articles[:3])
        return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(title)}</title>
<meta name="description" content="{e(description)}">
<link rel="stylesheet" href="/wp-content/themes/taybac/style.css">
<link rel="alternate" type="application/rss+xml" title="Tin Tây Bắc" href="/rss.xml">
{extra}<script>window.adsQueue=window.adsQueue||[];</script>
</head>
<body>
<div class="ads ads-top"><a href="/quang-cao/lien-he.html" rel="nofollow"><div class="ads-box">Quảng cáo 970x90</div></a></div>
<header id="masthead">
  <div class="wrap">
    <a class="brand" href="/">TIN TÂY BẮC<small>Tin nhanh từ Tây Bắc và các địa phương</small></a>
    <form class="search-form" action="/tim-kiem/" method="get"><input name="q" type="search" placeholder="Nhập từ khóa"><button>Tìm</button></form>
  </div>
  <nav id="primary-menu"><ul class="wrap">
      <li><a href="/">Trang chủ</a></li>
{menu}
      <li><a href="/e-magazine/">E-magazine</a></li>
  </ul></nav>
  <div class="ticker wrap"><b>Tin mới:</b> {ticker}</div>
</header>
"""

    def sidebar(self):
        # "Đọc nhiều" order: a fixed pseudo-random ranking, so it differs from "Tin mới".
        popular = sorted(self.articles, key=lambda a: stable_number("hot:" + a.slug, 0, 10**6))[:5]
        popular_items = "\n".join(f'      <li><a href="{a.url}">{e(a.title)}</a></li>' for a in popular)
        newest = "\n".join(f'      <li><a href="{a.url}">{e(a.title)}</a> <time>{vn(a.published):%d/%m}</time></li>'
                           for a in self.articles[:6])
        return f"""  <aside class="sidebar">
    <div class="widget docnhieu"><h3 class="widget-title">Đọc nhiều</h3>
    <ol>
{popular_items}
    </ol></div>
    <div class="ads ads-side"><a href="/quang-cao/lien-he.html" rel="nofollow"><div class="ads-box">Quảng cáo 300x250</div></a></div>
    <div class="widget tinmoi"><h3 class="widget-title">Tin mới</h3>
    <ul>
{newest}
    </ul></div>
  </aside>
"""

    def bottom(self):
        return f"""<footer id="colophon">
  <div class="wrap">
    <p><b>Tin Tây Bắc</b> - Trang tổng hợp tin tức từ Tây Bắc và các địa phương trên cả nước.</p>
    <p>Thông tin được tổng hợp và dẫn nguồn từ các cơ quan báo chí địa phương. Liên hệ quảng cáo: <a href="/{self.pdf_path}">Bảng giá quảng cáo (PDF)</a></p>
    <p><a href="https://www.facebook.com/" rel="nofollow noopener" target="_blank">Facebook</a> | <a href="https://zalo.me/" rel="nofollow noopener" target="_blank">Zalo</a> | <a href="/gioi-thieu/">Giới thiệu</a></p>
    <p class="demo-note">Trang mô phỏng phục vụ thử nghiệm phần mềm newsmine; nhân vật và số liệu là hư cấu.</p>
  </div>
</footer>
</body>
</html>
"""

    def body_html(self, a):
        out = []
        paragraphs = 0
        inline_done = not a.related
        for kind, value in a.body:
            if kind == "p":
                out.append(f"<p>{e(value)}</p>")
                paragraphs += 1
            elif kind == "caption":
                out.append(f'<div class="wp-caption aligncenter" style="width: 650px">'
                           f'<img src="/{self.image_path}" alt="{e(a.title)}" width="640" height="360">'
                           f'<p class="wp-caption-text">{e(value)}</p></div>')
            else:
                out.append("<ul>\n" + "\n".join(f"<li>{e(item)}</li>" for item in value) + "\n</ul>")
            # The aggregator slips its first related headline into the body, as such sites do.
            if not inline_done and paragraphs == 2:
                headline, url = self.related_links(a)[0]
                out.append(f'<p class="xem-them"><strong>&gt;&gt; Xem thêm:</strong> <a href="{url}">{e(headline)}</a></p>')
                inline_done = True
        if a.attribution:
            out.append(f'<p style="text-align: right;"><strong>{e(a.attribution)}</strong></p>')
        elif a.author:
            out.append(f'<p class="author" style="text-align: right;"><strong>{e(a.author)}</strong></p>')
        return "\n".join(out)

    def article_page(self, a):
        self.redirects[f"/r/{a.id}"] = a.url
        canonical = self.absolute(a.url)
        meta = (f'<link rel="canonical" href="{e(canonical)}">\n'
                f'<meta property="og:title" content="{e(a.title)}">\n'
                f'<meta property="og:type" content="article">\n'
                f'<meta itemprop="datePublished" content="{iso(a.published)}">\n')
        related = self.related_links(a)[1:]
        related_box = ""
        if related:
            items = "\n".join(f'      <li><a href="{url}">{e(h)}</a></li>' for h, url in related)
            related_box = f'    <section class="related-posts"><h3>Tin liên quan</h3>\n    <ul>\n{items}\n    </ul></section>\n'
        same = "\n".join(f'      <li><a href="{o.url}">{e(o.title)}</a></li>' for o in self.others(a, 4, same_category=True))
        tags = " ".join(f'<a href="{e(self.search_url(t))}" rel="tag">{e(t)}</a>' for t in a.tags)
        same_box = (f'    <section class="same-cat"><h3>Cùng chuyên mục</h3>\n    <ul>\n{same}\n    </ul></section>\n'
                    if same else "")
        source = ""
        if a.original is not None:
            source = (f'\n      <span class="post-source">Nguồn: <a href="{e(ORIGINS["baodienbien"] + a.original.url)}" '
                      f'rel="nofollow" target="_blank">baodienbienphu</a></span>')
        out = self.top(f"{a.title} | Tin Tây Bắc", a.sapo, a.category, meta)
        out += f"""<div id="content" class="wrap">
  <div class="main">
  <div class="crumbs"><a href="/">Tin Tây Bắc</a> / <a href="{self.listing_url(a.category)}">{e(category_title(a.category))}</a></div>
  <article class="post">
    <header class="post-header">
      <h1 class="post-title">{e(a.title)}</h1>
      <div class="post-info"><span class="post-date">{vn(a.published):%d-%m-%Y %H:%M} (GMT+7)</span> | <a class="post-cat" href="{self.listing_url(a.category)}">{e(category_title(a.category))}</a>{source}</div>
    </header>
    <h2 class="post-sapo">{e(a.sapo)}</h2>
    <div class="ads ads-inread"><div class="ads-box">Quảng cáo</div></div>
    <div class="post-content entry-content">
{self.body_html(a)}
    </div>
    <div class="post-tags">Từ khóa: {tags}</div>
    <div class="post-share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={quote(canonical, safe='')}" rel="nofollow" target="_blank">Facebook</a> | Link rút gọn: <a href="/r/{a.id}">{e(self.absolute(f'/r/{a.id}'))}</a></div>
{related_box}{same_box}  </article>
  </div>
{self.sidebar()}</div>
"""
        return out + self.bottom()

    def item_html(self, a):
        return f"""    <article class="item">
      <a href="{a.url}" class="item-thumb"><img src="/{self.image_path}" alt=""></a>
      <h3><a href="{a.url}">{e(a.title)}</a></h3>
      <div class="item-meta">{vn(a.published):%d-%m-%Y %H:%M}</div>
      <p class="item-excerpt">{e(a.sapo)}</p>
    </article>"""

    def listing_page(self, category, page, items, pages):
        nav = ""
        if pages > 1:
            links = []
            if page > 1:
                links.append(f'<a class="prev" href="{self.listing_url(category, page - 1)}">&lsaquo; Trang trước</a>')
            links += [f'<span class="current">{n}</span>' if n == page else f'<a href="{self.listing_url(category, n)}">{n}</a>'
                      for n in range(1, pages + 1)]
            if page < pages:
                links.append(f'<a class="next" href="{self.listing_url(category, page + 1)}">Trang sau &rsaquo;</a>')
            nav = f'  <nav class="page-nav">{" ".join(links)}</nav>\n'
        body = "\n".join(self.item_html(a) for a in items) or "    <p>Chưa có bài viết.</p>"
        title = category_title(category)
        out = self.top(f"{title}{f' - Trang {page}' if page > 1 else ''} | Tin Tây Bắc", f"Tin {title.lower()} - Tin Tây Bắc", category)
        out += f"""<div id="content" class="wrap">
  <div class="main">
  <h1 class="archive-title">{e(title)}</h1>
{body}
{nav}  </div>
{self.sidebar()}</div>
"""
        return out + self.bottom()

    def home_page(self):
        latest = "\n".join(self.item_html(a) for a in self.articles[:8])
        out = self.top("Tin Tây Bắc - Tin tức Tây Bắc và các địa phương", self.feed_description)
        out += f"""<div id="content" class="wrap">
  <div class="main">
  <h2 class="section-title">Tin mới</h2>
{latest}
  <p class="more"><a href="/video/">Xem video</a></p>
  </div>
{self.sidebar()}</div>
"""
        return out + self.bottom()

    def not_found(self):
        out = self.top("Không tìm thấy trang | Tin Tây Bắc", "")
        out += '<div id="content" class="wrap"><div class="main"><h1>404 - Không tìm thấy trang</h1><p><a href="/">Về trang chủ</a></p></div></div>\n'
        return out + self.bottom()

    def render(self):
        for a in self.articles:
            self.add(a.file, self.article_page(a), a.lastmod, a.url)
        for key in self.categories:
            pages = chunks(self.in_category(key), PER_PAGE)
            for n, items in enumerate(pages, 1):
                newest = max((a.lastmod for a in items), default=self.newest)
                self.add(self.listing_file(key, n), self.listing_page(key, n, items, len(pages)),
                         newest, self.listing_url(key, n))
        self.add("index.html", self.home_page(), self.newest, "/")
        self.add("404.html", self.not_found())
        self.add("wp-content/themes/taybac/style.css", TTB_CSS)
        self.render_common()


TTB_CSS = """body{margin:0;font-family:"Segoe UI",Roboto,sans-serif;background:#fafafa}
.wrap{max-width:1100px;margin:0 auto}.ads-box{background:#eee;color:#999;text-align:center;padding:30px}
#primary-menu ul{list-style:none;display:flex;gap:14px;background:#2e7d32;padding:8px}
#primary-menu a{color:#fff}.main{float:left;width:700px}.sidebar{float:right;width:330px}
.post-title{font-size:30px}.post-sapo{font-size:17px;font-weight:600}
.wp-caption-text{font-style:italic;color:#666;text-align:center}
#colophon{clear:both;background:#1b5e20;color:#eee;padding:20px}
"""


# ............................................................................ Cao Bằng portal (old)


class CaoBang(Site):
    """An old provincial portal of the 2010s: one layout table, the body written straight into a
    <td> as text cut by <br>, the headline in a <div> (the <title> is the portal's name on every
    page), no article metadata but a date line
    "Cập nhật: 10:00 | 10/12/2017", documents attached as PDF links, and every page one ASP.NET
    script told apart by its query string (?ItemID=, ?CatID=…&page=N)."""

    key = "caobang"
    name = SITE_NAMES["caobang"]
    charset_in_header = False
    disallow = ("/Admin/", "/Pages/TinTuc/InTin.aspx")
    pdf_path = "Uploads/VanBan/bao-cao-tinh-hinh-kinh-te-xa-hoi.pdf"
    pdf_lines = ("UY BAN NHAN DAN TINH CAO BANG", "Bao cao (ban PDF minh hoa)",
                 "Trang thu nghiem cho newsmine - noi dung hu cau.")
    image_rgb = (190, 170, 140)
    image_path = "Uploads/HinhAnh/anh-minh-hoa.jpg"
    feed_description = "Tin tức - sự kiện tỉnh Cao Bằng"
    id_range = (1000, 10000)

    def article_url(self, a):
        return f"/Pages/TinTuc/ChiTiet.aspx?ItemID={a.id}"

    def article_file(self, a):
        return f"_q/chitiet-{a.id}.html"

    def cat_id(self, category):
        return self.categories.index(category) + 1

    def listing_url(self, category, page=1):
        base = f"/Pages/TinTuc/DanhSach.aspx?CatID={self.cat_id(category)}"
        return base if page == 1 else f"{base}&page={page}"

    def listing_file(self, category, page=1):
        return f"_q/danhsach-{self.cat_id(category)}-{page}.html"

    def attachment(self, a):
        return f"Uploads/VanBan/{a.slug}.pdf"

    def page(self, title, center):
        menu = "<br>\n".join(f'&nbsp;&raquo; <a href="{e(self.listing_url(k))}">{e(category_title(k))}</a>'
                             for k in self.categories)
        newest = "<br>\n".join(f'<a href="{e(a.url)}">{e(a.title)}</a>' for a in self.articles[:4])
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(title)}</title>
<link href="/Css/style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="/{self.image_path}" width="980" height="110" alt="Cổng thông tin điện tử tỉnh Cao Bằng"></td></tr>
<tr><td colspan="2" class="menungang" bgcolor="#B22222"><a href="/">TRANG CHỦ</a> | <a href="/Pages/GioiThieu.aspx">GIỚI THIỆU</a> | <a href="{e(self.listing_url(self.categories[0]))}">TIN TỨC</a> | <a href="/Pages/VanBan.aspx">VĂN BẢN</a> | <a href="/Pages/LienHe.aspx">LIÊN HỆ</a></td></tr>
<tr>
<td width="190" valign="top" class="cottrai"><font face="Arial" size="2"><b>CHUYÊN MỤC</b><br>
{menu}<br><br>
<b>TIN MỚI</b><br>
{newest}<br><br>
<b>VĂN BẢN</b><br>
<a href="/{self.pdf_path}">Báo cáo tình hình kinh tế - xã hội (PDF)</a><br><br>
<b>LIÊN KẾT</b><br>
<a href="https://chinhphu.vn/" target="_blank">Cổng TTĐT Chính phủ</a></font></td>
<td width="790" valign="top" class="cotgiua">
{center}
</td>
</tr>
<tr><td colspan="2" align="center" class="chantrang"><font size="1">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CAO BẰNG<br>
Cơ quan chủ quản: Ủy ban nhân dân tỉnh Cao Bằng - Địa chỉ: phường Hợp Giang, thành phố Cao Bằng<br>
Trang mô phỏng phục vụ thử nghiệm phần mềm newsmine; nhân vật và số liệu là hư cấu.</font></td></tr>
</table>
</body>
</html>
"""

    def body_html(self, a):
        out = [f"<b>{e(a.sapo)}</b><br><br>"]
        for kind, value in a.body:
            if kind == "p":
                out.append(f"{e(value)}<br><br>")
            elif kind == "caption":
                out.append(f'<div align="center"><img src="/{self.image_path}" width="450" border="0"><br>'
                           f"<i>{e(value)}</i></div><br>")
            else:
                out.append("".join(f"- {e(item)}<br>" for item in value) + "<br>")
        if a.author:
            out.append(f'<div align="right"><b>{e(a.author)}</b></div>')
        return "\n".join(out)

    def date_line(self, moment):
        moment = vn(moment)
        return f"Cập nhật: {moment:%H:%M} | {moment:%d/%m/%Y}"

    def article_page(self, a):
        others = "<br>\n".join(
            f'&#8226; <a href="{e(o.url)}">{e(o.title)}</a> ({vn(o.published):%d/%m/%Y})'
            for o in self.others(a, 5, same_category=True))
        others_row = (f'<tr><td class="tinkhac"><b>Các tin khác:</b><br>\n{others}</td></tr>\n' if others else "")
        center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="duongdan"><a href="/">Trang chủ</a> &gt; <a href="{e(self.listing_url(a.category))}">{e(category_title(a.category))}</a></td></tr>
<tr><td><div class="tieude">{e(a.title)}</div></td></tr>
<tr><td class="ngaycapnhat"><font color="#666666">{self.date_line(a.published)}</font></td></tr>
<tr><td class="noidung" align="justify">
{self.body_html(a)}
</td></tr>
<tr><td class="dinhkem">Tệp đính kèm: <a href="/{self.attachment(a)}">{e(a.slug)}.pdf</a></td></tr>
<tr><td align="right"><a href="/Pages/TinTuc/InTin.aspx?ItemID={a.id}">In trang</a> | <a href="javascript:history.back()">Quay lại</a></td></tr>
{others_row}</table>"""
        return self.page("Cổng thông tin điện tử tỉnh Cao Bằng", center)  # every page the same <title>

    def listing_page(self, category, page, items, pages):
        rows = "\n".join(
            f"""<tr><td class="tin"><a href="{e(a.url)}"><img src="/{self.image_path}" width="100" align="left" border="0"></a>
<a href="{e(a.url)}" class="tieudetin">{e(a.title)}</a> <font color="#999999">({vn(a.published):%d/%m/%Y})</font><br>
{e(a.sapo)}</td></tr>""" for a in items) or "<tr><td>Chưa có tin bài.</td></tr>"
        pager = " ".join(f"<b>{n}</b>" if n == page else f'<a href="{e(self.listing_url(category, n))}">{n}</a>'
                         for n in range(1, pages + 1))
        center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="duongdan"><a href="/">Trang chủ</a> &gt; {e(category_title(category))}</td></tr>
{rows}
<tr><td align="center" class="phantrang">Trang: {pager}</td></tr>
</table>"""
        return self.page(f"{category_title(category)} - Cổng TTĐT tỉnh Cao Bằng", center)

    def home_page(self):
        # The portal's first version served articles from /tintuc.asp?id=; two home links still
        # use it and reach the article through a 301.
        rows = []
        for n, a in enumerate(self.articles[:8]):
            url = a.url
            if n in (2, 3):
                url = f"/tintuc.asp?id={a.id}"
                self.redirects[url] = a.url
            rows.append(f'<tr><td class="tin">&#8226; <a href="{e(url)}">{e(a.title)}</a> '
                        f"({vn(a.published):%d/%m/%Y})</td></tr>")
        rows = "\n".join(rows)
        center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="duongdan"><b>TIN TỨC - SỰ KIỆN</b></td></tr>
{rows}
</table>"""
        return self.page("Cổng thông tin điện tử tỉnh Cao Bằng", center)

    def render(self):
        for a in self.articles:
            self.add(a.file, self.article_page(a), a.lastmod, a.url)
            self.routes[a.url] = a.file
            self.add(self.attachment(a), pdf(("UBND TINH CAO BANG", f"Van ban dinh kem so {a.id}",
                                              "Trang thu nghiem cho newsmine - noi dung hu cau.")), a.published)
        for key in self.categories:
            pages = chunks(self.in_category(key), PER_PAGE)
            for n, items in enumerate(pages, 1):
                url, file = self.listing_url(key, n), self.listing_file(key, n)
                newest = max((a.lastmod for a in items), default=self.newest)
                self.add(file, self.listing_page(key, n, items, len(pages)), newest, url)
                self.routes[url] = file
        self.add("index.html", self.home_page(), self.newest, "/")
        self.add("404.html", self.page("Không tìm thấy trang", "<b>Không tìm thấy trang yêu cầu.</b>"))
        self.add("Css/style.css", CB_CSS)
        self.render_common()


CB_CSS = """body{background:#eee;font-family:Arial,sans-serif;font-size:13px}
.tieude{font-size:18px;font-weight:bold;color:#B22222}.menungang a{color:#fff;font-weight:bold}
.noidung{line-height:1.5}.tinkhac,.dinhkem{font-size:12px}.chantrang{background:#B22222;color:#fff}
"""


# --------------------------------------------------------------------------- gold and output


def gold_record(article: Article, site_dir: str) -> dict:
    record = {
        "id": f"demo-{article.site}-{article.slug}",
        "site": article.site,
        "html_path": f"{site_dir}/{article.site}/{article.file}",
        "url": article.url,
        "published": vn(article.published).date().isoformat(),
        "province": article.province,
    }
    for kind in GOLD_LISTS:
        record[kind] = article.gold[kind]
    record.update({
        "expected_title": article.title,
        # the portal prints only the day it published ("Ngày đăng: 17/11/2023"), so only the
        # day can be extracted from its pages
        "expected_published": (vn(article.published).date().isoformat() if article.site in DATE_ONLY_SITES
                               else iso(article.published)),
        "expected_origin": article.origin,
        "expected_text": article.text,
    })
    return record


def check_gold(article: Article) -> None:
    """Warn about gold strings that FORMAT.md says must occur in the text but do not."""
    text = article.text
    for kind, key in (("officials", "name"), ("figures", "text"), ("obstacles", "text")):
        for item in article.gold[kind]:
            if item.get(key) and item[key] not in text:
                warn(f"{article.site}/{article.slug}: gold {kind} {key} not in text: {item[key]!r}")


def build(articles_dir: Path, republish_file: Path) -> dict[str, bytes]:
    """Everything build.py writes, as relative path → bytes."""
    originals = {site: load_site_articles(articles_dir, site) for site in SITES}
    spec = {}
    if republish_file.exists():
        spec = yaml.load(republish_file.read_text(encoding="utf-8"), Loader=_Loader) or {}
    copies = republish(originals["baodienbien"], spec)
    own_slugs = {a.slug for a in originals["tintaybac"]}
    for page in copies:
        if page.slug in own_slugs:
            raise SystemExit(f"build.py: republished slug {page.slug!r} clashes with a tintaybac article")
    sites = [BaoDienBien(originals["baodienbien"]), LaiChau(originals["laichau"]),
             TinTayBac(originals["tintaybac"] + copies), CaoBang(originals["caobang"])]
    out: dict[str, bytes] = {}
    records = []
    manifest = {"origins": ORIGINS, "sites": {}}
    for site in sites:
        site.render()
        for path, data in site.files.items():
            out[f"sites/{site.key}/{path}"] = data
        manifest["sites"][site.key] = site.manifest()
        for article in sorted(site.articles, key=lambda a: (a.published, a.slug)):
            check_gold(article)
            records.append(gold_record(article, "sites"))
    out["gold.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    out["server.json"] = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return out


def write_tree(out_dir: Path, files: dict[str, bytes]) -> tuple[int, int]:
    """Write files that changed and delete stale ones under sites/; return (written, removed)."""
    written = removed = 0
    for rel, data in sorted(files.items()):
        path = out_dir / rel
        if path.is_file() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written += 1
    sites_dir = out_dir / "sites"
    if sites_dir.is_dir():
        for path in sorted(sites_dir.rglob("*"), reverse=True):
            rel = path.relative_to(out_dir).as_posix()
            if path.is_file() and rel not in files:
                path.unlink()
                removed += 1
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return written, removed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: corpus/demo)")
    parser.add_argument("--articles", type=Path, default=HERE / "articles", help="article YAML folder")
    parser.add_argument("--republish", type=Path, default=HERE / "republish.yaml")
    args = parser.parse_args(argv)
    files = build(args.articles, args.republish)
    written, removed = write_tree(args.out, files)
    gold = files["gold.jsonl"].decode("utf-8").splitlines()
    per_site = {}
    for line in gold:
        site = json.loads(line)["site"]
        per_site[site] = per_site.get(site, 0) + 1
    counts = ", ".join(f"{site} {n}" for site, n in per_site.items())
    print(f"build.py: {len(gold)} article pages ({counts}); "
          f"{sum(1 for p in files if p.startswith('sites/'))} files; {written} written, {removed} removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
