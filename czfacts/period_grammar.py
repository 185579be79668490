"""The grammar of period and date expressions: years, months, days, dashes, five-year plans,
and the one pattern that finds every period of a text (rules/period.py resolves what it finds).

This is the date counterpart of numerals.py: the date fragments are written here once; the
period words themselves (今年, 上半年, 年末, 目前 …) are data in data/periods.toml.
"""
from __future__ import annotations


import regex

from .compiled import compiled
from .lexicon import lexical_cache, load, trie_pattern
from .numerals import read_number

CN_DIGIT = "〇零一二两三四五六七八九十"
MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
DAY = r"(?:3[01]|[12]\d|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
YEAR = r"(?:(?:19|20)\d{2}|(?:一[八九]|二[〇零○])[〇零○一二三四五六七八九]{2})"  # ○ (U+25CB) is written for 〇
# 一九八○比一九七五年增加…: a year in Chinese digits needs no 年 before a comparison or another year
# (four digits read one by one are never a value)
BARE_YEAR = r"(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=[比较和与、]|同[一二])"
DASH = r"(?:—|–|-|－|~|～|至|到)"
WRITTEN_RANGE = compiled(rf"从?{YEAR}年?{DASH}{YEAR}年")  # 从1980年至1985年: a range of years written out
# A number of years a text spans (五, 十五, 二十, 两, 30): never the digits of a year read one by one (一九八五年为…)
YEARS = r"(?<![〇零○一二三四五六七八九十百千\d])(?:[一二三两四五六七八九]?十[一二三四五六七八九]?|[一二三两四五六七八九]|\d{1,2})(?![\d])"
FYP_NUMBER = r"(?:十?[一二三四五六七八九十])"  # the 十一 of “十一五”, the n-th five-year plan
HEADING = 30  # characters at most of a section heading, a line without sentence punctuation
SENTENCE_END = compiled(r"[。；;！？!?]")  # the punctuation no heading holds
NUMBERED_HEADING = compiled(rf"(?m)^[ \t]*[{CN_DIGIT}]+、[^\n。；;]{{0,{HEADING}}}$")  # 一、过去一年工作回顾


def fyp_years(n: int) -> tuple[int, int]:
    """Years of the n-th five-year plan (the 3rd began in 1966 after three adjustment years)."""
    first = 1953 + 5 * (n - 1) if n < 3 else 1966 + 5 * (n - 3)
    return first, first + 4


@lexical_cache
def continuations() -> tuple[str, ...]:
    """其中: the words that open a sentence going on from the one before (data: periods.continuation)."""
    return tuple(load("periods")["continuation"]["words"])


@lexical_cache
def from_openers() -> tuple[str, ...]:
    """由, 从: the words that open the level a 由…到 pair moves from (data: periods.from_to.openers)."""
    return tuple(load("periods")["from_to"]["openers"])


@lexical_cache
def turn_pattern() -> regex.Pattern:
    """The turn of a 由/从 … 转为/提高到 pair to its other value (data: periods.from_to.turns)."""
    return compiled(trie_pattern(load("periods")["from_to"]["turns"]))


@lexical_cache
def period_pattern() -> regex.Pattern:
    """The one pattern of every period, for a text that names no public holiday."""
    return _period_pattern(holiday_first=False)


@lexical_cache
def holiday_period_pattern() -> regex.Pattern:
    """The same, for a text that names one: its scan also stops at a holiday's name."""
    return _period_pattern(holiday_first=True)


def period_pattern_for(text: str) -> regex.Pattern:
    """国庆, 中秋: a holiday's first characters are too common to stop the scan of every text at."""
    return holiday_period_pattern() if _holiday_names().search(text) else period_pattern()


@lexical_cache
def _holiday_names() -> regex.Pattern:
    holidays = load("periods")["holidays"]
    return compiled(rf"(?:{trie_pattern(holidays['names'])})”?(?:{trie_pattern(holidays['after'])})")


def _period_pattern(holiday_first: bool) -> regex.Pattern:
    words = load("periods")
    rel = trie_pattern(words["relative_years"])
    parts = trie_pattern(list(words["year_parts"]) + list(words["year_instants"]))
    bare_parts = trie_pattern(w for w in list(words["year_parts"]) + list(words["year_instants"]) if len(w) > 1)
    now_words = words["now"]["words"] + words["until_now"]["words"] + words["undated"]["words"]
    # (历史上规格最高的博览会: an undated word before a superlative, a noun or two after it, describes a noun)
    now = rf"(?:{trie_pattern(words['now']['words'] + words['until_now']['words'])}" \
          rf"|(?:{trie_pattern(words['undated']['words'])})(?!\p{{Han}}{{0,2}}(?:{trie_pattern(words['undated']['not_before'])})))"
    lexical = list(words["relative_years"]) + list(words["year_parts"]) + list(words["year_instants"]) + now_words \
        + list(words["centuries"])
    # Every period starts with one of these characters; checking it first makes the scan ~10x faster.
    months_before = load("kinds")["comparison"]["previous_month"]
    holidays = words["holidays"]
    named = list(holidays["names"]) + holidays["back"] if holiday_first else []
    first = regex.escape("".join(sorted({w[0] for w in lexical + months_before + named}
                                        | set(CN_DIGIT) | set("0123456789“到近过今未同头用"))))
    return compiled(
        rf"(?=[{first}])"
        rf"(?:(?P<fyp>(?<!第)“?(?P<fypn>{FYP_NUMBER})五”?(?:期间|时期|以来|末|(?=规划|,|，|、|”)))"
        rf"{'|' + _holidays(holidays, rel) if holiday_first else ''}"
        rf"|(?P<coming>(?P<coming_span>{trie_pattern(words['coming_spans'])})|(?:今后|未来)(?P<comingn>{YEARS})年(?:内|间|里)?"
        rf"|(?<![近前])(?P<comingn2>{YEARS})年内(?!乱)"  # (前四年内: the years before, not a plan's)
        rf"|用(?P<comingn3>{YEARS})年(?:左右)?的?时间)"  # 用3年时间，引进…: a plan's years, from the reference year
        rf"|(?P<recent>近(?P<recentn>{YEARS})年(?:来|以来|内)?|(?<!连续|提前|[\d.．个])(?P<recentn2>{YEARS})年[半多]?(?:来|以来|间|中|里|(?P<sums>(?=累计|增长|增加|新增|减少|接近|翻|共|合计|支出|投入|统筹投入|安排|超过|为[\d一二三四五六七八九十])))"
        # (五年累计1858亿美元, 五年增长1倍多, 五年共培养…, 投资总额五年为…, 十年增加近70万亿元, 财政收入十年接近翻一番,
        # 中央财政五年支出551亿元, 城镇新增就业5年超过6000万人:
        # the years a sum or a growth runs over)
        # 8年时间，…: opening its sentence, the years before (用两年时间 is a plan's span, 用了50年 another time's)
        rf"|(?<![^。\n])(?P<recentn5>{YEARS})年时间(?=[，,])"
        # 五年铁路正线铺轨总里程11344公里: opening a clause before a noun, the five years a term's review sums
        # (not 三年行动计划, 两年平均增长, 五年来 …: a plan's name, an average, the forms above)
        rf"|(?<![^，,。；;\n])(?P<recentn6>五)年(?=\p{{Han}})"
        rf"(?!{trie_pattern(load('periods')['bare_years']['not_before'])})"
        rf"|过去的?(?P<recentn3>{YEARS})年|这(?P<recentn4>[两三四五])年(?:来|间|里)?"
        rf"|前(?P<recentn7>{YEARS})年内)"  # 前四年内: the years before the reference year
        # 十年前，…: the year so many years before the reference year (十年前的 describes a noun)
        rf"|(?P<ago>(?P<agon>{YEARS})年前(?=[，,的]))"
        rf"|(?P<yrange>(?P<y1>{YEAR})年?{DASH}(?P<y2>{YEAR})年(?:的?{YEARS}年(?:间|中|内|里))?"  # …的五年间: the span counted
        rf"|(?P<y1>{YEAR})年?[和与、](?P<y2>{YEAR})年?两年"  # 一九七九和一九八○两年: the two years listed
        rf"|(?P<y1>{YEAR})年[和与、](?P<y2>{YEAR})年(?=(?:{trie_pattern(load('periods')['summed_years']['words'])})))"  # …共安排
        # 2012年至今, 从2012年到现在: from a year's start to the reference date
        rf"|(?P<ynow>(?P<y0>{YEAR})年(?:以来)?(?:到|至)(?:现在|目前|今天|如今|今))"
        # 2012年11月到2013年2月: months of two years
        rf"|(?P<ymrange>(?P<y1m>{YEAR})年(?P<ma>{MONTH})月(?:份)?{DASH}(?P<y2m>{YEAR})年(?P<mb>{MONTH})月(?:份)?)"
        rf"|(?P<year>(?:(?P<yearnum>{YEAR})年|(?P<yearnum>{BARE_YEAR})|(?P<relyear>{rel}))(?:同期)?)"
        # 今年后两个月: the year's last months (after a year only: 此后两个月 is a span of time)
        rf"(?P<last_months>后(?P<nlast>\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})个月)?"
        rf"(?P<months>(?P<m1>{MONTH})(?=月|{DASH}{MONTH}月)(?:月(?:份)?)?(?:(?P<d1>{DAY})日)?(?:{DASH}(?P<m2>{MONTH})月(?:份)?(?:(?P<d2>{DAY})日)?)?(?:(?P<mend>末|底))?)?"
        rf"(?P<part>{parts})?(?P<partend>末|底)?(?P<since>以来|至今|来(?=[，,]))?"  # 今年来，: 今年以来
        rf"(?P<onward>(?<=月|月份)(?:以后|后)(?=[，,]))?"  # 9月份后，: the rest of that year
        rf"|(?P<mrange>(?P<m1b>{MONTH})(?:月(?:份)?)?{DASH}(?P<m2b>{MONTH})月(?:份)?(?P<mendb>末|底)?)"
        rf"|(?P<mday>(?P<m1c>{MONTH})月(?:份)?(?:(?P<d1c>{DAY})[日号])?(?P<mendc>末|底)?"
        rf"(?P<onward>(?<=月|月份)(?:以后|后)(?=[，,]))?)"
        rf"|(?P<bare_part>{bare_parts})(?P<partend2>末|底)?(?P<since2>以来|至今)?"  # 年初至今: 年初以来
        rf"|(?P<first_months>[前头](?:(?P<nmonths>\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})个月"
        rf"|(?P<nquarters>[1-3一二两三])个季度))"  # 头三个季度: the year's first quarters
        # 每人每年670元: a rate per person and year, no period; 20多年来, 十几年来 are 多年来, 几年来 with a numeral
        rf"|(?<!每\p{{Han}})(?P<now>(?:(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})(?=[多几]年))?{now}"
        # 近6个月, 过去12个月: the months up to the reference date (创近6个月新高: a record's span, no duration)
        rf"|(?:近|最近|过去)(?:\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})个月(?:来|以来)?)"
        rf"|(?P<target>到(?P<tyear>{YEAR})年(?:底|末)?)"
        rf"|(?P<century>{trie_pattern(words['centuries'])})"  # 本世纪末: a year of the reference date's century
        # 由上月下降2.5%转为上涨15.9%: after a from-word, the month before the one the text spoke of
        rf"|(?<=(?:{trie_pattern(words['from_to']['openers'])}))(?P<last_month>{trie_pattern(load('kinds')['comparison']['previous_month'])})"
        # 同期，… (同日，…): alone at a clause's start, the period (the day) the text spoke of last
        rf"|(?<![^，,。；;：:\n])(?P<same>{SAME_PERIOD}|{trie_pattern(words['same_day']['words'])})(?=[，,])"
        rf"{'' if holiday_first else '|' + _NO_HOLIDAYS})"
    )


def _holidays(holidays: dict, rel: str) -> str:
    """今年国庆假期, 2025年春节假期, “五一”黄金周: a public holiday's break (its name needs a word of the break after
    it); 假期期间…, 假期，… opening a clause: the holiday the text named last (假期 alone only before a comma)."""
    return (rf"(?P<holiday>(?:(?P<hyear>{YEAR})年|(?P<hrel>{rel}))?“?(?P<hname>{trie_pattern(holidays['names'])})”?"
            rf"(?:{trie_pattern(holidays['after'])}))"
            rf"|(?<![^，,。；;\n])(?P<holiday_back>{trie_pattern(holidays['back'])})(?:(?=[，,])|(?<=期间))")


# The holiday groups in a text that names no holiday: they never match, and trying them costs nothing.
_NO_HOLIDAYS = "(?!)(?P<holiday>(?P<hyear>)(?P<hrel>)(?P<hname>))(?P<holiday_back>)"


OF_A_NUMBER = compiled(r"的\s*(?:[\d一二三四五六七八九十]|百分之)")  # 上年同期的11.3%, 一九七八年的百分之…: that value only
# 是1965年的121倍, 是1950年到2002年53年的总和: a multiple's or a sum's basis
MULTIPLE_OF = compiled(r"的?\s*[\d一二三四五六七八九十百千]+(?:\.\d+)?\s*倍|(?:[\d一二三四五六七八九十百]+年)?的?(?:总和|之和)")
BASIS_VALUE = compiled(r"的?\s*[\d一二三四五六七八九十]")  # 相比2020年102719亿元: after a basis word, 的 may go
OPTIONAL_OF = compiled(r"的?")
# 扭转了2019年以来的下滑势头: a period that modifies a noun is background to it
MODIFIES_A_NOUN = compiled(r"的(?![\d一二三四五六七八九十两])\p{Han}")


@lexical_cache
def background_after() -> regex.Pattern:
    """创近年新高, 年初确定的: what follows a period that is background to its phrase."""
    return compiled(rf"(?:以来)?的?(?:{trie_pattern(load('periods')['background']['words'])})")


@lexical_cache
def meeting_after() -> regex.Pattern:
    """去年9月26日|中央政治局会议: the meeting a day names, a few words after it (data: meeting_dates)."""
    return compiled(rf"\p{{Han}}{{0,{MEETING_NAME}}}?(?:{trie_pattern(load('periods')['meeting_dates']['words'])})")


MEETING_NAME = 8  # characters at most of who met between a day and its meeting (中央政治局)
_A_DAY = compiled(rf"{DAY}[日号]$")


def names_a_meeting(text: str, start: int, end: int) -> bool:
    """落实去年9月26日中央政治局会议部署的…: a day followed by a meeting names the meeting; it dates no clause."""
    return bool(_A_DAY.search(text, start, end)) and bool(meeting_after().match(text, end))


@lexical_cache
def own_figures_after() -> regex.Pattern:
    """从1-8月的数值看, 一季度数据显示: (的 and) a noun for the period's own figures."""
    return compiled(rf"的?(?:{trie_pattern(load('periods')['own_figures']['words'])})")


SAME_PERIOD = "同期"     # 上年同期: the same part of another year
SINCE = "以来"           # “十四五”以来: up to the reference date
ENDS = ("底", "末")      # 到2025年底: an instant at the end
CUMULATIVE = "累计"      # 1—8月累计: from the start of the year


def year_of(text: str) -> int:
    """2024 → 2024, 二〇二四 → 2024 (a year written digit by digit)."""
    if text.isdigit():
        return int(text)
    return int("".join(str(int(read_number(c.replace("○", "〇")) or 0)) for c in text))




@lexical_cache
def basis_year_pattern() -> regex.Pattern:
    """比2002年, 较一九七八年, 与2000年相比: the year a sentence compares with (group year)."""
    comparison = load("kinds")["comparison"]
    return compiled(rf"(?:{trie_pattern(comparison['openers'] + comparison['benchmark_openers'])})(?P<year>{YEAR})年")
