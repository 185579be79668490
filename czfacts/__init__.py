"""czfacts: every numeric claim in Chinese policy and economic prose as a typed Fact.

    >>> import czfacts
    >>> facts = czfacts.extract("今年上半年,长治市 GDP 完成 1195.7 亿元、增长 1.7%", date="2024-11-01")
"""
from .errors import CzfactsError, GoldError, InputError, LexiconError
from .pipeline import Extractor, extract, extract_many
from .fact import Evidence, Fact, Period, Provenance

__all__ = ["extract", "extract_many", "Extractor", "Fact", "Period", "Provenance", "Evidence",
           "CzfactsError", "InputError", "GoldError", "LexiconError"]
__version__ = "0.1.0"
