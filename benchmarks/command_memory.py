"""Peak memory of the commands a user runs on one big document, end to end.

    python benchmarks/command_memory.py                 # a 50 MB document
    python benchmarks/command_memory.py --mb 5          # another size

``length_scaling.py`` measures the analysis inside one process; this runs the CLI as a
user does — ``policyie extract FILE -o OUT`` with 1 and 2 workers, and ``policyie ingest
FILE --db STORE`` with 1 worker (in this process) and 2 (the document and a copy of it:
two workers, one writer) — and reads the peak resident memory of the largest process of each
command (the CLI or one of its workers), so what the command holds while writing its
output (a JSON line, the store rows) is counted.  The document is real text: the
regulations of ``<shared>/corpus/regulations`` joined until the size is reached (as in
``length_scaling.py``).

Each command runs under a fresh ``python -c`` wrapper that waits for it and reports its
own ``RUSAGE_CHILDREN`` peak: the largest ``ru_maxrss`` among the command and its
workers, all waited for.  Results: ``benchmarks/results/command_memory.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE))

from length_scaling import build  # noqa: E402
from throughput import _git_head, _loadavg, machine_info  # noqa: E402

GOAL_RSS = 1 << 30

_WRAPPER = """
import json, resource, subprocess, sys, time
t = time.monotonic()
rc = subprocess.call(sys.argv[1:])
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "wall_s": time.monotonic() - t, "peak_kib": ru.ru_maxrss,
                  "cpu_s": ru.ru_utime + ru.ru_stime}))
"""


def measure(args: list[str]) -> dict:
    """Run ``args`` under the wrapper; its exit code, wall and CPU seconds and peak RSS."""
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("--mb", type=float, default=50.0)
    args = ap.parse_args()
    cli = str(Path(sys.executable).with_name("policyie"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / f"doc{args.mb:g}mb.txt"
        chars = build(Path(args.shared) / "corpus" / "regulations", int(args.mb * 1_000_000), doc)
        copy = Path(tmp) / f"copy{args.mb:g}mb.txt"
        shutil.copyfile(doc, copy)
        runs = [("extract, 1 worker", [cli, "extract", str(doc), "-o", f"{tmp}/o1.jsonl", "--workers", "1", "-q"]),
                ("extract, 2 workers", [cli, "extract", str(doc), str(doc), "-o", f"{tmp}/o2.jsonl",
                                        "--workers", "2", "-q"]),
                ("ingest, 1 worker", [cli, "ingest", str(doc), "--db", f"{tmp}/s1.duckdb", "--workers", "1", "-q"]),
                # two copies under two names: both analysed (another path), one writer
                ("ingest, 2 workers", [cli, "ingest", str(doc), str(copy), "--db", f"{tmp}/s2.duckdb",
                                       "--workers", "2", "-q"])]
        for name, cmd in runs:
            r = measure(cmd)
            out = Path(cmd[cmd.index("-o") + 1]) if "-o" in cmd else None
            r.update(run=name, output_bytes=out.stat().st_size if out else None)
            rows.append(r)
            print(f"{name}: exit {r['rc']}, peak {r['peak_kib'] / 1024:.0f} MiB, {r['wall_s']:.1f} s", flush=True)
    result = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
              "commit": _git_head(), "machine": machine_info(None), "load_after": _loadavg(),
              "mb": args.mb, "chars": chars, "runs": rows}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "command_memory.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    lines = [f"# Peak memory of the CLI on one {args.mb:g} MB document ({chars:,} characters)", "",
             f"{result['date']}, commit {result['commit']}, load after {result['load_after']}; "
             "`python benchmarks/command_memory.py`. Peak = largest resident set of the command or any of its "
             "workers. Goal: under 1 GiB.", "",
             "| command | exit | peak RSS | goal | wall s | CPU s | output |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        ok = "✓" if r["peak_kib"] * 1024 < GOAL_RSS else "✗"
        size = f"{r['output_bytes'] / 1e6:.1f} MB" if r["output_bytes"] else "store"
        lines.append(f"| {r['run']} | {r['rc']} | {r['peak_kib'] / 1024:,.0f} MiB | {ok} | {r['wall_s']:.1f} | "
                     f"{r['cpu_s']:.1f} | {size} |")
    (RESULTS / "command_memory.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
