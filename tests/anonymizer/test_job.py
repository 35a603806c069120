"""run_items: one chunk in flight, input order kept, nothing lost on a fatal reader error."""

import pytest

from anonymizer.io.base import Item
from anonymizer.io.errors import InputError
from anonymizer.io.job import chunked, run_items


class _Result:
    def __init__(self, text):
        self.text, self.labels = text.upper(), []


class _Writer:
    def __init__(self):
        self.rows = []

    def write(self, item, texts):
        self.rows.append((item.line, texts))


def _items(n, fail_at=None):
    for i in range(1, n + 1):
        if i == fail_at:
            raise OSError("disk gone")
        yield Item(line=i, raw=b"", texts=[f"t{i}"])


def _recording_start(log):
    def start(groups):
        log.append(("start", [g[0] for g in groups]))

        def finish():
            log.append(("finish", [g[0] for g in groups]))
            return [[_Result(t) for t in g] for g in groups]

        return finish

    return start


def test_next_chunk_starts_before_this_one_finishes_and_order_is_kept():
    log, writer = [], _Writer()
    summary = run_items(_items(5), writer, _recording_start(log), on_error="fail", batch_size=2)
    assert log[:3] == [("start", ["t1", "t2"]), ("start", ["t3", "t4"]), ("finish", ["t1", "t2"])]
    assert [r[0] for r in writer.rows] == [1, 2, 3, 4, 5]
    assert writer.rows[0][1] == ["T1"]
    assert (summary.read, summary.written) == (5, 5)


def test_records_read_before_a_fatal_reader_error_are_written():
    writer = _Writer()
    with pytest.raises(OSError):
        run_items(_items(9, fail_at=4), writer, _recording_start([]), on_error="fail", batch_size=2)
    assert [r[0] for r in writer.rows] == [1, 2]  # chunk [3, 4] never completed: 4 failed to read


def test_bad_record_in_a_later_chunk_is_counted_in_order():
    items = list(_items(4))
    items[2] = Item(line=3, raw=b"x", texts=[None], error=InputError(3, "bad", "fix it"))
    writer = _Writer()
    summary = run_items(iter(items), writer, _recording_start([]), on_error="skip", batch_size=2)
    assert [r[0] for r in writer.rows] == [1, 2, 4]
    assert (summary.read, summary.written, summary.skipped) == (4, 3, 1)


def test_a_chunk_ends_once_its_texts_reach_the_character_budget():
    log, writer = [], _Writer()
    items = [Item(line=i, raw=b"", texts=[f"t{i}" + "x" * 8, None]) for i in range(1, 6)]
    summary = run_items(
        iter(items), writer, _recording_start(log), on_error="fail", batch_size=4, chunk_chars=20
    )
    starts = [names for kind, names in log if kind == "start"]
    assert [len(s) for s in starts] == [2, 2, 1]  # 10 characters per record, None not counted
    assert (summary.read, summary.written) == (5, 5)


def test_chunked_ends_at_the_count_or_the_character_budget():
    assert [len(c) for c in chunked(["ab", "cd", "ef"], 5, 4, len)] == [2, 1]
    assert [len(c) for c in chunked(["a"] * 5, 2, 100, len)] == [2, 2, 1]
    assert [len(c) for c in chunked(["a"] * 3, 2, None, len)] == [2, 1]
    assert list(chunked([], 2, 10, len)) == []


def test_each_text_goes_with_its_field_name():
    # "first_name" and "last_name" columns tell the surrogates which name is which
    seen = []

    def start(groups, names=None):
        seen.append(names)
        return lambda: [[_Result(t) for t in g] for g in groups]

    items = [
        Item(line=1, raw=b"", texts=["Jürgen", None, "j.w@web.de"]),
        Item(line=2, raw=b"", texts=["Aylin", "Demir", "x"], paths=["a.first", "a.last", "a.m"]),
    ]
    fields = ["first_name", "last_name", "email"]
    run_items(iter(items), _Writer(), start, on_error="fail", fields=fields)
    assert seen == [[["first_name", "email"], ["a.first", "a.last", "a.m"]]]
