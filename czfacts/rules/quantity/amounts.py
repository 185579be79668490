"""Amounts and counts: a number with its scale and unit or measure word (1195.7 亿元, 3000多辆,
两万吨), ranges (10亿至20亿元, 两到三千万元), signs (负3.9%), money written 123元4角5分 or ¥300 or
美元200万, and money without 元 where the text makes it money (GDP突破3万亿)."""
from __future__ import annotations

import math

import regex

from ...compiled import compiled
from ...document import Document, Mention
from ...lexicon import bounds, lexical_cache, load, trie_pattern, units
from ...numerals import (APPROXIMATE_PREFIXES, ARABIC_NUMBER, BIG_UNIT_CHARS, CAPITAL_CHARS, CN_NUMBER, DIGITS, SCALE_CHARS,
                         SMALL_UNIT_CHARS, UNIT_CHARS,
                         is_digit_by_digit, read_number)
from ..base import Example, Rule
from .bounds import bound_word_after, bound_word_before
from .lists import index_before
from .ratios import ratio_before
from .grammar import (ARABIC_RE, DASH, INCLUSIVE, LIST, LIST_RE, NUMBER, SCALE_ONLY, context_before, number_value,
                      scaled, split_unit_prefix, unit_pattern, words)

# --- reading one number with its unit ----------------------------------------------------------


def _borrowed_scale(first: str, first_value: float, second: str, second_value: float) -> float:
    """两到三千万 → 2千万, 七千到九千亿 → 7千亿, 3—5万 → 3万: the first end of a range takes the
    scale of the second when it has none of its own (and stays below the second)."""
    if any(c in BIG_UNIT_CHARS for c in first) or second_value <= 0:
        return first_value
    if second[0].isdigit():
        factor = read_number("1" + second[len(ARABIC_RE.match(second).group()):]) or 1.0
    elif not any(c in UNIT_CHARS for c in first):  # 两到三千五百万: the second's leading digit's place
        factor = 10.0 ** math.floor(math.log10(second_value))
    else:                                          # 七千到九千亿: the second's 万/亿
        tail = regex.search(f"[{BIG_UNIT_CHARS}]+$", second)
        factor = read_number("1" + tail.group()) if tail else 1.0
    borrowed = first_value * factor
    return borrowed if borrowed <= second_value else first_value


_CONTEXT_UNITS = ("energy_context", "compute_context")


def _out_of_context(surface: str, text: str, start: int, end: int) -> bool:
    """度 is a kilowatt-hour only where the text speaks of electricity (用电量, 发电量, 电价, 300亿度电),
    P computing power only where it speaks of computing (算力规模1.6万P; not P2P, 3P空调)."""
    for section in _CONTEXT_UNITS:
        if surface in words(section, "units"):
            return not (text.startswith(words(section, "after"), end)
                        or any(w in context_before(text, start) for w in words(section)))
    return False


@lexical_cache
def _article_classifiers() -> frozenset[str]:
    return frozenset(load("units")["classifiers"]["words"])


def _is_article(number: str, surface: str | None, ranged: bool, text: str, start: int) -> bool:
    """一个, 一座, 一批 …: 一 + measure word with nothing else is an article (gold README §2); not after a
    word that moves a time by it (提前一年建成, 延长一年: a span of time)."""
    return number in load("nonfacts")["article"]["numerals"] and not ranged and surface in _article_classifiers() \
        and not text.endswith(tuple(load("nonfacts")["article"]["not_after"]), max(0, start - ARTICLE_WORD), start)


ARTICLE_WORD = 3  # characters at most of a word before 一 that makes it a figure (再延长)


@lexical_cache
def _unknown_unit_pattern() -> regex.Pattern:
    never = regex.escape("".join(words("unknown_units", "never")))
    followed_by = trie_pattern(words("unknown_units", "followed_by"))
    return compiled(rf"([^\P{{Han}}{never}])(?=[,，。；;、:：!?！？\n)）”]|{followed_by}|$)")


@lexical_cache
def _list_with_unit() -> regex.Pattern:
    """、40.6 个百分点 after a bare number: the list's unit is written once, at its end (the items
    may carry their scale: 10.6万、3.8万、3.3万平方公里)."""
    return compiled(rf"{LIST}(?:{ARABIC_NUMBER}[{SCALE_CHARS}]*{LIST})*{ARABIC_NUMBER}[{SCALE_CHARS}]*(?:{unit_pattern()})")


def _bare_number_kept(text: str, start: int, end: int, number: str) -> bool:
    """A number with no unit is kept only as an index value, a ratio's value or before a list's shared unit."""
    if not ARABIC_RE.fullmatch(number.rstrip(SCALE_CHARS)):  # (26亿、50亿千瓦时: a scale of its own)
        return False
    return bool(index_before().search(text, max(0, start - 8), start) or ratio_before(text, start, end)
                or _list_with_unit().match(text, end, end + 40))


def _amount(m: regex.Match, doc: Document) -> Mention | None:
    start, end = m.span()
    number, second, surface = m.group("am_num"), m.group("am_num2"), m.group("am_unit")
    unit1 = (m.group("am_unit1") or "").strip()
    if second and doc.is_masked(start, end):
        if not unit1:
            return None
        # 增长5%到2025年: the dash opens no range; the first number and its unit stand alone
        return _amount_of(doc, start, m.end("am_unit1"), number, None, unit1, m.group("am_sign"))
    scale_text, inside = m.group("am_scale"), m.group("am_inside")
    if not second and not inside:
        number, scale_text = number + scale_text, ""
    if second:
        second, surface = split_unit_prefix(second, surface)
    else:
        number, surface = split_unit_prefix(number, surface)
    if unit1 and unit1 != surface:
        # 回落1.32个百分点至2.08%, 3吨-5万元: no range; the first number stands alone (the second is read next)
        return _amount_of(doc, start, m.end("am_unit1"), number, None, unit1, m.group("am_sign"))
    per, per_word = m.group("am_per"), m.group("am_per_mark") in words("per")
    if per and (scale := m.group("am_per_scale")):
        if scale + per in units() or not surface or second:
            per = scale + per  # 元/千瓦时: 千 is the unit's own
        else:
            return _per_scaled_base(doc, start, end, number, surface, scale + per, m.group("am_sign"))
    if per_word and f"{surface}/{per}" not in units():
        end = m.start("am_per_mark")  # 每 after a unit is a rate only in a known unit
    elif per_word:
        surface = f"{surface}/{per}"  # 35微克每立方米 is 35微克/立方米
    return _amount_of(doc, start, end, number, second, surface, m.group("am_sign"), scale_text, inside,
                      m.group("am_half"))


def _per_scaled_base(doc: Document, start: int, end: int, number: str, surface: str, base: str,
                     sign: str | None) -> Mention | None:
    """97.3公里/百平方公里, 126.5部/百人: a density or a rate per a scaled base, kept as written (SPEC: the
    unit as the statistics state it), an amount whatever its numerator counts."""
    mention = _amount_of(doc, start, end - len(base) - 1, number, None, surface, sign)
    if mention is None:
        return None
    mention.value /= units()[surface].scale  # (公里 as written, not metres: the base is written so)
    mention.end, mention.unit, mention.kind, mention.classifier = end, f"{surface}/{base}", "amount", None
    mention.rule = AMOUNT.name
    return mention


def _amount_of(doc: Document, start: int, end: int, number: str, second: str | None, surface: str | None,
               sign: str | None, scale_text: str = "", inside: str | None = None, half: str | None = None) -> Mention | None:
    text = doc.text
    if surface in words("money_without_yuan", "spoken_classifiers") and _SPOKEN_SCALE.match(text, end):
        return None  # 总投资328个亿: money said aloud (quantity.money_without_yuan), not 328 things
    if is_digit_by_digit(number) or (surface not in words("yuan") and len(number) == 1 and number in CAPITAL_CHARS):
        return None  # 二〇一八年 is a date; 登陆部队, 拾起: a capital numeral alone is a word
    number, start = _past_the_verb(text, number, start)
    if SCALE_ONLY.fullmatch(number) and not inside and not bound_word_before(text, start) \
            and not (surface and bound_word_after(text, end)) and not (surface and capacity_after(text, end)) \
            and not (surface and _plant_product_after(text, end, surface)):
        # 万元GDP能耗, 百家: a scale word; 近万亩, 千亿斤以上, 千亿斤粮食生产能力, 百万吨乙烯 and 百余个 are numbers
        return None
    read = number_value(number)
    if read is None:
        return None
    value, upper, bound = read
    if inside:
        bound = bounds()["inside"][inside]  # 200多亿, 十来万
    elif surface and (marked := next((w for w in bounds()["inside"] if w in surface), None)):
        bound = bounds()["inside"][marked]  # 10个多月: the marker inside the unit
    scale = read_number("1" + scale_text) if scale_text else 1.0
    if second:
        read2 = number_value(second)
        if read2 is None or SCALE_ONLY.fullmatch(second) or upper is not None:
            return None
        upper = read2[0] * scale
        value = _borrowed_scale(number, value, second, read2[0]) * scale
    else:
        value = scaled(number, value, scale_text)
    if sign:
        if sign in _minus_words() and not number[0].isdigit() and (surface is None or units()[surface].unit not in ("%", "pp")):
            return None  # 负一层: a floor, not a negative number
        value = -value   # 增长-1.2%, 负3.9%
    if not math.isfinite(value) or (upper is not None and not math.isfinite(upper)):
        return None  # 308 nines: not a statistic, and not representable in JSON
    if surface is None:
        return _bare(doc, start, end, number, value, upper, bound)
    starts_a_word = _starts_a_word(text, end, surface)
    if starts_a_word and (number + scale_text)[-1] in SCALE_CHARS and not second \
            and _money_context(doc, start, end - len(surface)):
        # 跨越5万亿、6万亿台阶: 台 opens 台阶, and the sum is money, said without 元
        return Mention(start, end - len(surface), value, "CNY", "amount", MONEY_WITHOUT_YUAN.name, bound=bound)
    if starts_a_word or _is_article(number, surface, bool(second), text, start):
        return None
    if (rate := _rate_before(text, start, surface)) is not None:
        surface = rate  # 每立方米20微克 is 20微克/立方米
    unit = units()[surface]
    if unit.arabic_only and not number[0].isdigit() and not any(surface in words(s, "units") for s in _CONTEXT_UNITS):
        return None  # (三千亿度 beside 发电量 is energy: a unit its context decides takes any numeral)
    if _out_of_context(surface, text, start, end):
        return None  # 气温升高1.5度, 转了90度: no energy
    if surface in words("clause_end_units") and not _ends_a_clause(text, end):
        return None  # 60岁以上人口, 3岁以下婴幼儿: an age that defines a group
    if half:
        value, upper = value + 0.5, None if upper is None else upper + 0.5  # 一吨半, 两米半
    canonical, scale = unit.unit, unit.scale
    if canonical == "t" and _coal_before().search(text, max(0, start - COAL_REACH), start):
        canonical = "tce"  # 节约标准煤600万吨: tonnes of coal equivalent, as 600万吨标准煤
    # 5元/公斤, 30万吨/日, 778元/月, 16.8万元/人: a rate is read in the unit of what it measures, as the
    # gold files check it (the unit before the slash); what it is per, the metric or the span says (a
    # compound of its own, 微克/立方米, is one unit of units.toml)
    mention = Mention(start, end, value * scale, canonical, unit.kind, AMOUNT.name,
                      upper=None if upper is None else upper * scale, bound=bound, surface_unit=surface)
    if unit.unit == "count":
        mention.classifier = surface
        mention.rule = COUNT.name
    return mention


@lexical_cache
def _coal_before() -> regex.Pattern:
    """The coal a tonnage is counted in, right before it (a bound word may stand between: 标准煤约600万吨)."""
    return compiled(rf"(?:{trie_pattern(words('coal_equivalent'))})(?:{trie_pattern(bounds()['before'])})?$")


COAL_REACH = 8  # characters before a tonnage where its coal equivalent is named


def _ends_a_clause(text: str, end: int) -> bool:
    """人均预期寿命达到78.5岁。, 78.5岁左右。: the unit ends its clause, maybe after an approximate bound."""
    after = bound_word_after(text, end)
    end = after.end() if after and bounds()["after"][after.group()] == "approx" else end
    return end >= len(text) or text[end] in "，,。；;、！？!?)）\n"


def _starts_a_word(text: str, end: int, surface: str) -> bool:
    """170万城乡居民, 2235万城市居民: the measure word is the first character of a word (but 6家园区)."""
    classifiers = load("units")["classifiers"]
    return any(text.startswith(c, end) for c in classifiers["not_before"].get(surface, ())) \
        and not any(text.startswith(w, end) for w in classifiers["counts_anyway"].get(surface, ()))


def _rate_before(text: str, start: int, surface: str) -> str | None:
    """每立方米20微克: a rate whose denominator is written before the number."""
    per = words("per")
    for compound, denominator in _rates_by_numerator().get(surface, ()):
        if any(text.endswith(w + denominator, 0, start) for w in per):
            return compound
    return None


@lexical_cache
def _rates_by_numerator() -> dict[str, list[tuple[str, str]]]:
    """The compound units (微克/立方米) by their numerator, looked up once per amount."""
    out: dict[str, list[tuple[str, str]]] = {}
    for compound in units():
        numerator, _, denominator = compound.partition("/")
        if denominator:
            out.setdefault(numerator, []).append((compound, denominator))
    return out


def _bare(doc: Document, start: int, end: int, number: str, value: float, upper: float | None,
          bound: str) -> Mention | None:
    """A number without a unit: 12万箱。 keeps a measure word czfacts does not know (SPEC §3);
    an index value or a list item before a shared unit is kept bare for the list stage."""
    text = doc.text
    if number[0].isdigit() and (unknown := _unknown_unit_pattern().match(text, end)):
        surface = unknown.group(1)
        return Mention(start, end + 1, value, surface, "amount", UNKNOWN_UNIT.name, upper=upper, bound=bound,
                       surface_unit=surface)
    if not _bare_number_kept(text, start, end, number):
        return None
    return Mention(start, end, value, "", "amount", "quantity.bare", upper=upper, bound=bound)


AMOUNT = Rule(
    name="quantity.unit",
    doc="A number (Arabic, Chinese, capital, approximate 数十/十几万/一百零几万, or 三四万 as a range) with its "
        "scale and unit: 356.2 亿元, 二百万千瓦 (the unit takes 千 back: 2e9 W), 五六万吨 (50000–60000 t, approx). "
        "Ranges borrow the second end's scale (两到三千万元) over any dash (—, ——, ~, 至, 到, (含)); "
        "负 or a minus sign makes the value negative and stays in the span; 一吨半 adds a half; 度 is kWh "
        "only beside electricity.",
    examples=(
        # 多 inside a sum before 的 says about: a figure, no threshold of a set (超千亿元的开发区 is one)
        Example("去年村里获得了2000多万元的扶持资金", {"span": "2000多万元", "bound": "gt", "metric": "扶持资金"}),
        Example("这个县的地区生产总值达到356.2 亿元", {"span": "356.2 亿元", "value": 35620000000.0, "unit": "CNY"}),
        Example("去年煤炭产量 2.15 亿吨", {"span": "2.15 亿吨", "value": 215000000.0, "unit": "t"}),
        # a temperature keeps its symbol (SPEC §3 names no code); 摄氏度 is ℃
        Example("全年平均气温15.2摄氏度", {"span": "15.2摄氏度", "value": 15.2, "unit": "℃", "metric": "平均气温"}),
        # a size the trade names in inches is kept as written (SPEC §3 lists no inch)
        Example("新建一条12英寸晶圆生产线", {"span": "12英寸", "value": 12.0, "unit": "英寸"}),
        # a bandwidth keeps its symbol (SPEC §3 names no code)
        Example("全省互联网出省带宽达到5.2Tbps", {"span": "5.2Tbps", "value": 5.2, "unit": "Tbps"}),
        # a concentration in micrograms per cubic metre, in any of its symbols (μg/m3, ug/m³ …)
        Example("全市细颗粒物平均浓度降至32μg/m3", {"span": "32μg/m3", "value": 32.0, "unit": "微克/立方米"}),
        Example("营收比上年多了1万3千多亿元", {"span": "1万3千多亿元", "value": 1.3e12, "bound": "gt"}),  # said aloud
        # a scale after 多 scales only what follows a larger unit inside the number
        Example("五年新建住宅六亿三千多万平方米", {"span": "六亿三千多万平方米", "value": 6.3e8, "bound": "gt"}),
        # a total one thing has, bounded before 的, is its figure, no threshold of a set (quantity.threshold)
        Example("在钦州，总投资超600亿元的石化项目加速推进", {"span": "600亿元", "bound": "gt", "unit": "CNY"}),
        # 破 before a figure passes it (破亿: more than a hundred million); 打破, 侦破 say something else
        Example("去年全市旅游收入破千亿元", {"span": "千亿元", "bound": "gt", "value": 1e11}),
        # a scale word and its unit before the capacity it measures: a programme's round figure, its target
        Example("加快推进全省新增百亿斤粮食生产能力建设", {"span": "百亿斤", "value": 5e6, "unit": "t",
                                               "metric": "粮食生产能力", "modality": "target"}),
        # …and a unit of mass before the product a plant makes (not a class: 万吨级轮船; not a table's unit cell)
        Example("加快推进石化公司百万吨乙烯、千万吨炼油等项目建设", {"span": "千万吨", "value": 1e7, "metric": "炼油产能"}),
        # 至 between two units is no range: the change, then the level it reached
        Example("5月份，收益率回落0.4个百分点至1.9%", {"span": "1.9%", "value": 1.9, "unit": "%"}),
        Example("农民人均增加二十三元", {"span": "二十三元", "value": 23.0, "unit": "CNY"}),
        # a sum per head or per household keeps the sum's unit (the metric is the rate: 劳动生产率, 人均…)
        Example("全员劳动生产率达到16.8万元/人", {"span": "16.8万元/人", "value": 168000.0, "unit": "CNY"}),
        # 、 between two neighbouring digits before a unit writes the same range (四、五十亿元 = 四五十亿元)
        Example("仅此一项每年减少财政收入四、五十亿元", {"span": "四、五十亿元", "value": 4e9, "unit": "CNY", "bound": "approx"}),
        # energy in 吉瓦时 is kWh (not 吉瓦 of power and a 时 left over)
        Example("今年动力电池装机量达到220吉瓦时", {"span": "220吉瓦时", "value": 2.2e8, "unit": "kWh"}),
        # units as the press writes them: TEU, 立方 (m3), 千瓦·时 (kWh, as GB 3100 writes it)
        Example("全港集装箱吞吐量达到3000万TEU", {"span": "3000万TEU", "value": 3e7, "unit": "TEU"}),
        Example("全年用水总量控制在100亿立方以内", {"span": "100亿立方", "value": 1e10, "unit": "m3"}),
        Example("全社会用电量达到8000亿千瓦·时", {"span": "8000亿千瓦·时", "value": 8e11, "unit": "kWh"}),
        # a list's items may carry their own scale before the unit written once after them
        Example("三县耕地、林地、草地面积分别为1.2万、0.8万、0.5万亩", {"span": "1.2万", "value": 12000.0, "unit": "mu"}),
        Example("企业开办时间压缩至6个工作日以内", {"span": "6个工作日", "value": 6.0, "unit": "day", "bound": "le"}),
        Example("项目建设历时10个多月", {"span": "10个多月", "unit": "year", "bound": "gt"}),
        Example("全县研发投入比五年前增长一倍多", {"span": "一倍", "bound": "gt"}),  # 多 after the unit: more than
        Example("小麦收购量三千二百万斤", {"value": 16000.0, "unit": "t"}),
        Example("风电装机容量达到二百万千瓦", {"span": "二百万千瓦", "value": 2e9, "unit": "W"}),
        Example("全年发电量三千二百亿千瓦小时", {"span": "三千二百亿千瓦小时", "value": 3.2e11, "unit": "kWh"}),  # kWh written out
        Example("改造锅炉后每年可节约标准煤12万吨", {"span": "12万吨", "value": 120000.0, "unit": "tce"}),  # the coal before it
        # 迈上 is the verb, not 上万; a scale word alone is a number before 以上 as after 超
        Example("全市GDP迈上千亿元台阶", {"span": "千亿元", "value": 1e11, "bound": "gt"}),
        # 达到或超过, 达到或略高于: at least
        Example("全年粮食产量达到或超过1.3万亿斤", {"span": "1.3万亿斤", "bound": "ge"}),
        # the step reached, no threshold of a set; passed, so its bound word bounds it
        Example("全省粮食产量站上700亿斤的新台阶", {"span": "700亿斤", "value": 3.5e7, "bound": "gt"}),
        Example("全县粮食产量稳定在百亿斤以上", {"span": "百亿斤", "value": 5e6, "bound": "ge"}),
        Example("新建屋顶光伏一百千瓦", {"span": "一百千瓦", "value": 1e5, "unit": "W"}),
        Example("每箱苹果重三十千克", {"span": "三十千克", "value": 0.03, "unit": "t"}),
        Example("新修农村公路十二千米", {"span": "十二千米", "value": 12000.0, "unit": "m"}),
        Example("合作社年产蔬菜五六万吨", {"span": "五六万吨", "value": 50000.0, "upper": 60000.0, "bound": "approx"}),
        Example("每亩多收七八公斤", {"span": "七八公斤", "value": 0.007, "upper": 0.008, "bound": "approx"}),
        Example("两地相距三五百公里", {"span": "三五百公里", "value": 300000.0, "upper": 500000.0}),
        Example("村集体收入一百零几万元", {"span": "一百零几万元", "value": 1e6, "bound": "gt"}),
        Example("贷款余额300多亿元", {"span": "300多亿元", "value": 3e10, "bound": "gt"}),
        Example("全县财政收入首破百亿元", {"span": "百亿元", "value": 1e10, "bound": "gt"}),  # a scale alone after a bound word
        Example("合同金额壹仟贰佰参拾肆元", {"span": "壹仟贰佰参拾肆元", "value": 1234.0, "unit": "CNY"}),
        Example("合同金额壹仟贰佰參拾肆元", {"value": 1234.0, "unit": "CNY"}),
        Example("每年捐款壹万伍仟圆整", {"span": "壹万伍仟圆", "value": 15000.0, "unit": "CNY"}),
        Example("今年新签约投资１２３．５亿元", {"span": "１２３．５亿元", "value": 12350000000.0}),
        Example("投资约 1,234.5 万元", {"value": 12345000.0, "bound": "approx"}),
        Example("新建项目计划投资8亿至15亿元", {"value": 8e8, "upper": 1.5e9, "unit": "CNY"}),
        Example("改造资金两到三千万元", {"span": "两到三千万元", "value": 2e7, "upper": 3e7}),
        Example("投资额在七千到九千亿元之间", {"span": "七千到九千亿元", "value": 7e11, "upper": 9e11}),
        Example("单个项目补助一千至两千万元", {"span": "一千至两千万元", "value": 1e7, "upper": 2e7}),
        Example("每户补贴2——3万元", {"span": "2——3万元", "value": 20000.0, "upper": 30000.0}),
        Example("奖励标准为1万(含)—5万元", {"value": 10000.0, "upper": 50000.0, "unit": "CNY"}),
        Example("单笔贷款1万元—5万元", {"span": "1万元—5万元", "value": 10000.0, "upper": 50000.0}),
        Example("年产4~6万吨", {"value": 40000.0, "upper": 60000.0, "unit": "t"}),
        Example("两县增速在3.2%—9.7%之间", {"span": "3.2%—9.7%", "value": 3.2, "upper": 9.7}),
        Example("一季度出口增速负3.9%", {"span": "负3.9%", "value": -3.9, "unit": "%"}),
        Example("全县进口增长-22.2%", {"span": "-22.2%", "value": -22.2, "kind": "growth"}),
        Example("工业利润增长负0.5%", {"span": "负0.5%", "value": -0.5, "kind": "growth"}),
        Example("进口一吨半导体材料", {"span": "一吨", "value": 1.0, "unit": "t"}),
        Example("储备粮一吨半", {"span": "一吨半", "value": 1.5, "unit": "t"}),
        Example("每户分到布料两米半", {"span": "两米半", "value": 2.5, "unit": "m"}),
        Example("工期三年半", {"span": "三年半", "value": 3.5, "unit": "year"}),
        Example("全年全社会用电量300亿度", {"span": "300亿度", "value": 3e10, "unit": "kWh"}),
        Example("全县发电量由三亿度增加到五亿度", {"span": "五亿度", "value": 5e8, "unit": "kWh"}),
        Example("显示间距0.6毫米", {"value": 0.0006, "unit": "m"}),
        Example("水库库容1.5亿立方米", {"value": 1.5e8, "unit": "m3"}),
        Example("每瓶容量500毫升", {"span": "500毫升", "value": 0.0005, "unit": "m3"}),
        Example("桶装水每桶18.9公升", {"value": 0.0189, "unit": "m3"}),
        Example("每片含维生素C 5毫克", {"span": "5毫克", "value": 5e-9, "unit": "t"}),
        Example("每日摄入硒30微克", {"span": "30微克", "value": 3e-11, "unit": "t"}),
        Example("零件体积8立方厘米", {"value": 8e-6, "unit": "m3"}),
        Example("新铺管道3.5km", {"span": "3.5km", "value": 3500.0, "unit": "m"}),
        Example("钢板厚度0.5mm", {"span": "0.5mm", "value": 0.0005, "unit": "m"}),
        Example("每袋净重5kg", {"span": "5kg", "value": 0.005, "unit": "t"}),
        Example("日处理污水120t", {"span": "120t", "value": 120.0, "unit": "t"}),
        Example("储能电站容量200 MWh", {"span": "200 MWh", "value": 2e5, "unit": "kWh"}),
        Example("新增绿地面积20m²", {"span": "20m²", "value": 20.0, "unit": "m2"}),
        Example("保护区面积3.6km²", {"span": "3.6km²", "value": 3.6e6, "unit": "m2"}),
        Example("出口额3.2亿美元", {"value": 3.2e8, "unit": "USD"}),
        Example("外资企业营收5306亿台币", {"span": "5306亿台币", "value": 5.306e11, "unit": "TWD"}),
        Example("门票每张4人民币", {"span": "4人民币", "value": 4.0, "unit": "CNY"}),
        Example("进口额1200万瑞士法郎", {"value": 1.2e7, "unit": "CHF"}),
        Example("项目建设周期18个月", {"value": 1.5, "unit": "year"}),
        Example("人均预期寿命达到79.2岁。", {"span": "79.2岁", "value": 79.2, "unit": "year"}),
        Example("海岸线长120海里", {"span": "120海里", "value": 222240.0, "unit": "m"}),
        # a rate in the unit of what it measures, the span whole (its base is the span's and the metric's)
        Example("电价0.5元/千瓦时", {"span": "0.5元/千瓦时", "unit": "CNY", "value": 0.5}),
        Example("猪肉均价24元/公斤", {"span": "24元/公斤", "unit": "CNY", "value": 24.0}),
        Example("新增污水处理能力15万吨/日", {"span": "15万吨/日", "unit": "t", "value": 1.5e5}),
        Example("PM2.5平均浓度为35微克/立方米", {"span": "35微克/立方米", "unit": "微克/立方米"}),
        # a rate per a scaled base, as the statistics state it
        Example("全市公路密度达到88.6公里/百平方公里", {"span": "88.6公里/百平方公里", "unit": "公里/百平方公里", "value": 88.6}),
        Example("固定电话普及率为21.3部/百人", {"span": "21.3部/百人", "unit": "部/百人", "kind": "amount"}),
        Example("船舶平均待闸时间缩短至36个小时", {"span": "36个小时", "unit": "day", "value": 1.5}),
        Example("办理时限压缩到20分钟", {"span": "20分钟", "unit": "分钟", "value": 20.0}),  # as written
        Example("全省智能算力规模达到3.2万P", {"span": "3.2万P", "unit": "P", "value": 32000.0}),  # petaflops
        Example("全市超算算力达到320PF", {"span": "320PF", "unit": "P", "value": 320.0}),  # PF: petaflops too
        Example("数据中心集群算力总规模超过12EFlops", {"span": "12EFlops", "unit": "EFlops", "value": 12.0}),
        Example("城乡居民收入分别增长8.1和9.4个百分点", {"span": "8.1", "value": 8.1, "unit": "pp"}),
    ),
    negatives=("作为一个资源型城市", "制定一系列措施", "“十四五”期间建设创新高地", "二十届三中全会",
               "这台相机有450、520、660 波段", "2024年12月4日", "以一域之光照亮全省", "八百里太行风光如画",
               "万元GDP能耗下降", "打造千亿元产业集群", "重庆港万吨级轮船航线开通", "全市5G网络", "PM2.5", "今天气温升高1.5度", "机械臂转动90度",
               "二〇一八年", "二○一八年", "大军登陆部队集结", "弯腰拾起垃圾", "游览五台山", "信心十足",
               "负一层停车场", "为65岁以上老人免费体检", "推广3P空调", "整治P2P网贷平台", "3岁以下婴幼儿托位", "上世纪八十年代",
               "制定开放试点2.0方案"),  # 方 opens 方案: no cubic metres
    pattern=(rf"(?P<am_sign>(?<!⟨minus_not⟩)负|(?<![0-9A-Za-z.%)])[-−])?"
             rf"(?P<am_num>{NUMBER})"
             rf"(?:(?P<am_unit1>⟨unit⟩)?{INCLUSIVE}?{DASH}(?P<am_num2>{NUMBER}))?"
             rf"(?P<am_inside>⟨inside⟩)?(?P<am_scale>[{SCALE_CHARS}]*)"
             rf"(?P<am_unit>⟨unit⟩)?(?:(?P<am_half>半)(?!⟨half_not⟩))?"
             rf"(?:(?P<am_per_mark>/|每)(?P<am_per_scale>[{UNIT_CHARS}](?=⟨unit⟩|人|户))?(?P<am_per>⟨unit⟩|年|月|日|人|户))?"),
    produce=_amount,
)

COUNT = Rule(
    name="quantity.count",
    doc="A number with a measure word is a count (unit count, the measure word as classifier); 一 + measure "
        "word alone is an article (一个, 一座), not a count; N省/N省份/N城 count places.",
    examples=(
        Example("全县新建污水处理厂 22 座", {"span": "22 座", "value": 22.0, "unit": "count", "classifier": "座"}),
        # 两个 after names listed with 、 counts them (as a label alone it does not: 两个维护)
        Example("建成祁连山、武夷山两个国家公园", {"span": "两个", "value": 2.0, "classifier": "个"}),
        # 家 before 园 starts 家园, but before 园区 it counts the parks
        Example("今年全省新增省级园区3家、升级为国家级的7家园区全部投运", {"span": "7家", "value": 7.0, "classifier": "家"}),
        # …and before 电 it counts the firms whose name opens with it (电商, 电子, 电视台), no household appliances,
        Example("当地已培育出2000多家电商企业", {"span": "2000多家", "classifier": "家", "metric": "电商企业"}),
        # …as 台 before 风 counts machines (a typhoon is counted with 个 or named by 号)
        Example("去年新建200台风电机组", {"span": "200台", "classifier": "台", "metric": "风电机组"}),
        # 标箱 and 标准箱 count containers (TEU is a unit: quantity.unit)
        Example("全港集装箱吞吐量达到3000万标箱", {"span": "3000万标箱", "value": 3e7, "unit": "count", "classifier": "标箱"}),
        # a streak's measure word (data classifiers.streaks), quoted too; its metric names what kept on and how
        Example("全省粮食产量实现“九连增”。", {"span": "九连增", "value": 9.0, "classifier": "连增", "metric": "粮食产量连增"}),
        Example("全县农民收入实现“12连快”", {"span": "12连快", "value": 12.0, "classifier": "连快", "metric": "农民收入连快"}),
        # 打破 before a count is no bound word (破亿 is: bounds.before)
        Example("运动员们打破了32项世界纪录和全国纪录", {"span": "32项", "bound": "eq"}),
        Example("连续举办四届农民丰收节", {"span": "四届", "value": 4.0, "classifier": "届"}),
        Example("全年抽检进口食品386批次", {"span": "386批次", "value": 386.0, "classifier": "批次"}),
        Example("全年机场起降航班8.2万架次", {"span": "8.2万架次", "classifier": "架次"}),  # counts of trips (辆次, 艘次 …)
        Example("园区带动就业十七八万人", {"span": "十七八万人", "value": 170000.0, "upper": 180000.0, "unit": "count"}),
        Example("吸纳就业十几万人", {"value": 100000.0, "bound": "gt", "classifier": "人"}),
        Example("带动十来万人就业", {"span": "十来万人", "value": 1e5, "bound": "approx"}),
        Example("带动数十家企业", {"span": "数十家", "value": 10.0, "bound": "gt"}),
        Example("集成了上万个传感器", {"span": "上万个", "value": 10000.0, "bound": "ge"}),
        Example("新增市场主体两万家", {"span": "两万家", "value": 20000.0}),
        Example("展销会卖出皮鞋3双", {"span": "3双", "value": 3.0, "classifier": "双"}),
        Example("采购防护手套500副", {"span": "500副", "classifier": "副"}),
        Example("运动员夺得金牌12枚", {"span": "12枚", "classifier": "枚"}),
        Example("村民补种核桃树300棵", {"span": "300棵", "classifier": "棵"}),
        Example("合作社存栏肉牛50头", {"span": "50头", "classifier": "头"}),
        Example("认领大熊猫两对", {"span": "两对", "value": 2.0, "classifier": "对"}),
        Example("家禽出栏800只", {"span": "800只", "classifier": "只"}),
        Example("共有7省份增速超过全国", {"span": "7省份", "value": 7.0, "classifier": "省份"}),
        Example("中部四省经济总量领先", {"span": "四省", "value": 4.0, "classifier": "省"}),
        Example("全国12城跻身万亿俱乐部", {"span": "12城", "value": 12.0, "classifier": "城"}),
        Example("接待游客2亿人次", {"span": "2亿人次", "value": 2e8, "classifier": "人次"}),
        Example("集团增持该行1200.5万股股份", {"span": "1200.5万股", "value": 12005000.0, "classifier": "股"}),
    ),
    negatives=("是一座城市", "一块屏幕", "启动一批民生工程", "一对一帮扶", "一双手", "一只手", "汇成两股力量", "3股东",
               "吸引几十万天门人回乡创业"),  # 天 opens a place's name, no days
)

UNKNOWN_UNIT = Rule(
    name="quantity.unknown_unit",
    doc="A number followed by a measure word czfacts does not know keeps it as the unit (SPEC §3).",
    examples=(Example("啤酒厂年产啤酒12万箱。", {"span": "12万箱", "value": 120000.0, "unit": "箱", "kind": "amount"}),),
    negatives=("地铁3号线开通", "全市10大重点产业链", "共有100强企业"),
)


# --- money written in its own ways ------------------------------------------------------------

_CHANGE_DIGIT = f"[0-9{''.join(DIGITS)}]"


def _yuan_jiao_fen(m: regex.Match, doc: Document) -> Mention | None:
    yuan = number_value(m.group("yj_num"))
    if yuan is None or yuan[1] is not None or is_digit_by_digit(m.group("yj_num")):
        return None
    jiao = read_number(m.group("yj_jiao")) if m.group("yj_jiao") else 0.0
    fen = read_number(m.group("yj_fen")) if m.group("yj_fen") else 0.0
    if jiao is None or fen is None:
        return None
    return Mention(*m.span(), yuan[0] + jiao / 10 + fen / 100, "CNY", "amount", YUAN_JIAO_FEN.name, bound=yuan[2],
                   surface_unit=words("yuan")[0])


YUAN_JIAO_FEN = Rule(
    name="quantity.yuan_jiao_fen",
    doc="元/圆 followed by 角 and 分: 123元4角5分 → 123.45 CNY, 二元五角 → 2.5 CNY.",
    examples=(
        Example("挂号费123元4角5分", {"span": "123元4角5分", "value": 123.45, "unit": "CNY"}),
        Example("每斤菜价二元五角", {"span": "二元五角", "value": 2.5, "unit": "CNY"}),
        Example("车票叁圆伍角", {"value": 3.5, "unit": "CNY"}),
        Example("邮费8元零5分", {"value": 8.05, "unit": "CNY"}),
    ),
    negatives=("一元复始", "三角形的面积"),
    pattern=(rf"(?P<yj_num>{ARABIC_NUMBER}|{CN_NUMBER})(?:元|圆)"
             rf"(?=零?{_CHANGE_DIGIT}[角分])(?:(?P<yj_jiao>{_CHANGE_DIGIT})角)?(?:零?(?P<yj_fen>{_CHANGE_DIGIT})分)?"),
    produce=_yuan_jiao_fen,
)


@lexical_cache
def currency_codes() -> dict[str, str]:
    """Currency word or symbol written before a number → ISO code."""
    table = units()
    codes = {word: table[word].unit for word in words("currencies", "before_number")}
    return {**codes, **load("units")["currencies"]["symbols"]}


def _currency_before(m: regex.Match, doc: Document) -> Mention | None:
    read = number_value(m.group("cb_num"))
    if read is None or is_digit_by_digit(m.group("cb_num")):
        return None
    value, upper, bound = read
    scale = read_number("1" + m.group("cb_scale")) if m.group("cb_scale") else 1.0
    code = currency_codes()[m.group("cb_cur")]
    # 人民币300万元: the amount is 300万元 (人民币 only repeats the unit); 港币100元 is HKD 100
    start = m.start("cb_num") if m.group("cb_yuan") and code == "CNY" else m.start()
    return Mention(start, m.end(), scaled(m.group("cb_num"), value, m.group("cb_scale") or ""), code, "amount", CURRENCY_BEFORE.name,
                   upper=None if upper is None else upper * scale,
                   bound=bounds()["inside"][m.group("cb_inside")] if m.group("cb_inside") else bound)


CURRENCY_BEFORE = Rule(
    name="quantity.currency_before",
    doc="A currency word or symbol written before the number (美元200万, ¥300, €30, 港币50亿) gives its ISO code.",
    examples=(
        Example("实际使用外资美元200万", {"span": "美元200万", "value": 2e6, "unit": "USD"}),
        Example("门票¥300", {"span": "¥300", "value": 300.0, "unit": "CNY"}),
        Example("总价￥1200万", {"span": "￥1200万", "value": 1.2e7, "unit": "CNY"}),
        Example("合资企业投资美元一亿二千多万", {"span": "美元一亿二千多万", "value": 1.2e8, "unit": "USD", "bound": "gt"}),
        Example("单价$500", {"span": "$500", "value": 500.0, "unit": "USD"}),
        Example("每晚€30", {"value": 30.0, "unit": "EUR"}),
        Example("入场费£20", {"value": 20.0, "unit": "GBP"}),
        Example("募集新台币30亿", {"span": "新台币30亿", "value": 3e9, "unit": "TWD"}),
        Example("投资澳门元50万", {"span": "澳门元50万", "value": 5e5, "unit": "MOP"}),
        Example("融资港币10亿", {"value": 1e9, "unit": "HKD"}),
        Example("采购额日元5000万", {"value": 5e7, "unit": "JPY"}),
        Example("捐赠港币100元", {"span": "港币100元", "value": 100.0, "unit": "HKD"}),
        Example("奖励人民币300万元", {"span": "300万元", "value": 3e6, "unit": "CNY"}),
    ),
    negatives=("美元兑人民币汇率走强", "人民币国际化进程加快"),
    pattern=(r"(?P<cb_cur>⟨currency⟩)"
             rf"(?>(?P<cb_num>{ARABIC_NUMBER}[{UNIT_CHARS}]*|{CN_NUMBER})"
             rf"(?P<cb_inside>⟨inside⟩)?(?P<cb_scale>[{SCALE_CHARS}]*)(?P<cb_yuan>[元圆])?)"
             r"(?!⟨unit⟩|[\d.])"),
    produce=_currency_before,
)


def _past_the_verb(text: str, number: str, start: int) -> tuple[str, int]:
    """迈上万亿元台阶: 上 ends the verb, it opens no 上万 (the number and its start without it)."""
    if number[0] in APPROXIMATE_PREFIXES and text[start - 1:start + 1] in bounds()["before"]:
        return number[1:], start + 1
    return number, start


def _money_context(doc: Document, start: int, end: int) -> bool:
    """A money word earlier in the clause (GDP突破3万亿), or 规模/总量 there with a money word
    earlier in the sentence (GDP…，但规模突破了1万亿), or an industry after it (5000亿的产业集群),
    or a sum of the kind just before it in a list (跨越5万亿、6万亿台阶)."""
    text = doc.text
    if any(text.startswith(w, end) for w in words("money_without_yuan", "after")):
        return True
    if doc.mentions and doc.mentions[-1].rule == MONEY_WITHOUT_YUAN.name and LIST_RE.fullmatch(text, doc.mentions[-1].end, start):
        return True
    money = words("money_without_yuan", "before")
    if any(w in context_before(text, start) for w in money):
        return True
    sentence = text[max(doc.sentence(start)[0], start - 200):start]  # bounded: linear time
    return (any(w in context_before(text, start) for w in words("money_without_yuan", "of_money"))
            and any(w in sentence for w in money))


def _ends_the_phrase(text: str, end: int) -> bool:
    """3万亿。, 3万亿大关, 5000亿的产业: nothing after the number that it could count (1100多万学生, 2万P)."""
    if end >= len(text) or not (text[end].isalpha() or text[end].isdigit()):
        return True
    if text[end].isascii():
        return False
    return any(text.startswith(w, end) for w in (*words("money_without_yuan", "followed_by"),
                                                  *words("money_without_yuan", "after")))


def capacity_after(text: str, end: int) -> str:
    """新增千亿斤粮食生产能力: the capacity a scale word with its unit measures, named right after it, up to
    its end (data metric.capacity_ends), else '' (千亿元产业集群 is a class of industry, no amount)."""
    if (run := _NOUN_RUN.match(text, end)) is None:
        return ""
    noun = run.group()
    at = next((noun.find(w) + len(w) for w in load("attribution")["metric"]["capacity_ends"] if w in noun), 0)
    return noun[:at]


def _plant_product_after(text: str, end: int, surface: str) -> bool:
    """洛阳石化百万吨乙烯, 延长千万吨炼化: a scale word and a unit of mass before the product a plant makes
    (not a class, 万吨级, a bound, 万吨以上, nor a table's unit cell, 万吨<tab>)."""
    unit = units().get(surface)
    return unit is not None and unit.unit == "t" and _product_after().match(text, end) is not None


@lexical_cache
def _product_after() -> regex.Pattern:
    return compiled(rf"(?!{trie_pattern(load('units')['plant_capacity']['not_before'])})\p{{Han}}")


def scale_capacity(doc: Document, m: Mention) -> str:
    """The capacity a figure of a scale word alone measures (千亿斤 → 粮食生产能力), else ''."""
    number = SCALE_ONLY.match(doc.text, m.start)
    return capacity_after(doc.text, m.end) if number and number.end() < m.end else ""


_NOUN_RUN = compiled(r"\p{Han}{1,8}")
# 328个亿, 300多个亿的: a scale said after a measure word ends its phrase (3个万亿级产业集群 does not)
_SPOKEN_SCALE = compiled(rf"[{BIG_UNIT_CHARS}]+(?:的|(?!\p{{Han}}))")


def _money_without_yuan(m: regex.Match, doc: Document) -> Mention | None:
    text, (start, end) = doc.text, m.span()
    number = m.group("mw_num") + m.group("mw_scale")
    if number[-1] not in SCALE_CHARS:
        return None
    if m.group("mw_spoken") and not _SPOKEN_SCALE.match(text, m.start("mw_scale")):
        return None  # 3个万亿级产业集群, 2个万卡智算集群: things counted, their class after the scale
    if not m.group("mw_spoken") and (not _ends_the_phrase(text, end) or not _money_context(doc, start, end)):
        return None  # (300多个亿的大项目: a sum said aloud is money wherever it stands)
    if SCALE_ONLY.fullmatch(number) and len(number) < 2 and not bound_word_before(text, start):
        return None  # 市值达万亿 is money; a lone 万 or 亿 needs a bound word (GDP超亿)
    digits, start = _past_the_verb(text, m.group("mw_num"), start)
    read = number_value(digits) if digits else None
    if read is None or is_digit_by_digit(digits):
        return None
    value, upper, bound = read
    scale = read_number("1" + m.group("mw_scale")) if m.group("mw_scale") else 1.0
    return Mention(start, end, scaled(digits, value, m.group("mw_scale") or ""), "CNY", "amount", MONEY_WITHOUT_YUAN.name,
                   upper=None if upper is None else upper * scale,
                   bound=bounds()["inside"][m.group("mw_inside")] if m.group("mw_inside") else bound)


MONEY_WITHOUT_YUAN = Rule(
    name="quantity.money_without_yuan",
    doc="A 万/亿 figure without 元 is money (CNY) when it measures a money indicator (GDP, 投资, 营收, 规模 …) "
        "or is the size of an industry (5000亿的产业集群); after a count noun it is not (2亿人次 is a count).",
    examples=(
        Example("深圳GDP突破3万亿", {"span": "3万亿", "value": 3e12, "unit": "CNY", "bound": "gt"}),
        Example("要打造一个5000亿的产业集群", {"span": "5000亿", "value": 5e11, "unit": "CNY"}),
        Example("全年完成固定资产投资一千二百亿", {"span": "一千二百亿", "value": 1.2e11, "unit": "CNY"}),
        Example("园区企业营收200多亿", {"span": "200多亿", "value": 2e10, "bound": "gt"}),
        Example("经济总量规模超万亿", {"span": "万亿", "value": 1e12, "bound": "gt"}),
        Example("全省旅游总收入迈上万亿新台阶", {"span": "万亿", "value": 1e12, "bound": "gt"}),  # 上 ends the verb
        Example("龙头企业市值达千亿", {"span": "千亿", "value": 1e11, "unit": "CNY"}),
        Example("这个项目总投资120个亿", {"span": "120个亿", "value": 1.2e10, "unit": "CNY"}),  # spoken: 个 before 亿
        Example("全省经济规模连续跨越3万亿、4万亿台阶", {"span": "4万亿", "value": 4e12, "unit": "CNY", "bound": "gt"}),  # listed: one bound word for both
    ),
    # (人口14亿, 1100多万学生 count people: quantity.people_without_classifier)
    pattern=rf"(?>(?P<mw_num>{NUMBER})(?P<mw_inside>⟨inside⟩)?(?P<mw_spoken>⟨spoken⟩(?=[{BIG_UNIT_CHARS}]))?(?P<mw_scale>[{SCALE_CHARS}]*))"
            rf"(?!⟨unit⟩|[\d.])",
    produce=_money_without_yuan,
)


PEOPLE_REACH = 4  # characters between a word for people and its figure (常住人口约320万, 人员达91万)
PEOPLE_QUALIFIER = 8  # characters of a qualifier before the word for people after a figure (沼气用户, 高龄和失能失智老年人)


@lexical_cache
def _people_after() -> regex.Pattern:
    """A word for people right after a figure (农民, 沼气用户: a word or two may qualify it; 以上 may come first:
    1000万以上农村贫困人口): the first word for people in reach."""
    return compiled(_people_after_pattern(lazy="?"))


@lexical_cache
def _all_people_after() -> regex.Pattern:
    """_people_after up to the last word for people in reach (4.32亿城镇职工和城镇居民: both)."""
    return compiled(_people_after_pattern(lazy=""))


def _people_after_pattern(lazy: str) -> str:
    nouns = load("units")["people_without_classifier"]["nouns"]
    return rf"(?:{trie_pattern(bounds()['after'])})?\p{{Han}}{{0,{PEOPLE_QUALIFIER}}}{lazy}(?P<noun>{trie_pattern(nouns)})"


@lexical_cache
def _people_before() -> regex.Pattern:
    """A word for people and what may stand between it and its figure (bound words, 为, 达): the last such
    word (入境游客人次由…: 人次, not 游客)."""
    nouns = load("units")["people_without_classifier"]["nouns"]
    return compiled(rf".*(?P<noun>{trie_pattern(nouns)})\p{{Han}}{{0,{PEOPLE_REACH}}}$")


@lexical_cache
def _unit_after() -> regex.Pattern:
    return compiled(unit_pattern())


def people_named_after(text: str, end: int) -> str:
    """The people a count without a measure word counts, written right after it (7100万江淮儿女 → 江淮儿女,
    80余万高龄和失能失智老年人 → 高龄和失能失智老年人; a bound word first is no part of them), or ""."""
    after, first = _all_people_after().match(text, end), _people_after().match(text, end)
    if after is None or first is None:
        return ""
    if text.find("的", first.end(), after.end()) >= 0:
        after = first  # 1.5亿中小学生的家庭: the people counted, not what is theirs
    bound = bound_word_after(text, end)
    return text[bound.end() if bound else end:after.end()]


def _people_without_classifier(m: regex.Match, doc: Document) -> Mention | None:
    text, (start, end) = doc.text, m.span()
    if (m.group("pw_num") + m.group("pw_scale"))[-1:] not in BIG_UNIT_CHARS or SCALE_ONLY.fullmatch(m.group("pw_num")):
        return None  # (上亿, 几十万: an approximate numeral holds its 亿, 万; 亿 alone is no numeral: 数以亿计)
    if (unit := _unit_after().match(text, end)) and not _starts_a_word(text, unit.end(), unit.group()):
        return None  # a measure word counts them (170万人); one that starts a word does not (170万城乡居民)
    after = _people_after().match(text, end)
    moved = text.startswith(tuple(words("people_without_classifier", "moved_to")), end)  # (由8300万增加到…)
    if (_ends_the_phrase(text, end) or moved) and not (after and bound_word_after(text, end)):  # (1000万以上农村贫困人口)
        noun = _people_named_before(text, start)
        if noun is None:
            return None
    elif not (noun := after):
        return None  # (6069万农民受益, 510万沼气用户: the people written after the figure)
    read = number_value(m.group("pw_num"))
    if read is None or is_digit_by_digit(m.group("pw_num")):
        return None
    value, upper, bound = read
    if len(m.group("pw_num") + m.group("pw_scale")) == 2 and m.group("pw_num")[0] in SMALL_UNIT_CHARS:
        return None  # (百万高校毕业生…就业创业行动: a round 百万 names a campaign, it counts no one)
    scale = read_number("1" + m.group("pw_scale"))
    classifier = load("units")["people_without_classifier"]["nouns"][noun.group("noun")]
    inside = m.group("pw_inside") or m.group("pw_more")  # 20多万, 3亿多
    return Mention(start, end, scaled(m.group("pw_num"), value, m.group("pw_scale")), "count", "count", PEOPLE_WITHOUT_CLASSIFIER.name,
                   upper=None if upper is None else upper * scale, classifier=classifier,
                   bound=bounds()["inside"][inside] if inside else bound)


def _people_named_before(text: str, start: int) -> regex.Match | None:
    """The word for people before a figure, with at most a bound word or one of the between words
    after it (人员达91万); or the one before the list the figure ends (参保人数分别增加1753万和2028万)."""
    for _ in range(PEOPLE_LIST):
        context = context_before(text, start, PEOPLE_REACH + 5)
        noun = _people_before().search(context)
        between = noun and context[noun.end("noun"):]
        if noun and (not between or bound_word_before(text, start)
                     or between in words("people_without_classifier", "between")):
            return noun
        wider = context_before(text, start, PEOPLE_REACH * 6)
        if not (listed := _figure_listed_before().search(wider) or _figure_moved_from().search(wider)):
            return None
        start -= len(listed.group())
    return None


@lexical_cache
def _figure_listed_before() -> regex.Pattern:
    return compiled(rf"{NUMBER}[{SCALE_CHARS}]+{LIST}$")


@lexical_cache
def _figure_moved_from() -> regex.Pattern:
    """由8300万增加到: the level a count of people moved from, before the one it reached."""
    words_of = load("units")["people_without_classifier"]
    return compiled(rf"(?:{trie_pattern(words_of['moved_from'])}){NUMBER}[{SCALE_CHARS}]*(?:{trie_pattern(words_of['moved_to'])})$")


PEOPLE_LIST = 4  # figures of people a list may hold after the word for them
PEOPLE_WITHOUT_CLASSIFIER = Rule(
    name="quantity.people_without_classifier",
    doc="A 万/亿 figure without a measure word right after a word for people (人口, 人员, 游客 …) counts "
        "them; the word gives the classifier (游客 → 人次).",
    examples=(
        Example("全国人口约14亿", {"span": "14亿", "value": 1.4e9, "unit": "count", "classifier": "人", "bound": "approx"}),
        Example("年末全市常住人口320.5万，比上年增加1.2万", {"span": "320.5万", "value": 3205000.0, "kind": "count"}),
        Example("全年接待游客1.6亿，增长12%", {"span": "1.6亿", "value": 1.6e8, "classifier": "人次"}),
        Example("国庆期间，全市A级景区接待人次突破500万。", {"span": "500万", "value": 5e6, "classifier": "人次"}),
        # the people after the figure, its bound between (以上)
        Example("全年帮助30万以上农村劳动力转移就业", {"span": "30万", "value": 3e5, "bound": "ge", "classifier": "人"}),
        Example("上半年，港口直航旅客达91万", {"span": "91万", "value": 910000.0, "classifier": "人次"}),
        Example("全省网民有3800万", {"span": "3800万", "value": 3.8e7, "classifier": "人"}),
        Example("农村饮水安全工程使5200万农民受益", {"span": "5200万", "value": 5.2e7, "classifier": "人"}),
        Example("全年新增320万沼气用户", {"span": "320万", "value": 3.2e6, "classifier": "户"}),
        Example("全市还有12万失能老人、35万残疾人", {"span": "35万", "value": 3.5e5, "classifier": "人"}),
        Example("土地托管服务覆盖45万农户", {"span": "45万", "value": 4.5e5, "classifier": "户"}),
        # a people's name for itself (荆楚儿女, 江苏人民: data people_without_classifier.nouns)
        Example("全省5800万荆楚儿女倍感振奋", {"span": "5800万", "value": 5.8e7, "classifier": "人", "metric": "荆楚儿女"}),
        # 人 before 民 starts 人民: the figure counts the people, no 人 measures it
        Example("团结带领全省6000万人民奋力拼搏", {"span": "6000万", "value": 6e7, "classifier": "人", "metric": "人民"}),
        # …the people themselves, not what is theirs after 的 (家庭: a word for people too)
        Example("这项政策将使全省300万农村学生的家庭减轻负担", {"span": "300万", "metric": "农村学生"}),
        Example("解决了2亿多农村人口的饮水安全问题", {"span": "2亿多", "value": 2e8, "bound": "gt"}),
        Example("全年有1000多万城乡居民参加了免费体检", {"span": "1000多万", "value": 1e7, "classifier": "人"}),  # 城 starts 城乡
        Example("去年820万农村贫困人口实现脱贫", {"span": "820万", "value": 8.2e6, "classifier": "人"}),
        Example("全省120多万建档立卡贫困人口全部脱贫", {"span": "120多万", "value": 1.2e6, "classifier": "人"}),
        Example("全省新增1.2万经营主体", {"span": "1.2万", "value": 1.2e4, "classifier": "户"}),  # firms, counted as 户
        # an approximate numeral holds its scale (上亿: at least 1e8; 几十万: more than 1e5)
        Example("全国上亿农民工受益", {"span": "上亿", "value": 1e8, "bound": "ge", "classifier": "人"}),
        Example("全市有几十万产业工人", {"span": "几十万", "value": 1e5, "bound": "gt", "metric": "产业工人"}),
        # both levels of a move count the people named before it
        Example("全省入境游客人次由650万增加到920万", {"span": "650万", "value": 6.5e6, "classifier": "人次"}),  # the last word for people
        Example("城乡居民养老、医疗保险参保人数分别增加85万和62万", {"span": "62万", "value": 6.2e5, "classifier": "人"}),
    ),
    negatives=("实施百万毕业生留省就业行动",),
    pattern=rf"(?>(?P<pw_num>{NUMBER})(?P<pw_inside>⟨inside⟩)?(?P<pw_scale>[{SCALE_CHARS}]*)(?P<pw_more>⟨inside⟩)?)(?![\d.])",
    produce=_people_without_classifier,
)


# --- zero growth ------------------------------------------------------------------------------

def _zero_growth(m: regex.Match, doc: Document) -> Mention | None:
    return Mention(*m.span(), 0.0, "%", "growth", ZERO_GROWTH.name)


ZERO_GROWTH = Rule(
    name="quantity.zero_growth",
    doc="零增长 (zero growth): a growth of 0 %, the numeral its span (data zero_growth).",
    examples=(
        Example("各级机关一般性支出原则上零增长。", {"span": "零", "value": 0.0, "unit": "%", "kind": "growth"}),
    ),
    negatives=("实现森林火灾零发生", "零就业家庭动态清零", "实施化肥农药零增长行动"),  # (…零增长行动: a campaign's name)
    pattern=r"(?:⟨zero⟩)(?=⟨zero_growth⟩(?!⟨zero_growth_not⟩))",
    produce=_zero_growth,
)


# --- 半 before a unit -------------------------------------------------------------------------

def _half(m: regex.Match, doc: Document) -> Mention | None:
    unit = units()[m.group("hb_unit")]
    return Mention(*m.span(), 0.5 * unit.scale, unit.unit, unit.kind, HALF.name, surface_unit=unit.surface)


HALF = Rule(
    name="quantity.half",
    doc="半 before a unit of mass, length, area or volume: 半斤 → 0.25 kg, 半公升 → 0.5 L.",
    examples=(
        Example("每人每天吃盐不超过半斤", {"span": "半斤", "value": 0.00025, "unit": "t"}),
        Example("每天喝水半公升", {"span": "半公升", "value": 0.0005, "unit": "m3"}),
        Example("院子只有半亩", {"span": "半亩", "value": 0.5, "unit": "mu"}),
    ),
    negatives=("上半年经济平稳", "用了半天时间", "半导体产业"),
    pattern=r"(?<![上下前后])半(?P<hb_unit>⟨half_unit⟩)",
    produce=_half,
)


@lexical_cache
def half_units() -> str:
    measures = set(load("units")["half"]["before_units_of"])
    return trie_pattern([s for s, u in units().items() if u.unit in measures and not u.arabic_only])


@lexical_cache
def half_not() -> str:
    """半导体, 半岛: words that start with 半 after a unit (一吨半导体) add no half."""
    return trie_pattern([w[1:] for w in load("nonfacts")["half"]["words"]])


@lexical_cache
def _minus_words() -> tuple[str, ...]:
    """负 written for a minus sign (负3.9%)."""
    return tuple(load("nonfacts")["minus"]["words"])


@lexical_cache
def minus_not_after() -> str:
    """税负, 胜负: 负 that ends a word is no minus sign."""
    return "|".join(regex.escape(c) for c in load("nonfacts")["minus"]["not_after"])
