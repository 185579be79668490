"""czfacts on Apache Spark: a DataFrame of documents in, a DataFrame of facts out.

    from czfacts.spark import extract_facts
    facts = extract_facts(spark.read.parquet("articles/"), text_col="text", date_col="date",
                          place_col="place", id_col="id")
    facts.write.parquet("facts/")

Each partition's documents go through ``Extractor.pipe`` inside the executors' Python
workers (``mapInArrow``: Arrow batches in and out, no row-by-row pickling). A fact is one
row flattened as the csv format flattens it (czfacts.formats.COLUMNS: doc_id, start, end,
text, value, …, period_start, …, sentence, evidence_*), plus ``error``: a document that
cannot be read (a malformed date, a bug) gives one row with its doc_id and the error and
no fact, so one bad document never fails a job over millions. Needs
``pip install 'czfacts[spark]'`` (pyspark and pyarrow) on the driver and the executors.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .formats import COLUMNS, MissingDependency, to_records
from .pipeline import Extractor

if TYPE_CHECKING:
    import pyarrow
    import pyspark.sql

ERROR = "error"  # the column that holds a failed document's error, null on every fact
FIELDS = [c.name for c in COLUMNS] + [ERROR]


def extract_facts(df: pyspark.sql.DataFrame, text_col: str = "text", date_col: str | None = None,
                  place_col: str | None = None, id_col: str | None = None,
                  extractor: Extractor | None = None) -> pyspark.sql.DataFrame:
    """The facts of every document of ``df``: one row per fact with the columns ``FIELDS``.

    ``text_col`` holds the text; ``date_col`` the reference date (a YYYY-MM-DD, YYYY-MM or
    YYYY string, or a date); ``place_col`` the document's place (长治市); ``id_col`` the
    document's id, written to each fact's ``doc_id`` so facts join back to their documents.
    Columns left None are inferred from the text, as ``czfacts.extract`` does. ``extractor``
    (with user lexicons) is shipped to the executors; the bundled one by default.
    """
    wanted = {"text": text_col, "date": date_col, "place": place_col, "doc_id": id_col}
    missing = [c for c in wanted.values() if c is not None and c not in df.columns]
    if missing:
        raise ValueError(f"no column {', '.join(map(repr, missing))} in the DataFrame (it has {df.columns})")
    chosen = {key: column for key, column in wanted.items() if column is not None}
    documents = df.select(*(df[column].alias(key) for key, column in chosen.items()))
    return documents.mapInArrow(_Partition(extractor or Extractor()), spark_schema())


def spark_schema() -> Any:
    """The Spark schema of a fact row (``FIELDS``)."""
    from pyspark.sql import types as T

    kinds = {str: T.StringType(), int: T.LongType(), float: T.DoubleType(), bool: T.BooleanType()}
    return T.StructType([T.StructField(c.name, kinds[c.type], True) for c in COLUMNS]
                        + [T.StructField(ERROR, T.StringType(), True)])


def arrow_schema() -> pyarrow.Schema:
    """The same schema in Arrow: what each partition's batches of facts are built with."""
    import pyarrow as pa

    kinds = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    return pa.schema([(c.name, kinds[c.type]) for c in COLUMNS] + [(ERROR, pa.string())])


class _Partition:
    """The function mapInArrow runs over a partition: batches of documents → batches of facts.
    A class, not a closure, so that what is shipped to the executors is only the extractor."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor

    def __call__(self, batches: Iterator[pyarrow.RecordBatch]) -> Iterator[pyarrow.RecordBatch]:
        try:
            import pyarrow as pa
        except ImportError:
            raise MissingDependency("czfacts.spark needs pyarrow on the executors: pip install 'czfacts[spark]'") from None
        schema = arrow_schema()
        for batch in batches:
            documents = batch.to_pylist()
            rows: list[dict] = []
            for document, result in zip(documents, self.extractor.pipe(_docs(documents))):
                rows += fact_rows(document, result)
            if rows:
                yield pa.RecordBatch.from_pylist(rows, schema=schema)


def _docs(documents: list[dict]) -> Iterator[Any]:
    for document in documents:
        options = {key: document.get(key) for key in ("date", "place")}
        options["doc_id"] = _doc_id(document)
        yield document["text"] or "", options  # a null text is an empty document


def _doc_id(document: dict) -> str | None:
    """The id column as the string doc_id is, whatever its Spark type (an integer id …)."""
    doc_id = document.get("doc_id")
    return None if doc_id is None else str(doc_id)


def fact_rows(document: dict, result: list | Exception) -> list[dict]:
    """The rows of one document: its facts flattened, or one row naming its error."""
    if isinstance(result, Exception):
        row: dict[str, Any] = dict.fromkeys(FIELDS)
        row["doc_id"] = _doc_id(document)
        row[ERROR] = f"{type(result).__name__}: {result}"
        return [row]
    rows = to_records(result, document["text"] or "")
    for row in rows:
        row[ERROR] = None
    return rows
