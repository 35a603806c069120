"""The pattern teacher: `anonymizer.detect.patterns.PatternDetector` (validated regex + checksums).

Overlapping detections are resolved (longer wins, counted in `stats`); probabilities are one-hot
per canonical word, taken from the kept spans.
"""

from __future__ import annotations

from collections.abc import Sequence

from anonymizer.schema import split_words

from .base import Teacher, TeacherOutput, clean_spans, one_hot_probs


class PatternTeacher(Teacher):
    """Labels structured PII (e-mail, phone, IBAN, ...) with the runtime's pattern detector.

    Example:
        >>> t = PatternTeacher(regions=("DE", "AT"))   # the detector is imported on first use
        >>> t.name
        'patterns'
    """

    name = "patterns"
    kind = "patterns"

    def __init__(self, regions: Sequence[str] = ("DE", "AT", "CH", "US", "GB")) -> None:
        super().__init__()
        self.regions = tuple(regions)
        self._detector = None

    def label(
        self, texts: Sequence[str], langs: Sequence[str] | None = None
    ) -> list[TeacherOutput]:
        if self._detector is None:
            from anonymizer.detect.patterns import PatternDetector

            self._detector = PatternDetector(regions=self.regions)
        outs = []
        for text in texts:
            spans = clean_spans(text, self._detector.detect(text), self.stats)
            ws = split_words(text)
            probs = one_hot_probs([(e.start, e.end, e.label) for e in spans], ws)
            outs.append(TeacherOutput(spans=spans, words=ws, probs=probs))
        return outs
