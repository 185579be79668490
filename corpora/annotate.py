"""Write gold files from hand annotations, computing every offset from the text.

An annotation script (``corpora/annotations/<doc_id>.py``) lists facts and negatives by a
unique context string and the target inside it; offsets are never counted by eye:

    from annotate import Gold, P
    g = Gold("002_6376ab25e3d40f85")
    g.neg("打造一个千亿级", "一个", "indefinite article")
    g.fact("确立打造 1 个千亿级", "1 个", value=1, unit="count", kind="count", metric=..., ...)
    g.write(date="2024-10-20", source="...", title="...", notes="how the date was chosen")

Run it with ``python corpora/annotations/<doc_id>.py``; then ``czfacts check-gold corpora``.
"""
from __future__ import annotations

import json
import pathlib
import re
from decimal import Decimal
from typing import Callable

CORPORA = pathlib.Path(__file__).resolve().parent
TEXTS = CORPORA.parents[1] / "shared" / "texts"  # ../shared beside the repository, as CI lays it out


def write_excerpt(source: pathlib.Path, first: int, last: int, folder: pathlib.Path, doc_id: str) -> str:
    """Lines ``first``..``last`` (1-based, inclusive, whole lines, newline kept) of a shared
    text, copied by code from its bytes to ``folder/doc_id.txt``, never retyped."""
    raw = source.read_bytes()
    lines = raw.split(b"\n")
    part = b"\n".join(lines[first - 1:last]) + b"\n"
    assert raw.find(part) == sum(len(line) + 1 for line in lines[:first - 1]), "not whole lines of the source"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{doc_id}.txt").write_bytes(part)
    return part.decode("utf-8")


def excerpt_gold(source: pathlib.Path, first: int, last: int, folder: pathlib.Path, doc_id: str, *, place: str,
                 starts: str | None = None, ends: str | None = None, whole: bool = False) -> "Gold":
    """Write the excerpt (write_excerpt), check that it starts with ``starts``, ends with
    ``ends`` or is the ``whole`` source, and open its Gold."""
    text = write_excerpt(source, first, last, folder, doc_id)
    assert starts is None or text.startswith(starts), "not the excerpt's first words"
    assert ends is None or text.rstrip().endswith(ends), "not the excerpt's last words"
    assert not whole or text.encode() == source.read_bytes(), "not the whole source"
    gold = Gold(doc_id, place=place, folder=folder)
    assert gold.text == text
    return gold


def seventy_city(label: str) -> tuple[str, list[str]]:
    """The city of a 70-city release's table row (北　　京, 秦 皇 岛, padded with U+3000 or spaces): the
    gazetteer's full name (czfacts/data/places.toml; 大理 is 大理白族自治州), checked there, and the short
    form (and 大理市) as subject_alts."""
    short = "".join(label.split())
    full = {"大理": "大理白族自治州"}.get(short, short + "市")
    assert full in _gazetteer_cities() or short in ("北京", "天津", "上海", "重庆"), short
    return full, [short] + (["大理市"] if short == "大理" else [])


def _gazetteer_cities() -> set[str]:
    import tomllib

    cities: set[str] = set()

    def walk(x) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                cities.update(v) if k == "cities" else walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(tomllib.loads((CORPORA.parent / "czfacts" / "data" / "places.toml").read_text("utf-8")))
    return cities


def P(text: str, start: str | None, end: str | None) -> dict:
    """A period literal for gold lines."""
    return {"text": text, "start": start, "end": end}


def null(text: str) -> dict:
    """A period literal with no dates: the period text alone (as period_alts, an undated reading)."""
    return P(text, None, None)


def new(noun: str, *more: str) -> list:
    """metric_alts for a count of things newly made (README §3): noun forms + 增量."""
    return list(more) + [noun + "数量", noun + "增量", noun + "数量增量"]


QUANTITY = re.compile(r"(-?\d+(?:\.\d+)?)([万亿]?)(.*)")  # the number, 万 or 亿, the unit as written
QUANTITY_UNIT = re.compile(r"([万亿]?)(.*)")  # a unit given apart: 万 or 亿, then the unit
SCALES = {"万": Decimal("1e4"), "亿": Decimal("1e8")}


def quantity_fact(g: "Gold", ctx: str, target: str, kind: str, metric: str, *, surfaces: dict, classifiers: set,
                  neg: bool = False, comparison: str | None = None, unit_text: str | None = None,
                  spaced: bool = False, pattern: re.Pattern = QUANTITY, **kw) -> None:
    """A fact whose value, unit and classifier are read from the span itself (or, for a table cell,
    from ``unit_text``, the unit of its table, column header or unit column): ``surfaces`` maps a unit
    as written to its canonical unit and factor (and a classifier, if it has one), ``classifiers``
    lists the measure words of counts, ``spaced`` lets spaces stand inside a unit as written, and
    ``pattern`` reads a script's own spans (a line break inside a table's cell); a growth or change
    compares with the year before unless told otherwise."""
    m = pattern.fullmatch(target)
    assert m, target
    num, scale, surface = m.groups()
    if unit_text is not None:
        assert not scale and not surface, target
        scale, surface = QUANTITY_UNIT.fullmatch(unit_text).groups()
    if spaced:
        surface = re.sub(r"\s", "", surface)
    if surface in surfaces:
        unit, factor, *classifier = surfaces[surface]
        classifier = classifier[0] if classifier else None
    else:
        assert surface in classifiers, (target, surface)
        unit, factor, classifier = "count", "1", surface
    value = Decimal(num) * SCALES.get(scale, Decimal(1)) * Decimal(factor)
    if neg:
        value = -value
    want = {"growth": "%", "share": "%", "change": "pp", "count": "count", "ratio": "times"}.get(kind)
    assert want is None or want == unit, (target, kind, unit)
    assert kind != "amount" or unit not in ("%", "pp", "count"), (target, kind)
    if kind in ("growth", "change") and comparison is None:
        comparison = "yoy"
    g.fact(ctx, target, value=float(value), unit=unit, kind=kind, metric=metric, classifier=classifier,
           comparison=comparison, **kw)


def counts(fact: Callable[..., None], rows, **kw) -> None:
    """(context, target, metric, extra alts) rows of plain counts: alt `<metric>数量`."""
    for ctx, target, metric, alts in rows:
        fact(ctx, target, "count", metric, metric_alts=alts + [f"{metric}数量"], **kw)


class Gold:
    def __init__(self, doc_id: str, place: str = "长治市", folder: pathlib.Path | None = None):
        self.doc_id = doc_id
        self.place = place
        self.folder = CORPORA if folder is None else pathlib.Path(folder)  # e.g. CORPORA / "heldout"
        self.text = (self.folder / f"{doc_id}.txt").read_text(encoding="utf-8")
        self.lines: list[dict] = []

    def span(self, ctx: str, target: str, nth: int = 0) -> dict:
        """Offsets of the nth occurrence of ``target`` inside the unique string ``ctx``."""
        count = self.text.count(ctx)
        assert count == 1, f"context {ctx!r} occurs {count} times"
        base = self.text.find(ctx)
        j = -1
        for _ in range(nth + 1):
            j = ctx.find(target, j + 1)
            assert j >= 0, f"{target!r} not in {ctx!r}"
        start = base + j
        return {"start": start, "end": start + len(target), "text": target}

    def fact(self, ctx: str, target: str, *, value: float, unit: str, kind: str,
             metric: str | None, subject: str | None = "长治市", period: dict | None = None,
             bound: str = "eq", modality: str = "actual", comparison: str | None = None,
             upper: float | None = None, classifier: str | None = None,
             scope: str | None = None, metric_alts: list | None = None,
             subject_alts: list | None = None, period_alts: list | None = None,
             note: str | None = None, nth: int = 0) -> None:
        line = {"value": float(value), "upper": None if upper is None else float(upper),
                "unit": unit, "kind": kind, "bound": bound, "metric": metric,
                "subject": subject, "period": period, "modality": modality,
                "comparison": comparison}
        optional = {"classifier": classifier, "scope": scope,
                    "provenance": self.span(ctx, target, nth), "metric_alts": metric_alts,
                    "subject_alts": subject_alts, "period_alts": period_alts, "note": note}
        line.update({k: v for k, v in optional.items() if v is not None})
        self.lines.append(line)

    def with_subject(self, subject: str, subject_alts: list, **defaults) -> "Callable[..., None]":
        """fact() whose subject and subject_alts (and any other field in ``defaults``, such as a plan's
        modality) default to the given ones."""
        def fact(ctx: str, target: str, **kw) -> None:
            for key, value in {"subject": subject, "subject_alts": subject_alts, **defaults}.items():
                kw.setdefault(key, value)
            self.fact(ctx, target, **kw)
        return fact

    def neg(self, ctx: str, target: str, note: str, nth: int = 0) -> None:
        self.lines.append({"negative": True, "provenance": self.span(ctx, target, nth),
                           "note": note})

    def write(self, *, date: str | None, source: str, title: str, notes: str,
              title_in_text: bool = True) -> None:
        """``title_in_text=False`` for an excerpt whose title line lies outside it."""
        assert title in self.text or not title_in_text, f"title {title!r} is not in the text"
        meta = {"doc_id": self.doc_id, "date": date, "place": self.place, "source": source,
                "title": title, "notes": notes}
        (self.folder / f"{self.doc_id}.meta.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        self.lines.sort(key=lambda l: (l["provenance"]["start"], l["provenance"]["end"]))
        with open(self.folder / f"{self.doc_id}.gold.jsonl", "w", encoding="utf-8") as out:
            for line in self.lines:
                p = line["provenance"]
                assert self.text[p["start"]:p["end"]] == p["text"]
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
