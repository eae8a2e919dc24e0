"""The load test's users, one class per role; run by bench/load.py (see its docstring).

Each user starts signed in (bench/load.py makes the sessions), then, with a pause of 1 to 5
seconds between requests (a person reading), opens the pages and calls the API its role uses
every day. Requests are grouped by kind of page: names starting with "workspace:" or "list:"
have the p95 target.
"""

from __future__ import annotations

import json
import os
import random
from http.cookiejar import Cookie
from typing import Any

from locust import FastHttpUser, between

PEOPLE = json.loads(os.environ["LOAD_PEOPLE"])  # written by bench/load.py
CYCLE = os.environ["LOAD_CYCLE"]
HOST = "127.0.0.1"


def make_cookie(name: str, value: str) -> Cookie:
    return Cookie(
        0,
        name,
        value,
        None,
        False,
        HOST,
        False,
        False,
        "/",
        True,
        False,
        None,
        False,
        None,
        None,
        {},
    )


STAGES = ["problem", "fishbone", "sequencing", "design_space", "authorization", "design"]


class Person(FastHttpUser):
    """FastHttpUser (geventhttpclient) rather than HttpUser (requests): the load generator runs
    on the same two cores as the server, and locust's documentation recommends it for that."""

    abstract = True
    wait_time = between(1, 5)
    role = ""

    def cookie(self, name: str) -> str:
        return next((c.value or "" for c in self.client.cookiejar if c.name == name), "")

    def on_start(self) -> None:
        # Signed in before the run (bench/load.py): the session cookie, then any page for the
        # CSRF cookie that API writes send back.
        _email, session = random.choice(PEOPLE[self.role])
        self.client.cookiejar.set_cookie(make_cookie("sessionid", session))
        self.client.get("/", name="other: home")
        answer = self.client.get(
            f"/api/v1/partnerships?cycle={CYCLE}&page_size=200", name="api: ideas list"
        ).json()
        self.ideas: list[dict[str, Any]] = answer["items"] or [{"id": 0, "stage": "problem"}]
        # The groups this person works in (partners see published ideas of other groups too).
        mine = set()
        if self.role == "partner":
            groups = self.client.get(f"/api/v1/cycles/{CYCLE}/groups", name="api: groups")
            mine = {g["id"] for g in groups.json()}
        self.own_ideas = [i for i in self.ideas if i["group"] in mine] or self.ideas

    def idea(self) -> dict[str, Any]:
        return random.choice(self.ideas)

    def own_idea(self) -> dict[str, Any]:
        return random.choice(self.own_ideas)

    def home(self) -> None:
        self.client.get("/", name="other: home")

    def open_idea(self) -> None:
        self.client.get(f"/partnerships/{self.idea()['id']}/", name="workspace: idea page")

    def open_stage(self) -> None:
        idea = self.idea()
        stage = random.choice(STAGES[: STAGES.index(idea["stage"]) + 1])
        self.client.get(
            f"/partnerships/{idea['id']}/stages/{stage}/", name=f"workspace: stage {stage}"
        )

    def open_proposal(self) -> None:
        designed = [i for i in self.ideas if i["stage"] == "design"] or self.ideas
        idea = random.choice(designed)
        self.client.get(f"/partnerships/{idea['id']}/proposal/", name="workspace: proposal page")

    def organisations(self) -> None:
        page = random.randint(1, 10)
        self.client.get(f"/organisations/?page={page}", name="list: organisations")

    def group(self) -> None:
        self.client.get(f"/groups/{self.own_idea()['group']}/", name="workspace: group page")


class Facilitator(Person):
    weight = 10
    role = "facilitator"

    def overview(self) -> None:
        self.client.get(f"/cycles/{CYCLE}/partnerships/", name="list: ideas overview")

    def groups(self) -> None:
        self.client.get(f"/cycles/{CYCLE}/groups/", name="list: groups")

    def inputs(self) -> None:
        page = random.randint(1, 40)
        self.client.get(f"/cycles/{CYCLE}/inputs/?page={page}", name="list: inputs")

    def themes(self) -> None:
        self.client.get(f"/cycles/{CYCLE}/themes/", name="list: theme map")

    def audit(self) -> None:
        self.client.get("/audit/", name="list: audit log")

    def cycle(self) -> None:
        self.client.get(f"/cycles/{CYCLE}/", name="other: cycle page")

    def api_overview(self) -> None:
        self.client.get(f"/api/v1/cycles/{CYCLE}/partnerships/overview", name="api: ideas overview")

    def api_organisations(self) -> None:
        self.client.get("/api/v1/organisations?page=2", name="api: organisations")

    tasks = {
        overview: 3,
        groups: 2,
        Person.group: 3,
        inputs: 2,
        themes: 1,
        audit: 1,
        cycle: 1,
        Person.home: 1,
        Person.open_idea: 2,
        Person.open_stage: 3,
        Person.open_proposal: 1,
        api_overview: 2,
        api_organisations: 1,
    }


class PartnerRepresentative(Person):
    weight = 25
    role = "partner"

    def api_idea(self) -> None:
        pk = self.idea()["id"]
        self.client.get(f"/api/v1/partnerships/{pk}", name="api: idea")
        self.client.get(f"/api/v1/partnerships/{pk}/causes", name="api: causes")

    def add_and_remove_a_cause(self) -> None:
        """A write: the same service as the fishbone page; removed again to keep sizes."""
        pk = self.own_idea()["id"]
        headers = {"X-CSRFToken": self.cookie("csrftoken")}
        created = self.client.post(
            f"/api/v1/partnerships/{pk}/causes",
            json={"text": "Load test: a cause added and removed again"},
            headers=headers,
            name="api: add a cause",
        )
        if created.status_code == 201:
            cause = created.json()
            self.client.delete(
                f"/api/v1/partnerships/{pk}/causes/{cause['id']}?version={cause['version']}",
                headers=headers,
                name="api: remove a cause",
            )

    tasks = {
        Person.home: 1,
        Person.open_idea: 3,
        Person.open_stage: 6,
        Person.open_proposal: 1,
        Person.group: 2,
        Person.organisations: 1,
        api_idea: 2,
        add_and_remove_a_cause: 1,
    }


class Donor(Person):
    weight = 8
    role = "donor"

    def api_ideas(self) -> None:
        self.client.get(f"/api/v1/partnerships?cycle={CYCLE}", name="api: ideas list")

    tasks = {
        Person.home: 1,
        Person.open_idea: 3,
        Person.open_proposal: 3,
        Person.organisations: 1,
        api_ideas: 1,
    }


class Observer(Person):
    weight = 7
    role = "observer"

    def gcm(self) -> None:
        self.client.get("/gcm-objectives/", name="list: GCM objectives")

    tasks = {
        Person.home: 1,
        Person.open_idea: 3,
        Person.open_stage: 2,
        gcm: 1,
        Person.organisations: 1,
    }
