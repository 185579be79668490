"""The gazetteer of China's provinces, prefecture-level and county-level divisions
(data/places.toml, data/counties.toml).

A place knows its province (and a county its city), so 全省 in a 长治市 article resolves
to 山西省, and short forms (长治, 山西, 海淀) resolve to full names. A name shared by
several counties (鼓楼区 in 南京, 福州, 徐州, 开封) resolves only after its city
(南京市鼓楼区, 南京鼓楼区); a name shared by a county and a higher level means the higher.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import regex

from .compiled import compiled
from .lexicon import kept_on_disk, lexical_cache, load
from .namescan import NameScanner
from .normalize import fold_characters

_SUFFIXES = ("市", "地区", "盟", "自治州", "省", "自治区", "特别行政区")
_PREFECTURE_OF_ITS_OWN = "自治州"  # an autonomous prefecture, written as its short name and 州
# A county's short form drops the first of these it ends in (滨海新区 → 滨海, 海淀区 → 海淀),
# if two characters or more are left.
_COUNTY_SUFFIXES = ("新区", "矿区", "林区", "特区", "县", "区", "市")
_LIST_SEPARATORS = compiled(r"[；;、，,]")
_NOTE = compiled(r"[（(][^（）()]*[）)]")

PROVINCE, PREFECTURE, COUNTY, REGION = "province", "prefecture", "county", "region"


@dataclass(frozen=True)
class Place:
    """``name`` is the full official name, qualified by the city where counties share it
    (南京市鼓楼区), so that ``lookup(place.name)`` always gives the place back."""
    name: str
    province: str          # full name of the province (itself for a province)
    level: str = PREFECTURE
    city: str | None = None  # a county's prefecture-level city or municipality; None for a
    #                          county under its province (仙桃市) and above county level


def _short(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@lexical_cache
def _ethnic_designation() -> regex.Pattern:
    """(回族)(土族)自治县 at the end of 大通回族土族自治县; a one-character people needs 族."""
    peoples = load("counties")["words"]["peoples"]
    alternation = "|".join(sorted((p + ("族?" if len(p) > 1 else "族") for p in peoples), key=len, reverse=True))
    return compiled(rf"(?:{alternation})+(自治县|自治旗|区)$")


def _county_forms(name: str) -> tuple[list[str], list[str]]:
    """(full forms, short forms) of a county: 长阳土家族自治县 → ([长阳土家族自治县, 长阳县],
    [长阳]); 海淀区 → ([海淀区], [海淀]); 管城回族区 → ([管城回族区, 管城区], [管城])."""
    fulls, shorts = [name], []
    ethnic = _ethnic_designation().search(name)
    if ethnic and ethnic.start() >= 2:
        stem = name[: ethnic.start()]
        fulls.append(stem + ethnic.group(1)[-1])
        if ethnic.group(1) != "自治旗":
            shorts.append(stem)
        return fulls, shorts
    for suffix in _COUNTY_SUFFIXES:
        if name.endswith(suffix):
            if len(name) - len(suffix) >= 2:
                shorts.append(name[: -len(suffix)])
            break
    return fulls, shorts


@dataclass(frozen=True)
class _Gazetteer:
    table: dict[str, Place]            # every name that resolves alone, and qualified names
    in_text: frozenset[str]            # the names of `table` safe to find in running text
    by_surface: dict[str, list[tuple[int, Place]]]  # every full or short form → (rank, place)


@lexical_cache
def _build() -> _Gazetteer:
    return kept_on_disk("gazetteer", _gazetteer, ("places", "counties"), __file__)


def _gazetteer() -> _Gazetteer:
    provinces = load("places")["province"]
    words = load("counties")["words"]
    ordinary, inside_words = set(words["ordinary"]), set(words["inside_words"])
    table: dict[str, Place] = {}
    by_surface: dict[str, list[tuple[int, Place]]] = defaultdict(list)
    prefixes: dict[str, list[str]] = {}  # a city or province → its full and short names
    # rank: 0 province, 1 prefecture, 2 county full name, 3 county short form
    for prov in provinces:
        shorts = prov.get("city_short", {})
        for city in prov["cities"]:
            place = Place(city, prov["name"], PREFECTURE)
            short = shorts.get(city, _short(city))
            table[city] = place
            table.setdefault(short, place)
            prefixes[city] = [city, short]
            by_surface[city].append((1, place))
            by_surface[short].append((1, place))
            if city.endswith(_PREFECTURE_OF_ITS_OWN) and short != city:  # 临夏州, 黔东南州: how texts write them
                table.setdefault(short + _PREFECTURE_OF_ITS_OWN[-1], place)
                by_surface[short + _PREFECTURE_OF_ITS_OWN[-1]].append((1, place))
    for prov in provinces:
        place = Place(prov["name"], prov["name"], PROVINCE)
        table[prov["name"]] = place
        table[prov["short"]] = place
        prefixes[prov["name"]] = [prov["name"], prov["short"]]
        by_surface[prov["name"]].append((0, place))
        by_surface[prov["short"]].append((0, place))

    for name, aliases in load("places")["regions"].items():
        place = Place(name, name, REGION)  # a region owns what it holds, as a province does
        for form in (name, *aliases):
            table[form] = place
            by_surface[form].append((0, place))

    province_of_unit = {c: p["name"] for p in provinces for c in p["cities"]} | {p["name"]: p["name"] for p in provinces}
    holds_cities = {p["name"] for p in provinces if p["cities"]}
    counties: list[tuple[Place, str, list[str], list[str]]] = []  # place, its unit, fulls, shorts
    for unit, names in load("counties")["counties"].items():
        province = province_of_unit[unit]
        city = None if unit in holds_cities else unit  # 仙桃市 is under 湖北省; 朝阳区 under 北京市
        for name in names:
            fulls, shorts = _county_forms(name)
            counties.append((Place(name, province, COUNTY, city), unit, fulls, shorts))
            for form in fulls:
                by_surface[form].append((2, counties[-1][0]))
            for form in shorts:
                by_surface[form].append((3, counties[-1][0]))

    def sole_county(form: str, ranks: list[tuple[int, Place]]) -> Place | None:
        """The one county a form names alone, if any."""
        if len(ranks) == 1:  # most forms: one place (a quick path of the same answer)
            rank, place = ranks[0]
            return None if form in ordinary or rank < 2 else place
        best = min(rank for rank, _ in ranks)
        if form in ordinary or best < 2:  # the higher level wins
            return None
        named = {p for rank, p in ranks if rank == best}
        return named.pop() if len(named) == 1 else None

    owner = {form: sole_county(form, ranks) for form, ranks in by_surface.items()}

    def in_text_alone(form: str, place: Place) -> bool:
        return owner[form] is place and len(form) >= 3 and form not in inside_words

    unsafe: set[str] = set()
    renamed: dict[Place, tuple[Place, list[str]]] = {}  # a county → its final place, its forms
    in_unit = Counter((unit, form) for _, unit, fulls, shorts in counties for form in fulls + shorts)
    for place, unit, fulls, shorts in counties:
        final = place if owner[place.name] is place else Place(unit + place.name, place.province, COUNTY, place.city)
        renamed[place] = final, fulls + shorts
        for form in fulls + shorts:
            if owner[form] is place:
                table[form] = final
                if not in_text_alone(form, place):
                    unsafe.add(form)
            # 南京市鼓楼区, 南京鼓楼区, 吕梁兴县, 曲靖沾益: after its city a name is one place (长春市九台区 too, whole:
            # else 长春市九台 would be read, and 区 left to the words after it)
            if (form in fulls or not in_text_alone(form, place) and form not in ordinary) and in_unit[unit, form] == 1:
                for prefix in prefixes[unit]:
                    table.setdefault(prefix + form, final)
    for place, (final, forms) in renamed.items():
        if final is not place:  # a county is listed under its own forms only
            for form in forms:
                by_surface[form] = [(rank, final if p == place else p) for rank, p in by_surface[form]]
    return _Gazetteer(table, frozenset(table.keys() - unsafe), dict(by_surface))


@lexical_cache
def gazetteer() -> dict[str, Place]:
    """Every name that resolves alone (full and short) → Place. A short name shared by a
    province and a city (吉林, 海南) means the province; a county name shared with a higher
    level means the higher; a county name shared by counties is there only after its city."""
    return _build().table


@lexical_cache
def place_pattern() -> NameScanner:
    """The gazetteer's names for running text, used like a compiled regex (finditer, match,
    fullmatch), longest name first. Names of two characters (兴县, 芒市) and those listed as
    found inside ordinary words (海城市 in 沿海城市) are matched only after their city
    (吕梁市兴县)."""
    return NameScanner(_build().in_text)


def gazetteer_in_text() -> frozenset[str]:
    """The names place_pattern looks for in running text."""
    return _build().in_text


@lexical_cache
def final_characters() -> frozenset[str]:
    """The characters a place name can end with: a quick test before trying every length of
    name that might end at a position."""
    return frozenset(name[-1] for name in gazetteer())


@lexical_cache
def name_heads() -> frozenset[str]:
    """The first two characters of every place name: a phrase that starts otherwise names no
    place, plain or qualified (南京市鼓楼区 starts with 南京市)."""
    return frozenset(name[:2] for name in gazetteer())


def lookup(name: str | None) -> Place | None:
    """The place a name means: a full or short name, or a qualified one (南京市鼓楼区,
    河南省洛阳市西工区, 贵州省黔东南苗族侗族自治州)."""
    return _lookup(name) if name else None


@lexical_cache
def _lookup(name: str) -> Place | None:
    if name[-1] not in final_characters():
        return None  # most phrases tried as names end in a character no place name ends in
    return gazetteer().get(name) or _qualified(name)


MAX_QUALIFIED = 40  # characters: 新疆维吾尔自治区伊犁哈萨克自治州伊宁县 has 19


def _qualified(name: str) -> Place | None:  # cached through _lookup, its one caller
    """南京市鼓楼区: a known city or province, then a name inside it."""
    if len(name) > MAX_QUALIFIED:  # a phrase, not a place: trying every cut would be quadratic
        return None
    for cut in range(len(name) - 1, 1, -1):
        head = gazetteer().get(name[:cut])
        if head and head.level != COUNTY:
            found = resolve(name[:cut], name[cut:])
            if found:
                return found
    return None


def _within(place: Place, area: Place) -> bool:
    """A county or city inside a province, a county inside a city."""
    if area.level == PROVINCE:
        return place.province == area.name and place != area
    return area.level == PREFECTURE and place.city == area.name


def resolve(prefix_city: str, name: str) -> Place | None:
    """The place called ``name`` inside ``prefix_city`` (a city or province, full or short):
    resolve("南京", "鼓楼区") → 鼓楼区 of 南京市; resolve("河南省", "洛阳") → 洛阳市."""
    area = lookup(prefix_city)
    if area is None or area.level == COUNTY:
        return None
    ranked = [(rank, p) for rank, p in _build().by_surface.get(name, ()) if _within(p, area)]
    if ranked:
        best = min(rank for rank, _ in ranked)
        found = {p for rank, p in ranked if rank == best}
        return found.pop() if len(found) == 1 else None
    inner = lookup(name)  # 洛阳市西工区 inside 河南省
    return inner if inner and _within(inner, area) else None


def only_county(form: str) -> Place | None:
    """The one county called ``form`` (full or short), also where the form is an ordinary word
    (界首, 金沙) or shared with no other county; None where counties share it."""
    counties = {p for rank, p in _build().by_surface.get(form, ()) if p.level == COUNTY}
    return counties.pop() if len(counties) == 1 else None


@lexical_cache
def abbreviations() -> dict[str, str]:
    """A province's one-character name (川 → 四川省, 粤 → 广东省). Never looked for in running
    text on its own: only a list of them (川、滇分别…) names provinces."""
    return {p["abbr"]: p["name"] for p in load("places")["province"]}


@lexical_cache
def abbreviation_pattern() -> regex.Pattern:
    """One province abbreviation (the caller reads them as a list only)."""
    return compiled(f"[{''.join(abbreviations())}]")


def province_of(name: str | None) -> str | None:
    place = lookup(name)
    return place.province if place else None


def in_province_of(place: Place, name: str | None) -> bool:
    """``place`` lies in the province of the place ``name`` (a county of a story's own province)."""
    return bool(name) and place.province == province_of(name)


def canonical(name: str | None) -> str | None:
    """A caller's place as the gazetteer names it: 长治 → 长治市, 山西 → 山西省, 河南省洛阳市 →
    洛阳市 (the most specific place of a compound), 中国（70个大中城市） → 中国 (notes in
    brackets dropped). A list of places (四川省；云南省) gives None: the text decides. A
    name the gazetteer does not know stays as given."""
    name = _NOTE.sub("", fold_characters(name or "")).strip()  # (長治市, Ｓｈａｎｘｉ: as the text is read)
    if len([part for part in _LIST_SEPARATORS.split(name) if part.strip()]) > 1:
        return None
    place = lookup(name)
    return place.name if place else (name or None)

