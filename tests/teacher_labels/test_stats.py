"""file_stats / format_stats on a small hand-made file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonymizer.records import RecordValidationError
from teacher_labels.stats import file_stats, format_stats


def _rec(i: int, text: str, lang: str, spans: list[tuple[int, int, str]]) -> dict:
    return {
        "id": f"r{i}",
        "text": text,
        "lang": lang,
        "origin": "test",
        "spans": [{"start": s, "end": e, "label": lab} for s, e, lab in spans],
    }


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    recs = [
        _rec(1, "Hallo Jo, ruf 030 123 an", "de", [(6, 8, "PERSON"), (14, 21, "PHONE")]),
        _rec(2, "Danke!", "de", []),
        _rec(3, "Hi Ann and Bo", "en", [(3, 6, "PERSON"), (11, 13, "PERSON")]),
        _rec(4, "Mail x@y.de", "en", [(5, 11, "EMAIL")]),
    ]
    path = tmp_path / "small.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return path


def test_counts_match_the_file(small_file: Path):
    st = file_stats(small_file)
    assert st["records"] == 4
    assert st["languages"] == {"de": 2, "en": 2}
    assert st["labels"] == {"PERSON": 3, "EMAIL": 1, "PHONE": 1}
    assert st["label_by_language"] == {
        "de": {"PERSON": 1, "PHONE": 1},
        "en": {"PERSON": 2, "EMAIL": 1},
    }
    assert st["share_without_pii"] == 0.25
    lengths = sorted(len(t) for t in ["Hallo Jo, ruf 030 123 an", "Danke!", "Hi Ann and Bo"])
    lengths = sorted(lengths + [len("Mail x@y.de")])
    assert st["length_chars"]["mean"] == round(sum(lengths) / 4, 1)
    assert st["length_chars"]["p50"] == lengths[1]
    assert st["length_chars"]["max"] == st["length_chars"]["p99"] == lengths[-1]


def test_format_stats_is_a_table(small_file: Path):
    table = format_stats(file_stats(small_file))
    assert "records: 4" in table and "25.0%" in table
    person_row = next(line for line in table.splitlines() if line.startswith("PERSON"))
    assert person_row.split() == ["PERSON", "3", "1", "2"]


def test_invalid_record_names_the_line(tmp_path: Path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(_rec(1, "Hi", "en", [(0, 9, "PERSON")])) + "\n", "utf-8")
    with pytest.raises(RecordValidationError, match=r"bad.jsonl:1 \(id='r1'\)"):
        file_stats(path)


def test_empty_file(tmp_path: Path):
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    st = file_stats(path)
    assert st["records"] == 0 and st["share_without_pii"] == 0.0
    assert "records: 0" in format_stats(st)
