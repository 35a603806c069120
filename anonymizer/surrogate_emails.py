"""E-mail surrogates that follow the person surrogates of their document: "jonas.mueller89@web.de"
beside "Jonas Müller" becomes "lukas.becker27@web.de" beside "Lukas Becker"; a team's shared
mailbox keeps its local part, a free-mail domain stays, another domain keeps its public suffix.

Example:
    >>> import random
    >>> from faker import Faker
    >>> from anonymizer.keys import Keyring
    >>> names = NameMapper(Keyring(b"doc-example-key-0123456789"), Faker("de_DE"), "de_DE")
    >>> first, last = (ascii_fold(w) for w in names.person("Jonas Müller").split())
    >>> out = email(names, "jonas.mueller@web.de", random.Random(1), Faker("de_DE"))
    >>> out == f"{first}.{last}@web.de"
    True
"""

from __future__ import annotations

import random
import re
from typing import Any

from . import surrogate_urls
from .detect.patterns_web import parse_obfuscated_email
from .name_lexicon import ascii_fold, name_key
from .name_lists import name_lists
from .surrogate_formats import reshape
from .surrogate_names import NameMapper
from .surrogate_urls import ROLE_MAILBOXES, is_freemail

_LOCAL_RE = re.compile(r"^([a-z]+(?:[._-][a-z]+){0,3})([._-]?\d*)$")  # "jonas.m_1988"


def user_name(names: NameMapper, value: str, rng: random.Random) -> str | None:
    """A handle ("@jonas_mueller89"), a Cash App "$cashtag" or a lower-case user name
    ("s.krause") with the person surrogates' names, as an e-mail's local part gets them; None
    for an id of another kind."""
    if value[:1] in ("@", "$"):
        local = email_local(names, value[1:], rng)
        return value[0] + (local or reshape(value[1:], rng))
    if value.islower() and sum(c.isalpha() for c in value) >= 4:
        return email_local(names, value, rng)
    return None


def email_local(
    names: NameMapper, local: str, rng: random.Random, roles: dict[str, str] | None = None
) -> str | None:
    """Local part rebuilt from name surrogates ("jonas.mueller89"), or None if not name-like;
    a part the document's `roles` know takes that role ("yilmaz" after "Frau Yilmaz")."""
    match = _LOCAL_RE.match(local.lower())
    if not match:
        return None
    parts = re.split(r"([._-])", match.group(1))
    roles = roles or {}
    mapped = [
        p if p in "._-" else ascii_fold(_local_part(names, parts, i, roles))
        for i, p in enumerate(parts)
    ]
    if not all(mapped):  # surrogate in a script without an ASCII spelling
        return None
    digits = "".join(c if c in "._-" else rng.choice("0123456789") for c in match.group(2))
    return "".join(mapped) + digits


def _local_part(names: NameMapper, parts: list[str], i: int, roles: dict[str, str]) -> str:
    """Surrogate of part `i` of a split local part: an initial beside a family name whose
    given name the document knows ("h" of "h.lindgren" beside "Hannah Lindgren") is the
    initial of that given name's surrogate, and one beside a given name whose family name it
    knows ("n" of "priya.n" beside "Priya Natarajan") the family name surrogate's. A name beside
    an initial, or last after another, that no list knows as a given name is a family name
    ("m.haferkamp" became "k.frederike")."""
    part = parts[i]
    if len(part) == 1:
        for j in (i - 2, i + 2):  # the parts beside it, past the separator
            key = name_key(parts[j]) if 0 <= j < len(parts) else ""
            for kind, role in (("given", "first"), ("family", "last")):
                other = roles.get(f"{key}/{kind}")
                if other and other[0] == part:
                    return ascii_fold(names.token(other, role))[:1] or names.initial(part)
        return names.initial(part)
    beside_initial = any(0 <= j < len(parts) and len(parts[j]) == 1 for j in (i - 2, i + 2))
    last = i == len(parts) - 1 and i >= 2  # "anna.haferkamp": after another name part
    key = name_key(part)
    if (beside_initial or last) and key not in roles and key not in name_lists()[0]:
        return names.by_role(part, "last", roles)  # "m.haferkamp": a family name, no list's
    return names.by_role(part, None, roles)


def email(
    names: NameMapper,
    value: str,
    rng: random.Random,
    faker: Any,
    roles: dict[str, str] | None = None,
) -> str:
    """A valid e-mail: name-like local parts follow the person surrogate, a team's shared
    mailbox ("service@") keeps its local part, free-mail kept. A value without "@" (a user
    name the model read as an e-mail) stays a user name."""
    obfuscated = parse_obfuscated_email(value)
    if obfuscated:  # "anna (at) gmx (punkt) de" -> "lukas (at) gmx (punkt) de"
        plain, at, dot = obfuscated
        new_local, _, new_domain = email(names, plain, rng, faker, roles).partition("@")
        if dot in value.split(at, 1)[0]:  # "m[dot]h[at]..."; not "m.haferkamp[at]posteo[dot]de"
            new_local = new_local.replace(".", dot)
        return new_local + at + new_domain.replace(".", dot)
    local, _, domain = value.rpartition("@")
    if not local:
        local, domain = value, ""
    shared = local.lower() in ROLE_MAILBOXES and domain and not is_freemail(domain)
    new_local = local if shared else email_local(names, local, rng, roles)
    if new_local is None:
        new_local = ascii_fold(faker.user_name()) or "user"
    if "@" not in value:
        return new_local
    if not is_freemail(domain):
        domain = surrogate_urls.host(domain, faker)
    return f"{new_local}@{domain}"
