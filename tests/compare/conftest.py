"""Fixtures: a DuckDB store of the bundled samples, built once per test session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import storeutil  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "corpora" / "samples"


@pytest.fixture(scope="session")
def samples_records():
    return storeutil.extract(sorted(SAMPLES.glob("*.txt")))


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory, samples_records):
    path = tmp_path_factory.mktemp("store") / "samples.duckdb"
    con = storeutil.build_store(path, samples_records)
    con.close()
    return path


@pytest.fixture()
def samples_con(samples_db):
    import duckdb

    con = duckdb.connect(str(samples_db), read_only=True)
    yield con
    con.close()
