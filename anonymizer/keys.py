"""The secret key behind consistent surrogates and keyed hashes.

A `Keyring` turns a secret into HMAC-SHA256 digests and 64-bit seeds. With the same key, the
same parts always give the same digest, in every process and run; without a key a random
per-process key is used, so results are consistent only within one job.

Example:
    >>> key = b"0123456789abcdef-example-key"
    >>> Keyring(key).seed("PERSON", "jonas") == Keyring(key).seed("PERSON", "jonas")
    True
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

MIN_KEY_BYTES = 16


def _check_key(key: bytes, origin: str) -> bytes:
    if len(key) < MIN_KEY_BYTES:
        raise ValueError(
            f"key from {origin} is {len(key)} bytes; expected at least {MIN_KEY_BYTES} bytes "
            "(generate one with: python -c 'import secrets; print(secrets.token_hex(32))')"
        )
    return key


def _read_key_file(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot read key file {path}: {exc.strerror}; check the path") from None
    try:
        return raw.decode("utf-8").strip().encode("utf-8")
    except UnicodeDecodeError:
        return raw  # binary key: used as is


class Keyring:
    """HMAC-SHA256 over a secret key; `keyed` tells whether a real secret was given.

    >>> ring = Keyring()  # random per-process key
    >>> ring.keyed, len(ring.digest("a", "b"))
    (False, 32)
    """

    def __init__(self, key: bytes | None = None) -> None:
        self.keyed = key is not None
        self._key = _check_key(key, "argument") if key is not None else secrets.token_bytes(32)

    @classmethod
    def resolve(
        cls,
        key: str | bytes | None = None,
        key_file: str | Path | None = None,
        env: str = "ANONYMIZER_KEY",
    ) -> Keyring:
        """Pick the key: explicit `key` > `key_file` > environment variable `env` > random."""
        if key is not None:
            raw = key.encode("utf-8") if isinstance(key, str) else key
            return cls(_check_key(raw, "the key argument"))
        if key_file is not None:
            path = Path(key_file)
            return cls(_check_key(_read_key_file(path), f"key file {path}"))
        value = os.environ.get(env) if env else None
        if value is not None:
            return cls(_check_key(value.strip().encode("utf-8"), f"environment variable {env}"))
        return cls()

    def digest(self, *parts: str) -> bytes:
        """HMAC-SHA256 of the parts, each length-prefixed so that ("ab", "c") != ("a", "bc")."""
        message = b"".join(
            len(data).to_bytes(4, "big") + data for data in (part.encode("utf-8") for part in parts)
        )
        return hmac.digest(self._key, message, hashlib.sha256)

    def seed(self, *parts: str) -> int:
        """A 64-bit integer derived from `digest(*parts)`, for seeding random generators."""
        return int.from_bytes(self.digest(*parts)[:8], "big")

    def __repr__(self) -> str:  # never show the secret
        return f"Keyring(keyed={self.keyed})"
