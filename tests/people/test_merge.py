from __future__ import annotations

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import connection, models
from django_scopes import scope, scopes_disabled

from hec.core.models import AuditEntry
from hec.people import merge
from hec.people.models import Membership, Person
from tests.factories import make_person, make_user
from tests.people.conftest import url


@pytest.fixture
def pair(world):
    keep = make_person(world.chapter_a, "Katherine Smith", email="kat@x.org", phone="", pronouns="")
    drop = make_person(
        world.chapter_a,
        "Katharine Smith",
        email="KAT@x.org",
        phone="206-555-0101",
        pronouns="she/her",
        discipline="medicine",
        program_level="professional",
    )
    return keep, drop


def reload(person: Person) -> Person:
    with scopes_disabled():
        return Person.objects.get(pk=person.pk)


def test_merge_moves_rows_takes_values_and_archives_drop(world, pair):
    keep, drop = pair
    earlier = make_person(world.chapter_a, "Kathy S.")
    user = make_user("kat@x.org")
    with scopes_disabled():
        Person.objects.filter(pk=drop.pk).update(user=user)
        Person.objects.filter(pk=earlier.pk).update(
            merged_into=drop, archived_at="2024-01-01T00:00Z"
        )
        Membership.objects.create(
            chapter=world.chapter_a, person=drop, role="member", stage="leader"
        )
        Membership.objects.create(
            chapter=world.chapter_a,
            person=drop,
            role="faculty_ally",
            started_on="2020-01-01",
            ended_on="2020-06-01",
        )
    with scope(chapter=world.chapter_a):
        merge.person_merge(
            keep=reload(keep),
            drop=reload(drop),
            actor=world.leader_a,
            fields={"name": "Katharine Smith"},
        )
        keep, drop = reload(keep), reload(drop)
        assert keep.name == "Katharine Smith"  # chosen
        assert keep.email == "kat@x.org"  # keep's non-empty value
        assert keep.phone == "206-555-0101" and keep.pronouns == "she/her"  # drop's, keep empty
        assert (keep.discipline, keep.program_level) == ("medicine", "professional")
        assert keep.user == user and drop.user is None
        assert drop.merged_into == keep and drop.is_archived
        assert Membership.objects.filter(person=keep).count() == 2
        assert not Membership.objects.filter(person=drop).exists()
        assert reload(earlier).merged_into == keep  # earlier merges follow
        entry = AuditEntry.objects.get(action="chapter.people.merged")
    assert entry.data["keep"] == keep.public_id and entry.data["drop"] == drop.public_id
    assert entry.data["moved"]["people.membership.person"] == 2


def test_duplicate_open_membership_is_merged_not_duplicated(world, pair):
    keep, drop = pair
    with scopes_disabled():
        Membership.objects.create(
            chapter=world.chapter_a,
            person=keep,
            role="member",
            stage="participant",
            started_on="2024-09-01",
        )
        Membership.objects.create(
            chapter=world.chapter_a,
            person=drop,
            role="member",
            stage="emerging",
            started_on="2023-01-15",
        )
    with scope(chapter=world.chapter_a):
        merge.person_merge(keep=keep, drop=drop, actor=None)
        (only,) = Membership.objects.filter(person=keep)
    assert str(only.started_on) == "2023-01-15" and only.stage == "emerging"


def test_merge_is_atomic(world, pair, monkeypatch):
    keep, drop = pair
    with scopes_disabled():
        Membership.objects.create(chapter=world.chapter_a, person=drop, role="member")

    def boom(*args, **kwargs):
        raise RuntimeError("audit store down")

    monkeypatch.setattr(merge.audit, "record", boom)
    with scope(chapter=world.chapter_a), pytest.raises(RuntimeError):
        merge.person_merge(keep=keep, drop=drop, actor=None)
    with scopes_disabled():
        assert (
            Membership.objects.get(role="member", person__name="Katharine Smith").person_id
            == drop.pk
        )
    assert reload(drop).merged_into is None and not reload(drop).is_archived
    assert reload(keep).phone == ""


def test_merge_refuses_bad_pairs(world, pair):
    keep, drop = pair
    with scope(chapter=world.chapter_a):
        with pytest.raises(ValidationError):
            merge.person_merge(keep=keep, drop=keep, actor=None)
        with scopes_disabled(), pytest.raises(ValidationError):
            merge.person_merge(keep=keep, drop=world.person_b, actor=None)
        a, b = make_user("a@x.org"), make_user("b@x.org")
        with scopes_disabled():
            Person.objects.filter(pk=keep.pk).update(user=a)
            Person.objects.filter(pk=drop.pk).update(user=b)
        with pytest.raises(ValidationError):
            merge.person_merge(keep=reload(keep), drop=reload(drop), actor=None)


@pytest.mark.django_db(transaction=True)
def test_rows_of_any_later_app_move_generically(world, pair):
    """A model added later with a FK (and a unique pair) to Person is handled with no change."""
    keep, drop = pair

    class Attendance(models.Model):
        person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
        session = models.CharField(max_length=20)

        class Meta:
            app_label = "people"
            unique_together = [("person", "session")]

        def __str__(self) -> str:
            return self.session

    class Pairing(models.Model):
        mentor = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="mentees")
        mentee = models.OneToOneField(Person, on_delete=models.CASCADE, related_name="mentor")
        tags = models.ManyToManyField(Person, related_name="tagged_in")

        class Meta:
            app_label = "people"

        def __str__(self) -> str:
            return str(self.pk)

    try:
        with connection.schema_editor() as editor:
            editor.create_model(Attendance)
            editor.create_model(Pairing)  # with its many-to-many table
        Person._meta._expire_cache()
        Attendance.objects.create(person=drop, session="s1")
        Attendance.objects.create(person=drop, session="s2")
        Attendance.objects.create(person=keep, session="s2")  # would clash once moved
        other = make_person(world.chapter_a, "Other")
        pairing = Pairing.objects.create(mentor=drop, mentee=other)
        pairing.tags.add(drop)
        with scope(chapter=world.chapter_a):
            merge.person_merge(keep=keep, drop=drop, actor=None)
        assert sorted(Attendance.objects.filter(person=keep).values_list("session", flat=True)) == [
            "s1",
            "s2",
        ]
        assert not Attendance.objects.filter(person=drop).exists()
        pairing.refresh_from_db()
        assert pairing.mentor_id == keep.pk
        with scopes_disabled():
            assert list(pairing.tags.all()) == [keep]
    finally:
        with connection.schema_editor() as editor:
            editor.delete_model(Pairing)
            editor.delete_model(Attendance)
        for model in (Attendance, Pairing, Pairing.tags.through):
            apps.all_models["people"].pop(model._meta.model_name, None)
        apps.clear_cache()
        Person._meta._expire_cache()


def test_merge_page_and_post(world, pair, client_for):
    keep, drop = pair
    client = client_for(world.leader_a)
    merge = url(world, "people-merge") + f"?keep={keep.public_id}&drop={drop.public_id}"
    page = client.get(merge)
    assert page.status_code == 200
    content = page.content.decode()
    assert "Katherine Smith" in content and "Katharine Smith" in content
    form = page.context["form"]
    assert form["name"].initial == "keep" and form["phone"].initial == "drop"
    assert form["email"].initial == "keep"
    response = client.post(
        merge,
        {
            "name": "drop",
            "phone": "drop",
            "pronouns": "keep",
            "email": "keep",
            "discipline": "drop",
            "program_level": "drop",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == url(world, "person-detail", keep.public_id)
    keep = reload(keep)
    assert keep.name == "Katharine Smith" and keep.pronouns == ""
    assert reload(drop).merged_into_id == keep.pk


def test_merge_without_ids_goes_to_suggestions(world, client_for):
    response = client_for(world.leader_a).get(url(world, "people-merge"))
    assert response.status_code == 302 and response["Location"] == url(world, "people-duplicates")


def test_duplicates_page_lists_pairs(world, pair, client_for, django_assert_max_num_queries):
    with scopes_disabled():
        Person.objects.bulk_create(
            [
                Person(chapter=world.chapter_a, name=f"P {i}", kind="student", email=f"p{i}@x.org")
                for i in range(300)
            ]
        )
    client = client_for(world.leader_a)
    with django_assert_max_num_queries(12):
        response = client.get(url(world, "people-duplicates"))
    pairs = list(response.context["page"].object_list)
    assert [(p.first.name, p.second.name) for p in pairs] == [
        ("Katherine Smith", "Katharine Smith")
    ]
    assert b"same email" in response.content
    assert client_for(world.member_a).get(url(world, "people-duplicates")).status_code == 403
    assert client_for(world.member_a).get(url(world, "people-merge")).status_code == 403
