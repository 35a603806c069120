"""Hugging Face datasets importer: a hub name or a local `save_to_disk` folder.

Rows need a tokens column and a tag column (`tokens` / `ner_tags` by default); tag ids are
named by the dataset's `ClassLabel` feature (or the column already holds tag strings).
`datasets` is imported only when this importer runs.

Example:
    >>> import_hf("conll2003", "/tmp/c.jsonl", corpus="conll2003", split="validation",
    ...           labelmap="conll2003")                          # doctest: +SKIP
    {'records': 3250, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .common import CorpusError, LabelMap, import_sentences


def load_split(src: str | Path, split: str):
    """The `datasets.Dataset` of `split` from a saved folder or the hub."""
    import datasets

    if Path(src).is_dir():
        ds = datasets.load_from_disk(str(src))
        if isinstance(ds, datasets.DatasetDict):
            if split not in ds:
                raise CorpusError(f"{src}: no split {split!r}; available: {sorted(ds)}")
            ds = ds[split]
        return ds
    return datasets.load_dataset(str(src), split=split)


def tag_names(ds, tags_col: str, src: str | Path) -> list[str] | None:
    """Names of tag ids from the features (None when the column holds strings already)."""
    if tags_col not in ds.features:
        raise CorpusError(
            f"{src}: no column {tags_col!r}; columns: {list(ds.features)}; pass --tags-col"
        )
    inner = getattr(ds.features[tags_col], "feature", None)
    names = getattr(inner, "names", None)
    if names:
        return list(names)
    if getattr(inner, "dtype", None) == "string":
        return None
    raise CorpusError(
        f"{src}: column {tags_col!r} holds ids without ClassLabel names; "
        "cast it to Sequence(ClassLabel(names=[...])) first"
    )


def import_hf(
    src: str | Path,
    out: str | Path,
    *,
    corpus: str,
    split: str = "train",
    lang: str = "en",
    labelmap: str | Path | None = None,
    tokens_col: str = "tokens",
    tags_col: str = "ner_tags",
) -> dict:
    """Import a token-classification dataset into tagged-record JSONL (+ manifest)."""
    lmap = LabelMap.load(labelmap or corpus)
    ds = load_split(src, split)
    names = tag_names(ds, tags_col, src)
    if tokens_col not in ds.features:
        raise CorpusError(
            f"{src}: no column {tokens_col!r}; columns: {list(ds.features)}; pass --tokens-col"
        )

    def sentences() -> Iterator[tuple[str, list[str], list[str]]]:
        for n, row in enumerate(ds):
            tags = [names[t] for t in row[tags_col]] if names else list(row[tags_col])
            if len(tags) != len(row[tokens_col]):
                raise CorpusError(
                    f"{src} {split} row {n}: {len(row[tokens_col])} tokens but {len(tags)} tags"
                )
            yield f"{src} {split} row {n}", list(row[tokens_col]), tags

    return import_sentences(
        sentences(), out, corpus=corpus, split=split, lang=lang, labelmap=lmap, src=src
    )
