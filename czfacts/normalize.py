"""Normalise an article for matching while keeping one map back to the original string.

The rules match on the normalised text; every span they produce is mapped back through
the OffsetMap, so provenance offsets always index the caller's original string.

Changes made, in order:
  1. HTML: tags removed (block tags become line breaks), entities decoded (in plain text
     too: scraped text often keeps its &nbsp;).
  2. One character for one: full-width ASCII (１２３．５％，) and every Unicode space (the
     ideographic space, no-break and thin spaces) and the ratio sign (2.04∶1) become ASCII; vertical tabs, form feeds and
     the Unicode line and paragraph separators become line breaks; traditional characters
     become simplified (czfacts' lexicons are simplified).
  3. Deletions: carriage returns, zero-width characters and byte-order marks, soft hyphens,
     spaces that are not between two ASCII words
     ("1195.7 亿元" → "1195.7亿元") nor between two words of two characters or more in a line of a
     title's length, as a headline parts its phrases ("工业经济回暖 全市规上工业增长8.2%": a clause
     break, document.py; the spaces of spaced-out words, "水 产 品", "比上 年末 增 加", and of prose
     go), thousands separators ("1,234.5" → "1234.5"), and
     blank lines that cut a long paragraph in mid-sentence (a web-page artefact:
     "实施了30项科\n\n技重大专项") and the line breaks a PDF's page put inside a sentence
     ("比上年增\n长4.9%"), so the pieces read as one paragraph, every other blank line (paragraphs are lines), and the spaces
     of digits spaced out one by one ("1 5 ．3 ％" → "15.3%"), and the 、 between two neighbouring
     Chinese digits before a unit ("四、五十亿元" → "四五十亿元": about forty or fifty, one figure);
     a middle dot used as a decimal point becomes one ("19·5％" → "19.5%").
"""
from __future__ import annotations

import bisect
import codecs
from dataclasses import dataclass
from functools import lru_cache

from .compiled import compiled
from .html import entity, html_edits, looks_like_html
from .numerals import ORDINARY_DIGITS, SMALL_UNIT_CHARS, neighbours

# Bounded: &#99…9; with thousands of digits is left as text, not read as a number.
_ENTITY = compiled(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{0,31});")
_DELETE = compiled(
    r"\r"
    r"|[\u200b-\u200d\u2060\ufeff\u00ad]+"             # zero-width characters, soft hyphens
    r"|(?=[ \t])(?!(?<=(?:\A|\n)[^\n]{0,38}(?<! )\p{Han}{2}) +\p{Han}{2}(?! )[^\n]{0,38}(?:\n|\Z)"  # (a title's phrases: kept;
    r"|(?<=(?:\A|\n)[^\n，,。；;：:]{0,38}(?<! )\p{Han}{2}) +\d+\p{Han}(?! )[^\n]{0,38}(?:\n|\Z))"  # …出炉 19省份…: the second may open with a count)
    r"(?:(?<![A-Za-z0-9])[ \t]+|[ \t]+(?![A-Za-z0-9]))"  # a space beside anything but an ASCII word
    r"|(?<=[A-Za-z])[ \t]+(?=[0-9])|(?<=[0-9])[ \t]+(?=[A-Za-z])"
    r"|(?<=\d),(?=\d{3}(?!\d))"                        # thousands separator
)


# Old reports space their digits out (1 9 9 7 年, 4 9 2 5 0 万吨, 1 5 ．3 ％): a space between
# two lone digits (or a lone digit and its decimals) goes; 表1 2021年, 2023 12 31 and table
# cells (99.6 97.6) keep theirs.
_SPACED_DIGIT = compiled(r"(?<=(?:(?<![\d.])|(?<=\d \.))\d) (?=\d(?![\d.])|\.\d(?!\d))")  # (1 0 ．0 6 ‰: decimals spaced too)
# 四、五十亿元, 三、四万人: 、 between two neighbouring digits before a unit writes "about a or b" (read as 四五十);
# 一、二等奖 (no unit after) keeps it.
_DIGIT_MARK = compiled(rf"(?<=[{''.join(ORDINARY_DIGITS)}])、(?=[{''.join(ORDINARY_DIGITS)}][{SMALL_UNIT_CHARS}万亿])")


def _neighbour_marks(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "") for m in _DIGIT_MARK.finditer(text)
            if neighbours(ORDINARY_DIGITS[text[m.start() - 1]], ORDINARY_DIGITS[text[m.end()]])]
# 19·5％: a middle dot between digits before a percent sign is a decimal point (“6·9” is a date).
_DOT_DECIMAL = compiled(r"(?<=\d)·(?=\d+ ?%)")


class OffsetMap:
    """Maps normalised offsets back to the original string.

    The normalised text is a sequence of pieces, each either copied from an original span
    character for character, or a replacement standing for an original span (an HTML
    entity). Edits are sparse, so pieces are few; a lookup is one bisection. A map built on
    top of another (HTML stripped first, then spaces deleted) composes through ``inner``.
    """

    def __init__(self, pieces: list[tuple[int, int, int, bool]], normalized_length: int, length: int,
                 inner: "OffsetMap | None" = None):
        self._starts = [p[0] for p in pieces]  # normalised start of each piece
        self._origins = [p[1] for p in pieces]  # original start of each piece (increasing too)
        self._pieces = pieces                  # (normalised start, original start, original end, copied)
        self._normalized_length = normalized_length
        self._length = length                  # length of the text this map maps back to
        self._inner = inner

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls([(0, 0, length, True)] if length else [], length, length)

    def _first(self, i: int) -> int:
        if i >= self._normalized_length:
            return self._length
        k = bisect.bisect_right(self._starts, i) - 1
        norm, start, _, copied = self._pieces[k]
        return start + (i - norm) if copied else start

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalised [start, end) (end exclusive)."""
        if start >= end:
            a = b = self._first(start)
        else:  # _first(start) inlined, and the end of the piece holding end - 1, bisecting once
            starts, pieces = self._starts, self._pieces  # when start and end - 1 fall in one piece
            k = bisect.bisect_right(starts, start) - 1
            norm, first, last, copied = pieces[k]
            a = self._length if start >= self._normalized_length else first + (start - norm) if copied else first
            if k + 1 < len(starts) and starts[k + 1] <= end - 1:
                norm, first, last, copied = pieces[bisect.bisect_right(starts, end - 1, k + 1) - 1]
            b = first + (end - norm) if copied else last
        return self._inner.span(a, b) if self._inner else (a, b)

    def normalised_at(self, pos: int) -> int:
        """The first normalised offset whose original offset (``span(i, i + 1)[0]``) is at or
        after the original ``pos``: the inverse of the map, one bisection per level."""
        if self._inner:
            pos = self._inner.normalised_at(pos)
        k = bisect.bisect_left(self._origins, pos) - 1  # the last piece that starts before pos
        if k < 0:
            return 0
        norm, first, _, copied = self._pieces[k]
        piece_end = self._starts[k + 1] if k + 1 < len(self._starts) else self._normalized_length
        return norm + (pos - first) if copied and pos - first < piece_end - norm else piece_end


def _edit(text: str, edits: list[tuple[int, int, str]], inner: OffsetMap | None) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping (start, end, replacement) edits to ``text``."""
    out, pieces, pos, n = [], [], 0, 0
    for a, b, rep in edits:
        if a > pos:
            pieces.append((n, pos, a, True))
            out.append(text[pos:a])
            n += a - pos
        if rep:
            pieces.append((n, a, b, len(rep) == b - a and rep == text[a:b]))
            out.append(rep)
            n += len(rep)
        pos = b
    if pos < len(text):
        pieces.append((n, pos, len(text), True))
        out.append(text[pos:])
        n += len(text) - pos
    return "".join(out), OffsetMap(pieces, n, len(text), inner)


@dataclass(frozen=True)
class Normalized:
    text: str
    offsets: OffsetMap


def _fold_table() -> dict[int, str]:
    """Full-width ASCII, Unicode spaces and line breaks, lone surrogates: one character for one."""
    table = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
    for space in (0x3000, 0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F):
        table[space] = " "  # every Unicode space is a space ("1195.7\u2009亿元")
    for line_break in (0x0B, 0x0C, 0x85, 0x2028, 0x2029):
        table[line_break] = "\n"
    table[0x2236] = ":"  # the ratio sign (2.04∶1) is a colon
    for surrogate in range(0xD800, 0xE000):  # a lone surrogate cannot be encoded for the tokenizer
        table[surrogate] = "\ufffd"
    return table


def _by_code_point(table: dict[int, str]) -> list[int | str]:
    """``table`` as a list indexed by code point, for str.translate: a dict raises KeyError
    inside translate for every character it leaves alone, and a list does not (2.6× faster)."""
    listed: list[int | str] = list(range(max(table) + 1))
    for code_point, replacement in table.items():
        listed[code_point] = replacement
    return listed


_FOLD = _fold_table()
_FOLD_BY_CODE_POINT = _by_code_point(_FOLD)  # characters above its end are left alone, as by the dict


@lru_cache(maxsize=1)
def _traditional_table() -> dict[int, str]:
    """_FOLD and traditional → simplified (zhconv's dictionary, only 1:1 characters kept),
    read from its JSON without importing zhconv, which imports pkg_resources (a tenth of a second)."""
    import json
    import pathlib
    from importlib.util import find_spec

    folder = pathlib.Path(next(iter(find_spec("zhconv").submodule_search_locations)))
    pairs = json.loads((folder / "zhcdict.json").read_bytes())["zh2Hans"]
    return {ord(t): s for t, s in pairs.items() if len(t) == 1 == len(s)} | _FOLD


# The simplified character set GB2312 holds no traditional character but these, which the table
# changes; of the characters outside it, only Han characters can be traditional, but for ｢｣.
# tests/test_startup.py checks both lists against the table.
GB2312_CHANGED = "「」『』乾吒夥後徵拚捱摺於榘渖甯菸薹谘醣醯钜锺镟馀麴麽"
NON_HAN_CHANGED = "｢｣"
_HAN = compiled(r"\p{Han}")


def _skip_non_han(error: UnicodeEncodeError) -> tuple[str, int]:
    if _HAN.search(error.object, error.start, error.end):
        raise error
    return "", error.end


codecs.register_error("czfacts-skip-non-han", _skip_non_han)


def _has_traditional(text: str) -> bool:
    """Whether the traditional table can change ``text``: only when it has a Han character
    outside GB2312 (rare in simplified text) or one of the few listed above."""
    try:
        text.encode("gb2312", errors="czfacts-skip-non-han")
    except UnicodeEncodeError:
        return True
    return any(c in text for c in GB2312_CHANGED + NON_HAN_CHANGED)


def fold_characters(text: str) -> str:
    """The one-for-one changes alone: full-width, spaces, line breaks, traditional → simplified
    (that table is loaded only for a text that can need it)."""
    text = text.translate(_FOLD_BY_CODE_POINT)  # its ASCII, spaces and U+FFFD are no traditional characters
    return text.translate(_traditional_table()) if _has_traditional(text) else text


def _disjoint(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Merge overlapping deletions (a cut paragraph's blank line holds spaces too)."""
    merged: list[tuple[int, int, str]] = []
    for a, b, rep in edits:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]), "")
        else:
            merged.append((a, b, rep))
    return merged


def _entity_edits(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), entity(m.group()) or m.group()) for m in _ENTITY.finditer(text)]


# A blank line cuts a paragraph only where the piece before it cannot end one (40 characters
# or more, ending in a Chinese character or a digit: no punctuation) and the piece after it
# continues it (a Chinese character or digit, not a list marker 一、/二是, and a clause mark
# later on its line). Never between two digits: 1200\n\n15家 stays two numbers; never after a table's row (cells
# parted by tabs).
_CONTINUES = r"[ \t\n]*\n[ \t]*(?![一二三四五六七八九十]+[、是])(?={first}[^\n]*[，。；：、,;:])"
_CUT_PARAGRAPH = compiled(r"\n(?<=[^\n]{40}\p{Han}\n)(?<!\t[^\n]*\n)" + _CONTINUES.format(first=r"[\p{Han}\d]")
                               + r"|\n(?<=[^\n]{40}\d\n)(?<!\t[^\n]*\n)" + _CONTINUES.format(first=r"\p{Han}"))
# A text copied from a PDF breaks its lines where the page did (…实有人数\n473人。其中…, 比上年增\n长4.9%):
# a line of prose (20 characters or more, a comma, semicolon or full stop in it) that ends in a Chinese character,
# a letter (…国家3A\n级旅游景区) or a digit,
# not a heading, before a line that goes on (no list marker, a clause mark later on it), is no paragraph.
# A line that ends in a digit goes on only in a Chinese character, its unit (…高速公路1236\n公里，…): never
# between two digits.
_WRAP = (r"\n(?<=[^\n]{{20}}\n)(?<=[，,。；;][^\n]*{last}\n)"
         r"(?<!(?:^|\n)[ \t]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+)[^\n]*\n)"
         r"[ \t]*(?![一二三四五六七八九十]+[、是])(?={first}[^\n]*[，。；：、,;:])")  # (三、…较快: a heading)
_HARD_WRAP = compiled(_WRAP.format(last=r"[\p{Han}A-Za-z]", first=r"[\p{Han}\d]") + "|"
                      + _WRAP.format(last=r"\d", first=r"\p{Han}"))


# Blank lines between paragraphs (a story's spacing, or a table's between its rows): every stage reads one
# paragraph per line, the paragraph before a line is the line before it.
_BLANK_LINE = compiled(r"(?<=\n)[ \t\r]*\n|\A(?:[ \t\r]*\n)+(?=[^\n]*\S)")  # (…and before the first line of text)
HARD_WRAPPED = 3  # line breaks inside sentences that show a text's lines were broken by a page, not by paragraphs


def _hard_wraps(text: str) -> list[tuple[int, int, str]]:
    """The page's line breaks of a text copied from a PDF; none in a text with only a few such
    lines, which are headings and headlines with a comma (粤苏鲁差距缩小,山东GDP增速位列…首位)."""
    found = [(m.start(), m.end(), "") for m in _HARD_WRAP.finditer(text)]
    return found if len(found) >= HARD_WRAPPED else []


def normalize(original: str) -> Normalized:
    """Normalise ``original``; see the module docstring for what changes."""
    text, offsets = original, None
    if looks_like_html(text):
        text, offsets = _edit(text, html_edits(text), None)
    elif "&" in text and _ENTITY.search(text):  # scraped text that kept its &nbsp;
        text, offsets = _edit(text, _entity_edits(text), None)
    text = fold_characters(text)  # one character for one: offsets unchanged
    deletions = sorted([(m.start(), m.end(), "") for m in _DELETE.finditer(text)]
                       + [(m.start(), m.end(), "") for m in _CUT_PARAGRAPH.finditer(text)]
                       + [(m.start(), m.end(), "") for m in _BLANK_LINE.finditer(text)]
                       + _hard_wraps(text)
                       + [(m.start(), m.end(), "") for m in _SPACED_DIGIT.finditer(text)]
                       + _neighbour_marks(text)
                       + [(m.start(), m.end(), ".") for m in _DOT_DECIMAL.finditer(text)])
    if deletions:
        text, offsets = _edit(text, _disjoint(deletions), offsets)
    return Normalized(text, offsets or OffsetMap.identity(len(original)))
