"""Bound words around a quantity (约, 超过, 以上 …, data/bounds.toml), and the bounded numbers
that are thresholds of a counted set rather than facts (SPEC §2)."""
from __future__ import annotations

import regex

from ...compiled import compiled
from ...document import LIST_MARK, Document, Mention
from ...lexicon import bounds, lexical_cache, load, trie_pattern, units
from ...numerals import NONZERO_DIGIT_CHARS, SCALE_CHARS, SMALL_UNIT_CHARS
from ...tokenize import tag
from ..base import Rule
from ..nouns import not_a_noun, opens_a_longer_word
from .grammar import words

THRESHOLD = Rule(
    name="quantity.threshold",
    doc="A bound that defines the set being counted (超千亿元的开发区, 亿元以上项目, 超10万元、超30万元村集体) is part "
        "of that count's metric, not a fact; a number opening a title or quoted name is a label.",
    negatives=("建成投资超五亿元的工厂", "引进五千万元以上项目", "经过5年多的努力", "《八百里太行风光》出版",
               "实施投资【200万元】以上技改项目318个", "全年全县【500万元】及以上固定资产投资增长3.1%",
               "经过【四年】的发展，全市GDP增长8%", "历经【8年】的建设，港口吞吐量达2亿吨",
               "短短【两年】多，园区就引进企业120家", "短短【半年】时间，全县新增企业300家",
               "营收增长【20%】以上的企业有30家", "全县【20户】以上自然村通硬化路比例达到95.2%",
               "在9个人口【20万】以上的城市开展试点", "营收增长超【20%】的企业有30家",
               "全市营业收入超【亿元】企业860家", "全省2.1万个【30户】以上自然村通硬化路",
               "年应纳税所得额【50万元至100万元】部分减按25%计入",
               # thresholds listed before the set they define, each with its bound word
               "年收益超【10万元】、超【30万元】村集体占比分别达55%、20%",
               # …or the kind an ordinal before it ranks among
               "该县成为全省第4个财政收入超【百亿元】县"),
)


@lexical_cache
def _threshold_after() -> tuple[regex.Pattern, tuple[str, ...]]:
    """以上的, 以上项目: a bound after the unit that defines a set; and 多的 (data/bounds.toml [threshold])."""
    words = bounds()["threshold"]
    rate = load("kinds")["rate"]  # 8%以上的增长, 7%以上的增速: a rate so bounded is a figure, no set
    rates = trie_pattern(rate["after_up"] + rate["after_down"])
    pattern = compiled(rf"(?:{trie_pattern(words['after'])})(?:的(?!{rates})|(?={trie_pattern(words['nouns'])}))")
    return pattern, tuple(f"{word}的" for word in words["more"])


def _counted_right_before(doc: Document, start: int) -> bool:
    """957个|50户以上农村木质房屋连片村寨: a count written right before the figure (the mentions are read in
    text order)."""
    return bool(doc.mentions) and doc.mentions[-1].unit == "count" and not doc.text[doc.mentions[-1].end:start].strip()


@lexical_cache
def _bound_after() -> regex.Pattern:
    return compiled(trie_pattern(bounds()["threshold"]["after"]))


_KIND_TAGS = frozenset({"n", "nz", "vn", "j", "b", "zg"})  # zg: the tagger's 村, 县
_OWN_COUNTS = frozenset({"count", "%", "pp"})  # 10个以上项目, 90%以上村庄: the figure is of those things


def kind_opener(after: str) -> str:
    """新设, 新建 …: a word that opens the things a threshold defines before their noun."""
    return next((w for w in bounds()["threshold"]["kind_openers"] if after.startswith(w)), "")


def _names_a_kind(after: str) -> bool:
    """The words after a bound are a noun that is no figure's word (以上水平 is a level;
    以上新设外资项目: 新设 opens the noun)."""
    tokens = tag(after[len(kind_opener(after)):])
    return bool(tokens) and tokens[0][1] in _KIND_TAGS and not not_a_noun(after)


@lexical_cache
def _bound_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    words = bounds()
    return compiled(rf"{trie_pattern(words['before'])}$"), compiled(trie_pattern(words["after"]))


@lexical_cache
def stated_after() -> tuple[str, ...]:
    """What follows 的 after a figure the text states rather than sets as a bound (全国水平, 新台阶)."""
    return tuple(bounds()["stated"]["before"] + bounds()["stated"]["reached"])


@lexical_cache
def _compared_after() -> tuple[str, ...]:
    """…of them, what a figure is compared with (高于4.8%的全国水平): its bound word bounds no figure of its own."""
    return tuple(bounds()["stated"]["before"])


REACH_BEFORE_VERB = 8  # characters of a bound word and the verb after it before a figure (至少新建)


@lexical_cache
def _reach_before_verb() -> regex.Pattern:
    """至少建设, 最少新增: a bound of how much a verb does, the verb between it and the figure."""
    return compiled(rf"(?P<bound>{trie_pattern(bounds()['verb_bounds']['words'])})(?P<verb>\p{{Han}}{{1,4}})$")


def bound_word_before(text: str, start: int) -> regex.Match | None:
    """The bound word (约, 超过, 不到 …) that ends right before ``start``, if any (签约 has none)."""
    found = _bound_patterns()[0].search(text, max(0, start - 4), start)
    return None if found and text.endswith(_not_bound_words(), max(0, start - 4), start) else found


@lexical_cache
def _not_bound_words() -> tuple[str, ...]:
    return tuple(bounds()["not_before"]["words"])


def bound_word_after(text: str, end: int, limit: int | None = None) -> regex.Match | None:
    """The bound word (以上, 左右 …) that starts at ``end`` (and ends by ``limit``), if any."""
    return _bound_patterns()[1].match(text, end, len(text) if limit is None else limit)


def attach_bound(text: str, mention: Mention) -> None:
    """Bound words just before the number or just after the unit (SPEC §2) replace the
    bound the number gave itself (数十 → gt, 三四万 → approx)."""
    words = bounds()
    before = bound_word_before(text, mention.start)
    if before and text.startswith("的", mention.end) and text.startswith(_compared_after(), mention.end + 1):
        return  # 高于4.8%的全国水平: 4.8% is the level stated, the one compared with
    if before:
        mention.bound = words["before"][before.group()]
    elif after := bound_word_after(text, mention.end):
        mention.bound = words["after"][after.group()]
    elif (past := past_bound(text, mention.end)) > mention.end and words["inside"].get(text[mention.end:past]) == "gt":
        mention.bound = "gt"  # 增长一倍多, 一年多: more than (not 来: 五年来 looks back, it bounds nothing)
    elif reach := _reach_before_verb().search(text, max(0, mention.start - REACH_BEFORE_VERB), mention.start):
        verb = tag(reach.group("verb"))
        if all(pos in ("v", "vn", "d") for _, pos in verb):
            mention.bound = words["before"][reach.group("bound")]  # 至少建设1家, 年内至少降低30%: the verb between


def share_leading_bound(text: str, previous: Mention | None, mention: Mention) -> None:
    """跨越5万亿、6万亿台阶, 超过3000、4000人: a bound word before the first of values joined by 、
    bounds each of them (the mirror of 93%、94%以上, distribute._trailing_bound); the first one takes
    the unit written once after the list later."""
    if previous is not None and mention.bound == "eq" and previous.bound != "eq" and previous.unit in (mention.unit, "") \
            and text[previous.end:mention.start] == _LIST_MARK and bound_word_before(text, previous.start):
        mention.bound = previous.bound


_LIST_MARK = "、"


@lexical_cache
def _scope_share() -> regex.Pattern:
    """The whole, then a run of items N%(以上)的X、 up to the number it ends before
    (metric.scope_share: its examples are in rules/metric.py)."""
    before, after = trie_pattern(bounds()["before"]), trie_pattern(bounds()["after"])
    item = rf"(?:{before})?[0-9.]+[%‰](?:{after})?的[^，。；、,;：:\n%]{{1,16}}"
    wholes = trie_pattern(load("attribution")["scopes"]["words"])
    joins = trie_pattern(load("attribution")["lists"]["connectors"])  # 、 和 与 …
    return compiled(rf"(?P<whole>{wholes})(?:{item}(?:[，,]|{joins}))*(?:{before})?\Z")


def share_whole(text: str, mention: Mention) -> tuple[int, int] | None:
    """The span of the whole a percentage before 的 is a share of (全国 in 全国50%的光伏玻璃、20%的光伏组件,
    for both), or None. The look-back is bounded: a long list of shares costs no more per item."""
    if mention.unit not in ("%", "‰") or not text.startswith("的", mention.end) and not bound_word_after(text, mention.end):
        return None
    window = max(0, mention.start - 160)
    found = _scope_share().search(text, window, mention.start)
    return found.span("whole") if found else None


def _a_share(text: str, mention: Mention) -> bool:
    """A percentage before 以上的 and a noun that is a share of those things, no threshold of a
    set: what a reach verb reaches (覆盖区域内90%以上的地级市), or the things right after their owner
    with no rate word before and no count of a set after (这座车间90%以上的产品都用于…; but
    增长20%以上的企业有30家, 增速在10%以上的行业 define sets)."""
    if mention.unit != "%":
        return False
    before = text[max(0, mention.start - SHARE_LOOK_BACK):mention.start]
    if any(verb in before for verb in load("attribution")["metric"]["reach_verbs"]):
        return True
    growth = load("kinds")["growth"]
    rates = growth["up"] + growth["down"] + load("kinds")["rate"]["nouns"]
    return not any(word in before for word in rates) and not _count_after(text, mention.end)


SHARE_LOOK_BACK = 8  # characters before a percentage read for a reach verb or a rate word


@lexical_cache
def _count_pattern() -> regex.Pattern:
    """A count later in the clause (…的企业有30家): the figure before defined the set it counts."""
    classifiers = [surface for surface, unit in units().items() if unit.unit == "count" and not surface[0].isascii()]
    return compiled(rf"[^，,。；;]{{0,{SET_REACH}}}?[\d{NONZERO_DIGIT_CHARS}{SMALL_UNIT_CHARS}]+(?:{trie_pattern(classifiers)})")


SET_REACH = 20  # characters after a threshold where the count of its set is looked for


def _past_listed_thresholds(text: str, end: int, mention: Mention) -> int:
    """Where the text goes on after thresholds listed after ``mention``'s, each with its bound word and the same
    unit (超10万元、超30万元…), else ``end``."""
    if not mention.surface_unit or not text.startswith(LIST_MARK, end):
        return end
    found = _listed_thresholds(mention.surface_unit).match(text, end)
    return found.end() if found else end


@lexical_cache
def _listed_thresholds(unit: str) -> regex.Pattern:
    return compiled(rf"(?:{LIST_MARK}(?:{trie_pattern(bounds()['before'])})[\d.]+[{SCALE_CHARS}]*{regex.escape(unit)})+")


def _count_after(text: str, end: int) -> bool:
    return bool(_count_pattern().match(text, end))


def before_bound(text: str, start: int) -> int:
    """Where the text before a number ends, before a bound word that opens it (超, 近, 约)."""
    bound = bound_word_before(text, start)
    return bound.start() if bound else start


def past_bound(text: str, end: int) -> int:
    """Where the text goes on after a bound word after the unit (3个月以上, 一年多)."""
    if bound := bound_word_after(text, end):
        return bound.end()
    inside = next((w for w in bounds()["inside"] if text.startswith(w, end)), "")
    if inside and opens_a_longer_word(text, end, end + len(inside)):
        return end  # 45个多功能运动场: 多 opens a word of the noun, it bounds nothing
    return end + len(inside)


_PERCENTAGE = compiled(r"\d[\d.]*\s*[%％]")
_ARABIC = compiled(r"\d")
ORDINAL_REACH = 24  # characters before a bound where 第N个 may open the kind it defines


@lexical_cache
def _ordinal_member() -> regex.Pattern:
    """成为全省第4个…超百亿元县: the kind an ordinal before the bound ranks among is what the bound defines."""
    ranks = load("units")["ranks"]
    return compiled(rf"{ranks['ordinal_mark']}[\d{NONZERO_DIGIT_CHARS}{SMALL_UNIT_CHARS}]+"
                    rf"(?:{trie_pattern(ranks['member_measures'])})[^，,。；;]*$")


@lexical_cache
def _basis_words() -> tuple[str, ...]:
    """同比, 环比, 比, 较: what follows a figure that is compared, not a noun it defines."""
    kinds = load("kinds")
    return tuple(kinds["absolute_change"]["basis_words"] + kinds["comparison"]["openers"])


_KIND_START = compiled(r"\p{Han}")  # the noun right after the figure, no space between


def _rate_follows(doc: Document, start: int) -> bool:
    """Whether the clause goes on to a percentage: 30户以上自然村通硬化路的比例达78% states the
    rate of a set so defined (but 建设300个以上示范村、2500个以上提档升级村 counts villages)."""
    return _PERCENTAGE.search(doc.text, start, doc.clause_end(start)) is not None


def _a_total_before(text: str, start: int) -> bool:
    """总投资超800亿元的…: a total, which one thing has, before the bound word before ``start``."""
    word = bound_word_before(text, start)
    return word is not None and text.endswith(tuple(bounds()["stated"]["totals"]), 0, word.start())


def is_threshold(doc: Document, mention: Mention) -> bool:
    """超千亿元的开发区, 亿元以上项目: a bound that defines the set being counted (SPEC §2);
    《八百里…》: a Chinese numeral opening a title or quoted name is a label."""
    text, start, end = doc.text, mention.start, mention.end
    after, more = _threshold_after()
    if after.match(text, end):
        if mention.unit == "count" and mention.classifier and text.endswith(mention.classifier, 0, end) \
                and not _rate_follows(doc, end) and not _counted_right_before(doc, start):
            # 新开工10个以上项目: the count of those things, as its clause states no rate of them
            # (人口20万以上的城市: the people, no measure word written, define the cities; 957个50户以上村寨:
            # the count right before counts them, 50户以上 defines them)
            return False
        # 全省80%以上的进出口: a share of the whole, a figure, as the other shares are
        return share_whole(text, mention) is None and not _a_share(text, mention)
    if (bound := _bound_after().match(text, end)) and _names_a_kind(text[bound.end():bound.end() + 6]) \
            and (mention.unit not in _OWN_COUNTS or mention.unit == "count"
                 and (_rate_follows(doc, bound.end()) or _counted_right_before(doc, start))):
        # 投资500万元以上技改项目9296个: a bound, then the things it defines (but 10个以上项目 counts
        # them, unless its clause goes on to a rate of the set: 30户以上自然村覆盖率98.7%)
        return True
    listed = _past_listed_thresholds(text, end, mention)  # 年收益超10万元、超30万元村集体: each defines a set
    if mention.unit not in _OWN_COUNTS and (word := bound_word_before(text, start)) \
            and bounds()["before"][word.group()] in ("gt", "ge") and _KIND_START.match(text, listed) \
            and not text.startswith(_basis_words(), listed) and _names_a_kind(text[listed:listed + 6]) \
            and (_count_after(text, listed) or _ARABIC.search(text, listed, doc.clause_end(listed))
                 or _ordinal_member().search(text, max(doc.clause_start(start), start - ORDINAL_REACH), start)):
        # 营业收入超亿元企业1020家, 超亿元企业实现利润120亿元: the bound figure, then the things it
        # defines and a figure of theirs
        return True
    if text.startswith(more, end):
        return True  # 经过3年多的努力: 多 after the unit, then 的
    framing = bounds()["framing"]
    if mention.unit in framing["units"] and text.endswith(tuple(framing["before"]), 0, start) \
            and text.startswith(tuple(framing["after"]), past_bound(text, end)):
        return True  # 经过三年的发展: the time it took frames the sentence
    if mention.bound == "gt" and text.startswith("的", end) and not text.startswith(stated_after(), end + 1) \
            and not _a_share(text, mention) and not _a_total_before(text, start) \
            and (bound_word_before(text, start) or mention.unit in framing["units"]):
        # 超千亿元的开发区, but not 超过4.8%的全国水平, 沙地超80%的面积披上绿装, 总投资超百亿元的项目; 完成2000多万元
        # 的投资: 多 inside says about, it bounds no set (5000多年的历史: a span of time describes)
        return True
    if mention.upper is not None and mention.unit == "CNY" \
            and text.startswith(tuple(bounds()["threshold"]["nouns"]), end + text.startswith("的", end)):
        return True  # 年应纳税所得额100万元至300万元的部分: a bracket of money defines what it bounds (节省出七十亿到一百亿元的资金 states it)
    # (“十二连增”: a streak quoted is counted)
    return start > 0 and text[start - 1] in "《“" and not text[start].isdigit() and mention.classifier not in words("classifiers", "streaks")
