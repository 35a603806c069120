r"""Personal data in file paths and file names, as error messages and attachments show them.

Support tickets and app feedback paste paths from error messages and name their attachments:
"C:\Users\jonas.weber\AppData\...", "/home/mkowalski/.config/...", "Rechnung_Weber_Jonas_2024.pdf",
"IMG_Sarah_Miller_0423.jpg". Both stayed readable: the model reads no names inside paths.

- The user folder of a home directory (Windows `C:\Users\`, a share's `\home\`, Linux `/home/`,
  macOS `/Users/`) is an ID, unless it is a shared or system folder ("Public", "Default").
- Two or more capitalised words joined by "_", "-" or "." inside a file name or path, each a
  name the lists know and one a first name, are a PERSON ("Weber_Jonas"; not "Rechnung").

Example:
    >>> text = r"Fehler in C:\Users\jonas.weber\AppData, Anhang Rechnung_Weber_Jonas_2024.pdf"
    >>> [(text[s:e], label) for s, e, label, _ in find_path_names(text)]
    [('jonas.weber', 'ID'), ('Weber_Jonas', 'PERSON')]
"""

from __future__ import annotations

import re

from ..name_lists import is_listed
from .patterns_names import Span, is_first_name

SCORE = 0.9
_HOME_RE = re.compile(
    r"(?:(?<![\w])[A-Za-z]:\\(?:Users|Documents and Settings|Dokumente und Einstellungen)\\"
    r"|\\\\[\w.-]+\\(?i:home|users?)\\|(?<![\w.~])/(?:home|Users)/)"
    r"(?P<user>[^\\/\s:*?\"<>|]+)"
)
_HOME_HINTS = ("users\\", "/users/", "/home/", "\\home\\", "settings\\", "einstellungen\\")
_SHARED_FOLDERS = frozenset(
    "public default default user all users administrator admin root user guest shared "
    "öffentlich".split()
)
# A file name or path token: holds "_" or ends in an extension ("IMG_Sarah_Miller_0423.jpg").
_FILE_TOKEN_RE = re.compile(  # from a token's start only: a scan from every character was slow
    r"(?<![^\s\"'<>(])[^\s\"'<>()]*(?:_[^\s\"'<>()]*|\.[A-Za-z0-9]{2,4})(?=[\s\"'<>(),;]|$)"
)
_JOINED_WORD_RE = re.compile(r"(?<![^\W_])[A-ZÄÖÜ][a-zäöüß]+(?=[_.-]|[^\w]|$|\d)")


def find_path_names(text: str) -> list[Span]:
    """ID spans of home-directory user folders and PERSON spans of names in file names."""
    spans = [
        (m.start("user"), m.end("user"), "ID", SCORE)
        for m in (_HOME_RE.finditer(text) if _has_home_hint(text) else ())
        if m.group("user").casefold() not in _SHARED_FOLDERS
    ]
    if "_" in text or "." in text:
        for token in _FILE_TOKEN_RE.finditer(text):
            if not token.group().startswith(("@", "#")):  # a handle or hashtag: no file
                spans += _names_in(text, token.start(), token.end())
    return spans


def _has_home_hint(text: str) -> bool:
    """A cheap test before `_HOME_RE`: substring tests instead of a scan by the regex engine."""
    low = text.casefold()
    return any(hint in low for hint in _HOME_HINTS)


def _names_in(text: str, start: int, end: int) -> list[Span]:
    """Runs of two or more listed capitalised words joined by one "_", "-" or "." each."""
    spans: list[Span] = []
    run: list[re.Match] = []
    for word in [*_JOINED_WORD_RE.finditer(text, start, end), None]:
        joined = (
            word is not None
            and run
            and word.start() == run[-1].end() + 1
            and text[run[-1].end()] in "_.-"
        )
        if word is not None and is_listed(word.group()) and (joined or not run):
            run.append(word)
            continue
        if len(run) >= 2 and any(is_first_name(w.group()) for w in run):
            spans.append((run[0].start(), run[-1].end(), "PERSON", SCORE))
        run = [word] if word is not None and is_listed(word.group()) else []
    return spans
