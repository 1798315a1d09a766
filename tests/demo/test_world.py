from __future__ import annotations

from collections import Counter

import pytest
from django_scopes import scopes_disabled

from hec.accounts.models import User
from hec.core.permissions import ChapterRole, NetworkRole
from hec.core.tenancy import chapters_for
from hec.demo.world import DEMO_LOGINS, DEMO_PASSWORD, build_demo_world, print_logins
from hec.people.models import Affiliate, Chapter, Membership, Person, PersonKind


@pytest.fixture
def demo(db):
    build_demo_world()


def counts() -> tuple[int, ...]:
    with scopes_disabled():
        return (
            Affiliate.objects.count(),
            Chapter.objects.count(),
            Person.objects.count(),
            Membership.objects.count(),
            User.objects.count(),
        )


def test_demo_world_is_believable(demo):
    assert set(Affiliate.objects.values_list("slug", flat=True)) == {
        "sound-alliance",
        "spokane-alliance",
        "macg",
    }
    assert set(Chapter.objects.values_list("city", flat=True)) >= {"Seattle", "Spokane", "Portland"}
    assert Chapter.objects.count() >= 4
    with scopes_disabled():
        people = list(Person.objects.all())
        assert 140 <= len(people) <= 200
        kinds = Counter(p.kind for p in people)
        assert kinds[PersonKind.STUDENT] > 80
        assert kinds[PersonKind.ALLY] and kinds[PersonKind.COMMUNITY] and kinds[PersonKind.OFFICIAL]
        assert len({p.discipline for p in people if p.discipline}) >= 7
        assert {p.program_level for p in people if p.program_level} == {
            "undergrad",
            "graduate",
            "professional",
        }
        assert all(Person.objects.filter(chapter=c).count() >= 30 for c in Chapter.objects.all())


def test_every_role_has_a_demo_login_that_works(demo):
    roles = {network_role or role for _e, _n, network_role, _c, role in DEMO_LOGINS}
    assert roles >= set(ChapterRole.values) | {
        NetworkRole.NETWORK_ADMIN,
        NetworkRole.AFFILIATE_ORGANIZER,
    }
    for email, *_ in DEMO_LOGINS:
        assert User.objects.get(email=email).check_password(DEMO_PASSWORD), email
    leader = User.objects.get(email="leader@demo.hec")
    assert len(chapters_for(leader)) == 2  # shows the chapter switcher


def test_running_the_demo_again_adds_nothing(demo):
    before = counts()
    build_demo_world()
    assert counts() == before


def test_logins_are_printed(demo, capsys):
    print_logins("http://127.0.0.1:8000")
    out = capsys.readouterr().out
    assert DEMO_PASSWORD in out
    for email, *_ in DEMO_LOGINS:
        assert email in out
