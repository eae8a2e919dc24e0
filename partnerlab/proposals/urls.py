from django.urls import path

from partnerlab.proposals import views

app_name = "proposals"

urlpatterns = [
    path("partnerships/<id:pk>/proposal/", views.readiness, name="readiness"),
    path("partnerships/<id:pk>/proposal/edit", views.update, name="update"),
    path("partnerships/<id:pk>/proposal/typology", views.set_typology, name="typology"),
    path(
        "partnerships/<id:pk>/proposal/sign-off/<slug:element>",
        views.sign_off,
        name="sign_off",
    ),
    path("partnerships/<id:pk>/proposal.<str:fmt>", views.document, name="document"),
    path("notices/", views.notices, name="notices"),
]
