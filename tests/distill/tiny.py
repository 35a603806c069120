"""Helpers for distill tests: synthetic records, a tiny Unigram tokenizer, tiny BERT classifiers."""

from __future__ import annotations

import random

FIRST = ["Anna", "Jonas", "Maria", "Lukas", "Sofia", "Peter", "Lena", "Tom", "Clara", "Felix"]
LAST = ["Schmidt", "Weber", "Novak", "Berger", "Keller", "Brandt", "Lorenz", "Vogel"]
DOMAINS = ["example.com", "mail.test", "shop.example.org"]
FRAMES = [
    ("en", "Please contact {name} at {email} about the late parcel."),
    ("en", "My name is {name} and my address for replies is {email} thanks"),
    ("en", "{name} wrote from {email} that the refund never came."),
    ("de", "Bitte schreiben Sie {name} an {email} wegen der Rechnung."),
    ("de", "Ich bin {name}, erreichbar unter {email}, danke."),
]
FILLER = ["The delivery was fine.", "Der Service war gut.", "Nothing else to add.", ""]


def make_records(n: int, seed: int, prefix: str) -> list[dict]:
    """Records with a planted PERSON (first + last name) and EMAIL, offsets computed."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lang, frame = rng.choice(FRAMES)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name = f"{first} {last}"
        email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}"
        head, tail = frame.split("{name}")
        mid, end = tail.split("{email}")
        text = head + name + mid + email + end
        s_name = len(head)
        s_mail = s_name + len(name) + len(mid)
        filler = rng.choice(FILLER)
        spans = [
            {"start": s_name, "end": s_name + len(name), "label": "PERSON"},
            {"start": s_mail, "end": s_mail + len(email), "label": "EMAIL"},
        ]
        out.append(
            {
                "id": f"{prefix}-{i:04d}",
                "text": (text + " " + filler).strip(),
                "lang": lang,
                "spans": spans,
                "origin": "synthetic",
            }
        )
    return out


def train_tokenizer(texts: list[str], vocab_size: int = 400):
    """Unigram + Metaspace tokenizer with <s>=0 <pad>=1 </s>=2 <unk>=3."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    tok = Tokenizer(models.Unigram())
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    trainer = trainers.UnigramTrainer(
        vocab_size=vocab_size, special_tokens=["<s>", "<pad>", "</s>", "<unk>"], unk_token="<unk>"
    )
    tok.train_from_iterator(texts, trainer)
    return tok


def tiny_model(vocab_size: int, layers: int = 2, seed: int = 0):
    """BertForTokenClassification over BIO_TAGS: hidden 32, 2 heads."""
    import torch
    from transformers import BertConfig, BertForTokenClassification

    from distill.checkpoint import label_maps

    id2label, label2id = label_maps()
    torch.manual_seed(seed)
    cfg = BertConfig(
        vocab_size=vocab_size,
        hidden_size=32,
        num_hidden_layers=layers,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
        pad_token_id=1,
        num_labels=len(id2label),
        id2label=id2label,
        label2id=label2id,
        attn_implementation="eager",
    )
    return BertForTokenClassification(cfg)


def teacher_config(train, dev, out_dir, **overrides):
    """Settings that let the tiny model learn the planted entities in a few seconds."""
    from distill.config import TeacherConfig

    base = dict(
        train=str(train),
        dev=str(dev),
        out_dir=str(out_dir),
        epochs=8,
        batch_size=8,
        lr_encoder=3e-3,
        lr_head=3e-3,
        log_every=4,
        max_length=64,
        stride=16,
        threads=1,
    )
    return TeacherConfig(**{**base, **overrides})


def student_config(train, dev, out_dir, **overrides):
    """Distillation settings for a 1-layer tiny student (alpha 0.5, T 2)."""
    from distill.config import StudentConfig

    base = teacher_config(train, dev, out_dir).__dict__
    return StudentConfig(**{**base, "alpha": 0.5, "temperature": 2.0, **overrides})
