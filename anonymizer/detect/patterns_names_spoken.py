"""First names after a German article, as spoken German names people ("der Dieter").

Colloquial German puts the definite article before a first name: "leider konnte mir auch der
Dieter nicht helfen", "fragt nach der Nurten", "die Gertraut hat das gefixt". The model, trained
mostly on feedback that names people by role or in full, misses many of these. A capitalised word
right after der, die, dem or den is a PERSON when a Faker locale of
`name_lists.name_lists` lists it as a first name; listed surnames after it join it ("die
Agnieszka Nowak"). The lists know some 13 k first names from many languages, and a few of them
are also German nouns ("in der Lage", "die Tage", "den Bergen", "die Rose"): those in
`GERMAN_NOUNS` are skipped, as are words in capitals ("die TAN", "der US-Markt"). Spans score
0.8, as the other name rules, so a model span of another label over the same word keeps its label.

Four more everyday phrasings name a person by a listed first name alone: a self-introduction
with "hier" or "here" ("Hey Team, Carsten hier.", "Xenia here!"), a name the writer hedges
("Der Typ an der Hotline, Gert oder so, hat aufgelegt"), a name alone in brackets,
perhaps with a question mark ("the lady at check-in (Gwen?)"), and, in lower-case chat text, a
lower-case first name after a self-introduction or "namens"/"named" ("ich bin die lena", "my
name is kevin", "eine dame namens ingrid"). The
same exclusions apply. Last, the name a booking or order is under ("auf den Namen Müller,
Jürgen", "reserviert auf Schmidt"; see `_BOOKED_RE`), and the name a writer gives as theirs
("Ich heiße Ümit", "my name is Thandiwe").

Example:
    >>> text = "Leider konnte mir auch der Serol nicht helfen, in der Lage war keiner."
    >>> [text[s:e] for s, e, _, _ in find_article_names(text)]
    ['Serol']
    >>> text = "Hallo, Carsten hier. Die Dame am Empfang (Gwen?) war nett."
    >>> [text[s:e] for s, e, _, _ in find_spoken_names(text)]
    ['Carsten', 'Gwen']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lang import CUE_WORDS
from ..name_lexicon import name_key
from ..name_lists import name_words
from .patterns_names import (
    SCORE,
    WORD,
    Span,
    is_first_name,
    is_listed,
    join_surnames,
    not_a_name,
    surname_like,
)
from .spans import is_lone_word

# German common nouns that a Faker locale also lists as a first name, the ones feedback and news
# use after an article ("in der Lage", "die Tage", "den Job", "der Server", "die Rose").
GERMAN_NOUNS = frozenset(
    "lage tage bergen stein bett beste bitten eimer einer forum gabel job server salami döner "
    "mark ernst rose heide linde wolf laus kick prima karma yoga queen pastor imam islam saga "
    "gala ritt tor sole flor mentor marine dom iris maxima mate ossi van iban tan ende kasper "
    "engel fuchs hase adler vogel sonne stern welle earl".split()
)
_ARTICLE_NAME_RE = re.compile(
    rf"(?<![\w-])(?:[Dd](?:er|ie|em|en))[ \t]+(?P<word>{WORD})(?![\w'’-])"
)
_CAPITALISED_NEXT_RE = re.compile(rf"[ \t]+{WORD}")
# "Carsten hier.", "Carsten Vogt hier,", "Xenia here!": the phrase ends at punctuation or the line.
# "hier"/"here" ending a phrase, and the one or two capitalised words right before it.
_HERE_END_RE = re.compile(r"[ \t]+(?:hier|here)[ \t]*(?:[.,!;:)]|$)", re.MULTILINE)
# A hedge after a name the writer is unsure of: "Gert oder so", "Dave or something", "(Mehmet
# glaub ich)", "Kieran, I think".
_HEDGE_RE = re.compile(
    r"[ \t]*,?[ \t]+(?:oder[ \t]+so|or[ \t]+something|glaube?[ \t]+ich"
    r"|I[ \t]+(?:think|believe))(?![\w'’-])"
)
_HEDGE_WORDS = ("oder so", "or something", "glaub", "I think", "I believe")
_WORDS_BEFORE_RE = re.compile(rf"(?<![\w'’-])(?P<first>{WORD})(?:[ \t]+(?P<second>{WORD}))?$")
# A name alone in brackets: "(Gwen?)", "( Colin )"; or before an age: "(Tobias, 34, aus Dortmund)".
_BRACKETED_RE = re.compile(
    rf"\([ \t]*(?P<word>{WORD})(?:[ \t]*\??[ \t]*\)|,[ \t]*\d{{1,2}}(?:[ \t]*J\.?)?[ \t]*[,)])"
)
# Names with ages in a bracketed list: "(Mia 6, Noah 4)", "(Lena, 8 J., und Tim, 5 J.)".
_BRACKET_GROUP_RE = re.compile(r"\([^()\n]{1,120}\)")
_AGED_RE = re.compile(
    rf"(?<![\w'’-])(?P<word>{WORD})[ \t]*,?[ \t]*\d{{1,2}}"
    r"(?:[ \t]*(?i:j\.|jahre|years?|yrs?\.?|y\.?o\.?|m\.|monate|months?))?"
    r"[ \t]*(?=[,;)]|(?i:und|and|&)[ \t])"
)
NOT_SPOKEN_NAMES = frozenset({"alexa", "siri", "cortana", "google", "bixby"})
# A self-introduction in lower-case chat text: "ich bin die lena", "my name is kevin", and a
# person introduced by name: "eine dame namens ingrid", "a guy named carlos". Only the phrasings
# that introduce nothing but a name: "i'm", "this is" and "called" precede "lucky", "my" and
# "back", which Faker also lists as first names; after a greeting they introduce the writer
# ("hey its mike again" left "mike"). Only the lower-case word is this rule's (capitalised
# names: `patterns_names`).
_LOWER_INTRO_RE = re.compile(
    r"(?<![\w'’-])(?i:(?:ich bin|hier ist) (?:die|der)|ich hei(?:ß|ss)e|hier spricht(?: die| der)?"
    r"|mein name ist|my name is|my name['’]s|namens|named"
    r"|(?:hi|hey|hello|hallo|moin|servus)[,!.]*[ \t]+(?:it['’]?s|i['’]?m|im|this is))[ \t]+"
    r"(?P<word>[a-zß-öø-ÿ]+(?:-[a-zß-öø-ÿ]+)?)(?![\w'’-])"
)

# The name a booking, order or account is under: "auf den Namen Müller, Jürgen", "booked under
# the name Patel", "Tisch reserviert auf Schmidt", "booked through Expedia under Okafor" (up to
# five words between the verb and "under"); and the writer's own: "Ich heiße Ümit" (a name no
# list knows, which the model missed). After "Namen"/"name" or "heiße" the first word may be any
# capitalised word; after a verb alone ("reserviert auf Vorkasse", "booked under pressure") every
# word must be a listed name. Words after the first join when listed ("Müller, Jürgen").
_ANY_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_BOOKED_RE = re.compile(
    r"(?<![\w'’-])(?:(?P<named>(?i:auf den namen|unter dem namen"
    r"|(?:(?:booked|reserved|registered|ordered)[ \t]+)?under the name(?: of)?"
    r"|ich hei(?:ß|ss)e|mein name ist|my name is|my name['’]s))"
    r"|(?i:(?:booked|reserved|registered|ordered)(?:[ \t]+[\w.]+){0,5}?[ \t]+under"
    r"(?![ \t]+the[ \t]+name)"
    r"|(?:reserviert|gebucht|bestellt|angemeldet)[ \t]+auf))"
    r"[ \t]+(?:(?i:herrn?|frau|familie|family|mr|mrs|ms|dr)\.?[ \t]+)?"
    rf"(?P<first>{_ANY_WORD})(?P<rest>(?:,?[ \t]+{_ANY_WORD}){{0,2}})"
)
# A word each phrasing of `_BOOKED_RE` holds, casefolded ("heiße" reads "heisse").
_BOOKED_WORDS = ("name", "under", "reserviert", "gebucht", "bestellt", "angemeldet", "heisse")
_NEXT_ANY_RE = re.compile(rf",?[ \t]+(?P<word>{_ANY_WORD})")
# Someone introducing themselves by a name no list knows, and where they are from: "Hi, this is
# Procacci from customer service", "hier ist Okonkwo vom Kundenservice"; not after "ich bin" or
# "I am", which a noun follows as often ("Ich bin Mitglied vom Verein", "I am German from birth");
# after a German phrasing only listed names.
_FROM_INTRO_RE = re.compile(
    r"(?<![\w'’-])(?:(?P<en>(?i:this is|it['’]s|my name is))|(?i:hier ist|hier spricht"
    rf"|mein name ist))[ \t]+(?P<name>{WORD}(?:[ \t]+{WORD})?)[ \t]+(?i:from|von|vom)[ \t]"
)


def find_booked_names(text: str) -> list[Span]:
    """PERSON spans of the name a booking or order is under (see `_BOOKED_RE`).

    >>> text = "bestellung auf den namen müller, jürgen"
    >>> [text[s:e] for s, e, _, _ in find_booked_names(text)]
    ['müller, jürgen']
    """
    spans: list[Span] = []
    low = text.casefold()  # substring tests first: cheaper than a scan by the regex engine
    if not any(word in low for word in _BOOKED_WORDS):
        return spans
    for m in _BOOKED_RE.finditer(text):
        first = m.group("first")
        capital_ok = m.group("named") is not None and first[0].isupper()
        if not _booked_word(first, capital_ok):
            continue
        end = m.end("first")
        for nxt in _NEXT_ANY_RE.finditer(text, end, m.end()):
            word = nxt.group("word")
            surname = capital_ok and _unknown_surname(word, nxt.group())
            if nxt.start() != end or not (surname or _booked_word(word, False)):
                break
            end = nxt.end()
        spans.append((m.start("first"), end, "PERSON", SCORE))
    return spans


def find_introduced_names(text: str) -> list[Span]:
    """PERSON spans of one or two capitalised words someone introduces themselves by, with
    where they are from (`_FROM_INTRO_RE`), each a listed first name or like a surname.

    >>> text = "Rep: Hi, this is Procacci from customer service."
    >>> [text[s:e] for s, e, _, _ in find_introduced_names(text)]
    ['Procacci']
    """
    if " from " not in text and " von " not in text and " vom " not in text:
        return []
    return [
        (m.start("name"), m.end("name"), "PERSON", SCORE)
        for m in _FROM_INTRO_RE.finditer(text)
        if all(_introduced_word(w, bool(m.group("en"))) for w in m.group("name").split())
    ]


def _introduced_word(word: str, english: bool) -> bool:
    """A listed name, or in English a word like a surname: German capitalises its nouns
    ("hier ist Kundenservice von ...")."""
    if word.casefold() in CUE_WORDS:
        return False
    return _is_spoken_name(word) or (surname_like(word) and (english or is_listed(word)))


def _unknown_surname(word: str, joined: str) -> bool:
    """After a capitalised name the writer gives as their own, a capitalised word one space on
    that is no everyday word is its surname ("Ich heisse Reto Zwahlen": "Zwahlen" was left)."""
    return "," not in joined and surname_like(word) and word.casefold() not in CUE_WORDS


def _booked_word(word: str, capital_ok: bool) -> bool:
    """A word that can be part of a name: no cue, role, title or label word; listed as a name
    unless `capital_ok` and capitalised."""
    if word.casefold() in CUE_WORDS or not_a_name(word) or is_lone_word(word, 0, len(word)):
        return False
    return capital_ok or is_listed(word)


def find_article_names(text: str) -> list[Span]:
    """PERSON spans of a listed first name (plus listed surnames) right after der, die, dem or
    den, unless the word is also a German noun (`GERMAN_NOUNS`, or `name_words` says so: "die
    Art"), is written in capitals, or opens a longer proper name (a capitalised word no surname
    list knows follows it)."""
    spans: list[Span] = []
    for m in _ARTICLE_NAME_RE.finditer(text):
        word = m.group("word")
        if word.isupper() or word.casefold() in GERMAN_NOUNS or not is_first_name(word):
            continue
        if name_words().get(name_key(word)) == "noun":  # "die Art", "am Kai"
            continue
        end = join_surnames(text, m.start("word"), m.end())
        if _CAPITALISED_NEXT_RE.match(text, end):
            continue  # "dem Max Planck Institut": part of a longer proper name
        spans.append((m.start("word"), end, "PERSON", SCORE))
    return spans


def find_spoken_names(text: str) -> list[Span]:
    """PERSON spans of the seven phrasings: after an article, before "hier"/"here", before a
    hedge ("oder so"), alone in brackets, a lower-case self-introduction, the name a booking is
    under, a name introduced with where its bearer is from."""
    return (
        find_article_names(text)
        + find_here_names(text)
        + find_hedged_names(text)
        + find_bracketed_names(text)
        + find_lower_intro_names(text)
        + find_booked_names(text)
        + find_introduced_names(text)
    )


def find_lower_intro_names(text: str) -> list[Span]:
    """PERSON spans of a lower-case listed first name introduced by the writer ("ich bin die
    lena", "my name is kevin") or by "namens"/"named" ("eine dame namens ingrid"), unless it is
    also a German noun ("ich bin die beste") or a cue word of `anonymizer.lang` ("my name is my
    business")."""
    spans: list[Span] = []
    for m in _LOWER_INTRO_RE.finditer(text):
        word = m.group("word")
        if word not in CUE_WORDS and _is_spoken_name(
            "-".join(p.capitalize() for p in word.split("-"))
        ):
            spans.append((m.start("word"), m.end("word"), "PERSON", SCORE))
    return spans


def find_here_names(text: str) -> list[Span]:
    """PERSON spans of a listed first name, and the capitalised word after it, before "hier" or
    "here" that ends the phrase ("Carsten hier.", "Xenia Obi here!", "Team Carsten hier")."""
    return _names_before(text, _HERE_END_RE, _is_spoken_name)


def find_hedged_names(text: str) -> list[Span]:
    """PERSON spans of a listed first name, and the capitalised word after it, that the writer
    is unsure of: "Der Typ an der Hotline, Gert oder so, hat aufgelegt", "a guy called Dave or
    something", "(Mehmet glaub ich)". A first name that is also a noun is none ("Gutschein",
    "Rose oder so")."""
    if not any(word in text for word in _HEDGE_WORDS):
        return []
    return _names_before(text, _HEDGE_RE, _is_hedged_name)


def _is_hedged_name(word: str) -> bool:
    return _is_spoken_name(word) and name_words().get(name_key(word)) != "noun"


def _names_before(text: str, end_re: re.Pattern[str], is_name: Callable[[str], bool]) -> list[Span]:
    """PERSON spans of the one or two capitalised words before each match of `end_re` whose
    first (or else second) word `is_name`, with listed surnames after it."""
    spans: list[Span] = []
    for end in end_re.finditer(text):
        m = _WORDS_BEFORE_RE.search(text, max(0, end.start() - 80), end.start())
        if m is None:
            continue
        if is_name(m.group("first")):
            start, stop = m.start("first"), m.end()  # "Carsten Vogt hier"
        elif m.group("second") and is_name(m.group("second")):
            start, stop = m.start("second"), m.end()  # "Team Carsten hier"
        else:
            continue
        spans.append((start, max(stop, join_surnames(text, start, stop)), "PERSON", SCORE))
    return spans


def find_bracketed_names(text: str) -> list[Span]:
    """PERSON spans of a listed first name alone in brackets ("(Gwen?)", "( Colin )"), and of
    each listed first name with an age in a bracketed list ("the kids (Mia 6, Noah 4)")."""
    spans = [
        (m.start("word"), m.end("word"), "PERSON", SCORE)
        for m in _BRACKETED_RE.finditer(text)
        if _is_spoken_name(m.group("word"))
    ]
    for group in _BRACKET_GROUP_RE.finditer(text):
        spans += [
            (m.start("word"), m.end("word"), "PERSON", SCORE)
            for m in _AGED_RE.finditer(text, group.start() + 1, group.end())
            if _is_spoken_name(m.group("word")) and m.start("word") not in {s[0] for s in spans}
        ]
    return spans


def _is_spoken_name(word: str) -> bool:
    key = word.casefold()
    return (
        not word.isupper()
        and key not in GERMAN_NOUNS
        and key not in NOT_SPOKEN_NAMES
        and is_first_name(word)
    )
