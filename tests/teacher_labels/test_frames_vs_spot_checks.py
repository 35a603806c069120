"""The synthetic frames must not contain the spot-check sentences the README reports on."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from teacher_labels.synthesize.langdata import FRAMES_DIR

ROOT = Path(__file__).resolve().parents[2]


def _spot_sentences() -> list[str]:
    spec = importlib.util.spec_from_file_location("spot", ROOT / "benchmarks" / "spot_checks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [s for _lang, sentences in module.FAMILIES.values() for s in sentences]


def _runs(text: str, n: int = 4) -> set[tuple[str, ...]]:
    """Word n-grams with every slot/placeholder reduced to one token X."""
    words = re.findall(r"\w+", re.sub(r"\{[^}]*\}", " X ", text.lower()))
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _shared(pattern: str, n: int) -> list[tuple[str, str]]:
    spot = set().union(*(_runs(s, n) for s in _spot_sentences()))
    assert spot  # the script's sentences were found
    return [
        (path.relative_to(FRAMES_DIR).as_posix(), line.strip())
        for path in sorted(FRAMES_DIR.glob(pattern))
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#") and _runs(line, n) & spot
    ]


def test_no_frame_copies_a_spot_check_sentence():
    # seven words in a row: a near copy (common openings such as "my name is X and I" are shorter)
    assert _shared("*/*.txt", 7) == []


def test_mention_frames_share_no_four_word_run_with_a_spot_check():
    # the `mention` frames target the spot checks' weak families, so they are held stricter
    assert _shared("*/mention.txt", 4) == []
