"""Text normalisation, tokenising, light stemming and en/es language detection."""

from __future__ import annotations

import re
import unicodedata

_APOS = re.compile(r"[\u2019\u2018`´']")
_TOKEN = re.compile(r"[a-z0-9]+")

EN_STOP = frozenset(
    [
        "a",
        "about",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "but",
        "by",
        "can",
        "cant",
        "could",
        "couldnt",
        "did",
        "didnt",
        "do",
        "does",
        "doesnt",
        "dont",
        "down",
        "even",
        "every",
        "for",
        "from",
        "get",
        "got",
        "had",
        "has",
        "have",
        "he",
        "her",
        "here",
        "him",
        "his",
        "how",
        "i",
        "if",
        "im",
        "in",
        "into",
        "is",
        "isnt",
        "it",
        "its",
        "ive",
        "just",
        "know",
        "like",
        "me",
        "more",
        "my",
        "no",
        "not",
        "now",
        "of",
        "off",
        "on",
        "one",
        "only",
        "or",
        "our",
        "out",
        "over",
        "said",
        "she",
        "so",
        "some",
        "still",
        "than",
        "that",
        "thats",
        "the",
        "their",
        "them",
        "then",
        "there",
        "they",
        "this",
        "to",
        "too",
        "up",
        "us",
        "was",
        "wasnt",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "will",
        "with",
        "would",
        "you",
        "your",
        "youre",
        "theyre",
        "were",
        "weve",
        "id",
        "ill",
        "hes",
        "shes",
        "wont",
        "ok",
        "yeah",
        "really",
        "very",
        "much",
        "many",
    ]
)

ES_STOP = frozenset(
    [
        "a",
        "al",
        "algo",
        "ante",
        "antes",
        "aqui",
        "asi",
        "aunque",
        "cada",
        "como",
        "con",
        "contra",
        "cual",
        "cuando",
        "de",
        "del",
        "desde",
        "donde",
        "dos",
        "el",
        "ella",
        "ellas",
        "ellos",
        "en",
        "entre",
        "era",
        "eran",
        "es",
        "esa",
        "ese",
        "eso",
        "esta",
        "estaba",
        "estamos",
        "estan",
        "estar",
        "este",
        "esto",
        "estoy",
        "fue",
        "fueron",
        "ha",
        "hace",
        "hacer",
        "han",
        "hasta",
        "hay",
        "he",
        "la",
        "las",
        "le",
        "les",
        "lo",
        "los",
        "mas",
        "me",
        "mi",
        "mis",
        "mucho",
        "muy",
        "nada",
        "ni",
        "no",
        "nos",
        "nosotros",
        "o",
        "otra",
        "otro",
        "para",
        "pero",
        "poco",
        "por",
        "porque",
        "que",
        "quien",
        "se",
        "ser",
        "si",
        "sin",
        "sobre",
        "solo",
        "son",
        "su",
        "sus",
        "tambien",
        "tan",
        "tanto",
        "te",
        "tengo",
        "tiene",
        "tienen",
        "todo",
        "todos",
        "tu",
        "un",
        "una",
        "uno",
        "unos",
        "usted",
        "ya",
        "yo",
        "vez",
        "van",
        "voy",
        "dice",
        "dijo",
        "nadie",
        "nunca",
        "entonces",
        "pues",
        "bien",
        "cuando",
    ]
)

# Function words that are distinctive for languages we do not code.
_OTHER_STOP: dict[str, frozenset[str]] = {
    "fr": frozenset(
        [
            "le",
            "les",
            "des",
            "est",
            "et",
            "je",
            "ne",
            "pas",
            "une",
            "dans",
            "il",
            "elle",
            "nous",
            "vous",
            "avec",
            "pour",
            "qui",
            "sur",
            "au",
            "aux",
            "du",
            "mais",
            "ou",
            "sont",
            "mon",
            "ma",
            "mes",
            "cette",
            "ces",
            "etait",
            "tres",
            "aussi",
            "j",
            "c",
            "qu",
            "n",
            "d",
            "l",
            "suis",
            "ai",
            "avons",
            "avez",
            "leur",
            "plus",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "os",
            "as",
            "um",
            "uma",
            "e",
            "nao",
            "com",
            "para",
            "que",
            "do",
            "da",
            "dos",
            "das",
            "em",
            "no",
            "na",
            "eu",
            "ele",
            "ela",
            "mas",
            "muito",
            "tem",
            "sao",
            "foi",
            "meu",
            "minha",
            "voce",
            "nos",
            "isso",
            "esta",
            "estou",
            "tambem",
            "pelo",
            "pela",
            "ao",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "ich",
            "sie",
            "es",
            "ein",
            "eine",
            "mit",
            "auf",
            "fur",
            "den",
            "dem",
            "zu",
            "von",
            "wir",
            "ihr",
            "aber",
            "auch",
            "sind",
            "war",
            "habe",
            "hat",
            "bei",
            "nach",
            "wie",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "gli",
            "la",
            "le",
            "e",
            "non",
            "che",
            "di",
            "un",
            "una",
            "per",
            "con",
            "sono",
            "ho",
            "mi",
            "ma",
            "anche",
            "della",
            "del",
            "nel",
            "questo",
            "molto",
            "sono",
            "stato",
            "io",
            "lui",
            "lei",
            "noi",
        ]
    ),
}
SUPPORTED = ("en", "es")

# Extra words too common in stories to make good theme features or keywords.
FILLER = frozenset(
    """one two three four five six seven eight nine ten first last next every
said says told asked ask put got get gets getting go goes going went gone come came make made
take took give gave want wanted need needed know knew think thought tell see saw look looked
say thing things something anything nothing time times day days week weeks month months year
years now back way still ever lot little big around right left well cause since though yes
uno una dos tres cuatro cinco seis siete ocho nueve diez dia dias semana semanas mes meses ano
anos dijo dice dicen fue fui hizo hace hacer tiene tengo tenia ahora despues luego otra otro
cosa cosas vez veces todo toda todas bien pues asi mismo ella ellos alla aca""".split()
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
    """Return 'en', 'es', another code, or None when it cannot tell.

    A supported hint is trusted unless the text is clearly another language.
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
    # Another language wins only when clearly ahead of both supported ones.
    if best_other_n >= 3 and best_other_n > 1.5 * best_sup_n and best_other_n / n > 0.2:
        return best_other
    if hint in SUPPORTED:
        other_sup = es if hint == "en" else en
        own = en if hint == "en" else es
        if other_sup >= 4 and other_sup > 2.5 * max(own, 1):
            return "es" if hint == "en" else "en"
        return hint
    if best_sup_n == 0:
        return None if n < 4 else "other"
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


def content_stems(text: str, lang: str = "en") -> list[str]:
    """Stems of the content words (stop and filler words of both languages removed)."""
    return [stem(t, lang) for t in tokens(text) if is_content(t)]


def is_content(t: str) -> bool:
    return (
        len(t) > 2 and not t.isdigit() and t not in EN_STOP and t not in ES_STOP and t not in FILLER
    )
