"""keep: detected spans whose text is a listed term stay in the text."""

from __future__ import annotations

import json

import pytest

from anonymizer.api import Anonymizer
from anonymizer.cli import main
from anonymizer.keep import KeepList
from anonymizer.schema import Entity
from tests.conftest import read_jsonl


def spans(text: str, *values: str) -> list[Entity]:
    return [Entity(text.index(v), text.index(v) + len(v), "ORGANIZATION") for v in values]


def test_a_span_of_a_kept_term_stays_in_any_case_and_spacing() -> None:
    text = "Über KLARNA bezahlt, mit DHL  Express geliefert, bei Müller GmbH gekauft"
    keep = KeepList(["klarna", "DHL Express"])
    kept = keep.filter(text, spans(text, "KLARNA", "DHL  Express", "Müller GmbH"))
    assert [text[e.start : e.end] for e in kept] == ["Müller GmbH"]


def test_only_whole_spans_match() -> None:
    text = "Klarna Bank AB schrieb"
    assert KeepList(["Klarna"]).filter(text, spans(text, "Klarna Bank AB")) != []


def test_a_keep_file_skips_comments_and_blank_lines(tmp_path) -> None:
    path = tmp_path / "brands.txt"
    path.write_bytes("\ufeffKlarna\n# carriers\n\n  DHL Express \nZalando".encode())
    keep = KeepList.read(path)
    assert keep.terms == {"klarna", "dhl express", "zalando"}
    assert "ZALANDO" in keep and "# carriers" not in keep


def test_a_keep_file_that_is_no_utf8_names_its_line(tmp_path) -> None:
    path = tmp_path / "brands.txt"
    path.write_bytes("Klarna\nM\xfcller\n".encode("latin-1"))
    with pytest.raises(ValueError, match="line 2 is not UTF-8 text; save the file as UTF-8"):
        KeepList.read(path)


def test_the_anonymizer_leaves_kept_terms_and_replaces_the_rest() -> None:
    text = "Schreiben Sie an info@example.org oder an jonas.weber@gmx.de"
    plain = Anonymizer(None, operators="tag").anonymize(text).text
    kept = Anonymizer(None, operators="tag", keep=["INFO@example.org"]).anonymize(text).text
    assert plain == "Schreiben Sie an <EMAIL_1> oder an <EMAIL_2>"
    assert kept == "Schreiben Sie an info@example.org oder an <EMAIL_1>"


def test_the_cli_keeps_terms_of_options_and_file(tmp_path) -> None:
    src, dst, terms = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "keep.txt"
    text = "an info@example.org, an help@example.org und an jonas.weber@gmx.de"
    src.write_text(json.dumps({"id": 1, "text": text}) + "\n", encoding="utf-8")
    terms.write_text("help@example.org\n", encoding="utf-8")
    argv = [src, "-o", dst, "--no-model", "--operator", "tag", "-q", "--keep", "info@example.org"]
    summary = tmp_path / "summary.json"
    argv = [*argv, "--keep-file", terms, "--summary-json", summary]
    assert main([str(a) for a in argv]) == 0
    out = read_jsonl(dst)[0]["text"]
    assert out == "an info@example.org, an help@example.org und an <EMAIL_1>"
    counts = json.loads(summary.read_text(encoding="utf-8"))
    assert counts["kept"] == 2 and counts["entities"] == {"EMAIL": 1}


def test_a_missing_keep_file_is_a_usage_error(tmp_path, capsys) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "x"}\n', encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main([str(src), "--no-model", "--keep-file", str(tmp_path / "none.txt")])
    assert exc.value.code == 2 and "is no file" in capsys.readouterr().err


def test_each_spark_executor_builds_its_anonymizer_with_the_kept_terms() -> None:
    from anonymizer.spark import _anonymizer

    anon = _anonymizer(("-", ("operators", "tag"), ("keep", ("info@example.org",))))
    assert (
        anon.anonymize("an info@example.org, an a@b.de").text == "an info@example.org, an <EMAIL_1>"
    )


def test_the_example_keep_file_reads() -> None:
    from pathlib import Path

    keep = KeepList.read(Path(__file__).parents[2] / "examples" / "keep-brands.txt")
    assert "klarna" in keep and "DHL Express" in keep and len(keep) > 10
