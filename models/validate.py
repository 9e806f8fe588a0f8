"""Model proposes, the normalisers validate: a proposed (label, start, end) becomes a
``Mention`` only when the rule modules give it a value (no value, no mention).

For a proposal the ``Validator`` tries, in order:

1. **the rules' own span**: the label's rule extractor, run once over the whole document
   with its reference date, produced a mention with exactly this span: its value is taken;
2. **the rules restricted to the span**: the label's extractor run on the span's text alone
   (same reference year) returns one mention covering all of it: its value is taken;
3. **the normaliser alone** on the span (the rules' context filters are the model's job):
   STAFFING / ITEM_COUNT: one quantity with a measure word of the type covers the span
   exactly (``不少于10名`` → min 10; a comparator separated by a verb keeps its meaning);
   DEADLINE: the span is one time expression the deadline module can date (``2020年6月底前``,
   ``十五日内``, ``年内``, ``“十三五”期间``, ``2021年至2023年``, ``长期``), resolved against
   the document's date or the last year mentioned before it;
   PRINCIPLE: the span splits into parts (no quotes, no 原则 inside);
   DOC_NO: issuer code + bracketed year + number + 号.

Types without a value are checked by form: an ORG must end in a body head word of
``extraction/extractors/org.py`` (and not be a look-alike such as 格局, 干部, nor open with a
vague quantifier like 各/有关); a DOC_TITLE must sit directly inside 《》; either is also
accepted when the rule extractor found exactly that span.  Every span must lie in the text
and have no whitespace at either end.

>>> from policyie.records import Document
>>> v = Validator(Document("d", "组建乡镇综合行政执法队，人员编制不少于10名，2020年6月底前完成。"), "2020-04-26")
>>> v.check("STAFFING", 16, 22).normalized
{'min': 10, 'max': None, 'unit': '名', 'approx': False}
>>> v.check("DEADLINE", 23, 32).normalized["date"]
'2020-06-30'
>>> v.check("ORG", 2, 11).text, v.check("ORG", 2, 10)
('乡镇综合行政执法队', None)
"""

from __future__ import annotations

import re
from typing import Any

from policyie.extraction.context import Context
from policyie.extraction.extractors import RULE_EXTRACTORS
from policyie.extraction.timex import read_span
from policyie.extraction.extractors import doc_no as _dn
from policyie.extraction.extractors import item_count as _ic
from policyie.extraction.extractors import org as _org
from policyie.extraction.extractors import principle as _pr
from policyie.extraction.extractors import staffing as _st
from policyie.extraction.quantity import find_quantities
from policyie.records import LABELS, Document, Mention

#: Types whose mentions carry a normalised value.
VALUE_LABELS = frozenset({"STAFFING", "ITEM_COUNT", "DEADLINE", "PRINCIPLE", "DOC_NO"})

_MAX_LEN = {"ORG": 40, "STAFFING": 20, "ITEM_COUNT": 20, "DEADLINE": 30, "PRINCIPLE": 80, "DOC_NO": 30,
            "DOC_TITLE": 200}
# Punctuation that never sits inside an ORG (parentheses may: 县（市、区）人民政府).
_ORG_BAD = set("，,。；;：:！？!?“”\"《》<>〈〉【】[]\n\r\t|…—")
_DOC_NO_FULL = re.compile(r"(?P<code>[\u4e00-\u9fff]{0,8})" + _dn._PAT.pattern)
_NUM_CH = re.compile(r"[0-9０-９零〇○一二两三四五六七八九十百千万.．]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# characters after which a name may start even when the segmenter glues them to it
_ORG_LEFT_FREE = set("由向报给将把对从与经在和及或并同其会暨、的是为")
_PRINCIPLE_AFTER = re.compile(r"[”\"’]?(?:的|为)?[\u4e00-\u9fff]{0,4}?(?:原则|要求|方针|思路)")


class Validator:
    """Validates proposals for one document; rule output is computed once per label."""

    def __init__(self, document: Document, ref_date: str | None = None, *, words: Any = None) -> None:
        self.document = document
        self.text = document.text
        self.ref_date = ref_date
        self.ctx = Context(document, ref_date=ref_date)
        self._words = words
        self._rules: dict[str, dict[tuple[int, int], Mention]] = {}

    # ------------------------------------------------------------------ public

    def check(self, label: str, start: int, end: int, *, source: str = "model") -> Mention | None:
        """The validated mention for a proposal, or None."""
        if label not in LABELS or not (0 <= start < end <= len(self.text)):
            return None
        span = self.text[start:end]
        if span[0].isspace() or span[-1].isspace() or len(span) > _MAX_LEN[label]:
            return None
        if label in VALUE_LABELS and not self._number_edges_ok(start, end):
            return None
        ok, value = self.value(label, start, end)
        if not ok:
            return None
        return Mention(label, start, end, span, value, source)

    def value(self, label: str, start: int, end: int) -> tuple[bool, Any]:
        """(accepted, normalised value) for a span; value types need a value to be accepted."""
        if label in ("ORG", "DOC_TITLE"):
            # the form check first: the rule extractor (for ORG, with word segmentation) runs
            # only for spans that fail it
            form = self._org_form if label == "ORG" else self._title_form
            ok = form(start, end) or (start, end) in self.rule_mentions(label)
            return ok, None
        hit = self.rule_mentions(label).get((start, end))
        if hit is not None and hit.normalized is not None:
            return True, hit.normalized
        v = self._restricted(label, start, end)
        if v is None:
            v = self._normalise(label, start, end)
        return (v is not None), v

    def rule_mentions(self, label: str) -> dict[tuple[int, int], Mention]:
        """The label's rule mentions over the whole document, by span (before overlap resolution)."""
        got = self._rules.get(label)
        if got is None:
            if label == "ORG":
                found = _org.OrgExtractor(self._words).extract(self.ctx)
            else:
                found = RULE_EXTRACTORS[label](self.ctx)
            got = {(m.start, m.end): m for m in found}
            self._rules[label] = got
        return got

    # ------------------------------------------------------------------ forms

    def _number_edges_ok(self, start: int, end: int) -> bool:
        """A value span never starts or ends inside a number (00名 of 100名, 202 of 2020年)."""
        v = self.ctx.view.text
        if start > 0 and _NUM_CH.match(v[start - 1]) and _NUM_CH.match(v[start]):
            return False
        return not (end < len(v) and _NUM_CH.match(v[end]) and _NUM_CH.match(v[end - 1]))

    def _org_left_ok(self, start: int) -> bool:
        """An ORG starts at a word boundary: after punctuation or a function character, or
        where the word segmenter starts a word (not 委编办 inside 县委编办)."""
        v = self.ctx.view.text
        if start == 0 or not _CJK.match(v[start - 1]) or v[start - 1] in _ORG_LEFT_FREE:
            return True
        if self._words is None:
            from policyie.extraction.words import WordSegmenter

            self._words = WordSegmenter()
        lo = max(0, start - 8)
        return any(w.start == start for w in self._words.words(v[lo:min(len(v), start + 8)], lo))

    def _org_form(self, start: int, end: int) -> bool:
        v = self.ctx.view.text[start:end]
        if any(ch in _ORG_BAD for ch in v) or v.count("（") + v.count("(") != v.count("）") + v.count(")"):
            return False
        if v in _org._STOP or v in _org._NOT_BODY or v in _org._GENERIC_HEADS and v not in _org._known_names():
            return False
        if v[0] in "各每" or any(v.startswith(w) for w in _org._VAGUE if len(w) > 1):
            return False
        return _org._ends_with_head(v) and self._org_left_ok(start)

    def _title_form(self, start: int, end: int) -> bool:
        t = self.text
        if start == 0 or end >= len(t) or t[start - 1] != "《" or t[end] != "》":
            return False
        depth = 0
        for ch in t[start:end]:
            if ch == "《":
                depth += 1
            elif ch == "》":
                depth -= 1
                if depth < 0:
                    return False
        return depth == 0

    # ------------------------------------------------------------------ values

    def _ref_for(self, start: int) -> str | None:
        if self.ref_date:
            return self.ref_date
        y = self.ctx.ref_year(start)
        return str(y) if y else None

    def _restricted(self, label: str, start: int, end: int) -> Any:
        """The label's rule module on the span's text alone."""
        span = self.text[start:end]
        ctx = Context(Document(self.document.doc_id, span), ref_date=self._ref_for(start))
        for m in RULE_EXTRACTORS[label](ctx):
            if m.start == 0 and m.end == len(span) and m.normalized is not None:
                return m.normalized
        return None

    def _normalise(self, label: str, start: int, end: int) -> Any:
        v = self.ctx.view.text
        if label == "STAFFING":
            return _quantity_value(v, start, end, "名|人", staffing=True)
        if label == "ITEM_COUNT":
            return _quantity_value(v, start, end, _ic._UNITS, staffing=False)
        if label == "DEADLINE":
            return self._deadline(start, end)
        if label == "PRINCIPLE":
            span = v[start:end]
            if re.search(r"[“”\"‘’《》\n]|原则", span) or len(span) < 2 or not self._principle_context(start, end):
                return None
            ps = _pr.parts(span)
            return ps or None
        if label == "DOC_NO":
            m = _DOC_NO_FULL.fullmatch(v, start, end)
            if not m:
                return None
            return {"issuer_code": m.group("code"), "year": int(m.group("year")), "number": int(m.group("num"))}
        return None

    def _principle_context(self, start: int, end: int) -> bool:
        """A principle is named as one: 原则/要求/方针/思路 follows (after a closing quote and
        的/为), or it is a whole quoted formula, or an item 一是… of a list after 原则：."""
        v = self.ctx.view.text
        if _PRINCIPLE_AFTER.match(v, end):
            return True
        if start > 0 and end < len(v) and v[start - 1] in "“\"‘" and v[end] in "”\"’":
            return bool(_PRINCIPLE_AFTER.match(v, end + 1)) or bool(re.search(_pr._VERB + r"[^。；]{0,6}$", v[max(0, start - 12):start - 1]))
        return bool(re.search(r"[一二三四五六七八九十]是(?:坚持|遵循|把握)?[“\"]?$", v[max(0, start - 6):start])
                    and "原则" in v[max(0, start - 400):start])

    def _deadline(self, start: int, end: int) -> dict | None:
        """The value of a whole span as the time grammar reads it (``extraction/timex.py``,
        the one normaliser rules and models share), or None when it cannot."""
        t = read_span(self.ctx.view.text[start:end], self.ctx.ref_year(start))
        return None if t is None else t.value()


def _quantity_value(v: str, start: int, end: int, units: str, *, staffing: bool) -> dict | None:
    """The value of the one quantity that covers ``v[start:end]`` exactly, as the STAFFING
    or ITEM_COUNT module would write it."""
    q = next((q for q in find_quantities(v, units, start, end) if q.start == start and q.end == end), None)
    if q is None:
        return None
    before = v[max(0, start - 6):start]
    if staffing:
        mn, mx = q.min, q.max
        if q.comparator is None and _st._SEPARATED_LOWER.search(before):
            mn, mx = q.min, None
        elif q.comparator is None and _st._SEPARATED_UPPER.search(before):
            mn, mx = None, q.max
        return {"min": mn, "max": mx, "unit": q.unit, "approx": q.approx}
    if q.approx and q.min is None:
        return None
    value: dict = {"value": q.min if q.min is not None else q.max, "unit": q.unit}
    if q.comparator or q.approx:
        value.update(min=q.min, max=q.max)
        if q.approx:
            value["approx"] = True
    elif _ic._SEPARATED_LOWER.search(before):
        value.update(min=q.min, max=None)
    return value


def validate(document: Document, proposals: list[tuple[str, int, int]], ref_date: str | None = None, *,
             source: str = "model", words: Any = None) -> list[Mention]:
    """The validated mentions of ``proposals`` (label, start, end) in ``document``."""
    v = Validator(document, ref_date, words=words)
    return [m for m in (v.check(label, s, e, source=source) for label, s, e in proposals) if m is not None]
