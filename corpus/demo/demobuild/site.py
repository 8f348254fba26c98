"""The Site base class: what every demo site has (files, sitemaps, a feed, robots.txt)."""

from __future__ import annotations

from datetime import datetime

from .articles import Article
from .helpers import (
    CATEGORIES,
    CATEGORY_TITLES,
    ORIGINS,
    VN,
    category_title,
    e,
    iso,
    pdf,
    png,
    rfc822,
    stable_number,
    vn,
    warn,
)

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

