"""Noun phrases for metrics: strip predicates, find the noun core, read the noun after a
number, and restore heads a list writes once. Used by the metric and 分别 stages.

Word lists come from data/attribution.toml [metric]; POS tags from czfacts.tokenize.
"""
from __future__ import annotations

from functools import cache

import regex

from ..lexicon import load, trie_pattern
from ..tokenize import tag

_SCOPE_IN = regex.compile(r"(?<=\p{Han}{2})(?:全国|全省|全市|全球|世界)")
_NOUN_END = regex.compile(r"[，,、。；;：:（(]|等")
NOT_A_NOUN = regex.compile(r"(?:以上|左右|多|余|是|为|达|增长|下降|用于|的|大关|关口|水平)")
_PLACE_COUNT = regex.compile(r"^[两二三四五六七八九十\d]+(?:市|县|区|省|地)(?=[\p{Han}A-Za-z])")  # 杭州、宁波两市GDP
_TRAILING_LOCATIVE = regex.compile(r"(?:上|中|里|内|方面|领域)$")


@cache
def words() -> dict:
    return load("attribution")["metric"]


@cache
def _strip_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    w = words()
    head = trie_pattern(x for x in w["connectives"] + w["predicates"] if len(x) > 1)
    tail = trie_pattern(w["predicates"] + ["、", "“", "”", ",", "，"])
    return regex.compile(rf"^(?:{head}|[、“”,，:：\"])+"), regex.compile(rf"(?:{tail})+$")


@cache
def _single_char_words() -> frozenset[str]:
    w = words()
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


def strip_predicates(phrase: str) -> str:
    """Only the predicates at the end of a phrase (占工业投资比重提高 → 占工业投资比重)."""
    return _strip_patterns()[1].sub("", phrase)


def clean(phrase: str) -> str:
    """Strip predicates, connectives and quotes from both ends of a phrase."""
    head, tail = _strip_patterns()
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = tail.sub("", _strip_single_words(_PLACE_COUNT.sub("", head.sub("", phrase))))
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
        if seen_noun and word not in _keep_inside():
            if pos in ("p", "d", "uj", "f") or (pos == "r" and word in _PRONOUNS) or word in _COPULAS:
                break
            following = tokens[i + 1][1] if i + 1 < len(tokens) else None
            if pos == "v" and following in ("p", "d", "uj", "ul", "r", "f", "u"):
                break
        out.append((word, pos))
        seen_noun = seen_noun or pos in ("n", "nz", "vn", "eng", "nt", "ns", "j", "an")
    while len(out) > 2 and out[0][1] == "v" and out[0][0] not in _keep_inside() and out[1][1] != "uj":
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
             if tokens[i][1] == "v" and tokens[i][0] not in _keep_inside()]
    if not verbs:
        return opening
    obj = tokens[verbs[-1] + 1:]
    if obj and all(_nounish(w, p) for w, p in obj) and len("".join(w for w, _ in obj)) >= 2:
        if len(obj) == 1 and len(obj[0][0]) <= 2:
            obj = tokens[verbs[-1]:]  # 共签约项目 → 签约项目: a bare 项目 names nothing
        return clean("".join(w for w, _ in obj))
    return opening


@cache
def _keep_inside() -> frozenset[str]:
    """Words the tagger calls verbs that are parts of indicator names (投资, 增加值, 采掘)."""
    return frozenset(words()["keep_inside"])


def _nounish(word: str, pos: str) -> bool:
    return pos in _NOUN_TAGS or word in _keep_inside()


_PRONOUNS = {"其", "这", "那", "该", "此", "我们", "他们", "它", "它们", "我", "你", "这些", "那些", "这个", "那个"}
_COPULAS = {"是", "为", "相当于", "达到", "达"}  # 人均水资源占有量是全省平均水平的1.6倍
_HEAD_TAGS = {"n", "nz", "vn", "eng", "nt", "ns", "j", "ng", "x", "l", "nr", "nrt"}
_NOUN_TAGS = {"n", "nz", "vn", "eng", "nt", "ns", "nr", "nrt", "nrfg", "j", "an", "b", "a", "l", "ng", "x", "k"}


_NOUN_AFTER = regex.compile(r"[“”\p{Han}A-Za-z][\p{Han}A-Za-z0-9“”\"]{0,24}")


def following_noun(after: str) -> str:
    """The noun written right after a number (17座智能化矿井, 109平方米的巨型电子屏幕),
    given the text between the number and the next one."""
    after = after[1:] if after.startswith("的") else after
    after = _NOUN_END.split(after, maxsplit=1)[0]
    scope = _SCOPE_IN.search(after)
    after = after[: scope.start()] if scope else after  # …综合产能全国前三: the rank's scope ends it
    match = _NOUN_AFTER.match(after)
    if not match or NOT_A_NOUN.match(match.group()):
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
    while run > 1 and not (tokens[run - 1][1] in _HEAD_TAGS or tokens[run - 1][0] in _keep_inside()
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


