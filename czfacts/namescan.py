"""Find any of a few thousand names in running text, as a compiled regex would.

A regex engine tries the branches of an alternation one by one, so a trie-shaped regex
(czfacts.lexicon.trie_pattern) slows down with the number of distinct first characters: the
~6,000 names of the gazetteer (888 first characters) run ten times slower than its ~700
provinces and prefectures did. NameScanner looks each position's first two characters up
in a dict instead, and only there tries the name lengths that start with them; a character
class of the names' first and second characters, which the standard library's engine
searches in C, skips the positions where no name can start (nine in ten of running text).

It answers like a compiled pattern of the alternation, longest name first: ``finditer``,
``search``, ``match`` and ``fullmatch`` with ``pos`` and ``endpos``, returning real
``regex.Match`` objects. Every name must have two characters or more.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

from .compiled import compiled

def _one_of(characters: Iterable[str]) -> str:
    """A character class of ``characters``; with none, a pattern that matches nothing."""
    chars = sorted(set(characters))
    return f"[{''.join(map(re.escape, chars))}]" if chars else "(?!)"


@lru_cache(maxsize=None)
def _literal(name: str) -> regex.Pattern:
    return compiled(regex.escape(name))


class NameScanner:
    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(names)
        if any(len(n) < 2 for n in self.names):
            raise ValueError("NameScanner needs names of two characters or more")
        lengths: dict[str, set[int]] = {}
        for name in self.names:
            lengths.setdefault(name[:2], set()).add(len(name))
        self._lengths = {head: sorted(ls, reverse=True) for head, ls in lengths.items()}
        firsts, seconds = _one_of(head[0] for head in lengths), _one_of(head[1] for head in lengths)
        self._may_start = re.compile(f"{firsts}(?={seconds})")
        self._longest = max(map(len, self.names), default=0)

    def _longest_at(self, string: str, i: int, end: int) -> int:
        """The length of the longest name at ``i`` that ends by ``end``, or 0."""
        for length in self._lengths.get(string[i:i + 2], ()):
            if i + length <= end and string[i:i + length] in self.names:
                return length
        return 0

    def _match(self, string: str, i: int, length: int, endpos: int) -> regex.Match:
        return _literal(string[i:i + length]).match(string, i, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match]:
        end = len(string) if endpos is None else min(endpos, len(string))
        heads, i = self._lengths, max(pos, 0)
        while (start := self._may_start.search(string, i, end)) is not None:
            i = start.start()
            length = self._longest_at(string, i, end) if string[i:i + 2] in heads else 0
            if length:
                yield self._match(string, i, length, end)
            i += length or 1

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        return next(self.finditer(string, pos, endpos), None)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        end = len(string) if endpos is None else min(endpos, len(string))
        length = self._longest_at(string, pos, end)
        return self._match(string, pos, length, end) if length else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        end = len(string) if endpos is None else min(endpos, len(string))
        if end - pos > self._longest or string[pos:end] not in self.names:  # no slice of a long text per call
            return None
        return self._match(string, pos, end - pos, end)
