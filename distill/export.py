"""Checkpoint folder -> ONNX model bundle, with a parity check that fails loudly.

Steps: load the model fresh (eager attention) and compute PyTorch reference logits on sample
windows; `torch.onnx.export(dynamo=False, opset 17)` with dynamic batch/sequence axes;
optionally fuse with onnxruntime's BERT optimizer and quantise weights to int8; compare token
labels of PyTorch and onnxruntime (raise under the threshold); write model.onnx,
tokenizer.json (the training file), labels.json, config.json, metrics.json and README.md; check
the result with `anonymizer.bundle.Bundle.load`.

Example:
    >>> export_bundle(ExportConfig(model_dir="runs/student/best", out_dir="models/default",
    ...                            quantize=True))                       # doctest: +SKIP
    Bundle(path=PosixPath('models/default'), ...)
"""

from __future__ import annotations

import json
import shutil
import tempfile
import warnings
from dataclasses import asdict
from pathlib import Path

import numpy as np

from anonymizer.bundle import Bundle, BundleConfig, write_bundle_meta
from anonymizer.detect.tokens import encode, window_inputs, windows
from anonymizer.records import read_records

from .card import data_sources, write_card
from .checkpoint import load_model, model_labels, word_split_of
from .config import ExportConfig
from .data import special_ids

# Neutral made-up sentences for the parity check when no sample file is given.
FALLBACK_TEXTS = (
    "Hello, my name is Anna Schmidt and my order 12345 never arrived.",
    "Bitte rufen Sie mich unter 030 1234567 zurück, danke.",
    "The support team in Berlin was friendly; write to help@example.com for details.",
    "Mein Vertrag endet am 3. März 2024, Kundennummer KD-99812.",
    "I paid with my card but the refund went to the wrong account.",
)


class ParityError(RuntimeError):
    """The exported graph disagrees with PyTorch on too many token labels.

    >>> isinstance(ParityError("agreement 0.95 below 0.98"), RuntimeError)
    True
    """


def export_bundle(cfg: ExportConfig) -> Bundle:
    """Export `cfg.model_dir` to the bundle folder `cfg.out_dir`; returns the loaded bundle."""
    import torch

    model, tokenizer = load_model(cfg.model_dir)
    labels = model_labels(model)
    cls_id, sep_id, pad_id = special_ids(tokenizer)
    ids, mask = _sample_inputs(cfg, tokenizer, (cls_id, sep_id, pad_id))
    use_tt = getattr(model.config, "type_vocab_size", 0) > 1
    with torch.no_grad():  # reference from the freshly loaded model, before export touches it
        reference = model(
            input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask)
        ).logits.numpy()
    out = Path(cfg.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        onnx_path = _to_onnx(model, Path(tmp), cfg, use_tt)
        parity = check_parity(onnx_path, reference, ids, mask, _threshold(cfg))
        shutil.copyfile(onnx_path, out / "model.onnx")
    shutil.copyfile(Path(cfg.model_dir) / "tokenizer.json", out / "tokenizer.json")
    bcfg = BundleConfig(
        max_length=cfg.max_length,
        stride=cfg.stride,
        cls_id=cls_id,
        sep_id=sep_id,
        pad_id=pad_id,
        token_type_ids=use_tt,
        base_model=_base_model(cfg.model_dir),
        quantized=cfg.quantize,
        threshold=cfg.threshold,
        word_split=word_split_of(cfg.model_dir),
        extra=_card_facts(cfg, model),
    )
    size_mb = (out / "model.onnx").stat().st_size / 2**20
    write_bundle_meta(out, bcfg, labels, {"parity": parity, "size_mb": round(size_mb, 2)})
    write_card(out)
    print(f"exported {out}: {size_mb:.1f} MB, token-label agreement {parity['agreement']:.4f}")
    return Bundle.load(out)


def _to_onnx(model, tmp: Path, cfg: ExportConfig, use_tt: bool) -> Path:
    """Trace to ONNX, then optionally fuse and quantise; returns the final graph's path."""
    path = _trace(model, tmp / "raw.onnx", cfg.opset, use_tt)
    if cfg.optimize:
        from onnxruntime.transformers.optimizer import optimize_model

        c = model.config
        fused = optimize_model(
            str(path), model_type="bert", num_heads=c.num_attention_heads, hidden_size=c.hidden_size
        )
        path = tmp / "fused.onnx"
        fused.save_model_to_file(str(path))
    if cfg.quantize:
        import onnx
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(
            str(path),
            str(tmp / "int8.onnx"),
            weight_type=QuantType.QInt8,
            extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},  # fused-graph fix
        )
        path = tmp / "int8.onnx"
    return path


def _trace(model, path: Path, opset: int, use_tt: bool) -> Path:
    """TorchScript export (dynamo=False): fusable graph, dynamic batch and sequence axes."""
    import torch

    names = ["input_ids", "attention_mask"] + (["token_type_ids"] if use_tt else [])
    dummy = tuple(torch.ones(1, 8, dtype=torch.long) for _ in names)
    with warnings.catch_warnings():  # tracer notes about constant shapes, not actionable here
        warnings.simplefilter("ignore", torch.jit.TracerWarning)
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("ignore", DeprecationWarning)  # dynamo=False is chosen on purpose
        torch.onnx.export(
            _logits_only(model),
            dummy,
            str(path),
            input_names=names,
            output_names=["logits"],
            dynamic_axes={n: {0: "batch", 1: "sequence"} for n in names + ["logits"]},
            opset_version=opset,
            dynamo=False,
        )
    return path


def _logits_only(model):
    """The classifier wrapped so the traced graph returns logits only (token types default 0)."""
    import torch

    class LogitsOnly(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.inner = model

        def forward(self, input_ids, attention_mask, token_type_ids=None):
            kw = {} if token_type_ids is None else {"token_type_ids": token_type_ids}
            return self.inner(input_ids=input_ids, attention_mask=attention_mask, **kw).logits

    return LogitsOnly().eval()


def check_parity(onnx_path: Path, reference: np.ndarray, ids, mask, threshold: float) -> dict:
    """Token-label agreement (real tokens) of onnxruntime vs PyTorch; raises under threshold."""
    import onnxruntime as ort

    sess = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
    feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
    wanted = {i.name for i in sess.get_inputs()}
    got = sess.run(["logits"], {k: v for k, v in feeds.items() if k in wanted})[0]
    real = mask.astype(bool)
    agreement = float((got.argmax(-1) == reference.argmax(-1))[real].mean())
    max_diff = float(np.abs(got - reference)[real].max())
    result = {
        "agreement": round(agreement, 5),
        "max_abs_diff": float(f"{max_diff:.3g}"),
        "tokens": int(real.sum()),
        "threshold": threshold,
    }
    if agreement < threshold:
        raise ParityError(
            f"ONNX and PyTorch agree on {agreement:.4f} of {int(real.sum())} token labels, below "
            f"the threshold {threshold}; export without --quantize or lower --min-agreement"
        )
    return result


def _sample_inputs(cfg: ExportConfig, tokenizer, specials) -> tuple[np.ndarray, np.ndarray]:
    texts = list(FALLBACK_TEXTS)
    if cfg.sample:
        recs = read_records(cfg.sample)
        texts = [r["text"] for _, r in zip(range(cfg.sample_size), recs) if r["text"].strip()]
    chunks = [
        enc.ids[s:e]
        for enc in encode(tokenizer, texts)
        for s, e in windows(len(enc), cfg.max_length, cfg.stride)
        if e > s
    ]
    if not chunks:
        raise ValueError(f"{cfg.sample or 'built-in texts'}: no tokens to check parity on")
    return window_inputs(chunks, *specials)


def _threshold(cfg: ExportConfig) -> float:
    return cfg.min_agreement or (0.98 if cfg.quantize else 0.999)


def _base_model(model_dir: str) -> str:
    conf = _train_config(model_dir)
    return conf.get("base_model") or conf.get("teacher") or str(model_dir)


def _train_config(model_dir: str) -> dict:
    path = Path(model_dir) / "train_config.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _card_facts(cfg: ExportConfig, model) -> dict:
    c = model.config
    params = sum(p.numel() for p in model.parameters())
    training = _train_config(cfg.model_dir)
    return {
        "training": training,
        "data": data_sources(training),
        "architecture": {
            "layers": c.num_hidden_layers,
            "hidden": c.hidden_size,
            "heads": c.num_attention_heads,
            "vocab": c.vocab_size,
            "parameters": params,
        },
        "export": asdict(cfg),
    }
