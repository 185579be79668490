"""Read Arabic, Chinese and mixed numerals: 1195.7, 1.08亿, 三千二百万, 两万, 一百零五, 壹贰叁.

``read_number`` returns a float or None; it never raises on odd input. Approximate
numerals (数十, 十几万, 上百) are read by ``read_approximate``, which also says their bound
(SPEC §2).
"""
from __future__ import annotations

import math

DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6,
          "柒": 7, "捌": 8, "玖": 9, "幺": 1}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 1e4, "亿": 1e8, "兆": 1e12}
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS) + "点"

# 数十 → at least 10, 上百 → at least 100: (lower value, bound)
APPROXIMATE_PREFIXES = {"数": "gt", "几": "gt", "上": "ge"}


def _small(s: str) -> float | None:
    """A numeral below 10,000 without 万/亿: 三千二百, 一百零五, 十二, 二〇二四, 一百五 (150).

    Malformed sequences (十十, 一二十, 百千) are not numerals: None.
    """
    if not s:
        return None
    if all(c in DIGITS for c in s):  # digit by digit: 二〇二四, 壹贰叁
        return float("".join(str(DIGITS[c]) for c in s))
    total, digit, last_unit, after_zero = 0.0, None, None, False
    for c in s:
        if c in DIGITS:
            if digit is not None:       # two digits in a row: 一二十
                return None
            if DIGITS[c] == 0:          # 零 only pads: 一百零五
                after_zero = True
            else:
                digit = DIGITS[c]
        elif c in SMALL_UNITS:
            unit = SMALL_UNITS[c]
            if last_unit is not None and unit >= last_unit:  # 十十, 百千
                return None
            if digit is None and last_unit is not None and unit != 10:  # 三千百
                return None
            total += (1 if digit is None else digit) * unit
            digit, last_unit, after_zero = None, unit, False
        else:
            return None
    if digit is None:
        return None if after_zero else total  # 一百零 is cut short
    if last_unit is not None and last_unit >= 100 and not after_zero:
        return total + digit * last_unit / 10  # 一百五 is 150, 三千五 is 3500
    return total + digit


def _chinese(s: str) -> float | None:
    """A Chinese numeral with 万/亿 sections: 三千二百万, 三亿五千万, 万亿."""
    yi_part, wan_part, section, last_big = 0.0, 0.0, "", ""
    for c in s:
        if c not in BIG_UNITS:
            section += c
            continue
        last_big = c
        part = _small(section) if section else (0.0 if wan_part or yi_part else 1.0)
        if part is None:
            return None
        if c == "万":
            wan_part = (wan_part + part) if not wan_part else (wan_part + part) * 1e4
        else:  # 亿 (兆 read as 1e12)
            yi_part = (yi_part + wan_part * 1e4 + part) * BIG_UNITS[c]
            wan_part = 0.0
        section = ""
    last = _small(section) if section else 0.0
    if last is None:
        return None
    if len(section) == 1 and section in DIGITS and DIGITS[section] and last_big:
        last *= BIG_UNITS[last_big] / 10  # 三万五 is 35000, 一亿五 is 1.5亿
    return yi_part + wan_part * 1e4 + last


def _decimal(s: str) -> float | None:
    """A Chinese decimal: 五点五 → 5.5, 零点三 → 0.3, 三点五万 → 35000."""
    whole, _, frac = s.partition("点")
    w = _chinese(whole) if whole else 0.0
    scale = 1.0
    while frac and frac[-1] in BIG_UNITS:  # 三点五万, 一点二万亿
        scale *= BIG_UNITS[frac[-1]]
        frac = frac[:-1]
    if w is None or not frac or any(c not in DIGITS for c in frac):
        return None
    return float(f"{int(w)}.{''.join(str(DIGITS[c]) for c in frac)}") * scale


def read_number(s: str) -> float | None:
    """The value of a numeral string, or None when it is not one.

    >>> read_number("1.08亿"), read_number("三千二百万"), read_number("百分之五点五")
    (108000000.0, 32000000.0, None)
    """
    if not isinstance(s, str):
        return None
    value = _read_number(s.strip().replace(",", ""))
    return value if value is not None and math.isfinite(value) else None  # 400 nines: not a number


def _read_number(s: str) -> float | None:
    if not s:
        return None
    head = len(s) - len(s.lstrip("0123456789."))
    if head:  # Arabic digits, maybe followed by scale characters: 1.08亿, 3.5万, 1万亿
        try:
            value = float(s[:head])
        except ValueError:
            return None
        for c in s[head:]:
            if c in BIG_UNITS:
                value *= BIG_UNITS[c]
            elif c in SMALL_UNITS:
                value *= SMALL_UNITS[c]
            else:
                return None
        return value
    if "点" in s:
        return _decimal(s)
    return _chinese(s)


def read_approximate(s: str) -> tuple[float, str] | None:
    """Lower value and bound of 数十, 几百, 十几万, 上百, 上万; None for other strings."""
    if not isinstance(s, str):
        return None
    if s[:1] in APPROXIMATE_PREFIXES and len(s) > 1:
        rest = read_number("一" + s[1:]) if s[1] in SMALL_UNITS or s[1] in BIG_UNITS else None
        if rest is not None:
            return rest, APPROXIMATE_PREFIXES[s[0]]
    if "几" in s:  # 十几万 → 十万 (gt), 二十几 → 二十 (gt)
        value = read_number(s.replace("几", ""))
        if value is not None:
            return value, "gt"
    return None
