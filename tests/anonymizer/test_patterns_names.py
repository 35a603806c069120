"""patterns_names: listed first names after a role noun or an introduction."""

from __future__ import annotations

import pytest

from anonymizer import Anonymizer
from anonymizer.detect.patterns import PatternDetector, find_person_names
from anonymizer.detect.patterns_names import find_context_names, find_titled_names
from anonymizer.detect.patterns_names_fields import find_field_names, find_speaker_names
from anonymizer.name_lists import name_lists


def found(text: str) -> list[str]:
    return [text[s:e] for s, e, label, _ in find_context_names(text) if label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Euer Paketbote Kemal ist total freundlich.", ["Kemal"]),
        # in quotes: the model left "Weber" of "Mein Name ist "Jonas Weber""
        ('Mein Name ist "Jonas Weber", danke.', ["Jonas Weber"]),
        ("Der Fahrer „Kemal“ war nett.", ["Kemal"]),
        ('a guy called "Dave" hung up on me', ["Dave"]),
        # a name no list knows in brackets after a role and its staff number
        ("Driver no. 4471 (Gurpreet) took a wrong turn.", ["Gurpreet"]),
        ("Der Kellner Giuseppe hat uns 20 Minuten warten lassen.", ["Giuseppe"]),
        ("Danke an Kollegin Agnieszka Nowak für die Hilfe.", ["Agnieszka Nowak"]),
        ("Ich heiße Ngozi und brauche eine Rechnung.", ["Ngozi"]),
        ("Mein Sohn Hans-Joachim hat das Paket angenommen.", ["Hans-Joachim"]),
        # a name between commas after a role (an apposition); "Tunde" no list knows
        ("Our driver Tunde was late, but the waiter, Carlos, apologised.", ["Carlos"]),
        ("Unser Fahrer, Kemal, war nett. Danke an die Kollegin, Jana.", ["Kemal", "Jana"]),
        # after an English role in lower case, a name no list knows too (it was left)
        ("The nurse, Precious, and the doctor were great.", ["Precious"]),
        ("My name is Priya, and the technician Mehmet fixed it.", ["Priya", "Mehmet"]),
        ("a lady called Siobhan answered the phone", ["Siobhan"]),
        ("The technician (Mehmet, I believe) was lovely.", ["Mehmet"]),
        ("Die Kollegin ( Svenja ) rief zurück.", ["Svenja"]),
        ("Spoke with agent #4471 (Jasmine) twice.", ["Jasmine"]),  # a staff number between
        ("Mitarbeiter Nr. 12 (Sandra) war nett.", ["Sandra"]),
        ("Exclusive: Rep. Steve talks", ["Steve"]),  # the dot of an abbreviated role
        ("Meine Mandantin Agnieszka hat angerufen.", ["Agnieszka"]),  # clients and tenants too
    ],
)
def test_listed_first_names_after_a_context(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Kemal rief gestern an.",  # a name without context is the model's to find
        "Die Rose im Garten blüht, sagte die Nachbarin.",  # a listed name, no context
        "Ich bin die Neue im Team.",  # context, but no list knows the word
        "This is June 5th, the manager will call.",  # months are not names; lower case is not
        "Die Mitarbeiterin Ihres Hauses war freundlich.",
        "Please ask the agent mehmet again.",  # lower case is left to the model
        "Ask for my name (Priya) at the desk.",  # a bracket only after a role
        "I called the manager, Will you help?",  # a comma after a role closes an apposition
        "Der Kellner, Italiener, war nett.",  # a German role: a noun, capitalised, may follow
        "our driver, DPD, left it",  # capitals: a firm's code
        # a sentence ends after the role; a possessive opens the next ("My" is a listed name)
        "Since 2019 I became your customer. Hope it works now.",
        "Hi, My old monitor broke.",
        "Patient DOB: 07/14/1952",  # a field label ("Dob" is listed): it became "WILLIE"
        "the driver (Amazon) was late",  # without a staff number: the firm, perhaps
        "Fahrer Nr. 33 (Unternehmer) kam nie",  # a German word
    ],
)
def test_no_name_without_context_and_list(text: str) -> None:
    assert found(text) == []


def test_surnames_join_only_when_listed_and_adjacent() -> None:
    assert found("Kollegin Agnieszka Nowak rief an.") == ["Agnieszka Nowak"]
    assert found("Kollegin Agnieszka, Nowak rief an.") == ["Agnieszka"]
    assert found("Kollegin Agnieszka Bescheid gesagt.") == ["Agnieszka"]


def test_name_lists_cover_many_origins() -> None:
    firsts, lasts = name_lists()
    for name in ("kemal", "agnieszka", "ngozi", "giuseppe", "priya", "jonas"):
        assert name in firsts
    assert {"nowak", "yilmaz", "mueller"} <= lasts


def test_pattern_detector_reports_person_and_respects_labels() -> None:
    text = "Der Paketbote Kemal brachte das Paket, Mail an a.b@example.de."
    ents = PatternDetector().detect(text)
    assert [(text[e.start : e.end], e.label, e.source) for e in ents if e.label == "PERSON"] == [
        ("Kemal", "PERSON", "pattern")
    ]
    assert all(e.label != "PERSON" for e in PatternDetector(labels=["EMAIL"]).detect(text))


def test_patterns_only_anonymizer_replaces_the_name_and_keeps_the_role() -> None:
    a = Anonymizer(None, key=b"test-key-0123456789abcdef")
    out = a.anonymize("Euer Paketbote Kemal ist total freundlich.").text
    assert out.startswith("Euer Paketbote ") and "Kemal" not in out
    assert out.endswith(" ist total freundlich.")


def titled(text: str) -> list[str]:
    return [text[s:e] for s, e, _, _ in find_titled_names(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Meine Mutter, Herrn Fronia, war begeistert.", ["Fronia"]),  # no list knows Fronia
        ("The courier left it with Mr. Prostak next door.", ["Prostak"]),
        ("Der Techniker,Hr. Uche, war pünktlich.", ["Uche"]),
        ("Meine Mutter, Fr. Dr. Ojo, war begeistert.", ["Ojo"]),
        ("Sehr geehrte Frau Prof. Dr. med. Schulze,", ["Schulze"]),
        ("Herr von der Leyen und Frau de la Cruz", ["von der Leyen", "de la Cruz"]),
        ("Mr. And Mrs. Smith", ["Smith"]),
        ("Danke an Fr. Schulze und Hr. Uche.", ["Schulze", "Uche"]),
        ("Frau Agnieszka Nowak rief an.", ["Agnieszka Nowak"]),
        # after a listed first name the next capitalised word is the surname, listed or not
        ("Kundin: Frau Dr. Annegret Schulte-Vennbur, bitte", ["Annegret Schulte-Vennbur"]),
        ("Mr. Tobias And Mrs. Smith", ["Tobias", "Smith"]),  # not a function word
        ("Herr Prof. Klaus-Dieter von Hohenfels schrieb", ["Klaus-Dieter von Hohenfels"]),
        ("Herr Prof. Dr. Dr. h.c. Sigrun Wöllerstein", ["Sigrun Wöllerstein"]),  # honoris causa
        ("Frau Anna von der Hotline war nett.", ["Anna"]),  # an article: a department follows
        # chat in lower case: a word a name list knows
        ("hab mit frau yilmaz gesprochen", ["yilmaz"]),
        ("talked to mr johnson yesterday", ["johnson"]),
        ("frau anna schmidt von der buchhaltung", ["anna schmidt"]),
        ("Herr müller hat nie zurückgerufen", ["müller"]),
        # a birth name after "geb." or "née", when a list knows it
        ("Maria Schmidt geb. Weber, wohnhaft in Kiel", ["Weber"]),
        ("Mrs. Anna Clarke (née Patel)", ["Anna Clarke", "Patel"]),
    ],
)
def test_names_after_a_form_of_address(text: str, names: list[str]) -> None:
    assert titled(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "meine Frau Angst hatte",  # the wife, and Angst is no listed name
        "Ich habe der Frau Bescheid gesagt.",
        "Herr Doktor, Frau Kollegin, Herr Bürgermeister, Mr. President",  # offices, roles
        "mit der netten Frau von der Hotline telefoniert",  # "von der Bohlander"
        "Die Hotline wurde der Flut an Anrufen nicht Herr der Situation.",
        "got my refund fr Amazon today",  # "fr" is "from"; abbreviations need capitals
        "12 Oak Dr Springfield",  # Drive
        "I Miss Football so much",  # "Miss" needs a listed name
        "am Fr. Nachmittag und Mo. bis Fr. Geschlossen",  # Freitag
        "die frau am schalter war unfreundlich",  # lower case: no list knows the word
        "herr der ringe kam kaputt an, frau doktor",
        "meine frau braun gebrannt",  # lower case after an article: the wife
        "i use ms office",  # "ms" in lower case is no form of address
        "Die geb. Ausgabe kam beschädigt an",  # "gebunden": a hardcover
        "geb. 12.05.1958 in Köln",
    ],
)
def test_no_name_after_a_title_that_is_not_one(text: str) -> None:
    assert titled(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Moin Traute,\n\ndie Lieferung kam nicht.", ["Traute"]),
        ("Mega Service, danke Callum!", ["Callum"]),
        ("shoutout to Priya at the front desk", ["Priya"]),
        ("I bins nochmal,Rochus. Die Beratung war gut.", ["Rochus"]),
        ("Alles gut.\n\nViele Grüße,\nComfort Oyekan", ["Comfort Oyekan"]),
        ("Your colleague عبدالله was super helpful.", ["عبدالله"]),
        ("Hey Alexa, play music. Hallo Welt.", []),  # a wake word; no list knows Welt
        # a signature line: the capitalised word after the first name is its surname
        ("Beste Grüße\nKsawery Trzpil-Wąs, Einkauf", ["Ksawery Trzpil-Wąs"]),
        ("Thanks\nDave Great service overall", ["Dave"]),  # the line goes on: no surname
    ],
)
def test_listed_first_names_after_greetings_thanks_and_closings(
    text: str, names: list[str]
) -> None:
    assert found(text) == names


def test_chat_speakers_are_listed_first_names_opening_a_line_before_a_colon() -> None:
    text = "Kunde: geht nicht\nAbeni: Okay, danke.\nClifford Smith (Support): I see\nMontag: zu"
    assert [text[s:e] for s, e, _, _ in find_speaker_names(text)] == ["Abeni", "Clifford Smith"]
    assert find_speaker_names("Mark:10 Uhr\nHinweis: bitte warten") == []
    # a field label in capitals is an abbreviation, though "Vin" is a nickname of Vincent
    assert find_speaker_names("VIN: 1HGCM82633A004352, the car was serviced in Denver") == []
    # a field label that a name list also knows (Iban is a first name) names no speaker
    assert find_speaker_names("IBAN: GB33 BUKB 2020 1555 5555 55\nTel: 030 1234567") == []
    # a post's addendum ("Edit" is a Hungarian given name)
    assert find_speaker_names("Alles gut.\nEdit: Problem gelöst, danke.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Beleg 2231, Kundin: Emine Karaca-Oduya, Filiale Nord", ["Emine Karaca-Oduya"]),
        ("Karteninhaber: Wojciech Brzęk\nBetrag: 12 Euro", ["Wojciech Brzęk"]),
        ("---\nVon: Ingeborg Tasch <i.t@example.org>\nBetreff: Reklamation", ["Ingeborg Tasch"]),
        ("Account holder: Fiona (joint account)", ["Fiona"]),
        # a mail header's display name in quotes
        ('From: "Dave O\'Brien" <dave.ob@example.com>', ["Dave O'Brien"]),
        ("Von: „Jonas Becker“ <j.b@example.de>", ["Jonas Becker"]),
        ('From: "Customer Service" <cs@example.com>', []),
        ("Customer: Can you send it again?\nAgent: Will do.", []),  # a chat line, not a field
        ("Name: Rose garden voucher", []),  # the value is more than a name
        ("Kunde: Gloria Wuppertal Nord Ost", []),  # four capitalised words: not just a name
        ("Hinweis: Mia", []),  # not a name field
        # family name first: the model found "Julia" and left "Weber"
        ("Von: Weber, Julia <j.weber@firma.de>\nGesendet: Dienstag", ["Weber, Julia"]),
        ("Kunde: Neu, seit 2020", []),  # no listed first name after the comma
        # a record's header: the next field after two spaces ("DOE" was left)
        ("Patient: DOE, JANE  MRN: 00482913  DOB: 04/17/1962", ["DOE, JANE"]),
        ("Patient name: OKONKWO, CHIDI", ["OKONKWO, CHIDI"]),  # no list knows "Chidi"
        ("Customer: Can  you email that?", []),  # two spaces, but no field after them
        ("Kunde: Meier, Hamburg", []),  # a town after the comma
    ],
)
def test_form_and_header_fields_that_hold_a_name(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e, _, _ in find_field_names(text)] == names


def test_find_person_names_joins_the_rules() -> None:
    text = "Abeni: Herr Fronia sagt, der Kellner Giuseppe kommt.\nKundin: Ottilie"
    spans = {text[s:e] for s, e, _, _ in find_person_names(text)}  # two rules may find one
    assert sorted(spans) == ["Abeni", "Fronia", "Giuseppe", "Ottilie"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # it was left readable; the title is in the span, or the model's company over the name
        # left it over as one ("WILLIAMS/SARAH MRS": "MRS" became "BPU")
        ("Passenger: SMITH/JOHN MR, seat 23A", ["SMITH/JOHN MR"]),
        (
            "MUELLER/ANNA MARIA MRS und MUELLER/TOM MSTR",
            ["MUELLER/ANNA MARIA MRS", "MUELLER/TOM MSTR"],
        ),
        ("Name: NOWAK/EWA", ["NOWAK/EWA"]),  # no title: both names listed
        ("Flight FRA/ORD, AND/OR, CEO/CFO", []),
    ],
)
def test_airline_names(text: str, names: list[str]) -> None:
    from anonymizer.detect.patterns_names_fields import find_airline_names

    assert [text[s:e] for s, e, _, _ in find_airline_names(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Brief an Herrn Bürgermeister Prof. Habicht, seit Monaten", ["Habicht"]),  # was left
        ("Frau Ministerin Schulze-Adebayo hat geantwortet.", ["Schulze-Adebayo"]),
        ("Herr Studienrat Böhm war da.", ["Böhm"]),
        ("Brief an Herrn Bürgermeister, seit Monaten", []),  # the office alone
    ],
)
def test_an_office_or_rank_between_title_and_name(text: str, names: list[str]) -> None:
    assert titled(text) == names
