"""LLM mode with a fake client: placeholders filled with exact spans, bad replies rejected."""

from __future__ import annotations

from pathlib import Path

from anonymizer.records import read_records, validate_record
from teacher_labels.synthesize import synthesize, synthesize_to_file
from teacher_labels.synthesize.llm_mode import parse_reply, prompt_hash

REPLIES = [
    "Hallo, ich bin {PERSON} und meine IBAN ist {IBAN}. Bitte Rückruf unter {PHONE}.",
    "Mein {NAME} ist egal.",  # unknown placeholder -> rejected
    "```\nOrder {ID:order} never arrived at {ADDRESS:full}.\n```",
    "Kaputt {PERSON:nickname}",  # unknown form -> rejected
    "Alles gut, danke {",  # stray brace -> rejected
    "Das {product} war super.",  # lowercase filler is not a placeholder -> rejected
    "Am {DATE:written} kam nichts an, schreibt {EMAIL}.",
]


class FakeClient:
    """Returns canned replies in turn and remembers the prompts it got."""

    model = "fake-llm-1"

    def __init__(self) -> None:
        self.prompts: list[str] = []

    def chat(self, messages: list[dict], **params) -> str:
        self.prompts.append(messages[-1]["content"])
        return REPLIES[(len(self.prompts) - 1) % len(REPLIES)]


def test_placeholders_become_exact_spans_of_their_label():
    client = FakeClient()
    recs = list(synthesize(6, seed=1, mode="llm", client=client, negatives=0.0))
    assert len(recs) == 6 and all(validate_record(r) == [] for r in recs)
    assert all("{" not in r["text"] and r["origin"] == "synthetic-llm" for r in recs)
    first = recs[0]
    assert [s["label"] for s in first["spans"]] == ["PERSON", "IBAN", "PHONE"]
    assert first["text"].startswith("Hallo, ich bin ")
    start = first["spans"][0]["start"]
    assert first["text"][:start] == "Hallo, ich bin "
    assert [s["label"] for s in recs[1]["spans"]] == ["ID", "ADDRESS"]
    assert not recs[1]["text"].startswith("```")


def test_rejections_are_counted_in_the_manifest(tmp_path: Path):
    out = tmp_path / "llm.jsonl"
    client = FakeClient()
    manifest = synthesize_to_file(out, 6, seed=1, mode="llm", client=client, negatives=0.0)
    assert len(list(read_records(out))) == 6
    # replies 1, 3 and 7 of each round of 7 are usable: 6 records take 14 replies, 8 rejected
    assert len(client.prompts) == 14
    assert manifest["llm_rejected"] == 8
    assert manifest["model"] == "fake-llm-1"
    assert manifest["prompt_sha256"] == prompt_hash() and len(prompt_hash()) == 64


def test_requests_vary_deterministically_with_the_seed():
    a, b, c = FakeClient(), FakeClient(), FakeClient()
    list(synthesize(4, seed=7, mode="llm", client=a))
    list(synthesize(4, seed=7, mode="llm", client=b))
    list(synthesize(4, seed=8, mode="llm", client=c))
    assert a.prompts == b.prompts != c.prompts
    assert len(set(a.prompts)) == len(a.prompts)
    assert any("German" in p for p in a.prompts) and any("English" in p for p in a.prompts)
    asked = [p for p in a.prompts if "placeholders" in p and "{" in p]
    assert asked, "prompts name the placeholders to use"


def test_parse_reply_rules():
    assert parse_reply("Hi {PERSON@1:first}!", negative=False) == "Hi {PERSON@1:first}!"
    assert parse_reply("   ", negative=False) is None
    assert parse_reply("Hi {PERSON}!", negative=True) is None  # a negative must have none
    assert parse_reply("Alles gut.", negative=True) == "Alles gut."
