"""The Python API: `Anonymizer` — load, detect, anonymize texts, streams and files.

Example:
    >>> from anonymizer import Anonymizer
    >>> a = Anonymizer.load(key="a secret of at least 16 bytes")     # doctest: +SKIP
    >>> r = a.anonymize("Schreiben Sie an jonas.mueller@web.de")      # doctest: +SKIP
    >>> r.text, r.entities[0].entity.label                             # doctest: +SKIP
    ('Schreiben Sie an lukas.becker@web.de', 'EMAIL')
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from .bundle import MODEL_ENV, Bundle, default_bundle_path
from .detect.markup import Reading, outside_tags, read_markup
from .detect.merge import merge_entities
from .detect.patterns import PatternDetector
from .detect.propagate import propagate
from .detect.short_texts import drop_context_free_names
from .detect.switching import short_switch_interval
from .io.errors import FileSummary
from .io.file_job import run_file
from .io.job import chunked, pipelined
from .io.lines import check_encoding
from .keep import KeepList
from .keys import Keyring
from .lang import locale_for
from .operators import build_operators
from .operators.base import DocumentContext
from .replace import AnonymizeResult, apply_operators, record_names
from .schema import Entity
from .surrogates import Surrogates

__all__ = ["Anonymizer", "AnonymizeResult"]

log = logging.getLogger("anonymizer")
_warned_patterns_only = False
# anonymize_file works in chunks of records: the model sorts a chunk's windows by length, so
# bigger chunks pad less; two chunks are in memory at a time.
CHUNK_RECORDS = 4096
CHUNK_CHARS = 500_000


def _chars(text: object) -> int:
    return len(text) if isinstance(text, str) else 0  # not a str: _check_texts names it


class Anonymizer:
    """Detects PII (ONNX student + validated patterns, merged) and replaces it per label.

    Args:
        bundle: a loaded model bundle, or None for validated patterns only.
        locale: Faker locale for surrogates ("de_DE", "en_US", ...) or "auto" (per document,
            German or English guessed from the text).
        operators: "surrogate" (default), "mask", "redact", "tag", "hash", or a mapping
            label -> operator with "*" as the default.
        key / key_file: secret for consistent pseudonyms across runs (else $ANONYMIZER_KEY,
            else a random key: consistent within this job only).
        threshold: minimum non-O probability of a word for the model to flag it (None: the
            bundle's operating point; lower catches more and flags more).
        batch_size: windows per model call (None: 1 for an int8 bundle on CPU, so a text's
            entities never depend on the other texts of the job; see `OnnxDetector`).
        keep: terms whose detected spans stay in the text, a `KeepList` or strings ("Klarna",
            "DHL"): company and product names an analysis needs (see `anonymizer.keep`).

    >>> a = Anonymizer(None, operators="tag")
    >>> a.anonymize("Mail: info@example.org").text
    'Mail: <EMAIL_1>'
    """

    def __init__(
        self,
        bundle: Bundle | None = None,
        *,
        patterns: bool = True,
        locale: str = "auto",
        operators: str | Mapping[str, str] | None = None,
        key: str | bytes | None = None,
        key_file: str | os.PathLike | None = None,
        batch_size: int | None = None,
        threads: int | None = None,
        device: str = "auto",
        threshold: float | None = None,
        keep: KeepList | Iterable[str] = (),
    ) -> None:
        self.bundle, self.locale, self.batch_size = bundle, locale, batch_size
        self.keep = keep if isinstance(keep, KeepList) else KeepList(keep)
        self.keyring = Keyring.resolve(key=key, key_file=key_file)
        self.surrogates = Surrogates(self.keyring)
        self.operators = build_operators(operators, self.keyring, self.surrogates)
        self.patterns = PatternDetector() if patterns else None
        self.model = None
        if bundle is not None:
            from .detect.onnx import OnnxDetector

            self.model = OnnxDetector(
                bundle, threads=threads, device=device, batch_size=batch_size, threshold=threshold
            )
        self._pool: ThreadPoolExecutor | None = None
        if self.model is None and self.patterns is None:
            raise ValueError("nothing to detect with: pass a bundle or keep patterns=True")

    @classmethod
    def load(cls, path: str | os.PathLike | None = None, **options) -> Anonymizer:
        """Load a bundle folder (default: the shipped model) and build an Anonymizer."""
        global _warned_patterns_only
        bundle_path = Path(path) if path is not None else default_bundle_path()
        if bundle_path is None:
            if not _warned_patterns_only:
                log.warning(
                    "no model bundle found (models/default or $%s): running validated patterns "
                    "only; no model finds names, places or firms",
                    MODEL_ENV,
                )
                _warned_patterns_only = True
            return cls(None, **options)
        return cls(Bundle.load(bundle_path), **options)

    # -- detection -----------------------------------------------------------------------
    def detect(self, text: str) -> list[Entity]:
        """Sorted, non-overlapping entities of one text."""
        return self.detect_batch([text])[0]

    def detect_batch(self, texts: list[str]) -> list[list[Entity]]:
        """Entities per text; model inference is batched across all texts."""
        texts = list(texts)
        _check_texts(texts)
        reads = [read_markup(t) for t in texts]  # references decoded, HTML tags as spaces
        views = [r.view for r in reads]
        return self._merge(reads, self._model_entities(views), self._pattern_entities(views))

    def _model_entities(self, texts: list[str]) -> list[list[Entity]]:
        return self.model.detect_batch(texts) if self.model else [[] for _ in texts]

    def _pattern_entities(self, texts: list[str]) -> list[list[Entity]]:
        return [self.patterns.detect(t) for t in texts] if self.patterns else [[] for _ in texts]

    def _merge(self, reads: list[Reading], model: list, pats: list) -> list[list[Entity]]:
        """Merged entities of each text, found in its reading (references decoded, tags
        blanked), but for kept terms, cut around its tags, in the text's offsets."""
        model = [drop_context_free_names(r.view, m) for r, m in zip(reads, model)]
        found = [
            self.keep.filter(r.view, merge_entities(r.view, m, propagate(r.view, m, p), p))
            for r, m, p in zip(reads, model, pats)
        ]
        return [r.to_text(outside_tags(r.decoded, ents)) for r, ents in zip(reads, found)]

    # -- anonymizing ---------------------------------------------------------------------
    def anonymize(self, text: str, *, locale: str | None = None) -> AnonymizeResult:
        """Detect and replace PII in one text."""
        return self.anonymize_batch([text], locale=locale)[0]

    def anonymize_batch(
        self, texts: list[str], *, locale: str | list[str] | None = None
    ) -> list[AnonymizeResult]:
        """Anonymize many texts with batched inference; results in input order.

        `locale` overrides the surrogate locale: one for all texts, or one per text."""
        texts = list(texts)
        locales = locale if isinstance(locale, list) else [locale] * len(texts)
        if len(locales) != len(texts):
            raise ValueError(f"got {len(locales)} locales for {len(texts)} texts")
        return self._replace(texts, self.detect_batch(texts), locales)

    def _replace(
        self,
        texts: list[str],
        entities: list[list[Entity]],
        locales: list[str | None],
        records: list[int] | None = None,
        fields: list[str | None] | None = None,
    ) -> list[AnonymizeResult]:
        """Replacements of each text; the texts of a record (`records[i]`) share their names'
        roles ("Yilmaz" in a name field, "Frau Yilmaz" in its comment: one surname), and a
        field named for a given or family name (`fields[i]`) gives its name that role."""
        results = []
        names = record_names(texts, entities, records, fields)
        for text, ents, loc, found in zip(texts, entities, locales, names):
            lang, loc = locale_for(text, loc or self.locale)
            doc = DocumentContext(locale=loc, names=found)
            res = apply_operators(text, ents, self.operators, doc)
            res.lang = lang
            results.append(res)
        return results

    def _start_records(
        self, records: list[list[str]], fields: list[list[str]] | None = None
    ) -> Callable[[], list[list[AnonymizeResult]]]:
        """Start the model on the texts of many records in a background thread and return the
        function that finishes them (patterns, merge, replacement) in the calling thread.

        onnxruntime releases the GIL, so while one batch finishes here the model already works
        on the next. All texts of a record share one surrogate locale (guessed from the
        record's texts together): one name in a record's short field and its long comment
        gets one surrogate. `fields`, parallel to `records`, names each text's
        field or column ("first_name" makes its name a given name)."""
        texts = [t for rec in records for t in rec]
        _check_texts(texts)
        locales = [loc for rec in records for loc in [self._record_locale(rec)] * len(rec)]
        reads = [read_markup(t) for t in texts]  # references decoded, HTML tags as spaces
        views = [r.view for r in reads]
        future = self._worker().submit(self._model_entities, views) if self.model else None

        def finish() -> list[list[AnonymizeResult]]:
            pats = self._pattern_entities(views)
            model = future.result() if future else [[] for _ in texts]
            groups = [i for i, rec in enumerate(records) for _ in rec]
            names = [f for rec in fields for f in rec] if fields else None
            merged = self._merge(reads, model, pats)
            flat = iter(self._replace(texts, merged, locales, groups, names))
            return [[next(flat) for _ in rec] for rec in records]

        return finish

    def _worker(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="anonymizer-model")
        return self._pool

    def _job_switching(self) -> AbstractContextManager:
        """While a job's model calls overlap its Python work: see `detect.switching`."""
        return short_switch_interval() if self.model else nullcontext()

    def _record_locale(self, texts: list[str]) -> str:
        return locale_for(" ".join(texts), self.locale)[1]

    def anonymize_stream(
        self, texts: Iterable[str], batch_size: int | None = None
    ) -> Iterator[AnonymizeResult]:
        """Lazily anonymize an iterable of texts, in input order.

        Texts are taken in chunks of `batch_size` texts, by default up to `CHUNK_RECORDS`
        texts or `CHUNK_CHARS` characters (bigger chunks pad less; pass a small `batch_size`
        for a first result sooner). At most two chunks are held at a time."""
        chunks = chunked(texts, batch_size or CHUNK_RECORDS, CHUNK_CHARS, _chars)
        with self._job_switching():
            for _chunk, results in pipelined(
                chunks, lambda c: self._start_records([[t] for t in c])
            ):
                yield from (rec[0] for rec in results)

    def anonymize_file(
        self,
        src: str | os.PathLike,
        dst: str | os.PathLike,
        fmt: str | None = None,
        fields: list[str] | str | None = None,
        *,
        on_error: str = "fail",
        quarantine: str | os.PathLike | None = None,
        max_chars: int = 1_000_000,
        whole_file: bool = False,
        delimiter: str | None = None,
        encoding: str = "utf-8",
        progress: Callable[[int], None] | None = None,
    ) -> FileSummary:
        """Stream `src` to `dst` ('-' for stdin/stdout); returns counts of the job.

        `fmt` is jsonl, csv or text (inferred from the extension when None); `fields` are JSON
        dotted paths or CSV column names (default "text"). Bad records: `on_error` "fail"
        raises InputError, "skip" counts them, "quarantine" writes them to `quarantine`.
        A CSV `delimiter` of None is guessed from the header line (, ; tab or |). `encoding` is
        the input's (utf-8, cp1252, latin-1, ..., or utf-16, also found by its byte order
        mark); the output is UTF-8.
        """
        opts = {
            "max_chars": max_chars,
            "whole_file": whole_file,
            "delimiter": delimiter,
            "encoding": check_encoding(encoding),
        }
        kept = self.keep.kept
        summary = run_file(
            self._start_records,
            src,
            dst,
            fmt,
            fields,
            on_error=on_error,
            quarantine=quarantine,
            opts=opts,
            switching=self._job_switching(),
            chunk=(CHUNK_RECORDS, CHUNK_CHARS),
            progress=progress,
        )
        summary.kept = self.keep.kept - kept
        log.info("%s", summary.line())
        return summary


def _check_texts(texts: list) -> None:
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise TypeError(f"text {i}: expected str, found {type(t).__name__}")
