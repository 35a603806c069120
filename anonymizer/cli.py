"""`anonymize` command line: parse and check arguments, then call `Anonymizer.anonymize_file`.

Exit codes:
    0  every record was written (or skipped/quarantined as asked with --on-error)
    1  a bad record stopped the job (--on-error fail, the default); the message names its line
    2  usage or setup error: bad arguments, unreadable input, missing columns, bad model bundle
    130 interrupted
    141 the output pipe closed early, the job unfinished (`anonymize ... | head`)
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys

from .io.errors import ON_ERROR, InputError, InputFormatError
from .io.job import FORMATS, check_paths

EPILOG = """examples:
  anonymize reviews.jsonl -o reviews.anon.jsonl --field text --field meta.title
  anonymize export.csv -o export.anon.csv --field comment --locale de_DE
  cat notes.txt | anonymize - --format text --operator PERSON=tag --operator '*=mask'
  anonymize tickets.jsonl -o out.jsonl --key-file secret.key \\
      --on-error quarantine --quarantine bad.jsonl
  anonymize reviews.jsonl -o out.jsonl --keep Klarna --keep "DHL Express" --keep-file brands.txt

exit codes: 0 ok, 1 a bad record stopped the job, 2 usage/setup error, 130 interrupted,
            141 the reader of the output stopped early (e.g. `| head`)
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="anonymize",
        description="Detect and replace personal data in JSONL, CSV or text files.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("input", help="input file, or - for stdin")
    p.add_argument("-o", "--output", default="-", help="output file (default: - for stdout)")
    p.add_argument("--format", choices=FORMATS, help="input format (default: from the extension)")
    p.add_argument(
        "--field",
        action="append",
        dest="fields",
        metavar="NAME",
        help='JSON dotted path ("*" for every list element: messages.*.text) or CSV column to '
        "anonymize (repeatable; default: text)",
    )
    p.add_argument(
        "--model", metavar="DIR", help="model bundle folder (default: the shipped model)"
    )
    p.add_argument(
        "--no-model", action="store_true", help="validated patterns only, no neural model"
    )
    p.add_argument(
        "--operator",
        action="append",
        dest="operators",
        metavar="OP|LABEL=OP",
        help="surrogate (default), mask, redact, tag or hash; per label as LABEL=OP",
    )
    p.add_argument(
        "--key-file",
        help="secret key file for consistent pseudonyms across runs "
        "(else $ANONYMIZER_KEY, else a random key valid for this run only)",
    )
    p.add_argument(
        "--locale",
        default="auto",
        help="Faker locale of surrogates, e.g. de_DE or "
        "en_US (default: auto, German or English guessed per record)",
    )
    p.add_argument(
        "--batch-size",
        type=int,
        default=None,
        help="windows per model call (default: 1 for an int8 model on CPU, so a record's "
        "result never depends on the other records; 8 is faster there; 32 otherwise)",
    )
    p.add_argument(
        "--threads",
        type=int,
        default=None,
        help="model calls at once on CPU, one core each (default: all cores)",
    )
    p.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="minimum probability for the model to flag a word (default: the bundle's; "
        "lower catches more PII and flags more non-PII)",
    )
    p.add_argument(
        "--keep",
        action="append",
        default=[],
        metavar="TERM",
        help="a value to leave in the text when detected, e.g. a company the feedback is about: "
        '"Klarna", "DHL Express" (repeatable; whole spans, any case)',
    )
    p.add_argument("--keep-file", metavar="PATH", help="terms to keep, one per line (# comments)")
    p.add_argument(
        "--on-error",
        choices=ON_ERROR,
        default="fail",
        help="bad records: fail (default), skip (counted), quarantine (to --quarantine)",
    )
    p.add_argument("--quarantine", metavar="PATH", help="file receiving bad records as they were")
    p.add_argument("--max-chars", type=int, default=1_000_000, help="longest accepted record")
    p.add_argument("--whole-file", action="store_true", help="text format: the file is one record")
    p.add_argument(
        "--delimiter",
        default=None,
        help="CSV delimiter (default: guessed from the header line: , ; tab or |)",
    )
    p.add_argument(
        "--encoding",
        default="utf-8",
        help="input encoding, e.g. cp1252 for a CSV saved by a German Excel (default utf-8; "
        "UTF-16 with a byte order mark, as Excel's 'Unicode Text', is found by itself); the "
        "output is always UTF-8",
    )
    p.add_argument("--summary-json", metavar="PATH", help="also write the end summary as JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    return p


def check_args(p: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.on_error == "quarantine" and not args.quarantine:
        p.error("--on-error quarantine needs --quarantine PATH")
    if args.quarantine and args.on_error != "quarantine":
        p.error("--quarantine is only used with --on-error quarantine")
    if (args.batch_size is not None and args.batch_size < 1) or args.max_chars < 1:
        p.error("--batch-size and --max-chars must be positive")
    if args.threshold is not None and not 0.0 < args.threshold < 1.0:
        p.error(f"--threshold must lie strictly between 0 and 1, found {args.threshold}")
    if args.model and args.no_model:
        p.error("--model and --no-model exclude each other")
    if args.input == "-" and not args.format:
        p.error("reading stdin: pass --format jsonl|csv|text")
    if args.keep_file and not os.path.isfile(args.keep_file):
        p.error(f"--keep-file {args.keep_file!r} is no file; pass a file of one term per line")
    if args.summary_json and not os.path.isdir(os.path.dirname(args.summary_json) or "."):
        p.error(f"the folder of --summary-json {args.summary_json!r} does not exist; create it")


def _operators(p: argparse.ArgumentParser, items: list[str] | None):
    if not items:
        return None
    from .operators import parse_operator_args

    try:
        return parse_operator_args(items)
    except ValueError as exc:
        p.error(str(exc))


def main(argv: list[str] | None = None) -> int:
    p = build_parser()
    args = p.parse_args(argv)
    check_args(p, args)
    operators = _operators(p, args.operators)
    try:  # before the model loads (the API checks again, for its own callers)
        check_paths(args.input, args.output, args.quarantine)
    except InputFormatError as exc:
        print(f"anonymize: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING, format="anonymize: %(message)s")
    from .api import Anonymizer
    from .bundle import BundleError
    from .keep import KeepList

    try:
        keep = KeepList.read(args.keep_file).terms if args.keep_file else ()
        kwargs = dict(
            keep=KeepList([*args.keep, *keep]),
            locale=args.locale,
            operators=operators,
            key_file=args.key_file,
            batch_size=args.batch_size,
            threads=args.threads,
            threshold=args.threshold,
        )
        anon = (
            Anonymizer(None, **kwargs) if args.no_model else Anonymizer.load(args.model, **kwargs)
        )
        with _progress(args) as tick:
            summary = anon.anonymize_file(
                args.input,
                args.output,
                args.format,
                args.fields,
                on_error=args.on_error,
                quarantine=args.quarantine,
                max_chars=args.max_chars,
                whole_file=args.whole_file,
                delimiter=args.delimiter,
                encoding=args.encoding,
                progress=tick,
            )
    except BrokenPipeError:  # `anonymize ... | head`: the reader has all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit
        return 141
    except InputError as exc:
        hint = "or pass --on-error skip / quarantine to set such records aside"
        print(f"anonymize: {args.input}: {exc}; {hint}", file=sys.stderr)
        return 1
    except (InputFormatError, BundleError, OSError, ValueError) as exc:
        print(f"anonymize: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("anonymize: interrupted", file=sys.stderr)
        return 130
    if args.summary_json:
        with open(args.summary_json, "w", encoding="utf-8") as f:
            json.dump(summary.to_dict(), f, indent=2)
    if not args.quiet:
        print(f"anonymize: {summary.line()}", file=sys.stderr)
        for msg in summary.first_errors:
            print(f"anonymize: {args.on_error}: {msg}", file=sys.stderr)
        more = sum(summary.errors.values()) - len(summary.first_errors)
        if more > 0:
            print(f"anonymize: {args.on_error}: ... and {more:,} more", file=sys.stderr)
    return 0


class _progress:
    """tqdm records/s bar on an interactive stderr; a no-op otherwise."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.bar = None
        if not args.quiet and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(unit=" records", file=sys.stderr, dynamic_ncols=True)

    def __enter__(self):
        return self.bar.update if self.bar is not None else None

    def __exit__(self, *exc) -> None:
        if self.bar is not None:  # not `if self.bar`: a bar without a total has no truth value
            self.bar.close()


if __name__ == "__main__":
    sys.exit(main())
