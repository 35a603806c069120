"""Field labels: the words that open a value in a form, a signature or a contact line.

A label is no entity, and a model span that opens with one ("BIC COBADEFFXXX", "Hallo Anna",
"Zählernummer 1ESY1160512345") loses it, so the surrogate keeps the word (`spans`).

    >>> is_label("kundennummer"), is_label("zählernummer"), is_label("kd.nr"), is_label("anna")
    (True, True, True, False)
"""

from __future__ import annotations

import re

# Greetings and closings, which open and sign off feedback right beside names, the labels of
# contact and tax fields in a signature ("VAT no.", "Mobil:") and conjunctions: never an entity
# on their own ("Servus,", "Later,\nQuang Tran"). Words that are also surnames ("Best", "Gruß")
# are not listed, nor is "Hi" (LER abbreviates Hildesheim "Hi.").
# Of these, the greetings, closings and contact labels also open no entity: "BIC COBADEFFXXX",
# "Hallo Anna" (not the address fields, which open street names: "Straße des 17. Juni").
OPENING_LABELS = frozenset(
    "hallo hello hey hiya howdy moin servus grüezi grüß ciao tschüss tschüs tschau adieu bye "
    "goodbye later cheers thanks thx danke regards greetings lg vg mfg "
    "vat ust mwst iban bic blz kto kontonummer tel fax mobil mobile phone telefon handy festnetz "
    "landline email "
    "e-mail namensschild dob ssn sin tfn ein itin "
    # id fields: "Kfz-Kennzeichen: B-XY 123E" (the model read the label as an organisation)
    "kennzeichen kfz-kennzeichen nummernschild kundennummer kundennr bestellnummer "
    "auftragsnummer rechnungsnummer vertragsnummer "
    # and their abbreviations: "(Kd-Nr. 7781234)" (the model read "Kd-Nr" as an id)
    "kd-nr kd.-nr kdnr kunden-nr best.-nr bestell-nr auftrags-nr rechnungs-nr re-nr rg-nr "
    "vertrags-nr mitglieds-nr mitgliedsnummer versicherungsnummer versicherungs-nr "
    "personalnummer steuernummer steuer-nr steuer-id ticketnummer ticket-nr "
    # social security labels ("AHV-Nr. 756..." made "AHV-Nr" an organisation, "Weimer.")
    "ahv ahv-nr svnr sv-nr vsnr rvnr rv-nr "
    # a doorbell's or letterbox's name ("Klingel Wagner": "Klingel" became "Annette") and a
    # vehicle's id ("FIN WVWZZZ...": the model read "FIN" as an organisation)
    "klingel klingelschild briefkasten fin".split()
)
# A letter's signing mark written with or without a space: "i. A." (im Auftrag), "i.V." (in
# Vertretung); a regex to build on.
SIGNING_MARK = r"[iI]\.[ \t]?[AaVv]\."
# A number's field label by its ending, listed or not: "Zählernummer 1ESY1160512345" (the
# model's id took the label, whose surrogate became "Skcyjenoafdj"), "Gutschein-Nr", "Kd.Nr".
_NUMBER_LABEL_RE = re.compile(r"(?:[^\W\d_]+[-.])+nr|[^\W\d_]{4,}nr|[^\W\d_]+(?:-[^\W\d_]+)*nummer")


def is_label(word: str) -> bool:
    """Whether `word` (lower case) opens a field: a listed label or a number's ("...nummer")."""
    return word in OPENING_LABELS or _NUMBER_LABEL_RE.fullmatch(word) is not None
