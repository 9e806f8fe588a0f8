"""The time grammar (extraction/timex.py) against JioNLP's time extractor, as a candidate
finder and as a normaliser, on the project's labelled sets and on a list of expressions
where both systems mean the same thing.

    .venv/bin/python benchmarks/timex_vs_jionlp.py            # writes benchmarks/results/timex_vs_jionlp.md

Finder: of the gold DEADLINE spans, how many are among a finder's candidates exactly
(same start and end) and how many overlap one.  A DEADLINE is a decision over
candidates; a span the finder never proposes cannot be decided, so exact recall bounds
what the decision can reach.  Normaliser: for the gold spans a finder proposes exactly,
how often its value (date, relation) equals the gold value.  The expressions list tests
the end day each system gives where the meanings coincide (calendar points, quarters,
halves, ranges, "before" limits); the cases are written here in the manner of JioNLP's
own test categories, the expected days worked out by hand.

Needs the `peers` extra (jionlp).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (expression, base year, the last day it allows) — worked out by hand.
EXPRESSIONS: list[tuple[str, int, str]] = [
    ("2015年8月12日", 2021, "2015-08-12"),
    ("二〇〇六年十二月", 2021, "2006-12-31"),
    ("2007年第三季度", 2021, "2007-09-30"),
    ("1993年上半年", 2021, "1993-06-30"),
    ("2019年底", 2021, "2019-12-31"),
    ("2019年年底前", 2021, "2019-12-31"),
    ("9月30日", 2008, "2008-09-30"),
    ("5月上旬", 2018, "2018-05-10"),
    ("6月中旬前", 2018, "2018-06-20"),
    ("2017年8月至11月", 2021, "2017-11-30"),
    ("2017年五月至2018年四月", 2021, "2018-04-30"),
    ("2021年至2023年", 2021, "2023-12-31"),
    ("2025年前", 2021, "2025-12-31"),
    ("二〇三五年前", 2021, "2035-12-31"),
    ("2020年6月底前", 2020, "2020-06-30"),
    ("2019年12月31日前", 2019, "2019-12-31"),
    ("2019年3月5日上午9时", 2019, "2019-03-05"),
    ("9月10日17:00前", 2019, "2019-09-10"),
    ("6月3日下午2时至5时", 2019, "2019-06-03"),
    ("2017年8月11日至8月22日", 2021, "2017-08-22"),
    ("2018年1－9月份", 2021, "2018-09-30"),
    ("第三季度", 2020, "2020-09-30"),
    ("下半年", 2020, "2020-12-31"),
    ("“十四五”期间", 2021, "2025-12-31"),
]


def _ours(text: str, year: int | None):  # noqa: ANN202
    from policyie.extraction.context import Context
    from policyie.extraction.timex import find_times
    from policyie.records import Document

    ctx = Context(Document("x", text))
    out = []
    for t in find_times(ctx.view.text, lambda _: year):
        s, e = ctx.view.span(t.start, t.end)
        out.append((s, e, t.value()))
    return out


class _Jio:
    def __init__(self) -> None:
        with contextlib.redirect_stdout(sys.stderr):
            import jionlp

            self.extract = jionlp.ner.TimeExtractor()

    def __call__(self, text: str, base: dict | None):  # noqa: ANN204
        from policyie.evaluation.peers import deadline_value

        with contextlib.redirect_stdout(sys.stderr):
            found = self.extract(text, time_base=base or {"year": 2000}, with_parsing=True)
        out = []
        for item in found:
            s, e = item["offset"]
            value = deadline_value(item["text"], item.get("detail") or {}) if base else None
            out.append((s, e, value))
        return out


def _gold_docs():  # noqa: ANN202
    from policyie.evaluation.gold import load_gold
    from policyie.paths import shared_root

    sets = [shared_root() / "devset", ROOT / "corpora/gold", ROOT / "corpora/gold-check"]
    if (ROOT / "corpora/gold-unseen").is_dir():
        sets.append(ROOT / "corpora/gold-unseen")
    out = []
    for s in sets:
        if s.exists():
            out.append((s.name, load_gold(s)))
    return out


def _score(gold_docs, finder, base_of):  # noqa: ANN001, ANN202
    n = exact = overlap = value_ok = 0
    for doc in gold_docs:
        gold = [m for m in doc.mentions if m.label == "DEADLINE"]
        if not gold:
            continue
        cands = finder(doc.text, base_of(doc))
        spans = {(s, e): v for s, e, v in cands}
        for g in gold:
            n += 1
            if (g.start, g.end) in spans:
                exact += 1
                v = spans[(g.start, g.end)]
                gv = g.normalized or {}
                if v and v.get("date") == gv.get("date") and v.get("relation") == gv.get("relation"):
                    value_ok += 1
            if any(s < g.end and g.start < e for s, e, _ in cands):
                overlap += 1
    return n, exact, overlap, value_ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/timex_vs_jionlp.md"))
    args = ap.parse_args()
    from policyie.evaluation.peers import reference_time

    jio = _Jio()

    def year_of(doc):  # noqa: ANN001, ANN202
        base = reference_time(doc)
        return base["year"] if base else None

    lines = ["# Time grammar vs JioNLP (candidate finder and normaliser)", "",
             "Written by `benchmarks/timex_vs_jionlp.py`. Gold DEADLINE spans of the labelled sets; a finder's "
             "candidates are all the time expressions it proposes, before any DEADLINE decision.", "",
             "| set | gold | ours exact | ours overlap | ours value right | JioNLP exact | JioNLP overlap | JioNLP value right |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, docs in _gold_docs():
        n, ex, ov, vo = _score(docs, lambda t, b: _ours(t, b["year"] if b else None), reference_time)
        _, jex, jov, jvo = _score(docs, jio, reference_time)
        lines.append(f"| {name} ({len(docs)} docs) | {n} | {ex} ({ex / n:.2f}) | {ov} ({ov / n:.2f}) | {vo} | "
                     f"{jex} ({jex / n:.2f}) | {jov} ({jov / n:.2f}) | {jvo} |")
    lines += ["", "## Expressions where the meanings coincide", "",
              "The whole expression must be one candidate, and its last day must equal the one worked out by hand.", "",
              "| expression | base year | expected | ours | JioNLP |", "|---|---:|---|---|---|"]
    ok_o = ok_j = 0
    for expr, year, want in EXPRESSIONS:
        o = next((v["date"] for s, e, v in _ours(expr, year) if s == 0 and e == len(expr)), None)
        j = next((v["date"] for s, e, v in jio(expr, {"year": year}) if s == 0 and e == len(expr) and v), None)
        ok_o += o == want
        ok_j += j == want
        lines.append(f"| {expr} | {year} | {want} | {o or '—'}{' ✓' if o == want else ''} | "
                     f"{j or '—'}{' ✓' if j == want else ''} |")
    lines += [f"| **right** | | | **{ok_o}/{len(EXPRESSIONS)}** | **{ok_j}/{len(EXPRESSIONS)}** |", ""]
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
