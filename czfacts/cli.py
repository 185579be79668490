"""The czfacts command.

    czfacts dump PATH... [--date D] [--place P] [--format jsonl|json|csv|table]
    czfacts check-gold [DIR]                       validate gold files (SPEC §6)
    czfacts eval [PATH...] [--json] [--show misses|wrong|spurious]
    czfacts regress [PATH...] [--update]           diff against / approve <doc>.facts.jsonl
    czfacts rules [PATH...]                        rules, examples, corpus precision/recall

PATH may be a file, a folder (every *.txt in it) or - for standard input. Beside an
article, <article>.meta.json supplies its date and place unless the options say otherwise.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import pathlib
import sys
from collections.abc import Iterator

from .dev import regress
from .articles import article_input, articles
from .dates import reference_date
from .errors import CzfactsError, InputError
from .fact import Fact
from .pipeline import Extractor
from .dev.gold import check_gold
from .dev.report import case_lines, display_width, summary_lines, table
from .dev.rulebook import rule_rows
from .dev.score import evaluate, summarize

CSV_FIELDS = ["doc_id", "start", "end", "text", "value", "upper", "unit", "kind", "bound", "metric",
              "subject", "period_text", "period_start", "period_end", "modality", "comparison",
              "classifier", "scope", "rule"]


def _iso_date(value: str) -> str:
    try:
        return reference_date(value)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number, not {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"--jobs must be 0 (one per core) or more, not {jobs}")
    return jobs or os.cpu_count() or 1


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


TABLE_HEADER = ("doc", "text", "value", "unit", "kind", "bound", "metric", "subject", "period")


def _table(facts: list[Fact], out) -> None:
    """A plain aligned table for people, one row per fact of every article."""
    rows = [TABLE_HEADER]
    for f in facts:
        period = f"{f.period.start or '?'}..{f.period.end or '?'}" if f.period else ""
        value = f"{f.value:g}" + (f"..{f.upper:g}" if f.upper is not None else "")
        rows.append((f.provenance.doc_id or "", f.provenance.text, value, f.unit, f.kind, f.bound,
                     f.metric or "", f.subject or "", period))
    widths = [max(display_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        out.write("  ".join(c + " " * (w - display_width(c)) for c, w in zip(r, widths)).rstrip() + "\n")


def _dump_paths(paths: list[str]) -> Iterator[str | InputError]:
    """The articles behind ``paths``; a folder without articles is an error, not nothing."""
    for path in paths:
        found = False
        for article in articles([path]):
            found = True
            yield article
        if not found:
            yield InputError(f"{path}: no *.txt articles in this folder")


def _extracted(paths: list[str], date: str | None, place: str | None,
               jobs: int) -> Iterator[tuple[str, list[Fact] | Exception]]:
    """Each article with its facts or its error, in order, extracted in ``jobs`` processes."""
    items: list[tuple[str, object]] = []
    for path in _dump_paths(paths):
        try:
            if isinstance(path, InputError):
                raise path
            # standard input belongs to this process: read it here, the workers read the files
            doc = article_input(path, date, place) if path == "-" else (pathlib.Path(path), {"date": date, "place": place})
        except CzfactsError as exc:
            doc = exc
        items.append((path if isinstance(path, str) else "", doc))
    results = Extractor().pipe([doc for _, doc in items if not isinstance(doc, Exception)], n_process=jobs)
    for path, doc in items:
        yield path, doc if isinstance(doc, Exception) else next(results)


def _utf8(stream):
    """Facts are Chinese: write them as UTF-8 whatever the locale says (no UnicodeEncodeError)."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    if encoding not in ("utf-8", "utf8") and hasattr(stream, "reconfigure"):
        try:
            stream.reconfigure(encoding="utf-8")
        except (ValueError, OSError):  # already written to, or not a real file
            pass
    return stream


def cmd_dump(args) -> int:
    out = _utf8(sys.stdout)
    _utf8(sys.stderr)
    collected: list[Fact] = []
    writer = csv.DictWriter(out, CSV_FIELDS) if args.format == "csv" else None
    if writer:
        writer.writeheader()
    status = 0
    for path, facts in _extracted(args.paths, args.date, args.place, args.jobs):
        if isinstance(facts, CzfactsError):
            print(f"czfacts: {facts}", file=sys.stderr)
            status = 1
            continue
        if isinstance(facts, Exception):  # a bug in czfacts: say so, and go on with the other articles
            if os.environ.get("CZFACTS_DEBUG"):
                raise facts
            print(f"czfacts: {path}: internal error, no facts for this article "
                  f"({type(facts).__name__}: {facts}); set CZFACTS_DEBUG=1 for the traceback", file=sys.stderr)
            status = 1
            continue
        if args.format == "jsonl":
            for f in facts:
                out.write(f.to_json() + "\n")
            out.flush()
        elif writer:
            writer.writerows(_csv_row(f) for f in facts)
        else:
            collected.extend(facts)
    if args.format == "json":
        json.dump([f.model_dump(mode="json") for f in collected], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif args.format == "table":
        _table(collected, out)
    return status


def cmd_check_gold(args) -> int:
    problems = check_gold(args.folder)
    for problem in problems:
        print(problem)
    print(f"{args.folder}: {len(problems)} gold problems" if problems else f"{args.folder}: gold files OK")
    return 1 if problems else 0


def cmd_eval(args) -> int:
    docs = evaluate(args.paths)
    if not docs:
        raise InputError(f"no annotated articles in {' '.join(args.paths)}")
    if args.json:
        json.dump(summarize(docs), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print("\n".join(summary_lines(summarize(docs))))
    for what in args.show or ():
        cases = [line for doc in docs for line in case_lines(doc, what)]
        print(f"\n--- {what}", *(cases or ["(none)"]), sep="\n")
    return 0


def cmd_regress(args) -> int:
    missing = differ = 0
    for article in articles(args.paths):
        if article == "-":
            raise InputError("regress compares article files; standard input has no approved output")
        if args.update:
            print(f"approved {regress.approve(article)} facts in {regress.approved_path(article)}")
        elif (d := regress.compare(article)) is None:
            missing += 1
            print(f"{article}: no approved output {regress.approved_path(article)}; check "
                  f"`czfacts dump --format table {article}`, then approve it with "
                  f"`czfacts regress --update {article}`")
        elif d:
            differ += 1
            print("\n".join(regress.diff_lines(d)))
    if differ:
        print(f"articles that differ from their approved output: {differ}; if every change is intended, "
              "approve them with `czfacts regress --update`")
    elif not (args.update or missing):
        print("the output is the approved output")
    return 1 if missing or differ else 0


def cmd_rules(args) -> int:
    header = ["rule", "examples", "negatives", "predicted", "matched", "precision", "recall"]
    print("\n".join(table(header, rule_rows(evaluate(args.paths)))))
    return 0


def _add_check_gold(sub) -> None:
    p = sub.add_parser("check-gold", help="validate the gold files of a folder (exit 1 on any problem)")
    p.add_argument("folder", nargs="?", default="corpora", metavar="DIR")
    p.set_defaults(func=cmd_check_gold)


def _add_eval(sub) -> None:
    p = sub.add_parser("eval", help="score the extractor against gold annotations (SPEC §7)")
    p.add_argument("paths", nargs="*", default=["corpora"], metavar="PATH",
                   help="annotated article or folder (default corpora)")
    output = p.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the scores as JSON")
    output.add_argument("--show", action="append", choices=["misses", "wrong", "spurious"],
                        help="also print each such case with its sentence (repeatable)")
    p.set_defaults(func=cmd_eval)


def _add_regress(sub) -> None:
    p = sub.add_parser("regress", help="diff the output against the approved <doc>.facts.jsonl")
    p.add_argument("paths", nargs="*", default=["corpora"], metavar="PATH",
                   help="article or folder (default corpora)")
    p.add_argument("--update", action="store_true", help="approve: write the current output")
    p.set_defaults(func=cmd_regress)


def _add_rules(sub) -> None:
    p = sub.add_parser("rules", help="list the rules with their examples and corpus precision/recall")
    p.add_argument("paths", nargs="*", default=["corpora"], metavar="PATH",
                   help="annotated article or folder to score the rules on (default corpora)")
    p.set_defaults(func=cmd_rules)


def cmd_schema(args) -> int:
    print(json.dumps(Fact.model_json_schema(), ensure_ascii=False, indent=1))
    return 0


def _add_schema(sub) -> None:
    sub.add_parser("schema", help="print the JSON Schema of a Fact (one jsonl line)").set_defaults(func=cmd_schema)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="czfacts", description="Numeric facts from Chinese policy and economic prose.")
    sub = parser.add_subparsers(dest="command", required=True)
    dump = sub.add_parser("dump", help="print the facts of one or more articles")
    dump.add_argument("paths", nargs="+", metavar="PATH", help="article file, folder of *.txt, or - for stdin")
    dump.add_argument("--date", type=_iso_date, help="reference date YYYY-MM-DD, YYYY-MM or YYYY (a month or year stands for its last day; overrides meta.json)")
    dump.add_argument("--place", help="the document's place, e.g. 长治市 (overrides meta.json)")
    dump.add_argument("--format", choices=["jsonl", "json", "csv", "table"], default="jsonl")
    dump.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                      help="extract articles in N processes (default 1; 0 = one per CPU core)")
    dump.set_defaults(func=cmd_dump)
    for add in (_add_check_gold, _add_eval, _add_regress, _add_rules, _add_schema):
        add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # czfacts dump … | head: the reader has gone, which is fine
        try:  # and keep Python from complaining when it flushes stdout at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0
    except KeyboardInterrupt:
        print("czfacts: interrupted", file=sys.stderr)
        return 130
    except CzfactsError as exc:  # dump reports its own per-file errors; this is for the rest
        print(f"czfacts: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
