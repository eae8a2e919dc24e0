from django.urls import path

from partnerlab.intake import views

app_name = "intake"

urlpatterns = [
    path("cycles/<slug:slug>/consultations/", views.consultation_list, name="consultation_list"),
    path(
        "cycles/<slug:slug>/consultations/<id:pk>/",
        views.consultation_detail,
        name="consultation_detail",
    ),
    path(
        "cycles/<slug:slug>/survey-links/<id:pk>/close/",
        views.survey_link_close,
        name="survey_link_close",
    ),
    path("cycles/<slug:slug>/inputs/", views.input_list, name="input_list"),
    path("cycles/<slug:slug>/inputs/import/", views.input_import, name="input_import"),
    path(
        "cycles/<slug:slug>/inputs/import/template.<str:fmt>",
        views.input_import_template,
        name="input_import_template",
    ),
    path("survey/<str:token>/", views.survey, name="survey"),
]
