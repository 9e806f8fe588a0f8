"""Divergences: what differs between the two sides of an aligned measure pair, field by field.

Only aligned pairs (:mod:`align`) are compared, so a number is never compared with an
unrelated number.  For each field of :data:`fields.FIELDS` the values of both units
(:func:`fields.field_values`) are compared as multisets of normalised keys: equal values
written differently (两日 / 二日, 浙江省民政厅 / 河南省民政厅 as 民政厅) are equal, article
numbers and cross-references are never values.  A field present on one side only is a
divergence for the fields in ``ONE_SIDED`` (a time limit or a body that one region adds);
a modal verb is compared only when both sides have one.

One row per differing field (:data:`DIVERGENCE_COLUMNS`): ``family``, ``field``,
``relation`` and ``score`` of the pair, and for each side ``region``, ``doc_id``,
``doc_key``, ``value`` (the differing values, 、-joined; '' when none), ``start``/``end``
of the first differing value (the unit when none) and ``span``, the characters there,
``unit_start``/``unit_end`` and ``text`` (the unit), plus ``diff``, a word-level diff of the two texts
(:func:`word_diff`: ``[-应当-]{+可以+}``).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter

import numpy as np
import pandas as pd

from policyie.compare.fields import _MODAL_CLASS, FIELDS, FieldValue, field_values, numerals, same_body, unit_fields
from policyie.compare.vectors import region_names

__all__ = ["find_divergences", "pair_divergences", "word_diff", "DIVERGENCE_COLUMNS", "ONE_SIDED"]

_SIDE = ["region", "doc_id", "doc_key", "source", "value", "start", "end", "span", "unit_start", "unit_end", "text"]
DIVERGENCE_COLUMNS = (["family", "field", "relation", "score"] + [f"{c}_{s}" for s in "ab" for c in _SIDE]
                      + ["diff", "topic_a", "topic_b"])

#: Fields reported when only one side states them.  Not bodies: a reworded sentence often
#: leaves its subject to the sentence before (业主委员会… / 督促其交纳), so a body named on one
#: side only is reported when the other side names bodies too (on the tuned pairs one-sided
#: body rows were right 1 time in 3, the others about 1 in 2).
ONE_SIDED = frozenset({"deadline", "staffing", "threshold", "amount"})


def pair_divergences(va: list[FieldValue], vb: list[FieldValue]) -> list[tuple[str, list[FieldValue], list[FieldValue]]]:
    """``(field, only_a, only_b)`` for every field whose values differ.

    >>> a = [FieldValue("deadline", (15, "日", "within"), "十五日内", 10, 14)]
    >>> b = [FieldValue("deadline", (10, "工作日", "within"), "十个工作日内", 3, 9)]
    >>> [(f, [x.display for x in xa], [y.display for y in yb]) for f, xa, yb in pair_divergences(a, b)]
    [('deadline', ['十五日内'], ['十个工作日内'])]
    """
    out = []
    for field in FIELDS:
        xa = [v for v in va if v.field == field]
        xb = [v for v in vb if v.field == field]
        if not xa and not xb:
            continue
        if (not xa or not xb) and field not in ONE_SIDED:
            continue
        if field == "bodies":  # a set of bodies; a short form matches its full name
            na = xa + [v for v in va if v.field == "bodies_named"]  # bodies only named (its 代表)
            nb = xb + [v for v in vb if v.field == "bodies_named"]
            only_a = [v for v in _dedupe(xa) if not any(same_body(v.key, w.key) for w in nb)]
            only_b = [w for w in _dedupe(xb) if not any(same_body(w.key, v.key) for v in na)]
        else:
            ca, cb = Counter(v.key for v in xa), Counter(v.key for v in xb)
            if ca == cb:
                continue
            only_a = _only(xa, cb)
            only_b = _only(xb, ca)
        if only_a or only_b:
            out.append((field, only_a, only_b))
    return out


def modal_change(a: str, b: str) -> tuple[int, int] | None:
    """Where ``a`` and ``b`` differ by a modal verb put in place of another of a different
    class (应当 → 可以, 可以 → 不得): the position of each, or None.  Only a short
    substitution counts: in a sentence reworded throughout, the first modal verb of each
    side need not govern the same action.

    >>> modal_change("社区服务中心可以组织志愿者", "社区服务中心应当组织志愿者")
    (6, 6)
    >>> modal_change("街道办事处应当答复", "街道办事处必须答复") is None   # both say must
    True
    """
    ta, tb = _words(a), _words(b)
    pa = np.cumsum([0] + [len(t) for t in ta])
    pb = np.cumsum([0] + [len(t) for t in tb])
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if op != "replace" or i2 - i1 > 3 or j2 - j1 > 3:
            continue
        # whole modal words only (a lone 应/可 is as often part of 相应, 可能)
        ma = [(k, _MODAL_CLASS[t]) for k, t in enumerate(ta[i1:i2], i1) if t in _MODALS]
        mb = [(k, _MODAL_CLASS[t]) for k, t in enumerate(tb[j1:j2], j1) if t in _MODALS]
        if ma and mb and ma[0][1] != mb[0][1]:
            return int(pa[ma[0][0]]), int(pb[mb[0][0]])
    return None


def _dedupe(values: list[FieldValue]) -> list[FieldValue]:
    seen: set = set()
    return [v for v in values if not (v.key in seen or seen.add(v.key))]


def _only(values: list[FieldValue], other: Counter) -> list[FieldValue]:
    left = Counter(other)
    out = []
    for v in values:
        if left[v.key] > 0:
            left[v.key] -= 1
        else:
            out.append(v)
    return out


def word_diff(a: str, b: str, tokenizer=None) -> str:
    """A word-level diff of two texts: kept words as they are, ``[-deleted-]`` and
    ``{+inserted+}`` (words from ``tokenizer.lcut``, characters without one).

    >>> word_diff("应当在十五日内答复", "可以在十五日内答复")
    '[-应当-]{+可以+}在十五日内答复'
    """
    ta = tokenizer.lcut(a) if tokenizer is not None else _words(a)
    tb = tokenizer.lcut(b) if tokenizer is not None else _words(b)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if op == "equal":
            out.append("".join(ta[i1:i2]))
            continue
        if i2 > i1:
            out.append("[-" + "".join(ta[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + "".join(tb[j1:j2]) + "+}")
    return "".join(out)


_MODALS = ("应当", "可以", "必须", "不得", "禁止", "严禁", "鼓励", "提倡")


def _modal_at(text: str, pos: int) -> str:
    return next(w for w in _MODALS if text.startswith(w, pos))


def _beside(values: dict[int, list[FieldValue]], doc_of: dict[int, int], u: int) -> list[FieldValue]:
    """The field values of the units just before and after unit ``u`` in its document."""
    return [v for k in (u - 1, u + 1) if k in values and doc_of[k] == doc_of[u] for v in values[k]]


def _split_off(diffs, near_a: list[FieldValue], near_b: list[FieldValue]):  # noqa: ANN001, ANN202
    """``diffs`` less the values the other side states in a neighbouring unit: one side's
    十五日内 is no difference when the counterpart's next sentence says 十五日内 (the same
    measure cut into sentences differently).  A field left with no value on either side
    goes.

    >>> d = [("deadline", [FieldValue("deadline", (3, "月", "within"), "三个月内", 0, 4)], [])]
    >>> _split_off(d, [], [FieldValue("deadline", (3, "月", "within"), "三个月内", 9, 13)])
    []
    """
    out = []
    for field, only_a, only_b in diffs:
        if field in ("modality", "item_count"):  # every sentence has a modal verb; a list's length is its own
            out.append((field, only_a, only_b))
            continue
        if field != "bodies" and only_a and only_b:
            # each side states its own value here (60日内 / 三十日内): a neighbour's equal value
            # is another measure (延长期限不得超过30日), not this one cut differently
            out.append((field, only_a, only_b))
            continue

        def stated(v: FieldValue, near: list[FieldValue]) -> bool:
            return any(w.field == field and (w.key == v.key or (field == "bodies" and same_body(v.key, w.key)))
                       for w in near)
        a = [v for v in only_a if not stated(v, near_b)]
        b = [v for v in only_b if not stated(v, near_a)]
        if a or b:
            out.append((field, a, b))
    return out


def _unsaid(diffs: list, a: tuple[str, int, list[FieldValue]], b: tuple[str, int, list[FieldValue]]) -> list:
    """``diffs`` less a one-sided value whose words the other side's text says too, up to how
    its numbers are written: b's 四十五名 is no difference when a reads 少于四十五名 and only
    the extraction left a without a value (equal values are never divergences).  ``a`` and
    ``b`` are each side's unit text, its document offset and its field values; only a side
    with no value of the field is read (beside a value, the 5名 inside 不少于5名 is another value).

    >>> v = FieldValue("staffing", (45, 45), "45名", 20, 24)
    >>> _unsaid([("staffing", [], [v])], ("代表总名额可以少于四十五名。", 0, []), ("乡、镇的代表总名额可以少于四十五名。", 10, [v]))
    []
    """
    out = []
    for field, only_a, only_b in diffs:
        if field in ONE_SIDED and bool(only_a) != bool(only_b):
            (other, _, other_values), (own, own_start, _) = (a, b) if only_b else (b, a)
            if not any(v.field == field for v in other_values):
                said = numerals(other)
                kept = [v for v in only_a or only_b
                        if numerals(own[v.start - own_start:v.end - own_start]) not in said]
                if not kept:
                    continue
                only_a, only_b = (only_a, kept) if only_b else (kept, only_b)
        out.append((field, only_a, only_b))
    return out


def _words(s: str) -> list[str]:
    """Characters, with the modal verbs kept whole (a diff without a tokenizer)."""
    out, i = [], 0
    while i < len(s):
        for w in _MODALS:
            if s.startswith(w, i):
                out.append(w)
                i += len(w)
                break
        else:
            out.append(s[i])
            i += 1
    return out


def find_divergences(con, pairs: pd.DataFrame, units: pd.DataFrame, *, tokenizer=None,
                     chunk: int = 20_000) -> pd.DataFrame:
    """Divergence rows of aligned ``pairs`` (:func:`align.align`'s frame, with ``unit_a``
    and ``unit_b`` ids into ``units``); the mentions are read from the store ``con``.
    Pairs are read ``chunk`` at a time, with the field values of their units only (all
    of them at once held a few hundred megabytes on the whole corpus)."""
    if pairs.empty:
        return pd.DataFrame(columns=DIVERGENCE_COLUMNS)
    # the document of each unit, as a number (a dict: a Series lookup per unit took
    # seconds over the whole store's pairs)
    doc_of = dict(zip(units["unit_id"].tolist(), pd.factorize(units["doc_key"])[0].tolist()))
    indexed = units.set_index("unit_id")
    # each chunk's rows become a frame at once: a list of row dicts over the whole corpus
    # (40,000 rows) and the frame made from it at the end were the comparison's peak
    frames = []
    for lo in range(0, len(pairs), chunk):
        part = pairs.iloc[lo:lo + chunk]
        values = _unit_values(con, indexed, doc_of, set(part["unit_a"]) | set(part["unit_b"]))
        rows = _pair_rows(part, values, doc_of, tokenizer)
        if rows:
            frames.append(pd.DataFrame(rows, columns=DIVERGENCE_COLUMNS))
        del values, rows
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=DIVERGENCE_COLUMNS)


def _unit_values(con, indexed: pd.DataFrame, doc_of: dict[int, int], paired: set) -> dict[int, list[FieldValue]]:
    """The field values of the units ``paired`` and of their neighbours: a value the
    counterpart's next or previous unit states is no difference, the measure is only cut
    into sentences differently (see :func:`_split_off`)."""
    ids = sorted({k for u in paired for k in (u - 1, u, u + 1) if k in doc_of and doc_of[k] == doc_of[u]})
    sub = indexed.loc[ids].reset_index()
    mentions = unit_fields(con, sub)
    by_unit: dict[int, list[dict]] = {}
    for rec in mentions.to_dict("records"):
        by_unit.setdefault(int(rec["unit_id"]), []).append(rec)
    values: dict[int, list[FieldValue]] = {}
    for r in sub.itertuples(index=False):
        names = region_names(r.province, r.city, r.county)
        values[int(r.unit_id)] = field_values(r.text, int(r.start), by_unit.get(int(r.unit_id), []), names,
                                              int(r.n_items) if r.kind == "lead-in" else 0)
    return values


def _pair_rows(pairs: pd.DataFrame, values: dict[int, list[FieldValue]], doc_of: dict[int, int],
               tokenizer) -> list[dict]:  # noqa: ANN001
    """The divergence rows of ``pairs``, from their units' field ``values``."""
    rows = []
    for p in pairs.itertuples(index=False):
        va, vb = values[int(p.unit_a)], values[int(p.unit_b)]
        # 应当 / 可以 is read from the text's own difference (see modal_change), not from the
        # first modal verb of each side
        va = [v for v in va if v.field != "modality"]
        vb = [v for v in vb if v.field != "modality"]
        change = modal_change(p.text_a, p.text_b)
        if change is not None:
            ma, mb = _modal_at(p.text_a, change[0]), _modal_at(p.text_b, change[1])
            sa, sb = int(p.start_a) + change[0], int(p.start_b) + change[1]
            va.append(FieldValue("modality", _MODAL_CLASS[ma], ma, sa, sa + len(ma)))
            vb.append(FieldValue("modality", _MODAL_CLASS[mb], mb, sb, sb + len(mb)))
        diffs = _split_off(pair_divergences(va, vb), _beside(values, doc_of, int(p.unit_a)),
                           _beside(values, doc_of, int(p.unit_b)))
        diffs = _unsaid(diffs, (p.text_a, int(p.start_a), va), (p.text_b, int(p.start_b), vb))
        if not diffs:
            continue
        wd = word_diff(p.text_a, p.text_b, tokenizer)
        for field, xa, xb in diffs:
            row = {"family": p.family, "field": field, "relation": p.relation, "score": p.score, "diff": wd,
                   "topic_a": getattr(p, "topic_a", None), "topic_b": getattr(p, "topic_b", None)}
            for side, xs in (("a", xa), ("b", xb)):
                us, ue = int(getattr(p, f"start_{side}")), int(getattr(p, f"end_{side}"))
                vs, ve = (xs[0].start, xs[0].end) if xs else (us, ue)
                unit = getattr(p, f"text_{side}")
                row.update({
                    f"region_{side}": getattr(p, f"region_{side}"), f"doc_id_{side}": getattr(p, f"doc_id_{side}"),
                    f"doc_key_{side}": getattr(p, f"doc_key_{side}"), f"source_{side}": getattr(p, f"source_{side}", None),
                    f"value_{side}": "、".join(dict.fromkeys(x.display for x in xs)),
                    f"start_{side}": vs, f"end_{side}": ve, f"span_{side}": unit[vs - us:ve - us],
                    f"unit_start_{side}": us, f"unit_end_{side}": ue, f"text_{side}": getattr(p, f"text_{side}"),
                })
            rows.append(row)
    return rows
