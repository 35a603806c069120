"""How often the name rules of `patterns_names` fire on gold-tagged text, and on what.

Runs each rule alone (`find_context_names`: a listed first name after a role, introduction,
greeting or closing; `find_field_names`: a form or mail-header field holding a name;
`find_titled_names`: a name after a form of address; `find_signed_names`: a name after "i. A.";
`find_airline_names`: "SMITH/JOHN MR";
`find_speaker_names`:
a chat speaker's listed first name opening a line; `find_article_names`: a listed first name
after a German article; `find_here_names`: "Carsten hier."; `find_hedged_names`: "Gert oder
so"; `find_bracketed_names`: "(Gwen?)";
`find_lower_intro_names`: "ich bin die lena"; `find_booked_names`: "auf den Namen Müller";
`find_introduced_names`: "this is Procacci from customer service";
`find_lower_names`: "lol theresia from support"; `find_given_names`: "Rudy pretty much said
it"; `find_role_surnames`: "Der Techniker Pfefferle"; `find_trade_owners`: "Bäckerei
Schmitz"; `find_towns`, no name rule: "in Rellingen"; `find_family_names`: "mit Familie Winter",
"die Müllers", and noble names; `find_noble_names` alone: "Maximilian Graf zu Solms")
over tagged-record
JSONL files (the corpora imported by `scripts/prepare_data.sh`, say) and counts its spans by the
gold label they overlap ("none" when they overlap no gold span), and how many of those on a gold
span reach past it (a span longer than the gold name). Prints counts only, never text.

    .venv/bin/python benchmarks/context_names_check.py runs/data/germeval.train.jsonl \\
        runs/data/germeval.dev.jsonl runs/data/wnut17.train.jsonl runs/data/wnut17.dev.jsonl \\
        runs/data/legal.train.jsonl runs/data/legal.dev.jsonl runs/data/tab.train.jsonl \\
        runs/data/tab.dev.jsonl
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable

from anonymizer.detect.patterns_names import find_context_names, find_titled_names
from anonymizer.detect.patterns_names_family import find_family_names, find_noble_names
from anonymizer.detect.patterns_names_fields import (
    find_airline_names,
    find_field_names,
    find_signed_names,
    find_speaker_names,
)
from anonymizer.detect.patterns_names_given import find_given_names
from anonymizer.detect.patterns_names_lower import find_lower_names
from anonymizer.detect.patterns_names_roles import find_role_surnames, find_trade_owners
from anonymizer.detect.patterns_names_spoken import (
    find_article_names,
    find_booked_names,
    find_bracketed_names,
    find_hedged_names,
    find_here_names,
    find_introduced_names,
    find_lower_intro_names,
)
from anonymizer.detect.patterns_towns import find_towns
from anonymizer.records import read_records

RULES: dict[str, Callable] = {
    "context": find_context_names,
    "field": find_field_names,
    "titled": find_titled_names,
    "signed": find_signed_names,
    "speaker": find_speaker_names,
    "airline": find_airline_names,
    "article": find_article_names,
    "here": find_here_names,
    "hedged": find_hedged_names,
    "bracket": find_bracketed_names,
    "lower_intro": find_lower_intro_names,
    "booked": find_booked_names,
    "introduced": find_introduced_names,
    "lower": find_lower_names,
    "given": find_given_names,
    "role": find_role_surnames,
    "trade": find_trade_owners,
    "town": find_towns,
    "family": find_family_names,
    "noble": find_noble_names,
}


def count(path: str, rule: Callable) -> tuple[Counter[str], int]:
    """Spans of one rule in one file, by the first gold label each overlaps, and how many of
    those on a gold span reach past it (a letter or digit of theirs outside every gold span)."""
    out: Counter[str] = Counter()
    past = 0
    for rec in read_records(path):
        gold, text = rec.get("spans") or [], rec["text"]
        for start, end, _, _ in rule(text):
            hit = [g for g in gold if g["start"] < end and start < g["end"]]
            out[hit[0]["label"] if hit else "none"] += 1
            covered = {i for g in hit for i in range(g["start"], g["end"])}
            past += bool(hit) and any(
                text[i].isalnum() and i not in covered for i in range(start, end)
            )
    return out, past


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="tagged-record JSONL files with gold spans")
    parser.add_argument(
        "--rule", action="append", choices=sorted(RULES), help="run only this rule (repeatable)"
    )
    args = parser.parse_args()
    files = args.files
    for name, rule in RULES.items():
        if args.rule and name not in args.rule:
            continue
        total: Counter[str] = Counter()
        total_past = 0
        for path in files:
            found, past = count(path, rule)
            total, total_past = total + found, total_past + past
            print(
                f"{name} {path}: {sum(found.values())} spans, by gold label {_show(found)}, "
                f"{past} reaching past their gold span"
            )
        print(
            f"{name} all: {sum(total.values())} spans, by gold label {_show(total)}, "
            f"{total_past} reaching past their gold span"
        )


def _show(found: Counter[str]) -> dict[str, int]:
    return dict(found.most_common())


if __name__ == "__main__":
    main()
