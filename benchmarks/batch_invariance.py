"""Does a text's model output depend on the texts batched with it, or on the model calls running
beside it? Prints, per model batch size, how many texts get other model entities than when each
window runs alone (batch 1) and one call runs at a time (`--threads` calls otherwise).

Dynamic int8 quantisation scales activations per onnxruntime call, so an int8 bundle run in
batches gives a text results that depend on its neighbours; an fp32 bundle should print zeros.

    python benchmarks/batch_invariance.py --data runs/data/dev.jsonl --limit 600 --batch-sizes 8 32
    python benchmarks/batch_invariance.py --model /path/to/fp32_bundle --data ... --limit 200
    python benchmarks/batch_invariance.py --data runs/data/dev.jsonl --batch-sizes 1 --threads 2
"""

from __future__ import annotations

import argparse
import json
import random

from anonymizer.api import default_bundle_path
from anonymizer.bundle import Bundle
from anonymizer.detect.onnx import OnnxDetector


def model_entities(
    bundle: Bundle, texts: list[str], batch: int, threads: int | None = None
) -> list[set[tuple]]:
    """(start, end, label) of the model's entities per text, `batch` windows per call,
    `threads` calls at a time on CPU (None: all cores)."""
    det = OnnxDetector(bundle, batch_size=batch, threads=threads)
    return [{(e.start, e.end, e.label) for e in ents} for ents in det.detect_batch(texts)]


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--model", default=None, help="bundle folder (default: the shipped model)")
    p.add_argument("--data", required=True, help="JSONL with a 'text' field")
    p.add_argument("--limit", type=int, default=600, help="texts after shuffling (0: all)")
    p.add_argument("--seed", type=int, default=0, help="shuffle seed")
    p.add_argument("--batch-sizes", type=int, nargs="+", default=[8, 32])
    p.add_argument("--threads", type=int, default=None, help="calls at once (default: all cores)")
    args = p.parse_args()
    model = args.model or default_bundle_path()
    if model is None:
        p.error("no bundle: pass --model DIR")
    with open(args.data, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    random.Random(args.seed).shuffle(texts)
    texts = texts[: args.limit or None]
    bundle = Bundle.load(model)
    alone = model_entities(bundle, texts, 1, threads=1)
    total = sum(len(s) for s in alone)
    print(
        f"model: {model}; {len(texts)} texts of {args.data}; {total} entities at batch 1, "
        f"one call at a time; rows: {args.threads or 'all cores'} calls at a time"
    )
    print(f"{'batch':>5} {'texts differing':>15} {'entities differing':>18}")
    for b in args.batch_sizes:
        batched = model_entities(bundle, texts, b, args.threads)
        texts_diff = sum(a != c for a, c in zip(alone, batched))
        ents_diff = sum(len(a ^ c) for a, c in zip(alone, batched))
        print(f"{b:>5} {texts_diff:>15} {ents_diff:>18}")


if __name__ == "__main__":
    main()
