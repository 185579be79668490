"""HTML to text as edits of the raw markup, so every character of the text maps back to it.

``html_edits(raw)`` returns sorted, disjoint ``(start, end, replacement)`` edits of ``raw``;
applied by the normaliser they give the text a reader sees, and its OffsetMap sends every
span back into ``raw`` (SPEC §5).

What a reader sees:
  - block elements (p, div, li, h1…, table rows, <br>) are line breaks; a table cell starts
    with a tab, so <td>2023</td><td>1195.7亿元</td> is two numbers, not one;
  - script, style, template, nav, header, footer, aside, noscript and comments are dropped,
    closed or not: an unclosed <script> or <!-- runs to the end of the input, as in a
    browser; an unclosed <nav> ends with the element that holds it;
  - entities are decoded (&nbsp; &#49; &#x4e00;), with a bounded length: a numeric entity
    with thousands of digits is U+FFFD, as the HTML standard says;
  - line breaks in the text stay line breaks (scraped pages often mix text lines and tags).

The tokenizer follows the HTML standard's tokenization of tags, end tags, comments, bogus
comments and raw-text elements, and consumes whatever it scans, so its time is linear in
the input on any markup. Why not a library: selectolax (lexbor) and lxml build a tree
without source positions and move text about (foster parenting), so their text cannot be
mapped back exactly; the standard library's html.parser reports positions but takes
quadratic time on repeated "</" or an unclosed "<!--" in Python 3.11 (measured in
docs/performance.md).
"""
from __future__ import annotations

import html as _html
from functools import lru_cache
from html.entities import html5 as _NAMED

import regex

from .compiled import compiled
BLOCK = frozenset({
    "address", "article", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "html",
    "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "title", "tr", "ul",
})
CELLS = frozenset({"td", "th"})
DROPPED = frozenset({"script", "style", "template", "nav", "header", "footer", "aside", "noscript"})
RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                  "source", "track", "wbr"})
MAX_CODEPOINT_DIGITS = 7  # &#1114111; is the largest code point; longer is U+FFFD

_LOOKS_HTML = compiled(
    r"(?i)<(?:!doctype|!--|/?(?:html|head|body|p|div|br|span|td|th|tr|table|li|ul|ol|h[1-6]|script|style"
    r"|nav|header|footer|aside|template|section|article|a|img|font|strong|b)\b[^<>]*+>)")
# A start or end tag: its name, then attributes up to ">" (a quoted value may hold ">"), or the end.
_TAG = compiled(r"<(/?)([a-zA-Z][^\s/>]*+)(?:\s++|/|[^\s/>=\"']++|=\s*+(?:\"[^\"]*+\"?|'[^']*+'?)?|[\"'])*+>?")
_ENTITY = compiled(r"&(?:#([0-9]++);?|#[xX]([0-9a-fA-F]++);?|([a-zA-Z][a-zA-Z0-9]{0,31})(;?))")
_SPECIAL = compiled(r"<[a-zA-Z/!?]|&[#a-zA-Z]")  # a "<" or "&" before anything else is text


@lru_cache(maxsize=None)
def _raw_text_end(name: str) -> regex.Pattern:
    """</script> and the like: what ends a raw-text element's content."""
    return compiled(rf"(?i)</{regex.escape(name)}(?=[\s/>])")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is markup (a tag or comment of the kinds web pages use), not prose that mentions a <."""
    return _LOOKS_HTML.search(text) is not None


def html_edits(raw: str) -> list[tuple[int, int, str]]:
    """The edits that turn ``raw`` markup into the text a reader sees (see the module docstring)."""
    return _Tokenizer(raw).run()


def entity(token: str) -> str | None:
    """The text of one entity (&nbsp;, &#49;, &#x4e00;); None when it is no entity."""
    m = _ENTITY.fullmatch(token)
    return _decoded(m) if m else None


def _decoded(m: regex.Match) -> str | None:
    decimal, hexadecimal, name, semicolon = m.groups()
    if decimal is not None or hexadecimal is not None:
        digits = (decimal or hexadecimal).lstrip("0") or "0"
        if len(digits) > MAX_CODEPOINT_DIGITS:
            return "\ufffd"
        code = int(digits, 10 if decimal is not None else 16)
        if 0x20 <= code < 0x80 or 0xA0 <= code < 0xD800 or 0xE000 <= code < 0xFDD0:
            return chr(code)  # the common case, without html.unescape's regular expression
        return _html.unescape(f"&#{code};")  # controls, surrogates, windows-1252 remaps: as the standard says
    if semicolon and (text := _NAMED.get(name + ";")) is not None:
        return text
    text = _html.unescape(f"&{name}{semicolon}")
    return None if text == m.group() else text  # &foo; or a bare &amp without ";" it does not know


class _Tokenizer:
    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.edits: list[tuple[int, int, str]] = []
        self.open: list[str] = []         # elements not yet closed, innermost last
        self.counts: dict[str, int] = {}  # how many of each name are open: end tags without a match cost O(1)
        self.drop_depth: int | None = None  # len(open) when the outermost dropped element opened

    @property
    def dropping(self) -> bool:
        return self.drop_depth is not None

    def run(self) -> list[tuple[int, int, str]]:
        raw, pos, n = self.raw, 0, len(self.raw)
        while pos < n:
            m = _SPECIAL.search(raw, pos)
            at = m.start() if m else n
            self._text(pos, at)
            if at == n:
                break
            pos = self._entity(at) if raw[at] == "&" else self._markup(at)
        return self.edits

    def _text(self, start: int, end: int) -> None:
        if self.dropping and start < end:
            self.edits.append((start, end, ""))

    def _entity(self, at: int) -> int:
        m = _ENTITY.match(self.raw, at)
        text = _decoded(m) if m else None
        if text is None:
            self._text(at, at + 1)
            return at + 1
        self.edits.append((at, m.end(), "" if self.dropping else text))
        return m.end()

    def _markup(self, at: int) -> int:
        raw = self.raw
        second = raw[at + 1]
        if second.isalpha():
            return self._tag(at)
        if raw.startswith("<!--", at):
            if raw.startswith(">", at + 4) or raw.startswith("->", at + 4):  # <!--> and <!---> are empty
                return self._drop(at, raw.index(">", at + 4) + 1)
            close = raw.find("-->", at + 4)
            return self._drop(at, len(raw) if close < 0 else close + 3)
        third = raw[at + 2:at + 3]
        if second in "!?" or not (third.isascii() and third.isalpha()):  # </全市 is text to drop, not a tag
            close = raw.find(">", at + 1)  # a bogus comment: <!DOCTYPE …>, <?xml …?>, </ 3>
            return self._drop(at, len(raw) if close < 0 else close + 1)
        return self._tag(at)

    def _tag(self, at: int) -> int:
        """A start or end tag at ``at`` ("<a…" or "</a…": _TAG always matches there)."""
        raw = self.raw
        m = _TAG.match(raw, at)
        assert m is not None
        closing, name = m.group(1) == "/", m.group(2).lower()
        if closing:
            self._end(name, m.start(), m.end())
            return m.end()
        self._start(name, m.start(), m.end())
        if name in RAW_TEXT and not m.group().endswith("/>"):
            end = _raw_text_end(name).search(raw, m.end())
            stop = end.start() if end else len(raw)
            if name in DROPPED or self.dropping:
                self._drop(m.end(), stop)
            return stop
        return m.end()

    def _drop(self, start: int, end: int) -> int:
        if start < end:
            self.edits.append((start, end, ""))
        return end

    def _start(self, name: str, start: int, end: int) -> None:
        if name not in VOID:
            self.open.append(name)
            self.counts[name] = self.counts.get(name, 0) + 1
            if name in DROPPED and not self.dropping:
                self.drop_depth = len(self.open)
        self.edits.append((start, end, self._separator(name, opening=True)))

    def _end(self, name: str, start: int, end: int) -> None:
        if self.counts.get(name):  # close it and every element left open inside it
            while True:
                top = self.open.pop()
                self.counts[top] -= 1
                if top == name:
                    break
            if self.dropping and len(self.open) < self.drop_depth:
                self.drop_depth = None
                self.edits.append((start, end, ""))
                return
        self.edits.append((start, end, self._separator(name, opening=False)))

    def _separator(self, name: str, opening: bool) -> str:
        if self.dropping:
            return ""
        if name in BLOCK:
            return "\n"
        return "\t" if name in CELLS and opening else ""
