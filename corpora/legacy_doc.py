"""``.doc`` (Word 97–2003) through an external converter: antiword, else LibreOffice.

Government sites still publish many attachments as ``.doc``.  No maintained pure-Python
reader exists, so the text comes from whichever converter is installed, tried in order:

==========================  ================================================================
``antiword``                ``antiword -m UTF-8.txt -w 0 FILE`` (Debian: ``apt-get install antiword``)
``soffice`` / ``libreoffice``  ``soffice --headless --convert-to txt:Text (encoded):UTF8`` into a
                            temporary folder (Debian: ``apt-get install libreoffice-writer-nogui``)
==========================  ================================================================

Without either, each ``.doc`` is a ``ReadError`` naming the file and what to install:
the batch counts it as failed, never skips it silently.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

__all__ = ["CONVERTERS", "NO_CONVERTER", "converter", "read_doc"]

#: Executables tried, in order.
CONVERTERS: tuple[str, ...] = ("antiword", "soffice", "libreoffice")
NO_CONVERTER = "cannot read .doc: no converter installed (install antiword or LibreOffice, or save it as .docx)"
#: A converter that takes longer than this on one file is stopped (LibreOffice's first
#: start builds a profile: tens of seconds).
TIMEOUT_S = 180


def converter() -> tuple[str, str] | None:
    """``(name, executable path)`` of the first converter found on ``PATH``, or None."""
    for name in CONVERTERS:
        exe = shutil.which(name)
        if exe:
            return name, exe
    return None


def read_doc(path: str | os.PathLike[str]) -> str:
    """The text of a ``.doc`` file; ``ReadError`` when no converter is installed or it fails."""
    from policyie.corpora.readers import ReadError

    p = Path(path)
    found = converter()
    if found is None:
        raise ReadError(p, NO_CONVERTER)
    name, exe = found
    try:
        if name == "antiword":
            # -m UTF-8.txt: Chinese out as UTF-8 (antiword's default map is Latin-1); -w 0: no wrapping.
            done = subprocess.run([exe, "-m", "UTF-8.txt", "-w", "0", str(p)], capture_output=True,
                                  timeout=TIMEOUT_S, check=False)
            if done.returncode != 0:
                raise ReadError(p, f"antiword could not read it ({_first_line(done.stderr)})")
            return done.stdout.decode("utf-8", errors="replace")
        with tempfile.TemporaryDirectory(prefix="policyie-doc-") as tmp:
            # A private profile: a LibreOffice already open on the desktop would otherwise swallow the job.
            profile = Path(tmp, "profile").as_uri()
            done = subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                                   "txt:Text (encoded):UTF8", "--outdir", tmp, str(p.resolve())],
                                  capture_output=True, timeout=TIMEOUT_S, check=False)
            out = Path(tmp, p.stem + ".txt")
            if done.returncode != 0 or not out.is_file():
                raise ReadError(p, f"LibreOffice could not convert it ({_first_line(done.stderr or done.stdout)})")
            return out.read_text(encoding="utf-8-sig", errors="replace")
    except subprocess.TimeoutExpired:
        raise ReadError(p, f"{name} took more than {TIMEOUT_S} s to convert it") from None
    except OSError as e:
        raise ReadError(p, f"cannot run {name} ({e.strerror or e})") from None


def _first_line(b: bytes) -> str:
    lines = [ln.strip() for ln in b.decode("utf-8", errors="replace").splitlines() if ln.strip()]
    return lines[0][:200] if lines else "no message"
