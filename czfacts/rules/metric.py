"""Metric: the indicator a number measures, the shortest phrase that names it (SPEC §2).

The phrase is read from the number's clause: the text before the number, less periods,
the subject and the predicate (完成, 达到, 增长 …). A value with no phrase of its own shares
the metric before it in the sentence (GDP 完成 1195.7 亿元、增长 1.7%); a list item without
the head of the item before it gets that head back (汽车制造业增长12.6% → 汽车制造业增加值);
a count with a noun after its measure word counts that noun (17座智能化矿井).
"""
from __future__ import annotations

from functools import cache

import regex

from ..document import Attribute, Document, Mention
from ..lexicon import attributive_suffix, by_length, load
from .base import Example, Rule
from .kind import governing_span

METRIC = Rule(
    name="metric",
    doc="The indicator phrase before the predicate; shared by a level and its growth.",
    examples=(
        Example("今年上半年,长治市 GDP 完成 1195.7 亿元、增长 1.7%", {"span": "1.7%", "metric": "GDP"}),
        Example("1月—7月,全市固定资产投资完成 563.8 亿元", {"metric": "固定资产投资"}),
        Example("前三季度,全市高技术装备制造业增加值增长31%,汽车制造业增长12.6%", {"span": "12.6%", "metric": "汽车制造业增加值"}),
        Example("累计建成智能化采掘工作面 215 处、智能化矿井 17 座", {"span": "17 座", "metric": "智能化矿井"}),
        Example("新建 35 家高校科技成果转化基地", {"metric": "高校科技成果转化基地"}),
        Example("一块 109 平方米的巨型电子屏幕上", {"metric": "巨型电子屏幕面积"}),
        Example("总量全省第二", {"kind": "rank"}),
        Example("GDP 完成 1195.7 亿元,总量全省第二", {"span": "第二", "metric": "GDP总量"}),
        Example("山西长治的传统产业一度占其工业总量超八成", {"metric": "传统产业占工业总量比重"}),
    ),
)

_RANK_TAIL = regex.compile(r"(?:位居|稳居|跃居|居|排名|排|位列|名列|列|排在|位于)?(?:全省|全国|全市|全球|世界|全区|省内|国内|同类城市)?$")
_TRAILING_LOCATIVE = regex.compile(r"(?:上|中|里|内|方面|领域)$")
_NOUN_AFTER = regex.compile(r"[\p{Han}A-Za-z][\p{Han}A-Za-z0-9“”\"]{0,24}")


@cache
def _words() -> dict:
    return load("attribution")["metric"]


@cache
def _strip_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    w = _words()
    prefix = "|".join(regex.escape(x) for x in by_length(w["strip_prefixes"]))
    suffix = "|".join(regex.escape(x) for x in by_length(w["strip_suffixes"]))
    return regex.compile(rf"^(?:{prefix}|[“”\"、,，:：])+"), regex.compile(rf"(?:{suffix}|[“”\"、,，])+$")


def clean(phrase: str) -> str:
    """Strip predicates, connectives and quotes from both ends of a phrase."""
    head, tail = _strip_patterns()
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = tail.sub("", head.sub("", phrase))
        phrase = _TRAILING_LOCATIVE.sub("", phrase) if len(phrase) > 3 else phrase
    return phrase.replace("“", "").replace("”", "")


def _left_phrase(doc: Document, m: Mention) -> tuple[str, int]:
    """The clause text before the number with periods and the subject removed, and where it starts."""
    start, end = governing_span(doc, m)
    pieces, pos = [], start
    cut = start
    for p in doc.periods:
        if start <= p.start < end:
            pieces.append(doc.text[pos:p.start])
            pos = p.end
    pieces.append(doc.text[pos:end] if pos < end else "")
    phrase = "".join(pieces)
    if m.subject and m.subject.start is not None and m.subject.start >= cut and m.subject.end <= m.start:
        subject_text = doc.text[m.subject.start:m.subject.end]
        at = phrase.rfind(subject_text)
        if at >= 0:
            phrase = phrase[at + len(subject_text):]
            phrase = phrase[1:] if phrase.startswith("的") else phrase
    return phrase, cut


def _noun_after(doc: Document, m: Mention, next_start: int) -> str:
    after = doc.text[m.end:next_start]
    after = regex.split(r"[，,、。；;：:（(]|(?:和|与|及)(?=\d|[一二三四五六七八九十])|等|的(?=\d)", after)[0]
    match = _NOUN_AFTER.match(after)
    return clean(match.group()) if match else ""


def attach_metrics(doc: Document) -> None:
    previous: Mention | None = None
    heads = tuple(by_length(_words()["heads"]))
    rank_heads = tuple(_words()["rank_heads"])
    for i, m in enumerate(doc.mentions):
        same_sentence = previous is not None and doc.sentence(previous.start) == doc.sentence(m.start)
        prior = previous.metric if same_sentence and previous.metric else None
        next_start = doc.mentions[i + 1].start if i + 1 < len(doc.mentions) else len(doc.text)
        phrase, _ = _left_phrase(doc, m)
        metric = _share_metric(phrase, prior) if "占" in phrase else clean(phrase)
        how = "explicit"
        if m.kind == "count":
            after = _noun_after(doc, m, next_start)
            if after and not regex.match(r"^(?:以上|左右|多|余|的|是|为|达|增长|下降)", after):
                metric = after
        elif m.kind == "amount" and not m.change_of_level:
            attributive = _attributive(doc, m, next_start)
            if attributive and (not metric or metric.startswith("一")):
                metric = attributive
        if m.kind == "rank":
            metric = _RANK_TAIL.sub("", metric)
        if m.kind == "rank" and metric in rank_heads + ("",) and prior:
            metric = prior.value + metric
        elif metric.startswith("一") and len(metric) <= 2:
            metric = ""
        if not metric and prior:
            metric, how = prior.value, "inherited"
        elif prior and m.kind == previous.kind and not metric.endswith(heads):
            head = next((h for h in heads if str(prior.value).endswith(h)), None)
            if head and previous.list_id is None and m.list_id is None and metric and len(metric) <= 8:
                metric = metric + head  # elided head: 汽车制造业增长12.6% after …增加值增长31%
        if m.change_of_level and metric:
            metric += "增量"
        m.metric = Attribute(metric or None, None, None, how) if metric else None
        previous = m


def _share_metric(phrase: str, prior: Attribute | None) -> str:
    """传统产业占其工业总量 → 传统产业占工业总量比重; 占工业投资比重 → <prior>占工业投资比重."""
    owner, _, whole = phrase.partition("占")
    owner = clean(owner) or (prior.value if prior else "")
    whole = regex.sub(r"^(?:其|全市|全省|全国)", "", whole)
    whole = regex.sub(r"(?:的)?(?:比重|比例|份额|比)?(?:由|从)?(?:的)?$", "", whole)
    whole = clean(whole)
    if not whole:
        return clean(phrase) if owner == "" else f"{owner}占比"
    return f"{owner}占{whole}比重"


def _attributive(doc: Document, m: Mention, next_start: int) -> str:
    """109 平方米的巨型电子屏幕 → 巨型电子屏幕面积; 10 万吨磷酸锰铁锂正极材料 → …产能."""
    suffix = attributive_suffix(m.unit)
    if not suffix:
        return ""
    after = doc.text[m.end:next_start]
    if after.startswith("的"):
        after = after[1:]
    elif m.unit not in ("t", "W"):
        return ""
    noun = _noun_after_text(after)
    return noun + suffix if noun else ""


def _noun_after_text(after: str) -> str:
    after = regex.split(r"[，,、。；;：:（(]|等|项目", after)[0]
    match = _NOUN_AFTER.match(after)
    return clean(match.group()) if match else ""
