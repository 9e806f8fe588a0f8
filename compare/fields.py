"""The fields of a measure, each with a normalised value and the span that says it.

``unit_fields(con, units)`` reads the extracted mentions inside units from the store
(never re-extracted): one row per mention with ``unit_id``, ``label``, ``start``, ``end``,
``text`` and the typed values of the store's ``mentions`` table, with ``body`` and
``kind`` from the ``staffing`` table.  :func:`field_values` turns them, together with
what the text itself says (modal verbs, numeric thresholds, money amounts, and the
length of a lead-in's list), into :class:`FieldValue` s per field:

========== ==========================================================================
field      value compared
========== ==========================================================================
staffing   STAFFING min/max (三人 = 3名)
deadline   DEADLINE: a relative limit as (number, unit, before/within) (十五日内 ≠
           十个工作日内, 两日 = 二日); a date as the date; a cap on a duration in the text
           (发言不超过十分钟, 最长不得超过九十日) as (number, unit, cap), a floor (不少于
           三十日) as (number, unit, floor); how often (每年至少召开一次, 每三年…一次) as
           ("every", period, times)
bodies     ORG mentions without the region's own names (浙江省民政厅 ~ 河南省民政厅 →
           民政厅), full- and half-width brackets equal; only whole extracted bodies; and
           the parties a sentence assigns that the ORG guideline leaves out (县级以上人民
           政府, 民政部门, 用人单位: :mod:`compare.actors`); both keyed by
           :func:`actor_key`, their levels kept as written (县级以上 ≠ 市和区县)
principle  PRINCIPLE parts
item_count a lead-in's number of enumerated items; ITEM_COUNT values
modality   the first modal verb's class: 应当/应/必须/须 (must), 可以/可 (may), 不得/禁止/
           严禁 (must not), 鼓励/提倡/支持 (encouraged)
threshold  numeric conditions outside STAFFING/DEADLINE: 十人以上, 五分之一以上, 过半数
amount     money amounts (五千元)
========== ==========================================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from policyie.compare.actors import actor_key, find_actors
from policyie.extraction.numbers import NUMBER_RE, parse_number

__all__ = ["unit_fields", "format_staffing", "core_body", "FieldValue", "FIELDS", "field_values",
           "limit_value", "modal_class", "same_body", "numerals"]

FIELDS = ("staffing", "deadline", "bodies", "principle", "item_count", "modality", "threshold", "amount")

_MENTIONS_SQL = """
SELECT u.unit_id, m.label, m.start_pos AS start, m.end_pos AS "end", m.text,
       m.min_value, m.max_value, m.value, m.unit, m.approx,
       CAST(m.date AS VARCHAR) AS date, m.relation, m.precision, m.recurring, m.parts,
       s.body, s.kind
FROM _cmp_units u
JOIN mentions m ON m.doc_key = u.doc_key AND m.start_pos >= u.start AND m.end_pos <= u."end"
LEFT JOIN (SELECT doc_key, start_pos, end_pos, any_value(body) AS body, any_value(kind) AS kind
           FROM staffing GROUP BY doc_key, start_pos, end_pos) s
       ON s.doc_key = m.doc_key AND s.start_pos = m.start_pos AND s.end_pos = m.end_pos
WHERE m.label IN ('STAFFING', 'DEADLINE', 'ITEM_COUNT', 'PRINCIPLE', 'ORG')
ORDER BY u.unit_id, m.start_pos
"""


def unit_fields(con, units: pd.DataFrame) -> pd.DataFrame:
    """Mentions inside the given units (a range join in DuckDB)."""
    frame = units[["unit_id", "doc_key", "start", "end"]].copy()
    con.register("_cmp_units", frame)
    try:
        return con.execute(_MENTIONS_SQL).df()
    finally:
        con.unregister("_cmp_units")


def format_staffing(lo, hi, unit, approx=None) -> str:
    """``10名``, ``≥10名``, ``≤5名``, ``4–5名`` (``约`` in front when approximate)."""
    u = unit if isinstance(unit, str) else ""
    lo = None if lo is None or pd.isna(lo) else int(lo)
    hi = None if hi is None or pd.isna(hi) else int(hi)
    if lo is not None and hi is not None:
        s = f"{lo}{u}" if lo == hi else f"{lo}–{hi}{u}"
    elif lo is not None:
        s = f"≥{lo}{u}"
    elif hi is not None:
        s = f"≤{hi}{u}"
    else:
        s = "?"
    return ("约" + s) if approx is True else s


_BODY_PREFIX = re.compile(r"^(?:各|每个|全县|全市|全区)?(?:乡镇（街道）|乡镇\(街道\)|镇（街道）|镇\(街道\)|乡镇|镇街|街道|乡|镇|县级|县|市级|市|区)")


def core_body(body, region_names=()) -> str:
    """A body's name without the region and level prefix, so that the same kind of body in
    two counties compares: 兴隆县乡镇综合行政执法队 → 综合行政执法队."""
    if not isinstance(body, str):
        return ""
    b = body.strip()
    for name in region_names:
        if isinstance(name, str) and name and b.startswith(name):
            b = b[len(name):]
    prev = None
    while prev != b:
        prev = b
        b = _BODY_PREFIX.sub("", b) if len(b) > 4 else b
    return b



@dataclass(frozen=True)
class FieldValue:
    """One value of a field in a unit: ``key`` compares, ``display`` is shown,
    ``start``/``end`` are offsets into the document (the characters that say it)."""

    field: str
    key: object
    display: str
    start: int
    end: int


_LIMIT = re.compile(rf"(提前)?({NUMBER_RE})(个)?(工作日|日|天|小时|分钟|周|星期|个月|月|年)(以内|之内|内|以前|之前|前)?")
#: A cap on a duration (发言不超过十分钟, 最长不得超过九十日): a time limit, compared with the
#: deadlines (the tuned pairs label these as deadline differences), never a threshold.
_CAP = re.compile(rf"(?:最多|最长)?(?:不得超过|不超过|不超出|不多于)({NUMBER_RE})(个)?(工作日|日|天|小时|分钟|周|星期|个月|月|年)"
                  rf"|最长({NUMBER_RE})(个)?(工作日|日|天|小时|分钟|周|星期|个月|月|年)")
#: A floor on a duration (征求意见的时间不少于三十日, 公告时间不少于七日): a time limit too.
_FLOOR = re.compile(rf"(?:不得少于|不少于|至少)({NUMBER_RE})(个)?(工作日|日|天|小时|分钟|周|星期|个月|月|年)(?!以上|以下)")
#: How often a thing is done (每年至少召开一次, 每三年至少对…实施一次, 每年举行一至二次): a schedule,
#: compared by its period and its number of times (每五年 ≠ 每三年, 一次 ≠ 一至二次).
_EVERY = re.compile(rf"(至少)?每(?:隔)?({NUMBER_RE}(?:至{NUMBER_RE})?)?(个)?(年|半年|季度|月|周|星期)(至少|不少于)?"
                    rf"[^，,。；;：:]{{0,30}}?({NUMBER_RE}(?:至{NUMBER_RE})?)次")
_UNIT_NAME = {"天": "日", "星期": "周", "个月": "月"}
#: A year a deadline's text names (2020年, 二〇二〇年, 明年): its date is that year's, not the document's.
_NAMED_YEAR = re.compile(r"[\d〇○零一二三四五六七八九]{4}\s*年|明年|次年|去年|上年|下一?年")


def limit_value(text: str):
    """The value of a DEADLINE's text: ``(n, unit, 'before'|'within')`` for a relative limit,
    None when it has none (a date is compared by its normalised date instead).

    >>> limit_value("十五日内"), limit_value("提前三天"), limit_value("七日前")
    ((15, '日', 'within'), (3, '日', 'before'), (7, '日', 'before'))
    """
    m = _LIMIT.search(text)
    if not m:
        return None
    n = parse_number(m.group(2))
    if n is None:
        return None
    unit = (m.group(3) or "") + m.group(4)
    unit = _UNIT_NAME.get(unit, _UNIT_NAME.get(m.group(4), m.group(4)))
    before = bool(m.group(1)) or (m.group(5) or "").endswith("前")
    return (n, unit, "before" if before else "within")


_MODAL = re.compile(r"应当|必须|不得|禁止|严禁|可以|鼓励|提倡|支持|(?<![对相反])应(?![用对急])|须|可(?![能行靠持])")
_MODAL_CLASS = {"应当": "must", "应": "must", "必须": "must", "须": "must", "可以": "may", "可": "may",
                "不得": "must not", "禁止": "must not", "严禁": "must not",
                "鼓励": "encouraged", "提倡": "encouraged", "支持": "encouraged"}


def modal_class(text: str):
    """The first modal verb of ``text`` and its class, or None.

    >>> modal_class("街道办事处可以在收到申请之日起答复")
    ('可以', 'may')
    """
    m = _MODAL.search(text)
    return (m.group(), _MODAL_CLASS[m.group()]) if m else None


_THRESHOLD = re.compile(
    rf"(?:{NUMBER_RE}分之{NUMBER_RE}|过半数|半数|{NUMBER_RE}(?:名|人|户|个|次|件|项)?)"
    r"(?:以上|以下|以内|不足|未满|不满|超过)"
    rf"|(?:超过|不足|多于|少于|不少于|不超过|不满|未满)(?:{NUMBER_RE}分之{NUMBER_RE}|半数|{NUMBER_RE}(?:名|人|户|个|次|件|项)?)"
    r"|过半数|全体[^，。；]{0,6}一致")
_AMOUNT = re.compile(rf"{NUMBER_RE}(?:\.\d+)?(?:万|千|百)?元")


def same_body(x: str, y: str) -> bool:
    """Two body keys name the same body: equal, or one is the other's definite short form
    (常务委员会 ~ 人民代表大会常务委员会); a relative level (本级, 同级: ``*:``) matches any level.

    A bracketed one-character alternative names either body (村（居）民委员会 ~ 居民委员会).

    >>> same_body("*:人民代表大会会议主席团", "P:人民代表大会会议主席团"), same_body("K:人民政府", "P:人民政府")
    (True, False)
    >>> same_body("村（居）民委员会", "居民委员会"), same_body("村（居）民委员会", "业主委员会")
    (True, False)
    """
    if x.startswith("*:") or y.startswith("*:"):
        x, y = x.split(":", 1)[-1], y.split(":", 1)[-1]
    elif ":" in x and ":" in y and x.split(":", 1)[0] != y.split(":", 1)[0]:
        return False  # levels written differently (县级以上 / 市和区县): another body, as LABELLING.md counts it
    return any(p == q or (min(len(p), len(q)) >= 2 and (p.endswith(q) or q.endswith(p)))
               for p in _spellings(x) for q in _spellings(y))


# one character and its bracketed alternative: 村（居）民委员会 is 村民委员会 or 居民委员会
_ALTERNATIVE = re.compile(r"(.)（(.)）")


def _spellings(key: str) -> tuple[str, ...]:
    """The bodies a key names: ``_spellings("村（居）民委员会") == ("村民委员会", "居民委员会")``;
    a key without a one-character alternative names itself."""
    m = _ALTERNATIVE.search(key)
    if not m:
        return (key,)
    return tuple(key[:m.start()] + c + key[m.end():] for c in m.groups())


def _threshold_key(s: str) -> str:
    """A threshold's value: its numbers parsed (五分之一以上 = 5分之1以上)."""
    return re.sub(NUMBER_RE, lambda m: str(parse_number(m.group()) if parse_number(m.group()) is not None
                                           else m.group()), s)


# After a body's name, words that make it describe people or a time (本级人民代表大会代表,
# 人民代表大会闭会期间, 常务委员会组成人员): the body then does nothing in the measure.
_NOT_AN_ACTOR = re.compile(r"(?:的)?(?:代表(?!大会)|闭会|会议期间|举行会议|组成人员|主任|副主任|委员(?!会)|主席|副主席|成员|负责人|工作人员)")


def field_values(text: str, start: int, mentions, regions=(), n_items: int = 0) -> list[FieldValue]:
    """Every :class:`FieldValue` of one unit: ``text`` starts at document offset ``start``;
    ``mentions`` are the unit's rows of :func:`unit_fields` (records with label, start,
    end, text, min_value, max_value, value, date, parts); ``regions`` the document's
    region names (long before short).  A lead-in's ``n_items`` is its list's length."""
    out: list[FieldValue] = []
    covered: list[tuple[int, int]] = []
    # the parties the sentence assigns (县级以上人民政府, 民政部门): a whole ORG among them is
    # compared by its ORG name below; an ORG inside a longer party is part of its name
    orgs = {(int(m["start"]), int(m["end"])) for m in mentions if m["label"] == "ORG"}
    for a in find_actors(text):
        s, e = start + a.start, start + a.end
        if (s, e) in orgs or any(x < e and s < y and not (s <= x and y <= e) for x, y in orgs):
            continue  # a whole ORG is compared by its name below; a party never cuts one
        out.append(FieldValue("bodies", actor_key(a.name, regions), a.name, s, e))
    in_actor = [(v.start, v.end) for v in out]
    for m in mentions:
        label, s, e, t = m["label"], int(m["start"]), int(m["end"]), m["text"]
        if label == "ORG" and any(a <= s and e <= b for a, b in in_actor):
            continue  # part of a party's name (市人民政府 in 市人民政府城市管理部门)
        if label == "STAFFING":
            out.append(FieldValue("staffing", (_int(m.get("min_value")), _int(m.get("max_value"))),
                                  format_staffing(m.get("min_value"), m.get("max_value"), m.get("unit")), s, e))
        elif label == "DEADLINE":
            date = m.get("date")
            rec = m.get("recurring")
            recurs = rec is not None and not pd.isna(rec) and bool(rec)
            if isinstance(date, str) and date and (recurs or not _NAMED_YEAR.search(t)):
                # 每年六月至九月期间 in a 2016 and a 2018 law: the same point of every year, dated
                # in each document's own year; 每年年底 = 每年十二月底前 (the day it allows).  A
                # date that names no year (当年十二月三十一日以前, 6月底前) is dated in the document's
                # own year too: the two texts say the same point of the year (tune4: 每年12月31日前)
                key = ("every year", date[5:], m.get("relation"))
            elif isinstance(date, str) and date:  # a calendar date: compared by the date it allows
                key = (date, m.get("relation"))
            else:  # a relative limit: by its number and unit (十五日内 ≠ 十个工作日内, 两日 = 二日)
                key = limit_value(t) or t
            out.append(FieldValue("deadline", key, t, s, e))
        elif label == "ORG":
            # 本级人民代表大会代表, 本级人民代表大会闭会期间: people or a time, not a body that
            # acts in the measure; never reported, but it still answers the other side's body
            kind = "bodies_named" if _NOT_AN_ACTOR.match(text, e - start) else "bodies"
            # keyed as a party is, its levels kept (区县（自治县）人民政府 ≠ 县级以上人民政府)
            out.append(FieldValue(kind, actor_key(t, regions), t, s, e))
        elif label == "PRINCIPLE":
            parts = m.get("parts")
            parts = tuple(sorted(_principle_parts(parts))) if parts is not None and len(parts) else (t,)
            out.append(FieldValue("principle", parts, t, s, e))
        elif label == "ITEM_COUNT":
            v = m.get("value")
            out.append(FieldValue("item_count", _int(v) if v is not None else t, t, s, e))
        else:
            continue
        covered.append((s, e))
    if n_items:
        out.append(FieldValue("item_count", n_items, f"{n_items}项", start, start + len(text)))
    for pattern, kind in ((_CAP, "cap"), (_FLOOR, "floor")):
        for m in pattern.finditer(text):
            s, e = start + m.start(), start + m.end()
            if any(a < e and s < b for a, b in covered):
                continue
            # the number, 个 and the unit: the first of the pattern's alternatives that matched
            k = next(i for i in range(0, len(m.groups()), 3) if m.group(i + 1))
            n = parse_number(m.group(k + 1))
            unit = (m.group(k + 2) or "") + m.group(k + 3)
            if n is not None:
                out.append(FieldValue("deadline", (n, _UNIT_NAME.get(unit, unit), kind), m.group(), s, e))
                covered.append((s, e))
    for m in _EVERY.finditer(text):
        s, e = start + m.start(), start + m.end()
        if any(a < e and s < b for a, b in covered):
            continue
        period = numerals(m.group(2) or "1") + _UNIT_NAME.get(m.group(4), m.group(4))
        times = numerals(m.group(6))  # 至少一次 = 一次 (the tuned pairs never count 至少 apart)
        out.append(FieldValue("deadline", ("every", period, times), m.group(), s, e))
        covered.append((s, e))
    mc = _MODAL.search(text)
    if mc:
        out.append(FieldValue("modality", _MODAL_CLASS[mc.group()], mc.group(), start + mc.start(), start + mc.end()))
    for m in _THRESHOLD.finditer(text):
        s, e = start + m.start(), start + m.end()
        if any(a < e and s < b for a, b in covered):
            continue
        out.append(FieldValue("threshold", _threshold_key(m.group()), m.group(), s, e))
    for m in _AMOUNT.finditer(text):
        out.append(FieldValue("amount", _threshold_key(m.group()), m.group(), start + m.start(), start + m.end()))
    return out


def _principle_parts(parts) -> set[str]:
    """Parts with a last pair joined by 和/与/及 split like the rest: 诚信和合法 → 诚信, 合法
    (one list written 诚信、合法 in one region and 诚信和合法 in another is the same).

    A part kept whole reads its joiner one way (所有权与经营权分离 = 所有权和经营权分离).

    >>> sorted(_principle_parts(["自愿", "诚信和合法"])), _principle_parts(["所有权与经营权分离"])
    (['合法', '自愿', '诚信'], {'所有权和经营权分离'})
    """
    out: set[str] = set()
    for p in parts:
        pieces = re.split(r"[和与及]", p)
        out.update(pieces if len(pieces) > 1 and all(1 <= len(x) <= 4 for x in pieces)
                   else [re.sub(r"与|及(?!时)", "和", p)])
    return out


_NUMBER = re.compile(NUMBER_RE)


def numerals(s: str) -> str:
    """``s`` with every number written as digits, for a literal comparison.

    >>> numerals("四十五名"), numerals("每三至五年")
    ('45名', '每3至5年')
    """
    def digits(m: re.Match) -> str:
        n = parse_number(m.group())
        return m.group() if n is None else str(n)
    return _NUMBER.sub(digits, s)


def _int(v):
    return None if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NA else int(v)
