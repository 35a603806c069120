import json

import pytest

from anonymizer.records import (
    RecordValidationError,
    manifest_path,
    read_manifest,
    read_records,
    validate_file,
    validate_record,
    write_manifest,
    write_records,
)


def rec(**kw):
    base = {
        "id": "r1",
        "text": "Hallo Jonas",
        "lang": "de",
        "origin": "test",
        "spans": [{"start": 6, "end": 11, "label": "PERSON"}],
    }
    base.update(kw)
    return base


def test_valid_record_has_no_problems():
    assert validate_record(rec()) == []


@pytest.mark.parametrize(
    "spans,needle",
    [
        ([{"start": 6, "end": 99, "label": "PERSON"}], "out of range"),
        ([{"start": 0, "end": 5, "label": "NAME"}], "unknown label"),
        (
            [{"start": 0, "end": 8, "label": "PERSON"}, {"start": 6, "end": 11, "label": "PERSON"}],
            "overlaps",
        ),
        ([{"start": 0, "end": 5, "label": "PERSON", "score": 1.5}], "score"),
    ],
)
def test_span_problems_are_named(spans, needle):
    problems = validate_record(rec(spans=spans))
    assert problems and needle in problems[0]
    assert "Jonas" not in problems[0]


def test_missing_fields_reported():
    r = rec()
    del r["lang"]
    assert "missing ['lang']" in validate_record(r)[0]


def test_validate_file_reports_line_and_id(tmp_path):
    p = tmp_path / "d.jsonl"
    bad = rec(id="bad-1", spans=[{"start": 0, "end": 50, "label": "PERSON"}])
    p.write_text("\n".join([json.dumps(rec()), json.dumps(bad), "{not json"]) + "\n")
    report = validate_file(p)
    assert report.records == 3 and not report.ok
    assert report.errors[0].startswith("line 2 (id='bad-1')")
    assert report.errors[1].startswith("line 3")
    assert report.label_counts["PERSON"] == 1


def test_write_read_roundtrip_and_manifest(tmp_path):
    p = tmp_path / "train.jsonl"
    counts = write_records(p, [rec(id="a"), rec(id="b", lang="en")])
    assert counts["records"] == 2 and counts["languages"] == {"de": 1, "en": 1}
    write_manifest(p, generator="test", seed=1, counts=counts)
    assert manifest_path(p).name == "train.manifest.json"
    assert read_manifest(p)["seed"] == 1
    assert [r["id"] for r in read_records(p)] == ["a", "b"]


def test_write_records_refuses_invalid_and_leaves_no_partial_file(tmp_path):
    bad = rec(id="x", spans=[{"start": 9, "end": 3, "label": "ID"}])
    with pytest.raises(RecordValidationError, match="id='x'"):
        write_records(tmp_path / "x.jsonl", [rec(id="a"), bad])
    assert list(tmp_path.iterdir()) == []
