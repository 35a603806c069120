"""How many records of JSONL files `encodings` would read differently: a check for false alarms.

Real text rarely holds "\\u00fc" escapes or mojibake, so on a corpus of clean text every record
that `decode_escapes` or `fix_mojibake` changes is a likely misreading. Only counts are printed.

    python benchmarks/garbled_check.py runs/data/*.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from anonymizer.detect.encodings import decode_escapes, fix_mojibake


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("files", nargs="+", type=Path, help="JSONL files with a 'text' field")
    args = p.parse_args()
    total = escaped = garbled = 0
    for path in args.files:
        with path.open(encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                total += 1
                escaped += decode_escapes(text)[0] != text
                garbled += fix_mojibake(text)[0] != text
    print(f"records: {total:,}; escapes decoded in {escaped:,}; mojibake read in {garbled:,}")


if __name__ == "__main__":
    main()
