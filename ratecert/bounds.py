"""The bounds of every number ratecert accepts: from a SUT, a case file, a spec or waiver file.

A number without a bound is a denial of service waiting for a billing system to send it: the
amount `"1E+999999999"` is one finite Decimal, and writing it out in full takes a gigabyte; a
5,000-digit integer stops Python's own int-to-text conversion. So every number is bounded at the
boundary, in the models and in the JSON Schemas alike (both come from the same core schema):

- an exact decimal (`ratecert.money.Exact`) is written as plain digits, no exponent, at most
  `INTEGER_DIGITS` digits before the point and `FRACTION_DIGITS` after it: amounts up to ten
  trillion dollars, minutes and quantities as large, rates to ten decimals (the catalog prints
  seven);
- an integer (a count, a day, a minute, a sequence number) has at most `INTEGER_DIGITS` digits
  too, whatever its own field says.

The bounds also make exact arithmetic cheap: a sum of a billion such values needs at most
`INTEGER_DIGITS + FRACTION_DIGITS + 9` significant digits, well inside `EXACT_PRECISION`
(see `ratecert.money.total`).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler
from pydantic_core import CoreSchema

INTEGER_DIGITS = 13
FRACTION_DIGITS = 10
LARGEST_INTEGER = 10 ** INTEGER_DIGITS - 1
DECIMAL_PATTERN = rf"^-?[0-9]{{1,{INTEGER_DIGITS}}}(\.[0-9]{{1,{FRACTION_DIGITS}}})?$"
DECIMAL_RULE = (f"plain digits, at most {INTEGER_DIGITS} before the point and {FRACTION_DIGITS} after it, "
                "no exponent")
EXACT_PRECISION = 2 * (INTEGER_DIGITS + FRACTION_DIGITS) + 20


LONGEST_TIMEOUT = 86_400.0


def seconds(text: str) -> float:
    """A timeout given on a command line: a plain decimal of seconds, more than 0 and at most a day
    (`float()` alone would take `1e999`, `inf` and `nan`, and a timeout of nan never ends)."""
    if not re.fullmatch(DECIMAL_PATTERN.strip("^$"), text) or not 0 < float(text) <= LONGEST_TIMEOUT:
        raise ValueError(f"{text!r} is not a number of seconds between 0 and {LONGEST_TIMEOUT:g}")
    return float(text)


def port(text: str) -> int:
    """A TCP port given on a command line: 0 (pick a free one) to 65535."""
    if not re.fullmatch(r"[0-9]{1,5}", text) or int(text) > 65535:
        raise ValueError(f"{text!r} is not a port (0 to 65535)")
    return int(text)


def _bound_integers(schema: Any) -> Any:
    """Give every integer of a core schema the bounds it does not already state (in place)."""
    if isinstance(schema, dict):
        if schema.get("type") == "int":
            schema.setdefault("le", LARGEST_INTEGER)
            schema.setdefault("ge", -LARGEST_INTEGER)
        for value in schema.values():
            if isinstance(value, (dict, list)):
                _bound_integers(value)
    elif isinstance(schema, list):
        for item in schema:
            _bound_integers(item)
    return schema


class BoundedModel(BaseModel):
    """The base of every model that reads input from outside: cases, bills, protocol messages,
    spec and waiver entries. Its integers are bounded (validation and JSON Schema alike) without
    each of the hundred integer fields having to say so.

    Validators are built on first use, not when the class is defined (`defer_build`): a command
    that validates a few of a pack's models - `ratecert audit` prices with the catalog's case and
    bill lines - does not pay for building all of them (0.05 s of CPU)."""

    model_config = ConfigDict(defer_build=True)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: type[BaseModel], handler: GetCoreSchemaHandler, /) -> CoreSchema:
        return _bound_integers(handler(source))  # type: ignore[no-any-return]
