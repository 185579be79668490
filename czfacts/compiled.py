"""Compiled patterns, kept on disk between runs.

The regex module parses a pattern in Python: compiling the rules' ~200 patterns took about
130 ms of every cold start. A compiled pattern pickles as its compiled program (regex's own
pickle support), which loads in a small fraction of that. So every pattern a run compiles is
kept, by its source, in one file of the user's cache folder named by the regex and Python
versions, and a run reads that file at the first pattern it needs. A changed rule or a user
lexicon makes a new source, hence a new entry, never a stale one.
"""
from __future__ import annotations

import atexit
import pickle
import sys

import regex

from .disk_cache import cache_dir, read, write

LIMIT = 5000  # entries kept: patterns of many different user lexicons must not grow the file without end

_known: dict[str, regex.Pattern] | None = None
_new = False  # compiled in this run and not yet kept


def compiled(source: str) -> regex.Pattern:
    """``regex.compile(source)``, from the cache file when an earlier run compiled it."""
    global _known, _new
    if _known is None:
        _known = read(_path(), pickle.loads) or {}
    try:
        return _known[source]
    except KeyError:
        pattern = _known[source] = regex.compile(source)
        if not _new:
            _new = True
            atexit.register(_keep)
        return pattern


def _path():
    version = f"{regex.__version__}-py{sys.version_info.major}{sys.version_info.minor}"
    return cache_dir() / f"patterns-{version}.pickle"


def _keep() -> None:
    global _new
    if _known is not None and _new and len(_known) <= LIMIT:
        write(_path(), pickle.dumps(_known, protocol=pickle.HIGHEST_PROTOCOL))
    _new = False
