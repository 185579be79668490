"""The rule cascade, one module per stage, in the order extract.py runs them:

    period.py      period and date expressions (found first: they are masked as non-facts)
    table.py       numeric cells of tables (their lines are masked for the prose readers)
    quantity/      numbers, scales, units, bounds, ranges, ranks; non-fact numerals dropped
    kind.py        growth / share / change / level change from the governing word
    subject.py     places, organisations, 全市 → the document's place
    metric.py      the indicator phrase (counted_sets.py: counts of regions named by what they did)
    distribute.py  分别 lists
    modality.py    target / forecast / actual

and nouns.py, the noun-phrase helpers the metric and 分别 stages share (no rules of its own).

Every module declares its Rules (name, doc, examples, negatives) beside the code that
implements them; ``all_rules()`` gathers them for the tests and ``czfacts rules``.
"""
from __future__ import annotations

from . import distribute, kind, metric, modality, period, quantity, subject, table
from .base import Example, Rule

STAGE_MODULES = (period, table, quantity, kind, subject, metric, distribute, modality)


def all_rules() -> list[Rule]:
    """Every Rule declared in the stage modules, in cascade order."""
    found = {id(value): value for module in STAGE_MODULES for value in vars(module).values()
             if isinstance(value, Rule)}  # a Rule imported by another stage is listed once
    return list(found.values())


__all__ = ["Example", "Rule", "all_rules"]
