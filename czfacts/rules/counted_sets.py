"""Counts of regions, industries or firms defined by what they did (15个省份GDP总量超过2万亿元,
增速超过全国水平的有21个省份, 33个行业利润总额同比增长): the defining clause is the count's metric
(…的省份, …的行业), and a bounded figure inside it is the set's threshold, not a fact of its own
(SPEC §2).

A count defines its set only where it is the topic of its clause (nothing but a period, the
listed regions or an opener such as 共有, 上述 stands before it) and the clause states no figure
of its own (5家企业实现利润总额12亿元 reports a fact about them). Words are in
data/attribution.toml [counted_sets]."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..compiled import compiled
from ..document import LIST_MARK, Document, Mention
from ..lexicon import alternation, bounds, lexical_cache, load, trie_pattern
from ..numerals import DIGIT_CHARS, SMALL_UNIT_CHARS
from ..places import place_pattern
from ..tokenize import tag
from .base import Example, Rule
from .nouns import HALF_WIDTH_BRACKETS, NAME_AFTER_A_PLACE, leading_verbs
from .quantity.bounds import before_bound, stated_after

COUNTED_SET = Rule(
    name="metric.counted_set",
    doc="A count of regions that opens its clause is named by the clause's predicate (…的省份); "
        "a count after …的有 by the clause before it.",
    examples=(
        Example("上半年，共有12个省份GDP增速超过全国水平。", {"span": "12个", "metric": "GDP增速超过全国水平的省份"}),
        Example("今年以来，已有26个省份公布了一季度经济数据。", {"span": "26个", "metric": "公布一季度经济数据的省份"}),
        # a bound word and a figure are the predicate whatever their tag (不足, read as an adjective); 但还有 opens
        Example("全省县域经济加快发展，但还有5个市州人均收入不足2万元。", {"span": "5个", "metric": "人均收入不足2万元的市州"},
                place="甘肃省"),
        # a bound before the count is the count's own
        Example("截至目前，已有超过30个城市放宽了限购政策。", {"span": "30个", "metric": "放宽限购政策的城市", "bound": "gt"}),
        # a kind of place with the kinds in brackets it stands for (县（市）) is counted whole
        Example("全市已有9个县（市、区）完成农村集体产权制度改革。", {"span": "9个", "metric": "完成农村集体产权制度改革的县（市、区）"}),
        # kinds of region listed are one noun
        Example("已有20个省、自治区、直辖市出台实施方案", {"span": "20个", "metric": "出台实施方案的省、自治区、直辖市"},
                place="中国"),
        Example("全年，浙江、江苏、广东3个沿海省份的外贸增速均保持在5%以上。",
                {"span": "3个", "metric": "外贸增速保持在5%以上的沿海省份"}),
        Example("一季度居民收入增速跑赢GDP的有18个省份。", {"span": "18个", "metric": "居民收入增速跑赢GDP的省份"}),
        Example("前三季度，9个省份GDP总量超过3万亿元。", {"span": "9个", "metric": "GDP总量超过3万亿元的省份"}),
        Example("共有21个省份增速高于5.2%的全国水平。", {"span": "5.2%", "kind": "growth"}),
        Example("江西（6.9%）、海南（6%）2省份的增速超过或等于6%。", {"span": "2省份", "metric": "增速超过或等于6%的省份"}),
        # a headline's space ends the predicate: its next phrase defines nothing
        Example("上半年20省份GDP增速跑赢全国 东部省份稳中有进", {"span": "20省份", "metric": "GDP增速跑赢全国的省份"}),
        # …and so does the space before a headline's phrase that opens with its count
        Example("上半年经济数据出炉 12省份增速跑赢全国", {"span": "12省份", "metric": "增速跑赢全国的省份"}),
        Example("全省8个县入选全国电子商务进农村综合示范县。", {"span": "8个", "metric": "全国电子商务进农村综合示范县"}),
        Example("全市5家企业入选中国民营企业500强。", {"span": "5家", "metric": "入选中国民营企业500强的企业"}),  # a list, no name
        Example("全年，80个省重点项目完成投资500亿元。", {"span": "80个", "metric": "省重点项目"}),
        Example("前5个月，纳入统计的行业里，26个行业营业收入同比增长，13个行业下降。",
                {"span": "26个", "metric": "营业收入同比增长的行业"}),
        Example("全市7家企业营业收入超过百亿元。", {"span": "7家", "metric": "营业收入超过百亿元的企业"}),
        Example("1-5月，41个工业大类行业中有33个行业增加值同比增长。", {"span": "33个", "metric": "增加值同比增长的行业"}),
        Example("全省126家企业实现利润总额48亿元。", {"span": "126家", "metric": "企业"}),
        # a whole right before its count counts all its units: the clause's figure measures them, no threshold
        Example("去年，全省14个市州空气质量优良天数比例达到88.6%。", {"span": "14个", "metric": "市州"}),
        Example("去年，全省14个市州空气质量优良天数比例达到88.6%。", {"span": "88.6%", "kind": "share"}),
        # 省区 and 省市 are region nouns as 省份 is; a sum word before the bound makes the figure their total
        Example("前三季度，宁夏、青海两省区GDP增速均超过6%。", {"span": "两省区", "metric": "GDP增速超过6%的省区"}),
        Example("长三角三省一市中，苏浙两省市GDP合计超过25万亿元。", {"span": "25万亿元", "bound": "gt"}),
        Example("共有9省份增速超过6%。除了上述9个省份，还有12个省份增速高于全国。", {"span": "9个", "metric": "增速超过6%的省份"}),
        Example("新建12个城市公园。", {"span": "12个", "metric": "城市公园"}),
        # places named right before a count whose clause states their figures: the kind of region counted
        Example("今年一季度，浙江、福建两省外贸进出口分别增长6%和4.5%。", {"span": "两省", "metric": "省份"}),
        # a place in a ranking defines the set as a threshold does; the rank stays a fact
        Example("今年一季度，江苏、浙江两省出口增速并列全国第二。", {"span": "两省", "metric": "出口增速并列全国第二的省份"}),
        Example("全国GDP超过千亿元的县已达54个。", {"span": "54个", "metric": "GDP超过千亿元的县"}),  # 县: tagged zg
        # a part of a whole counted just before it, with no noun of its own
        Example("全省21个地市中有15个实现了正增长。", {"span": "15个", "metric": "实现正增长的地市"}),
        Example("全省有12个县新建了污水处理厂。", {"span": "12个", "metric": "新建污水处理厂的县"}),  # 新建 read as a place
        # a part after another part of the same whole, in a clause of its own opened by 有 alone
        Example("全省16个市中有9个出台了实施细则，有5个建立了工作专班。", {"span": "5个", "metric": "建立工作专班的市"}),
        Example("全县25个工业行业大类中有16个实现正增长。", {"span": "16个", "metric": "实现正增长的工业行业大类"}),
        Example("全市41个工业大类行业中有30个实现增长。", {"span": "30个", "metric": "实现增长的工业大类行业"}),  # a longer whole
        Example("全县85种工业产品中，有46种产品产量同比增长。", {"span": "46种", "metric": "产量同比增长的工业产品"}),
        # …and the whole after an opener (全市) that stands before it
        Example("全市37个工业大类行业中有26个行业实现增长。", {"span": "26个", "metric": "实现增长的行业"}),
    ),
    negatives=("我市8个县区与省城8个区建立结对关系。",),
)

SET_THRESHOLD = Rule(
    name="quantity.set_threshold",
    doc="A bounded figure in the clause that defines a counted set of regions is its threshold, not a "
        "fact; a figure in brackets or before 的 (高于5.2%的全国水平) is a stated value and stays.",
    negatives=("前三季度，9个省份GDP总量超过【3万亿元】。", "8省份的增速均在【6%】以上。",
               "江苏、浙江两省一季度GDP超过【2万亿元】。", "江西（6.9%）、海南（6%）2省份的增速超过或等于【6%】。"),
)


@dataclass(frozen=True, slots=True)
class CountedSet:
    """The regions a count names (省份, 中部省份) and the clause that defines them."""

    noun: str  # empty when the definition is a title the regions won (入选全国百强县)
    definition: str
    start: int  # where the defining clause is written
    end: int

    @property
    def metric(self) -> str:
        if not self.noun:
            return self.definition
        return f"{self.definition}的{_words()['spelled_out'].get(self.noun, self.noun)}"


@lexical_cache
def _words() -> dict:
    return load("attribution")["counted_sets"]


def _set_nouns() -> list[str]:
    """The nouns of counted sets, bracketed ones (县（市）) also as the normalised text writes them, half-width."""
    nouns = list(_words()["nouns"])
    return nouns + [n.translate(HALF_WIDTH_BRACKETS) for n in nouns if "（" in n]


@lexical_cache
def _patterns() -> dict[str, regex.Pattern]:
    return {
        "noun": compiled(rf"(?:{alternation('attribution', 'counted_sets', 'modifiers')})?(?:{trie_pattern(_set_nouns())})"),
        "opener": compiled(rf"(?:{trie_pattern(_words()['openers'])}|{alternation('attribution', 'lists', 'connectors')}|\s)+"),
        "relative": compiled(rf"的(?:{alternation('attribution', 'counted_sets', 'relative_verbs')})$"),
        "title_verb": compiled(alternation("attribution", "counted_sets", "title_verbs")),
        "relative_only": compiled(rf"\s*(?:{alternation('attribution', 'counted_sets', 'relative_verbs')})"),
        "anaphor": compiled(rf"(?:{alternation('attribution', 'counted_sets', 'anaphors')})$"),
        "threshold_verb": compiled(rf"(?:{alternation('attribution', 'counted_sets', 'threshold_verbs')})$"),
        # 36个地区中有|14个: a count, its region noun, a whole marker, maybe 有, right before the part
        "whole_before": compiled(rf"[\d{DIGIT_CHARS}{SMALL_UNIT_CHARS}]+\p{{Han}}?(?P<noun>\p{{Han}}{{0,6}}?"
                                 rf"(?P<base>{trie_pattern(_words()['nouns'] + _words()['whole_nouns'])}))"
                                 rf"(?:{alternation('attribution', 'counted_sets', 'whole_markers')})[，,]?"
                                 rf"(?:{alternation('attribution', 'counted_sets', 'relative_verbs')})?$"),
    }


def _noun_after(doc: Document, m: Mention) -> tuple[str, int] | None:
    """The region noun the count counts (7省份, 4个中部省份) and where it ends."""
    if m.classifier and _patterns()["noun"].fullmatch(m.classifier):
        return m.classifier, m.end
    found = _patterns()["noun"].match(doc.text, m.end)
    if not found:
        return None
    last = found
    while doc.text.startswith(LIST_MARK, last.end()):  # 27个省、自治区、直辖市: the kinds listed are the noun
        if not (last := _patterns()["noun"].match(doc.text, last.end() + len(LIST_MARK))):
            return None  # 3个市、县级医院: a list of a longer noun's parts, no set
    tokens = tag(doc.text[last.start():last.end() + 4])
    if not _ends_token(tokens, len(last.group())):
        return None  # 城市公园: the region word opens a longer noun
    following = next((pos for word, pos in _after(tokens, len(last.group()))), "")
    if len(last.group()) == 1 and following in ("n", "nz"):
        return None  # 700个省重点项目: a one-character region word describes the noun after it
    return doc.text[m.end:last.end()], last.end()


def _after(tokens, length: int):
    at = 0
    for word, pos in tokens:
        if at >= length:
            yield word, pos
        at += len(word)


def _ends_token(tokens, length: int) -> bool:
    at = 0
    for word, _ in tokens:
        at += len(word)
        if at >= length:
            return at == length
    return False


def _opens_clause(doc: Document, start: int, end: int) -> bool:
    """Nothing but periods, regions and openers (共有, 上述) in [start, end)."""
    rest = doc.text[start:end]
    for period in reversed(doc.periods_between(start, end)):
        rest = rest[:period.start - start] + rest[period.end - start:]
    rest = regex.sub(r"[(（][^)）]*[)）]", "", rest)  # 江西（6.9%）、海南（6%）7省份
    rest = _whole_first().sub("", rest)  # 40个工业大类行业中有31个…: the whole the set is taken from
    rest = "".join(rest[a:b] for a, b in _gaps(rest, place_pattern().finditer(rest)))
    return not _patterns()["opener"].sub("", rest)


@lexical_cache
def _whole_first() -> regex.Pattern:
    """(全市)40个工业大类行业中: the whole a counted set is taken from, opening the clause."""
    return compiled(rf"^(?:{_patterns()['opener'].pattern})?\d+\p{{Han}}{{1,12}}?(?:{alternation('attribution', 'counted_sets', 'whole_markers')})")


def _gaps(text: str, found) -> list[tuple[int, int]]:
    """The spans of ``text`` between the matches ``found``."""
    spans, at = [], 0
    for m in found:
        spans.append((at, m.start()))
        at = m.end()
    return spans + [(at, len(text))]


def _cleaned(doc: Document, start: int, end: int) -> str:
    """The defining clause without leading periods, brackets and the words that only say
    when or how all of them did it (均, 了, 近日)."""
    for period in doc.periods_between(start, end):
        if period.start <= start + 1:
            start = max(start, period.end)
    text = doc.text[start:end]
    for m in reversed(list(doc.mentions_between(start, end))):  # (not every later one)
        if doc.text.startswith(stated_after(), m.end + 1) and doc.text[m.end] == "的":
            text = text[:m.start - start] + text[m.end + 1 - start:]  # 高于4.8%的全国水平: the figure is a fact
    text = regex.sub(r"[(（][^)）]*[)）]?", "", text).strip().removeprefix("的")
    dropped = set(_words()["dropped_words"])
    return "".join(w for w, _ in tag(text) if w not in dropped)


def _named_before(doc: Document, m: Mention) -> bool:
    """浙江、福建|两省: places named right before the count, which counts them."""
    return any(found.end() == m.start for found in place_pattern().finditer(doc.text, max(0, m.start - NAMED_REACH), m.start))


NAMED_REACH = 8  # characters before a count where the last place it counts may begin


def _has_verb(definition: str) -> bool:
    # (新建, read as a place; 经济总量不足百亿: a bound word before a figure is the set's predicate, whatever its tag)
    return any(pos == "v" or word in leading_verbs() for word, pos in tag(definition)) \
        or _bar_in().search(definition) is not None


@lexical_cache
def _bar_in() -> regex.Pattern:
    return compiled(rf"(?:{trie_pattern(bounds()['before'])})[\d{DIGIT_CHARS}{SMALL_UNIT_CHARS}]")


def counted_set(doc: Document, m: Mention) -> CountedSet | None:
    """The set a count defines, if its clause defines one."""
    if m.kind != "count":
        return None
    if not (found := _noun_after(doc, m)):
        return _subset(doc, m)
    noun, noun_end = found
    clause = doc.clause_start(m.start)
    if m.start - clause > REACH:
        return None  # a count that far into its clause does not open it (and a list of counts stays linear)
    if relative := _patterns()["relative"].search(doc.text, max(clause, m.start - 4), m.start):
        definition = _cleaned(doc, clause, relative.start())
        return CountedSet(noun, definition, clause, relative.start()) if _has_verb(definition) else None
    if not _opens_clause(doc, clause, before_bound(doc.text, m.start)):  # (已有超过20个城市…: the bound is the count's)
        return None
    end = _clause_end(doc, noun_end)
    if doc.text.endswith(_wholes(), clause, m.start) and noun in region_nouns() and next(doc.mentions_between(noun_end, end), None) is not None:
        return CountedSet("", noun, noun_end, noun_end)  # 全省14个市州…比例达到85.4%: all the units, then measured
    definition = _cleaned(doc, noun_end, end)
    if len(definition) < 2 or not _has_verb(definition) or tag(definition)[0][1] == "p":
        return None  # 12个县区与北京12个区建立结对关系: a relation of two sets defines neither
    if tag(definition)[0][1] in NAME_AFTER_A_PLACE and tag(definition)[0][0] not in leading_verbs():
        return None  # 10601个村卫生室实现…: the place names what is counted (村卫生室), no set of villages (新建, read as a place, is a verb)
    if _states_a_figure(doc, noun_end, end):
        # 5家企业实现利润总额12亿元: a fact about the set, not what defines it; 浙江、福建两省外贸进出口分别增长…:
        # the places named right before count as the kind of region they are
        return CountedSet("", _words()["spelled_out"].get(noun, noun), m.start, m.end) if _named_before(doc, m) else None
    if (title := _patterns()["title_verb"].match(definition)) and definition.endswith(noun.partition("(")[0][-1:]):  # (县(市、区): normalised brackets)
        # 入选全国百强县: the title names them (入选全国文化企业30强: a list the firms made, not their name)
        return CountedSet("", definition[title.end():], noun_end, end)
    return CountedSet(noun, definition, noun_end, end)


def _subset(doc: Document, m: Mention) -> CountedSet | None:
    """36个地区中有14个新出台了…: a count taken from a whole counted just before it, with no noun
    of its own, is named by what follows it and the whole's noun."""
    whole = _patterns()["whole_before"].search(doc.text, max(0, m.start - SUBSET_REACH), m.start) or _whole_of_part_before(doc, m)
    if not whole:
        return None
    end = _clause_end(doc, m.end)
    definition = _cleaned(doc, m.end, end).removeprefix(whole.group("base"))  # (有72种产品同比增长: the whole's noun again)
    if len(definition) < 2 or not _has_verb(definition) or _states_a_figure(doc, m.end, end):
        return None
    return CountedSet(whole.group("noun"), definition, m.end, end)


SUBSET_REACH = 24  # characters from the whole's count to the part's


def _whole_of_part_before(doc: Document, m: Mention) -> regex.Match | None:
    """…中有14个新出台了…，有10个新建立了…: a part in a clause of its own, opened by 有 alone, after another
    part of the same whole in its sentence, is taken from that whole too."""
    clause = doc.clause_start(m.start)
    before = doc.mention_before(m.start)
    if before is None or before.kind != "count" or doc.sentence(before.start) != doc.sentence(m.start) \
            or m.start - before.end > PART_REACH or not _patterns()["relative_only"].fullmatch(doc.text, clause, m.start):
        return None
    return _patterns()["whole_before"].search(doc.text, max(0, before.start - SUBSET_REACH), before.start)


PART_REACH = 60  # characters from one part to the next of the same whole


def _states_a_figure(doc: Document, start: int, end: int) -> bool:
    """Whether [start, end) holds a figure that is neither a threshold, a stated benchmark nor a rank
    (江苏、浙江两省出口增速并列全国第二: a place in a ranking defines the set as a threshold does)."""
    return any(not _is_threshold(doc, other) and not benchmark(doc, other) and other.kind != "rank"
               for other in doc.mentions_between(start, end))


@lexical_cache
def _wholes() -> tuple[str, ...]:
    return tuple(_words()["wholes"])


@lexical_cache
def region_nouns() -> frozenset[str]:
    """省份, 城市, 市州 …: what a count of places counts (41个城市), the units a whole is divided into (全市7家企业
    are some of its firms, no units of it); they name no indicator."""
    return frozenset(load("attribution")["subjects"]["region_nouns"])


def benchmark(doc: Document, m: Mention) -> bool:
    """高于4.8%的全国水平, 江西（6.9%）: a value the clause compares with or gives in brackets."""
    text = doc.text
    return text[m.start - 1:m.start] in "(（" or text.startswith("的", m.end) and text.startswith(stated_after(), m.end + 1)


def refers_back(doc: Document, m: Mention) -> bool:
    """上述7个省份, 这5个城市: a count of regions that points back at a set named before."""
    return bool(_noun_after(doc, m)) and bool(_patterns()["anaphor"].search(doc.text, max(0, m.start - 4), m.start))


def _clause_end(doc: Document, pos: int) -> int:
    """…, or a space between words (a headline's two phrases: 31省份GDP数据揭晓 多地发展韧性持续显现)."""
    end = min(doc.clause_end(pos), doc.sentence(pos)[1], pos + REACH)
    start_in_original, end_in_original = doc.norm.offsets.span(pos, end)  # (normalising drops such spaces)
    space = _SPACE_BETWEEN_WORDS.search(doc.original, start_in_original, end_in_original)
    return min(end, doc.norm.offsets.normalised_at(space.end())) if space else end


_SPACE_BETWEEN_WORDS = compiled(r"(?<=\p{Han}) +(?=\p{Han})")


REACH = 80  # characters: a defining clause is short, and a long list of counts stays linear


def drop_set_thresholds(doc: Document) -> None:
    """Removes the thresholds written in the defining clause of a region count."""
    dropped: set[int] = set()
    for i, m in enumerate(doc.mentions):
        if m.kind != "count" or not (defined := counted_set(doc, m)) or defined.start < m.start:
            continue
        for other in doc.mentions[i + 1:]:  # sorted by start: the clause's figures follow the count
            if other.start >= defined.end:
                break
            if _is_threshold(doc, other):
                dropped.add(id(other))
    if dropped:
        doc.mentions[:] = [m for m in doc.mentions if id(m) not in dropped]


def _is_threshold(doc: Document, m: Mention) -> bool:
    text = doc.text
    if m.kind == "rank" or benchmark(doc, m):
        return False
    verb = _patterns()["threshold_verb"].search(text, max(0, m.start - 4), m.start)
    if text.endswith(_sum_words(), max(0, m.start - SUM_REACH), verb.start() if verb else m.start):
        return False  # 三省市GDP合计超过10万亿元: their total, not a bar they pass
    return m.bound in ("gt", "ge", "lt", "le") or bool(verb)


SUM_REACH = 8  # characters before a figure where a sum word and the bound word after it stand (合计超过)


@lexical_cache
def _sum_words() -> tuple[str, ...]:
    return tuple(load("attribution")["counted_sets"]["sums"])
