from distill.card import _commands, _data, _passes


def test_data_table_counts_spans_of_a_synthesizer_manifest():
    part = {
        "file": "synth.train.jsonl",
        "dataset": "synthetic",
        "license": "MIT",
        "records": 3,
        "label_by_language": {"PERSON": {"de": 2, "en": 3}, "EMAIL": {"en": 1}},
    }
    table = _data([{"role": "train", "sources": [part]}])
    assert "| train | synth.train.jsonl | synthetic | MIT | 3 | EMAIL 1, PERSON 5 |" in table


def test_card_lists_every_training_pass_oldest_first():
    teacher = {"train": "t.jsonl", "out_dir": "runs/t", "base_model": "base", "epochs": 2}
    student = {"train": "t.jsonl", "out_dir": "runs/s", "base_model": "runs/t/best", "alpha": 0.3}
    second = {**student, "base_model": "runs/s/best", "lowercase": 0.3, "out_dir": "runs/s2"}
    training = {**second, "earlier_passes": [teacher, student]}
    assert (
        _passes(training) == "3 (base -> runs/t/best -> runs/s/best -> this model; commands below)"
    )
    lines = _commands(training, {}).splitlines()
    assert lines[0].startswith("distill train-teacher") and "--base-model base" in lines[0]
    assert lines[1].startswith("distill train-student") and "--alpha 0.3" in lines[1]
    assert "--lowercase 0.3" in lines[2] and "--base-model runs/s/best" in lines[2]
    # Passes recorded before --word-split existed were trained on the tokenizer's words.
    assert all("--word-split pretokenizer" in line for line in lines[:3])
    lines = _commands({**second, "word_split": "canonical"}, {}).splitlines()
    assert "--word-split" not in lines[0]  # the default, left out like every other default
    assert _passes({}) == "not recorded"


def test_data_table_lists_the_files_of_a_nested_concatenation():
    corpus = {
        "file": "wnut.train.jsonl",
        "dataset": "WNUT-17",
        "license": "CC BY 4.0",
        "counts": {"records": 3, "labels": {"PERSON": 2}},
    }
    synth = {"file": "synth.jsonl", "dataset": "synthetic", "license": "MIT", "records": 5}
    inner = {"file": "train.jsonl", "generator": "teacher-labels concat", "sources": [corpus]}
    table = _data([{"role": "train", "file": "all.jsonl", "sources": [inner, synth]}])
    rows = table.splitlines()[2:]
    assert [r.split(" | ")[1:4] for r in rows] == [
        ["wnut.train.jsonl", "WNUT-17", "CC BY 4.0"],
        ["synth.jsonl", "synthetic", "MIT"],
    ]
    assert "?" not in table
