import pytest

from anonymizer import Anonymizer, Entity
from anonymizer.bundle import Bundle
from tests.conftest import PLANTED

KEY = "test-key-0123456789abcdef"


@pytest.fixture(scope="module")
def anon(planted_bundle):
    return Anonymizer.load(planted_bundle, key=KEY, batch_size=4)


def test_detect_merges_model_and_patterns(anon):
    text = f"Hallo {PLANTED}, schreib an zorro@example.org"
    ents = anon.detect(text)
    assert [(text[e.start : e.end], e.label, e.source) for e in ents] == [
        (PLANTED, "PERSON", "model"),
        ("zorro@example.org", "EMAIL", "pattern"),
    ]
    assert all(isinstance(e, Entity) for e in ents)


def test_anonymize_replaces_and_reports_offsets(anon):
    text = f"Hallo {PLANTED}, mail zorro@example.org bitte."
    r = anon.anonymize(text)
    assert PLANTED not in r.text and "zorro@example.org" not in r.text
    for rep in r.entities:
        assert r.text[rep.out_start : rep.out_end] == rep.replacement
        assert rep.replacement != text[rep.entity.start : rep.entity.end]
    assert r.text.startswith("Hallo ") and r.text.endswith(" bitte.")


def test_invisible_characters_inside_a_name_do_not_hide_it(anon):
    # a soft hyphen or zero-width space from a web form split the name for the model
    plain = anon.anonymize(f"Hallo {PLANTED} und").text
    for mark in ("\u00ad", "\u200b"):
        text = f"Hallo {PLANTED[:3]}{mark}{PLANTED[3:]} und"
        r = anon.anonymize(text)
        assert [text[x.entity.start : x.entity.end] for x in r.entities] == [text[6:12]]
        assert r.text == plain


def test_batch_and_stream_match_single_calls(anon):
    texts = [f"{PLANTED} und hello", "nichts", f"mail a.b@example.com, {PLANTED}"] * 3
    single = [anon.anonymize(t).text for t in texts]
    assert [r.text for r in anon.anonymize_batch(texts)] == single
    stream = anon.anonymize_stream(iter(texts), batch_size=2)
    assert [r.text for r in stream] == single


def test_stream_takes_chunks_by_characters_by_default(anon, monkeypatch):
    from anonymizer import api

    texts = [f"{PLANTED} und hello", "nichts", f"mail a.b@example.com, {PLANTED}"] * 3
    monkeypatch.setattr(api, "CHUNK_CHARS", 40)
    sizes = []
    start = anon._start_records
    monkeypatch.setattr(anon, "_start_records", lambda recs: sizes.append(len(recs)) or start(recs))
    assert [r.text for r in anon.anonymize_stream(iter(texts))] == [
        anon.anonymize(t).text for t in texts
    ]
    assert sum(sizes) == len(texts) and 1 < len(sizes) < len(texts)


def test_same_key_same_surrogates_across_instances(planted_bundle):
    text = f"{PLANTED} schrieb an zorro@example.org, IBAN DE89370400440532013000"
    a = Anonymizer.load(planted_bundle, key=KEY).anonymize(text).text
    b = Anonymizer.load(planted_bundle, key=KEY).anonymize(text).text
    c = Anonymizer.load(planted_bundle, key=KEY + "other").anonymize(text).text
    assert a == b and a != c


def test_operator_per_label(planted_bundle):
    a = Anonymizer.load(planted_bundle, operators={"PERSON": "tag", "*": "mask"})
    r = a.anonymize(f"{PLANTED} an zorro@example.org, {PLANTED}!")
    assert r.text == "<PERSON_1> an *****************, <PERSON_1>!"


def test_patterns_only_without_bundle(caplog):
    a = Anonymizer(None, operators="redact")
    assert a.anonymize("IP 10.0.0.1 ok").text == "IP  ok"


def test_bundle_is_required_to_detect_model_labels(planted_bundle):
    a = Anonymizer(Bundle.load(planted_bundle), patterns=False, operators="tag")
    assert (
        a.anonymize(f"mail zorro@example.org {PLANTED}").text == "mail zorro@example.org <PERSON_1>"
    )


def test_non_string_input_is_rejected(anon):
    with pytest.raises(TypeError, match="text 1: expected str"):
        anon.detect_batch(["ok", 5])


def test_locale_controls_surrogates(planted_bundle):
    a = Anonymizer.load(planted_bundle, key=KEY, locale="de_DE")
    r = a.anonymize("Datum: 12. März 2024")
    assert r.entities and r.entities[0].entity.label == "DATE"
    months = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ]
    assert any(m in r.text for m in months)


def test_file_and_stream_jobs_shorten_the_switch_interval_while_they_run(anon, tmp_path):
    import sys

    from anonymizer.detect.switching import JOB_SWITCH_INTERVAL

    before = sys.getswitchinterval()
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "Hallo"}\n{"text": "Welt"}\n', encoding="utf-8")
    during_file = []
    anon.anonymize_file(
        src, tmp_path / "out.jsonl", progress=lambda n: during_file.append(sys.getswitchinterval())
    )
    stream = anon.anonymize_stream(iter(["a", "b"]), batch_size=1)
    next(stream)
    during_stream = sys.getswitchinterval()
    list(stream)
    assert during_file and max(during_file) <= JOB_SWITCH_INTERVAL < before
    assert during_stream <= JOB_SWITCH_INTERVAL
    assert sys.getswitchinterval() == before
