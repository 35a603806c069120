"""Training curves from `metrics.jsonl`: loss per step and dev F1 per epoch, as a PNG.

Example:
    >>> plot_metrics("runs/teacher/metrics.jsonl", "runs/teacher/curves.png")  # doctest: +SKIP
    PosixPath('runs/teacher/curves.png')
"""

from __future__ import annotations

import json
from pathlib import Path


def read_metrics(path: str | Path) -> list[dict]:
    """Rows of a metrics JSONL file (one JSON object per line)."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def plot_metrics(metrics_path: str | Path, out_png: str | Path) -> Path | None:
    """Draw loss (per logged step) and dev F1 (per epoch); None when there is nothing to draw."""
    path = Path(metrics_path)
    rows = read_metrics(path) if path.is_file() else []
    steps = [(r["step"], r["loss"]) for r in rows if "tokens_per_s" in r]
    evals = [(r["epoch"], r["dev_f1"]) for r in rows if "dev_f1" in r]
    if not steps and not evals:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax_loss, ax_f1) = plt.subplots(1, 2, figsize=(10, 4))
    if steps:
        ax_loss.plot(*zip(*steps), marker=".")
    ax_loss.set(title="training loss", xlabel="step", ylabel="loss")
    if evals:
        ax_f1.plot(*zip(*evals), marker="o")
    ax_f1.set(title="dev entity F1", xlabel="epoch", ylabel="F1", ylim=(0, 1))
    fig.tight_layout()
    fig.savefig(out_png, dpi=100)
    plt.close(fig)
    return Path(out_png)
