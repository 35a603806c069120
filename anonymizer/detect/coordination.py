"""Names coordinated with a person's name are names too ("Kwame and Bogdan", "Finn und Ella").

The model often finds one name of a pair, or one part of a name, and misses or mislabels the
other. Five steps, all on one line:

- A LOCATION or ORGANIZATION of two listed first names joined by "&", "and" or "und", one of
  them no surname, or two such spans side by side, are two PERSON spans ("Danke an Jelena &
  Mehmet" became "Danke an Hövel Hellwig", "Lena" + "& Sarah" a town and a company); not before
  a possessive ("Ben & Jerry's").
- A LOCATION or ORGANIZATION that is one listed first name inside a PERSON span of a name
  rule ("the receptionist Agnieszka"), or next to a PERSON, becomes PERSON ("Finn" in "die
  Mama von Finn und Ella"), also along a list ("Ella, Finn and Tom").
- A capitalised listed first name that no span covers and that "und", "and", "&", "oder" or
  "or" joins to a PERSON becomes a PERSON of its own ("esp. Kwame and Bogdan"); a bare comma
  is not enough there ("Danke, Anna").
- A one-word LOCATION or ORGANIZATION one space beside a PERSON is the rest of that name when
  the first name is listed ("Eleanor" PERSON + "Whitmore" ORGANIZATION, "Heinz-Werner"
  ORGANIZATION + "Schäfer" PERSON) or the PERSON ends in an Irish particle ("Pádraig Ó" +
  "Súilleabháin"), so the merge joins one PERSON and one surrogate replaces it; a word in
  brackets or quotes between two PERSON spans is a nickname, a PERSON too ("Mohammed (Mo)
  Al-Rashid").

Example:
    >>> from anonymizer.schema import Entity
    >>> text = "Kudos to the night shift, esp. Kwame and Bogdan!"
    >>> found = coordinated_names(text, [Entity(41, 47, "PERSON")])
    >>> [(text[e.start : e.end], e.label) for e in found]
    [('Kwame', 'PERSON'), ('Bogdan', 'PERSON')]
"""

from __future__ import annotations

import re

from ..name_lexicon import IRISH_PARTICLES, name_key
from ..name_lists import name_words
from ..name_roles import given_only, surname_only
from ..schema import Entity
from .companies import companies_of_people, is_legal_form
from .patterns_address import STREET_NAME
from .patterns_names import CLOSING_WORDS, WORD, is_first_name
from .spans import is_lone_word

# What stands between two coordinated names on one line: "und", "and", "&", "oder", "or", or a
# comma; at most _MAX_GAP characters.
_COORDINATION_RE = re.compile(r"[ \t]*(?:,|&|,?[ \t]+(?:und|and|oder|or)[ \t])[ \t]*")
_MAX_GAP = 8
_CONJUNCTION = r"[ \t]*(?:&|,?[ \t]+(?:und|and|oder|or))[ \t]+"
_WORD_AFTER_RE = re.compile(rf"{_CONJUNCTION}(?P<word>{WORD})(?![\w'’-])")
_WORD_BEFORE_RE = re.compile(rf"(?<![\w'’.-])(?P<word>{WORD}){_CONJUNCTION}$")
_WORD_RE = re.compile(WORD)
# A nickname between a given and a family name: " (Mo) ", ' "Kathi" ', " „Kalle“ ".
_NICKNAME_RE = re.compile(rf"[ \t]+[(\"„“‚'](?P<word>{WORD})[)\"“”‘'][ \t]+")
# Two name words joined in one span: "rahul & meera", "Anna und Jonas".
_PAIR_RE = re.compile(
    r"(?P<a>[^\W\d_]{2,}(?:-[^\W\d_]+)?)(?: ?& ?| (?:and|und) )(?P<b>[^\W\d_]{2,}(?:-[^\W\d_]+)?)"
    r"(?P<family> [^\W\d_]{2,}(?:-[^\W\d_]+)?)?"  # a couple's family name: "Resi & Sepp Huber"
)
_SCORE = 0.8  # a listed first name in a name context, as the pattern rules score it
_PARTS = ("LOCATION", "ORGANIZATION", "ADDRESS")  # labels the model gives a family name


def coordinated_names(text: str, spans: list[Entity]) -> list[Entity]:
    """`spans` (sorted by start) with listed first names coordinated with a PERSON relabelled
    or added as PERSON; see the module docstring."""
    spans = _name_pairs(text, spans)
    spans = _uncovered_names(text, _name_parts(text, _relabelled(text, spans)))
    return _given_names_before(text, _nicknames(text, spans))


def _name_pairs(text: str, spans: list[Entity]) -> list[Entity]:
    """A LOCATION or ORGANIZATION of two listed first names joined by "&", "and" or "und", one
    of them no surname, or two such spans side by side ("Lena" + "& Sarah"), are two people;
    see the module docstring."""
    out: list[Entity] = []
    i = 0
    while i < len(spans):
        e = spans[i]
        for n in (2, 1):  # two neighbouring spans first, then one
            group = spans[i : i + n]
            if len(group) < n or any(g.label not in ("LOCATION", "ORGANIZATION") for g in group):
                continue
            m = _PAIR_RE.fullmatch(text, group[0].start, group[-1].end)
            if m and _two_people(m["a"], m["b"]) and not _a_firm(text, m):
                second = (m.start("b"), m.end())  # with the family name, if any
                out += [Entity(*m.span("a"), "PERSON", e.score, e.source)]
                out += [Entity(*second, "PERSON", e.score, e.source)]
                i += n
                break
        else:
            out.append(e)
            i += 1
    return out


def _a_firm(text: str, m: re.Match) -> bool:
    """A brand's possessive after the pair ("Ben & Jerry's") or a legal form in the family
    name's place ("Anna & Maria GmbH")."""
    if text.startswith(("'s", "’s"), m.end()):
        return True
    if m["family"] is None:
        return False
    return is_legal_form(text, Entity(m.start("family") + 1, m.end("family"), "ORGANIZATION"))


def _two_people(a: str, b: str) -> bool:
    """Two listed first names, one of them no listed surname: "Martin and Brady" is a firm's
    name of two surnames."""
    return _given_name(a) and _given_name(b) and (given_only(a) or given_only(b))


def _given_name(word: str) -> bool:
    """A listed first name; in lower case one that is no word as well ("will & grace")."""
    if word[0].isupper():
        return is_first_name(word)
    return is_first_name(word.capitalize()) and name_key(word) not in name_words()


def _nicknames(text: str, spans: list[Entity]) -> list[Entity]:
    """A word in brackets or quotes between two PERSON spans is a nickname ("Mohammed (Mo)
    Al-Rashid", 'Katharina "Kathi" Müller'), which the model left; a PERSON it becomes."""
    added = [
        Entity(m.start("word"), m.end("word"), "PERSON", _SCORE, "pattern")
        for left, right in zip(spans, spans[1:])
        if left.label == right.label == "PERSON"
        and (m := _NICKNAME_RE.fullmatch(text, left.end, right.start))
    ]
    return sorted(spans + added, key=lambda e: (e.start, e.end)) if added else spans


# A capitalised word and a comma right before a span: "Meier, " before "Klaus".
_FAMILY_BEFORE_RE = re.compile(rf"(?<![\w.-])(?P<word>{WORD}), $")
# A capitalised word right before a span, one space or tab apart: "Xaver " before "Brandlhuber".
_WORD_BEFORE_SPAN_RE = re.compile(rf"(?<![\w'’.-])(?P<word>{WORD})[ \t]$")


def _given_names_before(text: str, spans: list[Entity]) -> list[Entity]:
    """A listed first name that no span covers, right before a PERSON, is the start of that
    name ("Ihr Xaver Brandlhuber": the model found the surname alone, and "Xaver" stayed beside
    its surrogate), an everyday word too ("Hope Nwosu", "Grace Brandlhuber"): a capitalised
    word right before a surname is rarely anything else. So is a listed surname (and no first
    name) and a comma before a PERSON that is one listed first name, a list's order ("An:
    'Meier, Klaus'": the model found "Klaus" alone)."""
    out, covered_to = [], 0
    for e in spans:
        m = _WORD_BEFORE_SPAN_RE.search(text, max(covered_to, e.start - 40), e.start)
        word = m["word"] if m else ""
        if (
            e.label == "PERSON"
            and word
            and is_first_name(word)
            and not is_lone_word(text, *m.span("word"))
        ):
            e = Entity(m.start("word"), e.end, e.label, e.score, e.source)
        elif e.label == "PERSON" and (f := _FAMILY_BEFORE_RE.search(text, covered_to, e.start)):
            closing = f["word"].casefold() in CLOSING_WORDS  # "Best, Tom" signs the text
            if not closing and surname_only(f["word"]) and is_first_name(text[e.start : e.end]):
                e = Entity(f.start("word"), e.end, e.label, e.score, e.source)  # "Meier, Klaus"
        out.append(e)
        covered_to = max(covered_to, e.end)
    return out


def family_then_given(first: str, second: str) -> bool:
    """ "Meier" and "Klaus" of "Meier, Klaus": a surname only, then a listed first name (a
    list's or a form's order), which the model tags as two people; the merge joins them."""
    return " " not in first + second and surname_only(first) and is_first_name(second)


def _name_parts(text: str, spans: list[Entity]) -> list[Entity]:
    """A one-word LOCATION or ORGANIZATION (or ADDRESS, no street) one space after a PERSON
    that is one listed first name, or one that is a listed first name one space before a
    PERSON, is the rest of that name ("Eleanor" + "Whitmore", "Heinz-Werner" + "Schäfer",
    "Hans-Jürgen" + "Oberhäuser", an address whose surrogate was "Gräfenhainichener"); a legal
    form is not."""
    out = list(spans)
    for i, e in enumerate(spans):
        word = text[e.start : e.end]
        if e.label not in _PARTS or not _one_name_word(word) or STREET_NAME.search(word):
            continue
        before = spans[i - 1] if i else None
        after = spans[i + 1] if i + 1 < len(spans) else None
        first_before = (
            before is not None
            and before.label == "PERSON"
            and text[before.end : e.start] == " "
            and _opens_a_name(text[before.start : before.end])
            and companies_of_people(text, [before])[0].label == "PERSON"
        )
        first_here = (
            after is not None
            and after.label == "PERSON"
            and text[e.end : after.start] == " "
            and is_first_name(word)
        )
        if first_before or first_here:
            out[i] = Entity(e.start, e.end, "PERSON", e.score, e.source)
    return out


def _opens_a_name(value: str) -> bool:
    """A listed first name, or a name ending in an Irish particle before its family name
    ("Pádraig Ó" + "Súilleabháin", which the model read as a place)."""
    return is_first_name(value) or value.split()[-1].casefold() in IRISH_PARTICLES


def _one_name_word(word: str) -> bool:
    """One capitalised word, not in capitals ("DHL") and without digits."""
    return _WORD_RE.fullmatch(word) is not None and not word.isupper()


def _relabelled(text: str, spans: list[Entity]) -> list[Entity]:
    candidates = [
        i
        for i, e in enumerate(spans)
        if e.label in ("LOCATION", "ORGANIZATION") and is_first_name(text[e.start : e.end])
    ]
    starts = {e.start for e in spans if e.label == "PERSON"}
    ends = {e.end for e in spans if e.label == "PERSON"}
    out = list(spans)
    # a rule that read a context ("the receptionist Agnieszka"), not a name alone (score 0.5)
    ruled = [e for e in spans if e.label == "PERSON" and e.source == "pattern" and e.score > 0.5]
    for i in candidates:  # a name rule found it ("the receptionist Agnieszka")
        e = out[i]
        if any(p.start <= e.start and e.end <= p.end for p in ruled):
            out[i] = Entity(e.start, e.end, "PERSON", e.score, e.source)
    candidates = [i for i in candidates if out[i].label != "PERSON"]
    while now := [i for i in candidates if _beside(text, out[i], starts, ends)]:
        for i in now:  # a newly found name may reach the next one in a list
            e = out[i] = Entity(out[i].start, out[i].end, "PERSON", out[i].score, out[i].source)
            starts.add(e.start)
            ends.add(e.end)
        candidates = [i for i in candidates if i not in now]
    return out


def _beside(text: str, e: Entity, starts: set[int], ends: set[int]) -> bool:
    """A PERSON starts right after `e` or ends right before it, a conjunction or comma apart."""
    after = _COORDINATION_RE.match(text, e.end)
    if after and after.end() in starts:
        return True
    return any(
        k in ends and _COORDINATION_RE.fullmatch(text, k, e.start)
        for k in range(max(0, e.start - _MAX_GAP), e.start)
    )


def _uncovered_names(text: str, spans: list[Entity]) -> list[Entity]:
    covered = bytearray(len(text))
    for e in spans:
        covered[e.start : e.end] = b"\x01" * (e.end - e.start)
    todo = [e for e in spans if e.label == "PERSON"]
    added: list[Entity] = []
    while todo:
        person = todo.pop()
        for start, end in _neighbours(text, person):
            if 1 in covered[start:end] or not is_first_name(text[start:end]):
                continue
            if is_lone_word(text, start, end):
                continue
            covered[start:end] = b"\x01" * (end - start)
            new = Entity(start, end, "PERSON", _SCORE, "pattern")
            added.append(new)
            todo.append(new)  # "Ama and Kwame and Bogdan"
    return sorted(spans + added, key=lambda e: (e.start, e.end)) if added else spans


def _neighbours(text: str, person: Entity) -> list[tuple[int, int]]:
    """The word after the PERSON and the word before it, each a conjunction apart."""
    out = []
    after = _WORD_AFTER_RE.match(text, person.end)
    if after:
        out.append(after.span("word"))
    before = _WORD_BEFORE_RE.search(text, max(0, person.start - 60), person.start)
    if before:
        out.append(before.span("word"))
    return out
