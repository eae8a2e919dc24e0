from django.urls import path

from partnerlab.funding import match_views, views

app_name = "funding"

urlpatterns = [
    path("donors/", views.donors, name="donors"),
    path("donors/<id:pk>/", views.donor, name="donor"),
    path("donors/<id:pk>/edit", views.edit_donor, name="edit_donor"),
    path("donors/<id:pk>/matches/", match_views.donor_matches, name="donor_matches"),
    path("pipeline/", views.pipeline, name="pipeline"),
    path("pipeline/<id:pk>/", views.proposal, name="proposal"),
    path("pipeline/<id:pk>/proposal.<str:fmt>", views.document, name="document"),
    path("pipeline/<id:pk>/publish", views.publish, name="publish"),
    path("pipeline/<id:pk>/matches/", match_views.proposal_matches, name="proposal_matches"),
    path("pipeline/<id:pk>/status", views.change_status, name="status"),
    path("pipeline/<id:pk>/introduce", views.introduce, name="introduce"),
    path("pipeline/<id:pk>/interest", views.interest, name="interest"),
    path("pipeline/<id:pk>/questions", views.ask, name="ask"),
    path("pipeline/<id:pk>/questions/<id:question>/answer", views.answer, name="answer"),
    path("pipeline/<id:pk>/pledges", views.pledge, name="pledge"),
    path("pipeline/<id:pk>/pledges/<id:pledge>/withdraw", views.withdraw, name="withdraw"),
    path("pipeline/<id:pk>/pledges/<id:pledge>/pair", views.pair, name="pair"),
    path("funding-notices/", views.notices, name="notices"),
]
