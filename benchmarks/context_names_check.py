"""How often the names-after-a-role-or-introduction rule fires on gold-tagged text, and on what.

Runs `find_context_names` alone over tagged-record JSONL files (the corpora imported by
`scripts/prepare_data.sh`, say) and counts its spans by the gold label they overlap ("none" when
they overlap no gold span). Prints counts only, never text.

    .venv/bin/python benchmarks/context_names_check.py runs/data/germeval.train.jsonl \\
        runs/data/germeval.dev.jsonl runs/data/wnut17.train.jsonl runs/data/wnut17.dev.jsonl \\
        runs/data/legal.train.jsonl runs/data/legal.dev.jsonl runs/data/tab.train.jsonl \\
        runs/data/tab.dev.jsonl
"""

from __future__ import annotations

import argparse
from collections import Counter

from anonymizer.detect.patterns_names import find_context_names
from anonymizer.records import read_records


def count(path: str) -> Counter[str]:
    """Spans of the rule in one file, by the first gold label each overlaps."""
    out: Counter[str] = Counter()
    for rec in read_records(path):
        gold = rec.get("spans") or []
        for start, end, _, _ in find_context_names(rec["text"]):
            hit = [g["label"] for g in gold if g["start"] < end and start < g["end"]]
            out[hit[0] if hit else "none"] += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="tagged-record JSONL files with gold spans")
    total: Counter[str] = Counter()
    for path in parser.parse_args().files:
        found = count(path)
        total += found
        print(f"{path}: {sum(found.values())} spans, by gold label {dict(found.most_common())}")
    print(f"all: {sum(total.values())} spans, by gold label {dict(total.most_common())}")


if __name__ == "__main__":
    main()
