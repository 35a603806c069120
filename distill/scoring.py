"""Scores of detected entities against gold spans (pure functions, no model).

Per group of records: seqeval entity P/R/F1 over canonical-word BIO tags, overlap recall (a gold
span counts as caught when any detection overlaps it; recall is what protects people), leak rate
(share of gold PII characters no detection covers), over-masking (share of other non-space
characters covered); per label, per language, PER/LOC/ORG combined (`core_recall`), and the
PERSON leak rate grouped by the origin of the names (`name_origin`, set by the synthesizer).

Example:
    >>> from anonymizer.schema import Entity
    >>> rec = {"text": "Hi Jo", "lang": "en", "spans": [{"start": 3, "end": 5, "label": "PERSON"}]}
    >>> score([rec], [[Entity(3, 5, "PERSON")]])["overall"]["overlap_recall"]
    1.0
"""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np

from anonymizer.schema import Entity, bio_tags_for, split_words

CORE = ("PERSON", "LOCATION", "ORGANIZATION")


def score(records: list[dict], preds: list[list[Entity]]) -> dict:
    """Overall, per-label and per-language figures of detections against gold spans."""
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, rec in enumerate(records):
        by_lang[rec["lang"]].append(i)
    overall, per_label = _group_scores(records, preds, range(len(records)))
    per_lang = {
        lang: _group_scores(records, preds, idx)[0] for lang, idx in sorted(by_lang.items())
    }
    out = {"overall": overall, "per_label": per_label, "per_language": per_lang}
    origins = name_origin_leaks(records, preds)
    if origins:
        out["person_by_name_origin"] = origins
    return out


def name_origin_leaks(records: list[dict], preds: list[list[Entity]]) -> dict:
    """PERSON leak rate and overlap recall per `name_origin` of the gold spans (bias check)."""
    stats: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(4, np.int64))
    for rec, pred in zip(records, preds):
        for origin, chars, leaked, caught in _person_spans(rec, pred):
            stats[origin] += [chars, leaked, 1, caught]
    return {
        o: {
            "spans": int(v[2]),
            "leak_rate": round(v[1] / max(v[0], 1), 4),
            "overlap_recall": round(v[3] / max(v[2], 1), 4),
        }
        for o, v in sorted(stats.items())
    }


def _person_spans(rec: dict, pred: list[Entity]) -> list[tuple[str, int, int, int]]:
    """(name_origin, characters, leaked characters, caught 0/1) of each PERSON span with one."""
    covered = np.zeros(len(rec["text"]), bool)
    for e in pred:
        covered[e.start : e.end] = True
    out = []
    for sp in rec["spans"]:
        if sp["label"] == "PERSON" and sp.get("name_origin"):
            seg = covered[sp["start"] : sp["end"]]
            out.append((sp["name_origin"], len(seg), int((~seg).sum()), int(seg.any())))
    return out


BIAS_DRAWS = 2000  # bootstrap draws of `bias_interval`


def bias_interval(
    records: list[dict], preds: list[list[Entity]], matched: bool = False
) -> list[float | None]:
    """95 % bootstrap interval of the worst/best PERSON leak ratio of `bias_summary`.

    Records are resampled with replacement; when the origin sets are matched (record k of
    every origin has the same sentences, `synthesize --name-origin`), the k-th records of all
    origins are drawn together, so each resample keeps the groups comparable. The upper bound
    is None when the best group leaks nothing in over 2.5 % of resamples (unbounded), the lower
    one when it leaks nothing in over 97.5 %."""
    units: dict[tuple, int] = {}
    seen: Counter = Counter()
    cells: list[tuple[int, str, int, int]] = []  # unit, origin, characters, leaked
    for i, (rec, pred) in enumerate(zip(records, preds)):
        spans = _person_spans(rec, pred)
        if not spans:
            continue
        first = spans[0][0]
        key = (seen[first],) if matched else (i,)
        seen[first] += 1
        unit = units.setdefault(key, len(units))
        cells += [(unit, origin, chars, leaked) for origin, chars, leaked, _ in spans]
    if not units:
        return [1.0, 1.0]  # no PERSON span with an origin: nothing to compare
    origins = sorted({c[1] for c in cells})
    chars, leaked = np.zeros((2, len(units), len(origins)))
    for unit, origin, size, lk in cells:
        chars[unit, origins.index(origin)] += size
        leaked[unit, origins.index(origin)] += lk
    n = len(units)
    weights = np.random.default_rng(0).multinomial(n, [1 / n] * n, BIAS_DRAWS)  # draws per unit
    with np.errstate(divide="ignore", invalid="ignore"):
        leak = (weights @ leaked) / (weights @ chars)  # a group drawn without names: nan
        ratio = np.nanmax(leak, axis=1) / np.nanmin(leak, axis=1)  # best leaks 0: inf (or nan)
    ratio = np.where(np.isnan(ratio), 1.0, ratio)  # every group leaked nothing: equal
    lo, hi = np.quantile(ratio, [0.025, 0.975], method="inverted_cdf")
    return [None if np.isinf(b) else round(float(b), 2) for b in (lo, hi)]


def ratio_interval_text(bias: dict) -> str:
    """'4.1x-25.3x' from a bias result's `ratio_interval` (an open end: 'unbounded'; both open
    when the best group leaks nothing in over 97.5 % of resamples).

    >>> ratio_interval_text({"ratio_interval": [5.05, None]})
    '5.0x-unbounded'
    >>> ratio_interval_text({"ratio_interval": [None, None]})
    'unbounded'
    """
    lo, hi = bias["ratio_interval"]
    if lo is None:
        return "unbounded"
    return f"{lo:.1f}x-" + ("unbounded" if hi is None else f"{hi:.1f}x")


def bias_summary(groups: dict) -> dict:
    """Worst and best PERSON leak rate over name-origin groups, and their ratio (goal: <= 2;
    None when the best group leaks nothing but another does).

    >>> bias_summary({"a": {"leak_rate": 0.02}, "b": {"leak_rate": 0.05}})["ratio"]
    2.5
    """
    leaks = {o: m["leak_rate"] for o, m in groups.items()}
    if not leaks:
        return {}
    best, worst = min(leaks, key=leaks.get), max(leaks, key=leaks.get)
    lo, hi = leaks[best], leaks[worst]
    ratio = round(hi / lo, 2) if lo > 0 else (1.0 if hi == 0 else None)
    return {"best": best, "best_leak": lo, "worst": worst, "worst_leak": hi, "ratio": ratio}


def _group_scores(records: list[dict], preds: list[list[Entity]], idx) -> tuple[dict, dict]:
    from seqeval.metrics import classification_report

    gold_tags, pred_tags = [], []
    caught, total = Counter(), Counter()
    hit_pred, n_pred = Counter(), Counter()  # predicted spans overlapping some gold span
    chars = np.zeros(4, dtype=np.int64)  # gold, leaked, other non-space, over-masked
    for i in idx:
        text = records[i]["text"]
        gold = [(s["start"], s["end"], s["label"]) for s in records[i]["spans"]]
        pred = [(e.start, e.end, e.label) for e in preds[i]]
        words = split_words(text)
        gold_tags.append(bio_tags_for(gold, words))
        pred_tags.append(bio_tags_for(_non_overlapping(pred), words))
        total.update(lab for _, _, lab in gold)
        caught.update(lab for s, e, lab in gold if any(ps < e and s < pe for ps, pe, _ in pred))
        n_pred.update(lab for _, _, lab in pred)
        hit_pred.update(lab for s, e, lab in pred if any(gs < e and s < ge for gs, ge, _ in gold))
        chars += _char_counts(text, gold, pred)
    report = classification_report(gold_tags, pred_tags, output_dict=True, zero_division=0)
    per_label = {
        lab: _prf(m) | {"overlap_recall": caught[lab] / max(total[lab], 1)}
        for lab, m in report.items()
        if not lab.endswith(" avg")
    }
    overall = _prf(report.get("micro avg", {})) | {
        "overlap_recall": _share(caught, total),
        "overlap_precision": _share(hit_pred, n_pred),
        "core_recall": _share(caught, total, CORE),
        "core_overlap_precision": _share(hit_pred, n_pred, CORE),
        "leak_rate": chars[1] / max(chars[0], 1),
        "over_masking": chars[3] / max(chars[2], 1),
    }
    return _floats(overall), {k: _floats(v) for k, v in per_label.items()}


def _share(part: Counter, whole: Counter, labels=None) -> float:
    keys = labels if labels is not None else whole.keys()
    return sum(part[k] for k in keys) / max(sum(whole[k] for k in keys), 1)


def _prf(m: dict) -> dict:
    return {
        "precision": m.get("precision", 0.0),
        "recall": m.get("recall", 0.0),
        "f1": m.get("f1-score", 0.0),
        "support": int(m.get("support", 0)),
    }


def _char_counts(text: str, gold: list, pred: list) -> np.ndarray:
    gold_mask, pred_mask = np.zeros(len(text), bool), np.zeros(len(text), bool)
    for s, e, _ in gold:
        gold_mask[s:e] = True
    for s, e, _ in pred:
        pred_mask[s:e] = True
    other = ~gold_mask & ~np.fromiter((c.isspace() for c in text), bool, len(text))
    return np.array(
        [gold_mask.sum(), (gold_mask & ~pred_mask).sum(), other.sum(), (other & pred_mask).sum()]
    )


def _non_overlapping(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """bio_tags_for expects disjoint spans; keep the earliest (then longest) of overlapping ones."""
    out: list[tuple[int, int, str]] = []
    for s, e, lab in sorted(spans, key=lambda x: (x[0], -x[1])):
        if not out or s >= out[-1][1]:
            out.append((s, e, lab))
    return out


def _floats(d: dict) -> dict:
    return {k: (round(float(v), 4) if not isinstance(v, int) else v) for k, v in d.items()}


def format_table(result: dict) -> str:
    """Plain-text table of one evaluation (labels, then languages; ovl-P where measured)."""
    head = f"{'':<14}{'P':>7}{'R':>7}{'F1':>7}{'ovl-R':>7}{'n':>7}{'ovl-P':>7}"
    lines = [head]
    rows = sorted(result["per_label"].items()) + [("ALL", result["overall"])]
    rows += [(f"lang {lang}", m) for lang, m in result["per_language"].items()]
    for name, m in rows:
        ovl_p = m.get("overlap_precision")
        lines.append(
            f"{name:<14}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}"
            f"{m['overlap_recall']:>7.3f}{m['support']:>7d}"
            + (f"{ovl_p:>7.3f}" if ovl_p is not None else f"{'-':>7}")
        )
    o, sp = result["overall"], result["speed"]
    lines.append(
        f"overlap precision {o['overlap_precision']:.3f}  PER/LOC/ORG overlap recall "
        f"{o['core_recall']:.3f} (precision {o['core_overlap_precision']:.3f})"
    )
    lines.append(
        f"leak rate {o['leak_rate']:.4f}  over-masking {o['over_masking']:.4f}  "
        f"{sp['chars_per_s']:.0f} chars/s  {sp['docs_per_s']:.1f} docs/s"
    )
    for origin, m in result.get("person_by_name_origin", {}).items():
        lines.append(
            f"PERSON from {origin:<8} leak {m['leak_rate']:.4f}  recall "
            f"{m['overlap_recall']:.3f}  ({m['spans']} spans)"
        )
    return "\n".join(lines)
