"""No number a client sends can overflow the database: every integer the API accepts has a
maximum, and numbers past it are refused with 4xx in the API and the pages alike."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from partnerlab.core.forms import MAX_ID
from partnerlab.testing.workspace import Workspace, make_workspace

HUGE = str(2**70)
JSON = {"content_type": "application/json"}


@pytest.fixture
def ws(cast) -> Workspace:  # type: ignore[no-untyped-def]
    return make_workspace(cast)


def _resolve(schema: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = schema["components"]["schemas"][name]
    return node


def _integers(schema: dict[str, Any], node: Any, where: str) -> Iterator[tuple[str, Any]]:
    """Every integer schema inside `node`, with where it is."""
    node = _resolve(schema, node)
    if not isinstance(node, dict):
        return
    if node.get("type") == "integer":
        yield where, node
    for key in ("anyOf", "oneOf", "allOf"):
        for inner in node.get(key, []):
            yield from _integers(schema, inner, where)
    if "items" in node:
        yield from _integers(schema, node["items"], f"{where}[]")
    for name, inner in node.get("properties", {}).items():
        yield from _integers(schema, inner, f"{where}.{name}")


def _inputs(schema: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            here = f"{method.upper()} {path}"
            for parameter in operation.get("parameters", []):
                where = f"{here} {parameter['in']} {parameter['name']}"
                yield from _integers(schema, parameter.get("schema"), where)
            for media in operation.get("requestBody", {}).get("content", {}).values():
                yield from _integers(schema, media.get("schema"), f"{here} body")


@pytest.mark.django_db
def test_every_integer_the_api_accepts_has_a_maximum() -> None:
    schema = Client().get("/api/v1/openapi.json").json()
    unbounded = [where for where, node in _inputs(schema) if "maximum" not in node]
    assert unbounded == []
    too_big = [where for where, node in _inputs(schema) if node["maximum"] > 2**63 - 1]
    assert too_big == []


PAGINATED = ["/api/v1/organisations", "/api/v1/audit", "/api/v1/tokens", "/api/v1/partnerships"]


@pytest.mark.parametrize("path", PAGINATED)
def test_a_page_number_past_any_database_is_refused(cast, client_for, path) -> None:
    response = client_for(cast.facilitator).get(path, {"page": HUGE})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "page"
    far = client_for(cast.facilitator).get(path, {"page": MAX_ID, "page_size": 200})
    assert far.status_code == 200 and far.json()["items"] == []


def test_huge_ids_in_queries_and_bodies_are_refused(cast, ws, client_for) -> None:
    api = client_for(cast.facilitator)
    slug = ws.cycle.slug
    for response in (
        api.get("/api/v1/partnerships", {"group": HUGE}),
        api.get(f"/api/v1/cycles/{slug}/partnerships/overview", {"group": HUGE}),
        api.post(f"/api/v1/cycles/{slug}/theme-map/merge", {"themes": [int(HUGE), 1]}, **JSON),
        api.get(f"/api/v1/cycles/{slug}/inputs", {"consultation": HUGE}),
        api.get(f"/api/v1/cycles/{slug}/theme-map", {"version": HUGE}),
        api.patch(f"/api/v1/partnerships/{ws.idea.pk}", {"version": int(HUGE)}, **JSON),
    ):
        assert response.status_code == 422, response.content
    assert api.get(f"/api/v1/partnerships/{HUGE}").status_code in (404, 422)
    assert api.get(f"/api/v1/partnerships/{ws.idea.pk}/causes/{HUGE}").status_code in (404, 405)


def _patterns(resolvers: list[Any], prefix: str = "") -> Iterator[tuple[str, URLPattern]]:
    for entry in resolvers:
        if isinstance(entry, URLResolver):
            yield from _patterns(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry


def test_no_page_route_takes_an_unbounded_number() -> None:
    """Page routes take ids with the `id` converter (at most MAX_ID), never plain `int`."""
    unbounded = [
        route
        for route, pattern in _patterns(get_resolver().url_patterns)
        if "<int:" in route and not route.startswith("api/")
    ]
    assert unbounded == []


def _page_routes() -> Iterator[str]:
    for route, _pattern in _patterns(get_resolver().url_patterns):
        if route.startswith(("api/", "static/", "media/")) or "<" not in route:
            continue
        yield route


def test_pages_answer_a_huge_id_with_not_found(cast, ws, client_for) -> None:
    page = client_for(cast.facilitator)
    page.raise_request_exception = False
    values = {"slug": ws.cycle.slug, "kind": "causes", "stage": "fishbone", "name": "fishbone"}
    values |= {"fmt": "svg", "element": "problem"}
    checked = 0
    for route in _page_routes():
        url = "/" + route
        for part in route.split("<")[1:]:
            converter_and_name = part.split(">", 1)[0]
            converter, _colon, name = converter_and_name.rpartition(":")
            value = HUGE if converter == "id" else values.get(name, "x")
            url = url.replace(f"<{converter_and_name}>", value)
        if HUGE not in url:
            continue
        for response in (page.get(url), page.post(url, {"version": HUGE})):
            assert response.status_code in (302, 400, 403, 404, 405), (url, response.status_code)
        checked += 1
    assert checked >= 15


def test_pages_ignore_huge_numbers_in_their_queries(cast, ws, client_for) -> None:
    page = client_for(cast.facilitator)
    query = {"page": HUGE, "group": HUGE, "version": HUGE, "job": HUGE, "area": HUGE}
    for url in (
        "/organisations/",
        "/audit/",
        f"/cycles/{ws.cycle.slug}/partnerships/",
        f"/cycles/{ws.cycle.slug}/inputs/",
        f"/cycles/{ws.cycle.slug}/themes/",
        f"/cycles/{ws.cycle.slug}/interest/",
        f"/partnerships/{ws.idea.pk}/history/",
    ):
        assert page.get(url, query).status_code == 200, url
