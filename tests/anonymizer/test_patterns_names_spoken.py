"""patterns_names_spoken: listed first names after a German article ("der Dieter"), before
"hier"/"here" ("Carsten hier."), before a hedge ("Gert oder so"), alone in brackets ("(Gwen?)")
and lower case after a self-introduction ("ich bin die lena")."""

from __future__ import annotations

import pytest

from anonymizer.detect.patterns import PatternDetector
from anonymizer.detect.patterns_names_spoken import (
    find_article_names,
    find_booked_names,
    find_bracketed_names,
    find_hedged_names,
    find_here_names,
    find_introduced_names,
    find_lower_intro_names,
)


def found(text: str) -> list[str]:
    return [text[s:e] for s, e, label, _ in find_article_names(text) if label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Am Telefon war die Svenja total unfreundlich.", ["Svenja"]),
        ("Fragt am besten nach dem Kemal, der kennt sich aus.", ["Kemal"]),
        ("Der Jakub hat das Problem sofort gelöst.", ["Jakub"]),
        ("Zum Glück hat mir die Agnieszka Nowak weitergeholfen.", ["Agnieszka Nowak"]),
        ("Ich wollte eigentlich den Chukwuemeka sprechen.", ["Chukwuemeka"]),
    ],
)
def test_a_listed_first_name_after_an_article_is_a_person(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Leider war niemand in der Lage, mir zu helfen.",  # a noun that is also a listed name
        "Ich melde mich die Tage nochmal.",
        "Die TAN kam nie an.",  # capitals
        "Der Paketbote stand vor der Tür.",  # no listed first name
        "Die Studie wurde von dem Max Planck Institut bezahlt.",  # a longer proper name
        "die svenja hat geholfen",  # lower case is left to the model
    ],
)
def test_nouns_capitals_and_longer_proper_names_are_not_names(text: str) -> None:
    assert found(text) == []


def test_the_pattern_detector_runs_the_article_rule() -> None:
    text = "Leider konnte mir auch der Jörg nicht helfen."
    spans = [(text[e.start : e.end], e.label) for e in PatternDetector().detect(text)]
    assert ("Jörg", "PERSON") in spans


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hey Team, Carsten hier. Der Drucker spinnt.", ["Carsten"]),
        ("Hallo Team Carsten hier", ["Carsten"]),  # every word start is tried
        ("Hi all, Xenia here!", ["Xenia"]),
        ("Moin, Carla Xyzabc hier, kurze Frage", ["Carla Xyzabc"]),  # the word after it too
        ("Max hier ist er nicht.", []),  # "hier" does not end the phrase
        ("Alexa here.", []),  # a wake word
        ("Ich bin hier.", []),
    ],
)
def test_a_listed_first_name_before_hier_or_here_is_a_person(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e, _, _ in find_here_names(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Der Typ an der Hotline, Esengün oder so,hat aufgelegt.", ["Esengün"]),
        ("Die Dame hieß Almut Weber oder so ähnlich.", ["Almut Weber"]),
        ("a guy called Dave or something hung up on me", ["Dave"]),
        ("Ey der Typ von Hermes (Mehmet glaub ich) hat es geschmissen", ["Mehmet"]),
        ("the engineer, Kieran I think, said it was fine", ["Kieran"]),
        ("Das war Montag glaub ich", []),  # a weekday
        ("Ich will einen Gutschein oder so.", []),  # no listed name
        ("Das war im Mai oder so.", []),  # a month
        ("Wir fliegen nach Paris oder so.", []),  # a listed first name that is also a noun
        ("Gert, oder sonst wer", []),  # no hedge
    ],
)
def test_a_listed_first_name_the_writer_is_unsure_of_is_a_person(
    text: str, names: list[str]
) -> None:
    assert [text[s:e] for s, e, _, _ in find_hedged_names(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The lady at check-in (Gwen?) was wonderful.", ["Gwen"]),
        ("Die Kassiererin ( Colin ) war nett", ["Colin"]),
        ("Our office (INDIA) and the (Mark) and (Mittwoch) and (Gwen, Sam)", []),
        # a name before an age: "(Tobias, 34, aus Dortmund)", "(Lisa, 7)"
        ("Ich (Tobias, 34, aus Dortmund) bin enttäuscht.", ["Tobias"]),
        ("Meine Tochter (Lisa, 7 J.) hat geweint", ["Lisa"]),
        ("Filialen (Berlin, 12) und (Gwen, 2024)", []),  # no listed name; no age
        # names with ages in a list: "the kids (Mia 6, Noah 4)" were left
        ("We flew with the kids (Mia 6, Noah 4) and loved it.", ["Mia", "Noah"]),
        ("Unsere Enkel (Emma, 3 J., und Paul, 7 J.) fanden es toll.", ["Emma", "Paul"]),
        ("Zimmer 12 (2 Erw., 1 Kind 4 J.) und Flug (LH 400, Reihe 32)", []),
    ],
)
def test_a_listed_first_name_alone_in_brackets_is_a_person(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e, _, _ in find_bracketed_names(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("hi, ich bin die lena aus münchen und mein paket ist weg", ["lena"]),
        ("hallo mein name ist jürgen-peter, ich warte seit wochen", ["jürgen-peter"]),
        ("my name is kevin and nobody called me back", ["kevin"]),
        ("ich heisse tobias", ["tobias"]),
        ("wir wurden von einer dame namens ingrid bedient", ["ingrid"]),
        ("the guy named carlos was rude", ["carlos"]),
        ("hey its mike again, still no refund", ["mike"]),  # after a greeting: the writer
        ("hello, this is sarah from accounts", ["sarah"]),
        ("hi its me again", []),
        ("hi im back", []),
        ("a product named after its maker", []),  # no listed first name after it
        # not this rule's: capitalised names, and phrasings that precede more than names
        ("Ich bin die Lena", []),
        ("i'm lucky they called back", []),
        ("this is my last order", []),
        # a German noun or a cue word in a name's place
        ("ich bin der beste kunde", []),
        ("my name is my business", []),
    ],
)
def test_a_lower_case_first_name_after_a_self_introduction_is_a_person(
    text: str, names: list[str]
) -> None:
    assert [text[s:e] for s, e, _, _ in find_lower_intro_names(text)] == names


def test_the_pattern_detector_runs_the_lower_case_introduction_rule() -> None:
    text = "hi, ich bin die lena aus münchen"
    ents = PatternDetector().detect(text)
    assert [(text[e.start : e.end], e.label) for e in ents] == [("lena", "PERSON")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("bestellung auf den namen müller, jürgen", ["müller, jürgen"]),
        ("auf den Namen Jürgen Müller bestellt", ["Jürgen Müller"]),
        ("ist auf den Namen Schulze-Wittenberg angemeldet", ["Schulze-Wittenberg"]),
        ("Bestellung auf den Namen Herrn Özdemir", ["Özdemir"]),
        ("Tisch reserviert auf Schmidt für 4 Personen", ["Schmidt"]),
        ("The room was booked under the name Patel and", ["Patel"]),
        ("reserved under Nguyen Thi Lan.", ["Nguyen Thi Lan"]),
        # after "Namen" a capitalised word, after a verb alone only a listed name
        ("auf den Namen Müller Bestellnummer 123", ["Müller"]),
        ("reserviert auf Vorkasse", []),
        ("gebucht auf Rechnung", []),
        ("booked under pressure", []),
        ("unter dem Namen meiner Frau", []),
        ("booked under my name", []),
        ("registered under a different email", []),
        # words between the verb and "under"
        ("Booked through Expedia under Okafor, check-in was smooth", ["Okafor"]),
        ("booked a table for six under Fitzgerald", ["Fitzgerald"]),
        ("booked through the app under the name Nowak", ["Nowak"]),
        ("ordered a coat under 100 euros", []),
        # the writer's own name, listed or not ("Ümit" is in no Faker list)
        ("Ich heiße Ümit und habe eine Frage.", ["Ümit"]),
        ("Hi, my name is Thandiwe Dlamini, I ordered shoes.", ["Thandiwe Dlamini"]),
        ("mein Name ist Herr Ødegaard.", ["Ødegaard"]),
        ("Ich heiße Sie herzlich willkommen.", []),  # "heißen": to welcome
        ("My name is not important.", []),
        # an unlisted surname after the writer's own first name: "Zwahlen" was left
        ("Ich heisse Reto Zwahlen und wohne in Bern.", ["Reto Zwahlen"]),
        ("my name is Chidi Okonkwo lol", ["Chidi Okonkwo"]),
        ("Reserviert unter dem Namen Brandt Bitte melden", ["Brandt"]),  # an everyday word
    ],
)
def test_the_name_a_booking_is_under_is_a_person(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e, _, _ in find_booked_names(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rep: Hi,this is Procacci from customer service.", ["Procacci"]),
        ("Guten Tag, hier ist Okonkwo vom Kundenservice.", ["Okonkwo"]),
        ("Hi, this is Martina Procacci from billing", ["Martina Procacci"]),
        ("This is Customer Service from Acme", []),  # everyday words
        ("ich bin Kunde von Ihnen seit Jahren", []),
        ("this is Procacci, from customer service", []),  # "from" must follow the name
        ("Ich bin Mitglied vom Verein seit 1990", []),  # a noun after "ich bin"
        ("I am German from birth", []),
        ("Hier ist Kundenservice von Acme", []),  # German: listed names only
    ],
)
def test_a_name_introduced_with_where_its_bearer_is_from_is_a_person(
    text: str, names: list[str]
) -> None:
    assert [text[s:e] for s, e, _, _ in find_introduced_names(text)] == names
