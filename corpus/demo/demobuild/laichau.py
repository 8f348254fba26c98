"""The Lai Châu portal's layout."""

from __future__ import annotations

from .helpers import PER_PAGE, SITE_NAMES, category_title, chunks, e, vn
from .site import Site

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
