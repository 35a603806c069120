"""The synthesis loop: languages in turn, hard negatives, dedup, records and manifest counts.

One `random.Random(seed)` drives everything (Faker instances are seeded from it), so the output
is a pure function of the arguments. Records stream; only the dedup hashes stay in memory.

Example:
    >>> recs = list(Synthesizer(langs=("en",), seed=1).records(3))
    >>> [r["id"] for r in recs]
    ['syn-en-0000000', 'syn-en-0000001', 'syn-en-0000002']
"""

from __future__ import annotations

import random
import sys
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from anonymizer.locales import resolve_locale
from anonymizer.records import read_manifest, write_manifest, write_records

from .composer import Composer
from .dedup import Deduper
from .fill import Filler
from .langdata import count_frames, load_lang
from .llm_mode import LLMSource, prompt_hash

GENERATOR_ID = "teacher_labels.synthesize/1"
MODES = ("offline", "llm")


class Synthesizer:
    """Generates tagged records; counters (`dedup`, `label_lang`, ...) feed the manifest."""

    def __init__(
        self,
        langs: Sequence[str] = ("de", "en"),
        seed: int = 0,
        mode: str = "offline",
        client=None,
        negatives: float = 0.15,
        frames: str = "all",
        name_origin: str | None = None,
        genres: Sequence[str] | None = None,
    ) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; expected one of {list(MODES)}")
        if not langs:
            raise ValueError("langs is empty; pass at least one language such as ('de',)")
        if not 0.0 <= negatives <= 1.0:
            raise ValueError(f"negatives must be a share in [0, 1], got {negatives}")
        self.langs, self.seed, self.mode, self.negatives = list(langs), seed, mode, negatives
        self.frames, self.genres = frames, list(genres) if genres else None
        self.name_origin = resolve_locale(name_origin) if name_origin else None
        self.rng = random.Random(seed)
        name_seed = zlib.crc32(f"{seed}:{self.name_origin}".encode())
        self.composers = {}
        for lang in self.langs:
            data = load_lang(lang).subset(frames)
            filler = Filler(self.rng, data, self.name_origin, name_seed)
            self.composers[lang] = Composer(self.rng, data, filler, self.genres)
        self.llm = LLMSource(client, self.rng) if mode == "llm" else None
        self.model = getattr(client, "model", None) if mode == "llm" else None
        self.dedup = Deduper()
        self.label_lang: Counter = Counter()
        self.hard_negatives = 0

    def records(self, n: int) -> Iterator[dict]:
        """Yield `n` unique records (raises if the frames cannot give that many)."""
        made, attempts, limit = 0, 0, 20 * n + 1000
        while made < n:
            attempts += 1
            if attempts > limit:
                raise RuntimeError(
                    f"only {made} of {n} unique records after {attempts - 1} attempts "
                    f"({self.dedup.removed} near-duplicates, {self.rejected} rejected); "
                    "add frames or lower n"
                )
            lang = self.langs[attempts % len(self.langs)]
            rec = self._one(lang, made)
            if rec is not None:
                made += 1
                yield rec

    @property
    def rejected(self) -> int:
        return self.llm.rejected if self.llm else 0

    def _one(self, lang: str, index: int) -> dict | None:
        negative = self.rng.random() < self.negatives
        composer = self.composers[lang]
        if self.llm:
            out = self.llm.compose(composer, negative)
        else:  # a positive record must carry PII: recompose the rare PII-free draw
            out = composer.compose(negative)
            for _ in range(10):
                if negative or out[1]:
                    break
                out = composer.compose(negative)
        if out is None:
            return None
        text, spans, meta = out
        if not self.dedup.add(text):
            return None
        self.hard_negatives += meta["negative"]
        self.label_lang.update(f"{s['label']}|{lang}" for s in spans)
        origin = "synthetic-llm" if self.llm else "synthetic"
        tag = "-".join(
            [lang, *([self.name_origin] if self.name_origin else []), *(self.genres or [])]
        )
        rec = {"id": f"syn-{tag}-{index:07d}", "text": text, "lang": lang, "spans": spans}
        return {**rec, "origin": origin, **meta}

    def manifest_fields(self) -> dict:
        """Everything this run contributes to the manifest, beyond write_records' counts."""
        per = {}
        for key, count in sorted(self.label_lang.items()):
            label, lang = key.split("|")
            per.setdefault(label, {})[lang] = count
        fields = {
            "generator": GENERATOR_ID,
            "dataset": "synthetic customer feedback (teacher_labels frames, Faker values)",
            "license": "MIT (generated by this project; all personal data is fake)",
            "mode": self.mode,
            "seed": self.seed,
            "langs": self.langs,
            "negatives_share": self.negatives,
            "hard_negatives": self.hard_negatives,
            "duplicates_removed": self.dedup.removed,
            "label_by_language": per,
            "frames_per_language": {lang: count_frames(lang) for lang in self.langs},
            "frames": self.frames,
        }
        if self.name_origin:
            fields["name_origin"] = self.name_origin
        if self.genres:
            fields["genres"] = self.genres
        if self.mode == "llm":
            fields.update(model=self.model, prompt_sha256=prompt_hash(), llm_rejected=self.rejected)
        return fields


def synthesize(
    n: int,
    langs: Sequence[str] = ("de", "en"),
    seed: int = 0,
    mode: str = "offline",
    client=None,
    negatives: float = 0.15,
    frames: str = "all",
    name_origin: str | None = None,
    genres: Sequence[str] | None = None,
) -> Iterator[dict]:
    """Yield `n` tagged synthetic records (deterministic for a seed, near-duplicates removed).

    `frames` = "train" or "heldout" draws from one side of a fixed 80/20 split of the frames, so
    a dev set can be made of frames the model never saw. `name_origin` (a Faker locale) draws
    every PERSON name from it and keeps everything else as without it, for the bias check.
    `genres` restricts records to those genres (opt-in ones such as "mention" included)."""
    syn = Synthesizer(langs, seed, mode, client, negatives, frames, name_origin, genres)
    yield from syn.records(n)


def synthesize_to_file(
    out: str | Path,
    n: int,
    langs: Sequence[str] = ("de", "en"),
    seed: int = 0,
    mode: str = "offline",
    client=None,
    negatives: float = 0.15,
    progress: bool = False,
    frames: str = "all",
    name_origin: str | None = None,
    genres: Sequence[str] | None = None,
) -> dict:
    """Write `n` records to `out` (JSONL) plus its manifest; returns the manifest dict."""
    syn = Synthesizer(langs, seed, mode, client, negatives, frames, name_origin, genres)
    records = syn.records(n)
    if progress and sys.stderr.isatty():
        from tqdm import tqdm

        records = tqdm(records, total=n, unit="rec", desc="synthesize")
    counts = write_records(out, records)
    # "labels" stays the label set (schema); counts go under "counts", as in every manifest
    write_manifest(out, **syn.manifest_fields(), records=counts["records"], counts=counts)
    return read_manifest(out)
