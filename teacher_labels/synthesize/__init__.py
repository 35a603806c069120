"""Synthetic PII-tagged customer feedback (offline grammar or LLM with typed placeholders).

Example:
    >>> from teacher_labels.synthesize import synthesize
    >>> rec = next(synthesize(1, langs=("de",), seed=7))
    >>> rec["lang"], rec["origin"]
    ('de', 'synthetic')
"""

from .generate import GENERATOR_ID, Synthesizer, synthesize, synthesize_to_file

__all__ = ["GENERATOR_ID", "Synthesizer", "synthesize", "synthesize_to_file"]
