from __future__ import annotations

import random

from hec.people import dedupe
from hec.people.dedupe import Candidate, find_duplicates, names_similar, normalize_name


def test_normalize_name_strips_accents_case_and_spacing():
    assert normalize_name("  José   María  GARCÍA-López ") == "jose maria garcia lopez"


def test_names_similar_rules():
    assert names_similar("José García", "jose  garcia")  # same normalized
    assert names_similar("Maria Elena Lopez", "Maria Lopez")  # same first + last tokens
    assert names_similar("Katherine Smith", "Katharine Smith")  # close spelling
    assert not names_similar("Katherine Smith", "Catherine Smith")  # other first letter
    assert not names_similar("Ana Ruiz", "Bob Stone")
    assert not names_similar("", "Ana")


def test_phone_digits_ignores_formatting_and_country_code():
    assert dedupe.phone_digits("+1 (509) 555-0199") == dedupe.phone_digits("509.555.0199")


def test_same_email_is_suggested_case_insensitively():
    found = find_duplicates(
        [
            Candidate(1, "Ana Ruiz", email="Ana@Example.org"),
            Candidate(2, "A. Ruiz-Gómez", email="ana@example.org "),
            Candidate(3, "Someone Else", email="else@example.org"),
        ]
    )
    assert [(s.first, s.second, s.reasons) for s in found] == [(1, 2, [dedupe.REASON_EMAIL])]


def test_similar_name_needs_a_shared_phone():
    found = find_duplicates(
        [
            Candidate(1, "Katherine Smith", phone="(206) 555-0101"),
            Candidate(2, "Katharine Smith", phone="206 555 0101"),
            Candidate(3, "Katherine Smith", phone="206-555-0199"),  # same name, other phone
            Candidate(4, "Bob Stone", phone="206-555-0101"),  # same phone, other name
        ]
    )
    assert [(s.first, s.second) for s in found] == [(1, 2)]
    assert found[0].reasons == [dedupe.REASON_NAME_PHONE]


def test_both_reasons_are_reported_once_per_pair():
    found = find_duplicates(
        [
            Candidate(2, "Ana Ruiz", email="ana@x.org", phone="2065550101"),
            Candidate(1, "Ana  Ruiz", email="ANA@x.org", phone="206-555-0101"),
        ]
    )
    assert len(found) == 1
    assert (found[0].first, found[0].second) == (2, 1)  # order given is kept
    assert set(found[0].reasons) == {dedupe.REASON_EMAIL, dedupe.REASON_NAME_PHONE}


def test_placeholder_keys_are_not_evidence():
    shared = [Candidate(i, f"Person {i}", phone="000-000-0000") for i in range(40)]
    assert find_duplicates(shared) == []


def test_blocking_keeps_the_work_small_for_a_thousand_people(monkeypatch):
    calls = []
    real = dedupe._ratio
    monkeypatch.setattr(dedupe, "_ratio", lambda a, b: calls.append(1) or real(a, b))
    rng = random.Random(7)
    people = [
        Candidate(
            i,
            f"{rng.choice('ABCDEFGH')}name{i} Last{i % 50}",
            email=f"p{i}@example.org",
            phone=f"206555{i:04d}",
        )
        for i in range(1000)
    ]
    # two planted duplicates
    people.append(Candidate(5000, people[10].name + "e", phone=people[10].phone))
    people.append(Candidate(5001, "Other Person", email=people[20].email.upper()))
    found = find_duplicates(people)
    assert {(s.first, s.second) for s in found} == {(10, 5000), (20, 5001)}
    # all-pairs would be ~500,000 name comparisons; blocking needs a handful
    assert len(calls) <= 5
