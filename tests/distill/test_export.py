import json

import numpy as np
import onnx
import onnxruntime as ort
import pytest

from anonymizer.bundle import Bundle
from anonymizer.schema import BIO_TAGS
from distill.config import ExportConfig
from distill.export import ParityError, export_bundle


def test_int8_bundle_passes_parity_and_loads(teacher_bundle, trained_teacher):
    bundle = Bundle.load(teacher_bundle.path)
    assert bundle.labels == list(BIO_TAGS)
    cfg = bundle.config
    assert (cfg.cls_id, cfg.sep_id, cfg.pad_id) == (0, 2, 1)
    assert (cfg.max_length, cfg.stride, cfg.quantized, cfg.token_type_ids) == (64, 16, True, True)
    assert cfg.word_split == "canonical"  # as trained (TrainConfig's default), for the runtime
    parity = bundle.metrics["parity"]
    assert parity["threshold"] == 0.98 and parity["agreement"] >= 0.98 and parity["tokens"] > 100
    same = (bundle.path / "tokenizer.json").read_bytes()
    assert same == (trained_teacher.best_dir / "tokenizer.json").read_bytes()
    ops = {n.op_type for n in onnx.load(str(bundle.model_path)).graph.node}
    assert "QAttention" in ops and "MatMulInteger" in ops  # fused attention, int8 weights
    card = (bundle.path / "README.md").read_text()
    assert "Parity with PyTorch: agreement" in card and "CC0-1.0" in card
    assert "distill train-teacher --train " in card and "--epochs 8" in card
    assert f"distill export --model-dir {trained_teacher.best_dir}" in card and "--quantize" in card


def test_fp32_export_matches_pytorch_with_dynamic_shapes(trained_teacher, tmp_path):
    out = tmp_path / "fp32"
    cfg = ExportConfig(
        model_dir=str(trained_teacher.best_dir), out_dir=str(out), optimize=False, threshold=0.4
    )
    bundle = export_bundle(cfg)
    assert bundle.config.threshold == 0.4  # the operating point travels in config.json
    assert bundle.metrics["parity"]["agreement"] >= 0.999
    sess = ort.InferenceSession(str(out / "model.onnx"), providers=["CPUExecutionProvider"])
    assert [i.name for i in sess.get_inputs()] == ["input_ids", "attention_mask", "token_type_ids"]
    for shape in ((1, 5), (3, 40)):
        ids = np.full(shape, 5, dtype=np.int64)
        (logits,) = sess.run(
            None,
            {
                "input_ids": ids,
                "attention_mask": np.ones_like(ids),
                "token_type_ids": np.zeros_like(ids),
            },
        )
        assert logits.shape == shape + (len(BIO_TAGS),)
    assert json.loads((out / "config.json").read_text())["quantized"] is False


def test_parity_below_threshold_fails_loudly(trained_teacher, tmp_path):
    cfg = ExportConfig(
        model_dir=str(trained_teacher.best_dir),
        out_dir=str(tmp_path / "x"),
        quantize=True,
        min_agreement=1.01,
    )
    with pytest.raises(ParityError, match="below the threshold 1.01"):
        export_bundle(cfg)
    assert not (tmp_path / "x" / "model.onnx").exists()
