import json

import pytest

from distill.plot import read_metrics
from distill.train import make_optimizer, train_teacher

from .tiny import teacher_config, tiny_model


def _losses(rows):
    return [r["loss"] for r in rows if "tokens_per_s" in r]


def test_teacher_learns_and_keeps_best_checkpoint(trained_teacher):
    rows = read_metrics(trained_teacher.metrics_path)
    losses = _losses(rows)
    assert losses[-1] < 0.5 * losses[0]
    assert all(r["tokens_per_s"] > 0 for r in rows if "tokens_per_s" in r)
    f1s = [r["dev_f1"] for r in rows if "dev_f1" in r]
    assert len(f1s) == 8 and trained_teacher.best_f1 == max(f1s) > 0.6
    best = trained_teacher.best_dir
    for name in ("config.json", "model.safetensors", "tokenizer.json", "labels.json"):
        assert (best / name).is_file(), name
    assert json.loads((best / "train_config.json").read_text())["epochs"] == 8
    assert (trained_teacher.last_dir / "trainer_state.pt").is_file()
    assert (trained_teacher.metrics_path.parent / "curves.png").stat().st_size > 1000


def test_resume_continues_step_count(tiny_data, tmp_path, capsys):
    train, dev, tok = tiny_data
    first = train_teacher(
        teacher_config(train, dev, tmp_path, epochs=1), tiny_model(tok.get_vocab_size()), tok
    )
    assert "device: cpu, precision: fp32" in capsys.readouterr().out
    cfg = teacher_config(train, dev, tmp_path, epochs=2, resume=True)
    second = train_teacher(cfg, tiny_model(tok.get_vocab_size(), seed=5), tok)
    assert second.step == 2 * first.step
    epochs = [r for r in read_metrics(second.metrics_path) if "epoch_loss" in r]
    assert [r["step"] for r in epochs] == [first.step, second.step]
    assert "resumed from" in capsys.readouterr().out


def test_resume_without_checkpoint_says_how_to_fix(tiny_data, tmp_path):
    train, dev, tok = tiny_data
    cfg = teacher_config(train, dev, tmp_path, epochs=1, resume=True)
    with pytest.raises(FileNotFoundError, match="start without --resume"):
        train_teacher(cfg, tiny_model(tok.get_vocab_size()), tok)


def test_optimizer_separates_head_and_encoder_rates(tiny_data, tmp_path):
    _, _, tok = tiny_data
    model = tiny_model(tok.get_vocab_size())
    cfg = teacher_config("t", "d", tmp_path, lr_encoder=1e-4, lr_head=1e-2, freeze_embeddings=True)
    model.get_input_embeddings().weight.requires_grad_(False)
    groups = make_optimizer(model, cfg).param_groups
    head = {id(p) for p in model.classifier.parameters()}
    for g in groups:
        is_head = {id(p) for p in g["params"]} <= head
        assert g["lr"] == (1e-2 if is_head else 1e-4)
    trained = {id(p) for g in groups for p in g["params"]}
    assert id(model.get_input_embeddings().weight) not in trained


@pytest.mark.gpu
def test_cuda_training_uses_bf16(tiny_data, tmp_path, capsys):
    train, dev, tok = tiny_data
    cfg = teacher_config(train, dev, tmp_path, epochs=2, device="cuda")
    result = train_teacher(cfg, tiny_model(tok.get_vocab_size()), tok)
    assert "device: cuda, precision: bf16" in capsys.readouterr().out
    losses = _losses(read_metrics(result.metrics_path))
    assert losses[-1] < losses[0]
