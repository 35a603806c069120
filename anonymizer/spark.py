"""Scale out on Spark: anonymize text columns of a DataFrame partition by partition.

Each executor process loads the Anonymizer once (cached) and anonymizes its partitions in
batches with `mapInPandas`; other columns pass through. Surrogates are consistent across all
executors because every one derives them from the same key: pass `key` (or `key_file` readable
on every executor); without one, a random key is drawn once on the driver for this job.

Example:
    >>> from anonymizer.spark import anonymize_dataframe               # doctest: +SKIP
    >>> out = anonymize_dataframe(df, ["comment"], key=secret)          # doctest: +SKIP
    >>> out.write.parquet("feedback_anonymized")                        # doctest: +SKIP

Needs the `spark` extra (pyspark, pandas, pyarrow).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator, Sequence

_CACHE: dict = {}


def _anonymizer(options: tuple):
    if options not in _CACHE:
        from .api import Anonymizer

        _CACHE.clear()
        model, kwargs = options[0], dict(options[1:])
        _CACHE[options] = (
            Anonymizer(None, **kwargs) if model == "-" else Anonymizer.load(model, **kwargs)
        )
    return _CACHE[options]


def anonymize_dataframe(
    df,
    columns: Sequence[str],
    *,
    model: str | os.PathLike | None = None,
    patterns_only: bool = False,
    operators: str | None = None,
    key: str | bytes | None = None,
    locale: str = "auto",
    batch_size: int | None = None,
    threads: int = 1,
    keep: Sequence[str] = (),
):
    """Return a DataFrame with `columns` anonymized (nulls stay null); schema unchanged.
    `keep`: terms whose detected spans stay in the text (`anonymizer.keep`)."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"expected columns {missing}, found {df.columns}; pass existing columns")
    if key is None:
        key = os.environ.get("ANONYMIZER_KEY") or secrets.token_hex(32)
    from .api import default_bundle_path

    model_path = "-" if patterns_only else str(model or default_bundle_path() or "-")
    options = (
        model_path,
        ("key", key),
        ("locale", locale),
        ("operators", operators),
        ("batch_size", batch_size),
        ("threads", threads),
        ("keep", tuple(keep)),
    )
    cols = list(columns)

    def run(batches: Iterator) -> Iterator:
        anon = _anonymizer(options)
        for pdf in batches:
            yield anonymize_rows(anon, pdf, cols)

    return df.mapInPandas(run, schema=df.schema)


def anonymize_rows(anon, pdf, columns: Sequence[str]):
    """`pdf` (a pandas DataFrame) with the strings of `columns` anonymized row by row, as
    `anonymize_file` does a record's fields: one surrogate locale per row, guessed from all its
    texts, and names read together (a name column and a comment get one surrogate). Chunks of
    up to 500 k characters: one model call sorts a chunk's windows by length, so batches pad
    little. Nulls and other values stay."""
    from .api import CHUNK_CHARS, CHUNK_RECORDS
    from .io.job import chunked

    values = {c: pdf[c].tolist() for c in columns}
    rows = [[(c, i) for c in columns if isinstance(values[c][i], str)] for i in range(len(pdf))]

    def size(cells: list) -> int:
        return sum(len(values[c][i]) for c, i in cells)

    for chunk in chunked(rows, CHUNK_RECORDS, CHUNK_CHARS, size):
        texts = [[values[c][i] for c, i in cells] for cells in chunk]
        finish = anon._start_records(texts, [[c for c, _ in cells] for cells in chunk])
        for cells, results in zip(chunk, finish()):
            for (c, i), res in zip(cells, results):
                values[c][i] = res.text
    for c in columns:
        pdf[c] = values[c]
    return pdf
