"""`teacher-labels` commands on tiny files: exit codes 0 ok, 1 bad input, 2 usage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonymizer.records import read_records
from teacher_labels.cli import main

from .test_llm import FakeChat


@pytest.fixture
def conll(tmp_path: Path) -> Path:
    src = tmp_path / "tiny.conll"
    src.write_text("Anna\tB-person\nlebt\tO\nin\tO\nWien\tB-location\n\nHi\tO\n", encoding="utf-8")
    return src


def test_import_then_validate(conll: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "w.jsonl"
    code = main(
        [
            "import",
            "conll",
            str(conll),
            "-o",
            str(out),
            "--corpus",
            "wnut17",
            "--split",
            "dev",
            "--lang",
            "de",
        ]
    )
    assert code == 0
    assert json.loads(capsys.readouterr().out)["records"] == 2
    rec = next(read_records(out))
    assert rec["id"] == "wnut17-dev-1" and rec["text"] == "Anna lebt in Wien"
    assert main(["validate", str(out)]) == 0
    assert "ok, 2 records" in capsys.readouterr().out


def test_import_unknown_label_is_bad_input(tmp_path: Path, capsys) -> None:
    src = tmp_path / "x.conll"
    src.write_text("Anna\tB-PERSONA\n", encoding="utf-8")
    code = main(
        [
            "import",
            "conll",
            str(src),
            "-o",
            str(tmp_path / "o.jsonl"),
            "--corpus",
            "wnut17",
            "--lang",
            "en",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and "'PERSONA'" in err and "wnut17.json" in err
    assert len(err.strip().splitlines()) == 1


def test_validate_reports_broken_record(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.jsonl"
    rec = {
        "id": "r1",
        "text": "Hi Jo",
        "lang": "en",
        "origin": "t",
        "spans": [{"start": 3, "end": 9, "label": "PERSON"}],
    }
    bad.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "line 1 (id='r1')" in err and "out of range" in err and "Hi Jo" not in err
    assert main(["validate", str(tmp_path / "missing.jsonl")]) == 1


def test_usage_errors_exit_2(tmp_path: Path, capsys) -> None:
    assert main([]) == 2
    assert main(["frobnicate"]) == 2
    src = tmp_path / "in.txt"
    src.write_text("Hallo\n", encoding="utf-8")
    assert main(["label", str(src), "-o", str(tmp_path / "o.jsonl"), "--teacher", "llm"]) == 2
    assert "--base-url and --model" in capsys.readouterr().err
    assert main(["label", str(src), "-o", str(tmp_path / "o.jsonl"), "--teacher", "hf"]) == 2


def test_label_with_llm_teacher(tmp_path: Path, capsys) -> None:
    fake = FakeChat()
    try:
        fake.default = ("reply", json.dumps({"entities": [{"text": "Anna", "label": "PERSON"}]}))
        src = tmp_path / "fb.jsonl"
        src.write_text(json.dumps({"id": "x1", "text": "Anna war super"}) + "\n", encoding="utf-8")
        out = tmp_path / "o.jsonl"
        code = main(
            [
                "label",
                str(src),
                "-o",
                str(out),
                "--teacher",
                "llm",
                "--base-url",
                fake.url,
                "--model",
                "m",
                "--cache-dir",
                str(tmp_path / "cache"),
            ]
        )
    finally:
        fake.server.shutdown()
        fake.server.server_close()
    assert code == 0
    (rec,) = read_records(out)
    assert rec["spans"] == [{"start": 0, "end": 4, "label": "PERSON", "score": 1.0}]
    assert rec["origin"] == "teacher:llm:m"
    assert json.loads(capsys.readouterr().out)["records"] == 1


def test_label_with_patterns_teacher_on_txt(tmp_path: Path) -> None:
    pytest.importorskip("anonymizer.detect.patterns")
    src = tmp_path / "fb.txt"
    src.write_text("Bitte an info@example.com schreiben\nDanke\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["label", str(src), "-o", str(out), "--teacher", "patterns"]) == 0
    first, second = read_records(out)
    assert [s["label"] for s in first["spans"]] == ["EMAIL"] and second["spans"] == []
    assert (tmp_path / "o.soft.npz").is_file()


def test_stats_command(conll: Path, tmp_path: Path, capsys) -> None:
    pytest.importorskip("teacher_labels.stats")
    out = tmp_path / "w.jsonl"
    main(["import", "conll", str(conll), "-o", str(out), "--corpus", "wnut17", "--lang", "de"])
    capsys.readouterr()
    assert main(["stats", str(out)]) == 0
    assert "PERSON" in capsys.readouterr().out


def test_synthesize_command(tmp_path: Path) -> None:
    synth = pytest.importorskip("teacher_labels.synthesize")
    if not hasattr(synth, "synthesize_to_file"):
        pytest.skip("synthesize_to_file not available yet")
    out = tmp_path / "s.jsonl"
    assert main(["synthesize", "-o", str(out), "-n", "5", "--langs", "de", "--seed", "1"]) == 0
    assert len(list(read_records(out))) == 5
