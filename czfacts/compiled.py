"""Compiled patterns, kept on disk between runs.

The regex module parses a pattern in Python: compiling the rules' ~200 patterns took about
130 ms of every cold start. A compiled pattern pickles as its compiled program (regex's own
pickle support), which loads in a small fraction of that. So every pattern a run compiles is
kept, by its source, in one file of the user's cache folder named by the regex and Python
versions, and a run reads that file at the first pattern it needs. A changed rule or a user
lexicon makes a new source, hence a new entry, never a stale one.

Each entry also counts the writes of the file since a run last used it, and one unused for
STALE writes is dropped: the sources of rules and lexicons since changed are never asked for
again, and a file that kept them grew with every edit and upgrade (3,000 patterns, loading
in 40 ms more than the 200 a run needs).
"""
from __future__ import annotations

import atexit
import pickle
import sys

import regex

from .disk_cache import cache_dir, read, write

LIMIT = 5000  # entries kept: patterns of many different user lexicons must not grow the file without end
STALE = 8  # writes of the file an entry may go unused before it is dropped

_known: dict[str, tuple[regex.Pattern, int]] | None = None  # source → (pattern, writes since last used)
_used: set[str] = set()
_new = False  # compiled in this run and not yet kept


def compiled(source: str) -> regex.Pattern:
    """``regex.compile(source)``, from the cache file when an earlier run compiled it."""
    global _known, _new
    if _known is None:
        _known = read(_path(), _entries) or {}
    _used.add(source)
    try:
        return _known[source][0]
    except KeyError:
        pattern = regex.compile(source)
        _known[source] = (pattern, 0)
        if not _new:
            _new = True
            atexit.register(_keep)
        return pattern


def _entries(raw: bytes) -> dict[str, tuple[regex.Pattern, int]]:
    entries = pickle.loads(raw)
    if not (isinstance(entries, dict) and all(isinstance(entry, tuple) for entry in entries.values())):
        raise TypeError("not a file of (pattern, age) entries")  # an older czfacts' file: compiled again
    return entries


def _path():
    version = f"{regex.__version__}-py{sys.version_info.major}{sys.version_info.minor}"
    # "aged": entries are (pattern, age) since the file began to drop stale ones; a name of its own, so
    # that an older czfacts sharing the cache folder never reads entries it cannot use
    return cache_dir() / f"patterns-aged-{version}.pickle"


def _keep() -> None:
    global _new
    if _known is not None and _new:
        kept = {source: (pattern, 0 if source in _used else age + 1)
                for source, (pattern, age) in _known.items() if source in _used or age < STALE}
        if len(kept) <= LIMIT:
            write(_path(), pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
    _new = False
