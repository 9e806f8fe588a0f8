"""Where policyie finds the files that live beside the checkout.

``../shared`` (the unlabelled corpora, the seeds and the dev set) is never committed;
it is found through ``$POLICYIE_SHARED`` or next to the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_ROOT.parent
SAMPLES_DIR = REPO_ROOT / "corpora" / "samples"
GOLD_DIR = REPO_ROOT / "corpora" / "gold"


def shared_root() -> Path | None:
    """The ``shared`` folder (``$POLICYIE_SHARED``, else ``<repo>/../shared``), or None if absent."""
    env = os.environ.get("POLICYIE_SHARED")
    candidates = [Path(env)] if env else []
    candidates.append(REPO_ROOT.parent / "shared")
    for c in candidates:
        if c.is_dir():
            return c.resolve()
    return None


def shared_path(*parts: str) -> Path | None:
    """``<shared>/<parts…>`` when the shared folder holds it, else None (``shared_path("devset")``)."""
    root = shared_root()
    if root is None:
        return None
    path = root.joinpath(*parts)
    return path if path.exists() else None


def shared_missing(*parts: str) -> str:
    """The one wording for whatever needs the shared folder and finds it absent (test skips, errors):
    ``needs ../shared/corpus/regulations (the shared folder beside the checkout, or $POLICYIE_SHARED)``."""
    return f"needs {'/'.join(('../shared',) + parts)} (the shared folder beside the checkout, or $POLICYIE_SHARED)"
