"""Names in a context that marks a person, for the names the model misses there.

Customer feedback names people by role and first name ("der Paketbote Kemal", "our driver
Tunde", "Kollegin Agnieszka"), introduces the writer ("ich bin die Jule", "my name is Priya"),
greets or thanks someone ("Moin Traute,", "danke Callum!") and signs off ("Ciao\nComfort").
A capitalised word right after such a context is a PERSON when a Faker locale of
`name_lists.name_lists` lists it as a first name; up to two capitalised words after
it that a locale lists as surnames join it ("Kollegin Agnieszka Nowak"). Both the context and
the name list are needed: "Kollegin Rose" is a name, "eine Rose" is not, and a word no list
knows ("ich bin die Neue") is left to the model. After a form of address any capitalised word
is a name ("Herrn Fronia", "Mr. Seven"; not "Herr Doktor"). Names that a line's layout marks
(form fields, chat speakers) are `patterns_names_fields`'s; this module holds the word lists and
helpers both use. Arabic script, which has no case, counts as capitalised. Spans score 0.8,
below validated patterns and most model spans, so a model span of another label over the same
word keeps its label.

Example:
    >>> text = "Der Paketbote Kemal war sehr nett, danke an Kollegin Agnieszka Nowak."
    >>> [(text[s:e], label) for s, e, label, _ in find_context_names(text)]
    [('Kemal', 'PERSON'), ('Agnieszka Nowak', 'PERSON')]
    >>> text = "Meine Mutter, Fr. Dr. Ojo, war begeistert."
    >>> [text[s:e] for s, e, _, _ in find_titled_names(text)]
    ['Ojo']
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..everyday_words import is_everyday, is_german_word
from ..name_lexicon import OFFICES, PARTICLES, RANKS, ROLES, TITLES, name_key
from ..name_lists import is_listed, name_lists
from .patterns_dates import WEEKDAYS
from .spans import is_lone_word

Span = tuple[int, int, str, float]
SCORE = 0.8

# Role and kin nouns after which a first name follows ("Kellner Giuseppe", "my son Finn"), and
# kin forms of address ("Oma Gisela", "nurse Priya"); Herr, Frau, Mr and the other titles are
# `find_titled_names`'s.
_KIN_FORMS = "schwester nurse onkel tante oma opa uncle aunt".split()
_ROLES = sorted(ROLES | set(_KIN_FORMS), key=len, reverse=True)
# Words that introduce a name directly ("a guy called Tunde", "ein Herr namens Brandt").
_INTRO = (
    r"ich bin(?: die| der)?|ich hei(?:ß|ss)e|hier (?:ist|spricht)(?: die| der)?|mein name ist"
    r"|my name is|my name['’]s|i['’]m|i am|this is|call me|called|named|namens"
)
# Greetings and thanks addressed to a person, and "it's me again" ("Hallo Traute,", "danke
# Callum!", "ich bin's nochmal, Comfort"): a comma may stand before the name.
_ADDRESSED = (
    r"hallo|hello|hi|hey|moin|servus|dear|liebe|lieber|danke(?: an)?|vielen dank(?: an)?"
    r"|dank an|thanks(?: to)?|thank you|shout-?out to|cheers|gr(?:ü|ue)(?:ß|ss)e an"
    r"|i(?:ch)? bin['’]?s(?: nochmal| noch mal| wieder)?|it['’]s me(?: again)?"
)
# A closing on a line of its own; a listed first name opening the next line signs the text.
CLOSING = (
    r"ciao|tschüss|tschüs|gruß|grüße|viele grüße|liebe grüße|beste grüße|freundliche grüße"
    r"|mit freundlichen grüßen|lg|vg|mfg|best|regards|best regards|kind regards|cheers|thanks"
    r"|thank you|many thanks|best wishes|sincerely|yours"
)
# The closings of one word ("Gruß", "Cheers"), in lower case.
CLOSING_WORDS = frozenset(w for w in CLOSING.split("|") if " " not in w)
# Wake words that follow a greeting by design ("Hey Alexa"): products, not people.
WAKE_WORDS = frozenset({"alexa", "siri", "cortana", "google", "bixby"})
# Listed first names that are also months or weekdays ("this is June", "Kollegin sagte Mai").
_FULL_WEEKDAYS = {d.casefold() for key in (("de", "full"), ("en", "full")) for d in WEEKDAYS[key]}
CALENDAR = (
    frozenset(
        "january february march april may june july august september october november december "
        "januar februar märz mai juni juli oktober dezember".split()
    )
    | _FULL_WEEKDAYS
)
_ROLE_RE = "|".join(re.escape(r) for r in _ROLES)
# A capitalised Latin word, or a word of Arabic script (which has no case).
WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-ɏ]|[\u0620-\u064a])[^\W\d_]*(?:['’-][^\W\d_]+)*"
_CANDIDATE_RE = re.compile(rf"(?<![\w'’-]){WORD}")
# A closing on a line of its own, up to the start of the next line.
_CLOSING_LINE = rf"(?m:^)[ \t]*(?i:{CLOSING})[ \t]*[,.!]?[ \t]*\r?\n[ \t]*"
_CONTEXT_RE = re.compile(
    # a dot only after an abbreviation ("Rep. Steve King"): "I became your customer. Hope it
    # works" is two sentences
    rf"(?:(?<![\w-])(?i:{_ROLE_RE}|rep\.)"
    r"(?:[ \t]+(?i:nr\.|no\.|#)?[ \t]*\d{1,8})?"  # a staff number: "agent #4471 (Jasmine"
    r"(?:[ \t]+|[ \t]*\([ \t]*)"  # "the driver (Declan"
    rf"|(?<![\w-])(?i:{_INTRO})[ \t]+"
    rf"|(?<![\w-])(?i:{_ADDRESSED})(?:,[ \t]*|[ \t]+)"
    rf"|{_CLOSING_LINE})"
    r"[\"„“”»«‚‘]?$"  # the name in quotes: 'a guy called "Dave"', „Jonas Weber“
)
# A role noun, its staff number, then an opening bracket: "driver no. 4471 (".
_BRACKETED_ROLE_RE = re.compile(
    rf"(?<![\w-])(?i:{_ROLE_RE})[ \t]+(?i:nr\.|no\.|#)?[ \t]*\d{{1,8}}[ \t]*\($"
)
# A role noun, then a name between commas, brackets or dashes: "our driver, Tunde, was great".
_APPOSITION_RE = re.compile(rf"(?<![\w-])(?i:(?:{_ROLE_RE})\.?),[ \t]+$")
_APPOSITION_END_RE = re.compile(r"[ \t]*(?:[,;)–]|[.!?](?!\w)| -|$)", re.MULTILINE)
# The next word, after one particle that is no article ("Klaus-Dieter von Hohenfels", not "Anna
# von der Hotline").
_NO_ARTICLE = "|".join(sorted(PARTICLES - {"der", "den", "vom", "zum", "la", "le"}))
_NEXT_PARTICLE = rf"(?:(?:{_NO_ARTICLE})[ \t]+)?"
_NEXT_WORD_RE = re.compile(rf"[ \t]+{_NEXT_PARTICLE}(?P<word>{WORD})(?![\w'’-])")
_CLOSING_RE = re.compile(rf"{_CLOSING_LINE}$")
_LOWER_NEXT_RE = re.compile(r"[ \t]+([a-zß-öø-ÿ][^\W\d_]*)(?![\w'’-])")
_LOOKBACK = 40  # characters before a candidate that may hold its context
# Forms of address before a surname or full name, then further titles ("Fr. Dr. Ojo", "Herr
# Prof. Dr. med. Weiß") and name particles ("Herr von Bülow"), then the name.
# Abbreviations only capitalised ("fr Twitter" is "from"); the full words in any case.
_TITLE = (
    r"(?i:herrn?|frau)|Hrn?|Fr|Frl|Fräulein|Mr|Mrs|Ms|Mx|Miss|Dr|Prof|MR|MRS|MS|DR"
    r"|geb|Geb|geborene|née|nee"  # a birth name: "Maria Schmidt geb. Weber"
)
# An office or rank after the form of address ("Herr Bürgermeister Dr. Habicht" was left), then
# degrees.
_OFFICE_RE = "|".join(sorted(OFFICES | RANKS, key=len, reverse=True))
_MORE_TITLES = (
    rf"(?:(?i:{_OFFICE_RE})[ \t]+)?"
    r"(?:(?:Dr|Prof|Doktor|Professor|med|dent|habil|rer\.[ \t]?nat|h\.[ \t]?c|Dipl\.-\w+|Ing)\.?"
    r"[ \t]+)*"
)
_PARTICLE_RE = "|".join(sorted(PARTICLES, key=len, reverse=True))
_TITLED_RE = re.compile(
    rf"(?<![\w.-])(?P<title>{_TITLE})\.?[ \t]+{_MORE_TITLES}"
    rf"(?P<name>(?:(?:{_PARTICLE_RE})[ \t]+){{0,2}}(?P<word>{WORD}))"
)
# Chat text in lower case: a form of address, then a lower-case word ("herr schulze", "mr
# johnson"); a name only when a name list knows it ("die frau am schalter" is none). "ms" is
# left out: "ms office".
_LOWER_TITLED_RE = re.compile(
    r"(?=[hHfFmM])(?<![\w.-])(?P<title>(?i:herrn?|frau|mrs?))\.?[ \t]+"
    r"(?P<name>(?P<word>[a-zß-öø-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*))(?![\w'’-])"
)
# Capitalised function words that may follow a title in title case ("Mr. And Mrs. Smith"), and
# offices addressed by title ("Herr Bürgermeister", `OFFICES`).
_FUNCTION_WORDS = (
    "and und or oder the der die das den dem des ein eine of from von to zu mit with at an am im "
    "in bei for für your ihr ihre sie you who what when where why how this that it "
    # possessives opening a sentence ("I became your customer. My account ...": Vietnamese
    # lists "My" as a first name)
    "my our his her their mein meine unser unsere dein deine sein seine "
    # times of day after "Fr." (Friday): "Fr. Nachmittag"
    "morgen vormittag mittag nachmittag abend nacht früh"
)
_NOT_NAMES = frozenset(_FUNCTION_WORDS.split()) | OFFICES
# Words before "Fr" that make it Friday: prepositions of time and the other weekdays.
_DAY_CONTEXT = frozenset(
    "am bis ab vom zum jeden jedem nächsten letzten kommenden diesen".split()
) | {d.casefold() for d in WEEKDAYS[("de", "abbr")] + WEEKDAYS[("de", "full")]} - {"fr", "freitag"}
# Words before "Frau" that make it "wife" or "woman", not a form of address.
_ARTICLES = frozenset(
    "meine meiner meinen deine deiner seine seiner ihre ihrer unsere unserer eure eurer eine "
    "einer einen die der jede jeder keine diese dieser".split()
)


_NOT_FIRST = WAKE_WORDS | _NOT_NAMES  # listed, but a product or a possessive here ("My")


def find_context_names(text: str) -> list[Span]:
    """PERSON spans of listed first names (plus listed surnames) after a role or intro context."""
    spans: list[Span] = []
    end = 0
    for m in _CANDIDATE_RE.finditer(text):
        start = m.start()
        listed = is_first_name(m.group())
        if start < end or m.group().casefold() in _NOT_FIRST:
            continue
        if not listed and text[max(0, start - 2) : start] != ", " and text[start - 1] != "(":
            continue  # an unlisted word counts only between commas or in brackets after a role
        if is_lone_word(text, start, m.end()):  # "Patient DOB:": a field label, listed as "Dob"
            continue
        lookback = max(0, start - _LOOKBACK)
        stop = join_surnames(text, start, m.end())
        role = _APPOSITION_RE.search(text, lookback, start)
        apposition = role is not None and _APPOSITION_END_RE.match(text, stop) is not None
        # between commas after a role in lower case (English: a German role's capital says
        # nothing, "Der Kellner, Italiener,"), a name no list knows: "The nurse, Precious,"
        unlisted = apposition and text[role.start()].islower() and _unlisted_name(m.group())
        unlisted = unlisted or _bracketed_after_role(text, lookback, start, stop, m.group())
        if not listed and not unlisted:
            continue
        if not apposition and not _CONTEXT_RE.search(text, lookback, start):
            continue
        end = stop
        if end == m.end() and _CLOSING_RE.search(text, max(0, start - _LOOKBACK), start):
            end = _signature_surname(text, end)  # "Beste Grüße\nKsawery Topa"
        spans.append((start, end, "PERSON", SCORE))
    return spans


def _bracketed_after_role(text: str, lookback: int, start: int, stop: int, word: str) -> bool:
    """A name no list knows alone in brackets after a role noun and its staff number: "Driver
    no. 4471 (Gurpreet) took a wrong turn" (without a number the word may be the firm's: "the
    driver (Amazon)"; an everyday or German word is none: "Fahrer 12 (Subunternehmer)")."""
    return (
        text[stop : stop + 1] == ")"
        and _BRACKETED_ROLE_RE.search(text, lookback, start) is not None
        and _unlisted_name(word)
        and not is_everyday(word)
        and not is_german_word(word)
    )


def _unlisted_name(word: str) -> bool:
    """A word that may be a name no list knows: neither in capitals nor a title, role, month or
    function word."""
    return not word.isupper() and not not_a_name(word)


def _signature_surname(text: str, end: int) -> int:
    """End of a signature's surname: the capitalised word after its first name when the line
    ends there, or a comma, bracket or dash follows ("Ksawery Topa", "Ksawery Topa, Einkauf")."""
    new_end = _next_capitalised(text, end)
    rest = text[new_end : new_end + 3].lstrip(" \t")
    return new_end if not rest or rest[0] in ",;(|-–\r\n" else end


def find_titled_names(text: str) -> list[Span]:
    """PERSON spans of the capitalised name after a form of address ("Herrn Fronia", "Mr. Seven",
    "Fr. Dr. Ojo"); the title itself is not part of the span.

    A word no name list knows counts too, except after "Miss" (also a verb) and after "Frau"
    that follows an article or possessive ("meine Frau Angst hatte": Frau is the wife).
    """
    spans: list[Span] = _lower_titled_names(text)
    for m in _TITLED_RE.finditer(text):
        title, word = m.group("title"), m.group("word")
        if not_a_name(word) or m.group("name").startswith(("der ", "den ")):
            continue  # "Herr Bürgermeister", "Herr der Lage"; "Herr von der Leyen" is a name
        if is_lone_word(text, m.start("word"), m.end("word")):
            continue  # "die Frau von der Hotline": a department, "Herr Kundenservice"
        if title.casefold() == "dr" and _after_street_word(text, m.start()):
            continue  # "Oak Dr Springfield": Drive, not Doctor
        if title == "Fr" and _after_day_word(text, m.start()):
            continue  # "am Fr. Nachmittag", "Mo. bis Fr. geöffnet": Freitag, not Frau
        if not is_listed(word) and not _bare_title_suffices(text, m.start(), title):
            continue
        start = m.start("name")
        end = join_surnames(text, start, m.end())
        if end == m.end() and is_first_name(word):
            end = _next_capitalised(text, end)  # "Frau Dr. Annegret Schulte-Vennbur"
        spans.append((start, end, "PERSON", SCORE))
    return spans


def _lower_titled_names(text: str) -> list[Span]:
    """A listed name in lower case after a form of address ("herr schulze", "frau anna
    schmidt": a listed surname after a listed first name joins it)."""
    spans: list[Span] = []
    for m in _LOWER_TITLED_RE.finditer(text):
        word = m.group("word")
        if not_a_name(word) or word in PARTICLES or not is_listed(word):
            continue  # "Herr von der Leyen" is the capitalised rule's
        if not _bare_title_suffices(text, m.start(), m.group("title")):
            continue  # "meine frau braun gebrannt": the wife
        end = m.end()
        nxt = _LOWER_NEXT_RE.match(text, end)
        if nxt and is_first_name(word.capitalize()) and name_key(nxt.group(1)) in name_lists()[1]:
            end = nxt.end()
        spans.append((m.start("name"), end, "PERSON", SCORE))
    return spans


def _next_capitalised(text: str, end: int) -> int:
    """End of the capitalised word right after `end` (a surname after a titled first name,
    listed or not), or `end` when none follows or it is a title, role or function word."""
    m = _NEXT_WORD_RE.match(text, end)
    return m.end("word") if m and not not_a_name(m.group("word")) else end


def join_surnames(text: str, start: int, end: int) -> int:
    """End of the span after up to 60 characters of listed, capitalised surnames that follow."""
    lasts = name_lists()[1]
    for word in _CANDIDATE_RE.finditer(text, end, min(len(text), end + 80)):
        gap = text[end : word.start()]
        if not gap or gap.strip(" \t") or name_key(word.group()) not in lasts:
            break
        if word.group()[0].islower() or word.start() - start > 60:
            break
        end = word.end()
    return end


def not_a_name(word: str) -> bool:
    """A title, role, kin word, month or function word in a name's place ("Herr Doktor")."""
    key = word.casefold().rstrip(".")
    return key in _NOT_NAMES or key in TITLES or key in ROLES or key in CALENDAR


def surname_like(word: str) -> bool:
    """A capitalised word, not in capitals, that is no everyday word, title, role, month or
    label: right after a given name, its surname even if no list knows it ("Zwahlen"; not
    "Danke", "Mobil").

    >>> surname_like("Zwahlen"), surname_like("Danke"), surname_like("SALES")
    (True, False, False)
    """
    if not word[:1].isupper() or word.isupper() or is_everyday(word) or not_a_name(word):
        return False
    return not is_lone_word(word, 0, len(word))


# Titles after which only a listed name counts: "Miss" is also a verb, "geb." also "bound"
# ("geb. Ausgabe", a hardcover).
_LISTED_ONLY = frozenset({"miss", "geb", "geborene", "née", "nee"})


def _bare_title_suffices(text: str, start: int, title: str) -> bool:
    """Whether the title alone marks the next word as a name (see `find_titled_names`)."""
    key = title.casefold()
    if key in _LISTED_ONLY:
        return False
    if key in {"frau", "fr"}:
        before = text[max(0, start - 12) : start].split()
        return not before or before[-1].casefold() not in _ARTICLES
    return True


def _after_day_word(text: str, start: int) -> bool:
    """A word before "Fr" that makes it Friday ("am", "bis", "Mo", "Do,")."""
    before = text[max(0, start - 16) : start].split()
    return bool(before) and before[-1].casefold().rstrip(".,;/-") in _DAY_CONTEXT


def _after_street_word(text: str, start: int) -> bool:
    """A capitalised word right before "Dr" that is not a title ("Oak Dr", not "Prof. Dr")."""
    before = text[max(0, start - 24) : start]
    m = re.search(r"([^\W\d_]+)\.?[ \t]+$", before)
    return bool(m) and m.group(1)[0].isupper() and m.group(1).casefold() not in TITLES


@lru_cache(maxsize=1 << 16)
def is_first_name(word: str) -> bool:
    """A capitalised word whose every part is a listed first name ("Hans-Joachim"), not a
    month or weekday."""
    if word[0].islower() or word.casefold() in CALENDAR:
        return False
    firsts = name_lists()[0]
    return all(name_key(part) in firsts for part in re.split(r"[-'’]", word) if part)
