"""Invitations: sent by leaders, accepted once by link, creating or linking the account."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from hec.accounts import services
from hec.accounts.models import Invitation, User, hash_token
from hec.core.models import AuditEntry
from hec.people.models import Membership, Person
from tests.factories import PASSWORD, make_person

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a river of tidy lanterns 7"


def invite(world, email="new.person@example.org", role="member", name="Noa New"):
    with scope(chapter=world.chapter_a):
        return services.invitation_create(
            chapter=world.chapter_a, actor=world.leader_a, email=email, name=name, role=role
        )


def link_from_mail() -> str:
    match = re.search(r"http\S+/accounts/invite/(\S+)/", mail.outbox[-1].body)
    assert match
    return match.group(0)


def test_create_hashes_token_sends_mail_and_audits(world):
    invitation, raw = invite(world, email="  New.Person@Example.org ")
    assert invitation.email == "new.person@example.org"
    assert invitation.token_hash == hash_token(raw)
    with scopes_disabled():
        row = Invitation.objects.filter(pk=invitation.pk).values().get()
    assert raw not in str(row)  # only the hash is stored
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["new.person@example.org"]
    assert "HEC Alpha" in message.subject
    assert f"http://127.0.0.1:8000/accounts/invite/{raw}/" in message.body
    with scopes_disabled():
        entry = AuditEntry.objects.get(action="chapter.invitation.sent")
    assert entry.chapter == world.chapter_a and entry.actor == world.leader_a
    assert entry.object_id == invitation.public_id


def test_second_open_invitation_to_same_address_refused(world):
    invite(world)
    with pytest.raises(ValidationError):
        invite(world)


def test_expired_invitation_is_closed_when_reinviting(world):
    first, _ = invite(world)
    with scopes_disabled():
        Invitation.objects.filter(pk=first.pk).update(
            created_at=timezone.now() - timedelta(days=15)
        )
    second, _ = invite(world)
    with scopes_disabled():
        first.refresh_from_db()
    assert first.status == "revoked" and second.status == "open"


def test_inviting_an_existing_member_refused(world):
    with pytest.raises(ValidationError):
        invite(world, email=world.member_a.email)


def test_accept_creates_user_person_membership_and_signs_in(world, client):
    _, raw = invite(world, role="leader")
    url = f"/accounts/invite/{raw}/"
    page = client.get(url)
    assert page.status_code == 200 and b"HEC Alpha" in page.content
    response = client.post(
        url, {"name": "Noa New", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/c/alpha/"
    user = User.objects.get(email="new.person@example.org")
    assert user.name == "Noa New" and user.check_password(NEW_PASSWORD)
    assert client.session["_auth_user_id"] == str(user.pk)
    with scope(chapter=world.chapter_a):
        person = Person.objects.get(user=user)
        assert person.email == "new.person@example.org"
        assert Membership.objects.filter(person=person, role="leader").exists()
        invitation = Invitation.objects.get()
        assert invitation.accepted_at is not None
        assert AuditEntry.objects.filter(
            action="chapter.invitation.accepted", actor=user, object_id=invitation.public_id
        ).exists()
    assert client.get("/c/alpha/").status_code == 200


def test_accept_links_existing_person_record_by_email(world, client):
    person = make_person(world.chapter_a, "Known Before", email="new.person@example.org")
    _, raw = invite(world)
    client.post(
        f"/accounts/invite/{raw}/",
        {"name": "Noa", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    with scope(chapter=world.chapter_a):
        person.refresh_from_db()
        assert person.user is not None and person.user.email == "new.person@example.org"
        assert Person.objects.filter(email="new.person@example.org").count() == 1
        assert person.memberships.count() == 1


def test_person_in_another_chapter_is_not_linked(world, client):
    other = make_person(world.chapter_b, "Same Email", email="new.person@example.org")
    _, raw = invite(world)
    client.post(
        f"/accounts/invite/{raw}/",
        {"name": "Noa", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    with scopes_disabled():
        other.refresh_from_db()
        assert other.user is None
        assert Person.objects.filter(chapter=world.chapter_a, user__isnull=False).count() == 3


def test_used_token_cannot_be_reused(world, client):
    _, raw = invite(world)
    data = {"name": "Noa", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    assert client.post(f"/accounts/invite/{raw}/", data).status_code == 302
    other = type(client)()
    response = other.get(f"/accounts/invite/{raw}/")
    assert response.status_code == 404
    assert b"not valid" in response.content
    assert other.post(f"/accounts/invite/{raw}/", data).status_code == 404
    with pytest.raises(services.InvitationInvalid):
        services.invitation_accept(raw_token=raw, name="x", password=NEW_PASSWORD)


@pytest.mark.parametrize("state", ["unknown", "revoked", "expired"])
def test_invalid_links_show_one_message(world, client, state):
    invitation, raw = invite(world)
    with scopes_disabled():
        if state == "revoked":
            services.invitation_revoke(invitation=invitation, actor=world.leader_a)
        elif state == "expired":
            Invitation.objects.filter(pk=invitation.pk).update(
                created_at=timezone.now() - timedelta(days=15)
            )
    token = "nonsense-token" if state == "unknown" else raw
    response = client.get(f"/accounts/invite/{token}/")
    assert response.status_code == 404
    assert b"This invitation link is not valid" in response.content
    assert not User.objects.filter(email="new.person@example.org").exists()


def test_weak_password_rejected_and_nothing_created(world, client):
    _, raw = invite(world)
    response = client.post(
        f"/accounts/invite/{raw}/", {"name": "Noa", "password1": "12345", "password2": "12345"}
    )
    assert response.status_code == 200
    assert b"errorlist" in response.content
    assert not User.objects.filter(email="new.person@example.org").exists()
    with scopes_disabled():
        assert Invitation.objects.get().accepted_at is None


def test_signed_in_as_someone_else_is_told(world, client_for):
    _, raw = invite(world)
    response = client_for(world.leader_b).get(f"/accounts/invite/{raw}/")
    assert response.status_code == 200
    assert b"This invitation is for another account" in response.content
    assert b"leader.b@example.org" in response.content
    client_for(world.leader_b).post(f"/accounts/invite/{raw}/")
    with scopes_disabled():
        assert Invitation.objects.get().accepted_at is None


def test_existing_account_signs_in_then_accepts(world, client_for):
    # leader_b already has an account; invited to chapter A too
    _, raw = invite(world, email=world.leader_b.email)
    anonymous = client_for(None).get(f"/accounts/invite/{raw}/")
    assert b"Sign in to accept" in anonymous.content
    client = client_for(world.leader_b)
    response = client.post(f"/accounts/invite/{raw}/")
    assert response.status_code == 302 and response["Location"] == "/c/alpha/"
    with scope(chapter=world.chapter_a):
        assert Membership.objects.filter(person__user=world.leader_b, role="member").exists()
    world.leader_b.refresh_from_db()
    assert world.leader_b.check_password(PASSWORD)  # untouched


def test_leader_page_sends_lists_and_revokes(world, client_for):
    client = client_for(world.leader_a)
    response = client.post(
        "/c/alpha/invitations/", {"email": "x@example.org", "name": "X", "role": "member"}
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1 and link_from_mail()
    page = client.get("/c/alpha/invitations/")
    assert b"x@example.org" in page.content and b"Withdraw" in page.content
    with scopes_disabled():
        invitation = Invitation.objects.get()
    client.post(f"/c/alpha/invitations/{invitation.public_id}/revoke/")
    with scopes_disabled():
        invitation.refresh_from_db()
        assert invitation.revoked_at is not None
        assert AuditEntry.objects.filter(action="chapter.invitation.revoked").exists()


def test_leader_page_shows_errors_and_keeps_values(world, client_for):
    response = client_for(world.leader_a).post(
        "/c/alpha/invitations/", {"email": world.member_a.email, "name": "Kept Name"}
    )
    assert response.status_code == 200
    assert b"Kept Name" in response.content
    assert b"errorlist" in response.content
    assert len(mail.outbox) == 0


def test_members_cannot_manage_invitations(world, client_for):
    client = client_for(world.member_a)
    assert client.get("/c/alpha/invitations/").status_code == 403
    assert client.post("/c/alpha/invitations/", {"email": "y@example.org"}).status_code == 403


def test_invitation_list_query_count_is_constant(world, client_for, django_assert_max_num_queries):
    with scopes_disabled():
        Invitation.objects.bulk_create(
            Invitation(
                chapter=world.chapter_a,
                email=f"p{i}@example.org",
                role="member",
                token_hash=f"{i:064d}",
                invited_by=world.leader_a,
            )
            for i in range(80)
        )
    client = client_for(world.leader_a)
    with django_assert_max_num_queries(12):
        response = client.get("/c/alpha/invitations/")
    assert response.status_code == 200
    assert b"Page 1 of 2" in response.content
