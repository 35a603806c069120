"""A file job: stream records in, anonymize them in batches, stream them out in order.

Memory stays flat: two chunks of records (at most `batch_size` records or `chunk_chars`
characters each) are held at a time. Output to a path is written to a temporary file beside it
and renamed on success, so a failed job leaves no half file.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar

from .base import Item
from .csvfile import CsvReader, CsvWriter
from .errors import ON_ERROR, FileSummary, InputError, InputFormatError
from .jsonl import JsonlReader, JsonlWriter
from .text import TextReader, TextWriter
from .transcode import utf8_input

T = TypeVar("T")
R = TypeVar("R")
FORMATS = ("jsonl", "csv", "text")
_EXT = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".txt": "text"}
DEFAULT_FIELDS = {"jsonl": ["text"], "csv": ["text"], "text": []}
# Read once at import (reading the umask means setting it, which races with threads creating files).
_UMASK = os.umask(0o022)
os.umask(_UMASK)


_SPREADSHEETS = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".numbers"})


def infer_format(src: str | os.PathLike, fmt: str | None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise InputFormatError(f"unknown format {fmt!r}; expected one of {list(FORMATS)}")
        return fmt
    ext = Path(str(src)).suffix.lower()
    if ext in _SPREADSHEETS:
        raise InputFormatError(
            f"{str(src)!r} is a spreadsheet workbook, which is not read; save the sheet as "
            '"CSV UTF-8" (Excel) or CSV (LibreOffice) and pass that file'
        )
    if str(src) == "-" or ext not in _EXT:
        raise InputFormatError(
            f"cannot infer the format of {str(src)!r} from its extension; pass --format "
            f"(Python: fmt=) one of {list(FORMATS)}"
        )
    return _EXT[ext]


def check_paths(src, dst, quarantine=None) -> None:
    """Fail before any work when the input is missing or a folder, an output folder does not
    exist, or two of input, output and quarantine file are the same file ('-' is stdin/stdout)."""
    if str(src) != "-":
        if not os.path.exists(src):
            raise InputFormatError(f"input file {str(src)!r} not found; check the path")
        if os.path.isdir(src):
            raise InputFormatError(f"input {str(src)!r} is a folder; pass one file per job")
    named = {"output": dst, "quarantine file": quarantine}
    for what, path in named.items():
        if path is None or str(path) == "-":
            continue
        folder = Path(path).parent
        if not folder.is_dir():
            raise InputFormatError(
                f"the folder of the {what} {str(path)!r} does not exist; create it first"
            )
        if Path(path).is_dir():
            raise InputFormatError(f"the {what} {str(path)!r} is a folder; name a file in it")
    files = [(w, p) for w, p in [("input", src), *named.items()] if p and str(p) != "-"]
    for i, (what_a, a) in enumerate(files):
        for what_b, b in files[i + 1 :]:
            if _same_file(a, b):
                raise InputFormatError(
                    f"the {what_a} and the {what_b} are the same file; choose another {what_b}"
                )


def _same_file(a, b) -> bool:
    return os.path.abspath(a) == os.path.abspath(b) or (
        os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)
    )


@contextlib.contextmanager
def open_output(dst) -> Iterator[BinaryIO]:
    """stdout for '-', else a temp file renamed onto `dst` when the block succeeds."""
    if str(dst) == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(dst)
    fd, tmp = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".partial", dir=target.parent or "."
    )
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp made it 0600; give it a new file's mode
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@contextlib.contextmanager
def open_input(src) -> Iterator[BinaryIO]:
    if str(src) == "-":
        yield sys.stdin.buffer
        return
    with open(src, "rb") as f:
        yield f


@contextlib.contextmanager
def open_quarantine(fmt: str, path, reader, fields: list[str]) -> Iterator:
    """A writer for bad records in the input's own format (None when no path is given)."""
    if not path:
        yield None
        return
    with open(path, "wb") as f:
        if fmt == "csv":
            # the rows as they came: the input's delimiter, byte order mark and encoding
            writer = CsvWriter(
                f,
                reader.header,
                reader.columns,
                reader.delimiter,
                reader.bom,
                reader.encoding,
                reader.newline,
                reader.preamble,
            )
            try:
                yield writer
            finally:
                writer.detach()
        else:
            yield JsonlWriter(f, fields) if fmt == "jsonl" else TextWriter(f, False)


def make_reader_writer(fmt: str, raw: BinaryIO, out: BinaryIO, fields: list[str], opts: dict):
    """The reader and writer of a job; UTF-16 or UTF-32 input is read as UTF-8 (`transcode`)."""
    inp, enc = utf8_input(raw, opts.get("encoding", "utf-8"))
    max_chars, transcoded = opts["max_chars"], inp is not raw
    if fmt == "jsonl":
        return JsonlReader(inp, fields, max_chars, enc), JsonlWriter(out, fields)
    if fmt == "csv":
        reader = CsvReader(inp, fields, max_chars, opts["delimiter"], enc)
        # the output is UTF-8; its byte order mark tells Excel so when the input had another
        bom = reader.bom or codecs.lookup(enc).name != "utf-8" or transcoded
        writer = CsvWriter(
            out,
            reader.header,
            reader.columns,
            reader.delimiter,
            bom,
            newline=reader.newline,
            preamble=reader.preamble,
        )
        return reader, writer
    whole = opts["whole_file"]
    return TextReader(inp, max_chars, whole, enc), TextWriter(out, whole)


def run_items(
    items: Iterable[Item],
    writer,
    start_records: Callable[[list[list[str]]], Callable[[], list[list]]],
    *,
    on_error: str,
    quarantine_writer=None,
    batch_size: int = 64,
    chunk_chars: int | None = None,
    progress: Callable[[int], None] | None = None,
    fields: list[str] | None = None,
) -> FileSummary:
    """Core loop shared by every format, one chunk of records in flight.

    `start_records(groups, names)` starts work on each valid record's texts (the model runs in
    the background; `names` holds each text's field, from `fields` or the record's own paths)
    and returns the function that completes it into AnonymizeResults per record.
    The next chunk is read and started before this one is completed and written, so the model
    works while this thread finishes, writes and parses. A chunk ends at `batch_size` records
    or once its texts reach `chunk_chars` characters. Output keeps the input order."""
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {list(ON_ERROR)}, got {on_error!r}")
    summary, started = FileSummary(), time.perf_counter()
    chunks = chunked(items, batch_size, chunk_chars, _item_chars)
    for chunk, results in pipelined(chunks, lambda c: _start_chunk(c, start_records, fields)):
        _finish_chunk(chunk, results, writer, summary, on_error, quarantine_writer, progress)
    summary.seconds = time.perf_counter() - started
    return summary


def pipelined(
    chunks: Iterator[list[T]], start: Callable[[list[T]], Callable[[], R]]
) -> Iterator[tuple[list[T], R]]:
    """(chunk, finished result) in input order; `start(chunk)` begins the work and returns the
    function that completes it. The next chunk is read and started before the current one is
    completed, so background work (the model) overlaps the caller's. When reading fails, the
    chunk already started is still completed and yielded before the error is raised."""
    pending: tuple[list[T], Callable[[], R]] | None = None
    while True:
        try:
            chunk = next(chunks, None)
        except BaseException:
            if pending:
                yield pending[0], pending[1]()
            raise
        started = (chunk, start(chunk)) if chunk else None
        if pending:
            yield pending[0], pending[1]()
        if started is None:
            return
        pending = started


def chunked(
    items: Iterable[T], max_items: int, max_chars: int | None, size: Callable[[T], int]
) -> Iterator[list[T]]:
    """Consecutive lists of up to `max_items` items, ended early once the items' `size` (their
    characters) reaches `max_chars`.

    >>> [len(c) for c in chunked(["ab", "cd", "ef"], 5, 4, len)]
    [2, 1]
    """
    chunk: list[T] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += size(item)
        if len(chunk) >= max_items or (max_chars is not None and chars >= max_chars):
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _item_chars(item: Item) -> int:
    return sum(len(t) for t in item.texts if t is not None)


def _start_chunk(chunk: list[Item], start_records, fields=None) -> Callable[[], list[list]]:
    valid = [item for item in chunk if item.error is None]
    groups = [[t for t in item.texts if t is not None] for item in valid]
    if not any(groups):
        return lambda: [[] for _ in groups]
    if not fields:
        return start_records(groups)
    names = [
        [f for f, t in zip(item.paths or fields, item.texts) if t is not None] for item in valid
    ]
    return start_records(groups, names)


def _finish_chunk(chunk, results, writer, summary, on_error, quarantine_writer, progress) -> None:
    results = iter(results)
    for item in chunk:
        summary.read += 1
        if item.error is not None:
            _handle_error(item, summary, on_error, quarantine_writer)
        else:
            _write_item(item, next(results), writer, summary)
    if progress:
        progress(len(chunk))


def _write_item(item: Item, results: list, writer, summary: FileSummary) -> None:
    done = iter(results)
    new: list[str | None] = []
    for t in item.texts:
        if t is None:
            new.append(None)
            continue
        r = next(done)
        summary.chars += len(t)
        summary.entities.update(r.labels)
        new.append(r.text)
    writer.write(item, new)
    summary.written += 1


def _handle_error(item: Item, summary: FileSummary, on_error: str, quarantine_writer) -> None:
    err: InputError = item.error
    if on_error == "fail":
        raise err
    summary.note_error(err)
    if on_error == "skip":
        summary.skipped += 1
    else:
        quarantine_writer.write_raw(item)
        summary.quarantined += 1
