"""Find quantities: number (Arabic, Chinese, mixed, approximate), scale, unit, bound, range.

One compiled pattern scans the whole normalised text (numbers are rare, so this is the
fast path); everything after works on the few places it hits. Non-fact numerals (labels,
idioms, dates, 一 used as an article) are dropped here.
"""
from __future__ import annotations

import math
from functools import cache

import regex

from ..document import Document, Mention
from ..lexicon import bounds, load, trie_pattern, units
from ..numerals import CHINESE_NUMERAL_CHARS, read_approximate, read_number
from .base import Example, Rule

QUANTITY = Rule(
    name="quantity",
    doc="A number with its scale and unit or measure word: 1195.7 亿元, 3000多辆, 两万吨, 上万个.",
    examples=(
        Example("长治市GDP完成1195.7 亿元", {"span": "1195.7 亿元", "value": 119570000000.0, "unit": "CNY", "kind": "amount"}),
        Example("全市原煤产量 1.08 亿吨", {"span": "1.08 亿吨", "value": 108000000.0, "unit": "t"}),
        Example("绿色贷款余额200多亿元", {"span": "200多亿元", "value": 20000000000.0, "bound": "gt"}),
        Example("实施绿色开采矿井 22 座", {"span": "22 座", "value": 22.0, "unit": "count", "classifier": "座"}),
        Example("连续举办四届紫外LED会议", {"span": "四届", "value": 4.0, "classifier": "届"}),
        Example("全市粮食产量三千二百万斤", {"value": 16000.0, "unit": "t"}),
        Example("装机容量达到120万千瓦", {"value": 1.2e9, "unit": "W"}),
        Example("集成了上万个芯片", {"span": "上万个", "value": 10000.0, "bound": "ge"}),
        Example("带动数十家企业", {"span": "数十家", "value": 10.0, "bound": "gt"}),
        Example("吸纳就业十几万人", {"value": 100000.0, "bound": "gt", "classifier": "人"}),
        Example("投资约 1,234.5 万元", {"value": 12345000.0, "bound": "approx"}),
        Example("投资１２３．５亿元", {"span": "１２３．５亿元", "value": 12350000000.0}),
        Example("项目总投资10亿至20亿元", {"value": 1e9, "upper": 2e9, "unit": "CNY"}),
        Example("年产3—5万吨", {"value": 30000.0, "upper": 50000.0, "unit": "t"}),
        Example("投资超过50亿元以上", {"bound": "gt"}),
        Example("人数不到100人", {"bound": "lt", "value": 100.0}),
        Example("显示间距0.6毫米", {"value": 0.0006, "unit": "m"}),
        Example("面积0.05平方米", {"value": 0.05, "unit": "m2"}),
        Example("流域面积1万平方公里", {"value": 1e10, "unit": "m2"}),
        Example("灌溉面积20.2万亩", {"value": 202000.0, "unit": "mu"}),
        Example("发电量30亿千瓦时", {"value": 3e9, "unit": "kWh"}),
        Example("消耗标准煤5万吨标准煤", {"value": 50000.0, "unit": "tce"}),
        Example("出口额3.2亿美元", {"value": 3.2e8, "unit": "USD"}),
        Example("项目建设周期18个月", {"value": 1.5, "unit": "year"}),
        Example("电价0.5元/千瓦时", {"unit": "CNY/kWh", "value": 0.5}),
        Example("PM2.5平均浓度为35微克/立方米", {"span": "35微克/立方米", "unit": "ug/m3"}),
        Example("深圳市地区生产总值27217.51亿元,总量居全国城市第三位", {"span": "第三位", "value": 3.0, "unit": "rank", "scope": "全国城市"}),
        Example("共建农产品供京基地近万亩", {"span": "万亩", "value": 10000.0, "bound": "approx"}),
        Example("增长10%-15%", {"value": 10.0, "upper": 15.0}),
        Example("全市出口增长-1.2%", {"span": "-1.2%", "value": -1.2, "kind": "growth"}),
        Example("全市GDP比2020年翻了一番", {"span": "翻了一番", "value": 2.0, "unit": "times", "kind": "ratio"}),
        Example("光伏装机占总装机的三分之一", {"span": "三分之一", "unit": "%", "kind": "share", "metric": "光伏装机占总装机比重"}),
    ),
    negatives=("作为一个资源型城市", "是一座城市", "一块屏幕", "制定一系列措施", "一批重点项目",
               "“十四五”打造一流创新生态", "二十届三中全会", "推动“一企带一链,一链成一片”",
               "325、308、275 波段", "电话0355-2021234", "一是加快", "2024年12月4日",
               "以一域之光为全局添彩", "八百里浊漳河美丽画廊", "万元GDP能耗下降", "全市5G网络", "PM2.5"),
)

RATIO_PARTS = Rule(
    name="quantity.ratio_parts",
    doc="A structure written as 4.3:56.8:38.9 (parts of a whole, summing to 100) gives one share per part; X:1 after 比 is a ratio.",
    examples=(
        Example("三次产业结构为4.3:56.8:38.9", {"span": "56.8", "value": 56.8, "unit": "%", "kind": "share"}),
        Example("城乡居民收入比缩小到2.3:1", {"span": "2.3:1", "value": 2.3, "unit": "times", "kind": "ratio"}),
    ),
    negatives=("会议于9:30开始", "比分为3:1"),
)

UNKNOWN_UNIT = Rule(
    name="quantity.unknown_unit",
    doc="A number followed by a measure word czfacts does not know keeps it as the unit (SPEC §3).",
    examples=(Example("全市年产啤酒12万箱。", {"span": "12万箱", "value": 120000.0, "unit": "箱", "kind": "amount"}),),
    negatives=("地铁3号线开通", "全市10大重点产业链", "共有100强企业"),
)

ARTICLE = Rule(
    name="quantity.article",
    doc="一 + measure word used as an article or vague quantifier (一个, 一座, 一批) is not a count.",
    negatives=("作为一个以煤炭产业为主的资源型城市", "打造一座城市", "一套体系"),
)

_ARABIC = r"\d+(?:\.\d+)?"
_CN = f"[{CHINESE_NUMERAL_CHARS.replace('点', '')}]+(?:点[〇零一二三四五六七八九]+)?"
_SCALE_ONLY = regex.compile(r"[百千万亿兆佰仟]+")
_APPROX = r"(?:数|几)(?:十|百|千)?[万亿]?(?:十|百|千)?|上(?:百|千|万|亿)(?:万)?|(?:[一二三四五六七八九]?十)?几(?:十|百|千)?[万亿]?"
_SCALE = r"[十百千万亿]*"
_DASH = r"(?:至|到|~|～|-|—|–|－)"
_LIST = r"(?:、|和|与|及|以及)"


@cache
def _unit_alternation() -> str:
    return trie_pattern(units())


@cache
def _pattern() -> regex.Pattern:
    unit = _unit_alternation()
    number = rf"(?:{_ARABIC}{_SCALE}|{_APPROX}|{_CN})"
    return regex.compile(
        rf"(?P<rank>(?P<rankmark>第|前)(?P<rankn>\d+|[一二三四五六七八九十]+)(?P<rankunit>位|名|强)?|首位)"
        rf"|(?P<pct>百分之(?P<pctn>{_ARABIC}|{_CN}))"
        rf"|(?P<pml>千分之(?P<pmln>{_ARABIC}|{_CN}))"
        rf"|(?P<frac>(?P<fracd>\d+|[一二三四五六七八九十]+)分之(?P<fracn>\d+|[一二三四五六七八九十]+))"
        rf"|(?P<fold>翻了?(?P<foldn>一|两|二|三|四)番)"
        rf"|(?P<cheng>(?P<chengn>[一二三四五六七八九十])成(?P<chengx>半|[一二三四五六七八九](?![成]))?)(?![本绩为果员立功熟交])"
        rf"|(?:(?<=\p{{Han}})(?P<sign>[-−]))?(?P<num>{number})(?:(?P<unit1>{unit})?{_DASH}(?P<num2>{number}))?(?P<inside>多|余)?(?P<scale>[万亿]*)"
        rf"(?P<unit>{unit})?(?:/(?P<per>{unit}|年|月|日|人|户))?"
    )


@cache
def _article_classifiers() -> set[str]:
    return set(load("units")["classifiers"]["words"])


@cache
def _nonfact_pattern() -> regex.Pattern:
    words = load("nonfacts")["words"]["labels"]
    return regex.compile(trie_pattern(words))


_LIST_RE = regex.compile(_LIST)
_PHONE = regex.compile(r"\d{3,4}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)|(?<![\d.:])\d{1,2}:\d{2}(?![\d.:])")
_RATIO_BEFORE = regex.compile(r"比(?:例|值)?(?:为|是|达到?|缩小到|缩小至|扩大到|扩大至|降至|降到)?$")
_RATIO_PARTS = regex.compile(r"(?<![\d.])\d+(?:\.\d+)?(?::\d+(?:\.\d+)?){1,5}(?![\d.:])")
_ARABIC_RE = regex.compile(_ARABIC)


def mask_nonfacts(doc: Document) -> None:
    """Labels, idioms, phone numbers, clock times: spans that never give a fact."""
    for pattern in (_nonfact_pattern(), _PHONE):
        for m in pattern.finditer(doc.text):
            doc.mask(*m.span())


def _value(text: str) -> tuple[float, str] | None:
    """Number and the bound it implies by itself (数十 → gt)."""
    approx = read_approximate(text) if text[0] in "数几上" or "几" in text else None
    if approx:
        return approx
    value = read_number(text)
    return None if value is None else (value, "eq")


def _ratio_parts(doc: Document) -> None:
    """4.3:56.8:38.9 → three shares, when the parts make up a whole (sum to 100);
    收入比2.3:1 → a ratio of 2.3."""
    for m in _RATIO_PARTS.finditer(doc.text):
        parts = [(p.start(), p.end()) for p in regex.finditer(r"\d+(?:\.\d+)?", m.group())]
        values = [float(m.group()[a:b]) for a, b in parts]
        if len(values) == 2 and values[1] == 1 and _RATIO_BEFORE.search(doc.text, max(0, m.start() - 8), m.start()):
            doc.mask(*m.span())
            doc.mentions.append(Mention(m.start(), m.end(), values[0], "times", "ratio", RATIO_PARTS.name))
            continue
        if len(values) < 2 or abs(sum(values) - 100) > 1:
            continue
        doc.mask(*m.span())
        for (a, b), value in zip(parts, values):
            doc.mentions.append(Mention(m.start() + a, m.start() + b, value, "%", "share", RATIO_PARTS.name))


def find_quantities(doc: Document) -> None:
    text = doc.text
    table = units()
    bound_words = bounds()
    _ratio_parts(doc)
    for m in _pattern().finditer(text):
        start, end = m.span()
        if doc.is_masked(start, end):
            continue
        mention = _read(m, table)
        if mention is None:
            continue
        if m.group("num") and _is_article(m):
            continue
        if m.group("num") and _SCALE_ONLY.fullmatch(m.group("num")) and not m.group("inside") \
                and not bound_word_before(text, start):
            continue  # 万元GDP能耗: a scale word; 近万亩 and 百余个 are numbers
        if m.group("rank"):
            mention.scope = _rank_scope(text, start)
            if mention.scope is None and not _rank_verb().search(text, max(0, start - 3), start):
                continue  # 第二十六场, 第三产业: ordinals that rank nothing
            doc.mentions.append(mention)
            continue
        if m.group("num") and not m.group("unit") and m.group("num")[0].isdigit() \
                and (unknown := _unknown_unit(text, end)):
            mention = _with_unknown_unit(mention, unknown)
            end = mention.end
        elif m.group("num") and not m.group("unit") and not _bare_number_kept(text, m):
            continue
        mention.bound = _bound(text, start, end, mention.bound, bound_words)
        if _is_threshold(text, start, end, mention.bound) or _opens_a_name(text, start):
            continue
        doc.mentions.append(mention)
    doc.mentions.sort(key=lambda mention: mention.start)
    _share_list_units(doc)
    _group_lists(doc)


def _group_lists(doc: Document) -> None:
    """Mentions joined only by 、/和/与/及 form one list (分别 lists, shared units)."""
    next_id = 0
    for a, b in zip(doc.mentions, doc.mentions[1:]):
        gap = doc.text[a.end:b.start]
        after = _bound_patterns()[1].match(gap)
        if _LIST_RE.fullmatch(gap, after.end() if after else 0):
            if a.list_id is None:
                a.list_id, next_id = next_id, next_id + 1
            b.list_id = a.list_id


def _read(m, table) -> Mention | None:
    start, end = m.span()
    if m.group("rank"):
        value = 1.0 if m.group() == "首位" else read_number(m.group("rankn"))
        if value is None:
            return None
        return Mention(start, end, value, "rank", "rank", "quantity.rank",
                       bound="le" if m.group("rankmark") == "前" else "eq")
    if m.group("pct") or m.group("pml"):
        raw = m.group("pctn") or m.group("pmln")
        value = read_number(raw)
        if value is None:
            return None
        return Mention(start, end, value * (1 if m.group("pct") else 0.1), "%", "share", "quantity.percent_words")
    if m.group("frac"):
        whole, part = read_number(m.group("fracd")), read_number(m.group("fracn"))
        if not whole or part is None:
            return None
        return Mention(start, end, 100 * part / whole, "%", "share", "quantity.fraction")
    if m.group("fold"):
        times = 2 ** int(read_number(m.group("foldn")) or 1)
        return Mention(start, end, float(times), "times", "ratio", "quantity.fold")
    if m.group("cheng"):
        tenths = read_number(m.group("chengn")) or 0
        extra = m.group("chengx")
        value = tenths * 10 + (5 if extra == "半" else (read_number(extra) if extra else 0))
        return Mention(start, end, float(value), "%", "share", "quantity.fraction")
    number = m.group("num")
    read = _value(number)
    if read is None:
        return None
    value, bound = read
    scale = read_number("1" + m.group("scale")) if m.group("scale") else 1.0
    if m.group("inside"):
        bound = "gt"
    upper = None
    if m.group("num2"):
        second = _value(m.group("num2"))
        if second is None or _SCALE_ONLY.fullmatch(m.group("num2")):
            return None
        upper = second[0] * scale
        # 10亿至20亿元: the first number has its own scale; 3—5万吨: it borrows the second's
        if not regex.search(r"[万亿千百]$", number) and regex.search(r"[万亿]$", m.group("num2")):
            value *= read_number("1" + regex.search(r"[万亿]+$", m.group("num2")).group()) or 1
    value *= scale
    if m.group("sign"):
        value = -value  # 增长-1.2%
    if not math.isfinite(value) or (upper is not None and not math.isfinite(upper)):
        return None  # 308 nines: not a statistic, and not representable in JSON
    surface = m.group("unit")
    if m.group("unit1") and m.group("unit1") != surface:
        return None  # 3吨-5万元 is no range
    if surface is None:
        return Mention(start, end, value, "", "amount", "quantity.bare", upper=upper, bound=bound)
    unit = table[surface]
    if unit.arabic_only and not number[0].isdigit():
        return None
    canonical = unit.unit
    if m.group("per"):
        per = m.group("per")
        canonical = f"{canonical}/{table[per].unit if per in table else per}"
    mention = Mention(start, end, value * unit.scale, canonical, unit.kind, "quantity.unit",
                      upper=None if upper is None else upper * unit.scale, bound=bound,
                      surface_unit=surface)
    if unit.unit == "count":
        mention.classifier = surface
        mention.rule = "quantity.count"
    return mention


def _is_article(m) -> bool:
    """一个, 一座, 一批 …: 一 + measure word with nothing else is an article (gold README §2)."""
    return (m.group("num") in load("nonfacts")["article"]["numerals"]
            and not m.group("scale") and not m.group("num2")
            and m.group("unit") in _article_classifiers())


@cache
def _scope_pattern() -> regex.Pattern:
    scopes = load("attribution")["scopes"]
    # 全国城市第三位, 全省地级市第二: a scope word and the kind of peers ranked
    return regex.compile(rf"{trie_pattern(scopes['words'])}\p{{Han}}{{0,3}}$")


@cache
def _rank_verb() -> regex.Pattern:
    return regex.compile(rf"{trie_pattern(load('attribution')['scopes']['rank_verbs'])}$")



def _rank_scope(text: str, start: int) -> str | None:
    m = _scope_pattern().search(text, max(0, start - 8), start)
    return m.group() if m else None


@cache
def _unknown_unit_pattern() -> regex.Pattern:
    never = regex.escape("".join(load("units")["unknown_units"]["never"]))
    return regex.compile(rf"([^\P{{Han}}{never}])(?=[,，。；;、:：!?！？\n)）”]|的|和|与|$)")


def _unknown_unit(text: str, end: int) -> str | None:
    """12万箱。: a measure word czfacts does not know, kept as the unit (SPEC §3)."""
    m = _unknown_unit_pattern().match(text, end)
    return m.group(1) if m else None


def _with_unknown_unit(mention: Mention, surface: str) -> Mention:
    mention.end += len(surface)
    mention.unit, mention.kind, mention.surface_unit = surface, "amount", surface
    mention.rule = UNKNOWN_UNIT.name
    return mention


_INDEX_BEFORE = regex.compile(r"指数(?:为|是|达到?|上涨到|下降到)?$")


def _bare_number_kept(text: str, m) -> bool:
    """A number with no unit is kept only as an index value or before a list's shared unit."""
    start, end = m.span()
    if not _ARABIC_RE.fullmatch(m.group("num")):
        return False
    if _INDEX_BEFORE.search(text, max(0, start - 8), start):
        return True
    return bool(_list_with_unit().match(text, end, end + 40))


@cache
def _list_with_unit() -> regex.Pattern:
    """、40.6 个百分点 after a bare number: the list's unit is written once, at its end."""
    return regex.compile(rf"{_LIST}(?:{_ARABIC}{_LIST})*{_ARABIC}[万亿]*(?:{_unit_alternation()})")


@cache
def _bound_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    words = bounds()
    return regex.compile(rf"{trie_pattern(words['before'])}$"), regex.compile(trie_pattern(words["after"]))


def bound_word_before(text: str, start: int) -> regex.Match | None:
    """The bound word (约, 超过, 不到 …) that ends right before ``start``, if any."""
    return _bound_patterns()[0].search(text, max(0, start - 4), start)


def _bound(text: str, start: int, end: int, bound: str, words: dict) -> str:
    """Bound words just before the number or just after the unit (SPEC §2)."""
    before = bound_word_before(text, start)
    if before:
        return words["before"][before.group()]
    after = _bound_patterns()[1].match(text, end)
    return words["after"][after.group()] if after else bound


_THRESHOLD_AFTER = regex.compile(r"(?:以上|以下|及以上)(?:的|(?=项目|企业|工业|产业|规模|城市|景区|重点|重大))")


def _is_threshold(text: str, start: int, end: int, bound: str) -> bool:
    """超千亿元的开发区, 亿元以上项目: a bound that defines the set being counted is part of
    that count's metric, not a fact (SPEC §2)."""
    if _THRESHOLD_AFTER.match(text, end):
        return True
    return bound == "gt" and text.startswith("的", end) and not text.startswith("的目标", end)


def _opens_a_name(text: str, start: int) -> bool:
    """《八百里浊漳…》, “八百里浊漳·美丽…”: a numeral opening a title or quoted name is a label."""
    return start > 0 and text[start - 1] in "《“" and not text[start].isdigit()


def _share_list_units(doc: Document) -> None:
    """44.3 和 40.6 个百分点: bare numbers take the unit written once after the list."""
    mentions = doc.mentions
    for i in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[i], mentions[i + 1]
        if m.unit or not _LIST_RE.fullmatch(doc.text, m.end, nxt.start):
            continue
        if nxt.unit:
            scale = units()[nxt.surface_unit].scale if nxt.surface_unit else 1.0
            m.value *= scale
            m.unit, m.kind, m.classifier, m.surface_unit = nxt.unit, nxt.kind, nxt.classifier, nxt.surface_unit
            m.rule = nxt.rule
    doc.mentions = [m for m in mentions if m.unit or _INDEX_BEFORE.search(doc.text, max(0, m.start - 8), m.start)]
    for m in doc.mentions:
        if not m.unit:
            m.unit, m.kind, m.rule = "index", "amount", "quantity.index"
