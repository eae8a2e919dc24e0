from django.urls import path

from partnerlab.actors import views

app_name = "actors"

urlpatterns = [
    path("organisations/", views.organisation_list, name="organisation_list"),
    path("organisations/new/", views.organisation_create, name="organisation_create"),
    path("organisations/import/", views.organisation_import, name="organisation_import"),
    path(
        "organisations/import/template.<str:fmt>",
        views.organisation_import_template,
        name="organisation_import_template",
    ),
    path("organisations/<id:pk>/", views.organisation_detail, name="organisation_detail"),
    path("organisations/<id:pk>/edit/", views.organisation_edit, name="organisation_edit"),
    path("contacts/<id:pk>/remove/", views.contact_remove, name="contact_remove"),
    path("people/", views.people, name="people"),
    path("people/<id:pk>/active/", views.person_active, name="person_active"),
    path(
        "people/invitations/<id:pk>/withdraw/",
        views.invitation_withdraw,
        name="invitation_withdraw",
    ),
]
