"""czfacts: every numeric claim in Chinese policy and economic prose as a typed Fact.

    >>> import czfacts
    >>> facts = czfacts.extract("今年上半年,长治市 GDP 完成 1195.7 亿元、增长 1.7%", date="2024-11-01")
    >>> rows = czfacts.to_records(facts)   # flat dicts for csv, pandas, DuckDB
"""
__version__ = "0.1.0"  # the one source: pyproject.toml reads it from here

from .errors import CzfactsError, GoldError, IncompleteExtraction, InputError, LexiconError
from .pipeline import Extraction, Extractor, extract, extract_many
from .fact import Evidence, Fact, Period, Provenance
from .formats import from_records, to_frame, to_records

__all__ = ["extract", "extract_many", "Extractor", "Extraction", "Fact", "Period", "Provenance", "Evidence",
           "to_records", "from_records", "to_frame",
           "CzfactsError", "InputError", "GoldError", "LexiconError", "IncompleteExtraction"]
