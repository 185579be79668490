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


def _spaced_out_samples():
    """Three texts of each genre whose lines are paragraphs (no page wraps, which a blank line would part)."""
    from czfacts.normalize import _hard_wraps
    by_genre: dict[str, list[pathlib.Path]] = {}
    for path in PATHS:
        if not _hard_wraps(path.read_text(encoding="utf-8")) and len(by_genre.setdefault(path.parent.name, [])) < 3:
            by_genre[path.parent.name].append(path)
    return [p for paths in by_genre.values() for p in paths]


@pytest.mark.skipif(not PATHS, reason="../shared/texts is not beside the repository")
@pytest.mark.parametrize("path", _spaced_out_samples(), ids=lambda p: p.stem)
def test_a_blank_line_between_paragraphs_changes_no_fact(path):
    """Copied pages leave a blank line between paragraphs (and between a table's rows): the facts, the
    paragraph before a back reference and a table's cells included, are those of the text without them."""
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")

    def facts(of: str) -> list[tuple]:
        return [(f.value, f.unit, f.metric, f.subject, f.period, f.modality, f.bound)
                for f in czfacts.extract(of, date=meta.get("date") or None, place=meta.get("place") or None)]
    assert facts(text.replace("\n", "\n\n")) == facts(text)
