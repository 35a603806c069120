"""GermEval 2014 importer: `idx<TAB>token<TAB>outer<TAB>inner`, `#` comment lines.

Only the outer (first) annotation layer is used; nested inner entities are ignored.

Example:
    >>> import_germeval("NER-de-dev.tsv", "/tmp/ge.jsonl", split="dev")  # doctest: +SKIP
    {'records': 2200, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .common import CorpusError, LabelMap, import_sentences


def read_germeval(path: str | Path) -> Iterator[tuple[int, list, list]]:
    """Yield (first line number, tokens, outer tags) per sentence."""
    tokens: list[str] = []
    tags: list[str] = []
    start = 0
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            line = line.rstrip("\n\r")
            if line.startswith("#"):
                continue
            if not line.strip():
                if tokens:
                    yield start, tokens, tags
                tokens, tags = [], []
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                raise CorpusError(
                    f"{path}:{line_no}: expected 'idx<TAB>token<TAB>outer<TAB>inner', "
                    f"found {len(cols)} column(s)"
                )
            if not tokens:
                start = line_no
            tokens.append(cols[1])
            tags.append(cols[2].strip())
    if tokens:
        yield start, tokens, tags


def import_germeval(
    src: str | Path,
    out: str | Path,
    *,
    corpus: str = "germeval2014",
    split: str = "dev",
    lang: str = "de",
    labelmap: str | Path | None = None,
) -> dict:
    """Import a GermEval 2014 TSV file into tagged-record JSONL (+ manifest); returns counts."""
    sentences = ((f"{src}:{ln}", tokens, tags) for ln, tokens, tags in read_germeval(src))
    return import_sentences(
        sentences,
        out,
        corpus=corpus,
        split=split,
        lang=lang,
        labelmap=LabelMap.load(labelmap or "germeval2014"),
        src=src,
    )
