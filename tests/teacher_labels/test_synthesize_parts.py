"""Building blocks of synthesis: frame files, slot forms, checksummed values, noise."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from faker import Faker
from stdnum.de import idnr
from stdnum.de import vat as de_vat

from teacher_labels.synthesize.composer import join_segments
from teacher_labels.synthesize.fill import Filler, ascii_fold
from teacher_labels.synthesize.langdata import FrameError, _parse_frames, load_lang
from teacher_labels.synthesize.noise import add_noise
from teacher_labels.synthesize.values import checksummed, de_idnr, format_date


def test_german_tax_ids_and_vat_ids_pass_stdnum():
    rng = random.Random(0)
    assert all(idnr.is_valid(de_idnr(rng)) for _ in range(200))
    spec = load_lang("de").config["ids"]["vat"]
    fake = Faker("de_DE")
    assert all(de_vat.is_valid(checksummed(rng, fake, spec)) for _ in range(50))


def test_written_dates_use_month_names_from_the_language_data():
    day = dt.date(2024, 3, 12)
    assert format_date(day, "{d}. {month} {yyyy}", load_lang("de").config) == "12. März 2024"
    assert format_date(dt.date(2024, 3, 3), "{month} {d}{ord}", load_lang("en").config) == (
        "March 3rd"
    )


def test_salutation_is_outside_and_title_inside_the_person_span():
    data = load_lang("de")
    filler = Filler(random.Random(1), data)
    for _ in range(30):
        segs = filler.fill("PERSON", None, "formal")
        assert [s[1] for s in segs] == [None, "PERSON"]
        assert segs[0][0].strip() in sum(data.config["salutations"].values(), [])
    titled = filler.fill("PERSON", None, "title")
    assert titled[0][0].split()[0] in " ".join(data.config["titles"])


def test_refs_share_one_person_and_email_is_derived_from_the_name():
    filler = Filler(random.Random(2), load_lang("en"))
    for _ in range(20):
        filler.new_record()
        full = filler.fill("PERSON", "c", "full")[0][0]
        person = filler.people["c"]
        assert full == f"{person.first} {person.last}"
        assert filler.fill("PERSON", "c", "last")[0][0] == person.last
        email = filler.fill("EMAIL", "c", None)[0][0]
        if ascii_fold(person.last):
            local = email.split("@")[0]
            assert ascii_fold(person.last) in local or ascii_fold(person.first) in local


def test_noise_changes_only_unlabelled_text_except_case():
    segs = [("Ich habe nicht bekommen, was ", None, None), ("Jonas Weber", "PERSON", None)]
    segs += [(" versprochen hat. Wirklich nicht gut. Danke.", None, None)]
    cfg = load_lang("de").config
    changed = 0
    for seed in range(40):
        out = add_noise(segs, random.Random(seed), cfg, "informal", "heavy")
        assert [s[1] for s in out] == [s[1] for s in segs]
        assert out[1][0] in ("Jonas Weber", "jonas weber")
        changed += out[0][0] != segs[0][0] or out[2][0] != segs[2][0]
    assert changed > 30
    text, spans = join_segments(out)
    assert text[spans[0]["start"] : spans[0]["end"]].lower() == "jonas weber"


def test_frame_file_errors_name_file_and_line(tmp_path: Path):
    bad = tmp_path / "complaint.txt"
    bad.write_text("# comment\nHallo {PERSON:first}.\nMein {NAME} ist\n", encoding="utf-8")
    with pytest.raises(FrameError, match=r"complaint.txt:3: unknown slot \{NAME\}"):
        _parse_frames(bad, set())
    bad.write_text("Datum: {DATE:someday}\n", encoding="utf-8")
    with pytest.raises(FrameError, match="unknown form 'someday' for DATE"):
        _parse_frames(bad, set())
    bad.write_text("[i] Preis {price} und {\n", encoding="utf-8")
    with pytest.raises(FrameError, match="stray brace"):
        _parse_frames(bad, {"price"})


def test_register_tags_and_pii_flags_are_parsed(tmp_path: Path):
    p = tmp_path / "x.txt"
    p.write_text("[f] Sehr geehrte {PERSON:formal},\n[i] Hi {weekday}!\nHallo\\nDu\n", "utf-8")
    frames = _parse_frames(p, {"weekday"})
    assert [(f.register, f.has_pii) for f in frames] == [
        ("formal", True),
        ("informal", False),
        (None, False),
    ]
    assert frames[2].text == "Hallo\nDu"


def test_heldout_frames_never_reach_the_train_side():
    from teacher_labels.synthesize.langdata import load_lang

    data = load_lang("de")
    train, held = data.subset("train"), data.subset("heldout")
    big = max(data.sections, key=lambda s: len(data.sections[s]))
    t = {f.text for f in train.sections[big]}
    h = {f.text for f in held.sections[big]}
    assert t and h and not t & h and t | h == {f.text for f in data.sections[big]}
    assert 0.1 < len(h) / len(data.sections[big]) < 0.35


def test_synthesize_with_frame_sides_differs_and_is_valid():
    from anonymizer.records import validate_record
    from teacher_labels.synthesize import synthesize

    a = list(synthesize(40, seed=1, frames="train"))
    b = list(synthesize(40, seed=1, frames="heldout"))
    assert [r["text"] for r in a] != [r["text"] for r in b]
    assert all(validate_record(r) == [] for r in a + b)


def test_article_forms_put_a_gendered_article_outside_the_first_name():
    data = load_lang("de")
    filler = Filler(random.Random(3), data)
    for form in ("article", "article_acc", "article_dat"):
        for _ in range(20):
            filler.new_record()
            segs = filler.fill("PERSON", "c", form)
            person = filler.people["c"]
            assert segs == [
                (data.config["articles"][person.gender][form] + " ", None, None),
                (person.first, "PERSON", {"name_origin": person.origin}),
            ]


def test_article_forms_need_articles_in_the_language_data():
    from teacher_labels.synthesize.langdata import Frame, _check_articles

    frames = {"mention": [Frame("ask {PERSON:article_dat}", None, True)]}
    with pytest.raises(FrameError, match=r"frames/xx/mention.txt .* no \"articles\""):
        _check_articles("xx", {}, frames)
    _check_articles("xx", {"articles": {}}, frames)  # present: accepted
