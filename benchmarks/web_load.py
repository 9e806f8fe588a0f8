"""A bounded load test of ``policyie serve``: loopback only, a fixed number of requests.

    .venv/bin/python benchmarks/web_load.py --db /tmp/full.duckdb [--requests 2000] [--clients 20]

Starts ``policyie serve`` on 127.0.0.1 (an ephemeral port) over the store, waits until its
comparison is ready, then sends the same fixed, seeded mix of the page's API calls from
``--clients`` threads, each on its own keep-alive connection (as a browser does), until
``--requests`` answers have come back.  Before the timed run every distinct request is
sent once (the *cold* pass: a comparison of two regions is computed then, once per store
version); the timed run is what users meet afterwards.  Writes p50/p95/p99 overall and per
kind of request, with the conditions (machine load from ``uptime``, cores, store) to
``benchmarks/results/web_load.md``.  Nothing leaves the machine: the server binds
127.0.0.1 and the client only talks to it.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import queue
import random
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "results" / "web_load.md"

TERMS = ["综合行政执法", "编制", "乡镇", "街道", "物业管理", "罚款", "业主委员会", "行政许可", "应急", "安全生产",
         "人员编制", "不少于", "监督检查", "责令改正", "公共服务", "社区", "网格", "执法队", "审批", "培训",
         "环境保护", "消防", "档案", "招标投标", "信访", "食品安全", "城市管理", "交通运输", "农村", "居民委员会"]
#: kind of request → share of the mix (sums to 1)
MIX = {"search": 0.40, "provision": 0.12, "compare": 0.10, "staffing": 0.10, "adoption": 0.10, "regions": 0.06,
       "meta": 0.04, "download": 0.08}


def _uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, timeout=10).stdout.strip()
    except OSError:
        return "(uptime unavailable)"


def _get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path, headers={"Accept": "application/json"})
    resp = conn.getresponse()
    return resp.status, resp.read()


def _start_server(db: str, log) -> tuple[subprocess.Popen, int]:
    # the server's log goes to a file: a pipe nobody reads fills up and stalls the server
    proc = subprocess.Popen([sys.executable, "-m", "policyie.cli", "serve", "--db", db, "--host", "127.0.0.1",
                             "--port", "0"], stdout=subprocess.PIPE, stderr=log, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line or "")
        if m:
            return proc, int(m.group(1))
        if proc.poll() is not None:
            raise SystemExit("server did not start (see its log)")
    proc.kill()
    raise SystemExit("server did not start within 300 s")


def _plan(conn, n: int, seed: int) -> list[tuple[str, str]]:
    """The fixed mix: ``n`` (kind, path) pairs drawn with ``seed`` from what the store holds."""
    rng = random.Random(seed)
    regions = json.loads(_get(conn, "/api/regions")[1])["regions"]
    # cities of a few to a few dozen documents (the pairs an analyst compares; the samples
    # store has smaller ones only, then those)
    cities = sorted((r for r in regions if r["level"] >= 2 and r["n_docs"] <= 40), key=lambda r: -r["n_docs"])[:12]
    provinces = [r["region"] for r in regions if r["level"] == 1]
    rng.shuffle(cities)
    pairs = []
    for i in range(len(cities)):
        for j in range(i + 1, len(cities)):
            a, b = cities[i]["region"], cities[j]["region"]
            if not a.startswith(b) and not b.startswith(a) and len(pairs) < 4:
                pairs.append((a, b))
    provisions = []
    for t in TERMS[:10]:
        res = json.loads(_get(conn, "/api/search?" + urlencode({"q": t, "limit": 20}))[1])["results"]
        provisions += [(r["provision_id"], r["doc_key"]) for r in res]
    kinds, weights = zip(*MIX.items())
    plan = []
    for _ in range(n):
        kind = rng.choices(kinds, weights)[0]
        if kind == "search":
            q = {"q": rng.choice(TERMS), "limit": rng.choice([20, 50, 100]), "offset": rng.choice([0, 0, 0, 50])}
            if rng.random() < 0.3:
                q["region"] = rng.choice(provinces)
            path = "/api/search?" + urlencode(q)
        elif kind == "provision":
            pid, doc = rng.choice(provisions)
            path = f"/api/provision/{quote(pid, safe='')}?" + urlencode({"doc": doc})
        elif kind == "compare":
            a, b = rng.choice(pairs)
            q = {"a": a, "b": b}
            if rng.random() < 0.3:
                q["q"] = rng.choice(TERMS[:10])
            path = "/api/compare?" + urlencode(q)
        elif kind == "staffing":
            path = "/api/staffing?" + urlencode({"q": rng.choice(["", "", "编制", "执法", "委员"])})
        elif kind == "adoption":
            path = "/api/adoption?" + urlencode({"min_regions": rng.choice([2, 3, 5]), "max_measures": rng.choice([40, 80])})
        elif kind == "regions":
            path = "/api/regions"
        elif kind == "meta":
            path = "/api/meta"
        else:
            path = "/api/download.csv?" + urlencode({"view": "search", "q": rng.choice(TERMS), "limit": 200})
        plan.append((kind, path))
    return plan, pairs


def _pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    k = min(len(xs) - 1, max(0, int(round(p / 100 * len(xs) + 0.5)) - 1))
    return xs[k]


def _run(port: int, plan: list[tuple[str, str]], clients: int) -> tuple[list[tuple[str, float, int]], float]:
    work: queue.Queue = queue.Queue()
    for item in plan:
        work.put(item)
    out: list[tuple[str, float, int]] = []
    lock = threading.Lock()

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        mine = []
        while True:
            try:
                kind, path = work.get_nowait()
            except queue.Empty:
                break
            t0 = time.perf_counter()
            try:
                status, _ = _get(conn, path)
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                status = -1
            mine.append((kind, time.perf_counter() - t0, status))
        conn.close()
        with lock:
            out.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="the store to serve (e.g. the whole corpus)")
    ap.add_argument("--requests", type=int, default=2000, help="timed requests (default 2000)")
    ap.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)

    load_before = _uptime()
    t_start = time.perf_counter()
    import tempfile

    log_file = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
    proc, port = _start_server(args.db, log_file)
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        t_ready = time.perf_counter()
        while json.loads(_get(conn, "/api/meta")[1])["comparison"]["state"] != "ready":
            time.sleep(1)
        ready_s = time.perf_counter() - t_ready
        meta = json.loads(_get(conn, "/api/meta")[1])
        plan, pairs = _plan(conn, args.requests, args.seed)
        distinct = list(dict.fromkeys(plan))
        cold: dict[str, list[float]] = {}
        # the cold pass: what is computed once per store version, i.e. the comparison of each
        # pair of regions (and the staffing table); every other request meets the timed run
        # cold the first time it is sent
        warm = [("compare", "/api/compare?" + urlencode({"a": a, "b": b})) for a, b in pairs]
        warm += [("staffing", "/api/staffing"), ("adoption", "/api/adoption")]
        for kind, path in warm:
            t0 = time.perf_counter()
            status, _ = _get(conn, path)
            cold.setdefault(kind, []).append(time.perf_counter() - t0)
            if status != 200:
                print(f"warning: {status} for {path}", file=sys.stderr)
        conn.close()
        load_mid = _uptime()
        results, wall = _run(port, plan, args.clients)
        load_after = _uptime()
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log_file.seek(0)
        log = log_file.read()
        log_file.close()
    tracebacks = log.count("Traceback")

    lat = [t for _, t, s in results]
    errors = sum(1 for _, _, s in results if s != 200)
    lines = [
        "# `policyie serve` under load (benchmarks/web_load.py)",
        "",
        f"Store: `{Path(args.db).name}`, {meta['n_documents']} documents, {meta['n_provisions']} provisions, "
        f"{meta['n_regions']} regions.  Server: `policyie serve` (ThreadingHTTPServer, one read-only DuckDB), "
        f"127.0.0.1 only.  Clients: {args.clients} threads, each on one keep-alive connection, "
        f"{len(results)} requests in total (seed {args.seed}; {len(distinct)} distinct).",
        "",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, shared with other work:",
        f"- before: `{load_before}`",
        f"- before the timed run: `{load_mid}`",
        f"- after: `{load_after}`",
        "",
        f"Comparison ready {ready_s:.1f} s after the server printed its address (the whole store's duplicates "
        "and adoption, read back from the store's comparison cache when `policyie compare` has already "
        "computed them, else computed).",
        "",
        "## Timed run (after the cold pass)",
        "",
        f"Wall time {wall:.1f} s, {len(results) / wall:.0f} requests/s, {errors} errors, {tracebacks} tracebacks in "
        f"the server log.  {len(distinct)} of the {len(results)} requests are distinct: the first of each is "
        "answered from the store (DuckDB queries; comparisons from the per-version cache), repeats from the "
        "server's answer cache (the store is read-only while served).",
        "",
        "| kind | requests | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|",
        f"| **all** | {len(lat)} | {_pct(lat, 50) * 1000:.0f} | {_pct(lat, 95) * 1000:.0f} | "
        f"{_pct(lat, 99) * 1000:.0f} | {max(lat) * 1000:.0f} |",
    ]
    for kind in MIX:
        xs = [t for k, t, _ in results if k == kind]
        if xs:
            lines.append(f"| {kind} | {len(xs)} | {_pct(xs, 50) * 1000:.0f} | {_pct(xs, 95) * 1000:.0f} | "
                         f"{_pct(xs, 99) * 1000:.0f} | {max(xs) * 1000:.0f} |")
    lines += ["", "## Cold pass (one client): each region pair's comparison, computed once per store version", "",
              "| kind | requests | median ms | max ms |", "|---|---:|---:|---:|"]
    for kind in MIX:
        xs = cold.get(kind, [])
        if xs:
            lines.append(f"| {kind} | {len(xs)} | {_pct(xs, 50) * 1000:.0f} | {max(xs) * 1000:.0f} |")
    lines += ["", "Region pairs compared: " + "; ".join(f"{a} × {b}" for a, b in pairs) + ".", "",
              f"Total benchmark time {time.perf_counter() - t_start:.0f} s.", ""]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
