"""Time spans in words (civcare.templatetags.durations)."""

from django.utils import translation

from civcare.templatetags.durations import duration


def test_a_span_reads_as_its_two_largest_units():
    with translation.override("nl"):
        assert duration(20) == "1 minuut"
        assert duration(45 * 60) == "45 minuten"
        assert duration(3 * 3600 + 5 * 60) == "3 uur 5 minuten"
        assert duration(2 * 86400 + 4 * 3600 + 59) == "2 dagen 4 uur"
    with translation.override("en"):
        assert duration(86400 + 60) == "1 day"
