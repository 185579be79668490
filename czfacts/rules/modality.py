"""Modality: target for goals and plans, forecast for 预计, actual otherwise (SPEC §2)."""
from __future__ import annotations

import bisect
import datetime as dt

import regex

from ..compiled import compiled
from ..document import CLAUSE_BREAK, LIST_MARK, SEMICOLON, Document
from ..lexicon import alternation, lexical_cache, load, trie_pattern, words
from ..lexicon import bounds as bound_words
from ..period_grammar import from_openers, turn_pattern
from ..tokenize import tag, word_bounds
from .quantity.amounts import scale_capacity
from .base import Example, Rule

MODALITY = Rule(
    name="modality",
    doc="目标/力争/计划/到2025年 … make a target; 预计/有望 a forecast; a project's capacity while it is built is a target.",
    examples=(
        Example("今年全省发展的主要预期目标是:生产总值增长5.5%左右", {"modality": "target", "bound": "approx"}),
        Example("力争到2025年全市新能源装机达到1000万千瓦", {"modality": "target"}),
        Example("预计全年粮食产量达到120万吨", {"modality": "forecast"}),
        # an expectation someone revises is their forecast, not a goal (预期 + 调高/下调: data revisions)
        Example("世界银行把全球经济增长的预期从2.4%下调到2.1%", {"span": "2.1%", "modality": "forecast"}, date="2025-06-20"),
        # a future adverb right after the figure says what it will do
        Example("今年全县新增的3亿元财政资金，70%以上将用于乡村振兴", {"span": "70%", "modality": "target"}),
        # 预计 opening the sentence scopes each clause of it, a new period's too
        Example("预计今年一季度全省经济增长5%左右，全年增长5.2%", {"span": "5.2%", "modality": "forecast"},
                date="2025-01-20"),
        # a forecast word that closes its clause reports the clauses its period frames next
        Example("世界银行最新报告预测，明年，全球贸易将增长2.4%", {"span": "2.4%", "modality": "forecast"}),
        Example("全市计划投资10亿元新建学校", {"modality": "target"}),
        # 要把…控制在: a goal, also when a review recalls it
        Example("去年的报告提出，要把物价涨幅控制在3%以内", {"span": "3%", "modality": "target"}, date="2025-03-05"),
        Example("2023年，全县人均预期寿命达到79.2岁", {"modality": "actual"}, date="2024-03-01"),
        # a story's year not over yet: what a verb with 了 says was done is actual
        Example("记者获悉，果农赵刚今年卖出了30吨苹果。", {"span": "30吨", "modality": "actual"}, date="2025-03-10"),
        Example("确立打造2个千亿级、6个百亿级产业集群", {"span": "6个", "modality": "target"}),
        Example("华阳新材 5 万吨碳纤维原丝、凯盛 3 万吨光伏玻璃等一批重点项目加快推进", {"modality": "target"}),
        # …and the investment that describes a project being built; a project in service has what it was built for
        Example("在滨海新区，总投资80亿元的锂电池材料项目正在加紧施工", {"span": "80亿元", "modality": "target"}),
        Example("去年，全省800千伏特高压直流输电工程建成送电，6个风电项目加快建设", {"span": "800千伏", "modality": "actual"},
                date="2025-01-20"),
        Example("上半年投资增长3%，与年初提出的“全年增长8%”的目标仍有差距", {"span": "8%", "modality": "target"},
                date="2024-07-20"),
        Example("全县生产总值增长6.8%，略低于7%的预定目标", {"span": "7%", "modality": "target", "kind": "growth"}),
        Example("全市新增城镇就业6.2万人，超额完成省下达的5万人年度任务", {"span": "5万人", "modality": "target"}),
        # a future adverb (将, not the preposition of 将X作为Y) before the figure in its sentence
        Example("未来，全省将加快建设4个千亿级产业基地", {"modality": "target"}, date="2024-07-20"),
        Example("风电场刚完成吊装，投产后可满足5万户居民用电", {"modality": "target"}, date="2024-07-20"),
        # a cue governs its own part of the sentence: not past a ；, and a goal's clause stays a goal when a later
        # clause says what was done
        Example("预计全年产煤3亿吨；生产绿电超200亿度，居全国第一", {"span": "200亿度", "modality": "actual"},
                date="2025-01-20"),
        # a goal word before a figure said to be reached already (已建成) makes no goal of it
        Example("全省规划建设的10个产业园区已建成8个", {"span": "8个", "modality": "actual"}, date="2025-01-20"),
        Example("全年目标为新增就业60万人，前三季度已完成52万人", {"span": "60万人", "modality": "target",
                                                          "metric": "新增就业"}, date="2024-10-15"),
        # a plan tells what there is: a count right after 有, no goal word before it
        Example("二、2025年主要任务\n全县还有1.2万名留守儿童、3000名孤寡老人需要关爱。", {"span": "3000名", "modality": "actual"},
                date="2025-01-20"),
        Example("二、2025年主要任务\n力争全县有5家企业营收超百亿元。", {"span": "5家", "modality": "target"}, date="2025-01-20"),
        # a duration a plan brings a level to is its goal (a duration elsewhere looks back: 经过10余年发展)
        Example("二、2025年主要任务\n西宁至兰州通行时间由3小时缩短到1.5小时。", {"span": "1.5小时", "modality": "target"},
                date="2025-01-20"),
        Example("二、2025年主要任务\n推进农村宅基地使用权再延长二十年试点。", {"span": "二十年", "modality": "target"},
                date="2025-01-20"),
        # a report read after months of its own year are over tells what they did
        Example("各位代表：\n受市人民政府委托，我向大会报告政府工作。\n今年一季度，全市工业生产同比增长12%。",
                {"span": "12%", "modality": "actual"}, date="2024-05-15"),
        # a forecast word inside a comparison's basis (比上年预计) names the basis, not the figure
        Example("二、2025年主要指标\n全市粮食产量达到120万吨，比2024年预计增加5万吨。", {"span": "5万吨", "modality": "target"},
                date="2025-01-20"),
        # …or in the level a from–to pair starts from: the level it goes to is the plan's
        Example("二、2025年主要指标\n研发投入强度由上年预计的2.6%提高到2.8%。", {"span": "2.8%", "modality": "target"},
                date="2025-01-20"),
    ),
    negatives=("组织实施省级科技重大专项和重点研发计划26项", "2023年提前实现新增就业10万人的目标",
               "7月份，虚拟现实设备产量增长32%", "2025年全市已新增市场主体3.2万户", "全县组织企业申报国家级各类科技计划项目30多项",
               "近年来,我市重点打造10条产业链", "重点打造了10条产业链",
               "去年，宁东5万吨绿氢项目投产",  # a project in production has its capacity
               "去年，全市重点项目年度计划投资完成率108.5%",  # a rate of completion reports what was done
               "财政部今天成功发行今年首批特别国债800亿元",  # done today, whatever year it counts in
               "今年，全省将加大算力投入。在合肥，这个平台已集纳了200万条数据。",  # the year was another sentence's
               "将个人所得税基本减除费用标准提高到每月5000元",  # 将 as 把: what was done to what
               "将1.5万亿元转移支付资金纳入直达机制",
               "去年，全省研究生招生计划新增3000个",  # the plan of an activity, a noun, grew
               "去年，空气优良天数比例好于省考核目标，全市PM2.5浓度下降5%",  # a goal compared with is no plan
               "今年要聚焦12条重点产业链补链延链",  # the set a plan works on is there already
               "今年要加快推进15个在建高速公路项目建设"),  # things under construction exist
)


_HALF_YEAR = dt.timedelta(days=183)
TURN_REACH = 4  # characters before a duration where the word of the level it is brought to stands (缩短到)
LOOK_BACK = 300  # characters before a number where its goal or forecast word can stand
_TITLE = compiled(r"《[^》]*》")


@lexical_cache
def _patterns() -> dict[str, regex.Pattern]:
    patterns = {key: compiled(alternation("attribution", "modality", key))
                for key in ("target", "forecast", "under_construction", "achieved", "projects", "verbs_after_cue",
                            "done_markers", "not_cues")}
    # 报告预测，2014年，中国经济将保持在7.5%: a forecast word that closes its clause reports what follows
    patterns["reported"] = compiled(rf"{alternation('attribution', 'modality', 'forecast')}[，,:：]")
    return patterns


def attach_modality(doc: Document) -> None:
    patterns = _patterns()
    achieved: dict[int, int | None] = {}  # per sentence, not per mention: linear in a long sentence
    semicolons = [found.start() for found in SEMICOLON.finditer(doc.text)]  # read once, bisected per mention
    for m in doc.mentions:
        if m.from_table:
            continue  # a table cell states what was
        _attach(doc, m, patterns, achieved, semicolons)
        if m.modality != "actual":
            m.refine(MODALITY.name)


def _attach(doc: Document, m, patterns: dict[str, regex.Pattern], achieved: dict[int, int | None],
            semicolons: list[int]) -> None:
    start, end = doc.sentence(m.start)
    frame = _last_period_start(doc, start, m.start)
    # a goal named before the period's clause frames another; 《…规划》 is only a title; a goal word
    # further back than LOOK_BACK frames nothing (and a sentence of 10,000 numbers stays linear)
    # (…投产后可满足12万户用电；在日喀则，这片6000亩…: a cue before a ； is another part's)
    last = bisect.bisect_left(semicolons, m.start) - 1
    part = semicolons[last] + 1 if last >= 0 and semicolons[last] >= start else start
    before = _TITLE.sub("", doc.text[max(doc.clause_start(frame), m.start - LOOK_BACK, part):m.start])
    before = patterns["not_cues"].sub(lambda found: " " * len(found.group()), before)  # 人均预期寿命
    before = _without_estimated_bases(before)  # 比1980年预计增加: the basis is an estimate, not the figure
    if m.comparison and (basis := m.comparison[1:]).endswith(tuple(words("attribution", "modality", "target_after"))) \
            and basis in before:
        before = before.replace(basis, " " * len(basis))  # 优于国家考核目标19.8个百分点: a goal compared with
    opens = doc.clause_start(frame)  # the cue ends right where its frame's clause opens (a bounded look back)
    reported = frame > start and patterns["reported"].search(doc.text, max(start, opens - CUE_REACH), opens)
    goal = False
    opening = patterns["forecast"].match(doc.text, part, min(m.start, part + FORECAST_OPENING))
    if patterns["forecast"].search(before) or reported and reported.end() == opens or opening or _revised(doc, m, before):
        m.modality = "forecast"  # (预计今年一季度增长5%左右，全年增长5.2%: 预计 opening the sentence scopes it)
    elif _goal_after(doc, m):
        m.modality = "target"  # 全年GDP增长5.5%”的预期目标: the figure is the goal named after it
    elif (goal := _has_goal_word(before, patterns["target"], doc.clause_start(m.start) - (m.start - len(before)), _past(doc, m))
          and not _achieved(doc, start, end, doc.clause_end(m.start), patterns, achieved) and not _already(doc, m)) \
            or _future(doc, m) and not _already(doc, m) \
            or _says_it_will(before, doc.text[m.end:doc.clause_end(m.start)]) and not _past(doc, m) \
            and not _already(doc, m):
        m.modality = "target"
    if m.modality == "target" and (_level_it_rises_from(doc, m) or _existing_set(doc, m)
                                   or not goal and _present_count(doc, m)):
        m.modality = "actual"  # 标准从每人每月202元提高到209元: the plan starts from a level that is;
        # 围绕22个产业: it works on a set that is; 全区有280万农牧民…: a plan tells what there is
    elif m.kind == "amount" and (_project_being_built(doc, m, patterns) or scale_capacity(doc, m)):
        m.modality = "target"  # (新增千亿斤粮食生产能力建设: a programme's round figure is what it aims at)


def _project_being_built(doc: Document, m, patterns: dict[str, regex.Pattern]) -> bool:
    """20万吨…项目加快建设, 总投资150亿元的…工程开工建设: a project's designed capacity, or the investment that
    describes it (before its 的), in a clause that says it is being built (SPEC §1). An investment made to build
    something (企业在上海投资4700万欧元建设工厂) and a project in service (…工程建成投运) are what is."""
    metric = str(m.metric.value) if m.metric else ""
    clause_end = doc.clause_end(m.end)
    project = patterns["projects"].search(doc.text, m.end, clause_end)
    if not metric.endswith(tuple(words("attribution", "modality", "capacities"))) or project is None \
            or not patterns["under_construction"].search(doc.text, project.end(), clause_end):
        return False
    invested = metric.endswith(tuple(words("attribution", "modality", "investments")))
    return not invested or "的" in doc.text[m.end:project.start()]


def _revised(doc: Document, m, before: str) -> bool:
    """…把中国经济增长的预期从6.5%调高到6.7%: an expectation (预期) its clause revises is someone's forecast."""
    clause = doc.text[doc.clause_start(m.start):doc.clause_end(m.end)]
    return load("attribution")["modality"]["expectation"] in before \
        and any(verb in clause for verb in words("attribution", "modality", "revisions"))


FORECAST_OPENING = 4  # characters at the start of a sentence (or of its part after ；) a forecast cue opens it within


@lexical_cache
def _estimated_basis() -> regex.Pattern:
    """比1980年预计, 比上年预计数: a forecast word inside a comparison's basis (the basis is an estimate;
    the figure compared with it is not forecast)."""
    return compiled(rf"(?:{alternation('kinds', 'comparison', 'openers')})[^，,。；;]{{1,{BASIS_CUE_REACH}}}?"
                    rf"(?P<cue>{alternation('attribution', 'modality', 'forecast')})")


BASIS_CUE_REACH = 8  # characters between a basis opener (比) and the estimate it names


def _without_estimated_bases(before: str) -> str:
    """``before`` with the forecast words of comparison bases blanked (a basis names something between:
    占比预计提高 is a forecast), and of the level a from–to pair starts from (由今年预计的44%提高到45%:
    the 45% is the plan's)."""
    for pattern in (_estimated_basis(), _estimated_start()):
        before = pattern.sub(lambda f: f.group()[:f.start("cue") - f.start()] + " " * len(f.group("cue"))
                             + f.group()[f.end("cue") - f.start():], before)
    return before


@lexical_cache
def _estimated_start() -> regex.Pattern:
    return compiled(rf"(?:{trie_pattern(from_openers())})[^，,。；;]{{1,{BASIS_CUE_REACH}}}?"
                    rf"(?P<cue>{alternation('attribution', 'modality', 'forecast')})[^，,。；;]*?(?:{turn_pattern().pattern})$")


@lexical_cache
def _goal_after_pattern() -> regex.Pattern:
    return compiled(rf"(?:{trie_pattern(bound_words()['after'])})?[”\"']?的?"
                         rf"(?:{alternation('attribution', 'modality', 'target_after')})")


def goal_named_after(text: str, end: int) -> bool:
    """…5.5%”的预期目标: a goal named right after the figure ending at ``end``."""
    return bool(_goal_after_pattern().match(text, end, min(len(text), end + 12)))


def _goal_after(doc: Document, m) -> bool:
    """…增长5.5%”的预期目标: a goal named right after the figure, and not said to be met."""
    if not goal_named_after(doc.text, m.end):
        return False
    before = doc.text[doc.clause_start(m.start):m.start]
    # (超额完成国家下达的110万人年度任务: a goal exceeded is the goal's figure, the figure done is more)
    return any(word in before for word in words("attribution", "modality", "goal_exceeded")) \
        or not _goal_met_pattern().search(before)


@lexical_cache
def _goal_met_pattern() -> regex.Pattern:
    return compiled(alternation("attribution", "modality", "goal_met"))


CUE_REACH = 4  # characters before a frame's clause where a reporting forecast word (预测，) ends


def _last_period_start(doc: Document, start: int, end: int) -> int:
    """Start of the last period that begins and ends in [start, end), else ``start``: looked for
    from ``end`` back (bisected), not over every period of the sentence per number."""
    i = bisect.bisect_left(doc.periods, end, key=lambda p: p.start) - 1
    while i >= 0 and doc.periods[i].start >= start:
        if doc.periods[i].end <= end:
            return doc.periods[i].start
        i -= 1
    return start


def _achieved(doc: Document, start: int, end: int, clause_end: int, patterns: dict[str, regex.Pattern],
              cache: dict[int, int | None]) -> bool:
    """Whether the sentence [start, end) says what was achieved (完成, 实现) by the end of the figure's clause:
    the sentence's first such word, found once per sentence, starts before ``clause_end`` (the words hold no
    clause break, so one that starts there ends there too)."""
    if start not in cache:
        found = patterns["achieved"].search(doc.text, start, end)
        cache[start] = found.start() if found else None
    first = cache[start]
    return first is not None and first < clause_end


def _has_goal_word(before: str, pattern: regex.Pattern, clause_at: int, past: bool) -> bool:
    """A goal word used as such: 计划投资, 规划了, 确立打造1个 — not 研发计划12项, 科技计划项目,
    打造了, nor 打造 outside the number's clause (which starts at ``clause_at`` in ``before``)
    or in a past frame; in a past frame any goal word of an earlier clause only says what was
    striven for (努力打造…阵地，排名跃升至全国第二 reports a result)."""
    patterns = _patterns()
    noun_cues, build_verbs = words("attribution", "modality", "noun_cues"), words("attribution", "modality", "build_verbs")
    cuts = None
    for m in pattern.finditer(before):
        if len(m.group()) == 1:  # 拟 alone, not inside 虚拟现实: a one-character goal word is a word of its own
            cuts = cuts if cuts is not None else word_bounds(before)
            if m.start() not in cuts or m.end() not in cuts:
                continue
        if m.group() in noun_cues and (not patterns["verbs_after_cue"].match(before, m.end())
                                       or _after_a_verb(before, m.start())):
            continue  # (研发计划12项; 招生计划新增2万个: the plan of an activity is a noun)
        if _compared_with(before, m.start()):
            continue  # 均好于国家考核目标: a goal compared with is met or missed, no plan
        if m.group() in build_verbs and (past or m.start() < clause_at or patterns["done_markers"].match(before, m.end())):
            continue
        if past and m.start() < clause_at:
            continue
        return True
    return False


def _after_a_verb(text: str, at: int) -> bool:
    """The word ending at ``at`` is a verb (招生|计划, 投资|计划)."""
    tokens = tag(text[max(0, at - CUE_WORD):at])
    return bool(tokens) and tokens[-1][1] in ("v", "vn")


def _compared_with(text: str, at: int) -> bool:
    """A comparison word (好于, 高于, 超过) earlier in the clause of the goal word at ``at``."""
    clause = _CLAUSE_MARK.split(text[max(0, at - CUE_WORD * 3):at])[-1]
    return any(w in clause for w in words("attribution", "metric", "above_words"))


CUE_WORD = 4  # characters before a cue read for the word it ends (招生计划)
_CLAUSE_MARK = compiled(r"[，,；;。]")


def _level_it_rises_from(doc: Document, m) -> bool:
    """从/由 shortly before the figure, and a turn to another level (提高到, 增至) after it in its
    clause: the level a plan starts from."""
    opener = _from_pattern().search(doc.text, max(doc.clause_start(m.start), m.start - FROM_REACH), m.start)
    return opener is not None and turn_pattern().search(doc.text, m.end, doc.clause_end(m.end)) is not None


@lexical_cache
def _from_pattern() -> regex.Pattern:
    return compiled(rf"(?:{trie_pattern(words('periods', 'from_to', 'openers'))})[^\d，,；;。]*$")


FROM_REACH = 12  # characters between 从/由 and the level it opens (从每人每月202元)


def _existing_set(doc: Document, m) -> bool:
    """围绕22个产业、189条产业链: a count (or the first of its list) right after a word that names what a
    plan works on; 加快42个在建项目建设: a count of things said to exist already."""
    return _count_after(doc, m, _existing_set_openers()) \
        or m.kind == "count" and doc.text.startswith(_existing_set_marks(), m.end)


def _present_count(doc: Document, m) -> bool:
    """全区有280万农牧民在城镇转移就业, 还有63万失能老人、158万残疾人: a count (or the first of its list)
    right after 有, with no goal word before it in its clause, tells what there is now."""
    return _count_after(doc, m, _present_openers())


def _count_after(doc: Document, m, openers: tuple[str, ...]) -> bool:
    if m.kind != "count":
        return False
    i = bisect.bisect_left(doc.mentions, m.start, key=lambda other: other.start)
    # the list's first count: a walk back over the list only (its values, or counts each with its noun
    # and 、 between: 63万失能老人、158万残疾人)
    while i > 0 and (m.list_id is not None and doc.mentions[i - 1].list_id == m.list_id
                     or doc.mentions[i - 1].kind == "count" and _listed_after(doc.text[doc.mentions[i - 1].end:doc.mentions[i].start])):
        i -= 1
    return doc.text.endswith(openers, 0, doc.mentions[i].start)


def _listed_after(between: str) -> bool:
    """失能老人、: a count's noun and the list mark, nothing that ends a clause or says more."""
    return between.endswith(LIST_MARK) and len(between) <= LISTED_NOUN and not any(c in CLAUSE_BREAK for c in between)


LISTED_NOUN = 12  # characters at most of a listed count's noun and its mark


@lexical_cache
def _existing_set_openers() -> tuple[str, ...]:
    return tuple(words("attribution", "modality", "existing_set_openers"))


@lexical_cache
def _existing_set_marks() -> tuple[str, ...]:
    return tuple(words("attribution", "modality", "existing_set_marks"))


@lexical_cache
def _present_openers() -> tuple[str, ...]:
    return tuple(words("attribution", "modality", "present_openers"))


def _says_it_will(before: str, after: str) -> bool:
    """未来，辽宁将加快建设3个…产业基地: a future adverb before the figure in its sentence (将 as an
    adverb, not the preposition of 将X作为Y or 将X提高到Y, nor 将 right before the figure), or right after
    it (65%将投向民生领域), makes it a plan; ``after`` is the rest of the figure's clause."""
    future = words("attribution", "modality", "future_adverbs")
    said = after.removeprefix(next((b for b in bound_words()["after"] if after.startswith(b)), ""))
    if said.startswith(future) and tag(said[:FUTURE_CONTEXT])[0][1] == "d" and not _disposal_pattern().search(said):
        return True  # 850亿元的地方财政支出，65%将投向民生领域: the figure is what the future verb is said of
    for word in future:
        at = before.find(word)
        while at >= 0:  # the tagger reads a few characters around each one, not the whole look-back
            window = before[max(0, at - FUTURE_CONTEXT):at + len(word) + FUTURE_CONTEXT]
            if (word, "d") in tag(window) and at + len(word) < len(before) \
                    and not _disposal_pattern().search(before[at:] + after):
                return True
            at = before.find(word, at + 1)
    return False


@lexical_cache
def _disposal_pattern() -> regex.Pattern:
    return compiled(alternation("attribution", "modality", "disposal_verbs"))


FUTURE_CONTEXT = 4  # characters each side of a future adverb that tell the tagger adverb from preposition


def _already(doc: Document, m) -> bool:
    """今年已推出5款无人机产品: the clause says the figure is reached already."""
    return bool(_already_pattern().search(doc.text, doc.clause_start(m.start), m.start))


@lexical_cache
def _already_pattern() -> regex.Pattern:
    return compiled(alternation("attribution", "modality", "already"))


def _past(doc: Document, m) -> bool:
    """The number's period ends by the reference date (近年来, 目前, 2023年): no plan."""
    period = m.period.value if m.period else None
    return bool(doc.date and period and period.end and period.end <= doc.date)


def _moved_by(doc: Document, m) -> bool:
    """再延长三十年, 由18小时缩短到5小时: a duration something is moved by or to."""
    before = doc.text[max(0, m.start - TURN_REACH):m.start]
    return bool(turn_pattern().search(before)) or any(word in before for word in words("attribution", "modality", "duration_moves"))


def _done_before(doc: Document, m) -> bool:
    """A verb with the aspect of a thing done (了: the tagger's ul) in the figure's clause before it."""
    return any(pos == "ul" for _, pos in tag(doc.text[doc.clause_start(m.start):m.start]))


def _future(doc: Document, m) -> bool:
    """A period that starts after the reference date, or ends more than half a year after
    it (2025年 in a January 2025 work report), cannot have been measured yet: a plan. So is
    any period of the report year in a work report (dated only "2025", it reviews 2024)."""
    period = m.period.value if m.period else None
    if not (doc.date and period and period.start and period.end) or m.unit in ("year", "day") and not _moved_by(doc, m):
        return False  # 经过10余年发展: a duration looks back (缩短到5小时, 再延长三十年: a plan's move does not)
    ref = dt.date.fromisoformat(doc.date)
    if doc.genre == "work_report" and period.start[:4] >= doc.date[:4] and period.end >= doc.date:
        return True  # a work report speaks of its own year only in its plans (but of months over already:
        # a report read in August tells what the first half did)
    if doc.genre == "news" and period.start <= doc.date and _done_before(doc, m):
        return False  # 李建国今年种了1200亩小麦, told in March: what was done this year so far
    if m.period.how == "inherited" and period.start <= doc.date and doc.genre != "work_report":
        # 今年，湖北将…。这个平台集纳了300多万条…: a year a story spoke of before frames no plan here
        # (a work report's plan years that run on past it still do: “六五”期间…翻两番)
        return False
    return period.start > doc.date or dt.date.fromisoformat(period.end) > ref + _HALF_YEAR
