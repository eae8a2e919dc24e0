from django.urls import path

from partnerlab.cycles import views

app_name = "cycles"

urlpatterns = [
    path("", views.cycle_list, name="cycle_list"),
    path("new/", views.cycle_create, name="cycle_create"),
    path("<slug:slug>/", views.cycle_detail, name="cycle_detail"),
    path("<slug:slug>/edit/", views.cycle_edit, name="cycle_edit"),
    path("areas/<id:pk>/remove/", views.area_remove, name="area_remove"),
]
