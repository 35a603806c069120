"""Character spans <-> canonical words <-> BIO tags, overlap resolution and a detokeniser.

Every teacher and importer reduces its output to character spans on the original text; the
canonical words (`anonymizer.schema.split_words`) are where word-level soft labels live.

Example:
    >>> text, offs = detokenize(["Hallo", "(", "Jonas", ")", "!"])
    >>> text, offs[2]
    ('Hallo (Jonas)!', (7, 12))
    >>> tags_to_spans(words("Jo Ann kam"), ["B-PERSON", "I-PERSON", "O"])
    [(0, 6, 'PERSON')]
"""

from __future__ import annotations

from anonymizer.schema import bio_tags_for, split_words

Span = tuple[int, int, str]

# Detokeniser rule: tokens are joined with one space, except
#  - no space BEFORE a closing token: . , ; : ! ? % ) ] } and closing quotes » “ ’ '
#  - no space AFTER an opening token: ( [ { and opening quotes « „ ‘
#  - a straight double quote " alternates: the 1st, 3rd, ... one opens, the others close.
_CLOSING = set(".,;:!?%)]}»“’'") | {"...", "…", "'s", "n't"}
_OPENING = set("([{«„‘")


def words(text: str) -> list[tuple[int, int]]:
    """Canonical word spans of `text` (same as `anonymizer.schema.split_words`)."""
    return split_words(text)


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens into text (rule above); returns the text and each token's exact offsets."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos, glue_next, quote_open = 0, True, False
    for tok in tokens:
        closing = tok in _CLOSING or (tok == '"' and quote_open)
        opening = tok in _OPENING or (tok == '"' and not quote_open)
        if tok == '"':
            quote_open = not quote_open
        if parts and not glue_next and not closing:
            parts.append(" ")
            pos += 1
        parts.append(tok)
        offsets.append((pos, pos + len(tok)))
        pos += len(tok)
        glue_next = opening
    return "".join(parts), offsets


def snap_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Widen `[start, end)` to the canonical words it touches; None if it touches no word."""
    touched = [(s, e) for s, e in words(text) if s < end and start < e]
    if not touched:
        return None
    return touched[0][0], touched[-1][1]


def spans_to_tags(spans: list[Span], word_spans: list[tuple[int, int]]) -> list[str]:
    """BIO tag per word for character spans (see `anonymizer.schema.bio_tags_for`)."""
    return bio_tags_for(list(spans), word_spans)


def tags_to_spans(word_spans: list[tuple[int, int]], tags: list[str]) -> list[Span]:
    """Character spans from per-word BIO tags; an I- tag after O or another label starts a span."""
    spans: list[list] = []
    prev = "O"
    for (ws, we), tag in zip(word_spans, tags, strict=True):
        if tag == "O":
            prev = "O"
            continue
        prefix, _, lab = tag.partition("-")
        if prefix == "I" and prev != "O" and prev[2:] == lab:
            spans[-1][1] = we
        else:
            spans.append([ws, we, lab])
        prev = tag
    return [(s, e, lab) for s, e, lab in spans]


def resolve_overlaps(spans: list[Span]) -> tuple[list[Span], int]:
    """Non-overlapping spans, longer first (ties: earlier); returns (sorted kept, n dropped)."""
    kept: list[Span] = []
    for sp in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0], x[2])):
        if all(sp[1] <= k[0] or k[1] <= sp[0] for k in kept):
            kept.append(sp)
    return sorted(kept), len(spans) - len(kept)
