"""Find quantities: every reader is one Rule (pattern and production side by side, with its
own examples), one module per family:

    amounts.py   numbers with scale and unit, ranges, signs, 半, money (元角分, ¥300, 美元200万,
                 GDP突破3万亿), counts with measure words
    percents.py  百分之/千分之/万分之, N分之M, 3/5, 八成, 翻一番
    ranks.py     第二, 第一名, 前三, 首位, 十强
    ratios.py    4.3:56.8:38.9, 2.3:1
    nonfacts.py  labels, idioms, phones, clock times, URLs, e-mails, file names (masked first)
    bounds.py    约/超过/以上 …; thresholds of a counted set
    lists.py     、/和 lists and the unit written once after them
    grammar.py   the shared pieces: numbers (czfacts/numerals.py), units, dashes

The readers' patterns are joined, in the order of READERS, into one compiled alternation
that scans the whole normalised text (numbers are rare, so this is the fast path). At each
hit the first reader whose pattern matches there and whose production accepts wins; the
scan goes on after the text it read. A pattern may name data-built alternations as
⟨unit⟩, ⟨inside⟩, ⟨currency⟩, ⟨half_unit⟩, ⟨half_not⟩, ⟨cheng_not⟩, ⟨minus_not⟩ (``_FRAGMENTS``).
"""
from __future__ import annotations

import regex

from ...compiled import compiled
from ...document import Document, Mention
from ...lexicon import bounds as bound_words, lexical_cache, trie_pattern
from .amounts import (AMOUNT, COUNT, CURRENCY_BEFORE, HALF, MONEY_WITHOUT_YUAN, PEOPLE_WITHOUT_CLASSIFIER, UNKNOWN_UNIT, YUAN_JIAO_FEN, ZERO_GROWTH,
                      currency_codes, half_not, half_units, minus_not_after)
from ..counted_sets import SET_THRESHOLD, drop_set_thresholds
from .bounds import THRESHOLD, attach_bound, bound_word_after, bound_word_before, is_threshold, share_leading_bound
from ...numerals import NONZERO_DIGIT_CHARS
from .grammar import unit_pattern, words
from .lists import INDEX, group_lists, share_list_units
from .nonfacts import ANNEX, CIRCLE, COLUMN, ERA, GLOSSED_LIST, LABELS, PER_BASE, PER_ONE, TOP_SHARE, NAMED_THRESHOLD, PLAN_SPAN, POINTER, PLACE_NUMERALS, QUOTED_LABEL, RANKED_AMONG, \
    RECKONED, SESSION, TIME_AGO, WEB, mask_nonfacts
from .percents import A_HALF, CHENG, DIGITS, FOLD, FRACTION, PERCENT_WORDS, SLASH_FRACTION, cheng_not_before
from .ranks import RANK
from .ratios import RATIO_PARTS, ratio_noun_ends, ratio_parts

# Priority at one position: the first reader that matches and accepts wins.
READERS = (RANK, PERCENT_WORDS, DIGITS, FRACTION, SLASH_FRACTION, FOLD, CHENG, A_HALF, YUAN_JIAO_FEN, CURRENCY_BEFORE, HALF,
           ZERO_GROWTH, AMOUNT, MONEY_WITHOUT_YUAN, PEOPLE_WITHOUT_CLASSIFIER)

_FRAGMENTS = {
    "⟨unit⟩": unit_pattern,
    "⟨currency⟩": lambda: trie_pattern(currency_codes()),
    "⟨half_unit⟩": half_units,
    "⟨half_not⟩": half_not,
    "⟨cheng_not⟩": cheng_not_before,
    "⟨minus_not⟩": minus_not_after,
    "⟨inside⟩": lambda: trie_pattern(bound_words()["inside"]),
    "⟨spoken⟩": lambda: trie_pattern(words("money_without_yuan", "spoken_classifiers")),
    "⟨digit⟩": lambda: f"[{NONZERO_DIGIT_CHARS}]",
    "⟨digits_mark⟩": lambda: trie_pattern(words("digits", "marks")),
    "⟨digits_growth⟩": lambda: trie_pattern(words("digits", "growth")),
    "⟨rank_list_verbs⟩": lambda: trie_pattern(words("ranks", "list_verbs")),
    "⟨rank_placed⟩": lambda: trie_pattern(words("ranks", "placed")),
    "⟨rank_moves⟩": lambda: trie_pattern(words("ranks", "moves")),
    "⟨not_top⟩": lambda: trie_pattern(words("ranks", "not_top")),
    "⟨zero⟩": lambda: trie_pattern(words("zero_growth", "zero")),
    "⟨zero_growth⟩": lambda: trie_pattern(words("zero_growth", "growth")),
    "⟨zero_growth_not⟩": lambda: trie_pattern(words("zero_growth", "not_before")),
}


def _source(reader) -> str:
    source = reader.pattern
    for name, build in _FRAGMENTS.items():
        if name in source:
            source = source.replace(name, build())
    return source


@lexical_cache
def _patterns() -> tuple[regex.Pattern, dict[str, tuple]]:
    """The joined alternation, and per reader its production and its own anchored pattern."""
    joined = compiled("|".join(f"(?P<reader{i}>{_source(r)})" for i, r in enumerate(READERS)))
    own = {f"reader{i}": (i, r.produce) for i, r in enumerate(READERS)}
    return joined, own


@lexical_cache
def _reader_pattern(i: int) -> regex.Pattern:
    """Reader ``i`` alone, compiled when a text first needs it (most readers never need it:
    compiling all of them cost 30 ms of every cold start)."""
    return compiled(_source(READERS[i]))


# How far one reader may read from where it starts (the longest quantity is a few dozen
# characters). A pattern with a fixed word in it (分之, 倍) first looks for that word up to
# ``endpos``: without a bound, every number of a long text scanned its whole rest.
_READ_REACH = 200


def _read_at(doc: Document, m: regex.Match) -> tuple[Mention | None, int]:
    """The mention the first accepting reader makes at ``m.start()``, and where to go on."""
    _, own = _patterns()
    first, produce = own[m.lastgroup]
    mention = produce(m, doc)
    if mention is not None:
        return mention, mention.end  # short of m.end() when a range fell back to its first end
    for i in range(first + 1, len(READERS)):  # the next readers in priority order, at the same place
        other = _reader_pattern(i).match(doc.text, m.start(), m.start() + _READ_REACH)
        if other and (mention := READERS[i].produce(other, doc)) is not None:
            return mention, mention.end
    return None, m.end()


def _past_mask(doc: Document, m: regex.Match) -> int | None:
    """Where to go on, unread, when the hit ``m`` starts in a masked span, else None: after the
    span when it runs to the end of its line (no reader reads across a line break, so all it
    would read is masked), after the hit when the span holds it (2023年 in a period: it would
    be read, then dropped)."""
    mask_end = doc.masked_end(m.start())
    if mask_end is None:
        return None
    if mask_end == len(doc.text) or doc.text[mask_end] == "\n":
        return mask_end
    return m.end() if m.end() <= mask_end else None


def find_quantities(doc: Document) -> None:
    """Every quantity mention of the document, in text order, with list ids (SPEC §1-§3)."""
    text = doc.text
    ratio_parts(doc)
    joined, _ = _patterns()
    pos = 0
    while (m := joined.search(text, pos)) is not None:
        if (past := _past_mask(doc, m)) is not None:
            pos = past
            continue
        mention, pos = _read_at(doc, m)
        if mention is None or doc.is_masked(mention.start, mention.end):
            continue
        if mention.kind != "rank":
            attach_bound(text, mention)
            share_leading_bound(text, doc.mentions[-1] if doc.mentions else None, mention)
            if is_threshold(doc, mention):
                continue
        doc.mentions.append(mention)
    doc.mentions.sort(key=lambda mention: mention.start)
    drop_set_thresholds(doc)
    share_list_units(doc)
    group_lists(doc)


__all__ = ["find_quantities", "mask_nonfacts", "bound_word_after", "bound_word_before", "ratio_noun_ends", "READERS",
           "AMOUNT", "COUNT", "UNKNOWN_UNIT", "YUAN_JIAO_FEN", "CURRENCY_BEFORE", "HALF", "MONEY_WITHOUT_YUAN",
           "PERCENT_WORDS", "DIGITS", "FRACTION", "SLASH_FRACTION", "CHENG", "A_HALF", "FOLD", "RANK", "RATIO_PARTS", "INDEX",
           "THRESHOLD", "SET_THRESHOLD", "LABELS", "PLAN_SPAN", "TIME_AGO", "WEB", "ERA", "RECKONED", "CIRCLE", "SESSION",
           "POINTER", "RANKED_AMONG", "NAMED_THRESHOLD", "GLOSSED_LIST", "PER_BASE", "PER_ONE", "TOP_SHARE", "COLUMN", "ANNEX", "QUOTED_LABEL", "PLACE_NUMERALS"]
