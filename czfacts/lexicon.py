"""Load czfacts/data/*.toml once, check them, and expose them as plain Python values.

The data files are the only home of lexical knowledge (units, bounds, kind words, period
words, attribution words, non-facts, places); code reads them from here.
"""
from __future__ import annotations

import tomllib

import regex
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .errors import LexiconError

CANONICAL_UNITS = {"CNY", "USD", "EUR", "HKD", "JPY", "GBP", "AUD", "RUB", "KRW", "TWD", "MOP", "THB", "CHF",
                   "CAD", "SGD", "NZD", "INR", "VND", "MYR", "%", "pp",
                   "index", "t", "tce", "kWh", "W", "m", "m2", "m3", "mu", "count", "rank",
                   "times", "year", "day", "TEU", "tkm", "pkm", "ug/m3", "mg/L"}
KINDS = {"amount", "count", "growth", "share", "change", "ratio", "rank"}
BOUNDS = {"eq", "approx", "gt", "ge", "lt", "le"}


@dataclass(frozen=True)
class Unit:
    surface: str
    unit: str
    scale: float
    kind: str
    arabic_only: bool = False


@cache
def load(name: str) -> dict:
    """The parsed data file czfacts/data/<name>.toml."""
    try:
        raw = resources.files("czfacts").joinpath("data", f"{name}.toml").read_bytes()
        return tomllib.loads(raw.decode("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"data/{name}.toml: {exc}") from exc


@cache
def units() -> dict[str, Unit]:
    """Surface unit → Unit, with every count classifier as a `count` unit."""
    table = {}
    for surface, spec in load("units")["units"].items():
        if spec["unit"] not in CANONICAL_UNITS or spec["kind"] not in KINDS:
            raise LexiconError(f"units.toml: {surface!r} has unknown unit or kind: {spec}")
        table[surface] = Unit(surface, spec["unit"], float(spec["scale"]), spec["kind"],
                              bool(spec.get("arabic_only", False)))
    for word in load("units")["classifiers"]["words"]:
        table.setdefault(word, Unit(word, "count", 1.0, "count"))
    return table


def attributive_suffix(unit: str, *, direct: bool) -> str | None:
    """The metric suffix for a number written before its noun (units.toml explains)."""
    return load("units")["attributive_suffix"]["direct" if direct else "with_de"].get(unit)


@cache
def bounds() -> dict[str, dict[str, str]]:
    data = load("bounds")
    for where in ("before", "after", "inside"):
        for word, bound in data[where].items():
            if bound not in BOUNDS:
                raise LexiconError(f"bounds.toml [{where}] {word!r}: unknown bound {bound!r}")
    return data


def words(name: str, *path: str) -> list[str]:
    """The word list at ``path`` of data/<name>.toml: words("kinds", "comparison", "above")."""
    node = load(name)
    for key in path:
        node = node[key]
    return list(node)


def alternation(name: str, *path: str) -> str:
    """The word list at ``path`` of data/<name>.toml as a trie-shaped regex alternation."""
    return f"(?:{trie_pattern(words(name, *path))})"


def by_length(words) -> list[str]:
    """Longest first, so that alternations prefer 累计建成 to 建成."""
    return sorted(set(words), key=len, reverse=True)


def trie_pattern(words) -> str:
    """A regex alternation of ``words`` shaped as a trie, longest match first.

    The regex engine tries a flat alternation of hundreds of names one by one at every
    position; a trie (长(?:治市?|春市?)…) decides by one character at a time.
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends_here = "" in node
        branches = [regex.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends_here else body

    return build(trie)
