"""The pieces every quantity reader is built from: numbers (numerals.py), units and measure
words (data/units.toml), range dashes and list connectors, and reading a number's text."""
from __future__ import annotations

from functools import lru_cache

from ...compiled import compiled
from ...lexicon import lexical_cache, load, trie_pattern, units
from ...numerals import (APPROXIMATE_NUMBER, ARABIC_NUMBER, BIG_UNITS, CN_NUMBER, MIXED_NUMBER, SCALE_WORD_CHARS, SMALL_UNIT_CHARS,
                         UNIT_CHARS, read_approximate, read_consecutive, read_number)

# 1.08亿, 3千, 三千二百万, 壹仟贰佰, 数十万: any number, its own scale characters included; the
# longest form first, so that a run of numerals is read (or refused) at once: linear time
NUMBER = rf"(?:{MIXED_NUMBER}|{ARABIC_NUMBER}[{UNIT_CHARS}]*|{CN_NUMBER}|{APPROXIMATE_NUMBER})"
SCALE_ONLY = compiled(f"[{SCALE_WORD_CHARS}]+")  # 万元GDP, 百家: no number (十 alone is ten)
# 3—5万, 2——3万, 10~15, 两到三千万, 10亿至20亿
DASH = r"(?:——|--|—|–|-|~|〜|至|到)"
INCLUSIVE = r"(?:\(含\))"              # 1万(含)—5万元
LIST = r"(?:、|和|与|及|以及)"
LIST_RE = compiled(LIST)
ARABIC_RE = compiled(ARABIC_NUMBER)


@lexical_cache
def unit_pattern() -> str:
    """Every surface unit and measure word; ASCII abbreviations (kg, km², GWh) only whole,
    after an optional space (500 kW)."""
    table = units()
    chinese = [u for u in table if not u[0].isascii()]
    ascii_ = [u for u in table if u[0].isascii() and u[0].isalpha()]
    symbols = [u for u in table if u[0].isascii() and not u[0].isalpha()]  # %, ‰ are not ASCII letters
    return (rf"(?:{trie_pattern(chinese + symbols)}"
            rf"| ?{trie_pattern(ascii_)}(?![A-Za-z0-9²³]))")


@lru_cache(maxsize=4096)  # a pure function of the number's text: numbers repeat (2023, 10, 一)
def number_value(text: str) -> tuple[float, float | None, str] | None:
    """Value, upper end and bound a number's text gives by itself: 数十 → (10, None, gt),
    三四万 → (30000, 40000, approx), 1.08亿 → (1.08e8, None, eq)."""
    if text[0] in "数几上" or "几" in text:
        approx = read_approximate(text)
        return None if approx is None else (approx[0], None, approx[1])
    ends = read_consecutive(text)
    if ends:
        return ends[0], ends[1], "approx"
    value = read_number(text)
    return None if value is None else (value, None, "eq")


def scaled(number: str, value: float, scale_text: str) -> float:
    """The value of ``number`` followed by ``scale_text`` (多 or 余 may stand between): 1万3千 + 亿
    scales the whole (1.3e12), but 六亿三千 + 万 only what follows the larger 亿: 6.3e8, not 6.00003e12."""
    if not scale_text:
        return value
    scale = read_number("1" + scale_text) or 1.0
    larger = [i for i, c in enumerate(number) if BIG_UNITS.get(c, 0) > scale]
    if larger and larger[-1] + 1 < len(number):
        head, tail = read_number(number[:larger[-1] + 1]), read_number(number[larger[-1] + 1:])
        if head is not None and tail is not None:
            return head + tail * scale
    return value * scale


def split_unit_prefix(number: str, surface: str | None) -> tuple[str, str | None]:
    """二百万千 + 瓦 → 二百万 + 千瓦: a unit that starts with 千/百/十/兆 takes that character
    back from the numeral (二百万千瓦 is two million kilowatts, not 2,001,000 watts)."""
    if surface and len(number) > 1 and number[-1] in SMALL_UNIT_CHARS + "兆" and number[-1] + surface in units():
        head = number[:-1]
        if read_number(head) is not None or read_consecutive(head) is not None:
            return head, number[-1] + surface
    return number, surface


@lexical_cache
def words(section: str, key: str = "words") -> tuple[str, ...]:
    """A word list of data/units.toml."""
    return tuple(load("units")[section][key])


def context_before(text: str, start: int, width: int = 20) -> str:
    """The text of the clause before ``start``, at most ``width`` characters."""
    left = max(0, start - width)
    cut = max(text.rfind(c, left, start) for c in "，,。；;！？!?\n")
    return text[max(left, cut + 1):start]

