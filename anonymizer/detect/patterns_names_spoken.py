"""First names after a German article, as spoken German names people ("der Dieter").

Colloquial German puts the definite article before a first name: "leider konnte mir auch der
Dieter nicht helfen", "fragt nach der Nurten", "die Gertraut hat das gefixt". The model, trained
mostly on feedback that names people by role or in full, misses many of these. A capitalised word
right after der, die, dem or den is a PERSON when a Faker locale of
`surrogate_names.name_lists` lists it as a first name; listed surnames after it join it ("die
Agnieszka Nowak"). The lists know some 13 k first names from many languages, and a few of them
are also German nouns ("in der Lage", "die Tage", "den Bergen", "die Rose"): those in
`_GERMAN_NOUNS` are skipped, as are words in capitals ("die TAN", "der US-Markt"). Spans score
0.8, as the other name rules, so a model span of another label over the same word keeps its label.

Example:
    >>> text = "Leider konnte mir auch der Serol nicht helfen, in der Lage war keiner."
    >>> [text[s:e] for s, e, _, _ in find_article_names(text)]
    ['Serol']
"""

from __future__ import annotations

import re

from .patterns_names import SCORE, WORD, Span, is_first_name, join_surnames

# German common nouns that a Faker locale also lists as a first name, the ones feedback and news
# use after an article ("in der Lage", "die Tage", "den Job", "der Server", "die Rose").
_GERMAN_NOUNS = frozenset(
    "lage tage bergen stein bett beste bitten eimer einer forum gabel job server salami döner "
    "mark ernst rose heide linde wolf laus kick prima karma yoga queen pastor imam islam saga "
    "gala ritt tor sole flor mentor marine dom iris maxima mate ossi van iban tan ende kasper "
    "engel fuchs hase adler vogel sonne stern welle earl".split()
)
_ARTICLE_NAME_RE = re.compile(
    rf"(?<![\w-])(?:[Dd](?:er|ie|em|en))[ \t]+(?P<word>{WORD})(?![\w'’-])"
)
_CAPITALISED_NEXT_RE = re.compile(rf"[ \t]+{WORD}")


def find_article_names(text: str) -> list[Span]:
    """PERSON spans of a listed first name (plus listed surnames) right after der, die, dem or
    den, unless the word is also a German noun, is written in capitals, or opens a longer proper
    name (a capitalised word no surname list knows follows it)."""
    spans: list[Span] = []
    for m in _ARTICLE_NAME_RE.finditer(text):
        word = m.group("word")
        if word.isupper() or word.casefold() in _GERMAN_NOUNS or not is_first_name(word):
            continue
        end = join_surnames(text, m.start("word"), m.end())
        if _CAPITALISED_NEXT_RE.match(text, end):
            continue  # "dem Max Planck Institut": part of a longer proper name
        spans.append((m.start("word"), end, "PERSON", SCORE))
    return spans
