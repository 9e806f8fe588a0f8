"""Big records are written in pieces (a spool file, ``iter_json``): the same bytes as one
``json.dumps``, and no spool file left behind."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

import pytest

from policyie import batch

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"


def _extract(paths: list[Path]) -> list[dict]:
    out = io.StringIO()
    batch.extract_to_jsonl(paths, out, workers=1)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_a_spooled_record_is_the_same_line_and_its_spool_file_is_removed(monkeypatch: pytest.MonkeyPatch,
                                                                          tmp_path: Path) -> None:
    paths = sorted(SAMPLES.glob("*.txt"))[:2]
    assert paths
    direct = _extract(paths)
    monkeypatch.setattr(batch, "SPOOL_CHARS", 10)  # every sample is "big"
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    spooled = _extract(paths)
    assert spooled == direct
    assert not list(tmp_path.glob("policyie-*"))


def test_write_record_writes_a_big_record_in_pieces_as_json_dumps_would() -> None:
    rec = {"doc_id": "d", "entities": [{"label": "ORG", "text": f"编办{i}", "start": i, "end": i + 2}
                                       for i in range(10_050)], "provisions": [], "error": None}
    out = io.StringIO()
    batch.write_record(rec, out)
    assert out.getvalue() == json.dumps(rec, ensure_ascii=False) + "\n"


def test_a_worker_sends_a_big_documents_rows_through_a_spool_file_that_the_parent_removes(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Ingest in a pool: a document of ``spool_chars`` characters or more comes back as a
    pickled file (not one pipe message); its rows equal those made in this process."""
    paths = sorted(SAMPLES.glob("*.txt"))[:2]
    jobs = [batch.Job(i, str(p), str(p)) for i, p in enumerate(paths)]
    spool_dir = tmp_path / "spool"
    spool_dir.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool_dir))  # the spawned worker's tempfile folder
    here = {o.job.index: o for o in batch.run_jobs(jobs, batch.Spec("ingest"), workers=1)}
    pooled = {o.job.index: o for o in batch.run_jobs(jobs, batch.Spec("ingest", spool_chars=10), workers=2)}
    assert sorted(pooled) == sorted(here) == [0, 1]
    for i, o in pooled.items():
        assert o.status == "record" and o.rows is None and o.spool is not None
        assert Path(o.spool).parent == spool_dir
        rows = batch.load_spooled_rows(o.spool)
        for table, cols in here[i].rows.items():
            for name, values in cols.items():
                if name != "ingested_at":
                    assert rows[table][name] == values, (table, name)
    assert not list(spool_dir.glob("policyie-*"))
