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
from ..lexicon import attributive_suffix, by_length, load, trie_pattern
from ..tokenize import tag
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
        Example("居民人均可支配收入39218元,比上年增长6.3%,扣除价格因素,实际增长6.1%", {"span": "6.1%", "metric": "居民人均可支配收入"}),
        Example("全市招商引资共签约项目 354 个,签约金额 982.9 亿元", {"span": "982.9 亿元", "metric": "签约金额"}),
        Example("全市各级各类职业学校近年来向社会输送技术技能人才超过10万人", {"metric": "技术技能人才"}),
        Example("9月份,全国规模以上工业增加值同比增长5.4%,比8月份加快0.9个百分点", {"span": "0.9个百分点", "metric": "规模以上工业增加值增速", "comparison": "比8月份"}),
    ),
)

_CAPACITY_WORDS = ("产能", "容量", "规模", "面积", "长度", "里程")
_SHARE_VERB = regex.compile(r"占(?!有|用|地|据|领)")  # 占有量 is no share
_RATE = regex.compile(r"增速|增幅|降幅|涨幅")
_RATE_SUFFIX = regex.compile(r"(?:增速|增幅|降幅|涨幅)$")
_PARENTHETICAL = regex.compile(r"\([^()]*\)|（[^（）]*）")
_COMPARISON_BASIS = regex.compile(r"(?<![同环])(?:比|较)(?![重例率值较])")
_SCOPE_IN = regex.compile(r"(?<=\p{Han}{2})(?:全国|全省|全市|全球|世界)")
_NOUN_END = regex.compile(r"[，,、。；;：:（(]|等")
_NOT_A_NOUN = regex.compile(r"(?:以上|左右|多|余|是|为|达|增长|下降|用于|的|大关|关口|水平)")
_WHOLE_PREFIX = regex.compile(r"^(?:其|到|达)+")
_SHARE_TAIL = regex.compile(r"(?:的)?(?:比重|比例|份额|比)?(?:由|从)?(?:的)?$")
_WORD_START = regex.compile(r"[\p{Han}A-Za-z]")
_ITEM_SEPARATOR = regex.compile(r"[、,，]")
_ARTICLE = regex.compile(r"一.?")
_TRAILING_LOCATIVE = regex.compile(r"(?:上|中|里|内|方面|领域)$")


@cache
def _words() -> dict:
    return load("attribution")["metric"]


@cache
def _rank_tail() -> regex.Pattern:
    """位居全国城市 before 第三位: the rank verb and scope, which are not the metric."""
    scopes = load("attribution")["scopes"]
    verbs, words = "|".join(by_length(scopes["rank_verbs"])), "|".join(by_length(scopes["words"]))
    return regex.compile(rf"(?:{verbs})?(?:(?:{words})\p{{Han}}{{0,3}})?$")


@cache
def _strip_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    w = _words()
    head = trie_pattern(x for x in w["connectives"] + w["predicates"] if len(x) > 1)
    tail = trie_pattern(w["predicates"] + ["、", "“", "”", ",", "，"])
    return regex.compile(rf"^(?:{head}|[、“”,，:：\"])+"), regex.compile(rf"(?:{tail})+$")


@cache
def _single_char_words() -> frozenset[str]:
    w = _words()
    return frozenset(x for x in w["connectives"] + w["predicates"] if len(x) == 1)


def _strip_single_words(phrase: str) -> str:
    """Drop 共, 就, 已 … at the start only where the tokenizer cuts them as words of their
    own (共签约 → 签约), never out of a word (就业, 共享)."""
    singles = _single_char_words()
    while phrase and phrase[0] in singles:
        first = tag(phrase)[0][0]
        if first not in singles:
            break
        phrase = phrase[1:]
    return phrase


def clean(phrase: str) -> str:
    """Strip predicates, connectives and quotes from both ends of a phrase."""
    head, tail = _strip_patterns()
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = tail.sub("", _strip_single_words(head.sub("", phrase)))
        phrase = _TRAILING_LOCATIVE.sub("", phrase) if len(phrase) > 2 else phrase
    return phrase.replace("“", "").replace("”", "")


def noun_core(phrase: str) -> str:
    """The noun phrase a metric is made of: cut at the first preposition, adverb or
    particle after a noun, or at a verb that a particle or preposition follows
    (显示间距在国内率先突破至 → 显示间距; LED封装和显示屏生产规模 stays whole)."""
    phrase = clean(phrase)
    if len(phrase) <= 4:
        return phrase
    tokens = tag(phrase)
    seen_noun, out = False, []
    for i, (word, pos) in enumerate(tokens):
        if seen_noun and word not in _KEEP_INSIDE:
            if pos in ("p", "d", "uj", "f") or (pos == "r" and word in _PRONOUNS) or word in _COPULAS:
                break
            following = tokens[i + 1][1] if i + 1 < len(tokens) else None
            if pos == "v" and following in ("p", "d", "uj", "ul", "r", "f", "u"):
                break
        out.append((word, pos))
        seen_noun = seen_noun or pos in ("n", "nz", "vn", "eng", "nt", "ns", "j", "an")
    while len(out) > 2 and out[0][1] == "v" and out[0][0] not in _KEEP_INSIDE and out[1][1] != "uj":
        out.pop(0)  # 组织实施市级重大专项 → 市级重大专项 (签约金额 stays: a verb before one noun is a compound)
    return clean("".join(word for word, _ in out))


def metric_phrase(phrase: str) -> str:
    """The metric before a number: the noun phrase that opens the phrase (显示间距在国内
    率先突破至 → 显示间距), unless a prepositional verb phrase follows it, whose object is
    then the metric (职业学校向社会输送技术技能人才 → 技术技能人才)."""
    core = clean(phrase)
    opening = noun_core(core)
    if opening == core:
        return core
    tokens = tag(core)
    preposition = next((i for i, (_, pos) in enumerate(tokens) if pos in ("p", "d") and i), None)
    if preposition is None:
        return opening
    verbs = [i for i in range(preposition + 1, len(tokens))
             if tokens[i][1] == "v" and tokens[i][0] not in _KEEP_INSIDE]
    if not verbs:
        return opening
    obj = tokens[verbs[-1] + 1:]
    if obj and all(_nounish(w, p) for w, p in obj) and len("".join(w for w, _ in obj)) >= 2:
        if len(obj) == 1 and len(obj[0][0]) <= 2:
            obj = tokens[verbs[-1]:]  # 共签约项目 → 签约项目: a bare 项目 names nothing
        return clean("".join(w for w, _ in obj))
    return opening


def _nounish(word: str, pos: str) -> bool:
    return pos in _NOUN_TAGS or word in _KEEP_INSIDE


_PRONOUNS = {"其", "这", "那", "该", "此", "我们", "他们", "它", "它们", "我", "你", "这些", "那些", "这个", "那个"}
_COPULAS = {"是", "为", "相当于", "达到", "达"}  # 人均水资源占有量是全省平均水平的1.6倍
_HEAD_TAGS = {"n", "nz", "vn", "eng", "nt", "ns", "j", "ng", "x", "l", "nr", "nrt"}
_NOUN_TAGS = {"n", "nz", "vn", "eng", "nt", "ns", "nr", "nrt", "nrfg", "j", "an", "b", "a", "l", "ng", "x", "k"}
# Words jieba tags as verbs or particles that are part of indicator names.
_KEEP_INSIDE = {"占", "占比", "投资", "生产", "建设", "开采", "转化", "延伸", "制造", "研发", "加工",
                "开发", "服务", "创新", "治理", "消费", "出口", "进口", "发电", "用电", "销售", "零售", "显示",
                "种植", "养殖", "运输", "储能", "检测", "试验", "监测", "交易", "融资", "贷款", "引进", "招商",
                "以上", "补助", "增加值", "产值", "产量", "收入", "成交额", "适配", "采掘", "产能"}


def _left_phrase(doc: Document, m: Mention) -> str:
    """The clause text before the number with periods and the subject removed."""
    start, end = governing_span(doc, m)
    pieces, pos = [], start
    for p in doc.periods_between(start, end):
        pieces.append(doc.text[pos:p.start])
        pos = max(pos, p.end)
    pieces.append(doc.text[pos:end] if pos < end else "")
    phrase = _PARENTHETICAL.sub("", "".join(pieces))  # 固定资产投资(不含农户)
    basis = _COMPARISON_BASIS.search(phrase)
    if basis and basis.start() > 0:
        phrase = phrase[: basis.start()]  # 增速比一季度回落 → 增速
    if m.subject and m.subject.start is not None and m.subject.start >= start and m.subject.end <= m.start:
        subject_text = doc.text[m.subject.start:m.subject.end]
        at = phrase.rfind(subject_text)
        if at >= 0:
            phrase = phrase[at + len(subject_text):]
            phrase = phrase[1:] if phrase.startswith("的") else phrase
    return "" if phrase.startswith(("比", "较")) else phrase


_NOUN_AFTER = regex.compile(r"[“”\p{Han}A-Za-z][\p{Han}A-Za-z0-9“”\"]{0,24}")


def _following_noun(doc: Document, m: Mention, next_start: int) -> str:
    """The noun written right after a number (17座智能化矿井, 109平方米的巨型电子屏幕)."""
    after = doc.text[m.end:next_start]
    after = after[1:] if after.startswith("的") else after
    after = _NOUN_END.split(after, maxsplit=1)[0]
    scope = _SCOPE_IN.search(after)
    after = after[: scope.start()] if scope else after  # …综合产能全国前三: the rank's scope ends it
    match = _NOUN_AFTER.match(after)
    if not match or _NOT_A_NOUN.match(match.group()):
        return ""
    tokens = tag(clean(match.group()))
    run = 0
    while run < len(tokens):
        word, pos = tokens[run]
        joins = word in ("和", "与", "及", "、") and run and run + 1 < len(tokens) and _nounish(*tokens[run + 1])
        grade = pos in ("m", "q") and bool(_GRADE.fullmatch(word))  # 千亿级产业集群
        if not (_nounish(word, pos) or pos == "ad" or joins or grade or (run == 0 and pos in ("r", "v", "f"))):
            break
        run += 1  # 本地软硬件适配企业发展 → 本地软硬件适配企业; 创新平台火力全开 → 创新平台
    while run > 1 and not (tokens[run - 1][1] in _HEAD_TAGS or tokens[run - 1][0] in _KEEP_INSIDE
                           or _GRADE.fullmatch(tokens[run - 1][0]) and run == len(tokens)):
        run -= 1  # a noun phrase ends in a noun: 芯片固定 → 芯片
    return clean("".join(word for word, _ in tokens[:run]))


def _words_of(phrase: str) -> list[str]:
    """Words of a name, a numeral kept with its measure word (百亿级 is one word)."""
    words: list[str] = []
    for word, pos in tag(phrase):
        if words and pos == "q" and _NUMERAL_END.search(words[-1]):
            words[-1] += word
        else:
            words.append(word)
    return words


_GRADE = regex.compile(r"[十百千万亿]+级?|级")
_NUMERAL_END = regex.compile(r"[\d十百千万亿]$")


def complete_names(names: list[str]) -> list[str]:
    """Restore a head written once, on the last item of a list: 煤炭、焦化行业先进产能 →
    煤炭行业先进产能; 1个千亿级、8个百亿级产业集群 → 千亿级产业集群."""
    if len(names) < 2:
        return names
    last = _words_of(names[-1])
    if len(last) < 2:
        return names
    tail = "".join(last[1:])
    return [n + tail if len(_words_of(n)) == 1 and not n.endswith(tail) else n for n in names[:-1]] + [names[-1]]


def _complete_count_lists(doc: Document) -> None:
    """Counts in one clause whose nouns are a list with a shared head (1个千亿级、8个百亿级产业集群)."""
    counts = [m for m in doc.mentions if m.kind == "count" and m.metric]
    for a, b in zip(counts, counts[1:]):
        if (doc.clause_start(a.start) == doc.clause_start(b.start) and doc.text[a.end:b.start].endswith("、")
                and str(a.metric.value).endswith(("级", "型", "类"))):  # 28名院士、3名国医大师 share nothing
            completed = complete_names([str(a.metric.value), str(b.metric.value)])[0]
            if completed != a.metric.value:
                a.metric = Attribute(completed, a.metric.start, a.metric.end, a.metric.how)


def attach_metrics(doc: Document) -> None:
    previous: Mention | None = None
    heads = tuple(by_length(_words()["heads"]))
    rank_heads = tuple(_words()["rank_heads"])
    for i, m in enumerate(doc.mentions):
        same_sentence = previous is not None and doc.sentence(previous.start) == doc.sentence(m.start)
        prior = previous.metric if same_sentence and previous.metric else None
        next_start = doc.mentions[i + 1].start if i + 1 < len(doc.mentions) else len(doc.text)
        phrase = _left_phrase(doc, m)
        if m.kind == "rank":
            phrase = _rank_tail().sub("", phrase, count=1)
        metric = _share_metric(phrase, prior) if _SHARE_VERB.search(phrase) else metric_phrase(phrase)
        how = "explicit"
        if m.kind == "count":
            metric = _following_noun(doc, m, next_start) or metric
        elif m.kind == "amount" and not m.change_of_level:
            metric = _attributive(doc, m, next_start, phrase) or metric
        rate = _RATE.search(phrase) if m.kind == "change" else None
        if rate:
            # 增速比一季度回落0.8个百分点, 降幅比上月收窄0.5个百分点: the rate of the level before
            base = metric.replace(rate.group(), "") or (_RATE_SUFFIX.sub("", str(prior.value)) if prior else "")
            metric = base + rate.group()
        elif metric in rank_heads + ("",) and prior and (m.kind == "rank" or metric):
            metric = prior.value + metric  # 总量全省第二 → GDP总量
        if metric.startswith("一") and len(metric) <= 2:
            metric = ""
        if not metric and prior:
            metric, how = prior.value, "inherited"
            if m.kind == "change" and previous.kind == "growth" and not metric.endswith(("增速", "增幅")):
                metric += "增速"  # 增长5.4%,比8月份加快0.9个百分点: a difference of growth rates
        elif prior and m.kind == previous.kind and metric and not metric.endswith(heads) and len(metric) <= 8:
            head = next((h for h in heads if str(prior.value).endswith(h)), None)
            if head and previous.list_id is None and m.list_id is None:
                metric = metric + head  # elided head: 汽车制造业增长12.6% after …增加值增长31%
        if m.change_of_level and metric:
            metric += "增量"
        m.metric = Attribute(metric, *_locate(doc, m, metric, next_start), how) if metric else None
        previous = m
    _complete_count_lists(doc)


_BUILT_SUFFIX = regex.compile(r"(?:增量|增速|面积|长度|产能|装机容量|容积|比重|占比|总量)$")


def _locate(doc: Document, m: Mention, metric: str, next_start: int) -> tuple[int | None, int | None]:
    """Where the metric is written: the nearest copy before the number in its sentence
    (or right after it, for counted nouns), without a suffix czfacts added (…增量)."""
    start, _ = doc.sentence(m.start)
    for text in (metric, _BUILT_SUFFIX.sub("", metric)):
        if not text:
            continue
        at = doc.text.rfind(text, start, m.start)
        if at < 0:
            at = doc.text.find(text, m.end, next_start)
        if at >= 0:
            return at, at + len(text)
    return None, None


def _share_metric(phrase: str, prior: Attribute | None) -> str:
    """传统产业占其工业总量 → 传统产业占工业总量比重; 占工业投资比重 → <prior>占工业投资比重."""
    at = _SHARE_VERB.search(phrase)
    owner, whole = phrase[: at.start()], phrase[at.end():]
    owner = metric_phrase(owner) or (_RATE_SUFFIX.sub("", str(prior.value)) if prior else "")
    whole = _WHOLE_PREFIX.sub("", whole)  # 占其工业总量; 占全市国土面积 keeps 全市
    tail = _strip_patterns()[1]
    whole = tail.sub("", _SHARE_TAIL.sub("", tail.sub("", whole))).replace("“", "").replace("”", "")
    if not whole:
        return f"{owner}占比" if owner else clean(phrase)
    return f"{owner}占{whole}比重"


def _attributive(doc: Document, m: Mention, next_start: int, phrase: str) -> str:
    """A number written before its noun: 109 平方米的巨型电子屏幕 → 巨型电子屏幕面积;
    特瓦时能源 10 万吨磷酸锰铁锂正极材料 → 磷酸锰铁锂正极材料产能 (owner: 特瓦时能源);
    安排2000万元市级财政资金 → 市级财政资金."""
    after = doc.text[m.end:next_start]
    direct = bool(_WORD_START.match(after)) and not _NOT_A_NOUN.match(after)
    capacity = direct and m.unit in ("t", "W")  # a project's capacity: its owner stands before it
    if not (capacity or (direct or after.startswith("的")) and _ends_open(phrase)):
        return ""
    noun = _following_noun(doc, m, next_start)
    if not noun:
        return ""
    if capacity:
        owner = clean(_ITEM_SEPARATOR.split(phrase)[-1])
        if owner and len(owner) <= 8 and (m.subject is None or m.subject.how == "document" or m.subject.end <= m.start - len(phrase)):
            m.subject = Attribute(owner, m.start - len(phrase), m.start, "explicit")
    suffix = attributive_suffix(m.unit, direct=direct) or ""
    return noun if noun.endswith(_CAPACITY_WORDS) else noun + suffix  # 综合产能 needs no 装机容量


def _ends_open(phrase: str) -> bool:
    """The phrase before a number does not name a metric: empty, an article (一块), or it
    ends in a verb or preposition (固定在0.05平方米的模块)."""
    core = clean(phrase)
    if not core or _ARTICLE.fullmatch(core):
        return True
    # 芯片固定在0.05平方米的模块, 上党50万亩大型灌区 are open; 收入突破2万元大关 is not: 突破 is
    # a predicate, and 收入 names the metric
    last_raw, last_core = tag(phrase)[-1][1], tag(core)[-1][1]
    return last_raw == "p" or last_core in ("p", "v", "ns")
