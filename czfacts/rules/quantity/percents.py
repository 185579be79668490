"""Proportions written in words: 百分之五, 千分之三, 万分之八, 三分之一, 3/5, 八成, 七成五, 翻一番."""
from __future__ import annotations

import regex

from ...document import Document, Mention
from ...lexicon import lexical_cache, load, trie_pattern
from ...numerals import ARABIC_NUMBER, CN_NUMBER, DIGIT_CHARS, NONZERO_DIGIT_CHARS, WHOLE_NUMBER, read_number
from ..base import Example, Rule
from .bounds import past_bound
from .grammar import DASH, context_before, words

_PART = rf"(?:{ARABIC_NUMBER}|{CN_NUMBER})"


def _percent_words(m: regex.Match, doc: Document) -> Mention | None:
    denominator = read_number(m.group("pw_den"))  # 百 → 100, 十万 → 1e5: the numeral grammar reads it
    value = read_number(m.group("pw_n"))
    upper = read_number(m.group("pw_n2")) if m.group("pw_n2") else None
    if not denominator or value is None or (m.group("pw_n2") and (upper is None or upper <= value)):
        return None
    per = 100 / denominator
    sign = -1 if m.group("pw_sign") else 1
    return Mention(*m.span(), sign * value * per, "%", "share", PERCENT_WORDS.name,
                   upper=None if upper is None else upper * per)


PERCENT_WORDS = Rule(
    name="quantity.percent_words",
    doc="百分之/千分之/万分之/百万分之 + a number (负 makes it negative; 百分之三十到四十 is a range) → %.",
    examples=(
        Example("农民收入增长百分之五点五", {"span": "百分之五点五", "value": 5.5, "unit": "%"}),
        Example("城镇登记失业率为千分之三", {"span": "千分之三", "value": 0.3, "unit": "%"}),
        Example("次品率控制在万分之八以内", {"span": "万分之八", "value": 0.08, "unit": "%"}),
        Example("学科排名进入前万分之一", {"span": "万分之一", "value": 0.01, "unit": "%"}),
        Example("污染物浓度不超过百万分之五", {"span": "百万分之五", "value": 0.0005, "unit": "%"}),
        Example("出口价格增长百分之负三点八", {"span": "百分之负三点八", "value": -3.8}),
        Example("新能源车占比达到百分之三十到四十", {"span": "百分之三十到四十", "value": 30.0, "upper": 40.0}),
    ),
    negatives=("百分之的说法", "大家信心百分百", "千分之的误差不存在"),
    pattern=(rf"(?P<pw_den>百万|千万|十万|百|千|万|亿)分之(?P<pw_sign>负)?(?P<pw_n>{_PART})"
             rf"(?:{DASH}(?:(?P=pw_den)分之)?(?P<pw_n2>{_PART}))?(?!分之)"),
    produce=_percent_words,
)


def _digits(m: regex.Match, doc: Document) -> Mention | None:
    places = read_number(m.group("dg_n"))
    if not places or places < 2:
        return None
    return Mention(*m.span(), 10.0 ** (places - 1), "%", "growth", DIGITS.name, bound="ge")


DIGITS = Rule(
    name="quantity.digits",
    doc="两位数增长: a growth written by its number of digits, at least 10 % (三位数: 100 %), bound ge.",
    examples=(
        Example("全市出口连续三年保持两位数增长", {"span": "两位数", "value": 10.0, "unit": "%", "kind": "growth", "bound": "ge"}),
        Example("两市工业增速仍然保持两位数以上", {"span": "两位数", "value": 10.0, "kind": "growth", "bound": "ge"}),
    ),
    negatives=("密码由六位数字组成", "他的工资涨到了五位数"),
    # before a growth word, or after one and a few words (增速仍然保持两位数以上)
    pattern=r"(?P<dg_n>⟨digit⟩)⟨digits_mark⟩(?:(?=的?⟨digits_growth⟩)|(?<=⟨digits_growth⟩[^，,。；;]{0,8}))",
    produce=_digits,
)


def _fraction(m: regex.Match, doc: Document) -> Mention | None:
    whole, part = read_number(m.group("fr_whole")), read_number(m.group("fr_part"))
    if not whole or part is None or part > whole:
        return None
    return Mention(*m.span(), 100 * part / whole, "%", "share", FRACTION.name)


FRACTION = Rule(
    name="quantity.fraction",
    doc="N分之M (三分之一, 一千分之一) → a share in %.",
    examples=(
        Example("光伏发电量占总发电量的三分之一", {"span": "三分之一", "value": 100 / 3, "unit": "%", "kind": "share"}),
        Example("抽检不合格率约一千分之一", {"span": "一千分之一", "value": 0.1, "unit": "%"}),
        Example("民营经济贡献了五分之四的新增就业", {"span": "五分之四", "value": 80.0}),
    ),
    negatives=("三分之二十的说法不成立",),
    pattern=rf"(?P<fr_whole>{WHOLE_NUMBER})分之(?P<fr_part>{WHOLE_NUMBER})",
    produce=_fraction,
)


@lexical_cache
def _share_verbs() -> tuple[str, ...]:
    """占 earlier in the clause makes a/b a share (占全省用煤总量的3/5): data/attribution.toml."""
    return tuple(load("attribution")["metric"]["share_verb"])


def _slash_fraction(m: regex.Match, doc: Document) -> Mention | None:
    part, whole = int(m.group("sf_part")), int(m.group("sf_whole"))
    text, (start, end) = doc.text, m.span()
    if not 0 < part < whole:
        return None
    clause = context_before(text, start)
    if not any(w in clause for w in _share_verbs()) and not text.startswith("的", past_bound(text, end)) \
            and not text.endswith("的", 0, start) and not text.endswith(_change_verbs(), 0, start):
        return None  # 3/5 without 占 … 的 around it, or a verb of change before it, is a date, a score or a code
    return Mention(start, end, 100 * part / whole, "%", "share", SLASH_FRACTION.name)


@lexical_cache
def _change_verbs() -> tuple[str, ...]:
    """减少1/3, 提高了1/5: a fraction right after a verb of change is the change."""
    growth = load("kinds")["growth"]
    verbs = [w for w in growth["up"] + growth["down"] if w not in growth["rate_nouns"]]
    aspects = load("attribution")["metric"]["aspect_particles"]
    return tuple(verbs + [w + a for w in verbs for a in aspects])


SLASH_FRACTION = Rule(
    name="quantity.slash_fraction",
    doc="a/b written with a slash is a share where the text makes it one (占…的3/5, 3/5的企业).",
    examples=(
        Example("进口煤炭占全省用煤总量的3/5", {"span": "3/5", "value": 60.0, "unit": "%", "kind": "share"}),
        Example("全县约1/4的村庄通了天然气", {"span": "1/4", "value": 25.0, "unit": "%"}),
        Example("全省1/3以上的专项资金投向基础研究", {"span": "1/3", "value": 100 / 3, "unit": "%", "bound": "ge"}),  # (a bound before 的)
        Example("审批事项比上年减少1/4", {"span": "1/4", "value": -25.0, "kind": "growth"}),  # a verb of change
    ),
    negatives=("会议定于10/12召开", "比分定格在2/3", "全天候7/24服务"),
    pattern=r"(?<![\d./])(?P<sf_part>\d{1,3})/(?P<sf_whole>\d{1,3})(?![\d./%])",
    produce=_slash_fraction,
)


@lexical_cache
def cheng_not_before() -> str:
    """成本, 成为, 成都 …: 成 starting a word is no tenth."""
    return trie_pattern(load("nonfacts")["cheng"]["not_before"])


def _cheng(m: regex.Match, doc: Document) -> Mention | None:
    tenths = read_number(m.group("ch_n"))
    low = read_number(m.group("ch_low")) if m.group("ch_low") else None
    if tenths is None or tenths > 10 or (m.group("ch_low") and (low is None or low >= tenths)):
        return None
    extra = m.group("ch_x")
    value = tenths * 10 + (5 if extra in words("half") else (read_number(extra) if extra else 0))
    if low is not None:  # 三至五成: 30 % to 50 %
        return Mention(*m.span(), low * 10, "%", "share", CHENG.name, upper=float(value))
    return Mention(*m.span(), float(value), "%", "share", CHENG.name, bound="gt" if m.group("ch_more") else "eq")


CHENG = Rule(
    name="quantity.tenths",
    doc="成 after a numeral (八成, 两成, 2.5成, 七成五, 三成半) is tenths: a share in %.",
    examples=(
        Example("全市八成企业实现盈利", {"span": "八成", "value": 80.0, "unit": "%", "kind": "share"}),
        Example("全县两成耕地种上了大豆", {"span": "两成", "value": 20.0}),
        Example("返乡青年中近两成选择创业", {"span": "两成", "value": 20.0, "bound": "approx"}),
        Example("外出务工人员中2.5成返乡创业", {"span": "2.5成", "value": 25.0}),
        Example("七成五的村庄完成改厕", {"span": "七成五", "value": 75.0}),
        Example("三成半的农户加入合作社", {"span": "三成半", "value": 35.0}),
        Example("网购用户中三成多来自农村", {"span": "三成多", "value": 30.0, "bound": "gt"}),
        Example("订单预计增长三至五成", {"span": "三至五成", "value": 30.0, "upper": 50.0}),
    ),
    negatives=("企业两成本下降", "四成员国签署协议", "三五成群的游客", "制度一成不变"),
    pattern=(rf"(?<![{DIGIT_CHARS}\d.])(?:(?P<ch_low>\d|[{NONZERO_DIGIT_CHARS}]){DASH})?"
             rf"(?P<ch_n>\d{{1,2}}(?:\.\d)?|十|[{NONZERO_DIGIT_CHARS}])成"
             rf"(?P<ch_x>半|[{NONZERO_DIGIT_CHARS}](?!成))?(?P<ch_more>多)?(?!⟨cheng_not⟩)"),
    produce=_cheng,
)


def _a_half(m: regex.Match, doc: Document) -> Mention | None:
    return Mention(*m.span(), 50.0, "%", "share", A_HALF.name, bound="gt" if m.group("ah_over") else "eq")


A_HALF = Rule(
    name="quantity.a_half",
    doc="一半 (and 过半, more than half) is a proportion of 50 % (压减一半 is a growth of -50 %).",
    examples=(
        Example("全县一半以上的村庄完成改厕", {"span": "一半", "value": 50.0, "unit": "%", "bound": "ge"}),
        Example("全市过半企业实现盈利", {"span": "过半", "value": 50.0, "bound": "gt"}),
        Example("会议经费压减一半", {"span": "一半", "value": -50.0, "kind": "growth"}),
    ),
    negatives=("另一半时间用于学习", "用了半导体材料"),
    # (不超过半斤: 半 before a unit is the half reader's; 另一半 is the rest)
    pattern=rf"(?<![另\d{DIGIT_CHARS}十])(?:一半|(?<!超)(?P<ah_over>过)半)(?![导年月天日场程径岛]|⟨half_unit⟩)",
    produce=_a_half,
)


def _fold(m: regex.Match, doc: Document) -> Mention | None:
    times = 2 ** int(read_number(m.group("fo_n")) or 1)
    return Mention(*m.span(), float(times), "times", "ratio", FOLD.name)


FOLD = Rule(
    name="quantity.fold",
    doc="翻一番 / 翻了两番: doubling N times, a ratio of 2^N.",
    examples=(Example("十年间全县粮食产量翻了一番", {"span": "翻了一番", "value": 2.0, "unit": "times", "kind": "ratio"}),
              Example("力争农民收入翻两番", {"span": "翻两番", "value": 4.0})),
    negatives=("翻开新的一页",),
    pattern=rf"翻了?(?P<fo_n>[{NONZERO_DIGIT_CHARS}])番",
    produce=_fold,
)
