"""A UK postcode's surrogate: another postcode of the same shape that could be real (and an
Irish Eircode's and a Canadian postal code's).

Random letters in the postcode's shape read as no postcode: "LE3 9PQ" became "OL2 4IS", "NH5
3IS" ("NH" is no postcode area, and the inward code never holds C, I, K, M, O or V). The
surrogate keeps the shape (letters, digits, space, case) and takes an area of as many letters
from Faker's list of the UK's postcode areas, a district that does not start with 0, and an
inward code of the letters Royal Mail uses.

    >>> uk_postcode("LE3 9PQ", random.Random(4))
    'EC5 1RU'
    >>> uk_postcode("sw1a 1aa", random.Random(4)).islower()
    True
"""

from __future__ import annotations

import random
import re
from typing import Any

from faker.providers.address.en_GB import Provider

_AREA_RE = re.compile(r"[A-Za-z]*")
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # no C, I, K, M, O, V
_AREAS = {
    1: tuple(Provider.POSTAL_ZONES_ONE_CHAR),
    2: tuple(Provider.POSTAL_ZONES_TWO_CHARS),
}


def uk_postcode(value: str, rng: random.Random) -> str:
    """`value`, a UK postcode ("LS6 2AB", "SW1A 1AA", "m1 1ae"), as another of its shape."""
    outward = value.replace(" ", "")[:-3]
    letters = len(_AREA_RE.match(outward).group())
    area = rng.choice(_AREAS.get(letters) or _AREAS[2])
    rest = "".join(_district_char(ch, i, rng) for i, ch in enumerate(outward[letters:]))
    new_inward = str(rng.randint(0, 9)) + "".join(rng.choice(_INWARD_LETTERS) for _ in "xy")
    out = area + rest + (" " if " " in value else "") + new_inward
    return out.lower() if value.islower() else out


def _district_char(ch: str, i: int, rng: random.Random) -> str:
    if ch.isdigit():
        return rng.choice("123456789" if i == 0 else "0123456789")
    return rng.choice("ABEHMNPRVWXY")  # the letters a central London district ends in ("SW1A")


# The letters of Eircodes (routing key and unique identifier): no B, G, I, J, L, M, O, Q, S, U, Z.
_EIRCODE_LETTERS = "ACDEFHKNPRTVWXY"


def eircode(value: str, rng: random.Random) -> str:
    """An Irish Eircode's surrogate: its shape, of the letters Eircodes use ("T12 X2Y3" became
    "Q40 E2G4", whose "Q", "G" no Eircode holds); "D6W" stays, Dublin's one lettered key.

    >>> eircode("T12 X8N4", random.Random(1))[3], eircode("D6W 1234", random.Random(1))[:3]
    (' ', 'D6W')
    """
    head = value[:3] if value.upper().startswith("D6W") else ""
    out = [
        rng.choice(_EIRCODE_LETTERS)
        if ch.isalpha()
        else str(rng.randrange(10))
        if ch.isdigit()
        else ch
        for ch in value[len(head) :]
    ]
    return head + "".join(out)


# A Canadian postal code and the provinces' and territories' codes.
CA_CODE = r"[A-CEGHJ-NPR-TVXY]\d[A-CEGHJ-NPR-TV-Z] ?\d[A-CEGHJ-NPR-TV-Z]\d"
CA_PROVINCE = r"AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"


def canadian_postcode(
    province: str | None, code: str, fk: Any, rng: random.Random
) -> tuple[str | None, str]:
    """A province and a postal code of it (Faker's en_CA), spaced as `code`; without that
    locale, `province` and `code`'s shape with its first letter, which names the province.

    >>> from faker import Faker
    >>> fk = Faker("en_CA"); fk.seed_instance(0)
    >>> province, code = canadian_postcode("ON", "M5V2T6", fk, random.Random(0))
    >>> re.fullmatch(CA_CODE, code) is not None and " " not in code
    True
    """
    if hasattr(fk, "province_abbr"):
        province = fk.province_abbr()
        out = fk.postcode_in_province(province).replace(" ", "")
    else:
        first = code[0]
        out = first + "".join(
            rng.choice("0123456789") if ch.isdigit() else rng.choice("ABCEGHJKLMNPRSTVWXYZ")
            for ch in code[1:].replace(" ", "")
        )
    return province, f"{out[:3]} {out[3:]}" if " " in code else out
