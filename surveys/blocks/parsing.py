"""Reading and writing numbers the Belgian way: "1.234,5", "1234,50", "€ 2.500", "€2.500,-"."""

import re
from decimal import Decimal, InvalidOperation

# Characters people paste around a number that carry no value.
_NOISE = re.compile(r"[\s\u00a0\u202f€%]|euro|eur", re.IGNORECASE)
_THOUSANDS_DOTS = re.compile(r"^[1-9]\d{0,2}(\.\d{3})+$")
_THOUSANDS_COMMAS = re.compile(r"^[1-9]\d{0,2}(,\d{3})+$")
_DIGITS = re.compile(r"^\d+$")
# ",-" (also ",--" or a typographic dash) after a whole amount means "no cents": "€2.500,-".
_NO_CENTS = re.compile(r",(?:-{1,2}|[\u2013\u2014])$")


class NotANumber(ValueError):
    """The text cannot be read as a number."""


def parse_belgian_number(text: str) -> Decimal:
    """Read a number written the Belgian way.

    A comma is the decimal separator and a dot separates thousands ("1.234,5"). A text
    with only dots is read as thousands when every group after the first has three
    digits ("2.500" is 2500), else as a decimal point ("3.75"). Currency and percent
    signs and spaces are ignored, and so is a closing ",-" after a whole amount
    ("€2.500,-" is 2500). Raises NotANumber for anything else.
    """
    cleaned = _NOISE.sub("", str(text))
    if not cleaned:
        raise NotANumber(text)
    sign = ""
    if cleaned[0] in "+-":
        sign, cleaned = ("-" if cleaned[0] == "-" else ""), cleaned[1:]
    no_cents = _NO_CENTS.search(cleaned)
    if no_cents:
        whole = cleaned[: no_cents.start()]
        if not (_DIGITS.match(whole) or _THOUSANDS_DOTS.match(whole)):
            raise NotANumber(text)
        return Decimal(sign + whole.replace(".", ""))
    if "," in cleaned and "." in cleaned:
        last_comma, last_dot = cleaned.rfind(","), cleaned.rfind(".")
        decimal_sep, group_sep = (",", ".") if last_comma > last_dot else (".", ",")
        whole, _, fraction = cleaned.rpartition(decimal_sep)
        group_re = _THOUSANDS_DOTS if group_sep == "." else _THOUSANDS_COMMAS
        if not group_re.match(whole) or not _DIGITS.match(fraction):
            raise NotANumber(text)
        normalised = whole.replace(group_sep, "") + "." + fraction
    elif "," in cleaned:
        whole, _, fraction = cleaned.partition(",")
        if not _DIGITS.match(fraction or "x") or not (whole == "" or _DIGITS.match(whole)):
            raise NotANumber(text)
        normalised = (whole or "0") + "." + fraction
    elif "." in cleaned:
        if _THOUSANDS_DOTS.match(cleaned):
            normalised = cleaned.replace(".", "")
        else:
            whole, _, fraction = cleaned.partition(".")
            if not _DIGITS.match(fraction or "x") or not (whole == "" or _DIGITS.match(whole)):
                raise NotANumber(text)
            normalised = (whole or "0") + "." + fraction
    else:
        if not _DIGITS.match(cleaned):
            raise NotANumber(text)
        normalised = cleaned
    try:
        return Decimal(sign + normalised)
    except InvalidOperation as exc:  # pragma: no cover - the patterns above exclude it
        raise NotANumber(text) from exc


def format_belgian_number(
    value: Decimal | int | float | str | None, *, decimals: int | None = None, grouping: bool = True
) -> str:
    """Write a number the Belgian way: "1.234,5". ``decimals`` fixes the digits after the comma."""
    if value is None or value == "":
        return ""
    number = Decimal(str(value))
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals))
    elif number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    else:
        number = number.normalize()
    sign = "-" if number < 0 else ""
    digits = f"{abs(number):f}"
    whole, _, fraction = digits.partition(".")
    if grouping:
        groups: list[str] = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        whole = ".".join(groups)
    return sign + whole + ("," + fraction if fraction else "")
