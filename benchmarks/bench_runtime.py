"""End-to-end and model-only speed of a bundle, per batch size, with peak memory.

Prints, for each batch size: end-to-end chars/s and docs/s of `Anonymizer.anonymize_file` (or,
with `--api stream`, of `anonymize_stream` over the corpus texts) on a JSONL corpus (generated
with Faker, or --corpus FILE), model-only tokens/s (tokenised input straight through
onnxruntime), the pipeline overhead two ways and peak RSS: "share" is the part of end-to-end
time outside model inference (1 - model / end-to-end), "on top" is the time added to model
inference (end-to-end / model - 1), the measure of the default-model issue's goal (<= 25 %).
Each batch size runs in a fresh process so peak memory is its own.

    python benchmarks/bench_runtime.py --model models/default --docs 2000 --batch-sizes 1 8
    python benchmarks/bench_runtime.py --api stream --docs 2000 --batch-sizes 8
    python benchmarks/bench_runtime.py --device cuda ...      # with the gpu extra on a CUDA box
    python benchmarks/bench_runtime.py --switch-interval 0.005 ...   # Python's default during jobs

Keep the machine otherwise idle: a busy second core slows onnxruntime 2.5-4x.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def make_corpus(path: Path, docs: int, seed: int = 0) -> None:
    """German and English feedback-like records of varied length with planted PII."""
    from faker import Faker

    rng = random.Random(seed)
    fakers = {"de": Faker("de_DE"), "en": Faker("en_US")}
    for f in fakers.values():
        f.seed_instance(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(docs):
            lang = rng.choice(["de", "en"])
            fk = fakers[lang]
            parts = [fk.paragraph(nb_sentences=rng.randint(1, 6)) for _ in range(rng.randint(1, 3))]
            pii = [fk.name(), fk.email(), fk.phone_number(), fk.city(), fk.date(), fk.iban()]
            for p in rng.sample(pii, k=rng.randint(1, 4)):
                parts.insert(rng.randint(0, len(parts)), p)
            out.write(json.dumps({"id": i, "lang": lang, "text": " ".join(parts)}) + "\n")


def run_one(
    model: str | None, corpus: Path, batch: int, device: str, threads: int | None, api: str
) -> dict:
    """Measure one batch size in this process."""
    from anonymizer import Anonymizer
    from anonymizer.detect.tokens import encode, windows

    opts = dict(batch_size=batch, device=device, threads=threads, key="bench-key-0123456789abcdef")
    anon = Anonymizer.load(model, **opts) if model else Anonymizer(None, **opts)
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    anon.anonymize_batch(texts[:batch])  # warm-up
    t0 = time.perf_counter()
    if api == "stream":
        docs = sum(1 for _ in anon.anonymize_stream(iter(texts)))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            docs = anon.anonymize_file(corpus, Path(tmp) / "out.jsonl", fields=["text"]).read
    e2e = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    result = {
        "batch": batch,
        "docs": docs,
        "chars": chars,
        "e2e_s": e2e,
        "chars_per_s": chars / e2e,
        "docs_per_s": docs / e2e,
    }
    if anon.model:
        det, cfg = anon.model, anon.model.config
        encs = encode(det.tokenizer, texts)
        chunks = [e.ids[s:t] for e in encs for s, t in windows(len(e), cfg.max_length, cfg.stride)]
        chunks.sort(key=len)
        n_tok = sum(len(c) for c in chunks)
        batches = [chunks[i : i + batch] for i in range(0, len(chunks), batch)]
        t0 = time.perf_counter()
        for _ in det.infer(batches):  # the runtime's own calls: `threads` at a time on CPU
            pass
        model_s = time.perf_counter() - t0
        result.update(
            tokens=n_tok,
            model_s=model_s,
            tokens_per_s=n_tok / model_s,
            overhead=1 - model_s / e2e,
            on_top=e2e / model_s - 1,
            provider=det.provider,
        )
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--model", default=None, help="bundle folder (default: the shipped model)")
    p.add_argument("--patterns-only", action="store_true", help="no neural model")
    p.add_argument("--corpus", type=Path, help="JSONL with a 'text' field (default: generated)")
    p.add_argument("--docs", type=int, default=1000, help="generated documents")
    p.add_argument("--batch-sizes", type=int, nargs="+", default=[1, 8])
    p.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"])
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("--api", default="file", choices=["file", "stream"], help="API to time")
    p.add_argument(
        "--switch-interval",
        type=float,
        default=None,
        help="interpreter switch interval during a job, seconds (default: the runtime's, "
        "anonymizer.detect.switching.JOB_SWITCH_INTERVAL; 0.005 is Python's own)",
    )
    p.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child mode
    args = p.parse_args()
    model = None if args.patterns_only else (args.model or _default_model())
    if args.switch_interval:
        from anonymizer.detect import switching

        switching.JOB_SWITCH_INTERVAL = args.switch_interval
    if args.one:
        one = run_one(model, args.corpus, args.one, args.device, args.threads, args.api)
        print(json.dumps(one))
        return
    corpus = args.corpus
    if corpus is None:
        corpus = Path(tempfile.mkdtemp()) / "corpus.jsonl"
        make_corpus(corpus, args.docs)
    from anonymizer.detect.switching import JOB_SWITCH_INTERVAL

    switch = args.switch_interval or JOB_SWITCH_INTERVAL
    print(
        f"model: {model or 'patterns only'}; corpus: {corpus}; device: {args.device}; "
        f"api: anonymize_{args.api}; switch interval during the job: {switch * 1000:g} ms"
    )
    print(
        f"{'batch':>5} {'docs':>6} {'chars/s':>10} {'docs/s':>8} {'model tok/s':>11} "
        f"{'share':>6} {'on top':>6} {'peak RSS MB':>11} provider"
    )
    last = {}
    for b in args.batch_sizes:
        cmd = [sys.executable, __file__, "--one", str(b), "--corpus", str(corpus)]
        cmd += ["--device", args.device, "--api", args.api]
        cmd += ["--patterns-only"] if model is None else ["--model", str(model)]
        cmd += ["--threads", str(args.threads)] if args.threads else []
        cmd += ["--switch-interval", str(args.switch_interval)] if args.switch_interval else []
        r = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
        share, on_top = r.get("overhead", 0), r.get("on_top", 0)
        print(
            f"{b:>5} {r['docs']:>6} {r['chars_per_s']:>10,.0f} {r['docs_per_s']:>8,.1f} "
            f"{r.get('tokens_per_s', 0):>11,.0f} {share:>6.0%} {on_top:>6.0%} "
            f"{r['peak_rss_mb']:>11,.0f} {r.get('provider', '-')}"
        )
        last = r
    if last.get("tokens"):
        per = last["chars"] / last["tokens"]
        print(
            f"corpus: {last['chars']:,} chars, {last['tokens']:,} model tokens "
            f"({per:.2f} chars/token)"
        )


def _default_model() -> str | None:
    from anonymizer.api import default_bundle_path

    path = default_bundle_path()
    return str(path) if path else None


if __name__ == "__main__":
    main()
