"""The old Cao Bằng portal's layout."""

from __future__ import annotations

from .helpers import PER_PAGE, SITE_NAMES, category_title, chunks, e, pdf, vn
from .site import Site

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
