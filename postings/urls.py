"""Public URLs of the offers (French addresses, see DESIGN.md)."""

from django.urls import path

from postings import views

app_name = "postings"

urlpatterns = [
    path("offres/", views.posting_list, name="list"),
    path("offres/<int:pk>/", views.posting_detail, name="detail_no_slug"),
    path("offres/<int:pk>/<str:slug>/", views.posting_detail, name="detail"),
    path("api/offres/", views.api_list, name="api_list"),
    path("api/offres/<int:pk>/", views.api_detail, name="api_detail"),
]
