"""Given and family names read from their place in a PERSON span."""

from __future__ import annotations

import pytest

from anonymizer.name_lexicon import HONORIFICS, ROLES, name_key
from anonymizer.name_roles import couple_given, merge_roles, span_roles


def _roles(value: str, kept: set[str] = frozenset()) -> dict[int, str]:
    words = value.split()
    kept_words = [w.casefold().rstrip(".,") in kept for w in words]
    return span_roles(words, kept_words, HONORIFICS, ROLES)


@pytest.mark.parametrize(
    ("value", "kept", "expected"),
    [
        ("Frau Yilmaz", {"frau"}, {1: "last"}),
        ("Mrs. Jordan", {"mrs"}, {1: "last"}),
        ("Frau Dr. Weber", {"frau", "dr"}, {2: "last"}),
        ("Mrs Priya", {"mrs"}, {1: "first"}),  # a given name only stays one after a title
        ("Frau Svetlana", {"frau"}, {1: "first"}),  # "meine Frau Svetlana": his wife
        ("Oma Gisela", {"oma"}, {}),  # a kin word is no form of address
        ("Helferin Xandrine", {"helferin"}, {1: "first"}),  # staff named by given name
        # a German role at work: a name no list knows is a family name ("Nick" replaced it)
        ("Techniker Pfefferle", {"techniker"}, {1: "last"}),
        ("Gutachter Jannik", {"gutachter"}, {1: "first"}),  # a listed given name stays one
        ("Kumpel Tunde", {"kumpel"}, {1: "first"}),  # a friend: by given name
        ("driver Tunde", {"driver"}, {1: "first"}),  # English
        ("agent Lopez", {"agent"}, {}),  # but a surname only stays one
        ("Kollegin Schmidt-Özkan", {"kollegin"}, {}),  # so does a double name with one
        ("Jordan", set(), {}),  # a lone word keeps the kind its key has
        ("Gül Aydın", set(), {0: "first", 1: "last"}),
        ("Anna Maria Schmidt", set(), {0: "first", 2: "last"}),
        ("Müller, Jürgen", set(), {0: "last", 1: "first"}),
        ("Nguyen Van An", set(), {}),  # family name first: "Nguyen" is a surname only
        # both words surnames only: in order ("Raj Patel" became "Bowers Webster")
        ("Raj Patel", set(), {0: "first", 1: "last"}),
        ("Zorro Zorro", set(), {}),  # one word in both places tells nothing
        ("Herr", {"herr"}, {}),
        # two people joined by "and": given names ("Sam and Ellie" became "Zachary and Oconnell")
        ("Sam and Ellie", {"and"}, {0: "first", 2: "first"}),
        ("sam n ellie", {"n"}, {0: "first", 2: "first"}),
        ("Resi und Sepp Huber", {"und"}, {0: "first", 2: "first", 3: "last"}),
        ("Mr & Mrs Smith", {"mr", "&", "mrs"}, {3: "last"}),
    ],
)
def test_span_roles(value: str, kept: set[str], expected: dict[int, str]) -> None:
    assert _roles(value, kept) == expected


def test_merge_roles_drops_keys_read_both_ways() -> None:
    merged = merge_roles([{"jordan": "last"}, {"jordan": "first", "anna": "first"}, {}])
    assert merged == {"anna": "first"}


def test_turkish_dotless_i_folds_like_i() -> None:
    assert name_key("Yılmaz") == name_key("Yilmaz") == name_key("YILMAZ")
    assert name_key("Aydın") == "aydin"


@pytest.mark.parametrize(
    ("before", "name", "locale", "given"),
    [
        ("Ich heiße ", "Ümit", "de_DE", True),  # "Ich heiße Ümit" became "Ich heiße Kranz"
        ("Hi, I am ", "Kwabena", "en_GB", True),
        ("Ich heiße ", "Müller", "de_DE", False),  # a listed family name stays one
        ("Mein Name ist ", "Papadopoulou", "de_DE", False),  # formal German: the family name
        # a name signing the text after a closing: "Viele Grüße, Manni" became "..., Heidrich"
        ("Viele Grüße, ", "Manni", "de_DE", True),
        ("Gruß aus Castrop-Rauxel, ", "Manni", "de_DE", True),
        ("Cheers,\n", "Tunde", "en_GB", True),
        ("Regards, ", "Okafor", "en_GB", False),  # a listed family name stays one
        ("Ich sprach mit ", "Manni", "de_DE", False),
    ],
)
def test_a_name_a_text_introduces_itself_by_is_a_given_name(
    before: str, name: str, locale: str, given: bool
) -> None:
    from anonymizer.keys import Keyring
    from anonymizer.surrogates import Surrogates

    sur = Surrogates(Keyring(b"test-key-intro-0123456789"))
    roles = sur.name_roles([(before, name)], locale)
    assert (roles.get(name_key(name)) == "first") is given, roles


@pytest.mark.parametrize(
    ("before", "name", "role"),
    [
        ("Bestellt von Hr. Ng (Vorname: ", "Thomas", "first"),  # "Wei" became "Barkholz"
        ("Nachname: ", "Thomas", "last"),
        ("First name: ", "Kowalski", "first"),
        ("Zu: ", "Thomas", None),  # no name field
    ],
)
def test_a_name_fields_label_in_the_text_gives_its_role(before: str, name: str, role) -> None:
    from anonymizer.keys import Keyring
    from anonymizer.surrogates import Surrogates

    sur = Surrogates(Keyring(b"test-key-label-0123456789"))
    assert sur.name_roles([(before, name)], "de_DE").get(name_key(name)) == role


@pytest.mark.parametrize(
    ("before", "name", "locale", "gender"),
    [
        ("Bei der Hotline hat mich ein Herr namens ", "Oleksandr", "de_DE", "m"),  # "Simone"
        ("Eine Frau namens ", "Xiadani", "de_DE", "f"),
        ("I spoke with a lady called ", "Nkechi", "en_GB", "f"),
        ("some guy called ", "Oleksandr", "en_US", "m"),
    ],
)
def test_a_name_after_a_gendered_introduction_is_a_given_name_of_that_gender(
    before: str, name: str, locale: str, gender: str
) -> None:
    from faker import Faker

    from anonymizer.keys import Keyring
    from anonymizer.name_lists import provider_names
    from anonymizer.surrogates import Surrogates

    person = next(p for p in Faker(locale).providers if ".person." in type(p).__module__)
    own = set(provider_names(person, "first_names_female" if gender == "f" else "first_names_male"))
    for key in ("a", "b", "c", "d"):
        sur = Surrogates(Keyring(key.encode() * 16))
        out = sur.surrogate(name, "PERSON", locale, sur.name_roles([(before, name)], locale))
        assert out in own, out


@pytest.mark.parametrize(
    ("marker", "word", "after", "given"),
    [
        ("Ehepaar", "Jürgen", " und ", True),
        ("Familie", "Jürgen", " & ", True),
        ("Familie", "Müller", " und ", False),  # a listed surname
        ("Ehepaar", "Jürgen", " und Sabine Vogt", False),  # the next name is no span
        ("Frau", "Jürgen", " und ", False),  # no family marker
    ],
)
def test_couple_given(marker: str, word: str, after: str, given: bool) -> None:
    assert couple_given(marker, word, after) is given
