"""Vietnamese date strings on news pages → ISO 8601, in Vietnam time when no zone is given.

Forms: "Thứ Sáu, 17/11/2023 - 08:30", "17/11/2023 | 08:30", "08:30 17/11/2023",
"Ngày 17 tháng 11 năm 2023", "17 Tháng 11 2023", "17-11-2023 08:30 (GMT+7)", "2023-11-17T08:30:00+07:00",
each optionally labelled ("Ngày đăng:", "Cập nhật:"), the labels read from
lexicons/date_labels.tsv.
"""

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache

from . import lexicons

VIETNAM = timezone(timedelta(hours=7))

_D, _M, _Y = r"(?P<d>\d{1,2})", r"(?P<m>\d{1,2})", r"(?P<y>(?:19|20)\d{2})"
_DATE = re.compile(
    r"(?<!\d)(?:"
    rf"{_D}\s*([/.\-])\s*{_M}\s*\2\s*{_Y}"  # 17/11/2023, 17-11-2023, 17.11.2023
    r"|(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2})"  # 2023-11-17
    r"|(?:ngày\s+)?(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s*(?:năm|,|/)?\s*(?P<wy>(?:19|20)\d{2})"
    r")(?!\d)",
    re.IGNORECASE,
)
# 08:30, 08:30:15, 8h30, 8g30, 8 giờ 30 (phút), 08:30 SA/CH (AM/PM).
_TIME = re.compile(
    r"(?<![\d/.\-])(?P<h>[01]?\d|2[0-3])\s*(?::|h|g|giờ)\s*(?P<mi>[0-5]\d)"
    r"(?:\s*:\s*(?P<s>[0-5]\d))?(?:\s*phút)?(?:\s*(?P<ampm>AM|PM|SA|CH)\b)?(?![\d/])",
    re.IGNORECASE,
)
_ZONE = re.compile(r"(?:GMT|UTC)\s*(?P<sign>[+\-])\s*(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?", re.IGNORECASE)
_ISO_ZONE = re.compile(r"^(?:Z|[+\-]\d{2}:?\d{2})", re.IGNORECASE)
# What may stand between a date and its time: "17/11/2023 - 08:30", "17/11/2023 | 08:30",
# "08:30, ngày 17/11/2023", "17/11/2023 lúc 08:30", "2023-11-17T08:30".
_JOIN = re.compile(r"^[\s,|\-–—/T()]*(?:lúc|vào lúc|ngày)?[\s,|\-–—(]*$", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|CN|T[2-7])\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """One date found in a string: the moment, whether it had a time, and its label."""

    moment: datetime
    has_time: bool
    kind: str | None  # "published", "updated" or None (unlabelled)
    start: int
    end: int

    def iso(self) -> str:
        return format_moment(self.moment, self.has_time)


def format_moment(moment: datetime, has_time: bool) -> str:
    """ISO 8601: date and time in Vietnam time, or the date alone when no time was given."""
    if not has_time:
        return moment.date().isoformat()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VIETNAM)
    return moment.astimezone(VIETNAM).isoformat(timespec="seconds")


@lru_cache(maxsize=1)
def date_labels() -> tuple[tuple[str, str], ...]:
    """(kind, label) pairs, longest label first so that "cập nhật lúc" beats "cập nhật"."""
    pairs = []
    for line in lexicons.text("date_labels.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, label = line.split("\t")
            pairs.append((kind.strip(), label.strip().casefold()))
    return tuple(sorted(pairs, key=lambda p: -len(p[1])))


def _label(prefix: str) -> str | None:
    """The kind of the last date label in the text before a date, if any stands there."""
    tail = unicodedata.normalize("NFC", prefix).casefold()[-40:]
    best, best_at = None, -1
    for kind, label in date_labels():
        at = tail.rfind(label)
        # The label must be the last words before the date (only separators, a weekday or
        # "lúc" may follow it), and a word of its own.
        if at > best_at and (at == 0 or not tail[at - 1].isalnum()):
            rest = _WEEKDAY.sub(" ", tail[at + len(label):])
            rest = _TIME.sub(" ", rest)
            if re.fullmatch(r"[\s:,|\-–—()]*(?:lúc|vào lúc|ngày|vào ngày)?[\s:,|\-–—()]*", rest):
                best, best_at = kind, at
    return best


def _time_near(text: str, date_start: int, date_end: int, taken: set[int]):
    """The time written right after (preferred) or right before a date, and its span."""
    for match in _TIME.finditer(text, date_end, min(len(text), date_end + 30)):
        if match.start() not in taken and _JOIN.match(text[date_end:match.start()]):
            return match
        break
    before = None
    for match in _TIME.finditer(text, max(0, date_start - 30), date_start):
        before = match
    if before is not None and before.start() not in taken and _JOIN.match(text[before.end():date_start]):
        return before
    return None


def _zone_near(text: str, start: int, end: int):
    after = text[end:end + 20]
    iso = _ISO_ZONE.match(after)
    if iso:
        return _parse_offset(iso.group(0))
    match = _ZONE.search(after)
    if match and _JOIN.match(after[:match.start()]):
        minutes = int(match.group("zh")) * 60 + int(match.group("zm") or 0)
        return timezone(timedelta(minutes=minutes if match.group("sign") == "+" else -minutes))
    return None


def _parse_offset(text: str):
    if text.upper() == "Z":
        return UTC
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def find_dates(text: str) -> list[DateMention]:
    """Every date in a short string (a byline, a date line), with time, zone and label."""
    text = unicodedata.normalize("NFC", text or "")
    mentions, taken, previous_end = [], set(), 0
    for match in _DATE.finditer(text):
        groups = match.groupdict()
        day, month, year = (
            (groups["d"], groups["m"], groups["y"]) if groups["d"]
            else (groups["id"], groups["im"], groups["iy"]) if groups["iy"]
            else (groups["wd"], groups["wm"], groups["wy"])
        )
        try:
            moment = datetime(int(year), int(month), int(day))
        except ValueError:
            continue
        end = match.end()
        time = _time_near(text, match.start(), match.end(), taken)
        has_time = time is not None
        if time is not None:
            taken.add(time.start())
            hour = int(time.group("h"))
            if (time.group("ampm") or "").upper() in ("PM", "CH") and hour < 12:
                hour += 12
            moment = moment.replace(hour=hour, minute=int(time.group("mi")), second=int(time.group("s") or 0))
            end = max(end, time.end())
        zone = _zone_near(text, match.start(), end) or VIETNAM
        moment = moment.replace(tzinfo=zone)
        start = min(match.start(), time.start()) if time is not None else match.start()
        kind = _label(text[previous_end:start])
        mentions.append(DateMention(moment, has_time, kind, start, end))
        previous_end = end
    return mentions


def parse_iso(value: str) -> DateMention | None:
    """A machine-readable date (meta tags, JSON-LD, <time datetime>), if it parses."""
    value = (value or "").strip()
    if not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        try:
            moment = datetime.fromisoformat(value[:10])
        except ValueError:
            return None
        return DateMention(moment.replace(tzinfo=VIETNAM), False, None, 0, len(value))
    has_time = len(value) > 10
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VIETNAM)
    return DateMention(moment, has_time, None, 0, len(value))


def residue(text: str) -> str:
    """What a date string says besides dates, times, zones, weekdays and labels: short for a
    date line ("Minh Anh"), long for a sentence that merely mentions a date."""
    text = unicodedata.normalize("NFC", text)
    for pattern in (_DATE, _TIME, _ZONE, _WEEKDAY):
        text = pattern.sub(" ", text)
    folded = text.casefold()
    for _, label in date_labels():
        folded = folded.replace(label, " ")
    return " ".join(re.findall(r"\w+", folded))
