"""The czfacts command.

    czfacts dump PATH... [--date D] [--place P] [--format jsonl|json|csv|table]

PATH may be a file, a folder (every *.txt in it) or - for standard input. Beside an
article, <article>.meta.json supplies its date and place unless the options say otherwise.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import pathlib
import sys
from collections.abc import Iterator

from . import extract
from .errors import CzfactsError, InputError
from .fact import Fact
from .reader import read_path

CSV_FIELDS = ["doc_id", "start", "end", "text", "value", "upper", "unit", "kind", "bound", "metric",
              "subject", "period_text", "period_start", "period_end", "modality", "comparison",
              "classifier", "scope", "rule"]


def _iso_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def articles(paths: list[str]) -> Iterator[str]:
    """Expand folders into their *.txt files, in name order."""
    for path in paths:
        p = pathlib.Path(path)
        if path != "-" and p.is_dir():
            yield from (str(f) for f in sorted(p.glob("*.txt")))
        else:
            yield path


def meta_for(path: str) -> dict:
    """<doc>.meta.json beside <doc>.txt, or {}."""
    if path == "-":
        return {}
    p = pathlib.Path(path)
    meta = p.with_name(p.name.removesuffix(".txt") + ".meta.json")
    if meta.is_file():
        try:
            return json.loads(meta.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"{meta}: bad JSON: {exc}") from exc
    return {}


def facts_of(path: str, date: str | None, place: str | None) -> list[Fact]:
    meta = meta_for(path)
    doc_id = meta.get("doc_id") or ("stdin" if path == "-" else pathlib.Path(path).name.removesuffix(".txt"))
    return extract(read_path(path), date=date or meta.get("date"), place=place or meta.get("place"),
                   doc_id=doc_id)


def _csv_row(fact: Fact) -> dict:
    p = fact.provenance
    return {"doc_id": p.doc_id, "start": p.start, "end": p.end, "text": p.text, "value": fact.value,
            "upper": fact.upper, "unit": fact.unit, "kind": fact.kind, "bound": fact.bound,
            "metric": fact.metric, "subject": fact.subject,
            "period_text": fact.period.text if fact.period else None,
            "period_start": fact.period.start if fact.period else None,
            "period_end": fact.period.end if fact.period else None,
            "modality": fact.modality, "comparison": fact.comparison,
            "classifier": fact.classifier, "scope": fact.scope, "rule": p.rule}


def _table(facts: list[Fact], out) -> None:
    """A plain aligned table for people."""
    rows = [("text", "value", "unit", "kind", "metric", "subject", "period")]
    for f in facts:
        period = f"{f.period.start or '?'}..{f.period.end or '?'}" if f.period else ""
        rows.append((f.provenance.text, f"{f.value:g}", f.unit, f.kind, f.metric or "", f.subject or "", period))
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        out.write("  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths)).rstrip() + "\n")


def _width(s: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def cmd_dump(args) -> int:
    out = sys.stdout
    collected: list[Fact] = []
    writer = csv.DictWriter(out, CSV_FIELDS) if args.format == "csv" else None
    if writer:
        writer.writeheader()
    status = 0
    for path in articles(args.paths):
        try:
            facts = facts_of(path, args.date, args.place)
        except CzfactsError as exc:
            print(f"czfacts: {exc}", file=sys.stderr)
            status = 1
            continue
        if args.format == "jsonl":
            for f in facts:
                out.write(f.to_json() + "\n")
        elif writer:
            writer.writerows(_csv_row(f) for f in facts)
        elif args.format == "table":
            _table(facts, out)
        else:
            collected.extend(facts)
    if args.format == "json":
        json.dump([f.model_dump(mode="json") for f in collected], out, ensure_ascii=False, indent=1)
        out.write("\n")
    return status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="czfacts", description="Numeric facts from Chinese policy and economic prose.")
    sub = parser.add_subparsers(dest="command", required=True)
    dump = sub.add_parser("dump", help="print the facts of one or more articles")
    dump.add_argument("paths", nargs="+", metavar="PATH", help="article file, folder of *.txt, or - for stdin")
    dump.add_argument("--date", type=_iso_date, help="reference date YYYY-MM-DD (overrides meta.json)")
    dump.add_argument("--place", help="the document's place, e.g. 长治市 (overrides meta.json)")
    dump.add_argument("--format", choices=["jsonl", "json", "csv", "table"], default="jsonl")
    dump.set_defaults(func=cmd_dump)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
