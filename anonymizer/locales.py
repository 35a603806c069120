"""Faker locales by the names users give them: "de-DE", "de" and "de_DE" are one locale.

Example:
    >>> resolve_locale("de-DE"), resolve_locale("en"), resolve_locale("pt")
    ('de_DE', 'en_US', 'pt_PT')
"""

from __future__ import annotations

# The locale a bare language code means where its own country's is not the first choice.
_PREFERRED = {"en": "en_US", "sv": "sv_SE", "da": "da_DK", "cs": "cs_CZ", "ja": "ja_JP"}


def resolve_locale(locale: str) -> str:
    """Canonical Faker locale ("de-DE" -> "de_DE", "de" -> "de_DE"); ValueError if unknown."""
    from faker.config import AVAILABLE_LOCALES

    name = locale.replace("-", "_")
    lang = name.split("_")[0].lower()
    preferred = _PREFERRED.get(lang, f"{lang}_{lang.upper()}")
    if name == lang and preferred in AVAILABLE_LOCALES:  # "de" -> "de_DE", "en" -> "en_US"
        return preferred
    if name in AVAILABLE_LOCALES:
        return name
    matches = sorted(loc for loc in AVAILABLE_LOCALES if loc.split("_")[0] == lang)
    if matches:
        return matches[0]
    raise ValueError(
        f"unknown locale {locale!r}; expected a Faker locale such as 'de_DE' or 'en_US' "
        "(see faker.config.AVAILABLE_LOCALES)"
    )
