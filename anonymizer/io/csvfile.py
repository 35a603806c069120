"""CSV with a header row: selected columns are anonymized, all others pass through, column
order kept. Rows may span lines (quoted newlines); errors name the row's first line."""

from __future__ import annotations

import csv
import io
import itertools
import re
import sys
from collections.abc import Iterator
from typing import BinaryIO

from .base import Item, check_length
from .errors import InputError, InputFormatError
from .lines import ENCODING_FIX

_BAD_UTF8 = re.compile("[\udc80-\udcff]")


_DELIMITERS = ",;\t|"
# Excel's hint line before the header, naming the delimiter: "sep=;"
_SEP_LINE_RE = re.compile(r"(?i:sep)=(.)\r?\n?")


def guess_delimiter(header_line: str) -> str:
    """The delimiter of a header line: whichever of , ; tab | it holds most (a German Excel
    export uses ";"), "," when it holds none.

    >>> guess_delimiter("id;datum;kommentar"), guess_delimiter("text"), guess_delimiter("a,b;c,d")
    (';', ',', ',')
    """
    counts = [(header_line.count(d), -i, d) for i, d in enumerate(_DELIMITERS)]
    best = max(counts)
    return best[2] if best[0] else ","


class CsvReader:
    """Rows as Items; `header` is available after construction (the header line is read then).
    `delimiter` None guesses it from the header line (`guess_delimiter`); `self.delimiter` is
    the one used. A byte order mark is dropped from the header and noted in `self.bom`; the
    header's line ending ("\r\n" or "\n") is `self.newline`. Excel's "sep=;" line before the
    header names the delimiter (unless `delimiter` is given) and is kept in `self.preamble`."""

    def __init__(
        self,
        stream: BinaryIO,
        fields: list[str],
        max_chars: int,
        delimiter: str | None = ",",
        encoding: str = "utf-8",
    ) -> None:
        csv.field_size_limit(min(sys.maxsize, max_chars * 4 + 1))
        self.max_chars, self.encoding = max_chars, encoding
        text = io.TextIOWrapper(stream, encoding=encoding, errors="surrogateescape", newline="")
        first = text.readline()
        self.bom = first.startswith("\ufeff")  # Excel's "CSV UTF-8": kept for the output
        first = first.removeprefix("\ufeff")
        self.preamble = ""
        if sep := _SEP_LINE_RE.fullmatch(first):
            self.preamble, first = first, text.readline()
            delimiter = delimiter or sep.group(1)
        self.newline = "\r\n" if first.endswith("\r\n") else "\n"  # the output's, too
        self.delimiter = delimiter or guess_delimiter(first)
        # strict: a quote left open or text after a closing quote is an error naming the row,
        # not rows silently merged into one field
        self._reader = csv.reader(
            itertools.chain([first], text), delimiter=self.delimiter, strict=True
        )
        try:
            self.header = next(self._reader)
        except StopIteration:
            raise InputFormatError("the CSV input is empty; expected a header row") from None
        missing = [f for f in fields if f not in self.header]
        if missing:
            raise InputFormatError(
                f"expected columns {missing}, found {self.header[:20]} (delimiter "
                f"{self.delimiter!r}); pass --field with one of the found column names, or "
                "--delimiter"
            )
        self.columns = [self.header.index(f) for f in fields]

    def __iter__(self) -> Iterator[Item]:
        line = self._reader.line_num + 1 + bool(self.preamble)
        while True:
            try:
                row = next(self._reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Item(
                    line,
                    None,
                    [],
                    error=InputError(
                        line,
                        f"unreadable CSV row ({exc})",
                        'close its quoted field, double any quote inside it (""), '
                        "or check --delimiter",
                        kind="csv",
                    ),
                )
                line = self._reader.line_num + 1 + bool(self.preamble)
                continue
            try:
                yield Item(line, row, self._texts(line, row), row)
            except InputError as err:
                yield Item(line, row, [], error=err)
            line = self._reader.line_num + 1 + bool(self.preamble)

    def _texts(self, line: int, row: list[str]) -> list[str]:
        if len(row) != len(self.header):
            raise InputError(
                line,
                f"expected {len(self.header)} columns, found {len(row)}",
                "check quoting and delimiters of this row",
                kind="csv",
            )
        texts = []
        for col in self.columns:
            value = row[col]
            m = _BAD_UTF8.search(value)
            if m:
                raise InputError(
                    line,
                    f"invalid {self.encoding} in column {self.header[col]!r}",
                    ENCODING_FIX,
                    kind="encoding",
                )
            check_length(line, value, self.max_chars, f"column {self.header[col]!r}")
            texts.append(value)
        return texts


class CsvWriter:
    def __init__(
        self,
        stream: BinaryIO,
        header: list[str],
        columns: list[int],
        delimiter: str = ",",
        bom: bool = False,
        encoding: str = "utf-8",
        newline: str = "\r\n",
        preamble: str = "",
    ) -> None:
        self._text = io.TextIOWrapper(
            stream, encoding=encoding, errors="surrogateescape", newline="", write_through=True
        )
        if bom:
            self._text.write("\ufeff")
        self._text.write(preamble)  # Excel's "sep=;" line, as the input had it
        self._writer = csv.writer(self._text, delimiter=delimiter, lineterminator=newline)
        self._writer.writerow(header)
        self.columns = columns

    def write(self, item: Item, texts: list[str | None]) -> None:
        row = list(item.record)
        for col, text in zip(self.columns, texts):
            row[col] = text
        self._writer.writerow(row)

    def write_raw(self, item: Item) -> None:
        if item.raw is not None:
            self._writer.writerow(item.raw)

    def detach(self) -> None:
        self._text.flush()
        self._text.detach()
