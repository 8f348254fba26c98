"""The figure grammar's word lists: every figure_* lexicon under facts/lexicons/ (units,
multipliers, number words, qualifiers, cues of names, dates, periods and measures) and the shared
box headings and source attributions, read once into a `_Lexicons`."""

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lexicons import boilerplate
from ..lexicons import load_list, load_set, load_table
from .tokens import PhraseMap, Phrases


def _phrases(name: str) -> frozenset[tuple[str, ...]]:
    return Phrases(tuple(entry.lower().split()) for entry in load_list(name))


def _comma_pairs(name: str) -> dict[tuple[str, ...], frozenset[tuple[str, ...]]]:
    pairs: dict[tuple[str, ...], set] = {}
    for entry in load_list(name):
        first, second = entry.lower().split(",", 1)
        pairs.setdefault(tuple(first.split()), set()).add(tuple(second.split()))
    return {first: frozenset(seconds) for first, seconds in pairs.items()}


def _phrases_by_kind(name: str) -> dict[str, Phrases]:
    """A table of a kind and a phrase a row (figure_kinds.tsv, figure_group_cues.tsv …), as the
    phrases of each kind."""
    kinds: dict[str, set] = {}
    for kind, words in load_table(name):
        kinds.setdefault(kind, set()).add(tuple(words.lower().split()))
    return {kind: Phrases(phrases) for kind, phrases in kinds.items()}


@dataclass(frozen=True)
class _Lexicons:
    units: dict  # surface (lower) → (unit, factor)
    letter_cases: dict  # a one-letter or "as written" surface (lower) → its case as written ("g", "W", "nm")
    unit_pattern: re.Pattern
    multipliers: dict  # word → factor
    number_words: dict  # word → (role, value)
    not_alone: frozenset  # number words that are never a number by themselves
    qualifiers_before: dict  # phrase tuple → qualifier
    qualifiers_after: dict
    qualifiers_measure_only: frozenset
    qualifiers_after_link: frozenset  # measure-only qualifiers that a counted noun takes after a link word
    directions: dict
    not_items: frozenset
    not_units: frozenset
    capitalised_items: frozenset
    collectives: frozenset
    fraction_wholes: frozenset  # nouns of a whole after a fraction ("1/3 dân số")
    person_modifiers: frozenset  # words between a number and a noun for people ("tân", "cựu")
    grades: frozenset
    item_compounds: frozenset
    not_money_after_scale: frozenset  # what a bare "tỷ" counts when it is no đồng ("won", "năm")
    not_multipliers: frozenset
    breakers: frozenset
    name_cues: frozenset
    not_name_cues: frozenset  # phrases ending with a name cue that name nothing ("trong vòng")
    rank_cues: frozenset
    idioms: frozenset
    count_heads_after_so: frozenset
    ratio_counters: frozenset
    multiplication: frozenset
    links: frozenset
    share_links: frozenset
    unit_quantities: dict  # (unit, "noun" | "subject") → quantity
    quantity_nouns: frozenset
    openers: frozenset
    paired: frozenset
    paired_phrases: dict  # first words → the words written after a comma with them ("phòng" → "chống")
    vague: frozenset
    day_words: frozenset
    range_from: frozenset
    range_to: frozenset
    change_to: frozenset  # "lên", "xuống còn": from an old value to a new one, after "từ"
    period_words: dict  # kind → frozenset of phrase tuples
    headings: frozenset
    attributions: tuple
    cues: dict  # kind of figure_measure_cues.tsv → frozenset of phrase tuples
    labels: dict  # "target" | "funding" → the words put in front of the measure
    money_words: frozenset  # words only an amount of money follows ("phạt", "trị giá")
    max_phrase: int = 4


@lru_cache(maxsize=1)
def _lexicons() -> _Lexicons:
    units, letter_cases = {}, {}
    for row in load_table("figure_units.tsv"):
        units[row[0].lower()] = (row[1], float(row[2]) if len(row) > 2 and row[2] else 1.0)
        if "sĩ" in row[0]:  # "nghệ sỹ", "bác sỹ": the other spelling of the same word
            units.setdefault(row[0].lower().replace("sĩ", "sỹ"), units[row[0].lower()])
        if len(row[0]) == 1 or row[3:4] == ("as written",):
            letter_cases[row[0].lower()] = row[0]
    alternation = "|".join(re.escape(s) for s in sorted(units, key=len, reverse=True))
    unit_pattern = re.compile(rf"[ \u00a0]?({alternation})(?!\w)")
    multipliers = {row[0].lower(): float(row[1]) for row in load_table("figure_multipliers.tsv")}
    number_words, not_alone = {}, set()
    for row in load_table("figure_number_words.tsv"):
        number_words[row[0]] = (row[1], float(row[2]))
        if len(row) > 3 and row[3] == "no":
            not_alone.add(row[0])
    q_before, q_after, q_measure_only, q_after_link = {}, {}, set(), set()
    for row in load_table("figure_qualifiers.tsv"):
        position = row[2] if len(row) > 2 else "before"
        words = tuple(row[0].lower().split())
        (q_after if position == "after" else q_before)[words] = row[1]
        if position in ("before_measure", "before_measure_or_link"):
            q_measure_only.add(words)
        if position == "before_measure_or_link":
            q_after_link.add(words)
    directions = PhraseMap((tuple(row[0].split()), row[1]) for row in load_table("figure_directions.tsv"))
    headings, attributions = set(), []
    cues: dict[str, set] = {}
    labels = {}
    for row in load_table("figure_measure_cues.tsv"):
        if row[0] == "label":
            labels[row[1]] = row[2]
        else:
            cues.setdefault(row[0], set()).add(tuple(row[1].lower().split()))
    # money of other countries (figure_measure_cues.tsv, currency) is no unit ("đô la Singapore" is
    # no USD) and no đồng left out after "tỷ" ("1.000 tỷ won"): one list serves the three readings
    currency = cues.get("currency", set())
    # the dollar is also written in one word ("đôla Singapore"), as figure_units.tsv has it
    currency |= {("đôla", *words[2:]) for words in currency if words[:2] == ("đô", "la")}
    for kind, words in boilerplate("heading", "attribution"):
        (headings.add(words.lower()) if kind == "heading" else attributions.append(words.lower()))
    return _Lexicons(
        units=units,
        letter_cases=letter_cases,
        unit_pattern=unit_pattern,
        multipliers=multipliers,
        number_words=number_words,
        not_alone=frozenset(not_alone),
        qualifiers_before=PhraseMap(q_before),
        qualifiers_after=PhraseMap(q_after),
        qualifiers_measure_only=frozenset(q_measure_only),
        qualifiers_after_link=frozenset(q_after_link),
        directions=directions,
        not_items=_phrases("figure_not_items.txt"),
        not_units=Phrases(_phrases("figure_not_units.txt") | currency),
        # a currency is often written with a capital ("500 Baht", "100 triệu Shilling Kenya"), but
        # "Yên" begins place names ("19 - 21 Yên Lãng", "Yên Bái")
        capitalised_items=_phrases("figure_capitalised_items.txt") | (currency - {("yên",)}),
        collectives=_phrases("figure_collectives.txt"),
        fraction_wholes=_phrases("figure_fraction_wholes.txt"),
        person_modifiers=load_set("figure_person_modifiers.txt"),
        grades=_phrases("figure_grades.txt"),
        item_compounds=_phrases("figure_item_compounds.txt"),
        not_money_after_scale=Phrases(_phrases("figure_not_money_after_scale.txt") | currency),
        not_multipliers=_phrases("figure_not_multipliers.txt"),
        breakers=_phrases("figure_item_breakers.txt"),
        name_cues=_phrases("figure_name_cues.txt"),
        not_name_cues=_phrases("figure_not_name_cues.txt"),
        rank_cues=_phrases("figure_rank_cues.txt"),
        idioms=_phrases("figure_number_idioms.txt"),
        count_heads_after_so=load_set("figure_count_heads_after_cue.txt"),
        ratio_counters=load_set("figure_ratio_counters.txt"),
        multiplication=load_set("figure_multiplication_cues.txt"),
        links=_phrases("figure_measure_links.txt"),
        share_links=_phrases("figure_share_links.txt"),
        unit_quantities={(row[0], row[2]): row[1] for row in load_table("figure_unit_quantities.tsv")},
        quantity_nouns=_phrases("figure_quantity_nouns.txt"),
        openers=_phrases("figure_measure_openers.txt"),
        paired=_phrases("figure_paired_nouns.txt"),
        paired_phrases=_comma_pairs("figure_paired_phrases.txt"),
        vague=load_set("figure_vague_cues.txt"),
        day_words=load_set("figure_day_words.txt"),
        range_from=frozenset(w for kind, w in load_table("figure_range_words.tsv") if kind == "from"),
        range_to=frozenset(w for kind, w in load_table("figure_range_words.tsv") if kind == "to"),
        change_to=Phrases(tuple(w.lower().split()) for kind, w in load_table("figure_range_words.tsv")
                          if kind == "change_to"),
        period_words=_phrases_by_kind("figure_period_words.tsv"),
        headings=frozenset(headings),
        attributions=tuple(attributions),
        cues={k: Phrases(v) for k, v in cues.items()},
        labels=labels,
        money_words=_phrases("figure_money_words.txt"),
    )
