"""Distillation loss: hard-label cross-entropy plus temperature-scaled KL to the teacher.

Example:
    >>> import torch
    >>> logits = torch.randn(2, 5, 25)
    >>> probs = torch.softmax(torch.randn(2, 5, 25), -1)
    >>> labels = torch.randint(0, 25, (2, 5))
    >>> float(kd_loss(logits, probs, labels, alpha=1.0)) == float(hard_loss(logits, labels))
    True
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

IGNORE = -100
_EPS = 1e-8


def hard_loss(logits: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Mean cross-entropy over positions whose label is not -100 (0 when there are none)."""
    keep = labels != IGNORE
    if not keep.any():
        return logits.sum() * 0.0
    return F.cross_entropy(logits[keep].float(), labels[keep])


def kd_loss(
    student_logits: torch.Tensor,
    teacher_probs: torch.Tensor,
    labels: torch.Tensor,
    T: float = 2.0,
    alpha: float = 0.5,
) -> torch.Tensor:
    """alpha * CE(labels) + (1 - alpha) * T^2 * KL(teacher_T || student_T).

    `student_logits` [B, L, C]; `teacher_probs` [B, L, C] with all-zero rows where the teacher
    gives no target; `labels` [B, L] with -100 where there is no hard label. CE averages over
    labelled positions, KL over positions with teacher probabilities, so a soft-only position
    (label -100, teacher row present) contributes through the KL term only. The teacher's
    probabilities are re-tempered as softmax(log p / T), equal to softmax(teacher_logits / T).
    """
    ce = hard_loss(student_logits, labels)
    has_soft = teacher_probs.sum(-1) > 0
    if not has_soft.any() or alpha >= 1.0:
        return alpha * ce
    teacher_log_t = torch.log_softmax(teacher_probs[has_soft].float().clamp_min(_EPS).log() / T, -1)
    student_log_t = torch.log_softmax(student_logits[has_soft].float() / T, -1)
    kl = F.kl_div(student_log_t, teacher_log_t, log_target=True, reduction="batchmean")
    return alpha * ce + (1.0 - alpha) * T * T * kl
