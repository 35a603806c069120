"""Session fixtures: tiny data, a tiny trained teacher and its int8 bundle."""

from __future__ import annotations

import pytest

from anonymizer.records import write_manifest, write_records

from .tiny import make_records, teacher_config, tiny_model, train_tokenizer


@pytest.fixture(scope="session")
def tiny_data(tmp_path_factory):
    """(train.jsonl, dev.jsonl, tokenizer) with manifests; 100 + 24 records."""
    root = tmp_path_factory.mktemp("data")
    train, dev = make_records(100, 1, "tr"), make_records(24, 2, "dv")
    paths = []
    for name, recs in (("train", train), ("dev", dev)):
        path = root / f"{name}.jsonl"
        counts = write_records(path, recs)
        write_manifest(path, producer="tests", license="CC0-1.0", seed=1, counts=counts)
        paths.append(path)
    tok = train_tokenizer([r["text"] for r in train + dev])
    return paths[0], paths[1], tok


@pytest.fixture(scope="session")
def trained_teacher(tiny_data, tmp_path_factory):
    """A tiny teacher trained from scratch on the fixture data: the TrainResult."""
    from distill.train import train_teacher

    train, dev, tok = tiny_data
    out = tmp_path_factory.mktemp("teacher")
    return train_teacher(teacher_config(train, dev, out), tiny_model(tok.get_vocab_size()), tok)


@pytest.fixture(scope="session")
def teacher_bundle(trained_teacher, tiny_data, tmp_path_factory):
    """The trained teacher exported (fused, int8) as a bundle folder."""
    from distill.config import ExportConfig
    from distill.export import export_bundle

    out = tmp_path_factory.mktemp("bundle") / "tiny"
    cfg = ExportConfig(
        model_dir=str(trained_teacher.best_dir),
        out_dir=str(out),
        sample=str(tiny_data[1]),
        quantize=True,
        max_length=64,
        stride=16,
    )
    return export_bundle(cfg)
