"""A character transformer tagger: BIO tags over characters, trained here from scratch.

One token per Python character (``str`` index = code point, astral characters included),
so a predicted tag belongs to exactly one character of the document and every span maps
back to ``document.text`` without any alignment step.  No Hugging Face tokenizer is used
(a ``BertTokenizer`` would split, lower-case and drop whitespace, and in transformers 5.x
``BertTokenizerFast(vocab_file=…)`` silently ignores the file): the vocabulary is a plain
character list built from the training text, saved as ``vocab.json``.

Documents are cut into windows of at most ``max_len`` characters, at a sentence end where
one falls in the second half of the window, else hard with ``overlap`` characters shared
with the next window; each character takes its tag from the one window whose *keep range*
holds it (the keep ranges tile the text), so overlapping windows never disagree.

The model is a small ``transformers.ModernBertForTokenClassification`` (``TaggerConfig``:
2 layers, hidden 128, about 0.63M parameters) built from its config and a local
``safetensors`` file, never from the hub.  ModernBERT rather than BERT because it is
pre-norm with rotary positions: trained from scratch on these CPUs, a post-norm
``BertForTokenClassification`` of the same size sits at the label prior for hundreds of
steps, ModernBERT leaves it within a few dozen (``arch="bert"`` still builds the BERT
variant, for comparison).  Predicted spans go through ``policyie.models.validate``: no
value, no mention.  torch and transformers are imported inside functions only.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from policyie.records import LABELS, Document, Mention

NAME = "transformer"
SOURCE = "model.transformer"

#: BIO tags: ``O`` then ``B-X``, ``I-X`` for each label in guideline order.
TAGS: tuple[str, ...] = ("O", *(f"{p}-{label}" for label in LABELS for p in "BI"))
TAG_ID = {t: i for i, t in enumerate(TAGS)}
IGNORE = -100

PAD, UNK, MASK = "[PAD]", "[UNK]", "[MASK]"
SPECIALS = (PAD, UNK, MASK)

#: Characters after which a window may end (a sentence or clause end, a line end).
BOUNDARY = frozenset("。；;！!？?\n")

# Full-width ASCII and the ideographic space fold to ASCII (one character to one, as in
# policyie.extraction.textview); other whitespace folds to a space, line ends to \n.
_FOLD = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: " ", 0x0D: "\n", 0x0B: " ", 0x0C: " ", 0x09: " ", 0xA0: " ", 0x2028: "\n", 0x2029: "\n"})


def fold(text: str) -> str:
    """The characters the vocabulary sees: same length as ``text``, index for index."""
    return text.translate(_FOLD)


# --------------------------------------------------------------------------- windows


@dataclass(frozen=True)
class Window:
    """``[start, end)`` is fed to the model; tags of ``[keep_start, keep_end)`` are kept."""

    start: int
    end: int
    keep_start: int
    keep_end: int


def windows(text: str, max_len: int = 128, overlap: int = 32,
            protect: Sequence[tuple[int, int]] = ()) -> list[Window]:
    """Cut ``text`` into windows of at most ``max_len`` characters.

    A window ends after a ``BOUNDARY`` character in its second half when there is one (and
    not inside a ``protect`` span, e.g. a training mention), so most windows are whole
    sentences and share nothing; otherwise it is cut hard and the next one starts
    ``overlap`` characters earlier.  The keep ranges tile ``[0, len(text))`` exactly:
    every character is predicted by exactly one window, the one where it sits further
    from a hard cut.
    """
    n = len(text)
    if max_len < 2:
        raise ValueError("max_len must be at least 2")
    overlap = max(0, min(overlap, max_len // 2))
    inside = bytearray(n + 1)  # inside[i] = 1: a cut at i would split a protected span
    for s, e in protect:
        for i in range(max(s + 1, 0), min(e, n + 1)):
            inside[i] = 1
    spans: list[tuple[int, int]] = []
    pos = 0
    while pos < n:
        end = min(n, pos + max_len)
        if end < n:
            cut = 0
            for i in range(end, pos + max_len // 2, -1):
                if text[i - 1] in BOUNDARY and not inside[i]:
                    cut = i
                    break
            if cut:
                spans.append((pos, cut))
                pos = cut
                continue
            spans.append((pos, end))
            pos = end - overlap if overlap else end
            continue
        spans.append((pos, end))
        break
    out: list[Window] = []
    for i, (s, e) in enumerate(spans):
        ks = s if i == 0 else max(s, (spans[i - 1][1] + s + 1) // 2)
        ke = e if i == len(spans) - 1 else min(e, (e + spans[i + 1][0] + 1) // 2)
        out.append(Window(s, e, ks, ke))
    return out


# --------------------------------------------------------------------------- tags


def encode_tags(length: int, spans: Iterable[tuple[str, int, int]], offset: int = 0) -> list[int]:
    """BIO tag ids for ``length`` characters; ``spans`` are (label, start, end) with
    offsets relative to ``offset``.  A span that crosses the window edge is masked
    (``IGNORE``) rather than taught half; overlapping spans keep the first."""
    tags = [TAG_ID["O"]] * length
    taken = bytearray(length)
    for label, s, e in sorted(spans, key=lambda x: (x[1], x[2])):
        s -= offset
        e -= offset
        if e <= 0 or s >= length or e <= s:
            continue
        if s < 0 or e > length:
            for i in range(max(s, 0), min(e, length)):
                tags[i] = IGNORE
            continue
        if any(taken[s:e]):
            continue
        tags[s] = TAG_ID[f"B-{label}"]
        for i in range(s + 1, e):
            tags[i] = TAG_ID[f"I-{label}"]
        taken[s:e] = b"\x01" * (e - s)
    return tags


def decode_tags(tags: Sequence[int], text: str | None = None) -> list[tuple[str, int, int]]:
    """Spans (label, start, end) from BIO tag ids; an ``I-X`` without a ``B-X`` opens a span.
    Leading and trailing whitespace (when ``text`` is given) is trimmed off a span."""
    out: list[tuple[str, int, int]] = []
    cur: str | None = None
    start = 0
    for i, t in enumerate(tags):
        tag = TAGS[t] if 0 <= t < len(TAGS) else "O"
        if tag == "O":
            if cur is not None:
                out.append((cur, start, i))
            cur = None
            continue
        kind, label = tag.split("-", 1)
        if kind == "B" or label != cur:
            if cur is not None:
                out.append((cur, start, i))
            cur, start = label, i
    if cur is not None:
        out.append((cur, start, len(tags)))
    if text is not None:
        trimmed = []
        for label, s, e in out:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                trimmed.append((label, s, e))
        out = trimmed
    return out


# --------------------------------------------------------------------------- vocabulary


class CharVocab:
    """Characters → ids; ``[PAD]`` 0, ``[UNK]`` 1, ``[MASK]`` 2, then the characters seen in
    the training text at least ``min_freq`` times (most frequent first, then by code point)."""

    def __init__(self, chars: Sequence[str]) -> None:
        self.itos = list(SPECIALS) + [c for c in chars if c not in SPECIALS]
        self.stoi = {c: i for i, c in enumerate(self.itos)}

    @classmethod
    def build(cls, texts: Iterable[str], *, min_freq: int = 2, max_size: int = 6000) -> "CharVocab":
        from collections import Counter

        counts: Counter[str] = Counter()
        for t in texts:
            counts.update(fold(t))
        chars = sorted((c for c, n in counts.items() if n >= min_freq), key=lambda c: (-counts[c], c))
        return cls(chars[: max_size - len(SPECIALS)])

    def __len__(self) -> int:
        return len(self.itos)

    def encode(self, text: str) -> list[int]:
        get = self.stoi.get
        return [get(c, 1) for c in fold(text)]

    def to_json(self) -> dict:
        return {"specials": list(SPECIALS), "chars": self.itos[len(SPECIALS):]}

    @classmethod
    def from_json(cls, data: dict) -> "CharVocab":
        if list(data.get("specials", [])) != list(SPECIALS):
            raise ValueError("vocab.json: unexpected special tokens")
        return cls(data["chars"])


# --------------------------------------------------------------------------- configuration


@dataclass
class TaggerConfig:
    """Model size, windowing and training schedule (the shipped values are the defaults)."""

    arch: str = "modernbert"
    hidden: int = 128
    layers: int = 2
    heads: int = 4
    intermediate: int = 256
    dropout: float = 0.0
    max_len: int = 128
    overlap: int = 32
    vocab_min_freq: int = 2
    vocab_max: int = 6000
    batch_size: int = 32
    lr: float = 4e-3
    weight_decay: float = 0.01
    warmup: float = 0.06
    steps: int = 600
    mlm_steps: int = 0
    mlm_lr: float = 2e-3
    seed: int = 13
    threads: int | None = None

    def to_json(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "TaggerConfig":
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


ARCHES = ("modernbert", "bert")


def _classes(arch: str):  # noqa: ANN202 - (config class, token classifier, masked LM)
    if arch == "modernbert":
        from transformers import ModernBertConfig, ModernBertForMaskedLM, ModernBertForTokenClassification

        return ModernBertConfig, ModernBertForTokenClassification, ModernBertForMaskedLM
    if arch == "bert":
        from transformers import BertConfig, BertForMaskedLM, BertForTokenClassification

        return BertConfig, BertForTokenClassification, BertForMaskedLM
    raise ValueError(f"unknown architecture {arch!r} (known: {', '.join(ARCHES)})")


def model_config(cfg: TaggerConfig, vocab_size: int):  # noqa: ANN201 - a transformers config
    """The transformers config of the tagger: ModernBERT (pre-norm, rotary positions, GeGLU)
    by default; ``arch="bert"`` gives the classic post-norm BERT of the same size."""
    labels = {"num_labels": len(TAGS), "id2label": dict(enumerate(TAGS)), "label2id": dict(TAG_ID)}
    if cfg.arch == "bert":
        from transformers import BertConfig

        return BertConfig(
            vocab_size=vocab_size, hidden_size=cfg.hidden, num_hidden_layers=cfg.layers,
            num_attention_heads=cfg.heads, intermediate_size=cfg.intermediate,
            hidden_dropout_prob=cfg.dropout, attention_probs_dropout_prob=cfg.dropout,
            max_position_embeddings=cfg.max_len, type_vocab_size=1, pad_token_id=0, **labels)
    from transformers import ModernBertConfig

    return ModernBertConfig(
        vocab_size=vocab_size, hidden_size=cfg.hidden, intermediate_size=cfg.intermediate,
        num_hidden_layers=cfg.layers, num_attention_heads=cfg.heads, max_position_embeddings=cfg.max_len,
        local_attention=cfg.max_len, global_attn_every_n_layers=1, pad_token_id=0,
        bos_token_id=None, eos_token_id=None, cls_token_id=None, sep_token_id=None,
        embedding_dropout=cfg.dropout, mlp_dropout=cfg.dropout, attention_dropout=cfg.dropout,
        classifier_dropout=cfg.dropout, reference_compile=False, **labels)


def set_threads(threads: int | None) -> None:
    import torch

    n = threads or int(os.environ.get("POLICYIE_TORCH_THREADS", "0") or 0)
    if n > 0:
        torch.set_num_threads(n)


def seed_everything(seed: int) -> None:
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed % (2**32))
    torch.manual_seed(seed)


# --------------------------------------------------------------------------- training data


@dataclass
class Example:
    """One training window: character ids and tag ids (``IGNORE`` where not taught)."""

    ids: list[int]
    tags: list[int]


@dataclass
class LabelledText:
    """A text with mentions: a gold document or a weak-label window."""

    doc_id: str
    text: str
    spans: tuple[tuple[str, int, int], ...]
    ref_date: str | None = None
    weak: bool = False
    meta: dict = field(default_factory=dict)


def examples_of(texts: Iterable[LabelledText], vocab: CharVocab, cfg: TaggerConfig) -> list[Example]:
    """Cut every text into training windows (never inside a mention) and encode them."""
    out: list[Example] = []
    for lt in texts:
        protect = [(s, e) for _l, s, e in lt.spans]
        ids = vocab.encode(lt.text)
        for w in windows(lt.text, cfg.max_len, cfg.overlap, protect):
            inner = [(label, s, e) for label, s, e in lt.spans if s < w.end and e > w.start]
            out.append(Example(ids[w.start:w.end], encode_tags(w.end - w.start, inner, w.start)))
    return out


def _schedule(step: int, total: int, warmup: float) -> float:
    w = max(1, int(total * warmup))
    if step < w:
        return (step + 1) / w
    return max(0.0, (total - step) / max(1, total - w))


def _batches(pools: Sequence[tuple[Sequence[Example], float]], batch_size: int, steps: int,
             rng: random.Random) -> Iterable[list[Example]]:
    """``steps`` batches; each example is drawn from a pool with the pool's weight, pools
    are walked in shuffled passes (every example seen before any is seen twice)."""
    pools = [(list(p), w) for p, w in pools if p and w > 0]
    orders = [[] for _ in pools]
    weights = [w for _p, w in pools]
    for _ in range(steps):
        batch = []
        for _ in range(batch_size):
            k = rng.choices(range(len(pools)), weights)[0]
            if not orders[k]:
                orders[k] = list(range(len(pools[k][0])))
                rng.shuffle(orders[k])
            batch.append(pools[k][0][orders[k].pop()])
        yield batch


def _collate(batch: Sequence[Example], *, with_tags: bool = True):  # noqa: ANN202
    import torch

    n = max(len(e.ids) for e in batch)
    ids = torch.zeros((len(batch), n), dtype=torch.long)
    mask = torch.zeros((len(batch), n), dtype=torch.long)
    tags = torch.full((len(batch), n), IGNORE, dtype=torch.long)
    for i, e in enumerate(batch):
        k = len(e.ids)
        ids[i, :k] = torch.tensor(e.ids, dtype=torch.long)
        mask[i, :k] = 1
        if with_tags:
            tags[i, :k] = torch.tensor(e.tags, dtype=torch.long)
    return ids, mask, tags


def _optimizer(model, lr: float, weight_decay: float):  # noqa: ANN001, ANN202
    import torch

    decay, no_decay = [], []
    for n, p in model.named_parameters():
        (no_decay if p.ndim < 2 or "LayerNorm" in n or "bias" in n else decay).append(p)
    return torch.optim.AdamW([{"params": decay, "weight_decay": weight_decay},
                              {"params": no_decay, "weight_decay": 0.0}], lr=lr, betas=(0.9, 0.98), eps=1e-6)


def mlm_pretrain(texts: Sequence[str], vocab: CharVocab, cfg: TaggerConfig, *, steps: int,
                 log: Callable[[str], None] | None = None) -> dict:
    """Masked-language-model pretraining of the encoder on unlabelled text (15% of the
    characters: 80% ``[MASK]``, 10% a random character, 10% kept).  Returns the encoder's
    state dict (the base model's keys) for ``train_tagger(init=…)``."""
    import torch

    set_threads(cfg.threads)
    seed_everything(cfg.seed + 1)
    model = _classes(cfg.arch)[2](model_config(cfg, len(vocab)))
    model.train()
    exs = [Example(ids, []) for t in texts for ids in _text_windows(t, vocab, cfg)]
    opt = _optimizer(model, cfg.mlm_lr, cfg.weight_decay)
    rng = random.Random(cfg.seed + 1)
    gen = torch.Generator().manual_seed(cfg.seed + 1)
    t0 = time.perf_counter()
    for step, batch in enumerate(_batches([(exs, 1.0)], cfg.batch_size, steps, rng)):
        ids, mask, _ = _collate(batch, with_tags=False)
        labels = ids.clone()
        prob = torch.rand(ids.shape, generator=gen)
        chosen = (prob < 0.15) & (mask == 1)
        labels[~chosen] = IGNORE
        r = torch.rand(ids.shape, generator=gen)
        inp = ids.clone()
        inp[chosen & (r < 0.8)] = 2
        rand_ids = torch.randint(len(SPECIALS), len(vocab), ids.shape, generator=gen)
        swap = chosen & (r >= 0.8) & (r < 0.9)
        inp[swap] = rand_ids[swap]
        for g in opt.param_groups:
            g["lr"] = cfg.mlm_lr * _schedule(step, steps, cfg.warmup)
        loss = model(input_ids=inp, attention_mask=mask, labels=labels).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        if log and (step + 1) % max(1, steps // 10) == 0:
            log(f"mlm step {step + 1}/{steps} loss {loss.item():.3f} ({time.perf_counter() - t0:.0f}s)")
    prefix = model.base_model_prefix + "."
    return {k: v.detach().clone() for k, v in model.state_dict().items() if k.startswith(prefix)}


def _text_windows(text: str, vocab: CharVocab, cfg: TaggerConfig) -> list[list[int]]:
    ids = vocab.encode(text)
    return [ids[w.start:w.end] for w in windows(text, cfg.max_len, cfg.overlap)]


def train_tagger(pools: Sequence[tuple[Sequence[Example], float]], vocab: CharVocab, cfg: TaggerConfig, *,
                 steps: int | None = None, init: Any = None, lr: float | None = None,
                 log: Callable[[str], None] | None = None, seed_offset: int = 0):  # noqa: ANN201
    """Train a token classifier (``ModernBertForTokenClassification`` by default) on batches
    drawn from ``pools`` (examples, weight).  ``init`` is a state dict to start from: an MLM
    encoder or a whole tagger (for fine-tuning).  Fixed seeds: the same inputs give the same model."""
    import torch

    set_threads(cfg.threads)
    seed_everything(cfg.seed + seed_offset)
    model = _classes(cfg.arch)[1](model_config(cfg, len(vocab)))
    if init is not None:
        missing, unexpected = model.load_state_dict(init, strict=False)
        if unexpected:
            raise ValueError(f"init state has unexpected keys: {unexpected[:3]}")
    model.train()
    steps = cfg.steps if steps is None else steps
    lr = cfg.lr if lr is None else lr
    opt = _optimizer(model, lr, cfg.weight_decay)
    rng = random.Random(cfg.seed + seed_offset)
    t0 = time.perf_counter()
    running = None
    for step, batch in enumerate(_batches(pools, cfg.batch_size, steps, rng)):
        ids, mask, tags = _collate(batch)
        for g in opt.param_groups:
            g["lr"] = lr * _schedule(step, steps, cfg.warmup)
        loss = model(input_ids=ids, attention_mask=mask, labels=tags).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        running = loss.item() if running is None else 0.95 * running + 0.05 * loss.item()
        if log and (step + 1) % max(1, steps // 10) == 0:
            log(f"step {step + 1}/{steps} loss {running:.4f} ({time.perf_counter() - t0:.0f}s)")
    model.eval()
    return model


# --------------------------------------------------------------------------- the model


class CharTagger:
    """The character transformer as a ``MentionModel`` (``name = "transformer"``)."""

    name = NAME

    def __init__(self, model: Any, vocab: CharVocab, cfg: TaggerConfig, *, batch_size: int = 32,
                 validate: bool = True) -> None:
        self.model = model
        self.vocab = vocab
        self.cfg = cfg
        self.batch_size = batch_size
        self.validate = validate
        self._words = None

    # ---- persistence

    def save(self, out_dir: Path, *, extra: dict | None = None) -> Path:
        """``config.json`` (the transformers config), ``model.safetensors`` (fp16), ``vocab.json``,
        ``tagger.json`` (TaggerConfig, tags and ``extra``)."""
        import torch
        from safetensors.torch import save_file

        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        self.model.config.to_json_file(out / "config.json")
        state = {k: v.detach().to(torch.float16).contiguous() if v.is_floating_point() else v.contiguous()
                 for k, v in self.model.state_dict().items()}
        save_file(state, str(out / "model.safetensors"), metadata={"format": "pt"})
        os.chmod(out / "model.safetensors", 0o644)  # safetensors writes 0600: the artifact is shared
        (out / "vocab.json").write_text(json.dumps(self.vocab.to_json(), ensure_ascii=False), encoding="utf-8")
        info = {"name": NAME, "tags": list(TAGS), "tagger": self.cfg.to_json(), **(extra or {})}
        (out / "tagger.json").write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")
        return out

    @classmethod
    def load(cls, model_dir: Path, *, threads: int | None = None, batch_size: int = 32) -> "CharTagger":
        """Load from a folder written by ``save`` (local files only: no hub access)."""
        from safetensors.torch import load_file

        d = Path(model_dir)
        for f in ("config.json", "model.safetensors", "vocab.json", "tagger.json"):
            if not (d / f).is_file():
                raise FileNotFoundError(f"{d / f} is missing (run `policyie train transformer`)")
        info = json.loads((d / "tagger.json").read_text(encoding="utf-8"))
        if list(info.get("tags", [])) != list(TAGS):
            raise ValueError(f"{d}: the artifact's tag set differs from this version's")
        cfg = TaggerConfig.from_json(info.get("tagger", {}))
        cfg.threads = threads  # inference threads: the argument, else $POLICYIE_TORCH_THREADS, else torch's
        set_threads(cfg.threads)
        vocab = CharVocab.from_json(json.loads((d / "vocab.json").read_text(encoding="utf-8")))
        config_cls, tagger_cls, _ = _classes(cfg.arch)
        model = tagger_cls(config_cls.from_json_file(str(d / "config.json")))
        state = {k: v.float() if v.is_floating_point() else v for k, v in load_file(str(d / "model.safetensors")).items()}
        model.load_state_dict(state, strict=True)
        model.eval()
        return cls(model, vocab, cfg, batch_size=batch_size)

    # ---- inference

    def tag_texts(self, texts: Sequence[str], *, probs: bool = False):  # noqa: ANN201
        """Tag ids for every character of every text (and, with ``probs``, the probability
        of each chosen tag); all windows of all texts are batched together, sorted by
        length so that batches need little padding."""
        import torch

        set_threads(self.cfg.threads)
        items: list[tuple[int, Window, list[int]]] = []
        out: list[list[int]] = []
        conf: list[list[float]] = []
        for ti, text in enumerate(texts):
            out.append([0] * len(text))
            conf.append([1.0] * len(text) if probs else [])
            if not text:
                continue
            ids = self.vocab.encode(text)
            for w in windows(text, self.cfg.max_len, self.cfg.overlap):
                items.append((ti, w, ids[w.start:w.end]))
        order = sorted(range(len(items)), key=lambda i: -len(items[i][2]))
        with torch.inference_mode():
            for b in range(0, len(order), self.batch_size):
                chunk = [items[i] for i in order[b:b + self.batch_size]]
                n = len(chunk[0][2])
                ids = torch.zeros((len(chunk), n), dtype=torch.long)
                ragged = any(len(c[2]) != n for c in chunk)
                mask = torch.zeros((len(chunk), n), dtype=torch.long) if ragged else None
                for i, (_t, _w, x) in enumerate(chunk):
                    ids[i, :len(x)] = torch.tensor(x, dtype=torch.long)
                    if mask is not None:
                        mask[i, :len(x)] = 1
                logits = self.model(input_ids=ids, attention_mask=mask).logits
                if probs:
                    p, tag = torch.softmax(logits.float(), -1).max(-1)
                    pred, pp = tag.tolist(), p.tolist()
                else:
                    pred, pp = logits.argmax(-1).tolist(), None
                for k, ((ti, w, _x), row) in enumerate(zip(chunk, pred)):
                    a, z = w.keep_start - w.start, w.keep_end - w.start
                    out[ti][w.keep_start:w.keep_end] = row[a:z]
                    if pp is not None:
                        conf[ti][w.keep_start:w.keep_end] = pp[k][a:z]
        return (out, conf) if probs else out

    def spans(self, texts: Sequence[str]) -> list[list[tuple[str, int, int]]]:
        """Raw predicted spans (label, start, end) per text, before validation."""
        return [decode_tags(tags, text) for tags, text in zip(self.tag_texts(texts), texts)]

    def scored_spans(self, texts: Sequence[str]) -> list[list[tuple[str, int, int, float]]]:
        """Raw spans with a confidence: the mean probability of the span's tags."""
        tags, conf = self.tag_texts(texts, probs=True)
        out = []
        for t, c, text in zip(tags, conf, texts):
            out.append([(label, s, e, sum(c[s:e]) / (e - s)) for label, s, e in decode_tags(t, text)])
        return out

    def predict_scored(self, documents: Sequence[Document], ref_dates: Sequence[str | None] | None = None, *,
                       scores: bool = True) -> list[list[tuple[Mention, float]]]:
        """(validated mention, confidence) per document: model spans checked by the rule
        normalisers (value types get their value from them; no value, no mention).  Without
        ``scores`` the softmax is skipped and every confidence is 1.0."""
        from policyie.models.validate import Validator

        ref_dates = list(ref_dates) if ref_dates is not None else [None] * len(documents)
        texts = [d.text for d in documents]
        raw = (self.scored_spans(texts) if scores
               else [[(label, s, e, 1.0) for label, s, e in sp] for sp in self.spans(texts)])
        out = []
        for doc, ref, spans in zip(documents, ref_dates, raw):
            if not self.validate:
                out.append([(Mention(label, s, e, doc.text[s:e], None, SOURCE), c) for label, s, e, c in spans])
                continue
            v = Validator(doc, ref, words=self._segmenter())
            kept = []
            for label, s, e, c in spans:
                m = v.check(label, s, e, source=SOURCE)
                if m is not None:
                    kept.append((m, c))
            out.append(kept)
        return out

    def predict_many(self, documents: Sequence[Document], ref_dates: Sequence[str | None] | None = None) -> list[list[Mention]]:
        """Validated mentions per document (see ``predict_scored``)."""
        return [[m for m, _c in ms] for ms in self.predict_scored(documents, ref_dates, scores=False)]

    def predict(self, document: Document, ref_date: str | None = None) -> list[Mention]:
        return self.predict_many([document], [ref_date])[0]

    def _segmenter(self):  # noqa: ANN202 - a WordSegmenter shared by this model's validators
        if self._words is None:
            from policyie.extraction.words import WordSegmenter

            self._words = WordSegmenter()
        return self._words


def parameter_count(model: Any) -> int:
    return sum(p.numel() for p in model.parameters())


def artifact_size(d: Path) -> int:
    return sum(p.stat().st_size for p in Path(d).rglob("*") if p.is_file())

