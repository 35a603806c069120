"""Text an export garbled, read as it was written: "\\u00fc" escapes, quoted-printable mail
("M=C3=BCller"), mojibake ("MÃ¼ller") and decomposed letters.

Export faults split names for the model and the rules. JSON encoded twice, or a CSV
written by a tool that escapes, holds "J\\u00f6rg Schr\\u00f6der": the model saw "J" and
"Schr" and left "\\u00f6rg"; "Frau M\\u00fcller" became "Frau B\\u00fcller". A UTF-8 file
opened as Windows-1252 and saved again (a spreadsheet's CSV) holds "JÃ¶rg SchrÃ¶der": the
model found the name, but its surrogate was made of "Ã" and "¶" ("MOHAMMAD¶joanna"). A mail
saved raw writes its body quoted-printable, "Frau M=C3=BCller", read as "M" and "ller" (only a
character outside ASCII is decoded: "=3D" and "=20" are as likely a formula's).
`decode_escapes` and `fix_mojibake` give detection the characters meant; like HTML character
references (`markup.decode_references`) each decoded character keeps the offset where its
escape or byte sequence starts, so a span found there covers what it touched in the text, and
the replacement reads the decoded value.

Mojibake is read only where the characters spell a whole, valid UTF-8 sequence of a Latin,
Greek, Cyrillic or Arabic letter, punctuation or currency sign ("Ã¼", "â€™"), so text that
only holds "Ã" or "â€" stays as it is, and so does German text whose "ß" a quotation mark
follows ("„Spaß“").

Example:
    >>> decode_escapes(r"J\\u00f6rg")[0], fix_mojibake("JÃ¶rg SchrÃ¶der â€“ KÃ¶ln")[0]
    ('Jörg', 'Jörg Schröder – Köln')
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Sequence

# "\u00fc", and a pair of surrogates for a character outside the basic plane ("\ud83d\ude00").
_HEX = "[0-9a-fA-F]"
_ESCAPE_RE = re.compile(
    rf"\\u([dD][89abAB]{_HEX}{{2}})\\u([dD][c-fC-F]{_HEX}{{2}})|\\u({_HEX}{{4}})"
)
# A character outside ASCII as quoted-printable mail writes its UTF-8 bytes ("=C3=BC").
_PRINTABLE_RE = re.compile(
    r"=[C-D][0-9A-F]=[89AB][0-9A-F]|=E[0-9A-F](?:=[89AB][0-9A-F]){2}|=F[0-4](?:=[89AB][0-9A-F]){3}"
)
# Characters Windows-1252 gives the bytes 0x80-0xBF (a UTF-8 sequence's continuation bytes).
_CONT = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
# A lead byte and as many continuation bytes as it announces, each read as Windows-1252.
_MOJIBAKE_RE = re.compile(
    rf"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}}"
)
_MOJIBAKE_LEADS = re.compile("[\u00c2-\u00f4]")
# A character and the combining marks after it.
_MARKED_RE = re.compile(".[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# What mojibake of names and feedback decodes to: Latin letters and signs, Greek, Cyrillic and
# Arabic letters, Vietnamese letters, punctuation ("’", "–", "…"), currency ("€") and "™";
# German text spells other sequences ("„Spaß“": "ß“" is valid UTF-8 of an N'Ko letter).
_MEANT_RE = re.compile(
    "[\u00a0-\u024f\u0370-\u04ff\u0600-\u06ff\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]"
)


def substitute(
    text: str, subs: list[tuple[int, int, str]], origin: Sequence[int] | None = None
) -> tuple[str, Sequence[int]]:
    """`text` with each `(start, end, new)` of `subs` (sorted, apart) put in, and the offset of
    each character's source in the original text (through `origin`, the offsets of `text`
    itself when None), plus one last item, the text's length.

    >>> substitute("a&amp;b", [(1, 6, "&")])
    ('a&b', array('l', [0, 1, 6, 7]))
    """
    at = origin if origin is not None else range(len(text) + 1)
    pieces: list[str] = []
    out = array("l")  # 8 bytes a character, not a Python int object each
    pos = 0
    for start, end, new in subs:
        pieces += [text[pos:start], new]
        out.extend(at[pos:start])  # a slice of the range or array, no Python loop
        out.extend([at[start]] * len(new))
        pos = end
    pieces.append(text[pos:])
    out.extend(at[pos:])
    return "".join(pieces), out


def decode_escapes(
    text: str, origin: Sequence[int] | None = None
) -> tuple[str, Sequence[int] | None]:
    """`text` with its "\\uXXXX" escapes and quoted-printable characters outside ASCII
    ("=C3=BC") decoded, and the origin of each character as `substitute` gives it; `origin`
    unchanged when there was none."""
    subs = _printable_subs(text) if "=" in text else []
    if "\\u" in text:
        subs = sorted(subs + _escape_subs(text))
    return substitute(text, subs, origin) if subs else (text, origin)


def _printable_subs(text: str) -> list[tuple[int, int, str]]:
    """The characters quoted-printable mail wrote as their UTF-8 bytes ("M=C3=BCller")."""
    subs = []
    for m in _PRINTABLE_RE.finditer(text):
        try:
            subs.append((m.start(), m.end(), bytes.fromhex(m.group().replace("=", "")).decode()))
        except UnicodeDecodeError:
            continue
    return subs


def _escape_subs(text: str) -> list[tuple[int, int, str]]:
    subs = []
    for m in _ESCAPE_RE.finditer(text):
        if m.group(3):
            char = chr(int(m.group(3), 16))
        else:
            high, low = int(m.group(1), 16), int(m.group(2), 16)
            char = chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        if "\ud800" <= char <= "\udfff":  # a lone surrogate is no character
            continue
        subs.append((m.start(), m.end(), " " if char.isspace() and char not in "\r\n" else char))
    return subs


def fix_mojibake(
    text: str, origin: Sequence[int] | None = None
) -> tuple[str, Sequence[int] | None]:
    """`text` with each character that UTF-8 written as Windows-1252 garbled ("Ã¶" for "ö",
    "â€™" for "’") read back, and the origin of each character as `substitute` gives it;
    `origin` unchanged when there was none."""
    if _MOJIBAKE_LEADS.search(text) is None:
        return text, origin
    subs = []
    for m in _MOJIBAKE_RE.finditer(text):
        try:
            char = bytes(_byte(c) for c in m.group()).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if _MEANT_RE.match(char):
            subs.append((m.start(), m.end(), char))
    return substitute(text, subs, origin) if subs else (text, origin)


def _byte(char: str) -> int:
    """The byte Windows-1252 writes `char` as (Latin-1's for the five it leaves undefined)."""
    code = ord(char)
    return code if code < 0x100 else char.encode("cp1252")[0]


def compose(text: str, origin: Sequence[int] | None = None) -> tuple[str, Sequence[int] | None]:
    """`text` with each letter and its combining marks composed into one character where
    Unicode has one (NFC: "Zo" + "e" + U+0308 -> "Zoë"), and the origin of each character as
    `substitute` gives it; `origin` unchanged when all was composed.

    Text from macOS files and some forms comes decomposed: the model read "Zoe" and left the
    mark, which joined the surrogate ("Zoë" became "Veronikä").

    >>> compose("Zoe\u0308 Mu\u0308ller")[0] == "Zoë Müller"
    True
    """
    if unicodedata.is_normalized("NFC", text):
        return text, origin
    subs = []
    for m in _MARKED_RE.finditer(text):
        composed = unicodedata.normalize("NFC", m.group())
        if composed != m.group():
            subs.append((m.start(), m.end(), composed))
    return substitute(text, subs, origin) if subs else (text, origin)


def read_garbled(text: str) -> str:
    """`text` as `decode_escapes`, `fix_mojibake` and `compose` read it, for a value to
    replace.

    >>> read_garbled(r"Schr\\u00f6der"), read_garbled("SchrÃ¶der")
    ('Schröder', 'Schröder')
    """
    return compose(fix_mojibake(decode_escapes(text)[0])[0])[0]
