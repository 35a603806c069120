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
):
    """Return a DataFrame with `columns` anonymized (nulls stay null); schema unchanged."""
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
    )
    cols = list(columns)

    def run(batches: Iterator) -> Iterator:
        anon = _anonymizer(options)
        for pdf in batches:
            for col in cols:
                pdf[col] = _anonymize_series(anon, pdf[col])
            yield pdf

    return df.mapInPandas(run, schema=df.schema)


def _anonymize_series(anon, series):
    """The column's strings anonymized in chunks of up to 500 k characters: one call sorts the
    chunk's windows by length, so model batches pad little."""
    from .api import CHUNK_CHARS, CHUNK_RECORDS
    from .io.job import chunked

    values = series.tolist()
    idx = [i for i, v in enumerate(values) if isinstance(v, str)]
    positions = iter(idx)
    for chunk in chunked([values[i] for i in idx], CHUNK_RECORDS, CHUNK_CHARS, len):
        for res in anon.anonymize_batch(chunk):
            values[next(positions)] = res.text
    return values
