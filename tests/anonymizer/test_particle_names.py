"""particle_names: a PERSON ending in a name particle takes the family name after it."""

from __future__ import annotations

from anonymizer.detect.particle_names import names_across_particles
from anonymizer.schema import Entity


def _spans(text: str, *parts: tuple[str, str]) -> list[Entity]:
    out = []
    for value, label in parts:
        start = text.index(value)
        out.append(Entity(start, start + len(value), label, 0.8, "model"))
    return out


def _read(text: str, spans: list[Entity]) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in names_across_particles(text, spans)]


def test_the_family_name_an_organisation_opened_joins_the_person() -> None:
    # "Dr. med. Ursula von der Heyden, Praxis am Markt" became "Dr. med. Uschi von der Weimer
    # am Markt": "Heyden, Praxis" was an ORGANIZATION
    text = "Bitte Rückruf an Dr. med. Ursula von der Heyden, Praxis am Markt."
    spans = _spans(text, ("Dr. med. Ursula von", "PERSON"), ("Heyden, Praxis", "ORGANIZATION"))
    assert _read(text, spans) == [("Dr. med. Ursula von der Heyden", "PERSON")]


def test_what_the_other_span_holds_after_the_name_stays() -> None:
    text = "Gespräch mit Jo van den Berg Logistik GmbH heute"
    spans = _spans(text, ("Jo van", "PERSON"), ("Berg Logistik GmbH", "ORGANIZATION"))
    assert _read(text, spans) == [
        ("Jo van den Berg", "PERSON"),
        ("Logistik GmbH", "ORGANIZATION"),
    ]


def test_an_uncovered_family_name_joins_too() -> None:
    text = "Mit freundlichen Grüßen, Maria de la Cruz"
    assert _read(text, _spans(text, ("Maria de", "PERSON"))) == [("Maria de la Cruz", "PERSON")]


def test_no_particle_at_the_end_or_an_everyday_word_after_it_changes_nothing() -> None:
    text = "Kevin von der Hotline und Anna von Vodafone"
    spans = _spans(text, ("Kevin von", "PERSON"), ("Anna", "PERSON"), ("Vodafone", "ORGANIZATION"))
    assert _read(text, spans) == [
        ("Kevin von", "PERSON"),
        ("Anna", "PERSON"),
        ("Vodafone", "ORGANIZATION"),
    ]


def test_a_noun_after_the_particle_that_no_span_opens_and_no_list_knows_stays_out() -> None:
    text = "Frau Graf von der Stadtverwaltung war nett."
    assert _read(text, _spans(text, ("Graf von", "PERSON"))) == [("Graf von", "PERSON")]


def test_the_pipeline_replaces_the_whole_name_and_keeps_the_word_after_it() -> None:
    from anonymizer import Anonymizer

    an = Anonymizer.load(key=b"test-key-particles-0123456789")
    out = an.anonymize("Bitte Rückruf an Dr. med. Ursula von der Heyden, Praxis am Markt.").text
    assert "Heyden" not in out and "Ursula" not in out and ", Praxis am Markt." in out, out
