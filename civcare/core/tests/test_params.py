"""Numbers read from a request (civcare.core.params): one rule, 1 to 9 ASCII digits."""

import pytest

from civcare.core.params import parse_number, parse_positive_int


@pytest.mark.parametrize(
    ("value", "number"),
    [("1", 1), ("007", 7), ("999999999", 999_999_999), ("0", 0), ("000000000", 0)],
)
def test_ascii_digits_are_a_number_leading_zeros_included(value, number):
    assert parse_number(value) == number


@pytest.mark.parametrize(
    "value",
    [
        "²",  # str.isdigit() says yes; int() raises
        "٣",  # an Arabic-Indic three: a digit to int(), not to a URL
        "1" * 10,
        "1" * 4301,  # int() refuses it (more than 4,300 digits)
        "",
        " 1",
        "+1",
        "-1",
        "1_0",
        "1.0",
        "1\n",
        None,
        1,
    ],
)
def test_anything_else_is_no_number(value):
    assert parse_number(value) is None
    assert parse_positive_int(value) is None


def test_a_positive_number_is_one_or_more():
    assert parse_positive_int("0") is None and parse_positive_int("000") is None
    assert parse_positive_int("01") == 1
