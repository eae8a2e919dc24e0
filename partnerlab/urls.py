from django.urls import include, path

from partnerlab.api.v1 import api

urlpatterns = [
    path("", include("partnerlab.core.urls")),
    path("", include("partnerlab.accounts.urls")),
    path("", include("partnerlab.reference.urls")),
    path("", include("partnerlab.actors.urls")),
    path("", include("partnerlab.intake.urls")),
    path("", include("partnerlab.themes.urls")),
    path("", include("partnerlab.labs.urls")),
    path("", include("partnerlab.partnerships.urls")),
    path("", include("partnerlab.proposals.urls")),
    path("", include("partnerlab.portfolio.urls")),
    path("", include("partnerlab.funding.urls")),
    path("cycles/", include("partnerlab.cycles.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", api.urls),
]

handler400 = "partnerlab.core.handlers.bad_request"
handler403 = "partnerlab.core.handlers.forbidden"
