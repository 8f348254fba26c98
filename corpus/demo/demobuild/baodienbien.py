"""Báo Điện Biên Phủ: the provincial newspaper's layout."""

from __future__ import annotations

import json
from datetime import timedelta
from urllib.parse import quote

from .helpers import (
    PER_PAGE,
    SITE_NAMES,
    WEEKDAYS,
    category_title,
    chunks,
    e,
    iso,
    png,
    slugify,
    stable_number,
    vn,
)
from .site import Site

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
