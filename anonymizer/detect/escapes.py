"""Line breaks, tabs and quotes written as escapes ("Grüßen\\nAyşe"), read as white space.

Exports that escape their text (a ticket system's CSV, a database dump, JSON pasted as text)
write a line break as the two characters backslash and "n". The model read "\\nAyşe Demirtaş"
as one name and "\\nMichael" as no name at all, and a replaced span that took an escape in
changed it: "Kundennr:\\t88812345" became "Kundennr:\\r20061126", and "Berger\\r\\nMusterstraße
5\\r\\n10115 Berlin" lost its line breaks. `blank_escapes` writes each escape as white space of
its length for detection (a space and the character it stands for, so a line still ends
there), and `escape_spans` gives the escapes a replaced span is cut around, so each stays. An
escaped quotation mark is read so too: in 'Mein Name ist \\"Jonas Weber\\"' the model read
'\\"Jonas' as the name and left "Weber".

A backslash in a path is no escape: a word that starts with a drive ("C:\\"), a share
("\\\\server"), holds a backslash before any other character, or two and a file name, keeps
its backslashes ("C:\\Users\\nina", "Ordner\\neu\\Bericht.docx", "docs\\notes\\todo.txt").

Example:
    >>> blank_escapes("Grüßen\\\\nAyşe")
    'Grüßen \\nAyşe'
    >>> blank_escapes("C:\\\\Users\\\\nina") == "C:\\\\Users\\\\nina"
    True
"""

from __future__ import annotations

import re

_ESCAPE_RE = re.compile(r'\\[nrt"]')
_WHITE = {"n": " \n", "r": " \r", "t": " \t", '"': ' "'}
# A word holding a backslash: no white space, so a path stays one word.
_WORD_RE = re.compile(r"[^\s\\]*(?:\\[^\s\\]*)+")
# What a path's word starts with, or holds: a drive, a share, a backslash before anything but
# n, r, t (or at the end), or two backslashes and a file name ("docs\notes\todo.txt"; a
# domain is none: "Gruß\nKlaus\nwww.example.de").
_FILE = r"\.(?i:txt|log|csv|docx?|xlsx?|pptx?|pdf|jpe?g|png|gif|zip|exe|dll|ini|json|xml|msg|eml)"
_PATH_RE = re.compile(rf"^(?:[A-Za-z]:|\\\\)|\\(?![nrt\"])|\\[^\s]*\\[^\s\\]*{_FILE}$")


def escape_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the escapes of `text` that stand for a line break or tab (module docstring).

    >>> escape_spans("Danke\\\\r\\\\nKlaus"), escape_spans("C:\\\\new\\\\test")
    ([(5, 7), (7, 9)], [])
    """
    if "\\" not in text:
        return []
    spans: list[tuple[int, int]] = []
    for word in _WORD_RE.finditer(text):
        if _PATH_RE.search(word.group()):
            continue
        spans += [m.span() for m in _ESCAPE_RE.finditer(text, word.start(), word.end())]
    return spans


def blank_escapes(text: str) -> str:
    """`text` with each escape of `escape_spans` written as white space of the same length."""
    spans = escape_spans(text)
    if not spans:
        return text
    pieces, at = [], 0
    for start, end in spans:
        pieces += [text[at:start], _WHITE[text[start + 1]]]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)
