"""policyie.output: one rule against CSV formula injection (Python and DuckDB agree), and
output paths checked before any work."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from policyie.errors import UserError
from policyie.output import check_output_path, guard_cell, guard_frame, guard_sql, open_output

CASES = {
    "=1+1": "'=1+1", "=HYPERLINK(\"http://x\",\"点我\")": "'=HYPERLINK(\"http://x\",\"点我\")",
    "+86 10 1234": "'+86 10 1234", "-x": "'-x", "@SUM(A1)": "'@SUM(A1)", "\tx": "'\tx", "\rx": "'\rx",
    "-5": "-5", "+3.5": "+3.5", "12": "12", "-3.5.5": "'-3.5.5", "-5\n": "'-5\n",
    "人员编制不少于10名": "人员编制不少于10名", "a=b": "a=b", "－5": "－5", "": "",
}


@pytest.mark.parametrize("cell,expected", list(CASES.items()))
def test_guard_cell(cell: str, expected: str) -> None:
    assert guard_cell(cell) == expected


_con = duckdb.connect()


@given(st.text(alphabet=st.sampled_from("=+-@\t\r\n0123456789.a人 "), max_size=8))
def test_duckdb_applies_the_same_rule(cell: str) -> None:
    assert _con.execute(f"SELECT {guard_sql('$1')}", [cell]).fetchone()[0] == guard_cell(cell)


def test_guard_frame_touches_text_only() -> None:
    frame = pd.DataFrame({"text": ["=A1", "人员", None], "n": [-1, 2, 3], "regions": [["=x"], [], ["北京市"]]})
    out = guard_frame(frame)
    assert out["text"].tolist()[:2] == ["'=A1", "人员"] and out["text"].isna().tolist() == [False, False, True]
    assert out["n"].tolist() == [-1, 2, 3] and frame["text"][0] == "=A1"  # numbers kept, input untouched


def test_check_output_path(tmp_path) -> None:
    assert check_output_path(tmp_path / "new" / "deeper" / "o.jsonl") == tmp_path / "new" / "deeper" / "o.jsonl"
    assert not (tmp_path / "new" / "deeper" / "o.jsonl").exists()  # the probe leaves nothing
    with pytest.raises(UserError, match="is a directory"):
        check_output_path(tmp_path)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="cannot create folder"):
        check_output_path(tmp_path / "file" / "o.csv")
    with pytest.raises(UserError, match="exists and is not a folder"):
        check_output_path(tmp_path / "file", folder=True)
    assert (tmp_path / "file").read_text("utf-8") == "x"  # an existing file is probed, not truncated


def test_open_output_names_the_file_when_writing_fails(tmp_path) -> None:
    if not __import__("os").path.exists("/dev/full"):
        pytest.skip("no /dev/full to fill")
    with pytest.raises(UserError, match="/dev/full: cannot write \\(No space left on device\\)"):
        with open_output("/dev/full") as f:
            f.write("x" * 100_000)
            f.flush()
