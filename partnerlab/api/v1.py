"""Version 1 of the JSON API, mounted at /api/v1/."""

from __future__ import annotations

from ninja import NinjaAPI

from partnerlab.accounts.api import router as accounts_router
from partnerlab.actors.api import router as actors_router
from partnerlab.api.audit import router as audit_router
from partnerlab.api.base import AUTH, install_error_handlers, one_transaction
from partnerlab.api.jobs import router as jobs_router
from partnerlab.cycles.api import router as cycles_router
from partnerlab.funding.api import router as funding_router
from partnerlab.intake.api import router as intake_router
from partnerlab.labs.api import router as labs_router
from partnerlab.partnerships.api import router as partnerships_router
from partnerlab.portfolio.api import router as portfolio_router
from partnerlab.proposals.api import router as proposals_router
from partnerlab.reference.api import router as reference_router
from partnerlab.themes.api import router as themes_router

api = NinjaAPI(
    title="Partnership Lab API",
    version="1",
    description=(
        "Organisations, cycles, reference data and audit records of Partnership Lab. "
        "Authenticate with a personal API token (`Authorization: Bearer plab_…`, created on "
        "your account page) or a signed-in browser session. Errors always have the shape "
        "`{status, code, message, errors: [{field, message}]}`; lists are paginated with "
        "`?page=N&page_size=M` and answer `{items, count}`."
    ),
    auth=AUTH,
    urls_namespace="api-v1",
    docs_url="/docs",
)
install_error_handlers(api)
api.add_decorator(one_transaction, mode="view")  # mode "view" wraps the whole answer
api.add_router("/", accounts_router)
api.add_router("/", reference_router)
api.add_router("/", actors_router)
api.add_router("/", cycles_router)
api.add_router("/", intake_router)
api.add_router("/", themes_router)
api.add_router("/", labs_router)
api.add_router("/", partnerships_router)
api.add_router("/", proposals_router)
api.add_router("/", portfolio_router)
api.add_router("/", funding_router)
api.add_router("/", audit_router)
api.add_router("/", jobs_router)
