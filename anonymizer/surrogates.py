"""Keyed, consistent, realistic surrogates: the replacement for every detected value.

A surrogate depends only on (key, label family, normalized value, locale): with the same key it
is identical in every record, file, process and run; it never equals the original, and it keeps
the original's format (a valid IBAN for an IBAN, the same date format, the same phone shape).
Faker supplies realistic names, cities and companies in the document's locale.

Faker instances are shared and re-seeded per value: use one `Surrogates` per thread.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache, partial
from typing import Any

from . import (
    surrogate_addresses,
    surrogate_codes,
    surrogate_companies,
    surrogate_dates,
    surrogate_demonyms,
    surrogate_emails,
    surrogate_formats,
    surrogate_misread,
    surrogate_phones,
    surrogate_regions,
    surrogate_streets,
    surrogate_towns,
    surrogate_urls,
    surrogate_vehicles,
)
from .detect.companies import split_legal_form
from .detect.institutions import split_named, split_place, split_unit
from .detect.patterns_geo import is_coordinates
from .everyday_words import is_everyday
from .keys import Keyring
from .locales import resolve_locale
from .name_lexicon import name_key
from .name_lists import name_lists
from .name_roles import field_pair, merge_roles
from .schema import LABELS
from .spoken_digits import is_spoken_number, spoken_number
from .surrogate_names import NameMapper, match_case
from .surrogate_places import BIG_TOWN, place_countries, place_key, place_locale, town_population

_MAX_ATTEMPTS = 20
_FAKER_LABELS = frozenset({"EMAIL", "DATE", "LOCATION", "ADDRESS", "ORGANIZATION", "URL"})
# Surrogates that take the case style of the value (ALL CAPS or lower case); names do their own.
_PLACE_LABELS = frozenset({"LOCATION", "ADDRESS", "ORGANIZATION"})
_NAME_LABELS = frozenset({"PERSON", "EMAIL"})  # surrogates that read a document's name roles
_WORD_RE = re.compile(r"[^\W\d_]+")
# An English possessive closing a place or firm: its surrogate and the ending ("London's
# buses" became "Grainville buses", an American town), after an "s" the apostrophe alone.
_POSSESSIVE_RE = re.compile(r"(?<=\w\w)['’]s$")
_EXTRA_COUNTRIES = ("deutschland", "österreich", "schweiz", "germany", "austria", "usa", "uk")


def normalize(value: str) -> str:
    """NFKC, casefold and collapsed whitespace: the form that decides a value's identity."""
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


class Surrogates:
    """Maps (value, label, locale) to a consistent, format-valid surrogate; LRU-cached.

    >>> key = b"doc-example-key-0123456789"
    >>> first = Surrogates(Keyring(key)).surrogate("Jonas Müller", "PERSON", "de_DE")
    >>> first == Surrogates(Keyring(key)).surrogate("Jonas Müller", "PERSON", "de_DE")
    True
    >>> first != "Jonas Müller"
    True
    """

    def __init__(self, keyring: Keyring, cache_size: int = 200_000) -> None:
        self._keyring = keyring
        self._fakers: dict[str, Any] = {}
        self._names: dict[str, NameMapper] = {}
        self._locales: dict[str, str] = {}
        self._country_sets: dict[str, frozenset[str]] = {}
        self._cached = lru_cache(maxsize=cache_size)(self._compute)
        self._generators: dict[str, Callable[[str, random.Random, str], str]] = {
            "PERSON": self._named("PERSON", {}),
            "EMAIL": self._named("EMAIL", {}),
            "PHONE": self._phone,
            "IBAN": lambda v, r, _loc: surrogate_formats.iban(v, r),
            "CREDIT_CARD": lambda v, r, _loc: surrogate_formats.credit_card(v, r),
            "ID": self._identifier,
            "DATE": lambda v, r, loc: surrogate_dates.date(v, r, loc, self._faker(loc)),
            "LOCATION": self._location,
            "ADDRESS": self._address,
            "ORGANIZATION": self._organization,
            "URL": self._url,
            "IP_ADDRESS": lambda v, r, _loc: surrogate_urls.ip_address(v, r),
        }

    def surrogate(
        self, value: str, label: str, locale: str, roles: Mapping[str, str] | None = None
    ) -> str:
        """The surrogate of `value` (a `label` span) in a document of Faker `locale`. `roles`
        are the document's name roles (`name_roles`), read by PERSON and EMAIL surrogates."""
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r}; expected one of {list(LABELS)}")
        if label in ("LOCATION", "ORGANIZATION") and (owner := _POSSESSIVE_RE.search(value)):
            out = self.surrogate(value[: owner.start()], label, locale)
            return out + (owner.group()[0] if out.endswith("s") else owner.group())
        hint = _hint(value, roles) if roles and label in _NAME_LABELS else ()
        locale = self._canonical(locale)
        if label == "LOCATION":  # "Kettering": a British town in any document
            locale = self._place_locale(value, locale)
        return self._cached(value, label, locale, hint)

    def name_roles(self, names: Iterable[tuple[str, ...]], locale: str) -> dict[str, str]:
        """Given or family name, by name key, as the PERSON values of one document place
        their words; `names` holds (text before, value) pairs: ("Frau ", "Yilmaz") ->
        {"yilmaz": "last"}, or (before, value, text after) triples, whose English pronoun
        tells a given name's gender no list knows ("Sunita", ", she said"), and perhaps the
        role of the field the value fills ("last" for a "Nachname" column). Keys read both
        ways are left out."""
        locale = self._canonical(locale)
        mapper, names = self._names_for(locale), list(names)
        roles = merge_roles(
            mapper.roles(value, before, *(rest + ["", ""])[:2]) for before, value, *rest in names
        )
        return roles | field_pair(names)

    def _place_locale(self, value: str, locale: str) -> str:
        """The locale of the country a town lies in (`surrogate_places`); in German text a town
        adjective stays German ("Bonner" is Bonn's, not the Australian town's)."""
        if locale.startswith("de") and surrogate_demonyms.is_town_adjective(value.strip()):
            return locale
        return surrogate_regions.region_locale(value) or place_locale(value, locale)

    def _canonical(self, locale: str) -> str:
        return self._locales.get(locale) or self._locales.setdefault(locale, resolve_locale(locale))

    def _compute(self, value: str, label: str, locale: str, hint: tuple = ()) -> str:
        norm = normalize(value)
        misread = surrogate_misread.misread(value, label)  # a generator, "ID", or None
        generate = misread if callable(misread) else self._generators[misread or label]
        if hint and not misread:
            generate = self._named(label, dict(hint))
        for attempt in range(_MAX_ATTEMPTS):
            seed = self._keyring.seed(label, norm, locale, str(attempt))
            if label in _FAKER_LABELS:
                self._faker(locale).seed_instance(seed)
            out = generate(value, random.Random(seed), locale)
            if label in _PLACE_LABELS:  # "AUS HAMBURG" -> "AUS NAUEN", "aus münchen" -> "aus jena"
                out = match_case(value, out)
            if normalize(out) != norm and out:
                return out
        return _fallback(value, label, random.Random(self._keyring.seed(label, norm, "fallback")))

    def _named(self, label: str, roles: dict[str, str]) -> Callable[[str, random.Random, str], str]:
        """The PERSON or EMAIL generator, reading name words in the given `roles`."""
        if label == "PERSON":
            return lambda v, _r, loc: self._names_for(loc).person(v, roles)
        return lambda v, r, loc: surrogate_emails.email(
            self._names_for(loc), v, r, self._faker(loc), roles
        )

    def _faker(self, locale: str) -> Any:
        if locale not in self._fakers:
            from faker import Faker

            self._fakers[locale] = Faker(locale)
        return self._fakers[locale]

    def _names_for(self, locale: str) -> NameMapper:
        if locale not in self._names:
            self._names[locale] = NameMapper(self._keyring, self._faker(locale), locale)
        return self._names[locale]

    def _identifier(self, value: str, rng: random.Random, locale: str) -> str:
        """Ids keep their shape; a name-like "@handle" or lower-case user name follows the person
        surrogates ("@jonas_mueller89" -> "@lukas_becker41", like e-mail local parts)."""
        if user := surrogate_emails.user_name(self._names_for(locale), value, rng):
            return user
        if surrogate_vehicles.is_vin(value):
            return surrogate_vehicles.vin(value, rng)
        if surrogate_vehicles.is_plate(value):
            return surrogate_vehicles.plate(value, rng)
        return surrogate_formats.identifier(value, rng)

    def _phone(self, value: str, rng: random.Random, locale: str) -> str:
        if is_spoken_number(value):  # "null eins sieben sechs ...": other digit words
            return spoken_number(value, rng)
        return surrogate_phones.phone(value, rng, locale.rpartition("_")[2])

    def _location(self, value: str, rng: random.Random, locale: str) -> str:
        if is_coordinates(value):  # "52.5200° N, 13.4050° E": another pair of the same shape
            return surrogate_formats.coordinates(value, rng)
        if surrogate_codes.is_place_code(value):  # "MUC", "TX": another code, not a town
            return surrogate_codes.place_code(value, rng, locale)
        fk, town_of = self._faker(locale), partial(self.surrogate, label="LOCATION", locale=locale)
        countries = self._countries(locale)  # "Sachsens", "Toronto, Ontario", "Türkei", "Allgäu"
        if place := surrogate_codes.town_and_code(value, rng, locale, town_of):
            return place  # "Austin, TX": a town and a state's code
        if place := surrogate_regions.place(value, rng, fk, countries, town_of):
            return place
        if institution := self._institution(value, locale):  # "Hauptbahnhof Köln"
            return institution
        if adjective := surrogate_demonyms.town_adjective(value, fk, town_of):  # "Kölner"
            return adjective
        if "," in value and surrogate_streets.is_street(value.partition(",")[0]):
            return self._address(value, rng, locale)  # "Market Street, Stockport": as an address
        if surrogate_streets.is_street(value) and hasattr(fk, "street_name"):
            return surrogate_streets.street_name(fk, value)
        return surrogate_towns.town(fk)

    def _organization(self, value: str, rng: random.Random, locale: str) -> str:
        if surrogate_codes.is_org_code(value):  # "IBM", "AT&T": capitals, not a company name
            return surrogate_codes.org_code(value, rng)
        own, form = split_legal_form(value)
        if institution := self._institution(own, locale):  # "Sparkasse Köln": Köln's town
            return institution + form
        if family := self._names_for(locale).family_firm(own):  # "Müller GmbH", "Weiß & Söhne"
            return family + form
        if not form and town_population(own) >= BIG_TOWN and not is_everyday(own):
            return self.surrogate(own, "LOCATION", locale)  # "your Glasgow team": its town
        return surrogate_companies.company_name(self._faker(locale), own) + form  # original's form

    def _institution(self, value: str, locale: str) -> str | None:
        """The kind kept, the place's own surrogate or a person's ("Goethe-Gymnasium"); a unit
        before it kept ("Lehrstuhl für Informatik, Universität Passau" became "Schlosser")."""
        if (unit := split_unit(value)) and (inner := self._institution(unit[2], locale)):
            return unit[0] + unit[1] + inner
        head, _, town = value.rpartition(" ")  # "Queen Elizabeth Hospital Birmingham"
        if head and place_key(town) in place_countries():
            if inner := self._institution(head, locale):
                return f"{inner} {self.surrogate(town, 'LOCATION', locale)}"
        if parts := split_place(value):
            kind, place, kind_after = parts
            return kind + self.surrogate(place, "LOCATION", locale) + kind_after
        if parts := split_named(value):
            before, name, after = parts
            if after.startswith("-"):  # "Anne-Frank-Schule": the name's words hyphenated
                person = self.surrogate(name.replace("-", " "), "PERSON", locale)
                return before + person.replace(" ", "-") + after
            firsts = name_lists()[0]  # "Elektro Brunnhuber": an owner's family name, not "Leo"
            owner = {k: "last" for k in map(name_key, _WORD_RE.findall(name)) if k not in firsts}
            return before + self.surrogate(name, "PERSON", locale, owner) + after
        return None

    def _countries(self, locale: str) -> frozenset[str]:
        if locale not in self._country_sets:
            names = set(_EXTRA_COUNTRIES)
            for loc in {locale, "en_US"}:
                for provider in self._faker(loc).providers:
                    if ".address." in type(provider).__module__:
                        names.update(normalize(n) for n in getattr(provider, "countries", ()))
            self._country_sets[locale] = frozenset(names)
        return self._country_sets[locale]

    def _address(self, value: str, rng: random.Random, locale: str) -> str:
        """Street + number, postal code + city, or both, mirroring the original's shape, in
        the country the address's shape names (`surrogate_addresses`)."""
        own = surrogate_addresses.address_locale(value, locale)
        # A town gets the surrogate it gets alone ("12345 Musterstadt" and "Musterstadt, den
        # 03.12." became two towns); computed first, as it re-seeds the shared Faker. Where the
        # address's shape names its country ("Birmingham, AL 35203"), its towns stay there.
        shaped = surrogate_addresses.address_locale(value, "") != ""
        town = self.surrogate if not shaped else lambda n, label, loc: self._cached(n, label, loc)
        towns = {n: town(n, "LOCATION", own) for n in surrogate_addresses.towns_in(value)}
        for name in towns:  # "..., Deutschland" stays: the surrogate lies in the address's country
            if normalize(name) in self._countries(own) or surrogate_regions.is_country(name):
                towns[name] = name
        for name in surrogate_addresses.people_in(value):  # "c/o Meyer": a person
            towns[name] = self.surrogate(name, "PERSON", own)
        fk = self._faker(own)
        fk.seed_instance(rng.getrandbits(64))
        return surrogate_addresses.address(value, rng, fk, towns)

    def _url(self, value: str, rng: random.Random, locale: str) -> str:
        """A platform keeps its domain, a user name in its path follows the person
        surrogates (`surrogate_urls`); other URLs get a Faker domain and path."""
        names = self._names_for(locale)
        local = lambda user: surrogate_emails.email_local(names, user, rng)  # noqa: E731
        return surrogate_urls.url(value, rng, self._faker(locale), local)


def _hint(value: str, roles: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """The document roles of the name words in `value`, hashable for the cache."""
    keys = {name_key(w) for w in _WORD_RE.findall(value)}
    initials = {f"{k}/initial" for k in keys if len(k) == 1}  # "K." stands for "Keller"
    keys |= initials | {roles[k] for k in initials if k in roles}
    keys |= {f"{k}/{kind}" for k in keys for kind in ("given", "family", "gender")}
    return tuple(sorted((k, roles[k]) for k in keys if k in roles))


def _fallback(value: str, label: str, rng: random.Random) -> str:
    """Last resort when no realistic surrogate differs: scramble letters and digits."""
    for _ in range(_MAX_ATTEMPTS):
        out = surrogate_formats.reshape(value, rng)
        if normalize(out) != normalize(value):
            return out
    return match_case(value, f"<{label}>")
