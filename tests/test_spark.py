"""czfacts.spark in Spark's local mode: the same facts as czfacts.extract, flattened as the csv format.

Needs the spark extra (pyspark, pyarrow) and Java 17; .ci/run installs the extra, so in CI a
missing piece fails instead of skipping.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sys

import pytest

import czfacts
from czfacts import formats

if not os.environ.get("CI"):
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")
    if not shutil.which("java"):
        pytest.skip("Spark needs Java", allow_module_level=True)

from czfacts.spark import ERROR, FIELDS, extract_facts, spark_schema  # noqa: E402

DOCS = [
    (1, "今年上半年,长治市 GDP 完成 1195.7 亿元、增长 1.7%,总量全省第二", dt.date(2024, 11, 1), "长治市"),
    (2, "全市新增企业35家。", None, "太原市"),
    (3, "没有数字的一句话。", dt.date(2024, 11, 1), None),
    (4, "2023年全省粮食产量1324.8亿斤,比上年增长0.5%。", dt.date(2024, 12, 31), None),
]


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the executors' Python: this one, with czfacts in it
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("czfacts-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
               .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def documents(spark):
    return spark.createDataFrame(DOCS, "id long, body string, day date, city string")


def expected_rows() -> list[dict]:
    rows = []
    for i, text, date, place in DOCS:
        facts = czfacts.extract(text, date=date, place=place, doc_id=str(i))
        rows += [dict(row, **{ERROR: None}) for row in formats.to_records(facts, text)]
    return rows


def test_facts_are_the_flat_rows_of_extract(spark):
    facts = extract_facts(documents(spark), text_col="body", date_col="day", place_col="city", id_col="id")
    assert facts.columns == FIELDS
    got = [row.asDict() for row in facts.collect()]
    assert sorted(got, key=_order) == sorted(expected_rows(), key=_order)
    assert len(got) >= 6


def test_a_bad_document_gives_one_error_row_and_the_others_their_facts(spark):
    df = spark.createDataFrame([("a", "全市新增企业35家。", "not a date"), ("b", "全市新增企业35家。", None),
                                ("c", None, None)], "id string, text string, date string")
    rows = {row["doc_id"]: row for row in extract_facts(df, date_col="date", id_col="id").collect()}
    assert set(rows) == {"a", "b"}  # a null text is an empty document: no fact, no error
    assert rows["a"][ERROR].startswith("InputError") and rows["a"]["value"] is None
    assert rows["b"][ERROR] is None and rows["b"]["value"] == 35.0 and rows["b"]["sentence"] == "全市新增企业35家。"


def test_unknown_columns_are_refused_before_the_job(spark):
    with pytest.raises(ValueError, match="nowhere"):
        extract_facts(documents(spark), text_col="nowhere")


def test_parquet_in_parquet_out(spark, tmp_path):
    documents(spark).write.parquet(str(tmp_path / "docs"))
    extract_facts(spark.read.parquet(str(tmp_path / "docs")), text_col="body", date_col="day",
                  place_col="city", id_col="id").write.parquet(str(tmp_path / "facts"))
    import pyarrow.parquet as pq

    table = pq.read_table(str(tmp_path / "facts"))
    assert table.schema.names == FIELDS
    rows = [r for r in table.to_pylist() if r[ERROR] is None]
    back = formats.from_records(rows)
    expected = [f for i, text, date, place in DOCS
                for f in czfacts.extract(text, date=date, place=place, doc_id=str(i))]
    assert sorted(f.to_json() for f in back) == sorted(f.to_json() for f in expected)


def test_schema_follows_the_fact_columns():
    schema = spark_schema()
    assert schema.fieldNames() == FIELDS
    types = {f.name: f.dataType.typeName() for f in schema.fields}
    assert types["value"] == "double" and types["start"] == "long" and types["metric"] == "string"


def _order(row: dict) -> tuple:
    return row["doc_id"] or "", row["start"] or 0, row["end"] or 0
