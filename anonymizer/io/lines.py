"""Bounded-memory line reading from a binary stream, with exact line numbers."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import BinaryIO

from .errors import InputError

CHUNK = 1 << 16
_BOM = b"\xef\xbb\xbf"


def iter_lines(
    stream: BinaryIO, max_chars: int, keep_ends: bool = False
) -> Iterator[tuple[int, bytes | InputError]]:
    """Yield (line number, line bytes without the newline, or with it if `keep_ends`) or an
    InputError for a line of more bytes than `max_chars` characters can take (4 bytes each in
    UTF-8); an over-long line is skipped in chunks, never held in memory whole. The exact
    character count is the reader's check on the decoded text. A UTF-8 byte order mark opening
    the stream is dropped."""
    max_bytes = 4 * max_chars
    line_no = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        line_no += 1
        if line_no == 1 and line.startswith(_BOM):  # "UTF-8 with BOM" (Excel, Notepad)
            line = line[len(_BOM) :]
        if len(line) > max_bytes and not line.endswith(b"\n"):
            size = len(line) + _skip_rest_of_line(stream)
            yield (
                line_no,
                InputError(
                    line_no,
                    f"record of {size:,} bytes is longer than --max-chars allows "
                    f"({max_chars:,} characters; a line may hold 4 bytes per character)",
                    "split the record or raise --max-chars",
                    kind="too_long",
                ),
            )
            continue
        yield line_no, line.rstrip(b"\r\n") if line.endswith(b"\n") and not keep_ends else line


def _skip_rest_of_line(stream: BinaryIO) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def decode(line_no: int, raw: bytes, encoding: str = "utf-8") -> str:
    """Decode or raise an InputError naming the byte offset."""
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            line_no, f"invalid {encoding} at byte {exc.start}", ENCODING_FIX, kind="encoding"
        ) from None


# The fix named by every decoding error.
ENCODING_FIX = (
    "pass --encoding with the file's encoding (cp1252 for a CSV saved by a German or Western "
    "Excel), or re-encode the file as UTF-8"
)


def check_encoding(encoding: str) -> str:
    """`encoding` if Python knows it and it writes a newline as one byte, or it is UTF-16 or
    UTF-32 (which `transcode.utf8_input` reads as UTF-8); else a ValueError."""
    try:
        ok = "\n;,".encode(encoding) == b"\n;,"
        ok = ok or codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    except LookupError:
        ok = False
    if not ok:
        raise ValueError(
            f"encoding {encoding!r}: expected one that keeps ASCII as it is, such as utf-8, "
            "cp1252 or latin-1, or utf-16; pass --encoding with one of them"
        )
    return encoding
