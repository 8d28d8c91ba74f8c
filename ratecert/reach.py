"""What the generated cases reach: the record kinds and optional facts of a case model, and the
recorded readings a case tells apart.

A rule no generated case reaches is a rule the properties cannot check, however many examples run
(issue 19: a delayed bill without its proof, a deposit refunded on a day other than the bill date,
a partly interstate service interrupted). So every case a property sends is described by its
*facts*, and each fact is a hypothesis `event()`, counted per property in the run log:

- a record kind: a list of records, or an optional record, that is present (`services`,
  `services.mixed_use`, `bill_receipt`);
- an optional fact: a field with a value other than its default (`deposits.returned_on`,
  `bill_receipt.proof_of_late_receipt`: False is the non-default) - numbers and texts by whether
  they differ from the default, not by value;
- a choice: each value of a field limited to a set of values (`traffic.kind=transit`,
  `onboarding.agreement=commercial`).

`universe(model)` lists every fact a case model allows, from its field types alone, so a test can
name what no property generates. Structural fields (protocol, version, id, document) are no facts.

A *reading* is reached when the case bills differently under another option of a recorded
interpretation than under the one in force: the case tells the readings apart
(`readings_told_apart`, which renders the case once per other option; opt-in, see the plugin's
--ratecert-reach).
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import functools
import re
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, Literal

from pydantic import BaseModel

STRUCTURAL = frozenset({"protocol", "version", "id", "document"})


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """(the annotation without `| None`, whether None was allowed)."""
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return (rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]), True
    return annotation, False


def _record_type(annotation: Any) -> type[BaseModel] | None:
    """The record class of `Record`, `Record | None` or `tuple[Record, ...]`, else None."""
    inner, _ = _unwrap(annotation)
    if typing.get_origin(inner) is tuple:
        args = [a for a in typing.get_args(inner) if a is not Ellipsis]
        inner = args[0] if len(args) == 1 else None
    return inner if isinstance(inner, type) and issubclass(inner, BaseModel) else None


def _choices(annotation: Any) -> tuple[Any, ...]:
    inner, _ = _unwrap(annotation)
    return typing.get_args(inner) if typing.get_origin(inner) is Literal else ()


@dataclasses.dataclass(frozen=True)
class _Field:
    """What the facts of one field depend on, read once from its model's annotations."""

    name: str
    record: type[BaseModel] | None   # a record kind (one, optional, or a tuple of them)
    choices: tuple[Any, ...]         # the values of a Literal field
    default: Any
    required: bool


@functools.cache
def _fields(model: type[BaseModel]) -> tuple[_Field, ...]:
    """The fields of `model` but the structural ones. Cached per model: every case a property sends
    is described, and resolving the string annotations (`typing.get_type_hints`) for each record of
    each case was a third of a certification's property time."""
    hints = typing.get_type_hints(model)
    out = []
    for name, info in model.model_fields.items():
        if name in STRUCTURAL:
            continue
        required = info.is_required()
        annotation = hints.get(name, info.annotation)
        out.append(_Field(name, _record_type(annotation), _choices(annotation),
                          None if required else info.get_default(call_default_factory=True), required))
    return tuple(out)


def universe(model: type[BaseModel], prefix: str = "") -> set[str]:
    """Every fact a case (or record) of `model` can carry."""
    out: set[str] = set()
    for field in _fields(model):
        path = prefix + field.name
        if field.record is not None:
            if not field.required:
                out.add(path)
            out |= universe(field.record, path + ".")
        elif field.choices:
            out |= {f"{path}={_text(c)}" for c in field.choices}
        elif not field.required:
            out.add(path)
    return out


def facts(record: BaseModel, prefix: str = "") -> set[str]:
    """The facts `record` carries (see the module docstring)."""
    out: set[str] = set()
    for field in _fields(type(record)):
        path = prefix + field.name
        value = getattr(record, field.name)
        if field.record is not None:
            items = value if isinstance(value, tuple) else () if value is None else (value,)
            if items and not field.required and value != field.default:
                out.add(path)
            for item in items:
                out |= facts(item, path + ".")
        elif field.choices and value is not None:
            out.add(f"{path}={_text(value)}")
        elif not field.required and value != field.default:
            out.add(path)
    return out


def _text(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


class Consulted(dict[str, str]):
    """A readings map that remembers which interpretations a render looked up.

    A render is a deterministic function of what it reads: if rendering a case under the readings in
    force never looked up an interpretation, the same render under another option of it looks up
    the same values and bills the same. So only consulted interpretations need rendering again -
    about a tenth of them for a typical case. Any wholesale use of the map (iterating, copying,
    comparing) counts as consulting every interpretation, so the shortcut is never unsound."""

    def __init__(self, readings: dict[str, str]) -> None:
        super().__init__(readings)
        self.looked_up: set[str] = set()
        self.whole = False

    def __getitem__(self, key: str) -> str:
        self.looked_up.add(key)
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        self.looked_up.add(key)
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        self.looked_up.add(str(key))
        return super().__contains__(key)

    def consulted(self, interpretation: str) -> bool:
        return self.whole or interpretation in self.looked_up


def _wholesale(name: str) -> Callable[..., Any]:
    method = getattr(dict, name)

    def marked(self: Consulted, *args: Any, **kwargs: Any) -> Any:
        self.whole = True
        return method(self, *args, **kwargs)
    return marked


for _name in ("__iter__", "keys", "values", "items", "copy", "__eq__", "__ne__", "__or__", "__ror__", "__len__",
              "__reduce__", "__reduce_ex__", "__repr__"):
    setattr(Consulted, _name, _wholesale(_name))
Consulted.__hash__ = None  # type: ignore[assignment]


def readings_told_apart(case: BaseModel, in_force: dict[str, str], options: dict[str, tuple[str, ...]],
                        bill: Callable[[dict[str, str]], object], prune: bool = True) -> set[str]:
    """The interpretations whose other options bill `case` differently from the readings `in_force`
    (`bill(readings)` renders it under a readings map). Only the interpretations the render under
    `in_force` consulted are tried (`Consulted`; `prune=False` tries all): the others cannot change
    the bill."""
    looked = Consulted(in_force)
    base = bill(looked)
    told = set()
    for interpretation, choices in options.items():
        if prune and not looked.consulted(interpretation):
            continue
        for option in choices:
            if option != in_force.get(interpretation) and bill({**in_force, interpretation: option}) != base:
                told.add(interpretation)
                break
    return told


FACT, READING = "case:", "reading:"


def observe(case: BaseModel, told: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    """Count the facts of a case sent to the SUT (and the readings it tells apart) as hypothesis
    events of the running example; outside a hypothesis test (a scenario's "for all generated"
    step) nothing is counted."""
    from hypothesis import currently_in_test_context, event

    replaying = _REPLAYED.get()
    if replaying is None and not currently_in_test_context():
        return
    count = replaying.add if replaying is not None else event
    document = getattr(case, "document", "?")
    for fact in sorted(facts(case)):
        count(f"{FACT} {document} {fact}")
    for interpretation in sorted(told):
        count(f"{READING} {document} {interpretation}")


# the events of an example a casebook replays (ratecert.casebook), which runs outside hypothesis
_REPLAYED: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar("replayed", default=None)


@contextlib.contextmanager
def collected_events() -> Iterator[set[str]]:
    """Inside the block `observe` adds its events to the set yielded, not to hypothesis's example:
    how a replayed example (ratecert.casebook) counts what it reached."""
    fired: set[str] = set()
    token = _REPLAYED.set(fired)
    try:
        yield fired
    finally:
        _REPLAYED.reset(token)


# hypothesis's own events name a strategy by its repr ("Retried draw from <...CompositeStrategy object
# at 0x7f86217996d0>.filter(...)"): the address differs between processes, and the run log of a
# certification must not (serial, -j 2 and a rerun compare equal but for timestamps and durations)
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def generation_statistics(stats: dict[str, Any]) -> dict[str, Any]:
    """What a property generated, from hypothesis's statistics of its run: the examples of the
    generate and target phases, how many carried each event, the best score of each target, and
    why hypothesis stopped. (hypothesis documents the statistics' shape as unstable; a change shows
    as a failing tests/test_generator_reach.py, not as silently empty statistics.)"""
    cases = [case for phase in ("generate", "target") for case in stats.get(f"{phase}-phase", {}).get("test-cases", [])
             if case.get("status") in ("valid", "interesting")]
    events: dict[str, int] = {}
    for case in cases:
        for label in {_ADDRESS.sub("", raw) for raw in case.get("events", [])}:
            events[label] = events.get(label, 0) + 1
    return {"examples": len(cases), "events": dict(sorted(events.items())),
            "targets": {label: float(score) for label, score in sorted(stats.get("targets", {}).items())},
            "stopped_because": stats.get("stopped-because")}


def reached(statistics: dict[str, Any], kind: str = FACT) -> dict[str, set[str]]:
    """document -> the facts (or, with kind=READING, the interpretations) a property's statistics show."""
    out: dict[str, set[str]] = {}
    for label in statistics.get("events", {}):
        if label.startswith(kind):
            document, _, what = label[len(kind):].strip().partition(" ")
            out.setdefault(document, set()).add(what)
    return out
