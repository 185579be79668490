"""Distributive lists (分别): N names × N values, one name × N years, shared trailing 以上.

Runs after metric and period attachment and rewrites the per-value fields of a list.
"""
from __future__ import annotations

from functools import cache
from itertools import groupby

import regex

from ..document import Attribute, Document, Mention
from ..fact import Period
from ..lexicon import alternation
from ..places import lookup, place_pattern
from .base import Example, Rule
from .nouns import clean, complete_names, split_items

DISTRIBUTE = Rule(
    name="distribute",
    doc="分别 pairs the i-th name with the i-th value; with 近N年 the values are years in order.",
    examples=(
        Example("上半年民间投资、基础设施投资、房地产开发投资分别增长3.2%、8.9%、11%", {"span": "8.9%", "metric": "基础设施投资"}),
        Example("上半年民间投资、基础设施投资、房地产开发投资分别增长3.2%、8.9%、11%", {"span": "11%", "metric": "房地产开发投资"}),
        Example("近三年来,全市数字经济核心产业增加值分别增长 31%、24%、19%", {"span": "24%", "period": {"text": "近三年来", "start": "2022-01-01", "end": "2022-12-31"}}),
        Example("技术改造投资增长21.4%,比全部投资和工业投资增速分别高 15.2 和 9.8 个百分点", {"span": "9.8 个百分点", "comparison": "比工业投资", "metric": "技术改造投资增速"}),
        Example("钢铁、水泥行业超低排放产能分别达到81%、76%以上", {"span": "81%", "bound": "ge", "metric": "钢铁行业超低排放产能"}),
        Example("全年接待游客1.2亿人次,实现旅游收入1350亿元,分别增长25.1%和30.2%", {"span": "25.1%", "metric": "接待游客"}),
        Example("城镇居民、农村居民人均可支配收入分别为31200元和13420元,分别增长4.1%和6.5%", {"span": "6.5%", "metric": "农村居民人均可支配收入"}),
        Example("城镇居民、农村居民人均消费支出分别为28100元和16200元", {"span": "28100元", "metric": "城镇居民人均消费支出"}),
        Example("前三季度,太原、大同GDP分别增长5.1%和4.3%", {"span": "4.3%", "subject": "大同市", "metric": "GDP"}),
        Example("杭州、宁波两市GDP分别达到15622亿元和12236亿元", {"span": "15622亿元", "subject": "杭州市", "metric": "GDP"}),
    ),
)

@cache
def _patterns() -> dict[str, regex.Pattern]:
    return {"rate": regex.compile(rf"{alternation('attribution', 'lists', 'rate_suffixes')}$"),
            "split": regex.compile(alternation("attribution", "lists", "connectors")),
            "respectively": regex.compile(alternation("attribution", "lists", "respectively")),
            "basis": regex.compile(alternation("kinds", "comparison", "openers"))}


def distribute(doc: Document) -> None:
    for list_id, group in groupby((m for m in doc.mentions if m.list_id is not None and not m.from_table), key=lambda m: m.list_id):
        items = list(group)
        _trailing_bound(items)
        respectively = None
        for respectively in _patterns()["respectively"].finditer(doc.text, doc.clause_start(items[0].start), items[0].start):
            pass
        if respectively is None:
            continue
        at = respectively.start()
        if _place_list(doc, items, at):
            continue
        names_text = _names_before(doc, at)
        if _patterns()["basis"].match(names_text):
            _comparison_list(names_text, items)
            continue
        names = complete_names([clean(n) for n in split_items(names_text) if clean(n)])
        if not names:
            # …分别为31200元和13420元,分别增长4.1%和6.5% / 接待游客1.2亿人次,实现旅游收入1350亿元,
            # 分别增长25.1%和30.2%: the values just before, in the same sentence, name the list
            names = _names_of_values_before(doc, items)
        if len(names) == len(items) and len(names) > 1 and all(names):
            for m, name in zip(items, names):
                m.metric = Attribute(name, None, None, "explicit")
                m.refine(DISTRIBUTE.name)
            continue
        _years(items)


def _after_periods(doc: Document, at: int) -> int:
    """Where the names of a 分别 list begin: the clause start, past any period (前三季度,…)."""
    start = doc.clause_start(at)
    for p in doc.periods_between(start, at):
        start = max(start, p.end)
    return start


def _place_list(doc: Document, items: list[Mention], at: int) -> bool:
    """太原、大同GDP分别增长5.1%和4.3%: the names are places, so they are the subjects and
    what follows them is the metric of every value."""
    start = _after_periods(doc, at)
    places = []
    pos = start
    while True:
        m = place_pattern().match(doc.text, pos, at)
        if not m:
            break
        places.append(m)
        pos = m.end()
        sep = _patterns()["split"].match(doc.text, pos, at)
        if not sep:
            break
        pos = sep.end()
    if len(places) != len(items) or len(places) < 2:
        return False
    metric = clean(doc.text[places[-1].end():at])
    for m, place in zip(items, places):
        m.subject = Attribute(lookup(place.group()).name, place.start(), place.end(), "explicit")
        if metric:
            m.metric = Attribute(metric, places[-1].end(), at, "explicit")
        m.refine(DISTRIBUTE.name)
    return True


def _names_of_values_before(doc: Document, items: list[Mention]) -> list[str]:
    first = doc.mentions.index(items[0])
    before = doc.mentions[max(0, first - len(items)):first]
    if len(before) != len(items) or doc.sentence(before[0].start) != doc.sentence(items[0].start):
        return []
    names = [str(m.metric.value) if m.metric else "" for m in before]
    return names if len(set(names)) == len(names) else []


def _names_before(doc: Document, at: int) -> str:
    start = _after_periods(doc, at)
    text = doc.text[start:at]
    place = place_pattern().match(text)  # 长治全市战略性新兴产业…: the owner is not a name of the list
    return text[place.end():] if place else text


def _comparison_list(names_text: str, items: list[Mention]) -> None:
    """比工业投资和制造业投资增速分别高 44.3 和 40.6 个百分点."""
    opener = _patterns()["basis"].match(names_text).group()
    body = names_text[len(opener):]
    suffix = _patterns()["rate"].search(body)
    body = body[: suffix.start()] if suffix else body
    bases = [clean(b) for b in split_items(body) if clean(b)]
    if len(bases) != len(items):
        return
    for m, basis in zip(items, bases):
        m.comparison = opener + basis
        m.refine(DISTRIBUTE.name)
        if suffix and m.metric and not str(m.metric.value).endswith(suffix.group()):
            m.metric = Attribute(f"{m.metric.value}{suffix.group()}", None, None, m.metric.how)


def _years(items: list[Mention]) -> None:
    """近三年来 … 分别增长 90%、52%、40%: one value per year, in list order."""
    period = items[0].period
    years = period.years if period else ()
    if len(years) != len(items):
        return
    for m, year in zip(items, years):
        m.refine(DISTRIBUTE.name)
        m.period = Attribute(Period(text=period.value.text, start=f"{year}-01-01", end=f"{year}-12-31"),
                             period.start, period.end, period.how, years=(year,))


def _trailing_bound(items: list[Mention]) -> None:
    """93%、94%以上: one trailing 以上 covers every value of the list."""
    last = items[-1]
    if last.bound in ("ge", "le", "approx") and all(m.bound == "eq" for m in items[:-1]):
        for m in items[:-1]:
            m.bound = last.bound
