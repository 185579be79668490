"""The indicator lexicon (data/indicators.toml): standard statistical indicators with a stable id.

A Fact whose metric names a known indicator gets its id (`Fact.indicator`), so facts join
across documents and years: 地区生产总值, 生产总值 and GDP are all ``gdp``.

    indicator_of("全市规上工业增加值增速")  → "above_scale_industry_value_added"
    find_indicators("社会消费品零售总额增长7%") → [(0, 9, "retail_sales_consumer_goods")]
    english_name("gdp")                     → "Gross domestic product (regional GDP)"

``load_indicators(extra_paths)`` adds the [indicators] sections of user lexicons (same
schema; see the head of the data file) over the bundled ones.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .compiled import compiled
from .errors import LexiconError
from . import lexicon
from .lexicon import CANONICAL_UNITS, active_lexicons, trie_pattern
from .namescan import NameScanner
from .places import place_pattern

_ID = compiled(r"[a-z][a-z0-9_]*")
_DROPPED = str.maketrans("", "", " \t\r\n\u3000\"'“”‘’「」『』《》、·的①②③④⑤⑥⑦⑧⑨⑩")
_QUOTES = str.maketrans("", "", "\"“”")
# A note in brackets (固定资产投资(不含农户), 生产总值[2]), also one cut off at the end (生产总值[2).
_BRACKETED = compiled(r"\([^()]*(?:\)|$)|（[^（）]*(?:）|$)|\[[^\[\]]*(?:\]|$)|【[^【】]*(?:】|$)")
_SHARE = compiled(r"(?P<part>[^占]+)占(?P<whole>.+?)(?:比重|比例|份额)")  # [^占]: linear on a long name
_ASCII_WORD = compiled(r"[A-Za-z0-9.]")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class IndicatorSpec(_Strict):
    """One line of [indicators]: see the head of data/indicators.toml."""

    en: str = Field(min_length=1)
    zh: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()
    unit: str | None = None
    scope: str | None = None
    part: str | None = None
    whole: str | None = None

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, unit: str | None) -> str | None:
        if unit is not None and unit not in CANONICAL_UNITS:
            raise ValueError(f"unknown unit {unit!r} (one of {sorted(CANONICAL_UNITS)})")
        return unit

    @model_validator(mode="after")
    def _part_with_whole(self) -> "IndicatorSpec":
        if (self.part is None) != (self.whole is None):
            raise ValueError("part and whole go together")
        return self


class AliasesOnly(_Strict):
    """A user lexicon's entry for an id that already exists: more names for it."""

    aliases: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()


class MatchWords(_Strict):
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    heads: tuple[str, ...]


class BundledFile(_Strict):
    match: MatchWords
    scopes: dict[str, tuple[str, ...]]
    indicators: dict[str, dict[str, Any]]


@dataclass(frozen=True)
class Indicator:
    id: str
    en: str
    zh: str
    aliases: tuple[str, ...]
    exact: tuple[str, ...]
    unit: str | None
    scope: str | None
    part: str | None
    whole: str | None

    @property
    def names(self) -> tuple[str, ...]:
        """Every name: the canonical one, the aliases, the whole-metric-only names."""
        return (self.zh, *self.aliases, *self.exact)


class IndicatorSpan(NamedTuple):
    """An indicator name in a text: [start, end) code-point offsets, end exclusive."""

    start: int
    end: int
    id: str


def key(name: str) -> str:
    """The form names are compared in: NFKC (full-width → ASCII), ASCII upper case, without
    spaces, quotes, 、 and 的 (交通运输、仓储和邮政业 = 交通运输仓储和邮政业). Brackets stay:
    执业(助理)医师 and 执业助理医师 are two indicators."""
    # dropped before NFKC too, which would make the footnote mark ② a 2
    return unicodedata.normalize("NFKC", name.translate(_DROPPED)).upper().translate(_DROPPED)


def _surfaces(name: str) -> set[str]:
    """The ways a name is written: as listed, without 、 or quotes (交通运输仓储和邮政业,
    专精特新小巨人企业), and with ASCII brackets as in normalised text."""
    forms = {name, name.replace("、", ""), name.translate(_QUOTES)}
    return forms | {f.replace("（", "(").replace("）", ")") for f in forms}


class Indicators:
    """A loaded lexicon: lookups by metric, search in text, names. Read-only, thread-safe."""

    def __init__(self, indicators: dict[str, Indicator], match: MatchWords, scopes: dict[str, tuple[str, ...]],
                 owner: dict[str, str]) -> None:
        self._by_id = indicators
        self._owner = owner  # key(name) → id
        self._scopes = {name: sorted(map(key, prefixes), key=len, reverse=True) for name, prefixes in scopes.items()}
        self._prefix = compiled(trie_pattern(map(key, match.prefixes)))
        self._suffix = compiled(f"(?:{trie_pattern(map(key, match.suffixes))})$")
        self._heads = tuple(map(key, match.heads))
        self._shares = {(i.part, i.whole): i.id for i in indicators.values() if i.part}
        self._cached_lookup = lru_cache(maxsize=1 << 16)(self._lookup)

    def __getstate__(self) -> dict:
        """Pickled without its lookup cache (lexicon.kept_on_disk keeps the bundled table)."""
        return {name: value for name, value in self.__dict__.items() if name != "_cached_lookup"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._cached_lookup = lru_cache(maxsize=1 << 16)(self._lookup)

    @cached_property
    def _surface_id(self) -> dict[str, str]:
        """Every written form of every searchable name → its id (built on the first search)."""
        surfaces: dict[str, str] = {}
        for ind in self._by_id.values():
            for name in (ind.zh, *ind.aliases):
                for surface in _surfaces(name):
                    surfaces.setdefault(surface, ind.id)
        return surfaces

    @cached_property
    def _search(self) -> NameScanner | re.Pattern[str]:
        # A NameScanner is built in 2 ms where compiling the alternation of ~2,000 names took
        # 37 ms of a cold start, and searches faster; it needs names of two characters or
        # more, which a user lexicon need not keep to.
        if min(map(len, self._surface_id), default=2) >= 2:
            return NameScanner(self._surface_id)
        return re.compile(trie_pattern(self._surface_id))

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Indicator]:
        return iter(self._by_id.values())

    def __getitem__(self, indicator_id: str) -> Indicator:
        return self._by_id[indicator_id]

    def english_name(self, indicator_id: str) -> str:
        return self._by_id[indicator_id].en

    def unit_of(self, metric: str | None) -> str | None:
        """The canonical unit (CNY, count, % …) of the indicator ``metric`` names, else None."""
        found = self.indicator_of(metric)
        return self._by_id[found].unit if found else None

    def indicator_of(self, metric: str | None) -> str | None:
        """The id of the indicator ``metric`` names, else None.

        A name matches as written, after generic prefixes and place names (全市, 我省,
        长治市) and a generic suffix (总量, 增速, 增量) are taken off, after the scope prefix
        of an indicator measured in that scope (规上工业原煤产量), or as a declared share
        (A占B比重). Nothing else: 汽车制造业投资 is not 制造业投资, and 农村居民人均可支配收入
        is not 居民人均可支配收入.
        """
        return self._cached_lookup(metric) if metric else None

    def is_name(self, text: str) -> bool:
        """Whether ``text`` is one of the names as listed (新增城镇就业), nothing taken off."""
        return key(text) in self._owner

    def _lookup(self, metric: str) -> str | None:
        variants = []
        for text in dict.fromkeys((metric, _BRACKETED.sub("", metric))):
            name = key(text)
            while name:
                variants.append(name)
                prefix = self._prefix.match(name) or place_pattern().match(name)
                if not prefix:
                    break
                name = name[prefix.end():]
        for name in variants:
            if found := self._with_suffixes(name, shares=False):
                return found
        for name in variants:
            if found := self._with_suffixes(name, shares=True):
                return found
        return None

    def _with_suffixes(self, name: str, shares: bool) -> str | None:
        for _ in range(3):  # GDP总量增速: at most two generic words after the name
            if found := self._share(name) if shares else self._named(name):
                return found
            suffix = self._suffix.search(name)
            if not suffix or suffix.start() == 0:
                return None
            name = name[: suffix.start()]
        return None

    def _scoped(self, name: str) -> str | None:
        for scope, prefixes in self._scopes.items():
            for prefix in prefixes:
                if name.startswith(prefix) and len(name) > len(prefix):
                    found = self._owner.get(name[len(prefix):])
                    if found and self._by_id[found].scope == scope:
                        return found
        return None

    def _share(self, name: str) -> str | None:
        """A占B比重 where (A, B) is a declared share; A may leave out its measure word when B
        names it (高技术制造业占规模以上工业比重)."""
        m = _SHARE.fullmatch(name)
        whole = m and self._named(m["whole"])
        if not whole:
            return None
        part = self._named(m["part"])
        if part is not None:
            return self._shares.get((part, whole))
        for head in self._heads:
            part = self._named(m["part"] + head)
            if part is not None and (part, whole) in self._shares:
                return self._shares[(part, whole)]
        return None

    def _named(self, name: str) -> str | None:
        return self._owner.get(name) or self._scoped(name)

    def find(self, text: str, boundaries: Iterable[int] | None = None) -> list[IndicatorSpan]:
        """Every indicator name in ``text``, left to right, the longest at each place, none
        overlapping. Latin names (GDP, M2) never start or end inside a Latin word or number
        (M2 in M20). With ``boundaries`` (offsets where words start and end, from a
        tokenizer) a name must start and end on one. Whole-metric-only names (出口, 医院)
        are not searched."""
        allowed = set(boundaries) if boundaries is not None else None

        def acceptable(start: int, end: int) -> bool:
            on_words = allowed is None or (start in allowed and end in allowed)
            return on_words and not _cuts_latin_word(text, start, end)

        spans: list[IndicatorSpan] = []
        pos = 0
        while m := self._search.search(text, pos):
            start, longest = m.span()
            # the longest name here, else the longest shorter one that is acceptable
            end = next((e for e in range(longest, start, -1)
                        if (e == longest or text[start:e] in self._surface_id) and acceptable(start, e)), None)
            if end is None:
                pos = start + 1
                continue
            spans.append(IndicatorSpan(start, end, self._surface_id[text[start:end]]))
            pos = end
        return spans


def _cuts_latin_word(text: str, start: int, end: int) -> bool:
    return bool((start > 0 and _ASCII_WORD.match(text[start]) and _ASCII_WORD.match(text[start - 1]))
                or (end < len(text) and _ASCII_WORD.match(text[end - 1]) and _ASCII_WORD.match(text[end])))


def _errors(where: str, exc: ValidationError) -> LexiconError:
    lines = []
    for error in exc.errors():
        path = ".".join(str(p) for p in error["loc"])
        if error["type"] == "extra_forbidden":
            lines.append(f"{where}: unknown key {path!r}")
        else:
            lines.append(f"{where}: {path}: {error['msg']}")
    return LexiconError("\n".join(lines))


def _read(path: str | Path) -> dict[str, Any]:
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path}: {exc}") from exc


class _Builder:
    """Collects entries file by file and checks ids, aliases, scopes and shares."""

    def __init__(self, scopes: dict[str, tuple[str, ...]]) -> None:
        self.scopes = scopes
        self.indicators: dict[str, Indicator] = {}
        self.owner: dict[str, str] = {}  # key(name) → id
        self.source: dict[str, str] = {}  # id → the file that defined it

    def add_file(self, where: str, entries: dict[str, Any]) -> None:
        if not isinstance(entries, dict):
            raise LexiconError(f"{where}: [indicators] must be a table of id = {{ ... }}")
        for ident, raw in entries.items():
            here = f"{where} [indicators.{ident}]"
            if not isinstance(ident, str) or not _ID.fullmatch(ident):
                raise LexiconError(f"{here}: an id is snake_case ASCII (gdp, fixed_asset_investment)")
            if not isinstance(raw, dict):
                raise LexiconError(f"{here}: must be a table {{ en = ..., zh = ..., aliases = [...] }}")
            if ident in self.indicators:
                self._extend(here, ident, raw)
            else:
                self._new(here, where, ident, raw)

    def _new(self, here: str, where: str, ident: str, raw: dict[str, Any]) -> None:
        try:
            spec = IndicatorSpec.model_validate(raw)
        except ValidationError as exc:
            raise _errors(here, exc) from None
        if spec.scope is not None and spec.scope not in self.scopes:
            raise LexiconError(f"{here}: unknown scope {spec.scope!r} (one of {sorted(self.scopes)})")
        self.indicators[ident] = Indicator(ident, spec.en, spec.zh, spec.aliases, spec.exact, spec.unit,
                                           spec.scope, spec.part, spec.whole)
        self.source[ident] = where
        self._claim(here, ident, self.indicators[ident].names)

    def _extend(self, here: str, ident: str, raw: dict[str, Any]) -> None:
        try:
            more = AliasesOnly.model_validate(raw)
        except ValidationError as exc:
            raise _errors(f"{here} (the id exists: only aliases and exact may be added)", exc) from None
        old = self.indicators[ident]
        self.indicators[ident] = Indicator(ident, old.en, old.zh, old.aliases + more.aliases, old.exact + more.exact,
                                           old.unit, old.scope, old.part, old.whole)
        self._claim(here, ident, (*more.aliases, *more.exact))

    def _claim(self, here: str, ident: str, names: Iterable[str]) -> None:
        for name in names:
            name_key = key(name)
            if not name_key:
                raise LexiconError(f"{here}: empty name {name!r}")
            other = self.owner.setdefault(name_key, ident)
            if other != ident:
                raise LexiconError(f"{here}: name {name!r} already belongs to {other!r}")

    def check_shares(self) -> None:
        pairs: dict[tuple[str, str], str] = {}
        for ind in self.indicators.values():
            if ind.part is None or ind.whole is None:
                continue
            here = f"{self.source[ind.id]} [indicators.{ind.id}]"
            for role in (ind.part, ind.whole):
                if role not in self.indicators:
                    raise LexiconError(f"{here}: part/whole {role!r} is no indicator id")
            other = pairs.setdefault((ind.part, ind.whole), ind.id)
            if other != ind.id:
                raise LexiconError(f"{here}: the share {ind.part} in {ind.whole} is {other!r}")


def build(bundled: dict[str, Any], extra: Iterable[tuple[str, dict[str, Any]]] = (),
          where: str = "data/indicators.toml") -> Indicators:
    """The lexicon from a parsed bundled file and parsed user files (name, data) in order."""
    try:
        base = BundledFile.model_validate(bundled)
    except ValidationError as exc:
        raise _errors(where, exc) from None
    builder = _Builder(base.scopes)
    builder.add_file(where, base.indicators)
    for name, data in extra:
        if "indicators" in data:
            builder.add_file(name, data["indicators"])
    builder.check_shares()
    return Indicators(builder.indicators, base.match, base.scopes, builder.owner)


def load_indicators(extra_paths: Iterable[str | Path] = ()) -> Indicators:
    """The bundled lexicon with the [indicators] sections of ``extra_paths`` (user lexicon
    files; their other sections are for the other lexicons) added in order. Cached per paths."""
    return _load(tuple(str(p) for p in extra_paths))


@cache
def _load(extra_paths: tuple[str, ...]) -> Indicators:
    bundled = lexicon.bundled("indicators")
    if not extra_paths:  # the bundled table, validated once and then loaded (its build took 25 ms of a cold start)
        return lexicon.kept_on_disk("indicator_table", lambda: build(bundled, []), ("indicators",), __file__)
    return build(bundled, [(p, _read(p)) for p in extra_paths])


def indicator_of(metric: str | None) -> str | None:
    """The id for ``metric`` (see Indicators.indicator_of) in the bundled lexicon and the
    active user lexicons (czfacts.lexicon.using), else None."""
    return load_indicators(active_lexicons()).indicator_of(metric)


def indicator_unit(metric: str | None) -> str | None:
    """The canonical unit of the indicator ``metric`` maps to (CNY, count, % …), else None."""
    return load_indicators(active_lexicons()).unit_of(metric)


def is_indicator_name(text: str) -> bool:
    """Whether ``text`` is an indicator's name or alias as listed (see Indicators.is_name)."""
    return load_indicators(active_lexicons()).is_name(text)


def find_indicators(text: str, boundaries: Iterable[int] | None = None) -> list[IndicatorSpan]:
    """Every indicator name of the bundled and active user lexicons in ``text`` (see Indicators.find)."""
    return load_indicators(active_lexicons()).find(text, boundaries)


OPENING_REACH = 12  # characters after a position where the name of an indicator that opens there is read


def opens_an_indicator(text: str, start: int = 0) -> bool:
    """Whether an indicator's name begins at ``start`` (天津地区生产总值: 地区 opens one; 长三角区域: none)."""
    return any(span.start == 0 for span in find_indicators(text[start:start + OPENING_REACH]))


def english_name(indicator_id: str) -> str:
    """The English name of a bundled indicator id; KeyError for an unknown id."""
    return load_indicators().english_name(indicator_id)
