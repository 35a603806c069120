"""Input errors, the error policy, and the end-of-job summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

ON_ERROR = ("fail", "skip", "quarantine")


class InputError(ValueError):
    """A bad record: one line naming where it is, what was expected and how to fix it.

    Messages carry line numbers, field names and sizes, never the record's text.

    >>> str(InputError(12, "invalid JSON (Expecting value)", "fix the line"))
    'line 12: invalid JSON (Expecting value); fix the line'
    """

    def __init__(self, line: int, problem: str, fix: str = "", kind: str = "invalid") -> None:
        self.line, self.problem, self.fix, self.kind = line, problem, fix, kind
        msg = f"line {line}: {problem}" + (f"; {fix}" if fix else "")
        super().__init__(msg)


class InputFormatError(ValueError):
    """The input as a whole cannot be read as asked (missing column, unknown format...)."""


@dataclass
class FileSummary:
    """Counts of one job: read == written + skipped + quarantined, always."""

    read: int = 0
    written: int = 0
    skipped: int = 0
    quarantined: int = 0
    chars: int = 0
    seconds: float = 0.0
    errors: Counter = field(default_factory=Counter)  # error kind -> count
    entities: Counter = field(default_factory=Counter)  # label -> count
    kept: int = 0  # detected spans left in the text as kept terms (`anonymizer.keep`)
    first_errors: list[str] = field(default_factory=list)  # up to 10 messages

    def note_error(self, err: InputError) -> None:
        self.errors[err.kind] += 1
        if len(self.first_errors) < 10:
            self.first_errors.append(str(err))

    def line(self) -> str:
        rate = self.chars / self.seconds if self.seconds else 0.0
        return (
            f"records read {self.read}, written {self.written}, skipped {self.skipped}, "
            f"quarantined {self.quarantined}; entities {sum(self.entities.values())}"
            f"{f' (kept {self.kept})' if self.kept else ''}; "
            f"{self.seconds:.1f} s, {rate:,.0f} chars/s"
        )

    def to_dict(self) -> dict:
        return {
            "read": self.read,
            "written": self.written,
            "skipped": self.skipped,
            "quarantined": self.quarantined,
            "chars": self.chars,
            "seconds": round(self.seconds, 3),
            "errors": dict(self.errors),
            "entities": dict(self.entities),
            "kept": self.kept,
        }
