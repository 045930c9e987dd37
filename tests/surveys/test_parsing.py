"""Reading and writing numbers the Belgian way (surveys.blocks.parsing)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from surveys.blocks.parsing import NotANumber, format_belgian_number, parse_belgian_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Belgian notation: comma decimal, dot thousands.
        ("1.234,5", "1234.5"),
        ("1234,50", "1234.50"),
        ("1.234.567,89", "1234567.89"),
        ("0,5", "0.5"),
        (",5", "0.5"),
        ("12", "12"),
        ("0", "0"),
        # Only dots: thousands when every later group has three digits, else decimal point.
        ("2.500", "2500"),
        ("1.000.000", "1000000"),
        ("3.75", "3.75"),
        ("1234.5", "1234.5"),
        (".5", "0.5"),
        # Both separators: the last one is the decimal separator.
        ("1,234.5", "1234.5"),
        ("1,234,567.25", "1234567.25"),
        ("1.234.567,25", "1234567.25"),
        # Noise people paste around a number.
        ("€ 2.500", "2500"),
        ("€2.500,00", "2500.00"),
        ("2.500 €", "2500"),
        ("EUR 12", "12"),
        ("12 EUR", "12"),
        ("12 euro", "12"),
        ("12%", "12"),
        ("12,5 %", "12.5"),
        (" 12 ", "12"),
        ("\t12\n", "12"),
        # Spaces as thousands separator, also non-breaking and narrow non-breaking spaces.
        ("1 234,5", "1234.5"),
        ("1\u00a0234,5", "1234.5"),
        ("1\u202f234,5", "1234.5"),
        ("1\u202f234\u202f567", "1234567"),
        # Signs.
        ("-5", "-5"),
        ("+5", "5"),
        ("- 5", "-5"),
        ("-1.234,5", "-1234.5"),
        ("€ -2.500", "-2500"),
    ],
)
def test_parse_belgian_number(text, expected):
    result = parse_belgian_number(text)
    assert isinstance(result, Decimal)
    assert result == Decimal(expected)


@pytest.mark.parametrize(
    "text",
    ["€2.500,-", "€ 2.500,-", "2.500,-", "2500,-", "€2.500,--", "2.500,- EUR", "€ 2.500,–"],
)
def test_parse_reads_a_dash_for_no_cents_as_a_whole_amount(text):
    # "€2.500,-" is how Flemish invoices and budgets write a round amount.
    assert parse_belgian_number(text) == Decimal(2500)


def test_parse_keeps_the_sign_of_a_whole_amount_with_a_dash():
    assert parse_belgian_number("-2.500,-") == Decimal(-2500)


def test_parse_keeps_trailing_zeros_of_the_fraction():
    assert str(parse_belgian_number("1234,50")) == "1234.50"


def test_parse_accepts_non_strings():
    assert parse_belgian_number(12) == Decimal(12)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "€",
        "%",
        "\u00a0",
        "-",
        "abc",
        "12a",
        "a12",
        "1.23.4",
        "1,2,3",
        "12.34,5",
        "1,23.4.5",
        "1.234,5,6",
        "5,",
        "5.",
        "1e5",
        "NaN",
        "Infinity",
        "--5",
        "5-",
        "1/2",
        "12 euros",
        # A dash stands for "no cents" only after a whole amount, at the very end.
        "2,-5",
        ",-",
        "-,-",
        "€,-",
        "2,5-",
        "2,-,-",
        "2.500,-5",
        "2,---",
        "3.75,-",
        "2,50,-",
        "1.234,5,-",
    ],
)
def test_parse_rejects_text_that_is_not_a_number(text):
    with pytest.raises(NotANumber):
        parse_belgian_number(text)


def test_not_a_number_is_a_value_error():
    with pytest.raises(ValueError):
        parse_belgian_number("abc")


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        (1234.5, {}, "1.234,5"),
        (1234567, {}, "1.234.567"),
        (Decimal("2500"), {"decimals": 2}, "2.500,00"),
        (-1234.5, {}, "-1.234,5"),
        (1234.5, {"grouping": False}, "1234,5"),
        (Decimal("1234567.25"), {"grouping": False}, "1234567,25"),
        (0, {}, "0"),
        (999, {}, "999"),
        (1000, {}, "1.000"),
        (100000, {}, "100.000"),
        (Decimal("1E+3"), {}, "1.000"),
        (Decimal("1234.50"), {}, "1.234,5"),
        (Decimal("1234.00"), {}, "1.234"),
        (Decimal("0.0001"), {}, "0,0001"),
        (Decimal("-0.5"), {}, "-0,5"),
        (Decimal("-0"), {}, "0"),
        (Decimal("12.5"), {"decimals": 2}, "12,50"),
        (Decimal("12"), {"decimals": 0}, "12"),
        (Decimal("-1234567.8"), {"decimals": 2}, "-1.234.567,80"),
        ("1234.5", {}, "1.234,5"),
        (1234, {}, "1.234"),
        (0.1, {}, "0,1"),
    ],
)
def test_format_belgian_number(value, kwargs, expected):
    assert format_belgian_number(value, **kwargs) == expected


@pytest.mark.parametrize("value", [None, ""])
def test_format_empty_gives_empty_text(value):
    assert format_belgian_number(value) == ""


@pytest.mark.parametrize(
    "value",
    ["1234.5", "1234567", "0.5", "-1234.5", "2500", "0.0001", "1000000.25", "12"],
)
@pytest.mark.parametrize("grouping", [True, False])
def test_format_then_parse_gives_the_number_back(value, grouping):
    text = format_belgian_number(Decimal(value), grouping=grouping)
    assert parse_belgian_number(text) == Decimal(value)
