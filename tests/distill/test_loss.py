import pytest
import torch
import torch.nn.functional as F

from distill.loss import hard_loss, kd_loss

C = 25


@pytest.fixture
def batch():
    g = torch.Generator().manual_seed(0)
    logits = torch.randn(2, 6, C, generator=g)
    teacher = torch.softmax(torch.randn(2, 6, C, generator=g) * 2, -1)
    labels = torch.randint(0, C, (2, 6), generator=g)
    labels[0, 0] = labels[1, 5] = -100
    return logits, teacher, labels


def test_alpha_one_equals_cross_entropy(batch):
    logits, teacher, labels = batch
    expected = F.cross_entropy(logits.reshape(-1, C), labels.reshape(-1), ignore_index=-100)
    assert torch.allclose(kd_loss(logits, teacher, labels, T=3.0, alpha=1.0), expected)


def test_identical_distributions_give_zero_kl(batch):
    logits, _, labels = batch
    same = torch.softmax(logits, -1)
    assert kd_loss(logits, same, labels, T=2.0, alpha=0.0).abs() < 1e-5
    # with alpha in between only the CE part remains
    mixed = kd_loss(logits, same, labels, T=2.0, alpha=0.3)
    assert torch.allclose(mixed, 0.3 * hard_loss(logits, labels), atol=1e-5)


def test_kl_term_matches_definition(batch):
    logits, teacher, labels = batch
    T = 2.0
    p_t = torch.softmax(teacher.log() / T, -1)
    kl = (p_t * (p_t.log() - torch.log_softmax(logits / T, -1))).sum(-1).mean()
    got = kd_loss(logits, teacher, labels, T=T, alpha=0.0)
    assert torch.allclose(got, T * T * kl, atol=1e-5)


def test_gradient_flows_to_student(batch):
    logits, teacher, labels = batch
    logits = logits.clone().requires_grad_(True)
    kd_loss(logits, teacher, labels).backward()
    assert logits.grad is not None and logits.grad.abs().sum() > 0
    # positions with neither hard label nor teacher row get no gradient
    teacher = teacher.clone()
    teacher[0, 0] = 0.0
    logits.grad = None
    kd_loss(logits, teacher, labels).backward()
    assert logits.grad[0, 0].abs().sum() == 0


def test_soft_only_positions_take_only_kl(batch):
    logits, teacher, _ = batch
    no_labels = torch.full((2, 6), -100)
    alpha = 0.4
    got = kd_loss(logits, teacher, no_labels, T=2.0, alpha=alpha)
    assert torch.allclose(got, (1 - alpha) * kd_loss(logits, teacher, no_labels, T=2.0, alpha=0.0))
    assert got > 0


def test_all_ignored_and_no_teacher_is_zero(batch):
    logits, teacher, _ = batch
    got = kd_loss(logits, torch.zeros_like(teacher), torch.full((2, 6), -100), alpha=0.5)
    assert got == 0
