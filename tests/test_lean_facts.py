"""Facts are built without re-validation (pipeline._to_fact); they must be exactly the Facts validation gives."""
from __future__ import annotations

import pathlib

import pytest

import czfacts
from czfacts import Fact

CORPORA = pathlib.Path(__file__).resolve().parents[1] / "corpora"


@pytest.mark.parametrize("article", sorted(CORPORA.glob("*.txt")), ids=lambda p: p.stem)
def test_built_facts_equal_validated_facts(article):
    facts = czfacts.extract(article.read_text(encoding="utf-8"), date="2024-11-01", doc_id=article.stem)
    for fact in facts:
        validated = Fact.model_validate(fact.model_dump())
        assert validated == fact
        assert validated.to_json() == fact.to_json()
        assert validated.model_fields_set == fact.model_fields_set
        assert validated.provenance.model_fields_set == fact.provenance.model_fields_set


def test_facts_read_from_files_are_still_validated():
    line = czfacts.extract("全市新增企业35家。")[0].to_json().replace('"count","kind":"count"', '"count","kind":"heaps"')
    with pytest.raises(ValueError):
        Fact.from_json(line)


def test_built_facts_behave_as_models():
    import pickle

    a, b = czfacts.extract("今年上半年,长治市 GDP 完成 1195.7 亿元、增长 1.7%", date="2024-11-01")
    a.provenance.doc_id = "changed"  # assignment on one fact touches no other
    assert b.provenance.doc_id is None and a.provenance.doc_id == "changed"
    assert b.model_fields_set == set(Fact.model_fields)
    copy = b.model_copy(update={"metric": "x"})
    assert copy.metric == "x" and b.metric == "GDP"
    assert pickle.loads(pickle.dumps(b)) == b


def test_a_pickled_fact_comes_back_whole_and_independent():
    import pickle

    fact = czfacts.extract("今年上半年,长治市 GDP 完成 1195.7 亿元、增长 1.7%", date="2024-11-01", doc_id="d")[1]
    back = pickle.loads(pickle.dumps(fact))
    assert back == fact and back.to_json() == fact.to_json()
    assert back.model_fields_set == fact.model_fields_set and back.model_dump() == fact.model_dump()
    assert type(back.period) is type(fact.period) and type(back.provenance) is type(fact.provenance)
    back.provenance.evidence["metric"] = back.provenance.evidence["period"]
    assert fact.provenance.evidence["metric"] != fact.provenance.evidence["period"]  # no shared state
