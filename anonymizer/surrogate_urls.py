"""URL surrogates. A personal page on a well-known platform keeps the platform and gets a new
user in its path ("linkedin.com/in/sandra-koch-12345" -> "linkedin.com/in/lukas-becker-48213"),
as e-mail addresses keep free-mail domains: which platform a customer points to is no personal
data, and the analysis may need it. Any other URL gets a Faker domain and path.

Example:
    >>> import random
    >>> from faker import Faker
    >>> url("https://www.instagram.com/lisa.mueller", random.Random(1), Faker(), str.upper)
    'https://www.instagram.com/LISA.MUELLER'
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from .surrogate_formats import reshape

PLATFORMS = frozenset(
    "instagram.com facebook.com fb.com linkedin.com xing.com twitter.com x.com tiktok.com "
    "youtube.com youtu.be t.me telegram.me github.com gitlab.com reddit.com pinterest.com "
    "pinterest.de threads.net snapchat.com twitch.tv medium.com vimeo.com soundcloud.com "
    "tumblr.com flickr.com mastodon.social bsky.app".split()
)
# Path words of a platform that name a kind of page, not a person ("linkedin.com/in/...").
_PAGE_WORDS = frozenset(
    "in pub company school groups group people profile profiles user users u c channel pages "
    "posts p reel reels status watch video videos r s add profile.php".split()
)
_URL_RE = re.compile(r"^(?:([a-zA-Z][\w+.-]*)://)?(www\.)?([^/?#]*)(.*)$")


def url(value: str, rng: random.Random, fk: Any, handle: Callable[[str], str]) -> str:
    """The surrogate of a URL; `handle` maps a user name in a platform path (the e-mail local
    part mapping of the person surrogates, so a name keeps its person's surrogate)."""
    m = _URL_RE.match(value.strip())
    scheme, www, host, rest = m.groups() if m else ("https", "", "", "")
    head = f"{scheme + '://' if scheme else ''}{www or ''}"
    if host.lower() in PLATFORMS and rest.strip("/"):
        path = re.split(r"[?#]", rest, maxsplit=1)[0]  # a query may hold anything: dropped
        new_path = "/".join(_segment(s, rng, handle) for s in path.split("/"))
        if new_path != path:  # else no user in it: a page of the platform itself
            return head + host + new_path
    new = head + fk.domain_name()
    return f"{new}/{fk.uri_path()}" if rest.strip("/") else new + rest[:1]


def _segment(segment: str, rng: random.Random, handle: Callable[[str], str]) -> str:
    """A path segment of a platform URL: page words kept, a user name mapped."""
    if not segment or segment.casefold() in _PAGE_WORDS:
        return segment
    at = "@" if segment.startswith("@") else ""
    return at + (handle(segment.removeprefix("@")) or reshape(segment.removeprefix("@"), rng))
