"""Numbers written in Chinese or Arabic numerals.

>>> parse_number("十五")
15
>>> parse_number("两")
2
>>> parse_number("1,200")
1200
"""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
           "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
           "九": 9, "玖": 9}
_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}

#: A regex fragment for one number: Arabic (with thousands separators) or Chinese.
CN_NUM_CHARS = "零〇○一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟"
NUMBER_RE = rf"(?:\d+(?:[,，]\d{{3}})*|[{CN_NUM_CHARS}]+)"

#: Longest digit string read as a number (a trillion has 13 digits).
MAX_DIGITS = 18

_ARABIC = re.compile(r"\d+(?:[,，]\d{3})*")


def parse_number(s: str) -> int | None:
    """Parse ``s`` as a whole number, or return None if it is not one.

    Handles Arabic digits (full or half width), Chinese numerals with units
    (``一百二十三``, ``十二``, ``两千``) and digit strings (``二〇二〇`` → 2020).
    """
    s = s.strip()
    if not s:
        return None
    if _ARABIC.fullmatch(s):
        digits = re.sub(r"[,，]", "", s)
        # a run of more digits than any count or date has (a serial number, a table rule
        # of digits) is no quantity; int() of thousands of digits is slow and past 4,300
        # raises ValueError, which failed the whole document
        return int(digits) if len(digits) <= MAX_DIGITS else None
    if all(ch in _DIGITS for ch in s):
        if len(s) == 1:
            return _DIGITS[s]
        # 二〇二〇: a digit-by-digit year; 两 never appears in such strings.
        if "两" in s or len(s) > MAX_DIGITS:
            return None
        return int("".join(str(_DIGITS[ch]) for ch in s))
    total, section, current = 0, 0, None
    for ch in s:
        if ch in _DIGITS:
            if current is not None:
                return None  # two digits in a row inside a unit numeral: not a number
            current = _DIGITS[ch]
        elif ch in _UNITS:
            unit = _UNITS[ch]
            section += (1 if current is None else current) * unit
            current = None
        elif ch in _BIG:
            section += current or 0
            if section == 0:
                return None
            total += section * _BIG[ch]
            section, current = 0, None
        else:
            return None
    return total + section + (current or 0)
