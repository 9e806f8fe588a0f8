"""Peak memory and time of the comparison views a user asks for, on the whole corpus.

    python benchmarks/compare_views.py                      # ingests <shared>/corpus first
    python benchmarks/compare_views.py --db STORE.duckdb    # a store already holding it

``compare_scale.py`` measures the comparison's stages inside one process; this runs the
CLI as a user does, ``policyie compare --db STORE --what VIEW -o OUT``, each in a fresh
process, and reads its peak resident memory (``RUSAGE_CHILDREN`` of a wrapper, as
``command_memory.py``).  The *first* view of a store computes the comparison and writes
it into the store's cache; later views read it back.  Every run starts from a copy of
the store without a cache, in this order:

* copy 1: ``divergences`` (first: aligns and reads the divergences), ``adoption`` (first
  for duplicates), then the second view of every ``--what``;
* copy 2: ``pairs`` first.

The issue's goal: the first view under 1 GiB, the later ones in seconds.  Results:
``benchmarks/results/compare_views.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE))

from command_memory import GOAL_RSS, measure  # noqa: E402
from throughput import _git_head, _loadavg, machine_info  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("--db", help="a store holding the corpus, without a comparison cache (copied, never changed)")
    args = ap.parse_args()
    cli = str(Path(sys.executable).with_name("policyie"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "corpus.duckdb"
        if args.db:
            shutil.copyfile(args.db, base)
        else:
            r = measure([cli, "ingest", str(Path(args.shared) / "corpus"), "--db", str(base), "-q"])
            print(f"ingest: exit {r['rc']}, {r['wall_s']:.0f} s", flush=True)
        n_docs = _count(base)

        def view(db: Path, what: str, kind: str, fmt: str = "csv") -> None:
            out = Path(tmp) / f"{what}.{kind}.{fmt}"
            r = measure([cli, "compare", "--db", str(db), "--what", what, "--format", fmt, "-o", str(out)])
            r.update(view=what, kind=kind, format=fmt, output_bytes=out.stat().st_size if out.exists() else None)
            rows.append(r)
            print(f"{what} ({kind}): exit {r['rc']}, peak {r['peak_kib'] / 1024:.0f} MiB, {r['wall_s']:.1f} s",
                  flush=True)

        one, two = Path(tmp) / "one.duckdb", Path(tmp) / "two.duckdb"
        shutil.copyfile(base, one)
        view(one, "divergences", "first")
        view(one, "adoption", "first")
        for what in ("divergences", "pairs", "adoption", "duplicates", "families", "staffing"):
            view(one, what, "second")
        shutil.copyfile(base, two)
        view(two, "pairs", "first")
        view(two, "pairs", "second", "table")
        view(two, "pairs", "second", "json")
    result = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
              "commit": _git_head(), "machine": machine_info(None), "load_after": _loadavg(),
              "documents": n_docs, "store": args.db or "ingested here", "runs": rows}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "compare_views.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    lines = [f"# `policyie compare` views on the whole corpus ({n_docs:,} documents)", "",
             f"{result['date']}, commit {result['commit']}, load after {result['load_after']}; "
             "`python benchmarks/compare_views.py`. Each view a fresh process writing CSV; peak = its largest "
             "resident set. *first*: the view computes the comparison (or the duplicates) and writes it into the "
             "store's cache; *second*: read back. Goal: first under 1 GiB, second in seconds. Store: "
             f"{result['store']}.", "",
             "| view | kind | format | exit | peak RSS | under 1 GiB | wall s | CPU s | output |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        ok = "✓" if r["peak_kib"] * 1024 < GOAL_RSS else "✗"
        size = f"{r['output_bytes'] / 1e6:.1f} MB" if r["output_bytes"] else "-"
        lines.append(f"| {r['view']} | {r['kind']} | {r['format']} | {r['rc']} | {r['peak_kib'] / 1024:,.0f} MiB | {ok} | "
                     f"{r['wall_s']:.1f} | {r['cpu_s']:.1f} | {size} |")
    (RESULTS / "compare_views.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0


def _count(db: Path) -> int:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        con.close()


if __name__ == "__main__":
    raise SystemExit(main())
