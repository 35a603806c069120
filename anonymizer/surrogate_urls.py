"""URL and domain surrogates, and which domains and mailboxes an e-mail keeps.

A personal page on a well-known platform keeps the platform and gets a new user in its path
("linkedin.com/in/sandra-koch-12345" -> "linkedin.com/in/lukas-becker-48213"), as e-mail
addresses keep free-mail domains: which platform a customer points to is no personal data, and
the analysis may need it. Any other URL gets a Faker domain and path; a domain keeps its public
suffix (the Public Suffix List, `publicsuffixlist`): "shop.co.uk" becomes "morrison.co.uk", not
a ".com", and "anna.github.io" another user's page on "github.io".

Example:
    >>> import random
    >>> from faker import Faker
    >>> url("https://www.instagram.com/lisa.mueller", random.Random(1), Faker(), str.upper)
    'https://www.instagram.com/LISA.MUELLER'
    >>> host("beispiel-shop.co.uk", Faker()).endswith(".co.uk")
    True
"""

from __future__ import annotations

import ipaddress
import random
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from publicsuffixlist import PublicSuffixList

from .surrogate_formats import reshape

PLATFORMS = frozenset(
    "instagram.com facebook.com fb.com linkedin.com xing.com twitter.com x.com tiktok.com "
    "youtube.com youtu.be t.me telegram.me github.com gitlab.com reddit.com pinterest.com "
    "pinterest.de threads.net snapchat.com twitch.tv medium.com vimeo.com soundcloud.com "
    "tumblr.com flickr.com mastodon.social bsky.app "
    # payment and tip pages ("paypal.me/janedoe" became "davis.me/category/app/list")
    "paypal.me venmo.com cash.app ko-fi.com patreon.com buymeacoffee.com".split()
)
PLATFORM_BRANDS = frozenset("tripadvisor trustpilot yelp ebay etsy".split())
_USER_PAGES = frozenset("profile users user usr members people shop".split())
FREEMAIL = frozenset(
    "web.de t-online.de me.com mac.com posteo.de mailbox.org freenet.de arcor.de online.de "
    "1und1.de kabelmail.de vodafone.de btinternet.com sky.com virginmedia.com talktalk.net "
    "ntlworld.com blueyonder.co.uk bluewin.ch".split()
)
# Free-mail brands under any country's suffix ("outlook.ie", "yahoo.co.uk", "gmx.net").
FREEMAIL_BRANDS = frozenset(
    "gmail googlemail outlook hotmail live msn yahoo ymail aol gmx icloud proton protonmail".split()
)
# Shared mailboxes of a team or function, which name no person: their local part stays
# ("service@example-shop.de" -> "service@dietz.de", not the person "walter@dietz.de").
ROLE_MAILBOXES = frozenset(
    "info service support kontakt contact noreply no-reply donotreply do-not-reply hello hallo "
    "team sales vertrieb billing buchhaltung rechnung rechnungen invoice invoices accounts "
    "kundenservice kundendienst customerservice customer-service customercare help hilfe office "
    "admin webmaster postmaster mail post newsletter presse press marketing jobs karriere "
    "careers bewerbung hr personal shop order orders bestellung bestellungen feedback "
    "beschwerde complaints reklamation datenschutz privacy dpo legal abuse security".split()
)
# Path words of a platform that name a kind of page, not a person ("linkedin.com/in/...").
_PAGE_WORDS = frozenset(
    "in pub company school groups group people profile profiles user users u c channel pages "
    "posts p reel reels status watch video videos r s add profile.php usr shop members".split()
)
_PRIVATE_BLOCKS = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
# A profile's name with the platform's id after it: "max-mustermann-4b1a2c3" (LinkedIn), which
# became "lxl-umptqcolzp-2w8w5b4", its name scrambled.
_ID_SUFFIX = re.compile(r"([^\W\d_]+(?:[-_.][^\W\d_]+)+)([-_](?=[0-9a-z]*\d)[0-9a-z]{4,})")
_URL_RE = re.compile(r"^(?:([a-zA-Z][\w+.-]*)://)?(www\.)?([^/?#]*)(.*)$")


def url(value: str, rng: random.Random, fk: Any, handle: Callable[[str], str]) -> str:
    """The surrogate of a URL; `handle` maps a user name in a platform path (the e-mail local
    part mapping of the person surrogates, so a name keeps its person's surrogate)."""
    m = _URL_RE.match(value.strip())
    scheme, www, host_name, rest = m.groups() if m else ("https", "", "", "")
    head = f"{scheme + '://' if scheme else ''}{www or ''}"
    if is_platform(host_name, rest) and rest.strip("/"):
        path = re.split(r"[?#]", rest, maxsplit=1)[0]  # a query may hold anything: dropped
        new_path = "/".join(_segment(s, rng, handle) for s in path.split("/"))
        if new_path != path:  # else no user in it: a page of the platform itself
            return head + host_name + new_path
    new = head + host(host_name, fk)
    return f"{new}/{fk.uri_path()}" if rest.strip("/") else new + rest[:1]


def host(value: str, fk: Any) -> str:
    """Another host name under `value`'s public suffix, its port kept ("shop.co.uk" ->
    "morrison.co.uk", "anna.github.io" -> "lee.github.io"); an IPv4 host another address; a
    Faker domain where `value` has no suffix ("localhost")."""
    name, colon, port = value.lower().rstrip(".").partition(":")
    if name.replace(".", "").isdigit():  # an IPv4 host: another address
        return ip_address(name, fk.random) + colon + port
    suffix = _suffixes().publicsuffix(name) if "." in name else None
    new = f"{fk.domain_word()}.{suffix}" if suffix and suffix != name else fk.domain_name()
    return new + colon + port


def ip_address(value: str, rng: random.Random) -> str:
    """A valid address of the same IP version (v6 when the value has two or more colons); a
    private IPv4 address stays in its private block ("192.168.0.1" -> "192.168.37.201"), so an
    internal address still reads as one.

    >>> ip_address("10.1.2.3", random.Random(1)).startswith("10.")
    True
    """
    if value.count(":") >= 2:
        return str(ipaddress.IPv6Address(rng.getrandbits(128)))
    for block in _PRIVATE_BLOCKS:
        if _in_block(value, block):
            network = ipaddress.IPv4Network(block)
            return str(network[rng.randint(1, network.num_addresses - 2)])
    return ".".join(str(o) for o in (rng.randint(1, 223), *(rng.randint(0, 255) for _ in "abc")))


def _in_block(value: str, block: str) -> bool:
    try:
        return ipaddress.IPv4Address(value.strip()) in ipaddress.IPv4Network(block)
    except ValueError:
        return False


def registered_domain(value: str) -> str | None:
    """The part of a host name a registrant holds ("outlook.ie" of "eu.outlook.ie")."""
    return _suffixes().privatesuffix(value.lower().rstrip("."))


@cache
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList()


def _segment(segment: str, rng: random.Random, handle: Callable[[str], str]) -> str:
    """A path segment of a platform URL: page words kept, a user name mapped."""
    if not segment or segment.casefold() in _PAGE_WORDS:
        return segment
    at, name = ("@" if segment.startswith("@") else ""), segment.removeprefix("@")
    if (m := _ID_SUFFIX.fullmatch(name)) and (mapped := handle(m.group(1))):
        return at + mapped + reshape(m.group(2), rng)  # "max-mustermann-4b1a2c3"
    return at + (handle(name) or reshape(name, rng))


def is_platform(host_name: str, path: str = "") -> bool:
    """A platform whose pages name their users, which a URL keeps: `PLATFORMS`, or a user's
    page of a review or marketplace site under any suffix ("tripadvisor.co.uk/Profile/
    SarahJ_1985" got a Faker domain and path; its hotel pages still do).

    >>> is_platform("xing.com"), is_platform("de.trustpilot.com", "/users/5f2a9c")
    (True, True)
    >>> is_platform("tripadvisor.com", "/Hotel_Review-g1-d2.html")
    False
    """
    low = host_name.lower().rstrip(".")
    if low in PLATFORMS:
        return True
    brand = (registered_domain(low) or low).split(".")[0] in PLATFORM_BRANDS
    return brand and any(s.casefold() in _USER_PAGES for s in path.split("/"))


def is_freemail(domain: str) -> bool:
    """A free-mail provider's domain, which an address keeps ("gmx.de", "outlook.ie").

    >>> is_freemail("yahoo.co.uk"), is_freemail("beispiel-shop.de")
    (True, False)
    """
    low = domain.lower().rstrip(".")
    registered = registered_domain(low) or low
    return low in FREEMAIL or registered.split(".")[0] in FREEMAIL_BRANDS
