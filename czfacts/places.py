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


def canonical(name: str | None) -> str | None:
    """长治 → 长治市, 山西 → 山西省; a name the gazetteer does not know stays as given."""
    name = (name or "").strip()
    place = lookup(name)
    return place.name if place else (name or None)


def infer_place(text: str) -> str | None:
    """The place an article is about when the caller names none: the prefecture-level city
    it names most often (at least twice), else the province it names most often."""
    counts: dict[str, int] = {}
    for m in place_pattern().finditer(text):
        name = lookup(m.group()).name
        counts[name] = counts.get(name, 0) + 1
    cities = {n: c for n, c in counts.items() if lookup(n).province != n and c >= 2}
    pool = cities or {n: c for n, c in counts.items() if c >= 2}
    if pool:
        return max(pool, key=lambda n: (pool[n], -text.find(n[:2])))
    national = "中华人民共和国" in text[:200] or text.count("全国") + text.count("我国") >= 3
    return "中国" if national else None
