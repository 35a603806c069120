"""Words, span snapping, spans <-> BIO, overlap resolution and the detokeniser."""

from __future__ import annotations

from teacher_labels.align import (
    detokenize,
    resolve_overlaps,
    snap_span,
    spans_to_tags,
    tags_to_spans,
    words,
)


def test_detokenize_rule_and_exact_offsets() -> None:
    tokens = ["Er", "sagte", '"', "Hallo", '"', "(", "laut", ")", ",", "dann", "ging", "er", "."]
    text, offsets = detokenize(tokens)
    assert text == 'Er sagte "Hallo" (laut), dann ging er.'
    assert [text[s:e] for s, e in offsets] == tokens
    text, offsets = detokenize(["„", "Super", "“", "!", "It", "'s", "50", "%"])
    assert text == "„Super“! It's 50%"
    assert [text[s:e] for s, e in offsets] == ["„", "Super", "“", "!", "It", "'s", "50", "%"]
    assert detokenize([]) == ("", [])


def test_snap_span_widens_to_words() -> None:
    text = "Ich bin Jo-Ann Weber."
    assert snap_span(text, 9, 12) == (8, 14)
    assert snap_span(text, 8, 19) == (8, 20)
    assert snap_span(text, 3, 4) is None  # only whitespace


def test_spans_tags_round_trip() -> None:
    text = "Anna Maria Schulz lebt in Bad Homburg ."
    ws = words(text)
    spans = [(0, 17, "PERSON"), (26, 37, "LOCATION")]
    tags = spans_to_tags(spans, ws)
    assert tags == ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-LOCATION", "I-LOCATION", "O"]
    assert tags_to_spans(ws, tags) == spans


def test_tags_to_spans_starts_span_on_orphan_inside() -> None:
    ws = [(0, 1), (2, 3), (4, 5), (6, 7)]
    tags = ["I-PERSON", "I-DATE", "B-DATE", "I-DATE"]
    assert tags_to_spans(ws, tags) == [(0, 1, "PERSON"), (2, 3, "DATE"), (4, 7, "DATE")]


def test_resolve_overlaps_longer_wins() -> None:
    spans = [(0, 5, "PERSON"), (3, 12, "ADDRESS"), (12, 15, "DATE"), (13, 14, "ID")]
    kept, dropped = resolve_overlaps(spans)
    assert kept == [(3, 12, "ADDRESS"), (12, 15, "DATE")] and dropped == 2
