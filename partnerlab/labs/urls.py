from django.urls import path

from partnerlab.labs import views

app_name = "labs"

urlpatterns = [
    path("cycles/<slug:slug>/interest/", views.interest, name="interest"),
    path("interest/<id:pk>/", views.interest_edit, name="interest_edit"),
    path("interest/<id:pk>/withdraw", views.interest_withdraw, name="interest_withdraw"),
    path("cycles/<slug:slug>/groups/", views.group_list, name="group_list"),
    path("groups/<id:pk>/", views.group_detail, name="group_detail"),
    path("groups/<id:pk>/edit", views.group_edit, name="group_edit"),
]
