"""Compare the extractor's output with approved output, so every rule change is reviewed.

The approved output of ``<doc>.txt`` is ``<doc>.facts.jsonl`` beside it: one
``Fact.to_json()`` per line, written by ``czfacts regress --update``. Facts are keyed by
their span (start, end); several facts on one span are told apart by their order on it
(the extractor emits them in a stable order), so the key is (start, end, n).
"""
from __future__ import annotations

import pathlib
from collections import defaultdict
from dataclasses import dataclass, field

from pydantic import ValidationError

from ..articles import facts_of, stem
from ..atomic import atomic_write
from ..errors import CzfactsError, InputError
from ..fact import Fact
from ..formats import to_records
from ..reader import read_path
from .report import context, describe, show

FACTS_SUFFIX = ".facts.jsonl"
KEY_FIELDS = ("doc_id", "start", "end", "text")  # provenance fields the key already says


@dataclass
class Diff:
    """How one document's current facts differ from its approved ones."""

    doc_id: str
    text: str
    added: list[Fact] = field(default_factory=list)
    removed: list[Fact] = field(default_factory=list)
    changed: list[tuple[Fact, Fact, list[str]]] = field(default_factory=list)  # old, new, fields

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def approved_path(article: str | pathlib.Path) -> pathlib.Path:
    article = pathlib.Path(article)
    return article.with_name(stem(str(article)) + FACTS_SUFFIX)


def load_approved(path: pathlib.Path) -> list[Fact]:
    facts = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                facts.append(Fact.from_json(line))
            except ValidationError as exc:
                raise InputError(f"{path}:{number}: not a Fact: {exc}") from exc
    return facts


def write_approved(path: pathlib.Path, facts: list[Fact]) -> None:
    """Replace the approved output whole or not at all: an interrupted ``regress --update`` or
    a full disk leaves the old file as it was."""
    try:
        with atomic_write(path) as stream:
            stream.write("".join(f.to_json() + "\n" for f in facts).encode("utf-8"))
    except OSError as exc:
        raise CzfactsError(f"cannot write {path}: {exc.strerror or exc}; the approved output there is unchanged") from exc


def compare(article: str) -> Diff | None:
    """The article's current facts against its approved ones; None if none are approved."""
    path = approved_path(article)
    if not path.is_file():
        return None
    return diff(stem(article), read_path(article), load_approved(path), facts_of(article))


def approve(article: str) -> int:
    """Write the article's current facts as its approved output; how many there are."""
    facts = facts_of(article)
    write_approved(approved_path(article), facts)
    return len(facts)


def comparable(fact: Fact) -> dict:
    """The fact's flat row (``formats.to_records``: period and evidence by part) without the
    span, which is the key, and without the sentence, which the span decides."""
    row = to_records([fact])[0]
    for name in (*KEY_FIELDS, "sentence"):
        del row[name]
    return row


def keyed(facts: list[Fact]) -> dict[tuple[int, int, int], Fact]:
    seen: dict[tuple[int, int], int] = defaultdict(int)
    result = {}
    for f in facts:
        span = (f.provenance.start, f.provenance.end)
        result[(*span, seen[span])] = f
        seen[span] += 1
    return result


def diff(doc_id: str, text: str, approved: list[Fact], current: list[Fact]) -> Diff:
    old, new = keyed(approved), keyed(current)
    result = Diff(doc_id, text)
    for key in sorted(old.keys() | new.keys()):
        if key not in new:
            result.removed.append(old[key])
        elif key not in old:
            result.added.append(new[key])
        else:
            a, b = comparable(old[key]), comparable(new[key])
            changed = [name for name in {**a, **b} if a.get(name) != b.get(name)]
            if changed:
                result.changed.append((old[key], new[key], changed))
    return result


def diff_lines(d: Diff) -> list[str]:
    """The diff grouped by rule (the new fact's rule for changes): + added, - removed,
    ~ changed with old → new per field, each with its sentence."""
    by_rule: dict[str, list[str]] = defaultdict(list)
    for f in d.added:
        by_rule[f.provenance.rule] += _entry("+", d.text, f, [describe(f)])
    for f in d.removed:
        by_rule[f.provenance.rule] += _entry("-", d.text, f, [describe(f)])
    for old, new, names in d.changed:
        a, b = comparable(old), comparable(new)
        by_rule[new.provenance.rule] += _entry("~", d.text, new, [
            f"{name}: {show(name, a.get(name))} → {show(name, b.get(name))}" for name in names])
    lines = [f"{d.doc_id}: {len(d.added)} added, {len(d.removed)} removed, {len(d.changed)} changed"]
    for rule in sorted(by_rule):
        lines += [f"  rule {rule}", *by_rule[rule]]
    return lines


def _entry(sign: str, text: str, fact: Fact, details: list[str]) -> list[str]:
    p = fact.provenance
    return [f"    {sign} {p.start}..{p.end} {p.text}", *(f"        {x}" for x in details),
            f"        {context(text, p.start, p.end)}"]
