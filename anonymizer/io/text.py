"""Plain text: one record per line (default) or the whole file as one record."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from .base import Item, check_length
from .errors import InputError
from .lines import decode, iter_lines


class TextReader:
    """Each line is a record and keeps its own ending on output; `whole=True` reads the
    entire file as one record, which is then the one input held in memory whole."""

    def __init__(
        self, stream: BinaryIO, max_chars: int, whole: bool = False, encoding: str = "utf-8"
    ) -> None:
        self.stream, self.max_chars, self.whole = stream, max_chars, whole
        self.encoding = encoding

    def __iter__(self) -> Iterator[Item]:
        if self.whole:
            yield self._whole()
            return
        for line_no, raw in iter_lines(self.stream, self.max_chars, keep_ends=True):
            if isinstance(raw, InputError):
                yield Item(line_no, None, [], error=raw)
                continue
            body = raw.rstrip(b"\r\n")
            try:
                text = decode(line_no, body, self.encoding)
                check_length(line_no, text, self.max_chars, "line")
                yield Item(line_no, raw, [text], record=raw[len(body) :])
            except InputError as err:
                yield Item(line_no, raw, [], error=err)

    def _whole(self) -> Item:
        raw = self.stream.read(self.max_chars * 4 + 1)
        try:
            if len(raw) > self.max_chars * 4:
                raise InputError(
                    1,
                    f"file of over {self.max_chars * 4:,} bytes is longer than --max-chars "
                    f"allows ({self.max_chars:,} characters, 4 bytes each at most)",
                    "use line mode or raise --max-chars",
                    kind="too_long",
                )
            text = decode(1, raw, self.encoding)
            check_length(1, text, self.max_chars, "file")
            return Item(1, raw, [text])
        except InputError as err:
            return Item(1, None, [], error=err)


class TextWriter:
    def __init__(self, stream: BinaryIO, whole: bool = False) -> None:
        self.stream, self.whole = stream, whole

    def write(self, item: Item, texts: list[str | None]) -> None:
        end = b"" if self.whole else item.record  # the line's own ending: \n, \r\n or none
        self.stream.write(texts[0].encode("utf-8") + end)

    def write_raw(self, item: Item) -> None:
        raw = item.raw or b""
        self.stream.write(raw if self.whole or raw.endswith(b"\n") else raw + b"\n")
