"""The one document model every stage reads and fills in.

A Document holds the original text, its normalised form and offset map, the paragraph and
sentence boundaries, and the Mentions found so far. Stages (czfacts/rules/) add to the
Mentions; nothing re-parses the text. All offsets inside a Document are into the
normalised text until extract.py maps them back.
"""
from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import takewhile

import regex

from .compiled import compiled
from .fact import Period
from .normalize import Normalized, normalize

SENTENCE_END = compiled(r"[。！？!?\n]+")  # a semicolon joins clauses of one sentence
CLAUSE_BREAK = "，,：:;；。！？!?\n"
LIST_MARK = "、"  # the mark between the items of a list (省、市、县)
_FRAME_END = compiled(r"[，,]\s*")
FRAME_TAIL = 2  # characters between a framing period and its comma (去年初，, 年底前，)
SEMICOLON = compiled(r"[；;]")  # ends a part of a sentence: a report's item, a story's part
CLAUSE_COMMAS = ("，", ",")  # the commas after a clause that frames what follows (9月5日，…; 在张家港市，…)
_LONE_SURROGATE = compiled("[\ud800-\udfff]")
# …and the space a headline parts its phrases with, the one space after Han characters that
# normalising keeps (工业经济回暖 全市规上工业增长8.2%, …GDP出炉 19省份增速跑赢全国).
# (a space between words; the bracket closing a column's name that opens a line: 【非凡十年】贵州GDP…)
_CLAUSE_BREAK_RE = compiled(rf"[{regex.escape(CLAUSE_BREAK)}]|(?<=\p{{Han}}) (?=\p{{Han}}|\d)|】(?<=(?:^|\n)【[^】\n]{{1,24}}】)")
_BRACKETED = compiled(r"\([^()\n。]{1,30}\)")  # a short note in brackets, within its sentence


@dataclass(slots=True)
class Attribute:
    """A value attached to a mention and where it was read (normalised offsets)."""

    value: object
    start: int | None = None
    end: int | None = None
    how: str = "explicit"
    years: tuple[int, ...] = ()    # a period of several full years (近三年), for 分别 lists


@dataclass(slots=True)
class Mention:
    """One quantity in the text, filled in stage by stage."""

    start: int                     # span of number, scale and unit (normalised offsets)
    end: int
    value: float
    unit: str
    kind: str
    rule: str
    upper: float | None = None
    bound: str = "eq"
    classifier: str | None = None
    scope: str | None = None
    surface_unit: str | None = None
    metric: Attribute | None = None
    subject: Attribute | None = None
    period: Attribute | None = None  # Attribute(value=Period)
    modality: str = "actual"
    comparison: str | None = None
    change_of_level: bool = False  # 比上年增加1442家: metric gets 增量
    list_id: int | None = None     # mentions of one 、/和 list share an id
    from_table: bool = False       # read from a table cell (rules/table.py): later stages leave it alone
    refined_by: list[str] = field(default_factory=list)  # later rules that changed it

    def refine(self, rule: str) -> None:
        if rule not in self.refined_by:
            self.refined_by.append(rule)

    @property
    def rule_chain(self) -> str:
        """quantity.unit+kind.growth+distribute: every rule that shaped the fact."""
        return "+".join([self.rule, *self.refined_by])


@dataclass(slots=True)
class PeriodMention:
    start: int
    end: int
    period: Period
    year: int | None = None        # the year it names, for parts that follow (上半年 …)
    local: bool = False            # 上年同期的11.3%: governs only the value right after it
    governs: bool = True           # False inside a name or bracket (2019年以来的下滑势头)
    instant_now: bool = False      # 目前 …: a stock at the reference date
    years: tuple[int, ...] = ()    # 近三年: the full years, for 分别 lists
    rule: str = "period"           # the period shape (rules/period.py) that resolved it
    until: int | None = None       # 由一季度下降6.8%转为增长3.2%: governs only up to 转为
    frame: bool = True             # opens its clause: governs later sentences too (not …项目9月底前全部开工)


@dataclass
class Document:
    original: str
    norm: Normalized
    text: str = field(init=False, repr=False, compare=False)  # norm.text: an attribute, as stages read it a million times a run
    date: str | None = None
    place: str | None = None
    doc_id: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    periods: list[PeriodMention] = field(default_factory=list)
    masked: list[tuple[int, int]] = field(default_factory=list)  # spans that are not facts
    document_period: Period | None = None
    genre: str = "news"            # context.py: work_report, communique, stats_release or news
    value_lists: list | None = None  # rules/distribute.py: the 分别 lists, found once
    county_short_forms: dict | None = None  # rules/subject.py: 五常 → (五常市, where the full name is first written)
    story_firm: tuple | None = None  # rules/subject.py: (the firm a results story is about,), () when none
    # rules/kind.py governing_span by (number start, number of mentions): the kind and metric
    # stages read each number's phrase three times
    governing_spans: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    # rules/kind.py rate_topic, each looked for once: paragraph start → its first rate phrase and, when that names no
    # level, the first after it that may; and the last search after a number (from, to, found)
    rate_topics: dict[int, tuple[regex.Match | None, regex.Match | None]] = field(default_factory=dict)
    rate_topic_after: tuple[int, int, regex.Match | None] = (-1, -1, None)
    section_periods: list[tuple[int, Period | None]] = field(default_factory=list)  # (heading start, period; None: a glossary)
    _period_starts: list[int] = field(default_factory=list)
    _masked_sorted: bool = False
    _masked_ends: list[int] = field(default_factory=list)
    _first_in_sentence: dict[tuple[str, int], int] = field(default_factory=dict)  # (word, sentence start) → where
    # boundaries as machine integers: a list of int objects took 40 bytes each, 13 MB in a 10 MB article
    _paragraph_starts: array[int] = field(default_factory=lambda: array("q"))
    _clause_breaks: array[int] = field(default_factory=lambda: array("q"))
    _sentence_starts: array[int] = field(default_factory=lambda: array("q"))
    _sentence_ends: array[int] = field(default_factory=lambda: array("q"))  # before its closing line breaks

    @classmethod
    def from_text(cls, text: str, *, date=None, place=None, doc_id=None) -> "Document":
        # a lone surrogate (a str built by the caller) cannot be written as UTF-8: U+FFFD in its place,
        # one for one, so that the facts' text serialises and every offset holds
        original = _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text
        doc = cls(original, normalize(original), date=date, place=place, doc_id=doc_id)
        t = doc.text
        doc._paragraph_starts = array("q", [0, *(m.end() for m in regex.finditer(r"\n", t))])
        ends = list(SENTENCE_END.finditer(t))
        doc._sentence_starts = array("q", [0, *(m.end() for m in ends)])
        doc._sentence_ends = array("q", [*(m.start() + len(m.group().rstrip("\n")) for m in ends), len(t)])
        # a comma inside a bracketed note (固定资产投资(不含农户，下同)比上年下降7.5%) ends no clause
        # (only the breaks inside a note are kept aside: a set of every bracketed character grew with the text)
        inside = {c.start() for b in _BRACKETED.finditer(t) for c in _CLAUSE_BREAK_RE.finditer(t, b.start(), b.end())}
        doc._clause_breaks = array("q", (m.start() for m in _CLAUSE_BREAK_RE.finditer(t) if m.start() not in inside))
        return doc

    def __post_init__(self) -> None:
        self.text = self.norm.text

    def section_period(self, pos: int) -> Period | None:
        """The period of the nearest heading above ``pos``, else the document's."""
        # headings are found in text order: bisect, not a scan per period (many short heading lines)
        above = bisect.bisect_left(self.section_periods, self.paragraph(pos)[0], key=lambda section: section[0])
        return self.section_periods[above - 1][1] if above else self.document_period

    def paragraph(self, pos: int) -> tuple[int, int]:
        """[start, end) of the line holding ``pos``."""
        i = bisect.bisect_right(self._paragraph_starts, pos) - 1
        start = self._paragraph_starts[i]
        end = self._paragraph_starts[i + 1] - 1 if i + 1 < len(self._paragraph_starts) else len(self.text)
        return start, end

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return self._sentence_starts[i], self._sentence_ends[i]

    def bracket_open(self, start: int, end: int) -> bool:
        """A bracket opened in text[start:end] is still open at ``end`` (the normalised text's
        brackets are ASCII): 幼儿园1250所(其中:民办 , (2020年价格."""
        return self.text.rfind("(", start, end) > self.text.rfind(")", start, end)

    def clause_start(self, pos: int) -> int:
        """Start of the clause (comma-delimited) that holds ``pos``."""
        i = bisect.bisect_left(self._clause_breaks, pos) - 1
        return self._clause_breaks[i] + 1 if i >= 0 else 0

    def clause_end(self, pos: int) -> int:
        """Where the clause that holds ``pos`` ends: the next clause break, or the text's end."""
        i = bisect.bisect_left(self._clause_breaks, pos)
        return self._clause_breaks[i] if i < len(self._clause_breaks) else len(self.text)

    def mentions_between(self, start: int, end: int) -> Iterator[Mention]:
        """The mentions that start in [start, end), in text order (found by bisection, not a scan, and not
        a copy of the list's tail)."""
        mentions = self.mentions
        at = bisect.bisect_left(mentions, start, key=lambda m: m.start)
        return takewhile(lambda other: other.start < end, (mentions[i] for i in range(at, len(mentions))))

    def mention_before(self, pos: int) -> Mention | None:
        """The last quantity that ends by ``pos``, if any."""
        i = bisect.bisect_right(self.mentions, pos, key=lambda m: m.end) - 1
        return self.mentions[i] if i >= 0 else None

    def phrase_start(self, pos: int) -> int:
        """Start of the text that can describe a number at ``pos``: its clause, but not
        before the end of the quantity before it (GDP 完成 1195.7 亿元、增长 1.7%)."""
        start = self.clause_start(pos)
        before = self.mention_before(pos)
        return max(start, before.end) if before else start

    def first_in_sentence(self, word: str, pos: int) -> int:
        """Where ``word`` first stands in the sentence that holds ``pos`` (-1: nowhere), looked for once
        per sentence: slicing the sentence up to each number was quadratic in a sentence of many."""
        start, end = self.sentence(pos)
        if (found := self._first_in_sentence.get((word, start))) is None:
            found = self._first_in_sentence[(word, start)] = self.text.find(word, start, end)
        return found

    def period_at(self, pos: int) -> PeriodMention | None:
        """The period expression that begins at ``pos`` (one bisection: a frame looked for where a clause
        opens, not a list of every period up to a number)."""
        found = self.periods_between(pos, pos + 1)
        return found[0] if found else None

    def past_frames(self, start: int, end: int) -> int:
        """Where the words at ``start`` begin after the periods that frame them and their commas, before ``end``
        (one period looked up at a time: listing all of a long sentence's periods per number was quadratic)."""
        while start < end and (p := self.period_at(start)) is not None:
            start = p.end
            comma = _FRAME_END.search(self.text, start, min(end, start + FRAME_TAIL + 1))
            start = comma.end() if comma else start  # (去年初，: the part of the year before the comma)
        return start

    def periods_between(self, start: int, end: int) -> list[PeriodMention]:
        """Period expressions that begin in [start, end), in text order (found in order)."""
        starts = [p.start for p in self.periods] if len(self._period_starts) != len(self.periods) else self._period_starts
        self._period_starts = starts
        return self.periods[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def mask(self, start: int, end: int) -> None:
        """Mark [start, end) as a span that gives no fact (a period, a label)."""
        self.masked.append((start, end))
        self._masked_sorted = False

    def is_masked(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a non-fact span (masked spans are sorted first)."""
        i = self._first_mask_after(start)
        return i < len(self.masked) and self.masked[i][0] < end

    def masked_end(self, pos: int) -> int | None:
        """The end of the masked span holding ``pos``, else None."""
        i = self._first_mask_after(pos)
        return None if i == len(self.masked) or self.masked[i][0] > pos else self.masked[i][1]

    def _first_mask_after(self, pos: int) -> int:
        """The index of the first masked span ending after ``pos`` (merged and sorted first)."""
        if not self._masked_sorted:  # merge into disjoint sorted spans once, then bisect
            merged: list[tuple[int, int]] = []
            for a, b in sorted(self.masked):
                if merged and a <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
                else:
                    merged.append((a, b))
            self.masked = merged
            self._masked_ends = [b for _, b in merged]
            self._masked_sorted = True
        return bisect.bisect_right(self._masked_ends, pos)
