from django.urls import path

from partnerlab.partnerships import element_views, views

app_name = "partnerships"

urlpatterns = [
    path("cycles/<slug:slug>/partnerships/", views.overview, name="overview"),
    path("groups/<id:pk>/ideas", views.idea_create, name="idea_create"),
    path("partnerships/<id:pk>/", views.detail, name="detail"),
    path("partnerships/<id:pk>/edit", views.update, name="update"),
    path("partnerships/<id:pk>/advance", views.advance, name="advance"),
    path("partnerships/<id:pk>/back", views.go_back, name="go_back"),
    path("partnerships/<id:pk>/publish", views.publish, name="publish"),
    path("partnerships/<id:pk>/check", views.stage_check, name="stage_check"),
    path("partnerships/<id:pk>/history/", views.history, name="history"),
    path("partnerships/<id:pk>/history/<id:revision_id>/", views.revision, name="revision"),
    path("partnerships/<id:pk>/charts/<slug:name>.<str:fmt>", views.chart, name="chart"),
    path("partnerships/<id:pk>/stages/<slug:stage>/", views.stage, name="stage"),
    path("partnerships/<id:pk>/e/<slug:kind>/", element_views.section, name="section"),
    path("partnerships/<id:pk>/e/<slug:kind>/add", element_views.add, name="element_add"),
    path(
        "partnerships/<id:pk>/e/<slug:kind>/<id:element_id>/",
        element_views.edit,
        name="element_edit",
    ),
    path(
        "partnerships/<id:pk>/e/<slug:kind>/<id:element_id>/remove",
        element_views.remove,
        name="element_remove",
    ),
    path(
        "partnerships/<id:pk>/strands/<id:cause_id>/rate",
        element_views.rate_strand,
        name="rate_strand",
    ),
]
