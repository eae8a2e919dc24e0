from django.db.models import Q
from django.http import HttpRequest, HttpResponse

from partnerlab.core.htmx import page_or_partial
from partnerlab.reference.models import GcmObjective


def gcm_objectives(request: HttpRequest) -> HttpResponse:
    """The 23 GCM objectives: public reference data, browsable without an account."""
    query = (request.GET.get("q") or "").strip()
    objectives = GcmObjective.objects.all()
    if query:
        objectives = objectives.filter(
            Q(title__icontains=query) | Q(title_fr__icontains=query) | Q(title_es__icontains=query)
        )
    return page_or_partial(
        request,
        page="reference/gcm_objectives.html",
        partial="reference/_objective_rows.html",
        context={"objectives": objectives, "query": query},
    )
