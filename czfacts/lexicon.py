"""Load czfacts/data/*.toml once and expose it as plain Python values; merge users' lexicons
over the bundled data and check the result against the schemas (czfacts/schemas.py; the
bundled files alone are checked by tests/test_bundled_data.py).

The data files are the only home of lexical knowledge (units, bounds, kind words, period
words, attribution words, non-facts, places); code reads them from here.

User lexicons. ``Extractor(lexicons=[path, ...])`` runs its extractions inside
``using(paths)``: ``load`` then merges each user file's tables of the same name over the
bundled data (lists are extended, tables updated, values replaced) and checks the result
with the same schema, so an error names the user's file, the key and the line. Everything
derived from the data (patterns, tables) is cached per set of lexicons by ``lexical_cache``,
so many documents reuse it and different Extractors never mix their words (thread-safe:
the active set is a context variable).
"""
from __future__ import annotations

import contextvars
import hashlib
import marshal
import pickle
import tomllib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, wraps
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import regex
from pydantic import ValidationError

from .disk_cache import cache_dir, through_cache
from .errors import LexiconError

KINDS = {"amount", "count", "growth", "share", "change", "ratio", "rank"}
BOUNDS = {"eq", "approx", "gt", "ge", "lt", "le"}
CANONICAL_UNITS = {"CNY", "USD", "EUR", "HKD", "JPY", "GBP", "AUD", "RUB", "KRW", "TWD", "MOP", "THB", "CHF",
                   "CAD", "SGD", "NZD", "INR", "VND", "MYR", "%", "pp", "index", "t", "tce", "kWh", "W", "m",
                   "m2", "m3", "mu", "count", "rank", "times", "year", "day", "TEU", "tkm", "pkm",
                   "微克/立方米", "毫克/升",  # concentrations keep their surface unit (SPEC §3 names no code)
                   "P", "EFlops",  # computing power as reports write it (1.6万P, 15EFlops): no SPEC code either
                   "Gbps", "Tbps", "Mbps",  # a bandwidth as written (出省带宽5.2Tbps), no SPEC code either
                   "分钟", "英寸",  # as written, as the golds keep them (车程缩至30分钟, 12英寸晶圆)
                   "千伏", "千伏安时",  # a voltage and a battery's capacity as written (750千伏输变电工程)
                   "℃"}  # temperatures as written (摄氏度 too)
_ACTIVE: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar("czfacts_lexicons", default=())
READ: set[tuple[str, ...]] = set()  # (file, section, key) paths the code has read; see tests/test_data_keys.py
RECORDING = False  # load() records reads into READ only when a test asks (it costs a call per key read)
F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")


@dataclass(frozen=True)
class Unit:
    surface: str
    unit: str
    scale: float
    kind: str
    arabic_only: bool = False


@contextmanager
def using(lexicons: Iterable[str]) -> Iterator[None]:
    """Read data with the user lexicons ``lexicons`` merged over the bundled files."""
    paths = tuple(str(Path(p)) for p in lexicons)
    for path in paths:
        user_file(path)  # check it now: a bad lexicon fails where it is named, not mid-document
    token = _ACTIVE.set(paths)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def active_lexicons() -> tuple[str, ...]:
    """The user lexicons of the ``using`` block the code runs in (none outside one)."""
    return _ACTIVE.get()


def lexical_cache(fn: F) -> F:
    """functools.cache, kept apart for each set of user lexicons (the active ``using``)."""
    store: dict[tuple[str, ...], Any] = {}  # lexicon set → the value, or a memo of the values by argument

    if fn.__code__.co_argcount == 0 and not fn.__code__.co_flags & 0x04:  # no arguments: keyed by the lexicon set
        @wraps(fn)
        def constant() -> Any:
            active = _ACTIVE.get()
            try:
                return store[active]
            except KeyError:
                value = store[active] = fn()
                return value

        constant.cache_clear = store.clear  # type: ignore[attr-defined]
        _CACHES.append(store)
        return constant  # type: ignore[return-value]

    # A function of one argument is keyed by the argument itself: the two tuples around it per entry
    # took 10 MiB of a 10 MB article's peak (and a tuple's hash is computed at every look-up, a str's once).
    one_argument = fn.__code__.co_argcount == 1 and not fn.__code__.co_flags & 0x04 and not fn.__defaults__

    @wraps(fn)
    def cached(*args: Any) -> Any:
        active = _ACTIVE.get()
        memo = store.get(active)
        if memo is None:
            memo = store[active] = {}
        key = args[0] if one_argument else args
        try:
            return memo[key]
        except KeyError:
            if len(memo) >= CACHE_LIMIT:
                memo.clear()  # per-name caches (places, nouns) must not grow with a long pipe
            value = memo[key] = fn(*args)
            return value

    cached.cache_clear = store.clear  # type: ignore[attr-defined]
    _CACHES.append(store)
    return cached  # type: ignore[return-value]


_CACHES: list[dict[Any, Any]] = []
CACHE_LIMIT = 10_000  # entries per cached function and set of lexicons: a full memo is dropped and refilled
# (50,000 took a 10 MB article to 205 MiB peak; 10,000 and the tagger's 1,024 sentences keep it under 200 MiB)


def clear_caches() -> None:
    """Forget everything derived from the data (after editing a data file in a session)."""
    for store in _CACHES:
        store.clear()


class _Recorded(dict):  # type: ignore[type-arg]
    """A data table that notes which keys the code reads (the unread-key test)."""

    def __init__(self, path: tuple[str, ...], data: dict[str, Any]) -> None:
        super().__init__({k: _Recorded(path + (k,), v) if isinstance(v, dict) else v for k, v in data.items()})
        self._path = path

    def __getitem__(self, key: str) -> Any:
        READ.add(self._path + (key,))
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        READ.add(self._path + (key,))
        return super().get(key, default)

    def _whole(self) -> None:
        READ.add(self._path + ("*",))

    def __iter__(self) -> Iterator[str]:
        self._whole()
        return super().__iter__()

    def items(self):  # type: ignore[no-untyped-def]
        self._whole()
        return super().items()

    def values(self):  # type: ignore[no-untyped-def]
        self._whole()
        return super().values()

    def keys(self):  # type: ignore[no-untyped-def]
        self._whole()
        return super().keys()

    def __contains__(self, key: object) -> bool:
        self._whole()
        return super().__contains__(key)


@cache
def bundled(name: str) -> dict[str, Any]:
    """data/<name>.toml as shipped, parsed (no user lexicons, not checked)."""
    raw = _data_bytes(name)

    def parsed() -> dict[str, Any]:
        try:
            return tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise LexiconError(f"data/{name}.toml: {exc}") from exc

    # tomllib parses in Python (40 ms of a cold start for all files); the parsed tables are
    # kept in a marshal file named by the file's content hash, so an edit is never stale
    # (a table marshal cannot hold, dates, only costs the next start the parse).
    cached = cache_dir() / f"{name}-{hashlib.blake2b(raw, digest_size=12).hexdigest()}.marshal"
    return through_cache(cached, marshal.loads, marshal.dumps, parsed)


@cache
def _data_bytes(name: str) -> bytes:
    """The bytes of data/<name>.toml as shipped."""
    try:
        return resources.files("czfacts").joinpath("data", f"{name}.toml").read_bytes()
    except OSError as exc:
        raise LexiconError(f"data/{name}.toml: {exc}") from exc


def kept_on_disk(name: str, build: Callable[[], T], data: tuple[str, ...], code: str) -> T:
    """``build()``, kept in a pickle named by the bundled data files it reads and the source
    of the code that builds it, so a start loads it instead of building it again (the
    gazetteer took 60 ms of every cold start to build, 10 ms to load). With user lexicons
    active it is built: their words are not in the name. The cache folder is the user's own."""
    if _ACTIVE.get() or RECORDING:  # (the unread-key test watches the build read the data)
        return build()
    digest = hashlib.blake2b(digest_size=12)
    for part in data:
        digest.update(_data_bytes(part))
    digest.update(Path(code).read_bytes())
    cached = cache_dir() / f"{name}-{digest.hexdigest()}.pickle"
    return through_cache(cached, pickle.loads, lambda value: pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), build)


@cache
def user_file(path: str) -> dict[str, Any]:
    """A user lexicon: tables named after the data files they add to ([units.units] …)."""
    from .schemas import SCHEMAS
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: not a TOML file: {exc}") from None
    unknown = sorted(set(data) - set(SCHEMAS) - {"indicators"})
    if unknown:
        raise LexiconError(f"{path}: unknown table [{unknown[0]}] (a user lexicon adds to "
                           f"{', '.join(sorted(SCHEMAS))} or indicators)")
    for name, table in data.items():
        if name != "indicators":
            _checked(name, _merged(bundled(name), table), path)
    return data


def _merged(base: Any, extra: Any) -> Any:
    """``extra`` over ``base``: tables merged key by key, lists extended, values replaced."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merged(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [item for item in extra if item not in base]
    return extra


def _checked(name: str, data: dict[str, Any], where: str) -> dict[str, Any]:
    """``data`` validated by the schema of data/<name>.toml; LexiconError names file, key, line."""
    from .schemas import SCHEMAS  # building the schemas' pydantic classes took 30 ms of a cold start

    schema = SCHEMAS.get(name)
    if schema is None:
        return data
    try:
        schema.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(part) for part in error["loc"])
        raise LexiconError(f"{where}: [{name}] {key}: {error['msg']}{_line_of(where, error['loc'])}") from None
    return data


def _line_of(where: str, loc: tuple[Any, ...]) -> str:
    """", line N": where the deepest key of ``loc`` that opens a line is written in ``where``."""
    path = Path(where)
    if not path.is_file():
        return ""
    lines = path.read_text(encoding="utf-8").splitlines()
    for name in reversed([str(part) for part in loc if isinstance(part, str)]):
        for number, line in enumerate(lines, 1):
            if line.strip().startswith((f"{name} ", f"{name}=", f'"{name}"', f"[{name}]")) or line.strip().endswith(f".{name}]"):
                return f", line {number}"
    return ""


@lexical_cache
def load(name: str) -> dict[str, Any]:
    """Data file czfacts/data/<name>.toml, checked, with the active user lexicons merged in."""
    data = bundled(name)
    for path in _ACTIVE.get():
        if name in (user := user_file(path)):
            data = _merged(data, user[name])
    where = f"data/{name}.toml" + (f" with {', '.join(_ACTIVE.get())}" if _ACTIVE.get() else "")
    # The bundled files alone are checked by tests/test_bundled_data.py, not on every start.
    checked = _checked(name, data, where) if _ACTIVE.get() else data
    return _Recorded((name,), checked) if RECORDING else checked


@lexical_cache
def units() -> dict[str, Unit]:
    """Surface unit → Unit, with every count classifier as a `count` unit."""
    table = {}
    for surface, spec in load("units")["units"].items():
        if spec["unit"] not in CANONICAL_UNITS or spec["kind"] not in KINDS:
            raise LexiconError(f"units.toml: {surface!r} has unknown unit or kind: {spec}")
        table[surface] = Unit(surface, spec["unit"], float(spec["scale"]), spec["kind"],
                              bool(spec.get("arabic_only", False)))
    for word in load("units")["classifiers"]["words"] + load("units")["classifiers"]["streaks"]:
        table.setdefault(word, Unit(word, "count", 1.0, "count"))
    return table


def attributive_suffix(unit: str, *, direct: bool) -> str | None:
    """The metric suffix for a number written before its noun (units.toml explains)."""
    return load("units")["attributive_suffix"]["direct" if direct else "with_de"].get(unit)


@lexical_cache
def bounds() -> dict[str, dict[str, str]]:
    data = load("bounds")
    for where in ("before", "after", "inside"):
        for word, bound in data[where].items():
            if bound not in BOUNDS:
                raise LexiconError(f"bounds.toml [{where}] {word!r}: unknown bound {bound!r}")
    return data


@lexical_cache
def words(name: str, *path: str) -> tuple[str, ...]:
    """The word list at ``path`` of data/<name>.toml: words("kinds", "comparison", "above")
    (cached, and so a tuple: some stages read a list for every number)."""
    node = load(name)
    for key in path:
        node = node[key]
    return tuple(node)


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
    escaped: dict[str, str] = {}  # regex.escape is slow; a pattern repeats few characters

    def build(node: dict) -> str:
        branches = []
        for char in sorted(node):
            if char:
                if char not in escaped:
                    escaped[char] = regex.escape(char)
                branches.append(escaped[char] + build(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)
