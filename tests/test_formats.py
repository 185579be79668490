"""The flat rows (csv, parquet, pandas) hold exactly what the jsonl holds: every format reads
back to the same Facts; the table for people shows values in the text's own scale."""
import csv
import json
import math
import pathlib

import pytest

import czfacts
from czfacts import Fact, cli, formats

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpora"
ARTICLES = ["000_9e4a4bbcb7e20233.txt", "001_43732e528f5e02c9.txt", "002_6376ab25e3d40f85.txt"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """Three bundled articles with their meta files: dates, places and doc_ids from the meta."""
    path = tmp_path_factory.mktemp("articles")
    for name in ARTICLES:
        for suffix in (".txt", ".meta.json"):
            source = CORPUS / name.replace(".txt", suffix)
            (path / source.name).write_bytes(source.read_bytes())
    return path


def dump(capsys, *argv):
    assert cli.main(["dump", *map(str, argv), "-q"]) == 0
    return capsys.readouterr().out


@pytest.fixture(scope="module")
def reference(folder):
    """The jsonl of the folder, the format every other one must equal."""
    facts = []
    for name in ARTICLES:
        meta = json.loads((folder / name.replace(".txt", ".meta.json")).read_text(encoding="utf-8"))
        text = (folder / name).read_text(encoding="utf-8")
        facts += czfacts.extract(text, date=meta["date"], place=meta.get("place"),
                                 doc_id=meta.get("doc_id") or name[:-4])
    return facts


def test_jsonl_is_the_reference(capsys, folder, reference):
    assert [Fact.from_json(line) for line in dump(capsys, folder).splitlines()] == reference


def test_csv_round_trip(capsys, folder, reference, tmp_path):
    target = tmp_path / "facts.csv"
    dump(capsys, folder, "--format", "csv", "-o", target)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == formats.FIELDS
    assert formats.from_records(rows) == reference
    assert all(r["sentence"] for r in rows)
    assert any("\n" in r["sentence"] or "，" in r["sentence"] for r in rows)


def test_parquet_round_trip(capsys, folder, reference, tmp_path):
    pytest.importorskip("pyarrow")
    target = tmp_path / "facts.parquet"
    dump(capsys, folder, "--format", "parquet", "-o", target)
    assert formats.read_parquet(str(target)) == reference
    import pyarrow.parquet as pq
    table = pq.read_table(target)
    assert table.column_names == formats.FIELDS
    assert str(table.schema.field("value").type) == "double" and str(table.schema.field("start").type) == "int64"
    assert pq.ParquetFile(target).num_row_groups == len(ARTICLES)  # one per article, written as they come


def test_json_round_trip(capsys, folder, reference):
    assert [Fact.model_validate(d) for d in json.loads(dump(capsys, folder, "--format", "json"))] == reference


def test_records_and_frame(reference, folder):
    pd = pytest.importorskip("pandas")
    texts = {f.provenance.doc_id: (folder / f"{f.provenance.doc_id}.txt").read_text(encoding="utf-8")
             for f in reference}
    rows = czfacts.to_records(reference, texts)
    frame = czfacts.to_frame(reference, texts)
    assert list(frame.columns) == formats.FIELDS and len(frame) == len(reference)
    assert str(frame["start"].dtype) == "Int64" and str(frame["value"].dtype) == "float64"
    assert czfacts.from_records(frame.to_dict("records")) == reference
    for row, fact in zip(rows, reference):
        p = fact.provenance
        assert row["sentence"] == texts[p.doc_id][p.sentence_start:p.sentence_end]
        assert row["period_end"] == (fact.period.end if fact.period else None)
        for name, evidence in p.evidence.items():
            assert (row[f"evidence_{name}_start"], row[f"evidence_{name}_how"]) == (evidence.start, evidence.how)
    assert isinstance(pd.DataFrame(rows), pd.DataFrame)


def test_records_without_text_have_no_sentence(reference):
    assert {r["sentence"] for r in czfacts.to_records(reference[:3])} == {None}


def test_a_new_fact_field_becomes_a_column(monkeypatch):
    """The columns follow the Fact model: a field the lead adds (e.g. indicator) needs no edit here."""
    assert [c.name for c in formats._columns()] == formats.FIELDS
    names = [c.name for c in formats.COLUMNS]
    assert names.index("period_start") == names.index("period_text") + 1
    assert {"evidence_metric_start", "evidence_subject_how", "evidence_period_end"} <= set(names)
    assert set(Fact.model_fields) - {"period", "provenance"} <= set(names)


def test_parquet_without_pyarrow_is_a_clear_usage_error(capsys, folder, tmp_path, monkeypatch):
    def missing():
        raise formats.MissingDependency("--format parquet needs pyarrow: pip install 'czfacts[parquet]'")

    monkeypatch.setattr(formats, "_pyarrow", missing)
    assert cli.main(["dump", str(folder), "--format", "parquet", "-o", str(tmp_path / "f.parquet")]) == 2
    err = capsys.readouterr().err
    assert "pip install 'czfacts[parquet]'" in err and "Traceback" not in err
    assert not (tmp_path / "f.parquet").exists()


@pytest.mark.parametrize("text, shown", [
    ("全市GDP完成1195.7亿元。", "1195.7亿元"),
    ("粮食产量3.5万吨。", "3.5万吨"),
    ("出生率7.19‰。", "7.19‰"),
    ("新增企业35家。", "35家"),
    ("总量全省第二。", "第2"),
    ("投资超过200亿元。", ">200亿元"),
    ("计划投资10亿至20亿元。", "10–20亿元"),
    ("装机容量100万千瓦。", "100万千瓦"),
    ("工业增加值下降2.5%。", "-2.5%"),
])
def test_values_in_the_texts_own_scale(text, shown):
    fact = czfacts.extract(text)[0]
    assert formats.text_scale(fact) == shown
    low = formats.canonical_value(fact).split()[0].lstrip("<>≈≥≤").split("–")[0]
    assert math.isclose(float(low), fact.value)


@pytest.mark.parametrize("period, label", [
    ({"text": "今年", "start": "2024-01-01", "end": "2024-12-31"}, "2024"),
    ({"text": "6月", "start": "2024-06-01", "end": "2024-06-30"}, "2024-06"),
    ({"text": "年末", "start": "2024-12-31", "end": "2024-12-31"}, "2024-12-31"),
    ({"text": "上半年", "start": "2024-01-01", "end": "2024-06-30"}, "2024-01-01..2024-06-30"),
    ({"text": "今年", "start": None, "end": None}, "今年?"),
    (None, ""),
])
def test_period_labels(period, label):
    fact = czfacts.extract("新增企业35家。")[0].model_copy(update={"period": period and czfacts.Period(**period)})
    assert formats.period_label(fact) == label
