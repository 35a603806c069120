"""Small span utilities shared by the detectors and the merge step."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..name_lexicon import PARTICLES
from .field_labels import OPENING_LABELS, SIGNING_MARK, is_label

# Characters never worth keeping at the edge of a detected span.
EDGE_CHARS = frozenset(" \t\r\n\u00a0,;:!?\"'()[]{}<>«»„“”‘’‚.*|")
# A trailing dot is kept when it closes a short abbreviation ("Str.", "Dr.", "Jr.").
_PAIRS = (("(", ")"), ("[", "]"))
_KEEP_DOT_AFTER = frozenset({"str", "dr", "jr", "sr", "st", "nr", "co", "inc", "ltd", "ave", "rd"})
# Lower-case prepositions a model span may open with ("of Thornton & Partners LLP", "at 221B
# Baker Street"); none is a name particle ("von", "van", "de", "zu" stay).
_FUNCTION_WORDS = frozenset(
    "of at from to for in on by with into bei aus im am an ans zum zur mit für nach "
    # articles: "in der Weimergasse 5078", "the Hilton"
    "der die das den dem des ein eine einen einem einer eines the a "
    # "whole" before a place: "in ganz Ottensen" became "in Saarbrücken"
    "ganz ganzen ganzem".split()
)

_LONE_WORDS = OPENING_LABELS | frozenset(
    # address form fields ("Straße: ...", "PLZ/Ort: ...")
    "straße strasse str anschrift adresse address street plz postleitzahl ort wohnort postcode "
    "zip city town packstation paketstation postfiliale postfach paketshop "
    # conjunctions between two names ("Hamish and Kirsty": "and" as an organisation)
    "and und or oder "
    # "care of" and "for the attention of" before a name ("c/o Erika ...", "z. Hd. Herrn ...")
    "c/o hd hd. attn attn. fao "
    # public offices named by their kind alone ("beim Landgericht" became "beim Henk Salz
    # KGaA"); with a place they are a name ("Amtsgericht München") and not alone
    "landgericht amtsgericht oberlandesgericht sozialgericht arbeitsgericht verwaltungsgericht "
    "finanzgericht finanzamt jobcenter arbeitsamt arbeitsagentur bürgeramt bürgerbüro "
    "standesamt einwohnermeldeamt ordnungsamt jugendamt sozialamt ausländerbehörde polizei "
    "feuerwehr krankenkasse rathaus praxis arztpraxis kanzlei "
    # public transport by its kind ("mit der S-Bahn" became "mit der Darmstadt")
    "s-bahn u-bahn straßenbahn tram "
    # a branch or shop by its kind alone ("Filiale Bonn": "Filiale" became a surname, "Bolzmann";
    # "the Apple Store": "Store" became a town, "Berkley")
    "filiale standort store shop outlet supermarket superstore showroom depot supermarkt "
    # platforms named alone, no one's data ("My Instagram is @..." became "My Chang is @...",
    # "Snapchat: ..." "Saunders: ...")
    "instagram insta facebook linkedin xing twitter tiktok youtube telegram whatsapp snapchat "
    "pinterest reddit github gitlab twitch vimeo soundcloud tumblr flickr mastodon discord "
    "skype paypal venmo cashapp xbox playstation "
    # a firm's department by its kind ("Sarah from billing": "billing" became "gill", a person)
    "billing support accounts accounting reception dispatch housekeeping maintenance security "
    "finance marketing management helpdesk hotline service returns warehouse kundenservice "
    "kundendienst buchhaltung vertrieb rezeption empfang versand einkauf personalabteilung lager "
    # a school or hospital by its kind ("Grundschule am Rosenhügel" became "Finsterwalde am ...")
    "schule grundschule hauptschule realschule gesamtschule gymnasium kindergarten kita "
    "krankenhaus klinikum "
    # pay grades ("Entgeltgruppe E9": a place, and with "E9" an address, "Maik-Lachmann-Platz 7")
    "entgeltgruppe besoldungsgruppe gehaltsgruppe tarifgruppe lohngruppe gehaltsstufe "
    "erfahrungsstufe tarifstufe "
    # currency codes ("your site charges me in USD" became "in QXX", a place)
    "eur usd gbp chf jpy cad aud nzd pln czk huf sek nok dkk try rub inr cny".split()
)
# Pronouns of address, capitalised in letters: no entity on their own ("in Eurer Filiale in der
# Schildergasse": the model read "Eurer" as a place, whose surrogate was "Grevenbroicher"), and
# no part of the name they sign before ("Euer Xaver" became "Mary Conradi"); nor are the
# writer's possessives opening a sentence ("My Alexa keeps ..." became "Melanie Sandoval keeps").
PRONOUNS = frozenset(
    "ihr ihre ihrer ihren ihrem ihres euer eure eurer euren eurem eures euch dein deine deiner "
    "deinen deinem deines unser unsere unserer unseren unserem unseres sie your yours "
    "mein meine meiner meinen meinem meines my our".split()
)
_LONE_WORDS |= PRONOUNS


def drop_leading_function_word(text: str, start: int, end: int) -> int:
    """Start of [start, end) past a lower-case preposition or article that opens it before
    another word ("der Pavel-Köster-Allee 70").

    >>> text = "Contact of Thornton & Partners LLP"
    >>> text[drop_leading_function_word(text, 8, len(text)):]
    'Thornton & Partners LLP'
    >>> text = "Am Kirchberg 3a"  # capitalised: part of the street's name
    >>> drop_leading_function_word(text, 0, len(text))
    0
    """
    space = text.find(" ", start, end)
    word = text[start:space]
    if space < 0 or not word.islower() or word not in _FUNCTION_WORDS:
        return start
    rest = space + 1
    while rest < end and text[rest].isspace():
        rest += 1
    return rest if rest < end else start


def drop_leading_pronoun(text: str, start: int, end: int) -> int:
    """Start of [start, end) past a pronoun of address that opens it before another word.

    >>> text = "Grüße, Euer Xaver"
    >>> text[drop_leading_pronoun(text, 7, len(text)):]
    'Xaver'
    """
    space = text.find(" ", start, end)
    if space < 0 or text[start:space].casefold() not in PRONOUNS:
        return start
    rest = space + 1
    while rest < end and text[rest].isspace():
        rest += 1
    return rest if rest < end else start


# Lower-case words that never end a name, place or date: conjunctions, prepositions and
# articles ("Seattle and" lost its "and" to the surrogate: "in Purvis the cashier"). Name
# particles stay: a surname may end with one ("Dussen van"), and name surrogates keep them.
_TRAILING_WORDS = _FUNCTION_WORDS | frozenset("and und or oder sowie".split())


def drop_trailing_function_words(text: str, start: int, end: int) -> int:
    """End of [start, end) before the lower-case conjunctions, prepositions and articles that
    close it after another word, unless a capitalised word follows: then they may join the
    rest of the name ("Bowman, Patel and" before "Reed").

    >>> text = "in Seattle and the cashier"
    >>> text[3:drop_trailing_function_words(text, 3, 14)]
    'Seattle'
    >>> text = "Kevin von der Hotline"
    >>> drop_trailing_function_words(text, 0, 13)
    13
    """
    after = text[end : end + 40].lstrip()
    if after[:1].isupper():
        return end
    while True:
        space = text.rfind(" ", start, end)
        if space <= start or text[space + 1 : end] not in _TRAILING_WORDS:
            return end
        end = space
        while end > start and text[end - 1].isspace():
            end -= 1


def drop_leading_label(text: str, start: int, end: int) -> int:
    """Start of [start, end) past a greeting, closing or contact label that opens it before
    another word ("BIC COBADEFFXXX", "Hallo Anna"), in any case.

    >>> text = "BIC COBADEFFXXX"
    >>> text[drop_leading_label(text, 0, len(text)):]
    'COBADEFFXXX'
    >>> text = "Straße des 17. Juni 5"  # an address field opens a street's name: kept
    >>> drop_leading_label(text, 0, len(text))
    0
    """
    # a signing mark, all or its second half: "i. A. Svenja" ("A." became "D."), "i. A. Dr.
    # Sabine" ("c. G. Dr. Jean")
    mark = _SIGNING_RE.search(text, max(0, start - 3), min(end, start + 6))
    if mark and mark.start() <= start < mark.end() - 1:
        space = mark.end() - 1
    else:
        space = text.find(" ", start, end)
        if space < 0 or not is_label(text[start:space].rstrip(".:").casefold()):
            return start
    rest = space + 1
    while rest < end and text[rest].isspace():
        rest += 1
    return rest if rest < end else start


def is_function_word(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is one lower-case preposition or article and nothing else: no
    entity on its own ("der" before a street the model tagged apart from it).

    >>> is_function_word("in der Weimergasse 5", 3, 6), is_function_word("Der Markt", 0, 3)
    (True, False)
    """
    return text[start:end] in _FUNCTION_WORDS


# A signing mark and the space after it, "i. A. " (im Auftrag), "i.V. " (in Vertretung).
_SIGNING_RE = re.compile(rf"(?<![\w.]){SIGNING_MARK}[ \t]")
# A German degree written with a hyphen ("Dipl.-Kfm.", "Dr.-Ing."), a school in brackets
# ("(FH)") and "habil." after an abbreviation.
_DEGREE_RE = re.compile(
    r"(?<![\w-])(?:Dipl|Dr)\.?-(?:[A-ZÄÖÜ][a-zäöü]*\.?-?)+|\((?:FH|TU|Univ\.|DH|BA)\)"
    r"|(?<=\. )habil\b\.?"  # "Dr.-Ing. habil.": "habil" is a listed name too
)
# A signature's one-letter contact label before its number or address: "T +49 40 123456",
# "M: 0171 ...", "F (030) ...", "E jonas@...".
_CONTACT_LETTER_RE = re.compile(r"(?:[TMFP]\.?:?[ \t]*[+(0-9]|E\.?:?[ \t]*[^\s@]+@)")


def is_lone_word(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is one greeting, closing, field label, title, role or kin noun and
    nothing else, in any case: no entity on its own. Roles and titles that a name list also
    knows ("Kellner", "Mann") may be surnames and are no lone words.

    >>> is_lone_word("Servus,", 0, 6), is_lone_word("VAT no.", 0, 3), is_lone_word("Later Q", 0, 7)
    (True, True, False)
    >>> is_lone_word("Meine Oma (Hilde)", 6, 9), is_lone_word("Herr Kellner", 5, 12)
    (True, False)
    >>> is_lone_word("Prof. Dr. Dr. h.c.", 0, 17), is_lone_word("Dipl.-Ing. Beate", 5, 9)
    (True, True)
    >>> is_lone_word("Frau von der Hotline", 5, 20), is_lone_word("Anna von der Leyen", 5, 18)
    (True, False)
    """
    if end - start <= 2 and _CONTACT_LETTER_RE.match(text, start):
        return True  # "T" of "T +49 40 123456"
    if _in_degree(text, start, end):
        return True
    word = text[start:end].casefold().rstrip(" \t").lstrip("-")  # "-Ing" of "Dipl.-Ing."
    if "/" in word and word not in _LONE_WORDS:  # "PLZ/Ort", "Tel / Fax"
        return all(part.strip() in _LONE_WORDS for part in word.split("/"))
    words = word.split()
    while len(words) > 1 and words[0] in PARTICLES:  # "Frau von der Hotline": no name
        words = words[1:]
    if len(words) > 1:  # titles alone: "Prof. Dr. Dr." before the name
        return all(
            w.rstrip(".,") in _role_words() or _DEGREE_RE.fullmatch(w.title().rstrip(","))
            for w in words
        )
    word = words[0] if words else word
    return is_label(word.rstrip(".:")) or word in _LONE_WORDS or word.rstrip(".") in _role_words()


def _in_degree(text: str, start: int, end: int) -> bool:
    """Inside a German degree written with a hyphen, or its school in brackets: "Kfm" of
    "Dipl.-Kfm." became "Hayden", "FH" of "Dipl.-Ing. (FH)" "LANGE"."""
    lo, hi = max(0, start - 24), min(len(text), end + 24)
    near = text[lo:hi]  # the span and its neighbours only: this runs for every model span
    if "Dipl" not in near and "(" not in near and "Dr." not in near:
        return False
    for m in _DEGREE_RE.finditer(text, lo, hi):
        if m.start() <= start and end <= m.end():
            return True
    return False


@cache
def _role_words() -> frozenset[str]:
    """Titles, role and kin nouns of `name_lexicon` that no Faker name list knows; name
    suffixes excluded, as a model span of its own is often the rest of a name ("Jonas Weber
    III.")."""
    from ..name_lexicon import NOBLE_TITLES, OFFICES, ROLES, TITLES, name_key
    from ..name_lists import name_lists

    known = name_lists()[0] | name_lists()[1]
    suffixes = {"jr", "sr", "ii", "iii", "iv"}
    words = (ROLES | OFFICES | TITLES | NOBLE_TITLES) - suffixes  # "Frau Ministerin" was a person
    return frozenset(w for w in words if name_key(w) not in known)


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink [start, end) past edge whitespace and punctuation; None if nothing is left.

    >>> text = "(Jonas Müller), "
    >>> s, e = trim_span(text, 0, len(text)); text[s:e]
    'Jonas Müller'
    >>> text = "Hauptstr."
    >>> trim_span(text, 0, len(text))
    (0, 9)

    A bracket the span itself closes or opens stays: "(214) 555-0147", "Anna (geb. Roth)"; a
    slash goes only where whitespace parts it from the span ("10045566 /").
    """
    first, last = start, end
    while start < end and (_edge(text[start]) or _lone_slash(text, start, start + 1)):
        start += 1
    while end > start and (_edge(text[end - 1]) or _lone_slash(text, end - 1, end - 2)):
        if text[end - 1] == "." and _abbreviation_before(text, start, end - 1):
            break
        end -= 1
    if start >= end:
        return None
    for open_, close in _PAIRS:
        inner = text[start:end]
        if start > first and text[start - 1] == open_ and inner.count(close) > inner.count(open_):
            start -= 1
        if end < last and text[end] == close and inner.count(open_) > inner.count(close):
            end += 1
    return start, end


def _edge(ch: str) -> bool:
    """Punctuation, whitespace or a symbol (an emoji, its skin tone, joiner or variation
    selector; "®"): "Store Mönckebergstraße 👍👍" lost its thumbs to the town surrogate."""
    if ch in EDGE_CHARS:
        return True
    return ch > "\x7f" and (unicodedata.category(ch) in _SYMBOLS or ch in "\ufe0e\ufe0f")


_SYMBOLS = frozenset({"So", "Sk", "Cf"})


def _lone_slash(text: str, at: int, beside: int) -> bool:
    """A "/" with whitespace on the span's side of it: a separator ("10045566 / Rechnung"),
    not part of a value ("089/12345678", "https://a.de/")."""
    return text[at] == "/" and 0 <= beside < len(text) and text[beside].isspace()


def _abbreviation_before(text: str, start: int, dot: int) -> bool:
    i = dot
    while i > start and text[i - 1].isalpha():
        i -= 1
    word = text[i:dot].lower()
    return word in _KEEP_DOT_AFTER or word.endswith("str")


def has_alnum(text: str, start: int, end: int) -> bool:
    return any(c.isalnum() for c in text[start:end])
