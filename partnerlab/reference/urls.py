from django.urls import path

from partnerlab.reference import views

app_name = "reference"

urlpatterns = [path("gcm-objectives/", views.gcm_objectives, name="gcm_objectives")]
