"""anonymize_file: formats, pass-through fields, bad records reported and counted."""

import csv
import json

import pytest

from anonymizer import Anonymizer, api
from anonymizer.io.errors import InputError, InputFormatError
from tests.conftest import PLANTED, read_jsonl


@pytest.fixture(scope="module")
def anon(planted_bundle):
    return Anonymizer.load(planted_bundle, key="files-test-key-0123456789", operators="tag")


def write_lines(path, lines):
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_jsonl_fields_nested_and_passthrough(anon, tmp_path):
    src = tmp_path / "in.jsonl"
    recs = [
        {
            "id": i,
            "meta": {"note": f"{PLANTED} here", "n": i},
            "text": "mail x@example.com",
            "keep": [1, 2],
        }
        for i in range(5)
    ]
    src.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    out = tmp_path / "out.jsonl"
    s = anon.anonymize_file(src, out, fields=["text", "meta.note"])
    got = read_jsonl(out)
    assert s.read == s.written == 5
    assert [list(r) for r in got] == [list(r) for r in recs]  # key order kept
    assert got[0]["text"] == "mail <EMAIL_1>" and got[0]["meta"] == {
        "note": "<PERSON_1> here",
        "n": 0,
    }
    assert got[3]["keep"] == [1, 2] and got[3]["id"] == 3


def test_a_star_in_a_field_path_takes_every_element(anon, tmp_path):
    recs = [
        {
            "id": 1,
            "messages": [{"from": "a", "text": f"{PLANTED} hier"}, {"text": "x@example.com"}],
        },
        {"id": 2, "messages": []},  # nothing to anonymize
        {"id": 3, "answers": {"q1": f"{PLANTED}!", "q2": None}, "messages": [{"text": "ok"}]},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    out = tmp_path / "out.jsonl"
    s = anon.anonymize_file(src, out, fields=["messages.*.text"])
    got = read_jsonl(out)
    assert s.read == s.written == 3
    assert [m["text"] for m in got[0]["messages"]] == ["<PERSON_1> hier", "<EMAIL_1>"]
    assert got[0]["messages"][0]["from"] == "a" and got[1] == recs[1]
    anon.anonymize_file(src, out, fields=["answers.*"], on_error="skip")
    assert read_jsonl(out) == [{**recs[2], "answers": {"q1": "<PERSON_1>!", "q2": None}}]


def test_a_star_over_no_list_is_an_error_naming_the_line(anon, tmp_path):
    src = write_lines(
        tmp_path / "in.jsonl", [b'{"messages": [{"text": "a"}]}', b'{"messages": "x"}']
    )
    with pytest.raises(InputError, match=r"^line 2: field 'messages.\*.text': 'messages' is no"):
        anon.anonymize_file(src, tmp_path / "out.jsonl", fields=["messages.*.text"])
    src = write_lines(tmp_path / "in2.jsonl", [b'{"messages": [{"text": "a"}, {"file": "b"}]}'])
    with pytest.raises(InputError, match=r"^line 1: field 'messages.1.text' is missing"):
        anon.anonymize_file(src, tmp_path / "out.jsonl", fields=["messages.*.text"])


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (b"42", r"holds a number, expected a string; select text fields only with --field"),
        (b"true", r"holds true or false, expected a string"),
        (b'{"a": "x"}', r"holds an object, expected a string"),
        # a list of texts: the error names the --field path that reads them ("is a list" before)
        (
            '["Hallo Jonas", "Gruß Lena"]'.encode(),
            r"holds a list, expected a string; pass --field text\.\*",
        ),
    ],
)
def test_a_field_of_another_json_kind_is_named_by_its_kind(anon, tmp_path, value, message):
    src = write_lines(tmp_path / "in.jsonl", [b'{"text": ' + value + b"}"])
    with pytest.raises(InputError, match=rf"^line 1: field 'text' {message}"):
        anon.anonymize_file(src, tmp_path / "out.jsonl")


BAD_LINES = [
    b'{"text": "fine"}',
    b'{"text": "broken',  # invalid JSON
    b'{"other": 1}',  # missing field
    b'{"text": 42}',  # not a string
    b'{"text": "caf\xe9"}',  # invalid UTF-8 (latin-1)
    b'{"text": "' + b"a" * 300 + b'"}',  # over --max-chars
    b"[1, 2]",  # not an object
    b'{"text": null}',  # nothing to anonymize: passes through
]


def test_bad_records_fail_with_line_number(anon, tmp_path):
    src = write_lines(tmp_path / "in.jsonl", BAD_LINES)
    with pytest.raises(InputError, match=r"^line 2: invalid JSON"):
        anon.anonymize_file(src, tmp_path / "out.jsonl", max_chars=200)
    assert not (tmp_path / "out.jsonl").exists()  # no half-written output


def test_skip_counts_every_bad_record(anon, tmp_path):
    src = write_lines(tmp_path / "in.jsonl", BAD_LINES)
    s = anon.anonymize_file(src, tmp_path / "out.jsonl", on_error="skip", max_chars=200)
    assert (s.read, s.written, s.skipped, s.quarantined) == (8, 2, 6, 0)
    assert s.read == s.written + s.skipped + s.quarantined
    kinds = {"json": 2, "missing_field": 1, "not_string": 1, "encoding": 1, "too_long": 1}
    assert dict(s.errors) == kinds
    assert [m.split(":")[0] for m in s.first_errors] == [f"line {n}" for n in (2, 3, 4, 5, 6, 7)]
    assert len(read_jsonl(tmp_path / "out.jsonl")) == 2


def test_quarantine_keeps_bad_records_verbatim(anon, tmp_path):
    src = write_lines(tmp_path / "in.jsonl", BAD_LINES)
    q = tmp_path / "bad.jsonl"
    s = anon.anonymize_file(
        src, tmp_path / "o.jsonl", on_error="quarantine", quarantine=q, max_chars=200
    )
    assert s.quarantined == 6
    assert q.read_bytes().split(b"\n")[0] == BAD_LINES[1]


def test_huge_line_is_not_read_whole(anon, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "' + b"x" * 2_000_000 + b'"}\n{"text": "ok"}\n')
    s = anon.anonymize_file(src, tmp_path / "o.jsonl", on_error="skip", max_chars=1000)
    assert (s.read, s.written, s.skipped) == (2, 1, 1) and s.errors["too_long"] == 1


def test_csv_columns_and_errors(anon, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text(
        'id,comment,score\n1,"Hallo Zorro, mail z@example.org",5\n'
        '2,"multi\nline Zorro",3\n3,short\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    s = anon.anonymize_file(src, out, fields=["comment"], on_error="skip")
    rows = list(csv.reader(out.open(encoding="utf-8", newline="")))
    assert rows[0] == ["id", "comment", "score"]
    assert rows[1] == ["1", "Hallo <PERSON_1>, mail <EMAIL_1>", "5"]
    assert rows[2] == ["2", "multi\nline <PERSON_1>", "3"]
    assert (s.read, s.written, s.skipped) == (3, 2, 1)
    assert s.first_errors[0].startswith("line 5: expected 3 columns, found 2")


def test_csv_missing_column_lists_found_columns(anon, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,text\n1,a\n")
    with pytest.raises(
        InputFormatError, match=r"expected columns \['comment'\], found \['id', 'text'\]"
    ):
        anon.anonymize_file(src, tmp_path / "o.csv", fields="comment")


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_csv_delimiter_is_guessed_from_the_header_and_kept(anon, tmp_path, delimiter):
    src = tmp_path / "in.csv"
    d = delimiter
    src.write_text(
        f'id{d}kommentar{d}score\n1{d}"Hallo Zorro{d} mail z@example.org"{d}5\n2{d}leer{d}3\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    s = anon.anonymize_file(src, out, fields=["kommentar"], quarantine=None)
    rows = list(csv.reader(out.open(encoding="utf-8", newline=""), delimiter=d))
    assert rows == [
        ["id", "kommentar", "score"],
        ["1", f"Hallo <PERSON_1>{d} mail <EMAIL_1>", "5"],
        ["2", "leer", "3"],
    ]
    assert (s.read, s.written) == (2, 2)


def test_an_explicit_csv_delimiter_wins_over_the_guess(anon, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id;note;x,text\n1;a;b,Zorro hier\n", encoding="utf-8")  # ";" would win
    out = tmp_path / "out.csv"
    anon.anonymize_file(src, out, fields="text", delimiter=",")
    assert out.read_text(encoding="utf-8").splitlines()[1] == "1;a;b,<PERSON_1> hier"
    src.write_text("id;kommentar\n1;Zorro\n", encoding="utf-8")
    with pytest.raises(InputFormatError, match=r"found \['id', 'kommentar'\] \(delimiter ';'\)"):
        anon.anonymize_file(src, tmp_path / "o.csv", fields="text")


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_csv_output_keeps_the_line_endings_of_the_input(anon, tmp_path, newline):
    src = tmp_path / "in.csv"
    src.write_bytes(f"id,text{newline}1,Zorro{newline}2,ok{newline}".encode())
    out = tmp_path / "out.csv"
    anon.anonymize_file(src, out)
    assert out.read_bytes() == f"id,text{newline}1,<PERSON_1>{newline}2,ok{newline}".encode()


def test_a_byte_order_mark_is_read_past_and_kept_in_csv(anon, tmp_path):
    """Excel's "CSV UTF-8" and Notepad's "UTF-8 with BOM" open with a byte order mark."""
    src = tmp_path / "in.csv"
    src.write_bytes("\ufeffkommentar;kunde\nHallo Zorro;x\n".encode())
    out = tmp_path / "out.csv"
    anon.anonymize_file(src, out, fields="kommentar")
    assert out.read_bytes().startswith("\ufeffkommentar;kunde\nHallo <PERSON_1>;x".encode())
    src = tmp_path / "in.jsonl"
    src.write_bytes('\ufeff{"text": "Hallo Zorro"}\n'.encode())
    anon.anonymize_file(src, tmp_path / "out.jsonl")
    assert read_jsonl(tmp_path / "out.jsonl") == [{"text": "Hallo <PERSON_1>"}]


def test_excels_sep_line_names_the_delimiter_and_is_kept(anon, tmp_path):
    """Excel writes and reads a "sep=;" line before the header."""
    src = tmp_path / "in.csv"
    src.write_bytes(b'sep=;\r\nid;text\r\n1;Hallo Zorro, ja\r\n2;"offen\r\n')
    out, q = tmp_path / "out.csv", tmp_path / "bad.csv"
    s = anon.anonymize_file(src, out, on_error="quarantine", quarantine=q)
    assert out.read_bytes() == b"sep=;\r\nid;text\r\n1;Hallo <PERSON_1>, ja\r\n"
    assert (s.written, s.quarantined) == (1, 1)
    assert s.first_errors[0].startswith("line 4:")  # the sep line counts
    assert q.read_bytes().startswith(b"sep=;\r\nid;text\r\n")


def test_a_cp1252_csv_is_read_with_its_encoding_and_written_as_utf8(anon, tmp_path):
    """A German Excel's "CSV (Trennzeichen-getrennt)" is Windows-1252."""
    src = tmp_path / "in.csv"
    src.write_bytes("kommentar;ort\nZorro grüßt Köln;Düsseldorf\n".encode("cp1252"))
    with pytest.raises(InputError, match=r"line 2: invalid utf-8 in column 'kommentar'.*cp1252"):
        anon.anonymize_file(src, tmp_path / "o.csv", fields="kommentar")
    out = tmp_path / "out.csv"
    anon.anonymize_file(src, out, fields="kommentar", encoding="cp1252")
    # UTF-8 with a byte order mark, so Excel reads the umlauts right
    assert out.read_bytes().decode("utf-8").splitlines() == [
        "\ufeffkommentar;ort",
        "<PERSON_1> grüßt Köln;Düsseldorf",
    ]


def test_a_csv_quarantine_keeps_the_input_encoding(anon, tmp_path):
    src = tmp_path / "in.csv"
    src.write_bytes("kommentar;ort\nZorro grüßt Köln;Düsseldorf;zu viel\nok;x\n".encode("cp1252"))
    q = tmp_path / "bad.csv"
    s = anon.anonymize_file(
        src,
        tmp_path / "o.csv",
        "csv",
        "kommentar",
        on_error="quarantine",
        quarantine=q,
        encoding="cp1252",
    )
    assert (s.written, s.quarantined) == (1, 1)
    bad = "kommentar;ort\nZorro grüßt Köln;Düsseldorf;zu viel\n"
    assert q.read_bytes() == bad.encode("cp1252")


def test_utf16_input_is_found_by_its_mark_and_written_as_utf8(anon, tmp_path):
    """Excel's "Unicode Text" and PowerShell's Out-File write UTF-16 with a byte order mark."""
    src = tmp_path / "in.txt"
    src.write_bytes("id\tkommentar\r\n1\tZorro grüßt Köln\r\n".encode("utf-16"))
    out = tmp_path / "out.csv"
    anon.anonymize_file(src, out, "csv", "kommentar")
    assert out.read_bytes() == "\ufeffid\tkommentar\r\n1\t<PERSON_1> grüßt Köln\r\n".encode()
    src = tmp_path / "in.jsonl"  # named, without a mark, and a stream longer than one read
    lines = [f'{{"text": "Zorro Nr. {i} grüßt Köln"}}\n' for i in range(3000)]
    src.write_bytes("".join(lines).encode("utf-16-le"))
    s = anon.anonymize_file(src, tmp_path / "out.jsonl", encoding="utf-16-le")
    rows = read_jsonl(tmp_path / "out.jsonl")
    assert s.written == 3000 and rows[2999] == {"text": "<PERSON_1> Nr. 2999 grüßt Köln"}


def test_text_and_jsonl_take_the_encoding_too(anon, tmp_path):
    src = tmp_path / "in.txt"
    src.write_bytes("Zorro grüßt Köln\n".encode("latin-1"))
    anon.anonymize_file(src, tmp_path / "out.txt", encoding="latin-1")
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "<PERSON_1> grüßt Köln\n"
    src = tmp_path / "in.jsonl"
    src.write_bytes('{"text": "Zorro grüßt Köln"}\n'.encode("cp1252"))
    anon.anonymize_file(src, tmp_path / "out.jsonl", encoding="cp1252")
    assert read_jsonl(tmp_path / "out.jsonl") == [{"text": "<PERSON_1> grüßt Köln"}]


def test_broken_utf16_stops_the_job_naming_the_byte(anon, tmp_path):
    src = tmp_path / "in.txt"
    src.write_bytes("Zorro\n".encode("utf-16") + b"x")  # an odd byte at the end
    with pytest.raises(InputFormatError, match=r"invalid utf-16 at byte 14 of the input"):
        anon.anonymize_file(src, tmp_path / "out.txt")
    assert not (tmp_path / "out.txt").exists()


@pytest.mark.parametrize(
    ("encoding", "message"),
    [
        ("cp037", "expected one that keeps"),  # EBCDIC
        ("no-such-codec", "expected one that keeps"),
        ("utf-16", "the input opens with no byte order mark; pass --encoding utf-16-le"),
    ],
)
def test_an_unusable_encoding_stops_the_job_before_any_work(anon, tmp_path, encoding, message):
    src = tmp_path / "in.txt"
    src.write_text("Zorro\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"encoding '{encoding}': {message}"):
        anon.anonymize_file(src, tmp_path / "out.txt", encoding=encoding)
    assert not (tmp_path / "out.txt").exists()


def test_text_lines_and_whole_file(anon, tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(f"eins {PLANTED}\n\nzwei x@example.com\n", encoding="utf-8")
    s = anon.anonymize_file(src, tmp_path / "o.txt")
    assert (tmp_path / "o.txt").read_text() == "eins <PERSON_1>\n\nzwei <EMAIL_1>\n"
    assert s.read == 3
    anon.anonymize_file(src, tmp_path / "w.txt", whole_file=True)
    assert (tmp_path / "w.txt").read_text() == "eins <PERSON_1>\n\nzwei <EMAIL_1>\n"


def test_text_lines_keep_their_own_endings(anon, tmp_path):
    src = tmp_path / "in.txt"
    src.write_bytes(f"eins {PLANTED}\r\n\r\nzwei\nkaputt \xff\r\ndrei {PLANTED}".encode("latin-1"))
    q = tmp_path / "bad.txt"
    s = anon.anonymize_file(src, tmp_path / "o.txt", on_error="quarantine", quarantine=q)
    out = (tmp_path / "o.txt").read_bytes()
    assert out == b"eins <PERSON_1>\r\n\r\nzwei\ndrei <PERSON_1>"  # CRLF, LF, no final newline
    assert q.read_bytes() == b"kaputt \xff\r\n"  # the bad line as it was, ending included
    assert (s.read, s.written, s.quarantined) == (5, 4, 1)


def test_unknown_extension_needs_format(anon, tmp_path):
    (tmp_path / "in.dat").write_text("x")
    with pytest.raises(InputFormatError, match="pass --format"):
        anon.anonymize_file(tmp_path / "in.dat", tmp_path / "o.dat")
    (tmp_path / "export.xlsx").write_bytes(b"PK\x03\x04")
    with pytest.raises(InputFormatError, match='spreadsheet workbook.*save the sheet as "CSV'):
        anon.anonymize_file(tmp_path / "export.xlsx", tmp_path / "o.csv")


def test_large_file_streams_in_batches(anon, tmp_path, monkeypatch):
    monkeypatch.setattr(api, "CHUNK_RECORDS", 1000)
    src = tmp_path / "big.jsonl"
    with src.open("w") as f:
        for i in range(3000):
            f.write(json.dumps({"i": i, "text": f"{PLANTED} {i}"}) + "\n")
    seen = []
    s = anon.anonymize_file(src, tmp_path / "o.jsonl", progress=seen.append)
    assert s.written == 3000 and sum(seen) == 3000 and len(seen) == 3  # chunks of 1000
    assert s.entities["PERSON"] == 3000


def test_fields_of_one_record_share_the_surrogate_locale(planted_bundle, tmp_path):
    anon = Anonymizer.load(planted_bundle, key="files-test-key-0123456789")
    src = tmp_path / "in.jsonl"
    text = f"Hallo, ich bin {PLANTED} und habe leider keine Antwort bekommen."
    src.write_text(json.dumps({"name": PLANTED, "text": text}) + "\n", encoding="utf-8")
    anon.anonymize_file(src, tmp_path / "o.jsonl", fields=["name", "text"])
    out = read_jsonl(tmp_path / "o.jsonl")[0]
    assert out["name"] != PLANTED and out["text"] == text.replace(PLANTED, out["name"])


def test_csv_quote_left_open_is_an_error_not_merged_rows(anon, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text(f'id,comment\n1,ok\n2,"{PLANTED} hat\n3,{PLANTED}\n4,ok\n', encoding="utf-8")
    s = anon.anonymize_file(src, tmp_path / "o.csv", fields="comment", on_error="skip")
    assert (s.read, s.written, s.skipped) == (2, 1, 1)  # rows 2-4 are one unreadable row
    assert s.first_errors[0].startswith("line 3: unreadable CSV row (unexpected end of data)")
    with pytest.raises(InputError, match="^line 3: .*close its quoted field"):
        anon.anonymize_file(src, tmp_path / "o.csv", fields="comment")


def test_json_error_names_the_column_once(anon, tmp_path):
    src = write_lines(tmp_path / "in.jsonl", [b'{"text": "unterminated}'])
    with pytest.raises(InputError, match=r"starting at column 10\)") as err:
        anon.anonymize_file(src, tmp_path / "o.jsonl")
    assert "at at" not in str(err.value)


def test_too_long_line_is_reported_in_characters(anon, tmp_path):
    src = write_lines(tmp_path / "in.jsonl", [b'{"text": "' + b"x" * 5000 + b'"}'])
    with pytest.raises(InputError, match=r"longer than --max-chars allows \(1,000 characters"):
        anon.anonymize_file(src, tmp_path / "o.jsonl", max_chars=1000)


def test_output_file_gets_the_mode_of_a_new_file(anon, tmp_path):
    import os

    from anonymizer.io.job import _UMASK

    src = write_lines(tmp_path / "in.jsonl", [b'{"text": "hallo"}'])
    anon.anonymize_file(src, tmp_path / "o.jsonl")
    assert (tmp_path / "o.jsonl").stat().st_mode & 0o777 == 0o666 & ~_UMASK
    assert _UMASK == os.umask(_UMASK)  # the import read the umask and put it back


@pytest.mark.parametrize(
    ("src", "dst", "quarantine", "needle"),
    [
        ("missing.jsonl", "o.jsonl", None, "input file '.*missing.jsonl' not found"),
        (".", "o.jsonl", None, "is a folder; pass one file per job"),
        ("in.jsonl", "nodir/o.jsonl", None, "folder of the output .* does not exist"),
        ("in.jsonl", "o.jsonl", "nodir/q.jsonl", "folder of the quarantine file .* does not"),
        ("in.jsonl", "o.jsonl", "o.jsonl", "the output and the quarantine file are the same"),
        ("in.jsonl", "./in.jsonl", None, "the input and the output are the same file"),
    ],
)
def test_paths_are_checked_before_any_work(anon, tmp_path, src, dst, quarantine, needle):
    write_lines(tmp_path / "in.jsonl", [b'{"text": "hallo"}'])
    q = quarantine and tmp_path / quarantine
    with pytest.raises(InputFormatError, match=needle):
        anon.anonymize_file(
            tmp_path / src,
            tmp_path / dst,
            "jsonl",
            on_error="quarantine" if q else "fail",
            quarantine=q,
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]  # nothing written


@pytest.mark.parametrize(
    ("field", "where"),
    [
        ("comment", "top-level keys: ['customer', 'id']"),
        ("customer.email", "'customer' has keys ['name', 'tags']"),
        ("customer.name.first", "'customer.name' is a str"),
        ("customer.tags.5", "'customer.tags' is a list of 2"),
    ],
)
def test_missing_field_says_where_the_path_breaks_off(anon, tmp_path, field, where):
    rec = {"id": 1, "customer": {"name": "x", "tags": ["a", "b"]}}
    src = write_lines(tmp_path / "in.jsonl", [json.dumps(rec).encode()])
    with pytest.raises(InputError) as err:
        anon.anonymize_file(src, tmp_path / "o.jsonl", fields=field)
    assert str(err.value).startswith(f"line 1: field {field!r} is missing ({where})")
