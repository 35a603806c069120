import json
import logging
import subprocess
import sys

import pytest

from anonymizer.cli import main
from tests.conftest import PLANTED, read_jsonl

SECRET_VALUES = ["jonas.weber@gmx.de", "DE89370400440532013000", PLANTED, "0171 2345678"]


@pytest.fixture
def src(tmp_path):
    p = tmp_path / "in.jsonl"
    recs = [{"id": i, "text": f"{PLANTED} {v} ende"} for i, v in enumerate(SECRET_VALUES)]
    p.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    return p


def run(argv):
    return main([str(a) for a in argv])


def test_two_runs_with_the_same_key_file_agree(src, tmp_path, planted_bundle, key_file):
    for name in ("a", "b"):
        assert (
            run(
                [
                    src,
                    "-o",
                    tmp_path / f"{name}.jsonl",
                    "--model",
                    planted_bundle,
                    "--key-file",
                    key_file,
                    "-q",
                ]
            )
            == 0
        )
    a, b = read_jsonl(tmp_path / "a.jsonl"), read_jsonl(tmp_path / "b.jsonl")
    assert a == b
    for rec in a:
        assert not any(v in rec["text"] for v in SECRET_VALUES)
    persons = {r["text"].split()[0] for r in a}
    assert len(persons) == 1  # the same name got the same surrogate in every record


def test_without_key_runs_differ_but_are_consistent_within(
    src, tmp_path, planted_bundle, monkeypatch
):
    monkeypatch.delenv("ANONYMIZER_KEY", raising=False)
    outs = []
    for name in ("a", "b"):
        run([src, "-o", tmp_path / f"{name}.jsonl", "--model", planted_bundle, "-q"])
        outs.append(read_jsonl(tmp_path / f"{name}.jsonl"))
    assert len({r["text"].split()[0] for r in outs[0]}) == 1
    assert outs[0] != outs[1]


def test_planted_values_never_reach_logs_or_errors(tmp_path, planted_bundle, capfd, caplog):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"text": f"{PLANTED} {v}"}) for v in SECRET_VALUES]
    lines += ['{"text": "jonas.weber@gmx.de broken', json.dumps({"text": 5, "x": SECRET_VALUES[1]})]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    caplog.set_level(logging.DEBUG)
    q = tmp_path / "q.jsonl"
    assert (
        run(
            [
                src,
                "-o",
                tmp_path / "o.jsonl",
                "--model",
                planted_bundle,
                "--on-error",
                "quarantine",
                "--quarantine",
                q,
            ]
        )
        == 0
    )
    assert run([src, "-o", tmp_path / "o2.jsonl", "--model", planted_bundle]) == 1
    out, err = capfd.readouterr()
    logged = out + err + caplog.text
    assert "line 5" in err and "quarantined 2" in err
    for v in SECRET_VALUES:
        assert v not in logged


def test_stdin_to_stdout():
    inp = json.dumps({"text": "mail a.b@example.com"}) + "\n"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "anonymizer.cli",
            "-",
            "--format",
            "jsonl",
            "--no-model",
            "--operator",
            "mask",
            "-q",
        ],
        input=inp.encode(),
        capture_output=True,
        check=True,
    )
    assert json.loads(r.stdout) == {"text": "mail " + "*" * len("a.b@example.com")}


@pytest.mark.parametrize(
    "argv,needle",
    [
        (["-", "--no-model"], "pass --format"),
        (["x.jsonl", "--on-error", "quarantine"], "needs --quarantine"),
        (["x.jsonl", "--operator", "PERSON=scramble"], "unknown operator"),
        (["x.jsonl", "--threshold", "1"], "strictly between 0 and 1"),
        (["x.jsonl", "--summary-json", "nodir/s.json"], "folder of --summary-json"),
    ],
)
def test_usage_errors_exit_2(argv, needle, capsys):
    with pytest.raises(SystemExit) as exc:
        run(argv)
    assert exc.value.code == 2 and needle in capsys.readouterr().err


def test_missing_input_and_bad_bundle_exit_2(tmp_path, capsys):
    assert run([tmp_path / "nope.jsonl", "--no-model"]) == 2
    (tmp_path / "in.jsonl").write_text("{}\n")
    assert run([tmp_path / "in.jsonl", "--model", tmp_path]) == 2
    assert "missing" in capsys.readouterr().err


def test_encoding_reaches_the_readers_and_a_bad_one_exits_2(tmp_path, capsys):
    src = tmp_path / "in.csv"
    src.write_bytes("text;ort\nmail a@example.org grüßt Köln;x\n".encode("cp1252"))
    out = tmp_path / "out.csv"
    assert run([src, "-o", out, "--no-model", "--encoding", "cp1252", "-q"]) == 0
    assert "grüßt Köln;x" in out.read_text(encoding="utf-8-sig")
    assert "a@example.org" not in out.read_text(encoding="utf-8-sig")
    assert run([src, "-o", out, "--no-model", "--encoding", "cp037", "-q"]) == 2  # EBCDIC
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "expected one that keeps ASCII" in err[0]


def test_progress_bar_on_an_interactive_stderr(src, tmp_path, planted_bundle, monkeypatch, capsys):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    out = tmp_path / "out.jsonl"
    assert run([src, "-o", out, "--model", planted_bundle]) == 0
    assert len(read_jsonl(out)) == len(SECRET_VALUES)
    err = capsys.readouterr().err
    assert f"{len(SECRET_VALUES)} records" in err  # the tqdm bar's final count
    assert not any(v in err for v in SECRET_VALUES)


def test_errors_beyond_the_first_ten_are_counted(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": 1}\n' * 13 + '{"text": "ok"}\n', encoding="utf-8")
    assert run([src, "-o", tmp_path / "o.jsonl", "--no-model", "--on-error", "skip"]) == 0
    err = capsys.readouterr().err
    assert err.count("anonymize: skip: line ") == 10
    assert "anonymize: skip: ... and 3 more" in err


def test_output_pipe_closed_early_exits_141_quietly(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "mail a.b@example.com"}\n' * 20_000, encoding="utf-8")
    cmd = [sys.executable, "-m", "anonymizer.cli", str(src), "--no-model", "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert json.loads(proc.stdout.readline())["text"].startswith("mail ")
    proc.stdout.close()  # like `| head -1`
    assert proc.wait(timeout=60) == 141
    assert proc.stderr.read() == b""


def test_only_a_failing_job_suggests_setting_bad_records_aside(tmp_path, capfd):
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "ok"}\n{"txt": "x"}\n', encoding="utf-8")
    assert run([src, "-o", tmp_path / "o.jsonl", "--no-model"]) == 1
    err = capfd.readouterr().err
    assert "line 2: field 'text' is missing" in err and "--on-error skip" in err
    assert run([src, "-o", tmp_path / "o.jsonl", "--no-model", "--on-error", "skip"]) == 0
    err = capfd.readouterr().err
    assert "skip: line 2: field 'text' is missing" in err and "--on-error" not in err
