"""Throughput, peak memory and span integrity of ``policyie extract`` on one core.

    python benchmarks/throughput.py                    # both shared corpora (several minutes)
    python benchmarks/throughput.py --limit 50         # first 50 files of each: a quick check
    python benchmarks/throughput.py --corpus DIR       # another folder (repeatable)
    python benchmarks/throughput.py --profile 100      # cProfile on 100 documents instead

For each corpus the parent process (pinned to one CPU, BLAS/OpenMP threads set to 1)
starts two child processes one after the other on that same CPU:

* ``jieba``: reads every text into memory, builds an owned ``jieba.Tokenizer()``
  (initialised before timing), then times ``tokenizer.lcut(text)`` over all texts;
* ``policyie``: builds ``Pipeline()`` and loads its jieba dictionary (timed apart as
  initialisation), analyses one document as a warm-up (lazy resources), then times a
  streaming run of ``extract_records`` + ``write_jsonl`` (what ``policyie extract -o``
  runs) writing JSONL to a temporary file, and reports its own ``ru_maxrss``.

The parent then re-reads every document and checks ``text[start:end] == mention text``
for every mention of every record (entities and the mentions inside provisions).
Results go to ``benchmarks/results/throughput.json`` and ``throughput.md``; see
``benchmarks/README.md`` for what each figure means.  The two sides run one after the
other, so load that comes and goes skews their ratio; ``benchmarks/jieba_ratio.py``
measures the ratio interleaved per document (the figure to quote).
"""

from __future__ import annotations

import os

# Before anything imports numpy/scipy/sklearn (pandas, cpca and jionlp may): one thread.
for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS",
             "VECLIB_MAXIMUM_THREADS"):
    os.environ[_var] = "1"

import argparse
import datetime
import heapq
import json
import platform
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results"

GOAL_RATIO = 0.5  # policyie chars/s ÷ jieba chars/s
GOAL_RSS_BYTES = 1 << 30  # 1 GiB

DEFAULT_CORPORA = ("corpus/regulations", "corpus/gov-reports-2024/txt")


def _involuntary_switches() -> int:
    """Times this process was preempted: a sign that something else wanted the CPU."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw


def _maxrss_bytes() -> int:
    """Peak resident set size of this process (ru_maxrss is KiB on Linux, bytes on macOS)."""
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r if sys.platform == "darwin" else r * 1024


# ---------------------------------------------------------------------------
# Child processes
# ---------------------------------------------------------------------------


def _read_paths(paths_file: str) -> list[str]:
    return [line for line in Path(paths_file).read_text("utf-8").split("\n") if line]


class _TimedPipeline:
    """Wraps a ``Pipeline``: times each ``analyse`` call and counts its characters."""

    def __init__(self, pipe) -> None:  # noqa: ANN001
        self.pipe = pipe
        self.seconds = 0.0
        self.chars = 0
        self.slowest: list[tuple[float, int, str]] = []  # min-heap of (seconds, chars, doc_id)

    def analyse(self, document, meta=None):  # noqa: ANN001, ANN201
        t = time.perf_counter()
        try:
            return self.pipe.analyse(document, meta)
        finally:
            dt = time.perf_counter() - t
            self.seconds += dt
            self.chars += len(document.text)
            item = (dt, len(document.text), document.source or document.doc_id)
            if len(self.slowest) < 5:
                heapq.heappush(self.slowest, item)
            elif dt > self.slowest[0][0]:
                heapq.heapreplace(self.slowest, item)


def _worker_policyie(paths: list[str], jsonl: str) -> dict:
    t = time.perf_counter()
    from policyie.batch import extract_records, write_jsonl
    from policyie.corpora.readers import ReadError, read_document
    from policyie.extraction.pipeline import Pipeline

    import_s = time.perf_counter() - t
    rss_after_import = _maxrss_bytes()

    # Pipeline construction + jieba dictionary (jieba's prefix dict and the domain dictionary).
    t = time.perf_counter()
    try:  # what `policyie extract` builds (default --model rules)
        from policyie.batch import make_pipeline
    except ImportError:
        make_pipeline = None
    pipe = make_pipeline("rules") if make_pipeline else Pipeline()
    pipe.words.tokenizer  # noqa: B018 - forces the lazy load
    init_s = time.perf_counter() - t
    rss_after_init = _maxrss_bytes()

    # One document analysed before timing: lazy resources (region tables, metadata
    # patterns…) load here, not in the steady-state figure.
    warmup_s = None
    t = time.perf_counter()
    for p in paths:
        try:
            doc = read_document(p)
        except ReadError:
            continue
        try:
            pipe.analyse(doc)
        except Exception:  # noqa: BLE001 - the timed run reports it as an error record
            pass
        warmup_s = time.perf_counter() - t
        break

    source_sha256 = _source_digest()  # after the warm-up: every module the run uses is loaded
    timed = _TimedPipeline(pipe)
    counts = {"documents": 0, "errors": 0, "errors_by_kind": {}, "entities": 0, "provisions": 0,
              "provision_mentions": 0, "sections": 0}

    def counted(records):  # noqa: ANN001, ANN202 - keeps counts, never the records
        for rec in records:
            counts["documents"] += 1
            err = rec.get("error")
            if err:
                counts["errors"] += 1
                kind = err.get("kind", "?")
                counts["errors_by_kind"][kind] = counts["errors_by_kind"].get(kind, 0) + 1
            counts["entities"] += len(rec["entities"])
            counts["sections"] += len(rec["sections"])
            counts["provisions"] += len(rec["provisions"])
            counts["provision_mentions"] += sum(len(p["mentions"]) for p in rec["provisions"])
            yield rec

    csw0 = _involuntary_switches()
    cpu0 = time.process_time()
    t = time.perf_counter()
    with open(jsonl, "w", encoding="utf-8") as out:
        written, errors = write_jsonl(counted(extract_records(paths, pipeline=timed)), out)
    wall_s = time.perf_counter() - t
    cpu_s = time.process_time() - cpu0
    assert written == counts["documents"] and errors == counts["errors"]
    return {
        **counts,
        "chars": timed.chars,
        "import_s": import_s,
        "init_s": init_s,
        "warmup_s": warmup_s,
        "stream_wall_s": wall_s,
        "stream_cpu_s": cpu_s,
        "involuntary_switches": _involuntary_switches() - csw0,
        "analyse_s": timed.seconds,
        "jsonl_bytes": os.path.getsize(jsonl),
        "source_sha256": source_sha256,
        "rss_after_import_bytes": rss_after_import,
        "rss_after_init_bytes": rss_after_init,
        "peak_rss_bytes": _maxrss_bytes(),
        "slowest": [{"seconds": s, "chars": c, "source": src} for s, c, src in sorted(timed.slowest, reverse=True)],
    }


def _worker_jieba(paths: list[str]) -> dict:
    import logging

    from policyie.corpora.readers import ReadError, read_document

    texts = []
    unreadable = 0
    for p in paths:
        try:
            texts.append(read_document(p).text)
        except ReadError:
            unreadable += 1

    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    t = time.perf_counter()
    tok = jieba.Tokenizer()
    tok.initialize()
    init_s = time.perf_counter() - t
    if texts:
        tok.lcut(texts[0][:2000])  # warm-up: first call pays for lazy imports (HMM tables)

    words = 0
    csw0 = _involuntary_switches()
    cpu0 = time.process_time()
    t = time.perf_counter()
    for text in texts:
        words += len(tok.lcut(text))
    wall_s = time.perf_counter() - t
    cpu_s = time.process_time() - cpu0
    return {
        "documents": len(texts),
        "unreadable": unreadable,
        "chars": sum(len(x) for x in texts),
        "words": words,
        "init_s": init_s,
        "wall_s": wall_s,
        "cpu_s": cpu_s,
        "involuntary_switches": _involuntary_switches() - csw0,
        "peak_rss_bytes": _maxrss_bytes(),
        "jieba_cache_file": getattr(tok, "cache_file", None) or os.path.join(tempfile.gettempdir(), "jieba.cache"),
    }


def _run_worker(kind: str, paths_file: str, jsonl: str | None) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--paths-file", paths_file]
    if jsonl:
        cmd += ["--jsonl", jsonl]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    if proc.returncode != 0:
        raise SystemExit(f"throughput: the {kind} worker failed (exit {proc.returncode})")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------
# Span check (parent)
# ---------------------------------------------------------------------------


def check_spans(jsonl: str) -> dict:
    """Re-read every document named by a record and check every mention's span."""
    from policyie.corpora.readers import ReadError, read_document

    out = {"records": 0, "checked_records": 0, "mentions_checked": 0, "violations": 0,
           "provision_span_violations": 0, "unreadable_on_recheck": 0, "examples": []}
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            out["records"] += 1
            if rec.get("error"):
                continue
            try:
                text = read_document(rec["source"]).text
            except ReadError:
                out["unreadable_on_recheck"] += 1
                continue
            out["checked_records"] += 1
            mentions = list(rec["entities"])
            for prov in rec["provisions"]:
                mentions.extend(prov["mentions"])
                s, e = prov["start"], prov["end"]
                if not (0 <= s <= e <= len(text)) or text[s:e] != prov["text"]:
                    out["provision_span_violations"] += 1
            for m in mentions:
                out["mentions_checked"] += 1
                s, e = m["start"], m["end"]
                ok = isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text) and text[s:e] == m["text"]
                if not ok:
                    out["violations"] += 1
                    if len(out["examples"]) < 10:
                        got = text[s:e] if isinstance(s, int) and isinstance(e, int) else None
                        out["examples"].append({"source": rec["source"], "label": m["label"], "start": s, "end": e,
                                                "text": m["text"], "text_at_span": got})
    return out


# ---------------------------------------------------------------------------
# Machine and provenance
# ---------------------------------------------------------------------------


def _cpu_model() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def _physical_cores() -> int | None:
    try:
        cores, phys = set(), None
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("physical id"):
                phys = line.split(":", 1)[1].strip()
            elif line.startswith("core id"):
                cores.add((phys, line.split(":", 1)[1].strip()))
        return len(cores) or None
    except OSError:
        return None


def _git_head() -> str | None:
    """HEAD's commit, read from .git without running git (read-only); ``git rev-parse HEAD`` as fallback."""
    try:
        git = REPO / ".git"
        if git.is_file():  # a worktree: "gitdir: /path"
            git = Path(git.read_text().split(":", 1)[1].strip())
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref:"):
            return head
        ref = head.split(":", 1)[1].strip()
        bases = [git]
        if (git / "commondir").is_file():  # a worktree's refs live in the main repository
            common = Path((git / "commondir").read_text().strip())
            bases.append(common if common.is_absolute() else git / common)
        for base in bases:
            if (base / ref).is_file():
                return (base / ref).read_text().strip()
            packed = base / "packed-refs"
            if packed.is_file():
                for line in packed.read_text().splitlines():
                    if line.endswith(" " + ref):
                        return line.split()[0]
    except OSError:
        pass
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def _source_digest() -> str:
    """SHA-256 over the repository's modules loaded in this process (plus the extraction
    resources and region tables they read): the code that ran.  The commit alone does not
    say whether the working tree had uncommitted changes, or whether an edit landed between
    two runs."""
    import hashlib

    files = set()
    for mod in list(sys.modules.values()):
        f = getattr(mod, "__file__", None)
        if not f:
            continue
        f = Path(f).resolve()
        if f.is_relative_to(REPO) and not f.is_relative_to(HERE) and ".venv" not in f.relative_to(REPO).parts:
            files.add(f)
    for d in ("extraction/resources", "corpora/regions"):
        files.update(f for f in (REPO / d).glob("*") if f.is_file())
    h = hashlib.sha256()
    for f in sorted(files):
        try:
            h.update(str(f.relative_to(REPO)).encode() + b"\0" + f.read_bytes() + b"\0")
        except OSError:
            pass
    return h.hexdigest()


def _versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("jieba", "policyie"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    return out


def machine_info(cpu: int | None) -> dict:
    try:
        load = Path("/proc/loadavg").read_text().split()[:3]
    except OSError:
        load = None
    return {
        "cpu_model": _cpu_model(),
        "logical_cpus": os.cpu_count(),
        "physical_cores": _physical_cores(),
        "pinned_cpu": cpu,
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "packages": _versions(),
        "thread_env": {k: os.environ.get(k) for k in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")},
        "loadavg_at_start": load,
    }


# ---------------------------------------------------------------------------
# One corpus
# ---------------------------------------------------------------------------


def _loadavg() -> list[str] | None:
    try:
        return Path("/proc/loadavg").read_text().split()[:3]
    except OSError:
        return None


def bench_corpus(corpus: Path, label: str, limit: int | None, keep_jsonl: Path | None, repeat: int = 1) -> dict:
    from policyie.corpora.readers import iter_input_paths

    paths = [str(p) for p in iter_input_paths([corpus])]
    total_files = len(paths)
    if limit is not None:
        paths = paths[:limit]
    print(f"throughput: {label}: {len(paths)} of {total_files} files", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="policyie-bench-") as tmp:
        paths_file = os.path.join(tmp, "paths.txt")
        Path(paths_file).write_text("\n".join(paths) + "\n", "utf-8")
        jsonl = os.path.join(tmp, "out.jsonl")

        load_before = _loadavg()
        jb_runs, pi_runs = [], []
        for i in range(repeat):  # alternate, so that both see the same background load
            jb_runs.append(_run_worker("jieba", paths_file, None))
            print(f"throughput:   run {i + 1}/{repeat}: jieba.lcut {jb_runs[-1]['chars'] / jb_runs[-1]['wall_s']:,.0f} "
                  f"chars/s; policyie extract…", file=sys.stderr)
            pi_runs.append(_run_worker("policyie", paths_file, f"{jsonl}.{i}"))
            pi_runs[-1]["jsonl"] = f"{jsonl}.{i}"
            print(f"throughput:   run {i + 1}/{repeat}: policyie {jb_runs[-1]['chars'] / pi_runs[-1]['stream_wall_s']:,.0f} "
                  f"chars/s", file=sys.stderr)
        load_after = _loadavg()
        # The fastest run of each: background load only ever slows a run down.
        jb = min(jb_runs, key=lambda r: r["wall_s"])
        pi = dict(min(pi_runs, key=lambda r: r["stream_wall_s"]))
        jsonl = pi["jsonl"]  # the counts and the span check come from the same run
        pi["peak_rss_bytes"] = max(r["peak_rss_bytes"] for r in pi_runs)
        print("throughput:   checking spans…", file=sys.stderr)
        spans = check_spans(jsonl)
        if keep_jsonl:
            keep_jsonl.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(jsonl, keep_jsonl)

    chars = jb["chars"]  # characters of every readable document: the same texts for both rows
    pol_cps = chars / pi["stream_wall_s"]
    jb_cps = chars / jb["wall_s"]
    row = {
        "corpus": label,
        "path": str(corpus),
        "files": len(paths),
        "files_in_corpus": total_files,
        "limit": limit,
        "repeat": repeat,
        "loadavg_before": load_before,
        "loadavg_after": load_after,
        "runs": {
            "jieba": [{"wall_s": r["wall_s"], "cpu_s": r["cpu_s"], "involuntary_switches": r["involuntary_switches"]}
                      for r in jb_runs],
            "policyie": [{"stream_wall_s": r["stream_wall_s"], "stream_cpu_s": r["stream_cpu_s"],
                          "init_s": r["init_s"], "involuntary_switches": r["involuntary_switches"],
                          "source_sha256": r["source_sha256"],
                          "peak_rss_bytes": r["peak_rss_bytes"]} for r in pi_runs],
        },
        "documents": pi["documents"],
        "errors": pi["errors"],
        "errors_by_kind": pi["errors_by_kind"],
        "chars": chars,
        "mentions": pi["entities"],
        "provisions": pi["provisions"],
        "provision_mentions": pi["provision_mentions"],
        "sections": pi["sections"],
        "policyie": {
            "chars_per_s": pol_cps,
            "chars_per_cpu_s": chars / pi["stream_cpu_s"],
            "analyse_chars_per_s": pi["chars"] / pi["analyse_s"] if pi["analyse_s"] else None,
            "docs_per_s": pi["documents"] / pi["stream_wall_s"],
            "stream_wall_s": pi["stream_wall_s"],
            "stream_cpu_s": pi["stream_cpu_s"],
            "involuntary_switches": pi["involuntary_switches"],
            "analyse_s": pi["analyse_s"],
            "read_and_write_s": pi["stream_wall_s"] - pi["analyse_s"],
            "import_s": pi["import_s"],
            "init_s": pi["init_s"],
            "warmup_s": pi["warmup_s"],
            "cold_chars_per_s": chars / (pi["import_s"] + pi["init_s"] + (pi["warmup_s"] or 0) + pi["stream_wall_s"]),
            "chars_analysed": pi["chars"],
            "jsonl_bytes": pi["jsonl_bytes"],
            "rss_after_import_bytes": pi["rss_after_import_bytes"],
            "rss_after_init_bytes": pi["rss_after_init_bytes"],
            "peak_rss_bytes": pi["peak_rss_bytes"],
            "slowest_documents": pi["slowest"],
        },
        "jieba": {
            "chars_per_s": jb_cps,
            "chars_per_cpu_s": chars / jb["cpu_s"],
            "wall_s": jb["wall_s"],
            "cpu_s": jb["cpu_s"],
            "involuntary_switches": jb["involuntary_switches"],
            "init_s": jb["init_s"],
            "words": jb["words"],
            "documents": jb["documents"],
            "peak_rss_bytes": jb["peak_rss_bytes"],
        },
        "ratio": pol_cps / jb_cps,
        "ratio_cpu": (chars / pi["stream_cpu_s"]) / (chars / jb["cpu_s"]),
        "spans": spans,
    }
    # Wall time well above CPU time: the pinned CPU was shared with other work.
    row["contended"] = pi["stream_wall_s"] > 1.1 * pi["stream_cpu_s"] or jb["wall_s"] > 1.1 * jb["cpu_s"]
    row["goals"] = {
        "ratio_ge_0.5": row["ratio"] >= GOAL_RATIO,
        "peak_rss_lt_1GiB": pi["peak_rss_bytes"] < GOAL_RSS_BYTES,
        "span_violations_eq_0": spans["violations"] == 0,
    }
    return row


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


def _mib(b: int) -> str:
    return f"{b / 2**20:,.0f} MiB"


def render_md(res: dict) -> str:
    m = res["machine"]
    lines = [
        "# policyie extract throughput",
        "",
        f"- date: {res['date']}",
        f"- commit: `{res['commit']}` (code that ran: sha256 `{(res['source_sha256'] or '?')[:16]}…` over the loaded modules)",
        f"- command: `{res['command']}` (in `{res['cwd']}`)",
        f"- machine: {m['cpu_model']}, {m['logical_cpus']} logical CPUs ({m['physical_cores']} cores), "
        f"pinned to CPU {m['pinned_cpu']}; load average at start {' '.join(m['loadavg_at_start'] or ['?'])}",
        f"- Python {m['python']} ({m['platform']}); jieba {m['packages']['jieba']}, policyie {m['packages']['policyie']}; "
        f"OMP/MKL/OpenBLAS threads = 1",
    ]
    if res.get("source_changed_during_run"):
        lines += ["", "**Warning: the pipeline's source files changed while this ran (another edit landed): "
                      "the runs may not measure the same code. Rerun.**"]
    if any(r["limit"] is not None for r in res["rows"]):
        lines += ["", "**Partial run (--limit): not the full-corpus figures.**"]
    lines += [
        "",
        "| corpus | docs | errors | chars | mentions | policyie chars/s | jieba chars/s | ratio (goal ≥ 0.5) "
        "| ratio on CPU time | peak RSS (goal < 1 GiB) | span violations |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in res["rows"]:
        p, j = r["policyie"], r["jieba"]
        ok = lambda b: "✓" if b else "✗"  # noqa: E731
        lines.append(
            f"| {r['corpus']} | {r['documents']:,} | {r['errors']} | {r['chars']:,} | {r['mentions']:,} "
            f"| {p['chars_per_s']:,.0f} | {j['chars_per_s']:,.0f} | {r['ratio']:.2f} {ok(r['goals']['ratio_ge_0.5'])} "
            f"| {r['ratio_cpu']:.2f} "
            f"| {_mib(p['peak_rss_bytes'])} {ok(r['goals']['peak_rss_lt_1GiB'])} "
            f"| {r['spans']['violations']} of {r['spans']['mentions_checked']:,} {ok(r['goals']['span_violations_eq_0'])} |"
        )
    if any(r.get("contended") for r in res["rows"]):
        lines += ["", "**Contended: wall time exceeded CPU time by more than 10 % in "
                      + ", ".join(r["corpus"] for r in res["rows"] if r.get("contended"))
                  + "; other work shared the CPU, so the wall-time speeds are low. The CPU-time figures "
                    "below are the better estimate; rerun on a quiet machine.**"]
    lines += ["", "## Details", ""]
    for r in res["rows"]:
        p, j, s = r["policyie"], r["jieba"], r["spans"]
        pw = ", ".join(f"{x['stream_wall_s']:.1f}" for x in r["runs"]["policyie"])
        jw = ", ".join(f"{x['wall_s']:.1f}" for x in r["runs"]["jieba"])
        lines += [
            f"### {r['corpus']}",
            "",
            f"- files: {r['files']:,} of {r['files_in_corpus']:,}; errors by kind: {r['errors_by_kind'] or 'none'}",
            f"- runs: {r['repeat']} of each worker, alternating; figures from the fastest of each "
            f"(policyie {pw} s, jieba {jw} s wall); load average {' '.join(r['loadavg_before'] or ['?'])} before, "
            f"{' '.join(r['loadavg_after'] or ['?'])} after",
            f"- policyie steady state: {p['stream_wall_s']:.1f} s wall ({p['stream_cpu_s']:.1f} s CPU) for "
            f"{r['chars']:,} chars = {p['chars_per_s']:,.0f} chars/s ({p['chars_per_cpu_s']:,.0f} per CPU-second), "
            f"{p['docs_per_s']:.1f} docs/s",
            f"  - of which `Pipeline.analyse`: {p['analyse_s']:.1f} s ({p['analyse_chars_per_s']:,.0f} chars/s); "
            f"reading, JSON and writing: {p['read_and_write_s']:.1f} s",
            f"- policyie start-up (not in the steady state): imports {p['import_s']:.2f} s, "
            f"`Pipeline()` + jieba dictionary {p['init_s']:.2f} s, first document {p['warmup_s'] or 0:.2f} s; "
            f"including them: {p['cold_chars_per_s']:,.0f} chars/s",
            f"- jieba.lcut: {j['wall_s']:.1f} s wall ({j['cpu_s']:.1f} s CPU) = {j['chars_per_s']:,.0f} chars/s, "
            f"{j['words']:,} words; `Tokenizer().initialize()` {j['init_s']:.2f} s (not timed)",
            f"- ratio {r['ratio']:.3f} on wall time, {r['ratio_cpu']:.3f} on CPU time; preemptions during timing: "
            f"policyie {p['involuntary_switches']:,}, jieba {j['involuntary_switches']:,}",
            f"- memory: policyie RSS {_mib(p['rss_after_import_bytes'])} after imports, "
            f"{_mib(p['rss_after_init_bytes'])} after init, peak {_mib(p['peak_rss_bytes'])}; "
            f"JSONL written {p['jsonl_bytes'] / 2**20:,.1f} MiB",
            f"- output: {r['mentions']:,} mentions, {r['provisions']:,} provisions "
            f"({r['provision_mentions']:,} mentions inside them), {r['sections']:,} sections",
            f"- spans: {s['mentions_checked']:,} mentions checked in {s['checked_records']:,} records, "
            f"{s['violations']} violations; provision spans: {s['provision_span_violations']} violations",
            "- slowest documents (analyse): "
            + "; ".join(f"{Path(d['source']).name} {d['chars']:,} chars {d['seconds']:.2f} s" for d in p["slowest_documents"]),
            "",
        ]
        for ex in s["examples"]:
            lines.append(f"  - violation: {ex}")
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------------------
# Profile
# ---------------------------------------------------------------------------


def profile(corpus: Path, n: int, out_txt: Path, top: int) -> None:
    """cProfile the steady state (read, analyse, JSON) on ``n`` documents spread over the corpus."""
    import cProfile
    import io
    import pstats

    from policyie.batch import extract_records
    from policyie.corpora.readers import iter_input_paths
    from policyie.extraction.pipeline import Pipeline

    paths = [str(p) for p in iter_input_paths([corpus])]
    step = max(1, len(paths) // n)
    sample = paths[::step][:n]
    pipe = Pipeline()
    pipe.words.tokenizer  # noqa: B018 - load before profiling
    for rec in extract_records(sample[:1], pipeline=pipe):  # warm-up
        json.dumps(rec, ensure_ascii=False)
    # CPU time, not wall time: other processes on the machine then do not distort the shares.
    prof = cProfile.Profile(time.process_time)
    t = time.perf_counter()
    prof.enable()
    for rec in extract_records(sample, pipeline=pipe):
        json.dumps(rec, ensure_ascii=False)
    prof.disable()
    wall = time.perf_counter() - t
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.strip_dirs().sort_stats("cumulative").print_stats(40)
    buf.write("\n\n")
    stats.sort_stats("tottime").print_stats(25)
    chars = 0
    from policyie.corpora.readers import ReadError, read_document

    for p in sample:
        try:
            chars += len(read_document(p).text)
        except ReadError:
            pass
    header = (f"cProfile of extract_records + json.dumps on {len(sample)} documents ({chars:,} chars) "
              f"of {corpus}, every {step}th file; {wall:.1f} s wall under the profiler (timer: process CPU time)\n"
              f"command: {shlex.join([sys.executable, *sys.argv])}\ncommit: {_git_head()} "
              f"(sources sha256 {_source_digest()[:16]}…)\n\n")
    out_txt.parent.mkdir(parents=True, exist_ok=True)
    out_txt.write_text(header + buf.getvalue(), "utf-8")
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("cumulative").print_stats(top)
    print(header + buf.getvalue())


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def regulations_corpus(corpus: Path | None, who: str) -> Path:
    """``corpus``, or the shared corpus's regulations when None (``who`` names the benchmark in the error)."""
    if corpus is not None:
        return corpus
    from policyie.paths import shared_root

    shared = shared_root()
    if shared is None:
        raise SystemExit(f"{who}: no shared folder (set POLICYIE_SHARED or give --corpus)")
    return shared / "corpus" / "regulations"


def run_header(cpu: int | None) -> dict:
    """What every result file starts with: date, commit, the command as typed, the machine."""
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "commit": _git_head(),
        "command": shlex.join(["python", os.path.relpath(sys.argv[0], os.getcwd()), *sys.argv[1:]]),
        "machine": machine_info(cpu),
    }


def _pin(cpu: int | None) -> int | None:
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = sorted(os.sched_getaffinity(0))
    cpu = allowed[-1] if cpu is None else cpu
    os.sched_setaffinity(0, {cpu})  # inherited by the worker processes
    return cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, help="only the first N files of each corpus (a quick run)")
    ap.add_argument("--corpus", action="append", type=Path,
                    help="a folder to benchmark (repeatable; default: <shared>/corpus/regulations and "
                         "<shared>/corpus/gov-reports-2024/txt)")
    ap.add_argument("--out", type=Path, help="results JSON (default benchmarks/results/throughput.json, "
                                             "or throughput-quick.json with --limit); the .md is written beside it")
    ap.add_argument("--repeat", type=int, default=1,
                    help="run each worker N times, alternating, and keep the fastest of each (default 1)")
    ap.add_argument("--cpu", type=int, help="CPU to pin to (default: the highest allowed)")
    ap.add_argument("--keep-jsonl", type=Path, help="keep the extracted JSONL of each corpus in this folder")
    ap.add_argument("--profile", type=int, metavar="N",
                    help="instead of the benchmark: cProfile N documents of the first corpus")
    ap.add_argument("--profile-top", type=int, default=10, help="functions printed by --profile (default 10)")
    ap.add_argument("--worker", choices=("policyie", "jieba"), help=argparse.SUPPRESS)
    ap.add_argument("--paths-file", help=argparse.SUPPRESS)
    ap.add_argument("--jsonl", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        paths = _read_paths(args.paths_file)
        stats = _worker_policyie(paths, args.jsonl) if args.worker == "policyie" else _worker_jieba(paths)
        sys.stdout.write(json.dumps(stats) + "\n")
        return 0

    command = shlex.join(["python", os.path.relpath(sys.argv[0], os.getcwd()), *sys.argv[1:]])
    cpu = _pin(args.cpu)
    if args.corpus:
        corpora = [(c.resolve(), str(c)) for c in args.corpus]
    else:
        from policyie.paths import shared_root

        shared = shared_root()
        if shared is None:
            raise SystemExit("throughput: no shared folder (set POLICYIE_SHARED or give --corpus)")
        corpora = [(shared / c, f"<shared>/{c}") for c in DEFAULT_CORPORA]
    for c, label in corpora:
        if not c.is_dir():
            raise SystemExit(f"throughput: {label}: not a folder")

    if args.profile:
        profile(corpora[0][0], args.profile, RESULTS / "profile.txt", args.profile_top)
        return 0

    out = args.out or RESULTS / ("throughput-quick.json" if args.limit is not None else "throughput.json")
    res = {
        "date": datetime.datetime.now(datetime.timezone.utc).astimezone().isoformat(timespec="seconds"),
        "commit": _git_head(),
        "source_sha256": None,  # set from the policyie runs below
        "command": command,
        "cwd": os.getcwd(),
        "machine": machine_info(cpu),
        "goals": {"ratio_min": GOAL_RATIO, "peak_rss_max_bytes": GOAL_RSS_BYTES, "span_violations": 0},
        "rows": [],
    }
    for corpus, label in corpora:
        keep = args.keep_jsonl / f"{corpus.parent.name}-{corpus.name}.jsonl" if args.keep_jsonl else None
        res["rows"].append(bench_corpus(corpus, label, args.limit, keep, max(1, args.repeat)))
    res["machine"]["loadavg_at_end"] = _loadavg()
    digests = [x["source_sha256"] for r in res["rows"] for x in r["runs"]["policyie"]]
    res["source_sha256"] = digests[0]
    res["source_changed_during_run"] = len(set(digests)) > 1
    if res["source_changed_during_run"]:
        print("throughput: WARNING: the pipeline's source files changed during the run; rerun", file=sys.stderr)

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", "utf-8")
    md = render_md(res)
    out.with_suffix(".md").write_text(md, "utf-8")
    print(md)
    print(f"throughput: wrote {out} and {out.with_suffix('.md')}", file=sys.stderr)
    return 0 if all(all(r["goals"].values()) for r in res["rows"]) else 1


if __name__ == "__main__":
    sys.exit(main())
