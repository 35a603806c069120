"""hf teacher on a tiny random BERT, ensemble rule, patterns teacher, make_teacher."""

from __future__ import annotations

import numpy as np
import pytest

from anonymizer.schema import BIO_TAGS, TAG2ID, Entity, split_words
from teacher_labels.teachers import Teacher, TeacherOutput, make_teacher
from teacher_labels.teachers.base import one_hot_probs
from teacher_labels.teachers.ensemble import EnsembleTeacher
from teacher_labels.teachers.hf import HFTeacher, fix_bio, tag_matrix

ID2LABEL = {0: "O", 1: "B-PER", 2: "I-PER", 3: "B-LOC", 4: "I-LOC", 5: "B-MISC", 6: "I-MISC"}
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "anna", "lebt", "in", "berlin", "jo", "-", "ann", "."]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> str:
    torch = pytest.importorskip("torch")
    from tokenizers import Tokenizer, models, pre_tokenizers, processors
    from transformers import BertConfig, BertForTokenClassification, PreTrainedTokenizerFast

    tok = Tokenizer(models.WordLevel({w: i for i, w in enumerate(VOCAB)}, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.WhitespaceSplit(), pre_tokenizers.Punctuation()]
    )
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", 2), ("[SEP]", 3)]
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
    )
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=len(VOCAB),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        id2label=ID2LABEL,
        label2id={v: k for k, v in ID2LABEL.items()},
    )
    path = tmp_path_factory.mktemp("tiny_bert")
    BertForTokenClassification(config).eval().save_pretrained(path)
    fast.save_pretrained(path)
    return str(path)


def expected_probs(model_dir: str, ids: list[int], first_pos: list[int]) -> np.ndarray:
    import torch
    from transformers import AutoModelForTokenClassification

    model = AutoModelForTokenClassification.from_pretrained(model_dir).eval()
    with torch.no_grad():
        logits = model(input_ids=torch.tensor([[2, *ids, 3]])).logits[0]
    dist = torch.softmax(logits, -1).numpy()[[p + 1 for p in first_pos]]
    labelmap = {"PER": "PERSON", "LOC": "LOCATION", "MISC": None}
    return fix_bio(dist @ tag_matrix(ID2LABEL, labelmap, "test"))


def test_hf_teacher_word_probs_match_the_model(tiny_model: str) -> None:
    text = "anna lebt in berlin. jo-ann"
    out = HFTeacher(tiny_model).label([text])[0]
    assert out.words == split_words(text)  # jo-ann is one canonical word
    # sub-tokens: anna lebt in berlin . jo - ann; each word's first one: 0 1 2 3 4 5
    exp = expected_probs(tiny_model, [4, 5, 6, 7, 11, 8, 9, 10], [0, 1, 2, 3, 4, 5])
    np.testing.assert_allclose(out.probs, exp, atol=1e-5)
    allowed = [TAG2ID[t] for t in ("O", "B-PERSON", "I-PERSON", "B-LOCATION", "I-LOCATION")]
    assert np.allclose(out.probs[:, allowed].sum(axis=1), 1.0, atol=1e-5)
    tags = [BIO_TAGS[j] for j in out.probs.argmax(axis=1)]
    assert [(e.start, e.end, e.label) for e in out.spans] == _spans_of(out.words, tags)


def test_hf_teacher_windows_long_text(tiny_model: str) -> None:
    text = " ".join(["anna lebt in berlin ."] * 12)
    teacher = HFTeacher(tiny_model, max_length=10, stride=3, batch_size=2)
    outs = teacher.label([text, "", "berlin"])
    assert outs[0].probs.shape == (60, len(BIO_TAGS))
    assert np.allclose(outs[0].probs.sum(axis=1), 1.0, atol=1e-5)
    assert teacher.stats["words_without_subtoken"] == 0
    assert outs[1].spans == [] and outs[1].probs.shape == (0, len(BIO_TAGS))
    assert outs[2].probs.shape == (1, len(BIO_TAGS))


def test_hf_labelmap_must_cover_model_labels(tiny_model: str) -> None:
    with pytest.raises(ValueError, match="'B-MISC' is not in the label map"):
        HFTeacher(tiny_model, labelmap={"PER": "PERSON", "LOC": "LOCATION"}).label(["anna"])


def test_fix_bio_moves_orphan_inside_mass_to_begin() -> None:
    p = np.zeros((3, len(BIO_TAGS)), np.float32)
    p[0, TAG2ID["I-PERSON"]] = 0.7
    p[0, TAG2ID["O"]] = 0.3
    p[1, TAG2ID["I-PERSON"]] = 0.6
    p[1, TAG2ID["I-DATE"]] = 0.4
    p[2, TAG2ID["O"]] = 1.0
    fixed = fix_bio(p)
    assert fixed[0, TAG2ID["B-PERSON"]] == pytest.approx(0.7)
    assert fixed[1, TAG2ID["I-PERSON"]] == pytest.approx(0.6)  # continues the PERSON span
    assert fixed[1, TAG2ID["B-DATE"]] == pytest.approx(0.4)  # DATE cannot continue


class Fixed(Teacher):
    """A member teacher with canned outputs."""

    def __init__(self, name: str, kind: str, outputs: list[TeacherOutput]) -> None:
        super().__init__()
        self.name, self.kind, self.outputs = name, kind, outputs

    def label(self, texts, langs=None):
        return self.outputs[: len(texts)]


TEXT = "Max an max@example.de , Nr 12345"  # words: Max an max@example.de , Nr 12345


def _spans_of(words, tags):
    from teacher_labels.align import tags_to_spans

    return tags_to_spans(words, tags)


def _ensemble(llm_weight: float) -> EnsembleTeacher:
    ws = split_words(TEXT)
    model_probs = one_hot_probs([(0, 3, "PERSON"), (7, 21, "PERSON")], ws) * 0.6
    model_probs[:, 0] += 0.4
    patterns = Fixed(
        "patterns",
        "patterns",
        [
            TeacherOutput(
                spans=[Entity(7, 21, "EMAIL", 1.0, "pattern"), Entity(27, 32, "ID", 0.5, "pattern")]
            )
        ],
    )
    model = Fixed("hf:x", "hf", [TeacherOutput(spans=[], words=ws, probs=model_probs)])
    llm = Fixed("llm:y", "llm", [TeacherOutput(spans=[Entity(0, 3, "LOCATION")])])
    return EnsembleTeacher([patterns, model, llm], weights={"patterns": 0.1}, llm_weight=llm_weight)


def test_ensemble_patterns_win_structured_and_weights_decide_elsewhere() -> None:
    out = _ensemble(llm_weight=2.0).label([TEXT])[0]
    got = [(TEXT[e.start : e.end], e.label) for e in out.spans]
    # EMAIL wins outright over the model's PERSON; LLM (weight 2) outvotes the model on "Max";
    # the unvalidated ID (score 0.5, weight 0.1) loses to the others' O.
    assert got == [("Max", "LOCATION"), ("max@example.de", "EMAIL")]
    assert out.probs[2].argmax() == TAG2ID["B-EMAIL"] and out.probs[2].max() == 1.0
    out = _ensemble(llm_weight=0.5).label([TEXT])[0]
    assert [(TEXT[e.start : e.end], e.label) for e in out.spans][0] == ("Max", "PERSON")


def test_ensemble_validated_id_wins() -> None:
    patterns = Fixed("patterns", "patterns", [TeacherOutput(spans=[Entity(27, 32, "ID", 1.0)])])
    model = Fixed("llm:y", "llm", [TeacherOutput(spans=[Entity(27, 32, "PHONE")])])
    out = EnsembleTeacher([patterns, model]).label([TEXT])[0]
    assert [(e.start, e.end, e.label) for e in out.spans] == [(27, 32, "ID")]


def test_make_teacher_builds_ensemble_from_specs() -> None:
    ens = make_teacher(
        "ensemble",
        members=[{"kind": "patterns", "weight": 0.5}, {"kind": "hf", "model": "some/model"}],
    )
    assert ens.name == "ensemble(patterns+hf:some/model)" and ens.weights == {"patterns": 0.5}
    with pytest.raises(ValueError, match="unknown teacher kind"):
        make_teacher("oracle")


def test_patterns_teacher_gives_one_hot_word_probs() -> None:
    pytest.importorskip("anonymizer.detect.patterns")
    text = "Schreib an max.muster@example.de bitte"
    out = make_teacher("patterns").label([text])[0]
    emails = [e for e in out.spans if e.label == "EMAIL"]
    assert [text[e.start : e.end] for e in emails] == ["max.muster@example.de"]
    assert out.words == split_words(text)
    assert out.probs[2, TAG2ID["B-EMAIL"]] == 1.0 and out.probs.sum() == len(out.words)


class Echo(Teacher):
    """Labels the first word PERSON with probs; texts starting with '!' fail."""

    name = "echo"

    def label(self, texts, langs=None):
        outs = []
        for text in texts:
            ws = split_words(text)
            spans = [(ws[0][0], ws[0][1], "PERSON")] if ws else []
            outs.append(
                TeacherOutput(
                    spans=[Entity(*sp, 0.8) for sp in spans],
                    words=ws,
                    probs=one_hot_probs(spans, ws),
                    failed=text[:1] == "!",
                )
            )
        return outs


def test_label_file_writes_records_manifest_and_soft_labels(tmp_path) -> None:
    import json

    from anonymizer.records import read_manifest, read_records
    from anonymizer.softlabels import SoftLabels
    from teacher_labels.teachers import label_file

    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "text": "Anna kam", "lang": "de"},
        {"id": "b", "text": "! kaputt"},
        {"text": "Bob says the service is not good"},
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = label_file(Echo(), src, out, batch_size=2)
    recs = list(read_records(out))
    assert [r["id"] for r in recs] == ["a", "in-3"] and [r["lang"] for r in recs] == ["de", "en"]
    assert recs[0]["spans"] == [{"start": 0, "end": 4, "label": "PERSON", "score": 0.8}]
    assert recs[0]["origin"] == "teacher:echo"
    assert summary["records"] == 2 and summary["failed"] == 1 and summary["failed_ids"] == ["b"]
    man = read_manifest(out)
    assert man["failed_ids"] == ["b"] and man["origin"] == "teacher:echo"
    soft = SoftLabels.load(tmp_path / "out.soft.npz")
    words, probs = soft["a"]
    assert words.tolist() == [[0, 4], [5, 8]] and probs[0, TAG2ID["B-PERSON"]] == 1.0
    assert "b" not in soft


def test_label_file_txt_input_and_bad_lines(tmp_path) -> None:
    from anonymizer.records import read_records
    from teacher_labels.teachers import TeacherInputError, label_file

    src = tmp_path / "fb.txt"
    src.write_text("Anna war da\n\nDie Lieferung ist nicht gut\n", encoding="utf-8")
    label_file(Echo(), src, tmp_path / "o.jsonl", lang="de")
    assert [r["id"] for r in read_records(tmp_path / "o.jsonl")] == ["fb-1", "fb-3"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{"body": "x"}\n', encoding="utf-8")
    with pytest.raises(TeacherInputError, match=r"bad\.jsonl:2: expected a string field 'text'"):
        label_file(Echo(), bad, tmp_path / "o2.jsonl")
    bad.write_text('{"text": "ok"}\n{oops\n', encoding="utf-8")
    with pytest.raises(TeacherInputError, match=r"bad\.jsonl:2: invalid JSON"):
        label_file(Echo(), bad, tmp_path / "o3.jsonl")
