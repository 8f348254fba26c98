"""The province of a round-up's section. GOLD.md makes a body's implied place explicit ("Sở Y tế"
in a Lai Châu article → "Sở Y tế tỉnh Lai Châu"); in an article that reports from several
provinces, or a national one quoting one province, a provincial body written bare ("Sở Y tế",
"UBND tỉnh", "Ban Bảo vệ sức khỏe tỉnh") is the province its stretch of text is about, not the
article's main one. That stretch opens on a body written with its province ("UBND thành phố Hải
Phòng chỉ đạo …", then "Giao Sở Y tế …") or on a sentence that leads with a province and a comma
or colon ("Quảng Ninh, UBND tỉnh cũng …", "Thái Bình: …"). It ends where the article's own province
is named again, or on a sentence whose bodies name several provinces (a list, a comparison). A
paragraph that names the article's province opens none (a caption, a visitor)."""

import re
from functools import lru_cache

from .. import lexicons
from .places import is_province, short_province
from .records import OrganizationMention

_WRITTEN = re.compile(r"(?:tỉnh|thành phố|TP\.?)\s*([^\s,][^,]*)$")
_LEAD = re.compile(r"\s*(?:(?:Tại|Ở)\s+)?(?:tỉnh\s+|thành phố\s+)?([^\W\d][^,:;.]{1,28}?)\s*[,:]")


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    """Each way of writing a province (lexicons.provinces) → its short name ("TP.HCM" → "Hồ Chí Minh")."""
    return {form: short_province(name) for form, name in lexicons.provinces()[1].items()}


def _names(text: str, province: str | None) -> bool:
    """Whether `text` names `province` in any of its spellings (provinces.tsv)."""
    return province is not None and any(_short_names()[m] == province for m in lexicons.provinces()[0].findall(text))


def written_province(mention: OrganizationMention) -> str | None:
    """The province a mention is written with ("Sở Y tế tỉnh Thái Bình" → "Thái Bình"), or None."""
    found = _WRITTEN.search(mention.surface)
    return short_province(found.group(1)) if found and is_province(found.group(1)) else None


def _lead(sentence: str) -> str | None:
    """The province a sentence leads with before a comma or colon ("Quảng Ninh, …", "Tại Đồng
    Tháp, …", "Thái Bình: …"), or None."""
    found = _LEAD.match(sentence)
    return short_province(found.group(1)) if found and is_province(found.group(1)) else None


class Sections:
    """The province in effect for a bare body, sentence by sentence (`begin`), word by word after
    a body written with its province (`written`), carried on at each sentence's end (`end`)."""

    def __init__(self, text: str | None, article: str | None):
        self.text, self.article, self.section = text, article, None
        self.current: str | None = None
        self.frozen = True

    def _paragraph(self, start: int, end: int, sentence: str) -> str:
        if self.text is None:
            return sentence
        close = self.text.find("\n", end)
        return self.text[self.text.rfind("\n", 0, start) + 1:close if close >= 0 else len(self.text)]

    def begin(self, start: int, end: int, sentence: str) -> str | None:
        """The province for the bodies of the sentence at text[start:end] (None: the article's)."""
        if _names(sentence, self.article):
            self.section, self.frozen = None, True
        else:
            self.frozen = _names(self._paragraph(start, end, sentence), self.article)
            if not self.frozen and (lead := _lead(sentence)):
                self.section = lead if lead != self.article else None
        self.current = self.section
        return self.current or self.article

    def written(self, mention: OrganizationMention) -> str | None:
        """The province for the rest of the sentence after a body found (written with its own)."""
        if not self.frozen and (place := written_province(mention)):
            self.current = place if place != self.article else None
        return self.current or self.article

    def end(self, found: list[OrganizationMention]) -> None:
        """Carries the sentence's section on: the one province its bodies are written with."""
        if self.frozen:
            return
        written = {place for o in found if (place := written_province(o))}
        if len(written) > 1:
            self.section = None
        elif written:
            place = written.pop()
            self.section = place if place != self.article else None
