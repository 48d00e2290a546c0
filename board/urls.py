"""Root URLs: public pages, accounts, the employer space, the admin and the health check."""

from django.contrib import admin
from django.urls import include, path

from board import views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("compte/", include("board.account_urls")),
    path("espace/equipe/", views.team, name="team"),
    path("espace/invitation/<str:token>/", views.accept_invitation, name="accept_invitation"),
    path("", include("postings.urls")),
    path("admin/", admin.site.urls),
]

handler404 = "board.views.page_not_found"
handler500 = "board.views.server_error"
