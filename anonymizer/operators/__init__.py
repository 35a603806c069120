"""Replacement operators and the per-label operator table the runtime applies.

Example:
    >>> from anonymizer.keys import Keyring
    >>> ops = build_operators({"PERSON": "tag", "*": "mask"}, Keyring())
    >>> ops["PERSON"].name, ops["EMAIL"].name
    ('tag', 'mask')
    >>> parse_operator_args(["PERSON=tag", "*=redact"])
    {'PERSON': 'tag', '*': 'redact'}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..keys import Keyring
from ..schema import LABELS
from ..surrogates import Surrogates
from .base import DocumentContext, Operator
from .hash import HashOperator
from .mask import MaskOperator
from .redact import RedactOperator
from .surrogate import SurrogateOperator
from .tag import TagOperator

__all__ = ["OPERATORS", "DocumentContext", "Operator", "build_operators", "parse_operator_args"]

OPERATORS: dict[str, type[Operator]] = {
    cls.name: cls
    for cls in (SurrogateOperator, MaskOperator, RedactOperator, TagOperator, HashOperator)
}
DEFAULT_OPERATOR = "surrogate"
WILDCARD = "*"


def _check_operator(name: str) -> str:
    if name not in OPERATORS:
        raise ValueError(f"unknown operator {name!r}; expected one of {list(OPERATORS)}")
    return name


def _check_label(label: str) -> str:
    if label != WILDCARD and label not in LABELS:
        raise ValueError(f"unknown label {label!r}; expected '*' or one of {list(LABELS)}")
    return label


def build_operators(
    spec: str | Mapping[str, str] | None,
    keyring: Keyring,
    surrogates: Surrogates | None = None,
) -> dict[str, Operator]:
    """Label -> operator for every label: one name for all, or a mapping with "*" as default."""
    if spec is None:
        spec = {}
    elif isinstance(spec, str):
        spec = {WILDCARD: spec}
    for label, name in spec.items():
        _check_label(label)
        _check_operator(name)
    default = spec.get(WILDCARD, DEFAULT_OPERATOR)
    chosen = {label: spec.get(label, default) for label in LABELS}
    if DEFAULT_OPERATOR in chosen.values() and surrogates is None:
        surrogates = Surrogates(keyring)
    instances = {name: OPERATORS[name](keyring, surrogates) for name in set(chosen.values())}
    return {label: instances[name] for label, name in chosen.items()}


def parse_operator_args(items: Sequence[str]) -> dict[str, str]:
    """CLI form to mapping: ["mask"] -> {"*": "mask"}; ["PERSON=tag", "*=surrogate"] as given."""
    spec: dict[str, str] = {}
    for item in items:
        label, sep, name = item.partition("=")
        label, name = (label.strip(), name.strip()) if sep else (WILDCARD, label.strip())
        if not name:
            raise ValueError(f"operator argument {item!r} has no operator; expected LABEL=OPERATOR")
        if label in spec:
            raise ValueError(f"operator for {label!r} given twice; give each label once")
        spec[_check_label(label)] = _check_operator(name)
    return spec
