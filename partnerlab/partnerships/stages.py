"""The PDIA stages as a state machine: what each needs before a group moves on."""

from __future__ import annotations

from collections.abc import Callable

from django.utils.translation import gettext as _

from partnerlab.partnerships.models import Partnership, Stage

ORDER: list[str] = list(Stage.values)


def index(stage: str) -> int:
    return ORDER.index(stage)


def next_stage(stage: str) -> str | None:
    i = index(stage)
    return ORDER[i + 1] if i + 1 < len(ORDER) else None


def _problem(p: Partnership) -> list[str]:
    problem = getattr(p, "problem", None)
    wanted = {
        "statement": _("what the problem is"),
        "why_it_matters": _("why it matters"),
        "affected": _("to whom it matters"),
        "solved_looks_like": _("what it looks like when solved"),
    }
    missing = [str(label) for name, label in wanted.items() if not getattr(problem, name, "")]
    return [_("Write %(what)s.") % {"what": what} for what in missing]


def _fishbone(p: Partnership) -> list[str]:
    bones = p.causes.filter(parent=None).count()
    return [] if bones >= 2 else [_("Add at least two causes to the fishbone.")]


def _sequencing(p: Partnership) -> list[str]:
    missing = []
    bones = list(p.causes.filter(parent=None).select_related("assessment"))
    unrated = [b for b in bones if not (hasattr(b, "assessment") and b.assessment.is_rated)]
    if unrated:
        missing.append(
            _("Rate acceptance, authority and ability for: %(strands)s.")
            % {"strands": "; ".join(b.text for b in unrated)}
        )
    if not any(hasattr(b, "assessment") and b.assessment.entry_rank for b in bones):
        missing.append(_("Rank at least one strand as an entry point."))
    return missing


def _design_space(p: Partnership) -> list[str]:
    chosen = list(p.options.filter(status="chosen"))
    if not chosen:
        return [_("Choose at least one idea to take forward.")]
    unjudged = [o.title for o in chosen if o.technical is None or o.feasibility is None]
    if unjudged:
        return [
            _("Judge these chosen ideas on both axes: %(ideas)s.") % {"ideas": "; ".join(unjudged)}
        ]
    return []


def _authorization(p: Partnership) -> list[str]:
    partners = list(p.partners.select_related("organisation").prefetch_related("authorizations"))
    missing = [
        _("Record who must authorize for %(partner)s.") % {"partner": partner.organisation}
        for partner in partners
        if not partner.authorizations.all()
    ]
    not_asked = [
        f"{a.partner.organisation}: {a.authorizer}"
        for partner in partners
        for a in partner.authorizations.all()
        if a.status == "not_asked"
    ]
    if not_asked:
        missing.append(
            _("Ask these decision makers before designing: %(who)s.")
            % {"who": "; ".join(not_asked)}
        )
    refused = [
        str(a.partner.organisation)
        for partner in partners
        for a in partner.authorizations.all()
        if a.status == "refused"
    ]
    if refused:
        missing.append(
            _("Authorization was refused for %(partners)s: rework the design or the partners.")
            % {"partners": ", ".join(sorted(set(refused)))}
        )
    return missing


MINIMUM: dict[str, Callable[[Partnership], list[str]]] = {
    Stage.PROBLEM: _problem,
    Stage.FISHBONE: _fishbone,
    Stage.SEQUENCING: _sequencing,
    Stage.DESIGN_SPACE: _design_space,
    Stage.AUTHORIZATION: _authorization,
}


def missing_to_advance(partnership: Partnership) -> list[str]:
    """What the current stage still needs before the group may move to the next one."""
    check = MINIMUM.get(partnership.stage)
    if check is None:
        return [_("Design is the last stage.")]
    return check(partnership)
