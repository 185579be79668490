"""What a rule is: one named step of the cascade with its pattern, its production and its
own examples, declared in one place (the way Duckling keeps ``Rule{name, pattern, prod}``).

``pattern`` is what the rule looks for (a regex source, the named groups of its stage's
grammar that it handles — period shapes name groups of period_grammar.period_pattern() — or
None for rules that read roles rather than characters); ``produce`` is the function that turns a match
into a Mention or changes one. A stage module lists its rules and drives them.

Every rule's positive examples (text -> expected fields of one fact) and negative examples
(text -> no fact made by this rule; a quantity rule's negative yields no fact at all, or
none on the span it marks with 【】) run as tests (tests/test_rules.py), the way Duckling
keeps a corpus beside every rule. Examples resolve against EXAMPLE_DATE and EXAMPLE_PLACE
unless they say otherwise.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

EXAMPLE_DATE = "2024-11-01"
EXAMPLE_PLACE = "长治市"


@dataclass(frozen=True)
class Example:
    """``text`` must yield a fact made by the rule whose fields include ``fields``.

    ``fields`` may name any Fact field; "span" is the provenance text.
    """

    text: str
    fields: dict = field(default_factory=dict)
    date: str | None = EXAMPLE_DATE
    place: str | None = EXAMPLE_PLACE


@dataclass(frozen=True)
class Rule:
    name: str
    doc: str
    examples: tuple[Example, ...] = ()
    negatives: tuple[str, ...] = ()
    pattern: str | None = None
    produce: Callable | None = None
