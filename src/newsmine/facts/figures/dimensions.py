"""Dimensions: a length or an area said with its dimension word ("đại lộ dài 2 km", "xưởng may
rộng 1.900 m2", "với chiều dài 380 m, rộng 4 m"): which noun phrase it measures and which
dimension noun opens its measure (figure_measure_cues.tsv, dimension, dimension_clause)."""

from .candidates import _Found, _Sentence
from .clauses import _names_quantity, _words_text
from .tokens import _RANGE_DASHES, _match_at, _match_before, _splits_word
from .wordlists import _lexicons

LENGTH_UNITS = ("km", "m")  # the units a dimension word before a number ("dài", "cao") measures
ATTRIBUTED_WORDS = 6  # words of the noun phrase a count of its levels follows ("mô hình chính quyền địa phương")


def _sized_noun(sent: _Sentence, f: _Found, a: int, b: int) -> tuple[int, int] | None:
    """ "xưởng may rộng khoảng 1.900 m2", "khu đất rộng gần 5.000 m2": an area right after
    "rộng" (figure_measure_cues.tsv, dimension) is the area of the noun phrase right before it,
    back to a link word or a mark (at most ATTRIBUTED_WORDS words), not of the whole clause; the
    (toks[a], toks[b]) span of that phrase, None when there is none. A length is the length of
    that phrase too ("điểm nhấn là đại lộ trung tâm dài 2 km"), unless a word of a route or a
    condition ends it (figure_measure_cues.tsv, dimension_clause): a road's name runs across
    "từ", "đến", "qua" and dashes ("tuyến đường từ thành phố đến thác dài 9 km": not "thác")."""
    toks, j = sent.toks, f.text_first - 1
    if f.unit not in ("m2", "ha", *LENGTH_UNITS) or not _dimension_adjective(toks, f.text_first):
        return None
    lex = _lexicons()
    joins = lex.cues.get("coordinator", frozenset())  # "địa điểm tập kết và thông quan rộng 5.000 m2"
    k = j
    while k > a and j - k < ATTRIBUTED_WORDS and toks[k - 1].kind == "word" \
            and toks[k - 1].start not in sent.period_starts \
            and (not _match_before(toks, k, lex.breakers) or _match_before(toks, k, joins) or _splits_word(toks, k)):
        k -= 1  # a link word ends the phrase, unless it opens a word ("không gian") or joins two nouns
    if k < j and j - k == ATTRIBUTED_WORDS and _splits_word(toks, k):
        k += 1  # never the second half of a word the window cut
    if k == j or _names_quantity(_words_text(sent, k, j)) and j - k <= 2:
        return None  # "với diện tích rộng 5 ha": the clause says whose area
    clause = lex.cues.get("dimension_clause", frozenset())
    if f.unit in LENGTH_UNITS and (toks[k - 1].text in _RANGE_DASHES or _match_before(toks, k, clause)
                                   or _match_at(toks, k, clause)):
        return None  # "Quốc lộ 279 đoạn Tuần Giáo - thành phố Điện Biên Phủ dài 81 km": a route's name; "đến nay"
    return k, j


def _dimension_before(toks: list, i: int) -> str:
    """ "dài", "rộng", "cao", "sâu" right before a length (figure_measure_cues.tsv, dimension:
    the nouns they end): the noun of that dimension ("chiều dài"), else ""."""
    if not i or toks[i - 1].kind != "word":
        return ""
    return next((" ".join(d) for d in _lexicons().cues.get("dimension", ()) if d[-1] == toks[i - 1].low), "")


def _dimension_adjective(toks: list, i: int) -> bool:
    """Whether a dimension word right before toks[i] is an adjective said of the noun before it
    ("đại lộ dài 2 km", "tháp cao 75 m"), not the end of a word ("chiều dài", "độ cao", "kéo dài")."""
    nouns = _lexicons().cues.get("dimension", frozenset())  # "ở độ sâu 700 m": the noun itself
    return bool(_dimension_before(toks, i)) and not _splits_word(toks, i - 1) and _match_before(toks, i, nouns) < 2


def _with_dimension(parts: list[str], dimension: str) -> list[str]:
    """The parts of a measure with the noun of the dimension said right before a length:
    "tuyến đường dài 12,5 km" → "chiều dài tuyến đường"; "với chiều dài 380 m, rộng 4 m": the
    width, where the clause taken names the length ("chiều dài" → "chiều rộng")."""
    if not dimension:
        return parts
    text = " ".join(p for p in parts if p)
    other = _other_dimension(text, dimension)
    if other:
        return [text.replace(other, dimension, 1)]
    return parts if _names_quantity(text) else [dimension, *parts]


def _other_dimension(measure: str, dimension: str) -> str:
    """The noun of another dimension a measure names ("chiều dài" in "tổng chiều dài" for a length
    said after "rộng"; figure_measure_cues.tsv, dimension): a measure taken from the clause of
    the length before says the wrong one; "" when it names none, or this one."""
    low = f" {measure.lower()} "
    return next((" ".join(d) for d in _lexicons().cues.get("dimension", ())
                 if " ".join(d) != dimension and f" {' '.join(d)} " in low), "")
