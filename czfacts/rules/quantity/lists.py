"""Lists of quantities: 、/和 lists share an id (for 分别), and a unit written once after a
list goes to the bare numbers before it (44.3 和 40.6 个百分点)."""
from __future__ import annotations

import regex

from ...compiled import compiled
from ...document import Document
from ...lexicon import lexical_cache, load, trie_pattern, units
from ..base import Example, Rule
from .bounds import bound_word_after
from .grammar import LIST_RE, words
from .ratios import RATIO_PARTS, ratio_before

INDEX = Rule(
    name="quantity.index",
    doc="A bare number after 指数 is an index value; other bare numbers are kept only when a list's "
        "unit written once after them (8.1和9.4个百分点) reaches them.",
    examples=(Example("本月工业品价格指数为101.3", {"span": "101.3", "value": 101.3, "unit": "index"}),
              Example("5月份，非制造业商务活动指数（NMI）为50.8", {"span": "50.8", "unit": "index"})),
    negatives=("全市3、5、7号线同时开工",),
)


INDEX_REACH = 14  # characters before a bare number where 指数 (and its abbreviation, its verb) may end


@lexical_cache
def _change_word() -> regex.Pattern:
    """增长, 下降 …: the verbs of a relative change (data/kinds.toml growth)."""
    growth = load("kinds")["growth"]
    return compiled(trie_pattern(growth["up"] + growth["down"]))


@lexical_cache
def index_before() -> regex.Pattern:
    """指数, 指数为, 指数上涨到 … ending right before a bare number: an index value (data/units.toml)."""
    nouns, verbs = trie_pattern(words("index_value", "nouns")), trie_pattern(words("index_value", "verbs"))
    return compiled(rf"{nouns}(?:[(（][A-Za-z]{{2,6}}[)）])?(?:{verbs})?$")  # (采购经理指数（PMI）为51.7)


def share_list_units(doc: Document) -> None:
    """44.3 和 40.6 个百分点: bare numbers take the unit written once after the list; so does
    16.4个、1.3个百分点, whose first 个 only begins the unit."""
    mentions = doc.mentions
    for i in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[i], mentions[i + 1]
        points_begun = m.unit == "count" and nxt.unit == "pp" and nxt.surface_unit \
            and m.classifier == nxt.surface_unit[0]
        if m.unit and not points_begun or not LIST_RE.fullmatch(doc.text, m.end, nxt.start):
            continue
        if nxt.unit:
            scale = units()[nxt.surface_unit].scale if nxt.surface_unit else 1.0
            m.value *= scale
            if m.upper is not None:
                m.upper *= scale
            m.unit, m.kind, m.classifier, m.surface_unit = nxt.unit, nxt.kind, nxt.classifier, nxt.surface_unit
            m.rule = nxt.rule
    for m in mentions:  # a bare number left is a ratio's value, an index value, or nothing (each read once)
        if m.unit:
            continue
        if ratio_before(doc.text, m.start, m.end):
            m.unit, m.kind, m.rule = "times", "ratio", RATIO_PARTS.name  # 城乡居民收入比为2.12: a ratio without its :1
        elif index_before().search(doc.text, max(0, m.start - INDEX_REACH), m.start):
            m.unit, m.kind, m.rule = "index", "amount", "quantity.index"
    doc.mentions = [m for m in mentions if m.unit]


def group_lists(doc: Document) -> None:
    """Mentions joined only by 、/和/与/及 form one list (分别 lists, shared units); a percentage
    joined with its own word of change stays in it (分别增长15.2%、6.3%和下降2.1%)."""
    next_id = 0
    for a, b in zip(doc.mentions, doc.mentions[1:]):
        after = bound_word_after(doc.text, a.end, b.start)
        joined = LIST_RE.match(doc.text, after.end() if after else a.end, b.start)
        if joined and (joined.end() == b.start or a.unit == b.unit == "%"
                       and _change_word().fullmatch(doc.text, joined.end(), b.start)):
            if a.list_id is None:
                a.list_id, next_id = next_id, next_id + 1
            b.list_id = a.list_id
