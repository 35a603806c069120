"""The name lexicon shared by detection and surrogates: titles, role and kin nouns, particles,
and the folded key that identifies a name word. The first names and surnames of many Faker
locales are `name_lists`'s.

    >>> name_key("Müller"), name_key("Yılmaz")
    ('mueller', 'yilmaz')
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

# Degrees and suffixes, abbreviated: "Dr. phil.", "Dipl.-Ing.", "John Smith Jr".
DEGREES = frozenset(
    "dipl.-ing dipl.-kfm dipl.-inf dipl.-psych dipl ing mag univ.prof med dr.med rer.nat h.c "
    "dent vet phil jur oec pol habil rer nat "  # "Dr. med. dent.": "dent" became "jockel"
    "phd md mbbs mbchb frcp mrcp frcs mrcgp dds dmd "  # "Dr. Marcus ... MBBS" became "QFQP"
    "jr sr ii iii iv esq mba msc bsc".split()
)
# Words a family name follows, kept as words: a birth name's marker ("Elif Şahin, geb. Yıldız")
# and a family's or couple's ("Familie Yılmaz", "Fam. Nguyen", "Ehepaar Brandt").
FAMILY_NAME_MARKERS = frozenset(
    "geb geborene geborener née nee familie fam family ehepaar eheleute".split()
)
# Titles of nobility, part of a German family name since 1919 ("Maximilian Graf zu Solms"); no
# TITLES, since many are surnames ("Herr Fürst"), so only the surrogates keep them, and only
# before a particle.
NOBLE_TITLES = frozenset(
    "graf gräfin freiherr freifrau freiin baron baronin baronesse prinz prinzessin fürst fürstin "
    "herzog herzogin erbprinz erbprinzessin landgraf landgräfin markgraf markgräfin".split()
)
TITLES = (
    DEGREES
    | FAMILY_NAME_MARKERS
    | frozenset(
        "herr herrn frau hr hrn fr frl fräulein dr dres prof mr mrs ms miss mx sir dame lady lord "
        "madam mme mlle "
        # roles and kin a model span may include ("nurse Bettina", "Oma Gisela"): kept as words
        "nurse schwester pfleger pflegerin officer sergeant captain pastor pfarrer father rev "
        "reverend professor doktor coach onkel tante oma opa uncle aunt auntie grandma "
        "grandpa "
        # a letter's signing marks ("i.A. Kowalewski" became "c.D. Schuchhardt", "gez.", "ppa.")
        "i.a i.v gez ppa "
        # professions abbreviated before a name ("Herrn RA Dr. Peter Müller": "RA" became "ULF")
        "ra rain stb".split()
    )
)
# Forms of address before a surname: a lone name word after one is the family name ("Frau
# Yilmaz", "Mrs. Jordan"), unlike after a kin word or a first-name title ("Oma Gisela", "Sir
# Elton"); so is a birth name or a family's ("geb. Yıldız" became "geb. Ludmilla", "Familie
# Yılmaz" "Familie Alex").
HONORIFICS = FAMILY_NAME_MARKERS | frozenset(
    "herr herrn frau hr hrn fr frl fräulein mr mrs ms miss mx mme mlle madame monsieur dr prof "
    "professor doktor".split()
)
# Offices addressed by their title alone ("Herr Bürgermeister", "Frau Ministerin", "Mr.
# President"): no name follows them, and none is a name.
OFFICES = frozenset(
    "bürgermeister bürgermeisterin präsident präsidentin president minister ministerin kanzler "
    "kanzlerin direktor direktorin director vorsitzender vorsitzende richter richterin judge "
    "chairman chair speaker secretary senator governor mayor ambassador botschafter".split()
)
# Role and kin nouns that open a span before a name ("Kellner Giuseppe", "driver Tunde"): kept
# only as a span's first word with a name after it, since many are surnames too ("Herr Kellner").
ROLES = frozenset(
    "kellner kellnerin bedienung bote botin paketbote paketbotin postbote postbotin kurier "
    "kurierin fahrer fahrerin busfahrer busfahrerin taxifahrer taxifahrerin lieferant "
    "lieferantin techniker technikerin monteur monteurin handwerker installateur trainer "
    "trainerin berater beraterin kundenberater kundenberaterin verkäufer verkäuferin kassierer "
    "kassiererin mitarbeiter mitarbeiterin servicemitarbeiter servicemitarbeiterin kollege "
    "kollegen kollegin azubi leiter leiterin filialleiter filialleiterin marktleiter marktleiterin "
    "teamleiter teamleiterin hausmeister vermieter vermieterin nachbar nachbarn nachbarin arzt "
    "ärztin "
    "hausarzt hausärztin zahnarzt zahnärztin apotheker apothekerin therapeut therapeutin "
    "physiotherapeut physiotherapeutin sachbearbeiter sachbearbeiterin krankenschwester hebamme "
    "friseur friseurin friseuse rezeptionist rezeptionistin chef chefin lehrer lehrerin erzieher "
    "erzieherin betreuer betreuerin reiseleiter reiseleiterin sohn tochter bruder mann ehemann "
    "ehefrau freund freundin neffe nichte enkel enkelin cousine papa mama vater mutter "
    "waiter waitress server bartender dj driver rider courier postman postwoman mailman technician "
    "engineer installer plumber electrician agent advisor adviser consultant rep representative "
    "associate manager supervisor receptionist concierge cashier clerk colleague coworker "
    "co-worker neighbour neighbor landlord landlady host hostess guide instructor "
    "teacher doctor dentist pharmacist therapist physio stylist hairdresser barber housekeeper "
    "cleaner son daughter brother sister husband wife partner boyfriend girlfriend friend nephew "
    # teaching staff ("Tutor Ben" became "Gloria Kensy")
    "tutor tutorin dozent dozentin ausbilder ausbilderin lecturer mentorin "
    "niece cousin grandson granddaughter mum mom dad "
    # kin by marriage, step-kin and the widowed ("Witwe von Horst Krüger", "my widowed ...")
    "witwe witwer widow widower verlobte verlobter fiancé fiancée fiance fiancee schwager "
    "schwägerin schwiegermutter schwiegervater schwiegersohn schwiegertochter stiefvater "
    "stiefmutter stiefsohn stieftochter stepfather stepmother stepdad stepmum stepmom stepson "
    "stepdaughter großmutter großvater grandmother grandfather lebensgefährte lebensgefährtin "
    "ex-mann ex-frau ex-husband ex-wife "
    # pupils, students, trainees and the retired ("Tochter Emily-Sophie (Schülerin, ...)"; not
    # "Schüler", a surname after "Herr")
    "schülerin student studentin praktikant praktikantin rentner rentnerin pupil "
    "intern trainee "
    # clients, patients, tenants and those in someone's care ("meiner Mandantin" was a person)
    "mandant mandantin klient klientin patient patientin mieter mieterin kunde kundin partnerin "
    "vormund client customer tenant carer caregiver guardian "
    # friends and flatmates, colloquially ("mein Kumpel Dennis": the model took "Kumpel" into
    # the name, whose surrogate replaced it)
    "kumpel kumpeline mitbewohner mitbewohnerin schatz mate bestie buddy pal bro sis gf bf "
    "hubby wifey missus boss roommate flatmate housemate "
    # assistants ("ihre Helferin Jessy", "die Sprechstundenhilfe")
    "helfer helferin arzthelferin sprechstundenhilfe assistent assistentin assistant "
    "pflegekraft mfa zfa pta "  # medical assistants: "ihre MFA Jacqueline" became "NTW Weller"
    # a signature's function ("Jürgen Weiß\nGeschäftsführer": the model read it as a company)
    "geschäftsführer geschäftsführerin inhaber inhaberin prokurist prokuristin gründer "
    "gründerin founder co-founder owner ceo "
    # trades seen before a name ("Danke an Entwickler Lukas" became "Danke an Gertrud Benthin")
    "entwickler entwicklerin developer programmierer programmiererin gutachter gutachterin "
    "makler maklerin pfleger pflegerin altenpfleger altenpflegerin zeuge zeugin witness "
    "coach".split()
)
# Ranks and offices before a surname ("Herr Studienrat Böhm" became "Herr Bernt Noack",
# "Oberarzt Dr. Marković" "Klara Dr. Kambs"); not "Bischof", "Deacon": surnames too.
_ENGLISH_RANKS = frozenset(
    "inspector detective constable lieutenant colonel councillor alderman rabbi vicar chaplain "
    "headteacher headmaster headmistress principal".split()
)
RANKS = _ENGLISH_RANKS | frozenset(
    "oberarzt oberärztin chefarzt chefärztin assistenzarzt assistenzärztin stationsarzt "
    "stationsärztin facharzt fachärztin studienrat studienrätin oberstudienrat oberstudienrätin "
    "studiendirektor studiendirektorin konrektor konrektorin rektor rektorin kommissar "
    "kommissarin hauptkommissar hauptkommissarin kriminalkommissar polizeimeister "
    "polizeiobermeister polizeihauptmeister inspektor inspektorin regierungsrat "
    "oberregierungsrat staatsanwalt staatsanwältin rechtsanwalt rechtsanwältin notar notarin "
    "pater diakon kaplan rabbiner".split()
)
ROLES |= RANKS
# Craft and trade businesses named by their owner ("Bäckerei Schmitz", "Autohaus Kröger"): a
# role word, whose name after it is a family name where no list knows it.
TRADES = frozenset(
    "autohaus bäckerei metzgerei fleischerei konditorei schreinerei tischlerei gärtnerei "
    "zimmerei dachdeckerei malerbetrieb friseursalon friseur reisebüro fahrschule optik "
    "autowerkstatt hausverwaltung immobilien pflegedienst physiotherapie blumen getränke "
    "elektro elektrotechnik sanitär heizung haustechnik malerei maler dachdecker fliesen "
    "umzüge schlüsseldienst kfz reifen möbelhaus sanitätshaus schuhhaus modehaus bestattungen "
    "gartenbau küchen fenster".split()
)
ROLES |= TRADES
# German roles of people at work or in business with the writer, after which a name no list
# knows is a family name ("Der Techniker Pfefferle" got the given name "Nick"); not kin or
# friends ("mein Kumpel Tunde"), nor staff that German feedback names by given name (waiters,
# assistants, hairdressers, carers, trainers, receptionists: "Helferin Xandrine").
WORK_ROLES = (
    frozenset(
        "bote botin paketbote paketbotin postbote postbotin kurier kurierin fahrer fahrerin "
        "busfahrer busfahrerin taxifahrer taxifahrerin lieferant lieferantin techniker technikerin "
        "monteur monteurin handwerker installateur berater beraterin kundenberater kundenberaterin "
        "verkäufer verkäuferin mitarbeiter mitarbeiterin servicemitarbeiter servicemitarbeiterin "
        "kollege kollegin leiter leiterin filialleiter filialleiterin marktleiter marktleiterin "
        "teamleiter teamleiterin hausmeister vermieter vermieterin nachbar nachbarin arzt ärztin "
        "hausarzt hausärztin zahnarzt zahnärztin apotheker apothekerin therapeut therapeutin "
        "physiotherapeut physiotherapeutin sachbearbeiter sachbearbeiterin lehrer lehrerin "
        "dozent dozentin ausbilder ausbilderin mandant mandantin klient klientin patient "
        "patientin mieter mieterin kunde kundin vormund geschäftsführer geschäftsführerin inhaber "
        "inhaberin prokurist prokuristin programmierer programmiererin gutachter gutachterin "
        "makler maklerin zeuge zeugin chef chefin".split()
    )
    | (RANKS - _ENGLISH_RANKS)
    | TRADES
)
PARTICLES = frozenset("von van der den de zu vom zum di da del la le du ten ter af".split())
# Lower-case words of a PERSON span its surrogate keeps: particles, the "und" of "von und zu",
# Welsh and Arabic patronymic words ("Rhys ap Gwilym": "ap" became "rivers"; "bin", "ibn").
KEPT_LOWER = PARTICLES | {"und", "and", "ap", "ab", "ferch", "bin", "ibn", "bint"}
# Irish particles before a family name, capitalised ("Seán Ó Briain", "Ní Bhriain", "Uí ...").
IRISH_PARTICLES = frozenset({"ó", "ní", "uí"})
_UMLAUTS = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
    }
)
# Titles, kin and role nouns that tell a person's gender ("Mrs", "meine Tochter", "Kellnerin"):
# the given name after one takes a surrogate of that gender, even where no list knows the name
# ("my daughter Zephyrine" became "my daughter Bryan"). German role nouns in "-in" are women's,
# their stems men's ("Kellnerin", "Kellner"), but for stems English shares ("student", "partner").
_FEMALE = (
    "frau fr frl fräulein mrs ms miss madam madame mme mlle lady dame schwester tochter mutter "
    "mama mutti oma tante ehefrau ex-frau cousine nichte großmutter schwiegermutter "
    "schwiegertochter stiefmutter stieftochter witwe verlobte kumpeline hebamme "
    "krankenschwester friseuse pflegerin daughter sister sis mother mom mum grandma granny "
    "grandmother aunt auntie wife wifey ex-wife girlfriend gf niece granddaughter stepdaughter "
    "stepmom stepmum stepmother landlady waitress hostess postwoman fiancée fiancee widow missus"
)
_MALE = (
    "herr herrn hr hrn mr sir lord monsieur bruder sohn vater papa opa onkel ehemann ex-mann "
    "mann neffe großvater schwiegervater schwiegersohn stiefvater stiefsohn schwager witwer "
    "verlobter lebensgefährte arzt zahnarzt hausarzt kollege bote paketbote postbote pfleger "
    "brother bro son father dad daddy grandpa grandfather uncle husband hubby ex-husband "
    "boyfriend bf nephew grandson stepson stepdad stepfather landlord waiter postman mailman "
    "fiancé fiance widower"
)
_SHARED_STEMS = frozenset({"student", "patient", "partner", "trainer", "chef", "cousin"})


@cache
def gender_words() -> dict[str, str]:
    """The gender, "f" or "m", of each word of `_FEMALE` and `_MALE` and each German role
    noun pair.

    >>> gender_words()["kellnerin"], gender_words()["kellner"], "student" in gender_words()
    ('f', 'm', False)
    """
    out = dict.fromkeys(_MALE.split(), "m") | dict.fromkeys(_FEMALE.split(), "f")
    for role in ROLES - _SHARED_STEMS:
        if role.endswith("in"):
            out.setdefault(role, "f")
        if role + "in" in ROLES:
            out.setdefault(role, "m")
    return out


def ascii_fold(text: str) -> str:
    """Casefold and spell in ASCII letters and digits: "Müller" -> "mueller"."""
    text = text.casefold().translate(_UMLAUTS)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isascii() and ch.isalnum())


@lru_cache(maxsize=1 << 16)
def name_key(word: str) -> str:
    """Identity of a name token: folded to ASCII where the script allows ("Müller" -> "mueller"),
    without apostrophes ("O'Connor" -> "oconnor", as its e-mail address spells it), else
    casefolded (Cyrillic, Greek, CJK names keep distinct keys)."""
    low = unicodedata.normalize("NFKC", word).casefold().translate(_UMLAUTS)
    low = low.replace("'", "").replace("’", "")  # "O'Connor" is "oconnor@..." in an address
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)
    )
    return stripped if stripped.isascii() else low
