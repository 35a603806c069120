"""Vocabulary trimming: slice a Unigram model folder down to the pieces a student needs.

Most of a multilingual encoder's weights sit in its word-embedding table. Keeping the pieces
seen in the training text plus the `keep_top` highest-scoring pieces (generic coverage for
unseen words) is an exact slice for those pieces: the trimmed tokenizer segments the given
texts into the same pieces, re-indexed.

Example:
    >>> trim_vocab("runs/base-e5-small", texts, "runs/base-trimmed")   # doctest: +SKIP
    PosixPath('runs/base-trimmed')
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from tokenizers import Encoding, Tokenizer

N_FIXED = 4  # ids 0-3 (<s>, <pad>, </s>, <unk>) keep their place
_BATCH = 1024
_ID_KEYS = ("pad_token_id", "bos_token_id", "eos_token_id", "sep_token_id", "cls_token_id")


def trim_vocab(
    model_dir: str | Path, texts: Iterable[str], out_dir: str | Path, keep_top: int = 30000
) -> Path:
    """Write `out_dir`: the model folder of `model_dir` keeping ids 0-3, every piece seen in
    `texts`, every added/special token and the `keep_top` highest-score pieces.

    Raises ValueError when the trimmed tokenizer splits any of `texts` differently.
    """
    src, out = Path(model_dir), Path(out_dir)
    spec = json.loads(_need(src / "tokenizer.json").read_text(encoding="utf-8"))
    if spec.get("model", {}).get("type") != "Unigram":
        raise ValueError(f"{src}/tokenizer.json: trim_vocab handles Unigram tokenizers only")
    texts = list(texts)
    before = _encode(Tokenizer.from_str(json.dumps(spec)), texts)
    keep = _kept_ids(spec, before, keep_top)
    new_id = np.full(len(spec["model"]["vocab"]), -1, dtype=np.int64)
    new_id[keep] = np.arange(len(keep))
    trimmed = _trim_spec(spec, keep, new_id)
    after = _encode(Tokenizer.from_str(json.dumps(trimmed)), texts)
    differ = [i for i, (a, b) in enumerate(zip(before, after)) if a.tokens != b.tokens]
    if differ:
        raise ValueError(
            f"trimmed tokenizer splits {len(differ)} of {len(texts)} texts differently "
            f"(first at text index {differ[0]}); raise keep_top or report the tokenizer"
        )
    out.mkdir(parents=True, exist_ok=True)
    (out / "tokenizer.json").write_text(json.dumps(trimmed, ensure_ascii=False), encoding="utf-8")
    _trim_model(src, out, keep, new_id)
    return out


def _need(path: Path) -> Path:
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found; trim_vocab needs a model folder with it")
    return path


def _encode(tok: Tokenizer, texts: list[str]) -> list[Encoding]:
    out = []
    for i in range(0, len(texts), _BATCH):
        out.extend(tok.encode_batch(texts[i : i + _BATCH], add_special_tokens=False))
    return out


def _kept_ids(spec: dict, encodings: list[Encoding], keep_top: int) -> np.ndarray:
    vocab = spec["model"]["vocab"]
    keep = set(range(min(N_FIXED, len(vocab))))
    keep.update(t["id"] for t in spec.get("added_tokens", []))
    for enc in encodings:
        keep.update(enc.ids)
    scores = np.asarray([s for _p, s in vocab], dtype=np.float64)
    scores[list(keep)] = -np.inf  # already kept; rank the rest
    if keep_top > 0:
        keep.update(np.argsort(-scores, kind="stable")[:keep_top].tolist())
    return np.asarray(sorted(keep), dtype=np.int64)


def _trim_spec(spec: dict, keep: np.ndarray, new_id: np.ndarray) -> dict:
    out = json.loads(json.dumps(spec))
    vocab = spec["model"]["vocab"]
    out["model"]["vocab"] = [vocab[i] for i in keep]
    if out["model"].get("unk_id") is not None:
        out["model"]["unk_id"] = int(new_id[out["model"]["unk_id"]])
    for token in out.get("added_tokens", []):
        token["id"] = int(new_id[token["id"]])
    post = out.get("post_processor") or {}
    for special in (post.get("special_tokens") or {}).values():
        special["ids"] = [int(new_id[i]) for i in special["ids"]]
    return out


def _trim_model(src: Path, out: Path, keep: np.ndarray, new_id: np.ndarray) -> None:
    import torch
    from safetensors.torch import load_file, save_file

    weights = load_file(str(_need(src / "model.safetensors")))
    names = [k for k in weights if k.endswith("word_embeddings.weight")]
    if len(names) != 1:
        raise ValueError(
            f"{src}/model.safetensors: expected one word_embeddings table, found {names}"
        )
    weights[names[0]] = weights[names[0]][torch.from_numpy(keep)].contiguous()
    save_file(weights, str(out / "model.safetensors"), metadata={"format": "pt"})
    config = json.loads(_need(src / "config.json").read_text(encoding="utf-8"))
    config["vocab_size"] = len(keep)
    for key in _ID_KEYS:
        if isinstance(config.get(key), int):
            config[key] = int(new_id[config[key]])
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    for extra in ("base_card.json",):
        if (src / extra).is_file() and src.resolve() != out.resolve():
            shutil.copyfile(src / extra, out / extra)
