"""Plain text: one record per line (default) or the whole file as one record."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from .base import Item, check_length
from .errors import InputError
from .lines import decode, iter_lines


class TextReader:
    """Each line is a record (line endings are restored on output); `whole=True` reads the
    entire file as one record, which is then the one input held in memory whole."""

    def __init__(self, stream: BinaryIO, max_chars: int, whole: bool = False) -> None:
        self.stream, self.max_chars, self.whole = stream, max_chars, whole

    def __iter__(self) -> Iterator[Item]:
        if self.whole:
            yield self._whole()
            return
        for line_no, raw in iter_lines(self.stream, self.max_chars * 4):
            if isinstance(raw, InputError):
                yield Item(line_no, None, [], error=raw)
                continue
            try:
                text = decode(line_no, raw)
                check_length(line_no, text, self.max_chars, "line")
                yield Item(line_no, raw, [text])
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
            text = decode(1, raw)
            check_length(1, text, self.max_chars, "file")
            return Item(1, raw, [text])
        except InputError as err:
            return Item(1, None, [], error=err)


class TextWriter:
    def __init__(self, stream: BinaryIO, whole: bool = False) -> None:
        self.stream, self.whole = stream, whole

    def write(self, item: Item, texts: list[str | None]) -> None:
        self.stream.write(texts[0].encode("utf-8") + (b"" if self.whole else b"\n"))

    def write_raw(self, item: Item) -> None:
        self.stream.write((item.raw or b"") + (b"" if self.whole else b"\n"))
