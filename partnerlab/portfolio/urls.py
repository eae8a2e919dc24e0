from django.urls import path

from partnerlab.portfolio import views

app_name = "portfolio"

urlpatterns = [
    path("cycles/<slug:slug>/portfolio/", views.dashboard_page, name="dashboard"),
    path("cycles/<slug:slug>/portfolio.<str:fmt>", views.dashboard_download, name="download"),
    path("cycles/<slug:slug>/portfolio/summary/", views.summary_page, name="summary"),
    path(
        "cycles/<slug:slug>/portfolio/summary.<str:fmt>",
        views.summary_download,
        name="summary_download",
    ),
]
