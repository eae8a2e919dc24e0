from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from partnerlab.reference.models import GcmObjective


def gcm_objectives(request: HttpRequest) -> HttpResponse:
    """The 23 GCM objectives: public reference data, browsable without an account."""
    query = (request.GET.get("q") or "").strip()
    objectives = GcmObjective.objects.all()
    if query:
        objectives = objectives.filter(title__icontains=query)
    template = "reference/_objective_rows.html" if request.htmx else "reference/gcm_objectives.html"  # type: ignore[attr-defined]
    return render(request, template, {"objectives": objectives, "query": query})
