from django.urls import path

from partnerlab.themes import views

app_name = "themes"

urlpatterns = [
    path("cycles/<slug:slug>/themes/", views.overview, name="overview"),
    path("cycles/<slug:slug>/themes/discover/", views.discover, name="discover"),
    path("cycles/<slug:slug>/themes/merge/", views.merge, name="merge"),
    path("cycles/<slug:slug>/jobs/<id:pk>/", views.job_progress, name="job_progress"),
    path("themes/<id:pk>/", views.theme_detail, name="theme_detail"),
    path("themes/<id:pk>/<str:action>/", views.theme_action, name="theme_action"),
]
