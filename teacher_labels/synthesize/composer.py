"""Compose one record from a genre skeleton: parts of frames, filled slots, noise, exact spans.

A genre (lang.json `genres`) lists parts `[sections, min, max, sep]`: `sections` is one or more
frame files joined by "|" (one is chosen per part), `min..max` frames are drawn from it and
`sep` goes before the part. The special section "@chat" alternates customer and agent turns.
Text is built segment by segment, so span offsets are exact by construction.

Example:
    >>> import random
    >>> from teacher_labels.synthesize.fill import Filler
    >>> from teacher_labels.synthesize.langdata import load_lang
    >>> rng = random.Random(0)
    >>> c = Composer(rng, load_lang("en"), Filler(rng, load_lang("en")))
    >>> text, spans, meta = c.compose(negative=True)
    >>> spans
    []
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from anonymizer.schema import LABELS

from .fill import Filler, Segment
from .langdata import SLOT_RE, Frame, LangData
from .noise import add_noise, pick_level


class Composer:
    """Builds `(text, spans, meta)` records for one language from its frames."""

    def __init__(
        self,
        rng: random.Random,
        data: LangData,
        filler: Filler,
        genres: Sequence[str] | None = None,
    ) -> None:
        """`genres` restricts the draw to those genres (a weight-0, opt-in genre then counts
        as weight 1); by default every genre is drawn by its lang.json weight."""
        self.rng, self.data, self.filler = rng, data, filler
        known = data.config["genres"]
        unknown = sorted(set(genres or ()) - set(known))
        if unknown:
            raise ValueError(
                f"unknown genres {unknown} for language {data.lang!r}; expected some of "
                f"{sorted(known)}"
            )
        self.genre_names = sorted(genres or known)
        weights = [known[g].get("weight", 1) for g in self.genre_names]
        self.genre_weights = [w or 1 for w in weights] if genres else weights

    def compose(self, negative: bool = False, genre: str | None = None):
        """One record; `negative` makes a hard negative (no PII at all, no spans)."""
        rng = self.rng
        self.filler.new_record()
        self._used: set[str] = set()
        genre = genre or rng.choices(self.genre_names, self.genre_weights)[0]
        register = rng.choice(["formal", "informal"])
        genre_parts = self.data.config["genres"][genre]["parts"]
        parts = self._negative_parts(genre) if negative else genre_parts
        segments: list[Segment] = []
        for part in parts:
            segments += self._part(part, register, pii=not negative)
        segments = _capitalise_start(segments)
        level = pick_level(rng)
        segments = add_noise(segments, rng, self.data.config, register, level)
        text, spans = join_segments(segments)
        meta = {"genre": genre, "register": register, "noise": level, "negative": negative}
        return text, spans, meta

    def _negative_parts(self, genre: str) -> list[list]:
        """The genre's parts with PII-free frames only; bodies come from `negatives`."""
        parts = []
        for sections, lo, hi, *sep in self.data.config["genres"][genre]["parts"]:
            if sections == "@chat":
                parts.append(["negatives", max(lo, 1), hi, *sep])
            elif all(self.data.has_pii_free(s) for s in sections.split("|")):
                parts.append([sections, lo, hi, *sep])
            elif lo > 0 and sections not in ("greeting", "signature", "signoff"):
                parts.append(["negatives", lo, hi, *sep])
        parts.insert(min(len(parts), 2), ["negatives", 1, 2])
        return parts

    def _part(self, part: list, register: str, pii: bool) -> list[Segment]:
        sections, lo, hi, *rest = part
        count = self.rng.randint(lo, hi)
        if count == 0:
            return []
        sep = rest[0] if rest else " "
        if sections == "@chat":
            return [(sep, None, None)] + self._chat(count, register)
        section = self.rng.choice(sections.split("|"))
        inner = self.rng.choice([" ", " ", " ", "\n"])
        out: list[Segment] = [(sep, None, None)]
        for i in range(count):
            if i:
                out.append((inner, None, None))
            out += self.render(self._fresh(section, register, pii))
        return out

    def _chat(self, turns: int, register: str) -> list[Segment]:
        speakers = {r: self.rng.choice(s) for r, s in self.data.config["speakers"].items()}
        out: list[Segment] = []
        for i in range(turns):
            role = "customer" if i % 2 == 0 else "agent"
            if i:
                out.append(("\n", None, None))
            out += self.render(Frame(speakers[role], None, True))
            out.append((": ", None, None))
            out += self.render(self._fresh(f"chat_{role}", register, True))
        return out

    def _fresh(self, section: str, register: str, pii: bool) -> Frame:
        """A frame not used yet in this record (after a few tries, any frame)."""
        for _ in range(8):
            frame = self.data.pick(self.rng, section, register, pii)
            if frame.text not in self._used:
                break
        self._used.add(frame.text)
        return frame

    def render(self, frame: Frame) -> list[Segment]:
        """Segments of one frame with its slots filled."""
        out: list[Segment] = []
        pos = 0
        for m in SLOT_RE.finditer(frame.text):
            out.append((frame.text[pos : m.start()], None, None))
            name, ref, form = m.groups()
            if name in LABELS:
                out += self.filler.fill(name, ref, form)
            else:
                out.append((self.filler.filler(name), None, None))
            pos = m.end()
        out.append((frame.text[pos:], None, None))
        return out


def _capitalise_start(segments: list[Segment]) -> list[Segment]:
    """Upper-case the first letter when a record starts with a lower-case frame."""
    for i, (text, label, extra) in enumerate(segments):
        if text.strip():
            if label is None:
                stripped = text.lstrip()
                segments[i] = (stripped[:1].upper() + stripped[1:], None, extra)
            return segments
    return segments


def join_segments(segments: list[Segment]) -> tuple[str, list[dict]]:
    """Concatenate segments into text and sorted span dicts; outer whitespace is trimmed."""
    segments = [s for s in segments if s[0]]
    if segments and segments[0][1] is None:
        segments[0] = (segments[0][0].lstrip(), None, None)
    if segments and segments[-1][1] is None:
        segments[-1] = (segments[-1][0].rstrip(), None, None)
    pieces: list[str] = []
    spans: list[dict] = []
    pos = 0
    for text, label, extra in segments:
        if label is not None:
            spans.append({"start": pos, "end": pos + len(text), "label": label, **(extra or {})})
        pieces.append(text)
        pos += len(text)
    return "".join(pieces), spans
