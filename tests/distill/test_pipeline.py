"""Teacher -> cached soft labels -> student -> int8 bundle -> runtime detection, on CPU."""

from dataclasses import replace

import numpy as np
import pytest

from anonymizer import Anonymizer
from anonymizer.bundle import Bundle
from anonymizer.records import write_records
from anonymizer.schema import BIO_TAGS, split_words
from anonymizer.softlabels import SoftLabels, soft_path
from distill.cache import cache_teacher
from distill.config import CacheConfig, ExportConfig
from distill.export import export_bundle
from distill.plot import read_metrics
from distill.train import resolve_soft, train_student

from .tiny import make_records, student_config, tiny_model

PLANTED = "Please contact Clara Vogel at clara.vogel42@mail.test about the late parcel."


def test_teacher_to_student_to_bundle(tiny_data, trained_teacher, tmp_path):
    train, dev, tok = tiny_data
    cache = CacheConfig(teacher=str(trained_teacher.best_dir), data=str(train), max_length=64)
    soft_file = cache_teacher(replace(cache, out=str(tmp_path / "train.soft.npz")))
    soft = SoftLabels.load(soft_file)
    assert len(soft) == 100 and soft_file != soft_path(train)
    _, probs = soft["tr-0000"]
    assert np.allclose(probs.sum(1), 1.0, atol=1e-2) and probs.shape[1] == len(BIO_TAGS)
    assert (probs.argmax(1) != 0).sum() >= 2  # the teacher marks the planted name and e-mail

    cfg = student_config(train, dev, tmp_path / "student", soft_labels=str(soft_file))
    cfg = replace(cfg, base_model=str(trained_teacher.best_dir))
    result = train_student(cfg, tiny_model(tok.get_vocab_size(), layers=1, seed=3), tok)
    losses = [r["loss"] for r in read_metrics(result.metrics_path) if "tokens_per_s" in r]
    assert losses[-1] < 0.5 * losses[0]
    assert result.best_f1 > 0.5

    out = tmp_path / "bundle"
    export = ExportConfig(model_dir=str(result.best_dir), out_dir=str(out), quantize=True)
    export_bundle(replace(export, sample=str(dev), max_length=64, stride=16))
    assert Bundle.load(out).config.quantized
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "Training passes: 2 (" in card, "the teacher pass the student grew from is recorded"
    assert card.index("distill train-teacher") < card.index("distill train-student")
    found = Anonymizer.load(out, patterns=False).detect(PLANTED)
    email = PLANTED.index("clara.vogel42")
    assert any(e.label == "EMAIL" and e.start <= email < e.end for e in found)


def test_student_without_soft_labels_says_how_to_get_them(tiny_data, tmp_path):
    train, dev, tok = tiny_data
    cfg = student_config(train, dev, tmp_path, soft_labels=str(tmp_path / "none.soft.npz"))
    with pytest.raises(FileNotFoundError, match="distill cache-teacher"):
        train_student(cfg, tiny_model(tok.get_vocab_size()), tok)


def test_cached_soft_labels_cover_every_canonical_word(trained_teacher, tmp_path):
    data = tmp_path / "few.jsonl"
    recs = make_records(6, seed=7, prefix="few")
    recs[0]["text"] = " ".join([recs[0]["text"]] * 4)  # longer than one 16-token window
    write_records(data, recs)
    out = cache_teacher(
        CacheConfig(teacher=str(trained_teacher.best_dir), data=str(data), max_length=16, stride=4)
    )
    assert out == soft_path(data)
    soft = SoftLabels.load(out)
    for rec in recs:
        words, probs = soft[rec["id"]]
        assert [tuple(w) for w in words.tolist()] == split_words(rec["text"])
        assert np.allclose(probs.sum(1), 1.0, atol=1e-2)


def test_teacher_on_the_fly_equals_cached_file(trained_teacher, tmp_path):
    data = tmp_path / "few.jsonl"
    recs = make_records(5, seed=9, prefix="otf")
    write_records(data, recs)
    teacher = str(trained_teacher.best_dir)
    cfg = student_config(data, "", tmp_path, teacher=teacher, max_length=64)
    live = resolve_soft(cfg, recs)
    cached = SoftLabels.load(cache_teacher(CacheConfig(teacher=teacher, data=str(data))))
    for rec in recs:
        (w1, p1), (w2, p2) = live[rec["id"]], cached[rec["id"]]
        assert (w1 == w2).all() and np.allclose(p1, p2, atol=1e-3)
