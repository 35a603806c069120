"""Corpus importers: annotated corpora -> tagged-record JSONL (+ manifest) with our labels.

Formats: `conll` (token/tag columns), `germeval` (GermEval 2014 TSV), `tab` (TAB JSON/JSONL),
`hf` (Hugging Face datasets). Each uses an explicit label map from `labelmaps/`.

Example:
    >>> import_corpus("conll", "wnut17/emerging.dev.conll", "/tmp/w.jsonl", corpus="wnut17",
    ...               split="dev", lang="en")                       # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

from .common import CorpusError, LabelMap

__all__ = ["CorpusError", "LabelMap", "FORMATS", "import_corpus"]

FORMATS = ("conll", "germeval", "tab", "hf")


def import_corpus(fmt: str, src: str | Path, out: str | Path, **options) -> dict:
    """Dispatch to `import_conll` / `import_germeval` / `import_tab` / `import_hf`."""
    if fmt == "conll":
        from .conll import import_conll as fn
    elif fmt == "germeval":
        from .germeval import import_germeval as fn
    elif fmt == "tab":
        from .tab import import_tab as fn
    elif fmt == "hf":
        from .hf_datasets import import_hf as fn
    else:
        raise CorpusError(f"unknown corpus format {fmt!r}; expected one of {list(FORMATS)}")
    return fn(src, out, **options)
