"""Time per character and peak memory of one document, from 10 KB to 50 MB.

    python benchmarks/length_scaling.py                       # 10 KB, 100 KB, 1 MB, 5 MB, 50 MB
    python benchmarks/length_scaling.py --sizes 0.01 0.1 1    # sizes in MB (10^6 bytes of UTF-8)

Each document is real text: regulations of ``<shared>/corpus/regulations`` (in path order)
joined by blank lines until the size is reached, cut on a character boundary.  Each size
runs in a fresh child process pinned to one CPU, which

1. builds ``Pipeline()`` and warms it up on a short text (jieba and rjieba dictionaries loaded);
2. times ``pipe.analyse(doc)`` (metadata, segmentation, mentions, provisions) — repeated
   until at least 2 CPU seconds have passed, for the small sizes — and reads the peak RSS;
3. times ``analysis.to_json()`` and ``json.dumps(record, ensure_ascii=False) + "\\n"``,
   which is what ``policyie extract`` writes for the document, and reads the peak RSS after
   each step; before ``json.dumps`` it also writes the record in pieces
   (``extraction.record_json.iter_json``, the same bytes) to /dev/null, to show the peak a
   writer that streams would have (not in the times).

Times are CPU seconds of the child (``time.process_time``): other work on the machine does
not inflate them the way it inflates wall time.  Peak RSS is the child's ``ru_maxrss``.
Results: ``benchmarks/results/length_scaling.json`` and ``.md``.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE))

from throughput import _loadavg, _pin, regulations_corpus, run_header  # noqa: E402

DEFAULT_SIZES = (0.01, 0.1, 1, 5, 50)
GOAL_SPREAD = 0.30  # time per char within ±30 % of the median over the sizes
GOAL_RSS = 1 << 30
GOAL_50MB_S = 180


def build(corpus: Path, size_bytes: int, out: Path) -> int:
    """Concatenate the corpus's .txt files (repeating it if needed) to ``size_bytes``; return chars."""
    files = sorted(corpus.rglob("*.txt"))
    parts: list[bytes] = []
    n, i = 0, 0
    while n < size_bytes:
        b = files[i % len(files)].read_bytes()
        parts.append(b)
        n += len(b) + 2
        i += 1
    text = b"\n\n".join(parts)[:size_bytes].decode("utf-8", "ignore")
    out.write_text(text, "utf-8")
    return len(text)


def _peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _rss() -> int:
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def child(path: str) -> dict:
    from policyie.extraction.pipeline import Pipeline
    from policyie.extraction.record_json import iter_json
    from policyie.records import Document

    pipe = Pipeline()
    pipe.analyse(Document("warm", "组建乡镇综合行政执法队，人员编制不少于10名。2020年6月底前完成。"))
    rss_init = _rss()
    text = Path(path).read_text("utf-8")
    doc = Document(Path(path).stem, text, source=path)
    runs, spent = 0, 0.0
    while True:
        t = time.process_time()
        analysis = pipe.analyse(doc)
        spent += time.process_time() - t
        runs += 1
        if spent >= 2.0 or runs >= 50 or len(text) > 1_000_000:
            break
        del analysis
    peak_analysis = _peak()
    t = time.process_time()
    record = analysis.to_json()
    peak_to_json = _peak()  # the analysis and its record side by side
    del analysis
    ts = time.process_time()
    with open(os.devnull, "w", encoding="utf-8") as sink:  # written in pieces (extraction.record_json)
        for piece in iter_json(record):
            sink.write(piece)
        sink.write("\n")
    streamed_s = time.process_time() - ts
    peak_streamed = _peak()
    text_json = json.dumps(record, ensure_ascii=False)
    peak_dumps = _peak()  # the record and its JSON text (and the encoder's pieces)
    line = text_json + "\n"  # what policyie.batch.write_jsonl writes: a second copy of the text
    record_s = time.process_time() - t - streamed_s
    peak_all = _peak()
    return {
        "chars": len(text), "bytes": len(text.encode("utf-8")), "runs": runs,
        "analyse_cpu_s": spent / runs, "record_cpu_s": record_s, "streamed_write_cpu_s": streamed_s,
        "us_per_char": (spent / runs + record_s) / len(text) * 1e6,
        "analyse_us_per_char": spent / runs / len(text) * 1e6,
        "rss_after_init": rss_init, "peak_rss_analysis": peak_analysis, "peak_rss_to_json": peak_to_json, "peak_rss_streamed": peak_streamed,
        "peak_rss_dumps": peak_dumps, "peak_rss": peak_all,
        "record_bytes": len(line.encode("utf-8")), "record_chars": len(line),
        "entities": len(record["entities"]), "provisions": len(record["provisions"]), "sections": len(record["sections"]),
    }


def _mib(b: int) -> str:
    return f"{b / 2**20:,.0f} MiB"


def render(res: dict) -> str:
    m = res["machine"]
    rows = res["rows"]
    med = sorted(r["us_per_char"] for r in rows)[len(rows) // 2]
    lines = [
        "# Time per character and peak memory by document length",
        "",
        f"- date: {res['date']}; commit: `{res['commit']}`; command: `{res['command']}`",
        f"- machine: {m['cpu_model']}, {m['logical_cpus']} logical CPUs; each size in a fresh child process pinned to "
        f"CPU {m['pinned_cpu']}; load average {' '.join(res['loadavg_before'] or ['?'])} at start, "
        f"{' '.join(res['loadavg_after'] or ['?'])} at end (other sessions shared the machine: times are CPU "
        "seconds of the child, which load inflates less than wall time)",
        "- documents: regulations of <shared>/corpus/regulations joined by blank lines up to the size (UTF-8 bytes)",
        "- time = `Pipeline.analyse` + `to_json` + `json.dumps` (what `policyie extract` does to a document, "
        "less reading and writing); small sizes repeat `analyse` for ≥ 2 CPU s",
        f"- goals: time per char within ±{GOAL_SPREAD:.0%} of the median ({med:.2f} µs); 50 MB under "
        f"{GOAL_50MB_S} s on one core; peak RSS under 1 GiB",
        "",
        "| size | chars | CPU s | µs per char | vs median | peak RSS, analysis | peak RSS, with the record | record (JSON) | entities | provisions |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        total = r["analyse_cpu_s"] + r["record_cpu_s"]
        dev = r["us_per_char"] / med - 1
        ok = "✓" if abs(dev) <= GOAL_SPREAD else "✗"
        rss_ok = "✓" if r["peak_rss"] < GOAL_RSS else "✗"
        lines.append(
            f"| {r['label']} | {r['chars']:,} | {total:,.2f} | {r['us_per_char']:.2f} | {dev:+.0%} {ok} "
            f"| {_mib(r['peak_rss_analysis'])} | {_mib(r['peak_rss'])} {rss_ok} | {r['record_bytes'] / 1e6:,.1f} MB "
            f"| {r['entities']:,} | {r['provisions']:,} |")
    lines += ["", f"RSS after start-up (dictionaries loaded): {_mib(rows[0]['rss_after_init'])}.", "",
              "Where the peak is reached, largest size (each figure is the peak up to the end of that step):", ""]
    r = rows[-1]
    lines += [
        f"- `Pipeline.analyse`: {_mib(r['peak_rss_analysis'])}",
        f"- `to_json()` (the analysis and the record dict side by side): {_mib(r['peak_rss_to_json'])}",
        f"- the record written in pieces with `policyie.extraction.record_json.iter_json` (the same bytes, "
        f"at most one section, entity or provision in memory as text): {_mib(r['peak_rss_streamed'])}",
        f"- `json.dumps(record)` (the dict, the encoder's pieces and the JSON text of "
        f"{r['record_chars']:,} characters): {_mib(r['peak_rss_dumps'])}",
        f"- `+ \"\\n\"` as `policyie.batch.write_jsonl` writes the line (a second copy of the text): {_mib(r['peak_rss'])}",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=list(DEFAULT_SIZES), help="sizes in MB (10^6 bytes)")
    ap.add_argument("--corpus", type=Path, help="folder of .txt files (default <shared>/corpus/regulations)")
    ap.add_argument("--cpu", type=int, help="CPU to pin to (default: the highest allowed)")
    ap.add_argument("--out", type=Path, help="results JSON (default benchmarks/results/length_scaling.json)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        sys.stdout.write(json.dumps(child(args.child)) + "\n")
        return 0
    cpu = _pin(args.cpu)
    corpus = regulations_corpus(args.corpus, "length_scaling")
    res = {**run_header(cpu), "loadavg_before": _loadavg(), "rows": []}
    with tempfile.TemporaryDirectory(prefix="policyie-length-") as tmp:
        for mb in args.sizes:
            path = Path(tmp) / f"doc-{mb:g}MB.txt"
            build(corpus, int(mb * 1_000_000), path)
            t = time.perf_counter()
            out = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                                 check=True)
            row = json.loads(out.stdout.strip().splitlines()[-1])
            row.update(label=f"{mb * 1000:g} KB" if mb < 1 else f"{mb:g} MB", wall_s=time.perf_counter() - t)
            res["rows"].append(row)
            print(f"{row['label']}: {row['chars']:,} chars, {row['us_per_char']:.2f} µs/char, "
                  f"peak {_mib(row['peak_rss'])}", file=sys.stderr)
            path.unlink()
    res["loadavg_after"] = _loadavg()
    out_json = args.out or RESULTS / "length_scaling.json"
    out_json.parent.mkdir(parents=True, exist_ok=True)
    out_json.write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", "utf-8")
    md = render(res)
    out_json.with_suffix(".md").write_text(md, "utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
