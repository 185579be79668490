"""Articles on disk: folders of <doc>.txt, each with an optional <doc>.meta.json beside it.

Shared by every command that runs the extractor over files (dump, eval, regress, rules).
"""
from __future__ import annotations

import json
import os
import pathlib
import traceback
from collections.abc import Iterable, Iterator

from .dates import reference_date
from .errors import InputError
from .pipeline import extract
from .fact import Fact
from .reader import Decoded, read_article


SUFFIXES = (".txt", ".html", ".htm")  # what a folder's articles are called, with recursive=True


def articles(paths: list[str], recursive: bool = False) -> Iterator[str]:
    """Expand folders into their *.txt files, in name order; ``recursive``: every *.txt,
    *.html and *.htm below the folder, in path order."""
    for path in paths:
        p = pathlib.Path(path)
        if path != "-" and p.is_dir() and recursive:
            yield from (str(f) for f in sorted(p.rglob("*")) if f.suffix.lower() in SUFFIXES and f.is_file())
        elif path != "-" and p.is_dir():
            yield from (str(f) for f in sorted(p.glob("*.txt")))
        else:
            yield path


def stem(path: str) -> str:
    """The article's name without .txt (.html, .htm): its doc_id when the meta does not say otherwise."""
    name = pathlib.Path(path).name
    return next((name[:-len(s)] for s in SUFFIXES if name.lower().endswith(s)), name)


def meta_for(path: str) -> dict:
    """<doc>.meta.json beside <doc>.txt, or {}."""
    if path == "-":
        return {}
    p = pathlib.Path(path)
    meta = p.with_name(stem(path) + ".meta.json")
    if not meta.is_file():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{meta}: bad JSON: {exc}") from exc
    except OSError as exc:
        raise InputError(f"{meta}: cannot read: {exc.strerror or exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"{meta}: must be a JSON object with doc_id, date, place, not {type(data).__name__}")
    for key in ("doc_id", "date", "place"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InputError(f"{meta}: {key} must be a string, not {data[key]!r}")
    if data.get("date"):
        try:
            data["date"] = reference_date(data["date"])
        except InputError as exc:
            raise InputError(f"{meta}: {exc}") from None
    return data


def article_input(path: str, date: str | None = None, place: str | None = None,
                  encoding: str | None = None) -> tuple[Decoded, dict]:
    """An article's text (and the encoding it was read as) and the keyword arguments of
    ``extract`` for it: its meta's date, place and doc_id unless ``date`` or ``place`` override them."""
    meta = meta_for(path)
    doc_id = meta.get("doc_id") or ("stdin" if path == "-" else stem(path))
    return read_article(path, encoding), {"date": date or meta.get("date"), "place": place or meta.get("place"),
                                          "doc_id": doc_id}


def facts_of(path: str, date: str | None = None, place: str | None = None, unknown: Iterable[str] = ()) -> list[Fact]:
    """The facts of one article (see ``article_input``); ``unknown``: options ("date", "place") read as a caller
    that does not know them would (neither given nor taken from the meta)."""
    decoded, options = article_input(path, date, place)
    return extract(decoded.text, **{**options, **dict.fromkeys(unknown)})


def internal_error(path: str, exc: BaseException) -> str:
    """The message for a bug met while reading one article: the article, the exception and
    where in czfacts it was raised, so the other articles can go on and the bug be found."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f"{os.sep}czfacts{os.sep}" in f.filename]
    where = ""
    if frames:
        last = frames[-1]
        module = last.filename[last.filename.rindex(f"{os.sep}czfacts{os.sep}") + 1:].replace(os.sep, "/")
        where = f", at {module}:{last.lineno} in {last.name}"
    return (f"{path}: internal error, no facts for this article ({type(exc).__name__}: {exc}{where}); "
            "set CZFACTS_DEBUG=1 for the traceback")

