"""Keyring: keyed digests and seeds, key resolution order, key validation."""

from __future__ import annotations

import pytest

from anonymizer.keys import MIN_KEY_BYTES, Keyring

KEY = b"test-key-0123456789abcdef"
OTHER = b"other-key-0123456789abcdef"


def test_same_key_gives_same_digest_and_seed() -> None:
    a, b = Keyring(KEY), Keyring(KEY)
    assert a.keyed and b.keyed
    assert a.digest("PERSON", "jonas") == b.digest("PERSON", "jonas")
    assert a.seed("PERSON", "jonas") == b.seed("PERSON", "jonas")


def test_different_keys_and_parts_differ() -> None:
    a, b = Keyring(KEY), Keyring(OTHER)
    assert a.digest("x") != b.digest("x")
    assert a.seed("PERSON", "jonas") != a.seed("PERSON", "lukas")


def test_digest_joins_parts_unambiguously() -> None:
    ring = Keyring(KEY)
    assert ring.digest("ab", "c") != ring.digest("a", "bc")
    assert ring.digest("abc") != ring.digest("ab", "c")
    assert ring.digest("a", "") != ring.digest("a")


def test_seed_is_64_bit() -> None:
    seeds = {Keyring(KEY).seed("v", str(i)) for i in range(200)}
    assert all(0 <= s < 2**64 for s in seeds)
    assert len(seeds) == 200
    assert max(seeds) > 2**60  # uses the full range, not a small int


def test_random_keyring_is_unkeyed_and_unique() -> None:
    a, b = Keyring(), Keyring()
    assert not a.keyed
    assert a.digest("x") == a.digest("x")
    assert a.digest("x") != b.digest("x")


@pytest.mark.parametrize("key", [b"", b"short", b"x" * (MIN_KEY_BYTES - 1)])
def test_short_key_is_rejected(key: bytes) -> None:
    with pytest.raises(ValueError, match="at least 16 bytes"):
        Keyring(key)


def test_repr_hides_the_secret() -> None:
    assert "test-key" not in repr(Keyring(KEY))


def test_resolve_explicit_beats_file_and_env(tmp_path, monkeypatch) -> None:
    key_file = tmp_path / "key"
    key_file.write_bytes(OTHER)
    monkeypatch.setenv("ANONYMIZER_KEY", OTHER.decode())
    ring = Keyring.resolve(KEY.decode(), key_file=key_file)
    assert ring.digest("x") == Keyring(KEY).digest("x")
    assert Keyring.resolve(KEY).digest("x") == Keyring(KEY).digest("x")


def test_resolve_file_beats_env_and_text_is_stripped(tmp_path, monkeypatch) -> None:
    key_file = tmp_path / "key.txt"
    key_file.write_text(KEY.decode() + "\n")
    monkeypatch.setenv("ANONYMIZER_KEY", OTHER.decode())
    ring = Keyring.resolve(key_file=str(key_file))
    assert ring.keyed
    assert ring.digest("x") == Keyring(KEY).digest("x")


def test_resolve_binary_key_file_is_used_raw(tmp_path) -> None:
    raw = bytes(range(200, 256)) + b"\n"
    key_file = tmp_path / "key.bin"
    key_file.write_bytes(raw)
    assert Keyring.resolve(key_file=key_file).digest("x") == Keyring(raw).digest("x")


def test_resolve_env_then_random(monkeypatch) -> None:
    monkeypatch.setenv("MY_KEY", KEY.decode())
    assert Keyring.resolve(env="MY_KEY").digest("x") == Keyring(KEY).digest("x")
    monkeypatch.delenv("MY_KEY")
    assert not Keyring.resolve(env="MY_KEY").keyed


def test_resolve_errors_name_the_source(tmp_path, monkeypatch) -> None:
    empty = tmp_path / "empty"
    empty.write_text("  \n")
    with pytest.raises(ValueError, match=f"key file {empty}.*at least 16"):
        Keyring.resolve(key_file=empty)
    with pytest.raises(ValueError, match="cannot read key file"):
        Keyring.resolve(key_file=tmp_path / "missing")
    monkeypatch.setenv("ANONYMIZER_KEY", "short")
    with pytest.raises(ValueError, match="environment variable ANONYMIZER_KEY"):
        Keyring.resolve()
