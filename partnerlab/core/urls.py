from django.urls import path

from partnerlab.core import views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("audit/", views.audit_log, name="audit_log"),
    path("favicon.ico", views.favicon, name="favicon"),
]
