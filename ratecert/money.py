"""Exact amounts on the wire: Decimal in, Decimal-as-string out, floats refused.

A float cannot represent $0.000141 exactly; a billing contract that accepted one would compare
rounding noise. JSON numbers that are integers are accepted (they are exact); any other JSON number
must be sent as a string.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema


def _exact(value: Any) -> Decimal:
    if isinstance(value, bool) or isinstance(value, float):
        raise ValueError("amounts must be exact: send a decimal string such as \"12.34\", not a float")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(f"{value!r} is not a decimal number") from None
    else:
        raise ValueError(f"expected a decimal string, got {type(value).__name__}")
    if not result.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    return result


Exact = Annotated[
    Decimal,
    BeforeValidator(_exact),
    PlainSerializer(lambda d: format(d, "f"), return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$",
                    "description": "an exact decimal written as a string"}),
]
"""A Decimal that travels as a string: rates, quantities, amounts."""
