"""A gazetteer of Vietnamese provinces, districts and wards (old and new, after the 2025 merger).

The data is underthesea's address mapping (vietnamadminunits), read as a data file."""

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ..textnorm import normalize_tones
from .lexicons import package_data

_LEVEL = re.compile(r"^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Phường|Xã|Thị trấn|Đặc khu)\s+", re.IGNORECASE)
# Centrally-run cities: their implied level is "thành phố", not "tỉnh".
_CITY = "Thành phố"


@dataclass(frozen=True)
class Gazetteer:
    provinces: frozenset[str]
    cities: frozenset[str]
    places: frozenset[str]  # provinces, districts, wards and countries, short names
    longest: int  # most syllables in a place name
    countries: frozenset[str]
    # short name of a district (before the 2025 merger) → its province's short name → its levels
    districts: dict[str, dict[str, set[str]]]


def _short(name: str) -> str:
    return normalize_tones(_LEVEL.sub("", name.strip()))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    path = package_data("underthesea", "address", "data", "mapping.json")
    data = json.loads(path.read_text("utf-8"))
    provinces, cities, places = set(), set(), set()
    for table in ("province_names", "old_province_names"):
        for entry in data[table].values():
            short = normalize_tones(entry["short"])
            provinces.add(short)
            if entry["name"].startswith(_CITY):
                cities.add(short)
    written = {ward[key] for ward in data["ward_mapping"]  # each name once: many wards share a district
               for key in ("old_district", "old_ward", "new_ward") if ward.get(key)}
    places.update(_short(name) for name in written)
    from .lexicons import load_list

    provinces |= {normalize_tones(p) for p in load_list("old_provinces.txt")}
    countries = set(load_list("countries.txt"))
    places |= provinces | countries
    places.discard("")
    return Gazetteer(frozenset(provinces), frozenset(cities), frozenset(places),
                     max(len(p.split()) for p in places), frozenset(countries), _districts(data))


def _districts(data: dict) -> dict[str, dict[str, set[str]]]:
    """The districts of the mapping with their levels, by province (each pair read once: many
    wards share a district)."""
    found: dict[str, dict[str, set[str]]] = {}
    pairs = {(ward.get("old_district") or "", ward.get("old_province") or "") for ward in data["ward_mapping"]}
    for district, province in pairs:
        level = _LEVEL.match(district)
        if level:
            found.setdefault(_short(district), {}).setdefault(_short(province), set()).add(level.group(1).lower())
    return found


def level_of(province: str | None) -> str:
    """The implied administrative word for a province: "thành phố" for a city, else "tỉnh"."""
    return "thành phố" if province and normalize_tones(province) in gazetteer().cities else "tỉnh"


def is_province(name: str) -> bool:
    """A province's short name, also with a later syllable not capitalised ("Thanh hóa")."""
    name = normalize_tones(name)
    return name in gazetteer().provinces or name[:1].isupper() and name.title() in gazetteer().provinces


def short_province(name: str | None) -> str | None:
    """A province written with its level word by its short name ("Thành phố Hồ Chí Minh" → "Hồ Chí
    Minh", as the gazetteer and GOLD.md's names write it); any other name as it is."""
    if not name:
        return name
    short = _short(name)
    return short if short != normalize_tones(name) and is_province(short) else name


def district_level(name: str, province: str | None = None) -> str | None:
    """The level word of a district written bare ("Hương Khê" → "huyện"): its level in the
    article's province, or anywhere when the province has none of that name; None when the name is
    a province's or has several levels ("Kỳ Anh": a district and a town)."""
    by_province = gazetteer().districts.get(normalize_tones(name))
    if not by_province or is_province(name):
        return None
    levels = by_province.get(normalize_tones(province or "")) or set().union(*by_province.values())
    return next(iter(levels)) if len(levels) == 1 else None

