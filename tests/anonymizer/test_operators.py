"""Replacement operators, the per-label operator table and the CLI operator arguments."""

from __future__ import annotations

import re

import pytest

from anonymizer.keys import Keyring
from anonymizer.name_lexicon import ascii_fold
from anonymizer.operators import (
    OPERATORS,
    DocumentContext,
    Operator,
    build_operators,
    parse_operator_args,
)
from anonymizer.replace import apply_operators, record_names
from anonymizer.schema import LABELS, Entity
from anonymizer.surrogates import Surrogates

KEY = b"test-key-0123456789abcdef"


def _op(name: str, key: bytes = KEY) -> Operator:
    return build_operators(name, Keyring(key))["PERSON"]


def test_registry_names_match_classes() -> None:
    assert set(OPERATORS) == {"surrogate", "mask", "redact", "tag", "hash"}
    assert all(cls.name == name for name, cls in OPERATORS.items())


@pytest.mark.parametrize("value", ["Jonas Müller", "a", "Herr  Dr. X\tY", "+49 (0)30 12"])
def test_mask_keeps_length_and_whitespace(value: str) -> None:
    out = _op("mask").apply(value, "PERSON", DocumentContext())
    assert len(out) == len(value)
    assert [c.isspace() for c in out] == [c.isspace() for c in value]
    assert set(out) <= {"*", " ", "\t"}


def test_redact_returns_empty() -> None:
    assert _op("redact").apply("Jonas Müller", "PERSON", DocumentContext()) == ""


def test_tag_numbers_per_document_and_label() -> None:
    ops = build_operators("tag", Keyring(KEY))
    doc = DocumentContext("de_DE")
    seq = [("Jonas", "PERSON"), ("Anna", "PERSON"), ("Berlin", "LOCATION"), ("JONAS ", "PERSON")]
    assert [ops[lab].apply(v, lab, doc) for v, lab in seq] == [
        "<PERSON_1>",
        "<PERSON_2>",
        "<LOCATION_1>",
        "<PERSON_1>",
    ]
    fresh = DocumentContext("de_DE")
    assert ops["PERSON"].apply("Anna", "PERSON", fresh) == "<PERSON_1>"


def test_hash_is_keyed_stable_and_label_specific() -> None:
    doc = DocumentContext()
    a = _op("hash").apply("Jonas Müller", "PERSON", doc)
    assert re.fullmatch("[0-9a-f]{16}", a)
    assert _op("hash").apply("jonas  MÜLLER", "PERSON", doc) == a
    assert _op("hash", b"another-key-0123456789abcdef").apply("Jonas Müller", "PERSON", doc) != a
    assert _op("hash").apply("Jonas Müller", "ORGANIZATION", doc) != a
    assert _op("hash").apply("Jonas Meyer", "PERSON", doc) != a


def test_surrogate_operator_uses_the_document_locale() -> None:
    ring = Keyring(KEY)
    surrogates = Surrogates(ring)
    ops = build_operators(None, ring, surrogates)
    de = ops["DATE"].apply("12. März 2024", "DATE", DocumentContext("de_DE"))
    assert de == surrogates.surrogate("12. März 2024", "DATE", "de_DE") != "12. März 2024"
    assert ops["PERSON"].surrogates is surrogates
    with pytest.raises(ValueError, match="unknown locale"):
        ops["PERSON"].apply("Jonas", "PERSON", DocumentContext("xx_XX"))


def test_a_title_in_one_mention_makes_the_name_a_surname_in_all() -> None:
    # the model spans hold no title; "Frau " before the first one decides for the document
    text = "Frau Yilmaz rief an. Yilmaz war nett: yilmaz@web.de"
    ents = [Entity(5, 11, "PERSON", 1.0, "model"), Entity(21, 27, "PERSON", 1.0, "model")]
    ents.append(Entity(38, 51, "EMAIL", 1.0, "pattern"))
    ring = Keyring(KEY)
    surrogates = Surrogates(ring)
    out = apply_operators(
        text, ents, build_operators(None, ring, surrogates), DocumentContext("de_DE")
    )
    first, second, mail = (r.replacement for r in out.entities)
    assert first == second == surrogates.surrogate("Frau Yilmaz", "PERSON", "de_DE").split()[1]
    assert mail.startswith(first.lower()) and "Yilmaz" not in out.text


def test_the_fields_of_a_record_share_their_names_roles() -> None:
    # a name field holds "Yilmaz" alone, the comment "Frau Yilmaz": one surname for both
    texts = ["Yilmaz", "Frau Yilmaz rief an."]
    ents = [[Entity(0, 6, "PERSON", 1.0, "model")], [Entity(5, 11, "PERSON", 1.0, "model")]]
    ring = Keyring(KEY)
    ops = build_operators(None, ring, Surrogates(ring))
    names = record_names(texts, ents, [0, 0])
    assert names[0] == names[1] == (("", "Yilmaz", ""), ("Frau ", "Yilmaz", " rief an."))
    out = [
        apply_operators(t, e, ops, DocumentContext("de_DE", names=n)).entities[0].replacement
        for t, e, n in zip(texts, ents, names)
    ]
    assert out[0] == out[1]
    alone = apply_operators(texts[0], ents[0], ops, DocumentContext("de_DE"))
    assert alone.entities[0].replacement != out[0]  # on its own "Yilmaz" is a first name
    assert record_names(texts, ents)[0] == (("", "Yilmaz", ""),)  # no records: each text alone


def test_build_operators_defaults_and_wildcard() -> None:
    ring = Keyring(KEY)
    assert {op.name for op in build_operators(None, ring).values()} == {"surrogate"}
    mask = build_operators("mask", ring)
    assert set(mask) == set(LABELS) and {op.name for op in mask.values()} == {"mask"}
    mixed = build_operators({"PERSON": "tag", "*": "mask"}, ring)
    assert mixed["PERSON"].name == "tag" and mixed["EMAIL"].name == "mask"
    partial = build_operators({"EMAIL": "redact"}, ring)
    assert partial["EMAIL"].name == "redact" and partial["IBAN"].name == "surrogate"


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("zap", r"unknown operator 'zap'; expected one of \['surrogate', 'mask'"),
        ({"PERSON": "zap"}, "unknown operator 'zap'"),
        ({"NAME": "mask"}, "unknown label 'NAME'"),
    ],
)
def test_build_operators_errors(spec, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build_operators(spec, Keyring(KEY))


def test_parse_operator_args() -> None:
    assert parse_operator_args([]) == {}
    assert parse_operator_args(["mask"]) == {"*": "mask"}
    spec = parse_operator_args(["PERSON=tag", "EMAIL = mask", "*=surrogate"])
    assert spec == {"PERSON": "tag", "EMAIL": "mask", "*": "surrogate"}
    assert build_operators(spec, Keyring(KEY))["EMAIL"].name == "mask"


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (["PERSON="], "has no operator"),
        (["PERSON=zap"], "unknown operator 'zap'"),
        (["NAME=mask"], "unknown label 'NAME'"),
        (["PERSON=tag", "PERSON=mask"], "given twice"),
        (["mask", "*=tag"], "given twice"),
    ],
)
def test_parse_operator_args_errors(items: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_operator_args(items)


@pytest.mark.parametrize(
    ("text", "value", "ends_with_dot"),
    [
        ("We ate at your restaurant on Elm Rd.", "Elm Rd.", True),  # it lost the sentence's dot
        ("Wir wohnen in der Goethestr.\nDanke", "Goethestr.", True),
        ("Wir wohnen in der Hauptstr. bei Köln", "Hauptstr.", False),  # the dot is the word's
    ],
)
def test_a_dot_that_ends_the_line_stays(text: str, value: str, ends_with_dot: bool) -> None:
    start = text.index(value)
    ents = [Entity(start, start + len(value), "LOCATION", 0.9)]
    key = Keyring(b"sentence-dot-key-0123456789")
    for name in ("surrogate", "tag"):
        ops = build_operators(name, key)
        plain = ops["LOCATION"].apply(value, "LOCATION", DocumentContext("de_DE"))
        out = apply_operators(text, ents, ops, DocumentContext("de_DE"))
        assert out.entities[0].replacement == plain + ("." if ends_with_dot else "")
    masked = apply_operators(text, ents, build_operators("mask", key), DocumentContext("de_DE"))
    assert len(masked.text) == len(text)  # a mask keeps the length


def test_name_columns_give_their_names_roles_and_link_them() -> None:
    # a CRM export: "Thomas" in the surname column is a family name, and the e-mail's initial
    # follows the given name's surrogate ("j.wiesinger@" became "n.ritter@" beside "Pawel
    # Ritter")
    texts = ["Jürgen", "Thomas", "j.thomas@web.de"]
    ents = [
        [Entity(0, len(t), label, 1.0, "model")]
        for t, label in zip(texts, ["PERSON"] * 2 + ["EMAIL"])
    ]
    fields = ["Vorname", "Nachname", "email"]
    names = record_names(texts, ents, [0, 0, 0], fields)
    assert names[0][:2] == (("", "Jürgen", "", "first"), ("", "Thomas", "", "last"))
    ring = Keyring(KEY)
    surrogates = Surrogates(ring)
    ops = build_operators(None, ring, surrogates)
    given, family, mail = (
        apply_operators(t, e, ops, DocumentContext("de_DE", names=n)).entities[0].replacement
        for t, e, n in zip(texts, ents, names)
    )
    assert family in surrogates._names_for("de_DE")._last
    assert mail == f"{ascii_fold(given)[0]}.{ascii_fold(family)}@web.de"
    bare = record_names(texts, ents, [0, 0, 0])  # no field names: "Thomas" is a given name
    assert all(len(n) == 3 for n in bare[0])
