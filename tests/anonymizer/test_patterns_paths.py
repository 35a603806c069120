"""patterns_paths: user folders of home directories and names in file names."""

from __future__ import annotations

import pytest

from anonymizer import Anonymizer
from anonymizer.detect.patterns import PatternDetector
from anonymizer.detect.patterns_paths import find_path_names


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label, _ in find_path_names(text)]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (r"Fehler: C:\Users\jonas.weber\AppData\Local\report.pdf", [("jonas.weber", "ID")]),
        ("Log: /home/mkowalski/.config/app.json not found", [("mkowalski", "ID")]),
        ("Crash at /Users/priya.raman/Library/Logs/app.log", [("priya.raman", "ID")]),
        (r"see \\fileserver\home\tschulze\export.xlsx", [("tschulze", "ID")]),
        ("Anhang: Rechnung_Weber_Jonas_2024.pdf", [("Weber_Jonas", "PERSON")]),
        ("Screenshot: IMG_Sarah_Miller_0423.jpg", [("Sarah_Miller", "PERSON")]),
    ],
)
def test_names_in_paths_and_file_names(text: str, spans: list[tuple[str, str]]) -> None:
    # all of them stayed readable
    assert found(text) == spans


@pytest.mark.parametrize(
    "text",
    [
        r"C:\Users\Public\Desktop\readme.txt",  # a shared folder
        "Version_2_Final.docx and Kundenservice_Berlin_Mitte.pdf",  # no first name
        "Ich bin Jonas. Weber ist mein Nachname",  # no file name
        "/var/log/app.log",
        "RT @Louis_Tomlinson: watching #Anna_Schmidt_Fans",  # a handle and a hashtag
    ],
)
def test_no_name_in_other_paths(text: str) -> None:
    assert found(text) == []


def test_a_folder_of_a_path_is_no_url() -> None:
    # "/Users/priya.raman/Library/Logs/app.log" was a URL whose surrogate read
    # "/Users/callahan.raman/search/search"
    text = "Crash at /Users/priya.raman/Library/Logs/app.log"
    assert [e.label for e in PatternDetector().detect(text)] == ["ID"]


def test_the_user_folder_and_the_file_name_share_the_persons_surrogate() -> None:
    an = Anonymizer.load(key=b"test-key-paths-0123456789")
    text = r"C:\Users\jonas.weber\Desktop\Rechnung_Weber_Jonas.pdf"
    out = an.anonymize(text).text
    user = out.split("\\")[2]
    first, last = user.split(".")
    assert "jonas" not in out.casefold() and "weber" not in out.casefold()
    assert out.endswith(f"Rechnung_{last.capitalize()}_{first.capitalize()}.pdf")
