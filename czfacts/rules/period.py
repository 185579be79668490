"""Period expressions: find them, mask them as non-facts, resolve them (SPEC §4).

Resolution is against the reference date; a part of a year with no year of its own
(上半年, 1月—7月) takes the year of the period before it in the paragraph, else the
reference year — or the year before when its months have not yet ended at the reference
date (a January article on 1—11月 means last year's).
"""
from __future__ import annotations

import bisect

import calendar
import datetime as dt

import regex

from ..compiled import compiled
from ..document import CLAUSE_COMMAS, SEMICOLON, Attribute, Document, Mention, PeriodMention
from ..fact import Period
from ..lexicon import alternation, by_length, lexical_cache, load, trie_pattern
from ..numerals import DIGIT_CHARS, NONZERO_DIGIT_CHARS, ORDINARY_NUMERAL_CHARS, SMALL_UNIT_CHARS, UNIT_CHARS, read_number
from ..places import place_pattern
from ..tokenize import tag
from ..period_grammar import (NUMBERED_HEADING, continuations, fyp_years, HEADING, SENTENCE_END, turn_pattern, BASIS_VALUE, CUMULATIVE, ENDS, MODIFIES_A_NOUN, MULTIPLE_OF, OF_A_NUMBER, background_after, names_a_meeting, own_figures_after, OPTIONAL_OF, SAME_PERIOD, SINCE,
                              WRITTEN_RANGE, basis_year_pattern, from_openers, period_pattern, period_pattern_for, year_of)
from .base import Example, Rule
from .counted_sets import COUNTED_SET
from .distribute import share_years

RULE = Rule(
    name="period",
    doc="Period and date expressions become the `period` of the facts they govern, never facts.",
    examples=(
        Example("今年上半年,朔州市GDP完成512.8亿元", {"period": {"text": "今年上半年", "start": "2024-01-01", "end": "2024-06-30"}}),
        Example("1月—7月,全市社会消费品零售总额完成321.5亿元", {"period": {"text": "1月—7月", "start": "2024-01-01", "end": "2024-07-31"}}),
        Example("2023年,全市地区生产总值2500亿元", {"period": {"text": "2023年", "start": "2023-01-01", "end": "2023-12-31"}}),
        Example("今年前三季度,数字经济投资完成41.2亿元,同比增长27.3%", {"span": "27.3%", "period": {"text": "今年前三季度", "start": "2024-01-01", "end": "2024-09-30"}}),
        Example("1—8月,全市累计建成智能化矿井17座", {"span": "17座", "period": {"text": "1—8月", "start": "2024-08-31", "end": "2024-08-31"}}),
        Example("目前,全市新能源汽车保有量达到3000多辆", {"period": {"text": "目前", "start": "2024-11-01", "end": "2024-11-01"}}),
        Example("去年全年,全市粮食产量达到120万吨", {"period": {"text": "去年全年", "start": "2023-01-01", "end": "2023-12-31"}}),
        Example("1 月至 5 月,全市进出口总额5亿元", {"period": {"text": "1月至5月", "start": "2024-01-01", "end": "2024-05-31"}}),
        Example("2024年12月,全市发电量30亿千瓦时", {"period": {"start": "2024-12-01", "end": "2024-12-31"}}),
        Example("“十四五”期间,全市累计投资500亿元", {"period": {"start": "2021-01-01", "end": "2025-12-31"}}),
        Example("截至2023年底,全市共有各类市场主体45.6万户,其中企业12.3万户", {"span": "12.3万户", "period": {"start": "2023-12-31", "end": "2023-12-31"}}),
        Example("全年技术合同登记成交额48.17亿元", {"period": {"start": "2023-01-01", "end": "2023-12-31"}}, date="2024-04-01"),
        # a report's glossary defines terms: no section's period is its entries'
        Example("二、2025年工作安排\n全省新建学校20所。\n名词解释\n1.“三个一”工程：每个县建设1个县级服务中心。",
                {"span": "1个", "period": None, "modality": "actual"}, date="2025-01-20"),
        Example("2023年长治市国民经济和社会发展统计公报\n年末全市常住人口313.37万人", {"period": {"start": "2023-12-31", "end": "2023-12-31"}}, date="2024-03-20"),
        Example("一、2024年工作回顾\n全市地区生产总值完成2800亿元,增长5.1%。", {"span": "5.1%", "period": {"start": "2024-01-01", "end": "2024-12-31"}}, date="2025-01-15"),
        Example("2021—2023年,全市累计投资500亿元", {"period": {"start": "2021-01-01", "end": "2023-12-31"}}),
        Example("上半年，全省进出口增长8%，230个重点项目在5月底前全部开工。新增贷款1.2万亿元。",
                {"span": "1.2万亿元", "period": {"start": "2024-01-01", "end": "2024-06-30"}}),
        Example("全省GDP增长5.2%，低于2023年四季度5.6%的增速", {"span": "5.6%", "period": {"start": "2023-10-01", "end": "2023-12-31"}}),
        # 年内 is the reference year when the tagger reads it as a word (not in 十年内乱)
        Example("年内新培育专精特新中小企业50家以上", {"metric": "专精特新中小企业", "period": {"text": "年内", "start": "2024-01-01",
                                                                          "end": "2024-12-31"}}),
        # the year of a target a figure is measured against (完成全年计划的…) is the target's, not the figure's
        Example("前三季度，全市完成造林12万亩，完成全年计划的80%", {"span": "80%", "period": {"text": "前三季度", "start": "2024-01-01", "end": "2024-09-30"}},
                date="2024-10-20"),
        # a day that names a meeting dates no clause after it
        Example("过去一年，我们落实去年7月30日中央政治局会议精神，新增专项债券800亿元", {"span": "800亿元", "period": {"text": "过去一年", "start": "2023-01-01", "end": "2023-12-31"}}),
        Example("2025年某省政府工作报告\n一、砥砺奋进的一年\n全省新增市场主体62万户。\n今年是全面完成规划任务的关键之年。\n全省力争新增市场主体60万户。",
                {"span": "62万户", "period": {"start": "2024-01-01", "end": "2024-12-31"}, "modality": "actual"}, date="2025-01-20"),
        Example("2025年某省政府工作报告\n一、砥砺奋进的一年\n全省新增市场主体62万户。\n今年是全面完成规划任务的关键之年。\n全省力争新增市场主体60万户。",
                {"span": "60万户", "period": {"start": "2025-01-01", "end": "2025-12-31"}, "modality": "target"}, date="2025-01-20"),
        # a paragraph that opens with the years reviewed, no figure in its sentence, frames the paragraphs after it;
        # one that opens with the years planned from the report's own begins the plan part
        Example("2026年某省政府工作报告\n一、过去一年工作回顾\n过去一年，全省新增就业60万人。\n过去五年极不平凡，我们经受住了多重考验。"
                "\n——全省累计新增城镇就业300万人。\n今后五年是全面建设现代化的关键时期。\n——全省新增城镇就业250万人以上。",
                {"span": "300万人", "period": {"start": "2021-01-01", "end": "2025-12-31"}, "modality": "actual"}, date="2026-01-20"),
        Example("2026年某省政府工作报告\n一、过去一年工作回顾\n过去一年，全省新增就业60万人。\n过去五年极不平凡，我们经受住了多重考验。"
                "\n——全省累计新增城镇就业300万人。\n今后五年是全面建设现代化的关键时期。\n——全省新增城镇就业250万人以上。",
                {"span": "250万人", "period": {"start": "2026-01-01", "end": "2030-12-31"}, "modality": "target"}, date="2026-01-20"),
        Example("最新发布的一季度数据显示，全省进出口增长8%。全省接待游客3亿人次。",
                {"span": "3亿人次", "period": {"start": "2024-01-01", "end": "2024-03-31"}}),
        Example("前10个月,全市投资增长5%", {"period": {"start": "2024-01-01", "end": "2024-10-31"}}, date="2024-11-20"),
        Example("2024年1—9月,投资增长3%", {"period": {"text": "2024年1—9月", "start": "2024-01-01", "end": "2024-09-30"}}),
        Example("上半年末,全市贷款余额3000亿元", {"period": {"start": "2024-06-30", "end": "2024-06-30"}}),
        Example("“十四五”以来,累计投资500亿元", {"period": {"start": "2021-01-01", "end": "2024-11-01"}}),
        Example("二、2025年主要目标\n地区生产总值增长5.5%左右。", {"period": {"start": "2025-01-01", "end": "2025-12-31"}, "modality": "target"}, date="2025-01-15"),
        Example("2024年，全县投资增速创近年新高；新建各类厂房12万平方米", {"span": "12万平方米", "period": {"start": "2024-01-01", "end": "2024-12-31"}}),
        Example("从1—9月的数据看，全县工业投资增长12%", {"span": "12%", "period": {"start": "2024-01-01", "end": "2024-09-30"}}),
        Example("三季度，全县工业增加值由二季度下降2.1%转为增长4.5%", {"span": "4.5%", "period": {"start": "2024-07-01", "end": "2024-09-30"}}),
        Example("三季度，全县工业增加值由二季度的下降2.1%转为增长4.5%", {"span": "2.1%", "period": {"start": "2024-04-01", "end": "2024-06-30"}}),
        # a news story whose headline names no period: the lead's period of the data reported governs it
        Example("湖北各市州经济成绩单出炉\n近日，各市州一季度经济数据陆续公布。\n从增速看，宜昌增长6.5%，居全省首位。",
                {"span": "6.5%", "period": {"start": "2024-01-01", "end": "2024-03-31"}}),
        Example("湖南各市州GDP排名出炉\n日前，湖南14个市州上半年GDP数据全部公布。\n从增速看，湘西增长6.8%，居全省首位。",
                {"span": "6.8%", "period": {"start": "2024-01-01", "end": "2024-06-30"}}),
        # …and a headline's figure is dated by the period opening the lead (not by the day of the news)
        Example("三地经济总量突破11万亿元\n\n2023年，京津冀地区生产总值合计达到10.4万亿元。",
                {"span": "11万亿元", "period": {"start": "2023-01-01", "end": "2023-12-31"}}),
        # 上年同期 of 1-2月 ends with February of that year (a leap year's 29th)
        Example("2021年1-2月，全市工业增加值增长30%，2020年同期下降12%", {"span": "12%", "period": {"start": "2020-01-01", "end": "2020-02-29"}}),
        # 在…基础上: the period inside the frame dates the base's value, not the figure after it
        Example("1-5月，网上零售额在上年同期增长21%的基础上，再增长13.5%。", {"span": "21%", "period": {"start": "2023-01-01", "end": "2023-05-31"}}),
        Example("1-5月，网上零售额在上年同期21%的高增速基础上，再增长13.5%。", {"span": "13.5%", "period": {"start": "2024-01-01", "end": "2024-05-31"}}),
        Example("一、2024年工作回顾\n年初确定的8件民生实事全部完成，新增城镇就业3.1万人", {"span": "3.1万人", "period": {"start": "2024-01-01", "end": "2024-12-31"}}, date="2025-01-15"),
        # a period compared with (和去年基本持平) frames nothing
        Example("一季度，全市零售额增长6%，和去年基本持平，消费贡献率达到60%", {"span": "60%", "period": {"start": "2024-01-01", "end": "2024-03-31"}}),
        # a 以来 period before a verb and 的 describes the noun after it (a relative clause): no frame
        Example("去年，全省税收增长6%。2015年以来引进的外资企业贡献了其中三成，工业投资增长9%。",
                {"span": "9%", "period": {"start": "2023-01-01", "end": "2023-12-31"}}),
        # a 以来 after 这是 dates the record the clause after it states, not its figure
        Example("9月份，全市PPI同比下降0.5%，这是18个月以来，PPI降幅首度收窄至1%以内。",
                {"span": "1%", "period": {"start": "2024-09-01", "end": "2024-09-30"}}),
    ),
    negatives=("2024年12月4日", "今年1月至5月", "近三年来", "一季度", "前10个月", "2024年1—9月"),
)

def _month(text: str | None) -> int | None:
    if text is None:
        return None
    value = read_number(text)
    return int(value) if value else None


def _iso(year: int, month: int, day: int) -> str:
    return dt.date(year, month, day).isoformat()


def _month_end(year: int, month: int) -> str:
    return _iso(year, month, calendar.monthrange(year, month)[1])


def _last_month_of(part: str, words: dict) -> int:
    """The month a year part (上半年 → 6) or a year instant (年末 → 12) ends in."""
    if part in words["year_parts"]:
        return words["year_parts"][part][1]
    return words["year_instants"].get(part, [0, 0])[0]


def _is_heading(doc: Document, para: int) -> bool:
    """A short line without sentence punctuation: a title or section heading (a news story's
    first line, its headline, may run longer and hold a comma: 1-8月江苏外贸同增17.1%，民企…)."""
    start, end = doc.paragraph(para)
    longest = HEADLINE if para == 0 and doc.genre == "news" else HEADING
    return end - start <= longest and not SENTENCE_END.search(doc.text, start, end)


HEADLINE = 50  # characters at most of a news story's headline


def _document_year(doc: Document) -> int | None:
    period = doc.document_period
    return int(period.start[:4]) if period and period.start else None


def _inside_a_name(doc: Document, start: int, end: int) -> bool:
    """扭转了2019年以来的下滑势头, (2020年价格): a period that modifies a noun or sits in a
    bracket is background to its phrase, and frames no clause after it."""
    text = doc.text
    if MODIFIES_A_NOUN.match(text, end) and not own_figures_after().match(text, end) \
            or background_after().match(text, end) or _since_describes_a_noun(text, start, end) \
            or names_a_meeting(text, start, end) or _plan_names_a_noun().match(text, end) \
            or _names_a_target(text, start, end) or _dates_a_record(doc, start, end):
        # (去年9月26日中央政治局会议: the day names the meeting; “十四五”技改一期: the plan a project's;
        # 完成全年目标的85%: the target's year, not the figure's)
        return True
    return doc.bracket_open(max(0, start - 20), start)


def _dates_a_record(doc: Document, start: int, end: int) -> bool:
    """这是两年半以来，CPI首度回到2%以内: a 以来 after 这是 in its clause dates the record the clause after it states."""
    background = load("periods")["background"]
    if not doc.text.endswith(background["since"], 0, end):
        return False
    before = doc.text[max(doc.clause_start(start), start - RECORD_REACH):start]  # (这是18个月以来: words between)
    return any(opener in before for opener in background["record_openers"])


RECORD_REACH = 8  # characters before a 以来 where 这是 may stand


def _names_a_target(text: str, start: int, end: int) -> bool:
    target = load("periods")["target_names"]
    return text.startswith(tuple(target["nouns"]), end) and text.endswith(tuple(target["verbs"]), 0, start)


@lexical_cache
def _plan_names_a_noun() -> regex.Pattern:
    """”技改, ”建设目标: a quoted plan's name before a noun (not 期间, 时期, 以来, 末, 规划) qualifies it."""
    return compiled(rf"”(?!{trie_pattern(load('periods')['plan_frames']['words'])})\p{{Han}}")


def _dates_its_clause(doc: Document, start: int, end: int, owned: bool) -> bool:
    """今年的经济增长预期为7%左右: a period that opens its clause and modifies the noun after it dates
    that noun's figure in the clause (no 以来 of background, no bracket); ``owned``: so does a year or
    a part of one after the owner of the figure (企业去年的销售收入; not 筹划近30年的铁路项目)."""
    return bool(MODIFIES_A_NOUN.match(doc.text, end)) and not doc.text.endswith(SINCE, start, end) \
        and not background_after().match(doc.text, end) and not doc.bracket_open(max(0, start - 20), start) \
        and (_opens_clause(doc, start) or owned and _after_its_owner(doc, start))


OWNER_REACH = 6  # characters at most of the owner before a period of its figure (这家合作社去年的…)
_OWNER_TAGS = frozenset({"n", "nr", "nrt", "ns", "nt", "nz", "r", "j", "l"})  # l: 合作社


def _after_its_owner(doc: Document, start: int) -> bool:
    """企业去年的销售收入, 他们今年的收入: only a short noun or pronoun, whose figure it is, stands before
    the period in its clause."""
    before = doc.text[doc.clause_start(start):start].strip()
    return 0 < len(before) <= OWNER_REACH and all(pos in _OWNER_TAGS for _, pos in tag(before))


_VERB_THEN_OF = compiled(r"\p{Han}{1,3}" + MODIFIES_A_NOUN.pattern)  # a verb, then 的 before a noun


def _peer_compared(text: str, start: int, end: int, peer: dict) -> bool:
    """和去年基本持平: the period a figure is compared with, between 和 and a verb of likeness."""
    return text.endswith(tuple(peer["joins"]), 0, start) and text.startswith(tuple(peer["verbs"]), end)


def _since_describes_a_noun(text: str, start: int, end: int) -> bool:
    """2013年以来新增的涉税市场主体, 去年以来采取的政策措施: a 以来 period, a verb and 的 describe the noun
    after them (a relative clause), not the clause's time."""
    if not text.endswith(SINCE, start, end) or not (found := _VERB_THEN_OF.match(text, end)):
        return False
    tokens = tag(found.group())
    return len(tokens) > 1 and tokens[0][1] == "v" and tokens[1][0] == "的"


BASE_FRAME_REACH = 24  # characters from a period to the 基础上 that closes its frame


def _base_frame_close_after(doc: Document, start: int, end: int) -> int | None:
    """Where 基础上 closes the 在…基础上 frame a period opens (在上年同期18.0%的高增速基础上)."""
    if not doc.text.endswith(tuple(load("periods")["base_frame"]["opens"]), max(0, start - 1), start):
        return None
    close = _base_frame_close().search(doc.text, end, min(doc.clause_end(end), end + BASE_FRAME_REACH))
    return close.start() if close else None


@lexical_cache
def _base_frame_close() -> regex.Pattern:
    return compiled(trie_pattern(load("periods")["base_frame"]["closes"]))


def _turn_after(doc: Document, start: int, end: int) -> int | None:
    """Where the turn to the other value of a 由…转为 pair stands, for a period right after 由/从."""
    if not doc.text.endswith(from_openers(), max(0, start - 1), start):
        return None
    found = turn_pattern().search(doc.text, end, doc.clause_end(end))
    return found.start() if found else None


def _years_spanned(period: Period) -> bool:
    """Whole years, more than one (2006-01-01 to 2010-12-31): a plan's or a review's span."""
    return bool(period.start and period.end and period.start.endswith("-01-01") and period.end.endswith("-12-31")
                and period.start[:4] < period.end[:4])


def _year_start(period: Period) -> str | None:
    """The first day of the period's month (a heading names a year, a quarter or a month, never a day)."""
    return period.start[:8] + "01" if period.start and period.end and period.start[:4] == period.end[:4] and \
        (period.start != period.end or period.start.endswith("-12-31")) else None


def _opens_the_plan(doc: Document, pm: PeriodMention, para: int) -> bool:
    """In a work report, a paragraph that opens with the report's own year (今年是…, 2025年是…; after
    the address: 各位代表！1999年，…) begins its plan part, which that year governs even under a heading
    without a year."""
    if not (doc.genre == "work_report" and para > 0 and doc.date and SINCE not in doc.text[pm.start:pm.end]
            and (pm.year == int(doc.date[:4]) and pm.period.start == f"{pm.year:04d}-01-01"
                 and pm.period.end == f"{pm.year:04d}-12-31" or _plan_years(doc, pm))):
        return False
    # (the address is read only where it can stand: slicing a long paragraph up to each period was quadratic)
    addressed = pm.start - para <= ADDRESS_REACH \
        and doc.text[para:pm.start].rstrip("！!，,：: ") in load("context")["genre_head"]["work_report"]
    if not (pm.start == para or addressed):
        return False
    section = doc.section_period(para)
    return not (section and section.start == pm.period.start and section.end == pm.period.end)  # 二、2025年… said it


ADDRESS_REACH = 12  # characters of an address before the year that opens a plan (各位代表！)


def _plan_years(doc: Document, pm: PeriodMention) -> bool:
    """“十四五”时期是…的第一个五年, 今后五年…: years from the report's own on, opening a paragraph (a review of
    years gone by may stand before it)."""
    span = pm.period
    return bool(span.start and span.end and doc.date) and span.start[:4] == doc.date[:4] < span.end[:4]


def _opens_a_review(doc: Document, pm: PeriodMention, para: int) -> bool:
    """In a work report, a paragraph that opens with years gone by, in a sentence without a figure (过去五年极不寻常、
    极不平凡。), begins their review: the paragraphs after it are of those years until another frame."""
    span = pm.period
    if not (doc.genre == "work_report" and para > 0 and pm.start == para and span.start and span.end
            and span.start[:4] < span.end[:4] <= str(int(span.start[:4]) + REVIEWED_YEARS) and doc.date and span.end < doc.date):
        return False  # (二十八年来，…有了很大发展: the history behind a plan's section, no term reviewed)
    _, end = doc.sentence(pm.start)
    return _figure().search(doc.text, pm.end, end) is None


REVIEWED_YEARS = 10  # years at most a report reviews (a term of five years, a decade)


def _opens_clause(doc: Document, start: int) -> bool:
    """Nothing but the periods before it, an opener (截至, 其中), a place or the document's place
    word (全市, 山东) stands between the clause start and the period: it frames what follows."""
    clause = doc.clause_start(start)
    if start - clause > FRAME_REACH:
        return False  # looked at within a few characters: a period deep in a long clause costs nothing
    pos, pieces = clause, []
    for p in doc.periods[-4:]:  # the periods found so far, in text order: 今年前4个月
        if clause <= p.start and p.end <= start:
            pieces.append(doc.text[pos:p.start])
            pos = p.end
    before = ("".join(pieces) + doc.text[pos:start]).strip()
    return not before or _only_openers(before) or bool(place_pattern().fullmatch(before))


def _only_openers(before: str) -> bool:
    """在刚刚过去的 (在 + 刚刚过去的), 截至, 全市: openers, one after the other, and nothing else."""
    openers = _openers_by_length()
    while before:
        opener = next((w for w in openers if before.startswith(w)), None)
        if opener is None:
            return False
        before = before[len(opener):]
    return True


@lexical_cache
def _openers_by_length() -> tuple[str, ...]:
    return tuple(by_length(_frame_openers()))


FRAME_REACH = 16


def _continues(doc: Document, p: PeriodMention, m: Mention) -> bool:
    """The sentence of ``m`` opens with 其中 right after the sentence of ``p``, where ``p`` dated a
    figure (固定电话年末用户18.9万户。其中，…; not 在“十五五”开局之年，起步有力。其中，…)."""
    start = doc.sentence(m.start)[0]
    # (其中 may open the next paragraph, a story's line, after the sentence it continues)
    if not (start > 0 and doc.sentence(_last_written_before(doc, start))[0] <= p.start
            and doc.text.startswith(continuations(), start)):
        return False
    i = bisect.bisect_left(doc.mentions, p.end, key=lambda mention: mention.start)
    return i < len(doc.mentions) and doc.mentions[i].start < start


def _deadline_inside(doc: Document, p: PeriodMention) -> bool:
    """到2027年 written after the first clause of its sentence."""
    return p.rule == TARGET_YEAR.name and bool(doc.text[doc.sentence(p.start)[0]:p.start].strip())


def _points_back(doc: Document, m: Mention) -> bool:
    """届时，…: the sentence of ``m`` opens with a word pointing back at the deadline before it."""
    return doc.text.startswith(tuple(load("periods")["deadline_anaphors"]["words"]), doc.sentence(m.start)[0])


def _last_written_before(doc: Document, pos: int) -> int:
    """The position of the last character before ``pos`` that is not a space or a line break."""
    before = pos - 1
    while before > 0 and doc.text[before].isspace():
        before -= 1
    return before


@lexical_cache
def _frame_openers() -> frozenset[str]:
    """截至, 其中 …, and the words for the document's place (全市, 全省, 全国)."""
    subjects = load("attribution")["subjects"]
    return frozenset(load("periods")["frame_openers"]["words"] + subjects["document_place"]
                     + subjects["document_province"] + subjects["country"])


def _in_title(text: str, pos: int) -> bool:
    """Inside 《…》: a document's name, not a period of the text."""
    opening = text.rfind("《", max(0, pos - 79), pos)  # a title is shorter than 80: no look further back per period
    return opening >= 0 and text.find("》", opening, pos) < 0


def _same_part(governing: Period, year: int, text: str) -> Period:
    """上年同期 under 前三季度 2024 → the first three quarters of 2023."""
    if not governing.start or not governing.end:
        return Period(text=text, start=_iso(year, 1, 1), end=_iso(year, 12, 31))
    a, b = dt.date.fromisoformat(governing.start), dt.date.fromisoformat(governing.end)
    shift = year - b.year
    last_day = calendar.monthrange(b.year + shift, b.month)[1]
    # a period that ends with its month ends with that month in the other year (1-2月 of 2020: 29 February)
    end_day = last_day if b.day == calendar.monthrange(b.year, b.month)[1] else min(b.day, last_day)
    return Period(text=text, start=_iso(a.year + shift, a.month, a.day), end=_iso(b.year + shift, b.month, end_day))


def _ref(doc: Document) -> dt.date | None:
    return dt.date.fromisoformat(doc.date) if doc.date else None


def _starts_from(text: str, start: int, end: int, words: dict) -> bool:
    """从…起 around a day: the day something began."""
    starting = words["starting_day"]
    return text.endswith(tuple(starting["openers"]), 0, start) and text.startswith(tuple(starting["closes"]), end)


def _a_word(text: str, start: int, end: int, match_end: int) -> bool:
    """The year word [start, end) opens a tagger's word that ends with it or its period, or is a time
    word (上年 in 比上年, 今年初, 去年7月1日起; not in 以上年度, 基础上年均)."""
    lo, pos = max(0, start - WORD_WINDOW), max(0, start - WORD_WINDOW)
    for word, pos_tag in tag(text[lo:match_end + WORD_WINDOW]):
        if pos == start:  # (今年初 is one time word to the tagger)
            return pos + len(word) in (end, match_end) or pos_tag == "t"
        if pos > start:
            return False
        pos += len(word)
    return False


def _opens_a_word(text: str, end: int, suffixes: list[str]) -> bool:
    """Whether the period's last character, one of ``suffixes``, opens a word of the text after it."""
    return text[end - 1] in suffixes and end < len(text) and len(tag(text[end - 1:end + WORD_WINDOW])[0][0]) > 1


WORD_WINDOW = 3  # characters either side of a period word tagged to see where its words begin and end


def _in_a_review(doc: Document, start: int, reviews: list[tuple[int, bool]]) -> bool:
    """Under a work report's review heading: the last numbered heading before ``start`` reviews
    (一、过去五年政府工作的回顾; the headings are found once per document, in ``reviews``); before any
    heading, where the document's period is past years (an excerpt its words date as a five-year review)."""
    if doc.genre != "work_report":
        return False
    if not reviews:
        mark = load("context")["review_mark"]
        past = doc.document_period
        reviews.append((-1, bool(past and past.start and past.end and doc.date
                                 and past.start[:4] < past.end[:4] < doc.date[:4])))
        reviews.extend((h.start(), mark in h.group()) for h in NUMBERED_HEADING.finditer(doc.text))
    return reviews[bisect.bisect_right(reviews, (start, True)) - 1][1]




def _planned(doc: Document, start: int) -> bool:
    """计划规定，五年合计…; 到1990年…五年增长27%: in a sentence of a plan (a goal word or a later period
    before it, or in a work report a period of its own year before it in the paragraph) bare years (五年,
    五年增长, 五年累计) are the plan's, not the years a review sums."""
    sentence = max(doc.sentence(start)[0], start - PLAN_REACH)  # (bounded: a sentence of 10,000 periods stays linear)
    return any(word in doc.text[sentence:start] for word in load("attribution")["modality"]["target"]) \
        or any(p.period.start and p.period.start > (doc.date or "") for p in doc.periods[-PLAN_PERIODS:] if p.start >= sentence) \
        or bool(doc.genre == "work_report" and doc.periods and doc.date and doc.periods[-1].period.start
                and doc.periods[-1].period.start >= doc.date[:4] and doc.paragraph(doc.periods[-1].start) == doc.paragraph(start))


MULTIPLE_REACH = 16  # characters after a year where 的121倍 may end (bounded: regex looks for 倍 to the text's end)
PLAN_REACH = 120  # characters before bare years where a goal word or a plan's period makes them the plan's
PLAN_PERIODS = 8  # the periods found last, looked at for a plan's (doc.periods grows while they are found)


def _annual_average(text: str, start: int, word: str) -> bool:
    """平均每年: 每年 ends a written-out annual average (a comparison), no period."""
    return any(form.endswith(word) and text.endswith(form[:-len(word)], 0, start)
               for form in load("kinds")["comparison"]["annual_average_forms"])


def find_periods(doc: Document) -> None:
    """Fill doc.periods and mask every period expression."""
    ref = _ref(doc)
    words = load("periods")
    reviews: list[tuple[int, bool]] = []  # a work report's numbered headings and whether each reviews (_in_a_review)
    basis_words = by_length(words["comparison_markers"]["words"])
    last_in_paragraph: dict[int, PeriodMention] = {}
    last_named: dict[int, int] = {}  # the year of the last period written in each paragraph (当年 points at it)
    basis_end = -1  # where the last comparison basis (比上年全年) ended: 和上年同期 after it is one too
    for m in period_pattern_for(doc.text).finditer(doc.text):
        start, end = m.span()
        if _opens_a_word(doc.text, end, words["suffix_checked"]["words"]):
            end -= 1  # 五年中央财政: 中 opens the tagger's 中央; the period (五年中, the five years) ends before it
        text = doc.text[start:end]
        doc.mask(start, end)
        before = doc.text[max(0, start - 2):start]
        basis = any(before.endswith(w) for w in basis_words) or _joined(doc.text, basis_end, start) \
            or _peer_compared(doc.text, start, end, words["peer_comparison"])
        if basis:
            basis_end = end
        if basis and not BASIS_VALUE.match(doc.text, end) or _in_title(doc.text, start) or MULTIPLE_OF.match(doc.text, end, end + MULTIPLE_REACH) \
                or _annual_average(doc.text, start, text) or m.group("relyear") in words["word_checked"]["words"] and not _a_word(doc.text, *m.span("relyear"), end):
            continue  # 比上年 is a comparison basis (比2020年的73129亿元 dates its value); 《…规划》 a name;
            # 是1965年的121倍: the year multiplied, no period; 平均每年增长: an annual average, no period;
            # 以上年度, 基础上年均: 上年 across the words of the text, no period
        para = doc.paragraph(start)[0]
        previous = last_in_paragraph.get(para)
        # a communiqué's 全年 is its year; 全年 under 二、2025年主要目标 is 2025
        section = doc.section_period(start)
        inherited = previous.year if previous else (int(section.start[:4]) if section and section.start else None)
        if m.group("relyear") in words["same_year"]["words"] and para in last_named:
            inherited = last_named[para]  # 是十年前的铁西。当年，…: the year named last, also one that governs nothing
        pm = _same_as_before(doc, text) if m.group("same") else _month_before(previous, text) if m.group("last_month") \
            else _holiday_before(doc, text) if m.group("holiday_back") else _resolve(m, text, ref, inherited, words)
        if pm is not None and SAME_PERIOD in text and previous is not None and pm.year is not None:
            pm.period = _same_part(previous.period, pm.year, text)
        if pm is None and (pm := _event_day(doc, m, start, end, ref, inherited)) is not None:
            pm.until = doc.sentence(start)[1]  # 4月20日，…发布6份批复。: the day of its sentence's events only
        if pm is None:
            continue
        if (m.group("recentn6") or m.group("sums") is not None) and _planned(doc, start):
            # 计划规定，五年合计…; 五年淘汰落后炼铁产能…: the plan's years, from the reference year on
            pm = _full_years(text, ref, int(read_number(m.group("recentn6") or m.group("recentn2")) or 0), 0)
        elif m.group("comingn2") and _in_a_review(doc, start, reviews) and not _planned(doc, start):
            # 五年内人工造林2787万公顷 in a report's review: the years reviewed, up to the year before the report
            n = int(read_number(m.group("comingn2")) or 0)
            pm = _full_years(text, ref, n, -n)
        if pm.period.start and pm.period.start == pm.period.end and _starts_from(doc.text, start, end, words):
            # 从去年7月1日起, 国家较大幅度增加了…收入: the measures run from that day to its year's end
            pm.period = Period(text=text, start=pm.period.start, end=pm.period.start[:4] + "-12-31")
        if text.endswith(SINCE) and previous is not None and (until := _until_day(doc, previous, start)):
            pm.period = Period(text=text, start=pm.period.start, end=until)  # 截至6月8日，今年以来…: up to that day
        if text == SINCE and pm.period.start is None and (opened := _since_opened(doc, start)) is not None:
            pm.period = Period(text=text, start=opened, end=pm.period.end)  # 自2021年，我市入选…以来: since 2021
        pm.start, pm.end = start, end
        pm.local = bool(OF_A_NUMBER.match(doc.text, end) or basis)
        pm.governs = not pm.local and not _inside_a_name(doc, start, end)
        if m.group("sums") is not None and pm.governs and doc.periods and _years_spanned(doc.periods[-1].period) \
                and doc.periods[-1].start >= doc.sentence(start)[0]:
            # 五年年均增长5.2%，十年增加近70万亿元。: a second sum of years after another in its sentence sets
            # the two apart; its years are its sentence's
            pm.until = doc.sentence(start)[1]
        if not pm.local and not pm.governs and _dates_its_clause(doc, start, end, owned=pm.rule == CALENDAR.name):
            # 今年的经济增长预期为7%: its own clause only; 1971年到1978年的人口自然增长率，四川省由…降到…: a
            # topic without figures in its clause dates the figures of its sentence
            topic = not _figure().search(doc.text, end, doc.clause_end(end))
            pm.governs, pm.until = True, doc.sentence(start)[1] if topic else doc.clause_end(end)
        if text in words["event_frames"]["words"]:
            # 投产后可满足12万户用电；在日喀则，…6000亩…: an event's aftermath dates its own part of the sentence
            sentence_end = doc.sentence(start)[1]
            pm.until = found.start() if (found := SEMICOLON.search(doc.text, end, sentence_end)) else sentence_end
        if not pm.local and (turn := _turn_after(doc, start, end)) is not None:
            pm.governs, pm.until = True, turn  # 由一季度(的)下降6.8%转为增长3.2%: 一季度 is the 6.8%'s only
        elif not pm.local and (close := _base_frame_close_after(doc, start, end)) is not None:
            pm.until = close  # 在上年同期增长18.0%的基础上，再增长38.6%: 上年同期 is the 18.0%'s only
        pm.frame = _opens_clause(doc, start) or bool(own_figures_after().match(doc.text, end))  # 一季度数据显示
        if pm.year is not None and not pm.local:
            last_named[para] = pm.year
        if pm.year is not None and pm.governs and text not in words["year_before_frame"]["words"] \
                and (pm.frame or not _numberless_sentence(doc, start, end)):
            last_in_paragraph[para] = pm  # (由上年…增加到…: the year before frames no later figure)
        # 二、“十二五”时期的主要目标和任务: in a numbered heading a plan's period before 的 names its section's
        # years (三年来的斗争 describes what the section is about, it dates nothing)
        heads_a_section = pm.governs or m.group("fyp") is not None and not pm.local \
            and NUMBERED_HEADING.match(doc.text, para) is not None and _is_heading(doc, para)
        if heads_a_section and (pm.year is not None and pm.period.start and pm.period.start == _year_start(pm.period)
                           or _years_spanned(pm.period) and doc.genre == "work_report" and NUMBERED_HEADING.match(doc.text, para)) \
                and _is_heading(doc, para) and not (para == 0 and doc.genre == "work_report"
                                                    and not NUMBERED_HEADING.match(doc.text, para)) \
                and load("context")["review_mark"] not in doc.text[para:start]:
            # 一、2024年工作回顾 governs its section, and so do years a heading spans (一、过去五年工作回顾,
            # “十一五”时期…的回顾); a work report's title year (2025年…政府工作报告) is its plan's, and its
            # review that follows is the year before (the document period); an excerpt may open with a heading.
            # (一、1998年工作回顾和1999年工作的总体要求: the year after the review names the part that comes later)
            doc.section_periods.append((para, pm.period))
        elif _opens_the_plan(doc, pm, para):
            doc.section_periods.append((para, pm.period))  # 2025年是“十四五”规划收官之年。…: the plan part begins
        elif _opens_a_review(doc, pm, para):
            doc.section_periods.append((para, pm.period))  # 过去五年极不寻常、极不平凡。…: the years reviewed next
        elif _leads_the_story(doc, pm, start, end):
            # 近日，各市上半年经济数据陆续公布。…: the story's period, its lead's paragraph included
            doc.section_periods.append((para - 1, pm.period))
        doc.periods.append(pm)
    for heading in _glossary().finditer(doc.text):
        # 名词解释: the entries after it define terms, no section's period is theirs
        bisect.insort(doc.section_periods, (heading.start(), None), key=lambda section: section[0])


def _since_opened(doc: Document, start: int) -> str | None:
    """NOW: 自2021年，我市入选…示范城市以来: a 以来 after an event opens where the dated period
    that opens its sentence, the last one before it, begins; None where there is none."""
    last = doc.periods[-1] if doc.periods else None
    if last is None or last.start < doc.sentence(start)[0] or not last.period.start or last.local:
        return None
    return last.period.start


GLOSSARY_HEADING = 20  # characters of a heading line around its glossary word (《政府工作报告》有关内容名词注释)


@lexical_cache
def _glossary() -> regex.Pattern:
    words = trie_pattern(load("periods")["glossary"]["words"])
    return compiled(rf"(?m)^[^\n]{{0,{GLOSSARY_HEADING}}}(?:{words})[^\n]{{0,4}}$")


def _numberless_sentence(doc: Document, start: int, end: int) -> bool:
    """…炼焦、炼铁可望在今年内陆续投产。全年施工的项目…: a period inside a clause of a sentence without
    a figure dates that sentence's events, not the year of the figures after it (one that closes its
    clause frames them: 在刚刚过去的1987年，我国经济…。全国工业总产值增长14.6%)."""
    first, last = doc.sentence(start)
    return doc.clause_end(end) > end and not (_figure().search(doc.text, first, start) or _figure().search(doc.text, end, last))


@lexical_cache
def _figure() -> regex.Pattern:
    """A digit or numeral, not after a rank's mark (第一期工程: an ordinal)."""
    marks = "".join(load("nonfacts")["words"]["rank_marks"])
    return compiled(rf"(?<![{marks}])[\d{DIGIT_CHARS}{UNIT_CHARS}]")


def _until_day(doc: Document, previous: PeriodMention, start: int) -> str | None:
    """The day a 截至 period that opens the sentence of ``start`` ends at (截至6月8日，…，今年以来…),
    when it ends before the reference date."""
    opening = doc.sentence(start)[0]
    end = previous.period.end
    if previous.end > start or previous.start < opening or not end or (doc.date and end >= doc.date) \
            or doc.text[opening:previous.start] not in load("periods")["ending_day"]["words"]:
        return None
    return end


def _event_day(doc: Document, m: regex.Match, start: int, end: int, ref: dt.date | None,
               inherited: int | None) -> PeriodMention | None:
    """A day without its year that opens a sentence (9月5日，…项目签署了协议) dates that sentence's
    events: its year is the paragraph's, else the reference date's (the year before when the day
    has not come yet). Elsewhere a bare day (会议定于12月4日召开) is masked, no period."""
    month, day = m.group("m1") or m.group("m1c"), m.group("d1") or m.group("d1c")
    opening = doc.text[doc.sentence(start)[0]:start]  # nothing, or 截至 (截至9月30日，…: the day its figures hold at)
    if not (month and day) or m.group("m2") or opening and opening not in load("periods")["ending_day"]["words"] \
            or not doc.text.startswith(CLAUSE_COMMAS, end):
        return None
    year = inherited or (ref.year if ref else None)
    if year is None:
        return None
    month_n, day_n = _month(month), _month(day)
    if not (month_n and day_n and 1 <= month_n <= 12 and 1 <= day_n <= calendar.monthrange(year, month_n)[1]):
        return None
    if inherited is None and ref and (month_n, day_n) > (ref.month, ref.day):
        year -= 1
    date = _iso(year, month_n, day_n)
    return PeriodMention(0, 0, Period(text=m.group(), start=date, end=date), year=year, rule=EVENT_DAY.name)


LEAD = 120  # characters at the head of a news story where its lead names the data it reports


def _lead_frame(doc: Document) -> PeriodMention | None:
    """A news headline that names no period: the dated period opening the story's first sentence after it
    (2024年，…), or None."""
    if doc.genre != "news" or not _is_heading(doc, 0):
        return None
    after = doc.paragraph(0)[1]
    while after < len(doc.text) and doc.text[after].isspace():
        after += 1  # (a blank line after the headline)
    first, end = doc.paragraph(after)
    i = bisect.bisect_left(doc.periods, first, key=lambda p: p.start)
    lead = doc.periods[i] if i < len(doc.periods) else None
    # (6月10日，金融监管总局批复显示…: the day of the news dates no headline's figure)
    return lead if lead is not None and lead.frame and lead.period.start and lead.start < min(end, first + LEAD) \
        and not doc.text[doc.sentence(lead.start)[0]:lead.start].strip() \
        and not doc.text.endswith(tuple(load("periods")["news_days"]["words"]), lead.start, lead.end) else None


def _leads_the_story(doc: Document, pm: PeriodMention, start: int, end: int) -> bool:
    """A news story whose headline names no period: a period of the lead that dates the data
    reported (上半年经济数据, 一季度数据显示) is the period of the whole story."""
    if not (doc.genre == "news" and not doc.section_periods and start < LEAD and pm.governs and pm.period.start):
        return False
    return bool(_data_named_after().match(doc.text, end))


@lexical_cache
def _data_named_after() -> regex.Pattern:
    """的数据, 经济数据, GDP数据: the period's own figures (own_figures_after), an indicator's name
    maybe between."""
    return compiled(rf"[^，,。；;：:\s]{{0,{DATA_NAME_REACH}}}?(?:{trie_pattern(load('periods')['own_figures']['words'])})")


DATA_NAME_REACH = 8  # characters of an indicator's name between a lead's period and its 数据


def _same_as_before(doc: Document, text: str) -> PeriodMention | None:
    """同期，… (同日，…): the dated period the text spoke of last (in any paragraph before; at most
    LOOK_BACK periods back, so that a text of 同期 after 同期 stays linear); 同日 wants a day. A period
    in a sentence without a figure dated no figures (从近10年的数据看，差距正在缩小。): 同期 is not it."""
    day = text != SAME_PERIOD
    last = next((pm for pm in reversed(doc.periods[-LOOK_BACK:]) if pm.period.start and pm.governs
                 and (not day or pm.period.start == pm.period.end) and _dates_figures(doc, pm)), None)
    if last is None:
        return None
    return PeriodMention(0, 0, Period(text=text, start=last.period.start, end=last.period.end),
                         year=last.year, rule=SAME_AS_BEFORE.name)


def _dates_figures(doc: Document, pm: PeriodMention) -> bool:
    """A figure in digits stands in the period's sentence, besides the period's own (这一差距: 一 is none;
    the stories that write 同期 write their figures in digits)."""
    first, last = doc.sentence(pm.start)
    return bool(_DIGIT.search(doc.text, first, pm.start) or _DIGIT.search(doc.text, pm.end, last))


_DIGIT = compiled(r"\d")


def _joined(text: str, end: int, start: int) -> bool:
    """Only a list connector (和, 、) between ``end`` and ``start``."""
    return 0 <= end < start and text[end:start] in load("attribution")["lists"]["connectors"]


def _holiday_before(doc: Document, text: str) -> PeriodMention | None:
    """假期期间，…: the holiday the text named last (at most LOOK_BACK periods back), else nothing."""
    last = next((pm for pm in reversed(doc.periods[-LOOK_BACK:]) if pm.rule == HOLIDAY.name), None)
    if last is None:
        return None
    return PeriodMention(0, 0, Period(text=text, start=last.period.start, end=last.period.end), year=last.year,
                         rule=HOLIDAY_BACK.name)


def _holiday(m, text, ref, inherited_year, words) -> PeriodMention:
    """A public holiday's break in its year: the year written before it, else the paragraph's, else the
    reference date's (the year before when this year's break is still far ahead). Dates from the table
    of official breaks; a year the table lacks keeps the name alone."""
    holidays = words["holidays"]
    spans = holidays["spans"][holidays["names"][m.group("hname")]]
    if m.group("hyear"):
        year = year_of(m.group("hyear"))
    elif m.group("hrel"):
        year = ref.year + words["relative_years"][m.group("hrel")] if ref else None
    else:
        year = inherited_year or (ref.year if ref else None)
        if not inherited_year and ref and str(year) in spans \
                and (dt.date.fromisoformat(spans[str(year)][0]) - ref).days > holidays["ahead_days"]:
            year -= 1  # (a story of March about 国庆假期: last October's)
    if year is None or str(year) not in spans:
        return PeriodMention(0, 0, Period(text=text), year=year)
    start, end = spans[str(year)]
    return PeriodMention(0, 0, Period(text=text, start=start, end=end), year=year)


def _month_before(previous: PeriodMention | None, text: str) -> PeriodMention | None:
    """由上月…转为…: the month before the one month the paragraph spoke of last, else nothing."""
    if previous is None or not previous.period.start or previous.period.start[:7] != (previous.period.end or "")[:7]:
        return None
    year, month = int(previous.period.start[:4]), int(previous.period.start[5:7]) - 1
    year, month = (year - 1, 12) if month == 0 else (year, month)
    return PeriodMention(0, 0, Period(text=text, start=_iso(year, month, 1), end=_month_end(year, month)),
                         year=year, rule=PREVIOUS_MONTH.name)


def _resolve(m, text, ref, inherited_year, words) -> PeriodMention | None:
    """The period of one match: the shape whose group matched produces it."""
    for shape in SHAPES:
        if any(m.group(group) for group in shape.pattern.split("|")):
            pm = shape.produce(m, text, ref, inherited_year, words)
            if pm is not None:
                pm.rule = shape.name
            return pm
    return None


def _five_year_plan(m, text, ref, inherited_year, words) -> PeriodMention:
    first, last = fyp_years(int(read_number(m.group("fypn")) or 0))
    if text.endswith(ENDS):  # “十四五”末: the plan's last day
        return PeriodMention(0, 0, Period(text=text, start=_iso(last, 12, 31), end=_iso(last, 12, 31)), year=last)
    end = ref.isoformat() if ref and text.endswith(SINCE) else _iso(last, 12, 31)  # “十四五”以来
    return PeriodMention(0, 0, Period(text=text, start=_iso(first, 1, 1), end=end))


def _recent_years(m, text, ref, inherited_year, words) -> PeriodMention:
    n = int(read_number(m.group("recentn") or m.group("recentn2") or m.group("recentn3") or m.group("recentn4")
                        or m.group("recentn5") or m.group("recentn6") or m.group("recentn7")) or 0)
    return _full_years(text, ref, n, -n)  # the n years before the reference year


def _years_ago(m, text, ref, inherited_year, words) -> PeriodMention:
    n = int(read_number(m.group("agon")) or 0)
    if not ref or not 0 < n <= MAX_YEARS or ref.year - n < 1:
        return PeriodMention(0, 0, Period(text=text))
    year = ref.year - n  # the calendar year so many years back, which 当年 after it points at
    return PeriodMention(0, 0, Period(text=text, start=_iso(year, 1, 1), end=_iso(year, 12, 31)), year=year)


def _coming_years(m, text, ref, inherited_year, words) -> PeriodMention:
    n = words["coming_spans"][text] if m.group("coming_span") else int(read_number(m.group("comingn") or m.group("comingn2") or m.group("comingn3")) or 0)
    return _full_years(text, ref, n, 0)  # the reference year and the n - 1 after it


MAX_YEARS = 200  # the longest span of years a period of a text names (五千年 is history, not a period)


def _full_years(text: str, ref, n: int, first: int) -> PeriodMention:
    """n full years from the reference year + ``first``; no dates without a reference or a count
    (or with a count no span of years a text reports has)."""
    if not ref or not n or n > MAX_YEARS or not 0 < ref.year + first <= dt.MAXYEAR - n:
        return PeriodMention(0, 0, Period(text=text))
    years = tuple(range(ref.year + first, ref.year + first + n))
    return PeriodMention(0, 0, Period(text=text, start=_iso(years[0], 1, 1), end=_iso(years[-1], 12, 31)), years=years)


def _now(m, text, ref, inherited_year, words) -> PeriodMention:
    if text.endswith(tuple(words["undated"]["words"])):  # (十几年来: a numeral before 几年来)
        return PeriodMention(0, 0, Period(text=text))
    iso = ref.isoformat() if ref else None
    if text in words["now"]["words"]:
        return PeriodMention(0, 0, Period(text=text, start=iso, end=iso), instant_now=True)
    return PeriodMention(0, 0, Period(text=text, start=None, end=iso))


def _year_range(m, text, ref, inherited_year, words) -> PeriodMention | None:
    if m.group("ynow"):  # 2012年至今
        first = year_of(m.group("y0"))
        end = ref.isoformat() if ref else None
        return PeriodMention(0, 0, Period(text=text, start=_iso(first, 1, 1), end=end), year=ref.year if ref else None)
    if m.group("ymrange"):  # 2012年11月到2013年2月
        first, last = year_of(m.group("y1m")), year_of(m.group("y2m"))
        months = _month(m.group("ma")), _month(m.group("mb"))
    else:
        first, last = year_of(m.group("y1")), year_of(m.group("y2"))
        months = 1, 12
    if (first, months[0]) > (last, months[1]):
        return None
    return PeriodMention(0, 0, Period(text=text, start=_iso(first, months[0], 1), end=_month_end(last, months[1])), year=last)


def _target_year(m, text, ref, inherited_year, words) -> PeriodMention:
    year = year_of(m.group("tyear"))
    start = _iso(year, 12, 31) if text.endswith(ENDS) else _iso(year, 1, 1)  # 到2025年底: an instant
    return PeriodMention(0, 0, Period(text=text, start=start, end=_iso(year, 12, 31)), year=year)


def _century_year(m, text, ref, inherited_year, words) -> PeriodMention:
    if ref is None:
        return PeriodMention(0, 0, Period(text=text))
    year = (ref.year - 1) // 100 * 100 + words["centuries"][text]  # (1988: 1901–2000, so 本世纪末 is 2000)
    return PeriodMention(0, 0, Period(text=text, start=_iso(year, 1, 1), end=_iso(year, 12, 31)), year=year)


def _calendar(m, text, ref, inherited_year, words) -> PeriodMention | None:
    """A year, a month or month range, a day, a part of a year or an instant in it, with or
    without its year (then the year before it in the paragraph, its section's, or the
    reference year — the year before when those months have not ended yet)."""
    ref_year = ref.year if ref else None
    year = None
    if m.group("yearnum"):
        year = year_of(m.group("yearnum"))
    elif m.group("relyear") in words["same_year"]["words"] and inherited_year is not None:
        year = inherited_year  # 2007年，…，当年…: the year just named
    elif m.group("relyear") in words["year_before_frame"]["words"] and inherited_year is not None:
        year = inherited_year - 1  # a review of 2003: 由上年第五位上升到第四位 is 2002's place
    elif m.group("relyear"):
        year = ref_year + words["relative_years"][m.group("relyear")] if ref_year else None
    if SAME_PERIOD in text and year is None:
        return PeriodMention(0, 0, Period(text=text))
    m1 = _month(m.group("m1") or m.group("m1b") or m.group("m1c"))
    m2 = _month(m.group("m2") or m.group("m2b")) or m1
    if m.group("first_months"):  # 前10个月, 头三个季度: the year's first months
        m1, m2 = 1, _month(m.group("nmonths")) if m.group("nmonths") else 3 * (_month(m.group("nquarters")) or 0)
        if not m2 or m2 > 12:
            return None
    if m.group("last_months"):  # 后两个月: the year's last months
        n = _month(m.group("nlast"))
        if not n or n > 12:
            return None
        m1, m2 = 13 - n, 12
    d1 = _month(m.group("d1") or m.group("d1c"))
    month_end = m.group("mend") or m.group("mendb") or m.group("mendc")
    part = m.group("part") or m.group("bare_part")
    since = m.group("since") or m.group("since2")
    explicit_year = year is not None
    if year is None and (m1 or part):
        year = inherited_year or ref_year
        last_month = m2 or (_last_month_of(part, words) if part else 0)
        if year and ref and year == ref_year and inherited_year is None and last_month >= ref.month + 3:
            year -= 1  # 1—11月 or 全年 read in spring is last year's: those months have not ended
    if year is None:
        return PeriodMention(0, 0, Period(text=text))
    if m1 and d1 and not m.group("m2"):
        if not explicit_year and not m.group("yearnum"):
            return None  # a bare date (12月4日) is masked, not a period
        day = _iso(year, m1, min(d1, calendar.monthrange(year, m1)[1]))
        return PeriodMention(0, 0, Period(text=text, start=day, end=day), year=year)
    if m1:
        if month_end:
            end = _month_end(year, m2)
            return PeriodMention(0, 0, Period(text=text, start=end, end=end), year=year)
        if m.group("onward"):  # 9月份后: from that month to the year's end
            return PeriodMention(0, 0, Period(text=text, start=_iso(year, m1, 1), end=_iso(year, 12, 31)), year=year)
        if since and not m.group("m2") and not part:  # 9月份以来: from that month up to the reference date
            start = _iso(year, m1, 1)
            end = ref.isoformat() if ref and ref.isoformat() >= start else _month_end(year, m1)
            return PeriodMention(0, 0, Period(text=text, start=start, end=end), year=year)
        start_month = 1 if (part == CUMULATIVE or since) else m1
        return PeriodMention(0, 0, Period(text=text, start=_iso(year, start_month, 1), end=_month_end(year, m2)), year=year)
    if part in words["year_parts"]:
        a, b = words["year_parts"][part]
        if m.group("partend") or m.group("partend2"):  # 上半年末: the part's last day
            return PeriodMention(0, 0, Period(text=text, start=_month_end(year, b), end=_month_end(year, b)), year=year)
        start = _iso(year, a, 1)
        # 三季度以来: from the part's start up to the reference date
        end = ref.isoformat() if since and ref and ref.isoformat() >= start else _month_end(year, b)
        return PeriodMention(0, 0, Period(text=text, start=start, end=end), year=year)
    if part in words["year_instants"]:
        mo, d = words["year_instants"][part]
        end = (ref.isoformat() if ref else None) if since else _iso(year, mo, d)  # 年初以来: until now
        return PeriodMention(0, 0, Period(text=text, start=_iso(year, mo, d), end=end), year=year)
    if since:
        return PeriodMention(0, 0, Period(text=text, start=_iso(year, 1, 1), end=ref.isoformat() if ref else None), year=year)
    return PeriodMention(0, 0, Period(text=text, start=_iso(year, 1, 1), end=_iso(year, 12, 31)), year=year)


FIVE_YEAR_PLAN = Rule(
    name="period.five_year_plan", pattern="fyp", produce=_five_year_plan,
    doc="A five-year plan (“十四五”期间) spans its five years; “十四五”以来 runs to the reference date.",
    examples=(Example("“十三五”期间，全省累计投资8000亿元", {"period": {"start": "2016-01-01", "end": "2020-12-31"}}),
              Example("力争“十四五”末全市充电桩达到5万个", {"period": {"start": "2025-12-31", "end": "2025-12-31"}}),
              # a quoted plan's name before a noun (“十四五”技改项目) only qualifies it: it frames no clause after it
              Example("一、2024年政府工作回顾\n这一年，全市建成“十四五”技改项目20个，新增钢材产能80万吨。",
                      {"span": "80万吨", "period": {"start": "2024-01-01", "end": "2024-12-31"}, "modality": "actual"},
                      date="2025-01-20"),
              # a numbered heading that names the plan's years (its 的 aside) dates the section it opens
              Example("各位代表：\n二、“十五”时期的主要目标和任务\n全县要坚持发展第一要务。城镇化率提高5个百分点。",
                      {"span": "5个百分点", "period": {"start": "2001-01-01", "end": "2005-12-31"}, "modality": "target"},
                      date="2001-03-05")),
    negatives=(),
)
RECENT_YEARS = Rule(
    name="period.recent_years", pattern="recent", produce=_recent_years,
    doc="近三年 / 三年来: the full years before the reference year (a 分别 list maps its values to them).",
    examples=(Example("近两年，全市新增企业3200家", {"period": {"start": "2022-01-01", "end": "2023-12-31"}}),
              Example("5年来，全县累计新建农村公路820公里", {"period": {"start": "2019-01-01", "end": "2023-12-31"}}),
              Example("过去五年，全省城镇新增就业520万人", {"period": {"start": "2019-01-01", "end": "2023-12-31"}}),
              Example("五年间，全市进出口总额增长1倍", {"period": {"start": "2019-01-01", "end": "2023-12-31"}}),
              Example("这两年，村里新建民宿30家", {"span": "30家", "period": {"start": "2022-01-01", "end": "2023-12-31"}}),
              Example("十年时间，全省森林覆盖率提高到60%", {"period": {"start": "2014-01-01", "end": "2023-12-31"}}),
              Example("前四年内全县能源消费总量平均每年增长1.9%", {"period": {"start": "2020-01-01", "end": "2023-12-31"}}),
              Example("一年多来，全县新建学校12所", {"span": "12所", "period": {"start": "2023-01-01", "end": "2023-12-31"}}),
              # the years a sum runs over, after its name (投资总额五年为…, 五年共培养…)
              Example("全市固定资产投资总额五年为3200亿元", {"span": "3200亿元", "period": {"start": "2019-01-01", "end": "2023-12-31"}}),
              # …and before a verb of spending or of passing a mark (五年支出, 5年超过), not after 提前 (by how much early)
              Example("省级财政五年支出180亿元用于乡村振兴", {"span": "180亿元", "period": {"start": "2019-01-01", "end": "2023-12-31"}}),
              Example("全县城镇新增就业5年超过6万人", {"span": "6万人", "period": {"start": "2019-01-01", "end": "2023-12-31"}}),
              Example("全县财政收入十年接近翻一番", {"span": "翻一番", "period": {"start": "2014-01-01", "end": "2023-12-31"}}),
              # a second sum of years in a sentence is set apart from the first: the frame comes back after it
              Example("五年来，全县生产总值年均增长6.1%，十年增加近900亿元。财政收入增加到120亿元",
                      {"span": "900亿元", "period": {"start": "2014-01-01", "end": "2023-12-31"}}),
              Example("五年来，全县生产总值年均增长6.1%，十年增加近900亿元。财政收入增加到120亿元",
                      {"span": "120亿元", "period": {"start": "2019-01-01", "end": "2023-12-31"}}),
              # 中 opening the word after the years (中央) is no part of the period
              Example("五年中央财政用于教育的投入达到900亿元", {"metric": "中央财政用于教育的投入",
                                                          "period": {"start": "2019-01-01", "end": "2023-12-31"}})),
    negatives=("【一年】多来，全县新建学校12所",),
)
PREVIOUS_MONTH = Rule(
    name="period.previous_month", pattern="last_month",
    doc="上月 after 由/从 (由上月下降2.5%转为上涨15.9%) is the month before the month the paragraph spoke of, "
        "for the value up to the turn; after 比 it stays a comparison basis.",
    examples=(Example("9月份，牛肉价格由上个月上涨1.2%转为下降0.6%。", {"span": "1.2%", "period": {"start": "2024-08-01",
                                                                                       "end": "2024-08-31"}}),
              Example("9月份，牛肉价格由上个月上涨1.2%转为下降0.6%。", {"span": "0.6%", "period": {"start": "2024-09-01",
                                                                                       "end": "2024-09-30"}})),
    negatives=(),
)
SAME_AS_BEFORE = Rule(
    name="period.same_as_before", pattern="same",
    doc="同期 alone at a clause's start (同期，…) is the dated period the text spoke of last; 同日 (当天) the day.",
    examples=(Example("1—8月，全省进出口增长12%。\n同期，对东盟进出口增长15%。",
                      {"span": "15%", "period": {"start": "2024-01-01", "end": "2024-08-31"}}),
              Example("9月3日，全市新签约项目12个。同日，开工项目8个。",
                      {"span": "8个", "period": {"start": "2024-09-03", "end": "2024-09-03"}}, date="2024-10-08"),
              # a period in a sentence without figures (a look back) is not the one 同期 repeats
              Example("1—8月，全省进出口增长12%。\n从近5年的走势看，这一比重稳步提高。同期，对东盟进出口增长15%。",
                      {"span": "15%", "period": {"start": "2024-01-01", "end": "2024-08-31"}})),
    negatives=(),
)
YEARS_AGO = Rule(
    name="period.years_ago", pattern="ago", produce=_years_ago,
    doc="十年前，…: the calendar year so many years before the reference year; 当年 after it is that year.",
    examples=(Example("十年前，全区工业产值仅为100亿元。", {"span": "100亿元", "period": {"start": "2014-01-01", "end": "2014-12-31"}}),
              Example("五年前，这个村还是贫困村。当年，全村人均收入不足3000元。",
                      {"span": "3000元", "period": {"start": "2019-01-01", "end": "2019-12-31"}}),
              # …also where the years before describe a noun (十年前的小镇) and frame nothing themselves
              Example("老人说的，是十年前的小镇。当年，全镇工业产值不足1亿元。",
                      {"span": "1亿元", "period": {"start": "2014-01-01", "end": "2014-12-31"}})),
    negatives=("【十年】前全县只有一家工厂",),
)
COMING_YEARS = Rule(
    name="period.coming_years", pattern="coming", produce=_coming_years,
    doc="今后五年 / 三年内 / 用三年时间: the reference year and the years after it, a plan's span (its numeral is no fact); "
        "三年内 in a work report's review: the years reviewed.",
    examples=(Example("三年内全县参保率提高到95%以上", {"span": "95%", "period": {"start": "2024-01-01", "end": "2026-12-31"}}),
              Example("今后五年，全省将新建学校120所", {"span": "120所", "period": {"start": "2024-01-01", "end": "2028-12-31"}}),
              # 用N年(左右的)时间: the years a plan gives itself, from the reference year (no duration fact)
              Example("力争用3年左右时间，全省建成10个产业园", {"span": "10个", "period": {"start": "2024-01-01",
                                                                       "end": "2026-12-31"}}),
              # a word that names the coming years (今明两年: this year and the next)
              Example("今明两年，全市要完成800个老旧小区改造", {"span": "800个", "period": {"start": "2024-01-01", "end": "2025-12-31"}}),
              Example("各位代表：\n一、过去三年工作回顾\n三年内全市新建学校45所", {"span": "45所", "period": {
                  "start": "2021-01-01", "end": "2023-12-31"}}),
              # …and in an excerpt of a five-year review without its heading, which its words date
              Example("在过去的五年中，我们认真执行国民经济计划，全县工农业总产值五年平均每年增长百分之九。"
                      "五年内新建小型水电站四十座。", {"span": "四十座", "period": {"start": "1981-01-01", "end": "1985-12-31"},
                                                  "modality": "actual"}, date="1986-03-20")),
    negatives=("力争【3年】内全部完成改造",),
)
NOW = Rule(
    name="period.now", pattern="now", produce=_now,
    doc="目前 and the like hold at the reference date (a growth rate is never an instant's: it takes the period "
        "before); 近年来 runs from an open start to it, and 以来 after an event from the dated period that opens its "
        "sentence (自2019年…入选…以来); 每年 has no dates.",
    examples=(Example("截至目前，全区充电桩保有量达到2100个", {"period": {"start": "2024-11-01", "end": "2024-11-01"}}),
              Example("今年前三季度，全省投资增长5%。目前已公布数据的城市中，太原增长7.1%。",
                      {"span": "7.1%", "period": {"start": "2024-01-01", "end": "2024-09-30"}}),
              # 历史上 before a superlative describes a noun: the year before goes on
              Example("2023年，全省成功举办历史上规模最大的投资贸易洽谈会，进出口增长12%。",
                      {"span": "12%", "period": {"start": "2023-01-01", "end": "2023-12-31"}}),
              # the numeral of 20多年来 is part of the period, not a number of its own
              Example("20多年来，全县累计引进项目300个", {"span": "300个", "period": {"text": "20多年来", "end": "2024-11-01"}}),
              # 近三个月 runs to the reference date as 近年来 does; it counts no duration of its own (创近6个月新高)
              Example("近三个月，全市新增经营主体1.2万户", {"span": "1.2万户", "period": {"text": "近三个月", "end": "2024-11-01"}}),
              Example("半年来，园区新签约项目35个", {"span": "35个", "period": {"text": "半年来", "end": "2024-11-01"}}),
              # …and of 十几年来, a vague span kept as written, without dates
              Example("十几年来，全县累计引进项目300个", {"span": "300个", "period": {"text": "十几年来", "start": None, "end": None}}),
              # 过去几年, 近几年: a few recent years, from an open start to the reference date (not a metric's words)
              Example("过去几年，全县工业增加值年均增长9%", {"span": "9%", "metric": "工业增加值",
                                                 "period": {"text": "过去几年", "start": None, "end": "2024-11-01"}}),
              # 以来 after an event runs from the dated period that opens its sentence
              Example("自2019年全市入选国家试点城市以来，新建充电桩3000个",
                      {"span": "3000个", "period": {"start": "2019-01-01", "end": "2024-11-01"}})),
    negatives=("10月份全市制造业采购经理指数为50.3%，创近【6个月】新高。",),
)
YEAR_RANGE = Rule(
    name="period.year_range", pattern="yrange|ymrange|ynow", produce=_year_range,
    doc="2021—2023年: from the first year's start to the last year's end; 2022年11月至2023年2月 from month to month; "
        "2018年至今 from the year's start to the reference date.",
    examples=(Example("2019—2021年，全省累计减税300亿元", {"period": {"start": "2019-01-01", "end": "2021-12-31"}}),
              Example("2022年11月至2023年2月，全省新增企业3万家", {"period": {"start": "2022-11-01", "end": "2023-02-28"}}),
              Example("从2018年到现在，全市累计新增企业3万家", {"period": {"start": "2018-01-01", "end": "2024-11-01"}}),
              # two years listed and counted (两年: no figure of its own)
              Example("一九七八和一九七九两年共亏损二十亿元", {"span": "二十亿元", "period": {"start": "1978-01-01", "end": "1979-12-31"}}),
              Example("2021年和2022年共安排衔接资金12亿元", {"span": "12亿元", "period": {"start": "2021-01-01", "end": "2022-12-31"}}),
              # a range and the count of its years (的五年间, 十一年中): one span, the count no figure
              Example("从2011年到2015年的五年间，全县粮食产量年均增长3%", {"period": {"start": "2011-01-01", "end": "2015-12-31"}},
                      date="2024-03-01"),
              Example("一九六五年至一九七五年十一年中，全县工业产值平均每年增长百分之九",
                      {"period": {"start": "1965-01-01", "end": "1975-12-31"}}, date="1978-03-01"),
              # a range that dates the topic of its sentence (…的人口自然增长率，) dates the pair after it:
              # its ends, and a rate of a year over that year
              Example("2016年到2023年的人口自然增长率，全县由8‰降到3‰。", {"span": "3‰", "period": {"start": "2023-01-01",
                                                                                        "end": "2023-12-31"}})),
    negatives=("一九七八和一九七九【两年】共亏损二十亿元", "从2011年到2015年的【五年】间，全县粮食产量年均增长3%"),
)
TARGET_YEAR = Rule(
    name="period.target_year", pattern="target", produce=_target_year,
    doc="到2027年 is the target year; 到2027年底 the instant at its end.",
    examples=(Example("到2027年底，全市光伏装机达到300万千瓦", {"period": {"start": "2027-12-31", "end": "2027-12-31"}}),
              # a deadline frames its own sentence only
              Example("今年全市生产总值增长5%左右。新建5G基站800个，到2028年实现乡镇全覆盖。力争民间投资增长3%。",
                      {"span": "3%", "period": {"start": "2024-01-01", "end": "2024-12-31"}}, date="2024-02-01"),
              # …unless the next sentence points back at it (届时)
              Example("今年新建5G基站800个，到2028年实现乡镇全覆盖。届时，全市5G用户将达到300万户。",
                      {"span": "300万户", "period": {"start": "2028-01-01", "end": "2028-12-31"}}, date="2024-02-01")),
    negatives=(),
)
CENTURY_YEAR = Rule(
    name="period.century_year", pattern="century", produce=_century_year,
    doc="本世纪末, 本世纪中叶: the year of the reference date's century they name (2000 in a 1988 report).",
    examples=(Example("到本世纪末，全县工农业总产值要比1980年翻两番", {"period": {"start": "2000-01-01", "end": "2000-12-31"}},
                      date="1983-03-01"),),
)
CALENDAR = Rule(
    name="period.calendar", pattern="year|months|mrange|mday|bare_part|first_months", produce=_calendar,
    doc="A year, months, a day, a part of a year (上半年, 前三季度, 今年后两个月) or an instant in it (年末, 上半年末), "
        "its year read or inherited.",
    examples=(
        Example("今年1—5月，全省进出口总额增长6.2%", {"period": {"start": "2024-01-01", "end": "2024-05-31"}}),
        Example("今年头两个季度，全省进出口总额增长6.2%", {"period": {"start": "2024-01-01", "end": "2024-06-30"}}),
        Example("上半年末，全市存款余额达到5200亿元", {"period": {"start": "2024-06-30", "end": "2024-06-30"}}),
        Example("二○一八年，全县粮食产量增长2.1%", {"period": {"start": "2018-01-01", "end": "2018-12-31"}}),
        # a year in Chinese digits is no count of years (一九七九年以来 is not 九年以来)
        Example("一九七九年以来，全县引进技术项目四十项", {"period": {"start": "1979-01-01", "end": "1983-06-06"}},
                date="1983-06-06"),
        # a period of a noun that opens its clause dates that clause's figure
        Example("一、2023年工作回顾和2024年工作的总体要求\n今年的经济增长预期为5%左右。",
                {"period": {"start": "2024-01-01", "end": "2024-12-31"}}, date="2024-03-05"),
        # …and one after the owner of the figure (not a span of years: 筹划近30年的项目)
        Example("这家合作社去年的销售额达到800万元。", {"period": {"start": "2023-01-01", "end": "2023-12-31"}}),
        # a year in Chinese digits before a comparison needs no 年; it is no part of the metric
        Example("全县工业产值一九八四比一九八○年增加三亿元", {"period": {"start": "1984-01-01", "end": "1984-12-31"},
                                                         "metric": "工业产值增量"}),
        Example("预计今年后两个月，全省出口增长5%左右", {"period": {"start": "2024-11-01", "end": "2024-12-31"}}),
        # a month and 后 (以后) runs to the year's end; a month and 以来 up to the reference date
        Example("今年7月份以后，全省先后出台稳增长政策措施12项", {"span": "12项", "period": {"start": "2024-07-01", "end": "2024-12-31"}}),
        Example("今年7月以来，全省新增经营主体3.2万户", {"span": "3.2万户", "period": {"start": "2024-07-01", "end": "2024-11-01"}}),
        # 头两个月 as 前两个月; 首季 the first quarter; 年初至今 and a part with 以来 run up to the reference date
        Example("今年头两个月，全省出口增长5%", {"span": "5%", "period": {"start": "2024-01-01", "end": "2024-02-29"}}),
        Example("首季，全省出口增长5%", {"span": "5%", "period": {"start": "2024-01-01", "end": "2024-03-31"}}),
        Example("年初至今，全省出口增长5%", {"span": "5%", "period": {"start": "2024-01-01", "end": "2024-11-01"}}),
        Example("今年来，全省出口增长5%", {"span": "5%", "period": {"start": "2024-01-01", "end": "2024-11-01"}}),
        Example("三季度以来，全省出口增长5%", {"span": "5%", "period": {"start": "2024-07-01", "end": "2024-11-01"}}),
        # 本年度 is 本年 (its 度 no part of the metric); 以上年度冠军赛 holds no 上年度
        Example("本年度全省出口增长5%", {"span": "5%", "metric": "出口", "period": {"start": "2024-01-01", "end": "2024-12-31"}}),
        Example("2024年，全省在省级以上年度比赛中获得金牌26枚", {"span": "26枚", "period": {"start": "2024-01-01", "end": "2024-12-31"}}),
        # openers one after the other before a year that closes its clause frame it (在 + 刚刚过去的)
        Example("一、过去五年工作回顾\n五年来，全市经济总量跨上新台阶。在刚刚过去的2023年，全市经济保持良好势头。工业总产值增长6%。",
                {"span": "6%", "period": {"start": "2023-01-01", "end": "2023-12-31"}}, date="2024-01-20"),
        # a year inside a sentence without figures dates its events, not the year the next figures inherit
        Example("2023年，全市重点建设取得新进展。港口工程可望在今年内建成。全年新开工项目120个。",
                {"span": "120个", "period": {"start": "2023-01-01", "end": "2023-12-31"}, "modality": "actual"},
                date="2024-03-05"),
        Example("2019年，全县启动改造。当年，全县完成投资3亿元", {"period": {"start": "2019-01-01", "end": "2019-12-31"}}),
        # a communiqué dated in spring: 本年 is the year it reports, as its 全年 is
        Example("2023年，全州经济稳定增长。本年新增市场主体1.2万户", {"period": {"start": "2023-01-01", "end": "2023-12-31"}},
                date="2024-03-16"),
        # a basis joined to another (比上年全年和上年同期) is one too: it lends the paragraph no year
        Example("1-8月，全县社会消费品零售总额增长6%，增速比上年全年和上年同期分别提高1.1和0.7个百分点，其中二季度增长6.8%",
                {"span": "6.8%", "period": {"start": "2024-04-01", "end": "2024-06-30"}}),
        # a news headline's period governs the story's paragraphs that state none
        Example("1-5月全省外贸增长8%，民营企业表现亮眼\n其中，机电产品出口增长12%。",
                {"span": "12%", "period": {"start": "2024-01-01", "end": "2024-05-31"}}, place="江苏省"),
        # a paragraph that opens with 其中 goes on the sentence of the paragraph before it, blank lines between
        Example("2023年，长三角地区生产总值合计30万亿元。\n\n其中，上海增长5%，江苏增长5.8%。",
                {"span": "5.8%", "period": {"start": "2023-01-01", "end": "2023-12-31"}}, place="中国", date="2024-02-01"),
        # 从…起 around a day: what began then runs to the year's end
        Example("从去年7月1日起，全省提高了退休人员养老金标准，月人均增加120元", {"period": {
            "start": "2023-07-01", "end": "2023-12-31"}}),
        # 上年 is the year before the one its paragraph speaks of (a report's review of 2023 given in 2024)
        Example("2022年，全省出口由上年的3200亿元增加到3650亿元", {"span": "3200亿元", "period": {
            "start": "2021-01-01", "end": "2021-12-31"}}),
    ),
    negatives=("会议定于12月4日召开",),
)
EVENT_DAY = Rule(
    name="period.event_day",
    doc="A day without its year that opens a sentence, alone or after 截至, dates the events of that sentence (not the "
        "sentences after); a 今年以来 after 截至 that day ends there.",
    examples=(Example("今年上半年，全省引进外资增长10%。9月5日，总投资80亿元的化工项目签约落户。",
                      {"span": "80亿元", "period": {"start": "2024-09-05", "end": "2024-09-05"}}, date="2024-10-08"),
              # the sentence after is the paragraph's earlier period's again
              Example("今年上半年，全省引进外资增长10%。9月5日，化工项目签约落户。外资企业新增120家。",
                      {"span": "120家", "period": {"start": "2024-01-01", "end": "2024-06-30"}}, date="2024-10-08"),
              # after 截至 the day is when the sentence's figures hold; a 今年以来 of that sentence ends there
              Example("截至9月30日，全省实有经营主体820万户。", {"span": "820万户",
                      "period": {"start": "2024-09-30", "end": "2024-09-30"}}, date="2024-10-20"),
              Example("截至6月8日，据统计，今年以来全省新增企业2.1万家。", {"span": "2.1万家",
                      "period": {"start": "2024-01-01", "end": "2024-06-08"}}, date="2024-06-12")),
    negatives=(),
)
HOLIDAY = Rule(
    name="period.holiday", pattern="holiday", produce=_holiday,
    doc="A public holiday's break (国庆假期, 今年春节假期, “五一”黄金周): the official days of that year's break "
        "(data periods.holidays), the year read before it, else the paragraph's or the reference date's.",
    examples=(Example("今年国庆假期，全市接待游客320万人次", {"span": "320万人次", "period": {"start": "2024-10-01",
                                                                              "end": "2024-10-07"}}, date="2024-10-09"),
              # 国庆 and 中秋 joined are one break; a story of spring about 国庆 speaks of last October's
              Example("国庆中秋假期，全省旅游收入增长8%", {"span": "8%", "period": {"start": "2023-09-29", "end": "2023-10-06"}},
                      date="2024-03-02"),
              Example("2024年春节假期，全县零售额达到3.1亿元", {"span": "3.1亿元", "period": {"start": "2024-02-10",
                                                                              "end": "2024-02-17"}}),
              Example("“五一”假期，全区重点商圈客流量增长12%", {"span": "12%", "period": {"start": "2025-05-01",
                                                                               "end": "2025-05-05"}}, date="2025-05-06"),
              # a year the table of breaks lacks keeps the holiday's name, no dates (not the whole year)
              Example("1999年春节期间，全县接待游客2万人次", {"span": "2万人次", "period": {"text": "1999年春节期间",
                                                                           "start": None, "end": None}})),
    negatives=(),
)
HOLIDAY_BACK = Rule(
    name="period.holiday_back", pattern="holiday_back",
    doc="假期期间, 假期， opening a clause: the holiday the text named last; with none named, no period.",
    examples=(Example("今年端午假期，全市接待游客80万人次。假期期间，重点商超销售额增长6%。",
                      {"span": "6%", "period": {"start": "2024-06-08", "end": "2024-06-10"}}, date="2024-06-12"),),
    negatives=(),
)
SHAPES = (FIVE_YEAR_PLAN, COMING_YEARS, RECENT_YEARS, YEARS_AGO, NOW, YEAR_RANGE, TARGET_YEAR, CALENDAR, HOLIDAY,
          CENTURY_YEAR)  # (the rare one last)


STOCK = Rule(
    name="period.stock",
    doc="A stock (累计建成, 余额, 目前…达到) holds at an instant: the end of its governing period.",
    examples=(
        Example("1月—8月,全市发电量210亿千瓦时,累计建成充电桩1860处", {"span": "1860处", "period": {"start": "2024-08-31", "end": "2024-08-31"}}),
        Example("今年前三季度,全市贷款余额达到3000亿元", {"period": {"start": "2024-09-30", "end": "2024-09-30"}}),
        # a report's year is its plan's: a stock of it holds at the year's end, not on the day of the report
        Example("2025年政府工作报告\n今年全省高新技术企业总数达到1.8万家。", {"span": "1.8万家",
                "period": {"start": "2025-12-31", "end": "2025-12-31"}}, date="2025-01-20"),
        # a flow is one whatever word stands before it; so are regions counted by how they changed
        Example("今年一季度，全省经济总量达到1.2万亿元", {"period": {"start": "2024-01-01", "end": "2024-03-31"}}),
        # what was built in the period is a flow; what stands built (累计建成, 已建成) a stock
        Example("去年，全县建成农村公路120公里", {"period": {"start": "2023-01-01", "end": "2023-12-31"}}),
        # 已累计 (has added up to so far) is a stock too
        Example("今年，全市已累计出台稳企政策18项", {"span": "18项", "period": {"start": "2024-11-01", "end": "2024-11-01"}}),
        # a total reached so far (累计达到) stands at the end of the period, as 累计建成 does
        Example("去年，全县新建口袋公园20个、累计达到156个", {"span": "156个", "period": {"start": "2023-12-31", "end": "2023-12-31"}}),
        # what was done to a stock over the period is a flow (偿还存量债务)
        Example("去年，全县累计偿还和化解存量债务86亿元", {"period": {"start": "2023-01-01", "end": "2023-12-31"}}),
        Example("上半年，全省共有9个市州工业投资增速超过20%", {"span": "9个", "period": {"start": "2024-01-01", "end": "2024-06-30"}},
                place="湖北省"),
    ),
    negatives=(),
)


@lexical_cache
def _stock_pattern() -> regex.Pattern:
    return compiled(alternation("attribution", "stock", "words"))


def _a_flow(m: Mention) -> bool:
    """共有10个省份增速超全国 (regions counted by a change) and 经济总量达到6.4万亿元 (a flow)
    hold over the period, not at its end."""
    if m.metric is None:
        return False
    metric, words = str(m.metric.value), load("attribution")["stock"]
    owner = metric.partition(load("attribution")["metric"]["built"]["share_of"])[0]  # 国债余额占GDP比重: a stock's
    return any(word in owner for word in words["flows"]) \
        or COUNTED_SET.name in m.refined_by and any(word in metric for word in words["changed_sets"])


LOOK_BACK = 64  # periods examined before a number, nearest first
YEAR_START, YEAR_END = "-01-01", "-12-31"

FLOW_YEAR = Rule(
    name="period.flow_year",
    doc="A flow (生产总值, 增加值, 营业收入 …) in a sentence after one framed by a year's end (年底在册经营主体…。) is "
        "the year's: the instant frames the stocks of its sentence, the flow runs over the year it ends.",
    examples=(
        Example("2024年，全省新设企业20万户，年底在册经营主体达到600万户。全省地区生产总值超过5万亿元。",
                {"span": "5万亿元", "period": {"start": "2024-01-01", "end": "2024-12-31"}}, date="2025-03-01"),
    ),
    negatives=(),
)


SPAN_LEVELS = Rule(
    name="period.span_levels",
    doc="A level moved over a span of whole years that is over: the level after 从/由 stands where the span starts "
        "(the year before the years a report reviews, the first year of a range written out: 从1980年至1985年), "
        "the level after the turn (增加到, 提高到) in its last year.",
    examples=(
        Example("各位代表：\n一、过去五年工作回顾\n五年来，全省生产总值从3.2万亿元增加到4.5万亿元",
                {"span": "3.2万亿元", "period": {"start": "2018-01-01", "end": "2018-12-31"}}, date="2024-01-20"),
        Example("各位代表：\n一、过去五年工作回顾\n五年来，全省生产总值从3.2万亿元增加到4.5万亿元",
                {"span": "4.5万亿元", "period": {"start": "2023-01-01", "end": "2023-12-31"}}, date="2024-01-20"),
        Example("从1990年至1995年，全县粮食产量由20万吨提高到26万吨",
                {"span": "20万吨", "period": {"start": "1990-01-01", "end": "1990-12-31"}}, date="1996-03-01"),
        Example("从1990年至1995年，全县粮食产量由20万吨提高到26万吨",
                {"span": "26万吨", "period": {"start": "1995-01-01", "end": "1995-12-31"}}, date="1996-03-01"),
        # a level of a state, or a count, at the end of its year
        Example("各位代表：\n一、过去五年工作回顾\n五年来，全省城镇化率由55.1%提高到61.3%",
                {"span": "55.1%", "period": {"start": "2018-12-31", "end": "2018-12-31"}}, date="2024-01-20"),
        # …whichever way it turns (缩小到, 降低到: data periods.from_to.turns)
        Example("各位代表：\n一、过去五年工作回顾\n五年来，城乡居民收入比由2.6缩小到2.3",
                {"span": "2.3", "period": {"start": "2023-01-01", "end": "2023-12-31"}}, date="2024-01-20"),
    ),
    negatives=(),
)


def _span_levels(doc: Document) -> None:
    """SPAN_LEVELS, after every mention has its period."""
    opened = None  # the last mention of its clause that stood right after 从/由
    for m in doc.mentions:
        a = m.period
        span = a.value if a is not None and a.start is not None else None
        if span is None or m.kind in ("growth", "change") or not _years_spanned(span) \
                or doc.date and span.end[:4] >= doc.date[:4]:
            continue
        written = bool(WRITTEN_RANGE.fullmatch(doc.text, a.start, a.end))
        if not written and doc.genre != "work_report":
            continue  # (a story's 五年来 dates its levels as it likes)
        clause = doc.clause_start(m.start)
        if doc.text.endswith(from_openers(), clause, m.start):
            year, opened = int(span.start[:4]) - (0 if written else 1), m
        elif opened is not None and opened.start >= clause and opened.period is not None \
                and turn_pattern().search(doc.text, opened.end, m.start) and opened.period.start == a.start:
            year, opened = int(span.end[:4]), None
        else:
            continue
        m.period = Attribute(_level_year(span.text, year, _held_at_an_instant(m)), a.start, a.end, a.how)
        m.refine(SPAN_LEVELS.name)


COMPARED_PERIODS = Rule(
    name="period.compared_periods",
    doc="A sentence that opens by comparing two periods (“六五”时期同“五五”时期相比，…; 2024年与2020年相比，…) dates "
        "a level after 由/从 by the second period and the level it turns to by the first, each whole.",
    examples=(
        Example("“十四五”时期同“十三五”时期相比，全省粮食年均产量由600万吨增加到650万吨。",
                {"span": "600万吨", "period": {"start": "2016-01-01", "end": "2020-12-31"}}, date="2026-01-20"),
        Example("“十四五”时期同“十三五”时期相比，全省粮食年均产量由600万吨增加到650万吨。",
                {"span": "650万吨", "period": {"start": "2021-01-01", "end": "2025-12-31"}}, date="2026-01-20"),
        Example("2024年与2020年相比，全省森林覆盖率由40%提高到45%。",
                {"span": "40%", "period": {"text": "2020年"}}, date="2025-01-20"),
    ),
    negatives=(),
)


def _compared_periods(doc: Document) -> None:
    """COMPARED_PERIODS, after every mention has its period."""
    frames: dict[int, tuple[PeriodMention, PeriodMention] | None] = {}  # sentence start → its two periods compared
    opened: Mention | None = None  # the last level of a compared sentence right after 由/从
    for m in doc.mentions:
        sentence = doc.sentence(m.start)[0]
        if sentence not in frames:
            frames[sentence] = _periods_compared(doc, sentence)
        if (frame := frames[sentence]) is None:
            continue
        clause = doc.clause_start(m.start)
        if doc.text.endswith(from_openers(), clause, m.start):
            period, opened = frame[1], m
        elif opened is not None and opened.start >= clause and turn_pattern().search(doc.text, opened.end, m.start):
            period, opened = frame[0], None
        else:
            continue
        value = period.period
        if value.start and value.end and value.start[:4] == value.end[:4] and value.start.endswith("-01-01") \
                and value.end.endswith("-12-31"):
            value = _level_year(value.text, int(value.end[:4]), _held_at_an_instant(m))  # (a rate of a state: its year's end)
        m.period = Attribute(value, period.start, period.end, "explicit")
        m.refine(COMPARED_PERIODS.name)


def _periods_compared(doc: Document, sentence: int) -> tuple[PeriodMention, PeriodMention] | None:
    """The two periods a sentence opens by comparing (P1同P2相比，), or None. (The second, a comparison
    basis, is no period of find_periods: it is read here.)"""
    found = doc.periods_between(sentence, sentence + 1)
    words = load("periods")
    joiner = found and next((j for j in words["compared"]["joiners"] if doc.text.startswith(j, found[0].end)), None)
    if not joiner:
        return None
    first, at = found[0], found[0].end + len(joiner)
    read = period_pattern_for(doc.text).match(doc.text, at, at + COMPARED_REACH)
    if read is None or not doc.text.startswith(tuple(words["compared"]["closings"]), read.end()):
        return None
    second = _resolve(read, read.group(), _ref(doc), first.year, words)
    if second is None:
        return None
    second.start, second.end = read.span()
    return first, second


COMPARED_REACH = 20  # characters from a sentence's start to the second period it compares


PARALLEL_PAIR = Rule(
    name="period.parallel_pair",
    doc="A from–to pair with no years of its own, after a pair dated year by year in its sentence (由2002年7703元"
        "增加到2007年13786元，…由2476元增加到4140元), is read in parallel: its levels take the same two years.",
    examples=(
        Example("城镇居民人均收入由2018年3.1万元增加到2023年4.2万元，农村居民人均收入由1.4万元增加到2.0万元",
                {"span": "1.4万元", "period": {"start": "2018-01-01", "end": "2018-12-31"}}, date="2024-01-20"),
        Example("城镇居民人均收入由2018年3.1万元增加到2023年4.2万元，农村居民人均收入由1.4万元增加到2.0万元",
                {"span": "2.0万元", "period": {"start": "2023-01-01", "end": "2023-12-31"}}, date="2024-01-20"),
    ),
    negatives=(),
)


AVERAGE_SPAN = Rule(
    name="period.average_span",
    doc="An average annual rate (年均, 平均每年) is over years, never one: where its period is the one year its level "
        "was reached in, it runs from the year after the basis its sentence compares with (比2002年) to that year, or "
        "over the years of the section whose last year it is.",
    examples=(
        Example("2024年，全市生产总值达到3200亿元，比2019年增长30%，年均增长5.4%。", {"span": "5.4%",
                "period": {"start": "2020-01-01", "end": "2024-12-31"}}, date="2025-01-20"),
        Example("2018年全县财政收入达到12亿元，比2013年翻了一番，平均每年增长14.9%。", {"span": "14.9%",
                "period": {"start": "2014-01-01", "end": "2018-12-31"}}, date="2019-02-20"),
    ),
    negatives=(),
)


def _average_spans(doc: Document) -> None:
    """AVERAGE_SPAN, after every mention has its period."""
    average = load("kinds")["comparison"]["annual_averages"][0]
    for m in doc.mentions:
        a = m.period
        span = a.value if a is not None else None
        if m.comparison != average or span is None or not span.start or not span.end \
                or span.start[:4] != span.end[:4] or not span.start.endswith("-01-01") or not span.end.endswith("-12-31"):
            continue
        year = int(span.end[:4])
        sentence = doc.sentence(m.start)[0]
        basis = None
        # (looked for within BASIS_REACH before the figure: a sentence of 10,000 averages stays linear)
        for found in basis_year_pattern().finditer(doc.text, max(sentence, m.start - BASIS_REACH), m.start):
            basis = year_of(found.group("year"))
        if basis is not None and basis < year:
            start = f"{basis + 1:04d}-01-01"
        elif (section := doc.section_period(m.start)) is not None and section.start and section.end \
                and section.end[:4] == str(year) and section.start[:4] < section.end[:4]:
            start = section.start  # 2000年达89404亿元，平均每年增长8.3%, in the review of 1996–2000
        else:
            continue
        m.period = Attribute(Period(text=span.text, start=start, end=span.end), a.start, a.end, a.how, years=a.years)
        m.refine(AVERAGE_SPAN.name)


BASIS_REACH = 60  # characters before an average rate where its sentence's basis year stands (…比2002年增长65.5%，年均…)


LISTED_PERIODS = Rule(
    name="period.listed",
    doc="Periods written as a list (一季度、二季度; 1、2月份, the first without its word) before a list of as many "
        "values (分别增长5.3%和4.7%) date the values in turn.",
    examples=(
        Example("全省生产总值一季度、二季度分别增长5.3%和4.7%", {"span": "5.3%", "period": {"start": "2024-01-01", "end": "2024-03-31"}}),
        Example("1、2月份，全市居民消费价格同比分别上涨1.3%和1.2%",
                {"span": "1.3%", "period": {"start": "2024-01-01", "end": "2024-01-31"}}),
        Example("1、2月份，全市居民消费价格同比分别上涨1.3%和1.2%",
                {"span": "1.2%", "period": {"start": "2024-02-01", "end": "2024-02-29"}}),
    ),
    negatives=(),
)


def _listed_periods(doc: Document) -> None:
    """LISTED_PERIODS, once every mention has its period."""
    lists: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.list_id is not None and not m.from_table:
            lists.setdefault(m.list_id, []).append(m)
    for members in lists.values():
        a = members[0].period
        if a is None or a.start is None or any(m.period is None or m.period.start != a.start for m in members):
            continue
        periods = _periods_listed_up_to(doc, a)
        if len(periods) == len(members) > 1:
            for m, period in zip(members, periods):
                m.period = Attribute(period, a.start, a.end, a.how)
                m.refine(LISTED_PERIODS.name)


def _periods_listed_up_to(doc: Document, a: Attribute) -> list[Period]:
    """The periods joined by 、/和 that end with ``a``'s, in text order (a first one written as its
    numeral alone, 1、2月份, takes the word of the next)."""
    at = bisect.bisect_left(doc.periods, a.start, key=lambda p: p.start)
    if at >= len(doc.periods) or doc.periods[at].start != a.start:
        return []
    listed, start = [doc.periods[at].period], a.start
    joiners = tuple(load("attribution")["lists"]["connectors"])
    while at > 0 and doc.text[start - 1:start] in joiners and doc.periods[at - 1].end == start - 1:
        at -= 1
        listed.insert(0, doc.periods[at].period)
        start = doc.periods[at].start
    if doc.text[start - 1:start] in joiners and (elided := _ELIDED_NUMERAL.search(doc.text, max(0, start - 4), start - 1)) \
            and (word := _NUMERAL_OPENING.sub("", listed[0].text or "", count=1)) \
            and (whole := period_pattern().fullmatch(text := elided.group() + word)) \
            and (pm := _resolve(whole, text, _ref(doc), doc.periods[at].year, load("periods"))) is not None:
        listed.insert(0, pm.period)  # 1、2月份: the month of the numeral alone
    return listed


_ELIDED_NUMERAL = compiled(rf"(?<![\d{ORDINARY_NUMERAL_CHARS}])(?:\d{{1,2}}|[{NONZERO_DIGIT_CHARS}{SMALL_UNIT_CHARS}]{{1,3}})$")
_NUMERAL_OPENING = compiled(rf"^(?:\d{{1,2}}|[{NONZERO_DIGIT_CHARS}{SMALL_UNIT_CHARS}]{{1,3}})")


def _parallel_pairs(doc: Document) -> None:
    """PARALLEL_PAIR, once every mention has its period."""
    dated: tuple[Attribute, Attribute, int] | None = None  # the last pair dated year by year, and its sentence
    opened: Mention | None = None  # the last level right after 从/由 (with its year, or none)
    openers = from_openers()
    for m in doc.mentions:
        begins = _before_its_year(doc, m)
        if opened is None and dated is None and not doc.text.endswith(openers, 0, begins):
            continue  # (most figures: no pair is open and none starts here)
        sentence = doc.sentence(m.start)[0]
        a = m.period
        if dated is not None and dated[2] != sentence:
            dated = None
        clause = doc.clause_start(m.start)
        if doc.text.endswith(openers, clause, begins):
            opened = m
            if dated is not None and _year_before(doc, m) is None and m.kind not in ("growth", "change"):
                _take(m, dated[0])
            continue
        if opened is None or opened.start < clause or not turn_pattern().search(doc.text, opened.end, m.start):
            continue
        if (first := _year_before(doc, opened)) is not None and (second := _year_before(doc, m)) is not None:
            dated = (first, second, sentence)  # 由2002年7703元增加到2007年13786元
        elif dated is not None and _year_before(doc, opened) is None and _year_before(doc, m) is None \
                and a is not None and m.kind not in ("growth", "change"):
            _take(m, dated[1])
        opened = None


def _year_before(doc: Document, m: Mention) -> Attribute | None:
    """m's period where it is written right before it, a single year (2002年7703元, 2007年的3664亿元)."""
    a = m.period
    if a is None or a.start is None or a.end is None or doc.text[a.end:m.start] not in ("", "的"):
        return None
    period = a.value
    return a if period.start and period.end and period.start[:4] == period.end[:4] else None


def _before_its_year(doc: Document, m: Mention) -> int:
    """Where m's level starts, its year written before it included (由|2002年7703元)."""
    return a.start if (a := _year_before(doc, m)) is not None else m.start


def _take(m: Mention, year: Attribute) -> None:
    """m takes the year of its parallel level, at the year's end where m is held at an instant, or is a
    share beside a level dated at one (资本充足率从2007年底的8.4%…，不良贷款率由6.1%…)."""
    instant = year.value.start == year.value.end
    at_end = _held_at_an_instant(m) or instant and m.kind == "share"
    m.period = Attribute(_level_year(year.value.text, int(year.value.start[:4]), at_end), year.start, year.end, "inherited")
    m.refine(PARALLEL_PAIR.name)


def _level_year(text: str, year: int, at_end: bool) -> Period:
    """The year a level stands in: its last day where it is held at an instant, else the whole year."""
    return Period(text=text, start=f"{year:04d}-12-31" if at_end else f"{year:04d}-01-01", end=f"{year:04d}-12-31")


def _held_at_an_instant(m: Mention) -> bool:
    """城镇化率, 外汇储备, 试点城市由88个增加到317个: a count or a level of a state, read at its year's end
    (GDP, 消费贡献率, 日均新设企业: over the year)."""
    metric, words = str(m.metric.value) if m.metric else "", load("attribution")["stock"]
    if m.kind == "count":
        return not any(word in metric for word in words["count_flows"])
    if metric.endswith(tuple(load("kinds")["rate"]["nouns"])):
        return False  # 人口自然增长率: a rate of the year, whatever level it names
    return any(word in metric for word in words["levels"])


def assign_periods(doc: Document) -> None:
    """Each mention takes the last period before it in its paragraph (SPEC §4)."""
    for m in doc.mentions:
        if m.from_table:
            continue  # its column header or caption gave its period (rules/table.py)
        para_start, _ = doc.paragraph(m.start)
        if para_start > 0 and doc.text.startswith(continuations(), para_start):
            para_start = doc.paragraph(_last_written_before(doc, para_start))[0]  # 其中 opening it: the one before goes on
        governing = None
        # the last fitting period of the paragraph, looked for from the number back and at most
        # LOOK_BACK periods: scanning all of them from the paragraph start per number was quadratic
        i = bisect.bisect_left(doc.periods, m.start, key=lambda p: p.start) - 1
        for p in reversed(doc.periods[max(0, i - LOOK_BACK + 1):i + 1]):
            if p.start < para_start:
                break
            if p.end > m.start:
                continue
            if p.local and not OPTIONAL_OF.fullmatch(doc.text, p.end, m.start):
                continue
            if not p.governs and not p.local:
                continue
            if (not p.frame or _deadline_inside(doc, p) and not _points_back(doc, m)) \
                    and doc.sentence(p.start) != doc.sentence(m.start) and not _continues(doc, p, m):
                # …成交总量在第三、第四季度实现正增长。: a period inside a clause frames only its sentence, and so
                # does a deadline after its sentence's first clause (…，到2027年高速公路通车里程达到1万公里。力争民间
                # 投资增长3%: this year's; 到2020年，… opening a sentence of a plan frames the sentences after it)
                continue
            if p.until is not None and m.start > p.until:
                continue  # …转为增长3.2%: the value after the turn is the governing period's before
            if p.instant_now and m.kind in ("growth", "change"):
                continue  # 目前已公布的省份中，江西（6.9%）: a rate of change is no instant's
            governing = p
            break
        if governing is None and para_start == 0 and (lead := _lead_frame(doc)) is not None:
            governing = lead  # 三地经济总量突破11万亿元\n2024年，京津冀地区生产总值…: the lead dates the headline
        if governing is None:
            section = doc.section_period(m.start)
            if section:
                m.period = Attribute(section, None, None, "document")
                m.refine(f"{RULE.name}.document")
            continue
        how = "explicit" if doc.sentence(governing.start) == doc.sentence(m.start) else "inherited"
        period = governing.period
        if how == "inherited" and period.start and period.start == period.end and period.end.endswith(YEAR_END) \
                and m.kind == "amount" and _a_flow(m):
            # 年底在册经营主体1095万户。浙江地区生产总值超过9万亿元: the year-end of a stock before; a flow's is the year
            period = Period(text=period.text, start=period.end[:4] + YEAR_START, end=period.end)
            m.refine(FLOW_YEAR.name)
        if m.kind in ("amount", "count", "share") and period.end and not governing.instant_now:
            between = doc.text[max(governing.end, doc.clause_start(m.start)):m.start]
            if (stock := _stock_pattern().search(between)) and not _a_flow(m) \
                    and not any(act in between[:stock.start()] for act in load("attribution")["stock"]["acts_on_stock"]):
                at = period.end
                if doc.date and period.start and period.start <= doc.date < period.end and doc.genre != "work_report":
                    at = doc.date  # a stock of a period still running holds now (今年 in April; a report's year is its plan's)
                period = Period(text=period.text, start=at, end=at)
                m.refine(STOCK.name)
        m.period = Attribute(period, governing.start, governing.end, how, years=governing.years)
        m.refine(governing.rule)
        if how != "explicit":
            m.refine(f"{RULE.name}.{how}")
    share_years(doc)
    _span_levels(doc)
    _compared_periods(doc)
    _average_spans(doc)
    _parallel_pairs(doc)
    _listed_periods(doc)
