"""Numbers: digits written the Vietnamese way (`parse_number`: "1.234,5") and numbers written in
words (`parse_number_words`: "hai trăm linh năm", read word by word by `_NumberReader`)."""

import re

from .wordlists import _lexicons


def parse_number(written: str) -> float:
    """A number in Vietnamese digits: '.' groups thousands, ',' marks decimals ("1.234,5").

    Ambiguous forms are read by their shape: one separator followed by exactly three digits
    groups thousands when it is '.', marks decimals when it is ','; when both appear the last
    one is the decimal mark ("1,234.5" as written by English-style sources).
    """
    s = written.strip()
    if not re.fullmatch(r"[0-9]+(?:[.,][0-9]+)*", s):
        raise ValueError(f"not a number: {written!r}")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        integer, _, fraction = s.rpartition(decimal)
        return float(integer.replace(thousands, "") + "." + fraction)
    if dots:
        groups = s.split(".")
        if all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))
        if dots == 1:
            return float(s)  # "1.5 triệu": English-style decimal point
        raise ValueError(f"not a number: {written!r}")
    if commas:
        groups = s.split(",")
        if commas == 1 and groups[1] == "000" and groups[0] != "0":
            return float(groups[0] + "000")  # "80,000": a decimal part of zeros is never written
        if commas == 1:
            return float(s.replace(",", "."))
        if all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))  # "1,234,567": English-style grouping
        raise ValueError(f"not a number: {written!r}")
    return float(s)


class _NumberReader:
    """Accumulates a Vietnamese number read word by word ("hai trăm linh năm nghìn rưỡi").

    Groups below a thousand are built from digits, mười/mươi, trăm, lẻ/linh; a scale word
    (nghìn, triệu, tỷ) closes a group; a larger scale after a smaller one multiplies all that
    came before ("3,2 nghìn tỷ"), a smaller one starts a new group that is added
    ("1 tỷ 200 triệu")."""

    def __init__(self):
        self.total = 0.0
        self.small = 0.0
        self.last = None  # role of the last word read
        self.last_digit = 0.0
        self.last_scale = 1.0
        self.has_digits = False

    def digits(self, value: float) -> bool:
        if self.last not in (None, "scale"):
            return False
        self.small, self.last, self.has_digits = value, "number", True
        return True

    def word(self, role: str, value: float, next_role: str | None = None) -> bool:
        """Read one word; `next_role` is the role of the word after it, if any."""
        if role in ("digit", "digit_leading"):
            read, role = self._digit(role, value, next_role), "digit"
        elif role == "half":
            read = self._half()
        elif role == "scale":
            return self.scale(value)
        else:
            read = self._group_word(role, value)
        if not read:
            return False
        self.last = role
        self.has_digits = True
        return True

    def _digit(self, role: str, value: float, next_role: str | None) -> bool:
        """A digit word ("hai", "năm"): it starts a group, or follows trăm or mười/mươi."""
        last = self.last
        # "năm" after "trăm" is a digit only before "mươi" ("hai trăm năm mươi" = 250;
        # "một trăm năm" is a hundred years)
        after_hundred = last == "hundred" and (role == "digit" or next_role == "tens")
        # "năm" after a scale starts a group only before what builds one ("hai nghìn năm trăm";
        # "một tỷ năm" is a billion years)
        after_scale = last == "scale" and (role == "digit" or next_role in ("hundred", "tens", "scale"))
        starts = last in (None, "zero_filler") or after_scale or after_hundred
        after_tens = role == "digit" and last in ("ten", "tens") and value >= 1
        if not (starts or after_tens):
            return False
        self.small += value
        self.last_digit = value
        return True

    def _group_word(self, role: str, value: float) -> bool:
        """The other words that build a group below a thousand: mười, mươi, trăm, lẻ/linh and
        the digits read only after mười/mươi (mốt, lăm, tư); False for any other role."""
        last = self.last
        if role == "digit_after_tens":
            if last not in ("ten", "tens"):
                return False
            self.small += value
        elif role == "ten":
            if last not in (None, "scale", "hundred", "zero_filler"):
                return False
            self.small += 10
        elif role == "tens":
            if last != "digit" or self.last_digit < 2:
                return False
            self.small += self.last_digit * 9
        elif role == "hundred":
            if last != "digit":
                return False
            self.small += self.last_digit * 99
        elif role == "zero_filler":
            if last not in ("hundred", "scale"):
                return False
        else:
            return False
        return True

    def _half(self) -> bool:
        """ "rưỡi": half of the scale, the hundred or the unit before it."""
        last = self.last
        if last == "scale":
            self.total += self.last_scale / 2
        elif last == "hundred":
            self.small += 50
        elif last in ("digit", "ten", "tens", "number"):
            self.small += 0.5
        else:
            return False
        return True

    def scale(self, value: float) -> bool:
        if not self.has_digits or self.last in ("zero_filler", "half"):
            return False
        if self.last == "scale":
            if value <= self.last_scale:
                return False
            self.total *= value  # "nghìn tỷ"
        elif self.total and self.total < value:
            self.total = (self.total + self.small) * value
        elif self.total and value >= self.last_scale:
            return False
        else:
            self.total += self.small * value
        self.small, self.last, self.last_scale = 0.0, "scale", value
        return True

    @property
    def value(self) -> float:
        return self.total + self.small


def parse_number_words(words: list[str]) -> float | None:
    """The value of Vietnamese number words ("hai mươi lăm" → 25), or None if they are not one."""
    lex = _lexicons()
    reader = _NumberReader()
    entries = [lex.number_words.get(w.lower()) for w in words]
    for k, entry in enumerate(entries):
        next_role = entries[k + 1][0] if k + 1 < len(entries) and entries[k + 1] else None
        if entry is None or not reader.word(*entry, next_role=next_role):
            return None
    return reader.value if reader.has_digits and reader.last != "zero_filler" else None
