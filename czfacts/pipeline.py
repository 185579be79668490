"""The cascade: normalise → periods and non-facts → quantities → kind → subject → metric →
period → 分别 lists → modality → Facts with offsets mapped back to the original text."""
from __future__ import annotations

import datetime as dt
import os
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, TypeVar, overload

from pydantic import BaseModel

from .document import Attribute, Document, Mention
from .compiled import compiled
from .dates import reference_date
from .errors import IncompleteExtraction
from .fact import Evidence, Fact, FactLines, Period, Provenance, jsonl_chunks
from .lexicon import active_lexicons, using
from .indicators import load_indicators
from .context import Source, given_place, read_context
from .reader import Decoded
from .rules.kind import classify
from .rules.metric import attach_metrics
from .rules.modality import attach_modality
from .rules.period import assign_periods, find_periods
from .rules.quantity import find_quantities, mask_nonfacts
from .rules.subject import attach_subjects
from .rules.table import read_tables

STAGES = (find_periods, read_tables, mask_nonfacts, find_quantities, classify, attach_subjects,
          attach_metrics, assign_periods, attach_modality)
# Without it there are no facts: its failure fails the document. Any other stage that fails on a
# document is skipped with a warning (IncompleteExtraction): its facts lose only what it reads.
ESSENTIAL = (find_quantities,)


@dataclass(frozen=True)
class Extraction:
    """One document's facts and what they were read against.

    ``date`` is the reference date the relative periods (今年, 上半年) were resolved with and
    ``date_source`` where it came from: ``"given"`` by the caller, ``"text"`` inferred from the
    text (its latest full date, else the year beside 今年: a guess worth checking), ``"name"`` read
    from the ``doc_id`` (a date in an archive's file name: nw_cctv_20170717_…), ``"none"``
    (relative periods keep only their text). ``place`` and ``place_source`` likewise
    (``"text"``: the place the text names most often). ``encoding`` is what an article file's
    bytes were read as where czfacts read the file itself (``czfacts dump``; None for a ``str``),
    and ``encoding_guess`` how it was guessed ("" when the caller, a byte-order mark or strict UTF-8 said so).
    """

    facts: Sequence[Fact]  # a list, but for czfacts dump (FactsOf)
    text: str
    date: str | None
    date_source: Source
    place: str | None
    place_source: Source
    encoding: str | None = None
    encoding_guess: str = ""
    failed_stages: tuple[str, ...] = ()  # "stage: error" for each stage skipped (IncompleteExtraction)

    def read_as(self, decoded: Decoded) -> Extraction:
        """This extraction, saying how its article's bytes were decoded."""
        return replace(self, encoding=decoded.encoding, encoding_guess=decoded.guess)


class Extractor:
    """The extractor, built once and reused for many documents (thread-safe: each call
    works on its own Document; the shared lexicons and patterns are read-only).

    ``lexicons`` are paths of user TOML files that add units, places, organisations,
    indicator aliases and non-fact labels over the bundled data (docs/lexicons.md).
    """

    def __init__(self, lexicons: Iterable[str] = ()) -> None:
        self.lexicons = tuple(str(p) for p in lexicons)
        with using(self.lexicons):
            pass  # check the files now: a bad lexicon is an error where it is named

    def extract(self, text: str, *, date: str | dt.date | None = None, place: str | None = None,
                doc_id: str | None = None) -> list[Fact]:
        """Every numeric claim in ``text`` as a Fact, in text order.

        ``date`` (YYYY-MM-DD, also 2025/1/18, 2025年1月18日, 20250118 or with a time of day; YYYY-MM or YYYY) resolves relative periods (今年, 上半年);
        without it czfacts infers one from the text where it can. ``place`` (长治市 or 长治)
        resolves 全市/我市 and the like; without it, the city (else province) the text names
        most often is used.
        """
        return list(self.extract_document(text, date=date, place=place, doc_id=doc_id).facts)

    def extract_document(self, text: str, *, date: str | dt.date | None = None, place: str | None = None,
                         doc_id: str | None = None) -> Extraction:
        """``extract`` that also says which reference date and place the facts were read
        against and where they came from (the viewer and ``czfacts dump`` warn on guesses)."""
        return self._extraction(text, date, place, doc_id, _facts)

    def _extraction(self, text: str, date: str | dt.date | None, place: str | None, doc_id: str | None,
                    facts: Callable[[Document], Sequence[Fact]]) -> Extraction:
        if not isinstance(text, str):
            raise TypeError(f"extract() takes a str, not {type(text).__name__}")
        outer = active_lexicons()  # an outer `using` (czfacts eval --lexicon) stays
        with using(outer + tuple(p for p in self.lexicons if p not in outer)):
            doc = Document.from_text(text, date=reference_date(date), place=given_place(place), doc_id=doc_id)
            date_source, place_source = read_context(doc)
            failed = tuple(failure for stage in STAGES if (failure := _run(stage, doc)))
            return Extraction(facts(doc), text, doc.date, date_source, doc.place, place_source, failed_stages=failed)

    def pipe(self, docs: Iterable[Any], *, n_process: int = 1, batch_size: int = 8) -> Iterator[list[Fact] | Exception]:
        """The facts of many documents, lazily, in input order: one result per document,
        its list of Facts or the exception it raised (returned, not raised).

        A document is a text, a ``pathlib.Path`` of an article (read with its meta.json,
        as ``czfacts dump`` does) or either paired with keyword arguments of ``extract``:
        ``(text, {"date": "2024-11-01", "place": "长治市", "doc_id": "a"})``. With
        ``n_process`` > 1, batches of ``batch_size`` documents run in that many worker
        processes; at most two batches per worker are in flight, so memory stays bounded.
        """
        from .batch import pipe  # multiprocessing is imported only by those who batch

        return pipe(self, docs, n_process=n_process, batch_size=batch_size)


def _run(stage: Callable[[Document], None], doc: Document) -> str:
    """Run one stage on the document; '' when it ran, else "stage: error" (warned, not raised)."""
    try:
        stage(doc)
    except Exception as error:
        if stage in ESSENTIAL or os.environ.get("CZFACTS_DEBUG"):
            raise
        failure = f"{stage.__name__}: {type(error).__name__}: {error}"
        warnings.warn(IncompleteExtraction(f"{doc.doc_id or 'text'}: stage {failure} (skipped; its facts lack "
                                           "what it reads)"), stacklevel=4)
        return failure
    return ""


_DEFAULT = Extractor()


def extract(text: str, *, date: str | dt.date | None = None, place: str | None = None,
            doc_id: str | None = None) -> list[Fact]:
    """``Extractor().extract(text, ...)`` with the bundled lexicons: the one-call shortcut."""
    return _DEFAULT.extract(text, date=date, place=place, doc_id=doc_id)


def extract_many(texts: Iterable[tuple[str, dict[str, Any]]], *, n_process: int = 1) -> Iterator[list[Fact]]:
    """extract() over (text, keyword arguments) pairs, lazily, in order; the first document
    that fails raises (``Extractor.pipe`` returns errors per document instead)."""
    for result in _DEFAULT.pipe(texts, n_process=n_process):
        if isinstance(result, Exception):
            raise result
        yield result


Span = Callable[[int, int], tuple[int, int]]


def _facts(doc: Document) -> list[Fact]:
    """The Facts of the Document's mentions, which it takes."""
    span, marks = _span_of(doc), _marks_of(doc)
    indicator_of = load_indicators(active_lexicons()).indicator_of  # looked up once, not per fact
    # The mentions are handed over and each is let go once its Fact is built: in a 10 MB
    # article they and their attributes took 17 MB beside the facts.
    pending, doc.mentions = doc.mentions[::-1], []
    facts = []
    while pending:
        facts.append(_to_fact(doc, pending.pop(), span, indicator_of, marks))
    return facts


class FactsOf(Sequence[Fact]):
    """A document's Facts built as they are read and not kept, for a caller that writes each
    once (czfacts dump: a list of a 10 MB article's 25,000 facts took 44 MB, its mentions 17 MB).
    Pickled (a worker process's result) it is their JSON lines (FactLines)."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._span, self._marks = _span_of(doc), _marks_of(doc)
        self._indicator_of = load_indicators(active_lexicons()).indicator_of

    def __len__(self) -> int:
        return len(self._doc.mentions)

    @overload
    def __getitem__(self, i: int) -> Fact: ...

    @overload
    def __getitem__(self, i: slice) -> list[Fact]: ...

    def __getitem__(self, i: int | slice) -> Fact | list[Fact]:
        if isinstance(i, slice):
            return [self._fact(m) for m in self._doc.mentions[i]]
        return self._fact(self._doc.mentions[i])

    def __iter__(self) -> Iterator[Fact]:
        return (self._fact(m) for m in self._doc.mentions)

    def __reduce__(self) -> tuple[Any, ...]:
        return FactLines, (b"".join(jsonl_chunks(self)),)

    def _fact(self, m: Mention) -> Fact:
        return _to_fact(self._doc, m, self._span, self._indicator_of, self._marks)


def _span_of(doc: Document) -> Span:
    """The Document's map back to the original text, remembering recent spans: a fact shares
    spans with those just before it (its sentence, the subject and period it inherits), so the
    last 256 are hit as often as all of them, which took 14 MiB of a 10 MB article's peak."""
    return lru_cache(maxsize=256)(doc.norm.offsets.span)


def _evidence(attribute: Attribute | None, span: Span) -> Evidence | None:
    if attribute is None:
        return None
    if attribute.start is None or attribute.end is None:
        return _shared_evidence(None, None, attribute.how)
    return _shared_evidence(*span(attribute.start, attribute.end), attribute.how)


@lru_cache(maxsize=4096)
def _shared_evidence(start: int | None, end: int | None, how: str) -> Evidence:
    """One frozen Evidence for the facts that read an attribute from the same span (most of a
    paragraph's facts share their subject's and period's): a third of a Fact's memory was evidence."""
    return _built(Evidence, {"start": start, "end": end, "how": how})


def _tidy(value: float) -> float:
    """563.8 × 1e8 is 56379999999.99999 in binary floating point; 12 significant digits
    are more than any statistic states."""
    return float(f"{value:.12g}")


def _to_fact(doc: Document, m: Mention, span: Span, indicator_of: Callable[[str], str | None], marks: Marks) -> Fact:
    start, end = span(m.start, m.end)
    sentence_start, sentence_end = span(*doc.sentence(m.start))
    evidence = {name: ev for name in ("metric", "subject", "period")
                if (ev := _evidence(getattr(m, name), span)) is not None}
    period = m.period.value if m.period else None
    provenance = _built(Provenance, {
        "doc_id": doc.doc_id, "start": start, "end": end, "text": doc.original[start:end],
        "sentence_start": sentence_start, "sentence_end": sentence_end, "rule": sys.intern(m.rule_chain),
        "evidence": evidence})
    return _built(Fact, {
        "value": _tidy(m.value), "upper": None if m.upper is None else _tidy(m.upper),
        "unit": m.unit, "kind": m.kind, "bound": m.bound,
        "metric": _as_written(str(m.metric.value), *marks(sentence_start, sentence_end)) if m.metric else None,
        "subject": _subject_as_written(doc, m, evidence.get("subject")),
        "period": period if isinstance(period, Period) else None,
        "modality": m.modality, "comparison": m.comparison, "classifier": m.classifier, "scope": m.scope,
        "indicator": indicator_of(str(m.metric.value)) if m.metric else None,
        "provenance": provenance})


def _as_written(metric: str, full_width: bool, quoted_names: tuple[str, ...]) -> str:
    """The metric with the brackets and quotation marks its sentence is written with (县（市）,
    “两基”攻坚县): the stages read the text with full-width brackets folded to ASCII and names
    without their quotation marks, and a reader matches names as the text writes them."""
    if full_width and ("(" in metric or ")" in metric):
        metric = metric.translate(_FULL_WIDTH_BRACKETS)
    if "“" not in metric:
        for quoted in quoted_names:
            if len(quoted) >= 2 and quoted in metric and f"“{quoted}”" not in metric:
                metric = metric.replace(quoted, f"“{quoted}”", 1)
    return metric


def _subject_as_written(doc: Document, m: Mention, evidence: Evidence | None) -> str | None:
    """The subject with the brackets its name is written with where it was read (中国（浙江）自由贸易试验区)."""
    if m.subject is None:
        return None
    subject = str(m.subject.value)
    if "(" not in subject or evidence is None or evidence.start is None or evidence.end is None:
        return subject
    return _as_written(subject, "（" in doc.original[evidence.start:evidence.end], ())


Marks = Callable[[int, int], tuple[bool, tuple[str, ...]]]


def _marks_of(doc: Document) -> Marks:
    """Whether a sentence of the original writes full-width brackets, and the names it quotes, read
    once per sentence (slicing its sentence per fact was quadratic in a sentence of many figures)."""
    def marks(start: int, end: int) -> tuple[bool, tuple[str, ...]]:
        sentence = doc.original[start:end]
        return "（" in sentence, tuple(dict.fromkeys(_QUOTED.findall(sentence))) if "“" in sentence else ()
    return lru_cache(maxsize=16)(marks)


_FULL_WIDTH_BRACKETS = str.maketrans("()", "（）")
_QUOTED = compiled(r"“([^“”]{1,20})”")


M = TypeVar("M", bound=BaseModel)
# Every field of a built model is set; the one set per model is shared, which is safe because
# pydantic only ever adds a field's name to it (on assignment), and every name is already in.
_ALL_FIELDS: dict[type[BaseModel], set[str]] = {model: set(model.model_fields) for model in (Fact, Provenance, Evidence)}


def _built(model: type[M], fields: dict[str, Any]) -> M:
    """``model`` holding ``fields`` (every field, values the stages made valid) without
    validation: what ``model_construct`` does, without its per-field default and alias
    handling, which cost three times a validation. Validating took a seventh of a run, and
    a field set per object a fifth of a Fact's memory; tests/test_lean_facts.py checks that
    a validated copy of every built Fact is equal to it."""
    built = model.__new__(model)
    object.__setattr__(built, "__dict__", fields)
    object.__setattr__(built, "__pydantic_fields_set__", _ALL_FIELDS[model])
    object.__setattr__(built, "__pydantic_extra__", None)
    object.__setattr__(built, "__pydantic_private__", None)
    return built
