"""Tokenizer backends behind one interface: word/POS-tag pairs for a piece of text.

The default is rjieba (jieba-rs: jieba's dictionary and tag set, ~30x faster than jieba's
Python code); jieba itself is the fallback. HanLP is optional (``pip install czfacts[hanlp]``)
and needs model weights that must already be on disk; it is never used unless asked for.
Only number-bearing sentences are ever tagged.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate
from typing import Protocol

from .lexicon import clear_caches, lexical_cache, load, trie_pattern


class Tokenizer(Protocol):
    def tag(self, text: str) -> list[tuple[str, str]]: ...


class JiebaTokenizer:
    """rjieba when installed, else jieba.posseg: same dictionary, same tags."""

    def __init__(self) -> None:
        try:
            import rjieba
            self._tag = rjieba.tag
        except ImportError:  # pragma: no cover - rjieba is a dependency; this guards odd platforms
            import jieba.posseg
            self._tag = lambda text: [(w.word, w.flag) for w in jieba.posseg.lcut(text)]

    def tag(self, text: str) -> list[tuple[str, str]]:
        return list(self._tag(text))


class HanLPTokenizer:
    """HanLP's tokenizer and POS tagger, mapped onto jieba-style tags (ns, nt, nr, n, v …)."""

    _TAGS = {"NS": "ns", "NT": "nt", "NR": "nr", "NN": "n", "VV": "v", "CD": "m", "M": "q"}

    def __init__(self, model: str) -> None:
        import hanlp  # optional extra
        self._pipeline = hanlp.load(model)

    def tag(self, text: str) -> list[tuple[str, str]]:
        result = self._pipeline(text, tasks=["tok/fine", "pos/ctb"])
        return [(w, self._TAGS.get(t, t.lower())) for w, t in zip(result["tok/fine"], result["pos/ctb"])]


_backend: Tokenizer | None = None


def use(tokenizer: Tokenizer) -> None:
    """Swap the tokenizer (e.g. ``use(HanLPTokenizer(path))``)."""
    global _backend
    _backend = tokenizer
    clear_cache()
    clear_caches()  # the phrase caches (clean, metric_phrase …) hold what the old tokenizer's words made


@lru_cache(maxsize=1024)
def tag(text: str) -> tuple[tuple[str, str], ...]:
    """The words of ``text`` and their tags, cached (the stages tag the same phrases again and again)."""
    global _backend
    if _backend is None:
        _backend = JiebaTokenizer()
    tokens = _split(text, _backend.tag(text))
    return _joined(text, _suffixed(tokens) if _noun_suffixes()[1].search(text) else tokens)


def _suffixed(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """服务/点 → 服务点: a noun suffix the tagger reads as a numeral ends the noun before it."""
    suffixes, _ = _noun_suffixes()
    out: list[tuple[str, str]] = []
    for word, pos in tokens:
        if word in suffixes and pos == "m" and out and out[-1][1] in _BEFORE_A_SUFFIX:
            out[-1] = (out[-1][0] + word, "n")
        else:
            out.append((word, pos))
    return out


_BEFORE_A_SUFFIX = frozenset({"n", "vn", "nz", "j", "l"})


@lexical_cache
def _noun_suffixes() -> tuple[frozenset[str], re.Pattern]:
    """The suffixes, and a pattern that finds one in a text (one scan, not one per suffix)."""
    suffixes = frozenset(load("attribution")["tokens"]["noun_suffixes"])
    return suffixes, re.compile(trie_pattern(suffixes) or "(?!)")


def _split(text: str, tokens) -> list[tuple[str, str]]:
    """Tokens the dictionary glues across a word boundary, cut apart (赤字/率拟/按 → 赤字/率/拟/按)."""
    splits, pattern = _splits()
    # (a token to cut is a word of the text: most texts hold none, and looking costs less than reading every token)
    if not pattern.search(text) or not any(word in splits for word, _ in tokens):
        return list(tokens)
    return [part for word, pos in tokens for part in splits.get(word, ((word, pos),))]


@lexical_cache
def _splits() -> tuple[dict[str, tuple[tuple[str, str], ...]], re.Pattern]:
    """The tokens to cut, and a pattern that finds one in a text."""
    splits = {word: tuple(tuple(part.split("/")) for part in parts)
              for word, parts in load("attribution")["tokens"]["splits"].items()}
    return splits, re.compile(trie_pattern(splits) or "(?!)")


def _joined(text: str, tokens) -> tuple[tuple[str, str], ...]:
    """Tokens joined where a compound of the data spans them exactly (开发区/亩/均 → 亩均,
    专精/特新 → 专精特新): words of the genre the dictionary splits; a compound that is one
    token already takes the data's tag (零件 is a noun, not a numeral and a measure word)."""
    compounds, pattern = _compounds()
    if pattern is None or not (found := [m.span() for m in pattern.finditer(text)]):
        return tuple(tokens)
    # offset → index of the token that starts there (the text's end: one past the last token)
    starts = dict(zip(accumulate((len(word) for word, _ in tokens), initial=0), range(len(tokens) + 1)))
    out: list[tuple[str, str]] = []
    done = 0
    for a, b in found:
        if a in starts and b in starts and starts[b] > starts[a] >= done:
            out.extend(tokens[done:starts[a]])
            out.append((text[a:b], compounds[text[a:b]]))
            done = starts[b]
    return tuple(out + list(tokens[done:]))


@lexical_cache
def _compounds() -> tuple[dict[str, str], re.Pattern | None]:
    compounds = dict(load("attribution")["tokens"]["compounds"])
    # the standard library's engine, not regex: it scans this plain alternation of words three times as
    # fast, and every text tagged is scanned (it cost as much CPU time as the tagger itself)
    return compounds, re.compile(trie_pattern(compounds)) if compounds else None


def word_bounds(text: str) -> set[int]:
    """The offsets in ``text`` where a word of ``tag(text)`` starts or ends (0 and len(text) too)."""
    bounds, pos = {0}, 0
    for word, _ in tag(text):
        pos += len(word)
        bounds.add(pos)
    return bounds


def clear_cache() -> None:
    tag.cache_clear()
