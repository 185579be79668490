"""What a document says about itself, read once before the stages run: its genre, its
reference date and place when the caller gave none, and the period that governs it.

    genre               work_report (政府工作报告), communique (统计公报), stats_release
                        (a statistics bureau's release), or news
    reference date      a dated byline or header, a work report's section headings, else the
                        latest year written
    place               the place in the title of a report or communiqué, else the level its
                        reference words speak at (全国/我国 → 中国, 全省 → the province the
                        text names most, 全市 → the city it names most)
    document period     the data year in a communiqué's title (2023年…统计公报)

The stages only read these fields of the Document; nothing here looks at a number.
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from typing import Literal

import regex

from .compiled import compiled
from .document import CLAUSE_BREAK, Document
from .fact import Period
from .lexicon import lexical_cache, load, trie_pattern
from .numerals import read_number
from .places import COUNTY, PREFECTURE, PROVINCE, REGION, canonical, lookup, place_pattern, resolve
from .period_grammar import DASH, DAY, FYP_NUMBER, HEADING, MONTH, NUMBERED_HEADING, SENTENCE_END, YEAR, fyp_years, year_of

GENRES = ("work_report", "communique", "stats_release", "news")
_HEAD = 300  # a title, a header or a byline stands in the first lines
_DATE = compiled(rf"({YEAR})年({MONTH})月({DAY})日")
# …and the numeric date of a web page's byline (2024-10-18 10:05, 2024/10/18), read in the head only
_NUMERIC_DATE = compiled(r"(?<![\d.:/-])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.:/-]\d)")
# 2021年1—11月份, 2017年4月份, 2023年: the latest month a title's year reaches
_TITLE_YEAR = compiled(rf"({YEAR})年(?:(?:{MONTH}月?{DASH})?({MONTH})月)?")
_LINE = compiled(r"[^\n]+")
_CLAUSE_BREAK = compiled(rf"[\s{regex.escape(CLAUSE_BREAK)}]")
_WRITTEN_YEAR = compiled(rf"({YEAR})年")
_FIVE_YEAR_PLAN = compiled(rf"“({FYP_NUMBER})五”")
_OPENING_YEAR = compiled(rf"(?m)(?:^|[。；;！？!?])\s*({YEAR})年(?![底末]?(?:{DASH}|以来))")
_REVIEW_LOOK = 8000  # characters under an undated review heading searched for the year it reviews
_DATA_YEAR = compiled(rf"({YEAR})年[^\n]{{0,30}}(?:统计公报|国民经济和社会发展)")


Source = Literal["given", "text", "name", "none"]  # where a date or place came from
_NOTE = compiled(r"[（(][^（）()]*[）)]")


def given_place(place: str | None) -> str | None:
    """The caller's place as the gazetteer names it (河南省洛阳市 → 洛阳市); a description that
    names places of several provinces (多省份（山东、广东…）, 四川省；云南省, 15个副省级城市（深圳、
    广州…）) is a national round-up, so 中国, as the gold articles annotate it; another description
    that names no one place leaves it to the text; an unknown name without such a note
    (长治经济开发区) is kept as given."""
    name = canonical(place)
    if name is not None and (lookup(name) or name == _words()["country"]):
        return name
    named = (lookup(m.group()) for m in place_pattern().finditer(place or ""))
    provinces = {p.province for p in named if p and p.level != REGION}
    if len(provinces) > 1 or any(word in (place or "") for word in _words()["round_up_words"]):
        return _words()["country"]
    if name is None:
        return None
    return None if _NOTE.search(place or "") or regex.search(r"\d|[；;、]", place or "") else name


def read_context(doc: Document) -> tuple[Source, Source]:
    """Fill in the Document's genre, and its date, place and document period where the
    caller left them out; return where the date and the place came from ("given", "text"
    or "none")."""
    doc.genre = genre_of(doc.text)
    date_source: Source = "given" if doc.date else "none"
    place_source: Source = "given" if doc.place else "none"
    if doc.date is None and not _head_dates(doc.text) and (named := date_in_name(doc.doc_id, doc.genre)):
        doc.date, date_source = named, "name"  # (a byline in the text outranks an archive's file name)
    elif doc.date is None and (inferred := infer_reference_date(doc.text, doc.genre)):
        doc.date, date_source = inferred, "text"
    if doc.place is None and (guessed := infer_place(doc.text, doc.genre)):
        doc.place, place_source = guessed, "text"
    doc.document_period = document_period(doc.text, doc.genre, doc.date)
    return date_source, place_source


def _words() -> dict:
    return load("context")


def genre_of(text: str) -> str:
    """The genre its title or head marks, else the genre at least two of whose body marks
    the text holds (an excerpt without its title), else the genre its words read like, else
    news (data/context.toml)."""
    title, head = text[:_HEAD].lstrip().split("\n", 1)[0], text[:_HEAD]
    for where, part in (("genre_title", title), ("genre_head", head)):
        for genre, marks in _words()[where].items():
            if any(mark in part for mark in marks):
                return genre
    for genre, marks in _words()["genre_body"].items():
        if sum(mark in text for mark in marks) >= 2 or _reads_like(genre, text):
            return genre
    return "work_report" if _speaks_of_its_own_place(text) else "news"


def _speaks_of_its_own_place(text: str) -> bool:
    """A government speaks of its own place (我省, 我市) outside a quotation, and no reporter's word stands in the
    text (context.toml [genre_style.work_report] own_place)."""
    style = _words()["genre_style"]["work_report"]
    return not _count(style["against"], text) and _count(style["own_place"], _QUOTED.sub("", text)) >= style["own_place_least"]


def _reads_like(genre: str, text: str) -> bool:
    """The genre's style words, less its opposite's, come often enough in the text (context.toml)."""
    if (style := _words()["genre_style"].get(genre)) is None or not text:
        return False
    marks, against = _count(style["marks"], text), _count(style["against"], text)
    if (marks - style["against_weight"] * against) * 1000 / len(text) >= style["per_thousand"] \
            and marks >= style["marks_least"] \
            or not against and marks >= style["marks_alone"]:
        return True
    sentences = [s for s in _SENTENCE.findall(text) if len(s) >= _SENTENCE_LEAST]
    return len(sentences) >= style["opener_sentences"] \
        and sum(s.startswith(tuple(style["openers"])) for s in sentences) >= style["opener_share"] * len(sentences)


_SENTENCE = compiled(r"[^。！？!?\n\s][^。！？!?\n]*")
_QUOTED = compiled(r"“[^“”\n]*”")  # what a story quotes an official saying (“我省将…”)
_SENTENCE_LEAST = 6  # characters of a sentence counted (not a heading's 一、)


def _count(marks: list[str], text: str) -> int:
    return sum(text.count(mark) for mark in marks)


def document_period(text: str, genre: str = "news", date: str | None = None) -> Period | None:
    """The period governing a whole document: the year in a communiqué's title
    ("2023年国民经济和社会发展统计公报"), else the year before the reference year for a
    communiqué (published the next spring) or a work report (its review; its plan sections
    carry their own dated headings)."""
    m = _DATA_YEAR.search(text[:_HEAD])
    if m:
        year = year_of(m.group(1))
        return Period(text=m.group(0)[: len(m.group(1)) + 1], start=f"{year:04d}-01-01", end=f"{year:04d}-12-31")
    if genre == "work_report" and date and (part := _headless_part(text, int(date[:4]))):
        first, last = (int(date[:4]),) * 2 if part == "plan_year" else (int(date[:4]) - 5, int(date[:4]) - 1)
        return Period(text=_words()[part], start=f"{first:04d}-01-01", end=f"{last:04d}-12-31")
    if genre in ("work_report", "communique") and date:
        # a report reviews, and a communiqué reports, the year before the one it comes out in
        year = int(date[:4]) - 1
        text = _words()["review_year"] if genre == "work_report" else f"{year}年"
        return Period(text=text, start=f"{year:04d}-01-01", end=f"{year:04d}-12-31")
    return None


def _headless_part(text: str, year: int) -> str | None:
    """An excerpt of a report's plan ("plan_year") or of a five-year review ("five_year_review"),
    without the head or heading that would say so: its words before the first numbered heading
    tell (data/context.toml); so does the report's year, when they say no more of one year than of
    five (a report that opens a government's term reviews the whole term); else None, a review of the
    year before."""
    head = text[:_HEAD]
    if any(mark in head for where in ("genre_title", "genre_head") for mark in _words()[where]["work_report"]):
        return None  # the report from its start: its review comes first
    lead = text[:heading.start()] if (heading := NUMBERED_HEADING.search(text)) else text
    style = _words()["plan_style"]
    results = _count(style["results"], lead) - _count(style["not_results"], lead)
    if _count(style["plans"], lead) >= style["ratio"] * (results + 1):
        return "plan_year"
    five, one = _count(style["five_years"], lead), _count(style["one_year"], lead)
    if five >= 2 and five > one:
        return "five_year_review"
    term = _words()["terms"]
    opens_a_term = year >= term["first_year"] and (year - term["first_year"]) % term["years"] == 0
    # (an excerpt that opens at a heading is dated by its headings)
    return "five_year_review" if opens_a_term and one <= five and len(lead) >= TERM_LEAD else None


TERM_LEAD = 200  # characters at least before the first heading for a report's year alone to date them


def infer_reference_date(text: str, genre: str = "news") -> str | None:
    """A reference date from the text when the caller gave none: a full date in the head
    (a byline or a delivery date), else the latest full date written in the text, else, for a
    work report, the day it was given in the year after its review (report_year), else the
    last day of the latest year written beside 今年 that is no goal (到2035年; the year after it
    when 今年 is later than that year's close: 2012年四季度…今年一季度), else the end of the latest
    period a head's year names (2021年1—11月份 → 2021-11-30). (A story's latest year without 今年
    is as often a past level it compares with as its own: its periods are better read undated.)"""
    if found := _head_dates(text):
        return max(found).isoformat()
    if genre == "work_report" and (year := report_year(text)):
        # (before the dates of its body: a report recalls 1997年7月1日 and plans to 2020年)
        return f"{year:04d}-{_words()['report_day']}"
    if found := _dates(text):
        return max(found).isoformat()
    if "今年" in text and (years := [year_of(m.group(1)) for m in _WRITTEN_YEAR.finditer(text)
                                     if not _a_goal(text, m.start())]):
        if named := _this_year_named().search(text):
            return f"{year_of(named.group(1))}-12-31"  # 今年是2024年
        latest = max(years)
        # 2023年，中部地区生产总值…; 2012年四季度…今年一季度: the latest year written is over, so 今年 is the next
        # one, unless a part of it still running is written (2022年上半年全国GDP…: a story of that summer)
        return f"{latest if _year_running(text, latest) else latest + 1}-12-31"
    return _title_period_end(_head(text))


def _dates(part: str, numeric: bool = False) -> list[dt.date]:
    """The full dates written in ``part`` (2024年10月18日; ``numeric``: also 2024-10-18, 2024/10/18)."""
    found = []
    written = [(m.group(1), m.group(2), m.group(3)) for m in _DATE.finditer(part)]
    if numeric:
        written += [(m.group(1), m.group(3), m.group(4)) for m in _NUMERIC_DATE.finditer(part)]
    for year, month, day in written:
        try:
            found.append(dt.date(year_of(year), int(read_number(month) or 0), int(read_number(day) or 0)))
        except (ValueError, TypeError):
            continue
    return found


def _head_dates(text: str) -> list[dt.date]:
    """The dates of a title, a header or a byline."""
    return _dates(_head(text), numeric=True)


# an archive's name for a story: nw_cctv_20170717_…, 2024-10-18-xinhua, report_2019_03_05
# (not inside a run of letters and digits: a content hash such as 9e20170512b dates nothing)
_NAME_DATE = compiled(r"(?<![0-9A-Za-z])((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![0-9A-Za-z])")
_NAME_YEAR = compiled(r"(?<![0-9A-Za-z])((?:19|20)\d{2})(?![0-9A-Za-z])")
_NAME_MONTH = compiled(r"(?<![0-9A-Za-z])((?:19|20)\d{2})[mM](0[1-9]|1[0-2])(?![0-9A-Za-z])")  # sr_nbs_2017m04


def date_in_name(name: str | None, genre: str) -> str | None:
    """The day a document's name (its file name or doc_id) dates it, when its text has no dated
    head: a full date (nw_cctv_20170717_…, the day a story ran), a month (sr_nbs_2017m04, the last
    day of the month a release reports), the one year in a work report's name (wr_china_1989: a
    report is named by the year it is given in, report_day) or in a communiqué's (cm_luoyang_2023:
    the year it reviews, as its title names it; communique_day in the year after). A lone year in a story's name says nothing sure."""
    if not name:
        return None
    for m in _NAME_DATE.finditer(name):
        try:
            return dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4))).isoformat()
        except ValueError:
            continue
    if m := _NAME_MONTH.search(name):  # a monthly release, named by the month it reports: dated by its end
        year, month = int(m.group(1)), int(m.group(2))
        return dt.date(year, month, calendar.monthrange(year, month)[1]).isoformat()
    years = {m.group(1) for m in _NAME_YEAR.finditer(name)}
    if genre == "work_report" and len(years) == 1:
        return f"{years.pop()}-{_words()['report_day']}"
    if genre == "communique" and len(years) == 1:
        return f"{int(years.pop()) + 1}-{_words()['communique_day']}"  # issued the spring after
    return None


def _year_running(text: str, year: int) -> bool:
    """2022年上半年, 2021年1-2月, 2022年一季度: the text names a part of ``year`` that ends before December
    (a month alone, 2016年9月, says nothing: an event of a year that may be over)."""
    parts = load("periods")["year_parts"]
    for m in regex.finditer(rf"{year}年", text):
        period = _year_part().match(text, m.end())
        if period and (period.group("part") and parts[period.group("part")][1] < 12
                       or period.group("last") and (read_number(period.group("last")) or 12) < 12):
            return True
    return False


@lexical_cache
def _this_year_named() -> regex.Pattern:
    """今年是2024年, 今年（2024年）: the year 今年 is (data context.this_year_named)."""
    return compiled(rf"(?:{trie_pattern(_words()['this_year_named'])})({YEAR})年")


@lexical_cache
def _year_part() -> regex.Pattern:
    """What may follow a year: one of its parts (上半年, 一季度 …) or a range of its months (1-2月, 1—5月份)."""
    return compiled(rf"(?P<part>{trie_pattern(load('periods')['year_parts'])})|{MONTH}{DASH}(?P<last>{MONTH})月")


def _a_goal(text: str, start: int) -> bool:
    """到2035年, 力争2027年: a year written as a goal is no year the text can be written in."""
    if any(text.startswith(w, start - len(w)) for w in _words()["future_year_before"]):
        return True
    opener = next((w for w in _words()["future_year_opening"] if text.startswith(w, start - len(w))), None)
    return opener is not None and (start == len(opener) or _CLAUSE_BREAK.match(text, start - len(opener) - 1) is not None)


def report_year(text: str) -> int | None:
    """The year a work report without a dated head was given: the year after the one its review
    heading names (一、1998年工作回顾), or the year its plan heading names (二、2005年工作任务), else
    the year after one it calls just past (刚刚过去的1984年), else
    what its section headings say (_year_of_headings), or None."""
    if heading := _report_heading().search(text):
        year = year_of(heading.group("year"))
        return year + 1 if heading.group("review") else year
    if past := _reviewed_year().search(text):
        return year_of(past.group(1)) + 1
    return _year_of_headings(text)


@lexical_cache
def _reviewed_year() -> regex.Pattern:
    return compiled(rf"(?:{trie_pattern(_words()['review_year_before'])})({YEAR})年")


def _year_of_headings(text: str) -> int | None:
    """The first heading line that dates the report: a review naming a year (1998年工作回顾和1999年
    工作的总体要求) or a five-year plan (“十一五”时期…的回顾) is followed by the report of the
    year after; an undated review (过去五年工作回顾) by the year after the one its first sentence
    opens with (2002年，…); another heading naming a year (二、2004年主要任务) is the report's own."""
    mark = _words()["review_mark"]
    for line in _heading_lines(text):
        year = _WRITTEN_YEAR.search(line.group())
        if mark in line.group():
            if year:
                return year_of(year.group(1)) + 1
            if plan := _FIVE_YEAR_PLAN.search(line.group()):
                return fyp_years(int(read_number(plan.group(1)) or 0))[1] + 1
            if opening := _OPENING_YEAR.search(text, line.end(), line.end() + _REVIEW_LOOK):
                return year_of(opening.group(1)) + 1
        elif year:
            return year_of(year.group(1))
    return None


def _heading_lines(text: str):
    """Lines short enough to be section headings and without sentence punctuation."""
    return (m for m in _LINE.finditer(text) if len(m.group().strip()) <= HEADING and not SENTENCE_END.search(m.group()))


@lexical_cache
def _report_heading() -> regex.Pattern:
    return compiled(rf"(?P<year>{YEAR})年(?:(?P<review>{trie_pattern(_words()['review_headings'])})"
                    rf"|{trie_pattern(_words()['plan_headings'])})")


def _title_period_end(head: str) -> str | None:
    """The last day a head's latest year reaches: 2021年1—11月份 → 2021-11-30, 2023年…统计公报
    → 2023-12-31 (its periods then resolve in that year; the paragraphs below repeat none)."""
    ends = []
    for m in _TITLE_YEAR.finditer(head):
        if _a_goal(head, m.start()):
            continue
        year, month = year_of(m.group(1)), int(read_number(m.group(2)) or 12) if m.group(2) else 12
        if 1 <= month <= 12:
            ends.append(dt.date(year, month, calendar.monthrange(year, month)[1]))
    return max(ends).isoformat() if ends else None


def infer_place(text: str, genre: str = "news") -> str | None:
    """The place a document is about when the caller names none (see the module docstring)."""
    # (新华社北京10月18日电: where the story was filed; the match is bounded: the regex module looks for a
    # pattern's required 电 to the end of the string before it matches, per place — quadratic in a long text)
    named = [p for p in (lookup(m.group()) for m in place_pattern().finditer(text)
                         if not _dateline().match(text, m.end(), m.end() + DATELINE_REACH)) if p is not None]
    places = [p for p in named if p.level != REGION]  # 长三角 is no one province
    if genre in ("work_report", "communique", "stats_release"):
        title = _title(text)
        if any(word in title for word in _words()["country_titles"]):
            return _words()["country"]  # 中华人民共和国…统计公报, 政府工作报告 of the State Council
        titled = [lookup(m.group()) for m in place_pattern().finditer(title)]
        if titled := [p for p in titled if p is not None]:
            return titled[-1].name  # 2023年洛阳市…统计公报: the most specific place of the title
    if genre == "news" and (headline := _headline_place(text)) is not None:
        return headline  # 【活力中国调研行】湖北天门：…, 前四个月我国外贸…, 吉林…黑龙江…
    if genre == "news" and (deepest := _one_chain(places)) is not None:
        return deepest  # 陕西省商洛市柞水县…, 柞水县 again and again: a story about the county, its province above it
    if (dominant := _dominant_city(places)) is not None:
        return dominant  # 长治 fifteen times, 山西 (its province) twelve, 北京 once: a story about 长治
    provinces = Counter(p.province for p in places if p.province)
    if genre == "work_report" and (own := _own_province(text, provinces)) is not None:
        return own  # 福建 155 times, 台湾 18, 全国 56 (居全国第一): a province's report without its title
    if genre == "news" and (region := _dominant_region(named, provinces)) is not None:
        return region  # 长三角 written more often than its provinces together
    level = _speaking_level(text)
    if genre == "news" and (province := _dominant_province(text, provinces, places)) is not None:
        return province  # 安徽 six times, 全国 three (高于全国1.2个百分点): a story about 安徽
    if level == "country" or level is None and len(provinces) >= ROUND_UP:
        return _words()["country"]  # places of many provinces and no one of them ahead: a round-up
    if level == "province" and provinces:
        return provinces.most_common(1)[0][0]
    cities = Counter(p.name for p in places if p.level == "prefecture")  # counties do not vote
    if len(cities) >= ROUND_UP and len({lookup(c).province for c in cities}) == 1:
        return lookup(next(iter(cities))).province  # 福州、厦门、泉州…: a story of a province's cities
    cities = Counter({name: n for name, n in cities.items() if n >= 2})
    if cities:
        return max(cities, key=lambda n: (cities[n], -text.find(n[:2])))
    if provinces and provinces.most_common(1)[0][1] >= 2:
        return provinces.most_common(1)[0][0]
    if genre == "news" and not named and not any(_level_pattern(level).search(text) for level in ("province", "city")):
        return _words()["country"]  # a story that names no place and no 全省/全市 is the country's
    return None


def _own_province(text: str, provinces: Counter) -> str | None:
    """The province a work report that says 全省 (我省, 全市) names far more often than any other (its own:
    OWN_MENTIONS times at least, OWN_AHEAD times the next), else None — a national report names 香港 and
    台湾, which give no mainland government's report (data context.no_report_places)."""
    ranked = [(name, n) for name, n in provinces.most_common() if name not in _words()["no_report_places"]]
    if not ranked or not any(_level_pattern(level).search(text) for level in ("province", "city")):
        return None
    (first, n), rest = ranked[0], ranked[1][1] if len(ranked) > 1 else 0
    return first if n >= OWN_MENTIONS and n >= OWN_AHEAD * rest else None


OWN_MENTIONS = 15  # times a province's own report names it, at the least (吉林 30, 河北 38; the national 香港 ≤ 20)
OWN_AHEAD = 4  # …and that many times the province named next (福建 155 against 台湾 18; 1997's 香港 20 against 台湾 7)


def _one_chain(places: list) -> str | None:
    """The most specific of places that all lie on one line down from a province (陕西省 ⊃ 商洛市 ⊃ 柞水县), the
    deepest written at least CHAIN_MENTIONS times and more often than the others together; None when another
    place stands beside them."""
    if not places:
        return None
    deepest = max(places, key=lambda p: _DEPTH.get(p.level, 0))
    line = {deepest.name, deepest.province, deepest.city}
    mentions = sum(p.name == deepest.name for p in places)
    return deepest.name if mentions >= CHAIN_MENTIONS and mentions > len(places) - mentions and all(p.name in line for p in places) \
        and _DEPTH.get(deepest.level, 0) > _DEPTH[PROVINCE] else None


CHAIN_MENTIONS = 2  # times the deepest place of a chain is written for it to own the story
_DEPTH = {PROVINCE: 1, PREFECTURE: 2, COUNTY: 3}


DATELINE_REACH = 12  # characters after a place where its dateline's day and 电 end (\u300010月18日电)


@lexical_cache
def _dateline() -> regex.Pattern:
    """The day and 电 after a dateline's place (北京|10月18日电)."""
    return compiled(rf"\s*{MONTH}月{DAY}日{regex.escape(_words()['dateline_end'])}")


def _headline_place(text: str) -> str | None:
    """The place a news headline is about: the places before its colon (湖北天门： → 天门市, the most
    specific), a region (推动西部大开发 → 西部地区), the country (我国外贸…), or the country when it
    names two provinces or more (吉林…黑龙江…: a round-up, as its gold reads it)."""
    headline = _HEADLINE_TAG.sub("", _title(text)).removeprefix(_words()["headline_prefix"])
    run, pos = [], 0
    while (found := place_pattern().match(headline, pos)) is not None:
        # 广西兴安: the county inside the province just named (not 兴安盟)
        run.append(resolve(run[-1].name, found.group()) or lookup(found.group()) if run and run[-1] else lookup(found.group()))
        pos = found.end()
    colon = min((at for c in _words()["headline_colons"] if (at := headline.find(c, pos)) >= 0), default=-1)
    if run and run[-1] and 0 < colon - pos <= SHORT_NAME and (inner := resolve(run[-1].name, headline[pos:colon])):
        run.append(inner)  # 浙江安吉：: a county's short form, which running text is not searched for, after its province
        pos = colon
    if run and headline.startswith(tuple(_words()["headline_colons"]), pos) and all(run):
        return run[-1].name
    if any(word in headline for word in _words()["headline_country"]):
        if run and all(run) and not _country_spoken_of(headline):
            return run[-1].name  # 安徽…增速居全国前列: the place the headline opens with, ranked in the country
        return _words()["country"]
    named = [lookup(m.group()) for m in place_pattern().finditer(headline)]
    if run and all(run) and len(named) == len(run) and run[-1].level != REGION:
        return run[-1].name  # 苏州上半年GDP突破1.2万亿元: the one place the headline opens with
    regions, rest = set(), headline
    for form in sorted(_words()["headline_regions"], key=len, reverse=True):  # 中西部 before 西部
        if form in rest:
            regions.add(_words()["headline_regions"][form])
            rest = rest.replace(form, "")
    if len(regions) == 1:
        return regions.pop()  # (东部企稳明显 转型向中西部延伸: two regions, a national story)
    provinces = {p.province for p in named if p is not None and p.level != REGION}
    return _words()["country"] if len(provinces) >= 2 else None


def _country_spoken_of(headline: str) -> bool:
    """Whether a country word of the headline is its subject, not a comparison's scope (居全国前列)."""
    scopes = tuple(_words()["headline_scopes"])
    for word in _words()["headline_country"]:
        at = headline.find(word)
        while at >= 0:
            if not headline.endswith(scopes, 0, at):
                return True
            at = headline.find(word, at + 1)
    return False


_HEADLINE_TAG = compiled(r"^【[^】]*】")  # 【活力中国调研行】: the column, not the story
SHORT_NAME = 4  # characters at most of a place's short form between a province and a headline's colon

DOMINANT = 5  # mentions a city needs before it can own a story outright
ROUND_UP = 3  # provinces a story names, none ahead, for it to be a national round-up
REGION_MENTIONS = 4  # a region named in passing (西部地区 three times in a national story) owns nothing


def _dominant_province(text: str, provinces: Counter, places: list) -> str | None:
    """The province written at least DOMINANT_PROVINCE times, three times as often as any other
    and at least as often as the country's reference words (全国 in comparisons); not when all its
    mentions name one place inside it (郑州 four times, 河南 never: a story about 郑州)."""
    if not provinces:
        return None
    (province, n), *rest = provinces.most_common(2)
    country = sum(1 for _ in _level_pattern("country").finditer(text))
    inside = {p.name for p in places if p.province == province}
    return province if n >= DOMINANT_PROVINCE and n >= 3 * (rest[0][1] if rest else 0) and n >= country \
        and (len(inside) > 1 or province in inside) else None


DOMINANT_PROVINCE = 4


def _dominant_region(named: list, provinces: Counter) -> str | None:
    """A region of provinces written more often than its provinces together."""
    regions = Counter(p.name for p in named if p.level == REGION)
    if not regions:
        return None
    region, n = regions.most_common(1)[0]
    return region if n >= REGION_MENTIONS and n > sum(provinces.values()) else None


def _dominant_city(places: list) -> str | None:
    """The city written more often than every other city and every place outside its own
    province together (泉州 among 福州、厦门、漳州… is one of a province's cities)."""
    cities = Counter(p.name for p in places if p.level == "prefecture")
    if not cities:
        return None
    city, n = cities.most_common(1)[0]
    province = lookup(city).province
    others = sum(1 for p in places if p.province != province or p.level == "prefecture" and p.name != city)
    return city if n >= DOMINANT and n > others else None


def _title(text: str) -> str:
    """The first line when it reads as a title: short and without sentence punctuation."""
    first = text[:_HEAD].lstrip().split("\n", 1)[0]
    return "" if len(first) > 60 or regex.search(r"[，。；,;]", first) else first


def _head(text: str) -> str:
    """The title, header and byline lines: the first three lines, at most 300 characters."""
    return "\n".join(text[:_HEAD].split("\n")[:3])


def _speaking_level(text: str) -> str | None:
    """country, province or city: the level of the reference words (全国, 全省, 全市 …) the
    text uses most, if it uses any at least twice."""
    counts = {level: sum(1 for _ in _level_pattern(level).finditer(text)) for level in ("country", "province", "city")}
    level, n = max(counts.items(), key=lambda item: item[1])
    return level if n >= 2 else None


@lexical_cache
def _level_pattern(level: str) -> regex.Pattern:
    return compiled(trie_pattern(_words()["reference_words"][level]))
