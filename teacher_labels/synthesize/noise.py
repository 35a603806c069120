"""Realistic noise on composed segments: typos, missing capitals, colloquial spellings, snippets.

Noise only rewrites unlabelled segments (so every span stays a valid value), except for
lower-casing, which also applies to name-like spans. Offsets are computed after noise, so the
spans stay exact. Colloquial spellings and mixed-language snippets come from lang.json.

Example:
    >>> import random
    >>> segs = [("Ich habe es nicht bekommen.", None, None)]
    >>> cfg = {"colloquial": [["nicht", "nich"]], "mix_snippets": ["btw"]}
    >>> out = add_noise(segs, random.Random(3), cfg, "informal", level="heavy")
    >>> out[0][0] != segs[0][0]
    True
"""

from __future__ import annotations

import random
import re

from .fill import Segment

LOWERABLE = {"PERSON", "ORGANIZATION", "LOCATION", "ADDRESS", "EMAIL", "URL"}
LEVELS = {"clean": 0.0, "light": 0.02, "heavy": 0.07}  # per-word typo rate
_WORD = re.compile(r"[^\W\d_]{4,}")


def pick_level(rng: random.Random) -> str:
    """Noise level of one record: clean 45 %, light 35 %, heavy 20 %."""
    return rng.choices(list(LEVELS), [45, 35, 20])[0]


def add_noise(
    segments: list[Segment], rng: random.Random, cfg: dict, register: str, level: str
) -> list[Segment]:
    """Return noisy copies of `segments` (labels and extras unchanged)."""
    if level == "clean":
        return segments
    colloquial = register == "informal" or level == "heavy"
    lower_all = level == "heavy" and rng.random() < 0.4
    out: list[Segment] = []
    for text, label, extra in segments:
        if label is None:
            if colloquial:
                text = _colloquial(text, rng, cfg.get("colloquial", []))
            text = _typos(text, rng, LEVELS[level])
            text = _punctuation(text, rng, level)
            text = _snippet(text, rng, cfg.get("mix_snippets", []), level)
        if lower_all and (label is None or label in LOWERABLE):
            text = text.lower()
        out.append((text, label, extra))
    return out


def _colloquial(text: str, rng: random.Random, pairs: list[list[str]]) -> str:
    for formal, informal in pairs:
        if formal in text or formal.capitalize() in text:
            pattern = re.compile(rf"\b({re.escape(formal)}|{re.escape(formal.capitalize())})\b")
            text = pattern.sub(lambda m, i=informal: _keep_case(m.group(0), i, rng), text)
    return text


def _keep_case(found: str, informal: str, rng: random.Random) -> str:
    if rng.random() < 0.4:
        return found
    return informal.capitalize() if found[:1].isupper() else informal


def _typos(text: str, rng: random.Random, rate: float) -> str:
    def typo(m: re.Match) -> str:
        w = m.group(0)
        if rng.random() >= rate:
            return w
        i = rng.randrange(1, len(w) - 1)
        op = rng.randrange(3)
        if op == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2 :]  # swap neighbours
        if op == 1:
            return w[:i] + w[i + 1 :]  # drop a letter
        return w[:i] + w[i] + w[i:]  # double a letter

    return _WORD.sub(typo, text)


def _punctuation(text: str, rng: random.Random, level: str) -> str:
    if level == "heavy" and rng.random() < 0.3:
        text = text.replace("!", rng.choice(["!!", "!!!", "!1"]))
    if rng.random() < 0.15:
        text = text.replace(", ", ",")
    if level == "heavy" and rng.random() < 0.3:
        text = re.sub(r"\.(?=\s|$)", "", text)
    if rng.random() < 0.1:
        text = re.sub(r"(?<=\w) (?=\w)", "  ", text, count=1)
    return text


def _snippet(text: str, rng: random.Random, snippets: list[str], level: str) -> str:
    if not snippets or ". " not in text or rng.random() > (0.15 if level == "light" else 0.3):
        return text
    parts = text.split(". ")
    i = rng.randrange(1, len(parts))
    parts[i] = f"{rng.choice(snippets)} {parts[i]}"
    return ". ".join(parts)
