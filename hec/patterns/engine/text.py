"""Text normalisation, tokenising, light stemming and en/es language detection."""

from __future__ import annotations

import re
import unicodedata

_APOS = re.compile(r"[\u2019\u2018`´']")
_TOKEN = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return text.split()


EN_STOP = frozenset(
    _words(
        """
a about after again all also am an and any are as at be because been before being but by
can cant could couldnt did didnt do does doesnt dont down even every for from get got
had has have he her here hes him his how i id if ill im in into is isnt it its ive just
know like many me more much my no not now of off ok on one only or our out over really
said she shes so some still than that thats the their them then there they theyre this
to too up us very was wasnt we were weve what when where which who will with wont would
yeah you your youre
"""
    )
)

ES_STOP = frozenset(
    _words(
        """
a al algo ante antes aqui asi aunque bien cada como con contra cual cuando de del desde
dice dijo donde dos el ella ellas ellos en entonces entre era eran es esa ese eso esta
estaba estamos estan estar este esto estoy fue fueron ha hace hacer han hasta hay he la
las le les lo los mas me mi mis mucho muy nada nadie ni no nos nosotros nunca o otra
otro para pero poco por porque pues que quien se ser si sin sobre solo son su sus
tambien tan tanto te tengo tiene tienen todo todos tu un una uno unos usted van vez voy
ya yo
"""
    )
)

# Function words that are distinctive for languages we do not code (elided forms as `fold`
# leaves them, "cest" for "c'est": a lone "d" or "l" is a note's shorthand, "d/o", "s/p L").
_OTHER_STOP: dict[str, frozenset[str]] = {
    "fr": frozenset(
        _words(
            """
ai au aussi aux avec avez avons ces cest cette dans des du elle est et etait il jai
je le les leur ma mais mes mon ne nous ou pas plus pour qu qui sont suis sur tres une
vous
"""
        )
    ),
    "pt": frozenset(
        _words(
            """
ao as com da das do dos e ela ele em esta estou eu foi isso mas meu minha muito
na nao no nos o os para pela pelo que sao tambem tem um uma voce
"""
        )
    ),
    "de": frozenset(
        _words(
            """
aber auch auf bei das dem den der die ein eine es fur habe hat ich ihr ist mit
nach nicht sie sind und von war wie wir zu
"""
        )
    ),
    "it": frozenset(
        _words(
            """
anche che con del della di e gli ho il io la le lei lo lui ma mi molto nel noi
non per questo sono stato un una
"""
        )
    ),
}
SUPPORTED = ("en", "es")
# The function words only that language has (not English or Spanish ones): Portuguese and
# Italian share many of theirs with Spanish ("o", "no", "que", "para"), so these decide.
_OTHER_OWN = {code: words - EN_STOP - ES_STOP for code, words in _OTHER_STOP.items()}
_SUPPORTED_OWN = {
    (sup, code): stop - words
    for sup, stop in (("en", EN_STOP), ("es", ES_STOP))
    for code, words in _OTHER_STOP.items()
}

# Extra words too common in stories to make good theme features or keywords.
FILLER = frozenset(
    _words(
        """
aca ahora alla ano anos anything around asi ask asked back bien big came cause cinco
come cosa cosas cuatro day days despues dia dias dice dicen diez dijo dos eight ella
ellos ever every first five four fue fui gave get gets getting give go goes going gone
got hace hacer hizo knew know last left little look looked lot luego made make mes meses
mismo month months need needed next nine nothing now nueve ocho one otra otro pues put
right said saw say says see seis semana semanas seven siete since six something still
take tell ten tengo tenia thing things think though thought three tiene time times toda
todas todo told took tres two una uno veces vez want wanted way week weeks well went
year years yes
"""
    )
)


def fold(text: str) -> str:
    """Lower-case, strip accents (ñ -> n) and drop apostrophes inside words."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _APOS.sub("", text)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


def _latin_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    latin = sum(1 for ch in letters if ord(ch) < 0x250)
    return latin / len(letters)


def detect_language(text: str, hint: str | None = None) -> str | None:
    """Return 'en', 'es', another code, or None when it cannot tell (no function word of any
    language it knows: a short or telegraphic text).

    A hint is trusted unless the text is clearly another language: a supported one ("en",
    "es") unless clearly the other or an unsupported one; an unsupported one ("pt", "tl")
    unless clearly English or Spanish.
    """
    hint = (hint or "").lower().split("-")[0].split("_")[0] or None
    if _latin_share(text) < 0.6:
        return "other"
    toks = tokens(text)
    if not toks:
        return hint if hint in SUPPORTED else None
    n = len(toks)
    en = sum(t in EN_STOP for t in toks)
    es = sum(t in ES_STOP for t in toks)
    other = {k: sum(t in v for t in toks) for k, v in _OTHER_STOP.items()}
    best_other, best_other_n = max(other.items(), key=lambda kv: kv[1])
    best_sup = "en" if en >= es else "es"
    best_sup_n = max(en, es)
    # Another language wins only when clearly ahead of both supported ones, on all its
    # function words or on those only it has.
    if best_other_n >= 3 and best_other_n > 1.5 * best_sup_n and best_other_n / n > 0.2:
        return best_other
    other_own = sum(t in _OTHER_OWN[best_other] for t in toks)
    supported_own = sum(t in _SUPPORTED_OWN[(best_sup, best_other)] for t in toks)
    if other_own >= 2 and other_own > 1.5 * supported_own:
        return best_other
    if hint and hint not in SUPPORTED and hint != "other":
        # A story declared in a language we do not code stays uncoded unless it is clearly
        # English or Spanish (the same bar as for a supported hint, below).
        hinted = other.get(hint, 0)
        if best_sup_n >= 4 and best_sup_n > 2.5 * max(hinted, 1):
            return best_sup
        return hint
    if hint in SUPPORTED:
        other_sup = es if hint == "en" else en
        own = en if hint == "en" else es
        if other_sup >= 4 and other_sup > 2.5 * max(own, 1):
            return "es" if hint == "en" else "en"
        return hint
    if best_sup_n == 0:  # no function word of ours; of another language, or none at all
        return "other" if best_other_n else None
    return best_sup


_EN_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ingly",
    "ing",
    "edly",
    "ies",
    "ied",
    "ness",
    "ers",
    "er",
    "ed",
    "es",
    "ly",
    "s",
)
_ES_SUFFIXES = (
    "aciones",
    "acion",
    "amientos",
    "amiento",
    "ando",
    "iendo",
    "adas",
    "ados",
    "idas",
    "idos",
    "ada",
    "ado",
    "ida",
    "ido",
    "ar",
    "er",
    "ir",
    "as",
    "os",
    "es",
    "a",
    "o",
    "s",
)


def stem(token: str, lang: str = "en") -> str:
    """Light suffix stripping, shared by feature extraction; not a full stemmer."""
    if len(token) <= 4 or token.isdigit():
        return token
    for suf in _ES_SUFFIXES if lang == "es" else _EN_SUFFIXES:
        if token.endswith(suf) and len(token) - len(suf) >= 4:
            token = token[: -len(suf)]
            break
    return token[:8]


# Set phrases whose last word would otherwise count as a content word ("of course" is not
# about a course, "in case" not about a case).
IDIOMS = frozenset(
    [("of", "course"), ("in", "case"), ("at", "least"), ("at", "all"), ("right", "away")]
    + [("por", "supuesto"), ("sin", "embargo"), ("de", "hecho"), ("o", "sea")]
)


# Compound prepositions whose first word would otherwise count ("due to" is "because of",
# not a payment due; "debido a" is not "owed").
PREPOSITIONS = frozenset([("due", "to"), ("debido", "a")])


def content_stems(text: str, lang: str = "en") -> list[str]:
    """Stems of the content words (stop and filler words of both languages, the last word
    of set phrases and the first of compound prepositions removed)."""
    toks = tokens(text)
    return [
        stem(t, lang)
        for i, t in enumerate(toks)
        if is_content(t)
        and (i == 0 or (toks[i - 1], t) not in IDIOMS)
        and (i + 1 == len(toks) or (t, toks[i + 1]) not in PREPOSITIONS)
    ]


def is_content(t: str) -> bool:
    return (
        len(t) > 2 and not t.isdigit() and t not in EN_STOP and t not in ES_STOP and t not in FILLER
    )


# Content words a model may weigh (they co-occur with a pressure in the corpus) that say
# nothing about it to a reader: dates, counts and function words the lists above leave in.
# Never quoted as evidence (``LinearModel.words_for``); they still count in the scores.
NOT_EVIDENCE = frozenset(
    [
        stem(w, "en")
        for w in _words(
            """
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow night
morning weekly monthly yearly timely firstly lastly once twice eights eleven twelve fifteen
twenty thirty hundred second third during except until while although finally already
never always round called stopped started havent hadnt theyd wouldnt shouldnt arent
werent youd wed hed shed
"""
        )
    ]
    + [
        stem(w, "es")
        for w in _words(
            """
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
lunes martes miercoles jueves viernes sabado domingo hoy ayer manana noche noches quince
veinte treinta cien primero segundo ultimo siguiente durante mientras siempre dijeron paso
otras
"""
        )
    ]
)
