"""One file job: open the input and output, read records, anonymize them chunk by chunk, write
them in order, route bad records, and count everything (`Anonymizer.anonymize_file`)."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager

from .errors import FileSummary
from .job import (
    DEFAULT_FIELDS,
    check_paths,
    infer_format,
    make_reader_writer,
    open_input,
    open_output,
    open_quarantine,
    run_items,
)


def run_file(
    start_records: Callable,
    src: str | os.PathLike,
    dst: str | os.PathLike,
    fmt: str | None,
    fields: list[str] | str | None,
    *,
    on_error: str,
    quarantine: str | os.PathLike | None,
    opts: dict,
    switching: AbstractContextManager,
    chunk: tuple[int, int],
    progress: Callable[[int], None] | None = None,
) -> FileSummary:
    """Stream `src` to `dst` through `start_records` (see `run_items`), `chunk` records and
    characters at a time, inside `switching`; `opts` are the reader's (`make_reader_writer`)."""
    fmt = infer_format(src, fmt)
    check_paths(src, dst, quarantine)
    fields = [fields] if isinstance(fields, str) else list(fields or DEFAULT_FIELDS[fmt])
    if on_error == "quarantine" and not quarantine:
        raise ValueError("on_error='quarantine' needs a quarantine path (--quarantine PATH)")
    with open_input(src) as inp, open_output(dst) as out:
        reader, writer = make_reader_writer(fmt, inp, out, fields, opts)
        with open_quarantine(fmt, quarantine, reader, fields) as qwriter, switching:
            summary = run_items(
                reader,
                writer,
                start_records,
                on_error=on_error,
                quarantine_writer=qwriter,
                batch_size=chunk[0],
                chunk_chars=chunk[1],
                progress=progress,
                fields=fields,
            )
        if hasattr(writer, "detach"):
            writer.detach()
    return summary
