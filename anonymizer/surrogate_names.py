"""People's names and e-mail addresses built from them, mapped token by token.

Each name token is mapped on its own, keyed by its folded form (`name_key`: "Müller" and
"mueller" share a key), so partial mentions stay coherent: "Herr Müller", "Jonas Müller" and
"jonas.mueller@web.de" all get the same surname surrogate. Titles and particles are kept.
"""

from __future__ import annotations

import importlib
import random
import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

from .detect.patterns_web import parse_obfuscated_email
from .keys import Keyring

TITLES = frozenset(
    "herr herrn frau hr hrn fr frl fräulein dr prof mr mrs ms miss mx sir dame lady lord madam "
    "mme mlle "
    "dipl.-ing dipl.-kfm dipl.-inf dipl.-psych dipl ing mag univ.prof med dr.med rer.nat phd md "
    "jr sr ii iii iv mba msc bsc "
    # roles and kin a model span may include ("nurse Bettina", "Oma Gisela"): kept as words
    "nurse schwester pfleger pflegerin officer sergeant captain pastor pfarrer father rev "
    "reverend professor doktor coach onkel tante oma opa uncle aunt auntie grandma grandpa".split()
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
    "waiter waitress server bartender driver courier postman postwoman mailman technician "
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
    "ex-mann ex-frau ex-husband ex-wife".split()
)
PARTICLES = frozenset("von van der den de zu vom zum di da del la le du ten ter af".split())
FREEMAIL = frozenset(
    "gmail.com googlemail.com web.de gmx.de gmx.net gmx.at gmx.ch outlook.com outlook.de "
    "hotmail.com hotmail.de live.com live.de msn.com yahoo.com yahoo.de aol.com t-online.de "
    "icloud.com me.com mac.com posteo.de mailbox.org freenet.de arcor.de proton.me "
    "protonmail.com online.de 1und1.de kabelmail.de vodafone.de".split()
)
_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe"}
)
# Faker locales whose first-name lists tell a first name (and its gender) from a surname when the
# document's own locale does not know the name: "Gisela" in English text stays a woman's first
# name, "Mehmet" in German text a man's, instead of both becoming surnames.
_LEXICON_LOCALES = (
    "de_DE de_AT de_CH en_US en_GB en_IE ga_IE en_IN en_KE en_NG yo_NG ig_NG ha_NG tw_GH zu_ZA "
    "tr_TR az_AZ pl_PL cs_CZ sk_SK sl_SI hr_HR hu_HU ro_RO ru_RU uk_UA el_GR it_IT fr_FR es_ES "
    "es_MX pt_BR pt_PT nl_NL da_DK sv_SE no_NO fi_FI ar_AA id_ID vi_VN".split()
)
_LOCAL_RE = re.compile(r"^([a-z]+(?:[._-][a-z]+){0,3})([._-]?\d*)$")  # "jonas.m_1988"
# A name word, apostrophes inside included ("O'Connor"), an English possessive not ("Whitcombe's"
# keeps its "'s").
_TOKEN_RE = re.compile(r"(?<!['’])[^\W\d_]+(?:['’](?!s\b)[^\W\d_]+)*", re.UNICODE)


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


def match_case(template: str, word: str) -> str:
    """Give `word` the case style of `template` (ALL CAPS, lowercase or as is)."""
    if len(template) > 1 and template.isupper():
        return word.upper()
    if template.islower():
        return word.lower()
    return word


def _names(provider: Any, attr: str) -> tuple[str, ...]:
    return tuple(getattr(provider, attr, ()) or ())


@cache
def _lexicon_providers() -> tuple[Any, ...]:
    """Faker's person providers of `_LEXICON_LOCALES`, imported once."""
    return tuple(
        importlib.import_module(f"faker.providers.person.{locale}").Provider
        for locale in _LEXICON_LOCALES
    )


@cache
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """First names and surnames of `_LEXICON_LOCALES`, as `name_key`s (~13 k and ~20 k).

    >>> firsts, lasts = name_lists()
    >>> "kemal" in firsts, "nowak" in lasts
    (True, True)
    """
    firsts: set[str] = set()
    lasts: set[str] = set()
    for provider in _lexicon_providers():
        for attr in ("first_names", "first_names_male", "first_names_female"):
            firsts.update(name_key(n) for n in _names(provider, attr))
        lasts.update(name_key(n) for n in _names(provider, "last_names"))
    return frozenset(firsts), frozenset(lasts)


@cache
def first_name_genders() -> dict[str, str]:
    """Gender ("m", "f", "u" when the locales disagree) of every first name of
    `_LEXICON_LOCALES` that none of them lists as a surname ("Carter", "Johnson"), by `name_key`.

    >>> first_name_genders()["gisela"], first_name_genders()["mehmet"]
    ('f', 'm')
    """
    out: dict[str, str] = {}
    for provider in _lexicon_providers():
        for gender, attr in (("m", "first_names_male"), ("f", "first_names_female")):
            for name in _names(provider, attr):
                key = name_key(name)
                out[key] = gender if out.get(key, gender) == gender else "u"
    surnames = name_lists()[1]
    return {k: g for k, g in out.items() if k not in surnames}


class NameMapper:
    """Maps name tokens of one locale to keyed surrogates of the same kind and gender. A token
    is a first name when the locale lists it as one, or when another Faker locale of
    `_LEXICON_LOCALES` does and none lists it as a surname; else it is a surname.

    >>> from faker import Faker
    >>> m = NameMapper(Keyring(b"doc-example-key-0123456789"), Faker("de_DE"), "de_DE")
    >>> m.person("Herr Müller").split()[1] == m.person("Jonas Müller").split()[1]
    True
    """

    def __init__(self, keyring: Keyring, faker: Any, locale: str, cache_size: int = 50_000):
        self._keyring = keyring
        self._locale = locale
        person = next(p for p in faker.providers if ".person." in type(p).__module__)
        self._male = _names(person, "first_names_male")
        self._female = _names(person, "first_names_female")
        self._first = _names(person, "first_names") or self._male + self._female
        self._last = _names(person, "last_names") or self._first
        self._gender = {name_key(n): "m" for n in self._male}
        for n in self._female:
            key = name_key(n)
            self._gender[key] = "f" if key not in self._gender else "u"
        for n in self._first:
            self._gender.setdefault(name_key(n), "u")
        for key, gender in first_name_genders().items():  # the locale's own lists decide first
            self._gender.setdefault(key, gender)
        prefixes = _names(person, "prefixes_male") + _names(person, "prefixes_female")
        self._titles = TITLES | {p.casefold().rstrip(".") for p in prefixes}
        self._token = lru_cache(maxsize=cache_size)(self._map_key)

    def _map_key(self, key: str) -> str:
        """Surrogate (Faker's capitalisation) for a folded name token: one word (Faker's de_DE
        lists hold "Jacobi Jäckel" and "auch Schlauchin"), never the same name."""
        gender = self._gender.get(key)
        pool = {"m": self._male, "f": self._female, "u": self._first}.get(gender, self._last)
        pool = pool or self._last
        for attempt in range(50):
            rng = random.Random(self._keyring.seed("name", key, self._locale, str(attempt)))
            choice = rng.choice(pool)
            if name_key(choice) != key and not any(c.isspace() for c in choice):
                return choice
        return "X" + key.capitalize()

    def initial(self, letter: str) -> str:
        """A keyed different letter for an initial, same case."""
        rng = random.Random(self._keyring.seed("initial", letter.casefold(), self._locale))
        choices = [c for c in "ABCDEFGHIJKLMNOPRSTW" if c != letter.upper()]
        choice = rng.choice(choices)
        return choice.lower() if letter.islower() else choice

    def token(self, word: str) -> str:
        """Surrogate of one name word, in the word's case style."""
        if len(word) == 1:
            return self.initial(word)
        return match_case(word, self._token(name_key(word)))

    def _is_kept(self, word: str) -> bool:
        """A title, or a name particle written in lower case ("von", "van der"). A capitalised
        one is mapped like any name word: in "Le Van Thanh" (Vietnamese) "Le" and "Van" are the
        family and middle name, and keeping them would leave two thirds of the name readable."""
        low = word.casefold().rstrip(".")
        return low in self._titles or (low in PARTICLES and word.islower())

    def person(self, value: str) -> str:
        """Map every name token in `value`, keeping titles, lower-case particles, spacing,
        punctuation and a role or kin noun that opens the span before a name ("Kellner
        Giuseppe")."""
        out, pos, mapped = [], 0, False
        chunks = list(re.finditer(r"\S+", value))
        for i, chunk in enumerate(chunks):
            out.append(value[pos : chunk.start()])
            word = chunk.group()
            opening_role = i == 0 and len(chunks) > 1 and word.casefold().rstrip(".,:") in ROLES
            if opening_role or self._is_kept(word):
                out.append(word)
            else:
                out.append(_TOKEN_RE.sub(lambda m: self.token(m.group()), word))
                mapped = mapped or bool(_TOKEN_RE.search(word))
            pos = chunk.end()
        out.append(value[pos:])
        result = "".join(out)
        return result if mapped else f"{result} {self.token('Name')}".strip()

    def email_local(self, local: str, rng: random.Random) -> str | None:
        """Local part rebuilt from name surrogates ("jonas.mueller89"), or None if not name-like."""
        match = _LOCAL_RE.match(local.lower())
        if not match:
            return None
        parts = re.split(r"([._-])", match.group(1))
        mapped = [p if p in "._-" else ascii_fold(self.token(p)) for p in parts]
        if not all(mapped):  # surrogate in a script without an ASCII spelling
            return None
        digits = "".join(c if c in "._-" else rng.choice("0123456789") for c in match.group(2))
        return "".join(mapped) + digits

    def email(self, value: str, rng: random.Random, faker: Any) -> str:
        """A valid e-mail: name-like local parts follow the person surrogate, free-mail kept. A
        value without "@" (a user name the model read as an e-mail) stays a user name."""
        obfuscated = parse_obfuscated_email(value)
        if obfuscated:  # "anna (at) gmx (punkt) de" -> "lukas (at) gmx (punkt) de"
            plain, at, dot = obfuscated
            return self.email(plain, rng, faker).replace(".", dot).replace("@", at)
        local, _, domain = value.rpartition("@")
        if not local:
            local, domain = value, ""
        new_local = self.email_local(local, rng)
        if new_local is None:
            new_local = ascii_fold(faker.user_name()) or "user"
        if "@" not in value:
            return new_local
        if domain.lower() not in FREEMAIL:
            domain = faker.domain_name()
        return f"{new_local}@{domain}"
