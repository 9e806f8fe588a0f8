"""CLI conventions (issue 10): help with an example and the defaults, no RST markup,
--format on the commands that write data (--json kept as its alias), --quiet and --verbose."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

from policyie.cli import build_parser, main

COMMANDS = ["extract", "evaluate", "train", "ingest", "export", "compare", "evaluate-compare", "serve"]


def help_of(*args: str, capsys) -> str:  # noqa: ANN001
    with pytest.raises(SystemExit) as e:
        main([*args, "--help"])
    assert e.value.code == 0
    return capsys.readouterr().out


def test_top_level_help_lists_commands_exit_codes_and_no_rst(capsys) -> None:
    text = help_of(capsys=capsys)
    assert "``" not in text and ":class:" not in text and "::" not in text
    commands = text[text.index("commands:"):text.index("examples:")]
    for c in COMMANDS:
        assert f"\n    {c}" in commands, c
    assert "exit codes:" in text and "130  interrupted" in text and "--quiet" in text and "--verbose" in text


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_an_example_and_states_its_defaults(command: str, capsys) -> None:
    text = help_of(command, capsys=capsys)
    assert re.search(rf"examples?:\n  policyie {command} ", text), text
    assert "``" not in text
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    for action in sub._actions:
        if action.default in (None, False, argparse.SUPPRESS) or not action.option_strings:
            continue
        if isinstance(action.default, bool) or action.dest == "help":
            continue
        shown = " ".join(action.default) if isinstance(action.default, list) else str(action.default)
        # argparse wraps help text: compare without line breaks and indentation
        flat = " ".join(text.split())
        assert f"default: {shown}" in flat or f"default {shown}" in flat, (command, action.dest, shown)


def test_format_everywhere_and_json_as_its_alias(tmp_path: Path, capsys) -> None:
    gold = tmp_path / "g.jsonl"
    text = "组建乡镇综合行政执法队，人员编制不少于10名。"
    gold.write_text(json.dumps({"id": "g", "text": text, "entities": [
        {"start": 2, "end": 11, "label": "ORG", "text": "乡镇综合行政执法队"}]}, ensure_ascii=False) + "\n", "utf-8")
    assert main(["evaluate", str(gold), "--json"]) == 0
    as_alias = json.loads(capsys.readouterr().out)
    assert main(["evaluate", str(gold), "--format", "json", "-o", str(tmp_path / "r.json")]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads((tmp_path / "r.json").read_text("utf-8")) == as_alias
    assert as_alias["micro"]["counts"]["correct"] == 1
    assert main(["evaluate", str(gold)]) == 0
    assert "micro" in capsys.readouterr().out  # the table
    for command in ("evaluate", "evaluate-compare", "compare"):
        sub = next(a for a in build_parser()._actions if a.dest == "command").choices[command]
        fmt = next(a for a in sub._actions if "--format" in a.option_strings)
        alias = next(a for a in sub._actions if "--json" in a.option_strings)
        assert "json" in fmt.choices and alias.dest == "format" and alias.const == "json", command


def test_quiet_and_verbose(tmp_path: Path, capsys) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("组建乡镇综合行政执法队，人员编制不少于10名。", encoding="utf-8")
    (d / "b.xls").write_bytes(b"x")
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(d), "-o", str(out), "-q"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["--quiet", "ingest", str(d), "--db", str(tmp_path / "s.duckdb")]) == 0
    assert capsys.readouterr().err == ""
    assert main(["extract", str(d), "-o", str(out), "--no-progress"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "policyie: 1 file in folders skipped (1 unsupported .xls); --verbose lists them",
        f"policyie: 1 documents, 0 errors -> {out}"]
    assert main(["extract", str(d), "-o", str(out), "--no-progress", "-v"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"policyie: skipped {d / 'b.xls'} (unsupported .xls)",
        "policyie: 1 file in folders skipped (1 unsupported .xls)",
        f"policyie: 1 documents, 0 errors -> {out}"]
