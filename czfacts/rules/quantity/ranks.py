"""Ranks: 全省第二, 第三名, 全国前三, 首位, 榜首, 之首, 进入全国十强 (SPEC §2: rank, 前三 and N强 bound le)."""
from __future__ import annotations

import regex

from ...compiled import compiled
from ...document import Document, Mention
from ...lexicon import by_length, lexical_cache, load, trie_pattern, units
from ...numerals import DIGIT_CHARS, ORDINARY_NUMERAL_CHARS, read_number
from ...tokenize import tag
from ..base import Example, Rule
from ..nouns import following_noun
from .grammar import words

_N = rf"(?:\d+|[{ORDINARY_NUMERAL_CHARS}]+)"
_LABEL_AFTER = compiled(r"\p{Han}")
_CLAUSE_END = compiled(r"[，,。；;、！？!?)）\n]|$")


@lexical_cache
def _marks() -> dict[str, str]:
    """The rank marks of data/units.toml [ranks]: 第 (ordinal), 前 (top), 名 (a rank), 强 (top), 大 (by size)."""
    ranks = load("units")["ranks"]
    return {key: ranks[key] for key in ("ordinal_mark", "top_mark", "rank_unit", "top_unit", "size_mark")}


@lexical_cache
def _listed_rank() -> regex.Pattern:
    """第2位、 before the rank: one rank of a list (居全国第2位、第7位)."""
    ordinal = regex.escape(_marks()["ordinal_mark"])
    listed, connectors = trie_pattern(words("ranks", "listed_units")), trie_pattern(words("ranks", "list_connectors"))
    return compiled(rf"{ordinal}{_N}(?:{listed})?(?:{connectors})$")


def _after_a_listed_rank(text: str, start: int) -> bool:
    """居全国第2位、第7位, 分列第二、第三位: a rank after another that a ranking verb or scope
    governs (第一、第二、第三产业 is a list of labels)."""
    listed = _listed_rank().search(text, max(0, start - 8), start)
    if not listed:
        return False
    lead = text[max(0, listed.start() - RANK_LEAD):listed.start()]
    return bool(_ranking_word().search(lead))


RANK_LEAD = 12  # characters before a list of ranks where its verb or scope stands
RANK_VERB_REACH = 12  # characters before a rank where its verb stands (位列经济四强省首位)


@lexical_cache
def _ranking_word() -> regex.Pattern:
    scopes = load("attribution")["scopes"]
    return compiled(trie_pattern([*scopes["rank_verbs"], *words("ranks", "verbs"), *scopes["words"],
                                       *load("attribution")["lists"]["respectively"]]))


@lexical_cache
def scope_words() -> tuple[str, ...]:
    """全国, 全省, 中部地区 …: where a rank holds, longest first."""
    return tuple(by_length(load("attribution")["scopes"]["words"]))


@lexical_cache
def _scope_pattern() -> regex.Pattern:
    # 全国城市第三位, 全省地级市第二: a scope word and the kind of peers ranked
    return compiled(rf"{trie_pattern(load('attribution')['scopes']['words'])}\p{{Han}}{{0,3}}$")


@lexical_cache
def _verb_pattern() -> regex.Pattern:
    """位列第十五, 位列中部第一, 进入全国十强, 位居经济四强省首位: a ranking verb, maybe a scope,
    an area or the peers ranked (a few characters of one phrase) between."""
    verbs = [*load("attribution")["scopes"]["rank_verbs"], *words("ranks", "verbs")]
    between = [*load("attribution")["scopes"]["words"], *words("ranks", "areas")]
    return compiled(rf"{trie_pattern(verbs)}(?:{trie_pattern(between)}|\p{{Han}}{{1,{PEERS}}})?$")


PEERS = 8  # characters at most of the peers named between a ranking verb and the rank


@lexical_cache
def _rank_tail() -> regex.Pattern:
    """位居全国城市 before 第三位: the rank verb and scope, which are not the metric; so are the peers
    written before the verb (在长三角主要城市中居首)."""
    scopes = load("attribution")["scopes"]
    verbs, scopes_named = trie_pattern(scopes["rank_verbs"]), trie_pattern(scopes["words"])
    among = scopes["ranked_among"]
    counted = rf"[\d{DIGIT_CHARS}]{{1,2}}(?:{trie_pattern(load('nonfacts')['ranked_among']['words'])})"  # 在东北三省中
    peers = rf"(?:{trie_pattern(among['opening'])})[^，,。；;]{{0,{PEERS_AMONG}}}?(?:{trie_pattern(load('attribution')['metric']['class_nouns'])}|{counted})" \
            rf"(?:{trie_pattern(among['closing'])})"
    return compiled(rf"(?:{peers})?(?:{verbs})?(?:{scopes_named}\p{{Han}}{{0,3}})?$")


PEERS_AMONG = 20  # characters of the peers between 在 and 中 before a rank (在世界1万亿美元以上的经济体中)


def without_rank_tail(phrase: str) -> str:
    """The phrase before a rank less its rank verb and scope, or less a rank verb (a word of its
    own: not 列 in 班列) and the peers ranked after it (位列经济四强省 before 首位)."""
    cut = _rank_tail().sub("", phrase, count=1)
    if cut != phrase:
        return cut
    verbs, pos = set(load("attribution")["scopes"]["rank_verbs"]), 0
    for word, _ in tag(phrase):
        if word in verbs and 0 < len(phrase) - pos - len(word) <= PEERS and phrase[pos + len(word):].isalpha():
            return phrase[:pos]
        pos += len(word)
    return phrase


@lexical_cache
def _ordinal_after() -> regex.Pattern:
    counted = [u for u, spec in units().items() if spec.unit in ("count", "year", "day") and not u[0].isascii()]
    return compiled(trie_pattern([*counted, *words("ranks", "ordinal_nouns")]))


@lexical_cache
def _member_pattern() -> regex.Pattern:
    """成为全省, 是全国: a verb that makes its subject one of a kind, maybe a scope, right before 第N个 (是 only
    with a scope: 今年是第十个年头 is an ordinal)."""
    scopes = load("attribution")["scopes"]["words"]
    return compiled(rf"(?P<verb>{trie_pattern(words('ranks', 'member_verbs'))})(?P<scope>{trie_pattern(scopes)})?$")


MEMBER_REACH = 12  # characters before 第N个 where the verb and its scope stand


@lexical_cache
def _placed() -> regex.Pattern:
    return compiled(trie_pattern(words("ranks", "placed")))


@lexical_cache
def _noun_after() -> regex.Pattern:
    return compiled(trie_pattern(words("ranks", "nouns_after")))


def _rank(m: regex.Match, doc: Document) -> Mention | None:
    text, (start, end) = doc.text, m.span()
    marks = _marks()
    ordinal, top_mark = m.group("rk_mark") == marks["ordinal_mark"], m.group("rk_mark") == marks["top_mark"]
    if m.group("rk_first"):
        value = 1.0
    else:
        value = read_number(m.group("rk_n") or m.group("rk_top") or m.group("rk_listed") or m.group("rk_placed")
                            or m.group("rk_moved"))
    if value is None:
        return None
    if m.group("rk_moved") and not _placed().search(text, doc.clause_start(doc.clause_start(start) - 1), start):
        return None  # 提升3位 is a move in a ranking only where the ranking is named (排名53位、提升3位)
    if m.group("rk_placed") or m.group("rk_moved"):  # 全国排名53位; 排名…提升3位: places moved up
        return Mention(start, end, value, "rank", "rank", RANK.name)
    if m.group("rk_listed"):  # 分列第二、三位, 分列二、三位: a rank of a list that 分列 or 第N opened
        mention = Mention(start, end, value, "rank", "rank", RANK.name)
        mention.scope = (scope := _scope_pattern().search(text, max(0, start - 8), start)) and scope.group()
        return mention
    scope = _scope_pattern().search(text, max(0, start - 8), start)
    if m.group("rk_top") and (_LABEL_AFTER.match(text, end) or text.endswith("“", 0, start)) \
            and not _noun_after().match(text, end):
        return None  # 入围全国百强县, “十强”产业: 百强 names the kind of county, “十强” a label
    if ordinal and not m.group("rk_unit") and _ordinal_after().match(text, end):
        member = _member_pattern().search(text, max(0, start - MEMBER_REACH), start)
        if not member or not text.startswith(tuple(words("ranks", "member_measures")), end) \
                or not (member.group("scope") or member.group("verb") == words("ranks", "member_verbs")[0]):
            return None  # 第四批, 第十个年头, 第一次: an ordinal of something counted (是第十个年头: no scope)
        # 成为全省第4个财政收入超百亿元县: the N-th of a kind to join it, a rank among them
        mention = Mention(start, end, value, "rank", "rank", RANK.name)
        mention.scope = member.group("scope")
        return mention
    ranked = (m.group("rk_unit") == marks["rank_unit"]                    # 第一名
              or (ordinal or top_mark) and not m.group("rk_unit") and ranked_by_size(text, end)  # 第一大/前五大贸易伙伴
              or _verb_pattern().search(text, max(0, start - RANK_VERB_REACH), start)  # 位列第十五, 进入全国十强
              or _noun_after().match(text, end)                            # 前四宝座, 十强之列
              or _after_a_listed_rank(text, start)                       # 居全国第2位、第7位
              or (m.group("rk_top") or top_mark) and _CLAUSE_END.match(text, end))  # 十强。
    if not ranked and (m.group("rk_top") or top_mark or not scope):
        return None  # 第二十六场, 第三产业, 百强县: ordinals and labels that rank nothing
    top = top_mark or m.group("rk_top") or m.group("rk_unit") == marks["top_unit"]
    mention = Mention(start, end, value, "rank", "rank", RANK.name, bound="le" if top else "eq")
    mention.scope = scope.group() if scope else None
    return mention


@lexical_cache
def ranking_pattern() -> regex.Pattern:
    """A ranking written before a place in it, a scope maybe opening it (全国排名), at the end of what is searched."""
    scopes = load("attribution")["scopes"]["words"]
    return compiled(rf"(?:{trie_pattern(scopes)})?(?:{trie_pattern(load('units')['ranks']['placed'])})$")


def ranked_by_size(text: str, end: int) -> bool:
    """第二大贸易伙伴: 大 and a noun after 第N rank that noun by size (第一大道 names a road)."""
    return text.startswith(_marks()["size_mark"], end) and bool(following_noun(text[end + 1:end + 1 + SIZE_RANKED_REACH]))


SIZE_RANKED_REACH = 12  # characters after 第N大 where the noun ranked is read


RANKS_LISTED = 8  # ranks of one list at most (分列第二、三、四位): bounded, a list of 10,000 numbers stays linear


RANK = Rule(
    name="quantity.rank",
    doc="A position: 第N名 always; 第N, 第N位, 前N, 首位, 榜首, 之首 and N强 after a scope (全省, 全国城市), a ranking "
        "verb (位列, 进入) or before 宝座/之列. 前N and N强 are bound le.",
    examples=(
        Example("这家县城的旅游收入居全省第二", {"span": "第二", "value": 2.0, "unit": "rank", "scope": "全省"}),
        Example("小王在技能大赛中获得第一名", {"span": "第一名", "value": 1.0, "unit": "rank", "kind": "rank"}),
        Example("该区外贸总额位列中部第一", {"span": "第一", "value": 1.0, "unit": "rank"}),
        Example("该市经济总量位列全国第十五", {"span": "第十五", "value": 15.0, "unit": "rank"}),
        Example("县域经济进入全国十强", {"span": "十强", "value": 10.0, "bound": "le", "scope": "全国"}),
        Example("这座城市的营商环境位于全国十强。", {"span": "十强", "value": 10.0, "bound": "le"}),
        Example("两款产品的销量均在前五。", {"span": "前五", "value": 5.0, "bound": "le"}),
        Example("粮食产量位居全省前三", {"span": "前三", "value": 3.0, "bound": "le"}),
        Example("绍兴、湖州分列全省第四、第五位", {"span": "第四", "value": 4.0, "subject": "绍兴市"}, place="浙江省"),
        Example("绍兴、湖州分列全省第四、第五位", {"span": "第五位", "value": 5.0, "subject": "湖州市"}, place="浙江省"),
        Example("四座城市牢牢占据经济前四宝座", {"span": "前四", "value": 4.0, "bound": "le"}),
        Example("两种农产品产量分别列全国第2位、第5位", {"span": "第5位", "value": 5.0, "unit": "rank"}),
        # a list of ranks writes 第 once, or not at all after 分列
        Example("海南、内蒙古分列第二、三位", {"span": "三位", "value": 3.0, "unit": "rank", "subject": "内蒙古自治区"}),
        Example("湖北、湖南分列全国七、八位", {"span": "七", "value": 7.0, "unit": "rank", "subject": "湖北省"}),
        Example("人均存款稳居榜首", {"span": "榜首", "value": 1.0, "unit": "rank"}),
        # a move to a place in the ranking ranks too, with no scope after the verb
        Example("全县财政收入从全市第八位上升到第五位", {"span": "第五位", "value": 5.0, "unit": "rank"}),
        Example("全省森林覆盖率居西北之首", {"span": "之首", "value": 1.0, "unit": "rank"}),
        Example("该市出口增速在中部省会城市中居首。", {"span": "首", "value": 1.0, "unit": "rank"}),
        Example("该市工业投资增速排名全国城市首位", {"span": "首位", "value": 1.0, "scope": "全国城市"}),
        Example("该省投资增速位列经济五强省首位", {"span": "首位", "value": 1.0}),  # the peers between verb and rank
        Example("东盟继续保持我国第一大贸易伙伴地位", {"span": "第一", "value": 1.0, "metric": "贸易伙伴"}),
        Example("日本是该省第三大出口市场", {"span": "第三", "value": 3.0, "metric": "出口市场"}),
        Example("该省对前五大出口市场出口增长8%", {"span": "前五", "value": 5.0, "bound": "le"}),
        # N位 after 排名, and a move of N places in a clause that names the ranking
        Example("该开发区全国排名37位、提升5位", {"span": "37位", "value": 37.0, "unit": "rank"}),
        Example("该开发区全国排名37位、提升5位", {"span": "5位", "value": 5.0, "unit": "rank"}),
        # 第N个 after 成为 (or 是 and a scope): the N-th of a kind, a rank among its members
        Example("该市成为全国第5个GDP超2万亿元的城市", {"span": "第5", "value": 5.0, "unit": "rank", "scope": "全国"}),
    ),
    negatives=("第十二场招聘会今天举行", "今年是第十个年头", "装备制造业成为第一支柱产业", "跻身全国百强县", "大力发展第三产业", "评选出一批百强县",
               "把就业摆在首位", "第一次全国经济普查", "前三季度经济运行平稳", "两地入选第四批试点",
               "进入第十个年头", "前两年投资较多", "全国前十的企业", "培育“十强”产业", "沿着第一大道前行"),
    # (前 that ends another word opens no rank: 提前两年完工 is a span of time, metric.ahead_of_time)
    pattern=(rf"(?P<rk_mark>第|(?<!⟨not_top⟩)前)(?P<rk_n>{_N})(?![\d.%‰‱]|分之)(?P<rk_unit>位|名|强)?"
             rf"|(?<=(?:第|⟨rank_list_verbs⟩(?:全国|全省|全市)?)(?:{_N}[、和]){{0,{RANKS_LISTED}}})(?<![第{ORDINARY_NUMERAL_CHARS}\d])"
             rf"(?P<rk_listed>{_N})(?=(?:[、和]{_N}){{0,{RANKS_LISTED}}}(?:位|名))(?:位|名)?"
             rf"|(?<=⟨rank_placed⟩(?:全国|全省|全市)?(?:{_N}位[、和]){{0,{RANKS_LISTED}}})(?P<rk_placed>{_N})位"
             rf"|(?<=⟨rank_moves⟩了?(?:{_N}位[、和]){{0,{RANKS_LISTED}}})(?P<rk_moved>{_N})位"
             rf"|(?P<rk_first>首位|榜首|之首|(?<=居)首(?!\p{{Han}}))"  # 在…中居首: first
             rf"|(?P<rk_top>{_N})强"),
    produce=_rank,
)
