"""Facts as flat rows and as files: jsonl, json, csv, parquet and a table for people.

One flattening serves every tabular use (csv, parquet, pandas, the table, the developer
reports): provenance fields keep their own names (doc_id, start, end, text, rule, …),
``period`` becomes period_text/period_start/period_end, ``evidence`` becomes
evidence_<attribute>_start/_end/_how, and ``sentence`` is the sentence the fact was read
from when the text is at hand. The columns follow the Fact model, so a field added to it
appears here without an edit.
"""
from __future__ import annotations

import csv
import io
import json
import types
import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol

from pydantic import BaseModel

from .errors import CzfactsError
from .fact import Fact, FactLines, Provenance, jsonl_chunks

if TYPE_CHECKING:
    import pandas

    from .pipeline import Extraction

Record = dict[str, Any]
Format = Literal["jsonl", "json", "csv", "parquet", "table"]
FORMATS: tuple[Format, ...] = ("jsonl", "json", "csv", "parquet", "table")
EXTENSIONS: dict[str, str] = {"jsonl": ".jsonl", "json": ".json", "csv": ".csv", "parquet": ".parquet",
                              "table": ".txt"}
EVIDENCE_OF = ("metric", "subject", "period")  # the attributes whose evidence a Fact carries
IDENTITY = ("doc_id", "start", "end", "text")  # provenance fields that open every row


class MissingDependency(CzfactsError):
    """An optional package a format needs is not installed."""


@dataclass(frozen=True)
class Column:
    name: str
    type: type  # str, int or float: what the cell holds when it is not None
    path: tuple[str, ...]  # where the value sits in Fact.model_dump()


def _scalar(annotation: Any) -> type:
    """str, int or float for a field's annotation (Optional and Literal unwrapped)."""
    if typing.get_origin(annotation) is Literal:
        return type(typing.get_args(annotation)[0])
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return _scalar(next(a for a in typing.get_args(annotation) if a is not type(None)))
    return annotation if annotation in (str, int, float, bool) else str


def _model_of(annotation: Any) -> type[BaseModel] | None:
    for a in (annotation, *typing.get_args(annotation)):
        if isinstance(a, type) and issubclass(a, BaseModel):
            return a
    return None


def _columns() -> list[Column]:
    provenance = Provenance.model_fields
    cols = [Column(name, _scalar(provenance[name].annotation), ("provenance", name)) for name in IDENTITY]
    for name, field in Fact.model_fields.items():
        if name == "provenance":
            continue
        model = _model_of(field.annotation)
        if model is None:
            cols.append(Column(name, _scalar(field.annotation), (name,)))
        else:
            cols += [Column(f"{name}_{sub}", _scalar(f.annotation), (name, sub))
                     for sub, f in model.model_fields.items()]
    cols += [Column(name, _scalar(f.annotation), ("provenance", name)) for name, f in provenance.items()
             if name not in IDENTITY and name != "evidence"]
    cols.append(Column("sentence", str, ()))
    cols += [Column(f"evidence_{attribute}_{part}", int if part != "how" else str,
                    ("provenance", "evidence", attribute, part))
             for attribute in EVIDENCE_OF for part in ("start", "end", "how")]
    return cols


COLUMNS: list[Column] = _columns()
FIELDS: list[str] = [c.name for c in COLUMNS]


# ---------------------------------------------------------------- records

def to_records(facts: Iterable[Fact], text: str | Mapping[str | None, str] | None = None) -> list[Record]:
    """Each fact as one flat dict with the columns ``FIELDS`` (None where a fact has no value).

    ``text`` is the article the facts came from (or a mapping doc_id → text for facts of
    several articles); with it, each row's ``sentence`` holds the sentence of the fact.

        >>> rows = to_records(czfacts.extract(text), text)
    """
    return [_record(f, text) for f in facts]


def _record(fact: Fact, text: str | Mapping[str | None, str] | None) -> Record:
    data = fact.model_dump(mode="json")
    row: Record = {}
    for col in COLUMNS:
        value: Any = data
        for key in col.path:
            value = value.get(key) if isinstance(value, dict) else None
        row[col.name] = value
    p = fact.provenance
    source = text.get(p.doc_id) if isinstance(text, Mapping) else text
    row["sentence"] = source[p.sentence_start:p.sentence_end] if source is not None else None
    return row


def from_records(rows: Iterable[Mapping[str, Any]]) -> list[Fact]:
    """Facts back from flat rows (``to_records``, a csv's rows with strings, a parquet's
    rows): the inverse of ``to_records``, so every tabular file reads back to its Facts."""
    return [_fact(row) for row in rows]


def _cell(column: Column, value: Any) -> Any:
    """A cell as its column's type: csv gives strings, and an empty string is None."""
    if value is None or value == "" or (isinstance(value, float) and value != value):  # NaN from pandas
        return None
    return column.type(value) if isinstance(value, str) and column.type is not str else value


def _fact(row: Mapping[str, Any]) -> Fact:
    data: dict[str, Any] = {}
    for col in COLUMNS:
        if not col.path:
            continue
        value = _cell(col, row.get(col.name))
        target = data
        for key in col.path[:-1]:
            target = target.setdefault(key, {})
        target[col.path[-1]] = value
    for name, field in Fact.model_fields.items():  # a nested model with no value at all is None
        if name != "provenance" and _model_of(field.annotation) and not any(data[name].values()):
            data[name] = None
    evidence = data["provenance"]["evidence"]
    data["provenance"]["evidence"] = {a: e for a, e in evidence.items() if e["how"] is not None}
    return Fact.model_validate({k: v for k, v in data.items() if v is not None})


def to_frame(facts: Iterable[Fact], text: str | Mapping[str | None, str] | None = None) -> pandas.DataFrame:
    """``to_records`` as a pandas DataFrame (integer columns as pandas' nullable Int64).
    Needs pandas (``pip install 'czfacts[pandas]'``)."""
    try:
        import pandas as pd
    except ImportError:
        raise MissingDependency("to_frame needs pandas: pip install 'czfacts[pandas]'") from None
    frame = pd.DataFrame.from_records(to_records(facts, text), columns=FIELDS)
    return frame.astype({c.name: "Int64" for c in COLUMNS if c.type is int})


# ---------------------------------------------------------------- writers

class Writer(Protocol):
    """Writes the facts of one article after another into a binary stream."""

    def write(self, result: Extraction, doc_id: str | None) -> None: ...

    def close(self) -> None: ...


@dataclass
class Options:
    bom: bool = True  # csv: a UTF-8 BOM, so spreadsheets on Chinese Windows read UTF-8
    wide: bool = False  # table: every column, nothing cut
    canonical: bool = False  # table: value in the canonical unit instead of the text's scale


def writer(format: Format, stream: IO[bytes], options: Options | None = None) -> Writer:
    """The writer of ``format`` over ``stream``; parquet raises MissingDependency without pyarrow."""
    options = options or Options()
    if format == "jsonl":
        return JsonlWriter(stream)
    if format == "json":
        return JsonWriter(stream)
    if format == "csv":
        return CsvWriter(stream, options.bom)
    if format == "parquet":
        return ParquetWriter(stream)
    if format == "table":
        return TableWriter(stream, options)
    raise ValueError(f"unknown format {format!r}; one of {', '.join(FORMATS)}")


class JsonlWriter:
    """One ``Fact.to_json()`` per line (the format ``Fact.from_json`` reads back)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def write(self, result: Extraction, doc_id: str | None) -> None:
        facts = result.facts  # the lines as a worker process sent them, else each Fact's
        for chunk in (facts.jsonl,) if isinstance(facts, FactLines) else jsonl_chunks(facts):
            self.stream.write(chunk)
        self.stream.flush()

    def close(self) -> None:
        pass


class JsonWriter:
    """One JSON array of every fact, written as the facts come."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream, self.count = stream, 0

    def write(self, result: Extraction, doc_id: str | None) -> None:
        for f in result.facts:
            item = json.dumps(f.model_dump(mode="json"), ensure_ascii=False, indent=1)
            self.stream.write(("[\n" if not self.count else ",\n").encode() + item.encode())
            self.count += 1

    def close(self) -> None:
        self.stream.write(b"\n]\n" if self.count else b"[]\n")
        self.stream.flush()


class CsvWriter:
    """The flat rows with a header line, UTF-8 (with a BOM unless told otherwise)."""

    def __init__(self, stream: IO[bytes], bom: bool = True) -> None:
        self.text = io.TextIOWrapper(stream, encoding="utf-8-sig" if bom else "utf-8", newline="",
                                     write_through=True)
        self.rows = csv.DictWriter(self.text, FIELDS)
        self.rows.writeheader()

    def write(self, result: Extraction, doc_id: str | None) -> None:
        self.rows.writerows(to_records(result.facts, result.text))

    def close(self) -> None:
        self.text.flush()
        self.text.detach()  # the stream belongs to the caller


class ParquetWriter:
    """The flat rows as one Parquet file, one row group per article. Needs pyarrow."""

    def __init__(self, stream: IO[bytes]) -> None:
        pa, pq = _pyarrow()
        kinds = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
        self.pa = pa
        self.schema = pa.schema([(c.name, kinds[c.type]) for c in COLUMNS])
        self.file = pq.ParquetWriter(stream, self.schema)

    def write(self, result: Extraction, doc_id: str | None) -> None:
        if result.facts:
            self.file.write_table(self.pa.Table.from_pylist(to_records(result.facts, result.text), self.schema))

    def close(self) -> None:
        self.file.close()


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow  # type: ignore[import-untyped,unused-ignore]
        import pyarrow.parquet  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise MissingDependency("--format parquet needs pyarrow: pip install 'czfacts[parquet]'") from None
    return pyarrow, pyarrow.parquet


def read_parquet(path: str) -> list[Fact]:
    """The facts of a Parquet file written by czfacts."""
    _, pq = _pyarrow()
    return from_records(pq.read_table(path).to_pylist())


# ---------------------------------------------------------------- the table for people

BOUND_SIGNS = {"eq": "", "approx": "≈", "gt": ">", "ge": "≥", "lt": "<", "le": "≤"}
# Scales written before a unit (3.5万吨, 1195.7亿元), longest first.
SCALE_WORDS = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7, "百万": 1e6,
               "十万": 1e5, "万": 1e4, "千": 1e3}
# name, width in the 120-column table (None: as wide as its widest cell)
NARROW = (("text", 12), ("value", 25), ("kind", 6), ("modality", 8), ("metric", 21), ("subject", 12),
          ("period", 22))
MAX_WIDTH = 120


def display_width(s: str) -> int:
    """Columns a terminal gives ``s``: CJK characters take two."""
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def clip(s: str, width: int) -> str:
    """``s`` cut to ``width`` terminal columns, with … where it was cut."""
    if display_width(s) <= width:
        return s
    out, used = [], 0
    for c in s:
        w = display_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def escape(s: str) -> str:
    """One line whatever the text holds: newlines, tabs and other controls written as escapes."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in s)


def number(value: float) -> str:
    """A number as people write it: 1195.7, 119570000000, 0.719 (no exponent below 1e15)."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    text = f"{value:.12g}"
    return f"{value:.12f}".rstrip("0").rstrip(".") if "e" in text and abs(value) >= 1e-6 else text


def text_scale(fact: Fact) -> str:
    """The value in the scale the text wrote it in (1195.7亿元, 3.5万吨, 7.19‰, 35家, 第2),
    with its bound and range; the canonical value and unit where the text's unit is unknown."""
    from .lexicon import units

    written = "".join(fact.provenance.text.split())
    factor, surface = 1.0, ""
    if fact.kind == "rank":
        shown = f"第{number(fact.value)}" + (f"–{number(fact.upper)}" if fact.upper is not None else "")
        return BOUND_SIGNS[fact.bound] + shown
    if fact.unit == "count":
        surface = fact.classifier or ""
        rest = written[:len(written) - len(surface)] if surface and written.endswith(surface) else ""
    else:
        known = units()
        surface = max((u for u in known if written.endswith(u) and known[u].unit == fact.unit), key=len, default="")
        rest = written[:len(written) - len(surface)]
        factor = known[surface].scale if surface else 1.0
    scale = next((w for w in SCALE_WORDS if rest.endswith(w)), "") if (surface or fact.unit == "count") else ""
    factor *= SCALE_WORDS.get(scale, 1.0)
    if not surface and fact.unit != "count":  # a unit the lexicon does not know: keep it canonical
        return canonical_value(fact)
    low = number(round(fact.value / factor, 10))
    high = f"–{number(round(fact.upper / factor, 10))}" if fact.upper is not None else ""
    return f"{BOUND_SIGNS[fact.bound]}{low}{high}{scale}{surface}"


def canonical_value(fact: Fact) -> str:
    """The value in the canonical unit: 119570000000 CNY, 1.7 %, 35 count."""
    high = f"–{number(fact.upper)}" if fact.upper is not None else ""
    return f"{BOUND_SIGNS[fact.bound]}{number(fact.value)}{high} {fact.unit}"


def period_label(fact: Fact) -> str:
    """2024, 2024-06, 2024-06-30 (an instant) or start..end; the period's text with ? when unresolved."""
    p = fact.period
    if p is None:
        return ""
    if p.start is None or p.end is None:
        return f"{p.text}?"
    if p.start == p.end:
        return p.start
    if p.start[5:] == "01-01" and p.end[5:] == "12-31" and p.start[:4] == p.end[:4]:
        return p.start[:4]
    if p.start[:7] == p.end[:7] and p.start[8:] == "01" and _month_end(p.end):
        return p.start[:7]
    return f"{p.start}..{p.end}"


def _month_end(iso: str) -> bool:
    import calendar

    year, month, day = map(int, iso.split("-"))
    return day == calendar.monthrange(year, month)[1]


def table_rows(facts: Sequence[Fact], text: str | None = None, *, wide: bool = False,
               canonical: bool = False) -> tuple[list[str], list[list[str]]]:
    """The header and the rows of the table for people (cells not yet cut to width)."""
    if wide:
        header = ["value", "canonical", *FIELDS]
        rows = [[text_scale(f), canonical_value(f), *("" if v is None else str(v) for v in r.values())]
                for f, r in zip(facts, to_records(facts, text))]
        return header, [[escape(c) for c in row] for row in rows]
    header = [name for name, _ in NARROW]
    rows = [[escape(f.provenance.text), canonical_value(f) if canonical else text_scale(f), f.kind, f.modality,
             escape(f.metric or ""), escape(f.subject or ""), escape(period_label(f))] for f in facts]
    return header, rows


def table_lines(header: list[str], rows: list[list[str]], *, wide: bool = False) -> Iterator[str]:
    """Aligned lines; in the narrow table each column is cut to its share of 120 columns."""
    limits = [None] * len(header) if wide else [w for _, w in NARROW]
    cells = [[c if limit is None else clip(c, limit) for c, limit in zip(row, limits)] for row in [header, *rows]]
    widths = [max(display_width(r[i]) for r in cells) for i in range(len(header))]
    for r in cells:
        yield "  ".join(c + " " * (w - display_width(c)) for c, w in zip(r, widths)).rstrip()


class TableWriter:
    """Per article: a line naming it, its reference date and place (and how they were
    found), then one line per fact."""

    def __init__(self, stream: IO[bytes], options: Options) -> None:
        self.stream, self.options = stream, options

    def write(self, result: Extraction, doc_id: str | None) -> None:
        header, rows = table_rows(result.facts, result.text, wide=self.options.wide,
                                  canonical=self.options.canonical)
        lines = [f"# {doc_id or '-'} · {describe_context(result)} · {len(result.facts)} facts",
                 *table_lines(header, rows, wide=self.options.wide)]
        self.stream.write("".join(line + "\n" for line in lines).encode())
        self.stream.flush()

    def close(self) -> None:
        pass


DATE_HOW = {"given": "given", "text": "inferred from the text", "name": "read from the document's name", "none": "none"}


def describe_context(result: Extraction) -> str:
    """date 2024-11-01 (given) · place 长治市 (inferred from the text)"""
    date = f"date {result.date or '-'} ({DATE_HOW[result.date_source]})"
    return f"{date} · place {result.place or '-'} ({DATE_HOW[result.place_source]})"
