"""The one merge policy for model and pattern spans. Output spans never overlap.

0. A DATE grows over a weekday right before it ("Montag, 4. November 2026"). A LOCATION that
   overlaps an ADDRESS, or stands right before or after one (a comma or
   whitespace apart), is part of that address ("Goethestr." or "Köln" inside "Goethestr. 45,
   45879 Köln"; "The Old Rectory, Church Lane" before "Little Snoring NR21 0AB"): it becomes
   ADDRESS, so step 1 joins them. A listed first name coordinated with a PERSON ("Finn und
   Ella", "esp. Kwame and Bogdan"), and a one-word place or company one space beside a listed
   first name ("Eleanor" + "Whitmore"), become or are added as PERSON (`coordination`). A PERSON
   followed by a legal form ("Reyes Ltd", "Müller GmbH") becomes ORGANIZATION (`companies`).
   Name spans that make an institution with the kind after them ("St" + "Mary's" +
   "Hospital", "Oliver Pemberton" + "School") become one (`institutions`).
   A model span of a pattern span's extent, or inside one, but of another label gives way to
   the pattern when the pattern's context vouches for it (score >= 0.9: "my username is
   darkwolf_1987", "Kennzeichen M-AB 1234").
1. A model span that overlaps a validated pattern span (score >= 0.95) of its own label keeps
   only its parts outside that span that hold a letter or digit and, for a number (IBAN, card,
   phone, IP), are no field label alone: the validator knows where an e-mail address or IBAN
   ends ("a@b.fr", not the model's "a@b.fr>"; "DE89 ...", not "DE89 ... BIC"). Then join fragments:
   spans of the same label that overlap, touch, or are separated only by
   whitespace or a hyphen (also a comma for ADDRESS and DATE) become one span
   ("Jonas" + "Müller" -> "Jonas Müller"; "Hauptstr. 5" + "10115 Berlin" -> one ADDRESS).
   The joined span is "pattern" if any part was, with the highest score of its parts. A span
   closed by lower-case conjunctions, prepositions or articles before no capitalised word
   loses them ("Seattle and" before "the cashier"; not "Patel and" before "Reed").
2. Resolve overlaps between labels by rank: validated patterns (source "pattern", score >= 0.95:
   checksums, phone numbers, e-mail, URL, IP) first, then higher score, then longer span.
   A lower-ranked span is cut around the spans already placed; each leftover piece that still
   holds a letter or digit is kept (trimmed) with its own label.

So every character any detector flagged stays covered (recall first; but for those closing
function words), while structured values
keep the type their validator proved. Example:

    >>> from anonymizer.schema import Entity
    >>> text = "Jonas Müller jonas@x.de"
    >>> model = [Entity(0, 5, "PERSON", 0.9), Entity(6, 23, "PERSON", 0.6)]
    >>> pats = [Entity(13, 23, "EMAIL", 1.0, "pattern")]
    >>> [(text[e.start:e.end], e.label) for e in merge_entities(text, model, pats)]
    [('Jonas Müller', 'PERSON'), ('jonas@x.de', 'EMAIL')]
"""

from __future__ import annotations

import re

from ..everyday_words import is_everyday
from ..schema import Entity
from ..spoken_digits import has_digit_word
from .address_people import people_opening_addresses
from .companies import companies_of_people, is_legal_form, named_legal_forms
from .coordination import coordinated_names, family_then_given
from .institutions import institutions_of_fragments, without_unit_subjects
from .line_names import surnames_ending_lines
from .particle_names import names_across_particles
from .patterns_dates import weekday_start
from .relabel import relabel_people
from .spans import (
    drop_leading_function_word,
    drop_trailing_function_words,
    has_alnum,
    is_function_word,
    is_lone_word,
    trim_span,
)

VALIDATED_SCORE = 0.95
_NUMBER_LABELS = frozenset({"IBAN", "CREDIT_CARD", "PHONE", "IP_ADDRESS"})
_DIGIT_LABELS = frozenset({"IBAN", "CREDIT_CARD", "PHONE"})  # values of digits, or digit words
_COMMA_JOIN = frozenset({"ADDRESS", "DATE"})
# A day alone before the date that ends its range: "vom 3. bis 7. Juni", "from 3 to 7 June".
_BARE_DAY = re.compile(r"[0-9]{1,2}(?:st|nd|rd|th)?")
_DAY_RANGE_GAP = re.compile(r"\.?[ \t]*(?:bis|to|until|[-–])[ \t]*")
# Where a model's address runs on into the sentence: a verb or sentence word right after its
# house number or postcode ("Eimerring 30 war", "Allee 8/9,leider", "N7G 2FE,which").
_RUN_ON_WORD = (
    r"war|ist|sind|wurde|wird|hat|leider|aber|bitte|which|that|is|was|were|has|but|please|where"
)
_ADDRESS_RUN_ON = re.compile(
    rf"(?:(?<=[0-9])|(?<=[0-9][A-Z]{{2}}))[ \t]*,?[ \t]*(?=(?:{_RUN_ON_WORD})(?![\w-]))"
)

# A lower-case word closing a model's number span ("my order 7729-1184 vanished": the word
# became "gheyesyd"); an everyday one is no part of an id, phone or account number.
_TRAILING_LOWER_WORD = re.compile(r"[ \t]+([a-zäöüß]+)$")
_ID_LABELS = _NUMBER_LABELS | {"ID"}


def merge_entities(text: str, *groups: list[Entity]) -> list[Entity]:
    """Merge any number of entity lists into one sorted, non-overlapping list."""
    spans = sorted((e for g in groups for e in g), key=lambda e: (e.start, e.end))
    spans = _weekdays_into_dates(text, _without_wordy_numbers(text, spans))
    spans = relabel_people(text, spans)
    spans = names_across_particles(text, people_opening_addresses(text, spans))
    spans = coordinated_names(text, _locations_into_addresses(text, spans))
    spans = surnames_ending_lines(text, spans)
    spans = named_legal_forms(text, companies_of_people(text, spans))
    spans = without_unit_subjects(text, institutions_of_fragments(text, spans))
    spans = _clip_to_validated(text, _same_extent_to_patterns(spans))
    spans = _after_pattern_names(text, spans)
    joined = [_without_trailing_words(text, e) for e in _join_fragments(text, spans)]
    ranked = sorted(joined, key=_rank, reverse=True)
    placed: list[Entity] = []
    for ent in ranked:
        for s, e in _uncovered(ent.start, ent.end, placed):
            span = trim_span(text, s, e)
            if span and s > ent.start:  # a piece after a placed span: "of" + "Fenwick ... LLP"
                span = (drop_leading_function_word(text, *span), span[1])
            if span and has_alnum(text, *span):
                placed.append(Entity(span[0], span[1], ent.label, ent.score, ent.source))
    return sorted(placed, key=lambda e: e.start)


def _without_trailing_words(text: str, e: Entity) -> Entity:
    """`e` without the conjunctions, prepositions, articles and particles that close it
    ("Seattle and", "Kevin von der"), once fragments are joined ("Müller und" + "Söhne"); an
    address also without the sentence it ran on into (`_ADDRESS_RUN_ON`), a number with
    digits without the everyday lower-case words closing it (`_TRAILING_LOWER_WORD`)."""
    end = drop_trailing_function_words(text, e.start, e.end)
    if e.label == "ADDRESS" and (m := _ADDRESS_RUN_ON.search(text, e.start + 1, end)):
        end = m.start()
    if e.label in _ID_LABELS:
        while (m := _TRAILING_LOWER_WORD.search(text, e.start, end)) and is_everyday(m[1]):
            if not any(c.isdigit() for c in text[e.start : m.start()]):
                break
            end = m.start()
    return e if end == e.end else Entity(e.start, end, e.label, e.score, e.source)


def _without_wordy_numbers(text: str, spans: list[Entity]) -> list[Entity]:
    """Without model spans of a phone, card or IBAN that hold no digit and no digit word: the
    model read the Swiss "isch" ("is") before a number as part of it, and the surrogate
    dropped the word."""
    return [
        e
        for e in spans
        if e.source == "pattern"
        or e.label not in _DIGIT_LABELS
        or any(c.isdigit() for c in text[e.start : e.end])
        or has_digit_word(text[e.start : e.end])
    ]


def _weekdays_into_dates(text: str, spans: list[Entity]) -> list[Entity]:
    """A DATE grows over the weekday right before it that no other span holds ("Montag, 4.
    November 2026": the weekday stayed beside the shifted date, and told its offset)."""
    out = []
    for e in spans:
        start = weekday_start(text, e.start) if e.label == "DATE" else e.start
        if start < e.start and not any(o.start < e.start and start < o.end for o in spans):
            e = Entity(start, e.end, e.label, e.score, e.source)
        out.append(e)
    return sorted(out, key=lambda e: (e.start, e.end))


def _same_extent_to_patterns(spans: list[Entity]) -> list[Entity]:
    """A model span with the extent of a pattern span of another label, or lying inside one,
    that the pattern's context vouches for (score >= 0.9: a keyword id, a user name after
    "username is", a date) is dropped: the pattern's label stands ("darkwolf_1987" after "my
    username is" is an ID, not the model's ORGANIZATION; "Kennzeichen M-AB 1234" one plate, not
    the ORGANIZATION "M-AB" and the ID "1234")."""
    vouched = [e for e in spans if e.source == "pattern" and e.score >= 0.9]
    if not vouched:
        return spans
    return [e for e in spans if e.source == "pattern" or not _inside_other(e, vouched)]


def _inside_other(e: Entity, vouched: list[Entity]) -> bool:
    return any(v.label != e.label and v.start <= e.start and e.end <= v.end for v in vouched)


def _clip_to_validated(text: str, spans: list[Entity]) -> list[Entity]:
    """Model spans of a validated pattern span's label lose the part that overlaps it and keep
    what lies outside only if it holds a letter or digit: the validator knows where an e-mail
    address or IBAN ends, so the model's "a@b.fr>" does not widen "a@b.fr"."""
    validated = [e for e in spans if e.source == "pattern" and e.score >= VALIDATED_SCORE]
    if not validated:
        return spans
    out: list[Entity] = []
    for e in spans:
        cuts = [v for v in validated if v.label == e.label and v.start < e.end and e.start < v.end]
        if e.source == "pattern" or not cuts:
            out.append(e)
            continue
        for s, end in _uncovered(e.start, e.end, cuts):
            span = trim_span(text, s, end)
            if span and has_alnum(text, *span) and _may_hold(text, span, e.label):
                out.append(Entity(span[0], span[1], e.label, e.score, e.source))
    return sorted(out, key=lambda e: (e.start, e.end))


def _after_pattern_names(text: str, spans: list[Entity]) -> list[Entity]:
    """A model span that starts inside a name rule's PERSON and runs past it starts after it:
    the model read "Weidenfeller, Kanzlei Weidenfeller & Kollegen, Bonn" after "Dr. Florian" as
    one company, which took the surname from "Florian Weidenfeller" and one surrogate replaced
    it all. What is left of it is no lone preposition or article ("Fenwick-Clarke of" before
    "Fenwick Clarke Solicitors LLP" left "of", which the company's surrogate swallowed)."""
    names = [e for e in spans if e.source == "pattern" and e.label == "PERSON"]
    if not names:
        return spans
    out = []
    for e in spans:
        for name in names if e.source != "pattern" else ():
            if name.start < e.start < name.end < e.end:
                rest = trim_span(text, name.end, e.end)
                if rest is None or is_function_word(text, *rest):
                    break
                e = Entity(rest[0], e.end, e.label, e.score, e.source)
        else:
            out.append(e)
    return sorted(out, key=lambda e: (e.start, e.end))


def _may_hold(text: str, span: tuple[int, int], label: str) -> bool:
    """Whether a leftover piece may be part of a value of `label`: a field label alone is none
    of a number ("IBAN DE89 ... BIC": the model's IBAN took the word "BIC", which became "QVB")."""
    return label not in _NUMBER_LABELS or not is_lone_word(text, *span)


def _locations_into_addresses(text: str, spans: list[Entity]) -> list[Entity]:
    """LOCATIONs that touch an ADDRESS become ADDRESS, also through a chain of locations
    ("The Old Rectory, Church Lane" + "Little Snoring" + "NR21 0AB")."""
    addresses = [e for e in spans if e.label == "ADDRESS"]
    places = [e for e in spans if e.label == "LOCATION"]
    joined: set[Entity] = set()
    while addresses and places:
        now = [p for p in places if any(_touches(text, p, a) for a in addresses)]
        if not now:
            break
        joined.update(now)
        addresses = now  # only the newly joined can reach further locations
        places = [p for p in places if p not in joined]
    return [
        Entity(e.start, e.end, "ADDRESS", e.score, e.source) if e in joined else e for e in spans
    ]


def _touches(text: str, loc: Entity, addr: Entity) -> bool:
    """The location overlaps the address or stands right before or after it, a comma or
    whitespace apart ("The Old Rectory, Church Lane" + "Little Snoring NR21 0AB")."""
    if loc.start < addr.end and addr.start < loc.end:
        return True
    gap = text[loc.end : addr.start] if loc.end <= addr.start else text[addr.end : loc.start]
    return len(gap) <= 3 and all(c in " \t,\u00a0" for c in gap)


def _rank(e: Entity) -> tuple:
    validated = e.source == "pattern" and e.score >= VALIDATED_SCORE
    return (validated, e.score, e.end - e.start)


def _join_fragments(text: str, spans: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    open_by_label: dict[str, int] = {}
    for e in spans:
        i = open_by_label.get(e.label)
        if i is not None and _joinable(text, out[i], e):
            prev = out[i]
            source = "pattern" if "pattern" in (prev.source, e.source) else prev.source
            out[i] = Entity(
                prev.start, max(prev.end, e.end), e.label, max(prev.score, e.score), source
            )
            continue
        open_by_label[e.label] = len(out)
        out.append(e)
    return out


def _joinable(text: str, a: Entity, b: Entity) -> bool:
    if b.start <= a.end:
        return True
    gap = text[a.end : b.start]
    if a.label == "DATE" and _BARE_DAY.fullmatch(text, a.start, a.end):
        if _DAY_RANGE_GAP.fullmatch(gap):
            return True
    comma = a.label in _COMMA_JOIN or (a.label == "ORGANIZATION" and is_legal_form(text, b))
    if a.label == "PERSON" and gap == ", ":  # "Meier, Klaus"
        comma = family_then_given(text[a.start : a.end], text[b.start : b.end])
    allowed = " \t-,\u00a0" if comma else " \t-\u00a0"
    return len(gap) <= 3 and all(c in allowed for c in gap)


def _uncovered(start: int, end: int, placed: list[Entity]) -> list[tuple[int, int]]:
    pieces = [(start, end)]
    for p in placed:
        if p.end <= start or p.start >= end:
            continue
        nxt = []
        for s, e in pieces:
            if p.end <= s or p.start >= e:
                nxt.append((s, e))
                continue
            if s < p.start:
                nxt.append((s, p.start))
            if p.end < e:
                nxt.append((p.end, e))
        pieces = nxt
    return pieces
