"""The Fact contract of SPEC §2 and §5 as pydantic models.

Offsets are code-point offsets into the caller's original string, end exclusive, so
``original[p.start:p.end] == p.text`` always holds.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, Literal, overload

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["amount", "count", "growth", "share", "change", "ratio", "rank"]
Bound = Literal["eq", "approx", "gt", "ge", "lt", "le"]
Modality = Literal["actual", "target", "forecast"]
How = Literal["explicit", "inherited", "document"]


class _Model(BaseModel):
    """Pickled as its field values: facts cross from worker processes (czfacts dump --jobs) to
    the one that writes them, and pydantic's own pickling cost that process 3x more to load."""

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuilt, (type(self), self.__dict__, self.__pydantic_fields_set__)


def _rebuilt(cls: type[_Model], values: dict[str, Any], fields_set: set[str]) -> _Model:
    """A model from the values it was pickled with, which were valid when it was built."""
    model = cls.__new__(cls)
    object.__setattr__(model, "__dict__", values)
    object.__setattr__(model, "__pydantic_fields_set__", fields_set)
    object.__setattr__(model, "__pydantic_extra__", None)
    object.__setattr__(model, "__pydantic_private__", None)
    return model


class Period(_Model):
    """A statistical period: its surface text and ISO dates (null when unresolved)."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: str | None = None
    end: str | None = None


class Evidence(_Model):
    """Where an attribute (metric, subject, period) was read from, and how it was found."""

    model_config = ConfigDict(frozen=True)

    start: int | None = None
    end: int | None = None
    how: How = "explicit"


class Provenance(_Model):
    doc_id: str | None = None
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    rule: str
    evidence: dict[str, Evidence] = Field(default_factory=dict)


class Fact(_Model):
    value: float
    upper: float | None = None
    unit: str
    kind: Kind
    bound: Bound = "eq"
    metric: str | None = None
    subject: str | None = None
    period: Period | None = None
    modality: Modality = "actual"
    comparison: str | None = None
    classifier: str | None = None
    scope: str | None = None
    # The metric's id in czfacts' indicator lexicon (data/indicators.toml); added after the
    # older fields so their order in JSON and CSV stays as it was.
    indicator: str | None = None
    provenance: Provenance

    def to_json(self) -> str:
        """One JSON line with Chinese kept readable (ensure_ascii=False)."""
        return self.model_dump_json()

    @classmethod
    def from_json(cls, line: str | bytes) -> "Fact":
        return cls.model_validate_json(line)


def jsonl_chunks(facts: Iterable[Fact]) -> Iterator[bytes]:
    """The facts' JSON lines (``Fact.to_json``) in UTF-8, some hundred lines per chunk: the lines
    of a 10 MB article at once took 40 MB, a chunk per line ten times the writing time."""
    lines = (fact.to_json() for fact in facts)
    while chunk := list(islice(lines, 256)):
        yield ("\n".join(chunk) + "\n").encode()


class FactLines(Sequence[Fact]):
    """A document's Facts as their JSON lines in UTF-8 (``jsonl_chunks``): how a worker process
    of czfacts dump --jobs sends them back. The lines of a folder's 27,551 facts pickle and
    unpickle in 0.08 s against 1.0 s for the Facts, most of it in the process that writes
    the output, which had become the bottleneck; as one bytes object, not a str per line, that
    process neither decodes them nor encodes them again: the jsonl writer writes them as they
    are, and a Fact is read back (and validated) only where another format asks for it."""

    def __init__(self, jsonl: bytes) -> None:
        self.jsonl = jsonl

    def __len__(self) -> int:
        return self.jsonl.count(b"\n")

    @overload
    def __getitem__(self, i: int) -> Fact: ...

    @overload
    def __getitem__(self, i: slice) -> list[Fact]: ...

    def __getitem__(self, i: int | slice) -> Fact | list[Fact]:
        if isinstance(i, slice):
            return [Fact.from_json(line) for line in self._lines()[i]]
        return Fact.from_json(self._lines()[i])

    def __iter__(self) -> Iterator[Fact]:
        return (Fact.from_json(line) for line in self._lines())

    def _lines(self) -> list[bytes]:
        return self.jsonl.splitlines()  # JSON escapes the line breaks inside its strings
