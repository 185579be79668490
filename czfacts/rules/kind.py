"""Kind, sign and comparison from the word that governs a quantity (SPEC §2).

The governing word stands just before the number; only fillers (bound words, 了, 分别,
同比, 为, 达) may come between. A value inside a 、/和 list takes the governing word of
the list's first value (分别增长58.6%、14.3%、18%).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..compiled import compiled
from ..document import Document, Mention
from ..period_grammar import continuations, from_openers
from ..places import lookup, place_pattern
from ..lexicon import alternation, lexical_cache, load, trie_pattern, words
from ..lexicon import bounds as bound_words
from ..numerals import DIGIT_CHARS, SMALL_UNIT_CHARS, read_number
from ..tokenize import tag, word_bounds
from .base import Example, Rule
from .nouns import clean, joins, names_a_partner, per_unit_pattern
from .distribute import share_bounds, share_comparisons
from .modality import goal_named_after
from .quantity import bound_word_after, ratio_noun_ends
from .quantity.bounds import before_bound
from .quantity.ranks import scope_words


@lexical_cache
def _rate_topic() -> regex.Pattern:
    qualifiers, nouns = alternation("kinds", "rate", "qualifiers"), alternation("kinds", "rate", "nouns")
    return compiled(rf"(?P<level>[\p{{Han}}A-Za-z]{{0,12}}?){qualifiers}?{nouns}")


def bracketed(doc: Document, m: Mention) -> bool:
    """The number alone in brackets after a name: 江西（6.9%）."""
    text = doc.text
    return m.start > 1 and text[m.start - 1] in "(（" and text[m.end:m.end + 1] in (")", "）") \
        and regex.match(r"\p{Han}", text[m.start - 2])


def rate_topic(doc: Document, m: Mention) -> regex.Match | None:
    """The first rate phrase of the paragraph before ``m`` (从GDP同比增速来看 → GDP), else the
    first after it in its sentence (江西（6.9%）、福建（6.7%）7省份的增速超过6%). Both are
    found once per paragraph or run of numbers: searched per number, a long paragraph was quadratic."""
    start, end = doc.paragraph(m.start)
    if start not in doc.rate_topics:
        first = _rate_topic().search(doc.text, start, end)
        # 从增速来看，宁德的GDP增速高于全省平均水平（4.6%）: a frame that names no level, then the first phrase that does
        naming = _rate_topic().search(doc.text, first.end(), end) \
            if first is not None and not _names_a_level(first.group("level")) else None
        doc.rate_topics[start] = (first, naming)
    first, naming = doc.rate_topics[start]  # a phrase found before m in a shorter window is found first here too
    if first is not None and first.end() > m.start:  # m stands before the phrase or inside it
        first = _rate_topic().search(doc.text, first.start(), m.start)
    elif naming is not None and naming.end() <= m.start:
        first = naming
    return first or _rate_topic_after(doc, m.end, doc.sentence(m.start)[1])


def _names_a_level(level: str) -> bool:
    """Whether the words before a rate noun hold more than a preposition (从增速来看: 从 names nothing)."""
    return any(pos != "p" for _, pos in tag(level)) if level else False


def _rate_topic_after(doc: Document, start: int, end: int) -> regex.Match | None:
    """The first rate phrase in [start, end); the last search's answer when it holds (nothing was
    found, or what was found starts at or after ``start``)."""
    was_from, was_to, found = doc.rate_topic_after
    if not (was_to == end and was_from <= start and (found is None or found.start() >= start)):
        found = _rate_topic().search(doc.text, start, end)
        doc.rate_topic_after = (start, end, found)
    return found


@lexical_cache
def _rate_and_share_nouns() -> tuple[regex.Pattern, regex.Pattern]:
    rates = trie_pattern(words("kinds", "rate", "nouns") + words("kinds", "rate", "price_indices"))
    return compiled(rates), compiled(alternation("kinds", "rate", "share_words"))


def _rate_subject(doc: Document, m: Mention, previous: Mention | None) -> bool:
    """A rate noun since the previous percentage of the sentence, and no share word after it."""
    start = max(doc.sentence(m.start)[0], m.start - LOOK_BACK)  # not the whole sentence per number
    if previous is not None and previous.end > start and previous.unit == "%":
        start = previous.end  # a rate noun that named an earlier percentage is spent (ranks, counts are not)
    clause = doc.clause_start(m.start)
    if clause > start and _names_a_metric(phrase_before(doc, m)):
        start = clause  # 城镇调查失业率控制在5.5%: a clause that names its own metric keeps to it
    rate_noun, share_noun = _rate_and_share_nouns()
    rate = None
    for rate in rate_noun.finditer(doc.text, start, m.start):
        pass
    if rate is not None and _kind_patterns()["population"].search(doc.text, max(0, rate.end() - 8), rate.end()):
        return False  # 人口自然增长率: a population's rate, a share
    return rate is not None and not share_noun.search(doc.text, rate.end(), m.start)


def _names_a_metric(phrase: str) -> bool:
    """Whether a phrase holds a noun besides place names (湖北, 北京 name owners; 今年以来一直
    保持在 names nothing)."""
    plans = load("attribution")["metric"]["plan_words"]  # (去年计划为8%: the plan names no metric)
    return any(pos in _NOUN_TAGS and word not in plans for word, pos in tag(clean(phrase)))


_NOUN_TAGS = frozenset({"n", "nz", "vn", "eng", "j", "an"})


@lexical_cache
def _patterns() -> dict[str, regex.Pattern]:
    """The comparison and filler patterns, built from data/kinds.toml [comparison] and [fillers]."""
    def alt(*path: str) -> str:
        return alternation("kinds", *path)

    # 同比, 环比 are no basis (同比提高0.9个百分点 is yoy, not 比提)
    opener = (rf"(?<!{alt('comparison', 'not_after')}){alt('comparison', 'openers')}"
              rf"(?!(?!{alt('comparison', 'not_noun_endings')}){alt('comparison', 'noun_endings')})")  # (比重庆: 比 重庆)
    clause = "[^，,；;。]"
    return {
        "list_lead": compiled(alternation("attribution", "lists", "connectors")),
        "listed_values": compiled(rf"(?:[\d.]+\p{{Han}}{{0,3}}?{alternation('attribution', 'lists', 'connectors')})+$"),
        "has_basis": compiled(rf"{opener}{clause}{{0,{BASIS_REACH}}}$"),
        "same_period": compiled(alt("comparison", "same_period")),
        "previous_month": compiled(alt("comparison", "previous_month")),
        "previous_quarter": compiled(alt("comparison", "previous_quarter")),
        "above": compiled(rf"{alt('comparison', 'above')}{alt('comparison', 'above_particles')}?"
                          rf"(?!{alt('comparison', 'above_particles')}$)({clause}{{1,12}})$"),
        "average": compiled(rf"{alt('comparison', 'averages')}|(?:{alt('comparison', 'annual_averages')}"
                            rf"|{alt('comparison', 'annual_average_forms')})"
                            rf"(?=(?:{alternation('attribution', 'lists', 'respectively')})?"
                            rf"(?:{alt('comparison', 'real_or_nominal')})?{alt('comparison', 'annual_average_rates')})"),
        "respectively": compiled(alternation("attribution", "lists", "respectively")),
        "ring": compiled(alt("comparison", "ring")),
        "ring_frame": compiled(alt("comparison", "ring_frames")),
        "quarter": compiled(alt("comparison", "quarter")),
        "basis": compiled(rf"{opener}([^，,；;。{''.join(words('kinds', 'comparison', 'openers'))}]{{1,{BASIS_REACH}}}?)"
                               rf"{alt('comparison', 'rates')}?{alt('comparison', 'between')}?{alt('comparison', 'verbs')}"),
        "fillers": compiled(rf"{alt('fillers', 'words')}*$"),
    }


@lexical_cache
def _words() -> dict:
    return load("kinds")


@lexical_cache
def _ends_with(words: tuple[str, ...]) -> regex.Pattern:
    return compiled(rf"{trie_pattern(words)}$")


BASIS_REACH = 16  # characters of a basis between 比 and its verb (比去年一季度超过万亿的省份多3个)
LOOK_BACK = 300  # characters before a number where its comparison basis can stand: a 分别 list of
                 # 10,000 values is one clause, and reading all of it per value took quadratic time


def governing_span(doc: Document, m: Mention) -> tuple[int, int]:
    """The phrase before a number: from its clause start (or the quantity before it) to
    the number, less list separators, bound words and fillers."""
    key = (m.start, len(doc.mentions))
    if (known := doc.governing_spans.get(key)) is None:
        known = doc.governing_spans[key] = _governing_span(doc, m)
    return known


def _governing_span(doc: Document, m: Mention) -> tuple[int, int]:
    end = before_bound(doc.text, m.start)
    start = doc.phrase_start(end)
    if time_noun := _span_noun_at(doc, start, end):
        start += len(time_noun)  # 用两年时间将筹资标准由50元…: the noun of the span before names nothing here
    if (bound := bound_word_after(doc.text, start, end)) is not None:
        start = bound.end()  # 5.5%左右、6%左右: the bound word of the value before is no word of this one
    if end - start > 1 and doc.text.endswith(from_openers(), start, end):
        end -= 1  # 钢由3700万吨增加到…: 由 opens the level moved from, even glued to a noun of one character
    lead = _patterns()["list_lead"].match(doc.text, start, end)
    if lead and joins(doc.text[start:end], 0, lead.end() - start) \
            and not names_a_partner(doc.text[start:end], 0, lead.end() - start):
        start = lead.end()  # (和美乡村: 和 of a word opens no list item; 与欧盟贸易总值: the partner's 与 stays)
    filler = len(_patterns()["fillers"].search(doc.text, start, end).group())
    if filler:
        cut, pos = end - filler, start
        for word, _ in tag(doc.text[start:end]):  # strip whole words only: 平均为 keeps 平均
            if pos >= cut:
                break
            pos += len(word)
        end = pos
    return start, end


@lexical_cache
def _time_noun() -> str:
    return load("attribution")["metric"]["built"]["time_taken"]


def _span_noun_at(doc: Document, start: int, end: int) -> str:
    """时间 right after a span of time (用两年时间): the span's noun, when the phrase opens with it."""
    noun = _time_noun()
    if not doc.text.startswith(noun, start, end):
        return ""
    span = doc.mention_before(start)
    return noun if span is not None and span.end == start and span.unit in ("year", "day") else ""


_PARENTHETICAL = compiled(r"\([^()]*\)|（[^（）]*）")


def without_brackets(text: str) -> str:
    """``text`` without its bracketed notes (固定资产投资(不含农户), 重灾县(市))."""
    return _PARENTHETICAL.sub("", text)


def phrase_before(doc: Document, m: Mention) -> str:
    """The governing phrase without its periods, brackets (固定资产投资(不含农户)) and the
    comparison basis after the metric (增速比一季度回落 → 增速): what can name the number."""
    start, end = governing_span(doc, m)
    pieces, pos = [], start
    for p in doc.periods_between(start, end):
        pieces.append(doc.text[pos:p.start])
        pos = max(pos, p.end)
    pieces.append(doc.text[pos:end] if pos < end else "")
    phrase = without_brackets("".join(pieces))
    basis = _first_basis(phrase)
    if basis and m.kind == "ratio" and ratio_noun_ends(phrase, basis.start()):
        return phrase  # 城乡居民收入比为2.3:1: the 比 names the ratio, it opens no basis
    return phrase[: basis.start()] if basis and basis.start() > 0 else phrase


@lexical_cache
def _basis_in_phrase() -> regex.Pattern:
    """比/较 (not 同比, 环比, 比重) or 高于 … inside a metric phrase."""
    def alt(key: str) -> str:
        return alternation("attribution", "metric", key)

    names = alternation("kinds", "comparison", "not_noun_endings")  # 比重庆: 比 and a name
    return compiled(rf"(?<!{alt('basis_not_after')})(?!{alt('basis_adverbs')}){alt('basis_words')}(?!(?!{names}){alt('basis_not_before')})"
                         rf"|{alt('above_words')}")


@lexical_cache
def _part_of_pattern() -> regex.Pattern:
    return compiled(rf"(?P<owner>.+?)(?P<verb>{alternation('attribution', 'metric', 'part_verbs')})(?P<whole>.+?)的")


def part_of(phrase: str) -> regex.Match | None:
    """光伏装机超过全县总装机的三分之一: a share written as a part of a whole, bounded by its verb; a scope
    is a whole without 的 too (新增装机超过全球一半); a goal is no whole (达到全年目标的88%: the goal's
    completion rate)."""
    if phrase.endswith(tuple(load("attribution")["metric"]["built"]["completion_cues"])):
        return None
    return _part_of_pattern().fullmatch(phrase + "的" if phrase.endswith(scope_words()) else phrase)


def basis_opens(phrase: str) -> bool:
    """The phrase is only a comparison basis (比上年): it names no metric."""
    basis = _first_basis(phrase)
    return basis is not None and basis.start() == 0


def _first_basis(phrase: str) -> regex.Match | None:
    """The first 比/较/高于 … in ``phrase`` that opens a basis: not 高出 ending inside a word (单日最高出口量)
    nor 好于 after 或 (达到或好于Ⅲ类: a threshold), not 比 opening a name (比亚迪, 比利时: the tagger reads
    the name whole)."""
    metric = load("attribution")["metric"]
    for basis in _basis_in_phrase().finditer(phrase):
        above = basis.group() in metric["above_words"]
        if above and (basis.end() not in word_bounds(phrase) or phrase.endswith(tuple(metric["above_not_after"]), 0, basis.start())) \
                or _opens_a_name(phrase, basis.start()):
            continue
        return basis
    return None


_PROPER_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})  # a person's, a place's, a body's, a brand's


def _opens_a_name(phrase: str, start: int) -> bool:
    """A word of two characters or more that the tagger reads as a proper name starts at ``start``."""
    pos = 0
    for word, pos_tag in tag(phrase):
        if pos == start:
            return len(word) > 1 and pos_tag in _PROPER_NAME_TAGS
        pos += len(word)
        if pos > start:
            return False
    return False


def governing_text(doc: Document, m: Mention) -> str:
    return doc.text[slice(*governing_span(doc, m))]


def _place_item(doc: Document, previous: Mention | None, m: Mention, left: str) -> bool:
    """北京10.7%、浙江10.6%: a value after a list separator and a place name only is an item
    of the list before it, of the same kind."""
    return previous is not None and previous.unit == m.unit and lookup(left.strip()) is not None \
        and doc.text[previous.end:m.start].lstrip().startswith(("、", "，", ","))


@dataclass(frozen=True)
class Governing:
    """What the kind rules read about one number."""

    left: str                  # its governing phrase (governing_text)
    source: str                # its end, or the first list value's when it has no word of its own
    clause: str                # the clause text before it (for the comparison basis)
    previous: Mention | None   # the number before it
    bare: bool                 # a list value with no word of its own (分别增长58.6%、14.3%)


@lexical_cache
def change_verbs() -> frozenset[str]:
    """增长, 扩大, 下滑, 递增: the verbs of a relative change (not the rate nouns 增速, 涨幅)."""
    growth = _words()["growth"]
    return frozenset(w for w in growth["up"] + growth["down"] if w not in growth["rate_nouns"])


@lexical_cache
def _kind_patterns() -> dict[str, regex.Pattern]:
    growth, absolute = _words()["growth"], _words()["absolute_change"]
    verbs = change_verbs()
    return {"up": _ends_with(tuple(growth["up"])), "down": _ends_with(tuple(growth["down"])),
            "population": _ends_with(tuple(growth["population_rates"])),
            "level": _ends_with(tuple(w + marker for w in verbs for marker in growth["level_markers"])),
            "lower": _ends_with(tuple(growth["lower"])),
            "improved_fall": _ends_with(tuple(a + q + b for a in growth["lower_is_better"] for b in growth["improved"]
                                              for q in ("", *_words()["rate"]["qualifiers"]))),  # 浓度同比改善
            # 低于全国0.4个百分点, 低于去年7.4%的增速0.4个百分点: below the basis written after the word
            "lower_than": compiled(rf"{trie_pattern([w for w in growth['lower'] if w in words('kinds', 'comparison', 'above')])}"
                                   rf"[^，,。；;]{{1,16}}$"),
            "abs_up": _ends_with(tuple(absolute["up"])), "abs_down": _ends_with(tuple(absolute["down"])),
            "standalone": _ends_with(tuple(absolute["standalone"])),
            "gain_after_level": compiled(rf"(?:{trie_pattern(absolute['level_nouns'])})"
                                         rf"(?:{per_unit_pattern()}){{0,3}}"
                                         rf"(?:{trie_pattern(absolute['gain_after_level'])})$"),
            "basis_word": compiled(rf"{alternation('kinds', 'absolute_change', 'basis_words')}"
                                   rf"(?:{alternation('kinds', 'absolute_change', 'basis_adverbs')})?\p{{Han}}{{1,3}}$"),
            # …，增长双双保持在7%以上 (a growth word opening its clause); 价格涨幅稳定在2% (a rate noun)
            "growth_held": compiled(rf"(?:(?<!\p{{Han}}){trie_pattern(growth['up'] + growth['down'])}"
                                         rf"|{trie_pattern(growth['rate_nouns'])})"
                                         rf"(?:{alternation('kinds', 'rate', 'held_adverbs')})*"
                                         rf"{alternation('kinds', 'rate', 'level_verbs')}$")}


def _bracketed_growth(doc: Document, m: Mention, g: Governing) -> bool:
    if not (bracketed(doc, m) and rate_topic(doc, m)):
        return False
    m.kind, m.comparison = "growth", "yoy"
    return True


PARENTHETICAL = Rule(
    produce=_bracketed_growth,
    name="kind.parenthetical",
    doc="A percentage in brackets after a name (江西（6.9%）) restates that name's figure of the rate the "
        "paragraph is about: growth when the paragraph speaks of 增速/增幅, its metric the level's.",
    examples=(
        Example("从GDP同比增速来看，共有9个省份快于全国，其中浙江（8.3%）、湖北（9.4%）位列前二。",
                {"span": "9.4%", "kind": "growth", "metric": "GDP", "subject": "湖北省", "comparison": "yoy"}, place="中国"),
        Example("增速快于全国（5.0%）的有9个省份，包括浙江（6.1%）、湖北（5.9%）。", {"span": "5.9%", "kind": "growth"}),
        # a frame that names no level (从增速来看) leaves the rate to the first phrase after it that names one
        Example("从增速来看，泉州、漳州的GDP增速高于全省平均水平（5.1%）。", {"span": "5.1%", "kind": "growth", "metric": "GDP"},
                place="福建省"),
    ),
    negatives=("其中，二手房（占比35%）成交活跃",),
)


def _variant_growth(doc: Document, m: Mention, g: Governing) -> bool:
    """增长8%（不含电力为6.5%）: the growth of a variant of what grew, in brackets right after it."""
    if g.previous is None or g.previous.kind != "growth" or variant_of(doc.text, g.previous.end, m.start) is None:
        return False
    m.kind, m.comparison = "growth", g.previous.comparison
    return True


def variant_of(text: str, start: int, end: int) -> str | None:
    """（不含电力为 between a figure and the next: the variant the next is of (不含电力), else None."""
    found = _variant_pattern().fullmatch(text, start, end)
    return found.group("variant") if found else None


@lexical_cache
def _variant_pattern() -> regex.Pattern:
    return compiled(rf"[(（](?P<variant>{alternation('kinds', 'growth', 'variant_marks')}[^()（），,。；;]{{1,12}}?)"
                    rf"{alternation('kinds', 'growth', 'level_markers')}?")


VARIANT = Rule(
    produce=_variant_growth,
    name="kind.variant",
    doc="A percentage in brackets right after a growth, for a variant of what grew (包括/不含 …), is growth too.",
    examples=(
        Example("全市规上工业增加值增长8%（不含电力为6.5%）", {"span": "6.5%", "kind": "growth", "comparison": "yoy",
                                                          "metric": "规上工业增加值（不含电力）"}),
        Example("全县农林牧渔业总产值年均增长百分之三（包括林业为百分之五）", {"span": "百分之五", "kind": "growth"}),
    ),
    negatives=("全市居民消费价格上涨2%（其中食品占比30%）",),
)


def _new_level(doc: Document, m: Mention, g: Governing) -> bool:
    """上升为15.7%: the new level after a change, a share (a rate's new level is that rate:
    增速由5%提高到6%, CPI回落到3%以内)."""
    if not _kind_patterns()["level"].search(doc.text, doc.phrase_start(m.start), before_bound(doc.text, m.start)):
        return False
    same_rate = g.previous is not None and g.previous.kind == "growth" \
        and doc.clause_start(g.previous.start) == doc.clause_start(m.start) \
        and any(w in doc.text[max(0, g.previous.start - FROM_REACH):g.previous.start]
                for w in load("attribution")["metric"]["from_words"])  # 增速由(上年的)5.2%提高到7.5%
    m.kind = "growth" if same_rate or _rate_subject(doc, m, g.previous) else "share"
    return True


FROM_REACH = 8  # characters before a figure where the 由/从 of 由A提高到B stands (由上年同期的5.2%)

NEW_LEVEL = Rule(
    produce=_new_level,
    name="kind.new_level",
    doc="A percentage after 上升为/下降到 (the level a change reached) is a share, not growth.",
    examples=(
        Example("全市第三产业占比由上年的48.2%上升为50.1%", {"span": "50.1%", "kind": "share"}),
        Example("占出口比重由上年同期的 31.2% 上升为 33.8%", {"span": "33.8%", "kind": "share"}),
        Example("全县工业投资增速由上年的5.2%提高到7.5%", {"span": "7.5%", "kind": "growth"}),
        Example("全县经济增长速度由原定每年6%调高到7%", {"span": "7%", "kind": "growth"}),  # 调高 moves a rate too
        # 变缓 (slowed) to a rate: the rate's new level, of the level named before
        Example("2022年全县工业增加值增速为9%，去年增速变缓至5%。", {"span": "5%", "kind": "growth", "metric": "工业增加值"}),
        Example("半年来，CPI首次回落到3%以内。", {"span": "3%", "kind": "growth"}),  # a price index's percentage
    ),
    negatives=("全市第三产业增加值增长6.1%",),
)


def _growth(doc: Document, m: Mention, g: Governing) -> bool:
    p = _kind_patterns()
    listed_growth = g.bare and g.previous is not None and g.previous.kind == "growth"
    if p["population"].search(g.source):
        return False  # 人口自然增长率为5.36‰: a population's rate, a share
    if p["up"].search(g.source) or listed_growth:
        m.kind = "growth"
        if g.bare and g.previous is not None and g.previous.value < 0:
            m.value = -m.value  # 分别下降3%、5%
    elif p["down"].search(g.source) or p["improved_fall"].search(g.source):
        m.kind, m.value = "growth", -m.value
    elif m.unit == "%" and _cut_before_object(doc, m):
        m.kind, m.value = "growth", -abs(m.value)  # 压减政府性基金项目30%: the object cut by that much
    else:
        return False
    m.comparison = _comparison(g.clause)
    return True


GROWTH = Rule(
    produce=_growth,
    name="kind.growth",
    doc="A percentage after 增长/下降/回落 … is growth; 下降 makes it negative.",
    examples=(
        Example("（一）从环比看，全省商品房价格上涨的城市有8个，最高涨幅为1.2%。", {"span": "1.2%", "comparison": "mom"}),
        Example("从环比看，二季度全省地区生产总值增长1.1%。", {"span": "1.1%", "comparison": "qoq"}),  # a quarter's: qoq
        # a burden eased (减轻) falls; a raise of a price (提价幅度) is a growth, not a share
        Example("今年全县农民负担平均减轻25%", {"value": -25.0, "kind": "growth", "metric": "农民负担"}),
        # 降 alone before the figure (再降, not 降至) and 降价 fall
        Example("全市诈骗案件发案数再降12.5%", {"span": "12.5%", "value": -12.5, "kind": "growth"}),
        Example("国家组织集采的药品平均降价52%", {"span": "52%", "value": -52.0, "kind": "growth"}),
        # a cut verb before its object, which may list things, then the share cut
        Example("全县压减会议、培训、评比活动40%", {"span": "40%", "value": -40.0, "kind": "growth"}),
        Example("今年稻谷最低收购价提价幅度为3%", {"kind": "growth", "metric": "稻谷最低收购价提价幅度"}),
        # more or less than usual (较常年偏多, 偏少) is a growth on that basis
        Example("今年全县汛期降雨较常年偏多四成", {"kind": "growth", "value": 40.0, "comparison": "较常年"}),
        # the parts 其中 lists after a change on the month before are changes on the month before
        Example("4月份，全市商品住宅价格环比下降0.3%。其中，新房和二手房价格分别下降0.2%和0.4%。", {"span": "0.4%", "comparison": "mom"}),
        Example("5月份，全省猪肉价格环比下降0.5%。其中，城市下降0.4%，农村下降0.7%。", {"span": "0.7%", "comparison": "mom"}),  # a later part
        # …but after a year-on-year figure and its ring one, the parts split the year-on-year one
        Example("9月份，全省居民消费价格同比上涨0.4%，环比上涨0.1%。其中，城市上涨0.5%，农村上涨0.2%。",
                {"span": "0.5%", "comparison": "yoy"}),
        # 环比 in a sentence of a quarter: quarter on quarter
        Example("二季度全市生产总值同比增长5.2%，环比增长1.1%。", {"span": "1.1%", "comparison": "qoq"}),
        # …also where the frame opens the figure's sentence inside a paragraph
        Example("上半年全市生产总值增长5.1%。从环比看，二季度增长1.2%。", {"span": "1.2%", "comparison": "qoq"}),
        # 按可比口径: the same period on a like-for-like basis (可比 opens no basis 比口径)
        Example("前三季度，全市接待游客520万人次，按可比口径增长9.4%。", {"span": "9.4%", "comparison": "yoy", "metric": "接待游客"}),
        Example("五年来，全市居民消费价格年均上涨2.1%", {"span": "2.1%", "comparison": "年均", "kind": "growth"}),
        # improvement of a concentration is its fall
        Example("全市细颗粒物平均浓度改善3.4%", {"span": "3.4%", "kind": "growth", "value": -3.4}),
        # a cut verb, its object, then the percentage cut
        Example("全市压减一般性支出10%以上", {"span": "10%", "kind": "growth", "value": -10.0, "metric": "一般性支出"}),
        Example("全省压缩企业开办时间40%", {"span": "40%", "kind": "growth", "value": -40.0, "metric": "企业开办时间"}),
        Example("五年来，全省财政收入平均每年增长9.3%", {"span": "9.3%", "comparison": "年均", "kind": "growth"}),
        # a list item after the bound word of the item before
        Example("今年工业、服务业增加值分别增长6%左右、7%左右", {"span": "7%", "kind": "growth"}),
        Example("五年来，全县农民人均纯收入平均每年实际增长6.1%", {"span": "6.1%", "comparison": "年均"}),
        Example("五年来，全县工业和服务业增加值年均分别增长8.2%、7.5%", {"span": "7.5%", "comparison": "年均"}),  # 分别 between
        Example("一季度，全县生产总值完成86.4亿元、增长4.2%", {"span": "4.2%", "kind": "growth", "value": 4.2, "comparison": "yoy"}),
        Example("数字经济核心产业投资同比增长 23.6%", {"kind": "growth", "value": 23.6, "comparison": "yoy"}),
        Example("规模以上工业增加值下降2.3%", {"kind": "growth", "value": -2.3}),
        Example("全市化肥使用量压降4.5%", {"kind": "growth", "value": -4.5, "metric": "化肥使用量"}),
        Example("企业开办时间缩短了三分之一", {"kind": "growth", "value": -100 / 3}),
        Example("市级部门内设机构精简五分之一", {"kind": "growth", "value": -20.0, "metric": "市级部门内设机构"}),
        # a bound of how much a verb does, the verb between it and the figure (年内 at the metric's end: when)
        Example("宽带资费年内至少降低15%", {"kind": "growth", "value": -15.0, "bound": "ge", "metric": "宽带资费"}),
        Example("社会消费品零售总额环比增长0.5%", {"kind": "growth", "comparison": "mom"}),
        Example("民间投资、基础设施投资、房地产开发投资分别增长3.2%、8.9%、11%", {"span": "11%", "kind": "growth", "value": 11.0}),
        Example("居民消费价格比上年回落0.4%", {"kind": "growth", "value": -0.4}),
        Example("网上零售额同比增长15.2%，两年平均增长9.7%", {"span": "9.7%", "comparison": "两年平均", "metric": "网上零售额"}),
        Example("“十三五”期间，全县财政收入年均增长8.5%", {"comparison": "年均", "kind": "growth"}),  # an annual average
        Example("社会消费品零售总额比2019年同期增长17.5%", {"comparison": "比2019年同期"}),
        Example("去年，全县生产总值增幅超过了9%", {"comparison": "yoy"}),  # 超过了 bounds the figure, no basis
        Example("全市GDP增长率为5.2%", {"kind": "growth", "value": 5.2, "metric": "GDP"}),
        Example("今年全省生产总值增长预期目标定为6%左右", {"kind": "growth", "value": 6.0, "metric": "生产总值", "modality": "target"}),
        # 回落幅度 names the rate of a fall: its figure is negative and the metric is what fell
        Example("上半年，全市房价下降幅度为3.2%", {"kind": "growth", "value": -3.2, "metric": "房价"}),
    ),
    negatives=("占全部投资比重由上年同期的21.4%上升为24.9%", "优质产能占比达到88%",
               "全县人口自然增长率为4.2‰"),  # a population's rate is a share (SPEC §2)
)


@lexical_cache
def _rate_after() -> regex.Pattern:
    rate = _words()["rate"]
    # 1.7%的两年平均增速: a qualifier may stand between 的 and the rate word
    return compiled(rf"的?(?:{trie_pattern(rate['after_degrees'])})?(?P<qualifier>{trie_pattern(rate['qualifiers'])})?"
                         rf"(?:(?P<up>{trie_pattern(rate['after_up'])})|(?P<down>{trie_pattern(rate['after_down'])}))"
                         rf"(?!{trie_pattern(_words()['growth']['level_markers'])})")  # 由6.1%下降到0.95%: a level


@lexical_cache
def _growth_goal_after() -> regex.Pattern:
    """的国内生产总值增长目标 after a percentage: the goal of an indicator's growth (a name between)."""
    rate = _words()["rate"]
    return compiled(rf"的(?P<name>(?!{trie_pattern(rate['goal_years'])})\p{{Han}}{{0,10}}?)"
                    rf"(?P<up>{trie_pattern(rate['goals_after'])})(?P<down>(?!))?")


@lexical_cache
def _amplitude_after() -> regex.Pattern:
    """的幅度压减一般性支出 after a percentage: a cut (or a raise) of that size and what it acts on."""
    rate, change = _words()["rate"], _words()["absolute_change"]
    return compiled(rf"(?:{trie_pattern(rate['amplitudes'])})(?:(?P<down>{trie_pattern(change['cuts'])})"
                    rf"|(?P<up>{trie_pattern(rate['amplitude_raises'])}))(?P<object>\p{{Han}}{{2,12}})")


def _past_its_bound(doc: Document, m: Mention) -> int:
    """Where the text goes on after m and the bound word after its unit (8%以上的增长: the bound may stand before 的)."""
    bound = bound_word_after(doc.text, m.end)
    return bound.end() if bound else m.end


def _in_its_clause(doc: Document, pattern: regex.Pattern, after: int) -> regex.Match | None:
    return pattern.match(doc.text, after, doc.clause_end(after))


def amplitude_object(doc: Document, m: Mention) -> str:
    """按不低于5%的幅度压减一般性支出 → 一般性支出: what a cut or raise of the percentage acts on."""
    found = _in_its_clause(doc, _amplitude_after(), _past_its_bound(doc, m))
    return found.group("object") if found else ""


def growth_goal_named(doc: Document, m: Mention) -> str:
    """提出8%左右的国内生产总值增长目标 → 国内生产总值: the indicator whose growth goal the percentage is."""
    found = _in_its_clause(doc, _growth_goal_after(), _past_its_bound(doc, m))
    return found.group("name") if found else ""


def _growth_named_after(doc: Document, m: Mention, g: Governing) -> bool:
    """以13.7%的增速领跑, 以2.1%的降幅收窄, 两位数增长: the rate word after it names the figure;
    江西一季度高达6.9%，…，增速暂居全国第一: so does a rate noun that opens a later clause of its
    sentence, when nothing before the figure makes it a share."""
    after = _past_its_bound(doc, m)
    found = _rate_after().match(doc.text, after) or _in_its_clause(doc, _growth_goal_after(), after) \
        or _in_its_clause(doc, _amplitude_after(), after)
    rate = _words()["rate"]
    if not found and (benchmark_owner(doc, m) or goal_named_after(doc.text, m.end) or _stretch_goal(doc, m, g.previous)) \
            and g.previous is not None and g.previous.kind == "growth" and doc.sentence(g.previous.start) == doc.sentence(m.start):
        # 增长6%，高于全国4.8%的平均水平; 符合6%的预期目标; 增长7%以上、力争达到8%
        m.kind, m.comparison = "growth", g.previous.comparison
        return True
    if not found and doc.text[m.end - 1] in "%％" \
            and not any(word in g.left for word in rate["share_words"] + rate["level_rates"]):
        if goal_named_after(doc.text, m.end):
            m.kind, m.comparison = "growth", _comparison(g.clause)  # 全年5%左右的预期目标有望实现: a growth goal
            return True
        found = _rate_opening_clause().search(doc.text, m.end, min(doc.sentence(m.start)[1], m.end + RATE_REACH))
    if not found:
        return False
    m.kind, m.comparison = "growth", _comparison(g.clause)
    if found.groupdict().get("qualifier") in _words()["comparison"]["averages"]:
        m.comparison = found.group("qualifier")
    if found.group("down") and m.value > 0:
        m.value = -m.value
    return True


def _stretch_goal(doc: Document, m: Mention, previous: Mention | None) -> bool:
    """增长7%以上、力争达到8%: a stretch goal written right after the figure before it."""
    if previous is None:
        return False
    bound = bound_word_after(doc.text, previous.end)
    start = bound.end() if bound else previous.end
    gap, pos = "", start  # 实际达到4.6%；一九八二年计划为4%: the next year's plan, its year left out
    for p in doc.periods_between(start, m.start):
        gap, pos = gap + doc.text[pos:p.start], p.end
    return bool(_stretch_pattern().fullmatch(gap + doc.text[pos:m.start]))


@lexical_cache
def _stretch_pattern() -> regex.Pattern:
    growth = _words()["growth"]
    return compiled(rf"[、，,；;]?(?:{trie_pattern(growth['stretch_goals'])})(?:{trie_pattern(growth['reaching'])})?")


BENCHMARK_REACH = 16  # characters between a comparison word and the benchmark figure (全国两年平均增速)


@lexical_cache
def _benchmark_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    comparison = _words()["comparison"]
    subjects = load("attribution")["subjects"]
    words = compiled(trie_pattern(comparison["above"] + comparison["openers"] + comparison["benchmark_openers"]))
    references = compiled(trie_pattern(subjects["country"] + subjects["document_province"] + subjects["document_place"]))
    rate = _words()["rate"]
    after = compiled(rf"的(?:{trie_pattern(rate['qualifiers'])})?(?:{trie_pattern(rate['benchmarks'])})")
    return words, references, after


_METRIC_BETWEEN = compiled(r"[^，,；;。:：\d%％]{0,10}")


@lexical_cache
def _bracketed_benchmark() -> regex.Pattern:
    """低于全国平均水平（8.1%）, 高于全省平均水平（4.6%）, 高于或等于全国（2.5%）: the place compared with (a reference
    word), then its figure in brackets (its benchmark noun maybe left out)."""
    comparison, rate = _words()["comparison"], _words()["rate"]
    subjects = load("attribution")["subjects"]
    references = subjects["country"] + subjects["document_province"] + subjects["document_place"]
    return compiled(rf"(?:{trie_pattern(comparison['above'])})(?:{trie_pattern(comparison['or_equal'])})?"
                    rf"(?P<owner>{trie_pattern(references)})(?:{trie_pattern(rate['benchmarks'])})?$")


def benchmark_owner(doc: Document, m: Mention) -> tuple[int, int] | None:
    """高于全国4.8%的平均水平, 与全国两年平均增速5.1%的数据持平: the span of the place whose
    figure the benchmark is, or None."""
    words, references, after = _benchmark_patterns()
    if doc.text[m.start - 1:m.start] in ("（", "(") and (inside := _bracketed_benchmark().search(
            doc.text, max(doc.clause_start(m.start), m.start - 1 - BENCHMARK_REACH), m.start - 1)):
        return inside.span("owner")  # 低于全国平均水平（8.1%）: the bracket holds the benchmark's figure
    if not after.match(doc.text, m.end):
        return None
    for found in words.finditer(doc.text, max(doc.clause_start(m.start), m.start - BENCHMARK_REACH), m.start):
        owner = references.match(doc.text, found.end()) or place_pattern().match(doc.text, found.end())
        if owner and _METRIC_BETWEEN.fullmatch(doc.text, owner.end(), m.start):
            return owner.span()
    return None


RATE_REACH = 40  # characters after a figure where the clause naming its rate may open (bounded: linear)


@lexical_cache
def _rate_opening_clause() -> regex.Pattern:
    return compiled(rf"[，,；;](?:(?P<up>{trie_pattern(_words()['rate']['nouns'])})|(?P<down>(?!)))")


RATE_AFTER = Rule(
    produce=_growth_named_after,
    name="kind.rate_after",
    doc="A percentage followed by 的 and a rate noun (的增速, 的增幅; 的降幅 makes it negative), by an indicator's "
        "growth goal (的国内生产总值增长目标), by the size of a cut or raise (的幅度压减…: negative), or by a later "
        "clause of its sentence that opens with a rate noun (…8.1%，…，增速位居全国第三), is growth.",
    examples=(
        # a stretch goal right after a growth target is that growth
        Example("今年全省生产总值增长6.5%左右、力争达到7%", {"span": "7%", "kind": "growth", "metric": "生产总值", "modality": "target"}),
        # …and the outcome after a planned growth named by the clause before (…的增长速度，计划为8%，实际达到9.5%)
        Example("全县工业产值的增长速度，去年计划为8%，实际达到9.5%。", {"span": "9.5%", "kind": "growth", "metric": "工业产值"}),
        # …and the next year's plan after an outcome, its year aside
        Example("全县工业产值的增长速度，去年计划为8%，实际达到9.5%；今年计划为10%。", {"span": "10%", "kind": "growth"}),
        Example("一季度，该市以13.7%的增速领跑全省。", {"span": "13.7%", "kind": "growth", "value": 13.7}),
        # a percentage's goal named after it, nothing making it a share: a growth goal, the story's indicator's
        Example("前三季度，全省地区生产总值同比增长5.6%。\n专家认为，全年6%左右的预期目标有望实现。",
                {"span": "6%", "kind": "growth", "metric": "地区生产总值", "modality": "target"}),
        Example("出口以4.2%的降幅好于预期。", {"span": "4.2%", "kind": "growth", "value": -4.2}),
        Example("网上零售额在上年25.3%的高增速基础上继续增长。", {"span": "25.3%", "kind": "growth"}),
        Example("浙江上半年达到8.1%，高出全国1.2个百分点，增速位居全国第三。", {"span": "8.1%", "kind": "growth"}),
        # a qualifier between 的 and the rate word; the benchmark is the country's
        Example("一季度，全省投资两年平均增长6%，高于全国5.3%的两年平均增速。",
                {"span": "5.3%", "kind": "growth", "subject": "中国", "comparison": "两年平均"}, place="湖北省"),
        # a bound before 的: the bounded rate is a figure, no threshold of a set
        Example("一季度，全县工业实现了9%以上的增长。", {"span": "9%", "kind": "growth", "bound": "ge"}),
        # the size of a cut (or a raise) of what follows the verb
        Example("各部门按不低于10%的幅度压减非刚性支出", {"span": "10%", "kind": "growth", "value": -10.0, "bound": "ge",
                                               "metric": "非刚性支出"}),
        # the goal of an indicator's growth, its name between
        Example("这里提出7%左右的地区生产总值增长目标，是积极稳妥的。", {"span": "7%", "kind": "growth", "bound": "approx"}),
        # a goal named after it, in the sentence of a growth: that growth's goal
        Example("去年，全省GDP增长5.6%，符合5.5%左右的预期目标。", {"span": "5.5%", "kind": "growth"}),
    ),
    negatives=("全市以35%的占比居首。", "全县人口自然增长率为-0.3‰。",
               "全市不良贷款率由2.1%下降到1.6%。"),  # a level that falls to another: both levels
)


def _rate_subject_growth(doc: Document, m: Mention, g: Governing) -> bool:
    held = _kind_patterns()["growth_held"].search(g.left) \
        and not any(rate in g.left for rate in _words()["growth"]["population_rates"])  # (自然增长率: a share)
    if not _rate_subject(doc, m, g.previous) and not held:
        return False  # (增长双双保持在7%以上: a growth held at a level)
    m.kind, m.comparison = "growth", _comparison(g.clause)
    return True


RATE_SUBJECT = Rule(
    produce=_rate_subject_growth,
    name="kind.rate_subject",
    doc="A percentage whose sentence speaks of a rate of growth (增速, 增幅, 增长率) earlier, with no "
        "share word after it, is that growth: 其增速明显领先于全省其他地区，达到9.6%.",
    examples=(
        Example("从上半年看，该市的工业增速依然领先全省，达到8.7%。", {"span": "8.7%", "kind": "growth"}),
        Example("全县工业投资增长幅度由上年的30%回落到20%。", {"span": "30%", "kind": "growth"}),
        # a growth word or a rate noun held at a level (but 人口自然增长率 is a share)
        Example("杭州、宁波消费市场持续回暖，增长均保持在6%以上。", {"span": "6%", "kind": "growth"}, place="浙江省"),
        Example("全年居民消费价格涨幅稳定在2%左右", {"span": "2%", "kind": "growth"}),
        Example("居民消费价格指数涨幅控制在3%左右。", {"span": "3%", "kind": "growth"}),
        # a plan word before the figure names no metric of its clause (去年计划为8%: the rate of the clause before)
        Example("全县工业产值的增长速度，去年计划为8%，实际达到9.5%。", {"span": "8%", "kind": "growth"}),
    ),
    negatives=("全市投资增速回落，但民间投资占比达到55%。", "农村居民收入增速快于城镇居民，调查失业率控制在5.2%以内。"),
)


def _share(doc: Document, m: Mention, g: Governing) -> bool:
    m.kind = "share"
    return True


SHARE = Rule(
    produce=_share,
    name="kind.share",
    doc="A percentage after 占/占比/比重, a 成 fraction, or a rate is a share.",
    examples=(
        Example("钢铁行业超低排放产能占比达到 72%", {"kind": "share", "value": 72.0}),
        Example("重化工业曾占其工业产值超七成", {"span": "七成", "kind": "share", "value": 70.0, "bound": "gt"}),
        Example("森林覆盖率达到百分之三十五", {"kind": "share", "value": 35.0}),
        Example("全县超90%的行政村通了5G", {"span": "90%", "kind": "share", "bound": "gt"}),  # a share, no set's threshold
    ),
    negatives=("同比增长 36.1%",),
)


def _change(doc: Document, m: Mention, g: Governing) -> bool:
    """Percentage points: a change, negative after 下降/低于, with its basis."""
    p = _kind_patterns()
    m.kind = "change"
    negative = bool(p["down"].search(g.source) or p["lower"].search(g.source) or p["lower_than"].search(g.clause))
    if g.bare and g.previous is not None:
        negative = g.previous.value < 0
    if negative:
        m.value = -m.value
    m.comparison = _comparison(g.clause)
    return True


CHANGE = Rule(
    produce=_change,
    name="kind.change",
    doc="Percentage points are a change; 下降/低 makes it negative; 比X gives the basis.",
    examples=(
        Example("11月份，服务业商务活动指数为50.3%，比上月微升0.2个百分点", {"span": "0.2个百分点", "comparison": "mom"}),
        Example("占全省工业比重提高 2.7 个百分点", {"kind": "change", "value": 2.7, "unit": "pp", "comparison": "yoy"}),
        Example("城镇调查失业率下降0.3个百分点", {"kind": "change", "value": -0.3}),
        Example("一季度，出口增速回落幅度达到1.5个百分点", {"kind": "change", "value": -1.5}),  # the rate of a fall
        Example("比全部投资增速高 12.8 个百分点", {"kind": "change", "value": 12.8, "comparison": "比全部投资"}),
        Example("全县投资增长4%，低于全省1.1个百分点", {"span": "1.1个百分点", "value": -1.1, "comparison": "比全省"}),
        # a list of differences after one benchmark: the values before a value are no part of its basis
        Example("两类投资分别增长9.8%、8.2%，分别高于全省3.1、1.5个百分点", {"span": "1.5个百分点", "comparison": "比全省"}),
        Example("营业收入利润率为6.5%，同比提高0.3个百分点", {"span": "0.3个百分点", "comparison": "yoy"}),
        Example("GDP同比增长5.4%,高于全国0.6个百分点", {"span": "0.6个百分点", "value": 0.6, "comparison": "比全国", "metric": "GDP增速"}),
        Example("地表水优良水体比例优于省定目标6.1个百分点", {"span": "6.1个百分点", "comparison": "比省定目标",
                                                 "metric": "地表水优良水体比例", "modality": "actual"}),
    ),
    negatives=("增长 2.9%",),
)


def _level_change(doc: Document, m: Mention, g: Governing) -> bool:
    """比上年增加1442家, 调减77万亩: an absolute change of the level, signed."""
    p = _kind_patterns()
    if _cut_before_object(doc, m):
        m.change_of_level, m.value = True, -abs(m.value)  # 压减粗钢产能120万吨
        return True
    alone = p["standalone"].search(g.source) or _change_after_level(doc, m, g.previous) \
        or p["gain_after_level"].search(g.source[-GAIN_REACH:]) \
        or g.bare and g.previous is not None and g.previous.change_of_level  # …，分别增加1200万人、500万人
    has_basis = bool(_patterns()["has_basis"].search(g.left) or p["basis_word"].search(g.left)) \
        or _after_a_basis_value(doc, m, g.previous)
    if not (alone or has_basis and (p["abs_up"].search(g.source) or p["abs_down"].search(g.source))):
        return False
    m.change_of_level = True
    if p["abs_down"].search(g.source):  # 减少, 调减, 净减少: every standalone decrease ends in a down word
        m.value = -m.value
    return True


SOURCE_REACH = 24  # characters at the end of a governing phrase that the change words are read from (the longest is
                   # 10: 浓度同比改善); a 分别 list of 10,000 names is one phrase, and searching all of it per value was quadratic
GAIN_REACH = 16  # characters of a level's noun and the gain word after it (装机容量分别增加)


def _change_after_level(doc: Document, m: Mention, previous: Mention | None) -> bool:
    """粮食播种面积4440万亩、新增202.9万亩: a gain word alone between a level and a figure of its unit."""
    if previous is None or previous.unit != m.unit or previous.kind != m.kind or previous.change_of_level:
        return False
    between = doc.text[previous.end:m.start]
    return between[:1] in LIST_SEPARATORS and between[1:] in _words()["absolute_change"]["after_level"] \
        and doc.text[m.end:m.end + 1] in LIST_SEPARATORS + "。\n"  # (、新增3个产业集群: new things, counted)


LIST_SEPARATORS = "、，,；;"


def _after_a_basis_value(doc: Document, m: Mention, previous: Mention | None) -> bool:
    """比2020年的73129亿元增加了9966.9亿元, 相比2020年102719亿元的GDP，也增加了约1.36万亿元:
    the number before, in the same sentence, is the value compared with."""
    if previous is None or doc.sentence(previous.start) != doc.sentence(m.start):
        return False
    start = max(doc.clause_start(previous.start), previous.start - BASIS_REACH)
    return bool(_patterns()["has_basis"].search(doc.text, start, previous.start))


@lexical_cache
def _predicates() -> frozenset[str]:
    return frozenset(words("attribution", "metric", "predicates"))


CUT_OBJECT = 16  # characters at most between a cut verb and its amount (粗钢产能, 中央政府层面设立的涉企收费项目)


@lexical_cache
def _cut_verbs(percent: bool, count: bool = False) -> tuple[regex.Pattern, int]:
    """A cut verb and its object ending where the amount starts, and how far back such a match starts
    (for a percentage, the verbs that cut by a share of the object too; for a count, by a number of them)."""
    words = _words()["absolute_change"]
    cuts = words["cuts"] + (words["percent_cuts"] if percent else []) + (words["count_cuts"] if count else [])
    # (the object may list things: 压减论坛、节庆、展会活动58%; no figure stands in it)
    return (compiled(rf"(?:{trie_pattern(cuts)})(?P<object>[^，,；;。\d%％]{{2,{CUT_OBJECT}}})$"),
            max(map(len, cuts)) + CUT_OBJECT)


def _cut_before_object(doc: Document, m: Mention) -> bool:
    """压减粗钢产能120万吨, 调减玉米种植面积77万亩, 压缩审批时限50%: a cut verb, its object, then the
    amount or share cut."""
    pattern, reach = _cut_verbs(m.unit == "%", m.kind == "count")
    # no match starts further back: searching from the clause start was quadratic in a long clause
    start = max(doc.clause_start(m.start), m.start - reach)
    found = pattern.search(doc.text, start, m.start)
    # a predicate inside the object ends the cut (压减成本后实现利润; 的 describes the object: 设立的涉企收费项目)
    return bool(found) and not any(w in _predicates() and pos != "uj" for w, pos in tag(found.group("object")))


LEVEL_CHANGE = Rule(
    produce=_level_change,
    name="kind.level_change",
    doc="An absolute change of a level (比上年增加1442家, 调减77万亩) keeps the level's kind, signed.",
    examples=(
        Example("全市经营主体比上年增加1442家", {"value": 1442.0, "kind": "count"}),
        Example("全县一般公共预算收入达到18.6亿元，按可比口径增加1.2亿元。", {"span": "1.2亿元", "value": 120000000.0,
                                                           "metric": "一般公共预算收入增量"}),
        Example("全市农作物播种面积调减77万亩", {"value": -770000.0, "kind": "amount", "unit": "mu"}),
        Example("全县沙化土地面积缩减120亩", {"value": -120.0, "metric": "沙化土地面积增量"}),  # 缩减, 裁减 cut too
        # 减少 and its object before a count: the count cut from that level
        Example("去年全县减少农村低收入人口1.2万人", {"value": -12000.0, "kind": "count", "metric": "农村低收入人口增量"}),
        # the gain word with its aspect (增加了) after a level, alone before the figure
        Example("全县粮食播种面积86万亩，增加了2.1万亩。", {"span": "2.1万亩", "value": 21000.0, "metric": "粮食播种面积增量"}),
        # a flow's change on the year before (多增, 少增) and a stock's rise on a month's end (上升)
        Example("前三季度全省贷款增加5200亿元，同比少增600亿元", {"span": "600亿元", "value": -6e10, "metric": "贷款增量"}),
        Example("9月末外汇存款余额为820亿美元，较8月末上升15亿美元", {"span": "15亿美元", "value": 1.5e9,
                                                              "metric": "外汇存款余额增量"}),
        # every item of a list the verb governs, its unit written once at the end
        Example("三县耕地、林地、草地面积分别净减少1.2万、0.8万、0.5万亩", {"span": "0.5万亩", "value": -5000.0}),
        Example("年末就业人员比上年末减少0.14万人", {"value": -1400.0}),
        Example("全省发电设备平均利用小时2700小时，比上年降低190小时", {"span": "190小时", "value": -7.91666666667, "unit": "day",
                "metric": "发电设备平均利用小时增量"}),  # 降低, 缩短; 提高, 延长 too (hours are read in days)
        Example("全市存款余额比年初多出约860亿元", {"value": 8.6e10, "metric": "存款余额增量"}),  # 多出 is 多
        # a second list after the levels', its gain word after 同比 and 分别, down every item
        Example("全县养老、医疗保险参保人数分别为8.2万人、9.1万人，同比分别增加3000人、2500人",
                {"span": "2500人", "value": 2500.0, "metric": "医疗保险参保人数增量"}),
        Example("每百元资产实现的利润为6.2元，同比增加0.8元", {"span": "0.8元", "value": 0.8, "metric": "利润增量"}),
        Example("去年压减钢铁产能300万吨", {"value": -3000000.0, "unit": "t", "metric": "钢铁产能增量"}),
        Example("市本级压减收回一般性支出2.3亿元", {"value": -230000000.0, "metric": "一般性支出增量"}),
        Example("今年调减籽粒玉米种植面积15万亩", {"value": -150000.0, "metric": "籽粒玉米种植面积增量"}),
        # a cut verb after its object: the object owns the change, the verb signs it
        Example("全年地下水超采量压减2.1亿立方米", {"value": -210000000.0, "metric": "地下水超采量增量"}),
        Example("全区融资平台压降120户", {"value": -120.0, "metric": "融资平台增量"}),
        Example("一季度人民币贷款增加9.8万亿元，同比多增6000亿元", {"span": "6000亿元", "metric": "人民币贷款增量"}),
        Example("全县财政收入为52亿元，比2022年的47亿元增加了5亿元", {"span": "5亿元", "metric": "财政收入增量"}),
        Example("成都GDP比重庆少900亿元", {"value": -9e10, "metric": "GDP增量"}, place="四川省"),  # 比 重庆, not 比重
        Example("全省造林面积120万亩、新增15万亩", {"span": "15万亩", "value": 150000.0, "metric": "造林面积增量"}),
        Example("年末全市常住人口320万人，减少1.2万人", {"span": "1.2万人", "value": -12000.0}),
        # a gain word right after a level's noun: the level's change, with or without a basis
        Example("全省失业保险参保人数增加36万人", {"value": 360000.0, "metric": "失业保险参保人数增量"}),
        Example("全年住户存款增加500亿元", {"value": 5e10, "metric": "住户存款增量"}),
        Example("服务贸易逆差800亿元，比上年同期缩小120亿元", {"span": "120亿元", "value": -1.2e10, "metric": "服务贸易逆差增量"}),
        Example("造林和湿地面积分别增加12万亩和3万亩", {"span": "3万亩", "metric": "湿地面积增量"}),
        # a sum per head or per unit raised by an amount: its increment, per unit and all
        Example("城乡居民基础养老金最低标准每人每月提高20元", {"value": 20.0, "metric": "城乡居民基础养老金最低标准增量"}),
        Example("今年早籼稻最低收购价平均每斤提高0.02元", {"value": 0.02, "metric": "早籼稻最低收购价增量"}),
    ),
    negatives=("全市新增经营主体1442家",),
)


def _part_of(doc: Document, m: Mention, g: Governing) -> bool:
    part = part_of(phrase_before(doc, m))
    if not part:
        return False
    m.bound = bound_words()["before"].get(part.group("verb"), m.bound)  # 超过…的三分之一 → gt
    return True


PART_OF = Rule(
    produce=_part_of,
    name="kind.part_of",
    doc="A share written as a part of a whole (X超过Y的三分之一) takes the bound of its verb.",
    examples=(
        Example("该县风电装机规模超过全县电力总装机的四分之一", {"span": "四分之一", "bound": "gt", "kind": "share"}),
        # a scope is a whole without 的
        Example("全省新能源汽车产量超过全国一半", {"span": "一半", "bound": "gt", "metric": "新能源汽车产量占全国比重"}),
        Example("10月，新能源乘用车销量达到乘用车总销量的52.3%", {"span": "52.3%", "bound": "eq",
                                                      "metric": "新能源乘用车销量占乘用车总销量比重"}),
        # 是 before a whole and 的 writes a share too
        Example("全省农民工月均收入中位数是平均数的90.1%", {"span": "90.1%", "metric": "农民工月均收入中位数占平均数比重"}),
    ),
    negatives=(),
)


# The rules of each unit, tried in order until one decides (produce returns True).
PERCENT_RULES = (PARENTHETICAL, VARIANT, NEW_LEVEL, GROWTH, RATE_AFTER, RATE_SUBJECT, SHARE)


def classify(doc: Document) -> None:
    previous: Mention | None = None
    previous_source = ""
    ring: Mention | None = None  # the last growth on the month (quarter) before
    for m in doc.mentions:
        if m.from_table:
            continue  # a table cell's column header gave its kind (rules/table.py)
        in_list = previous is not None and previous.list_id is not None and previous.list_id == m.list_id
        left = governing_text(doc, m)
        bare = in_list and not left.strip() or _place_item(doc, previous, m, left)
        # a bare item reads what governed the item before it, down a list of any length (净减少10.6万、3.8万、3.3万)
        g = Governing(left, previous_source if bare else left[-SOURCE_REACH:],
                      doc.text[max(doc.clause_start(m.start), m.start - LOOK_BACK):m.start], previous, bare)
        previous_source = g.source
        rules = PERCENT_RULES if m.unit == "%" else (CHANGE,) if m.unit == "pp" else \
            (LEVEL_CHANGE,) if m.kind in ("amount", "count") and m.unit != "index" else ()
        for rule in rules:
            if rule.produce(doc, m, g):
                m.refine(rule.name)
                break
        if m.comparison == "yoy" and m.kind in ("growth", "change") and _ring_framed(doc, m, g.clause):
            # （一）从环比看，…最高涨幅为2.1%: the frame of the paragraph says 环比 (of a quarter: qoq)
            quarter = _patterns()["quarter"].search(doc.text, doc.sentence(m.start)[0], m.start)
            m.comparison = "qoq" if quarter else "mom"
        elif m.comparison == "mom" and _patterns()["ring"].search(g.clause) and _of_a_quarter(doc, m):
            m.comparison = "qoq"  # 二季度GDP同比增长4.7%，环比增长0.7%: the sentence speaks of a quarter
        elif m.kind == "growth" and m.comparison == "yoy" and ring is not None and _goes_on_from(doc, m, ring, g.clause):
            m.comparison = ring.comparison  # …环比下降0.2%。其中，北京、上海分别下降0.2%、0.1%: the parts of that change
        if m.kind == "growth" and m.comparison in ("mom", "qoq"):
            ring = m
        previous = m
        if m.kind == "share" and PART_OF.produce(doc, m, g):
            m.refine(PART_OF.name)
    share_bounds(doc)
    share_comparisons(doc)
    for m in doc.mentions:
        if m.comparison and m.comparison not in _FIXED_COMPARISONS and _month_before(doc, m):
            m.comparison = "mom"
            m.refine(MONTH_BEFORE.name)


MONTH_BEFORE = Rule(
    name="kind.month_before",
    doc="A basis that names the month right before the month of its sentence's period (5月份…较4月份回落…) is the "
        "month before: mom, not the basis as written.",
    examples=(
        Example("5月份，理财产品平均收益率为2.08%，较4月份回落1.32个百分点。", {"span": "1.32个百分点", "comparison": "mom"},
                date="2024-06-15"),
        Example("截至5月末，存款余额增长8%，增速较4月末回落0.2个百分点。", {"span": "0.2个百分点", "comparison": "mom"},
                date="2024-06-15"),
    ),
    negatives=(),
)
_FIXED_COMPARISONS = frozenset({"yoy", "mom", "qoq"})


@lexical_cache
def _basis_month() -> regex.Pattern:
    comparison = _words()["comparison"]
    return compiled(rf"{trie_pattern(comparison['openers'])}(?P<month>\d{{1,2}}|[{DIGIT_CHARS}{SMALL_UNIT_CHARS}]{{1,3}})"
                    rf"{trie_pattern(comparison['month_bases'])}")


def _month_before(doc: Document, m: Mention) -> bool:
    """Whether ``m``'s basis (较4月份) is the month before the last one-month period of its sentence."""
    basis = _basis_month().fullmatch(m.comparison or "")
    if basis is None or (month := read_number(basis.group("month"))) is None:
        return False
    for period in reversed(doc.periods_between(doc.sentence(m.start)[0], m.start)):
        start, end = period.period.start, period.period.end
        if start and end and start[:7] == end[:7]:
            return int(start[5:7]) == int(month) % 12 + 1
    return False


def _goes_on_from(doc: Document, m: Mention, ring: Mention, clause: str) -> bool:
    """``m``'s sentence opens with 其中 right after the sentence of ``ring`` (or ``ring`` is a part before it in
    that 其中 sentence), and its own clause names no basis."""
    start = doc.sentence(m.start)[0]
    # (…其中，北京、上海分别下降0.5%、0.2%，广州上涨0.1%: a part after the parts of the same 其中 sentence)
    listed = doc.sentence(ring.start)[0] == start
    before = start > 0 and doc.sentence(ring.start)[0] == doc.sentence(start - 1)[0] and not _after_a_yoy(doc, ring)
    return doc.text.startswith(continuations(), start) and (listed or before) \
        and not _patterns()["same_period"].search(clause) and not any(w in clause for w in _words()["comparison"]["year_on_year"])


def _after_a_yoy(doc: Document, ring: Mention) -> bool:
    """同比上涨0.2%，环比上涨0.2%。其中，城市上涨0.2%: a year-on-year growth before the ring's in its sentence is
    the figure the parts after 其中 split (the parts of a ring change alone take its basis)."""
    return any(other.kind == "growth" and other.comparison == "yoy"
               for other in doc.mentions_between(doc.sentence(ring.start)[0], ring.start))


def _of_a_quarter(doc: Document, m: Mention) -> bool:
    """The last period before ``m`` in its sentence names a quarter (二季度…环比, not 一季度，3月份…环比)."""
    periods = doc.periods_between(doc.sentence(m.start)[0], m.start)
    return bool(periods) and _patterns()["quarter"].search(doc.text, periods[-1].start, periods[-1].end) is not None


def _ring_framed(doc: Document, m: Mention, clause: str) -> bool:
    """从环比看，销售价格…，最高涨幅为2.1%: the paragraph or the figure's sentence opens with a frame of
    month-on-month change, and the figure's own clause names no basis."""
    frame = any(_patterns()["ring_frame"].search(doc.text, start, min(m.start, start + RING_FRAME_REACH))
                for start in (doc.paragraph(m.start)[0], doc.sentence(m.start)[0]))
    return frame and not _patterns()["same_period"].search(clause) \
        and not any(w in clause for w in _words()["comparison"]["year_on_year"])


RING_FRAME_REACH = 12  # characters from a paragraph's (a sentence's) start where its frame (（一）从环比看，) stands


def _comparison(left: str) -> str:
    """yoy by default; 环比 → mom (qoq for quarters); 比X (other than 上年) → the basis as written."""
    p = _patterns()
    if p["ring"].search(left):
        return "qoq" if p["quarter"].search(left) else "mom"
    average = p["average"].search(left)
    if average:
        # 两年平均增长8.1%: the average over years, not year on year (两年分别平均: without 分别)
        if average.group() in _words()["comparison"]["annual_average_forms"]:
            return _words()["comparison"]["annual_averages"][0]  # 平均每年增长 → 年均
        return _patterns()["respectively"].sub("", average.group())
    above = p["above"].search(left)
    if above:
        # 高于全国0.6个百分点 → 比全国; 分别高于全省3.1、1.5个百分点: the values listed before are no part of the basis
        return words("kinds", "comparison", "openers")[0] + p["listed_values"].sub("", above.group(1))
    basis = p["basis"].search(left)
    if basis and p["previous_month"].fullmatch(basis.group(1)):
        return "mom"  # 比上月
    if basis and p["previous_quarter"].fullmatch(basis.group(1)):
        return "qoq"
    if basis and not p["same_period"].fullmatch(basis.group(1)):
        return basis.group()[: basis.start(1) - basis.start()] + basis.group(1)
    return "yoy"
