"""The numeral grammar, written once: Arabic, Chinese and mixed numerals → numbers.

The numeral characters and their values are the tables below; every character class that
the rules use is derived from them and exported by name (``DIGIT_CHARS``, ``CN_NUMBER`` …),
so no rule spells the characters again.

``read_number`` reads 1195.7, 1.08亿, 三千二百万, 两万, 一百零五, 壹仟贰佰参拾肆 and returns a float
or None (it never raises on odd input). ``read_approximate`` reads 数十, 十几万, 上百, 一百零几万
and says their bound (SPEC §2); ``read_consecutive`` reads the ranges written as two
neighbouring digits (三四万 → 30000–40000, 十七八万, 三五百).
"""
from __future__ import annotations

import math
import re

# --- the characters and their values ------------------------------------------------------

ORDINARY_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                   "七": 7, "八": 8, "九": 9}
CAPITAL_DIGITS = {"壹": 1, "贰": 2, "叁": 3, "参": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
DIGITS = {**ORDINARY_DIGITS, **CAPITAL_DIGITS, "幺": 1}  # 幺 only when read digit by digit
ORDINARY_UNITS = {"十": 10, "百": 100, "千": 1000}
CAPITAL_UNITS = {"拾": 10, "佰": 100, "仟": 1000}
SMALL_UNITS = {**ORDINARY_UNITS, **CAPITAL_UNITS}
BIG_UNITS = {"万": 1e4, "亿": 1e8, "兆": 1e12}

# --- named character classes (strings of characters; put them inside [...]) ---------------

ZERO_CHARS = "〇零"
NONZERO_DIGIT_CHARS = "一二两三四五六七八九"        # ordinary digits 1-9, with 两
DIGIT_CHARS = ZERO_CHARS + NONZERO_DIGIT_CHARS       # ordinary digits 0-9
SMALL_UNIT_CHARS = "".join(ORDINARY_UNITS)           # 十百千
BIG_UNIT_CHARS = "".join(BIG_UNITS)                  # 万亿兆
UNIT_CHARS = SMALL_UNIT_CHARS + BIG_UNIT_CHARS       # 十百千万亿兆
SCALE_CHARS = "万亿"                                 # the scales written after a number (3000多万)
# 百, 千万, 亿: unit characters that never stand alone for a number (十 alone is ten)
SCALE_WORD_CHARS = "".join(c for c, v in SMALL_UNITS.items() if v >= 100) + BIG_UNIT_CHARS
CAPITAL_CHARS = "".join(CAPITAL_DIGITS) + "".join(CAPITAL_UNITS)  # 壹贰叁参…拾佰仟
ORDINARY_NUMERAL_CHARS = DIGIT_CHARS + UNIT_CHARS    # the numerals of ordinary prose
NUMERAL_CHARS = ORDINARY_NUMERAL_CHARS + CAPITAL_CHARS
CHINESE_NUMERAL_CHARS = NUMERAL_CHARS + "点"         # with the decimal point

# --- named regex fragments ------------------------------------------------------------------

ARABIC_NUMBER = r"\d+(?:\.\d+)?"
# 1万2千, 1亿2千万, 12万3千4百: digits before each unit, as a number is said aloud
MIXED_NUMBER = rf"\d+[{BIG_UNIT_CHARS}](?:\d+[{''.join(ORDINARY_UNITS)}])+[{BIG_UNIT_CHARS}]?"
_MIXED = re.compile(MIXED_NUMBER)
_MIXED_PART = re.compile(rf"(\d*)([{''.join(ORDINARY_UNITS)}{BIG_UNIT_CHARS}])")
# 一百零五, 三点五, 十七八, 一百零几: an ordinary numeral (几 stands for an unknown digit)
ORDINARY_NUMBER = f"[{ORDINARY_NUMERAL_CHARS}几]+(?:点[{DIGIT_CHARS}]+)?"
# 壹仟贰佰参拾肆, 壹万伍仟: capitals mix only with 零 and 万/亿, never with ordinary digits
CAPITAL_NUMBER = f"[{CAPITAL_CHARS}][{CAPITAL_CHARS}{ZERO_CHARS}{BIG_UNIT_CHARS}]*"
CN_NUMBER = f"(?:{CAPITAL_NUMBER}|{ORDINARY_NUMBER})"
# 第二十六, 前三, 三分之一: a short whole numeral in Arabic or ordinary Chinese
WHOLE_NUMBER = rf"(?:\d+|[{ORDINARY_NUMERAL_CHARS}]+)"

# 数十 → more than 10, 上百 → at least 100: (prefix → bound)
APPROXIMATE_PREFIXES = {"数": "gt", "几": "gt", "上": "ge"}
# 数十万, 几百, 上千万: a prefix and the units it multiplies
_DANGLING_ZERO = re.compile(f"[{ZERO_CHARS}](?=[{BIG_UNIT_CHARS}]|$)")
APPROXIMATE_NUMBER = (rf"(?:数|几)[{SMALL_UNIT_CHARS}]?[{SCALE_CHARS}]?[{SMALL_UNIT_CHARS}]?"
                      rf"|上[{SMALL_UNIT_CHARS[1:]}{SCALE_CHARS}]{SCALE_CHARS[0]}?")  # 上百, 上千万; 以上十项: no 上十


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
    if w is None or not math.isfinite(w) or not frac or any(c not in DIGITS for c in frac):
        return None  # 亿亿…点五 overflows: no number
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
    if head and _MIXED.fullmatch(s):
        return _mixed(s)
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


def _mixed(s: str) -> float:
    """1万2千 → 12000, 1亿2千万 → 1.2亿: each unit multiplies the digits before it; a scale (万, 亿)
    the whole section said since the last larger one."""
    total = section = 0.0
    largest = 0.0
    for digits, unit in _MIXED_PART.findall(s):
        n = float(digits) if digits else 0.0
        if unit in SMALL_UNITS:
            section += n * SMALL_UNITS[unit]
        elif BIG_UNITS[unit] >= largest:
            total, largest = (total + section + n) * BIG_UNITS[unit], BIG_UNITS[unit]
            section = 0.0
        else:
            total, section = total + (section + n) * BIG_UNITS[unit], 0.0
    return total + section


def read_approximate(s: str) -> tuple[float, str] | None:
    """Lower value and bound of 数十, 几百, 十几万, 上百, 上万, 一百零几万; None for other strings."""
    if not isinstance(s, str):
        return None
    if s[:1] in APPROXIMATE_PREFIXES and len(s) > 1:
        rest = read_number("一" + s[1:]) if s[1] in SMALL_UNITS or s[1] in BIG_UNITS else None
        if rest is not None:
            return rest, APPROXIMATE_PREFIXES[s[0]]
    if "几" in s[1:]:  # 十几万 → 十万, 二十几 → 二十, 一百零几万 → 一百万: more than that
        known = _DANGLING_ZERO.sub("", s.replace("几", ""))  # its 零 padded the 几
        value = read_number(known)
        if value is not None:
            return value, "gt"
    return None


def neighbours(a: int, b: int) -> bool:
    """三四, 七八, 两三, 三五: two digits that write 'about a or b'."""
    return 0 < a < b and (b - a == 1 or (a, b) == (3, 5))


def read_consecutive(s: str) -> tuple[float, float] | None:
    """The two ends of a numeral written with two neighbouring digits: 三四万 → (30000, 40000),
    七八 → (7, 8), 三五百 → (300, 500), 十七八万 → (170000, 180000); None otherwise."""
    if not isinstance(s, str) or "点" in s:  # 二点六七: decimals are read digit by digit
        return None
    for i in range(len(s) - 1):
        a, b = s[i], s[i + 1]
        if a not in DIGITS or b not in DIGITS or not neighbours(DIGITS[a], DIGITS[b]):
            continue
        if (i and s[i - 1] in DIGITS) or (i + 2 < len(s) and s[i + 2] in DIGITS):
            return None  # 二〇一八, 一二三: digits written one by one
        low, high = read_number(s[:i] + a + s[i + 2:]), read_number(s[:i] + b + s[i + 2:])
        return (low, high) if low is not None and high is not None and low < high else None
    return None


def is_digit_by_digit(s: str) -> bool:
    """二〇一八, 一九四九: Chinese digits written one by one name a year or a code, not a quantity."""
    return len(s) > 1 and all(c in DIGITS for c in s) and read_consecutive(s) is None
