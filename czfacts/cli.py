"""The czfacts command.

    czfacts dump PATH... [--format jsonl|json|csv|parquet|table] [-o FILE|DIR] [--date D] [--place P]
    czfacts show PATH... [-o FILE.html|DIR]        the facts highlighted in their text, in a browser
    czfacts check-gold [DIR]                       validate gold files (SPEC §6)
    czfacts eval [PATH...] [--json] [--show misses|wrong|spurious]
    czfacts regress [PATH...] [--update]           diff against / approve <doc>.facts.jsonl
    czfacts rules [PATH...]                        rules, examples, corpus precision/recall
    czfacts schema                                 the JSON Schema of one jsonl line

PATH may be a file, a folder (every *.txt, *.html and *.htm below it) or - for standard
input. Beside an article, <article>.meta.json supplies its date and place unless the
options say otherwise.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import pathlib
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from . import __version__, formats
from .articles import article_input, articles, internal_error, meta_for, stem
from .atomic import atomic_write
from .dates import reference_date
from .lexicon import using
from .errors import CzfactsError, IncompleteExtraction, InputError
from .fact import Fact
from .reader import Decoded, EncodingGuess
from .pipeline import Extraction, Extractor, FactsOf

EXIT_CODES = {
    0: "every article was read (warnings, e.g. a guessed reference date, may have been printed)",
    1: "some article could not be read or failed; the others were written",
    2: "the command line is wrong (unknown option, malformed date, a format's package missing)",
    3: "the output could not be written (-o in a missing or read-only place, a full disk)",
    130: "interrupted (Ctrl-C); no half-written -o file is left behind",
}
EPILOG = "exit status: " + "; ".join(f"{code} {what}" for code, what in EXIT_CODES.items())

DATE_HELP = (
    "the reference date that resolves 今年, 上半年, 1—7月, 近三年: YYYY-MM-DD (2025/1/18, 2025年1月18日, 20250118 and a time of day after it too), YYYY-MM or YYYY (a month "
    "or a year stands for its last day). Which date to pass: a government work report (政府工作报告) "
    "- the day it was delivered (2025-03-05); a statistical communiqué (统计公报) - the day it was issued "
    "(2025-03-01 for the 2024 communiqué: 全年 is the year before); a monthly or quarterly release - the last month it covers "
    "(2024-11); a news article - the day it was published. Overrides the meta file's date; "
    "without either, czfacts guesses from the text's dated head, the file's name (nw_cctv_20170717_…, wr_china_1989) "
    "or the text's years, and says so on stderr")
PLACE_HELP = ("the document's place, e.g. 长治市 or 山西省: resolves 全市/我市/全省 (overrides the meta file's "
              "place; without either, a news headline's place, else the city the text names most often)")


class UsageError(CzfactsError):
    """The command line cannot be carried out (exit status 2)."""


class OutputError(CzfactsError):
    """The output cannot be written (exit status 3)."""


def _iso_date(value: str) -> str:
    try:
        date = reference_date(value)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    assert date is not None
    return date


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number, not {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"--jobs must be 0 (one per core) or more, not {jobs}")
    return jobs or os.cpu_count() or 1


# ---------------------------------------------------------------- messages on stderr

class Messages:
    """Errors, warnings and the closing summary on stderr: ``czfacts: error: …`` lines for
    people, or one JSON object per line with ``--messages json`` for programs."""

    def __init__(self, style: str = "text", quiet: bool = False) -> None:
        self.style, self.quiet = style, quiet

    def _emit(self, level: str, text: str, data: dict[str, Any]) -> None:
        if self.style == "json":
            line = json.dumps({"level": level, **data}, ensure_ascii=False)
        else:
            line = f"czfacts: {text}" if level == "summary" else f"czfacts: {level}: {text}"
        print(line, file=sys.stderr, flush=True)

    def error(self, path: str, exc: BaseException, internal: bool = False) -> None:
        if internal:
            text = internal_error(path, exc)
        else:
            text = str(exc)
        self._emit("error", text, {"path": path, "error": type(exc).__name__, "message": str(exc)})

    def warning(self, path: str, code: str, text: str, **data: Any) -> None:
        if not self.quiet:
            self._emit("warning", f"{path}: {text}", {"path": path, "warning": code, **data})

    def summary(self, counts: dict[str, Any]) -> None:
        if not self.quiet:
            c = counts
            text = (f"{_n(c['articles'], 'article')}, {_n(c['facts'], 'fact')}, {_n(c['errors'], 'error')}; "
                    f"{c['without_date']} without a given date, {c['without_place']} without a given place"
                    + _encodings(c["encodings"], c["guessed_encodings"]))
            self._emit("summary", text, counts)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


GUESSES_NAMED = 10  # files named in the summary's guesses; the warnings above name every one


def _encodings(counts: dict[str, int], guessed: dict[str, str]) -> str:
    """The summary's end: how many articles each encoding read, and the files whose encoding was a guess."""
    text = "; read as " + ", ".join(f"{name} {n}" for name, n in counts.items()) if counts else ""
    if guessed:
        named = [f"{path} ({name})" for path, name in list(guessed.items())[:GUESSES_NAMED]]
        more = f" and {len(guessed) - GUESSES_NAMED} more" if len(guessed) > GUESSES_NAMED else ""
        text += f"; encoding guessed for {', '.join(named)}{more}"
    return text


@dataclass
class Tally:
    articles: int = 0
    facts: int = 0
    errors: int = 0
    without_date: int = 0
    without_place: int = 0
    encodings: Counter[str] = field(default_factory=Counter)  # articles read as each encoding
    guessed: dict[str, str] = field(default_factory=dict)     # path → the encoding guessed for it

    def counts(self) -> dict[str, Any]:
        return {"articles": self.articles, "facts": self.facts, "errors": self.errors,
                "without_date": self.without_date, "without_place": self.without_place,
                "encodings": dict(self.encodings.most_common()), "guessed_encodings": self.guessed}


# ---------------------------------------------------------------- reading the articles

@dataclass
class Article:
    path: str
    doc_id: str
    result: Extraction | None = None
    error: BaseException | None = None
    date_from: str = ""  # "--date", "meta file", "text", "name" or "none"


def _paths(paths: list[str]) -> Iterator[tuple[str, InputError | None]]:
    """The articles behind ``paths``; a folder without articles is an error, not nothing."""
    for path in paths:
        found = False
        for article in articles([path], recursive=True):
            found = True
            yield article, None
        if not found:
            yield path, InputError(f"{path}: no *.txt, *.html or *.htm articles in this folder")


class _Documents(Extractor):
    """An Extractor whose ``extract`` returns the whole Extraction (text, date and how it was
    found), so ``Extractor.pipe`` carries it back from the worker processes; its facts are
    built as they are written (FactsOf), not held in a list beside the document."""

    def extract(self, text: str, *, date: Any = None, place: str | None = None,  # type: ignore[override]
                doc_id: str | None = None) -> Extraction:
        return self._extraction(text, date, place, doc_id, FactsOf)


def _extracted(args: argparse.Namespace, paths: list[tuple[str, InputError | None]]) -> Iterator[Article]:
    """Each article with its Extraction or its error, in order, extracted in ``args.jobs`` processes."""
    items: list[tuple[str, Any]] = []
    stdin: Decoded | None = None
    for path, error in paths:
        try:
            if error is not None:
                raise error
            if path == "-":  # standard input belongs to this process: read it here, the workers read the files
                stdin, options = article_input(path, args.date, args.place, args.encoding)
                doc: Any = (stdin.text, options)
            else:
                doc = (pathlib.Path(path), {"date": args.date, "place": args.place, "encoding": args.encoding})
        except CzfactsError as exc:
            doc = exc
        items.append((path, doc))
    # batches of one: each article comes back as soon as it is done, and the progress bar moves smoothly
    results = _Documents(lexicons=args.lexicon).pipe([doc for _, doc in items if not isinstance(doc, Exception)],
                                n_process=getattr(args, "jobs", 1), batch_size=1)
    for path, doc in items:
        outcome = doc if isinstance(doc, Exception) else next(results)
        if isinstance(outcome, Exception):
            yield Article(path, "", error=outcome)
            continue
        assert isinstance(outcome, Extraction)
        if path == "-" and stdin is not None:
            outcome = outcome.read_as(stdin)
        meta = meta_for(path) if path != "-" else {}
        date_from = ("--date" if args.date else "meta file" if meta.get("date") else outcome.date_source)
        # the doc_id its facts were given (article_input), without reading one back from a worker's lines
        yield Article(path, meta.get("doc_id") or _doc_id(path), outcome, date_from=date_from)


def _doc_id(path: str) -> str:
    return "stdin" if path == "-" else stem(path)


def _report(article: Article, messages: Messages, tally: Tally) -> bool:
    """Count the article, say what went wrong or was guessed; whether it has a result."""
    tally.articles += 1
    if article.error is not None:
        tally.errors += 1
        internal = not isinstance(article.error, CzfactsError)
        if internal and os.environ.get("CZFACTS_DEBUG"):
            raise article.error
        messages.error(article.path, article.error, internal)
        return False
    result = article.result
    assert result is not None
    tally.facts += len(result.facts)
    if result.encoding is not None:
        tally.encodings[result.encoding] += 1
    if result.encoding_guess:
        tally.guessed[article.path] = result.encoding
        messages.warning(article.path, "encoding-guessed", result.encoding_guess, encoding=result.encoding)
    for failure in result.failed_stages:
        messages.warning(article.path, "stage-failed", f"stage {failure}: skipped, so its facts lack what that "
                         "stage reads (a bug: please report it with the article)", stage=failure.split(":")[0])
    if article.date_from in ("text", "name", "none"):
        tally.without_date += 1
        if article.date_from == "name":
            messages.warning(article.path, "date-inferred",
                             f"no reference date given; used {result.date}, read from the file name: pass --date "
                             "to be sure", date=result.date, date_source="name")
        elif article.date_from == "text":
            messages.warning(article.path, "date-inferred",
                             f"no reference date given; used {result.date}, inferred from the text (its latest "
                             "full date, else the year written beside 今年): pass --date to be sure",
                             date=result.date, date_source="text")
        elif result.facts:
            messages.warning(article.path, "no-date",
                             "no reference date given or found in the text: relative periods (今年, 上半年) keep "
                             "only their text; pass --date", date=None, date_source="none")
    if result.place_source != "given":
        tally.without_place += 1
    return True


@contextlib.contextmanager
def _progress(total: int, enabled: bool) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr (rich) while articles are read; a no-op when not wanted."""
    if not enabled or total < 2:
        yield lambda path: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(file=sys.stderr), transient=True) as bar:
        task = bar.add_task("articles", total=total)
        yield lambda path: bar.update(task, advance=1, description=pathlib.Path(path).name[:40])


# ---------------------------------------------------------------- where the output goes

def _is_dir_target(output: str) -> bool:
    return output.endswith(("/", os.sep)) or pathlib.Path(output).is_dir()


@contextlib.contextmanager
def _opened(path: str) -> Iterator[IO[bytes]]:
    """An atomically written file (its folders made); OSError becomes OutputError."""
    target = pathlib.Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(target) as stream:
            yield stream
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _stdout() -> IO[bytes]:
    sys.stdout.flush()
    return sys.stdout.buffer


def _stderr_utf8() -> None:
    """Messages name Chinese files: write them as UTF-8 whatever the locale says."""
    encoding = (getattr(sys.stderr, "encoding", None) or "").lower().replace("_", "-")
    if encoding not in ("utf-8", "utf8") and hasattr(sys.stderr, "reconfigure"):
        with contextlib.suppress(ValueError, OSError):
            sys.stderr.reconfigure(encoding="utf-8")


def _run(args: argparse.Namespace, each: Callable[[Article], None]) -> int:
    """Read every article of ``args.paths`` in order, hand each readable one to ``each``,
    report errors, guesses and the summary; the exit status."""
    _stderr_utf8()
    messages = Messages(args.messages, args.quiet)
    tally = Tally()
    paths = list(_paths(args.paths))
    bar = sys.stderr.isatty() and not args.quiet and (args.output is not None or not sys.stdout.isatty())
    with _progress(len(paths), bar) as advance, warnings.catch_warnings():
        # a guessed encoding comes back with the article's result and is said in order (_report),
        # not where a worker process read the file
        warnings.simplefilter("ignore", EncodingGuess)
        warnings.simplefilter("ignore", IncompleteExtraction)  # (likewise a stage that failed)
        warnings.showwarning = lambda w, *_, **__: print(f"czfacts: warning: {w}", file=sys.stderr)  # type: ignore[assignment]
        for article in _extracted(args, paths):
            if _report(article, messages, tally):
                each(article)
            advance(article.path)
    if len(paths) > 1 or args.output is not None or tally.without_date or tally.errors or tally.guessed:
        messages.summary(tally.counts())
    return 1 if tally.errors else 0


# ---------------------------------------------------------------- czfacts dump

def _format_options(args: argparse.Namespace) -> formats.Options:
    return formats.Options(bom=not args.no_bom, wide=args.wide, canonical=args.canonical)


def cmd_dump(args: argparse.Namespace) -> int:
    if args.format == "parquet":
        try:
            formats._pyarrow()
        except formats.MissingDependency as exc:
            raise UsageError(str(exc)) from None
    options = _format_options(args)
    if args.output is not None and _is_dir_target(args.output):
        folder = pathlib.Path(args.output)

        def each(article: Article) -> None:  # one file per article: <doc_id>.<format>
            assert article.result is not None
            with _opened(str(folder / (article.doc_id + formats.EXTENSIONS[args.format]))) as stream:
                w = formats.writer(args.format, stream, options)
                w.write(article.result, article.doc_id)
                w.close()

        return _run(args, each)
    if args.output is None and args.format == "parquet" and sys.stdout.isatty():
        raise UsageError("parquet is a binary format: write it to a file with -o facts.parquet")
    with (_opened(args.output) if args.output is not None else contextlib.nullcontext(_stdout())) as stream:
        w = formats.writer(args.format, stream, options)
        status = _run(args, lambda article: w.write(article.result, article.doc_id)
                      if article.result is not None else None)
        w.close()
    return status


# ---------------------------------------------------------------- czfacts show

def cmd_show(args: argparse.Namespace) -> int:
    from .viewer import page

    if args.output is not None and _is_dir_target(args.output):
        folder = pathlib.Path(args.output)

        def each(article: Article) -> None:
            with _opened(str(folder / (article.doc_id + ".html"))) as stream:
                stream.write(page([_view(article)]).encode())

        return _run(args, each)
    shown: list[dict[str, Any]] = []
    status = _run(args, lambda article: shown.append(_view(article)))
    output = args.output
    if output is None and sys.stdout.isatty():  # no HTML in a terminal: a file beside the user
        output = (shown[0]["doc_id"] if len(shown) == 1 else "czfacts") + ".html"
    html = page(shown).encode()
    if output is None:
        _stdout().write(html)
        sys.stdout.flush()
    else:
        with _opened(output) as stream:
            stream.write(html)
        if not args.quiet:
            print(f"czfacts: wrote {output}; open it in a browser", file=sys.stderr)
    return status


def _view(article: Article) -> dict[str, Any]:
    from .viewer import document

    assert article.result is not None
    return document(article.result, article.doc_id, date_from=article.date_from, path=article.path)


# ---------------------------------------------------------------- developer commands
# Their modules (czfacts.dev) are imported by the command that uses them: a dump does not load them.

def cmd_check_gold(args) -> int:
    from .dev.gold import check_gold

    problems = check_gold(args.folder)
    for problem in problems:
        print(problem)
    print(f"{args.folder}: {len(problems)} gold problems" if problems else f"{args.folder}: gold files OK")
    return 1 if problems else 0


def cmd_eval(args) -> int:
    from .dev.report import case_lines, summary_lines
    from .dev.score import evaluate, summarize

    failed: list[tuple[str, Exception]] = []
    docs = evaluate(args.paths, failed=None if os.environ.get("CZFACTS_DEBUG") else failed, unknown=args.without or ())
    for path, exc in failed:  # the other articles are still scored
        print(f"czfacts: error: {internal_error(path, exc)}", file=sys.stderr)
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
    return 1 if failed else 0


def cmd_regress(args) -> int:
    from .dev import regress

    missing = differ = failed = 0
    for article in articles(args.paths):
        if article == "-":
            raise InputError("regress compares article files; standard input has no approved output")
        try:
            d = None if args.update else regress.compare(article)
            if args.update:
                print(f"approved {regress.approve(article)} facts in {regress.approved_path(article)}")
        except InputError as exc:  # an unreadable article: say so, go on with the others
            failed += 1
            print(f"czfacts: error: {exc}", file=sys.stderr)
            continue
        except Exception as exc:  # a bug: name the article and where, go on with the others
            if os.environ.get("CZFACTS_DEBUG"):
                raise
            failed += 1
            print(f"czfacts: error: {internal_error(article, exc)}", file=sys.stderr)
            continue
        if args.update:
            continue
        if d is None:
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
    elif not (args.update or missing or failed):
        print("the output is the approved output")
    return 1 if missing or differ or failed else 0


def cmd_rules(args) -> int:
    from .dev.report import table
    from .dev.rulebook import rule_rows
    from .dev.score import evaluate

    header = ["rule", "examples", "negatives", "predicted", "matched", "precision", "recall", "field accuracy"]
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
    p.add_argument("--without", action="append", choices=["date", "place"],
                   help="score as a caller that does not know the article's date or place: the meta's is not "
                        "given (repeatable)")
    _add_lexicon_option(p)
    p.set_defaults(func=cmd_eval)


def _add_regress(sub) -> None:
    p = sub.add_parser("regress", help="diff the output against the approved <doc>.facts.jsonl")
    p.add_argument("paths", nargs="*", default=["corpora"], metavar="PATH",
                   help="article or folder (default corpora)")
    p.add_argument("--update", action="store_true", help="approve: write the current output")
    _add_lexicon_option(p)
    p.set_defaults(func=cmd_regress)


def _add_rules(sub) -> None:
    p = sub.add_parser("rules", help="list the rules with their examples and corpus precision/recall")
    p.add_argument("paths", nargs="*", default=["corpora"], metavar="PATH",
                   help="annotated article or folder to score the rules on (default corpora)")
    _add_lexicon_option(p)
    p.set_defaults(func=cmd_rules)


def cmd_schema(args) -> int:
    print(json.dumps(Fact.model_json_schema(), ensure_ascii=False, indent=1))
    return 0


def _add_schema(sub) -> None:
    sub.add_parser("schema", help="print the JSON Schema of a Fact (one jsonl line)").set_defaults(func=cmd_schema)


def _add_lexicon_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                   help="a user lexicon (TOML: units, organisations, indicators, non-fact labels; "
                        "docs/lexicons.md) merged over the bundled data; repeatable")


def _add_input_options(p: argparse.ArgumentParser) -> None:
    """What every command that reads articles takes (dump, show)."""
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="article file (.txt, .html), folder (every *.txt, *.html, *.htm below it), or - for stdin")
    p.add_argument("--date", type=_iso_date, help=DATE_HELP)
    p.add_argument("--place", help=PLACE_HELP)
    p.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                   help="extract articles in N processes (default 1; 0 = one per CPU core)")
    p.add_argument("--encoding", metavar="NAME",
                   help="read every article in this encoding (gb18030, big5, utf-16, …) instead of detecting it")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no warnings, progress bar or summary on stderr (errors are still printed)")
    _add_lexicon_option(p)
    p.add_argument("--messages", choices=["text", "json"], default="text",
                   help="stderr lines for people (czfacts: error: …) or one JSON object per line "
                        '({"level": "error"|"warning"|"summary", "path", …}) for programs')


def _add_dump(sub: Any) -> None:
    p = sub.add_parser("dump", help="write the facts of articles as jsonl, json, csv, parquet or a table",
                       description="Write the facts of one or more articles.", epilog=EPILOG)
    _add_input_options(p)
    p.add_argument("--format", choices=formats.FORMATS, default="jsonl",
                   help="jsonl (default): one Fact per line; json: one array; csv: flat rows with the sentence "
                        "(UTF-8 with a BOM for spreadsheets); parquet: the same rows for pandas/DuckDB "
                        "(needs pip install 'czfacts[parquet]'); table: for people, 120 columns wide")
    p.add_argument("-o", "--output", metavar="FILE|DIR",
                   help="write to FILE (replaced whole, never half-written) or, for a folder (an existing one "
                        "or a path ending in /), one file per article: DIR/<doc_id>.<format>")
    p.add_argument("--no-bom", action="store_true", help="csv: no UTF-8 byte-order mark")
    p.add_argument("--wide", action="store_true", help="table: every column, nothing cut")
    p.add_argument("--canonical", action="store_true",
                   help="table: the value in the canonical unit (119570000000 CNY) instead of the text's scale "
                        "(1195.7亿元)")
    p.set_defaults(func=cmd_dump)


def _add_show(sub: Any) -> None:
    p = sub.add_parser("show", help="an HTML page with every fact highlighted in its text (works offline)",
                       description="Write a self-contained HTML page showing each article with its facts "
                                   "highlighted, a hover card per fact and a sortable table.", epilog=EPILOG)
    _add_input_options(p)
    p.add_argument("-o", "--output", metavar="FILE|DIR",
                   help="the page (default: standard output, or <doc_id>.html when that is a terminal); a folder "
                        "(existing or ending in /) gets one page per article")
    p.set_defaults(func=cmd_show)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="czfacts", epilog=EPILOG,
                                     description="Numeric facts from Chinese policy and economic prose.")
    parser.add_argument("--version", action="version", version=f"czfacts {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in (_add_dump, _add_show, _add_check_gold, _add_eval, _add_regress, _add_rules, _add_schema):
        add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    gc.freeze()  # what the imports made lives as long as the command: no collection need scan it again
    args = build_parser().parse_args(argv)
    try:
        with using(getattr(args, "lexicon", None) or ()):  # eval, regress, rules; dump and show pass their own
            status: int = args.func(args)
        return status
    except BrokenPipeError:  # czfacts dump … | head: the reader has gone, which is fine
        try:  # and keep Python from complaining when it flushes stdout at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0
    except KeyboardInterrupt:
        print("czfacts: interrupted", file=sys.stderr)
        return 130
    except UsageError as exc:
        print(f"czfacts: error: {exc}", file=sys.stderr)
        return 2
    except OutputError as exc:
        print(f"czfacts: error: {exc}", file=sys.stderr)
        return 3
    except CzfactsError as exc:  # dump reports its own per-file errors; this is for the rest
        print(f"czfacts: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
