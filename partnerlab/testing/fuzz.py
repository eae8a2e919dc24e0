"""Fuzzing every operation of the JSON API with schemathesis, against a database holding the
demo cycle, as a given person. Used by the fuzz test (`make test`) and `make fuzz`.

Schemathesis generates requests from `/api/v1/openapi.json`, valid ones and invalid ones. Ids
drawn at random rarely name a record, so most requests are steered to real ones: a real idea
of the cycle, one of its elements, the version saved now — so that writes succeed and their
answers are checked too, not only the refusals. Every answer is checked for server errors and
against the schema of its status.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, models
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from partnerlab.accounts.models import ApiToken, User
from partnerlab.accounts.services import create_api_token
from partnerlab.actors.models import Organisation
from partnerlab.core.forms import parse_id
from partnerlab.core.models import Job
from partnerlab.cycles.models import Cycle, ThematicArea
from partnerlab.intake.models import Consultation, Input
from partnerlab.labs.models import Group, Interest
from partnerlab.partnerships.elements import ELEMENTS
from partnerlab.partnerships.models import Partnership, Problem, StrandAssessment
from partnerlab.proposals.models import Proposal
from partnerlab.themes.models import CommonArea, Theme

CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    content_type_conformance,
]
# Operations that are slow by nature (documents, text analysis) get fewer examples.
SLOW = re.compile(r"proposal\.(pdf|docx)$|/gcm/tag$|/inputs/import$|/theme-map/discover$")


@dataclass
class Finding:
    operation: str
    status: int
    titles: list[str]
    request: str


@dataclass
class Report:
    operations: int = 0
    requests: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        lines = [f"{self.operations} operations, {self.requests} requests, {self.statuses}"]
        slowest = sorted(self.seconds.items(), key=lambda kv: -kv[1])[:8]
        lines.append("slowest: " + ", ".join(f"{op} {s:.1f}s" for op, s in slowest))
        for f in self.findings:
            lines.append(f"{f.operation} -> {f.status}: {'; '.join(f.titles)}\n    {f.request}")
        return "\n".join(lines)


@contextmanager
def in_test_transaction() -> Iterator[None]:
    """Django closes the database connection around each request; inside a test's transaction
    that would lose everything, so the WSGI application keeps it open meanwhile (as Django's
    own test client does)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def load_schema() -> Any:
    with in_test_transaction():
        return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", WSGIHandler())


def fuzz(schema: Any, user: User, *, examples: int) -> Report:
    """Fuzz every operation as `user`, `examples` generated requests each (fewer for slow
    ones); return what was sent and every failed check."""
    report = Report()
    auth = Auth(user)
    for result in schema.get_all_operations():
        operation = result.ok()
        report.operations += 1
        count = max(2, examples // 4) if SLOW.search(operation.path) else examples
        started = time.perf_counter()
        _fuzz_operation(operation, auth, report, count)
        report.seconds[operation.label] = time.perf_counter() - started
    return report


class Auth:
    """A token of the person; made again if the fuzzer revoked it."""

    def __init__(self, user: User) -> None:
        self.user = user
        self.token: ApiToken | None = None
        self.secret = ""

    def headers(self) -> dict[str, str]:
        fresh = self.token is not None
        if fresh and not ApiToken.objects.filter(pk=self.token.pk, revoked_at=None).exists():  # type: ignore[union-attr]
            fresh = False
        if not fresh:
            self.token, self.secret = create_api_token(user=self.user, name="fuzz")
        return {"Authorization": f"Bearer {self.secret}"}


def _fuzz_operation(operation: Any, auth: Auth, report: Report, examples: int) -> None:
    from schemathesis import GenerationMode

    cases = st.one_of(
        operation.as_strategy(generation_mode=GenerationMode.POSITIVE),
        operation.as_strategy(generation_mode=GenerationMode.NEGATIVE),
    )

    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        case = data.draw(cases)
        if data.draw(st.integers(0, 3)):  # three requests in four aim at real records
            Steer(auth.user, data.draw).apply(case)
        response = case.call(headers=auth.headers())
        report.requests += 1
        report.statuses[response.status_code] = report.statuses.get(response.status_code, 0) + 1
        try:
            case.validate_response(response, checks=CHECKS)
        except FailureGroup as group:
            titles = sorted({str(f.title) for f in group.exceptions})
            curl = case.as_curl_command(headers=dict(response.request.headers))
            report.findings.append(
                Finding(operation.label, response.status_code, titles, curl[:600])
            )

    run()


def _ids(queryset: models.QuerySet[Any]) -> list[int]:
    return list(queryset.order_by("pk").values_list("pk", flat=True)[:200])


class Steer:
    """Replaces random ids and versions in a generated request with real ones."""

    def __init__(self, user: User, draw: Callable[[Any], Any]) -> None:
        self.user = user
        self.draw = draw
        self.idea: Partnership | None = None

    def pick(self, values: list[Any]) -> Any:
        return self.draw(st.sampled_from(values)) if values else None

    def apply(self, case: Any) -> None:
        path = case.operation.path
        params = case.path_parameters or {}
        for name in list(params):
            value = self.path_value(path, name, params)
            if value is not None:
                params[name] = value
        body = case.body if isinstance(case.body, dict) else None
        target = self.target(path, params)
        if target is not None and body is not None and self.draw(st.booleans()):
            body["version"] = getattr(target, "version", 0)
        if target is not None and isinstance(case.query, dict) and "version" in case.query:
            case.query["version"] = getattr(target, "version", 0)
        if body is not None:
            for name in list(body):
                choices = self.body_choices(name)
                if choices and self.draw(st.booleans()):
                    many = isinstance(body[name], list)
                    body[name] = (
                        choices[: self.draw(st.integers(0, 3))] if many else self.pick(choices)
                    )

    def path_value(self, path: str, name: str, params: dict[str, Any]) -> Any:
        if name == "pk" and path.startswith("/api/v1/partnerships/"):
            self.idea = self.pick(list(Partnership.objects.order_by("pk")))
            return self.idea.pk if self.idea else None
        if self.idea is not None and name in ("element_id", "cause_id", "revision_id"):
            return self.pick(_ids(self.element_queryset(path, name)))
        plain: dict[str, Callable[[], list[Any]]] = {
            "slug": lambda: list(Cycle.objects.values_list("slug", flat=True)),
            "theme_id": lambda: _ids(Theme.objects.all()),
            "job_id": lambda: _ids(Job.objects.all()),
            "organisation_id": lambda: _ids(Organisation.objects.all()),
            "token_id": lambda: _ids(ApiToken.objects.filter(user=self.user)),
            "number": lambda: list(range(1, 24)),
        }
        if name == "pk":
            model = Group if path.startswith("/api/v1/groups/") else Interest
            return self.pick(_ids(model.objects.all()))
        return self.pick(plain[name]()) if name in plain else None

    def element_queryset(self, path: str, name: str) -> models.QuerySet[Any]:
        idea = self.idea
        if name == "cause_id":
            return idea.causes.filter(parent=None)  # type: ignore[union-attr]
        if name == "revision_id":
            return idea.revisions.all()  # type: ignore[union-attr]
        kind = path.split("/")[-2]
        if kind == "strands":
            return StrandAssessment.objects.filter(cause__partnership=idea)
        return ELEMENTS[kind].model.objects.filter(partnership=idea)  # type: ignore[attr-defined,no-any-return]

    def target(self, path: str, params: dict[str, Any]) -> Any:
        """The record a write changes, whose version a client would send."""
        rest = path.removeprefix("/api/v1/")
        if rest.startswith("partnerships/{pk}") and self.idea is not None:
            return self.idea_target(rest.removeprefix("partnerships/{pk}"), params)
        lookups = {
            "organisations/{organisation_id}": (Organisation, "organisation_id", "pk"),
            "cycles/{slug}": (Cycle, "slug", "slug"),
            "groups/{pk}": (Group, "pk", "pk"),
            "interest/{pk}": (Interest, "pk", "pk"),
        }
        if rest in lookups:
            model, param, column = lookups[rest]
            value = params.get(param) if column == "slug" else parse_id(params.get(param))
            return model.objects.filter(**{column: value}).first()
        return None

    def idea_target(self, rest: str, params: dict[str, Any]) -> Any:
        idea = self.idea
        if rest in ("", "/stage-moves", "/publish"):
            return idea
        if rest == "/problem":
            return Problem.objects.filter(partnership=idea).first()
        if rest in ("/proposal", "/typology"):
            return Proposal.objects.filter(partnership=idea).first()
        if rest == "/strands/{cause_id}":
            return StrandAssessment.objects.filter(
                cause_id=parse_id(params.get("cause_id"))
            ).first()
        parts = rest.strip("/").split("/")
        if len(parts) == 2 and parts[0] in ELEMENTS:
            model = ELEMENTS[parts[0]].model
            return model.objects.filter(pk=parse_id(params.get("element_id"))).first()
        return None

    def body_choices(self, name: str) -> list[Any]:
        idea = self.idea
        if idea is not None:
            in_idea: dict[str, Callable[[], list[Any]]] = {
                "partner": lambda: _ids(idea.partners.all()),
                "responsible": lambda: _ids(idea.partners.all()),
                "owner": lambda: _ids(idea.partners.all()),
                "activity": lambda: _ids(idea.activities.all()),
                "objective": lambda: _ids(idea.objectives.all()),
                "strand": lambda: _ids(idea.causes.filter(parent=None)),
                "parent": lambda: _ids(idea.causes.all()),
                "cause": lambda: _ids(idea.causes.filter(parent=None)),
                "organisation": lambda: _ids(idea.group.members.all()),
                "area": lambda: _ids(CommonArea.objects.filter(cycle=idea.cycle_id)),
                "cited_inputs": lambda: _ids(Input.objects.filter(cycle=idea.cycle_id)),
            }
            if name in in_idea:
                return in_idea[name]()
        anywhere: dict[str, Callable[[], list[Any]]] = {
            "group": lambda: _ids(Group.objects.all()),
            "lead": lambda: _ids(Organisation.objects.all()),
            "organisation": lambda: _ids(Organisation.objects.all()),
            "area": lambda: _ids(CommonArea.objects.all()),
            "areas": lambda: _ids(CommonArea.objects.all()),
            "members": lambda: _ids(Organisation.objects.all()),
            "themes": lambda: _ids(Theme.objects.all()),
            "input": lambda: _ids(Input.objects.all()),
            "to": lambda: _ids(Theme.objects.all()),
            "thematic_area": lambda: _ids(ThematicArea.objects.all()),
            "consultation": lambda: _ids(Consultation.objects.all()),
        }
        return anywhere[name]() if name in anywhere else []
