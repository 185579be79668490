"""The reference date a caller gives: ``date=``, ``--date`` or a meta file's ``date``.

A full date (2025-01-18; also 2025/1/18, 2025年1月18日, 20250118, or with a time of day after it), a
month (2025-01) or a year (2025) is accepted; a month or a year
stands for its last day, the latest day the document can speak from (a work report dated
only "2025" still reads 今年 as 2025). Everything else is an InputError, checked before any
text is read, so no odd value (9999-12-31, a datetime, a number) reaches the rules.
"""
from __future__ import annotations

import calendar
import datetime as dt

from .compiled import compiled
from .errors import InputError
from .normalize import fold_characters

FIRST_YEAR, LAST_YEAR = 1900, 2199  # the years a statistical text can speak from
# 2025-01-18, 2025/1/18, 2025.1.18, 2025年1月18日, 20250118, a month or a year of those; a time of day after a
# full date (a feed's "2025-01-18 19:16:29", ISO 8601's T…Z) is the same day's
_SHAPE = compiled(r"(\d{4})(?:(?:[-/.]|年)(\d{1,2})(?:(?:[-/.]|月)(\d{1,2})日?"
                  r"(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?|月)?|年)?"
                  r"|(\d{4})(\d{2})(\d{2})")


def reference_date(value: object) -> str | None:
    """``value`` as YYYY-MM-DD (None stays None); InputError when it is no date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _checked(value.year, value.month, value.day, value)
    if not isinstance(value, str):
        raise InputError(f"date must be a YYYY-MM-DD, YYYY-MM or YYYY string or a datetime.date, "
                         f"not {type(value).__name__}")
    m = _SHAPE.fullmatch(fold_characters(value).strip())  # (２０２５－０１－１８: full-width, as a text's digits)
    if not m:
        raise InputError(f"date must be YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")
    digits = m.groups()[:3] if m.group(1) else m.groups()[3:]  # (the 20250118 shape is the second alternative)
    year = int(digits[0])
    month = int(digits[1]) if digits[1] else 12
    if not 1 <= month <= 12:
        raise InputError(f"date {value!r}: no month {month}")
    day = int(digits[2]) if digits[2] else calendar.monthrange(year, month)[1]
    return _checked(year, month, day, value)


def _checked(year: int, month: int, day: int, value: object) -> str:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputError(f"date {value!r}: the year must be between {FIRST_YEAR} and {LAST_YEAR}")
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise InputError(f"date {value!r}: no such day") from None
