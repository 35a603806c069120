"""Per-language data files under `frames/<lang>/`: all language knowledge lives there.

A language directory holds `lang.json` (locales, name origins, date/ID shapes, genres, noise
lists, fillers) and one `<section>.txt` per frame section (one frame per line). Adding a
language means adding such a directory; no code changes.

Example:
    >>> data = load_lang("de")
    >>> data.lang, len(data.sections["complaint"]) > 10
    ('de', True)
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from anonymizer.schema import LABELS

FRAMES_DIR = Path(__file__).parent / "frames"
FRAME_SIDES = ("all", "train", "heldout")
HELDOUT_SHARE = 0.2
SLOT_RE = re.compile(r"\{([A-Za-z_]+)(?:@(\w+))?(?::(\w+))?\}")
REGISTER_TAGS = {"[f]": "formal", "[i]": "informal"}
LABEL_FORMS: dict[str, tuple[str, ...]] = {
    "PERSON": (
        "full",
        "first",
        "last",
        "title",
        "formal",
        "initial",
        "article",
        "article_acc",
        "article_dat",
    ),
    "ORGANIZATION": ("company", "shop"),
    "LOCATION": ("city", "region", "country"),
    "ADDRESS": ("street", "full", "plz"),
    "DATE": ("numeric", "written", "birth"),
    "EMAIL": (),
    "PHONE": ("national", "international"),
    "URL": (),
    "IP_ADDRESS": ("v4", "v6"),
    "IBAN": (),
    "CREDIT_CARD": (),
    "ID": ("order", "customer", "ticket", "contract", "taxid", "vat"),
}


class FrameError(ValueError):
    """A frame file breaks the format; the message names file and line."""


@dataclass(frozen=True)
class Frame:
    """One template line: text with `{LABEL[@ref][:form]}` slots and `{filler}` words."""

    text: str
    register: str | None  # "formal", "informal" or None (fits both)
    has_pii: bool


@dataclass
class LangData:
    """The loaded data of one language: `config` (lang.json) and frame sections."""

    lang: str
    config: dict
    sections: dict[str, list[Frame]]
    fallback: dict[str, list[Frame]] | None = None  # full sections when this is a subset

    def pick(self, rng: random.Random, section: str, register: str, pii: bool = True) -> Frame:
        """A random frame of `section` fitting `register` (only PII-free ones when not `pii`)."""
        frames = self._fitting(self.sections[section], register, pii)
        if not frames and self.fallback:  # a subset lost every frame of this kind
            frames = self._fitting(self.fallback[section], register, pii)
        if not frames:
            raise FrameError(
                f"frames/{self.lang}/{section}.txt has no frame for register={register} "
                f"pii={pii}; add one"
            )
        return rng.choice(frames)

    @staticmethod
    def _fitting(frames: list[Frame], register: str, pii: bool) -> list[Frame]:
        return [f for f in frames if f.register in (None, register) and (pii or not f.has_pii)]

    def subset(self, frames: str, share: float = HELDOUT_SHARE) -> LangData:
        """Frames of one side of a stable split: "train", "heldout" or "all".

        A frame's side is fixed by a hash of its text, so held-out frames never reach training
        data; where a side has no frame of a needed kind (section, register, PII or not), it
        borrows from the whole section — those are short greetings and sign-offs.
        """
        if frames == "all":
            return self
        if frames not in FRAME_SIDES:
            raise ValueError(f"unknown frames {frames!r}; expected one of {list(FRAME_SIDES)}")
        want = frames == "heldout"
        sections = {}
        for name, items in self.sections.items():
            kept = [f for f in items if _is_heldout(f.text, share) == want]
            sections[name] = kept if kept else items
        return LangData(self.lang, self.config, sections, fallback=self.sections)

    def has_pii_free(self, section: str) -> bool:
        return any(not f.has_pii for f in self.sections[section])


def _is_heldout(text: str, share: float) -> bool:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


def available_languages() -> list[str]:
    """Language codes that have a `frames/<lang>/lang.json`."""
    return sorted(p.parent.name for p in FRAMES_DIR.glob("*/lang.json"))


@cache
def load_lang(lang: str) -> LangData:
    """Load and check `frames/<lang>/`; unknown languages raise with the list of known ones."""
    root = FRAMES_DIR / lang
    if not (root / "lang.json").exists():
        raise FrameError(
            f"no frames for language {lang!r}; available: {available_languages()} "
            f"(add {root}/lang.json and frame files to support it)"
        )
    config = json.loads((root / "lang.json").read_text(encoding="utf-8"))
    fillers = set(config.get("fillers", {}))
    sections = {p.stem: _parse_frames(p, fillers) for p in sorted(root.glob("*.txt"))}
    _check_articles(lang, config, sections)
    return LangData(lang, config, sections)


def _check_articles(lang: str, config: dict, sections: dict[str, list[Frame]]) -> None:
    """PERSON forms "article*" ("die Sabine", "dem Kevin") need lang.json `articles`."""
    if "articles" in config:
        return
    for name, frames in sections.items():
        if any(":article" in f.text for f in frames):
            raise FrameError(
                f"frames/{lang}/{name}.txt uses a PERSON article form but frames/{lang}/"
                'lang.json has no "articles"; add {"m": {"article": ...}, "f": {...}} or drop it'
            )


def count_frames(lang: str) -> int:
    """Number of distinct frames (template lines) of a language."""
    return sum(len(v) for v in load_lang(lang).sections.values())


def _parse_frames(path: Path, fillers: set[str]) -> list[Frame]:
    frames = []
    for line_no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        register = REGISTER_TAGS.get(line[:3])
        if register:
            line = line[3:].strip()
        text = line.replace("\\n", "\n")
        has_pii = False
        for m in SLOT_RE.finditer(text):
            check_slot(m.group(1), m.group(3), fillers, where=f"{path.name}:{line_no}")
            has_pii = has_pii or m.group(1) in LABELS
        rest = SLOT_RE.sub("", text)
        if "{" in rest or "}" in rest:
            raise FrameError(f"{path.name}:{line_no}: stray brace; slots look like {{ID:order}}")
        frames.append(Frame(text, register, has_pii))
    return frames


def check_slot(name: str, form: str | None, fillers: set[str], where: str) -> None:
    """Raise FrameError for an unknown label, form or filler name."""
    if name in LABELS:
        if form and form not in LABEL_FORMS[name]:
            raise FrameError(
                f"{where}: unknown form {form!r} for {name}; expected one of {LABEL_FORMS[name]}"
            )
    elif name not in fillers:
        raise FrameError(
            f"{where}: unknown slot {{{name}}}; expected a label {list(LABELS)} "
            f"or a filler from lang.json {sorted(fillers)}"
        )
