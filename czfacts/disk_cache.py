"""Files in the user's cache folder that spare a cold start work it did before: the parsed
data files, the gazetteer (lexicon.py) and the compiled patterns (compiled.py).

A file is read whole or not at all, written whole and then renamed (two processes never see
half a file), and anything wrong with it (missing, unreadable, from another version) only
costs the work it would have saved.
"""
from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """$CZFACTS_CACHE, else czfacts/ in the user's cache folder (XDG_CACHE_HOME or ~/.cache)."""
    if folder := os.environ.get("CZFACTS_CACHE"):
        return Path(folder)
    try:
        home = Path.home()
    except (RuntimeError, KeyError):  # no home (a service account): a folder that cannot be made
        home = Path("/nonexistent")
    return Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / "czfacts"


def read(path: Path, loads: Callable[[bytes], Any]) -> Any | None:
    """What the cache file ``path`` holds, or None."""
    try:
        return loads(path.read_bytes())
    except Exception:  # missing, unreadable, written by another Python: the work is done again
        return None


def write(path: Path, content: bytes) -> None:
    """Keep ``content`` in ``path`` for the next start (a read-only home only costs it the work)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")  # written whole, then renamed: never half read
        partial.write_bytes(content)
        partial.replace(path)
    except OSError:
        pass


def through_cache(path: Path, loads: Callable[[bytes], Any], dumps: Callable[[Any], bytes],
                  compute: Callable[[], T]) -> T:
    """What the cache file ``path`` holds, else ``compute()``, kept there for the next start."""
    if (value := read(path, loads)) is not None:
        return value
    value = compute()
    try:
        content = dumps(value)
    except (ValueError, TypeError, AttributeError, pickle.PicklingError):
        return value  # a value the format cannot hold is computed on every start
    write(path, content)
    return value
