"""The ensemble teacher: patterns win on structured types, model teachers vote elsewhere.

Rule, per text:
1. Every member labels the text. Pattern members (`kind == "patterns"`) give their spans of the
   structured labels (`STRUCTURED`: EMAIL, PHONE, URL, IP_ADDRESS, IBAN, CREDIT_CARD; and ID when
   its score is at least `validated_id_score`, i.e. checksum-validated). These always win.
2. All other members vote with word distributions over BIO tags: teachers with probabilities
   (hf) give theirs; teachers without (llm, and the patterns' non-structured spans) enter as
   one-hot distributions from their spans. Each member has a weight (`weights`, by member name;
   default 1.0; `llm_weight` for members without probabilities). The weighted average is made
   BIO-consistent (`hf.fix_bio`) and decoded by argmax per word.
3. Decoded spans overlapping a winning pattern span are dropped; the words of winning pattern
   spans get one-hot distributions, so `probs` agrees with `spans`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from anonymizer.schema import BIO_TAGS, Entity, split_words

from ..align import resolve_overlaps
from .base import Teacher, TeacherOutput, one_hot_probs
from .hf import decode, fix_bio

STRUCTURED = frozenset({"EMAIL", "PHONE", "URL", "IP_ADDRESS", "IBAN", "CREDIT_CARD"})


class EnsembleTeacher(Teacher):
    """Combines member teachers by the rule in the module docstring.

    Example:
        >>> from teacher_labels.teachers.patterns import PatternTeacher
        >>> ens = EnsembleTeacher([PatternTeacher()], weights={"patterns": 1.0})
        >>> ens.name
        'ensemble(patterns)'
    """

    kind = "ensemble"

    def __init__(
        self,
        members: Sequence[Teacher],
        weights: dict[str, float] | None = None,
        llm_weight: float = 1.0,
        validated_id_score: float = 0.99,
    ) -> None:
        super().__init__()
        if not members:
            raise ValueError("the ensemble teacher needs at least one member teacher")
        self.members = list(members)
        self.weights = dict(weights or {})
        self.llm_weight = llm_weight
        self.validated_id_score = validated_id_score
        self.name = f"ensemble({'+'.join(m.name for m in self.members)})"

    def label(
        self, texts: Sequence[str], langs: Sequence[str] | None = None
    ) -> list[TeacherOutput]:
        per_member = [m.label(texts, langs) for m in self.members]
        results = []
        for i, text in enumerate(texts):
            outs = [outs[i] for outs in per_member]
            if outs and all(o.failed for o in outs):
                results.append(TeacherOutput(spans=[], failed=True))
                continue
            results.append(self._combine(text, outs))
        for m in self.members:
            self.stats.update({f"{m.name}:{k}": v for k, v in m.stats.items()})
            m.stats.clear()
        return results

    def _is_winner(self, member: Teacher, e: Entity) -> bool:
        if member.kind != "patterns":
            return False
        return e.label in STRUCTURED or (e.label == "ID" and e.score >= self.validated_id_score)

    def _combine(self, text: str, outs: list[TeacherOutput]) -> TeacherOutput:
        ws = split_words(text)
        total = np.zeros((len(ws), len(BIO_TAGS)), np.float32)
        weight_sum = 0.0
        winners: list[Entity] = []
        for member, out in zip(self.members, outs, strict=True):
            if out.failed:
                continue
            won = [e for e in out.spans if self._is_winner(member, e)]
            winners += won
            probs, w = self._vote(member, out, ws, won)
            total += w * probs
            weight_sum += w
        probs = total / weight_sum if weight_sum > 0 else one_hot_probs([], ws)
        kept, _ = resolve_overlaps([(e.start, e.end, e.label) for e in winners])
        win_tags = one_hot_probs(kept, ws)
        covered = win_tags[:, 0] < 1.0
        probs = fix_bio(probs)
        probs[covered] = win_tags[covered]
        decoded = [
            e
            for e in decode(ws, probs)
            if not any(e.start < ke and ks < e.end for ks, ke, _ in kept)
        ]
        pattern = [Entity(s, e, lab, 1.0, "pattern") for s, e, lab in kept]
        return TeacherOutput(
            spans=sorted(decoded + pattern, key=lambda x: x.start), words=ws, probs=probs
        )

    def _vote(self, member: Teacher, out: TeacherOutput, ws: list, won: list[Entity]):
        """(probs over our words, weight) of one member's vote."""
        if member.kind == "patterns" or out.probs is None or out.words != ws:
            rest = [(e.start, e.end, e.label) for e in out.spans if e not in won]
            weight = self.weights.get(member.name, self.llm_weight if out.probs is None else 1.0)
            return one_hot_probs(rest, ws), weight
        return np.asarray(out.probs, np.float32), self.weights.get(member.name, 1.0)
