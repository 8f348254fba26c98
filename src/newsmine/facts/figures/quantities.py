"""Quantities: a number read at a token, in digits with its multipliers ("3,2 nghìn tỷ", "1 tỷ
200 triệu") or in words ("mười hai", "ba trăm nghìn") (`_Quantity`), before it is classified."""

from dataclasses import dataclass

from .numbers import _NumberReader, parse_number, parse_number_words
from .tokens import _match_at, _Tok
from .wordlists import _lexicons


@dataclass
class _Quantity:
    value: float
    first: int  # token index of the first token of the number
    last: int  # token index after the number (and its multipliers)
    scale_factor: float = 1.0
    slash: tuple[float, float] | None = None  # "15/15", "24/63"
    words: bool = False  # written in letters
    has_billion: bool = False


def _read_digits(toks: list[_Tok], i: int) -> _Quantity | None:
    """The number starting with the digits toks[i], with multipliers ("3,2 nghìn tỷ")."""
    lex = _lexicons()
    try:
        base = parse_number(toks[i].text)
    except ValueError:
        return None
    reader = _NumberReader()
    reader.digits(base)
    j = i + 1
    n = len(toks)
    billion = False
    while j < n:
        t = toks[j]
        if t.kind == "word" and t.low in lex.multipliers and not _match_at(toks, j, lex.not_multipliers, 2):
            if not reader.scale(lex.multipliers[t.low]):
                break
            billion = billion or lex.multipliers[t.low] >= 1e9
            j += 1
            continue
        if t.kind == "word" and lex.number_words.get(t.low, ("",))[0] == "half" and reader.last == "scale":
            reader.word("half", 0.5)
            j += 1
            break
        if (
            t.kind == "num"
            and reader.last == "scale"
            and j + 1 < n
            and toks[j + 1].low in lex.multipliers
            and lex.multipliers[toks[j + 1].low] < reader.last_scale
        ):
            try:
                reader.digits(parse_number(t.text))
            except ValueError:
                break
            j += 1
            continue
        break
    value = reader.value
    return _Quantity(value, i, j, value / base if base else 1.0, has_billion=billion)


# GOLD.md's units of measure (not money, shares or counts): "nửa" before one is a quantity
MEASURED_UNITS = frozenset(("ha", "km", "m", "m2", "m3", "tonne", "kg", "MW", "kWh"))


def _half_of_unit(toks: list[_Tok], i: int, value: float) -> bool:
    """Whether toks[i] is "nửa" before a unit of measure ("gần nửa mét", "nửa tấn cá"): half of a
    unit is a quantity, while "nửa tháng", "nửa số người" are a share of time or of a group."""
    units = _lexicons().units
    return value == 0.5 and i + 1 < len(toks) and units.get(toks[i + 1].low, ("",))[0] in MEASURED_UNITS


# Words before "một" that make it a count of one: "ít nhất một trường hợp", "duy nhất (có) một cây"
# (a bare "một" is an article: "một số", "một người dân cho biết").
_ONE_AFTER = frozenset((("ít", "nhất"), ("duy", "nhất"), ("duy", "nhất", "có"), ("tối", "thiểu")))


# A casualty said of the counted people after "một": one killed or hurt is a tally, not "a"
# ("mất tích" is left out: things go missing too, "một thành phố bị mất tích")
_CASUALTIES = frozenset((("tử", "vong"), ("thiệt", "mạng"), ("tử", "nạn"), ("bị", "thương")))
_CASUALTY_REACH = 6  # words from "một" to the casualty, in one clause
# Words of a rate before "một" ("cứ 4 phút lại có một người tử vong"): a rate, not a tally
_RATE_WORDS = frozenset(("cứ", "mỗi"))


def _one_counted(toks: list[_Tok], i: int, value: float) -> bool:
    """Whether toks[i] is "một" after "ít nhất", "duy nhất" (at least one, only one), or before
    people a casualty is said of in the same clause ("làm một người tử vong", "khiến một người lính
    thiệt mạng"): a count."""
    return value == 1 and (any(
        i >= len(words) and tuple(t.low for t in toks[i - len(words):i]) == words for words in _ONE_AFTER
    ) or _one_casualty(toks, i))


def _one_casualty(toks: list[_Tok], i: int) -> bool:
    """Whether a casualty (_CASUALTIES) follows "một" at toks[i] within _CASUALTY_REACH words, no
    mark or number between, and no word of a rate stands before it."""
    if any(t.low in _RATE_WORDS for t in toks[max(0, i - 5):i]):
        return False
    for j in range(i + 2, min(i + _CASUALTY_REACH, len(toks) - 1)):
        if toks[j].kind != "word":
            return False
        if (toks[j].low, toks[j + 1].low) in _CASUALTIES:
            return True
    return False


def _read_words(toks: list[_Tok], i: int) -> _Quantity | None:
    """A number written in letters starting at toks[i] ("mười hai", "ba trăm nghìn")."""
    lex = _lexicons()
    j, n = i, len(toks)
    while j < n and toks[j].kind == "word" and toks[j].low in lex.number_words:
        if _match_at(toks, j, lex.not_multipliers, 2):
            break
        j += 1
    # the longest prefix that parses
    while j > i:
        value = parse_number_words([t.low for t in toks[i:j]])
        if value is not None:
            break
        j -= 1
    if j == i:
        return None
    words = [t.low for t in toks[i:j]]
    if len(words) == 1 and words[0] in lex.not_alone and not _half_of_unit(toks, i, value) \
            and not _one_counted(toks, i, value):
        return None
    scales = [lex.multipliers[w] for w in words if w in lex.multipliers]
    billion = any(s >= 1e9 for s in scales)
    return _Quantity(value, i, j, words=True, has_billion=billion)


def counted_range(toks: list[_Tok], i: int, k: int) -> bool:
    """Whether the dash pair at toks[i:k] after "từ", "đến" ("từ 3-4 điểm", "đến 8-9 trận đấu") is a
    range of counts, not a date ("từ 22-9 đến 30-9", "đến 28-6, …"): a word that is not a time
    word follows it."""
    lex = _lexicons()
    if not (i and (toks[i - 1].low in lex.range_from or toks[i - 1].low in lex.range_to)) or k >= len(toks):
        return False
    after = toks[k]
    return after.kind == "word" and after.low not in lex.day_words and after.low not in lex.range_to and after.low != "và"
