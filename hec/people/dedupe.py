"""Duplicate suggestions: plain functions, no database access.

A pair of people is suggested when they share an email address (case-insensitive), or when
their names are similar and they share a phone number (digits only). Candidate pairs come
only from blocks that share a key (the email, the phone digits), so the work grows with the
size of those blocks, never with all pairs of a chapter; names are compared only inside a
block, and the costly difflib ratio only between names with the same first letter.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

SIMILAR_RATIO = 0.85
# A key shared by more people than this is a placeholder (an office switchboard, a shared
# inbox), not evidence that they are one person; such blocks are skipped.
MAX_BLOCK = 25
MIN_PHONE_DIGITS = 7

REASON_EMAIL = "same_email"
REASON_NAME_PHONE = "similar_name_phone"


@dataclass(frozen=True)
class Candidate:
    """The fields dedupe looks at; `key` is whatever identifies the record to the caller."""

    key: Any
    name: str
    email: str = ""
    phone: str = ""


@dataclass
class Suggestion:
    first: Any
    second: Any
    reasons: list[str] = field(default_factory=list)


def normalize_name(name: str) -> str:
    """Lowercase, strip accents, keep letters/digits, collapse whitespace."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = re.sub(r"[^\w\s]", " ", plain)
    return " ".join(plain.split())


def phone_digits(phone: str) -> str:
    digits = re.sub(r"\D", "", phone or "")
    # A leading North American country code does not make a different number.
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return digits


def normalize_email(email: str) -> str:
    return (email or "").strip().lower()


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def names_similar(a: str, b: str) -> bool:
    """Same normalized name, or same first and last tokens, or a close spelling
    (difflib ratio >= 0.85) between names that start with the same letter."""
    na, nb = normalize_name(a), normalize_name(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    ta, tb = na.split(), nb.split()
    if (ta[0], ta[-1]) == (tb[0], tb[-1]):
        return True
    if na[0] != nb[0]:
        return False
    return _ratio(na, nb) >= SIMILAR_RATIO


def _blocks(people: list[Candidate], key_of) -> Iterable[list[Candidate]]:
    blocks: dict[str, list[Candidate]] = defaultdict(list)
    for person in people:
        key = key_of(person)
        if key:
            blocks[key].append(person)
    return (b for b in blocks.values() if 1 < len(b) <= MAX_BLOCK)


def _phone_key(person: Candidate) -> str:
    digits = phone_digits(person.phone)
    return digits if len(digits) >= MIN_PHONE_DIGITS else ""


def find_duplicates(people: Iterable[Candidate]) -> list[Suggestion]:
    """Suggested duplicate pairs, each once, in the order the people were given."""
    people = list(people)
    order = {p.key: i for i, p in enumerate(people)}
    found: dict[tuple[Any, Any], Suggestion] = {}

    def add(a: Candidate, b: Candidate, reason: str) -> None:
        if order[a.key] > order[b.key]:
            a, b = b, a
        suggestion = found.setdefault((a.key, b.key), Suggestion(a.key, b.key))
        if reason not in suggestion.reasons:
            suggestion.reasons.append(reason)

    for block in _blocks(people, lambda p: normalize_email(p.email)):
        for a, b in combinations(block, 2):
            add(a, b, REASON_EMAIL)
    for block in _blocks(people, _phone_key):
        for a, b in combinations(block, 2):
            if names_similar(a.name, b.name):
                add(a, b, REASON_NAME_PHONE)
    return sorted(found.values(), key=lambda s: (order[s.first], order[s.second]))
