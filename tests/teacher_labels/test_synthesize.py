"""Offline synthesis: determinism, validity, span values per label, negatives, dedup, frames."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban, luhn

from anonymizer.name_lists import _lexicon_providers, provider_names
from anonymizer.records import read_manifest, read_records, validate_record
from anonymizer.schema import LABELS
from teacher_labels.synthesize import synthesize, synthesize_to_file
from teacher_labels.synthesize.dedup import Deduper, near_dup_key
from teacher_labels.synthesize.langdata import FRAMES_DIR, count_frames, load_lang

EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$", re.I)
PHONE_REGIONS = {"de": ["DE"], "en": ["US", "GB"]}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return list(synthesize(400, seed=11))


def _span_texts(records: list[dict], label: str) -> list[tuple[str, str]]:
    return [
        (r["text"][s["start"] : s["end"]], r["lang"])
        for r in records
        for s in r["spans"]
        if s["label"] == label
    ]


def parses_as_date(text: str, cfg: dict) -> bool:
    """True when the text reads as a calendar date (month names from the language's data)."""
    low = text.lower()
    month = None
    for names in (cfg["months"], cfg["months_abbr"]):
        for i, name in sorted(enumerate(names, 1), key=lambda x: -len(x[1])):
            if name.lower().rstrip(".") in low:
                month, low = i, low.replace(name.lower().rstrip("."), " ")
                break
        if month:
            break
    nums = [int(n) for n in re.findall(r"\d+", low)]
    if month:
        candidates = [(2024 if len(nums) == 1 else nums[1], month, nums[0])]
    elif len(nums) == 3:
        a, b, c = nums
        candidates = [(c, b, a), (c, a, b), (a, b, c)]
    else:
        return False
    for y, m, d in candidates:
        try:
            dt.date(y + 2000 if y < 100 else y, m, d)
            return True
        except ValueError:
            continue
    return False


def test_same_seed_same_output_and_different_seed_differs():
    first = list(synthesize(60, seed=3))
    assert first == list(synthesize(60, seed=3))
    other = list(synthesize(60, seed=4))
    assert [r["text"] for r in first] != [r["text"] for r in other]


def test_every_record_is_valid_with_unique_ids(records):
    assert len(records) == 400
    assert all(validate_record(r) == [] for r in records)
    assert len({r["id"] for r in records}) == 400
    assert {r["lang"] for r in records} == {"de", "en"}


def test_spans_are_trimmed_and_persons_record_name_origin(records):
    origins = Counter()
    for r in records:
        for s in r["spans"]:
            value = r["text"][s["start"] : s["end"]]
            assert value == value.strip() and value, (r["id"], s["label"])
            if s["label"] == "PERSON":
                assert s["name_origin"] in load_lang(r["lang"]).config["name_locales"]
                origins[s["name_origin"]] += 1
    assert len(origins) >= 6  # names drawn from several locales


def test_both_languages_draw_every_name_origin_of_the_bias_check():
    # German frames drew no Nigerian English names, the bias check's worst group in them
    script = (Path(__file__).parents[2] / "scripts" / "prepare_data.sh").read_text()
    origins = set(re.search(r"for origin in ([\w ]+); do", script).group(1).split())
    assert len(origins) == 10
    for lang in ("de", "en"):
        assert origins <= set(load_lang(lang).config["name_locales"]), lang


def _masked(record: dict) -> str:
    """The text with every span replaced by its label."""
    text = record["text"]
    for s in sorted(record["spans"], key=lambda s: -s["start"]):
        text = f"{text[: s['start']]}<{s['label']}>{text[s['end'] :]}"
    return text


def test_name_origin_swaps_only_the_names():
    turkish = list(synthesize(80, seed=5, name_origin="tr_TR"))
    vietnamese = list(synthesize(80, seed=5, name_origin="vi_VN"))
    persons = [s for r in turkish for s in r["spans"] if s["label"] == "PERSON"]
    assert len(persons) > 20 and {s["name_origin"] for s in persons} == {"tr_TR"}
    assert [_masked(r) for r in turkish] == [_masked(r) for r in vietnamese]
    assert [r["text"] for r in turkish] != [r["text"] for r in vietnamese]
    assert turkish[0]["id"].startswith(f"syn-{turkish[0]['lang']}-tr_TR-")
    with pytest.raises(ValueError, match="unknown locale 'xx_XX'"):
        next(synthesize(1, name_origin="xx_XX"))


def test_label_values_are_valid(records):
    ibans = _span_texts(records, "IBAN")
    cards = _span_texts(records, "CREDIT_CARD")
    emails = _span_texts(records, "EMAIL")
    assert ibans and cards and emails
    assert all(iban.is_valid(v) for v, _ in ibans)
    assert all(luhn.is_valid(re.sub(r"\D", "", v)) for v, _ in cards)
    assert all(EMAIL_RE.match(v) for v, _ in emails)


def test_dates_parse(records):
    dates = _span_texts(records, "DATE")
    assert dates
    for value, lang in dates:
        assert parses_as_date(value, load_lang(lang).config), (lang, len(value))


def test_phones_parse(records):
    phones = _span_texts(records, "PHONE")
    assert phones
    for value, lang in phones:
        nums = [phonenumbers.parse(value, reg) for reg in PHONE_REGIONS[lang]]
        assert any(phonenumbers.is_possible_number(n) for n in nums), lang


def test_all_labels_and_genres_occur(records):
    labels = {s["label"] for r in records for s in r["spans"]}
    assert len(labels) == 12
    genres = {r["genre"] for r in records}
    assert {"complaint", "praise", "support", "email", "chat", "survey", "review"} <= genres
    chat = [r["text"] for r in records if r["genre"] == "chat" and not r["negative"]]
    assert any("\n" in t and ":" in t for t in chat)


def test_hard_negatives_have_no_spans_and_follow_the_share(records):
    negatives = [r for r in records if r["negative"]]
    assert 20 <= len(negatives) <= 100  # 15 % of 400, with sampling slack
    assert all(r["spans"] == [] for r in negatives)
    assert all(r["spans"] for r in records if not r["negative"])
    assert all(r["spans"] == [] for r in synthesize(30, seed=1, negatives=1.0))
    assert all(r["spans"] for r in synthesize(30, seed=1, negatives=0.0))


def test_near_duplicates_are_removed():
    d = Deduper()
    assert d.add("Order 123 arrived, thanks!")
    assert not d.add("order 987   arrived thanks")
    assert d.add("Order 123 never arrived")
    assert d.removed == 1
    recs = list(synthesize(300, langs=("en",), seed=5, negatives=0.6))
    keys = [near_dup_key(r["text"]) for r in recs]
    assert len(set(keys)) == len(keys)


def test_frames_per_language_are_in_the_hundreds():
    for lang in ("de", "en"):
        lines = [
            line
            for p in sorted((FRAMES_DIR / lang).glob("*.txt"))
            for line in p.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ]
        assert len(lines) == count_frames(lang) >= 300


def test_synthesize_to_file_writes_records_and_manifest(tmp_path: Path):
    out = tmp_path / "syn.jsonl"
    manifest = synthesize_to_file(out, 120, seed=2)
    recs = list(read_records(out))
    assert len(recs) == 120 == manifest["records"]
    assert manifest == read_manifest(out)
    assert manifest["mode"] == "offline" and manifest["seed"] == 2
    labels = Counter(s["label"] for r in recs for s in r["spans"])
    assert manifest["counts"]["labels"] == dict(labels)
    assert manifest["labels"] == list(LABELS)
    assert manifest["counts"]["languages"] == dict(Counter(r["lang"] for r in recs))
    per = manifest["label_by_language"]
    assert sum(n for lab in per.values() for n in lab.values()) == sum(labels.values())
    assert manifest["hard_negatives"] == sum(1 for r in recs if r["negative"])
    assert "duplicates_removed" in manifest


def test_bad_arguments_fail_clearly():
    with pytest.raises(ValueError, match="unknown mode"):
        next(synthesize(1, mode="magic"))
    with pytest.raises(ValueError, match="available"):
        next(synthesize(1, langs=("xx",)))
    with pytest.raises(ValueError, match="needs a client"):
        next(synthesize(1, mode="llm"))


def test_opt_in_genre_is_drawn_only_when_asked(records):
    assert "mention" not in {r["genre"] for r in records}  # weight 0: never by default
    asked = list(synthesize(60, seed=5, genres=["mention"]))
    assert {r["genre"] for r in asked} == {"mention"}
    assert all(r["id"].startswith(f"syn-{r['lang']}-mention-") for r in asked)
    # German first names after an article ("die Sabine", "dem Kevin"), the article unlabelled
    after_article = [
        r["text"][s["start"] : s["end"]]
        for r in asked
        if r["lang"] == "de"
        for s in r["spans"]
        if s["label"] == "PERSON" and r["text"][: s["start"]].lower().endswith(ARTICLES)
    ]
    firsts = {n.casefold() for p in _lexicon_providers() for n in provider_first_names(p)}
    assert after_article and all(name.casefold() in firsts for name in after_article)


def provider_first_names(provider) -> list[str]:
    attrs = ("first_names", "first_names_male", "first_names_female")
    return [n for attr in attrs for n in provider_names(provider, attr)]


ARTICLES = ("der ", "die ", "den ", "dem ")


def test_unknown_genre_fails_with_the_known_ones():
    with pytest.raises(ValueError, match=r"unknown genres \['memo'\].*'mention'"):
        list(synthesize(1, genres=["memo"]))
