"""No record is silently dropped or put in place of another (issue 20): every list of records a case
can hold, at any depth, is fed two records with the same key. A keyed list refuses the case naming
the list and the key - or, for usage and circuits, sets the second record aside, named, and rates
the first (the case model's QUARANTINED). A list whose records have no key keeps both. Every
installed pack's case model is walked."""

from __future__ import annotations

import types
import typing
from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from ratecert.case import CaseBase
from ratecert.packs import discover
from ratecert.records import Record
from ratecert.oracle import render_case

# One valid record of each kind, as a case sends it (the smallest the model accepts)
SAMPLES: dict[str, dict[str, Any]] = {
    "Service": {"id": "S-1", "elements": [{"element": "voice_grade.channel_termination.2w"}]},
    "ElementQuantity": {"element": "voice_grade.channel_termination.2w", "quantity": "2"},
    "Payment": {"date": "2025-07-13", "amount": "500.00"},
    "Dispute": {"amount": "10.00", "filed": "2025-06-10"},
    "Deposit": {"amount": "100.00", "received": "2025-01-02", "monthly_charges": "100.00"},
    "Interruption": {"id": "I-1", "service": "S-1", "reported": "2025-03-10T09:00", "restored": "2025-03-10T12:00"},
    "Period": {"start": "2025-03-10", "end": "2025-03-10"},
    "Order": {"id": "O-1", "date": "2025-03-03"},
    "Labor": {"id": "L-1", "date": "2025-03-03", "kind": "other", "minutes": 30},
    "CallRecord": {"id": "c1", "end_office": "EO-1", "feature_group": "B", "direction": "terminating",
                   "answer": "2025-03-03T10:00", "end_user_disconnect": "2025-03-03T10:01"},
    "UsageSummary": {"id": "u1", "end_office": "EO-1", "feature_group": "D", "direction": "terminating",
                     "minutes": "100"},
    "UnmeasuredService": {"end_office": "EO-1", "feature_group": "A"},
    "NctaStudy": {"end_office": "EO-1", "measured_messages": "1000", "completion_ratio": "0.75",
                  "ncta_per_attempt": "0.4"},
    "EndOfficeTerms": {"end_office": "EO-1", "percent_intrastate": "100"},
    "JurisdictionReport": {"received": "2025-03-01", "percent_intrastate": "60"},
    "TrunkGroupShare": {"id": "G-1", "bhmc": 100, "tandem_switched_miles": 10},
    "PvuAudit": {"undisputed_originating": "10"},
    "ContestedUsage": {"feature_group": "D", "direction": "originating", "minutes": "1000"},
    "DirectTrunkedSegment": {"id": "DT-1", "capacity": "ds1", "miles": 10},
    "ChannelMileageSection": {"id": "CM-1", "service": "S-1", "rate_set": "voice_grade", "miles": 10},
    "BlockingStudy": {"id": "B-1", "end_office": "EO-1", "trunks_in_service": 24, "notified_on": "2025-03-01"},
    "BlockingHour": {"hour": 10, "attempts": 100, "overflows": 5, "average_usage_minutes": "50",
                     "capacity_minutes": "40"},
    "SurchargeTerms": {"service": "S-1"},
    "TransitionArea": {"entry_switch": "EO-1", "feature_group": "A", "equal_access_lines": 10, "total_lines": 20},
    "FgdOffice": {"end_office": "EO-2", "lines": 10},
    "DedicatedTrunkPort": {"id": "P-1", "at": "end-office", "channel": "ds0"},
    "PicChange": {"id": "PIC-1", "line": "L-1", "date": "2025-03-03", "window_start": "2025-01-10"},
    "TspRequest": {"id": "T-1", "service": "S-1", "service_class": "special", "date": "2025-03-03",
                   "timing": "after-installation"},
    "AutomaticTest": {"id": "A-1", "date": "2025-03-03", "feature_group": "D", "test": "gain_slope"},
    "Traffic": {"id": "TR-1", "kind": "local", "direction": "carrier-to-frontier", "minutes": "1000"},
    "ResaleLine": {"id": "R-1", "service": "basic-residential", "retail_rate": "20.00"},
    "ServiceRequest": {"id": "LSR-1"},
    "Supplement": {"kind": "other", "received": "2025-03-03T10:00"},
    "BackBilling": {"id": "BB-1", "amount": "100.00", "back_billed_on": "2025-03-01", "paid_on": "2025-04-01"},
    "BreachNotice": {"id": "N-1", "kind": "other", "sent": "2025-03-01", "received": "2025-03-02"},
    "DiscontinuanceNotice": {"id": "D-1", "sent": "2025-03-01", "method": "overnight", "undisputed_past_due": "100"},
    "CoordinatedTransfer": {"id": "X-1", "start": "2025-03-03T09:00", "end": "2025-03-03T10:00"},
    "Audit": {"id": "audit-1", "notice": "2026-01-12"},
    "TrunkGroup": {"id": "TG-1", "trunks": 24, "monthly_average_ccs": ["100"]},
    "MaintenanceDispatch": {"id": "D-1", "requested_by": "carrier", "found": "no-trouble"},
    "Collocation": {"state": "ID", "feeds": [{"id": "F-1", "role": "primary", "amps": "20"}], "rates": {}},
    "PowerFeed": {"id": "F-1", "role": "primary", "amps": "20"},
    "PowerReading": {"taken": "2025-03-03", "amps": "10"},
    "ReservedFeed": {"feed": "F-1", "accepted": "2025-03-03"},
    "PowerApplication": {"id": "APP-1", "kind": "reduction", "feeds": ["F-1"], "new_amps": "10",
                         "accepted": "2025-03-03", "quote_received": "2025-03-04"},
    "MalformedRecord": {"field": "calls", "ref": "bad", "reason": "call bad: broken", "record": {}},
}
# What a case itself needs beside the records (a catalog service for interruptions to name)
BASE = {"bill_date": "2025-04-01"}
NEEDS = {"access-catalog-3": {"services": [SAMPLES["Service"]]}}
MODELS = {pack.id: pack.case_model for pack in discover().values() if pack.id in
          ("access-catalog-3", "ica-frontier-granite-2006", "dc-power-v12", "clec-onboarding")}
# Keyless lists: each record counts on its own, so two equal records are two
EACH_COUNTS = {"ElementQuantity", "Payment", "Period", "UnmeasuredService", "ContestedUsage", "Supplement",
               "PowerReading", "MalformedRecord"}


def _records(annotation: Any) -> list[tuple[str, type[Record]]]:
    """('list' | 'one', record class) for each record type an annotation holds."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return [found for arg in typing.get_args(annotation) for found in _records(arg)]
    if origin is tuple:
        args = typing.get_args(annotation)
        if len(args) == 2 and args[1] is Ellipsis and isinstance(args[0], type) and issubclass(args[0], Record):
            return [("list", args[0])]
    if isinstance(annotation, type) and issubclass(annotation, Record):
        return [("one", annotation)]
    return []


Step = tuple[str, type[Record], str]   # field, record class, 'list' or 'one'


def record_lists(model: type[BaseModel], path: tuple[Step, ...] = ()) -> list[tuple[Step, ...]]:
    """Every path from the case to a list of records, at any depth; the last step is the list."""
    out = []
    hints = typing.get_type_hints(model)
    for name in model.model_fields:
        for kind, cls in _records(hints[name]):
            step = (*path, (name, cls, kind))
            if kind == "list":
                out.append(step)
            if cls not in {c for _, c, _ in path}:
                out.extend(record_lists(cls, step))
    return out


def _nest(document: str, path: tuple[Step, ...], leaf: list[dict[str, Any]]) -> dict[str, Any]:
    """The case JSON holding `leaf` as the list at the end of `path`, each record above it a sample."""
    value: Any = leaf
    for depth in range(len(path) - 1, -1, -1):
        name, _, kind = path[depth]
        holder = dict(SAMPLES[path[depth - 1][1].__name__]) if depth else {
            **BASE, "document": document, **NEEDS.get(document, {})}
        holder[name] = value if depth == len(path) - 1 or kind == "one" else [value]
        value = holder
    return value


def _held(case: CaseBase, path: tuple[Step, ...]) -> tuple[Record, ...]:
    held: Any = case
    for name, _, _ in path:
        held = getattr(held, name)
        if name != path[-1][0] and isinstance(held, tuple):
            held = held[0]
    return held


def _every_list() -> list[tuple[str, tuple[Step, ...]]]:
    """(document, path) for every record list of every case model, each path once (the lists every
    document shares are walked in the first model that has them)."""
    out, seen = [], set()
    for document, model in MODELS.items():
        for path in record_lists(model):
            names = tuple(name for name, _, _ in path)
            if names not in seen:
                seen.add(names)
                out.append((document, path))
    return out


LISTS = _every_list()
PATHS = [path for _, path in LISTS]
IDS = [".".join(name for name, _, _ in p) for p in PATHS]


def test_every_record_list_has_a_sample_and_a_key_or_a_reason_each_counts():
    for path in PATHS:
        cls = path[-1][1]
        assert cls.__name__ in SAMPLES, f"no sample record for {cls.__name__} at {'.'.join(n for n, _, _ in path)}"
        assert cls.key_fields() or cls.__name__ in EACH_COUNTS, f"{cls.__name__}: a key, or say why each counts"
    assert len(PATHS) >= 40


@pytest.mark.parametrize(("document", "path"), [(d, p) for d, p in LISTS if p[-1][0] != "malformed"],
                         ids=[i for i, p in zip(IDS, PATHS) if p[-1][0] != "malformed"])
def test_two_records_with_one_key(document, path):
    name, cls, _ = path[-1]
    record = SAMPLES[cls.__name__]
    data = _nest(document, path, [record, dict(record)])
    where = ".".join(n for n, _, _ in path)
    model = MODELS[document]
    if not cls.key_fields():   # each counts: both are kept
        assert len(_held(model.model_validate(data), path)) == 2, where
    elif path[0][0] in model.QUARANTINED:   # usage and circuits: the record is set aside, named; the month is rated
        case = model.model_validate(data)
        assert any("two records with" in m.reason or "a second record with" in m.reason for m in case.malformed), \
            (where, [m.reason for m in case.malformed])
    else:
        with pytest.raises(ValidationError) as refused:
            model.model_validate(data)
        assert f"{name}: two records with" in str(refused.value), (where, str(refused.value))


def test_a_repeated_call_is_named_and_the_first_rated():
    call = SAMPLES["CallRecord"]
    case = MODELS["access-catalog-3"].model_validate({"bill_date": "2025-04-01", "end_offices": [SAMPLES["EndOfficeTerms"]],
                                "calls": [call, {**call, "end_user_disconnect": "2025-03-03T11:00"}]})
    bill = render_case(case)
    assert [r.ref for r in bill.rejected] == ["c1"] and "the first is rated" in bill.rejected[0].reason
    assert sum((ln.quantity for ln in bill.lines if ln.element.startswith("carrier_common_line")), Decimal(0)) == 1


def test_studies_of_all_calls_and_of_one_category_are_not_both_given():
    study = SAMPLES["NctaStudy"]
    with pytest.raises(ValidationError, match="give one or the other"):
        MODELS["access-catalog-3"].model_validate({"bill_date": "2025-04-01", "ncta": [study, {**study, "call_category": "DDD"}]})
