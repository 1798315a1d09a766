"""Compile the lexicons and find weighted phrase matches in a story."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import (
    lexicon_ambiguous,
    lexicon_clinical,
    lexicon_en,
    lexicon_en_more,
    lexicon_en_social,
    lexicon_es,
    lexicon_es_more,
    lexicon_es_social,
)
from .text import fold

_WORD = re.compile(r"[\w\u2019']+")
_SPLIT = re.compile(r"[a-z0-9]+")
NEGATORS = frozenset(
    # "denies" / "negative for": how clinical notes say a need is absent
    ["not", "never", "no", "isnt", "wasnt", "arent", "werent", "nunca", "jamas", "ni"]
    + ["denies", "negative", "niega", "negativo"]
)
MAX_GAP = 3
PLURALS = True  # a one-word cue also matches its plural ("desalojos", "landlords")


@lru_cache(maxsize=65536)
def _singulars(tok: str) -> tuple[str, ...]:
    """Possible singulars of an English or Spanish plural (folded, no accents)."""
    if len(tok) < 4 or not tok.endswith("s") or tok.endswith("ss"):
        return ()
    out = [tok[:-1]]
    if tok.endswith("es"):
        out.append(tok[:-2])  # buses, meses -> mes, papeles -> papel, ciudades -> ciudad
        if tok.endswith("ces"):
            out.append(tok[:-3] + "z")  # veces -> vez, luces -> luz
    if tok.endswith("ies"):
        out.append(tok[:-3] + "y")  # bodies -> body
    return tuple(out)


@dataclass(frozen=True)
class Pattern:
    key: str  # "<lang>:<label>:<pattern text>"
    label: str  # category or downstream id
    weight: float
    parts: tuple[str, ...]
    negatable: bool
    lang: str


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    start: int  # token index
    end: int  # token index, exclusive
    negated: bool


# Shorthand of texts, chats and notes, read as the word it stands for (one token for one,
# so evidence still quotes the story's own spelling).
SHORTHAND = {
    "bc": "because",
    "bcuz": "because",
    "becuz": "because",
    "cuz": "because",
    "coz": "because",
    "thru": "through",
    "tho": "though",
    "ppl": "people",
    "govt": "government",
    "mgr": "manager",
    "appt": "appointment",
    "appts": "appointments",
    "rx": "prescription",
    "rxs": "prescriptions",
    "dr": "doctor",
    "drs": "doctors",
    "hosp": "hospital",
    "apt": "apartment",
    "apts": "apartments",
    "bldg": "building",
    "hr": "hour",
    "hrs": "hours",
    "wk": "week",
    "wks": "weeks",
    "yr": "year",
    "yrs": "years",
    "ur": "your",
    "xq": "porque",
    "pq": "porque",
    "porq": "porque",
    "tmb": "tambien",
    "tb": "tambien",
    "dra": "doctora",
}


def tokenize(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Folded tokens (shorthand spelt out) and their character spans in the original text."""
    toks: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        word = m.group()
        # plain ASCII words (the common case) fold to their lower case
        plain = word.isascii() and word.isalnum()
        pieces = [word.lower()] if plain else _SPLIT.findall(fold(word))
        for piece in pieces:
            toks.append(SHORTHAND.get(piece, piece))
            spans.append((m.start(), m.end()))
    return toks, spans


_CAPS = lexicon_ambiguous.caps()


def parse_lexicon(table: dict[str, str], lang: str, capped: bool = True) -> list[Pattern]:
    out: list[Pattern] = []
    for label, block in table.items():
        for line in block.strip().splitlines():
            weight_s, _, rest = line.partition(":")
            for raw in rest.split("|"):
                raw = raw.strip()
                if not raw:
                    continue
                neg = raw.startswith("!")
                text = fold(raw.lstrip("!"))
                parts = tuple(text.split())
                weight = float(weight_s)
                if capped and len(parts) == 1:
                    weight = min(weight, _CAPS.get((lang, text), weight))
                out.append(Pattern(f"{lang}:{label}:{text}", label, weight, parts, neg, lang))
    return out


class Matcher:
    def __init__(self, patterns: list[Pattern]):
        self.exact: dict[str, list[Pattern]] = {}
        self.prefix: dict[str, list[Pattern]] = {}
        for p in patterns:
            head = p.parts[0]
            if head.endswith("*"):
                self.prefix.setdefault(head[:-1], []).append(p)
            else:
                self.exact.setdefault(head, []).append(p)
        self.max_prefix = max((len(k) for k in self.prefix), default=0)
        self._cache: dict[str, tuple[Pattern, ...]] = {}

    def candidates(self, tok: str) -> tuple[Pattern, ...]:
        """Patterns whose first word matches ``tok`` (cached per distinct word)."""
        found = self._cache.get(tok)
        if found is None:
            cands = list(self.exact.get(tok, ()))
            if PLURALS:
                for base in _singulars(tok):
                    cands.extend(p for p in self.exact.get(base, ()) if len(p.parts) == 1)
            for n in range(2, min(len(tok), self.max_prefix) + 1):
                cands.extend(self.prefix.get(tok[:n], ()))
            found = tuple(cands)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[tok] = found
        return found

    @staticmethod
    def _tok_ok(part: str, tok: str, last: bool = False) -> bool:
        """Does ``tok`` match pattern word ``part``? A phrase's last word also matches its
        plural ("sleeping in our cars", "eviction notices"), as one-word cues do."""
        if part.endswith("*"):
            return tok.startswith(part[:-1])
        return tok == part or (last and PLURALS and part in _singulars(tok))

    def _end(self, parts: tuple[str, ...], toks: list[str], i: int) -> int:
        """Index after a match of parts[1:] starting at token i, or -1."""
        k, j = 1, i
        while k < len(parts):
            part = parts[k]
            if part == "~":
                nxt = parts[k + 1]
                last = k + 1 == len(parts) - 1
                for g in range(MAX_GAP + 1):
                    if j + g < len(toks) and self._tok_ok(nxt, toks[j + g], last):
                        # the word after the gap matched at j + g: the rest follows it
                        rest = self._end(parts[k + 1 :], toks, j + g + 1)
                        if rest >= 0:
                            return rest
                return -1
            if j >= len(toks) or not self._tok_ok(part, toks[j], k == len(parts) - 1):
                return -1
            j += 1
            k += 1
        return j

    def find(self, toks: list[str], denied: frozenset[int] = frozenset()) -> list[Match]:
        """Matches in ``toks``; those starting at a ``denied`` token (``negation``) are
        negated whatever the cue."""
        found: list[Match] = []
        for i, tok in enumerate(toks):
            for p in self.candidates(tok):
                end = self._end(p.parts, toks, i + 1) if len(p.parts) > 1 else i + 1
                if end < 0:
                    continue
                neg = i in denied or (
                    p.negatable and any(t in NEGATORS for t in toks[max(0, i - 3) : i])
                )
                found.append(Match(p, i, end, neg))
        return _drop_nested(found)


def _drop_nested(matches: list[Match]) -> list[Match]:
    """Keep the longest, strongest reading of each stretch of text.

    A match strictly inside a longer one is dropped ('heat' inside 'no heat'), and a
    label counts an overlapping stretch once.
    """
    matches.sort(key=lambda m: (m.start - m.end, -m.pattern.weight, m.start))
    kept: list[Match] = []
    for m in matches:
        clash = False
        for k in kept:
            if (
                k.start <= m.start
                and m.end <= k.end
                and (k.end - k.start) > (m.end - m.start)
                or k.pattern.label == m.pattern.label
                and m.start < k.end
                and k.start < m.end
            ):
                clash = True
            if clash:
                break
        if not clash:
            kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept


CATEGORY_MATCHER = Matcher(
    parse_lexicon(lexicon_en.CATEGORIES, "en")
    + parse_lexicon(lexicon_en_more.CATEGORIES, "en")
    + parse_lexicon(lexicon_es.CATEGORIES, "es")
    + parse_lexicon(lexicon_es_more.CATEGORIES, "es")
    + parse_lexicon(lexicon_en_social.CATEGORIES, "en")
    + parse_lexicon(lexicon_es_social.CATEGORIES, "es")
    + parse_lexicon(lexicon_clinical.CATEGORIES_EN, "en")
    + parse_lexicon(lexicon_clinical.CATEGORIES_ES, "es")
)
DOWNSTREAM_MATCHER = Matcher(
    parse_lexicon(lexicon_en.DOWNSTREAM, "en", capped=False)
    + parse_lexicon(lexicon_es.DOWNSTREAM, "es", capped=False)
)
