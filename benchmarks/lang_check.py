"""How often the surrogate-locale guess (`anonymizer.lang.guess_lang`) names a record's own
language, per data set: cue words alone against cue words plus the classifier on ties.

Reads tagged-record JSONL files whose records carry "lang"; prints counts only.

    python benchmarks/lang_check.py runs/data/germeval.dev.jsonl runs/data/wnut17.dev.jsonl
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def check(path: Path) -> dict[str, float]:
    """Records, ties sent to the classifier, accuracy of both guesses, chars/s of the full one."""
    from anonymizer.lang import guess_lang

    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    recs = [r for r in recs if r.get("lang") in ("de", "en")]
    texts, gold = [r["text"] for r in recs], [r["lang"] for r in recs]
    cues = [guess_lang(t, classifier=False) for t in texts]
    t0 = time.perf_counter()
    full = [guess_lang(t) for t in texts]
    seconds = time.perf_counter() - t0
    n = max(len(recs), 1)
    return {
        "records": len(recs),
        "changed": sum(a != b for a, b in zip(cues, full)),
        "cues": sum(a == g for a, g in zip(cues, gold)) / n,
        "full": sum(a == g for a, g in zip(full, gold)) / n,
        "chars/s": sum(map(len, texts)) / max(seconds, 1e-9),
    }


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("files", nargs="+", type=Path, help="tagged-record JSONL files with 'lang'")
    args = p.parse_args()
    print(f"{'file':<28} {'records':>7} {'changed':>7} {'cues':>7} {'+ clf':>7} {'chars/s':>11}")
    for path in args.files:
        r = check(path)
        print(
            f"{path.name:<28} {r['records']:>7} {r['changed']:>7} {r['cues']:>7.2%} "
            f"{r['full']:>7.2%} {r['chars/s']:>11,.0f}"
        )


if __name__ == "__main__":
    main()
