"""Text for people: aligned tables, facts in one line, and the sentence around a span."""
from __future__ import annotations

import json
import re

from ..fact import Fact
from ..formats import display_width
from .score import FIELDS, DocScore

SENTENCE_END = re.compile(r"[。！？!?；;\n]")
MARK = "【{}】"


def table(header: list[str], rows: list[list]) -> list[str]:
    """Aligned lines; numbers right-aligned, floats with 3 decimals, None as "-"."""
    cells = [header] + [[_cell(v) for v in row] for row in rows]
    numeric = [all(isinstance(row[i], (int, float)) or row[i] is None for row in rows)
               for i in range(len(header))]
    widths = [max(display_width(r[i]) for r in cells) for i in range(len(header))]
    lines = []
    for r in cells:
        padded = [" " * (w - display_width(c)) + c if right else c + " " * (w - display_width(c))
                  for c, w, right in zip(r, widths, numeric)]
        lines.append("  ".join(padded).rstrip())
    return lines


def _cell(v) -> str:
    if v is None:
        return "-"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def context(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], with the span marked 【…】."""
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    right = SENTENCE_END.search(text, end)
    right = right.end() if right else len(text)
    return (text[left:start] + MARK.format(text[start:end]) + text[end:right]).strip()


def show(name: str, value) -> str:
    """A field value as text: periods as "text start..end", the rest as JSON."""
    if name == "period" and value is not None:
        period = value if isinstance(value, dict) else value.model_dump()
        return f"{period['text']} {period['start'] or '?'}..{period['end'] or '?'}"
    return json.dumps(value, ensure_ascii=False)


def describe(fact: dict | Fact) -> str:
    """One line: value, unit, kind, bound and the attributes."""
    f = fact if isinstance(fact, dict) else fact.model_dump()
    parts = [f"{f['value']:.12g} {f['unit']} {f['kind']} {f['bound']}"]
    parts += [f"{name}={show(name, f[name])}" for name in FIELDS if name != "bound"]
    return ", ".join(parts)


# ---------------------------------------------------------------- czfacts eval

def summary_lines(summary: dict) -> list[str]:
    c = summary["counts"]
    lines = [f"{summary['documents']} documents: {c['gold']} gold facts, {c['predicted']} predicted, "
             f"{c['negative_hits']} negative spans hit", ""]
    lines += table(["", "hits", "precision", "recall", "F1"],
                   [[name, c[hits], *summary[key].values()] for name, key, hits in
                    (("detection", "detection", "detected"), ("quantity", "quantity", "matched"),
                     ("full fact", "full_fact", "full"))])
    lines += ["", "field accuracy on matched facts (comparison is not part of the full fact)"]
    lines += table(["field", "right", "of", "accuracy"],
                   [[f, *v.values()] for f, v in summary["fields"].items()])
    lines += ["", "per kind (recall by gold kind, precision by predicted kind)"]
    lines += table(["kind", "gold", "predicted", "matched", "full", "precision", "recall", "F1"],
                   [[k, *v.values()] for k, v in summary["per_kind"].items()])
    lines += ["", "per rule (a fact counts for every rule of its chain; recall = share of all gold)"]
    lines += table(["rule", "predicted", "matched", "full", "precision", "recall", "field accuracy"],
                   [[r, *v.values()] for r, v in summary["per_rule"].items()])
    columns = ["gold", "predicted", "detected", "matched", "full", "negatives hit", "quantity F1",
               "full-fact F1", "metric", "subject", "period"]
    lines += ["", "per document (metric, subject, period: accuracy on matched facts)"]
    lines += table(["doc_id", "genre", *columns], [[d, *v.values()] for d, v in summary["per_document"].items()])
    lines += ["", "per genre"]
    lines += table(["genre", "docs", *columns], [[g, *v.values()] for g, v in summary["per_genre"].items()])
    if summary["negative_hits"]:
        lines += ["", "predicted facts on negative spans"]
        lines += table(["doc_id", "start", "end", "predicted", "rule", "negative", "note"],
                       [list(h.values()) for h in summary["negative_hits"]])
    return lines


def case_lines(doc: DocScore, what: str) -> list[str]:
    """Each miss, wrong pair or spurious prediction of a document, with its sentence."""
    lines = []
    if what == "misses":
        for g in doc.misses:
            lines += _case("MISS", doc, g["provenance"]["start"], g["provenance"]["end"], describe(g))
    elif what == "spurious":
        for f in doc.spurious:
            p = f.provenance
            lines += _case("SPURIOUS", doc, p.start, p.end, f"{describe(f)} [{p.rule}]")
    else:
        for pair in doc.pairs:
            if pair.matched and not pair.differs:
                continue
            p = pair.pred.provenance
            lines += _case("WRONG" if pair.matched else "WRONG QUANTITY", doc, p.start, p.end, f"[{p.rule}]",
                           [_difference(pair.gold, pair.pred, name) for name in pair.differs])
    return lines


def _case(label: str, doc: DocScore, start: int, end: int, what: str,
          details: tuple[str, ...] | list[str] = ()) -> list[str]:
    return [f"{label} {doc.doc_id} {start}..{end} {doc.text[start:end]}: {what}",
            *(f"    {d}" for d in details), f"    {context(doc.text, start, end)}"]


def _difference(gold: dict, pred: Fact, name: str) -> str:
    accepted = [show(name, a) for a in gold.get(f"{name}_alts", [])]
    alts = f" (or {', '.join(accepted)})" if accepted else ""
    new = getattr(pred, name)
    return f"{name}: {show(name, gold[name])}{alts} → {show(name, new)}"

