"""The ``policyie`` command: a thin layer over library functions.

    policyie extract PATH... -o OUT.jsonl     one JSON record per input file
    policyie evaluate GOLD... [--pred P.jsonl] [--json] [--peers]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _extract(args: argparse.Namespace) -> int:
    from policyie.batch import extract_records, write_jsonl
    from policyie.corpora.readers import iter_input_paths

    total = sum(1 for _ in iter_input_paths(args.paths)) if args.progress else None
    records = extract_records(args.paths, max_bytes=args.max_bytes)
    if args.output in (None, "-"):
        n, errors = write_jsonl(records, sys.stdout, progress=False)
    else:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        with open(args.output, "w", encoding="utf-8") as out:
            n, errors = write_jsonl(records, out, progress=args.progress, total=total)
    print(f"policyie: {n} documents, {errors} errors" + (f" -> {args.output}" if args.output not in (None, "-") else ""),
          file=sys.stderr)
    return 1 if n and errors == n else 0


def _evaluate(args: argparse.Namespace) -> int:
    from policyie.evaluation.cli import evaluate_cli

    return evaluate_cli(args.gold, args.pred, as_json=args.json, peers=args.peers, show=args.show)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policyie", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract entities and provisions from documents")
    p.add_argument("paths", nargs="+", help="files (.txt .html .docx .pdf) or folders (walked recursively)")
    p.add_argument("-o", "--output", help="output JSONL file (default: standard output)")
    p.add_argument("--max-bytes", type=int, default=None, help="refuse inputs larger than this (default 50 MiB)")
    p.add_argument("--no-progress", dest="progress", action="store_false", help="no progress counter on stderr")
    p.set_defaults(func=_extract)

    p = sub.add_parser("evaluate", help="score extraction against labelled documents")
    p.add_argument("gold", nargs="+", help="gold files or folders (policyie JSONL, doccano JSONL, Label Studio JSON)")
    p.add_argument("--pred", help="predictions from `policyie extract` (default: run the extractor)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--peers", action="store_true", help="add the jieba + JioNLP baseline rows (needs policyie[peers])")
    p.add_argument("--show", type=int, default=20, help="missed/spurious examples listed per type")
    p.set_defaults(func=_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
