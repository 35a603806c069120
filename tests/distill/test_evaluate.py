import json
from pathlib import Path

import pytest

from anonymizer.records import write_manifest
from anonymizer.schema import Entity
from distill.config import EvalConfig
from distill.evaluate import evaluate, score
from distill.scoring import format_table

TEXT = "Hi Anna Weber, mail anna@example.com today"
GOLD = [(3, 13, "PERSON"), (20, 36, "EMAIL")]


def _rec(rid="r1", lang="en", text=TEXT, spans=GOLD):
    return {
        "id": rid,
        "text": text,
        "lang": lang,
        "origin": "t",
        "spans": [{"start": s, "end": e, "label": lab} for s, e, lab in spans],
    }


def test_perfect_detection_scores_one():
    preds = [[Entity(s, e, lab) for s, e, lab in GOLD]]
    res = score([_rec()], preds)
    o = res["overall"]
    assert (o["precision"], o["recall"], o["f1"], o["overlap_recall"]) == (1.0, 1.0, 1.0, 1.0)
    assert o["leak_rate"] == 0.0 and o["over_masking"] == 0.0
    assert res["per_label"]["EMAIL"]["support"] == 1


def test_partial_and_missed_spans():
    # name cut short (still overlaps), e-mail missed, one false alarm on "today"
    preds = [[Entity(3, 7, "PERSON"), Entity(37, 42, "DATE")]]
    res = score([_rec()], preds)
    o, per = res["overall"], res["per_label"]
    assert per["PERSON"]["f1"] == 0.0 and per["PERSON"]["overlap_recall"] == 1.0
    assert per["EMAIL"]["overlap_recall"] == 0.0
    assert o["overlap_recall"] == 0.5
    gold_chars = 10 + 16
    assert o["leak_rate"] == pytest.approx((6 + 16) / gold_chars, abs=1e-4)
    other = sum(not c.isspace() for c in TEXT) - 9 - 16  # "Anna Weber" has one space
    assert o["over_masking"] == pytest.approx(5 / other, abs=1e-4)
    assert per["DATE"]["precision"] == 0.0


def test_figures_per_language():
    recs = [_rec("a", "en"), _rec("b", "de")]
    preds = [[Entity(s, e, lab) for s, e, lab in GOLD], []]
    res = score(recs, preds)
    assert res["per_language"]["en"]["f1"] == 1.0
    assert res["per_language"]["de"]["recall"] == 0.0
    assert res["overall"]["recall"] == 0.5


def test_text_table_gives_overlap_precision_per_language():
    recs = [_rec("a", "en"), _rec("b", "de")]
    preds = [[Entity(3, 13, "PERSON"), Entity(37, 42, "DATE")], [Entity(3, 13, "PERSON")]]
    res = {**score(recs, preds), "speed": {"chars_per_s": 1.0, "docs_per_s": 1.0}}
    rows = {line[:14].strip(): line.split() for line in format_table(res).splitlines()}
    assert rows[""] == ["P", "R", "F1", "ovl-R", "n", "ovl-P"]
    assert rows["lang en"][-1] == "0.500" and rows["lang de"][-1] == "1.000"
    assert rows["PERSON"][-1] == "-", "no overlap precision is measured per label"


def test_evaluate_bundle_through_runtime(teacher_bundle, trained_teacher, tiny_data, capsys):
    _, dev, _ = tiny_data
    cfg = EvalConfig(
        bundle=str(teacher_bundle.path),
        data=str(dev),
        patterns=False,
        teacher=str(trained_teacher.best_dir),
        write=True,
    )
    out = evaluate(cfg)
    ev = out["evaluation"]
    assert ev["records"] == 24 and ev["overall"]["f1"] > 0.5
    assert ev["speed"]["chars_per_s"] > 0 and set(ev["per_language"]) == {"de", "en"}
    assert out["teacher"]["f1_retained"] == pytest.approx(1.0, abs=0.1)  # int8 vs fp32 of itself
    metrics = json.loads((teacher_bundle.path / "metrics.json").read_text())
    assert metrics["evaluation"] == ev and "parity" in metrics
    card = (teacher_bundle.path / "README.md").read_text()
    assert "| EMAIL |" in card and "F1 retained vs teacher" in card
    assert out["threshold"] == 0.5 and "Measured at threshold 0.5" in card
    assert "leak rate" in capsys.readouterr().out


def test_core_recall_overlap_precision_and_name_origin_bias():
    rec = _rec()
    rec["spans"][0]["name_origin"] = "tr_TR"
    other = _rec("r2", text="Hi Jan Nowak, ok", spans=[(3, 12, "PERSON")])
    other["spans"][0]["name_origin"] = "pl_PL"
    preds = [[Entity(3, 7, "PERSON"), Entity(37, 42, "DATE")], []]
    res = score([rec, other], preds)
    o = res["overall"]
    assert o["core_recall"] == 0.5  # Anna Weber caught (overlap), Jan Nowak missed
    assert o["overlap_precision"] == 0.5  # the DATE prediction overlaps no gold span
    bias = res["person_by_name_origin"]
    assert bias["pl_PL"] == {"spans": 1, "leak_rate": 1.0, "overlap_recall": 0.0}
    assert bias["tr_TR"]["leak_rate"] == pytest.approx(6 / 10)


def test_parse_data_names():
    from distill.evaluate import parse_data

    assert parse_data("a=x/one.jsonl, two.jsonl") == [
        ("a", Path("x/one.jsonl")),
        ("two", Path("two.jsonl")),
    ]
    with pytest.raises(ValueError, match="no data"):
        parse_data(" , ")


def test_several_data_sets_in_one_run(teacher_bundle, tiny_data):
    _, dev, _ = tiny_data
    cfg = EvalConfig(
        bundle=str(teacher_bundle.path),
        data=f"first={dev},second={dev}",
        patterns=False,
        write=False,
    )
    out = evaluate(cfg)
    assert set(out["evaluations"]) == {"first", "second"}
    assert out["evaluation"]["records"] == 2 * out["evaluations"]["first"]["records"]
    assert out["evaluation"]["overall"]["f1"] == pytest.approx(
        out["evaluations"]["first"]["overall"]["f1"]
    )


def test_bias_summary_ratio_and_unbounded_case():
    from distill.scoring import bias_summary

    s = bias_summary({"de_DE": {"leak_rate": 0.02}, "en_NG": {"leak_rate": 0.06}})
    assert (s["best"], s["worst"], s["ratio"]) == ("de_DE", "en_NG", 3.0)
    assert bias_summary({"a": {"leak_rate": 0.0}, "b": {"leak_rate": 0.1}})["ratio"] is None
    assert bias_summary({"a": {"leak_rate": 0.0}})["ratio"] == 1.0


def test_bias_data_is_scored_alone_and_rendered_in_card(teacher_bundle, tmp_path, capsys):
    from distill.card_metrics import metrics_table

    recs = []
    for i, (name, origin) in enumerate([("Anna Weber", "de_DE"), ("Emeka Okafor", "en_NG")]):
        rec = _rec(f"b{i}", text=f"Hi {name}, ok", spans=[(3, 3 + len(name), "PERSON")])
        rec["spans"][0]["name_origin"] = origin
        recs.append(rec)
    bias_file = tmp_path / "bias.jsonl"
    bias_file.write_text("".join(json.dumps(r) + "\n" for r in recs))
    plain = tmp_path / "plain.jsonl"
    plain.write_text(json.dumps(_rec()) + "\n")
    cfg = EvalConfig(bundle=str(teacher_bundle.path), data=str(plain), write=False, threshold=0.3)
    out = evaluate(EvalConfig(**{**cfg.__dict__, "bias_data": str(bias_file)}))
    assert out["evaluation"]["records"] == 1  # the bias set is not pooled
    assert out["threshold"] == 0.3  # an explicit threshold overrides the bundle's
    assert set(out["bias"]["groups"]) == {"de_DE", "en_NG"} and out["bias"]["records"] == 2
    assert "goal: at most 2x" in capsys.readouterr().out
    card = metrics_table({"evaluation": out["evaluation"], "bias": out["bias"]})
    assert "| bias.jsonl | en_NG | 1 |" in card and "twice the best group" in card
    assert out["bias"]["matched"] is False and "as they fall in the records" in card
    with pytest.raises(ValueError, match="name_origin"):
        evaluate(EvalConfig(**{**cfg.__dict__, "bias_data": str(plain)}))


def test_bias_set_made_once_per_name_origin_is_reported_as_matched(tmp_path):
    from distill.card_metrics import _bias_section
    from distill.evaluate import _matched

    bias_file = tmp_path / "bias.jsonl"
    bias_file.write_text("")
    assert not _matched(bias_file)  # no manifest
    sources = [{"file": f"{o}.jsonl", "name_origin": o} for o in ("de_DE", "tr_TR")]
    write_manifest(bias_file, generator="teacher-labels concat", sources=sources)
    assert _matched(bias_file)
    write_manifest(bias_file, generator="teacher-labels concat", sources=[*sources, {"file": "x"}])
    assert not _matched(bias_file)
    groups = {o: {"spans": 3, "overlap_recall": 1.0, "leak_rate": 0.0} for o in ("de_DE", "tr_TR")}
    bias = {"data": str(bias_file), "records": 8, "matched": True, "groups": groups}
    bias |= {"best": "de_DE", "best_leak": 0.0, "worst": "tr_TR", "worst_leak": 0.0, "ratio": 1.0}
    card = _bias_section(bias)
    assert "the same 4 held-out records once per origin" in card


def _origin_rec(rid, name, origin):
    rec = _rec(rid, text=f"Hi {name}, ok", spans=[(3, 3 + len(name), "PERSON")])
    rec["spans"][0]["name_origin"] = origin
    return rec


def test_bias_interval_is_a_point_when_every_draw_gives_the_same_ratio():
    from distill.scoring import bias_interval

    # matched sets: record k of each origin; A leaks 1 of 10 characters, B 2 of 10, every time
    recs = [_origin_rec(f"a{k}", "Aaaaa Aaaa", "A") for k in range(5)]
    recs += [_origin_rec(f"b{k}", "Bbbbb Bbbb", "B") for k in range(5)]
    preds = [[Entity(3, 12, "PERSON")]] * 5 + [[Entity(3, 11, "PERSON")]] * 5
    assert bias_interval(recs, preds, matched=True) == [2.0, 2.0]


def test_bias_interval_spans_the_ratio_and_opens_when_the_best_group_leaks_rarely():
    from distill.scoring import bias_interval, bias_summary, name_origin_leaks

    recs = [_origin_rec(f"a{k}", "Aaaaa Aaaa", "A") for k in range(20)]
    recs += [_origin_rec(f"b{k}", "Bbbbb Bbbb", "B") for k in range(20)]
    caught, missed = [Entity(3, 13, "PERSON")], []
    # A misses one name of 20, B misses eight
    preds = [missed] + [caught] * 19 + [missed] * 8 + [caught] * 12
    point = bias_summary(name_origin_leaks(recs, preds))["ratio"]
    lo, hi = bias_interval(recs, preds)
    assert point == 8.0 and lo < point and hi is None  # A often draws no miss at all


def test_bias_interval_is_open_at_both_ends_when_the_best_group_never_leaks():
    from distill.scoring import bias_interval, ratio_interval_text

    # A never misses, B misses eight names of 20: the ratio is unbounded in every resample
    # (it printed "infx-unbounded", and JSON cannot hold an infinite number)
    recs = [_origin_rec(f"a{k}", "Aaaaa Aaaa", "A") for k in range(20)]
    recs += [_origin_rec(f"b{k}", "Bbbbb Bbbb", "B") for k in range(20)]
    caught = [Entity(3, 13, "PERSON")]
    preds = [caught] * 20 + [[]] * 8 + [caught] * 12
    interval = bias_interval(recs, preds)
    assert interval == [None, None]
    assert ratio_interval_text({"ratio_interval": interval}) == "unbounded"


def test_bias_check_alone_updates_only_the_bias_figures(teacher_bundle, tmp_path):
    import shutil

    bundle = tmp_path / "bundle"
    shutil.copytree(teacher_bundle.path, bundle)
    before = json.loads((bundle / "metrics.json").read_text())
    bias_file = tmp_path / "bias.jsonl"
    recs = [_origin_rec("a0", "Anna Weber", "de_DE"), _origin_rec("b0", "Emeka Okafor", "en_NG")]
    bias_file.write_text("".join(json.dumps(r) + "\n" for r in recs))
    out = evaluate(
        EvalConfig(bundle=str(bundle), bias_data=str(bias_file), threshold=0.3, write=True)
    )
    after = json.loads((bundle / "metrics.json").read_text())
    assert set(out) == {"bias"} and after["bias"]["records"] == 2
    assert len(after["bias"]["ratio_interval"]) == 2 and after["bias"]["threshold"] == 0.3
    assert {k: v for k, v in after.items() if k != "bias"} == {
        k: v for k, v in before.items() if k != "bias"
    }
    assert "bootstrap" in (bundle / "README.md").read_text()
    with pytest.raises(ValueError, match="nothing to evaluate"):
        evaluate(EvalConfig(bundle=str(bundle)))


def test_evaluate_leaves_the_bundle_alone_unless_told_to_write(teacher_bundle, tmp_path):
    import shutil

    bundle = tmp_path / "bundle"
    shutil.copytree(teacher_bundle.path, bundle)
    before = {p.name: p.read_bytes() for p in bundle.iterdir()}
    data = tmp_path / "mine.jsonl"
    data.write_text(json.dumps(_rec()) + "\n")
    evaluate(EvalConfig(bundle=str(bundle), data=str(data), threshold=0.3))
    assert {p.name: p.read_bytes() for p in bundle.iterdir()} == before
