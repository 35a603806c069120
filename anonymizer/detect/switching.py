"""A shorter interpreter switch interval while model calls run side by side with Python work.

A CPU model call releases the GIL while onnxruntime computes, but needs it back to return.
While the job's own thread runs patterns and surrogates, a finished call waits for the
interpreter to switch threads: every 5 ms by default (`sys.getswitchinterval`), longer than
a one-window call takes. `short_switch_interval()` lowers the interval to 1 ms for the duration
of a file or stream job, so the cores go back to the model sooner
(`benchmarks/bench_runtime.py --switch-interval` measures both). Nested or concurrent jobs
share one lowered interval; the last one to finish restores the previous value.

Example:
    >>> import sys
    >>> before = sys.getswitchinterval()
    >>> with short_switch_interval():
    ...     sys.getswitchinterval() <= 0.001
    True
    >>> sys.getswitchinterval() == before
    True
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

JOB_SWITCH_INTERVAL = 0.001  # seconds

_lock = threading.Lock()
_depth = 0
_saved: float | None = None  # the interval to restore; None when it was kept


@contextmanager
def short_switch_interval(interval: float | None = None) -> Iterator[None]:
    """Run the block with the switch interval at most `interval` seconds (default
    `JOB_SWITCH_INTERVAL`); an interval already shorter is kept."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            current, wanted = sys.getswitchinterval(), interval or JOB_SWITCH_INTERVAL
            _saved = current if wanted < current else None
            if _saved is not None:
                sys.setswitchinterval(wanted)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                sys.setswitchinterval(_saved)
