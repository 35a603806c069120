import json

import pytest

from distill.cli import build_parser, from_args, main
from distill.config import StudentConfig, TeacherConfig


def test_options_come_from_the_dataclasses():
    parser = build_parser()
    ns = parser.parse_args(
        [
            "train-student",
            "--train",
            "t.jsonl",
            "--out-dir",
            "o",
            "--alpha",
            "0.7",
            "--layers",
            "0,3",
            "--freeze-embeddings",
        ]
    )
    cfg = from_args(StudentConfig, ns)
    assert (cfg.alpha, cfg.layers, cfg.freeze_embeddings, cfg.max_length) == (0.7, "0,3", True, 256)
    ns = parser.parse_args(
        ["train-teacher", "--train", "t", "--out-dir", "o", "--no-eval-each-epoch"]
    )
    assert from_args(TeacherConfig, ns).eval_each_epoch is False


def test_help_lists_help_texts(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["train-student", "--help"])
    assert exc.value.code == 0
    assert "weight of the hard-label cross-entropy" in capsys.readouterr().out


def test_missing_input_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["cache-teacher", "--teacher", str(tmp_path), "--data", str(tmp_path / "no.jsonl")])
    assert exc.value.code == 2
    assert "--data" in capsys.readouterr().err


def test_bad_record_names_line_and_id(trained_teacher, tmp_path, capsys):
    data = tmp_path / "bad.jsonl"
    good = {"id": "ok", "text": "hello", "lang": "en", "spans": [], "origin": "t"}
    bad = dict(good, id="b2", spans=[{"start": 3, "end": 99, "label": "EMAIL"}])
    data.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n")
    rc = main(["cache-teacher", "--teacher", str(trained_teacher.best_dir), "--data", str(data)])
    err = capsys.readouterr().err
    assert rc == 1 and "bad.jsonl:2 (id='b2')" in err and "out of range" in err


def test_export_and_evaluate_commands(trained_teacher, tiny_data, tmp_path, capsys):
    _, dev, _ = tiny_data
    out = tmp_path / "b"
    rc = main(
        [
            "export",
            "--model-dir",
            str(trained_teacher.best_dir),
            "--out-dir",
            str(out),
            "--sample",
            str(dev),
            "--max-length",
            "64",
            "--stride",
            "16",
            "--no-optimize",
        ]
    )
    assert rc == 0 and (out / "model.onnx").is_file()
    rc = main(
        [
            "evaluate",
            "--bundle",
            str(out),
            "--data",
            str(dev),
            "--no-patterns",
            "--limit",
            "5",
            "--no-write",
        ]
    )
    assert rc == 0 and "ALL" in capsys.readouterr().out
    assert "evaluation" not in json.loads((out / "metrics.json").read_text())
