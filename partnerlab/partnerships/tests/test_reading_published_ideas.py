"""People outside a group find its published ideas, and every link they are shown works."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from partnerlab.partnerships import services
from partnerlab.partnerships.models import Stage


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href and not href.startswith(("#", "mailto:")):
            self.hrefs.append(href)


def links(page_url: str, html: str) -> set[str]:
    parser = _Links()
    parser.feed(html)
    found = set()
    for href in parser.hrefs:
        parts = urlsplit(urljoin(page_url, href))
        if not parts.netloc:  # only this site's pages
            found.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def publish(cast, idea) -> None:  # type: ignore[no-untyped-def]
    services.set_published(
        by=cast.facilitator, partnership=idea, published=True, expected_version=idea.version
    )


def test_donors_and_observers_find_published_ideas_on_their_home_page(cast, ws, client_for):
    for person in (cast.donor, cast.observer):
        assert ws.idea.title not in client_for(person).get("/").content.decode()
    publish(cast, ws.idea)
    for person in (cast.donor, cast.observer):
        home = client_for(person).get("/").content.decode()
        assert ws.idea.title in home
        assert f"/partnerships/{ws.idea.pk}/" in home


def test_every_link_on_a_published_idea_works_for_people_outside_its_group(cast, ws, client_for):
    publish(cast, ws.idea)
    idea = f"/partnerships/{ws.idea.pk}"
    pages = [f"{idea}/", f"{idea}/history/", f"{idea}/proposal/"]
    pages += [f"{idea}/stages/{stage}/" for stage in Stage.values]
    for person in (cast.donor, cast.observer, cast.ngo):
        client = client_for(person)
        shown: dict[str, str] = {}
        for page in pages:
            response = client.get(page)
            assert response.status_code == 200, page
            for link in links(page, response.content.decode()):
                shown.setdefault(link, page)
        broken = {
            f"{link} (shown on {page})": status
            for link, page in shown.items()
            if (status := client.get(link).status_code) >= 400
        }
        assert not broken, f"{person.email} is shown links that fail: {broken}"
