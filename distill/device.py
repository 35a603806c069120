"""Where training runs and in which precision: CUDA with bf16 autocast when a GPU is present,
CPU in fp32 otherwise; the choice is printed.

Example:
    >>> device, amp = pick_device("cpu")  # doctest: +SKIP
    device: cpu, precision: fp32
"""

from __future__ import annotations

import contextlib
import os

import torch


def pick_device(preference: str = "auto", threads: int = 0) -> tuple[torch.device, bool]:
    """(device, bf16 autocast?): CUDA with bf16 when present, CPU fp32 otherwise; printed."""
    if preference == "cuda" and not torch.cuda.is_available():
        raise RuntimeError("--device cuda asked for, but torch sees no CUDA GPU; use --device cpu")
    use_cuda = preference == "cuda" or (preference == "auto" and torch.cuda.is_available())
    device = torch.device("cuda" if use_cuda else "cpu")
    amp = use_cuda and torch.cuda.is_bf16_supported()
    if not use_cuda:
        torch.set_num_threads(threads or max(1, min(8, os.cpu_count() or 1)))
    print(f"device: {device.type}, precision: {'bf16' if amp else 'fp32'}", flush=True)
    return device, amp


def autocast(device: torch.device, amp: bool):
    """bf16 autocast on the device when `amp`, else nothing."""
    if amp:
        return torch.autocast(device_type=device.type, dtype=torch.bfloat16)
    return contextlib.nullcontext()
