"""Public URLs of the offers (French addresses, see DESIGN.md)."""

from django.urls import path

from postings import employer_views, views

app_name = "postings"

urlpatterns = [
    path("offres/", views.posting_list, name="list"),
    path("offres/<int:pk>/", views.posting_detail, name="detail_no_slug"),
    path("offres/<int:pk>/<str:slug>/", views.posting_detail, name="detail"),
    path("api/offres/", views.api_list, name="api_list"),
    path("api/offres/<int:pk>/", views.api_detail, name="api_detail"),
    path("espace/", employer_views.dashboard, name="dashboard"),
    path("espace/offres/nouvelle/", employer_views.new_posting, name="new"),
    path("espace/offres/<int:pk>/", employer_views.review, name="review"),
    path("espace/offres/<int:pk>/soumettre/", employer_views.submit, name="submit"),
    path("espace/offres/<int:pk>/cloturer/", employer_views.close, name="close"),
    path("espace/offres/<int:pk>/dupliquer/", employer_views.duplicate, name="duplicate"),
    path("espace/offres/<int:pk>/supprimer/", employer_views.delete, name="delete"),
]
