"""E-mail, URL, IP address, MAC address, social-media handle and user-name recognizers (see
`anonymizer.detect.patterns` for the score scheme).

Every finder takes the text and returns `(start, end, label, score)` tuples.

Example:
    >>> find_emails("Mail: max@example.de.")
    [(6, 20, 'EMAIL', 1.0)]
"""

from __future__ import annotations

import ipaddress
import re

Span = tuple[int, int, str, float]

_EMAIL_RE = re.compile(r"(?<![\w.%+-])[\w%+-]+(?:[.'][\w%+-]+)*@(?:[\w-]+\.)+[^\W\d_]{2,}(?![\w-])")

# Obfuscated e-mail addresses (`find_obfuscated_emails`): an "at" in brackets, "ät", a spaced "@"
# or the bare word; a dot in brackets, spelled out ("dot", "punkt") or plain.
_OBF_AT_RE = re.compile(
    r"[ \t]*[(\[{<][ \t]*(?i:at|ät|@)[ \t]*[)\]}>][ \t]*"
    r"|[ \t]+(?:at|AT|ät|Ät|@)[ \t]+|@[ \t]+"
)
_OBF_DOT = (
    r"(?:[ \t]*[(\[{<][ \t]*(?i:dot|punkt|\.)[ \t]*[)\]}>][ \t]*"
    r"|[ \t]+(?:dot|DOT|Dot|punkt|Punkt|PUNKT)[ \t]+|\.)"
)
_OBF_DOT_RE = re.compile(_OBF_DOT)
_SPELLED_DOT_RE = re.compile(r"[(\[{<][ \t]*(?i:dot|punkt|\.)[ \t]*[)\]}>]|(?i:\bdot\b|\bpunkt\b)")
_OBF_PART = r"(?!(?i:dot|punkt|at)\b)[\w%+-]+"
_OBF_LOCAL_RE = re.compile(rf"(?<![\w.%+@-]){_OBF_PART}(?:{_OBF_DOT}{_OBF_PART}){{0,3}}$")
_OBF_LABEL = r"(?!(?i:dot|punkt)\b)[^\W_](?:[\w-]*[^\W_])?"
_OBF_DOMAIN_RE = re.compile(
    rf"(?P<first>{_OBF_LABEL})(?:{_OBF_DOT}{_OBF_LABEL}){{0,3}}?{_OBF_DOT}"
    r"(?i:de|com|net|org|at|ch|eu|info|biz|io|fr|nl|pl|it|es|uk|me|us|ca|au|tr|be|dk|se|lu|li"
    r"|cz|edu|gov|email|mail)(?![\w-]|\.\w)"
)
# Mail providers that make a bare "at" an address ("anna at gmx.de").
_MAIL_PROVIDERS = frozenset(
    "gmail googlemail gmx web t-online yahoo outlook hotmail live icloud me mac aol posteo "
    "protonmail proton freenet mailbox arcor online yandex mail".split()
)

# Bare-domain TLDs: short ones that are also common words ("it", "in", "is", "me", "to", "so",
# "be", "us", "no") are left out, because "did it.It was" would otherwise become a URL. A bare
# domain right after "/" or "\" is a folder of a path ("/Users/priya.raman/Library/...").
_BARE_TLDS = (
    "de|com|net|org|at|ch|eu|info|biz|io|shop|online|app|dev|gov|edu|fr|nl|pl|es|"
    "co\\.uk|uk|berlin|hamburg|bayern|koeln|wien|swiss|store|tech|ai|li|lu|dk|se|cz"
)
_URL_CHARS = r"[^\s<>\"'`{}|\\^]"
_URL_RE = re.compile(
    rf"\b(?:https?://|www\.){_URL_CHARS}+"
    rf"|(?<![\w@./\\-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_BARE_TLDS})\b(?!\.\w)"
    rf"(?:/{_URL_CHARS}*)?"
    rf"|(?<![\w@./\\-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{{2,}}/{_URL_CHARS}*",
    re.IGNORECASE,
)
# What every URL match contains: a scheme, "www." or a domain label glued to its TLD.
_URL_HINT_RE = re.compile(r"://|www\.|[a-z0-9]\.[a-z]", re.IGNORECASE)
_TRAILING = ".,;:!?'\"”’»"
_BRACKETS = {")": "(", "]": "[", "}": "{", ">": "<"}

_IPV4_RE = re.compile(r"(?<![\w.:])(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\d)")
_IPV6_RE = re.compile(
    r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:]|\.\d)"
)
# A social-media handle ("@jonas_mueller89", "@anna.k"): an online identifier (GDPR Art. 4(1)).
# Not inside an e-mail or URL, starts with a letter or "_" (so "@5pm" is no handle), up to 30
# characters, no trailing dot, inner hyphens too (Venmo's "@Jane-Doe-12" left "Doe-12"); chat
# broadcasts ("@all", "@here") are not people.
_HANDLE_RE = re.compile(r"(?<![\w@./:+-])@(?=[^\W\d]|_)\w(?:[\w.-]{0,28}\w)?(?![\w@])")
# A Reddit user, "u/throwaway_mike_ohio" or "/u/...": the name after "u/" (it was left).
_REDDIT_USER_RE = re.compile(r"(?<![\w./-])/?u/(?P<user>[\w-]{3,20})(?![\w/-])")
# A Cash App "$cashtag" a few words after the app's name; a letter first and a lower-case
# letter in it, so a price ("$100") and a ticker ("$AAPL") are none.
_CASHTAG_RE = re.compile(
    r"(?i:cash\s?app|cashtag)\W+(?:\w+\W+){0,3}?"
    r"(?P<tag>\$(?=[A-Z0-9_-]*[a-z])[A-Za-z][\w-]{1,19})(?![\w$])"
)
_NOT_HANDLES = frozenset({"all", "alle", "here", "channel", "everyone", "everybody", "team"})
# A device's hardware (MAC) address, an online identifier like an IP address: six hex pairs with
# one separator throughout ("3C:52:82:1A:9F:E0", "3c-52-82-1a-9f-e0"), or Cisco's three dotted
# quads ("3c52.821a.9fe0", which must hold a hex letter so "2024.1234.5678" is no address).
_MAC_RE = re.compile(  # first a hex digit, then the look-behind: about twice as fast
    r"[0-9A-Fa-f](?<![\w:.-].)(?:[0-9A-Fa-f]([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}"
    r"|[0-9A-Fa-f]{3}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-]|\.\w)"
)
# A user name after its keyword ("Benutzername: jmueller88", "User ID: mmeier_77", "Login
# s.krause", "Discord: nightowl#4821", "Skype live:jan.vdberg"). It must hold a letter and a digit
# or an inner separator, so "Login funktioniert nicht" names nobody; e-mail addresses and URLs
# are left to their own recognizers.
_USER_KW_RE = re.compile(
    r"\b(?=[BbDdGgIiLlNnPpSsTtUuVvXx])"  # the keywords' first letters, checked first
    r"(?i:benutzer-?name|benutzerkennung|nutzer-?name|user-?name|user\s+name|login(?:-?name)?"
    r"|(?:user|benutzer|nutzer)(?=[- ]?id\b)"
    r"|nick(?:name)?|gamertag|skype|discord|telegram|threema|instagram|insta|tiktok|snapchat"
    r"|github|twitter|steam|twitch|xbox|psn|venmo)(?i:[- ]?(?:name|id|handle|kennung|gamertag))?"
    r"(?:\s+(?i:lautet|lautete|ist|war|is|was))?\s*[:=]?\s*"
    r"(?P<id>\w[^\s,;()\[\]\"'<>/]{2,39})"
)
# An account's user name after "account", "Konto" or "profile", with an underscore or dot inside
# ("cannot log into account ngozi_oi" left it; "account settings" and "account e.g." are none).
_ACCOUNT_USER_RE = re.compile(
    r"(?<![\w-])(?i:account|konto|profile?)[ \t]+(?=[\w.]{5})"
    r"(?P<id>[^\W\d_]\w*(?:[_.]\w+)+)(?![\w@-])"
)
# A user name before its platform ("bella_ross on insta", "bin als kai.w88 auf TikTok"): lower
# case or with an underscore, so "COVID-19 on Twitter" and "Version 2.1 auf Discord" name nobody.
_USER_BEFORE_PLATFORM_RE = re.compile(
    r"(?<![\w@.#-])(?P<id>\w[\w.#-]{1,38}\w)[ \t]+(?i:on|auf|bei)[ \t]+"
    r"(?i:insta(?:gram)?|tiktok|twitter|discord|snapchat|telegram|github|reddit|twitch|threema"
    r"|skype|steam)(?!\w)"
)
_VERSION_RE = re.compile(r"v?\d+(?:\.\d+)*", re.IGNORECASE)
_USER_SEPARATORS = frozenset("._#:-")
_VERSION_BEFORE_RE = re.compile(r"(?:\bv|version|vers\.|release|build|update)\s*$", re.IGNORECASE)


def find_emails(text: str) -> list[Span]:
    """E-mail addresses; the TLD must be >= 2 letters and trailing punctuation is excluded."""
    if "@" not in text:
        return []
    return [(m.start(), m.end(), "EMAIL", 1.0) for m in _EMAIL_RE.finditer(text)]


def find_obfuscated_emails(text: str) -> list[Span]:
    """E-mail addresses written to dodge scrapers: "anna.berger (at) gmx (punkt) de", "sam dot
    whitfield at gmail dot com", "info[at]firma.de", "hans_peter ät web.de".

    A bare "at" between words is English for "at", so with it the address must also spell out
    a dot, have a dot, underscore or digit in its local part, or name a mail provider
    ("anna at gmx.de"): "ordered at amazon.de" is no address.

    >>> find_obfuscated_emails("Mail: f punkt novak at freenet punkt de")
    [(6, 39, 'EMAIL', 0.95)]
    """
    out: list[Span] = []
    for at in _OBF_AT_RE.finditer(text):
        domain = _OBF_DOMAIN_RE.match(text, at.end())
        local = _OBF_LOCAL_RE.search(text, max(0, at.start() - 64), at.start())
        if domain is None or local is None or (out and local.start() < out[-1][1]):
            continue
        if at.group().strip() in ("at", "AT") and not (
            _SPELLED_DOT_RE.search(text, local.start(), domain.end())
            or any(c in "._" or c.isdigit() for c in local.group())
            or domain.group("first").lower() in _MAIL_PROVIDERS
        ):
            continue
        out.append((local.start(), domain.end(), "EMAIL", 0.95))
    return out


def parse_obfuscated_email(value: str) -> tuple[str, str, str] | None:
    """The plain address of a whole obfuscated e-mail, with its "at" and its last "dot" as written
    (None if `value` is no such address).

    >>> parse_obfuscated_email("sam dot whitfield at gmail dot com")
    ('sam.whitfield@gmail.com', ' at ', ' dot ')
    """
    for at in _OBF_AT_RE.finditer(value):
        local = _OBF_LOCAL_RE.fullmatch(value, 0, at.start())
        domain = _OBF_DOMAIN_RE.fullmatch(value, at.end())
        if local and domain:
            dots = list(_OBF_DOT_RE.finditer(value, at.end()))
            plain = _OBF_DOT_RE.sub(".", local.group()) + "@" + _OBF_DOT_RE.sub(".", domain.group())
            return plain, at.group(), dots[-1].group()
    return None


def find_handles(text: str) -> list[Span]:
    """Social-media handles ("@jonas_mueller89", Reddit's "u/jonas_m") as ID; not "@all".

    >>> find_handles("Danke @anna.k92! Mail: a@b.de")
    [(6, 15, 'ID', 0.95)]
    """
    spans: list[Span] = []
    if "@" in text:
        spans += [
            (m.start(), m.end(), "ID", 0.95)
            for m in _HANDLE_RE.finditer(text)
            if m.group()[1:].lower() not in _NOT_HANDLES
        ]
    if "u/" in text:
        spans += [(*m.span("user"), "ID", 0.9) for m in _REDDIT_USER_RE.finditer(text)]
    if "$" in text:  # a Cash App "$cashtag" after its app's name ("$janedoe88" was left)
        spans += [(m.start("tag"), m.end("tag"), "ID", 0.9) for m in _CASHTAG_RE.finditer(text)]
    return spans


def find_user_names(text: str) -> list[Span]:
    """User names and messenger ids after their keyword, as ID.

    >>> find_user_names("Mein Benutzername ist jmueller88, Login klappt nicht")
    [(22, 32, 'ID', 0.9)]
    >>> find_user_names("xoxo, Bella (bella_ross on insta)")
    [(13, 23, 'ID', 0.9)]
    >>> find_user_names("cannot log into account ngozi_oi.")
    [(24, 32, 'ID', 0.9)]
    """
    out: list[Span] = []
    for m in _USER_KW_RE.finditer(text):
        start, end = m.start("id"), m.end("id")
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        value = text[start:end]
        if "@" in value or text.startswith("/", m.end("id")) or value.lower().startswith("www."):
            continue  # an e-mail address or URL
        if _looks_like_user_name(value):
            out.append((start, end, "ID", 0.9))
    for m in (*_USER_BEFORE_PLATFORM_RE.finditer(text), *_ACCOUNT_USER_RE.finditer(text)):
        value = m.group("id")
        if (value.islower() or "_" in value) and not _VERSION_RE.fullmatch(value):
            if _looks_like_user_name(value):
                out.append((m.start("id"), m.end("id"), "ID", 0.9))
    return out


def _looks_like_user_name(value: str) -> bool:
    """A letter, and a digit or an inner separator ("jmueller88", "s.krause", not "Login")."""
    inner = any(c in _USER_SEPARATORS for c in value[1:-1])
    return any(c.isalpha() for c in value) and (inner or any(c.isdigit() for c in value))


def find_macs(text: str) -> list[Span]:
    """Hardware (MAC) addresses as ID.

    >>> find_macs("Router MAC 3C:52:82:1A:9F:E0 getauscht")
    [(11, 28, 'ID', 0.95)]
    """
    if text.count(":") + text.count("-") < 5 and text.count(".") < 2:
        return []
    return [
        (m.start(), m.end(), "ID", 0.95)
        for m in _MAC_RE.finditer(text)
        if m.group(1) or any(c in "ABCDEFabcdef" for c in m.group())
    ]


def _trim_url(text: str, start: int, end: int) -> int:
    """New end of a URL after stripping trailing punctuation and unbalanced closing brackets."""
    while end > start:
        ch = text[end - 1]
        if ch in _TRAILING:
            end -= 1
        elif ch in _BRACKETS and text.count(_BRACKETS[ch], start, end) < text.count(ch, start, end):
            end -= 1
        else:
            break
    return end


def find_urls(text: str, emails: list[Span] | None = None) -> list[Span]:
    """http(s)/www URLs and bare domains (common TLD, or any TLD with a path).

    Domains inside the given e-mail spans are never reported.
    """
    if _URL_HINT_RE.search(text) is None:
        return []
    blocked = emails if emails is not None else find_emails(text)
    out: list[Span] = []
    for m in _URL_RE.finditer(text):
        start, end = m.start(), _trim_url(text, m.start(), m.end())
        if end - start < 4 or any(s < end and start < e for s, e, _, _ in blocked):
            continue
        if text[end - 1] in "/." and text[start:end].lower() in ("http://", "https://", "www."):
            continue
        explicit = text[start : start + 4].lower() in ("http", "www.")
        out.append((start, end, "URL", 0.95 if explicit else 0.9))
    return out


def _is_version(text: str, start: int) -> bool:
    return _VERSION_BEFORE_RE.search(text, max(0, start - 12), start) is not None


def find_ips(text: str) -> list[Span]:
    """IPv4 (four parts; version strings like "v1.2.3.4" excluded) and IPv6 addresses."""
    out: list[Span] = []
    if text.count(".") >= 3:
        for m in _IPV4_RE.finditer(text):
            if _is_version(text, m.start()):
                continue
            try:
                ipaddress.IPv4Address(m.group())
            except ValueError:
                continue
            out.append((m.start(), m.end(), "IP_ADDRESS", 1.0))
    if text.count(":") >= 2:
        for m in _IPV6_RE.finditer(text):
            value = m.group()
            if sum(c.isalnum() for c in value) < 3:
                continue
            try:
                ipaddress.IPv6Address(value)
            except ValueError:
                continue
            out.append((m.start(), m.end(), "IP_ADDRESS", 1.0))
    return out
