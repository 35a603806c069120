import pytest

from anonymizer.schema import BIO_TAGS, LABELS, Entity, bio_tags_for, split_words

REQUIRED = {
    "PERSON",
    "ORGANIZATION",
    "LOCATION",
    "ADDRESS",
    "DATE",
    "EMAIL",
    "PHONE",
    "URL",
    "IP_ADDRESS",
    "IBAN",
    "CREDIT_CARD",
    "ID",
}


def test_label_set_and_bio_tags():
    assert REQUIRED <= set(LABELS)
    assert BIO_TAGS[0] == "O" and len(BIO_TAGS) == 1 + 2 * len(LABELS)
    assert {t[2:] for t in BIO_TAGS[1:]} == set(LABELS)


@pytest.mark.parametrize("start,end,label", [(3, 3, "PERSON"), (-1, 2, "PERSON"), (0, 2, "NAME")])
def test_entity_rejects_bad_spans(start, end, label):
    with pytest.raises(ValueError):
        Entity(start, end, label)


def test_entity_repr_never_holds_text():
    e = Entity(0, 5, "PERSON", 0.5, "model")
    assert "Jonas" not in repr(e) and e.to_dict()["label"] == "PERSON"


def test_split_words_and_bio_tags():
    text = "Herr Jonas Müller-Lüdenscheidt schrieb an jo@x.de."
    words = split_words(text)
    assert [text[s:e] for s, e in words][:4] == ["Herr", "Jonas", "Müller-Lüdenscheidt", "schrieb"]
    spans = [(5, 30, "PERSON"), (42, 49, "EMAIL")]
    tags = bio_tags_for(spans, words)
    assert tags[:4] == ["O", "B-PERSON", "I-PERSON", "O"]
    assert tags[words.index((42, 49))] == "B-EMAIL"
    assert tags[-1] == "O"


def test_bio_tags_adjacent_spans_start_with_b():
    words = [(0, 3), (4, 7)]
    assert bio_tags_for([(0, 3, "PERSON"), (4, 7, "PERSON")], words) == ["B-PERSON", "B-PERSON"]
