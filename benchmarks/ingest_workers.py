"""``policyie ingest`` with 1 and 2 workers over the shared corpus, measured in one run.

    python benchmarks/ingest_workers.py                       # 2,051 documents, runs 1,2,2,1 (~5 min)
    python benchmarks/ingest_workers.py --order 1,2 --limit 200   # a quick check
    python benchmarks/ingest_workers.py --corpus DIR [--corpus DIR]
    python benchmarks/ingest_workers.py --max-load 2.5            # wait for a quieter machine before each run

Each run is ``python -m policyie ingest CORPUS... --db <fresh store> --workers N
--no-progress`` in a fresh process (interpreter start, worker start-up and the store
writes included: what a user waits for).  Runs alternate (default 1, 2, 2, 1) so that a
change of machine load touches both sides; the speed-up is the ratio of the mean times.
The load average is read before and after each run (other sessions share the machine).
Both stores must hold the same documents, hashes and row counts (checked).  Results go
to ``benchmarks/results/ingest_workers.json`` and ``.md`` (or ``--out``).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results"


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"


def _autogroup() -> bool:
    f = Path("/proc/sys/kernel/sched_autogroup_enabled")
    return f.exists() and f.read_text().strip() == "1"


def _store_summary(db: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        docs, chars = con.execute("SELECT count(*), coalesce(sum(n_chars), 0) FROM documents").fetchone()
        errors = con.execute("SELECT count(*) FROM errors").fetchone()[0]
        rows = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("sections", "provisions", "mentions", "staffing", "deadlines")}
        hashes = sorted(con.execute("SELECT doc_key, content_hash FROM documents").fetchall())
    finally:
        con.close()
    return {"documents": docs, "chars": int(chars), "errors": errors, "rows": rows, "hashes": hashes}


def run_once(corpus: list[str], workers: int, tmp: Path, i: int, limit_dir: Path | None) -> dict:
    db = tmp / f"run{i}-w{workers}.duckdb"
    inputs = [str(limit_dir)] if limit_dir else corpus
    cmd = [sys.executable, "-m", "policyie", "ingest", *inputs, "--db", str(db), "--workers", str(workers),
           "--no-progress"]
    before = _load()
    usage0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    wall = time.perf_counter() - t0
    usage1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    after = _load()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"ingest failed ({proc.returncode}): {proc.stderr[-2000:]}")
    s = _store_summary(db)
    n = s["documents"] + s["errors"]
    return {"workers": workers, "seconds": round(wall, 2),
            "cpu_seconds": round((usage1.ru_utime - usage0.ru_utime) + (usage1.ru_stime - usage0.ru_stime), 1),
            "documents": n, "stored": s["documents"], "errors": s["errors"], "chars": s["chars"],
            "docs_per_s": round(n / wall, 1), "chars_per_s": round(s["chars"] / wall),
            "load_before": before, "load_after": after, "summary": proc.stderr.strip().splitlines()[-1],
            "_check": (s["rows"], s["hashes"])}


def main(argv: list[str] | None = None) -> int:
    from policyie.paths import shared_root

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", action="append", help="folders to ingest (default: the shared corpus's 2,051 .txt)")
    ap.add_argument("--order", default="1,2,2,1", help="worker counts, in run order (default 1,2,2,1)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents (a quick check)")
    ap.add_argument("--out", default=None, help="results JSON (the .md beside it)")
    ap.add_argument("--max-load", type=float, default=None,
                    help="before each run, wait (up to --max-wait s) until the 1-minute load average is below this")
    ap.add_argument("--max-wait", type=float, default=600.0)
    args = ap.parse_args(argv)

    if args.corpus:
        corpus = args.corpus
    else:
        shared = shared_root()
        if shared is None:
            raise SystemExit("no ../shared beside the checkout (or $POLICYIE_SHARED): pass --corpus")
        corpus = [str(shared / "corpus" / "regulations"), str(shared / "corpus" / "gov-reports-2024" / "txt")]
    order = [int(x) for x in args.order.split(",")]
    out = Path(args.out) if args.out else RESULTS / ("ingest_workers.json" if args.limit is None
                                                      else "ingest_workers-quick.json")
    tmp = Path(tempfile.mkdtemp(prefix="policyie-bench-"))
    limit_dir = None
    try:
        if args.limit is not None:
            from policyie.corpora.readers import iter_input_paths

            limit_dir = tmp / "corpus"
            limit_dir.mkdir()
            for k, p in enumerate(iter_input_paths(corpus)):
                if k >= args.limit:
                    break
                os.symlink(p.resolve(), limit_dir / f"{k:05d}{p.suffix}")
        runs = []
        for i, w in enumerate(order):
            if args.max_load is not None:
                waited = time.monotonic()
                while float(_load().split()[0]) >= args.max_load and time.monotonic() - waited < args.max_wait:
                    time.sleep(5)
            r = run_once(corpus, w, tmp, i, limit_dir)
            print(f"run {i + 1}/{len(order)}: {w} worker(s) {r['seconds']} s, {r['docs_per_s']} docs/s, "
                  f"load {r['load_before']} -> {r['load_after']}", file=sys.stderr)
            runs.append(r)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    checks = {json.dumps(r.pop("_check"), ensure_ascii=False) for r in runs}
    same = len(checks) == 1
    by = {}
    for w in sorted(set(order)):
        rs = [r for r in runs if r["workers"] == w]
        mean = sum(r["seconds"] for r in rs) / len(rs)
        by[w] = {"runs": len(rs), "mean_seconds": round(mean, 2), "docs_per_s": round(rs[0]["documents"] / mean, 1),
                 "chars_per_s": round(rs[0]["chars"] / mean)}
    speedup = round(by[1]["mean_seconds"] / by[2]["mean_seconds"], 2) if 1 in by and 2 in by else None
    result = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
              "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
              "corpus": corpus, "limit": args.limit, "order": order, "runs": runs, "by_workers": by,
              "speedup_2_over_1": speedup, "same_store": same, "autogroup": _autogroup()}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    out.with_suffix(".md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))
    return 0 if same and (speedup is None or speedup >= 1.7) else 1


def markdown(r: dict) -> str:
    lines = [
        "# `policyie ingest` with 1 and 2 workers",
        "",
        f"Measured {r['date']} on {r['machine']} by `benchmarks/ingest_workers.py`"
        + (f" (first {r['limit']} documents)" if r["limit"] else "") + ".",
        f"Corpus: {', '.join(Path(c).name if Path(c).name != 'txt' else 'gov-reports-2024/txt' for c in r['corpus'])} "
        f"({r['runs'][0]['documents']:,} documents, {r['runs'][0]['chars']:,} characters stored).",
        "Each run: a fresh process and a fresh store, `policyie ingest … --workers N --no-progress` "
        "(start-up, reading, analysis and store writes all included); runs in the order "
        f"{', '.join(map(str, r['order']))}.",
        "The machine is shared with other sessions: the load average (1, 5, 15 min) is shown before and after each run.",
        "",
        "| run | workers | seconds | CPU seconds | documents/s | characters/s | load before | load after |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for i, x in enumerate(r["runs"], 1):
        lines.append(f"| {i} | {x['workers']} | {x['seconds']} | {x['cpu_seconds']} | {x['docs_per_s']} | "
                     f"{x['chars_per_s']:,} | {x['load_before']} | {x['load_after']} |")
    lines += ["", "| workers | runs | mean seconds | documents/s | characters/s |", "|---|---|---|---|---|"]
    for w, b in r["by_workers"].items():
        lines.append(f"| {w} | {b['runs']} | {b['mean_seconds']} | {b['docs_per_s']} | {b['chars_per_s']:,} |")
    cpu = {w: sum(x["cpu_seconds"] for x in r["runs"] if x["workers"] == w) / b["runs"]
           for w, b in r["by_workers"].items()}
    if 1 in cpu and 2 in cpu:
        lines += ["", f"CPU seconds (all processes of a run): {cpu[1]:.1f} with 1 worker, {cpu[2]:.1f} with 2: "
                      f"the pool costs {100 * (cpu[2] / cpu[1] - 1):.0f}% more CPU (worker start-up, passing results "
                      f"to the writer). On two otherwise idle cores that bounds the speed-up at "
                      f"2 × {cpu[1]:.1f} / {cpu[2]:.1f} = {2 * cpu[1] / cpu[2]:.2f}× (derived, not measured)."]
    peak = max(float(x[k].split()[0]) for x in r["runs"] for k in ("load_before", "load_after"))
    cores = int(r["machine"].split(", ")[1].split()[0])
    if peak > cores:
        lines += ["", f"**The machine was loaded**: 1-minute load average up to {peak:g} on {cores} cores during "
                      "these runs (other sessions' work), so each run got only a share of the cores and the "
                      "wall-clock figures and speed-up below are not what an idle machine gives."]
        if r.get("autogroup"):
            lines += ["The kernel schedules by session (`sched_autogroup_enabled = 1`): on a saturated machine a "
                      "session gets about the same share of the CPUs whether it runs one process or three, so "
                      "a second worker cannot show as speed-up until the other sessions leave a core free."]
    lines += ["", f"Speed-up with 2 workers: **{r['speedup_2_over_1']}×** (target ≥ 1.7×).",
              f"Same documents, hashes and row counts in every store: {'yes' if r['same_store'] else '**no**'}.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
