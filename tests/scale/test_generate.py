from __future__ import annotations

import io

import pytest
from django.core import management
from django_scopes import scopes_disabled

from hec.accounts.models import User
from hec.core.progress import Progress
from hec.people.models import Chapter, Membership, Organization, Partnership, Person
from hec.scale.generate import generate, has_data
from hec.scale.scales import BENCH_CHAPTER_SLUG, BENCH_USERS, SCALES


def snapshot() -> dict:
    with scopes_disabled():
        return {
            "chapters": list(Chapter.objects.order_by("slug").values_list("slug", "public_id")),
            "people": list(
                Person.objects.order_by("public_id").values_list(
                    "public_id", "chapter__slug", "name", "email", "kind", "discipline",
                    "archived_at",
                )
            ),
            "memberships": list(
                Membership.objects.order_by("public_id").values_list(
                    "public_id", "person__public_id", "role", "stage", "started_on", "ended_on"
                )
            ),
            "partnerships": Partnership.objects.count(),
            "organizations": list(Organization.objects.order_by("name", "city").values_list(
                "name", "city", "kind"
            )),
        }  # fmt: skip


def wipe() -> None:
    management.call_command("flush", interactive=False, verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_small_scale_is_deterministic_for_a_seed_and_realistic():
    result = generate("small", seed=7, quiet=True)
    first = snapshot()
    wipe()
    generate("small", seed=7, quiet=True)
    assert snapshot() == first
    wipe()
    generate("small", seed=8, quiet=True)
    assert snapshot()["people"] != first["people"]

    scale = SCALES["small"]
    assert len(first["chapters"]) == scale.chapters
    assert result["rows"]["people"] >= scale.people
    with scopes_disabled():
        bench = Chapter.objects.get(slug=BENCH_CHAPTER_SLUG)
        # a few leaders in every chapter, and the bench users can sign in there
        for chapter in Chapter.objects.all():
            leaders = Membership.objects.filter(chapter=chapter, role="leader", ended_on=None)
            assert 1 <= leaders.count() <= 7
        leader = User.objects.get(email=BENCH_USERS["leader"])
        assert Membership.objects.filter(person__user=leader, chapter=bench, role="leader").exists()
        # some duplicate records to merge (same email in one chapter)
        emails = list(Person.objects.filter(chapter=bench).exclude(email="").values_list(
            "email", flat=True))  # fmt: skip
        assert len(emails) > len(set(emails))
    assert has_data()


def test_generate_refuses_a_database_with_data_unless_reset(world, capsys):
    from hec.scale.generate import main

    assert main(["--scale", "small", "--quiet"]) == 1
    assert "--reset" in capsys.readouterr().err


def test_progress_prints_a_bar():
    stream = io.StringIO()
    with Progress(200, "people", stream=stream) as bar:
        bar.advance(100)
        bar.advance(100)
    lines = stream.getvalue().splitlines()
    assert lines[-1].startswith("people")
    assert "200/200" in lines[-1] and "100%" in lines[-1]
    assert "[" + "#" * 30 + "]" in lines[-1]
    quiet = io.StringIO()
    Progress(5, "x", stream=quiet, quiet=True).advance(5)
    assert quiet.getvalue() == ""
