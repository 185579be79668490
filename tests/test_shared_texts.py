"""Every real text of ../shared/texts (171 documents of the four genres) is read without an internal
error: a rule that raises on one construction would cost a whole unseen article its facts."""
import json
import pathlib

import pytest

import czfacts

TEXTS = pathlib.Path(__file__).resolve().parents[2] / "shared" / "texts"
PATHS = sorted(TEXTS.glob("*/*.txt"))


@pytest.mark.skipif(not PATHS, reason="../shared/texts is not beside the repository")
@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_a_shared_text_is_read_whole(path):
    meta_path = path.with_suffix(".meta.json")
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
    facts = czfacts.extract(path.read_text(encoding="utf-8"), date=meta.get("date") or None,
                            place=meta.get("place") or None)
    assert facts, f"{path.name}: no facts"
    assert all(f.provenance.end > f.provenance.start for f in facts)
