"""SPEC §7 scoring of predicted Facts against gold lines.

Matching is one-to-one and deterministic, in two passes over the gold facts in text order
(by span start, then end); candidates are taken in text order too:

1. each gold fact takes the first unused prediction whose span overlaps its span and whose
   value (relative tolerance 1e-6), unit and kind agree with it: a *match*;
2. each gold fact still unpaired takes the first unused overlapping prediction: *detected*,
   but the quantity is wrong.

Running the agreeing pass first means a prediction that spans two gold facts (44.3 和 40.6
个百分点) is given to the gold fact it actually matches, not to the first one it touches.

Counts: detection counts pairs of either pass, quantity counts matches, full-fact counts
matches whose metric, subject, period, bound and modality are right (comparison is scored
and reported, but SPEC §7 leaves it out of the full fact).

Per rule: provenance.rule is the chain of rules that shaped a fact
("quantity.unit+kind.growth+distribute"); a fact counts once for every rule of its chain
(after ``rule_of``, which `czfacts rules` uses to map refinements to their Rule). A rule's
precision is the share of the facts it shaped that match; its recall is the share of *all*
gold facts matched by facts it shaped; an attribution rule (metric…, subject…, period…,
modality…) also has a field accuracy: the share of its matched facts whose field is right. Gold facts that nothing matched cannot be charged to
any rule, so they only lower every rule's recall alike.
"""
from __future__ import annotations

import math
import pathlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..articles import facts_of
from ..errors import GoldError
from ..fact import Fact
from .gold import gold_articles, gold_path, load_gold
from ..reader import read_path

FIELDS = ("metric", "subject", "period", "bound", "modality", "comparison")
FULL_FIELDS = ("metric", "subject", "period", "bound", "modality")
RULE_CHAIN_SEP = "+"  # provenance.rule joins the rules that shaped a fact with it
# Values of 0 have no relative tolerance; this absolute one only absorbs float noise.
ZERO_TOLERANCE = 1e-12


@dataclass(frozen=True)
class Pair:
    """A gold fact and the prediction paired with it. ``differs`` names what is wrong:
    value, unit or kind for a detected-only pair, FIELDS for a match."""

    gold: dict
    pred: Fact
    matched: bool
    differs: tuple[str, ...]

    @property
    def full(self) -> bool:
        return self.matched and not set(self.differs) & set(FULL_FIELDS)


@dataclass(frozen=True)
class DocScore:
    doc_id: str
    text: str
    gold: list[dict]
    predicted: list[Fact]
    pairs: list[Pair]
    negative_hits: list[tuple[dict, Fact]]
    genre: str = ""

    @property
    def misses(self) -> list[dict]:
        paired = {id(p.gold) for p in self.pairs}
        return [g for g in self.gold if id(g) not in paired]

    @property
    def spurious(self) -> list[Fact]:
        paired = {id(p.pred) for p in self.pairs}
        return [f for f in self.predicted if id(f) not in paired]


# ---------------------------------------------------------------- comparing one pair

def span(item: dict | Fact) -> tuple[int, int]:
    """(start, end) of a gold line or a Fact."""
    if isinstance(item, Fact):
        return item.provenance.start, item.provenance.end
    return item["provenance"]["start"], item["provenance"]["end"]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def same_value(predicted: float, gold: float) -> bool:
    return math.isclose(predicted, gold, rel_tol=1e-6, abs_tol=ZERO_TOLERANCE)


def quantity_differs(gold: dict, pred: Fact) -> tuple[str, ...]:
    wrong = () if same_value(pred.value, gold["value"]) else ("value",)
    return wrong + tuple(f for f in ("unit", "kind") if getattr(pred, f) != gold[f])


def dates(period) -> tuple[str | None, str | None]:
    """(start, end) of a gold period dict, a Period, or None (= both null)."""
    if period is None:
        return None, None
    if isinstance(period, dict):
        return period.get("start"), period.get("end")
    return period.start, period.end


def _squash(s: str | None) -> str | None:
    return None if s is None else "".join(s.split())


def field_right(name: str, gold: dict, pred: Fact) -> bool:
    if name in ("metric", "subject"):
        accepted = {_squash(gold[name]), *(_squash(a) for a in gold.get(f"{name}_alts", []))}
        return _squash(getattr(pred, name)) in accepted
    if name == "period":
        return dates(pred.period) in {dates(gold["period"]), *map(dates, gold.get("period_alts", []))}
    return getattr(pred, name) == gold[name]


def fields_differ(gold: dict, pred: Fact) -> tuple[str, ...]:
    return tuple(f for f in FIELDS if not field_right(f, gold, pred))


# ---------------------------------------------------------------- one document

def match(gold: list[dict], predicted: list[Fact]) -> list[Pair]:
    """The pairs of the two-pass matching described at the top, in gold text order."""
    gold_order = sorted(gold, key=span)
    pred_order = sorted(predicted, key=span)
    partner: dict[int, Fact] = {}     # id(gold line) → prediction
    used: set[int] = set()            # id(prediction)
    for agreeing in (True, False):
        for g in gold_order:
            if id(g) in partner:
                continue
            for p in pred_order:
                if id(p) in used or not overlaps(span(g), span(p)):
                    continue
                if agreeing and quantity_differs(g, p):
                    continue
                partner[id(g)] = p
                used.add(id(p))
                break
    pairs = []
    for g in gold_order:
        if (p := partner.get(id(g))) is not None:
            quantity = quantity_differs(g, p)
            pairs.append(Pair(g, p, not quantity, quantity or fields_differ(g, p)))
    return pairs


def score_document(doc_id: str, text: str, gold: list[dict], negatives: list[dict],
                   predicted: list[Fact], genre: str = "") -> DocScore:
    hits = [(n, p) for p in predicted for n in negatives if overlaps(span(n), span(p))]
    return DocScore(doc_id, text, gold, predicted, match(gold, predicted), hits, genre)


GENRE_PREFIXES = {"cm_": "communique", "wr_": "work_report", "sr_": "stats_release", "nw_": "news"}


def genre_of(meta: dict) -> str:
    """The meta's genre, else the one its doc_id prefix names (cm_, wr_, sr_, nw_), else news
    (the feature articles 000–004)."""
    doc_id = meta.get("doc_id", "")
    return meta.get("genre") or next((g for p, g in GENRE_PREFIXES.items() if doc_id.startswith(p)), "news")


def score_article(article: str | pathlib.Path, unknown: Iterable[str] = ()) -> DocScore:
    """Run the extractor on one annotated article (with its meta's date, place and doc_id, but for the
    options ``unknown`` names: "date", "place", as a caller that does not know them) and score it against its gold."""
    meta, gold, negatives = load_gold(gold_path(article))
    text = read_path(str(article))
    return score_document(meta["doc_id"], text, gold, negatives, facts_of(str(article), unknown=unknown), genre_of(meta))


def evaluate(paths: list[str], failed: list[tuple[str, Exception]] | None = None,
             unknown: Iterable[str] = ()) -> list[DocScore]:
    """Score every annotated article among ``paths`` (files or folders), ``unknown`` as in score_article. With a
    ``failed`` list, an article whose extraction raises is added to it (path, exception) and the others
    are still scored; without one, the exception propagates."""
    scores = []
    for article in gold_articles(paths):
        try:
            scores.append(score_article(article, unknown))
        except Exception as exc:
            if failed is None or isinstance(exc, GoldError):
                raise
            failed.append((str(article), exc))
    return scores


# ---------------------------------------------------------------- summaries

def prf(hits: int, predicted: int, gold: int) -> dict:
    """Precision, recall and F1; None where a denominator is 0."""
    return {"precision": hits / predicted if predicted else None,
            "recall": hits / gold if gold else None,
            "f1": 2 * hits / (predicted + gold) if predicted + gold else None}


def counts(docs: Iterable[DocScore]) -> dict:
    docs = list(docs)
    pairs = [p for d in docs for p in d.pairs]
    return {"gold": sum(len(d.gold) for d in docs), "predicted": sum(len(d.predicted) for d in docs),
            "detected": len(pairs), "matched": sum(p.matched for p in pairs),
            "full": sum(p.full for p in pairs), "negative_hits": sum(len(d.negative_hits) for d in docs)}


def overall(docs: list[DocScore]) -> dict:
    c = counts(docs)
    return {"counts": c,
            "detection": prf(c["detected"], c["predicted"], c["gold"]),
            "quantity": prf(c["matched"], c["predicted"], c["gold"]),
            "full_fact": prf(c["full"], c["predicted"], c["gold"])}


def field_accuracy(docs: list[DocScore]) -> dict:
    matched = [p for d in docs for p in d.pairs if p.matched]
    right = {f: sum(f not in p.differs for p in matched) for f in FIELDS}
    return {f: {"right": right[f], "of": len(matched),
                "accuracy": right[f] / len(matched) if matched else None} for f in FIELDS}


def per_kind(docs: list[DocScore]) -> dict:
    """Recall by gold kind, precision by predicted kind (a match agrees on kind)."""
    gold = Counter(g["kind"] for d in docs for g in d.gold)
    predicted = Counter(f.kind for d in docs for f in d.predicted)
    matched = Counter(p.pred.kind for d in docs for p in d.pairs if p.matched)
    full = Counter(p.pred.kind for d in docs for p in d.pairs if p.full)
    return {k: {"gold": gold[k], "predicted": predicted[k], "matched": matched[k], "full": full[k],
                **prf(matched[k], predicted[k], gold[k])}
            for k in sorted(gold | predicted)}


def rules_of(fact: Fact, rule_of: Callable[[str], str] = lambda name: name) -> set[str]:
    """The rules of a fact's provenance chain, each mapped by ``rule_of``."""
    return {rule_of(name) for name in fact.provenance.rule.split(RULE_CHAIN_SEP)}


def per_rule(docs: list[DocScore], rule_of: Callable[[str], str] = lambda name: name) -> dict:
    """Precision and recall of each rule, as described at the top of this module."""
    predicted = Counter(r for d in docs for f in d.predicted for r in rules_of(f, rule_of))
    matched = Counter(r for d in docs for p in d.pairs if p.matched for r in rules_of(p.pred, rule_of))
    full = Counter(r for d in docs for p in d.pairs if p.full for r in rules_of(p.pred, rule_of))
    # an attribution rule (metric…, subject…, period…, modality…) is right when its field is
    field_right = Counter(r for d in docs for p in d.pairs if p.matched for r in rules_of(p.pred, rule_of)
                          if r.split(".")[0] in FULL_FIELDS and r.split(".")[0] not in p.differs)
    gold = sum(len(d.gold) for d in docs)
    return {r: {"predicted": predicted[r], "matched": matched[r], "full": full[r],
                "precision": matched[r] / predicted[r],
                "recall": matched[r] / gold if gold else None,
                "field_accuracy": field_right[r] / matched[r] if matched[r] and r.split(".")[0] in FULL_FIELDS else None}
            for r in sorted(predicted)}


def _group_scores(docs: list[DocScore]) -> dict:
    c = counts(docs)
    fields = field_accuracy(docs)
    return {**c, "quantity_f1": prf(c["matched"], c["predicted"], c["gold"])["f1"],
            "full_fact_f1": prf(c["full"], c["predicted"], c["gold"])["f1"],
            **{name: fields[name]["accuracy"] for name in ("metric", "subject", "period")}}


def per_document(docs: list[DocScore]) -> dict:
    return {d.doc_id: {"genre": d.genre, **_group_scores([d])} for d in docs}


def per_genre(docs: list[DocScore]) -> dict:
    genres = sorted({d.genre for d in docs})
    return {g: {"documents": sum(d.genre == g for d in docs), **_group_scores([d for d in docs if d.genre == g])}
            for g in genres}


def negative_hits(docs: list[DocScore]) -> list[dict]:
    return [{"doc_id": d.doc_id, "start": p.provenance.start, "end": p.provenance.end,
             "text": p.provenance.text, "rule": p.provenance.rule,
             "negative": n["provenance"]["text"], "note": n.get("note")}
            for d in docs for n, p in d.negative_hits]


def summarize(docs: list[DocScore]) -> dict:
    """Everything `czfacts eval` reports, as plain JSON-able data."""
    return {"documents": len(docs), **overall(docs), "fields": field_accuracy(docs),
            "per_kind": per_kind(docs), "per_rule": per_rule(docs),
            "per_document": per_document(docs), "per_genre": per_genre(docs),
            "negative_hits": negative_hits(docs)}
