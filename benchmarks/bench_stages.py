"""CPU seconds of each stage of `anonymize_file`, one thread at a time: what its overhead is.

`bench_runtime.py` measures the pipeline as it runs (model calls on every core, the rest beside
them). This script times each stage alone, in one thread, on the same kind of corpus, so the
figures are CPU seconds that add up: reading, language guess, blanking HTML tags, each pattern
family, lower-casing lines in capitals, tokenising, model calls (one at a time), window
bookkeeping, decoding, merging, surrogates and writing. It prints each stage's seconds and its
size against the model calls. When every core is busy the
stages share the cores with the model calls, so "all but the model" against "model calls" is
about the lowest end-to-end overhead ("on top") the pipeline can reach without less work.
Phones are timed without the mask of dates and ids the detector passes them, so that row is a
little above its share inside `PatternDetector.detect`.

    python benchmarks/bench_stages.py --docs 2000
    python benchmarks/bench_stages.py --corpus FILE.jsonl --model models/default --repeat 3
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_runtime import make_corpus  # noqa: E402

KEY = "bench-key-0123456789abcdef"


def pattern_families() -> dict[str, Callable[[str], object]]:
    """The recognizer families `PatternDetector.detect` runs, each alone."""
    from anonymizer.detect import patterns_address as addr
    from anonymizer.detect import patterns_dates as dates
    from anonymizer.detect import patterns_geo as geo
    from anonymizer.detect import patterns_ids as ids
    from anonymizer.detect import patterns_numbers as num
    from anonymizer.detect import patterns_paths as paths
    from anonymizer.detect import patterns_secrets as secrets
    from anonymizer.detect import patterns_towns as towns
    from anonymizer.detect import patterns_web as web
    from anonymizer.detect.patterns import PatternDetector, find_person_names
    from anonymizer.spoken_digits import SPOKEN_NUMBER_RE

    regions = PatternDetector().regions
    return {
        "patterns: web, handle, secret": lambda t: (
            web.find_urls(t, web.find_emails(t) + web.find_obfuscated_emails(t)),
            web.find_ips(t),
            web.find_handles(t),
            secrets.find_secrets(t),
        ),
        "patterns: dates, coordinates": lambda t: (dates.find_dates(t), geo.find_coordinates(t)),
        "patterns: ids": ids.find_ids,
        "patterns: IBAN, card": lambda t: num.find_cards(t, num.find_ibans(t)),
        "patterns: phones": lambda t: num.find_phones(t, regions),
        "patterns: addresses, towns": lambda t: (addr.find_addresses(t), towns.find_towns(t)),
        "patterns: names": find_person_names,
        "patterns: paths, spoken numbers": lambda t: (
            paths.find_path_names(t),
            list(SPOKEN_NUMBER_RE.finditer(t)),
        ),
    }


def timed(stages: dict[str, float], name: str, fn: Callable[[], object]) -> object:
    t0 = time.process_time()
    out = fn()
    stages[name] = time.process_time() - t0
    return out


def measure(model: str | None, corpus: Path) -> dict[str, float]:
    """CPU seconds per stage over `corpus`, in one thread."""
    from anonymizer import Anonymizer
    from anonymizer.detect.casing import unshout
    from anonymizer.detect.markup import read_markup
    from anonymizer.detect.tokens import encode
    from anonymizer.everyday_words import everyday_words

    anon = Anonymizer.load(model, key=KEY, threads=1)
    det = anon.model
    if det is None:
        raise SystemExit("no model bundle: pass --model FOLDER")
    lines = corpus.read_text(encoding="utf-8").splitlines()
    anon.anonymize_batch([json.loads(lines[0])["text"]])  # warm-up: session, Faker locales
    everyday_words()  # read once per process, as the session is; a stage would pay it otherwise
    s: dict[str, float] = {}
    recs = timed(s, "read JSONL", lambda: [json.loads(line) for line in lines])
    texts = [r["text"] for r in recs]
    locales = timed(s, "language guess", lambda: [anon._record_locale([t]) for t in texts])
    for name, fn in pattern_families().items():
        timed(s, name, lambda fn=fn: [fn(t) for t in texts])
    reads = timed(s, "HTML read (references, tags)", lambda: [read_markup(t) for t in texts])
    pats = [anon.patterns.detect(t) for t in texts]
    model_texts = timed(s, "capitals for the model", lambda: [unshout(t) for t in texts])
    encs = timed(s, "tokenise", lambda: encode(det.tokenizer, model_texts))
    run, calls = det._run, [0.0]

    def counted(chunks):
        t0 = time.process_time()
        out = run(chunks)
        calls[0] += time.process_time() - t0
        return out

    det._run = counted
    probs = timed(s, "model calls + window bookkeeping", lambda: det.token_probs(encs))
    s["model calls"] = calls[0]
    s["window bookkeeping"] = s.pop("model calls + window bookkeeping") - calls[0]
    model = timed(s, "decode", lambda: [det._decode(*a) for a in zip(model_texts, encs, probs)])
    merged = timed(s, "merge", lambda: anon._merge(reads, model, pats))
    results = timed(s, "surrogates and replacement", lambda: anon._replace(texts, merged, locales))
    out = [dict(r, text=res.text) for r, res in zip(recs, results)]
    timed(s, "write JSONL", lambda: [json.dumps(o, ensure_ascii=False) for o in out])
    return s


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--model", default=None, help="bundle folder (default: the shipped model)")
    p.add_argument("--corpus", type=Path, help="JSONL with a 'text' field (default: generated)")
    p.add_argument("--docs", type=int, default=2000, help="generated documents")
    p.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="runs, each with a fresh anonymizer; each stage's fastest is printed (a busy "
        "machine slows single runs; after the first, tables read once per process are loaded)",
    )
    args = p.parse_args()
    corpus = args.corpus
    if corpus is None:
        corpus = Path(tempfile.mkdtemp()) / "corpus.jsonl"
        make_corpus(corpus, args.docs)
    runs = [measure(args.model, corpus) for _ in range(max(1, args.repeat))]
    s = {name: min(run[name] for run in runs) for name in runs[0]}
    model = s.pop("model calls")
    chars = sum(len(json.loads(line)["text"]) for line in corpus.open(encoding="utf-8"))
    print(f"corpus: {corpus} ({chars:,} chars); CPU seconds, one thread, fastest of {len(runs)}")
    print(f"{'stage':<36} {'seconds':>8} {'of model':>9}")
    print(f"{'model calls':<36} {model:>8.3f} {1:>9.0%}")
    for name, sec in s.items():
        print(f"{name:<36} {sec:>8.3f} {sec / model:>9.1%}")
    rest = sum(s.values())
    print(f"{'all but the model':<36} {rest:>8.3f} {rest / model:>9.1%}")


if __name__ == "__main__":
    main()
