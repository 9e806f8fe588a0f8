"""Alignment labelling helper.

    python tool.py units PAIR_DIR      # writes PAIR_DIR/units_a.tsv, units_b.tsv from PAIR_DIR/pair.json
    python tool.py convert PAIR_DIR    # PAIR_DIR/links.json -> PAIR_DIR/gold.jsonl (validated)

pair.json: {"pair_id": ..., "family": ..., "doc_a": "regulations/...txt", "doc_b": "regulations/...txt"}
links.json: a JSON list of {"a": UNIT_ID_A, "b": UNIT_ID_B, "relation": "duplicate"|"same-measure",
            "fields": [{"field": F, "a": "exact substring of unit a or ''", "b": "exact substring of unit b or ''"}]}
"""
import json, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3] / "shared" / "corpus"  # ../shared/corpus beside the repo
FIELDS = ("staffing", "deadline", "bodies", "principle", "item_count", "modality", "threshold", "amount")


def _units(pair):
    from policyie.corpora.rows import content_hash
    from policyie.corpora.readers import read_document
    from policyie.corpora.store import ingest_paths, open_store
    from policyie.compare.units import measure_units
    tmp = tempfile.mkdtemp()
    con = open_store(Path(tmp) / "s.duckdb")
    paths = [ROOT / pair["doc_a"], ROOT / pair["doc_b"]]
    ingest_paths(con, [str(p) for p in paths])
    keys = dict(con.execute("SELECT source, doc_key FROM documents").fetchall())
    u = measure_units(con)
    out = []
    for p in paths:
        key = con.execute("SELECT doc_key FROM documents WHERE content_hash = ?", [content_hash(read_document(p).text)]).fetchone()[0]
        sub = u[u.doc_key == key].sort_values("start")
        out.append((content_hash(read_document(p).text), list(zip(range(len(sub)), sub.start, sub.end, sub.text))))
    return out


def units(d: Path):
    pair = json.loads((d / "pair.json").read_text())
    for side, (sha, rows) in zip("ab", _units(pair)):
        with open(d / f"units_{side}.tsv", "w", encoding="utf-8") as f:
            f.write("id\tstart\tend\ttext\n")
            for i, s, e, t in rows:
                f.write(f"{i}\t{s}\t{e}\t{t}\n")
        print(side, len(rows), "units ->", d / f"units_{side}.tsv")


def convert(d: Path):
    pair = json.loads((d / "pair.json").read_text())
    (sha_a, ua), (sha_b, ub) = _units(pair)
    links = json.loads((d / "links.json").read_text())
    errors, out = [], []
    seen = set()
    for n, l in enumerate(links):
        try:
            ia, ib = int(l["a"]), int(l["b"])
            ta, tb = ua[ia][3], ub[ib][3]
            if l["relation"] not in ("duplicate", "same-measure"):
                raise ValueError(f"relation {l['relation']!r}")
            if (ia, ib) in seen:
                raise ValueError("pair listed twice")
            seen.add((ia, ib))
            fields = []
            for f in l.get("fields", []):
                if f["field"] not in FIELDS:
                    raise ValueError(f"field {f['field']!r}")
                numeric = f["field"] == "item_count"  # a list's length: a number, not a substring
                if f.get("a") and f["a"] not in ta and not (numeric and str(f["a"]).isdigit()):
                    raise ValueError(f"field value {f['a']!r} not in unit a {ia}")
                if f.get("b") and f["b"] not in tb and not (numeric and str(f["b"]).isdigit()):
                    raise ValueError(f"field value {f['b']!r} not in unit b {ib}")
                if not f.get("a") and not f.get("b"):
                    raise ValueError("field with neither value")
                fields.append({"field": f["field"], "a": f.get("a", ""), "b": f.get("b", "")})
            out.append({"a": [int(ua[ia][1]), int(ua[ia][2])], "b": [int(ub[ib][1]), int(ub[ib][2])],
                        "relation": l["relation"], "fields": fields})
        except (KeyError, IndexError, ValueError, TypeError) as e:
            errors.append(f"link {n} ({l}): {e}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    line = {"pair_id": pair["pair_id"], "family": pair["family"],
            "doc_a": {"path": pair["doc_a"], "sha256": sha_a}, "doc_b": {"path": pair["doc_b"], "sha256": sha_b},
            "links": sorted(out, key=lambda x: (x["a"], x["b"]))}
    (d / "gold.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    from policyie.evaluation.alignment import load_alignment_gold
    g = load_alignment_gold(d / "gold.jsonl")
    rel = {}
    for l in g[0].links:
        rel[l.relation] = rel.get(l.relation, 0) + 1
    print("ok:", len(g[0].links), "links", rel, "fields", sum(len(l.fields) for l in g[0].links))


if __name__ == "__main__":
    {"units": units, "convert": convert}[sys.argv[1]](Path(sys.argv[2]))
