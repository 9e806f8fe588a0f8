"""The core install carries no learned-model library (issue 10): pyproject's dependencies
and what `make demo` installs; `make test` adds the extras the tests need."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from policyie.paths import REPO_ROOT

HEAVY = ("torch", "transformers", "spacy", "playwright", "pyarrow", "jionlp")


def _pyproject() -> dict:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        tomllib = pytest.importorskip("tomli")
    return tomllib.loads((REPO_ROOT / "pyproject.toml").read_text("utf-8"))


def test_core_dependencies_have_no_heavy_library() -> None:
    project = _pyproject()["project"]
    core = " ".join(project["dependencies"]).lower()
    assert not [h for h in HEAVY if h in core]
    extras = project["optional-dependencies"]
    assert {"torch", "transformers", "spacy"} <= {d.split("=")[0].split(">")[0] for d in extras["models"]}
    assert any(d.startswith("pyarrow") for d in extras["parquet"])


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_demo_installs_the_core_and_make_test_the_extras(tmp_path: Path) -> None:
    def dry(target: str) -> str:
        return subprocess.run(["make", "-n", target, f"VENV={tmp_path / 'venv'}"], cwd=REPO_ROOT, capture_output=True,
                              text=True, check=True).stdout

    demo = dry("demo")
    installs = [line for line in demo.splitlines() if "pip install" in line]
    assert installs and all(line.rstrip().endswith("-e .") for line in installs), installs
    assert "apt-get" not in demo
    test = dry("test")
    assert "-e '.[test,peers,models,parquet,ray,encoder]'" in test
