"""The seeded draw of a fresh untuned entity set (``corpora/gold-freshN/draw.py``).

Four 2024 work reports that no labelled set held, and one regulation of 1,500–7,000
characters from each of four provinces drawn, leaving out every labelled document, the
alignment gold's documents and the held-out alignment families (乡镇人民代表大会, 村民委员会组织法,
城市管理 / 行政执法条例).  The sets labelled after set N (gold-freshM, M ≥ N) are not read,
so a set's draw can be run again once later sets exist (gold-fresh15 to -17 reproduce their
documents; gold-fresh14's draw, older, kept its own script).

>>> draw(17, 20261217)   # doctest: +SKIP
['corpus/gov-reports-2024/txt/南充.txt', …]
"""

from __future__ import annotations

import glob
import json
import os
import random
import re
from pathlib import Path

from policyie.paths import REPO_ROOT, shared_root

__all__ = ["draw"]

_HELD_OUT = re.compile("乡镇人民代表大会|村民委员会组织法|城市管理|行政执法条例")
_FRESH = re.compile(r"gold-fresh(\d*)$")


def _later(folder: str, number: int) -> bool:
    m = _FRESH.search(os.path.basename(os.path.dirname(folder)))
    return bool(m) and int(m.group(1) or 1) >= number


def _used(number: int, root: Path) -> set[str]:
    """File names of the documents the labelled sets before set ``number`` and the alignment gold hold."""
    used = set()
    labelled = glob.glob(str(REPO_ROOT / "corpora" / "gold*" / "*.jsonl")) + glob.glob(str(root / "devset" / "*.jsonl"))
    for f in labelled:
        if _later(f, number):
            continue
        for line in open(f, encoding="utf-8"):
            try:
                r = json.loads(line)
            except ValueError:
                continue
            used.add(os.path.basename(r.get("source") or ""))
    for f in glob.glob(str(REPO_ROOT / "corpora" / "align-gold" / "*.jsonl")):
        for line in open(f, encoding="utf-8"):
            r = json.loads(line)
            for k in ("a", "b", "doc_a", "doc_b", "path_a", "path_b"):
                v = r.get(k)
                if isinstance(v, str):
                    used.add(os.path.basename(v))
                elif isinstance(v, dict):
                    used.update(os.path.basename(x) for x in v.values() if isinstance(x, str))
    return used


def draw(number: int, seed: int, root: str | Path | None = None) -> list[str]:
    """The documents of set ``number`` drawn with ``random.Random(seed)``, paths relative to ``root``."""
    root = Path(root or shared_root())
    used = _used(number, root)
    rng = random.Random(seed)
    reports = sorted(p for p in glob.glob(str(root / "corpus" / "gov-reports-2024" / "txt" / "*.txt"))
                     if os.path.basename(p) not in used)
    picks = rng.sample(reports, 4)
    provinces = sorted(os.listdir(root / "corpus" / "regulations"))
    for prov in rng.sample(provinces, 4):
        candidates = []
        for p in sorted(glob.glob(str(root / "corpus" / "regulations" / prov / "**" / "*.txt"), recursive=True)):
            b = os.path.basename(p)
            if b in used or _HELD_OUT.search(b):
                continue
            if 1500 <= len(open(p, encoding="utf-8").read()) <= 7000:
                candidates.append(p)
        picks.append(rng.choice(candidates))
    return [os.path.relpath(p, root) for p in picks]
