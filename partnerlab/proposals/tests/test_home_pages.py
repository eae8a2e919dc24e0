"""Every role's home page leads to its next step."""

from __future__ import annotations

import datetime
import re

from partnerlab.intake.models import Consultation
from partnerlab.partnerships import editing
from partnerlab.partnerships.models import Partnership
from partnerlab.proposals import services
from partnerlab.proposals.models import ProposalElement


def _home(client) -> str:
    return client.get("/").content.decode()


def test_a_facilitator_is_led_through_the_cycle_to_its_next_step(cast, ws, client_for):
    page = _home(client_for(cast.facilitator))
    slug = ws.cycle.slug
    for path in ("consultations", "inputs", "themes", "interest", "groups", "partnerships"):
        assert f'href="/cycles/{slug}/{path}/"' in page, path
    steps = re.search(r'<ol class="steps">.*?</ol>', page, re.S).group(0)
    # The workspace has a consultation, inputs, a published area, a group and an idea, but no
    # interest yet: that is the next step.
    next_step = re.search(r'<li class="next"><a href="([^"]+)"', steps).group(1)
    assert next_step == f"/cycles/{slug}/interest/"
    Consultation.objects.all().delete()
    steps = _home(client_for(cast.facilitator))
    assert f'<li class="next"><a href="/cycles/{slug}/consultations/"' in steps


def test_a_partner_sees_its_groups_and_what_it_still_has_to_sign(cast, ws, client_for):
    client = client_for(cast.mexico)
    Partnership.objects.filter(pk=ws.idea.pk).update(stage="authorization")
    page = _home(client)
    assert f'href="/groups/{ws.group.pk}/"' in page
    assert "To sign" not in page  # nothing to sign before the design stage
    Partnership.objects.filter(pk=ws.idea.pk).update(stage="design")
    page = _home(client)
    assert f'href="/partnerships/{ws.idea.pk}/proposal/"' in page
    assert "Ministry of Foreign Affairs, Mexico: 5 elements to sign" in page
    for element in ProposalElement.values:
        services.sign_off_element(by=cast.mexico, partnership=ws.idea, element=element)
    assert "elements to sign" not in _home(client)
    lead = ws.idea.partners.get(organisation=cast.ghana_ministry)
    editing.update_element(
        by=cast.ghana, element=lead, data={"contribution": "Desks"}, expected_version=lead.version
    )
    page = _home(client)
    assert "1 element you signed has changed: read what changed and sign again" in page
    assert "Ministry of Foreign Affairs, Mexico: 1 element to sign" in page


def test_donors_and_observers_find_the_published_proposals(cast, ws, client_for):
    for person in (cast.donor, cast.observer):
        page = _home(client_for(person))
        assert "No partnership idea has been published yet" in page
        assert ws.idea.title not in page
    Partnership.objects.filter(pk=ws.idea.pk).update(
        stage="design", published_at=datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC)
    )
    for person in (cast.donor, cast.observer):
        page = _home(client_for(person))
        assert f'href="/partnerships/{ws.idea.pk}/proposal/"' in page
        assert f'href="/partnerships/{ws.idea.pk}/proposal.pdf"' in page
        assert "Waiting for sign-off" in page
        assert client_for(person).get(f"/partnerships/{ws.idea.pk}/proposal/").status_code == 200


def test_at_the_design_stage_the_stage_box_points_to_the_proposal(cast, ws, client_for):
    Partnership.objects.filter(pk=ws.idea.pk).update(stage="design")
    for url in (f"/partnerships/{ws.idea.pk}/", f"/partnerships/{ws.idea.pk}/stages/design/"):
        page = client_for(cast.mexico).get(url).content.decode()
        box = re.search(r'<div id="stage-check".*?</div>', page, re.S).group(0)
        assert f'href="/partnerships/{ws.idea.pk}/proposal/"' in box, url
