"""UTF-16 and UTF-32 input read as UTF-8, so the line readers can split it on newline bytes.

Excel's "Unicode Text" export and PowerShell's `Out-File` write UTF-16 with a byte order mark.
`utf8_input` recognises that mark (or takes an `--encoding` such as utf-16) and hands the
readers a stream of the same text in UTF-8; memory stays bounded (64 KiB at a time).

Example:
    >>> import io
    >>> stream, enc = utf8_input(io.BufferedReader(io.BytesIO("id\\tNäme\\n".encode("utf-16"))))
    >>> stream.read(), enc
    (b'id\\tN\\xc3\\xa4me\\n', 'utf-8')
"""

from __future__ import annotations

import codecs
import io
from typing import BinaryIO

from .errors import InputFormatError

_CHUNK = 1 << 16
# Byte order marks, longest first: UTF-32 LE opens with the UTF-16 LE mark.
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class _Utf8Stream(io.RawIOBase):
    """The text of a binary stream in `encoding`, re-encoded as UTF-8 bytes. Bytes that do not
    decode stop the job with an `InputFormatError` naming their offset (UTF-16 has no record
    boundaries a reader could skip to)."""

    def __init__(self, raw: BinaryIO, encoding: str) -> None:
        self._raw, self._encoding = raw, encoding
        self._decoder = codecs.getincrementaldecoder(encoding)()
        self._pending = b""
        self._offset = 0  # input bytes decoded so far

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self._pending:
            chunk = self._raw.read(_CHUNK)
            start = self._offset - len(self._decoder.getstate()[0])  # of what it decodes now
            try:
                text = self._decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                raise InputFormatError(
                    f"invalid {self._encoding} at byte {start + exc.start:,} of the "
                    f"input ({exc.reason}); re-save the file as UTF-8 or UTF-16, or pass the "
                    "encoding it has with --encoding"
                ) from None
            self._offset += len(chunk)
            self._pending = text.encode("utf-8", errors="surrogatepass")
            if not chunk:
                break
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def utf8_input(stream: BinaryIO, encoding: str = "utf-8") -> tuple[BinaryIO, str]:
    """(`stream`, `encoding`) as they are for an ASCII-compatible encoding; for UTF-16 or
    UTF-32, named or opening with its byte order mark, a UTF-8 stream of the same text and
    "utf-8". `stream` needs `peek` (files opened "rb" and `sys.stdin.buffer` have it)."""
    name = codecs.lookup(encoding).name
    head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
    marked = next((enc for mark, enc in _MARKS if head.startswith(mark)), "")
    if name in ("utf-16", "utf-32") and head and not marked:
        raise ValueError(
            f"encoding {encoding!r}: the input opens with no byte order mark; pass --encoding "
            f"{name}-le (as Windows writes it) or {name}-be"
        )
    if not name.startswith(("utf-16", "utf-32")):
        if name != "utf-8" or not marked:
            return stream, encoding
        name = marked
    return io.BufferedReader(_Utf8Stream(stream, name), _CHUNK), "utf-8"
