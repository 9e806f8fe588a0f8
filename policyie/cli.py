"""The ``policyie`` command: a thin layer over library functions.

    policyie extract PATH... -o OUT.jsonl     one JSON record per input file
    policyie evaluate GOLD... [--pred P.jsonl] [--json] [--peers]
    policyie ingest PATH... [--db FILE]       documents into the embedded DuckDB store
    policyie export --db FILE -o OUT.{parquet,csv,xlsx}
    policyie compare --db FILE [--what pairs|divergences|duplicates|families|adoption|staffing] [--family NAME]
    policyie evaluate-compare GOLD.jsonl [--root CORPUS] [--json]   alignment and divergence accuracy
    policyie serve --db FILE [--port N]       the analysts' web page (read-only)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _extract(args: argparse.Namespace) -> int:
    from policyie.batch import Progress, WorkerStartError, default_workers, extract_to_jsonl
    from policyie.corpora.readers import iter_input_paths

    to_file = args.output not in (None, "-")
    show = args.progress and to_file
    bar = Progress(sum(1 for _ in iter_input_paths(args.paths)) if show else None, enabled=show)
    workers = args.workers if args.workers is not None else default_workers()
    options = dict(pipeline=args.model, workers=workers, timeout=args.timeout or None, max_bytes=args.max_bytes,
                   progress=bar)
    try:
        if not to_file:
            n, errors = extract_to_jsonl(args.paths, sys.stdout, **options)
        else:
            Path(args.output).parent.mkdir(parents=True, exist_ok=True)
            with open(args.output, "w", encoding="utf-8") as out:
                n, errors = extract_to_jsonl(args.paths, out, **options)
    except KeyboardInterrupt:
        bar.close()
        print("policyie: interrupted" + (f": {args.output} is incomplete" if to_file else ""), file=sys.stderr)
        return 130
    except WorkerStartError as e:
        bar.close()
        print(f"policyie: {e}", file=sys.stderr)
        return 2
    bar.close()
    print(f"policyie: {n} documents, {errors} errors" + (f" -> {args.output}" if to_file else ""), file=sys.stderr)
    return 1 if n and errors == n else 0


def _evaluate(args: argparse.Namespace) -> int:
    from policyie.evaluation.cli import evaluate_cli

    return evaluate_cli(args.gold, args.pred, as_json=args.json, peers=args.peers, show=args.show, model=args.model)


def _train(args: argparse.Namespace) -> int:
    if list(args.which) == ["pairs"]:  # the comparison's pair classifier (scikit-learn, no extra needed)
        from policyie.compare.train import train_cli as train_pairs_cli

        return train_pairs_cli(root=args.root)
    from policyie.models.train import train_cli

    return train_cli(args.which, out_dir=args.out, seed=args.seed, quick=args.quick)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("policyie")
    except PackageNotFoundError:
        return "unknown"


DEFAULT_DB = "out/policyie.duckdb"
MODELS = ("rules", "transformer", "spacy", "hybrid")


def _ingest(args: argparse.Namespace) -> int:
    from policyie.corpora.store import ingest_cli

    return ingest_cli(args.paths, db=args.db, progress=args.progress, from_jsonl=args.from_jsonl,
                      workers=args.workers, timeout=args.timeout or None, max_bytes=args.max_bytes,
                      retry_failed=args.retry_failed, model=args.model, batch_docs=args.commit_every)


def _export(args: argparse.Namespace) -> int:
    from policyie.corpora.export import export_cli

    return export_cli(db=args.db, output=args.output, tables=args.tables)


def _compare(args: argparse.Namespace) -> int:
    from policyie.compare.cli import compare_cli

    return compare_cli(db=args.db, what=args.what, fmt=args.format, output=args.output,
                       threshold=args.threshold, regions=args.region, topic=args.topic, family=args.family,
                       include_boilerplate=args.include_boilerplate)


def _evaluate_compare(args: argparse.Namespace) -> int:
    from policyie.evaluation.alignment import evaluate_compare_cli

    return evaluate_compare_cli(args.gold, root=args.root, as_json=args.json, show=args.show, extra=args.extra,
                                n_extra=args.n_extra)


def _serve(args: argparse.Namespace) -> int:
    from policyie.web.server import serve_cli

    return serve_cli(db=args.db, host=args.host, port=args.port)


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def _add_batch_options(p: argparse.ArgumentParser) -> None:
    """--workers, --timeout and --max-bytes, the same on extract and ingest."""
    p.add_argument("--workers", type=_positive_int, default=None, metavar="N",
                   help="worker processes (default: all cores; 1 runs in this process)")
    p.add_argument("--timeout", type=float, default=300.0, metavar="S",
                   help="seconds one document may take before it is recorded as an error "
                        "'timed out after S s' (default 300; 0: no limit)")
    p.add_argument("--max-bytes", type=int, default=None, help="refuse inputs larger than this (default 50 MiB)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policyie", description=__doc__.split("\n")[0])
    parser.add_argument("--version", action="version", version=f"policyie {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract entities and provisions from documents",
                       description="One JSON record per input file. With several workers the records come in "
                                   "order of completion (the same set of records whatever --workers). "
                                   "Example: policyie extract regs/ -o out/regs.jsonl --workers 2")
    p.add_argument("paths", nargs="+", help="files (.txt .html .docx .pdf) or folders (walked recursively)")
    p.add_argument("-o", "--output", help="output JSONL file (default: standard output)")
    _add_batch_options(p)
    p.add_argument("--no-progress", dest="progress", action="store_false",
                   help="no progress (documents/s, time left) on stderr")
    p.add_argument("--model", default="rules", choices=MODELS, help="mention source (default: rules)")
    p.set_defaults(func=_extract)

    p = sub.add_parser("evaluate", help="score extraction against labelled documents")
    p.add_argument("gold", nargs="+", help="gold files or folders (policyie JSONL, doccano JSONL, Label Studio JSON)")
    p.add_argument("--pred", help="predictions from `policyie extract` (default: run the extractor)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--peers", action="store_true", help="add the jieba + JioNLP baseline rows (needs policyie[peers])")
    p.add_argument("--show", type=int, default=20, help="missed/spurious examples listed per type")
    p.add_argument("--model", default="rules", choices=MODELS, help="mention source when no --pred is given")
    p.set_defaults(func=_evaluate)

    p = sub.add_parser("train", help="train the learned models from the repository's data (fixed seeds)")
    p.add_argument("which", nargs="*", default=["all"],
                   help="transformer, spacy, topic, hybrid or all; or pairs (the comparison's pair classifier)")
    p.add_argument("--root", default="../shared/corpus", help="corpus root of the alignment gold (train pairs)")
    p.add_argument("--out", default=None, help="artifact folder (default: models/artifacts)")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--quick", action="store_true", help="a few steps on a small sample (for tests)")
    p.set_defaults(func=_train)

    p = sub.add_parser("ingest", help="extract documents and store them in the embedded DuckDB store",
                       description="Incremental: a document is its resolved path and its text's hash; unchanged "
                                   "documents are not analysed again, and a run stopped at any moment (Ctrl-C, "
                                   "kill) continues when run again. Exit codes: 0 ok, 1 some documents failed, "
                                   "2 store or input error, 130 interrupted. "
                                   "Example: policyie ingest regs/ --db out/regs.duckdb --workers 2")
    p.add_argument("paths", nargs="+", help="documents or folders (or extract JSONL files with --from-jsonl)")
    p.add_argument("--db", default=DEFAULT_DB, help=f"store file (default {DEFAULT_DB})")
    p.add_argument("--from-jsonl", action="store_true", help="read records written by `policyie extract` instead of documents")
    _add_batch_options(p)
    p.add_argument("--retry-failed", action="store_true",
                   help="analyse again documents that failed before with the same text (default: skip them)")
    p.add_argument("--model", default="rules", choices=MODELS, help="mention source (default: rules)")
    p.add_argument("--commit-every", type=_positive_int, default=64, metavar="N",
                   help="documents written per transaction (default 64)")
    p.add_argument("--no-progress", dest="progress", action="store_false",
                   help="no progress (documents/s, time left) on stderr")
    p.set_defaults(func=_ingest)

    p = sub.add_parser("export", help="export the store to Parquet, CSV or Excel")
    p.add_argument("--db", default=DEFAULT_DB, help=f"store file (default {DEFAULT_DB})")
    p.add_argument("-o", "--output", required=True, help="OUT.xlsx (one sheet per table), OUT.csv / OUT.parquet or a folder (one file per table)")
    p.add_argument("--tables", nargs="*", default=None, help="tables to export (default: all)")
    p.set_defaults(func=_export)

    p = sub.add_parser("compare", help="compare provisions across regions",
                       description="Compare the measures of a store across regions. Example: "
                                   "policyie compare --db out/regs.duckdb --what divergences --family 物业管理 --format csv -o d.csv")
    p.add_argument("--db", default=DEFAULT_DB, help=f"store file (default {DEFAULT_DB})")
    p.add_argument("--what", default="duplicates",
                   choices=["pairs", "divergences", "duplicates", "families", "adoption", "staffing"],
                   help="pairs: the same measure in two documents (duplicate or reworded); divergences: the fields "
                        "that differ inside aligned pairs; duplicates: clusters of reused text; families: documents "
                        "by subject; adoption: regions x measures; staffing: posts per body (default duplicates)")
    p.add_argument("--family", default=None, help="only the families whose name contains this (e.g. 物业管理)")
    p.add_argument("--include-boilerplate", action="store_true",
                   help="duplicates: keep boilerplate formulas (clauses found across many subjects)")
    p.add_argument("--format", default="table", choices=["table", "csv", "json", "html"])
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    p.add_argument("--threshold", type=float, default=None, help="similarity threshold for near duplicates")
    p.add_argument("--region", action="append", help="only these regions (repeatable)")
    p.add_argument("--topic", default=None,
                   help="only measures of this topic (机构设置, 编制管理, 综合执法, 审批服务, 党建引领, 财政保障, "
                        "考核监督, 基层治理, 公共服务, 其他), as the provision classifier reads them")
    p.set_defaults(func=_compare)

    p = sub.add_parser("evaluate-compare", help="score measure alignment and divergences against hand-aligned pairs",
                       description="Example: policyie evaluate-compare corpora/align-gold/check.jsonl --root ../shared/corpus")
    p.add_argument("gold", help="alignment gold JSONL (corpora/align-gold/*.jsonl)")
    p.add_argument("--root", default="../shared/corpus", help="folder the gold paths are relative to (default ../shared/corpus)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--show", type=int, default=10, help="missed and false pairs and fields listed (default 10)")
    p.add_argument("--extra", default=None, help="a folder of unrelated documents ingested alongside (precision as the store grows)")
    p.add_argument("--n-extra", type=int, default=200, help="how many documents of --extra (default 200, a fixed sample)")
    p.set_defaults(func=_evaluate_compare)

    p = sub.add_parser("serve", help="the analysts' web page over a store (read-only)")
    p.add_argument("--db", default=DEFAULT_DB, help=f"store file (default {DEFAULT_DB})")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.set_defaults(func=_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
