"""Teachers that label real text: `llm`, `hf`, `patterns` and their `ensemble`.

Example:
    >>> t = make_teacher("llm", base_url="http://localhost:8000/v1", model="qwen2.5-7b")
    >>> t.name
    'llm:qwen2.5-7b'
"""

from __future__ import annotations

from .base import Teacher, TeacherInputError, TeacherOutput, label_file

__all__ = ["Teacher", "TeacherOutput", "TeacherInputError", "label_file", "make_teacher", "KINDS"]

KINDS = ("llm", "hf", "patterns", "ensemble")


def make_teacher(kind: str, **options) -> Teacher:
    """Build a teacher by kind. `ensemble` takes `members`: Teachers or option dicts with "kind"
    (plus "weight"), and the EnsembleTeacher options (`weights`, `llm_weight`, ...)."""
    if kind == "llm":
        from .llm import LLMTeacher

        return LLMTeacher(**options)
    if kind == "hf":
        from .hf import HFTeacher

        return HFTeacher(**options)
    if kind == "patterns":
        from .patterns import PatternTeacher

        return PatternTeacher(**options)
    if kind == "ensemble":
        return _make_ensemble(**options)
    raise ValueError(f"unknown teacher kind {kind!r}; expected one of {list(KINDS)}")


def _make_ensemble(members: list, weights: dict | None = None, **options) -> Teacher:
    from .ensemble import EnsembleTeacher

    built, weights = [], dict(weights or {})
    for m in members:
        if isinstance(m, Teacher):
            built.append(m)
            continue
        spec = dict(m)
        if "kind" not in spec or spec["kind"] == "ensemble":
            raise ValueError(f"ensemble member {spec!r} needs a kind among llm, hf, patterns")
        weight = spec.pop("weight", None)
        teacher = make_teacher(spec.pop("kind"), **spec)
        if weight is not None:
            weights[teacher.name] = float(weight)
        built.append(teacher)
    return EnsembleTeacher(built, weights=weights, **options)
