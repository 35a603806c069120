"""CoNLL / BIO importer: `token<TAB or SPACE>...<TAB or SPACE>tag`, blank line between sentences.

The token is the first column and the tag the last; `-DOCSTART-` lines are skipped. Sentences
are detokenised (`teacher_labels.align.detokenize`) and their spans kept exact.

Example:
    >>> import_conll("wnut17/emerging.dev.conll", "/tmp/wnut.jsonl", corpus="wnut17",
    ...              split="dev", lang="en")                    # doctest: +SKIP
    {'records': 1009, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .common import CorpusError, LabelMap, import_sentences


def read_conll(path: str | Path, sep: str | None = None) -> Iterator[tuple[int, list, list]]:
    """Yield (first line number, tokens, tags) per sentence; `sep` None splits on tab or spaces."""
    tokens: list[str] = []
    tags: list[str] = []
    start = 0
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            line = line.rstrip("\n\r")
            if not line.strip() or line.startswith("-DOCSTART-"):
                if tokens:
                    yield start, tokens, tags
                tokens, tags = [], []
                continue
            cols = line.split(sep) if sep else line.split("\t" if "\t" in line else None)
            if len(cols) < 2 or not cols[0]:
                raise CorpusError(
                    f"{path}:{line_no}: expected 'token<TAB or SPACE>tag', "
                    f"found {len(cols)} column(s)"
                )
            if not tokens:
                start = line_no
            tokens.append(cols[0])
            tags.append(cols[-1].strip())
    if tokens:
        yield start, tokens, tags


def import_conll(
    src: str | Path,
    out: str | Path,
    *,
    corpus: str,
    split: str = "train",
    lang: str = "en",
    labelmap: str | Path | None = None,
    sep: str | None = None,
) -> dict:
    """Import a CoNLL/BIO file into tagged-record JSONL (+ manifest); returns counts."""
    sentences = ((f"{src}:{ln}", tokens, tags) for ln, tokens, tags in read_conll(src, sep))
    return import_sentences(
        sentences,
        out,
        corpus=corpus,
        split=split,
        lang=lang,
        labelmap=LabelMap.load(labelmap or corpus),
        src=src,
    )
