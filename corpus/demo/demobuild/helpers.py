"""Settings and small helpers the whole demo build shares: escaping, slugs, dates, PNG, PDF."""

from __future__ import annotations

import hashlib
import html
import re
import struct
import sys
import unicodedata
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

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

