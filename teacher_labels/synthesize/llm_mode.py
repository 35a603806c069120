"""LLM mode: an LLM writes feedback with typed placeholders, Faker fills them, spans are exact.

Requests (language, genre, tone, length, placeholders to use) are drawn from the seeded RNG and
rendered with the data file `frames/llm_prompt.txt`. A reply is rejected, and counted, when it
has an unknown placeholder (e.g. `{NAME}`), a stray brace, no text, or any placeholder where a
hard negative was asked for.

Example:
    >>> parse_reply("Hallo {PERSON:first}, danke!", negative=False)
    'Hallo {PERSON:first}, danke!'
    >>> parse_reply("Hallo {NAME}!", negative=False) is None
    True
"""

from __future__ import annotations

import hashlib
import random
import re
from string import Template

from anonymizer.schema import LABELS

from .composer import Composer, join_segments
from .langdata import FRAMES_DIR, LABEL_FORMS, SLOT_RE, Frame

PROMPT_PATH = FRAMES_DIR / "llm_prompt.txt"
_BRACED = re.compile(r"\{[^{}]*\}")
_FENCE = re.compile(r"^```\w*\n?|\n?```$")
LENGTHS = ("one short sentence", "two or three sentences", "one paragraph", "two paragraphs")


def prompt_template() -> str:
    return PROMPT_PATH.read_text(encoding="utf-8")


def prompt_hash() -> str:
    """sha256 of the prompt template (recorded in the manifest)."""
    return hashlib.sha256(prompt_template().encode("utf-8")).hexdigest()


def build_request(rng: random.Random, cfg: dict, genre: str, negative: bool) -> tuple[str, list]:
    """The user prompt and the placeholders it asks for."""
    placeholders: list[str] = []
    if negative:
        rule = (
            "Use no placeholders and no personal data at all; you may mention products, "
            "prices, weekdays, times and well-known brands."
        )
    else:
        for label in rng.sample(LABELS, rng.randint(1, 4)):
            forms = LABEL_FORMS[label]
            use_form = forms and rng.random() < 0.5
            placeholders.append(f"{{{label}:{rng.choice(forms)}}}" if use_form else f"{{{label}}}")
        rule = "Use each of these placeholders at least once: " + ", ".join(placeholders) + "."
    prompt = Template(prompt_template()).substitute(
        language=cfg["language_name"],
        genre=cfg["genres"][genre]["description"],
        register=rng.choice(["formal", "informal, colloquial"]),
        length=rng.choice(LENGTHS),
        placeholder_rule=rule,
    )
    return prompt, placeholders


def parse_reply(reply: str, negative: bool) -> str | None:
    """The reply as a frame text, or None when it must be rejected."""
    text = _FENCE.sub("", reply.strip()).strip()
    if not text:
        return None
    slots = _BRACED.findall(text)
    if negative and slots:
        return None
    for slot in slots:
        m = SLOT_RE.fullmatch(slot)
        if not m or m.group(1) not in LABELS:
            return None
        if m.group(3) and m.group(3) not in LABEL_FORMS[m.group(1)]:
            return None
    rest = _BRACED.sub("", text)
    if "{" in rest or "}" in rest:
        return None
    return text


class LLMSource:
    """Asks `client` for one record at a time; `rejected` counts unusable replies."""

    def __init__(self, client, rng: random.Random) -> None:
        if client is None or not hasattr(client, "chat"):
            raise ValueError("mode='llm' needs a client with .chat(messages, **params) -> str")
        self.client, self.rng = client, rng
        self.rejected = 0

    def compose(self, composer: Composer, negative: bool):
        """(text, spans, meta) like `Composer.compose`, or None for a rejected reply."""
        cfg = composer.data.config
        genre = self.rng.choices(composer.genre_names, composer.genre_weights)[0]
        prompt, placeholders = build_request(self.rng, cfg, genre, negative)
        reply = self.client.chat([{"role": "user", "content": prompt}], temperature=1.0)
        text = parse_reply(reply or "", negative)
        if text is None:
            self.rejected += 1
            return None
        composer.filler.new_record()
        segments = composer.render(Frame(text, None, bool(placeholders)))
        text, spans = join_segments(segments)
        meta = {"genre": genre, "register": None, "noise": "clean", "negative": negative}
        return text, spans, meta
