"""The rule book: every Rule with its examples and how it does on the annotated corpus.

A fact's provenance names the rules that shaped it, some as refinements of a declared Rule
("quantity.count" refines the Rule "quantity"); each is credited to the declared Rule with
the longest name that is the same or a dotted prefix of it.
"""
from __future__ import annotations

from ..rules import all_rules
from ..rules.base import Rule
from .score import DocScore, per_rule


def owner(name: str, rule_names: list[str]) -> str:
    """The longest of ``rule_names`` that ``name`` is or refines; ``name`` itself if none."""
    owners = [r for r in rule_names if name == r or name.startswith(r + ".")]
    return max(owners, key=len, default=name)


def rule_rows(docs: list[DocScore]) -> list[list]:
    """[name, examples, negatives, predicted, matched, precision, recall, field accuracy] per
    declared Rule, then one row per rule name in the output that no Rule declares."""
    rules: list[Rule] = all_rules()
    names = [r.name for r in rules]
    scores = per_rule(docs, lambda name: owner(name, names))
    rows = []
    for rule in rules:
        s = scores.get(rule.name, {})
        rows.append([rule.name, len(rule.examples), len(rule.negatives), s.get("predicted", 0),
                     s.get("matched", 0), s.get("precision"), s.get("recall"), s.get("field_accuracy")])
    for name in sorted(set(scores) - set(names)):
        s = scores[name]
        rows.append([name, None, None, s["predicted"], s["matched"], s["precision"], s["recall"], s["field_accuracy"]])
    return rows
