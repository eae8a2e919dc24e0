from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from partnerlab.core.forms import refuse_control_characters
from partnerlab.proposals.models import PartnershipType, Proposal

TEXT = forms.Textarea(attrs={"rows": 3})


class ProposalForm(forms.ModelForm):
    def _post_clean(self) -> None:
        refuse_control_characters(self)
        super()._post_clean()

    class Meta:
        model = Proposal
        fields = [
            "goal",
            "novelty",
            "novelty_note",
            "benefits_origin",
            "benefits_destination",
            "benefits_migrants",
        ]
        widgets = {
            "goal": TEXT,
            "novelty_note": TEXT,
            "benefits_origin": TEXT,
            "benefits_destination": TEXT,
            "benefits_migrants": TEXT,
        }


class TypologyForm(forms.Form):
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("As computed")), *PartnershipType.choices],
    )
    components = forms.MultipleChoiceField(
        label=_("Components (for a hybrid)"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[c for c in PartnershipType.choices if c[0] != PartnershipType.HYBRID],
    )
    reason = forms.CharField(
        label=_("Why"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
