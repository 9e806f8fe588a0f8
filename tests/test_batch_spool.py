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
