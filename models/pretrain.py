"""Masked-language-model pretraining of the character tagger's encoder on the unlabelled corpora.

    policyie train pretrain [--out DIR] [--seed 13] [--budget MINUTES] [--quick]

The corpus is every ``.txt`` of ``<shared>/corpus/regulations`` and
``<shared>/corpus/gov-reports-2024/txt`` read with ``policyie.corpora.readers.read_document``,
less the documents of every labelled, check and unseen set (``policyie.models.weak.corpus_files``:
no evaluation text is ever seen, not even unlabelled).  One file in ``heldout_every`` (by sorted
path) is held out: its text is never trained on and gives the held-out MLM loss and accuracy.

Training text is the files' character ids concatenated (a line end between files) and cut at
seeded random offsets into windows of ``max_len`` characters; 15% of the characters are chosen
(80% ``[MASK]``, 10% a random character, 10% kept) and only those are predicted
(``sparse_prediction``: the 6,000-way output layer runs on the chosen positions only, which
halves the step time on these CPUs).  The encoder is the tagger's own ModernBERT
(``char_tagger.model_config``), so its weights load into ``ModernBertForTokenClassification``
as they are.

Checkpoints: every ``eval_every`` steps the held-out windows (fixed masks) are scored; the
checkpoint with the lowest held-out loss is written to ``DIR/encoder.safetensors`` (the
encoder and the prediction head's dense layer and norm, fp32; the MLM decoder is left out) with ``vocab.json`` and ``pretrain.json`` (settings, curve, times), so a
run stopped at any point (Ctrl-C, or the time budget) leaves its best checkpoint usable.
Fixed seeds: the same settings and step count give the same weights; the time budget only
decides where a run stops (the learning-rate schedule is by steps, ``max_steps``).
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from policyie.models.char_tagger import IGNORE, SPECIALS, CharVocab, TaggerConfig, set_threads

MASK_ID = 2


@dataclass
class PretrainConfig:
    """Encoder size and schedule (the defaults are the shipped run's)."""

    hidden: int = 128
    layers: int = 4
    heads: int = 4
    intermediate: int = 256
    max_len: int = 256
    vocab_min_freq: int = 2
    vocab_max: int = 6000
    batch_size: int = 32
    lr: float = 2e-3
    weight_decay: float = 0.01
    warmup_steps: int = 40
    max_steps: int = 500
    mask_prob: float = 0.15
    eval_every: int = 50
    heldout_every: int = 40
    heldout_windows: int = 96
    budget_minutes: float = 40.0
    seed: int = 13
    threads: int = 1

    def tagger_config(self, **kw) -> TaggerConfig:  # noqa: ANN003
        """The ``TaggerConfig`` whose encoder this is (fine-tuning settings in ``kw``)."""
        base = dict(hidden=self.hidden, layers=self.layers, heads=self.heads, intermediate=self.intermediate,
                    max_len=self.max_len, overlap=self.max_len // 4, vocab_min_freq=self.vocab_min_freq,
                    vocab_max=self.vocab_max, seed=self.seed, threads=self.threads, dropout=0.0)
        base.update(kw)
        return TaggerConfig(**base)


QUICK = PretrainConfig(hidden=32, layers=1, heads=2, intermediate=64, max_len=64, batch_size=8, max_steps=6,
                       warmup_steps=1, eval_every=3, heldout_windows=4, budget_minutes=2.0)


def _say(msg: str) -> None:
    import sys

    print(f"policyie pretrain: {msg}", file=sys.stderr, flush=True)


def default_dir() -> Path:
    """``$POLICYIE_PRETRAINED`` or ``<cache>/pretrained``: outside the repository."""
    env = os.environ.get("POLICYIE_PRETRAINED")
    if env:
        return Path(env)
    from policyie.models.weak import cache_dir

    return cache_dir() / "pretrained"


# --------------------------------------------------------------------------- corpus


def corpus_split(heldout_every: int, *, files: Sequence[Path] | None = None,
                 log: Callable[[str], None] | None = None) -> tuple[list[str], list[str]]:
    """(training texts, held-out texts) of the unlabelled corpus; file ``i`` (sorted) is held
    out when ``i % heldout_every == 0``."""
    from policyie.corpora.readers import ReadError, read_document
    from policyie.models.weak import corpus_files

    files = list(files) if files is not None else corpus_files()
    train, held = [], []
    t0 = time.perf_counter()
    for i, f in enumerate(sorted(files)):
        try:
            text = read_document(f).text
        except ReadError:
            continue
        if text.strip():
            (held if heldout_every and i % heldout_every == 0 else train).append(text)
    if log:
        log(f"corpus: {len(train)} training files ({sum(map(len, train)):,} chars), {len(held)} held out "
            f"({sum(map(len, held)):,} chars), read in {time.perf_counter() - t0:.0f}s")
    return train, held


def _ids(texts: Sequence[str], vocab: CharVocab):  # noqa: ANN202 - a 1-d int64 tensor
    import torch

    out: list[int] = []
    for t in texts:
        out.extend(vocab.encode(t))
        out.append(vocab.stoi.get("\n", 1))
    return torch.tensor(out, dtype=torch.long)


def mask_batch(ids, gen, vocab_size: int, prob: float):  # noqa: ANN001, ANN201
    """(input ids, labels): ``prob`` of the characters chosen, 80% → [MASK], 10% random, 10% kept."""
    import torch

    labels = ids.clone()
    chosen = torch.rand(ids.shape, generator=gen) < prob
    chosen &= ids >= len(SPECIALS)  # never predict padding or [UNK]
    labels[~chosen] = IGNORE
    r = torch.rand(ids.shape, generator=gen)
    inp = ids.clone()
    inp[chosen & (r < 0.8)] = MASK_ID
    swap = chosen & (r >= 0.8) & (r < 0.9)
    inp[swap] = torch.randint(len(SPECIALS), vocab_size, ids.shape, generator=gen)[swap]
    return inp, labels


def _crops(stream, n: int, length: int, gen):  # noqa: ANN001, ANN202
    import torch

    starts = torch.randint(0, max(1, len(stream) - length), (n,), generator=gen)
    return torch.stack([stream[s:s + length] for s in starts.tolist()])


def mlm_model(cfg: PretrainConfig, vocab_size: int):  # noqa: ANN201
    from transformers import ModernBertForMaskedLM

    from policyie.models.char_tagger import model_config

    conf = model_config(cfg.tagger_config(), vocab_size)
    conf.sparse_prediction = True  # the output layer on the chosen positions only
    return ModernBertForMaskedLM(conf)


def evaluate_mlm(model, batches) -> dict:  # noqa: ANN001
    """Mean loss and accuracy over the masked characters of fixed held-out batches."""
    import torch

    model.eval()
    tot_loss = tot_n = correct = 0.0
    with torch.inference_mode():
        for inp, labels in batches:
            out = model(input_ids=inp, labels=labels)
            n = int((labels != IGNORE).sum())
            tot_loss += float(out.loss) * n
            tot_n += n
            # with sparse_prediction the logits are those of the chosen positions, in order
            gold = labels[labels != IGNORE]
            correct += float((out.logits.argmax(-1).view(-1) == gold).sum())
    model.train()
    return {"loss": tot_loss / max(1.0, tot_n), "accuracy": correct / max(1.0, tot_n), "masked": int(tot_n)}


def pretrain(out_dir: Path, cfg: PretrainConfig | None = None, *, texts: tuple[list[str], list[str]] | None = None,
             log: Callable[[str], None] = _say) -> Path:
    """Pretrain and write the best checkpoint to ``out_dir`` (see the module docstring).
    ``texts`` = (training, held-out) replaces the corpus (tests)."""
    import torch
    from safetensors.torch import save_file

    from policyie.models.char_tagger import _optimizer, seed_everything

    cfg = cfg or PretrainConfig()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    set_threads(cfg.threads)
    seed_everything(cfg.seed)
    t_start = time.perf_counter()
    train_texts, held_texts = texts if texts is not None else corpus_split(cfg.heldout_every, log=log)
    if not train_texts or not held_texts:
        raise RuntimeError("no unlabelled corpus for pretraining (../shared/corpus is missing)")
    vocab = CharVocab.build(train_texts, min_freq=cfg.vocab_min_freq, max_size=cfg.vocab_max)
    stream = _ids(train_texts, vocab)
    held_stream = _ids(held_texts, vocab)
    log(f"vocabulary {len(vocab)} characters; {len(stream):,} training characters")
    gen_eval = torch.Generator().manual_seed(cfg.seed + 2)
    held_batches = []
    for b in range(0, cfg.heldout_windows, cfg.batch_size):
        n = min(cfg.batch_size, cfg.heldout_windows - b)
        held_batches.append(mask_batch(_crops(held_stream, n, cfg.max_len, gen_eval), gen_eval, len(vocab),
                                       cfg.mask_prob))
    model = mlm_model(cfg, len(vocab))
    model.train()
    opt = _optimizer(model, cfg.lr, cfg.weight_decay)
    gen = torch.Generator().manual_seed(cfg.seed + 1)
    prefix = model.base_model_prefix + "."
    curve: list[dict] = []
    best: dict | None = None
    budget = cfg.budget_minutes * 60.0
    t0 = time.perf_counter()
    c0 = time.process_time()
    running = None
    stopped = "max_steps"

    def checkpoint(step: int) -> None:
        nonlocal best
        ev = evaluate_mlm(model, held_batches)
        ev.update(step=step, train_loss=running, seconds=round(time.perf_counter() - t0, 1),
                  cpu_seconds=round(time.process_time() - c0, 1), chars=step * cfg.batch_size * cfg.max_len)
        curve.append(ev)
        log(f"step {step}: held-out loss {ev['loss']:.3f} accuracy {ev['accuracy']:.3f} "
            f"(train {running if running is not None else float('nan'):.3f}; {ev['seconds']:.0f}s)")
        if best is None or ev["loss"] < best["loss"]:
            best = ev
            # the encoder and the prediction head (dense + norm, which the token classifier has too)
            state = {k: v.detach().float().contiguous() for k, v in model.state_dict().items()
                     if k.startswith((prefix, "head."))}
            save_file(state, str(out / "encoder.safetensors"), metadata={"format": "pt"})
            os.chmod(out / "encoder.safetensors", 0o644)
        _write_info(out, cfg, vocab, curve, best, stopped, time.perf_counter() - t_start)

    checkpoint(0)
    step = 0
    try:
        while step < cfg.max_steps:
            if time.perf_counter() - t0 > budget:
                stopped = "time budget"
                break
            inp, labels = mask_batch(_crops(stream, cfg.batch_size, cfg.max_len, gen), gen, len(vocab), cfg.mask_prob)
            w = cfg.warmup_steps
            scale = (step + 1) / w if step < w else max(0.0, (cfg.max_steps - step) / max(1, cfg.max_steps - w))
            for g in opt.param_groups:
                g["lr"] = cfg.lr * scale
            loss = model(input_ids=inp, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            opt.zero_grad(set_to_none=True)
            step += 1
            running = loss.item() if running is None else 0.95 * running + 0.05 * loss.item()
            if step % cfg.eval_every == 0:
                checkpoint(step)
    except KeyboardInterrupt:
        stopped = "interrupted"
        log("interrupted: keeping the best checkpoint so far")
    if not curve or curve[-1]["step"] != step:
        checkpoint(step)
    _write_info(out, cfg, vocab, curve, best, stopped, time.perf_counter() - t_start)
    log(f"best held-out loss {best['loss']:.3f} accuracy {best['accuracy']:.3f} at step {best['step']} "
        f"({stopped}) -> {out}")
    return out


def _write_info(out: Path, cfg: PretrainConfig, vocab: CharVocab, curve: list[dict], best: dict | None,
                stopped: str, seconds: float) -> None:
    (out / "vocab.json").write_text(json.dumps(vocab.to_json(), ensure_ascii=False), encoding="utf-8")
    info = {"config": dataclasses.asdict(cfg), "vocab_size": len(vocab), "best": best, "stopped": stopped,
            "seconds": round(seconds, 1), "curve": curve}
    (out / "pretrain.json").write_text(json.dumps(info, indent=1), encoding="utf-8")


def load_pretrained(d: Path) -> tuple[dict, CharVocab, PretrainConfig]:
    """(encoder state dict with the tagger's base-model keys, vocabulary, settings) from a
    folder written by ``pretrain``."""
    from safetensors.torch import load_file

    d = Path(d)
    for f in ("encoder.safetensors", "vocab.json", "pretrain.json"):
        if not (d / f).is_file():
            raise FileNotFoundError(f"{d / f} is missing: run `policyie train pretrain` first")
    info = json.loads((d / "pretrain.json").read_text(encoding="utf-8"))
    known = {f.name for f in dataclasses.fields(PretrainConfig)}
    cfg = PretrainConfig(**{k: v for k, v in info["config"].items() if k in known})
    vocab = CharVocab.from_json(json.loads((d / "vocab.json").read_text(encoding="utf-8")))
    raw = load_file(str(d / "encoder.safetensors"))
    # early checkpoints kept the encoder alone, without the "model." prefix
    state = {k if k.startswith(("model.", "head.")) else "model." + k: v for k, v in raw.items()}
    return state, vocab, cfg


def quick_texts() -> tuple[list[str], list[str]]:
    """A tiny corpus for tests and ``--quick`` runs (no ../shared needed)."""
    from policyie.models.train import _QUICK_TEXT

    rng = random.Random(0)
    parts = [_QUICK_TEXT[i:i + 40] for i in range(0, len(_QUICK_TEXT), 40)]
    train = ["".join(rng.sample(parts, len(parts))) for _ in range(6)]
    return train, [_QUICK_TEXT]
