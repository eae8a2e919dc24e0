from django.urls import path

from partnerlab.partnerships import element_views, views

app_name = "partnerships"

urlpatterns = [
    path("cycles/<slug:slug>/partnerships/", views.overview, name="overview"),
    path("groups/<int:pk>/ideas", views.idea_create, name="idea_create"),
    path("partnerships/<int:pk>/", views.detail, name="detail"),
    path("partnerships/<int:pk>/edit", views.update, name="update"),
    path("partnerships/<int:pk>/advance", views.advance, name="advance"),
    path("partnerships/<int:pk>/back", views.go_back, name="go_back"),
    path("partnerships/<int:pk>/publish", views.publish, name="publish"),
    path("partnerships/<int:pk>/check", views.stage_check, name="stage_check"),
    path("partnerships/<int:pk>/history/", views.history, name="history"),
    path("partnerships/<int:pk>/history/<int:revision_id>/", views.revision, name="revision"),
    path("partnerships/<int:pk>/charts/<slug:name>.<str:fmt>", views.chart, name="chart"),
    path("partnerships/<int:pk>/stages/<slug:stage>/", views.stage, name="stage"),
    path("partnerships/<int:pk>/e/<slug:kind>/", element_views.section, name="section"),
    path("partnerships/<int:pk>/e/<slug:kind>/add", element_views.add, name="element_add"),
    path(
        "partnerships/<int:pk>/e/<slug:kind>/<int:element_id>/",
        element_views.edit,
        name="element_edit",
    ),
    path(
        "partnerships/<int:pk>/e/<slug:kind>/<int:element_id>/remove",
        element_views.remove,
        name="element_remove",
    ),
    path(
        "partnerships/<int:pk>/strands/<int:cause_id>/rate",
        element_views.rate_strand,
        name="rate_strand",
    ),
]
