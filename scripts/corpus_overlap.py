"""How much text of the annotated corpora a repository file shares: the longest run of
characters (whitespace collapsed, case folded) of each file that also stands in the corpora's
texts, and how many runs of at least `--min-chars`. Prints counts and lengths only, never text.

    .venv/bin/python scripts/corpus_overlap.py ../shared/data README.md anonymizer/api.py
"""

from __future__ import annotations

import argparse
import json
import os
import re


def corpus_text(root: str) -> str:
    """The corpora's texts: JSONL "text" fields, CoNLL/TSV tokens joined per sentence, the rest
    as it is; whitespace collapsed, case folded."""
    parts: list[str] = []
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8", errors="ignore") as f:
                raw = f.read()
            if name.endswith(".jsonl"):
                parts += [json.loads(line).get("text", "") for line in raw.splitlines() if line]
            elif name.endswith((".conll", ".tsv")):
                parts.append(_sentences(raw, tsv=name.endswith(".tsv")))
            else:
                parts.append(raw)
    return re.sub(r"\s+", " ", "\n".join(parts)).casefold()


def _sentences(raw: str, tsv: bool) -> str:
    out, tokens = [], []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            out.append(" ".join(tokens))
            tokens = []
            continue
        cols = line.split("\t") if "\t" in line else line.split(" ")
        tokens.append(cols[1] if tsv and len(cols) > 2 else cols[0])
    return "\n".join([*out, " ".join(tokens)])


def overlaps(text: str, corpus: str, min_chars: int) -> list[int]:
    """Lengths of the runs of `text` of at least `min_chars` characters found in `corpus`."""
    text = re.sub(r"\s+", " ", text).casefold()
    runs, i = [], 0
    while i <= len(text) - min_chars:
        if text[i : i + min_chars] not in corpus:
            i += 1
            continue
        j = i + min_chars
        while j < len(text) and text[i : j + 1] in corpus:
            j += 1
        runs.append(j - i)
        i = j
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", help="folder of the annotated corpora (../shared/data)")
    parser.add_argument("files", nargs="+", help="repository files to check")
    parser.add_argument("--min-chars", type=int, default=25, help="shortest run counted")
    args = parser.parse_args()
    corpus = corpus_text(args.data)
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            runs = overlaps(f.read(), corpus, args.min_chars)
        print(
            f"{path}: {len(runs)} runs of >= {args.min_chars} chars, longest {max(runs, default=0)}"
        )


if __name__ == "__main__":
    main()
