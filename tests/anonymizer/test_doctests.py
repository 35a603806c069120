"""The examples in the runtime's docstrings run and hold (`python -m doctest` style)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import anonymizer

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(anonymizer.__path__, "anonymizer.")
    if not m.name.endswith(("spark", "__main__"))  # spark needs the extra
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
