"""Model names → loaded models.  Heavy libraries (torch, transformers, spaCy) are imported
here only when a model is asked for.

Artifacts live in ``models/artifacts/<name>/`` (``$POLICYIE_MODELS`` overrides the folder):

| name | artifact | built by |
|---|---|---|
| ``transformer`` | ``transformer/`` (BertConfig, fp16 safetensors, character vocabulary) | ``policyie train transformer`` |
| ``spacy`` | ``spacy/`` (a spaCy pipeline) | ``policyie train spacy`` |
| ``hybrid`` | ``hybrid/hybrid.json`` (the per-type combination) + ``transformer/`` | ``policyie train hybrid`` |
"""

from __future__ import annotations

import os
from pathlib import Path

from policyie import paths

MODELS: tuple[str, ...] = ("transformer", "spacy", "hybrid")


class ModelUnavailable(RuntimeError):
    """The model's artifact is missing (run `policyie train`) or its library is not installed."""


def artifacts_root() -> Path:
    """``$POLICYIE_MODELS`` or ``models/artifacts`` of the package."""
    env = os.environ.get("POLICYIE_MODELS")
    return Path(env) if env else paths.REPO_ROOT / "models" / "artifacts"


def _need(module: str, name: str) -> None:
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise ModelUnavailable(f"model {name!r} needs the {module!r} package: pip install 'policyie[models]'")


def load_model(name: str, *, root: Path | None = None, threads: int | None = None):  # noqa: ANN201 - a MentionModel
    """Load the named model from its artifact folder; ``ModelUnavailable`` says what to run
    when the artifact or a library is missing."""
    root = Path(root) if root is not None else artifacts_root()
    if name not in MODELS:
        raise ModelUnavailable(f"unknown model {name!r} (known: rules, {', '.join(MODELS)})")
    d = root / name
    if name in ("transformer", "hybrid"):
        _need("torch", name)
        _need("transformers", name)
        tdir = root / "transformer"
        if not (tdir / "model.safetensors").is_file():
            raise ModelUnavailable(f"model {name!r}: no transformer artifact in {tdir}: run `policyie train transformer`")
        if name == "transformer":
            from policyie.models.char_tagger import CharTagger

            return CharTagger.load(tdir, threads=threads)
        if not (d / "hybrid.json").is_file():
            raise ModelUnavailable(f"model 'hybrid': {d / 'hybrid.json'} is missing: run `policyie train hybrid`")
        import json

        from policyie.models.hybrid import HybridModel

        # the tagger hybrid.json names (relative to its folder): "../transformer", or its own copy
        named = json.loads((d / "hybrid.json").read_text(encoding="utf-8")).get("transformer", "../transformer")
        hdir = (d / named).resolve()
        if not (hdir / "model.safetensors").is_file():
            raise ModelUnavailable(f"model 'hybrid': no tagger in {hdir} (named by {d / 'hybrid.json'})")
        return HybridModel.load(d, transformer_dir=hdir, threads=threads)
    # spacy
    _need("spacy", name)
    if not (d / "config.cfg").is_file():
        raise ModelUnavailable(f"model 'spacy': no spaCy pipeline in {d}: run `policyie train spacy`")
    try:
        from policyie.models.spacy_ner import SpacyMentionModel
    except ImportError as e:  # pragma: no cover - the module ships with the package
        raise ModelUnavailable(f"model 'spacy' is not available: {e}") from e
    return SpacyMentionModel.load(d)
