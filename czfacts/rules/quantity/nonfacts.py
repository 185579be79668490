"""Spans that never give a fact, masked before quantities are read: labels and idioms
(data/nonfacts.toml), phone numbers and clock times, web addresses and file names."""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from ...compiled import compiled
from ...document import Document
from ...numerals import NONZERO_DIGIT_CHARS, ORDINARY_NUMERAL_CHARS, read_number
from ...lexicon import lexical_cache, load, trie_pattern
from ...places import gazetteer_in_text
from ..base import Rule

LABELS = Rule(
    name="nonfacts.labels",
    doc="Labels, slogans and idioms whose numerals are no quantities (十四五, 一企带一链, 五台山, 十足); "
        "a phone number or a clock time.",
    negatives=("坚持“十四五”规划不动摇", "游客登上五台山顶", "干劲十足的三元锂电池车间", "热线0355-2021234",
               "PM10年平均浓度下降明显", "打通农村寄递物流“最后一公里”",
               "会议于9:30开始", "新建一批5人制足球场", "群众的日子一年比一年好",
               "在和平共处五项原则基础上发展友好关系", "坚持“抓两头、带中间”的思路",
               "这是向第二个百年奋斗目标进军的第一个五年", "全县财政收入是上一个【五年】的1.4倍", "年末【三轮】汽车保有量120辆",
               "落实“稳、进、立”三个字", "全口径编制四本预算",
               "开展二次招商", "十年的成就来之不易", "坚决做到两个维护", "新时代十年全省面貌焕然一新",
               "确保重点项目早一天投产", "提高困难残疾人两项补贴标准", "动态消除劣五类水体", "综合排名位居全国第一梯次",
               "建成全球最大的第五代移动通信网络", "以前村里没有【一分钱】集体收入"),
)

PLACE_NUMERALS = Rule(
    name="nonfacts.place_numerals",
    doc="A place whose name opens with a numeral (七台河, 三门峡, 六盘水) is a name: its numeral counts nothing, "
        "though a measure word may follow it (七台/河, 三门/峡).",
    negatives=("【七台】河市地区生产总值增长5%", "加快【三门】峡盆地油气资源开发", "长春市【九台】区地区生产总值增长5%"),
)


@lexical_cache
def _place_numerals() -> regex.Pattern:
    """The gazetteer's names for running text that open with a numeral, longest first."""
    return compiled(trie_pattern(name for name in gazetteer_in_text() if name[0] in ORDINARY_NUMERAL_CHARS))


# Each alternative alone, for finding the lines that can hold a web address (see _web_spans).
_WEB_PARTS = (
    r"(?:https?://|www\.)[A-Za-z0-9._~:/?#\[\]@!$&'*+,;=%-]+",
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",  # from the run's start: linear
    r"[\p{Han}A-Za-z0-9_-]{1,12}"
    r"\.(?:pdf|docx?|xlsx?|pptx?|wps|txt|csv|zip|rar|7z|jpe?g|png|gif|html?|xml|json)"
    r"(?![A-Za-z0-9])",
    r"(?<![\d.])(?:%[0-9A-Fa-f]{2})+",
)

WEB = Rule(
    name="nonfacts.web",
    doc="Nothing inside a URL, an e-mail address, a file name or a percent-encoded string.",
    negatives=("详见https://www.example.gov.cn/2024/05/art_12_3456.html", "来信请寄zhang2024@example.com",
               "下载附件2024年统计表3.xlsx", "链接中的%E4%B8%AD%2D字样"),
    pattern="(?i)" + "|".join(_WEB_PARTS),
)

TIME_AGO = Rule(
    name="nonfacts.time_ago",
    doc="A time counted back from now (十年前, 比5年前下降30%) dates a comparison, and one counted on from an "
        "event that frames its clause (一年后，…) dates what follows; they measure nothing.",
    negatives=("十年前，这里还是一片荒滩", "湿地面积比【5年】前扩大了30%", "三个月前刚刚投产", "【两年】后，园区产值翻了一番"),
    pattern=rf"(?<![\d.])[\d{NONZERO_DIGIT_CHARS}十几数]{{1,3}}多?(?:年|个月|个星期|周|天)以?(?:前(?![进列行茅])|后(?=[，,]))",
)

PLAN_SPAN = Rule(
    name="nonfacts.plan_span",
    doc="The years in a plan's name (三年行动计划, 外贸五年倍增计划, 十年“卓粤”计划) name the plan; they measure nothing.",
    negatives=("实施制造业数字化转型三年行动计划", "深入实施十年“强基”计划", "推进存量安置房三年清零攻坚行动",
               "全县粮食产量创【十年】新高", "一、过去一年和【五年】工作回顾"),  # (提前两年完成任务: a span, no name)
    # (用3年时间完成…计划, 3年内, 3年来: a span of time, not a name)
    pattern=rf"(?<![\d.]|连续|⟨plan_not_after⟩)[\d{NONZERO_DIGIT_CHARS}十]{{1,3}}年(?!时间|内|来|以来|后|间|前)"
            rf"(?=[\p{{Han}}“”]{{0,6}}?⟨plan_nouns⟩)",  # (提前一年实现…目标: how early, no plan's name)
)

ERA = Rule(
    name="nonfacts.era",
    doc="A span of years that names an era (10年的改革发展, 十年变迁) says when things happened; it measures "
        "nothing (连续14年, 用时3年 do; 两年半以来 is a period, rules/period.py).",
    negatives=("经过【10年】的改革发展，老工业区完成了调整改造", "展品见证着【十年】变迁",
               "经过【20年】持之以恒的努力，全县告别了缺水的历史", "经过【六年】不懈努力，全县实现了脱贫",
               "上次换届以来的【五年】，是全县发展很不平凡的【五年】。", "全市时隔【8年】再次举办省运会",
               "五年新增装机2000万千瓦，是1980年到2000年【21年】的总和",  # a description may stand before the era's noun
               "经过【30多年】改革开放，我国建立了良好的物质基础", "得益于改革开放【40年】积累的物质基础"),
    pattern=rf"(?<![\d.])[\d{NONZERO_DIGIT_CHARS}十几]{{1,3}}多?年的?(?=⟨era_nouns⟩)"
            rf"|(?<=⟨era_before⟩)[\d{NONZERO_DIGIT_CHARS}十几]{{1,3}}多?年(?!来|以来)"
            rf"|(?<=⟨era_openers⟩)[\d{NONZERO_DIGIT_CHARS}十几]{{1,3}}多?年(?=\p{{Han}}{{1,6}}?的?⟨era_nouns⟩)"
            # 会议以来的五年, 是极不平凡的五年: years described that end their clause are a time, no figure
            rf"|(?<=的)[{NONZERO_DIGIT_CHARS}十几]{{1,3}}年(?=[，。；！,;!])"
            rf"|(?<=⟨era_gaps⟩)[\d{NONZERO_DIGIT_CHARS}十几]{{1,3}}年多?",  # 时隔16年再获奖牌: since when, no figure
)

RECKONED = Rule(
    name="nonfacts.reckoned",
    doc="The span a figure is reckoned over (按一年计意向成交金额800亿美元) is how it was counted; it measures nothing.",
    negatives=("按【一年】计，意向成交额达到700亿美元",),
    pattern=rf"(?<=按)[\d{NONZERO_DIGIT_CHARS}十]{{1,3}}(?:年|个月|天)(?=计)",
)

CIRCLE = Rule(
    name="nonfacts.circle",
    doc="The time or reach that names a service circle (15分钟生活圈, 三小时经济圈) is part of the programme's name.",
    negatives=("打造【15分钟】便民服务圈", "建成“【30分钟】健身圈”", "推进“五城【三小时】经济圈”建设"),
    pattern=rf"[\d{NONZERO_DIGIT_CHARS}十]{{1,3}}(?:分钟|小时|公里)(?=\p{{Han}}{{0,8}}?⟨circles⟩)",
)

SESSION = Rule(
    name="nonfacts.session",
    doc="The term and sessions of a congress or plenum (市委六届五次、六次全会, 市六届人大二次会议) name "
        "meetings; they count nothing.",
    negatives=("省委召开十二届七次、八次全会", "圆满完成市六届人大三次会议确定的目标", "【七届】人大常委会审议通过法律12件",
               "认真落实县委【五届】历次全会部署"),
    pattern=rf"(?<![\d.])[\d{NONZERO_DIGIT_CHARS}十]{{1,3}}届\p{{Han}}{{0,4}}?[\d{NONZERO_DIGIT_CHARS}十]{{1,3}}次"
            rf"(?:[、和][\d{NONZERO_DIGIT_CHARS}十]{{1,3}}次)*(?=⟨session_nouns⟩)"
            rf"|(?<![\d.])[\d{NONZERO_DIGIT_CHARS}十]{{1,3}}届(?=⟨session_bodies⟩)",
)

POINTER = Rule(
    name="nonfacts.pointer",
    doc="A count after a word that points at the items listed next (以下三个方面, 下列五项), or before the colon "
        "that opens them (抓好三个方面：一是…), says how many follow; it is no figure.",
    negatives=("必须从以下【三个】方面解决好这个问题", "重点抓好以下【十个】方面的工作", "除以上【十项】工作以外，还要抓好安全生产",
               "要突出抓好【三个】方面：一是着力搞好宏观调控",  # …or before a colon that opens the list
               "努力完成以下的【八项】主要任务", "今年重点抓好【五件】事：", "今年要采取【四项】措施：一要健全制度"),
    pattern=rf"(?<=⟨words⟩的?)[\d{NONZERO_DIGIT_CHARS}十几]{{1,3}}(?=⟨nouns⟩)"
            rf"|(?<![\d.])[\d{NONZERO_DIGIT_CHARS}十几]{{1,3}}(?=(?:⟨nouns⟩){{1,2}}[：:])",
)

RANKED_AMONG = Rule(
    name="nonfacts.ranked_among",
    doc="A count of places, written bare, that a rank or a comparison is made among (位居三省之首, 在东北三省中居首位, "
        "两市中，…) names the set just spoken of; it counts nothing.",
    negatives=("吉林增速位居【三省】之首", "一季度辽宁GDP增速在东北【三省】中居首位", "【两市】中，宁波增速更快",
               "增速居长三角【四省市】首位"),
    pattern=rf"(?<![\d{NONZERO_DIGIT_CHARS}十])[\d{NONZERO_DIGIT_CHARS}十]{{1,2}}⟨words⟩(?=⟨nouns⟩)",
)

NAMED_THRESHOLD = Rule(
    name="nonfacts.named_threshold",
    doc="A measure written inside a rate's name (室温20℃达标率) defines what the rate counts; it is no figure.",
    negatives=("全市供热用户室温【18℃】达标率达到95%",),
    pattern=r"(?<![\d.])\d+(?:\.\d+)?⟨words⟩(?=\p{Han}{0,4}?⟨nouns⟩)",
)

GLOSSED_LIST = Rule(
    name="nonfacts.glossed_list",
    doc="A count right after a quoted list of as many items (“登高、升规、晋位、上市”四个工程) says how many names "
        "the quote held; it glosses the name, it is no figure (“三大”: a different number is one).",
    negatives=("实施“育苗、扶壮、升规”【三项】行动", "打造“山、水、林、田、湖”【五大】品牌",
               # without quotation marks, before an abstract head the items are parts of
               "抓好源头防范、过程管控、应急处置【三个】环节", "落实养老、医疗、失业【三项】社会保险待遇"),
    # (the unquoted count and its head are found first, then the list before it: a list pattern tried at
    # every character cost a tenth of the stage)
    pattern=rf"“(?P<items>[^“”]{{1,60}})(?:⟨quote_ends⟩)(?P<count>[\d{NONZERO_DIGIT_CHARS}十]{{1,2}})(?=⟨glossed⟩)"
            rf"|(?P<bare>[{NONZERO_DIGIT_CHARS}十])(?:⟨unquoted⟩)(?=⟨abstract⟩)",
)

PER_BASE = Rule(
    name="nonfacts.per_base",
    doc="The base a rate or price is stated per (每50公斤提高5元, 每100元营业收入中的成本) is how the rate is counted; "
        "it measures nothing (每年, 每月 hold no figure).",
    negatives=("今年小麦最低收购价每【50公斤】提高6元", "每【100元】营业收入中的成本为84.6元", "每【10万】人口拥有执业医师280人"),
    pattern=rf"(?<=⟨per_base⟩)(?:[\d.]+|[{NONZERO_DIGIT_CHARS}十百千万]{{1,4}})(?=\p{{Han}})",
)

TOP_SHARE = Rule(
    name="nonfacts.top_share",
    doc="A percentile after 前 in a ranking (学科进入ESI全球前1%, 前1‰) is the bar of the ranking's top, no figure "
        "of its own (data nonfacts.top_share).",
    negatives=("全省有50个学科进入ESI全球排名前【1%】", "3个学科进入前【1‰】"),
    pattern=r"(?<=⟨top_before⟩)\d+(?:\.\d+)?(?:⟨top_marks⟩)",
)

PER_ONE = Rule(
    name="nonfacts.per_one",
    doc="One of a unit opening a clause with a figure after it in the clause (一亩地能挣800元, 一吨煤可发电3000度, 一年挣了3万多元) "
        "is the base the figure is per: it measures nothing (他家种了一亩地 does).",
    negatives=("种粮大户算了笔账，【一亩】地能挣800元左右", "【一吨】煤可发电3000千瓦时", "他在合作社打工，【一年】挣了4万多元",
               # …or inside its clause before 就 or a modal (光冷库出租一年就能收入30多万元, 一天可生产…)
               "合作社光冷库出租【一年】就能收入30多万元", "这条生产线【一天】可生产口罩10万只",
               # …or after a quote's opening or a time word (过去一斤卖30元，现在…: the price then and now)
               "“过去【一斤】干木耳卖30元，现在能卖到120元。”"),
    pattern=r"(?m)(?:^|(?<=[，,。；;：:“]|⟨one_openers⟩))一(?:⟨one_units⟩)(?=[^，,。；;\d]{1,8}\d)"
            r"|一(?:⟨one_units⟩)(?=(?:⟨then⟩)[^，,。；;\d]{0,6}\d)",
)

COLUMN = Rule(
    name="nonfacts.column",
    doc="A news column's name in lenticular brackets opening a line (【非凡十年】, 〖奋进五年〗) is a label: its "
        "numerals count nothing. (The examples use 〖〗: 【】 marks spans in rule examples.)",
    negatives=("〖非凡十年〗贵州：从山地到高地", "〖奋进五年〗产业兴旺"),
    pattern=r"(?m)^(?:【[^】\n]{1,24}】|〖[^〗\n]{1,24}〗)",
)

ANNEX = Rule(
    name="nonfacts.annex",
    doc="The number of an appendix or annex (附件2 名词解释) labels it.",
    negatives=("附件【2】 名词解释", "附件【1】：2025年十件民生实事"),
    pattern=rf"(?<=⟨annexes⟩)\s?[\d{NONZERO_DIGIT_CHARS}十]{{1,2}}(?![\d.])",
)

QUOTED_LABEL = Rule(
    name="nonfacts.quoted_label",
    doc="A short quoted name made of two parts or more each opened by a Chinese numeral (“四级三类”, “两库两单”, "
        "“一场三站”) is a label: its numerals count nothing (a quoted package of one number, “18条”, may still be a "
        "count; in “两个200万亩” the digits are a task's size).",
    negatives=("建立“【四级】【三类】”国土空间规划体系", "全面推行“【两库】【两单】”制度", "增开“【一场】【三站】”旅游专线"),
    pattern=rf"(?<=“)(?:[{ORDINARY_NUMERAL_CHARS}]+\p{{Han}}){{2,}}\p{{Han}}{{0,6}}(?=”)",
)

_LIST_BEFORE = compiled(r"(?:\p{Han}{1,8}、)+\p{Han}{1,8}$")
LIST_REACH = 80  # characters before an unquoted count where the list it glosses may start

_PHONE = compiled(r"\d{3,4}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)|(?<![\d.:])\d{1,2}:\d{2}(?![\d.:])")


@lexical_cache
def _labels() -> regex.Pattern:
    words = load("nonfacts")["words"]
    listed = words["listed_counts"]
    # (前五大贸易伙伴: after 前 or 第, 五大 is part of a rank, no label; 三江源、大熊猫两个国家公园: after names
    # listed with 、, 两个 counts them)
    labels = f"(?:{trie_pattern([w for w in words['labels'] if w not in listed])}|(?<!、[^，,。；;、的]{{3,{LISTED_ITEM}}})(?:{trie_pattern(listed)}))"
    return compiled(f"(?<![{''.join(words['rank_marks'])}]){labels}(?!{trie_pattern(words['unit_after'])})")


LISTED_ITEM = 10  # characters at most of the last name of a list right before a count of its items (3 at least:
# 香港、澳门两个特别行政区, 国内国际两个大局 restate two short names, they count nothing)


@cache
def _time_ago() -> regex.Pattern:
    return compiled(TIME_AGO.pattern)


@lexical_cache
def _plan_span() -> regex.Pattern:
    plans = load("nonfacts")["plans"]
    return compiled(PLAN_SPAN.pattern.replace("⟨plan_nouns⟩", f"(?:{trie_pattern(plans['nouns'])})")
                    .replace("⟨plan_not_after⟩", f"(?:{trie_pattern(plans['not_after'])})"))


@cache
def _quoted_label() -> regex.Pattern:
    return compiled(QUOTED_LABEL.pattern)


@cache
def _reckoned() -> regex.Pattern:
    return compiled(RECKONED.pattern)


@lexical_cache
def _era() -> regex.Pattern:
    eras = load("nonfacts")["eras"]
    return compiled(ERA.pattern.replace("⟨era_nouns⟩", f"(?:{trie_pattern(eras['nouns'])})")
                    .replace("⟨era_before⟩", f"(?:{trie_pattern(eras['before'])})")
                    .replace("⟨era_openers⟩", f"(?:{trie_pattern(eras['openers'])})")
                    .replace("⟨era_gaps⟩", f"(?:{trie_pattern(eras['gaps'])})"))


@lexical_cache
def _circle() -> regex.Pattern:
    return compiled(CIRCLE.pattern.replace("⟨circles⟩", f"(?:{trie_pattern(load('nonfacts')['circles']['nouns'])})"))


def _with_words_and_nouns(rule: Rule, section: str) -> regex.Pattern:
    """``rule``'s pattern with its ⟨words⟩ and ⟨nouns⟩ filled from the lists of data/nonfacts.toml [section]."""
    lists = load("nonfacts")[section]
    return compiled(rule.pattern.replace("⟨words⟩", f"(?:{trie_pattern(lists['words'])})")
                    .replace("⟨nouns⟩", f"(?:{trie_pattern(lists['nouns'])})"))


@lexical_cache
def _pointer() -> regex.Pattern:
    return _with_words_and_nouns(POINTER, "pointers")


@lexical_cache
def _ranked_among() -> regex.Pattern:
    return _with_words_and_nouns(RANKED_AMONG, "ranked_among")


@lexical_cache
def _named_threshold() -> regex.Pattern:
    return _with_words_and_nouns(NAMED_THRESHOLD, "named_thresholds")


@lexical_cache
def _glossed_list() -> regex.Pattern:
    glossed, unquoted = load("nonfacts")["glossed_lists"], load("nonfacts")["glossed_lists_unquoted"]
    return compiled(GLOSSED_LIST.pattern.replace("⟨quote_ends⟩", trie_pattern(glossed["words"]))
                    .replace("⟨glossed⟩", f"(?:{trie_pattern(glossed['nouns'])})")
                    .replace("⟨unquoted⟩", trie_pattern(unquoted["words"]))
                    .replace("⟨abstract⟩", f"(?:{trie_pattern(unquoted['nouns'])})"))


def _glossed_counts(doc: Document) -> Iterator[tuple[int, int]]:
    """GLOSSED_LIST's spans: the count after a list, where it is the number of the list's items."""
    for m in _glossed_list().finditer(doc.text):
        if m.group("bare"):
            listed = _LIST_BEFORE.search(doc.text, max(0, m.start() - LIST_REACH), m.start())
            items, count, span = (listed.group() if listed else ""), m.group("bare"), m.span("bare")
        else:
            items, count, span = m.group("items"), m.group("count"), m.span("count")
        if items and read_number(count) == items.count("、") + 1 > 1:
            yield span


@lexical_cache
def _per_one() -> regex.Pattern:
    words = load("nonfacts")["per_base"]
    return compiled(PER_ONE.pattern.replace("⟨one_units⟩", trie_pattern(words["one_units"]))
                    .replace("⟨one_openers⟩", "|".join(words["one_openers"]))  # (a look-behind of fixed widths)
                    .replace("⟨then⟩", trie_pattern(words["one_then"])))


@lexical_cache
def _top_share() -> regex.Pattern:
    words = load("nonfacts")["top_share"]
    return compiled(TOP_SHARE.pattern.replace("⟨top_before⟩", "|".join(words["before"]))  # (a look-behind of fixed widths)
                    .replace("⟨top_marks⟩", trie_pattern(words["marks"])))


@lexical_cache
def _per_base() -> regex.Pattern:
    return compiled(PER_BASE.pattern.replace("⟨per_base⟩", f"(?:{trie_pattern(load('nonfacts')['per_base']['words'])})"))


@lexical_cache
def _column() -> regex.Pattern:
    return compiled(COLUMN.pattern)


@lexical_cache
def _annex() -> regex.Pattern:
    return compiled(ANNEX.pattern.replace("⟨annexes⟩", f"(?:{trie_pattern(load('nonfacts')['annexes']['words'])})"))


@lexical_cache
def _session() -> regex.Pattern:
    sessions = load("nonfacts")["sessions"]
    return compiled(SESSION.pattern.replace("⟨session_nouns⟩", f"(?:{trie_pattern(sessions['nouns'])})")
                    .replace("⟨session_bodies⟩", f"(?:{trie_pattern(sessions['bodies'])})"))


@cache
def _web() -> tuple[regex.Pattern, tuple[regex.Pattern, ...]]:
    return compiled(WEB.pattern), tuple(compiled("(?i)" + part) for part in _WEB_PARTS)


def _web_spans(doc: Document) -> Iterator[tuple[int, int]]:
    """WEB's matches. The whole alternation costs the regex engine 15× its parts' time on every
    character, so it reads only the lines where one part matches: no match crosses a line."""
    whole, parts = _web()
    lines = sorted({doc.paragraph(m.start()) for part in parts for m in part.finditer(doc.text)})
    for start, end in lines:
        for m in whole.finditer(doc.text, start, end):
            yield m.span()


def mask_nonfacts(doc: Document) -> None:
    """Mask labels, idioms, phone numbers, clock times, web addresses and file names."""
    for pattern in (_labels(), _PHONE, _time_ago(), _plan_span(), _era(), _reckoned(), _circle(), _session(), _pointer(), _ranked_among(), _named_threshold(),
                    _per_base(), _per_one(), _top_share(), _column(), _annex(), _quoted_label(), _place_numerals()):
        for m in pattern.finditer(doc.text):
            doc.mask(*m.span())
    for span in (*_web_spans(doc), *_glossed_counts(doc)):
        doc.mask(*span)
