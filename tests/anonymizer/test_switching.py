import sys
import threading

import pytest

from anonymizer.detect import switching
from anonymizer.detect.switching import short_switch_interval


@pytest.fixture
def python_default():
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    yield
    sys.setswitchinterval(before)


def test_lowered_in_the_block_and_restored_after(python_default):
    with short_switch_interval():
        assert sys.getswitchinterval() == pytest.approx(switching.JOB_SWITCH_INTERVAL)
    assert sys.getswitchinterval() == pytest.approx(0.005)


def test_restored_when_the_block_raises(python_default):
    with pytest.raises(KeyError), short_switch_interval():
        raise KeyError("x")
    assert sys.getswitchinterval() == pytest.approx(0.005)


def test_a_shorter_interval_is_never_raised(python_default):
    sys.setswitchinterval(0.0002)
    shorter = sys.getswitchinterval()  # stored in whole microseconds
    with short_switch_interval(0.001):
        assert sys.getswitchinterval() == shorter
    assert sys.getswitchinterval() == shorter


def test_overlapping_jobs_restore_once_the_last_ends(python_default):
    inner_started, outer_done = threading.Event(), threading.Event()
    seen = []

    def other_job():
        with short_switch_interval():
            inner_started.set()
            outer_done.wait(5)
            seen.append(sys.getswitchinterval())

    t = threading.Thread(target=other_job)
    with short_switch_interval():
        t.start()
        inner_started.wait(5)
    outer_done.set()  # the first job ended while the other still runs
    t.join(5)
    assert seen == [pytest.approx(switching.JOB_SWITCH_INTERVAL)]
    assert sys.getswitchinterval() == pytest.approx(0.005)
