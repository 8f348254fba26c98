"""Figures: the Vietnamese number grammar (digits and number words), alone and as any number
written the Vietnamese way.

Every example here was written for these tests."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmine.facts.figures import parse_number, parse_number_words

# ---------------------------------------------------------------- parse_number


@pytest.mark.parametrize(
    "written, value",
    [
        ("7", 7),
        ("04", 4),
        ("1.200", 1200),
        ("46.800", 46800),
        ("1.234.567", 1234567),
        ("1,5", 1.5),
        ("0,383", 0.383),
        ("1.234,5", 1234.5),
        ("2.184,6", 2184.6),
        ("1,234.5", 1234.5),  # English-style, the last mark is the decimal one
        ("1.5", 1.5),  # a lone point before one digit is a decimal point
        ("1,234,567", 1234567),
        ("80,000", 80000),  # nobody writes a decimal part of zeros: English-style grouping
    ],
)
def test_parse_number_reads_vietnamese_digits(written, value):
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize("written", ["", "1.23.4", "abc", "1,2,34"])
def test_parse_number_rejects_malformed_numbers(written):
    with pytest.raises(ValueError):
        parse_number(written)


@pytest.mark.parametrize(
    "words, value",
    [
        ("ba", 3),
        ("mười", 10),
        ("mười hai", 12),
        ("mười lăm", 15),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("ba mươi tư", 34),
        ("bốn mươi lăm", 45),
        ("chín mươi nhăm", 95),
        ("một trăm", 100),
        ("một trăm linh năm", 105),
        ("hai trăm lẻ một", 201),
        ("ba trăm hai mươi", 320),
        ("hai nghìn", 2000),
        ("ba ngàn", 3000),
        ("năm trăm nghìn", 500000),
        ("một triệu rưỡi", 1500000),
        ("hai trăm rưỡi", 250),
        ("một nghìn rưỡi", 1500),
        ("hai tỷ", 2e9),
        ("một tỷ hai trăm triệu", 1.2e9),
        ("hai nghìn tỷ", 2e12),
    ],
)
def test_parse_number_words_reads_vietnamese_number_words(words, value):
    assert parse_number_words(words.split()) == pytest.approx(value)


@pytest.mark.parametrize("words", ["mươi", "trăm", "nghìn", "hai ba", "mười năm", "linh"])
def test_parse_number_words_rejects_what_is_no_number(words):
    assert parse_number_words(words.split()) is None


def vietnamese_digits(value: int, decimals: str = "") -> str:
    groups = f"{value:,}".replace(",", ".")
    return groups + ("," + decimals if decimals else "")


# decimals as they are written: none, or up to three digits without trailing zeros
DECIMALS = st.one_of(st.just(""), st.from_regex(r"[0-9]{0,2}[1-9]", fullmatch=True))


@given(st.integers(min_value=0, max_value=10**12), DECIMALS)
def test_any_number_written_the_vietnamese_way_parses_back(value, decimals):
    written = vietnamese_digits(value, decimals)
    expected = float(f"{value}.{decimals}") if decimals else float(value)
    assert parse_number(written) == pytest.approx(expected)


DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def below_thousand(n: int, leading: bool) -> list[str]:
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    words = []
    if hundreds or not leading:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if ones and words:
            words += ["linh", DIGITS[ones]]
        elif ones:
            words += [DIGITS[ones]]
    elif tens == 1:
        words += ["mười"] + (["lăm" if ones == 5 else DIGITS[ones]] if ones else [])
    else:
        words += [DIGITS[tens], "mươi"]
        if ones:
            words += [{1: "mốt", 4: "tư", 5: "lăm"}.get(ones, DIGITS[ones])]
    return words


def vietnamese_words(n: int) -> list[str]:
    """n (1 ≤ n < 10^12) in Vietnamese number words, the way a newspaper writes them."""
    words = []
    for scale, name in ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        group, n = divmod(n, scale)
        if group:
            words += below_thousand(group, leading=not words)
            words += [name] if name else []
    return words


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_any_number_written_in_vietnamese_words_parses_back(value):
    assert parse_number_words(vietnamese_words(value)) == value
