"""Build a DuckDB store for the comparison tests and benchmark.

Uses ``policyie.corpora.store`` (``open_store`` / ``ingest_records`` / ``ingest_paths``)
when it is there; otherwise runs ``corpora/store_schema.sql`` and inserts the rows itself
(documents, provisions, mentions with typed columns, staffing, deadlines) from extract
records, reading each document's text from its source file.
"""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path
from typing import Iterable

import pandas as pd


def _real_store():
    try:
        from policyie.corpora import store  # type: ignore[attr-defined]
    except ImportError:
        return None
    if all(hasattr(store, n) for n in ("open_store", "ingest_records")):
        return store
    return None


def _schema_sql() -> str:
    return importlib.resources.files("policyie.corpora").joinpath("store_schema.sql").read_text(encoding="utf-8")


def _provision_of(provisions: list[dict], start: int, end: int) -> str | None:
    for p in provisions:
        if p["start"] <= start and end <= p["end"]:
            return p["provision_id"]
    return None


def _typed(label: str, norm) -> dict:
    out = dict.fromkeys(("min_value", "max_value", "value", "unit", "approx", "date", "precision", "relation",
                         "recurring", "parts", "issuer_code", "year", "number"))
    if norm is None:
        return out
    if label == "STAFFING":
        out.update(min_value=norm.get("min"), max_value=norm.get("max"), unit=norm.get("unit"),
                   approx=norm.get("approx"))
    elif label == "ITEM_COUNT":
        out.update(value=norm.get("value"), min_value=norm.get("value"), max_value=norm.get("value"),
                   unit=norm.get("unit"))
    elif label == "DEADLINE":
        out.update(date=norm.get("date"), precision=norm.get("precision"), relation=norm.get("relation"),
                   recurring=norm.get("recurring"))
    elif label == "PRINCIPLE":
        out.update(parts=list(norm) if isinstance(norm, list) else norm.get("parts"))
    elif label == "DOC_NO":
        out.update(issuer_code=norm.get("issuer_code"), year=norm.get("year"), number=norm.get("number"))
    return out


def _fallback_ingest(con, records: Iterable[dict]) -> int:
    import hashlib

    from policyie.corpora.readers import read_document

    docs, provs, ments, staff, dls = [], [], [], [], []
    n = 0
    for r in records:
        if r.get("error"):
            continue
        text = read_document(r["source"]).text
        meta = r.get("meta") or {}
        region = meta.get("region") or {}
        key = r["source"]
        docs.append(dict(doc_key=key, doc_id=r["doc_id"], content_hash=hashlib.sha256(text.encode()).hexdigest(),
                         source=r["source"], encoding=r.get("encoding"), format=r.get("format"),
                         title=meta.get("title"), issuers=meta.get("issuers") or [], doc_no=meta.get("doc_no"),
                         date=meta.get("date"), date_source=meta.get("date_source"),
                         province=region.get("province"), city=region.get("city"), county=region.get("county"),
                         region_code=region.get("code"), region=region.get("name") or "", n_chars=len(text),
                         text=text))
        for i, p in enumerate(r["provisions"], 1):
            roles = p.get("roles") or {}
            provs.append(dict(doc_key=key, provision_id=p["provision_id"], seq=i, section_path=p["section_path"],
                              start_pos=p["start"], end_pos=p["end"], text=p["text"], lead=roles.get("lead") or [],
                              cooperate=roles.get("cooperate") or [], bodies=roles.get("bodies") or [],
                              principles=[x for ps in roles.get("principles") or [] for x in ps],
                              roles=json.dumps(roles, ensure_ascii=False)))
            for s in roles.get("staffing") or []:
                staff.append(dict(doc_key=key, provision_id=p["provision_id"], body=s.get("body"), kind=s.get("kind"),
                                  min_value=s.get("min"), max_value=s.get("max"), unit=s.get("unit"),
                                  approx=s.get("approx"), text=s.get("text"), start_pos=s.get("start"),
                                  end_pos=s.get("end")))
            for d in roles.get("deadlines") or []:
                dls.append(dict(doc_key=key, provision_id=p["provision_id"], task=d.get("task"), date=d.get("date"),
                                precision=d.get("precision"), relation=d.get("relation"),
                                recurring=d.get("recurring"), text=d.get("text"), start_pos=d.get("start"),
                                end_pos=d.get("end")))
        for i, m in enumerate(r["entities"]):
            row = dict(doc_key=key, mention_idx=i, provision_id=_provision_of(r["provisions"], m["start"], m["end"]),
                       label=m["label"], start_pos=m["start"], end_pos=m["end"], text=m["text"], source=m.get("source"),
                       normalized=json.dumps(m.get("normalized"), ensure_ascii=False))
            row.update(_typed(m["label"], m.get("normalized")))
            ments.append(row)
        n += 1
    for table, rows in (("documents", docs), ("provisions", provs), ("mentions", ments), ("staffing", staff),
                        ("deadlines", dls)):
        if not rows:
            continue
        frame = pd.DataFrame(rows)
        types = dict(con.execute(f"SELECT column_name, data_type FROM information_schema.columns "
                                 f"WHERE table_name = '{table}'").fetchall())
        for c in frame.columns:  # empty lists and all-None columns have no type of their own
            if types[c].endswith("[]"):
                frame[c] = [json.dumps(v, ensure_ascii=False) if v is not None else None for v in frame[c]]
        con.register("_rows", frame)
        cols = ", ".join(frame.columns)
        exprs = ", ".join(f"CAST(CAST({c} AS JSON) AS {types[c]})" if types[c].endswith("[]")
                          else f"CAST({c} AS {types[c]})" for c in frame.columns)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {exprs} FROM _rows")
        con.unregister("_rows")
    return n


def open_store(path):
    store = _real_store()
    if store is not None:
        return store.open_store(path)
    import duckdb

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    con.execute(_schema_sql())
    return con


def ingest_records(con, records: Iterable[dict]):
    store = _real_store()
    if store is not None:
        return store.ingest_records(con, records)
    return _fallback_ingest(con, records)


def read_jsonl(path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def extract(paths) -> list[dict]:
    from policyie.batch import extract_records

    return list(extract_records([str(p) for p in paths]))


def build_store(db_path, records: Iterable[dict]):
    con = open_store(db_path)
    ingest_records(con, records)
    return con
