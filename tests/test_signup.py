import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from pytest_django.asserts import assertContains, assertRedirects

from board.forms import INVITATION_INVALID, UNKNOWN_TOWN
from board.models import INVALID_SIRET, Employer, Invitation, User
from tests.factories import EmployerFactory, UserFactory

SIGNUP = reverse("account_signup")
LOGIN = reverse("account_login")
PASSWORD = "Jardin-solidaire-2026"  # noqa: S105 - a test account


def signup_data(**overrides):
    return {
        "email": "coordination@halage-exemple.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "organisation": "Halage",
        "legal_form": "siae",
        "siret": "",
        "town": "L'Ile-Saint-Denis",
        **overrides,
    }


def confirmation_link(message) -> str:
    return re.search(r"https?://\S+/compte/confirmation/\S+/", message.body).group(0)


def test_signup_creates_the_account_and_its_organisation(client, db):
    response = client.post(SIGNUP, signup_data())
    assertRedirects(response, reverse("account_email_verification_sent"))
    user = User.objects.get(email="coordination@halage-exemple.org")
    assert user.employer.name == "Halage"
    assert user.employer.legal_form == Employer.LegalForm.SIAE
    assert user.employer.town == "L'Île-Saint-Denis"
    assert not user.has_verified_email


def test_signup_sends_a_french_confirmation_email_in_text_and_html(client, db, committed):
    with committed():
        client.post(SIGNUP, signup_data())
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["coordination@halage-exemple.org"]
    assert message.subject == "[Tremplin] Confirmez votre adresse e-mail"
    assert "Pour confirmer l'adresse" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "Confirmer mon adresse" in html
    assert "/compte/confirmation/" in confirmation_link(message)


def test_the_account_cannot_post_before_the_address_is_confirmed(client, db):
    client.post(SIGNUP, signup_data())
    response = client.post(
        LOGIN, {"login": "coordination@halage-exemple.org", "password": PASSWORD}
    )
    assertRedirects(response, reverse("account_email_verification_sent"))
    assert client.get(reverse("postings:new")).status_code == 302  # still anonymous


def test_the_confirmation_link_confirms_and_opens_the_employer_space(client, db, committed):
    with committed():
        client.post(SIGNUP, signup_data())
    link = confirmation_link(mail.outbox[0])
    page = client.get(link)
    assertContains(page, "Confirmer")
    response = client.post(link)
    assert response.status_code == 302
    user = User.objects.get(email="coordination@halage-exemple.org")
    assert user.has_verified_email
    assert client.get(reverse("postings:new")).status_code == 200


@pytest.mark.parametrize("siret", ["123", "12345678901234", "ABCDEFGHIJKLMN"])
def test_a_wrong_siret_is_a_form_error(client, db, siret):
    response = client.post(SIGNUP, signup_data(siret=siret))
    assert response.status_code == 200
    assertContains(response, INVALID_SIRET.replace("'", "&#x27;"))
    assert not User.objects.exists()


def test_a_valid_siret_is_kept_without_spaces(client, db):
    client.post(SIGNUP, signup_data(siret="732 829 320 00074"))
    assert Employer.objects.get().siret == "73282932000074"


def test_an_unknown_town_is_a_form_error(client, db):
    response = client.post(SIGNUP, signup_data(town="Atlantide-sur-Mer"))
    assertContains(response, UNKNOWN_TOWN.replace("'", "&#x27;"))


def test_organisation_is_required(client, db):
    response = client.post(SIGNUP, signup_data(organisation=""))
    assertContains(response, "Indiquez le nom de votre organisation.")


def test_weak_passwords_are_refused_in_french(client, db):
    response = client.post(SIGNUP, signup_data(password1="1234", password2="1234"))
    assertContains(response, "Ce mot de passe est trop court")
    assert not User.objects.exists()


def test_the_honeypot_field_stops_bots_silently(client, db, committed):
    with committed():
        response = client.post(SIGNUP, signup_data(site_web="http://spam.example"))
    assert response.status_code == 302
    assert not User.objects.exists()
    assert mail.outbox == []


def test_signing_up_with_a_known_address_reveals_nothing(client, db, committed):
    UserFactory(email="coordination@halage-exemple.org")
    with committed():
        response = client.post(SIGNUP, signup_data())
    assertRedirects(response, reverse("account_email_verification_sent"))
    assert User.objects.count() == 1
    assert mail.outbox[0].subject == "[Tremplin] Vous avez déjà un compte Tremplin"


def test_login_by_email_and_logout_by_post_only(client, db):
    UserFactory(email="ana@exemple.org")
    response = client.post(LOGIN, {"login": "ana@exemple.org", "password": "motdepasse-solide-42"})
    assertRedirects(response, reverse("postings:dashboard"))
    client.get(reverse("account_logout"))
    assert client.get(reverse("postings:dashboard")).status_code == 200  # GET did not log out
    client.post(reverse("account_logout"))
    assert client.get(reverse("postings:dashboard")).status_code == 302


def test_repeated_failed_logins_are_limited(client, db):
    UserFactory(email="ana@exemple.org")
    for _ in range(5):
        client.post(LOGIN, {"login": "ana@exemple.org", "password": "mauvais"})
    response = client.post(LOGIN, {"login": "ana@exemple.org", "password": "motdepasse-solide-42"})
    assert response.status_code in (200, 429)
    assertContains(response, "Trop de tentatives", status_code=response.status_code)


def test_a_failed_login_does_not_say_whether_the_account_exists(client, db):
    UserFactory(email="ana@exemple.org")
    known = client.post(LOGIN, {"login": "ana@exemple.org", "password": "mauvais"})
    unknown = client.post(LOGIN, {"login": "personne@exemple.org", "password": "mauvais"})
    error = "L’adresse e-mail ou le mot de passe sont incorrects."
    assertContains(known, error)
    assertContains(unknown, error)


def test_password_reset_sends_a_link_by_email(client, db, committed):
    UserFactory(email="ana@exemple.org")
    with committed():
        response = client.post(reverse("account_reset_password"), {"email": "ana@exemple.org"})
    assertRedirects(response, reverse("account_reset_password_done"))
    message = mail.outbox[0]
    assert message.subject == "[Tremplin] Réinitialisation de votre mot de passe"
    link = re.search(r"https?://\S+/compte/mot-de-passe/nouveau/\S+/", message.body).group(0)
    form = client.get(link, follow=True)
    assert form.status_code == 200
    response = client.post(
        form.redirect_chain[-1][0] if form.redirect_chain else link,
        {"password1": "Nouveau-mot-2026!", "password2": "Nouveau-mot-2026!"},
    )
    assert response.status_code == 302
    assert User.objects.get(email="ana@exemple.org").check_password("Nouveau-mot-2026!")


def test_password_change_for_a_logged_in_user(client, db):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        reverse("account_change_password"),
        {
            "oldpassword": "motdepasse-solide-42",
            "password1": "Autre-mot-2026!",
            "password2": "Autre-mot-2026!",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Autre-mot-2026!")


def test_addresses_page_lets_the_user_add_an_email(client, db):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        reverse("account_email"), {"action_add": "", "email": "neuve@exemple.org"}
    )
    assert response.status_code == 302
    assert EmailAddress.objects.filter(user=user, email="neuve@exemple.org").exists()


def test_a_member_invites_a_colleague_who_signs_up_into_the_organisation(client, db, committed):
    member = UserFactory()
    client.force_login(member)
    with committed():
        client.post(reverse("team"), {"email": "collegue@exemple.org"})
    invitation = Invitation.objects.get()
    assert invitation.employer == member.employer
    message = mail.outbox[0]
    assert message.to == ["collegue@exemple.org"] and invitation.token in message.body
    client.logout()
    page = client.get(reverse("accept_invitation", args=[invitation.token]))
    assertContains(page, f"?invitation={invitation.token}")
    response = client.post(
        f"{SIGNUP}?invitation={invitation.token}",
        signup_data(
            email="collegue@exemple.org", organisation="", town="", invitation=invitation.token
        ),
    )
    assert response.status_code == 302
    colleague = User.objects.get(email="collegue@exemple.org")
    assert colleague.employer == member.employer
    assert Employer.objects.count() == 1
    invitation.refresh_from_db()
    assert invitation.accepted_by == colleague


def test_an_existing_account_without_organisation_joins_by_post(client, db):
    employer = EmployerFactory()
    invitation = Invitation.objects.create(employer=employer, email="x@exemple.org")
    user = UserFactory(employer=None)
    client.force_login(user)
    url = reverse("accept_invitation", args=[invitation.token])
    assertContains(client.get(url), "Rejoindre")
    client.post(url)
    user.refresh_from_db()
    assert user.employer == employer


def test_an_invitation_works_once(client, db):
    invitation = Invitation.objects.create(employer=EmployerFactory(), email="x@exemple.org")
    invitation.accept(UserFactory(employer=None))
    assert client.get(reverse("accept_invitation", args=[invitation.token])).status_code == 410
    response = client.post(SIGNUP, signup_data(invitation=invitation.token, organisation=""))
    assertContains(response, INVITATION_INVALID.replace("'", "&#x27;"))


def test_team_page_needs_a_login(client, db):
    response = client.get(reverse("team"))
    assert response.status_code == 302 and LOGIN in response["Location"]
