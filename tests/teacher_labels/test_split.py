import pytest

from anonymizer.records import read_manifest, read_records, write_manifest, write_records
from teacher_labels.cli import main
from teacher_labels.split import split_file


def _records(n):
    for i in range(n):
        rec = {
            "id": f"r{i}",
            "text": "Hallo Jo",
            "lang": "de",
            "origin": "test",
            "spans": [{"start": 6, "end": 8, "label": "PERSON"}],
        }
        if i % 2:
            rec["meta"] = {"doc": f"d{i // 10}", "offset": 0}
        yield rec


@pytest.fixture
def src(tmp_path):
    p = tmp_path / "all.jsonl"
    write_manifest(p, generator="test", counts=write_records(p, _records(200)))
    return p


def test_split_is_deterministic_complete_and_keeps_documents_together(src, tmp_path):
    a = split_file(src, tmp_path / "t.jsonl", tmp_path / "d.jsonl", 0.25, seed=3)
    train = [r for r in read_records(tmp_path / "t.jsonl")]
    dev = [r for r in read_records(tmp_path / "d.jsonl")]
    assert len(train) + len(dev) == 200 and 20 < len(dev) < 90
    docs = lambda rs: {r["meta"]["doc"] for r in rs if "meta" in r}  # noqa: E731
    assert not docs(train) & docs(dev)
    assert read_manifest(tmp_path / "d.jsonl")["split"] == "dev"
    b = split_file(src, tmp_path / "t2.jsonl", tmp_path / "d2.jsonl", 0.25, seed=3)
    assert a == b and (tmp_path / "d.jsonl").read_bytes() == (tmp_path / "d2.jsonl").read_bytes()


def test_cli_split(src, tmp_path, capsys):
    assert (
        main(
            [
                "split",
                str(src),
                "--train",
                str(tmp_path / "t.jsonl"),
                "--dev",
                str(tmp_path / "d.jsonl"),
                "--dev-fraction",
                "0.5",
            ]
        )
        == 0
    )
    assert '"dev"' in capsys.readouterr().out
    assert main(["split", str(src), "--train", "x", "--dev", "y", "--dev-fraction", "2"]) == 1


def test_keep_empty_thins_train_only(tmp_path):
    p = tmp_path / "all.jsonl"

    def recs():
        for i in range(300):
            spans = [{"start": 0, "end": 2, "label": "PERSON"}] if i % 3 == 0 else []
            yield {"id": f"r{i}", "text": "Jo kam", "lang": "de", "origin": "t", "spans": spans}

    write_records(p, recs())
    c = split_file(p, tmp_path / "t.jsonl", tmp_path / "d.jsonl", 0.2, keep_empty=0.25)
    train = list(read_records(tmp_path / "t.jsonl"))
    with_spans = sum(1 for r in train if r["spans"])
    empty = len(train) - with_spans
    assert 0.1 < empty / (2 * with_spans) < 0.45  # about a quarter of the empty ones kept
    dev = list(read_records(tmp_path / "d.jsonl"))
    assert sum(1 for r in dev if not r["spans"]) > sum(1 for r in dev if r["spans"])
    assert c["train"]["records"] == len(train)


def test_concat_keeps_sources_and_refuses_duplicate_ids(tmp_path):
    from teacher_labels.split import concat_files

    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_manifest(a, dataset="A", license="CC BY 4.0", counts=write_records(a, _records(3)))
    write_records(b, ({**r, "id": "b" + r["id"]} for r in _records(2)))
    counts = concat_files(tmp_path / "all.jsonl", [a, b])
    assert counts["records"] == 5
    m = read_manifest(tmp_path / "all.jsonl")
    assert m["sources"][0]["license"] == "CC BY 4.0" and m["sources"][1] == {"file": "b.jsonl"}
    with pytest.raises(ValueError, match="duplicate id 'r0'"):
        concat_files(tmp_path / "x.jsonl", [a, a])
    with pytest.raises(FileNotFoundError, match="no such files .*missing.jsonl"):
        concat_files(tmp_path / "y.jsonl", [a, tmp_path / "missing.jsonl"])
    assert not (tmp_path / "x.jsonl").exists() and not (tmp_path / "y.jsonl").exists()
