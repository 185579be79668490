"""Structures written with colons: 4.3:56.8:38.9 (parts of a whole) and 2.3:1 after 比."""
from __future__ import annotations

import regex

from ...compiled import compiled
from ...document import Document, Mention
from ...lexicon import lexical_cache, trie_pattern
from ..base import Example, Rule
from .grammar import words


@lexical_cache
def _ratio_before() -> regex.Pattern:
    """比, 比例为, 比缩小到 … ending right before X:1: a ratio (data/units.toml [ratio]); so is a ratio and
    its verb of change right before (由2.5:1缩小到2.3:1: the level it went to)."""
    nouns, verbs = trie_pattern(words("ratio", "nouns")), trie_pattern(words("ratio", "verbs"))
    marks, opens = trie_pattern(words("ratio", "marks")), trie_pattern(words("ratio", "openers"))
    # (比 right after a number is a ratio's mark, 1比1: the 1 after it is the ratio's denominator; 收入比由2020年的
    # 2.40缩小至2.27: the level it moved from, dated, then the level it went to)
    dated = trie_pattern(words("ratio", "dated"))
    moved = rf"(?:(?:{opens})(?:(?:[^，,。；;\d]{{0,2}}\d{{4}})?(?:{dated}))?)?(?:\d+(?:\.\d+)?(?:{verbs}))?"
    return compiled(rf"(?:(?<![\d.]){nouns}{moved}|\d+(?:\.\d+)?(?::|{marks})1)(?:{verbs})?$")


def ratio_before(text: str, start: int, end: int) -> bool:
    """A ratio's noun and verb end right before the bare number at [start, end) (收入比为2.12, 倍差缩小至
    2.12): it is a ratio, as X:1 is (not when a ratio's mark and a number follow it: 1比3.4, 1:3.4)."""
    return _ratio_before().search(text, max(0, start - RATIO_REACH), start) is not None \
        and not _ratio_mark().match(text, end)


@lexical_cache
def _ratio_mark() -> regex.Pattern:
    return compiled(rf"(?::|{trie_pattern(words('ratio', 'marks'))})\d")


@lexical_cache
def _written_ratio() -> regex.Pattern:
    """1.03比1: X and 1 joined by a ratio's word (data/units.toml [ratio] marks)."""
    return compiled(rf"(?<![\d.])(?P<x>\d+(?:\.\d+)?)(?:{trie_pattern(words('ratio', 'marks'))})1(?![\d.])")


RATIO_REACH = 24  # characters before a number read for the ratio's noun and verb (收入比由2020年的2.40缩小至)


def ratio_noun_ends(phrase: str, start: int) -> bool:
    """Whether ``phrase`` ends, from ``start`` on, in the noun of a ratio and its verb (比为, 之比达到)."""
    return bool(_ratio_before().match(phrase, start))


def ratio_parts(doc: Document) -> None:
    """4.3:56.8:38.9 → three shares, when the parts make up a whole (sum to 100);
    收入比2.3:1 → a ratio of 2.3. Runs before the other readers and masks what it read."""
    before = _ratio_before()
    for m in _written_ratio().finditer(doc.text):
        if before.search(doc.text, max(0, m.start() - RATIO_REACH), m.start()):
            doc.mask(*m.span())  # 生铁和钢产量的比例…改为1.03比1
            doc.mentions.append(Mention(m.start(), m.end(), float(m.group("x")), "times", "ratio", RATIO_PARTS.name))
    for m in regex.finditer(RATIO_PARTS.pattern, doc.text):
        parts = [(p.start(), p.end()) for p in regex.finditer(r"\d+(?:\.\d+)?", m.group())]
        values = [float(m.group()[a:b]) for a, b in parts]
        if len(values) == 2 and values[1] == 1 and before.search(doc.text, max(0, m.start() - RATIO_REACH), m.start()):
            doc.mask(*m.span())
            doc.mentions.append(Mention(m.start(), m.end(), values[0], "times", "ratio", RATIO_PARTS.name))
            continue
        if len(values) < 2 or abs(sum(values) - 100) > 1:
            continue
        doc.mask(*m.span())
        for (a, b), value in zip(parts, values):
            doc.mentions.append(Mention(m.start() + a, m.start() + b, value, "%", "share", RATIO_PARTS.name))


RATIO_PARTS = Rule(
    name="quantity.ratio_parts",
    doc="A structure written as 4.3:56.8:38.9 (parts of a whole, summing to 100) gives one share per part; "
        "X:1 after 比 is a ratio.",
    examples=(
        Example("全县三次产业结构调整为12.5:40.3:47.2", {"span": "40.3", "value": 40.3, "unit": "%", "kind": "share"}),
        Example("城乡居民收入比缩小到2.1:1", {"span": "2.1:1", "value": 2.1, "unit": "times", "kind": "ratio",
                                             "metric": "城乡居民收入比"}),  # 比 names the ratio, no basis
        Example("城乡居民的收入倍差为2.4：1", {"span": "2.4：1", "value": 2.4, "kind": "ratio",
                                               "metric": "城乡居民收入倍差"}),  # a gap in times
        # the ratio it moved from, dated, and the one it went to: both bare numbers are the ratio's
        Example("城乡居民收入倍差由2019年的2.6缩小至2.3", {"span": "2.3", "value": 2.3, "kind": "ratio"}),
        Example("城乡居民收入倍差由2019年的2.6缩小至2.3", {"span": "2.6", "value": 2.6, "kind": "ratio"}),
        Example("全县城乡居民收入比由2019年的2.5缩小至2.2", {"span": "2.2", "metric": "城乡居民收入比"}),  # 比 stays
        # from one ratio to another; a bare number after the ratio's noun and verb is its value too
        Example("全县城乡居民收入比由2.4:1缩小到2.2:1", {"span": "2.2:1", "value": 2.2, "kind": "ratio"}),
        Example("全县城乡居民收入比为2.12，比上年缩小0.05", {"span": "2.12", "value": 2.12, "unit": "times", "kind": "ratio"}),
        Example("全县一二产业投资的比例由1.2比1调整为1.5比1", {"span": "1.2比1", "value": 1.2, "kind": "ratio"}),
    ),
    negatives=("座谈会于9:30开始", "决赛比分为3:1"),
    pattern=r"(?<![\d.])\d+(?:\.\d+)?(?::\d+(?:\.\d+)?){1,5}(?![\d.:])",
    produce=ratio_parts,
)
