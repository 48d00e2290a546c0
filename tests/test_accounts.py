from django.contrib.auth import authenticate, get_user_model

from board.models import Employer


def test_create_user_takes_an_email_and_a_password(db):
    user = get_user_model().objects.create_user(email="Ana@Exemple.ORG", password="x-Long-pass-9")
    assert user.email == "ana@exemple.org"
    assert user.check_password("x-Long-pass-9")
    assert not user.is_staff


def test_the_email_is_the_login(db, client):
    get_user_model().objects.create_user(email="ana@exemple.org", password="x-Long-pass-9")
    assert authenticate(email="ana@exemple.org", password="x-Long-pass-9") is not None
    assert client.login(email="ana@exemple.org", password="x-Long-pass-9")


def test_create_superuser_is_staff(db):
    admin = get_user_model().objects.create_superuser(email="a@b.fr", password="x-Long-pass-9")
    assert admin.is_staff and admin.is_superuser


def test_employer_slugs_are_unique(db):
    first = Employer.objects.create(name="Les Jardins")
    second = Employer.objects.create(name="Les jardins")
    assert first.slug == "les-jardins"
    assert second.slug == "les-jardins-2"
