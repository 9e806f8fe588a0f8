"""The rules path's speed next to bare ``jieba.lcut``, interleaved per document.

    python benchmarks/jieba_ratio.py                  # <shared>/corpus/regulations, 3 passes
    python benchmarks/jieba_ratio.py --passes 5 --limit 200

One process pinned to one CPU reads every document once, then makes ``--passes`` passes
over them.  For each document it times, one right after the other and in an order that
rotates from document to document and pass to pass:

* ``rules``: ``Pipeline().analyse(doc).to_json()`` and ``json.dumps`` of the record (what
  ``policyie extract`` does to a document, less reading the file and writing the line),
  with the default ``WordSegmenter`` (rjieba where it cuts as jieba does);
* ``rules, jieba only``: the same with ``WordSegmenter(engine="jieba")`` (the segmenter
  before rjieba), to show the change in the same run;
* ``jieba.lcut``: an owned ``jieba.Tokenizer().lcut(text)`` on the whole text (the
  algorithm of bare ``jieba.lcut`` without its global state).

Times are CPU seconds of the process (``time.process_time``), so other work on the
machine slows the three alike instead of whichever ran during a burst; wall seconds are
reported too.  The ratio is jieba's time over the rules' time (> 1: the rules are faster).
Results: ``benchmarks/results/jieba_ratio.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE))

from throughput import _loadavg, _pin, regulations_corpus, run_header  # noqa: E402

GOAL = 1.0


def run(corpus: Path, passes: int, limit: int | None) -> dict:
    import jieba

    from policyie.corpora.readers import ReadError, iter_input_paths, read_document
    from policyie.extraction.pipeline import Pipeline
    from policyie.extraction.words import WordSegmenter

    docs = []
    for p in iter_input_paths([corpus]):
        try:
            docs.append(read_document(p))
        except ReadError:
            continue
        if limit is not None and len(docs) >= limit:
            break
    auto, slow = Pipeline(WordSegmenter()), Pipeline(WordSegmenter(engine="jieba"))
    tok = jieba.Tokenizer()
    tok.initialize()
    engine = "rjieba + jieba" if auto.words._fast is not None else "jieba (rjieba not installed)"

    def rules(doc):  # noqa: ANN001, ANN202
        return json.dumps(auto.analyse(doc).to_json(), ensure_ascii=False)

    def rules_jieba(doc):  # noqa: ANN001, ANN202
        return json.dumps(slow.analyse(doc).to_json(), ensure_ascii=False)

    def bare(doc):  # noqa: ANN001, ANN202
        return tok.lcut(doc.text)

    sides = {"rules": rules, "rules, jieba only": rules_jieba, "jieba.lcut": bare}
    for f in sides.values():  # warm-up: lazy imports, HMM tables, regex compilation
        f(docs[0])
    cpu = {k: [0.0] * passes for k in sides}
    wall = {k: [0.0] * passes for k in sides}
    identical = 0
    names = list(sides)
    load_before = _loadavg()
    for n in range(passes):
        for i, doc in enumerate(docs):
            k = (i + n) % len(names)
            out = {}
            for name in names[k:] + names[:k]:
                c, w = time.process_time(), time.perf_counter()
                out[name] = sides[name](doc)
                cpu[name][n] += time.process_time() - c
                wall[name][n] += time.perf_counter() - w
            identical += out["rules"] == out["rules, jieba only"]
    chars = sum(len(d.text) for d in docs)
    total = {k: sum(v) for k, v in cpu.items()}
    return {
        "corpus": str(corpus), "documents": len(docs), "chars": chars, "passes": passes,
        "segmenter": engine,
        "cpu_s": cpu, "wall_s": wall,
        "chars_per_cpu_s": {k: chars * passes / v for k, v in total.items()},
        "ratio": total["jieba.lcut"] / total["rules"],
        "ratio_per_pass": [cpu["jieba.lcut"][n] / cpu["rules"][n] for n in range(passes)],
        "ratio_jieba_only": total["jieba.lcut"] / total["rules, jieba only"],
        "ratio_wall": sum(wall["jieba.lcut"]) / sum(wall["rules"]),
        "records_identical": f"{identical} of {len(docs) * passes}",
        "loadavg_before": load_before, "loadavg_after": _loadavg(),
    }


def render(res: dict) -> str:
    r = res["result"]
    m = res["machine"]
    lines = [
        "# The rules path next to bare jieba.lcut, interleaved per document",
        "",
        f"- date: {res['date']}; commit: `{res['commit']}`; command: `{res['command']}`",
        f"- machine: {m['cpu_model']}, {m['logical_cpus']} logical CPUs, pinned to CPU {m['pinned_cpu']}; "
        f"load average {' '.join(r['loadavg_before'] or ['?'])} before, {' '.join(r['loadavg_after'] or ['?'])} after "
        "(other sessions were running: the ratio is the figure to read, not the speeds)",
        f"- corpus: {r['corpus']}, {r['documents']:,} documents, {r['chars']:,} characters; {r['passes']} passes, "
        "each document timed on the three sides one after the other, order rotating",
        f"- segmenter of the rules: {r['segmenter']}; records of the two rules sides identical: {r['records_identical']}",
        "- times: process CPU seconds; rules = analyse + to_json + json.dumps",
        "",
        f"| side | CPU s per pass | chars per CPU s | jieba.lcut ÷ side (goal ≥ {GOAL}) |",
        "|---|---|---:|---:|",
    ]
    for k in r["cpu_s"]:
        per = ", ".join(f"{x:.1f}" for x in r["cpu_s"][k])
        ratio = sum(r["cpu_s"]["jieba.lcut"]) / sum(r["cpu_s"][k])
        lines.append(f"| {k} | {per} | {r['chars_per_cpu_s'][k]:,.0f} | {ratio:.2f} |")
    lines += [
        "",
        f"Ratio per pass: {', '.join(f'{x:.3f}' for x in r['ratio_per_pass'])}; on wall time {r['ratio_wall']:.3f}. "
        f"Goal ≥ {GOAL}: {'met' if r['ratio'] >= GOAL else 'NOT met'} ({r['ratio']:.3f}).",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, help="folder (default <shared>/corpus/regulations)")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--limit", type=int, help="only the first N documents (a quick run; not the result file)")
    ap.add_argument("--cpu", type=int, help="CPU to pin to (default: the highest allowed)")
    ap.add_argument("--out", type=Path, help="results JSON (default benchmarks/results/jieba_ratio.json)")
    args = ap.parse_args(argv)
    cpu = _pin(args.cpu)
    corpus = regulations_corpus(args.corpus, "jieba_ratio")
    res = run_header(cpu)
    res["result"] = run(corpus, max(1, args.passes), args.limit)
    out = args.out or RESULTS / ("jieba_ratio-quick.json" if args.limit else "jieba_ratio.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", "utf-8")
    md = render(res)
    out.with_suffix(".md").write_text(md, "utf-8")
    print(md)
    return 0 if res["result"]["ratio"] >= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
