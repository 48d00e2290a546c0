"""allauth's account views at Tremplin's French addresses (`/compte/…`, see DESIGN.md).

The URL names are allauth's own, so that its redirects and e-mails find these addresses.
"""

from allauth.account import views as account
from django.urls import path, re_path

from board.views import SignupView

urlpatterns = [
    path("inscription/", SignupView.as_view(), name="account_signup"),
    path("connexion/", account.login, name="account_login"),
    path("deconnexion/", account.logout, name="account_logout"),
    path("inactif/", account.account_inactive, name="account_inactive"),
    path("reauthentification/", account.reauthenticate, name="account_reauthenticate"),
    path("adresses/", account.email, name="account_email"),
    path(
        "confirmation/",
        account.email_verification_sent,
        name="account_email_verification_sent",
    ),
    re_path(
        r"^confirmation/(?P<key>[-:\w]+)/$", account.confirm_email, name="account_confirm_email"
    ),
    path("mot-de-passe/", account.password_change, name="account_change_password"),
    path("mot-de-passe/definir/", account.password_set, name="account_set_password"),
    path("mot-de-passe/oubli/", account.password_reset, name="account_reset_password"),
    path(
        "mot-de-passe/oubli/envoye/",
        account.password_reset_done,
        name="account_reset_password_done",
    ),
    path(
        "mot-de-passe/nouveau/fait/",
        account.password_reset_from_key_done,
        name="account_reset_password_from_key_done",
    ),
    re_path(
        r"^mot-de-passe/nouveau/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$",
        account.password_reset_from_key,
        name="account_reset_password_from_key",
    ),
    path(
        "connexion/code/",
        account.confirm_login_code,
        name="account_confirm_login_code",
    ),
]
