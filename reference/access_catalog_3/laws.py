"""The billing laws every SUT must obey, as plain checks of one generated example: the bill agrees
with the reference on what a clause decides (differential), and metamorphic laws on the SUT alone.
They are run by the hypothesis properties in properties/ and by the Gherkin step "for all generated
... cases under Access Catalog No. 3 ...", so a law appears in the clause matrix either way."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ratecert.differential import ask, assert_same_bill
from ratecert.money import total
from ratecert.plugin import SutSession
from ratecert.scenario import Mismatch
from ratecert.spec import load_spec
from ratecert_reference.access_catalog_3.records import CatalogCase
from ratecert_reference.legal_holidays import legal_holiday

__all__ = ["assert_same_bill", "credits_within_monthly_rate", "paying_later_never_lowers_the_penalty",
           "payment_date_is_a_business_day_near_31_days"]


def paying_later_never_lowers_the_penalty(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase,
                                          delay: int) -> None:
    """2.4.1(C)(2): moving every payment later can only raise the late payment penalty."""
    later = case.model_copy(update={"payments": tuple(
        p.model_copy(update={"date": p.date + dt.timedelta(days=delay)}) for p in case.payments)})
    before = ask(request, sut, case).penalty("late-payment")
    after = ask(request, sut, later).penalty("late-payment")
    if after < before:
        raise Mismatch(f"penalty when every payment is {delay} days later", f"at least {before}", after)


def credits_within_monthly_rate(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase) -> None:
    """2.4.4(B)(3) and (E): the credits of a service in a billing period never exceed its monthly rate."""
    bill = ask(request, sut, case)
    spec = load_spec()  # the monthly rate as printed, not a billing rule
    for service in case.services:
        events = [i for i in case.interruptions if i.service == service.id]
        if not events:
            continue
        day = events[0].reported.date()
        monthly = service.monthly_charge if service.kind == "switched-usage" else total(
            spec.rate(case.document, eq.element, day)[1].decimal * eq.quantity for eq in service.elements)
        for kind in ("interruption", "surrender"):
            refs = {i.id for i in events if i.kind == kind}
            credited = total(c.amount for c in bill.credits if c.ref in refs)
            if credited > (monthly or 0):
                raise Mismatch(f"{kind} credits for {service.id} in one billing period", f"at most {monthly}", credited)


def payment_date_is_a_business_day_near_31_days(request: pytest.FixtureRequest, sut: SutSession,
                                                bill_date: dt.date) -> None:
    """2.4.1(C)(1), 2.6: never a Saturday, Sunday or Legal Holiday (as the SUT reads them), and no
    later than the first business day on or after the 31st day (a Sunday day 31 moves forward)."""
    paid_by = ask(request, sut, CatalogCase(id="generated-payment-date", bill_date=bill_date)).payment_date
    listing = sut.reading("legal-holiday-labor-day", "access-catalog-3")
    weekend = sut.reading("legal-holiday-weekend", "access-catalog-3")
    local = frozenset(sut.started.pixit.local_holidays) if sut.started else frozenset()

    def closed(day: dt.date) -> bool:
        return day.weekday() >= 5 or legal_holiday(day, listing, weekend, local) is not None

    if closed(paid_by):
        raise Mismatch("payment date", "a day that is not a Saturday, Sunday or Legal Holiday", paid_by.isoformat())
    latest = bill_date + dt.timedelta(days=31)
    while closed(latest):
        latest += dt.timedelta(days=1)
    if not bill_date < paid_by <= latest:
        raise Mismatch("payment date", f"after {bill_date} and no later than {latest}", paid_by.isoformat())


def _usage_total(bill, prefixes: tuple[str, ...] = ("carrier_common_line", "local_switching", "tandem_", "shared_")) -> Decimal:  # type: ignore[no-untyped-def]
    return total(ln.amount for ln in bill.lines if ln.element.startswith(prefixes))


def batches_do_not_matter(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase, cut: int) -> None:
    """6.5.4-6.8.4: minutes are accumulated over the month, so the same calls delivered as two
    batches (in another order) give the same minutes and charges."""
    calls = list(case.calls)
    cut = cut % (len(calls) + 1)
    reordered = case.model_copy(update={"calls": tuple(calls[cut:] + calls[:cut])})
    whole, batched = ask(request, sut, case), ask(request, sut, reordered)
    if sorted(map(str, whole.lines)) != sorted(map(str, batched.lines)):
        raise Mismatch("bill lines for the same month's calls in two batches", _usage_total(whole), _usage_total(batched))


def more_interstate_never_raises_intrastate_charges(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase,
                                                    step_up: int) -> None:
    """2.3.11(C): raising the interstate share (lowering the intrastate one) never raises intrastate charges."""
    office = case.end_offices[0]
    if office.percent_interstate is not None:
        raised = office.model_copy(update={"percent_interstate": min(Decimal(100), office.percent_interstate + step_up)})
    else:
        raised = office.model_copy(update={"percent_intrastate": max(Decimal(0), (office.percent_intrastate or 0) - step_up)})
    before = _usage_total(ask(request, sut, case))
    after = _usage_total(ask(request, sut, case.model_copy(update={"end_offices": (raised,)})))
    if after > before:
        raise Mismatch(f"intrastate usage charges with {step_up} points more interstate", f"at most {before}", after)


# One malformed record of each kind Case sets aside (a field value its schema refuses)
_MALFORMED = {"calls": {"id": "bad-call", "end_office": "EO-1", "feature_group": "E", "direction": "originating",
                        "end_user_disconnect": "2025-03-03T10:00:00"},
              "end_offices": {"end_office": "EO-BAD", "percent_intrastate": "120"}}


def a_bad_record_changes_nothing_else(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase, field: str) -> None:
    """The catalog rates a month around a record it cannot rate: adding a malformed call or end office
    report to a case leaves every bill line as it was and names the record rejected."""
    record = _MALFORMED[field]
    data = case.model_dump(mode="json")
    with_bad = CatalogCase.model_validate({**data, field: [*data[field], record]})
    ref = with_bad.malformed[-1].ref   # as the case names it
    whole, worse = ask(request, sut, case), ask(request, sut, with_bad)
    if ref not in {r.ref for r in worse.rejected}:
        raise Mismatch(f"rejected records after adding a malformed {field} record {ref}", f"{ref} among them",
                       [r.ref for r in worse.rejected])
    if sorted(map(str, whole.lines)) != sorted(map(str, worse.lines)):
        raise Mismatch(f"bill lines after adding a malformed {field} record {ref}",
                       f"the same {len(whole.lines)} lines, {_lines_total(whole)} in all",
                       f"{len(worse.lines)} lines, {_lines_total(worse)} in all")


def a_later_call_waits_for_the_next_bill(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase) -> None:
    """2.4.1(B)(2): the bill covers usage "through the current bill day". A copy of the case's first
    call moved to end the day after the bill day leaves every bill line as it was, and the bill names
    it - carried to a later bill (decision usage-billed-on) or rejected, by the SUT's reading."""
    if not case.calls:
        return
    call = case.calls[0]
    ends = min(t for t in (call.end_user_disconnect, call.customer_disconnect) if t is not None)
    shift = dt.timedelta(days=(case.bill_date - ends.date()).days + 1)
    moved = call.model_copy(update={"id": f"later-{call.id}", **{
        name: getattr(call, name) + shift for name in ("off_hook", "answer", "iam_sent", "exit_message",
                                                        "end_user_disconnect", "customer_disconnect")
        if getattr(call, name) is not None}})
    whole, later = ask(request, sut, case), ask(request, sut, case.model_copy(update={"calls": (*case.calls, moved)}))
    named = {d.ref for d in later.decisions if d.question == "usage-billed-on"} | {r.ref for r in later.rejected}
    if moved.id not in named:
        raise Mismatch(f"how the bill names call {moved.id}, which ends after the bill day",
                       "carried to a later bill (usage-billed-on) or rejected", "not named")
    if sorted(map(str, whole.lines)) != sorted(map(str, later.lines)):
        raise Mismatch(f"bill lines after adding call {moved.id}, which ends after the bill day",
                       f"the same {len(whole.lines)} lines, {_lines_total(whole)} in all",
                       f"{len(later.lines)} lines, {_lines_total(later)} in all")


def _lines_total(bill) -> Decimal:  # type: ignore[no-untyped-def]
    return total(ln.amount for ln in bill.lines)


# A measured record's field, the ref its bill lines carry, and the parts of their element names that
# mark its facility charge and all of its mileage charges
_MEASURED = {"direct_trunked": (lambda r: r.id, "direct_trunked_facility", "direct_trunked"),
             "channel_mileage": (lambda r: r.service, "channel_mileage_facility", "channel_mileage")}


def _charged(bill, part: str, ref: str) -> Decimal:  # type: ignore[no-untyped-def]
    return total(ln.amount for ln in bill.lines if part in ln.element and ln.ref == ref)


def _zero_miles(record) -> bool:  # type: ignore[no-untyped-def]
    return record.miles == 0 if record.miles is not None else record.from_vh == record.to_vh


def _farther(record, farther: int) -> dict:  # type: ignore[no-untyped-def]
    """One end moved `farther` V units away from the other (or the miles given, that many more)."""
    if record.miles is not None:
        return {"miles": record.miles + farther}
    v, h = record.to_vh
    return {"to_vh": (v + (1 if v >= record.from_vh[0] else -1) * farther, h)}


def farther_never_lowers_mileage(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase, farther: int,
                                 field: str = "direct_trunked") -> None:
    """6.4.6, 7.2.5: moving one end of a Direct Trunked segment or a Channel Mileage section farther
    away never lowers its facility charge; zero miles bear neither facility nor termination
    (6.1.3(A)(2), 7.2.1(B)(2)) - for sections, a service all of whose sections are of zero miles."""
    ref_of, facility, mileage = _MEASURED[field]
    records = getattr(case, field)
    bill = ask(request, sut, case)
    for record in records:
        ref = ref_of(record)
        if all(_zero_miles(r) for r in records if ref_of(r) == ref) and _charged(bill, mileage, ref):
            raise Mismatch(f"mileage charges of {ref}, of zero miles", Decimal("0.00"), _charged(bill, mileage, ref))
        moved = record.model_copy(update=_farther(record, farther))
        after = ask(request, sut, case.model_copy(update={field: tuple(moved if r is record else r for r in records)}))
        if _charged(after, facility, ref) < _charged(bill, facility, ref):
            raise Mismatch(f"facility charge of {ref} with one end of {record.id} {farther} farther",
                           f"at least {_charged(bill, facility, ref)}", _charged(after, facility, ref))
