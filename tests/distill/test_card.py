from distill.card import _data


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
