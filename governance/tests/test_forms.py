"""The editors' forms: what they refuse before a transition runs, in words."""

import datetime

import pytest
from django.utils import timezone

from governance.forms.versions import OpenConsultationForm

PAST = "De geplande sluitingsdatum ligt in het verleden. Kies vandaag of een latere datum."


@pytest.mark.parametrize("day", ["2020-01-01", "yesterday"])
def test_a_planned_closing_date_in_the_past_is_refused(day):
    if day == "yesterday":
        day = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    form = OpenConsultationForm({"closes_on": day})
    assert not form.is_valid()
    assert form.errors["closes_on"] == [PAST]


@pytest.mark.parametrize("days", [0, 1, 400])
def test_today_a_later_day_or_none_is_taken(days):
    day = timezone.localdate() + datetime.timedelta(days=days)
    form = OpenConsultationForm({"closes_on": day.isoformat()})
    assert form.is_valid() and form.cleaned_data["closes_on"] == day
    assert OpenConsultationForm({"closes_on": ""}).is_valid()
