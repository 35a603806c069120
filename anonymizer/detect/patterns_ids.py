"""ID recognizers: tax and national ids (python-stdnum), keyword-context ids (vehicle plates
and VINs from `patterns_vehicles`), standalone shapes.

Scores (see `anonymizer.detect.patterns`): checksum-validated ids 1.0 (Steuer-IdNr, VAT ids,
an NHS number after "NHS");
format-validated ids without a checksum (Steuernummer, US SSN, UK NINO, Rentenversicherungsnummer
shape), keyword-context ids and an 11-digit number after its tax-id keyword that fails the
Steuer-IdNr checksum 0.9; standalone shapes such as "ORD-2024-001234" 0.7.
python-stdnum 2.2 has no `de.rvnr` or `gb.nino`, so those two are matched by their strict shape
(NINO prefix rules included) without a checksum.

Example:
    >>> find_ids("Kundennummer: 12345678")
    [(14, 22, 'ID', 0.9)]
"""

from __future__ import annotations

import re

import phonenumbers
from stdnum.at import vnr
from stdnum.au import tfn
from stdnum.ca import sin
from stdnum.ch import vat as ch_vat
from stdnum.de import idnr, stnr
from stdnum.es import dni, nie
from stdnum.eu import vat as eu_vat
from stdnum.gb import nhs
from stdnum.gb import vat as gb_vat
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale as cf
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.tr import tckimlik
from stdnum.us import ein, ssn

from .patterns_vehicles import find_vehicle_ids

Span = tuple[int, int, str, float]

_WINDOW = 40  # characters before a number searched for its context keyword

_TAX_ID_KW_RE = re.compile(
    r"(?:steuer[- ]?id|steuerliche\s+identifikationsnummer|steueridentifikationsnummer|id[- ]?nr"
    r"|identifikationsnummer|tax[- ]?id|\btin\b|tax\s+identification)",
    re.IGNORECASE,
)
_STNR_KW_RE = re.compile(r"(?:steuernummer|st\.?[- ]?nr|tax\s+number)", re.IGNORECASE)
_SSN_KW_RE = re.compile(r"(?:\bssn\b|social\s+security)", re.IGNORECASE)
_NHS_KW_RE = re.compile(r"\bNHS\b|\bCHI\b|health\s+service", re.IGNORECASE)

_IDNR_RE = re.compile(r"(?<![\w/.,-])\d{2}( ?)\d{3}\1\d{3}\1\d{3}(?![\w/-]|[.,]\d)")
_STNR_RE = re.compile(r"(?<![\w/.-])(?:\d{2,3}/\d{3,4}/\d{4,5}|\d{13})(?![\w/-])")
_VAT_RE = re.compile(
    r"(?<![\w-])(?:CHE[- ]?\d{3}\.?\d{3}\.?\d{3}(?: ?(?:MWST|TVA|IVA))?|[A-Z]{2}[A-Z0-9+*]{8,12})"
    r"(?![\w-])"
)
_SSN_RE = re.compile(r"(?<![\w-])\d{3}(-?)\d{2}\1\d{4}(?![\w-])")
_NHS_RE = re.compile(r"(?<![\w-])\d{3}([ -]?)\d{3}\1\d{4}(?![\w-])")
# National numbers after their keyword, each with its python-stdnum checksum: a Canadian SIN,
# an Australian TFN, a US EIN, an Indian Aadhaar number. An acronym keyword only in capitals
# ("EIN", not the German "ein"). "EIN 12-3456789" kept the number, "SIN 046 454 286" became a
# phone number.
_NATIONAL_AFTER_KEYWORD = (
    (r"\bSIN\b|(?i:social\s+insurance)", r"\d{3}([ -]?)\d{3}\1\d{3}", sin.is_valid),
    (r"\bTFN\b|(?i:tax\s+file)", r"\d{3}([ -]?)\d{3}\1\d{2,3}", tfn.is_valid),
    (r"\bEIN\b|(?i:employer\s+identification)", r"\d{2}(-?)\d{7}", ein.is_valid),
    (r"(?i:aadhaa?r)", r"\d{4}([ -]?)\d{4}\1\d{4}", aadhaar.is_valid),
    # the national numbers of the bias check's origins: "PESEL 44051401359" became a street
    (r"\bPESEL\b", r"\d{11}", pesel.is_valid),
    (r"\bBSN\b|(?i:burgerservicenummer)", r"\d{4}(\.?)\d{2}\1\d{3}", bsn.is_valid),
    (r"(?i:\bT\.?\s?C\.?\s+kimlik|kimlik\s+no)", r"\d{11}", tckimlik.is_valid),
    (r"\b(?:DNI|NIE|NIF)\b", r"[XYZ]?\d{7,8}-?[A-Z]", lambda v: dni.is_valid(v) or nie.is_valid(v)),
    (r"(?i:codice\s+fiscale)|\bCF\b", r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", cf.is_valid),
    # an Indian PAN, whose fifth letter is its holder's surname's: "PAN ABCPE1234F" was left
    (r"\bPAN\b", r"[A-Z]{5}\d{4}[A-Z]", pan.is_valid),
    # an Austrian social security number, written with a space: "SVNR 1237 010180" was left
    (r"\b(?:SVNR|VSNR|SV-Nr)\b|(?i:sozialversicherungsnummer)", r"\d{4}( ?)\d{6}", vnr.is_valid),
)
# Any of their keywords, looked for once before the numbers are (most texts hold none).
_NATIONAL_KW_RE = re.compile(
    r"\b(?=[STEAsea])(?:SIN|TFN|EIN|(?i:social\s+insurance|tax\s+file|employer\s+identification"
    r"|aadhaa?r))\b|\b(?:PESEL|BSN|DNI|NIE|NIF|CF|PAN|SVNR|VSNR|SV-Nr)\b"
    r"|(?i:burgerservice|kimlik|codice\s+fiscale|sozialversicherungsnummer)"
)
_NATIONAL_RES = tuple(
    (re.compile(keyword), re.compile(rf"(?<![\w-]){number}(?![\w-])"), valid)
    for keyword, number, valid in _NATIONAL_AFTER_KEYWORD
)
_NINO_RE = re.compile(r"(?<![\w-])[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-])")
_NINO_BAD_PREFIXES = frozenset({"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})
# area, birth date, initial, serial and check digit, each part apart or not ("J 00 3")
_RVNR_RE = re.compile(r"(?<![\w-])\d{2} ?[0-3]\d[01]\d{3} ?[A-Z] ?\d{2} ?\d(?![\w-])")

_KW_STEMS = (
    "kunden|bestell|auftrags|vertrags|rechnungs|vorgangs|ticket|sendungs|mitglieds|versicherungs"
    "|policen|konto|referenz|fall|buchungs|reservierungs|zähler|transaktions|lieferschein|beleg"
    "|antrags|schadens?|mandats|personalausweis|ausweis|reisepass|führerschein|kassen|service"
    "|sozialversicherungs|rentenversicherungs|customer|order|contract|case|invoice|tracking"
    "|member(?:ship)?|policy|account|acct|reference|booking|reservation|transaction|claim|confirmation"
    "|shipment|passport|licen[cs]e|employee|patient|serial|client|incident|request|support"
    "|quittungs|receipt|benutzer|nutzer|user|complaint|beschwerde|reklamations"
    "|versicherten|patienten|medicare|medicaid|insurance|health|tax"  # "Medicare ID 1EG4-TE5-MK73"
    "|mitarbeiter|personal|ma|staff|agent"  # staff numbers: "MA-Nr. 4711" was left
    "|student|matrikel"  # "student ID 20231145" was left
    "|badge|driver|fahrer|dienst"  # "the taxi driver (badge no. 4471)" was left
)
_KW_SUFFIXES = r"nummer|nr\.?|no\.?|number|num\.?|id|ref\.?|code|zeichen"  # "Kassenzeichen"
_KW_OTHERS = (
    r"aktenzeichen\b|reference\b|az\.|kd\.?-?nr\b\.?|kdnr\b\.?|referenz\b|ref\.|ref(?=\s*[#:])"
    r"|pnr\b|record\s+locator\b"  # an airline booking code ("PNR X7K9PQ")
    r"|ref(?=[ \t]+[A-Z0-9]*\d)"  # "ref 7QXK2P" was left
)
# Every keyword starts a word with one of these letters; checking that first makes the search
# about twice as fast (the alternation is not tried at every position).
_KW_FIRST = "".join(sorted({w[0] for w in f"{_KW_STEMS}|{_KW_OTHERS}".split("|")}))
_KEYWORD_ID_RE = re.compile(
    rf"\b(?=[{_KW_FIRST}])"
    rf"(?:\b(?:{_KW_STEMS})[- ]?(?:{_KW_SUFFIXES})(?!\w)|\b(?:{_KW_STEMS})(?=\s*[#:])"
    rf"|\b(?:{_KW_OTHERS}))"
    r"(?:[ \t]*#)?"  # "order # is 123456", "acct # is ..."
    r"(?:\s+(?:lautet|lautete|ist|war|is|was))?"
    r"\s*(?:[:#=-]|nr\.|no\.)?\s*#?"
    r"(?P<id>[A-Z0-9](?:[A-Z0-9/_.-]*[A-Z0-9])?)",
    re.IGNORECASE,
)
# Bare nouns ("Bestellung 4711-0815", "Ticket 88123", "order 123456789"): the id needs >= 5 digits
# so quantities and years ("Bestellung 2024", "order 3 items") are not ids.
_NOUNS = (
    "bestellung|auftrag|vertrag|rechnung|ticket|vorgang|sendung|lieferung|paket|fall"
    "|quittung|kassenbon|order|invoice|case|booking|reservation|claim|shipment|parcel|package"
    "|contract|receipt"
)
_NOUN_ID_RE = re.compile(
    rf"\b(?=[{''.join(sorted({w[0] for w in _NOUNS.split('|')}))}])(?:{_NOUNS})\b"
    r"\s*(?:nr\.|no\.|[:#])?\s*#?(?P<id>[A-Z0-9](?:[A-Z0-9/_.-]*[A-Z0-9])?)",
    re.IGNORECASE,
)
_STANDALONE_RE = re.compile(
    r"(?<![\w-])(?P<prefix>[A-Z]{2,5})(?P<dash>-?)(?:\d{2,4}-)?\d{5,}(?:-\d+)?(?![\w-])"
)
_DIGIT_RE = re.compile(r"\d")
UUID_RE = re.compile(r"(?<![\w-])[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}(?![\w-])")
# After a keyword, a booking code such as "QX7TPL" or "AB12CD": 5-12 capitals and digits, at
# least one digit and two letters (a lower-case or digit-poor word after "order" is no id).
_CODE_RE = re.compile(r"(?=[A-Z]*\d)(?=(?:\d*[A-Z]){2})[A-Z0-9]{5,12}")
# A court or authority file number after its keyword ("Az. 7 C 112/24", "Aktenzeichen: VIII ZR
# 123/20", "Gz. 31 W (pat) 8/19", "Az 4 C 12.07"): up to four short register tokens, then a
# number and its year.
_FILE_NO_RE = re.compile(
    r"(?:(?<![\w-])(?i:aktenzeichen|gesch(?:ä|ae)ftszeichen)(?:\s+(?:lautet|ist|war))?"
    r"|(?<![\w-])(?:Az|AZ|Gz|GZ)\b\.?)[ \t]*:?[ \t]*"
    r"(?P<id>(?:(?:[A-Z0-9][A-Za-z0-9]{0,4}|\([a-z]{1,6}\))[ \t]){0,4}\d{1,6}[/.]\d{2,4})"
    r"(?![\w/-]|\.\d)"
)
# An identity document and, a few words on in the same sentence, its number ("Mein
# Personalausweis hat die Nummer L01X00T47", "passport, number 123456789"): 6-12 capitals and
# digits with at least one digit.
_DOC_NO_RE = re.compile(
    r"\b(?=[PpAaRrFfIiDd])(?i:personalausweis|ausweis|reisepass|führerschein|passport"
    r"|id[- ]card|driving licen[cs]e|driver['’]?s licen[cs]e)\b[^.\n]{0,30}?"
    r"\b(?i:nummer|nr\.|number|no\.)[ \t]*:?[ \t]*(?P<id>(?=[A-Z]*\d)[A-Z0-9]{6,12})(?![\w-])"
)
_COUNTRY_CODES = frozenset(phonenumbers.SUPPORTED_REGIONS) | {"EL", "XI", "EU"}


def _keyword_before(regex: re.Pattern[str], text: str, start: int) -> bool:
    return regex.search(text, max(0, start - _WINDOW), start) is not None


def find_tax_ids(text: str) -> list[Span]:
    """German Steuer-IdNr and Steuernummer, EU/CH/GB VAT ids, US SSN, UK NHS number and NINO,
    German RVNR."""
    out: list[Span] = []
    for m in _IDNR_RE.finditer(text):
        keyword = _keyword_before(_TAX_ID_KW_RE, text, m.start())
        if (m.group(1) or keyword) and idnr.is_valid(m.group()):
            out.append((m.start(), m.end(), "ID", 1.0))
        elif keyword:  # after its keyword, an id even when the checksum fails (a typo)
            out.append((m.start(), m.end(), "ID", 0.9))
    for m in _STNR_RE.finditer(text):
        if _keyword_before(_STNR_KW_RE, text, m.start()) and stnr.is_valid(m.group()):
            out.append((m.start(), m.end(), "ID", 0.9))
    for m in _VAT_RE.finditer(text):
        if _valid_vat(m.group()):
            out.append((m.start(), m.end(), "ID", 1.0))
    for m in _SSN_RE.finditer(text):
        dashed = bool(m.group(1))
        if (dashed or _keyword_before(_SSN_KW_RE, text, m.start())) and ssn.is_valid(m.group()):
            out.append((m.start(), m.end(), "ID", 0.9))
    for m in _NHS_RE.finditer(text):  # an NHS number has the shape of a UK phone number
        if _keyword_before(_NHS_KW_RE, text, m.start()) and nhs.is_valid(m.group()):
            out.append((m.start(), m.end(), "ID", 1.0))
    for m in _NINO_RE.finditer(text):
        if m.group()[:2] not in _NINO_BAD_PREFIXES:
            out.append((m.start(), m.end(), "ID", 0.9))
    for m in _RVNR_RE.finditer(text):
        out.append((m.start(), m.end(), "ID", 1.0 if is_valid_rvnr(m.group()) else 0.9))
    return out


def find_national_ids(text: str) -> list[Span]:
    """Canadian, Australian, US employer, Indian, Polish, Dutch, Turkish, Spanish and Italian
    numbers after their keyword: ID at 1.0 when the checksum holds, 0.9 when it fails (a typo
    after its keyword).

    >>> find_national_ids("our EIN 12-3456789, Aadhaar 2345 6789 0123")
    [(8, 18, 'ID', 1.0), (28, 42, 'ID', 0.9)]
    """
    out: list[Span] = []
    if _NATIONAL_KW_RE.search(text) is None:
        return out
    for keyword, number, valid in _NATIONAL_RES:
        for m in number.finditer(text):
            if _keyword_before(keyword, text, m.start()):
                out.append((m.start(), m.end(), "ID", 1.0 if valid(m.group()) else 0.9))
    return out


# Weights of the German pension insurance number's check digit over its 12 digits, the birth
# name's initial written as two (A = 01), each product's digit sum added up (VKVV § 2).
_RVNR_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def is_valid_rvnr(value: str) -> bool:
    """A German Rentenversicherungsnummer with a birth date and check digit that hold.

    >>> is_valid_rvnr("65 180539 W 001"), is_valid_rvnr("65 180539 W 002")
    (True, False)
    """
    compact = value.replace(" ", "").upper()
    if not re.fullmatch(r"\d{8}[A-Z]\d{3}", compact):
        return False
    day, month = int(compact[2:4]), int(compact[4:6])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    digits = compact[:8] + f"{ord(compact[8]) - 64:02d}" + compact[9:11]
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, _RVNR_WEIGHTS))
    return total % 10 == int(compact[11])


def _valid_vat(value: str) -> bool:
    if sum(c.isdigit() for c in value) < 6:
        return False
    if value.startswith("CHE"):
        return ch_vat.is_valid(value)
    if value.startswith("GB"):
        return gb_vat.is_valid(value)
    return eu_vat.is_valid(value)


def find_keyword_ids(text: str) -> list[Span]:
    """Ids introduced by a keyword ("Kundennummer:", "order #", "booking ref QX7TPL", "Az. 7 C
    112/24", ...); the span is the id only."""
    out: list[Span] = []
    for m in _KEYWORD_ID_RE.finditer(text):
        value = m.group("id")
        if (len(value) >= 4 and sum(c.isdigit() for c in value) >= 3) or _CODE_RE.fullmatch(value):
            out.append((m.start("id"), m.end("id"), "ID", 0.9))
    for m in _NOUN_ID_RE.finditer(text):
        if sum(c.isdigit() for c in m.group("id")) >= 5:
            out.append((m.start("id"), m.end("id"), "ID", 0.9))
    out += [(m.start("id"), m.end("id"), "ID", 0.9) for m in _FILE_NO_RE.finditer(text)]
    out += [(m.start("id"), m.end("id"), "ID", 0.9) for m in _DOC_NO_RE.finditer(text)]
    return out + find_vehicle_ids(text)


def find_standalone_ids(text: str) -> list[Span]:
    """Letter-prefixed reference shapes ("ORD-2024-001234", "KD123456") at a low score.

    A two-letter country code glued to digits ("DE123456789") looks like a VAT id or IBAN and
    is left to the checksum recognizers, so a failed checksum is never reported here either.
    """
    out: list[Span] = []
    for m in _STANDALONE_RE.finditer(text):
        if not m.group("dash") and m.group("prefix") in _COUNTRY_CODES:
            continue
        out.append((m.start(), m.end(), "ID", 0.7))
    return out


def find_uuids(text: str) -> list[Span]:
    """UUIDs (a session, request or user id), in any case, as ID: the model read one as an IP
    address.

    >>> find_uuids("session 3fa85f64-5717-4562-b3fc-2c963f66afa6 crashed")
    [(8, 44, 'ID', 0.9)]
    """
    return [(m.start(), m.end(), "ID", 0.9) for m in UUID_RE.finditer(text)]


def find_ids(text: str) -> list[Span]:
    """All ID recognizers; digit-free texts are skipped."""
    if _DIGIT_RE.search(text) is None:
        return []
    found = find_tax_ids(text) + find_national_ids(text) + find_keyword_ids(text)
    found += find_standalone_ids(text)
    return found + (find_uuids(text) if "-" in text else [])
