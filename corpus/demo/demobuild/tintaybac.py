"""Tin Tây Bắc: the aggregator's layout."""

from __future__ import annotations

from urllib.parse import quote

from .helpers import (
    ORIGINS,
    PER_PAGE,
    SITE_NAMES,
    category_title,
    chunks,
    e,
    iso,
    stable_number,
    vn,
)
from .site import Site

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
