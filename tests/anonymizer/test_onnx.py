import numpy as np
import pytest

from anonymizer.bundle import Bundle
from anonymizer.detect.onnx import OnnxDetector
from anonymizer.detect.tokens import windows
from tests.conftest import PLANTED


@pytest.fixture(scope="module")
def detector(planted_bundle):
    return OnnxDetector(Bundle.load(planted_bundle), batch_size=4)


def test_windows_cover_everything_with_overlap():
    spans = windows(1000, max_length=32, stride=8)
    assert spans[0][0] == 0 and spans[-1][1] == 1000
    for (s1, e1), (s2, _e2) in zip(spans, spans[1:]):
        assert e1 - s1 <= 30 and s2 < e1  # overlap, never a gap


def test_planted_word_found_with_exact_offsets(detector):
    text = f"Hallo {PLANTED}, und hello {PLANTED}."
    ents = detector.detect_batch([text])[0]
    assert [(text[e.start : e.end], e.label, e.source) for e in ents] == [
        (PLANTED, "PERSON", "model")
    ] * 2


def test_ten_thousand_char_document_is_covered_to_its_end(detector):
    filler = "Hallo und hello the word . "
    text = filler * (10_000 // len(filler) + 1) + PLANTED
    assert len(text) > 10_000
    ents = detector.detect_batch([text])[0]
    assert ents and ents[-1].end == len(text)  # the last word, far beyond one 32-token window


def test_every_planted_word_in_a_long_document_is_found(detector):
    parts = [f"hello {PLANTED} " if i % 7 == 0 else "the word und . " for i in range(700)]
    text = "".join(parts)
    ents = detector.detect_batch([text])[0]
    assert len(ents) == text.count(PLANTED)
    assert all(text[e.start : e.end] == PLANTED for e in ents)


def test_batch_of_many_documents_keeps_order(detector):
    docs = ["", "Hallo", f"{PLANTED}", "the " * 50 + PLANTED] * 5
    out = detector.detect_batch(docs)
    assert [len(x) for x in out] == [0, 0, 1, 1] * 5


def test_random_model_gives_valid_non_overlapping_spans(random_bundle):
    det = OnnxDetector(Bundle.load(random_bundle), batch_size=3)
    text = "Hallo Zorro und the hello word , . " * 40
    ents = det.detect_batch([text])[0]
    for a, b in zip(ents, ents[1:]):
        assert a.end <= b.start
    assert all(0 <= e.start < e.end <= len(text) for e in ents)


def test_word_label_is_the_one_with_most_b_plus_i_mass(detector):
    from anonymizer.detect.tokens import encode
    from anonymizer.schema import TAG2ID

    text = "Hallo Zorro und"
    enc = encode(detector.tokenizer, [text])[0]
    probs = np.zeros((len(enc), len(detector.bundle.labels)), np.float32)
    probs[:, TAG2ID["O"]] = 1.0
    probs[1] = 0.0
    probs[1, TAG2ID["B-ORGANIZATION"]] = 0.35  # best single column...
    probs[1, TAG2ID["B-PERSON"]] = 0.30  # ...but PERSON has more B + I mass
    probs[1, TAG2ID["I-PERSON"]] = 0.25
    probs[1, TAG2ID["O"]] = 0.10
    ents = detector._decode(text, enc, probs)
    assert [(text[e.start : e.end], e.label) for e in ents] == [("Zorro", "PERSON")]
    assert ents[0].score == pytest.approx(0.9)


@pytest.mark.parametrize(
    ("label", "expected"),
    [("PERSON", ["Zorro Hallo", "Zorro"]), ("ADDRESS", ["Zorro Hallo\nZorro"])],
)
def test_only_an_address_continues_over_a_line_break(detector, label, expected):
    from anonymizer.detect.tokens import encode
    from anonymizer.schema import TAG2ID

    text = "Zorro Hallo\nZorro und"  # B I | I O: a name whose next line the model also tagged
    enc = encode(detector.tokenizer, [text])[0]
    assert len(enc) == 4
    probs = np.zeros((len(enc), len(detector.bundle.labels)), np.float32)
    for row, tag in enumerate([f"B-{label}", f"I-{label}", f"I-{label}", "O"]):
        probs[row, TAG2ID[tag]] = 1.0
    ents = detector._decode(text, enc, probs)
    assert [text[e.start : e.end] for e in ents] == expected
    assert {e.label for e in ents} == {label}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zorro 14\nPLZ/Ort: 12345 Zorro", ["Zorro 14", "12345 Zorro"]),  # a form's next field
        ("Straße: Zorro 14", ["Zorro 14"]),  # the field label itself
        ("Zorro 14\n12345 Zorro", ["Zorro 14\n12345 Zorro"]),  # no label: one address
        ("Zorro: 14", ["Zorro: 14"]),  # not a field label: kept whole
    ],
)
def test_a_field_label_inside_an_address_cuts_it(detector, text, expected):
    from anonymizer.detect.tokens import encode
    from anonymizer.schema import TAG2ID

    enc = encode(detector.tokenizer, [text])[0]
    probs = np.zeros((len(enc), len(detector.bundle.labels)), np.float32)
    probs[:, TAG2ID["I-ADDRESS"]] = 1.0
    probs[0, TAG2ID["I-ADDRESS"]], probs[0, TAG2ID["B-ADDRESS"]] = 0.0, 1.0
    ents = detector._decode(text, enc, probs)
    assert [text[e.start : e.end] for e in ents] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ({"I-PERSON": 0.15}, ["Zorro Hallo"]),  # weak, but continues the name: joins it
        ({"B-PERSON": 0.15}, ["Zorro"]),  # weak and would start a new name: dropped
        ({"I-LOCATION": 0.15}, ["Zorro"]),  # weak, another label: dropped
        ({"I-PERSON": 0.05}, ["Zorro"]),  # under half the threshold: dropped
    ],
)
def test_a_weaker_word_joins_the_entity_it_continues(detector, second, expected, monkeypatch):
    from anonymizer.detect.tokens import encode
    from anonymizer.schema import TAG2ID

    text = "Zorro Hallo und"
    enc = encode(detector.tokenizer, [text])[0]
    probs = np.zeros((len(enc), len(detector.bundle.labels)), np.float32)
    probs[:, TAG2ID["O"]] = 1.0
    probs[0], probs[1] = 0.0, 0.0
    probs[0, TAG2ID["B-PERSON"]] = 1.0
    for tag, p in second.items():
        probs[1, TAG2ID[tag]], probs[1, TAG2ID["O"]] = p, 1.0 - p
    monkeypatch.setattr(detector, "threshold", 0.2)
    assert [text[e.start : e.end] for e in detector._decode(text, enc, probs)] == expected


@pytest.mark.parametrize("second", ["B-ADDRESS", "I-ADDRESS"])
def test_a_lone_or_leading_article_is_no_part_of_an_entity(detector, second):
    from anonymizer.detect.tokens import encode
    from anonymizer.schema import TAG2ID

    text = "Hallo the Zorro und"  # "the" tagged as an entity of its own, or as its first word
    enc = encode(detector.tokenizer, [text])[0]
    assert len(enc) == 4
    probs = np.zeros((len(enc), len(detector.bundle.labels)), np.float32)
    for row, tag in enumerate(["O", "B-ADDRESS", second, "O"]):
        probs[row, TAG2ID[tag]] = 1.0
    assert [text[e.start : e.end] for e in detector._decode(text, enc, probs)] == ["Zorro"]


@pytest.mark.parametrize(
    "word",
    [
        "Servus",
        "VAT",
        "Oma",
        "Herr",
        "and",
        "Festnetz",
        "Landline",
        "SSN",
        "Kennzeichen",
        "Kundennummer",
        "Schülerin",  # "meine Tochter Emily-Sophie (Schülerin, ...)": the model read a person
        "BLZ",
        "rider",  # "Ordered via Deliveroo, rider was called Abdi"
        "Landgericht",  # an office named by its kind alone: "beim Landgericht"
        "Eurer",  # "in Eurer Filiale in der Schildergasse": the model read a place
    ],
)
def test_a_lone_greeting_closing_or_field_label_is_no_entity(detector, word):
    from anonymizer.detect.tokens import encode
    from anonymizer.schema import TAG2ID

    text = f"{word} Zorro und"  # a greeting or field label tagged as an entity of its own
    enc = encode(detector.tokenizer, [text])[0]
    assert len(enc) == 3
    probs = np.zeros((len(enc), len(detector.bundle.labels)), np.float32)
    for row, tag in enumerate(["B-PERSON", "B-PERSON", "O"]):
        probs[row, TAG2ID[tag]] = 1.0
    assert [text[e.start : e.end] for e in detector._decode(text, enc, probs)] == ["Zorro"]


def test_token_offsets_skip_leading_whitespace_runs():
    from tokenizers import Regex, Tokenizer, models, pre_tokenizers

    from anonymizer.detect.tokens import encode

    tok = Tokenizer(models.WordLevel({"<unk>": 0, "a": 1}, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Split(Regex(r"\s*\S+"), behavior="isolated")
    text = "a" + " " * 12 + "a \u3000a"
    enc = encode(tok, [text])[0]
    assert [text[s:e] for s, e in enc.offsets.tolist()] == ["a", "a", "a"]


def test_bundle_threshold_is_the_default_and_an_argument_overrides_it(planted_bundle, tmp_path):
    import json
    import shutil

    from anonymizer.detect.tokens import encode
    from anonymizer.schema import TAG2ID

    copy = tmp_path / "b"
    shutil.copytree(planted_bundle, copy)
    cfg = json.loads((copy / "config.json").read_text())
    (copy / "config.json").write_text(json.dumps({**cfg, "threshold": 0.3}))
    bundle = Bundle.load(copy)
    text = "Hallo Zorro und"
    enc = None
    for det, found in [(OnnxDetector(bundle), True), (OnnxDetector(bundle, threshold=0.5), False)]:
        enc = enc or encode(det.tokenizer, [text])[0]
        probs = np.zeros((len(enc), len(bundle.labels)), np.float32)
        probs[:, TAG2ID["O"]] = 1.0
        probs[1] = 0.0
        probs[1, TAG2ID["B-PERSON"]], probs[1, TAG2ID["O"]] = 0.4, 0.6  # between 0.3 and 0.5
        assert bool(det._decode(text, enc, probs)) is found


def test_auto_batch_size_runs_int8_windows_alone_on_cpu(planted_bundle):
    from anonymizer.detect.onnx import auto_batch_size

    bundle = Bundle.load(planted_bundle)
    assert OnnxDetector(bundle).batch_size == (1 if bundle.config.quantized else 32)
    assert OnnxDetector(bundle, batch_size=5).batch_size == 5
    bundle.config.quantized = True
    assert auto_batch_size(bundle, "CPUExecutionProvider") == 1
    assert auto_batch_size(bundle, "CUDAExecutionProvider") == 32
    bundle.config.quantized = False
    assert auto_batch_size(bundle, "CPUExecutionProvider") == 32


def test_parallel_model_calls_give_the_results_of_one_caller(planted_bundle):
    bundle = Bundle.load(planted_bundle)
    texts = [f"Text {i}: hello {PLANTED} und the word . " * (1 + i % 9) for i in range(40)]
    one = OnnxDetector(bundle, batch_size=1, threads=1)
    three = OnnxDetector(bundle, batch_size=1, threads=3)
    assert (one.callers, three.callers) == (1, 3)
    found = one.detect_batch(texts)
    assert all(found) and three.detect_batch(texts) == found  # same spans, same scores, in order


def test_canonical_word_split_reads_a_name_glued_to_punctuation(planted_bundle, tmp_path):
    import json
    import shutil

    from anonymizer.bundle import BundleError
    from anonymizer.detect.tokens import Encoded
    from anonymizer.schema import TAG2ID

    text = "Hallo (Zorro, und"
    # One whitespace word "(Zorro," in three sub-tokens, as a Metaspace tokenizer cuts it.
    enc = Encoded(
        np.arange(5),
        np.array([[0, 5], [6, 7], [7, 12], [12, 13], [14, 17]]),
        np.array([0, 1, 1, 1, 2]),
    )
    probs = np.zeros((5, len(TAG2ID)), np.float32)
    probs[:, TAG2ID["O"]] = 1.0
    probs[2] = 0.0
    probs[2, TAG2ID["B-PERSON"]] = 1.0  # only the name's own sub-token says PERSON
    found = {}
    for split in ("pretokenizer", "canonical", "spaces"):
        copy = tmp_path / split
        shutil.copytree(planted_bundle, copy)
        cfg = json.loads((copy / "config.json").read_text())
        (copy / "config.json").write_text(json.dumps({**cfg, "word_split": split}))
        if split == "spaces":
            with pytest.raises(BundleError, match="word_split must be one of"):
                Bundle.load(copy)
            continue
        det = OnnxDetector(Bundle.load(copy))
        found[split] = [(text[e.start : e.end], e.label) for e in det._decode(text, enc, probs)]
    assert found == {"pretokenizer": [], "canonical": [("Zorro", "PERSON")]}


@pytest.mark.parametrize("label", ["PERSON", "ORGANIZATION"])
@pytest.mark.parametrize("pronoun", ["Euer", "My"])
def test_a_pronoun_opening_a_person_is_no_part_of_the_name(detector, label, pronoun):
    from anonymizer.detect.tokens import encode
    from anonymizer.schema import TAG2ID

    # "Grüße, Euer Xaver" became "Grüße, Mary Conradi", "My Alexa keeps" "Melanie Sandoval keeps"
    text = f"{pronoun} Zorro und"
    enc = encode(detector.tokenizer, [text])[0]
    probs = np.zeros((len(enc), len(detector.bundle.labels)), np.float32)
    for row, tag in enumerate([f"B-{label}", f"I-{label}", "O"]):
        probs[row, TAG2ID[tag]] = 1.0
    spans = [text[e.start : e.end] for e in detector._decode(text, enc, probs)]
    assert spans == (["Zorro"] if label == "PERSON" else [f"{pronoun} Zorro"])  # "Unser Bäcker"


@pytest.mark.parametrize(("word", "kept"), [("passport", False), ("Passport", True)])
def test_one_lower_case_everyday_word_is_no_address(detector, word, kept):
    from anonymizer.detect.tokens import encode
    from anonymizer.schema import TAG2ID

    text = f"my {word} 533380006"  # "passport" read as an ADDRESS became "springville"
    enc = encode(detector.tokenizer, [text])[0]
    probs = np.zeros((len(enc), len(detector.bundle.labels)), np.float32)
    probs[:, TAG2ID["O"]] = 1.0
    word_tokens = [i for i, (s, e) in enumerate(enc.offsets) if 3 <= s and e <= 3 + len(word)]
    for n, row in enumerate(word_tokens):
        probs[row] = 0.0
        probs[row, TAG2ID["B-ADDRESS" if n == 0 else "I-ADDRESS"]] = 1.0
    spans = [text[e.start : e.end] for e in detector._decode(text, enc, probs)]
    assert spans == ([word] if kept else [])


@pytest.mark.parametrize(("label", "kept"), [("PHONE", False), ("PERSON", False), ("DATE", True)])
def test_a_chat_logs_clock_time_is_a_date_or_nothing(detector, label, kept):
    from anonymizer.detect.tokens import encode
    from anonymizer.schema import TAG2ID

    text = "[09:16] Sandra: hi"  # "[09:16]" read as a PHONE became "[08:99]"
    enc = encode(detector.tokenizer, [text])[0]
    probs = np.zeros((len(enc), len(detector.bundle.labels)), np.float32)
    probs[:, TAG2ID["O"]] = 1.0
    time_tokens = [i for i, (s, e) in enumerate(enc.offsets) if 1 <= s and e <= 6]
    for n, row in enumerate(time_tokens):
        probs[row] = 0.0
        probs[row, TAG2ID[f"{'B' if n == 0 else 'I'}-{label}"]] = 1.0
    spans = [text[e.start : e.end] for e in detector._decode(text, enc, probs)]
    assert spans == (["09:16"] if kept else [])
