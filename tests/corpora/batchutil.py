"""Helpers for the batch and ingest tests: a made-up corpus and pipelines that are slow on purpose.

The pipelines are module-level classes so that they pickle into pool workers (spawned
workers import this module from the parent's ``sys.path``).
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from policyie.paths import SAMPLES_DIR

#: Documents containing this are slow for ``SleepyPipeline`` / ``StuckPipeline``.
SLOW = "【慢】"


def make_corpus(root: Path, n: int, *, slow: tuple[int, ...] = (), empty: bool = True, duplicate: bool = True,
                small: bool = False) -> Path:
    """``n`` documents (the bundled samples, each with a distinct closing line), plus an
    empty file (a read error) and a copy of document 0 under another name.  ``small``:
    only the samples under 10 KB (fast to analyse even on a loaded machine)."""
    samples = sorted(p for p in SAMPLES_DIR.glob("*.txt") if not small or p.stat().st_size < 10_000)
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = samples[i % len(samples)].read_text("utf-8")
        text += f"\n附件{i}：第{i}批乡镇综合行政执法队名单，人员编制不少于{i + 3}名。\n"
        if i in slow:
            text += SLOW + "\n"
        (root / f"doc{i:03d}.txt").write_text(text, encoding="utf-8")
    if empty:
        (root / "empty.txt").write_bytes(b"")
    if duplicate and n:
        (root / "zz-copy-of-doc000.txt").write_bytes((root / "doc000.txt").read_bytes())
    return root


class _Real:
    """The rules pipeline, built in whichever process analyses (never pickled)."""

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_pipe"}

    def real(self):  # noqa: ANN201
        if getattr(self, "_pipe", None) is None:
            from policyie.extraction.pipeline import Pipeline

            self._pipe = Pipeline()
        return self._pipe


class SleepyPipeline(_Real):
    """Sleeps ``seconds`` (in Python: an alarm stops it) on documents marked ``SLOW``."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def analyse(self, doc):  # noqa: ANN001, ANN201
        if SLOW in doc.text:
            time.sleep(self.seconds)
        return self.real().analyse(doc)


class StuckPipeline(_Real):
    """Blocks SIGALRM and sleeps on documents marked ``SLOW``: like a C call that never
    returns to the interpreter, only killing the process stops it."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def analyse(self, doc):  # noqa: ANN001, ANN201
        if SLOW in doc.text:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(self.seconds)
        return self.real().analyse(doc)


def policyie(*args: str, cwd: Path | None = None, **popen) -> subprocess.Popen:  # noqa: ANN003
    """``python -m policyie ARGS`` as a subprocess (stderr captured as text)."""
    popen.setdefault("preexec_fn", sigint_default)
    return subprocess.Popen([sys.executable, "-m", "policyie", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **popen)


def sigint_default() -> None:
    """A child of a background job inherits an ignored SIGINT (the shell ignores it there);
    the Ctrl-C tests need the default, as a terminal gives it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class UnstartablePipeline:
    """Unpickling it ends the process (exit code 3): a worker that can never start."""

    def __reduce__(self):  # noqa: ANN204
        import os

        return (os._exit, (3,))
