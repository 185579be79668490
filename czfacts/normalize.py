"""Normalise an article for matching while keeping one map back to the original string.

The rules match on the normalised text; every span they produce is mapped back through
the OffsetMap, so provenance offsets always index the caller's original string.

Changes made, in order:
  1. HTML: tags removed (block tags become line breaks), entities decoded.
  2. One character for one: full-width ASCII (１２３．５％，) and the ideographic space become
     ASCII; traditional characters become simplified (czfacts' lexicons are simplified).
  3. Deletions: carriage returns, spaces that are not between two ASCII words
     ("1195.7 亿元" → "1195.7亿元"), thousands separators ("1,234.5" → "1234.5"), and
     blank lines that cut a long paragraph in mid-sentence (a web-page artefact:
     "实施了30项科\n\n技重大专项"), so the pieces read as one paragraph.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from functools import lru_cache

import regex

_TAG = regex.compile(r"(?is)<(script|style)\b.*?</\1\s*>|<!--.*?-->|<(/?)([a-z][a-z0-9]*)\b[^<>]*>")
_ENTITY = regex.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+\d*);")
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
               "article", "table", "ul", "ol", "blockquote", "title", "header", "footer"}
_LOOKS_HTML = regex.compile(r"(?i)</?(?:p|div|br|span|html|body|td|li|h\d)\b[^<>]*>")
_DELETE = regex.compile(
    r"\r"
    r"|(?<![A-Za-z0-9])[ \t]+|[ \t]+(?![A-Za-z0-9])"   # a space beside anything but an ASCII word
    r"|(?<=[A-Za-z])[ \t]+(?=[0-9])|(?<=[0-9])[ \t]+(?=[A-Za-z])"
    r"|(?<=\d),(?=\d{3}(?!\d))"                        # thousands separator
)


@dataclass(frozen=True)
class OffsetMap:
    """For each normalised character, the original span [start, end) it came from."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalised [start, end) (end exclusive)."""
        if start >= end:
            at = self.starts[start] if start < len(self.starts) else self.original_length
            return at, at
        return self.starts[start], self.ends[end - 1]

    def point(self, index: int) -> int:
        return self.starts[index] if index < len(self.starts) else self.original_length


@dataclass(frozen=True)
class Normalized:
    text: str
    offsets: OffsetMap


@lru_cache(maxsize=1)
def _char_table() -> dict[int, str]:
    from zhconv import zhconv  # the simplified/traditional dictionary; only 1:1 characters kept

    table = {ord(t): s for t, s in zhconv.getdict("zh-hans").items() if len(t) == 1 == len(s)}
    table.update({cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})
    table[0x3000] = " "
    table[0x00A0] = " "
    return table


def _edit(text: str, edits: list[tuple[int, int, str]], starts: list[int], ends: list[int]):
    """Apply non-overlapping (start, end, replacement) edits, composing the offset lists."""
    out, new_starts, new_ends, pos = [], [], [], 0
    for a, b, rep in edits:
        out.append(text[pos:a])
        new_starts.extend(starts[pos:a])
        new_ends.extend(ends[pos:a])
        out.append(rep)
        new_starts.extend([starts[a]] * len(rep))
        new_ends.extend([ends[b - 1]] * len(rep))
        pos = b
    out.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(out), new_starts, new_ends


def _disjoint(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Merge overlapping deletions (a cut paragraph's blank line holds spaces too)."""
    merged: list[tuple[int, int, str]] = []
    for a, b, rep in edits:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]), "")
        else:
            merged.append((a, b, rep))
    return merged


def _html_edits(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for m in regex.finditer(_TAG.pattern + "|" + _ENTITY.pattern, text, flags=regex.I | regex.S):
        token = m.group()
        if token.startswith("&"):
            edits.append((m.start(), m.end(), html.unescape(token)))
        else:
            tag = (m.group(3) or "").lower()
            edits.append((m.start(), m.end(), "\n" if tag in _BLOCK_TAGS else ""))
    return edits


_CUT_PARAGRAPH = regex.compile(r"(?<=[^\n]{40}[\p{Han}\d])\n[ \t\n]*\n[ \t]*(?=[\p{Han}\d])", regex.V1)


def normalize(original: str) -> Normalized:
    """Normalise ``original``; see the module docstring for what changes."""
    starts = list(range(len(original)))
    ends = list(range(1, len(original) + 1))
    text = original
    if _LOOKS_HTML.search(text):
        text, starts, ends = _edit(text, _html_edits(text), starts, ends)
    text = text.translate(_char_table())
    deletions = sorted([(m.start(), m.end(), "") for m in _DELETE.finditer(text)]
                       + [(m.start(), m.end(), "") for m in _CUT_PARAGRAPH.finditer(text)])
    deletions = _disjoint(deletions)
    if deletions:
        text, starts, ends = _edit(text, deletions, starts, ends)
    return Normalized(text, OffsetMap(tuple(starts), tuple(ends), len(original)))
