"""The measured-quality part of a bundle's model card: tables per data set, per label and per
name origin (the bias check), rendered from metrics.json by `card.write_card`.

Example:
    >>> metrics_table({})
    'Not evaluated yet: run `distill evaluate --bundle <this folder> --data <jsonl>`.'
"""

from __future__ import annotations

from pathlib import Path

from .scoring import BIAS_DRAWS, ratio_interval_text


def sets_table(evaluations: dict) -> str:
    """One row per evaluated data set (and language): recall first, precision beside it."""
    rows = [
        "| data set | records | overlap recall | overlap precision | PER/LOC/ORG recall "
        "| entity P | entity R | entity F1 | leak rate | over-masking |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, ev in evaluations.items():
        groups = [(name, ev["records"], ev["overall"])]
        if len(ev.get("per_language", {})) > 1:
            groups += [(f"{name} ({lang})", "", m) for lang, m in ev["per_language"].items()]
        for label, n, o in groups:
            core = f"{o['core_recall']:.3f}" if "core_recall" in o else "-"
            prec = o.get("overlap_precision", 0)
            rows.append(
                f"| {label} | {n} | {o['overlap_recall']:.3f} | {prec:.3f} "
                f"| {core} | {o['precision']:.3f} | {o['recall']:.3f} | {o['f1']:.3f} "
                f"| {o['leak_rate']:.4f} | {o['over_masking']:.4f} |"
            )
    return "\n".join(rows)


def bias_table(evaluations: dict) -> str:
    """PERSON leak rate per origin of the names, from the data sets that record it."""
    rows = []
    for name, ev in evaluations.items():
        groups = ev.get("person_by_name_origin") or ev.get("groups") or {}
        for origin, m in groups.items():
            rows.append(
                f"| {name} | {origin} | {m['spans']} | {m['overlap_recall']:.3f} "
                f"| {m['leak_rate']:.4f} |"
            )
    if not rows:
        return ""
    head = [
        "| data set | name origin (Faker locale) | PERSON spans | recall | leak rate |",
        "|---|---|---:|---:|---:|",
    ]
    return "\n".join(head + rows)


def metrics_table(metrics: dict) -> str:
    """Markdown tables of the latest evaluation: per data set, bias check, per label."""
    ev = metrics.get("evaluation")
    if not ev:  # a bias check alone still shows (it was dropped from the card)
        bias = metrics.get("bias")
        note = "Not evaluated yet: run `distill evaluate --bundle <this folder> --data <jsonl>`."
        return note + (f"\n\n{_bias_section(bias)}" if bias else "")
    parts = []
    if "threshold" in metrics:
        parts.append(f"Measured at threshold {metrics['threshold']}, student and teacher alike.")
    evaluations = metrics.get("evaluations") or {}
    if evaluations:
        parts.append(
            "Per data set (overlap recall: a gold span counts as caught when any "
            "detection overlaps it):\n\n" + sets_table(evaluations)
        )
    bias = metrics.get("bias")
    if bias:
        parts.append(_bias_section(bias))
    elif evaluations and bias_table(evaluations):
        parts.append("Bias check, PERSON by origin of the names:\n\n" + bias_table(evaluations))
    parts.append("Per label, all data sets pooled:\n\n" + _label_table(metrics, ev))
    return "\n\n".join(parts)


def _bias_section(bias: dict) -> str:
    name = Path(bias["data"]).name
    verdict = "meets" if bias["ratio"] is not None and bias["ratio"] <= 2 else "misses"
    ratio = "an unbounded ratio" if bias["ratio"] is None else f"{bias['ratio']:.1f}x"
    design = (
        f"the same {bias['records'] // len(bias['groups'])} held-out records once per origin, "
        "so the groups differ in their names only"
        if bias.get("matched")
        else "names of each origin as they fall in the records"
    )
    return (
        f"Bias check, PERSON by origin of the names ({bias['records']} synthetic records, "
        f"`{name}`: {design}):\n\n"
        + bias_table({name: bias})
        + f"\n\nWorst group {bias['worst']} leaks {bias['worst_leak']:.4f}, best group "
        f"{bias['best']} {bias['best_leak']:.4f}: {ratio}, which {verdict} the goal "
        "of at most twice the best group's leak." + _interval_sentence(bias)
    )


def _interval_sentence(bias: dict) -> str:
    if not bias.get("ratio_interval"):
        return ""
    unit = "the same sentences of every origin" if bias.get("matched") else "records"
    return (
        f" Resampling {unit} ({BIAS_DRAWS:,} bootstrap draws), the ratio's 95 % interval is "
        f"{ratio_interval_text(bias)}."
    )


def _label_table(metrics: dict, ev: dict) -> str:
    rows = [
        "| label | precision | recall | F1 | overlap recall | support |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, m in sorted(ev.get("per_label", {}).items()):
        rows.append(
            f"| {label} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} "
            f"| {m.get('overlap_recall', 0):.3f} | {m['support']} |"
        )
    o = ev["overall"]
    rows.append(
        f"| **all** | {o['precision']:.3f} | {o['recall']:.3f} | {o['f1']:.3f} "
        f"| {o['overlap_recall']:.3f} | {o['support']} |"
    )
    tail = (
        f"\nData: {ev.get('data', '?')} ({ev.get('records', '?')} records). Leak rate "
        f"{o['leak_rate']:.4f} (share of PII characters not covered), over-masking "
        f"{o['over_masking']:.4f} (share of other non-space characters covered)."
    )
    if "teacher" in metrics:
        t = metrics["teacher"]
        tail += (
            f" F1 retained vs teacher: {t.get('f1_retained', '?')}; "
            f"speed-up {t.get('speedup', '?')}x."
        )
    return "\n".join(rows) + tail
