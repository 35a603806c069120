"""Corpus importers round-trip tiny corpora written here: text and spans exact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonymizer.records import read_manifest, read_records, validate_file
from teacher_labels.corpora import CorpusError, LabelMap, import_corpus

CONLL = """-DOCSTART-\tO

Anna\tB-person
Schmidt\tI-person
visited\tO
"\tO
Big\tB-creative-work
Tower\tI-creative-work
"\tO
in\tO
Berlin\tB-location
.\tO

Acme\tB-corporation
rocks\tO
"""

GERMEVAL = """# http://example.org/a
1\tFrau\tO\tO
2\tMeier\tB-PER\tO
3\taus\tO\tO
4\tBad\tB-LOC\tO
5\tEms\tI-LOC\tB-LOC
6\tmag\tO\tO
7\tdeutsche\tB-LOCderiv\tO
8\tAutos\tO\tO

# http://example.org/b
1\tDie\tO\tO
2\tMeier-Gruppe\tB-PERpart\tO
"""


def spans_text(rec: dict) -> list[tuple[str, str]]:
    return [(rec["text"][s["start"] : s["end"]], s["label"]) for s in rec["spans"]]


def test_conll_tab_separated(tmp_path: Path) -> None:
    src, out = tmp_path / "c.conll", tmp_path / "c.jsonl"
    src.write_text(CONLL, encoding="utf-8")
    counts = import_corpus("conll", src, out, corpus="wnut17", split="dev", lang="en")
    recs = list(read_records(out))
    assert [r["id"] for r in recs] == ["wnut17-dev-1", "wnut17-dev-2"]
    assert recs[0]["text"] == 'Anna Schmidt visited "Big Tower" in Berlin.'
    assert spans_text(recs[0]) == [("Anna Schmidt", "PERSON"), ("Berlin", "LOCATION")]
    assert spans_text(recs[1]) == [("Acme", "ORGANIZATION")]
    assert recs[0]["origin"] == "corpus:wnut17" and recs[0]["lang"] == "en"
    assert counts["not_pii_spans"] == 1 and counts["source_labels"]["person"] == 1
    man = read_manifest(out)
    assert man["origin"] == "corpus:wnut17" and man["labelmap"] == "wnut17.json"
    assert validate_file(out).ok


def test_conll_space_separated_with_extra_columns(tmp_path: Path) -> None:
    src, out = tmp_path / "l.conll", tmp_path / "l.jsonl"
    src.write_text("Richter X B-RR\nMüller X I-RR\n, X O\nHauptstr. X B-STR\n5 X I-STR\n§ X B-GS\n")
    import_corpus("conll", src, out, corpus="german_legal_ner", split="dev", lang="de")
    (rec,) = read_records(out)
    assert spans_text(rec) == [("Richter Müller", "PERSON"), ("Hauptstr. 5", "ADDRESS")]


def test_germeval_outer_layer(tmp_path: Path) -> None:
    src, out = tmp_path / "g.tsv", tmp_path / "g.jsonl"
    src.write_text(GERMEVAL, encoding="utf-8")
    counts = import_corpus("germeval", src, out, corpus="germeval2014", split="dev", lang="de")
    first, second = read_records(out)
    assert first["text"] == "Frau Meier aus Bad Ems mag deutsche Autos"
    assert spans_text(first) == [("Meier", "PERSON"), ("Bad Ems", "LOCATION")]
    assert spans_text(second) == [("Meier-Gruppe", "PERSON")]
    assert counts["not_pii_spans"] == 1 and first["id"] == "germeval2014-dev-1"


def test_unknown_source_label_names_label_and_file(tmp_path: Path) -> None:
    src = tmp_path / "c.conll"
    src.write_text("Anna\tB-person\nX\tB-alien\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"c\.conll:1.*'alien'.*wnut17\.json"):
        import_corpus("conll", src, tmp_path / "o.jsonl", corpus="wnut17", lang="en")


def test_bad_conll_line_names_line(tmp_path: Path) -> None:
    src = tmp_path / "c.conll"
    src.write_text("Anna\tB-person\nlonely\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"c\.conll:2: expected 'token"):
        import_corpus("conll", src, tmp_path / "o.jsonl", corpus="wnut17", lang="en")


TAB_TEXT = "Case of Mr John Smith.\n\nHe was born in 1960 in Oslo.\nApplication no. 123/45."


def tab_doc() -> dict:
    def ent(s: str, etype: str, ident: str, occurrence: int = 0) -> dict:
        start = TAB_TEXT.index(s) if not occurrence else TAB_TEXT.index(s, occurrence)
        return {
            "start_offset": start,
            "end_offset": start + len(s),
            "entity_type": etype,
            "identifier_type": ident,
        }

    return {
        "text": TAB_TEXT,
        "entities": [
            ent("John Smith", "PERSON", "DIRECT"),
            ent("Smith", "PERSON", "DIRECT"),
            ent("1960", "DATETIME", "QUASI"),
            ent("Oslo", "LOC", "NO_MASK"),
            ent("123/45", "CODE", "DIRECT"),
            ent("Mr", "DEM", "QUASI"),
        ],
    }


def test_tab_documents_and_paragraphs(tmp_path: Path) -> None:
    src = tmp_path / "tab.json"
    src.write_text(json.dumps([tab_doc()]), encoding="utf-8")
    counts = import_corpus("tab", src, tmp_path / "d.jsonl", corpus="tab", lang="en")
    (doc,) = read_records(tmp_path / "d.jsonl")
    assert doc["text"] == TAB_TEXT
    assert spans_text(doc) == [("John Smith", "PERSON"), ("1960", "DATE"), ("123/45", "ID")]
    assert counts["no_mask_spans"] == 1 and counts["not_pii_spans"] == 1
    assert counts["overlap_dropped"] == 1
    out = tmp_path / "p.jsonl"
    import_corpus("tab", src, out, corpus="tab", split="train", lang="en", paragraphs=True)
    paras = list(read_records(out))
    assert [p["text"] for p in paras] == [
        "Case of Mr John Smith.",
        "He was born in 1960 in Oslo.",
        "Application no. 123/45.",
    ]
    for p in paras:
        off = p["meta"]["offset"]
        assert p["text"] == TAB_TEXT[off : off + len(p["text"])]
    assert [spans_text(p) for p in paras] == [
        [("John Smith", "PERSON")],
        [("1960", "DATE")],
        [("123/45", "ID")],
    ]
    assert [p["id"] for p in paras] == ["tab-train-1", "tab-train-2", "tab-train-3"]


def test_tab_jsonl_bad_offsets(tmp_path: Path) -> None:
    doc = tab_doc()
    doc["entities"][0]["end_offset"] = 999
    src = tmp_path / "tab.jsonl"
    src.write_text(json.dumps(tab_doc()) + "\n" + json.dumps(doc) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"tab\.jsonl:2: entity 0 has offsets"):
        import_corpus("tab", src, tmp_path / "o.jsonl", corpus="tab", lang="en")


def test_hf_saved_dataset(tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
    features = datasets.Features(
        {
            "tokens": datasets.Sequence(datasets.Value("string")),
            "ner_tags": datasets.Sequence(datasets.ClassLabel(names=names)),
        }
    )
    rows = {
        "tokens": [["Grüße", "von", "Eva", "Lang", "aus", "Wien", "!"], ["Nix", "."]],
        "ner_tags": [[0, 0, 1, 2, 0, 3, 0], [5, 0]],
    }
    ds = datasets.DatasetDict({"validation": datasets.Dataset.from_dict(rows, features=features)})
    ds.save_to_disk(str(tmp_path / "ds"))
    out = tmp_path / "hf.jsonl"
    counts = import_corpus(
        "hf", tmp_path / "ds", out, corpus="conll2003", split="validation", lang="de"
    )
    first, second = read_records(out)
    assert first["text"] == "Grüße von Eva Lang aus Wien!"
    assert spans_text(first) == [("Eva Lang", "PERSON"), ("Wien", "LOCATION")]
    assert second["spans"] == [] and counts["not_pii_spans"] == 1
    with pytest.raises(CorpusError, match="no split 'test'"):
        import_corpus("hf", tmp_path / "ds", out, corpus="conll2003", split="test", lang="de")


def test_shipped_labelmaps_are_valid() -> None:
    for name in ("wnut17", "germeval2014", "german_legal_ner", "tab", "conll2003"):
        assert LabelMap.load(name).labels
    with pytest.raises(CorpusError, match="no label map"):
        LabelMap.load("nope")
