"""Gold files (SPEC §6): check them, and load them only once they pass.

An article ``<doc_id>.txt`` is annotated by ``<doc_id>.meta.json`` and
``<doc_id>.gold.jsonl`` (one fact or ``"negative": true`` line per span, in text order).
Scoring against malformed gold gives misleading numbers, so ``load_gold`` refuses any file
that ``check_gold`` would reject.
"""
from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
from collections.abc import Iterator
from typing import get_args

from ..articles import meta_for, stem
from ..errors import CzfactsError, GoldError
from ..fact import Modality
from ..lexicon import BOUNDS, CANONICAL_UNITS, KINDS
from ..reader import read_path

GOLD_SUFFIX = ".gold.jsonl"
FACT_FIELDS = ("value", "upper", "unit", "kind", "bound", "metric", "subject", "period",
               "modality", "comparison", "provenance")
# Fields gold may add beyond SPEC §2 (gold/README.md §7); anything else is a typo.
GOLD_EXTRAS = {"classifier", "scope", "metric_alts", "subject_alts", "period_alts", "note"}
NEGATIVE_FIELDS = {"negative", "provenance", "note"}
META_FIELDS = ("doc_id", "date", "place", "source", "title")
META_EXTRAS = {"notes"}
MODALITIES = set(get_args(Modality))
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def gold_path(article: str | pathlib.Path) -> pathlib.Path:
    """<doc>.gold.jsonl beside <doc>.txt."""
    article = pathlib.Path(article)
    return article.with_name(stem(str(article)) + GOLD_SUFFIX)


def gold_articles(paths: list[str]) -> Iterator[pathlib.Path]:
    """The annotated articles among ``paths``: a folder gives those of its *.txt that have a
    gold file; a file named explicitly must have one."""
    for path in paths:
        p = pathlib.Path(path)
        if p.is_dir():
            yield from (t for t in sorted(p.glob("*.txt")) if gold_path(t).is_file())
        elif gold_path(p).is_file():
            yield p
        else:
            raise GoldError(f"{path}: no gold file {gold_path(p)}")


def load_gold(path: str | pathlib.Path) -> tuple[dict, list[dict], list[dict]]:
    """(meta, facts, negatives) of ``<doc_id>.gold.jsonl``; GoldError lists every problem."""
    meta, lines, problems = _read(pathlib.Path(path))
    if problems:
        raise GoldError("\n".join(problems + ["(run `czfacts check-gold` for the full list)"]))
    facts = [line for line in lines if line.get("negative") is not True]
    negatives = [line for line in lines if line.get("negative") is True]
    return meta, facts, negatives


def check_gold(folder: str | pathlib.Path) -> list[str]:
    """Every problem of every gold file in ``folder``, as "file[:line]: message"."""
    folder = pathlib.Path(folder)
    golds = sorted(folder.glob("*" + GOLD_SUFFIX))
    if not golds:
        return [f"{folder}: no *{GOLD_SUFFIX} files"]
    return [problem for gold in golds for problem in _read(gold)[2]]


def _read(gold: pathlib.Path) -> tuple[dict, list[dict], list[str]]:
    """Parse one gold file with its .txt and .meta.json: (meta, lines, problems)."""
    doc_id = gold.name.removesuffix(GOLD_SUFFIX)
    txt = gold.with_name(doc_id + ".txt")
    try:
        text = read_path(str(txt))
        raw_lines = gold.read_text(encoding="utf-8").splitlines()
    except (CzfactsError, OSError) as exc:
        return {}, [], [f"{gold.name}: {exc}"]
    meta, problems = _check_meta(txt, doc_id)
    lines, spans = [], []
    for number, raw in enumerate(raw_lines, 1):
        where = f"{gold.name}:{number}"
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: bad JSON: {exc}")
            continue
        if not isinstance(line, dict):
            problems.append(f"{where}: a line must be a JSON object")
            continue
        line_problems, span = _check_line(line, text)
        problems += [f"{where}: {p}" for p in line_problems]
        lines.append(line)
        if span:
            spans.append((span, where))
    return meta, lines, problems + _check_layout(spans)


def _check_meta(txt: pathlib.Path, doc_id: str) -> tuple[dict, list[str]]:
    where = f"{doc_id}.meta.json"
    try:
        meta = meta_for(str(txt))
    except CzfactsError as exc:
        return {}, [str(exc)]
    if not isinstance(meta, dict):
        return {}, [f"{where}: must be a JSON object"]
    if not meta:
        return {}, [f"{where}: missing or empty"]
    problems = [f"{where}: missing {k}" for k in META_FIELDS if k not in meta]
    problems += [f"{where}: unknown field {k!r}" for k in sorted(set(meta) - set(META_FIELDS) - META_EXTRAS)]
    if "doc_id" in meta and meta["doc_id"] != doc_id:
        problems.append(f"{where}: doc_id {meta['doc_id']!r} is not the file name's {doc_id!r}")
    if meta.get("date") is not None and not _is_iso(meta["date"]):
        problems.append(f"{where}: date {meta['date']!r} is not YYYY-MM-DD")
    return meta, problems


def _check_line(line: dict, text: str) -> tuple[list[str], tuple[int, int] | None]:
    """Problems of one gold line, and its span when the span itself is sound."""
    problems, span = _check_span(line.get("provenance"), text)
    if line.get("negative") is True:
        problems += [f"unknown field {k!r} on a negative line" for k in sorted(set(line) - NEGATIVE_FIELDS)]
        return problems, span
    problems += [f"missing field {k!r}" for k in FACT_FIELDS if k not in line]
    problems += [f"unknown field {k!r}" for k in sorted(set(line) - set(FACT_FIELDS) - GOLD_EXTRAS)]
    value, upper = line.get("value"), line.get("upper")
    if "value" in line and not _is_number(value):
        problems.append(f"value {value!r} is not a number")
    if upper is not None and not _is_number(upper):
        problems.append(f"upper {upper!r} is not a number or null")
    for name, allowed in (("kind", KINDS), ("bound", BOUNDS), ("modality", MODALITIES)):
        if name in line and line[name] not in allowed:
            problems.append(f"unknown {name} {line[name]!r}")
    if "unit" in line and not _unit_ok(line["unit"], line.get("kind")):
        problems.append(f"unknown unit {line['unit']!r} for kind {line.get('kind')!r}")
    for name in ("metric", "subject", "comparison"):
        if line.get(name) is not None and not isinstance(line[name], str):
            problems.append(f"{name} must be a string or null")
    for name in ("metric_alts", "subject_alts"):
        if name in line and not (isinstance(line[name], list) and all(isinstance(a, str) for a in line[name])):
            problems.append(f"{name} must be a list of strings")
    problems += _check_period(line.get("period"), "period")
    alts = line.get("period_alts", [])
    if not isinstance(alts, list):
        problems.append("period_alts must be a list")
    else:
        problems += [p for alt in alts for p in _check_period(alt, "period_alts", nullable=False)]
    return problems, span


def _check_span(provenance, text: str) -> tuple[list[str], tuple[int, int] | None]:
    if not isinstance(provenance, dict) or not {"start", "end", "text"} <= set(provenance):
        return ["provenance must be an object with start, end and text"], None
    start, end, surface = provenance["start"], provenance["end"], provenance["text"]
    if not (type(start) is int and type(end) is int and 0 <= start < end <= len(text)):
        return [f"bad offsets {start!r}..{end!r} (text has {len(text)} characters)"], None
    if text[start:end] != surface:
        return [f"text[{start}:{end}] is {text[start:end]!r}, provenance.text is {surface!r}"], None
    return [], (start, end)


def _check_period(period, name: str, nullable: bool = True) -> list[str]:
    if period is None and nullable:
        return []
    if not isinstance(period, dict) or set(period) != {"text", "start", "end"}:
        return [f"{name} must be {'null or ' if nullable else ''}{{text, start, end}}: {period!r}"]
    bad = [period[k] for k in ("start", "end") if period[k] is not None and not _is_iso(period[k])]
    if bad:
        return [f"{name} dates must be YYYY-MM-DD or null: {bad}"]
    if period["start"] and period["end"] and period["start"] > period["end"]:
        return [f"{name} starts after it ends: {period['start']}..{period['end']}"]
    return []


def _check_layout(spans: list[tuple[tuple[int, int], str]]) -> list[str]:
    """Lines in text order (by start, then end), and no two spans overlapping."""
    problems = [f"{where}: out of text order (span {span[0]}..{span[1]} comes after "
                f"{prev_where}'s {prev[0]}..{prev[1]})"
                for (prev, prev_where), (span, where) in zip(spans, spans[1:]) if span < prev]
    reach, reach_where = -1, ""  # the furthest end so far, and its line
    for (start, end), where in sorted(spans):
        if start < reach:
            problems.append(f"{where}: span {start}..{end} overlaps {reach_where}")
        if end > reach:
            reach, reach_where = end, where
    return problems


def _unit_ok(unit, kind) -> bool:
    """Canonical units, composites of two (CNY/t), and for amounts any surface unit
    (SPEC §3: unknown units are kept as written)."""
    if not isinstance(unit, str) or not unit:
        return False
    parts = unit.split("/")
    return unit in CANONICAL_UNITS or (len(parts) == 2 and set(parts) <= CANONICAL_UNITS) or kind == "amount"


def _is_number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _is_iso(x) -> bool:
    if not isinstance(x, str) or not ISO_DATE.fullmatch(x):
        return False
    try:
        dt.date.fromisoformat(x)
    except ValueError:
        return False
    return True
