"""Exact amounts on the wire: Decimal in, Decimal-as-string out, floats refused, sizes bounded.

A float cannot represent $0.000141 exactly; a billing contract that accepted one would compare
rounding noise. JSON numbers that are integers are accepted (they are exact); any other JSON number
must be sent as a string. Every amount is bounded (`ratecert.bounds`): plain digits, no exponent,
so that `"1E+999999999"` is refused with its field named instead of being written out in full.

Sums the harness compares are taken with `total`, never with the ambient decimal context: the
default context keeps 28 significant digits, so `108.60 + 0.000000000000000000000000001` would
round back to `108.60` and a wrong bill would pass. Inside the bounds a sum never needs more
than `EXACT_PRECISION` digits, and `total` traps any rounding rather than let it decide a
comparison. (Comparing two Decimals with `==` or `<` is exact in any context: only arithmetic
rounds.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Context, Decimal, Inexact, InvalidOperation, Rounded, localcontext
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema

from ratecert.bounds import DECIMAL_PATTERN, DECIMAL_RULE, EXACT_PRECISION, FRACTION_DIGITS, INTEGER_DIGITS

_DECIMAL = re.compile(DECIMAL_PATTERN)
_EXACT = Context(prec=EXACT_PRECISION, traps=[Inexact, Rounded, InvalidOperation])


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:40]}... ({len(text)} characters)"


def within_bounds(value: Decimal) -> bool:
    """A finite Decimal with at most INTEGER_DIGITS digits before the point and FRACTION_DIGITS
    after it (trailing zeros count: 1.50000000000 has eleven decimals as written)."""
    if not value.is_finite():
        return False
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    return -exponent <= FRACTION_DIGITS and len(digits) + exponent <= INTEGER_DIGITS


def _exact(value: Any) -> Decimal:
    if isinstance(value, bool) or isinstance(value, float):
        raise ValueError("amounts must be exact: send a decimal string such as \"12.34\", not a float")
    if isinstance(value, str):
        if len(value) > INTEGER_DIGITS + FRACTION_DIGITS + 2 or not _DECIMAL.match(value):
            raise ValueError(f"{_shown(value)} is not an exact decimal: write {DECIMAL_RULE}")
        return Decimal(value)
    if isinstance(value, int):
        if abs(value) >= 10 ** INTEGER_DIGITS:
            raise ValueError(f"{_shown(value)} has more than {INTEGER_DIGITS} digits")
        return Decimal(value)
    if isinstance(value, Decimal):
        if not within_bounds(value):
            raise ValueError(f"{_shown(value)} is out of bounds: {DECIMAL_RULE}")
        return value
    raise ValueError(f"expected a decimal string, got {type(value).__name__}")


Exact = Annotated[
    Decimal,
    BeforeValidator(_exact),
    PlainSerializer(lambda d: format(d, "f"), return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "pattern": DECIMAL_PATTERN,
                    "description": f"an exact decimal written as a string: {DECIMAL_RULE}"}),
]
"""A Decimal that travels as a string: rates, quantities, amounts."""


def total(amounts: Iterable[Decimal]) -> Decimal:
    """The exact sum of `amounts`. Raises `decimal.Inexact` rather than round: within the bounds
    that cannot happen, so if it does, a value came in past the bounds - a defect of ratecert."""
    with localcontext(_EXACT):
        return sum(amounts, Decimal(0))
