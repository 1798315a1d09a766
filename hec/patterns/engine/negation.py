"""Where a clinical note says a need is absent: "Denies IPV.", "Negative for food
insecurity", "no hx of homelessness", "No housing concerns", "Food: neg", "Housing:
stable", "Feels safe at home", "Has Medicaid", "No concerns.", "Niega violencia doméstica".

Notes and screeners list what a person does *not* face as often as what they do, with the
very words of the need. A denied need is not coded: cues inside a denial are negated
(``Matcher.find``), its words are left out of the model's and the themes' features
(``without_denials``), and a note that denies and names no other strong cue is not coded.

Only the ways notes deny count. Everyday negation ("we have no money for rent") names the
pressure itself and stays with the lexicon's ``!`` cues, "they denied my claim" is the
pressure, not its absence, and a phrase of having that is negated, asked or wished for ("I
need stable housing", "¿Tiene seguro?") is no screen's negative.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

_DENIAL = re.compile(
    r"\b(?=[dns])(?:(denies|niega)|neg(?:ative)? (?:for|to)|negativ[oa] (?:para|a|en)"
    r"|no (?:known |prior |past )?(?:hx|history|historia|antecedentes) (?:of|de)"
    r"|sin antecedentes de)\b",
    re.IGNORECASE,
)
# "denies" / "niega" deny in a note's own syntax: opening a clause, or after its subject
_OPENS_CLAUSE = re.compile(
    r"(?:^|[.;:,!?\n(-]|\b(?:pt|pte|patient|paciente|he|she|ella|el))\s*$", re.IGNORECASE
)
# "No housing concerns", "no transportation barriers": the need sits between "no" and the word
_NO_CONCERN = re.compile(
    r"\bno ((?:[^\W\d_]+[ -]){1,2}?)(?:concerns?|issues?|barriers?|needs?|problems?|strain)\b",
    re.IGNORECASE,
)
# a screen's negative said as what the person has: "Feels safe at home", "stable housing",
# "food secure", "has Medicaid", "tiene seguro médico", "se siente segura"
_ABSENT = re.compile(
    r"\b(?=[fshvti])(?:(?:feels?|feeling|se siente) (?:safe|segur[oa])"
    r"|(?:stable|secure) (?:housing|home)|housing (?:is )?stable|vivienda (?:estable|segura)"
    r"|food secure"
    r"|(?:has|have|tiene|tengo|tenemos) (?:health |medical |private )?"
    r"(?:insurance|coverage|medicaid|medicare|seguro(?: medico| médico)?)"
    r"|insured (?:through|via|by|at))\b",
    re.IGNORECASE,
)
# ...unless negated, wished for, asked or conceded: "I don't feel safe", "no longer has Medicaid",
# "we used to have insurance", "I need stable housing", "asked if I have insurance",
# "¿Tiene seguro?", "Do you feel safe at home?"
_NOT_HAD_BEFORE = re.compile(
    r"(?:\bnot|\bno|n[\u2019']t|\bnever|\blonger|\bused|\bnunca|\bya no|\bsin|\bif|\bwhether"
    r"|\bsi|\bdo|\bdoes|\bdid|¿|\b(?:need|want|seek|look|lack|lost|losing|without|get|find"
    r"|necesit|busc|quier|perdi)\w*)\W+(?:[\w\u2019']+\W+)?$",
    re.IGNORECASE,
)
_ASKED_AFTER = re.compile(r"[^.;!?\n]{0,40}\?")
# ...or conceded before the pressure: "We have Medicaid but no dentist takes it"
_CONCEDED_AFTER = re.compile(
    r"[^.;!?\n]{0,40}?\b(?:but|though|although|yet|pero|aunque|sin embargo)\b", re.IGNORECASE
)
# a screen's result after the need it screens: "Food neg.", "IPV screen negative",
# "Transportation: no barriers", "Housing: stable", "Transport: own car", "Vivienda: sin
# problemas"
_RESULT_AFTER = re.compile(
    r"(?:^|[.;:,\n(])\s*((?:[^\W\d_]+[ /-]){0,2}[^\W\d_]+)"
    r"(?: (?:screen(?:ing)?|tamizaje))?(?: (?:neg|negative|negativ[oa])|: ?((?:neg|negative"
    r"|negativ[oa]|none|no|ninguno|no (?:concerns|barriers|issues|needs)|sin problemas"
    r"|denies|niega|stable|estable|adequate|adecuad[oa]|secure|ok|drives|maneja"
    r"|own (?:car|vehicle)|(?:carro|auto|coche) propio)))\s*(?=[.;,\n)(]|$)",
    re.IGNORECASE,
)
# ...but "none" after something a person needs to have is its lack, the pressure itself:
# "Insurance: none", "Heat: no", "Smoke detector: no", "Emergency contact: none"
_LACKING = re.compile(r"none|no|ninguno", re.IGNORECASE)
_RESOURCE = re.compile(
    r"\b(?:insurance|coverage|pcp|doctor|provider|dentist|heat|heating|ac|a/c|cooling"
    r"|air conditioning|water|electricity|power|phone|car|vehicle|income|job|work"
    r"|childcare|child care|support|contact|detector|interpreter|meds|medications?|refills?"
    r"|bed|address|id|seguro|aseguranza|cobertura|m[eé]dic[oa]|dentista|calefacci[oó]n"
    r"|calent[oó]n|aire|agua|luz|electricidad|tel[eé]fono|celular|carro|coche|veh[ií]culo"
    r"|ingresos?|trabajo|empleo|guarder[ií]a|apoyo|contacto|int[eé]rprete|medicinas"
    r"|medicamentos|cama|direcci[oó]n)\b",
    re.IGNORECASE,
)
# ...unless what is named is a harm done to it: "Water damage: none", "Power outages: none"
_HARM = re.compile(
    r"\b(?:damage|leaks?|mold|mould|outages?|shut-?offs?|exposure|insecurity|strain|loss"
    r"|da[nñ]os?|fugas?|moho|humedad|cortes?|apagones?|p[eé]rdida)\b",
    re.IGNORECASE,
)
# a clause that says there is nothing to note: "No concerns.", "Sin necesidades."
_NOTHING = re.compile(
    r"(?:^|[.;:\n])\s*(?:no|none|sin|ningun[ao]?) (?:other |social |current |otras? )?"
    r"(?:concerns|needs|issues|necesidades|preocupaciones|problemas)\s*(?=[.;\n]|$)",
    re.IGNORECASE,
)
# a denial runs to the end of its clause, or to a turn ("but reports..."), ten words at most
_CLAUSE_END = re.compile(
    r"[.;:!?\n]|\b(?:but|however|though|although|except|reports|endorses|states|pero|aunque"
    r"|excepto|salvo|refiere|reporta)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w\u2019']+")
SCOPE_WORDS = 10


@lru_cache(maxsize=256)  # coding reads one story's denials three times in a row
def denied_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of ``text`` that a note says are absent."""
    spans = []
    for m in _DENIAL.finditer(text):
        if m.group(1) and not _OPENS_CLAUSE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "the landlord denies it", "el dueño niega todo"
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        words = list(islice(_WORD.finditer(text, m.end(), stop), SCOPE_WORDS))
        if words:
            spans.append((words[0].start(), words[-1].end()))
    spans.extend((m.start(1), m.end(1) - 1) for m in _NO_CONCERN.finditer(text))
    spans.extend(m.span() for m in _NOTHING.finditer(text))
    spans.extend(
        m.span(1)
        for m in _RESULT_AFTER.finditer(text)
        if not (
            m.group(2)
            and _LACKING.fullmatch(m.group(2))
            and _RESOURCE.search(m.group(1))
            and not _HARM.search(m.group(1))
        )
    )
    for m in _ABSENT.finditer(text):
        if not (
            _NOT_HAD_BEFORE.search(text, max(0, m.start() - 24), m.start())
            or _ASKED_AFTER.match(text, m.end())
            or _CONCEDED_AFTER.match(text, m.end())
        ):
            spans.append(m.span())
    return tuple(spans)


def denied_tokens(text: str, token_spans: list[tuple[int, int]]) -> frozenset[int]:
    """Indexes of the tokens (``matcher.tokenize``) inside a denial."""
    denied = sorted(denied_spans(text))
    if not denied:
        return frozenset()
    inside, k = [], 0  # tokens and spans both run left to right: one pass over each
    for i, (start, _) in enumerate(token_spans):
        while k < len(denied) and denied[k][1] <= start:
            k += 1
        if k == len(denied):
            break
        if denied[k][0] <= start:  # spans sorted by start: an earlier one that is still open
            inside.append(i)
    return frozenset(inside)


def without_denials(text: str) -> str:
    """``text`` with what it denies blanked out (same length, so positions still hold)."""
    for a, b in denied_spans(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return text
