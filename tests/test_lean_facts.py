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
