"""The base of every record a case is made of (account, services, calls, circuits, ICA, DC power and
onboarding records).

Frozen, so a case cannot change under a check; no extra fields, so a misspelt field is refused rather
than ignored; and defaults validated like sent values, so that an `Exact` default written as `100`
is the Decimal 100 and not the int (100 / 100 is a float, and exact money never meets a float).

One record per key. Where a rule looks a record up by what identifies it (a service by its id, an
end office's terms by the office, an NCTA study by office, feature group, routing and call
category), a second record with the same key would silently replace the first, or be dropped when
bills are compared by reference. So a list of records never repeats a key: a record class names
its key in `identity` (by default its `id`, if it has one), and a list that repeats one is refused,
naming the list and the key. A record class without a key (`identity = ()`) is one whose repeats
each count - two equal rate element quantities add up.
"""

from __future__ import annotations

import functools
import operator
import typing
from collections.abc import Callable
from typing import Any, ClassVar

from pydantic import ConfigDict, model_validator

from ratecert.bounds import BoundedModel


class Record(BoundedModel):
    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)

    identity: ClassVar[tuple[str, ...] | None] = None   # None: ("id",) if the record has an id, else ()

    @classmethod
    def key_fields(cls) -> tuple[str, ...]:
        return _key_fields(cls)

    def key(self) -> tuple[Any, ...]:
        return _key_of(type(self))(self)

    def key_text(self) -> str:
        """'id 'c1'' or 'end_office 'EO-1', feature_group 'C', ...': the key as an error names it."""
        return ", ".join(f"{name} {getattr(self, name)!r}" for name in self.key_fields())

    @model_validator(mode="after")
    def _one_record_per_key(self) -> Record:
        for name in _list_fields(type(self)):
            problem = repeated_key(getattr(self, name))
            if problem:
                raise ValueError(f"{name}: {problem}")
        return self


@functools.cache
def _key_fields(model: type[Record]) -> tuple[str, ...]:
    """A record class's key, read once per class: asked twice for every record a case keeps (a month
    priced in bulk keeps about a thousand)."""
    if model.identity is not None:
        return model.identity
    return ("id",) if "id" in model.model_fields else ()


@functools.cache
def _key_of(model: type[Record]) -> Callable[[Record], tuple[Any, ...]]:
    """The function reading a record's key, made once per class: a record's key is read twice as a
    case keeps it, and a month priced in bulk keeps about a thousand records."""
    names = _key_fields(model)
    if len(names) == 1:
        read_one = operator.attrgetter(names[0])
        return lambda record: (read_one(record),)
    return operator.attrgetter(*names) if names else lambda record: ()


@functools.cache
def _list_fields(model: type[Record]) -> tuple[str, ...]:
    """The fields of `model` that may hold a list (a tuple) of records: read once per class, as
    every record of every generated case is validated."""
    def may_hold_tuple(annotation: Any) -> bool:
        return typing.get_origin(annotation) is tuple or any(may_hold_tuple(a) for a in typing.get_args(annotation))
    return tuple(name for name, info in model.model_fields.items() if may_hold_tuple(info.annotation))


def repeated_key(records: object) -> str | None:
    """What is wrong with a list of records that repeats a key ("two records with id 'c1'; ..."),
    or None: also None for anything that is not a list of keyed records."""
    if not isinstance(records, tuple) or not records or not isinstance(records[0], Record):
        return None
    seen: set[tuple[Any, ...]] = set()
    for record in records:
        if not isinstance(record, Record) or not record.key_fields():
            return None
        key = record.key()
        if key in seen:
            return f"two records with {record.key_text()}; each record of the list needs its own"
        seen.add(key)
    return None
