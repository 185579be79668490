"""The gazetteer of China's provinces and prefecture-level cities (data/places.toml).

A place knows its province, so 全省 in a 长治市 article resolves to 山西省, and short
forms (长治, 山西) resolve to full names.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .lexicon import load, trie_pattern

_SUFFIXES = ("市", "地区", "盟", "自治州", "省", "自治区", "特别行政区")


@dataclass(frozen=True)
class Place:
    name: str
    province: str          # full name of the province (itself for a province)


def _short(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@cache
def gazetteer() -> dict[str, Place]:
    """Every full and short name → Place. A short name shared by a province and a city
    (吉林, 海南) means the province."""
    table: dict[str, Place] = {}
    for prov in load("places")["province"]:
        shorts = prov.get("city_short", {})
        for city in prov["cities"]:
            place = Place(city, prov["name"])
            table[city] = place
            table.setdefault(shorts.get(city, _short(city)), place)
    for prov in load("places")["province"]:
        place = Place(prov["name"], prov["name"])
        table[prov["name"]] = place
        table[prov["short"]] = place
    return table


@cache
def place_pattern() -> regex.Pattern:
    return regex.compile(trie_pattern(gazetteer()))


def lookup(name: str | None) -> Place | None:
    return gazetteer().get(name) if name else None


def province_of(name: str | None) -> str | None:
    place = lookup(name)
    return place.province if place else None
