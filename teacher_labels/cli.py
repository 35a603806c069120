"""`teacher-labels`: synthesize, label, import, stats and validate tagged-record JSONL.

Exit codes: 0 ok, 1 bad input (message names the file/line/record and the fix), 2 usage.

Example:
    $ teacher-labels import conll ../shared/data/wnut17/emerging.dev.conll -o wnut.jsonl \\
        --corpus wnut17 --split dev --lang en
    $ teacher-labels label feedback.jsonl -o labelled.jsonl --teacher llm \\
        --base-url http://localhost:8000/v1 --model qwen2.5-7b-instruct
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from anonymizer.records import RecordValidationError, validate_file

BAD_INPUT, USAGE = 1, 2


class InputError(Exception):
    """Bad input: printed as one line, exit code 1."""


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        return args.func(args)
    except (InputError, RecordValidationError, ValueError, OSError, KeyError, RuntimeError) as exc:
        msg = str(exc) if not isinstance(exc, KeyError) else f"missing key {exc}"
        print(f"teacher-labels {args.command}: error: {msg}", file=sys.stderr)
        return BAD_INPUT


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="teacher-labels", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    _add_synthesize(sub)
    _add_label(sub)
    _add_import(sub)
    s = sub.add_parser("stats", help="label/language counts of a tagged-record JSONL file")
    s.add_argument("file", type=Path)
    s.set_defaults(func=cmd_stats)
    sp = sub.add_parser("split", help="deterministic train/dev split (by document when known)")
    sp.add_argument("file", type=Path)
    sp.add_argument("--train", type=Path, required=True, help="output JSONL of the train part")
    sp.add_argument("--dev", type=Path, required=True, help="output JSONL of the dev part")
    sp.add_argument("--dev-fraction", type=float, default=0.2)
    sp.add_argument("--seed", type=int, default=0)
    sp.add_argument(
        "--keep-empty",
        type=float,
        default=1.0,
        help="share of train records without spans to keep (thins e.g. legal text)",
    )
    sp.set_defaults(func=cmd_split)
    c = sub.add_parser("concat", help="concatenate tagged-record files (sources kept in manifest)")
    c.add_argument("-o", "--out", type=Path, required=True)
    c.add_argument("files", type=Path, nargs="+")
    c.set_defaults(func=cmd_concat)
    v = sub.add_parser("validate", help="check a tagged-record JSONL file against the contract")
    v.add_argument("file", type=Path)
    v.set_defaults(func=cmd_validate)
    return p


def _add_synthesize(sub) -> None:
    s = sub.add_parser("synthesize", help="generate synthetic PII-tagged feedback")
    s.add_argument("-o", "--out", type=Path, required=True)
    s.add_argument("-n", type=int, default=1000, help="number of records")
    s.add_argument("--langs", default="de,en", help="comma-separated languages (default de,en)")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--mode", choices=("offline", "llm"), default="offline")
    s.add_argument("--negatives", type=float, default=0.15, help="share of records without PII")
    s.add_argument(
        "--frames",
        choices=("all", "train", "heldout"),
        default="all",
        help="offline mode: all frames, or one side of the fixed 80/20 frame split "
        "(train data from 'train', a generalisation dev set from 'heldout')",
    )
    s.add_argument(
        "--name-origin",
        help="every PERSON name from this Faker locale (e.g. tr_TR), all else as without it: "
        "one seed run once per origin gives the matched sets of the bias check",
    )
    s.add_argument(
        "--genres",
        help="comma-separated genres to draw from (default: all by their lang.json weight); "
        "names opt-in genres such as 'mention' (colloquial first names)",
    )
    _add_llm_options(s)
    s.set_defaults(func=cmd_synthesize)


def _add_label(sub) -> None:
    s = sub.add_parser("label", help="label raw text (JSONL or .txt) with a teacher")
    s.add_argument("src", type=Path, help="JSONL with a text field, or .txt with one text per line")
    s.add_argument("-o", "--out", type=Path, required=True)
    s.add_argument("--teacher", choices=("llm", "hf", "patterns", "ensemble"), required=True)
    s.add_argument("--config", type=Path, help="JSON file of teacher options (ensemble members)")
    s.add_argument("--hf-model", help="hf teacher: hub name or local folder")
    s.add_argument("--labelmap", help="hf teacher: JSON label map of the model's entity types")
    s.add_argument("--concurrency", type=int, default=4, help="llm teacher: parallel requests")
    s.add_argument("--text-field", default="text")
    s.add_argument("--id-field", default="id")
    s.add_argument("--lang", default="auto", help="language code, or auto (record's lang field)")
    s.add_argument("--batch-size", type=int, default=32)
    _add_llm_options(s)
    s.set_defaults(func=cmd_label)


def _add_llm_options(s) -> None:
    s.add_argument("--base-url", help="OpenAI-compatible endpoint, e.g. http://localhost:8000/v1")
    s.add_argument("--model", help="chat model name as the endpoint knows it")
    s.add_argument("--api-key-env", default="OPENAI_API_KEY", help="env variable with the key")
    s.add_argument("--cache-dir", type=Path, default=Path(".cache/llm"))
    s.add_argument("--timeout", type=float, default=60.0)
    s.add_argument("--max-retries", type=int, default=4)


def _add_import(sub) -> None:
    s = sub.add_parser("import", help="import an annotated corpus with an explicit label map")
    s.add_argument("format", choices=("conll", "germeval", "tab", "hf"))
    s.add_argument("src", help="corpus file, saved dataset folder, or hub name (hf)")
    s.add_argument("-o", "--out", type=Path, required=True)
    s.add_argument("--corpus", required=True, help="corpus name (record ids, default label map)")
    s.add_argument("--split", default="train")
    s.add_argument("--lang", required=True, help="language code of the corpus")
    s.add_argument("--labelmap", help="label map name in corpora/labelmaps/ or a JSON path")
    s.add_argument("--sep", help="conll: column separator (default: tab, else spaces)")
    s.add_argument("--paragraphs", action="store_true", help="tab: one record per paragraph")
    s.add_argument("--tokens-col", default="tokens", help="hf: tokens column")
    s.add_argument("--tags-col", default="ner_tags", help="hf: tag column")
    s.set_defaults(func=cmd_import)


def _client_options(args) -> dict:
    return dict(
        base_url=args.base_url,
        model=args.model,
        api_key_env=args.api_key_env,
        cache_dir=args.cache_dir,
        timeout=args.timeout,
        max_retries=args.max_retries,
    )


def _usage(args, msg: str) -> int:
    print(f"teacher-labels {args.command}: usage error: {msg}", file=sys.stderr)
    return USAGE


def _check_output(out: Path) -> int:
    rep = validate_file(out)
    for err in rep.errors:
        print(f"{out}: {err}", file=sys.stderr)
    return 0 if rep.ok else BAD_INPUT


def cmd_synthesize(args) -> int:
    from .synthesize import synthesize_to_file

    client = None
    if args.mode == "llm":
        if not args.base_url or not args.model:
            return _usage(args, "--mode llm needs --base-url and --model")
        from .llm_client import ChatClient

        opts = _client_options(args)
        client = ChatClient(opts.pop("base_url"), opts.pop("model"), **opts)
    langs = tuple(x.strip() for x in args.langs.split(",") if x.strip())
    summary = synthesize_to_file(
        args.out,
        args.n,
        langs=langs,
        seed=args.seed,
        mode=args.mode,
        client=client,
        negatives=args.negatives,
        progress=sys.stderr.isatty(),
        frames=args.frames,
        name_origin=args.name_origin,
        genres=[g.strip() for g in args.genres.split(",") if g.strip()] if args.genres else None,
    )
    print(json.dumps(summary, default=str))
    return _check_output(args.out)


def cmd_label(args) -> int:
    from .teachers import label_file, make_teacher

    if not args.src.is_file():
        raise InputError(f"{args.src}: no such file; pass a JSONL or .txt file")
    options = json.loads(args.config.read_text(encoding="utf-8")) if args.config else {}
    if args.teacher == "llm":
        options = {**_client_options(args), "concurrency": args.concurrency, **options}
        if not options["base_url"] or not options["model"]:
            return _usage(args, "--teacher llm needs --base-url and --model")
    if args.teacher == "hf":
        if not args.hf_model and "model" not in options:
            return _usage(args, "--teacher hf needs --hf-model (hub name or local folder)")
        options = {"model": args.hf_model, "labelmap": args.labelmap, **options}
    if args.teacher == "ensemble" and "members" not in options:
        return _usage(args, "--teacher ensemble needs --config with a 'members' list")
    teacher = make_teacher(args.teacher, **options)
    summary = label_file(
        teacher,
        args.src,
        args.out,
        text_field=args.text_field,
        id_field=args.id_field,
        lang=args.lang,
        batch_size=args.batch_size,
        progress=sys.stderr.isatty(),
    )
    summary["failed_ids"] = summary["failed_ids"][:20]
    print(json.dumps(summary))
    if summary["failed"] and not summary["records"]:
        raise InputError(
            f"{args.src}: all {summary['failed']} records failed; see the counts above"
        )
    return _check_output(args.out)


def cmd_import(args) -> int:
    from .corpora import import_corpus

    opts: dict = dict(corpus=args.corpus, split=args.split, lang=args.lang, labelmap=args.labelmap)
    if args.format == "conll":
        opts["sep"] = args.sep
    if args.format == "tab":
        opts["paragraphs"] = args.paragraphs
    if args.format == "hf":
        opts.update(tokens_col=args.tokens_col, tags_col=args.tags_col)
    if args.format != "hf" and not Path(args.src).is_file():
        raise InputError(f"{args.src}: no such file")
    counts = import_corpus(args.format, args.src, args.out, **opts)
    print(json.dumps(counts))
    return _check_output(args.out)


def cmd_stats(args) -> int:
    from .stats import file_stats, format_stats

    if not args.file.is_file():
        raise InputError(f"{args.file}: no such file")
    print(format_stats(file_stats(args.file)))
    return 0


def cmd_split(args) -> int:
    from .split import split_file

    counts = split_file(
        args.file, args.train, args.dev, args.dev_fraction, args.seed, args.keep_empty
    )
    print(json.dumps({part: c["records"] for part, c in counts.items()}))
    return 0


def cmd_concat(args) -> int:
    from .split import concat_files

    print(json.dumps(concat_files(args.out, args.files)))
    return _check_output(args.out)


def cmd_validate(args) -> int:
    if not args.file.is_file():
        raise InputError(f"{args.file}: no such file")
    rep = validate_file(args.file)
    for err in rep.errors:
        print(f"{args.file}: {err}", file=sys.stderr)
    if rep.ok:
        print(f"{args.file}: ok, {rep.records} records, labels {dict(rep.label_counts)}")
    return 0 if rep.ok else BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
