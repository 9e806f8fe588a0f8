"""Without Ray installed: ``--engine ray`` says how to install it, and nothing else needs Ray.

Ray is hidden by putting ``None`` in ``sys.modules`` (``import ray`` then raises
ImportError, as on a core install), so this runs whether or not Ray is installed.
"""

from __future__ import annotations

import sys

import pytest

from policyie.cli import main
from policyie.paths import SAMPLES_DIR


@pytest.fixture()
def no_ray(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [m for m in sys.modules if m == "ray" or m.startswith("ray.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "ray", None)
    monkeypatch.setitem(sys.modules, "ray.data", None)


def test_engine_ray_without_ray_exits_2_with_the_install_command(no_ray, tmp_path, capsys) -> None:
    assert main(["extract", str(SAMPLES_DIR), "--engine", "ray", "-o", str(tmp_path / "shards")]) == 2
    err = capsys.readouterr().err
    assert "--engine ray needs Ray Data" in err and "pip install 'policyie[ray]'" in err
    assert not (tmp_path / "shards").exists() and not (tmp_path / "shards.partial").exists()


def test_the_local_engine_and_its_parser_do_not_import_ray(no_ray, tmp_path, capsys) -> None:
    one = sorted(SAMPLES_DIR.glob("*.txt"))[0]
    assert main(["extract", str(one), "-o", str(tmp_path / "a.jsonl"), "--no-progress"]) == 0
    assert (tmp_path / "a.jsonl").read_text("utf-8").count("\n") == 1


def test_ingest_from_parquet_needs_no_ray(no_ray, tmp_path, capsys) -> None:
    """Shards written by any tool (here DuckDB itself) load: only the ``record`` column is read."""
    import json

    import duckdb

    from policyie.batch import extract_records

    records = list(extract_records([SAMPLES_DIR, tmp_path / "missing.txt"]))
    shards = tmp_path / "shards"
    shards.mkdir()
    with duckdb.connect() as con:
        con.execute("CREATE TABLE t (source VARCHAR, record VARCHAR)")
        con.executemany("INSERT INTO t VALUES (?, ?)", [[r["source"], json.dumps(r, ensure_ascii=False)]
                                                        for r in records])
        con.execute(f"COPY t TO '{shards / 'part-0.parquet'}' (FORMAT parquet)")
    db = tmp_path / "s.duckdb"
    assert main(["ingest", "--from-parquet", str(shards), "--db", str(db), "--no-progress"]) == 0
    assert "6 documents: 5 new, 0 changed, 0 unchanged, 1 failed (one transaction)" in capsys.readouterr().err
