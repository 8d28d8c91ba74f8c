"""The words the features use for money, dates and element lists, as parse types.

Money is written as printed on a bill ("$1,000.00"), dates as ISO dates, times as
"2025-03-03 10:00"; element lists as "2 × voice_grade.channel_termination.2w and 10 × ...".
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from pytest_bdd import parsers


def _money(text: str) -> Decimal:
    return Decimal(text.replace("$", "").replace(",", ""))


_money.pattern = r"-?\$[0-9][0-9,]*(?:\.[0-9]+)?"  # type: ignore[attr-defined]


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


_date.pattern = r"\d{4}-\d{2}-\d{2}"  # type: ignore[attr-defined]


def _datetime(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


_datetime.pattern = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"  # type: ignore[attr-defined]

_ITEM = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*[×x]\s*([a-z0-9_.]+)\s*$")


def element_list(text: str) -> list[dict[str, str]]:
    """'2 × a.b and 10 × c' -> [{'element': 'a.b', 'quantity': '2'}, ...]."""
    out = []
    for part in re.split(r",\s*|\s+and\s+", text.strip()):
        match = _ITEM.match(part)
        if not match:
            raise ValueError(f"cannot read {part!r} as 'N × element'")
        out.append({"element": match.group(2), "quantity": match.group(1)})
    return out


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


_number.pattern = r"[0-9][0-9,]*(?:\.[0-9]+)?"  # type: ignore[attr-defined]

def _quoted(text: str) -> str:
    return text


_quoted.pattern = r'[^"]*'  # type: ignore[attr-defined]

TYPES = {"Money": _money, "Date": _date, "DateTime": _datetime, "Number": _number, "Quoted": _quoted}
_QUOTED_FIELD = re.compile(r'"\{(\w+)\}"')


def step(text: str) -> Any:
    """A step pattern with the vocabulary's types. A field written in quotes ("{element}") matches
    no quote itself, so 'the charge for "{element}" is' can never swallow 'the charge for "x" at "y" is':
    every step line matches one step definition, whatever order the definitions were registered in."""
    return parsers.parse(_QUOTED_FIELD.sub(r'"{\1:Quoted}"', text), extra_types=TYPES)


def iso(value: Any) -> str:
    return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()


def money(value: Decimal) -> str:
    return format(value, "f")
