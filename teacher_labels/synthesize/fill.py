"""Faker-backed values for typed slots; every value becomes exactly one span (or none).

`Filler.fill(label, ref, form)` returns segments `(text, label_or_None, extra)`; a salutation
such as "Herr"/"Mr" is an unlabelled segment *outside* the PERSON span, an academic title
("Dr.", "Prof.") is *inside* it. Slots sharing a `ref` (e.g. `@c` for the customer) refer to the
same person/value within one record; an e-mail with a ref is derived from that person's name.

Example:
    >>> import random
    >>> from teacher_labels.synthesize.langdata import load_lang
    >>> f = Filler(random.Random(0), load_lang("de"))
    >>> [s[1] for s in f.fill("PERSON", None, "formal")]
    [None, 'PERSON']
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from faker import Faker

from . import values
from .langdata import LABEL_FORMS, LangData

Segment = tuple[str, "str | None", "dict | None"]


@dataclass(frozen=True)
class Person:
    """A generated person: name parts, gender ("m"/"f") and the Faker locale of the name."""

    first: str
    last: str
    gender: str
    origin: str


class Filler:
    """Generates slot values for one language; call `new_record()` between records.

    `name_origin` (a Faker locale) makes every PERSON name come from that locale, from a Faker
    instance of its own seeded with `name_seed`: `rng` is drawn exactly as without it, so one
    seed gives the same frames and other values for every origin (the matched bias check)."""

    def __init__(
        self,
        rng: random.Random,
        data: LangData,
        name_origin: str | None = None,
        name_seed: int = 0,
    ) -> None:
        self.rng, self.data, self.cfg = rng, data, data.config
        locales = sorted(
            {*self.cfg["locales"], *self.cfg["name_locales"], *self.cfg["iban_locales"]}
        )
        self.fakers: dict[str, Faker] = {}
        for loc in locales:
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(rng.getrandbits(32))
        self.name_origin = name_origin
        if name_origin:
            self._name_faker = Faker(name_origin)
            self._name_faker.seed_instance(name_seed)
        self.new_record()

    def new_record(self) -> None:
        """Forget persons and values shared by ref; pick the record's locale."""
        self.people: dict[str, Person] = {}
        self.memo: dict[tuple[str, str], str] = {}
        self.locale = self.rng.choice(self.cfg["locales"])

    @property
    def fake(self) -> Faker:
        return self.fakers[self.locale]

    def filler(self, name: str) -> str:
        """A non-PII filler (product, price, ...): lang.json pattern, # digit, % 1-9, %% a %."""
        pattern = self.rng.choice(self.cfg["fillers"][name]).replace("%%", "\0")
        return self.fake.numerify(pattern).replace("\0", "%")

    def fill(self, label: str, ref: str | None, form: str | None) -> list[Segment]:
        """Segments for one slot; exactly one of them carries `label`."""
        form = form or self._default_form(label)
        if label == "PERSON":
            return self._person_segments(self.person(ref), form)
        key = (ref, label) if ref else None
        if key and key in self.memo:
            return [(self.memo[key], label, None)]
        text = self._value(label, ref, form)
        if key:
            self.memo[key] = text
        return [(text, label, None)]

    def person(self, ref: str | None) -> Person:
        if ref and ref in self.people:
            return self.people[ref]
        names, weights = zip(*self.cfg["name_locales"].items())
        origin = self.rng.choices(names, weights)[0]
        fk, gender = self.fakers[origin], self.rng.choice("mf")
        if self.name_origin:
            origin, fk = self.name_origin, self._name_faker
        first = fk.first_name_male() if gender == "m" else fk.first_name_female()
        person = Person(first, fk.last_name(), gender, origin)
        if ref:
            self.people[ref] = person
        return person

    def _default_form(self, label: str) -> str | None:
        forms = self.cfg.get("form_weights", {}).get(label)
        if forms:
            return self.rng.choices(list(forms), list(forms.values()))[0]
        return self.rng.choice(LABEL_FORMS[label]) if LABEL_FORMS[label] else None

    def _person_segments(self, p: Person, form: str) -> list[Segment]:
        extra = {"name_origin": p.origin}
        title = self.rng.choice(self.cfg["titles"])
        if form == "formal":
            salutation = self.rng.choice(self.cfg["salutations"][p.gender])
            name = f"{title} {p.last}" if self.rng.random() < 0.2 else p.last
            return [(salutation + " ", None, None), (name, "PERSON", extra)]
        if form.startswith("article"):  # colloquial "die Sabine", "dem Kevin": article outside
            return [
                (self.cfg["articles"][p.gender][form] + " ", None, None),
                (p.first, "PERSON", extra),
            ]
        text = {
            "full": f"{p.first} {p.last}",
            "first": p.first,
            "last": p.last,
            "title": f"{title} {p.last}",
            "initial": f"{p.first[0]}. {p.last}",
        }[form]
        return [(text, "PERSON", extra)]

    def _value(self, label: str, ref: str | None, form: str | None) -> str:
        fk, rng, cfg = self.fake, self.rng, self.cfg
        if label == "EMAIL":
            return self._email(ref)
        if label == "URL":
            return values.url(rng, self._org_domain(), cfg["url_paths"], fk)
        if label == "ORGANIZATION":
            return self._org() if form == "shop" else fk.company()
        if label == "IBAN":
            return values.iban(rng, self.fakers[rng.choice(cfg["iban_locales"])])
        if label == "PHONE":
            return values.phone(rng, fk, self.locale.split("_")[-1], form)
        if label == "DATE":
            return values.date(rng, fk, cfg, form)
        if label == "ID":
            return values.ident(rng, fk, cfg["ids"], form)
        return values.simple(label, form, rng, fk, cfg)

    def _org(self) -> str:
        key = ("@org", "ORGANIZATION")
        if key not in self.memo:
            pattern = self.rng.choice(self.cfg["shop_patterns"])
            self.memo[key] = pattern.format(last=self.fake.last_name(), city=self.fake.city())
        return self.memo[key]

    def _org_domain(self) -> str:
        key = ("@org", "domain")
        if key not in self.memo:
            base = ascii_fold(self._org().split()[0]) or "shop"
            self.memo[key] = f"{base}.{self.rng.choice(self.cfg['tlds'])}"
        return self.memo[key]

    def _email(self, ref: str | None) -> str:
        p = self.person(ref)
        first, last = ascii_fold(p.first), ascii_fold(p.last)
        if not first or not last:  # name in a non-Latin script: no derivable local part
            first, last = ascii_fold(self.fake.first_name()), ascii_fold(self.fake.last_name())
        pattern = self.rng.choice(self.cfg["email_locals"])
        local = pattern.format(f=first, l=last, i=first[0], n=self.rng.randint(1, 99))
        domain = self._org_domain() if ref == "a" else self.rng.choice(self.cfg["email_domains"])
        return f"{local}@{domain}"


_FOLD = str.maketrans({"ß": "ss", "ı": "i", "ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe"})


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters/digits of `text` ("Müller-Şahin" -> "muellersahin"-like)."""
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and c.isalnum())
