"""Hypothesis strategies for catalog cases, built from the spec and living beside the case records.

Dates run from 2014 to 2030 with a bias to month ends and holiday seasons; cases that need rates
start on 2017-01-01 and draw only elements in force on their date, so they span the effective dates
of pages 17-6 (2017-07-01), 17-4 (2018-07-03) and 17-5.1 (2018-08-18). Amounts span cents to
millions; services draw their elements from the spec's monthly, billable rate elements.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import ROUND_FLOOR, Decimal

from hypothesis import target

from ratecert.spec import load_spec
from ratecert.spec.model import ValueKind
from ratecert.strategies import BuiltOnce, billing_dates, money
from ratecert_reference.access_catalog_3 import data_requests, ordering, refusal
from ratecert_reference.access_catalog_3.labor import half_hours
from ratecert_reference.access_catalog_3.records import AUTOMATIC_TESTS, ROUTINE_TESTS, CatalogCase
from ratecert_reference.months import add_months

st = BuiltOnce()   # hypothesis.strategies, each built once: the composites below build theirs in every draw

FIRST = dt.date(2014, 1, 1)
RATED_FROM = dt.date(2017, 1, 1)   # Section 17 pages 17-1 to 17-3 and 17-8 to 17-26 take effect
LAST = dt.date(2030, 12, 31)
DOCUMENT = "access-catalog-3"
EFFECTIVE_DATES = (dt.date(2017, 1, 1), dt.date(2017, 7, 1), dt.date(2018, 7, 3), dt.date(2018, 8, 18))


dates = billing_dates(FIRST, LAST, EFFECTIVE_DATES)
rated_dates = billing_dates(RATED_FROM, LAST, EFFECTIVE_DATES)


def _elements(on: dt.date, units: tuple[str, ...] = ("per month",), prefix: str = "") -> list[str]:
    """Billable elements whose unit names one of `units`, with a value in force on `on`. A new
    list each call (hypothesis labels `sampled_from` by its argument's repr, so a tuple would draw
    other examples) of a scan made once per arguments: a case asks in each draw, and scanning
    every rate was a twentieth of drawing the catalog's cases."""
    return list(_elements_in_force(on, units, prefix))


@functools.lru_cache(maxsize=4096)
def _elements_in_force(on: dt.date, units: tuple[str, ...], prefix: str) -> tuple[str, ...]:
    doc = load_spec().document(DOCUMENT)
    return tuple(sorted(eid for eid, e in doc.rates.items()
                        if any(u in e.unit for u in units) and eid.startswith(prefix)
                        and e.values[-1].kind is ValueKind.amount and e.values[0].from_ <= on))


def _monthly_elements(on: dt.date) -> list[str]:
    """Monthly, billable elements with a value in force on `on`."""
    return _elements(on)


def _long_minimum_elements(on: dt.date) -> list[str]:
    """Monthly elements with a minimum period of more than a month (2.4.2(B): the DS3s)."""
    doc = load_spec().document(DOCUMENT)
    return [e for e in _monthly_elements(on) if (doc.rates[e].minimum_months or 1) > 1]


@st.composite
def payment_cases(draw: st.DrawFn) -> CatalogCase:
    """A bill with an amount due and one to three payments around its payment date."""
    bill_date = draw(dates)
    amount = draw(money)
    offsets = draw(st.lists(st.integers(-5, 400), min_size=1, max_size=3))
    parts = [amount / len(offsets)] * len(offsets)
    payments = [{"id": f"payment-{i}", "date": (bill_date + dt.timedelta(days=31 + off)).isoformat(),
                 "amount": format(part.quantize(Decimal("0.01")) or Decimal("0.01"), "f")}
                for i, (off, part) in enumerate(zip(offsets, parts, strict=True))]
    for payment in payments:   # 2.4.1(C)(2): funds not immediately available are late until they are
        if draw(st.integers(0, 4)) == 0:
            paid = dt.date.fromisoformat(payment["date"])
            payment["funds_available_on"] = (paid + dt.timedelta(days=draw(st.integers(0, 10)))).isoformat()
    return CatalogCase.model_validate({"id": "generated-payment", "bill_date": bill_date.isoformat(),
                                "amount_due": format(amount, "f"), "payments": payments})


# (extension requested, proof of late receipt given): the four ways a customer answers a late bill
RECEIPTS = ((True, True), (True, False), (False, True), (False, False))
DELAY_BOUNDARY = 11   # a bill received after the 11th day is received less than 20 days before the 31st


@st.composite
def delayed_bill_cases(draw: st.DrawFn) -> tuple[CatalogCase, ...]:
    """One bill, received on a day from the bill day to the 45th (weighted to the 11th, the last day
    it is not delayed, 2.4.1(C)(1)), with one payment and the same receipt in each of the four ways
    of `RECEIPTS`: every example checks the extension with and without request and proof."""
    bill_date = draw(dates)
    offset = draw(st.one_of(st.integers(0, 45), st.sampled_from([DELAY_BOUNDARY - 1, DELAY_BOUNDARY,
                                                                 DELAY_BOUNDARY + 1])))
    target(-abs(offset - DELAY_BOUNDARY), label="days from the 11th to the receipt")
    amount = draw(money)
    paid = bill_date + dt.timedelta(days=draw(st.integers(25, 70)))
    return tuple(CatalogCase.model_validate({
        "id": "generated-delayed-bill", "bill_date": bill_date.isoformat(), "amount_due": format(amount, "f"),
        "payments": [{"id": "payment-1", "date": paid.isoformat(), "amount": format(amount, "f")}],
        "bill_receipt": {"received": (bill_date + dt.timedelta(days=offset)).isoformat(),
                         "extension_requested": requested, "proof_of_late_receipt": proof}})
        for requested, proof in RECEIPTS)


@st.composite
def deposit_cases(draw: st.DrawFn) -> CatalogCase:
    """A customer of any credit standing (late payments, established credit, a creditworthy
    predecessor, months of prompt payment around the twelve of a refund) with four cash deposits in
    every example: one credited or refunded before the bill date, one on it, one after it, and one
    still held (2.4.1(A): interest "to and including the date such deposit is credited ... or
    refunded"), each received up to two years before."""
    bill_date = draw(rated_dates)
    account = {"late_payment_history": draw(st.booleans()), "established_credit": draw(st.booleans()),
               "successor_of_creditworthy_company": draw(st.booleans()),
               "prompt_payment_months": draw(st.sampled_from([0, 11, 12, 13]) | st.integers(0, 36))}
    returns = [bill_date - dt.timedelta(days=draw(st.integers(1, 200))), bill_date,
               bill_date + dt.timedelta(days=draw(st.integers(1, 200))), None]
    deposits = []
    for i, returned in enumerate(returns):
        received = (returned or bill_date) - dt.timedelta(days=draw(st.integers(0, 730)))
        deposits.append({"id": f"deposit-{i + 1}", "amount": format(draw(money), "f"), "received": received.isoformat(),
                         "monthly_charges": format(draw(money), "f"),
                         "returned_on": returned.isoformat() if returned else None})
    return CatalogCase.model_validate({"id": "generated-deposits", "bill_date": bill_date.isoformat(),
                                       "account": account, "deposits": deposits})


# Durations on and beside the boundaries of 2.4.4: under 30 minutes none, exactly half a period is
# not a major fraction (45 and 75 minutes), under 24 hours none for usage-rated service, 36 hours is
# exactly one and a half days
CREDIT_MINUTES = [15, 29, 30, 31, 45, 46, 75, 76, 1439, 1440, 1441, 2159, 2160, 2161]
# 2.1.3(G): a failure beyond the Telephone Company's control is excused but still credited; 2.1.8(C): a
# temporary discontinuance for interference or impairment is not credited
CAUSES = ["telephone-company", "protective-controls", "customer-negligence", "customer-equipment", "declined-release",
          "beyond-control", "interference"]


def _interruptions(draw: st.DrawFn, service: dict, start: dt.datetime, first: int) -> tuple[list[dict], dt.datetime]:
    """One to three interruptions (or surrenders) of `service`, one after another from `start`, each
    sometimes of another cause, of part of the service, with days without access, negotiated
    releases or an unauthorized replacement of special construction inside it (2.4.4(C))."""
    events = []
    for i in range(draw(st.integers(1, 3))):
        # the first interruption of a Special Access service runs past an unauthorized replacement of
        # special construction in every example: (C)(5) ends "on the day after" the authorization
        construction = service["kind"] == "special" and i == 0
        # the first outage of a flat-rated Switched service lasts about a month in every example, so that
        # its credits meet the monthly charge they may not exceed (2.4.4(B)(3), (E)): drawn freely, an
        # outage that long came up too rarely for 60 examples to hold a credit past its cap
        month_long = service["kind"] == "switched-flat" and i == 0
        minutes = draw(st.integers(3 * 1440, 5 * 1440) if construction else
                       st.integers(29 * 1440, 33 * 1440) if month_long else
                       st.one_of(st.sampled_from(CREDIT_MINUTES), st.integers(1, 120), st.integers(120, 60 * 24 * 40)))
        restored = start + dt.timedelta(minutes=minutes)
        event: dict = {"id": f"interruption-{first + i}", "service": service["id"],
                       "kind": draw(st.sampled_from(["interruption", "interruption", "surrender"])),
                       "reported": start.isoformat(), "restored": restored.isoformat(),
                       "common_cause": draw(st.sampled_from([None, "common"])),
                       "cause": draw(st.sampled_from(["telephone-company", "telephone-company", *CAUSES]))}
        if len(service.get("elements", ())) > 1 and draw(st.integers(0, 3)) == 0:
            event["elements"] = [service["elements"][0]["element"]]
        if draw(st.integers(0, 5)) == 0:
            day = start.date() + dt.timedelta(days=draw(st.integers(-1, 2)))
            event["access_denied"] = [{"start": day.isoformat(), "end": day.isoformat()}]
        if draw(st.integers(0, 5)) == 0:
            cut = start + dt.timedelta(minutes=draw(st.integers(0, minutes)))
            event["released"] = [[cut.isoformat(), (cut + dt.timedelta(minutes=draw(st.integers(1, 120)))).isoformat()]]
        if construction or draw(st.integers(0, 5)) == 0:
            notice = start.date() - dt.timedelta(days=draw(st.integers(7, 10)))
            authorized = start.date() + dt.timedelta(days=draw(st.integers(0, 1)))
            event["replacement_notice_received"] = notice.isoformat()
            event["replacement_authorization_received"] = authorized.isoformat()
        if service.get("technical_package") and draw(st.booleans()):
            event["error_free_seconds"] = draw(st.sampled_from(["90", "98.74", "98.75", "99.874", "99.875", "100"]))
        events.append(event)
        start = restored + dt.timedelta(minutes=draw(st.integers(0, 600)))
    return events, start


@st.composite
def interruption_cases(draw: st.DrawFn) -> CatalogCase:
    """Three services in every example, each interrupted one to three times, so that no kind of
    service depends on the seed: a Special Access service (sometimes of a package with a specified
    error performance, its interruptions then sometimes degraded periods near the specification,
    2.4.4(B); sometimes a mixed-use facility, 7.2.7), a flat-rated Switched service that is sometimes
    partly interstate (2.3.12(A): the credit base is the intrastate share), and a usage-rated
    Switched service (2.4.4(B)(2)). Durations sit on and beside 30 minutes, 24 hours and their halves."""
    start = dt.datetime.combine(draw(rated_dates), dt.time(draw(st.integers(0, 23))))
    monthly = _monthly_elements(start.date())

    def elements() -> list[dict]:
        chosen = draw(st.lists(st.sampled_from(monthly), min_size=1, max_size=3, unique=True))
        return [{"element": e, "quantity": str(draw(st.integers(1, 40)))} for e in chosen]

    special: dict = {"id": "SA-1", "kind": "special", "elements": elements()}
    package = draw(st.sampled_from([None, "D1", "HC1", "HC0"]))
    if package:
        special.update(technical_package=package, via_hub=draw(st.booleans()))
    if draw(st.integers(0, 2)) == 0:
        special["mixed_use"] = {"switched_channels": draw(st.integers(0, 24)), "total_channels": 24}
    switched: dict = {"id": "SW-1", "kind": "switched-flat", "elements": elements()}
    interstate = draw(st.sampled_from([None, 0, 100]) | st.integers(1, 99))
    if interstate is not None:
        switched["percent_interstate"] = str(interstate)
    usage = {"id": "SU-1", "kind": "switched-usage",
             "monthly_charge": str(draw(st.decimals(Decimal("1.00"), Decimal("50000.00"), places=2)))}
    events: list[dict] = []
    for service in (special, switched, usage):
        made, start = _interruptions(draw, service, start, len(events) + 1)
        events += made
    return CatalogCase.model_validate({"id": "generated-credit", "bill_date": start.date().isoformat(),
                                       "services": [special, switched, usage], "interruptions": events})


LABOR_KINDS = ["engineering", "installation", "repair", "standby", "testing-with-other-companies", "other",
               "additional-manual-testing", "maintenance-of-service", "acceptance-testing",
               "cooperative-acceptance-testing"]


# Scheduled work periods of a day (13: "e.g., 8:00 a.m. to 5:00 p.m."), and starts on and beside their ends
WORK_PERIODS = [(dt.time(8), dt.time(17)), (dt.time(7, 30), dt.time(16)), (dt.time(9), dt.time(18))]
EDGE_MINUTES = [-61, -31, -30, -1, 0, 1, 29, 30]


def _work(draw: st.DrawFn, number: int, kinds: list[str] = LABOR_KINDS, scheduled: bool = False) -> dict:
    """One piece of work of `kinds`, of either class of service, at each time of day, on both sides
    of each half hour, with what a maintenance dispatch found (13.3.2). `scheduled`: its time class
    is not given but follows from when it began and the employee's schedule (13): a start on and
    beside an end of the scheduled work period, so that some work runs across it (labor-time-split),
    and now and then a day that is not a scheduled work day (Premium Time)."""
    work = {"id": f"labor-{number}", "date": draw(rated_dates).isoformat(), "kind": draw(st.sampled_from(kinds)),
            "service_class": draw(st.sampled_from(["switched", "special"])),
            "time": draw(st.sampled_from(["basic", "overtime", "premium"])),
            "minutes": draw(st.sampled_from([29, 30, 31, 59, 60, 61]) | st.integers(1, 900)),
            "people": draw(st.integers(1, 4)), "call_out": draw(st.booleans()),
            "trouble": draw(st.sampled_from(["none-found", "other-equipment", "telephone-company-facilities"]))}
    if scheduled:
        del work["time"]
        period = draw(st.sampled_from(WORK_PERIODS))
        edge = dt.datetime.combine(dt.date.fromisoformat(work["date"]), draw(st.sampled_from(period)))
        # within the day of the work: the earliest period starts at 07:30, the latest ends at 18:00
        started = edge + dt.timedelta(minutes=draw(st.sampled_from(EDGE_MINUTES) | st.integers(-420, 300)))
        work["started"] = started.isoformat()
        work["scheduled_work_day"] = draw(st.sampled_from([True, True, True, False]))
        if work["scheduled_work_day"] or draw(st.booleans()):
            work["scheduled_work_period"] = [t.isoformat() for t in period]
    return work


@st.composite
def labor_cases(draw: st.DrawFn, scheduled: bool = False) -> CatalogCase:
    """One to three pieces of work of every kind (13.1, 13.2, and the testing and maintenance
    services 17.6.3 prices at the Additional Labor rates), as `_work` draws them: with `scheduled`
    (the capability working-hours), their time class follows from the schedule."""
    labor = [_work(draw, i, scheduled=scheduled) for i in range(draw(st.integers(1, 3)))]
    return CatalogCase.model_validate({"id": "generated-labor", "bill_date": draw(dates).isoformat(), "labor": labor})


@st.composite
def miscellaneous_cases(draw: st.DrawFn) -> CatalogCase:
    """PIC selections and changes on a few lines around their four free months, on and beside their
    last day (13.4(A)(3)), TSP requests at each timing (13.3.3(B)), one Additional Automatic Test
    of each kind (13.3.1(A)(2)) and the presubscription facts of a conversion to equal access
    (`_presubscription`, 13.4(A)(1), (2)). By construction, every example's first line has one
    change, on the last day of its four months - free through that date, charged before it
    (interpretation pic-four-month-window) - so the reading is told apart whatever the seed."""
    changes = []
    for line in range(draw(st.integers(1, 3))):
        window_start = draw(rated_dates)
        end_user = draw(st.sampled_from(["existing", "new"]))
        last_day = line == 0   # the first line: one change, on the last day of its four months
        for i in range(1 if last_day else draw(st.integers(1, 4))):
            changes.append({"id": f"pic-{line}-{i}", "line": f"L-{line}", "end_user": end_user,
                            "window_start": window_start.isoformat(),
                            "initial": i == 0 and not last_day and draw(st.booleans()),
                            "date": (add_months(window_start, 4) if last_day else
                                     draw(st.sampled_from([add_months(window_start, 4) + dt.timedelta(days=k)
                                                           for k in (-1, 0, 1)])
                                          | st.integers(0, 200).map(lambda k: window_start + dt.timedelta(days=k))))
                            .isoformat(),
                            "method": draw(st.sampled_from(["manual", "electronic"])),
                            "simultaneous": draw(st.booleans())})
    tsp = [{"id": f"tsp-{i}", "service": f"S-{i}", "service_class": draw(st.sampled_from(["switched", "special"])),
            "date": draw(rated_dates).isoformat(), "action": draw(st.sampled_from(["provide", "change", "discontinue"])),
            "timing": draw(st.sampled_from(["with-access-order", "after-access-order", "after-installation"]))}
           for i in range(draw(st.integers(0, 2)))]
    tests = []   # one Additional Automatic Test of each kind in every example
    for i, test in enumerate(AUTOMATIC_TESTS):
        tests.append({"id": f"test-{i}", "date": draw(rated_dates).isoformat(), "test": test,
                      "feature_group": draw(st.sampled_from("BCD")), "paths": draw(st.integers(1, 48)),
                      "routine": test in ROUTINE_TESTS and draw(st.booleans())})
    return CatalogCase.model_validate({"id": "generated-miscellaneous", "bill_date": draw(dates).isoformat(),
                                "pic_changes": changes, "tsp_requests": tsp, "automatic_tests": tests,
                                **_presubscription(draw)})


IPIC_CARRIERS = ["IC-1", "IC-2", "IC-3"]


def _presubscription(draw: st.DrawFn) -> dict:
    """In every example an IC End User and Agent List or two, received on and beside thirty days
    before the end office's conversion (13.4(A)(1)), and the letters of agency of one or two lines
    whose IPIC is disputed, authorized within days of each other - now and then on the same latest
    day, which the catalog leaves undetermined (13.4(A)(2))."""
    lists = []
    for i in range(draw(st.integers(1, 2))):
        conversion = draw(rated_dates)
        received = conversion - dt.timedelta(days=draw(st.sampled_from([29, 30, 31]) | st.integers(0, 90)))
        lists.append({"id": f"list-{i + 1}", "received": received.isoformat(), "conversion": conversion.isoformat()})
    letters = []
    for line in range(draw(st.integers(1, 2))):
        first = draw(rated_dates)
        letters += [{"line": f"L-{line}", "ic": ic,
                     "authorized": (first + dt.timedelta(days=draw(st.integers(0, 2)))).isoformat()}
                    for ic in draw(st.lists(st.sampled_from(IPIC_CARRIERS), min_size=1, max_size=3, unique=True))]
    return {"end_user_lists": lists, "ipic_letters": letters}


@st.composite
def ordering_cases(draw: st.DrawFn) -> CatalogCase:
    """Access ordering (5.1.1, 5.1.2, 5.2.5): one to three orders of the month before the bill, each
    of either class, most asking for a service date on and beside six months past the applicable one,
    some ordering Direct Trunked Transport where no bona fide request had been received, some
    expedited at an actual cost on and beside the estimate plus ten percent, asked before or after
    the order was issued; and one or two pieces of Additional Engineering, most with an estimate on
    and beside their charge less ten percent, some declined after notification."""
    bill_date = draw(st.dates(dt.date(2018, 8, 18), LAST))
    orders = []
    for i in range(draw(st.integers(1, 3))):
        on = bill_date - dt.timedelta(days=draw(st.integers(1, 40)))
        order: dict = {"id": f"order-{i + 1}", "date": on.isoformat(),
                       "kind": draw(st.sampled_from(["new", "new", "addition", "change"])),
                       "service_class": draw(st.sampled_from(["switched", "special"]))}
        if draw(st.integers(0, 3)):
            applicable = on + dt.timedelta(days=draw(st.integers(0, 60)))
            order["applicable_service_date"] = applicable.isoformat()
            order["requested_service_date"] = draw(
                st.sampled_from([add_months(applicable, ordering.MONTHS_BEYOND) + dt.timedelta(days=k) for k in (-1, 0, 1)])
                | st.integers(-30, 400).map(lambda k: applicable + dt.timedelta(days=k))).isoformat()
        if order["service_class"] == "switched" and draw(st.integers(0, 2)) == 0:
            order["direct_trunked_first_request"] = True
        if draw(st.booleans()):
            estimate = draw(money)
            order.update(expedite_estimate=format(estimate, "f"), expedite_after_issue=draw(st.booleans()),
                         expedite_cost=format(draw(_near_ceiling(estimate)), "f"))
        orders.append(order)
    engineering = []
    for i in range(draw(st.integers(1, 2))):
        work = _work(draw, i, kinds=["engineering"])
        if draw(st.integers(0, 3)):
            work["estimate"] = format(draw(_estimates_near(work)), "f")
        work["declined"] = draw(st.integers(0, 3)) == 0
        engineering.append(work)
    return CatalogCase.model_validate({"id": "generated-ordering", "bill_date": bill_date.isoformat(),
                                       "orders": orders, "labor": engineering})


CENT = Decimal("0.01")


def _near_ceiling(estimate: Decimal) -> st.SearchStrategy[Decimal]:
    """Actual costs of an estimated expedite: a cent under, at and over the estimate plus ten percent
    (5.1.2), or any amount."""
    ceiling = ordering.estimate_ceiling(estimate).quantize(CENT, ROUND_FLOOR)
    return st.sampled_from([max(ceiling + k * CENT, Decimal(0)) for k in (-1, 0, 1)]) | money


def _estimates_near(work: dict) -> st.SearchStrategy[Decimal]:
    """Estimates of a piece of Additional Engineering whose ten percent more is a cent under, at or
    over its charge at the rate printed for its date (5.2.5), or any amount: the charge is steered
    to, not checked here."""
    rate = load_spec().rate(DOCUMENT, f"additional_engineering.{work['time']}", dt.date.fromisoformat(work["date"]))[1]
    charge = rate.decimal * half_hours("engineering", work["minutes"], work["call_out"]) * work["people"]
    boundary = charge / ordering.ESTIMATE_MARGIN
    return st.sampled_from([boundary.quantize(CENT, ROUND_FLOOR) + k * CENT for k in (0, 1)] + [charge]) | money


# 2.1.8(A): the 1st Revised Page 2-7, effective May 1, 2019, allows notice by email
notice_dates = billing_dates(FIRST, LAST, (refusal.REVISED,))
NOTICE_METHODS = ("mail", "email", "other")


@st.composite
def refusal_cases(draw: st.DrawFn) -> CatalogCase:
    """A notice of refusal or discontinuance by each method in every example (2.1.8(A)), sent on,
    before or after the revised page that allows email took effect (refusal-notice-email-before-
    revision), to a customer billed electronically, consenting to email, both or neither; most
    received a few days after they were sent (refusal-notice-clock); the bill after the last."""
    electronically, consented = draw(st.booleans()), draw(st.booleans())
    notices = []
    for i, method in enumerate(NOTICE_METHODS):
        sent = draw(notice_dates)
        notice = {"id": f"notice-{i + 1}", "sent": sent.isoformat(), "method": method,
                  "billed_electronically": electronically, "consented_to_email": consented}
        if draw(st.integers(0, 3)):
            notice["received"] = (sent + dt.timedelta(days=draw(st.sampled_from([0, 1, 3]) | st.integers(0, 10)))).isoformat()
        notices.append(notice)
    bill_date = max(dt.date.fromisoformat(n["sent"]) for n in notices) + dt.timedelta(days=draw(st.integers(0, 60)))
    return CatalogCase.model_validate({"id": "generated-refusal", "bill_date": bill_date.isoformat(),
                                       "refusal_notices": notices})


REQUEST_KINDS = ("piu-support", "pvu-verification", "pvu-audit", "resale-billing")


@st.composite
def records_request_cases(draw: st.DrawFn) -> CatalogCase:
    """A request for the customer's records of each kind in every example (2.3.11(D), 2.3.13(F)(1),
    (F)(4), 3.6.3), each with up to three earlier requests of its kind: on and beside twelve months
    before, on the last day of the calendar year before (a year apart by calendar, not by twelve
    months: request-year) or any day of the last sixteen months; a PVU audit sometimes by an
    independent auditor; resale billing asked back to on and beside twelve months before the
    current billing period."""
    bill_date = draw(dates)
    requests = []
    for i, kind in enumerate(REQUEST_KINDS):
        day = bill_date - dt.timedelta(days=draw(st.integers(0, 40)))
        year_ago = add_months(day, -12)
        edges = [year_ago + dt.timedelta(days=k) for k in (-1, 0, 1)] + [dt.date(day.year, 1, 1) - dt.timedelta(days=1)]
        earlier = draw(st.lists(st.sampled_from(edges) | st.integers(1, 480).map(lambda k: day - dt.timedelta(days=k)),
                                max_size=3, unique=True))
        request: dict = {"id": f"request-{i + 1}", "kind": kind, "date": day.isoformat(),
                         "earlier": sorted(d.isoformat() for d in earlier)}
        if kind == "pvu-audit":
            request["independent_auditor"] = draw(st.booleans())
        if kind == "resale-billing":
            back = add_months(bill_date, -data_requests.RESALE_MONTHS_BACK)
            request["covers_from"] = (back + dt.timedelta(days=draw(st.sampled_from([-1, 0, 1]) | st.integers(-200, 200)))
                                      ).isoformat()
        requests.append(request)
    return CatalogCase.model_validate({"id": "generated-requests", "bill_date": bill_date.isoformat(),
                                       "data_requests": requests})


any_case = st.one_of(payment_cases(), interruption_cases(), labor_cases())


@st.composite
def call_records(draw: st.DrawFn, end_office: str = "EO-1", month: dt.date | None = None,
                 prefix: str = "call") -> list[dict]:
    """A month of calls at one end office (`month`: the 27 days from that day, else a month drawn):
    every feature group, direction, signaling and routing, durations from a second to hours, some
    unanswered."""
    month = month or draw(st.dates(RATED_FROM, LAST)).replace(day=1)
    # a few kinds of traffic per month, many calls of each, so that accumulation matters
    kinds = draw(st.lists(st.tuples(st.sampled_from("ABCD"), st.sampled_from(["originating", "terminating"]),
                                    st.sampled_from(["MF", "SS7"]), st.sampled_from(["direct", "tandem"])),
                          min_size=1, max_size=3))
    calls = []
    for i in range(draw(st.integers(1, 16))):
        start = dt.datetime.combine(month, dt.time()) + dt.timedelta(seconds=draw(st.integers(0, 27 * 86400)))
        # durations from a second to hours, now and then none at all or longer than a day
        seconds = draw(st.one_of(st.integers(1, 59), st.sampled_from([20, 30, 45, 90]), st.integers(60, 7200),
                                 st.sampled_from([0, 86_400, 2 * 86_400 + 17])))
        fraction = dt.timedelta(microseconds=draw(st.sampled_from([0, 0, 0, 250_000, 999_999])))
        fg, direction, signaling, routing = draw(st.sampled_from(kinds))
        calls.append({
            "id": f"{prefix}-{i}", "end_office": end_office, "feature_group": fg,
            "direction": direction, "signaling": signaling, "routing": routing,
            # a line is FGA's unit of accumulation; on another feature group's call it changes nothing
            "line": draw(st.sampled_from(["L-1", "L-2"])) if fg == "A" else draw(st.sampled_from([None, None, "L-9"])),
            "off_hook": start.isoformat(), "iam_sent": start.isoformat(),
            "exit_message": (start + dt.timedelta(seconds=2)).isoformat(),
            "answer": draw(st.one_of(st.none(), st.just((start + dt.timedelta(seconds=5)).isoformat()))),
            "end_user_disconnect": (start + dt.timedelta(seconds=5 + seconds) + fraction).isoformat(),
            "jurisdiction": draw(st.sampled_from([None, None, None, "intrastate", "interstate"])),
            "called_service": draw(st.sampled_from([None, None, None, "closed-end", "directory-assistance"]))
            if direction == "originating" else None,
        })
    return calls


def _office_usage(draw: st.DrawFn, end_office: str, month: dt.date) -> tuple[dict, list, list, list]:
    """One end office's terms (a percentage, transport, territory, measurement) and its month of
    usage: summarized minutes, unmeasured lines and calls."""
    office = {"end_office": end_office, "tandem_switched_miles": draw(st.integers(0, 200)),
              "tandem_cloc": draw(st.booleans()), "end_office_cloc": draw(st.booleans()),
              "end_office_in_territory": draw(st.sampled_from([True, True, True, False])),
              "tandem_in_territory": draw(st.booleans()),
              "tst_billing_percentage": str(draw(st.integers(0, 100))), "tst_terminations": draw(st.integers(0, 2)),
              "terminating_measured": draw(st.sampled_from([True, True, False]))}
    key = draw(st.sampled_from(["percent_intrastate", "percent_interstate"]))
    office[key] = str(draw(st.one_of(st.sampled_from([0, 100] if key == "percent_interstate" else [100, 0]),
                                     st.integers(0, 100))))
    usage = [{"id": f"usage-{end_office}-{i}", "end_office": end_office, "feature_group": draw(st.sampled_from("ABCD")),
              "direction": draw(st.sampled_from(["originating", "terminating"])),
              "routing": draw(st.sampled_from(["direct", "tandem"])),
              "minutes": str(draw(st.integers(0, 500_000)))} for i in range(draw(st.integers(0, 3)))]
    unmeasured = [{"end_office": end_office, "feature_group": draw(st.sampled_from("AB")), "count": draw(st.integers(1, 30)),
                   "directionality": draw(st.sampled_from(["two-way", "originating-only", "terminating-only"]))}
                  for _ in range(draw(st.integers(0, 2)))]
    unmeasured = list({(u["feature_group"], u["directionality"]): u for u in unmeasured}.values())
    calls = draw(call_records(end_office=end_office, month=month, prefix=f"call-{end_office}"))
    return office, usage, unmeasured, calls


# The end offices of an `everything` case, one of each kind in every example: an access tandem
# office (with a PVU under audit), WATS Serving Offices for outward and inward WATS (6.4.6(E),
# 3.2.3), a Wireless Switching Center at the tandem (6.4.6(F)), a remote office behind its host
# (6.4.6(G)) without projected percentages (the interstate share developed from measured minutes,
# 2.3.11(C)(3)) and an FGA dial tone office without equal access (6.4.6(B))
OFFICE_STRATA: tuple[dict, ...] = (
    {"pvu_audit": True}, {"wats": "outward"}, {"wats": "inward"}, {"wireless_switching_center": True},
    {"tandem_switched_from": "host-office", "percentages": False},
    {"tandem_switched_from": "dial-tone-office", "equal_access": False})


@st.composite
def usage_cases(draw: st.DrawFn, everything: bool = False) -> CatalogCase:
    """Switched usage at one end office: calls of the month before the bill (in one case in six also
    calls after the bill day, 2.4.1(B)(2)), summarized minutes, unmeasured lines, transport; the
    office sometimes without terminating measurement (terminating FGC/FGD derived, 6.7.4, 6.8.4).
    With `everything`: an end office of each kind of `OFFICE_STRATA` with its own usage and other
    facts (`_office_facts`), measured jurisdiction and called services of summarized minutes,
    unmeasured lines with one measured direction, NCTA studies, a transition area, calls ended by
    the customer, and segments given in miles."""
    bill_date = draw(st.dates(dt.date(2018, 8, 18), LAST))
    month = (bill_date.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    offices, usage, unmeasured, calls = [], [], [], []
    for i, stratum in enumerate(OFFICE_STRATA if everything else ({},)):
        office, more_usage, more_unmeasured, more_calls = _office_usage(draw, f"EO-{i + 1}", month)
        if everything:
            _office_facts(draw, office, bill_date, stratum)
        offices.append(office)
        usage += more_usage
        unmeasured += more_unmeasured
        calls += more_calls
    segments = [{"id": f"S-{i}", "capacity": draw(st.sampled_from(["vg", "ds1", "ds3"])),
                 "from_vh": [draw(st.integers(4000, 9000)), draw(st.integers(2000, 9000))],
                 "to_vh": [draw(st.integers(4000, 9000)), draw(st.integers(2000, 9000))],
                 "billing_percentage": str(draw(st.integers(0, 100))), "terminations": draw(st.integers(0, 2))}
                for i in range(draw(st.integers(0, 2)))]
    ports = [{"id": f"P-{i}", "at": draw(st.sampled_from(["end-office", "access-tandem"])),
              "channel": draw(st.sampled_from(["ds0", "ds1"])), "channels": draw(st.integers(1, 48))}
             for i in range(draw(st.integers(0, 2)))]
    # the month before the bill, billed in arrears through the bill day; now and then calls that end
    # after the bill day, which are the next bill's (2.4.1(B)(2))
    if draw(st.integers(0, 5)) == 0:
        calls += draw(call_records(month=bill_date + dt.timedelta(days=1), prefix="later-call"))
    case: dict = {"id": "generated-usage", "bill_date": bill_date.isoformat(), "calls": calls, "usage": usage,
                  "unmeasured": unmeasured, "end_offices": offices, "direct_trunked": segments, "trunk_ports": ports}
    if everything:
        _usage_facts(draw, case)
    return CatalogCase.model_validate(case)


def _vh(draw: st.DrawFn) -> list[int]:
    return [draw(st.integers(4000, 9000)), draw(st.integers(2000, 9000))]


def _office_facts(draw: st.DrawFn, office: dict, bill_date: dt.date, stratum: dict) -> None:
    """An end office's other facts, those of its `stratum` fixed: V&H coordinates instead of miles;
    at a WATS Serving Office or a Wireless Switching Center the customer's serving wire center (and
    the FGA entry switch); terminating FGC groups apportioned by BHMC (6.4.6(D)); reported PIU and
    PVU (whole or not), revised by later reports around the bill date (2.3.11(C), 2.3.13(E)); and,
    for the stratum that says so, a PVU under audit with contested usage (2.3.13(F)(4))."""
    office.update({k: v for k, v in stratum.items() if k not in ("pvu_audit", "percentages")})
    if stratum.get("percentages") is False:
        office.pop("percent_intrastate", None)
        office.pop("percent_interstate", None)
    if draw(st.booleans()) or stratum.get("wats") or stratum.get("wireless_switching_center"):
        office.pop("tandem_switched_miles", None)
        office.update(tandem_vh=_vh(draw), end_office_vh=_vh(draw))
    if stratum.get("wats") or stratum.get("wireless_switching_center"):
        office["serving_wire_center_vh"] = _vh(draw)
    if stratum.get("wats"):
        office["entry_switch_vh"] = _vh(draw)
    if draw(st.integers(0, 3)) == 0:
        office["terminating_fgc_groups"] = [{"id": f"G-{i}", "bhmc": draw(st.integers(1, 5000)),
                                             "tandem_switched_miles": draw(st.integers(0, 120))}
                                            for i in range(draw(st.integers(1, 2)))]
    for direction in ("originating", "terminating"):
        if draw(st.integers(0, 2)) == 0:
            office[f"pvu_{direction}"] = str(draw(st.sampled_from([0, 100, Decimal("12.5")]) | st.integers(0, 100)))
    if draw(st.integers(0, 2)) == 0:
        reports = [{"received": (bill_date - dt.timedelta(days=draw(st.integers(-3, 60)))).isoformat(),
                    draw(st.sampled_from(["percent_intrastate", "percent_interstate"])): str(draw(st.integers(0, 100))),
                    f"pvu_{draw(st.sampled_from(['originating', 'terminating']))}": str(draw(st.integers(0, 100)))}
                   for _ in range(draw(st.integers(1, 2)))]
        office["reports"] = list({r["received"]: r for r in reports}.values())
    if stratum.get("pvu_audit"):
        audit: dict = {"records_inadequate": draw(st.integers(0, 3)) == 0,
                       "undisputed_originating": str(draw(st.integers(0, 100))),
                       "undisputed_terminating": str(draw(st.integers(0, 100)))}
        if draw(st.booleans()):
            audit.update(completed=(bill_date - dt.timedelta(days=draw(st.integers(-10, 60)))).isoformat(),
                         audited_originating=str(draw(st.integers(0, 100))),
                         audited_terminating=str(draw(st.integers(0, 100))))
        audit["contested"] = [{"feature_group": fg, "direction": direction, "minutes": str(draw(st.integers(0, 100_000)))}
                              for fg, direction in draw(st.lists(st.tuples(st.sampled_from("ABCD"),
                                                                           st.sampled_from(["originating", "terminating"])),
                                                                 min_size=1, max_size=3))]
        office["pvu_audit"] = audit


def _usage_facts(draw: st.DrawFn, case: dict) -> None:
    case["account"] = {"furnishes_mts_wats": draw(st.booleans())}
    for summary in case["usage"]:
        summary["jurisdiction"] = draw(st.sampled_from([None, "intrastate", "interstate"]))
        if summary["direction"] == "originating":
            summary["called_service"] = draw(st.sampled_from([None, "closed-end", "directory-assistance"]))
    for service in case["unmeasured"]:   # one direction measured (its minutes given or not), or none
        service["routing"] = draw(st.sampled_from(["direct", "tandem"]))
        if draw(st.booleans()):
            service["measured_direction"] = draw(st.sampled_from(["originating", "terminating"]))
            if draw(st.integers(0, 3)):
                service["measured_minutes_per_line"] = str(draw(st.sampled_from([0, 1694, 1902, 3596, 5000])
                                                                | st.integers(0, 5000)))
    # NCTA studies (6.7.4) - by construction one of the office's originating FGC direct calls, with a
    # call of a fraction of a minute there (add the NCTA then round, or round then add:
    # ncta-rounding-order), and another group now and then
    categories = draw(st.sampled_from([[None], ["DDD", "operator"], ["800 series"]]))
    groups = [("C", "direct"), *draw(st.lists(st.tuples(st.sampled_from("AC"), st.sampled_from(["direct", "tandem"]))
                                              .filter(lambda g: g != ("C", "direct")), max_size=1))]
    case["ncta"] = [{"end_office": "EO-1", "feature_group": fg, "routing": routing, "call_category": category,
                     "measured_messages": str(draw(st.integers(1, 50_000))),
                     "completion_ratio": str(draw(st.sampled_from([Decimal("0.5"), Decimal("0.72"), Decimal(1)]))),
                     "ncta_per_attempt": str(draw(st.sampled_from([Decimal("0.3"), Decimal("0.25")])))}
                    for fg, routing in groups for category in categories]
    answered = dt.datetime.fromisoformat(case["calls"][0]["off_hook"]) if case["calls"] else \
        dt.datetime.fromisoformat(case["bill_date"]) - dt.timedelta(days=10)
    case["calls"].append({"id": "call-ncta", "end_office": "EO-1", "feature_group": "C", "direction": "originating",
                          "signaling": "SS7", "routing": "direct", "iam_sent": answered.isoformat(),
                          "answer": answered.isoformat(),
                          "end_user_disconnect": (answered + dt.timedelta(seconds=draw(st.integers(1, 3599))))
                          .isoformat()})
    # 2.3.11(C)(3): at the office without projected percentages (EO-5), originating FGC or FGD minutes of
    # interstate, intrastate and unknown jurisdiction in every example - does the known part develop the
    # percentage? (developed-interstate-basis; left to the drawn summaries, a seed could miss it)
    for i, jurisdiction in enumerate(("interstate", "intrastate", None)):
        case["usage"].append({"id": f"usage-developed-{i}", "end_office": "EO-5", "feature_group": draw(st.sampled_from("CD")),
                              "direction": "originating", "routing": "direct", "jurisdiction": jurisdiction,
                              "minutes": str(draw(st.integers(1, 500_000)))})
    # a transition area at EO-1 (6.4.1(C)(3)(b)), its premium minutes reduced by FGD minutes at two
    # of its equal access offices, each office's capped by its share of lines or the area's by all
    # of them (transition-fgd-cap)
    total = draw(st.integers(1000, 100_000))
    equal_access = draw(st.integers(2, total))
    fg = draw(st.sampled_from("AB"))
    case["transition_areas"] = [{"entry_switch": "EO-1", "feature_group": fg, "equal_access_lines": equal_access,
                                 "total_lines": total,
                                 "fgd_offices": [{"end_office": eo, "lines": draw(st.integers(1, equal_access // 2))}
                                                 for eo in ("EO-2", "EO-3")]}]
    for direction in ("originating", "terminating"):
        case["usage"].append({"id": f"usage-area-{direction}", "end_office": "EO-1", "feature_group": fg,
                              "direction": direction, "routing": "direct", "minutes": str(draw(st.integers(1, 500_000)))})
        for eo in ("EO-2", "EO-3"):
            case["usage"].append({"id": f"usage-fgd-{eo}-{direction}", "end_office": eo, "feature_group": "D",
                                  "direction": direction, "routing": "direct",
                                  "minutes": str(draw(st.integers(0, 500_000)))})
    for call in case["calls"]:
        if draw(st.integers(0, 3)) == 0:
            call["customer_disconnect"] = call["end_user_disconnect"]
            if draw(st.booleans()):
                call["end_user_disconnect"] = None
    for segment in case["direct_trunked"]:
        if draw(st.booleans()):
            segment.pop("from_vh")
            segment.pop("to_vh")
            segment["miles"] = draw(st.integers(0, 60))


@st.composite
def blocking_and_db800_cases(draw: st.DrawFn) -> CatalogCase:
    """An FGD trunk group's 30-day blocking study - trunks in each threshold band, direct or via a
    tandem, capacity ordered on both sides of 15 days after the notice, clock hours on both sides of
    the threshold and of the capacity purchased (6.8.6) - and an 800 Data Base allocation of the
    tandem's queries to the subtending end offices (6.4.1(C)(6))."""
    bill_date = draw(st.dates(dt.date(2018, 8, 18), LAST))
    notified = bill_date - dt.timedelta(days=draw(st.integers(16, 60)))
    hours = []
    for hour in draw(st.lists(st.integers(0, 23), min_size=1, max_size=4, unique=True)):
        attempts = draw(st.sampled_from([0, 100, 1000]) | st.integers(0, 5000))
        capacity = Decimal(draw(st.integers(0, 2000)))
        hours.append({"hour": hour, "attempts": attempts,
                      "overflows": draw(st.integers(0, attempts)) if attempts else 0,
                      "average_usage_minutes": str(capacity + draw(st.sampled_from([-1, 0, 1, 100]))
                                                   if capacity else draw(st.integers(0, 100))),
                      "capacity_minutes": str(capacity)})
    study: dict = {"id": "study-1", "end_office": "EO-1", "trunks_in_service": draw(st.sampled_from([1, 2, 3, 4, 5, 6, 7, 30])),
                   "routing": draw(st.sampled_from(["direct", "tandem"])), "notified_on": notified.isoformat(),
                   "hours": hours}
    if draw(st.booleans()):
        study["capacity_ordered_on"] = (notified + dt.timedelta(days=draw(st.sampled_from([15, 16]) | st.integers(0, 30)))).isoformat()
    offices = {f"EO-{i}": str(draw(st.integers(0, 500_000))) for i in range(1, draw(st.integers(2, 4)))}
    db800 = {"tandem_total": str(draw(st.integers(0, 1_000_000))), "end_office_minutes": offices,
             "bill_end_office": draw(st.sampled_from(sorted(offices))),
             "query_type": draw(st.sampled_from(["basic", "vertical_feature"]))}
    return CatalogCase.model_validate({"id": "generated-blocking", "bill_date": bill_date.isoformat(),
                                       "blocking": [study], "db800": db800})


@st.composite
def dispute_cases(draw: st.DrawFn) -> CatalogCase:
    """A bill with one or two disputes: filed before or after the payment date, withheld or paid,
    resolved for either party or pending, the withheld amount paid or the overpayment refunded on a
    day drawn (2.4.1(D): the 10 days of grace; (E): claims on both sides of 90 days after the due date)."""
    bill_date = draw(dates)
    amount = draw(money)
    disputes = []
    for i in range(draw(st.integers(1, 2))):
        filed = bill_date + dt.timedelta(days=draw(st.sampled_from([31, 32, 121, 122]) | st.integers(0, 200)))
        dispute: dict = {"id": f"dispute-{i + 1}", "amount": format(draw(money), "f"), "filed": filed.isoformat(),
                         "resolved_for": draw(st.sampled_from(["telephone-company", "customer", "pending"])),
                         "withheld": draw(st.booleans())}
        settled = filed + dt.timedelta(days=draw(st.integers(0, 200)))
        if draw(st.integers(0, 3)):
            dispute["paid_on" if dispute["withheld"] else "refunded_on"] = settled.isoformat()
        disputes.append(dispute)
    payments = [{"id": "payment-1", "date": (bill_date + dt.timedelta(days=draw(st.integers(20, 60)))).isoformat(),
                 "amount": format(amount, "f")}]
    return CatalogCase.model_validate({"id": "generated-disputes", "bill_date": bill_date.isoformat(),
                                       "amount_due": format(amount, "f"), "payments": payments, "disputes": disputes})





@st.composite
def rated_usage_cases(draw: st.DrawFn) -> CatalogCase:
    """Usage rated elsewhere, for the usage-pricing capability: one to six usage summaries of
    chargeable intrastate minutes (measured jurisdiction, direct-routed, FGA, FGB or FGD: premium at
    an equal access end office, 6.4.1(C)(1)) at one to three end offices, in whole minutes or in
    hundredths (what a rating engine hands on after a jurisdiction split), billed after page 17-6
    took effect; several summaries may share an end office, feature group and direction."""
    minutes = st.one_of(st.integers(0, 500_000).map(Decimal),
                        st.decimals(0, 500_000, places=2, allow_nan=False, allow_infinity=False))
    usage = [{"id": f"usage-{i}", "end_office": draw(st.sampled_from(["EO-1", "EO-2", "EO-3"])),
              "feature_group": draw(st.sampled_from("ABD")),
              "direction": draw(st.sampled_from(["originating", "originating", "terminating"])),
              "minutes": format(draw(minutes), "f"), "jurisdiction": "intrastate"}
             for i in range(draw(st.integers(1, 6)))]
    return CatalogCase.model_validate({"id": "generated-rated-usage",
                                       "bill_date": draw(st.dates(dt.date(2017, 7, 1), LAST)).isoformat(),
                                       "usage": usage})


SPECIAL_FAMILIES = ("metallic.", "telegraph.", "voice_grade.", "digital_data.", "high_capacity.")
MILEAGE_RATE_SETS = ("metallic", "telegraph", "voice_grade", "digital_data.2_4", "digital_data.56_0",
                     "digital_data.64_0", "high_capacity.64k", "high_capacity.ds1", "high_capacity.ds3")


def _located(draw: st.DrawFn) -> dict:
    """Both ends by V&H (sometimes the same point: zero miles), or airline miles already rounded."""
    if draw(st.booleans()):
        return {"miles": draw(st.one_of(st.just(0), st.integers(1, 60)))}
    start = (draw(st.integers(4000, 9000)), draw(st.integers(2000, 9000)))
    end = draw(st.one_of(st.just(start), st.tuples(st.integers(4000, 9000), st.integers(2000, 9000))))
    return {"from_vh": list(start), "to_vh": list(end)}


@st.composite
def special_access_cases(draw: st.DrawFn) -> CatalogCase:
    """Special Access circuits for a month: Channel Terminations and optional features as monthly
    elements (a High Capacity service sometimes mixed use, a service sometimes certified interstate
    during the month), Channel Mileage per section (a hub makes several sections of one service,
    a meet point a billing percentage), and the Surcharge per voice grade equivalent with its
    exemptions and certification credits."""
    bill_date = draw(st.dates(dt.date(2018, 8, 18), LAST))
    elements = [e for e in _monthly_elements(bill_date) if e.startswith(SPECIAL_FAMILIES) and "channel_mileage" not in e]
    services, sections, surcharges = [], [], []
    for i in range(draw(st.integers(1, 3))):
        sid = f"SA-{i + 1}"
        chosen = draw(st.lists(st.sampled_from(elements), min_size=1, max_size=3, unique=True))
        service: dict = {"id": sid, "kind": "special",
                         "elements": [{"element": e, "quantity": draw(st.integers(1, 4))} for e in chosen]}
        if any(e.startswith("high_capacity.channel_termination") for e in chosen) and draw(st.booleans()):
            total = draw(st.sampled_from([24, 672]))
            service["mixed_use"] = {"switched_channels": draw(st.integers(0, total)), "total_channels": total}
        if draw(st.integers(0, 4)) == 0:
            service["interstate_from"] = (bill_date + dt.timedelta(days=draw(st.integers(-5, 35)))).isoformat()
        services.append(service)
        for j in range(draw(st.integers(0, 2))):
            sections.append({"id": f"{sid}-M{j + 1}", "service": sid, "rate_set": draw(st.sampled_from(MILEAGE_RATE_SETS)),
                             "billing_percentage": str(draw(st.sampled_from([100, 100, 50, 0]) | st.integers(0, 100))),
                             "terminations": draw(st.integers(0, 2)), **_located(draw)})
        if draw(st.booleans()):
            equivalents = draw(st.integers(1, 24))
            received = draw(st.none() | st.integers(-40, 10).map(lambda k: bill_date + dt.timedelta(days=k)))
            surcharges.append({
                "service": sid, "voice_grade_equivalents": equivalents,
                "exempt_equivalents": draw(st.integers(0, equivalents)), "spare_equivalents": draw(st.integers(0, 2)),
                "certified_exempt": draw(st.integers(0, 5)) == 0,
                "certification_received": received.isoformat() if received else None,
                "certified_effective": (received - dt.timedelta(days=draw(st.integers(-5, 200)))).isoformat()
                if received and draw(st.booleans()) else None})
    return CatalogCase.model_validate({"id": "generated-special-access", "bill_date": bill_date.isoformat(),
                                "services": services, "channel_mileage": sections, "surcharges": surcharges,
                                "surcharge_rate": str(draw(st.sampled_from([Decimal("25.00"), Decimal("3.17")]) |
                                                           st.decimals(Decimal("0.01"), Decimal("40.00"), places=2)))})


ORDER_KINDS = ("new", "addition", "change", "rearrangement", "increase", "administrative-change",
               "pending-order-change", "telephone-company-reconfiguration", "icb-conversion", "stp-signaling-change",
               "section-13", "disconnect", "move-same-building", "move-other-building")
SECTION_13 = ("overtime-repair", "standby-repair", "testing-with-other-companies",
              "testing-with-other-companies-acceptance", "other-labor", "maintenance-of-service",
              "additional-engineering", "overtime-installation", "standby-acceptance-testing",
              "cooperative-acceptance-testing", "telecommunications-service-priority", "presubscription",
              "billing-name-and-address", "900-blocking", "international-blocking")
NRC_UNITS = ("per installation", "per arrangement", "per service arranged", "per entrance facility", "per order")
TRUNKS = [0, 0, 1, 23, 24, 25, 48, 49]   # 6.4.1(B): per 24 trunks or fraction, on and beside each multiple
DELAY_CAUSES = ["telephone-company", "customer", "act-of-god", "government", "work-stoppage", "civil-commotion"]


@st.composite
def _feature_group_change(draw: st.DrawFn, on: dt.date, upgrade: bool = False) -> dict:
    """6.4.3: any change of Feature Group (`upgrade`: an equal access upgrade to FGD); an upgrade to
    FGD with its allocation dates on both sides of the 30 and 60 days."""
    change: dict = {"from_group": draw(st.sampled_from("ABC" if upgrade else "ABCD")),
                    "to_group": "D" if upgrade else draw(st.sampled_from("ABCD")),
                    "coincident_with_fgd_availability": draw(st.booleans())}
    if change["from_group"] in "AB" and change["to_group"] == "D" or draw(st.booleans()):
        results = on - dt.timedelta(days=draw(st.integers(0, 90)))
        change.update(allocation_results_received=results.isoformat(),
                      disconnect_ordered=(results + dt.timedelta(days=draw(st.sampled_from([30, 31]) | st.integers(0, 45)))).isoformat(),
                      disconnect_effective=(results + dt.timedelta(days=draw(st.sampled_from([60, 61]) | st.integers(0, 90)))).isoformat())
    return change


@st.composite
def _order(draw: st.DrawFn, number: int, on: dt.date, kind: str) -> dict:
    """One order of any kind and class: its ordering facts (5.4), installations and trunks (6.4.1(B)),
    a change of Feature Group (6.4.3), a re-establishment around 60 days (2.4.5), or a cancellation
    (5.5.3, 5.5.4) with a service date missed by about 30 days."""
    service_class = draw(st.sampled_from(["switched", "special"]))
    nrc = _elements(on, NRC_UNITS, "special_nrc." if service_class == "special" else "local_transport_installation.")
    order: dict = {
        "id": f"order-{number}", "date": on.isoformat(), "service_class": service_class,
        "kind": kind, "reissued": draw(st.booleans()),
        "applicable_charges": draw(st.sampled_from([[]] * 5 + [["interim-nxx"], ["presubscription"], ["900-blocking"]])),
        "service_date_changes": draw(st.sampled_from([0] * 5 + [1, 2])), "design_changes": draw(st.sampled_from([0] * 5 + [1, 2])),
        "for_transmission_performance": draw(st.integers(0, 4)) == 0,
        "section_13_services": draw(st.sampled_from([[]] * 3) | st.lists(st.sampled_from(SECTION_13), max_size=2,
                                                                          unique=True)),
        "order_pending": draw(st.booleans()), "after_initial_installation": draw(st.booleans()),
        "installations": [{"element": e, "quantity": draw(st.integers(1, 3))}
                          for e in draw(st.lists(st.sampled_from(nrc), max_size=2, unique=True))],
        "monthly_elements": [{"element": e, "quantity": draw(st.integers(1, 3))}
                             for e in draw(st.lists(st.sampled_from(_monthly_elements(on)), max_size=2, unique=True))]}
    if service_class == "switched":
        order.update(trunks_activated=draw(st.sampled_from(TRUNKS)), trunks_converted=draw(st.sampled_from(TRUNKS)))
        interstate = draw(st.sampled_from([None, None, 0, 100]) | st.integers(1, 99))
        if interstate is not None:
            order["percent_interstate"] = str(interstate)
        if draw(st.integers(0, 3)) == 0:
            order["feature_group_change"] = draw(_feature_group_change(on))
    if draw(st.integers(0, 4)) == 0:
        order["reestablishment"] = {"same_type": draw(st.integers(0, 5)) > 0, "same_customer": draw(st.integers(0, 5)) > 0,
                                    "same_location": draw(st.integers(0, 5)) > 0,
                                    "days_after_service_available": draw(st.sampled_from([59, 60, 61]) | st.integers(0, 120)),
                                    "extension_granted": draw(st.booleans())}
    if draw(st.integers(0, 3)) == 0:
        cancelled = on + dt.timedelta(days=draw(st.integers(0, 60)))
        order.update(cancelled_on=cancelled.isoformat(), partial_cancellation=draw(st.booleans()),
                     delay_cause=draw(st.sampled_from(DELAY_CAUSES)))
        if draw(st.integers(0, 3)):
            order["installation_started_on"] = (cancelled - dt.timedelta(days=draw(st.integers(-5, 20)))).isoformat()
        if draw(st.booleans()):
            order["service_date"] = (cancelled - dt.timedelta(days=draw(st.sampled_from([30, 31]) | st.integers(-10, 60)))).isoformat()
        if draw(st.booleans()):
            order["costs_incurred"] = format(draw(money), "f")
    return order


@st.composite
def order_cases(draw: st.DrawFn) -> CatalogCase:
    """An order of every kind in every example, of the month before the bill, each of either class
    and with any charges (5.4, 5.5.3, 5.5.4, 2.4.5, 6.4.1(B), 6.4.3, 6.4.4, 7.2.2(B)(2), 7.2.3)."""
    bill_date = draw(st.dates(dt.date(2018, 8, 18), LAST))
    orders = [draw(_order(i + 1, bill_date - dt.timedelta(days=draw(st.integers(1, 40))), kind))
              for i, kind in enumerate(ORDER_KINDS)]
    on = bill_date - dt.timedelta(days=draw(st.integers(1, 40)))
    # by construction, an equal access upgrade to FGD on an order that bears an Access Order Charge
    # (6.4.3: is the charge waived with the conversion? fg-upgrade-order-charge), and an optional
    # feature added to a Special Access service after its installation (7.2.2(B)(2): option-nrc-later)
    upgrade = draw(_feature_group_change(on, upgrade=True))
    options = _elements(on, NRC_UNITS, "special_nrc.")
    orders += [{"id": "order-upgrade", "date": on.isoformat(), "kind": draw(st.sampled_from(["new", "change"])),
                "service_class": "switched", "feature_group_change": upgrade},
               {"id": "order-option", "date": on.isoformat(), "kind": "change", "service_class": "special",
                "after_initial_installation": True,
                "installations": [{"element": draw(st.sampled_from([e for e in options if ".installation" not in e])),
                                   "quantity": 1}]}]
    return CatalogCase.model_validate({"id": "generated-orders", "bill_date": bill_date.isoformat(), "orders": orders})


PACKAGES = ("D1", "D2", "D3", "D4", "D5", "D6", "HC0", "HC1", "HC1C", "HC2", "HC3", "HC4")


@st.composite
def service_month_cases(draw: st.DrawFn) -> CatalogCase:
    """Services established or disconnected in and around the billing period (2.4.1(F) proration on
    a 30-day month), some disconnected before their minimum period ends - one month (2.4.2(A)) or,
    for the DS3s, twelve, on both sides of 360 days (2.4.2(B), with nonrecoverable costs and DS3
    monthly service); a Special Access service of every Technical Specifications Package in every
    example; the period given or the month after the bill date."""
    bill_date = draw(st.dates(dt.date(2018, 8, 18), LAST))
    period_start = bill_date
    case: dict = {"id": "generated-services", "bill_date": bill_date.isoformat()}
    if draw(st.booleans()):
        period_start = bill_date - dt.timedelta(days=draw(st.integers(0, 31)))
        case["period"] = {"start": period_start.isoformat(),
                          "end": (period_start + dt.timedelta(days=draw(st.sampled_from([27, 28, 29, 30]))))
                          .isoformat()}
    services = []
    # a Special Access service of each Technical Specifications Package, and flat-rated Switched ones
    kinds = [("special", package) for package in PACKAGES] + [("switched-flat", None)] * draw(st.integers(1, 2))
    for i, (kind, package) in enumerate(kinds):
        long_minimum = draw(st.integers(0, 2)) == 0
        pool = _long_minimum_elements(bill_date) if long_minimum else _monthly_elements(bill_date)
        chosen = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=2, unique=True))
        service: dict = {"id": f"S-{i + 1}", "kind": kind,
                         "elements": [{"element": e, "quantity": draw(st.integers(1, 4))} for e in chosen]}
        start = period_start + dt.timedelta(days=draw(st.integers(-400, 25)))
        if draw(st.integers(0, 3)):
            service["start"] = start.isoformat()
        if draw(st.booleans()):
            lived = draw(st.sampled_from([0, 1, 29, 30, 31, 359, 360, 361]) | st.integers(0, 400))
            service["end"] = (start + dt.timedelta(days=lived)).isoformat()
        if long_minimum:
            service["ds3_monthly"] = draw(st.booleans())
            if draw(st.booleans()):
                service["nonrecoverable_cost"] = format(draw(money), "f")
        if package:
            service["technical_package"] = package
        services.append(service)
    return CatalogCase.model_validate({**case, "services": services})
