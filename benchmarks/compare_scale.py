"""Scaling benchmark of `policyie compare` (duplicates + divergences) on ../shared/corpus.

    .venv/bin/python benchmarks/compare_scale.py [--corpus ../shared/corpus] [--db out/compare_scale.duckdb]
        [--records A.jsonl B.jsonl]   # extract records already made (skips extraction)
        [--fractions 0.1 0.25 0.5 1.0]

Builds (once) a store of the whole corpus (the 1,908 regulations and the 143 government
work reports in txt: 2,051 documents) with the store helpers, then, for each fraction of
the corpus's provisions (a random sample, fixed seed), runs in a fresh process: load the
units, find duplicates, list divergences.  Each run reports wall time per step and the
process's peak resident memory; the growth exponent is the slope of log(time) against
log(provisions).  Results: benchmarks/results/compare_scale.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"


def _build(db: Path, corpus: Path, records: list[str] | None) -> dict:
    from policyie.corpora import store

    t = time.perf_counter()
    con = store.open_store(db)
    if records:
        def it():
            for path in records:
                with open(path, encoding="utf-8") as f:
                    for line in f:
                        if line.strip():
                            yield json.loads(line)
        store.ingest_records(con, it())
    else:
        store.ingest_paths(con, [corpus / "regulations", corpus / "gov-reports-2024" / "txt"])
    n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    n_prov = con.execute("SELECT count(*) FROM provisions").fetchone()[0]
    con.close()
    return {"documents": n_docs, "provisions": n_prov, "build_seconds": round(time.perf_counter() - t, 1)}


def _one(db: str, fraction: float, seed: int = 0) -> dict:
    """One measured run (in its own process, so that peak memory is its own)."""
    import duckdb
    import numpy as np

    from policyie.compare.divergences import find_divergences
    from policyie.compare.duplicates import find_duplicates
    from policyie.compare.staffing import staffing_table
    from policyie.compare.units import _provisions_from_store, units_from_provisions

    con = duckdb.connect(db, read_only=True)
    out = {"fraction": fraction}
    t0 = time.perf_counter()
    prov = _provisions_from_store(con)
    if fraction < 1:
        rng = np.random.default_rng(seed)
        keep = np.sort(rng.choice(len(prov), size=int(round(len(prov) * fraction)), replace=False))
        prov = prov.iloc[keep].reset_index(drop=True)
    units = units_from_provisions(prov)
    out["provisions"] = len(prov)
    out["units"] = len(units)
    out["chars"] = int(units["norm"].str.len().sum())
    t1 = time.perf_counter()
    dup = find_duplicates(units)
    t2 = time.perf_counter()
    div = find_divergences(con, dup, staffing=staffing_table(con))
    t3 = time.perf_counter()
    out.update({"load_s": round(t1 - t0, 2), "duplicates_s": round(t2 - t1, 2), "divergences_s": round(t3 - t2, 2),
                "compare_s": round(t3 - t1, 2), "total_s": round(t3 - t0, 2),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "clusters": len(dup.clusters), "pairs": len(dup.pairs), "divergences": len(div),
                "candidates": dup.stats.get("candidates"), "probes": dup.stats.get("probes")})
    con.close()
    return out


def _slope(xs, ys) -> float:
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / sum((a - mx) ** 2 for a in lx)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--db", default=str(ROOT / "out" / "compare_scale.duckdb"))
    ap.add_argument("--records", nargs="*", help="extract JSONL files to ingest instead of extracting the corpus")
    ap.add_argument("--fractions", nargs="*", type=float, default=[0.1, 0.25, 0.5, 1.0])
    ap.add_argument("--one", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one is not None:
        print(json.dumps(_one(args.db, args.one)))
        return 0
    db = Path(args.db)
    build = None
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        build = _build(db, Path(args.corpus), args.records)
        print("store:", build, file=sys.stderr)
    runs = []
    for f in args.fractions:
        res = subprocess.run([sys.executable, __file__, "--db", str(db), "--one", str(f)], check=True,
                             capture_output=True, text=True)
        run = json.loads(res.stdout.strip().splitlines()[-1])
        print(run, file=sys.stderr)
        runs.append(run)
    xs = [r["provisions"] for r in runs]
    result = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "store": build, "runs": runs,
        "exponent_compare_time": round(_slope(xs, [r["compare_s"] for r in runs]), 3) if len(runs) > 1 else None,
        "exponent_duplicates_time": round(_slope(xs, [r["duplicates_s"] for r in runs]), 3) if len(runs) > 1 else None,
        "exponent_peak_memory": round(_slope(xs, [r["peak_rss_mb"] for r in runs]), 3) if len(runs) > 1 else None,
        "exponent_candidates": round(_slope(xs, [r["candidates"] for r in runs]), 3) if len(runs) > 1 else None,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "compare_scale.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
    lines = ["# Compare: scaling on ../shared/corpus", "",
             "`benchmarks/compare_scale.py`: duplicates (exact groups, MinHash LSH, verification, clusters) and",
             "divergences (fields of verified pairs, same-body staffing) for a random sample of the",
             "corpus's provisions (fixed seed), each run in a fresh process; peak memory is the run's",
             "peak resident set (ru_maxrss, Python and libraries included).", "",
             f"Machine: {result['machine']['cpus']} CPUs, Python {result['machine']['python']}.", ""]
    if build:
        lines += [f"Store: {build['documents']} documents, {build['provisions']} provisions "
                  f"(built in {build['build_seconds']} s).", ""]
    lines += ["| fraction | provisions | units | load s | duplicates s | divergences s | compare s | peak RSS MB "
              "| LSH candidates | clusters | pairs | divergences |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in runs:
        lines.append(f"| {r['fraction']:.0%} | {r['provisions']:,} | {r['units']:,} | {r['load_s']} | "
                     f"{r['duplicates_s']} | {r['divergences_s']} | {r['compare_s']} | {r['peak_rss_mb']} | "
                     f"{r['candidates']:,} | {r['clusters']:,} | {r['pairs']:,} | {r['divergences']:,} |")
    lines += ["", f"Growth exponent (slope of log time against log provisions): compare "
              f"**{result['exponent_compare_time']}**, duplicates {result['exponent_duplicates_time']}; "
              f"LSH candidates {result['exponent_candidates']}; peak memory {result['exponent_peak_memory']}.",
              "All-pairs comparison would be exponent 2.", ""]
    (RESULTS / "compare_scale.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
