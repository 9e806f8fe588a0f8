"""The Ray engine against the local single-process path, over the shared corpus, in one run.

    .venv/bin/python benchmarks/ray_engine.py                 # 2,051 documents, 2 rounds (~15 min loaded)
    .venv/bin/python benchmarks/ray_engine.py --limit 100     # a quick check (written to ray_engine-quick.*)
    .venv/bin/python benchmarks/ray_engine.py --rounds 1

Each round runs, one after the other, each in a fresh process (so each pays its own
start-up, as a user's command does):

* ``local``: ``make_pipeline("rules")`` then ``extract_records`` + ``write_jsonl`` to a
  temporary file: what ``policyie extract -o F.jsonl`` runs, on one core;
* ``pool-2``: ``extract_to_jsonl(..., workers=2)``: ``policyie extract --workers 2``, the
  local pool (worker start-up included in its time);
* ``ray-1`` and ``ray-2``: ``ray.init(num_cpus=2)`` (a local Ray instance, timed apart as
  start-up) then ``extract_ray`` with 1 and 2 actors writing Parquet shards: what
  ``policyie extract --engine ray -o DIR`` runs.

The figures of each configuration are the fastest of its rounds.  ``ray-1`` against
``local`` isolates Ray's cost (one core each); ``ray-2`` shows what the second core
gives.  Ray's per-document overhead is the execution time minus the time the actors
spent reading and analysing (the shards' ``seconds``), per document.  Every record of
the Ray run is checked against the local run's (same JSON, document by document).

Then, once: the shards loaded with ``ingest_parquet`` (one transaction) into a fresh
store, and the comparison's candidate search measured per core on that store's units
(MinHash signatures and LSH band keys, TF-IDF vectors: the per-shard work; the bucket
join of band keys: the shuffle), for the scaling plan in the README.

Other helpers load this 2-core machine: ``uptime`` is recorded before and after each run.
Results: ``benchmarks/results/ray_engine.json`` and ``ray_engine.md``.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import datetime
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results"
CORPORA = ("corpus/regulations", "corpus/gov-reports-2024/txt")


def _uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


# ---------------------------------------------------------------------------
# Children (one configuration each, in a fresh process)
# ---------------------------------------------------------------------------


def _child_local(paths: list[str], out: Path) -> dict:
    t0 = time.perf_counter()
    from policyie.batch import extract_records, make_pipeline, write_jsonl

    pipe = make_pipeline("rules")
    t1 = time.perf_counter()
    with open(out, "w", encoding="utf-8") as fh:
        n, errors = write_jsonl(extract_records(paths, pipeline=pipe), fh)
    t2 = time.perf_counter()
    return {"init_s": t1 - t0, "run_s": t2 - t1, "docs": n, "errors": errors}


def _child_pool(paths: list[str], out: Path, workers: int) -> dict:
    t0 = time.perf_counter()
    from policyie.batch import extract_to_jsonl

    with open(out, "w", encoding="utf-8") as fh:  # the workers build their own pipelines
        n, errors = extract_to_jsonl(paths, fh, pipeline="rules", workers=workers)
    return {"init_s": 0.0, "run_s": time.perf_counter() - t0, "docs": n, "errors": errors}


def _child_ray(paths: list[str], out: Path, workers: int) -> dict:
    import logging

    t0 = time.perf_counter()
    import ray

    from policyie.engine_ray import extract_ray

    # Ray starts its workers at niceness 15 unless told otherwise; the local process runs at 0.
    # policyie's engine sets 0 for the local instance it starts: so does this run.
    os.environ.setdefault("RAY_worker_niceness", "0")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    t1 = time.perf_counter()
    n, errors = extract_ray(paths, out, workers=workers)
    t2 = time.perf_counter()
    ray.shutdown()
    import pyarrow.dataset as pads

    seconds = pads.dataset(str(out), format="parquet").to_table(columns=["seconds"]).column("seconds")
    return {"init_s": t1 - t0, "run_s": t2 - t1, "docs": n, "errors": errors,
            "actor_doc_s": float(sum(seconds.to_pylist()))}


def _child(args: argparse.Namespace) -> None:
    paths = [p for p in Path(args.paths_file).read_text("utf-8").split("\n") if p]
    if args.child == "local":
        res = _child_local(paths, Path(args.child_out))
    elif args.child.startswith("pool-"):
        res = _child_pool(paths, Path(args.child_out), int(args.child.split("-")[1]))
    else:
        res = _child_ray(paths, Path(args.child_out), int(args.child.split("-")[1]))
    print("RESULT " + json.dumps(res))


# ---------------------------------------------------------------------------
# Parent
# ---------------------------------------------------------------------------


def _run(config: str, paths_file: Path, out: Path) -> dict:
    before = _uptime()
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "--child", config, "--paths-file", str(paths_file),
                           "--child-out", str(out)], capture_output=True, text=True, cwd=REPO)
    wall = time.perf_counter() - t0
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if proc.returncode or line is None:
        raise SystemExit(f"{config} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    res = json.loads(line[7:])
    res.update(config=config, wall_s=wall, uptime_before=before, uptime_after=_uptime())
    return res


def _check_records(jsonl: Path, shards: Path) -> int:
    """Documents whose Ray record differs from the local one (0 expected)."""
    import pyarrow.dataset as pads

    local = {}
    with open(jsonl, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            local[rec["source"]] = rec
    table = pads.dataset(str(shards), format="parquet").to_table(columns=["source", "record"])
    ray_recs = dict(zip(table.column("source").to_pylist(), table.column("record").to_pylist()))
    differ = len(set(local) ^ set(ray_recs))
    differ += sum(1 for s in set(local) & set(ray_recs) if json.loads(ray_recs[s]) != local[s])
    return differ


def _ingest(shards: Path, db: Path) -> dict:
    from policyie.corpora.parquet_ingest import ingest_parquet
    from policyie.corpora.store import open_store

    before = _uptime()
    con = open_store(db)
    t0 = time.perf_counter()
    stats = ingest_parquet(con, [shards])
    secs = time.perf_counter() - t0
    con.close()
    return {"seconds": secs, "stats": stats.summary(), "store_bytes": db.stat().st_size,
            "uptime_before": before, "uptime_after": _uptime()}


def _candidate_search(db: Path) -> dict:
    """Per-core cost of the comparison's candidate search steps on the store's units."""
    import numpy as np

    from policyie.compare.duplicates import DuplicateParams, _band_keys, _lsh_params, _pairs_from_buckets
    from policyie.compare.minhash import shingle_sets, signatures
    from policyie.compare.units import load_units, mask_numbers
    from policyie.compare.vectors import comparable_texts, unit_vectors
    from policyie.corpora.store import open_store

    before = _uptime()
    con = open_store(db, read_only=True)
    units = load_units(con)  # the sentence units `compare --what duplicates` reads
    con.close()
    params = DuplicateParams()
    texts = [mask_numbers(t) for t in units["norm"]]
    chars = sum(len(t) for t in texts)
    b, r = _lsh_params(params)
    t0 = time.perf_counter()
    sig = signatures(shingle_sets(texts, params.k), num_perm=params.num_perm, seed=params.seed)
    t1 = time.perf_counter()
    keys = _band_keys(sig, b, r)
    t2 = time.perf_counter()
    pairs = _pairs_from_buckets(keys, np.arange(len(texts)), params.max_bucket)
    t3 = time.perf_counter()
    vecs = unit_vectors(comparable_texts(units))
    t4 = time.perf_counter()
    return {"units": len(texts), "chars": chars, "docs": int(units["doc_key"].nunique()),
            "minhash_s": t1 - t0, "band_keys_s": t2 - t1, "bucket_join_s": t3 - t2, "pairs": int(len(pairs)),
            "bands": b, "rows": r, "tfidf_s": t4 - t3, "tfidf_features": int(vecs.shape[1]),
            "uptime_before": before, "uptime_after": _uptime()}


#: One round: the local process, the local pool of 2 workers, Ray with 1 and 2 actors.
CONFIGS = ("local", "pool-2", "ray-1", "ray-2")


def _fastest(runs: list[dict], config: str) -> dict:
    return min((r for r in runs if r["config"] == config), key=lambda r: r["wall_s"])


def _markdown(res: dict) -> str:
    n, chars = res["docs"], res["chars"]
    loc, r1, r2 = (_fastest(res["runs"], c) for c in ("local", "ray-1", "ray-2"))
    pool = _fastest(res["runs"], "pool-2") if any(r["config"] == "pool-2" for r in res["runs"]) else None
    lines = [
        "# Ray engine against the local path",
        "",
        f"Run {res['when']} on {res['machine']} ({res['cpus']} CPUs; the load of each run is listed below), "
        f"Python {res['python']}, Ray {res['ray']}. Corpus: {', '.join(res['corpora'])}: **{n:,} documents, "
        f"{chars:,} characters**. {res['rounds']} rounds, interleaved ({', '.join(sorted({r['config'] for r in res['runs']}, key=lambda c: (c[0] != 'l', c[0] != 'p', c)))} per round); the "
        "fastest of each is shown. Command: `.venv/bin/python benchmarks/ray_engine.py"
        + (f" --limit {res['limit']}" if res["limit"] else "") + f" --rounds {res['rounds']}`.",
        "",
        "| configuration | wall (s) | start-up (s) | extraction (s) | docs/s (wall) | chars/s (wall) | docs/s (extraction) | chars/s (extraction) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    shown = [("local, 1 process", loc)] + ([("local pool, 2 workers", pool)] if pool else []) + \
        [("Ray, 1 actor", r1), ("Ray, 2 actors", r2)]
    for name, r in shown:
        lines.append(f"| {name} | {r['wall_s']:.1f} | {r['wall_s'] - r['run_s']:.1f} | {r['run_s']:.1f} | "
                     f"{n / r['wall_s']:.1f} | {chars / r['wall_s']:,.0f} | {n / r['run_s']:.1f} | "
                     f"{chars / r['run_s']:,.0f} |")
    over1 = r1["run_s"] - r1["actor_doc_s"]
    over2 = r2["run_s"] - r2["actor_doc_s"] / 2
    lines += [
        "",
        "Start-up = the whole process's wall time minus the extraction (interpreter, imports, the pipeline "
        "for local; `ray.init` of a local instance for Ray). Extraction = reading + analysing + writing every "
        "document (for Ray: actors started, jieba loaded in each, batches scheduled, Parquet shards written).",
        "",
        "**Ray's overhead against the local path**",
        "",
        f"- start-up: Ray {r1['wall_s'] - r1['run_s']:.1f} s / {r2['wall_s'] - r2['run_s']:.1f} s (1 / 2 actors) "
        f"against {loc['wall_s'] - loc['run_s']:.1f} s for the local process (of which `ray.init` "
        f"{r1['init_s']:.1f} s / {r2['init_s']:.1f} s);",
        f"- per document: Ray with 1 actor {1000 * r1['run_s'] / n:.1f} ms against local "
        f"{1000 * loc['run_s'] / n:.1f} ms ({r1['run_s'] / loc['run_s']:.2f}×). Not one core against one: the "
        f"actor only reads and analyses ({1000 * r1['actor_doc_s'] / n:.1f} ms per document) and hands its rows "
        "to Ray, whose Write tasks serialise the Parquet shards in other processes, while the local process also "
        "turns every record into a JSON line and writes it itself. Ray's own cost (actor start and jieba load, "
        f"scheduling, moving rows, shards) is the rest: {1000 * over1 / n:.1f} ms per document ({over1:.1f} s in all);",
        f"- 2 actors: {n / r2['run_s']:.1f} docs/s, {loc['run_s'] / r2['run_s']:.2f}× the local process's "
        f"extraction rate ({loc['wall_s'] / r2['wall_s']:.2f}× on wall time); execution minus half the actors' "
        f"document time = {over2:.1f} s ({1000 * over2 / n:.1f} ms per document). On 2 CPUs the second actor "
        "shares them with Ray's own processes (raylet, GCS, the Write tasks): Ray pays on a cluster, not here "
        "(the README's capacity plan).",
        *([f"- against the local pool of 2 workers (`policyie extract --workers 2`, {n / pool['wall_s']:.1f} docs/s "
           f"on wall time, worker start-up included): Ray with 2 actors takes {r2['wall_s'] / pool['wall_s']:.2f}× "
           f"its time ({r2['wall_s'] - pool['wall_s']:.1f} s more, {1000 * (r2['wall_s'] - pool['wall_s']) / n:.1f} "
           "ms per document); the pool is "
           f"{loc['wall_s'] / pool['wall_s']:.2f}× the single process."] if pool else []),
        f"- records: {res['records_differ']} of {n:,} documents differ between the Ray shards and the local JSONL.",
        "",
        "The engine starts a local instance's workers at niceness 0 (Ray's default, 15, left the actors little "
        "CPU beside other jobs in an earlier run: 185–199 s with 2 actors under load 10).",
        "",
        "Load (uptime) before / after each run:",
        "",
    ]
    for r in res["runs"]:
        lines.append(f"- {r['config']}: wall {r['wall_s']:.1f} s; `{r['uptime_before']}` / `{r['uptime_after']}`")
    ing = res["ingest"]
    lines += [
        "",
        "## Loading the shards (`ingest --from-parquet`, one transaction)",
        "",
        f"{ing['stats']} in {ing['seconds']:.1f} s ({n / ing['seconds']:.0f} docs/s, text re-read from the "
        f"sources), store {ing['store_bytes'] / 2**20:.0f} MiB. Load: `{ing['uptime_before']}` / "
        f"`{ing['uptime_after']}`.",
    ]
    cs = res["candidates"]
    if cs:
        u = cs["units"]
        lines += [
            "",
            "## The comparison's candidate search, per core (for the scaling plan)",
            "",
            f"On that store: {u:,} units ({cs['chars']:,} characters) of {cs['docs']:,} documents, one process.",
            "",
            "| step | where it would run | seconds | units/s |",
            "|---|---|---:|---:|",
            f"| MinHash signatures (3-grams, {128} permutations) | per shard | {cs['minhash_s']:.1f} | "
            f"{u / cs['minhash_s']:,.0f} |",
            f"| LSH band keys ({cs['bands']} bands × {cs['rows']} rows) | per shard | {cs['band_keys_s']:.2f} | "
            f"{u / cs['band_keys_s']:,.0f} |",
            f"| TF-IDF vectors (char 1–3-grams, hashed) | per shard (IDF: one reduce) | {cs['tfidf_s']:.1f} | "
            f"{u / cs['tfidf_s']:,.0f} |",
            f"| candidate pairs from equal band keys ({cs['pairs']:,} pairs) | join by key (shuffle) | "
            f"{cs['bucket_join_s']:.2f} | {u / cs['bucket_join_s']:,.0f} |",
            "",
            f"Load: `{cs['uptime_before']}` / `{cs['uptime_after']}`.",
        ]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents (quick check)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--no-candidates", action="store_true", help="skip the candidate-search figures")
    ap.add_argument("--markdown-only", action="store_true", help="rewrite the .md from the recorded .json")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--paths-file", help=argparse.SUPPRESS)
    ap.add_argument("--child-out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args)
        return 0
    if args.markdown_only:
        stem = "ray_engine-quick" if args.limit else "ray_engine"
        res = json.loads((RESULTS / f"{stem}.json").read_text("utf-8"))
        (RESULTS / f"{stem}.md").write_text(_markdown(res), encoding="utf-8")
        return 0

    import ray

    from policyie.corpora.readers import ReadError, iter_input_paths, read_document
    from policyie.paths import shared_root

    shared = shared_root()
    if shared is None:
        raise SystemExit("benchmarks/ray_engine.py needs ../shared (or $POLICYIE_SHARED)")
    paths = [str(p) for p in iter_input_paths([shared / c for c in CORPORA])][:args.limit]
    chars = 0
    for p in paths:
        try:
            chars += len(read_document(p).text)
        except ReadError:
            pass
    tmp = Path(tempfile.mkdtemp(prefix="policyie-ray-bench-"))
    paths_file = tmp / "paths.txt"
    paths_file.write_text("\n".join(paths) + "\n", encoding="utf-8")
    runs = []
    for rnd in range(args.rounds):
        for config in CONFIGS:
            out = tmp / f"{config}-{rnd}" if config.startswith("ray") else tmp / f"{config}-{rnd}.jsonl"
            res = _run(config, paths_file, out)
            runs.append(res)
            print(f"round {rnd + 1} {config}: wall {res['wall_s']:.1f} s, extraction {res['run_s']:.1f} s "
                  f"({res['docs']} docs, {res['errors']} errors); {res['uptime_after']}", file=sys.stderr)
    differ = _check_records(tmp / "local-0.jsonl", tmp / "ray-2-0")
    ingest = _ingest(tmp / "ray-2-0", tmp / "store.duckdb")
    print(f"ingest --from-parquet: {ingest['seconds']:.1f} s, {ingest['stats']}", file=sys.stderr)
    candidates = None if args.no_candidates else _candidate_search(tmp / "store.duckdb")
    res = {"when": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
           "machine": platform.machine(), "cpus": os.cpu_count(), "python": platform.python_version(),
           "ray": ray.__version__, "corpora": [f"../shared/{c}" for c in CORPORA], "limit": args.limit,
           "rounds": args.rounds, "docs": len(paths), "chars": chars, "runs": runs, "records_differ": differ,
           "ingest": ingest, "candidates": candidates}
    stem = "ray_engine-quick" if args.limit else "ray_engine"
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{stem}.json").write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (RESULTS / f"{stem}.md").write_text(_markdown(res), encoding="utf-8")
    print((RESULTS / f"{stem}.md").read_text("utf-8"))
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
