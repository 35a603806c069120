"""Shared fixtures: tiny model bundles built on the fly (torch is in the test environment)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from anonymizer.bundle import BundleConfig, write_bundle_meta
from anonymizer.schema import BIO_TAGS, TAG2ID

PLANTED = "Zorro"  # the one word the planted model tags as PERSON
VOCAB = ["<s>", "<pad>", "</s>", "<unk>", PLANTED, "Hallo", "hello", "und", "the", ".", ","]


def _tokenizer():
    from tokenizers import Tokenizer, models, pre_tokenizers

    tok = Tokenizer(models.WordLevel({w: i for i, w in enumerate(VOCAB)}, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    return tok


def build_tiny_bundle(
    out: Path, *, planted: bool = True, max_length: int = 32, stride: int = 8
) -> Path:
    """Export a tiny BERT token classifier to an ONNX bundle.

    planted=True: 0 encoder layers and crafted weights, so the word `PLANTED` is B-PERSON and
    every other token O — deterministic, to check windowing and decoding exactly.
    planted=False: 2 random layers (plumbing only).
    """
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    torch.manual_seed(0)
    cfg = transformers.BertConfig(
        vocab_size=len(VOCAB),
        hidden_size=16,
        num_hidden_layers=0 if planted else 2,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=128,
        num_labels=len(BIO_TAGS),
        pad_token_id=1,
    )
    model = transformers.BertForTokenClassification(
        cfg,
    ).eval()
    if planted:
        _plant(model, torch)
    out.mkdir(parents=True, exist_ok=True)
    ids = torch.tensor([[0, 4, 5, 2]])
    torch.onnx.export(
        model,
        (ids, torch.ones_like(ids)),
        str(out / "model.onnx"),
        dynamo=False,
        input_names=["input_ids", "attention_mask"],
        output_names=["logits"],
        opset_version=17,
        dynamic_axes={n: {0: "batch", 1: "seq"} for n in ("input_ids", "attention_mask", "logits")},
    )
    _tokenizer().save(str(out / "tokenizer.json"))
    config = BundleConfig(max_length=max_length, stride=stride, base_model="tiny-test")
    write_bundle_meta(out, config, list(BIO_TAGS), {"note": "random test model"})
    (out / "README.md").write_text("# tiny test bundle\n", encoding="utf-8")
    return out


def _plant(model, torch) -> None:
    h = model.config.hidden_size
    u = torch.tensor([(-1.0) ** i for i in range(h)])
    with torch.no_grad():
        emb = model.bert.embeddings
        emb.word_embeddings.weight[:] = u
        emb.word_embeddings.weight[VOCAB.index(PLANTED)] = -u
        emb.position_embeddings.weight.zero_()
        emb.token_type_embeddings.weight.zero_()
        emb.LayerNorm.weight.fill_(1.0)
        emb.LayerNorm.bias.zero_()
        model.classifier.weight.zero_()
        model.classifier.bias.zero_()
        model.classifier.weight[TAG2ID["B-PERSON"]] = -u  # +h for the planted word, -h otherwise
        model.classifier.bias[TAG2ID["O"]] = 8.0  # every other token: O


@pytest.fixture(scope="session")
def planted_bundle(tmp_path_factory) -> Path:
    return build_tiny_bundle(tmp_path_factory.mktemp("bundle") / "planted")


@pytest.fixture(scope="session")
def random_bundle(tmp_path_factory) -> Path:
    return build_tiny_bundle(tmp_path_factory.mktemp("bundle") / "random", planted=False)


@pytest.fixture
def key_file(tmp_path) -> Path:
    p = tmp_path / "secret.key"
    p.write_bytes(np.random.default_rng(0).bytes(32))
    return p


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
