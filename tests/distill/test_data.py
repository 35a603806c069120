import numpy as np
import pytest

from anonymizer.detect.tokens import encode, word_starts
from anonymizer.schema import BIO_TAGS, TAG2ID
from anonymizer.softlabels import SoftLabels, SoftLabelWriter
from distill.data import (
    IGNORE,
    batches,
    collate,
    hard_labels,
    lowercase_copies,
    make_windows,
    oversample,
    parse_oversample,
    soft_targets,
)

TEXT = "Hi Annabella Schmidtova, mail annabella.schmidtova@example.com now"
SPANS = [(3, 23, "PERSON"), (30, 62, "EMAIL")]


def _pos(enc, char):
    hits = np.flatnonzero(enc.offsets[:, 0] == char)
    assert len(hits), f"no token starts at {char}"
    return int(hits[0])


def test_labels_sit_on_first_sub_token_of_each_word(tiny_data):
    _, _, tok = tiny_data
    enc = encode(tok, [TEXT])[0]
    labels = hard_labels(enc, SPANS)
    first = np.r_[True, enc.word_ids[1:] != enc.word_ids[:-1]]
    assert (labels[~first] == IGNORE).all()
    assert (labels[first] != IGNORE).all()
    assert len(enc) > first.sum(), "words split into several pieces in this test"
    assert labels[_pos(enc, 0)] == TAG2ID["O"]
    assert labels[_pos(enc, 3)] == TAG2ID["B-PERSON"]
    assert labels[_pos(enc, 13)] == TAG2ID["I-PERSON"]
    assert labels[_pos(enc, 30)] == TAG2ID["B-EMAIL"]
    assert labels[_pos(enc, 63)] == TAG2ID["O"]


def _one_hot(tag):
    row = np.zeros(len(BIO_TAGS), np.float32)
    row[TAG2ID[tag]] = 1.0
    return row


def test_soft_targets_follow_character_offsets(tiny_data):
    _, _, tok = tiny_data
    enc = encode(tok, [TEXT])[0]
    # word spans from another segmentation: one word covers "Schmidtova," with its comma
    words = np.array([[0, 2], [3, 12], [13, 24], [25, 29], [30, 62], [63, 66]])
    probs = np.stack([_one_hot(t) for t in ["O", "B-PERSON", "I-PERSON", "O", "B-EMAIL", "O"]])
    soft = soft_targets(enc, words, probs)
    assert soft[_pos(enc, 3)].argmax() == TAG2ID["B-PERSON"]
    assert soft[_pos(enc, 13)].argmax() == TAG2ID["I-PERSON"]
    assert soft[_pos(enc, 30)].argmax() == TAG2ID["B-EMAIL"]
    first = np.r_[True, enc.word_ids[1:] != enc.word_ids[:-1]]
    assert (soft[~first] == 0).all()


def test_word_starting_inside_a_soft_word_turns_b_into_i(tiny_data):
    _, _, tok = tiny_data
    text = "Jo Ann"
    enc = encode(tok, [text])[0]
    words = np.array([[0, 6]])  # one canonical word holds both tokenizer words
    soft = soft_targets(enc, words, _one_hot("B-PERSON")[None])
    assert soft[_pos(enc, 0)].argmax() == TAG2ID["B-PERSON"]
    assert soft[_pos(enc, 3)].argmax() == TAG2ID["I-PERSON"]
    assert soft[_pos(enc, 3)][TAG2ID["B-PERSON"]] == 0


def _soft_for(records):
    w = SoftLabelWriter()
    for r in records:
        w.add(r["id"], [(0, len(r["text"]))], _one_hot("O")[None])
    return w


def test_make_windows_cuts_long_records_and_needs_soft_for_every_record(tiny_data, tmp_path):
    _, _, tok = tiny_data
    rec = {"id": "long", "text": " ".join(["word"] * 60), "lang": "en", "spans": [], "origin": "t"}
    wins = make_windows([rec], tok, max_length=16, stride=4)
    assert len(wins) > 1 and all(len(w) <= 14 for w in wins)
    assert wins[1].start == 10
    path = _soft_for([rec]).save(tmp_path / "x.soft.npz")
    other = dict(rec, id="other")
    with pytest.raises(KeyError, match="id='other'"):
        make_windows([other], tok, 16, 4, soft=SoftLabels.load(path))


def test_unlabeled_records_keep_only_soft_targets(tiny_data, tmp_path):
    _, _, tok = tiny_data
    rec = {
        "id": "u1",
        "text": "Some text here",
        "lang": "en",
        "spans": [],
        "origin": "t",
        "labeled": False,
    }
    path = _soft_for([rec]).save(tmp_path / "u.soft.npz")
    (win,) = make_windows([rec], tok, 32, 8, soft=SoftLabels.load(path))
    assert (win.labels == IGNORE).all()
    assert win.soft[0].sum() == pytest.approx(1.0)


def test_batches_group_lengths_and_collate_pads(tiny_data):
    _, _, tok = tiny_data
    recs = [
        {
            "id": str(i),
            "text": " ".join(["ab"] * (1 + i % 7)),
            "lang": "en",
            "spans": [],
            "origin": "t",
        }
        for i in range(40)
    ]
    wins = make_windows(recs, tok, 64, 8)
    bs = batches(wins, 8, seed=3)
    assert sorted(i for b in bs for i in b) == list(range(len(wins)))
    spread = max(max(len(wins[i]) for i in b) - min(len(wins[i]) for i in b) for b in bs)
    assert spread < max(len(w) for w in wins) - min(len(w) for w in wins)
    batch = collate([wins[i] for i in bs[0]], 0, 2, 1)
    ids, mask, labels = batch["input_ids"], batch["attention_mask"], batch["labels"]
    assert ids.shape == labels.shape and (ids[:, 0] == 0).all()
    assert (labels[:, 0] == IGNORE).all() and (labels[mask == 0] == IGNORE).all()
    assert (ids[mask == 0] == 1).all()
    assert "teacher_probs" not in batch


def _origin_records():
    return [
        {"id": "a", "text": "Hallo Jana", "spans": [], "origin": "synthetic"},
        {"id": "b", "text": "hi ana from lagos", "spans": [], "origin": "corpus:wnut17"},
    ]


def test_oversample_repeats_windows_of_the_named_origin(tiny_data):
    _, _, tok = tiny_data
    recs = _origin_records()
    wins = make_windows(recs, tok, max_length=16, stride=4)
    out = oversample(wins, recs, parse_oversample("corpus:wnut17=3"))
    per_record = [sum(w.record == i for w in out) for i in range(2)]
    assert per_record == [
        sum(w.record == 0 for w in wins),
        3 * sum(w.record == 1 for w in wins),
    ]


def test_oversample_rejects_unknown_origin_and_bad_spec(tiny_data):
    _, _, tok = tiny_data
    recs = _origin_records()
    wins = make_windows(recs, tok, max_length=16, stride=4)
    with pytest.raises(ValueError, match="corpus:wnut"):
        oversample(wins, recs, parse_oversample("corpus:wnut=2"))
    with pytest.raises(ValueError, match="ORIGIN=TIMES"):
        parse_oversample("corpus:wnut17=0")
    with pytest.raises(ValueError, match="ORIGIN=TIMES"):
        parse_oversample("corpus:wnut17")


def test_lowercase_copies_keep_offsets_spans_and_soft_labels(tiny_data, tmp_path):
    _, _, tok = tiny_data
    rec = {"id": "p", "text": TEXT, "lang": "en", "origin": "t"}
    rec["spans"] = [{"start": s, "end": e, "label": lab} for s, e, lab in SPANS]
    (copy,) = lowercase_copies([rec], 1.0, seed=0)
    assert copy["text"] == TEXT.lower() and copy["id"] == "p" and copy["spans"] == rec["spans"]
    assert rec["text"] == TEXT, "the original record is left as it was"
    w = SoftLabelWriter()
    w.add("p", [(3, 12), (13, 23)], np.stack([_one_hot("B-PERSON"), _one_hot("I-PERSON")]))
    soft = SoftLabels.load(w.save(tmp_path / "p.soft.npz"))
    (orig_win,) = make_windows([rec], tok, 64, 8, soft=soft)
    (low_win,) = make_windows([copy], tok, 64, 8, soft=soft)
    enc = encode(tok, [copy["text"]])[0]
    assert low_win.labels[_pos(enc, 3)] == TAG2ID["B-PERSON"]
    assert low_win.soft[_pos(enc, 3)].argmax() == TAG2ID["B-PERSON"]
    assert (orig_win.labels == TAG2ID["B-PERSON"]).sum() == (
        low_win.labels == TAG2ID["B-PERSON"]
    ).sum()


def test_lowercase_copies_are_seeded_and_skip_what_lower_case_cannot_change():
    recs = [{"id": str(i), "text": f"Name {i}", "spans": []} for i in range(400)]
    recs.append({"id": "lower", "text": "already lower", "spans": []})
    a, b = lowercase_copies(recs, 0.25, seed=3), lowercase_copies(recs, 0.25, seed=3)
    assert [r["id"] for r in a] == [r["id"] for r in b]
    assert 60 < len(a) < 140, "about a quarter of the records"
    assert lowercase_copies(recs, 0.0, seed=3) == []
    assert all(r["id"] != "lower" for r in lowercase_copies(recs, 1.0, seed=3))
    dotted = lowercase_copies([{"id": "t", "text": "İSTANBUL", "spans": []}], 1.0, seed=0)
    assert dotted[0]["text"] == "İstanbul", "İ would lengthen the text, so it stays"
    assert lowercase_copies([{"id": "t", "text": "İ", "spans": []}], 1.0, seed=0) == []
    with pytest.raises(ValueError, match="between 0 and 1"):
        lowercase_copies(recs, 1.5, seed=0)


def _glued():
    """ "Hi (Anna," with "(Anna," one whitespace word in three sub-tokens (as Metaspace cuts it)."""
    from anonymizer.detect.tokens import Encoded

    enc = Encoded(np.arange(4), np.array([[0, 2], [3, 4], [4, 8], [8, 9]]), np.array([0, 1, 1, 1]))
    return "Hi (Anna,", enc


def test_canonical_split_labels_a_name_glued_to_punctuation():
    text, enc = _glued()
    spans = [(4, 8, "PERSON")]
    old = hard_labels(enc, spans, word_starts(enc, text, "pretokenizer"))
    new = hard_labels(enc, spans, word_starts(enc, text, "canonical"))
    # The tokenizer's word "(Anna," carries the name's tag on "("; canonical words tag "Anna".
    assert old.tolist() == [TAG2ID["O"], TAG2ID["B-PERSON"], IGNORE, IGNORE]
    assert new.tolist() == [TAG2ID["O"], TAG2ID["O"], TAG2ID["B-PERSON"], TAG2ID["O"]]
    with pytest.raises(ValueError, match="expected one of"):
        word_starts(enc, text, "spaces")


def test_canonical_soft_targets_land_on_each_canonical_word():
    text, enc = _glued()
    words = np.array([[0, 2], [3, 4], [4, 8], [8, 9]])
    probs = np.zeros((4, len(BIO_TAGS)), np.float32)
    probs[:, TAG2ID["O"]] = 1.0
    probs[2] = 0.0
    probs[2, TAG2ID["B-PERSON"]] = 1.0
    new = soft_targets(enc, words, probs, word_starts(enc, text, "canonical"))
    assert new[2, TAG2ID["B-PERSON"]] == 1.0 and new[1, TAG2ID["O"]] == 1.0
    old = soft_targets(enc, words, probs, word_starts(enc, text))
    assert old[1, TAG2ID["O"]] == 1.0 and not old[2:].any()  # the name's row is never trained


def test_word_split_of_reads_the_training_config(tmp_path):
    import json

    from distill.checkpoint import word_split_of

    assert word_split_of(tmp_path) == "pretokenizer"  # checkpoints from before the option
    (tmp_path / "train_config.json").write_text(json.dumps({"word_split": "canonical"}))
    assert word_split_of(tmp_path) == "canonical"
