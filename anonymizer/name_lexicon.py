"""The name lexicon shared by detection and surrogates: titles, role and kin nouns, particles,
first names and surnames of many Faker locales, and the folded key that identifies a name word.

    >>> name_key("Müller"), name_key("Yılmaz")
    ('mueller', 'yilmaz')
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from faker.providers.person import Provider as _BasePersonProvider

# Degrees and suffixes, abbreviated: "Dr. phil.", "Dipl.-Ing.", "John Smith Jr".
DEGREES = frozenset(
    "dipl.-ing dipl.-kfm dipl.-inf dipl.-psych dipl ing mag univ.prof med dr.med rer.nat h.c "
    "dent vet phil jur oec pol habil rer nat "  # "Dr. med. dent.": "dent" became "jockel"
    "phd md "
    "jr sr ii iii iv mba msc bsc".split()
)
# Words a family name follows, kept as words: a birth name's marker ("Elif Şahin, geb. Yıldız")
# and a family's or couple's ("Familie Yılmaz", "Fam. Nguyen", "Ehepaar Brandt").
FAMILY_NAME_MARKERS = frozenset(
    "geb geborene geborener née nee familie fam family ehepaar eheleute".split()
)
TITLES = (
    DEGREES
    | FAMILY_NAME_MARKERS
    | frozenset(
        "herr herrn frau hr hrn fr frl fräulein dr dres prof mr mrs ms miss mx sir dame lady lord "
        "madam mme mlle "
        # roles and kin a model span may include ("nurse Bettina", "Oma Gisela"): kept as words
        "nurse schwester pfleger pflegerin officer sergeant captain pastor pfarrer father rev "
        "reverend professor doktor coach onkel tante oma opa uncle aunt auntie grandma "
        "grandpa "
        # a letter's signing marks ("i.A. Kowalewski" became "c.D. Schuchhardt", "gez.", "ppa.")
        "i.a i.v gez ppa".split()
    )
)
# Forms of address before a surname: a lone name word after one is the family name ("Frau
# Yilmaz", "Mrs. Jordan"), unlike after a kin word or a first-name title ("Oma Gisela", "Sir
# Elton"); so is a birth name or a family's ("geb. Yıldız" became "geb. Ludmilla", "Familie
# Yılmaz" "Familie Alex").
HONORIFICS = FAMILY_NAME_MARKERS | frozenset(
    "herr herrn frau hr hrn fr frl fräulein mr mrs ms miss mx mme mlle madame monsieur dr prof "
    "professor doktor".split()
)
# Offices addressed by their title alone ("Herr Bürgermeister", "Frau Ministerin", "Mr.
# President"): no name follows them, and none is a name.
OFFICES = frozenset(
    "bürgermeister bürgermeisterin präsident präsidentin president minister ministerin kanzler "
    "kanzlerin direktor direktorin director vorsitzender vorsitzende richter richterin judge "
    "chairman chair speaker secretary senator governor mayor ambassador botschafter".split()
)
# Role and kin nouns that open a span before a name ("Kellner Giuseppe", "driver Tunde"): kept
# only as a span's first word with a name after it, since many are surnames too ("Herr Kellner").
ROLES = frozenset(
    "kellner kellnerin bedienung bote botin paketbote paketbotin postbote postbotin kurier "
    "kurierin fahrer fahrerin busfahrer busfahrerin taxifahrer taxifahrerin lieferant "
    "lieferantin techniker technikerin monteur monteurin handwerker installateur trainer "
    "trainerin berater beraterin kundenberater kundenberaterin verkäufer verkäuferin kassierer "
    "kassiererin mitarbeiter mitarbeiterin servicemitarbeiter servicemitarbeiterin kollege "
    "kollegen kollegin azubi leiter leiterin filialleiter filialleiterin marktleiter marktleiterin "
    "teamleiter teamleiterin hausmeister vermieter vermieterin nachbar nachbarn nachbarin arzt "
    "ärztin "
    "hausarzt hausärztin zahnarzt zahnärztin apotheker apothekerin therapeut therapeutin "
    "physiotherapeut physiotherapeutin sachbearbeiter sachbearbeiterin krankenschwester hebamme "
    "friseur friseurin friseuse rezeptionist rezeptionistin chef chefin lehrer lehrerin erzieher "
    "erzieherin betreuer betreuerin reiseleiter reiseleiterin sohn tochter bruder mann ehemann "
    "ehefrau freund freundin neffe nichte enkel enkelin cousine papa mama vater mutter "
    "waiter waitress server bartender driver rider courier postman postwoman mailman technician "
    "engineer installer plumber electrician agent advisor adviser consultant rep representative "
    "associate manager supervisor receptionist concierge cashier clerk colleague coworker "
    "co-worker neighbour neighbor landlord landlady host hostess guide instructor "
    "teacher doctor dentist pharmacist therapist physio stylist hairdresser barber housekeeper "
    "cleaner son daughter brother sister husband wife partner boyfriend girlfriend friend nephew "
    "niece cousin grandson granddaughter mum mom dad "
    # kin by marriage, step-kin and the widowed ("Witwe von Horst Krüger", "my widowed ...")
    "witwe witwer widow widower verlobte verlobter fiancé fiancée fiance fiancee schwager "
    "schwägerin schwiegermutter schwiegervater schwiegersohn schwiegertochter stiefvater "
    "stiefmutter stiefsohn stieftochter stepfather stepmother stepdad stepmum stepmom stepson "
    "stepdaughter großmutter großvater grandmother grandfather lebensgefährte lebensgefährtin "
    "ex-mann ex-frau ex-husband ex-wife "
    # pupils, students, trainees and the retired ("Tochter Emily-Sophie (Schülerin, ...)"; not
    # "Schüler", a surname after "Herr")
    "schülerin student studentin praktikant praktikantin rentner rentnerin pupil "
    "intern trainee "
    # clients, patients, tenants and those in someone's care ("meiner Mandantin" was a person)
    "mandant mandantin klient klientin patient patientin mieter mieterin kunde kundin partnerin "
    "vormund client customer tenant carer caregiver guardian "
    # friends and flatmates, colloquially ("mein Kumpel Dennis": the model took "Kumpel" into
    # the name, whose surrogate replaced it)
    "kumpel kumpeline mitbewohner mitbewohnerin schatz mate bestie buddy pal bro sis gf bf "
    "hubby wifey missus boss roommate flatmate housemate "
    # assistants ("ihre Helferin Jessy", "die Sprechstundenhilfe")
    "helfer helferin arzthelferin sprechstundenhilfe assistent assistentin assistant "
    "pflegekraft "
    # a signature's function ("Jürgen Weiß\nGeschäftsführer": the model read it as a company)
    "geschäftsführer geschäftsführerin inhaber inhaberin prokurist prokuristin gründer "
    "gründerin founder co-founder owner ceo".split()
)
PARTICLES = frozenset("von van der den de zu vom zum di da del la le du ten ter af".split())
# Irish particles before a family name, capitalised ("Seán Ó Briain", "Ní Bhriain", "Uí ...").
IRISH_PARTICLES = frozenset({"ó", "ní", "uí"})
_UMLAUTS = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
    }
)
# Titles, kin and role nouns that tell a person's gender ("Mrs", "meine Tochter", "Kellnerin"):
# the given name after one takes a surrogate of that gender, even where no list knows the name
# ("my daughter Zephyrine" became "my daughter Bryan"). German role nouns in "-in" are women's,
# their stems men's ("Kellnerin", "Kellner"), but for stems English shares ("student", "partner").
_FEMALE = (
    "frau fr frl fräulein mrs ms miss madam madame mme mlle lady dame schwester tochter mutter "
    "mama mutti oma tante ehefrau ex-frau cousine nichte großmutter schwiegermutter "
    "schwiegertochter stiefmutter stieftochter witwe verlobte kumpeline hebamme "
    "krankenschwester friseuse pflegerin daughter sister sis mother mom mum grandma granny "
    "grandmother aunt auntie wife wifey ex-wife girlfriend gf niece granddaughter stepdaughter "
    "stepmom stepmum stepmother landlady waitress hostess postwoman fiancée fiancee widow missus"
)
_MALE = (
    "herr herrn hr hrn mr sir lord monsieur bruder sohn vater papa opa onkel ehemann ex-mann "
    "mann neffe großvater schwiegervater schwiegersohn stiefvater stiefsohn schwager witwer "
    "verlobter lebensgefährte arzt zahnarzt hausarzt kollege bote paketbote postbote pfleger "
    "brother bro son father dad daddy grandpa grandfather uncle husband hubby ex-husband "
    "boyfriend bf nephew grandson stepson stepdad stepfather landlord waiter postman mailman "
    "fiancé fiance widower"
)
_SHARED_STEMS = frozenset({"student", "patient", "partner", "trainer", "chef", "cousin"})


# Faker locales whose first-name lists tell a first name (and its gender) from a surname when the
# document's own locale does not know the name: "Gisela" in English text stays a woman's first
# name, "Mehmet" in German text a man's, instead of both becoming surnames.
_LEXICON_LOCALES = (
    "de_DE de_AT de_CH en_US en_GB en_IE ga_IE en_IN en_KE en_NG yo_NG ig_NG ha_NG tw_GH zu_ZA "
    "tr_TR az_AZ pl_PL cs_CZ sk_SK sl_SI hr_HR hu_HU ro_RO ru_RU uk_UA el_GR it_IT fr_FR es_ES "
    "es_MX pt_BR pt_PT nl_NL da_DK sv_SE no_NO fi_FI ar_AA id_ID vi_VN".split()
)


@cache
def gender_words() -> dict[str, str]:
    """The gender, "f" or "m", of each word of `_FEMALE` and `_MALE` and each German role
    noun pair.

    >>> gender_words()["kellnerin"], gender_words()["kellner"], "student" in gender_words()
    ('f', 'm', False)
    """
    out = dict.fromkeys(_MALE.split(), "m") | dict.fromkeys(_FEMALE.split(), "f")
    for role in ROLES - _SHARED_STEMS:
        if role.endswith("in"):
            out.setdefault(role, "f")
        if role + "in" in ROLES:
            out.setdefault(role, "m")
    return out


# Where Faker's person providers keep surnames ("male_last_names": pl_PL's "-ski" forms).
_SURNAME_ATTRS = (
    "last_names",
    "unisex_last_names",
    "male_last_names",
    "last_names_male",
    "last_names_female",
    "last_names_unisex",
)


def ascii_fold(text: str) -> str:
    """Casefold and spell in ASCII letters and digits: "Müller" -> "mueller"."""
    text = text.casefold().translate(_UMLAUTS)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isascii() and ch.isalnum())


def name_key(word: str) -> str:
    """Identity of a name token: folded to ASCII where the script allows ("Müller" -> "mueller"),
    else casefolded (Cyrillic, Greek, CJK names keep distinct keys)."""
    low = unicodedata.normalize("NFKC", word).casefold().translate(_UMLAUTS)
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)
    )
    return stripped if stripped.isascii() else low


def provider_names(provider: Any, attr: str) -> tuple[str, ...]:
    """A name list of a Faker person provider, empty where the locale has none or only Faker's
    placeholder ("John", "Jane", "Doe": pl_PL's and is_IS's `last_names`, vi_VN's
    `first_names`; every surname of a Polish document became "Doe").

    >>> provider_names(importlib.import_module("faker.providers.person.pl_PL").Provider,
    ...                "last_names")
    ()
    """
    names = tuple(getattr(provider, attr, ()) or ())
    return () if names == tuple(getattr(_BasePersonProvider, attr, ()) or ()) else names


def surnames(provider: Any) -> tuple[str, ...]:
    """Every surname a Faker person provider lists, also where a locale keeps them outside
    `last_names` (pl_PL: "unisex_last_names", "male_last_names"), with the women's forms of
    Polish "-ski", "-cki" and "-dzki" names ("Kowalska").

    >>> "Kowalska" in surnames(importlib.import_module("faker.providers.person.pl_PL").Provider)
    True
    """
    out = dict.fromkeys(n for attr in _SURNAME_ATTRS for n in provider_names(provider, attr))
    for name in provider_names(provider, "male_last_names"):
        if name.endswith(("ski", "cki", "dzki")):
            out.setdefault(name[:-1] + "a")
    return tuple(out)


@cache
def _lexicon_providers() -> tuple[Any, ...]:
    """Faker's person providers of `_LEXICON_LOCALES`, imported once."""
    return tuple(
        importlib.import_module(f"faker.providers.person.{locale}").Provider
        for locale in _LEXICON_LOCALES
    )


@cache
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """First names and surnames of `_LEXICON_LOCALES`, as `name_key`s (~13 k and ~24 k).

    >>> firsts, lasts = name_lists()
    >>> "kemal" in firsts, "nowak" in lasts
    (True, True)
    """
    firsts: set[str] = set(nickname_genders())
    lasts: set[str] = set()
    for provider in _lexicon_providers():
        for attr in ("first_names", "first_names_male", "first_names_female"):
            firsts.update(name_key(n) for n in provider_names(provider, attr))
        lasts.update(name_key(n) for n in surnames(provider))
    return frozenset(firsts), frozenset(lasts)


def is_listed(word: str) -> bool:
    """Every part of the word is a first name or surname some Faker locale lists.

    >>> is_listed("Müller-Schmidt"), is_listed("Rechnung")
    (True, False)
    """
    firsts, lasts = name_lists()
    parts = [name_key(p) for p in re.split(r"[-'’]", word) if p]
    return all(p in firsts or p in lasts for p in parts)


def plural_surname(word: str) -> str | None:
    """The singular of a plural family name ("Müllers" -> "Müller", "Nguyens"), when it is a
    listed surname and no lower-case everyday word ("brown"; a German noun, "Müller", counts)
    and the plural is no listed name itself.

    >>> plural_surname("Müllers"), plural_surname("Browns"), plural_surname("Jones")
    ('Müller', None, None)
    """
    if len(word) < 4 or not word.endswith(("s", "S")) or is_listed(word):
        return None
    stem = name_key(word[:-1])
    return word[:-1] if stem in name_lists()[1] and name_words().get(stem) != "word" else None


@cache
def nickname_genders() -> dict[str, str]:
    """English nicknames (the `nicknames` package) of the listed first names that no Faker
    locale lists as a first name itself, by key, with the gender of the names they shorten:
    "Matt", "Jess" or "Ollie" alone got a surname ("Thanks to Matt at the desk" became "Thanks
    to House"), and the lower-case name rule did not know them ("lol jess from support").

    >>> nickname_genders()["matt"], nickname_genders()["jess"], "anna" in nickname_genders()
    ('m', 'f', False)
    """
    from nicknames import NickNamer

    listed = _faker_first_name_genders()
    out: dict[str, str] = {}
    for nickname, canonicals in NickNamer().canonical_lookup.items():
        key = name_key(nickname)
        genders = {listed[c] for c in map(name_key, canonicals) if c in listed}
        if key not in listed and genders:
            out[key] = genders.pop() if len(genders) == 1 else "u"
    return out


@cache
def locale_counts() -> dict[str, tuple[int, int]]:
    """How many locales of `_LEXICON_LOCALES` list a name key as a first name, and how many as
    a surname.

    >>> locale_counts()["marek"][0] > locale_counts()["marek"][1]  # Polish, Czech, ... first
    True
    """
    counts: dict[str, tuple[int, int]] = dict.fromkeys(nickname_genders(), (1, 0))
    for provider in _lexicon_providers():
        attrs = ("first_names", "first_names_male", "first_names_female")
        firsts = {name_key(n) for attr in attrs for n in provider_names(provider, attr)}
        lasts = {name_key(n) for n in surnames(provider)}
        for key in firsts | lasts:
            f, s = counts.get(key, (0, 0))
            counts[key] = (f + (key in firsts), s + (key in lasts))
    return counts


@cache
def all_first_name_genders() -> dict[str, str]:
    """Gender ("m", "f", "u" when the locales disagree) of every first name of
    `_LEXICON_LOCALES` and of their nicknames, by `name_key`, surnames among them included
    ("Jordan", "Gül")."""
    return _faker_first_name_genders() | nickname_genders()


@cache
def _faker_first_name_genders() -> dict[str, str]:
    out: dict[str, str] = {}
    for provider in _lexicon_providers():
        for gender, attr in (("m", "first_names_male"), ("f", "first_names_female")):
            for name in provider_names(provider, attr):
                key = name_key(name)
                out[key] = gender if out.get(key, gender) == gender else "u"
    return out


@cache
def first_name_genders() -> dict[str, str]:
    """`all_first_name_genders` less the names any locale lists as a surname ("Carter").

    >>> first_name_genders()["gisela"], first_name_genders()["mehmet"]
    ('f', 'm')
    """
    surnames = name_lists()[1]
    return {k: g for k, g in all_first_name_genders().items() if k not in surnames}


@cache
def name_words() -> dict[str, str]:
    """`name_key` -> "word" or "noun" for every listed name that is an everyday word
    (`scripts/make_name_words.py`): a German or English word ("grace", "einer"), or a German
    noun or place ("juni", "art").

    >>> name_words()["grace"], name_words()["juni"]
    ('word', 'noun')
    """
    out: dict[str, str] = {}
    for line in Path(__file__).with_name("name_words.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, kind = line.split("\t")
            out[key] = kind
    return out
