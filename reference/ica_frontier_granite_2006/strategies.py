"""Hypothesis strategies for ICA cases, beside the records they generate.

Payments, disputes (noticed on both sides of the thirty days after the invoice's receipt), deposits,
back billing and delayed bills; exchanged traffic of every kind, with and without CPN; resold lines
of every service (promotions on both sides of 90 days); local service requests with their
supplements and due-date changes on both sides of the FOC and of 24 hours before the due date;
notices, audits and coordinated transfers around one bill; the agreement's term, trunk groups on
both sides of 75% of capacity, and maintenance dispatches with every finding.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import get_args

from ratecert.strategies import BuiltOnce, billing_dates
from ratecert_reference.ica_frontier_granite_2006.records import IcaCase, ResaleService

st = BuiltOnce()   # hypothesis.strategies, each built once: the composites below build theirs in every draw

ICA = "ica-frontier-granite-2006"
dates = billing_dates(dt.date(2014, 1, 1))
cents = st.integers(min_value=1, max_value=5_000_000).map(lambda c: Decimal(c) / 100)
minutes = st.integers(min_value=0, max_value=2_000_000).map(Decimal)


def _case(draw: st.DrawFn, name: str, bill_date: dt.date, **records: object) -> IcaCase:
    return IcaCase.model_validate({"document": ICA, "id": name, "bill_date": bill_date, **records})


@st.composite
def ica_payment_cases(draw: st.DrawFn) -> IcaCase:
    """A bill paid in one to three parts (sometimes in funds available later), now and then received
    late with or without a request for the extension (24.2)."""
    bill_date = draw(dates)
    amount = draw(cents)
    payments = []
    remaining = amount
    for i in range(draw(st.integers(min_value=1, max_value=3))):
        part = remaining if i == 2 else draw(st.sampled_from([remaining, (remaining / 2).quantize(Decimal("0.01"))]))
        if part <= 0:
            break
        paid = bill_date + dt.timedelta(days=draw(st.integers(0, 120)))
        payment: dict = {"id": f"payment-{i + 1}", "date": paid, "amount": part}
        if draw(st.integers(0, 4)) == 0:
            payment["funds_available_on"] = paid + dt.timedelta(days=draw(st.integers(1, 10)))
        payments.append(payment)
        remaining -= part
    records: dict = {"amount_due": amount, "payments": payments}
    if draw(st.booleans()):
        records["bill_receipt"] = {"received": bill_date + dt.timedelta(days=draw(st.integers(0, 20))),
                                   "extension_requested": draw(st.booleans())}
    return _case(draw, "ica-payments", bill_date, **records)


@st.composite
def ica_account_cases(draw: st.DrawFn) -> IcaCase:
    """A bill with disputes noticed around thirty days after the invoice's receipt (24.3.1), withheld
    or paid, resolved either way or pending; deposits of a customer with or without established
    credit and months of prompt payment around the 24 of a return (3.1, 3.2); back billing paid
    days to months later (A3 3.1.1)."""
    bill_date = draw(dates)
    received = bill_date + dt.timedelta(days=draw(st.integers(0, 10)))
    amount = draw(cents)
    disputes = []
    for i in range(draw(st.integers(1, 3))):
        filed = received + dt.timedelta(days=draw(st.sampled_from([29, 30, 31]) | st.integers(0, 60)))
        resolved = draw(st.sampled_from(["telephone-company", "customer", "pending"]))
        dispute: dict = {"id": f"dispute-{i + 1}", "amount": draw(cents), "filed": filed, "resolved_for": resolved,
                         "withheld": draw(st.booleans())}
        if draw(st.integers(0, 3)):
            dispute["paid_on"] = bill_date + dt.timedelta(days=draw(st.integers(20, 120)))
        disputes.append(dispute)
    deposits = [{"id": f"deposit-{i + 1}", "amount": draw(cents), "received": bill_date - dt.timedelta(days=400),
                 "monthly_charges": draw(cents)} for i in range(draw(st.integers(0, 2)))]
    back = [{"id": f"back-{i + 1}", "amount": draw(cents), "back_billed_on": bill_date,
             "paid_on": bill_date + dt.timedelta(days=draw(st.integers(1, 400)))} for i in range(draw(st.integers(0, 2)))]
    account = {"established_credit": draw(st.booleans()),
               "prompt_payment_months": draw(st.sampled_from([23, 24, 25]) | st.integers(0, 40))}
    payments = [{"id": "payment-1", "date": bill_date + dt.timedelta(days=draw(st.integers(10, 60))), "amount": amount}]
    return _case(draw, "ica-account", bill_date, amount_due=amount, account=account, payments=payments,
                 bill_receipt={"received": received, "extension_requested": False}, disputes=disputes,
                 deposits=deposits, back_billing=back)


traffic_record = st.fixed_dictionaries({
    "kind": st.sampled_from(["isp-bound", "enhanced-local", "enhanced-toll", "access", "911", "wireline-wireless"]),
    "direction": st.sampled_from(["carrier-to-frontier", "frontier-to-carrier"]),
    "minutes": minutes,
})
local_record = st.fixed_dictionaries({   # 2.18: physically local, or FX over a dedicated channel, or neither
    "kind": st.just("local"),
    "direction": st.sampled_from(["carrier-to-frontier", "frontier-to-carrier"]),
    "minutes": minutes,
    "physically_local": st.booleans(),
    "dedicated_channel": st.booleans(),
})
transit_record = st.fixed_dictionaries({
    "kind": st.just("transit"),
    "direction": st.sampled_from(["carrier-to-third-party", "third-party-to-carrier"]),
    "third_party": st.sampled_from(["ilec", "clec", "cmrs"]),
    "minutes": minutes,
})


@st.composite
def traffic_cases(draw: st.DrawFn) -> IcaCase:
    records = draw(st.lists(st.one_of(traffic_record, local_record, transit_record), min_size=1, max_size=6))
    traffic = []
    for i, record in enumerate(records):
        without = draw(st.integers(min_value=0, max_value=int(record["minutes"])))
        traffic.append({**record, "id": f"traffic-{i + 1}", "minutes_without_cpn": without})
    return _case(draw, "ica-traffic", draw(dates), traffic=traffic,
                 access_rate=draw(st.sampled_from(["0.0125", "0.0200000", "0.0336"])))


@st.composite
def resale_cases(draw: st.DrawFn) -> IcaCase:
    """Every resale service in every example, one line each: discounted, at retail, for Carrier's own
    use, or not for resale; promotions of 89, 90 or 91 days or any (A3 3.6)."""
    lines = []
    for i, service in enumerate(get_args(ResaleService)):
        line: dict = {"id": f"line-{i + 1}", "service": service, "retail_rate": draw(cents),
                      "lines": draw(st.integers(1, 50)), "own_use": draw(st.integers(0, 4)) == 0}
        if service == "promotion":
            line["promotion_days"] = draw(st.sampled_from([89, 90, 91]) | st.integers(1, 365))
        if draw(st.booleans()):
            line["subscriber_line_charge"] = draw(st.sampled_from([Decimal("6.50"), Decimal("9.20")]))
        lines.append(line)
    return _case(draw, "ica-resale", draw(dates), resale=lines)


@st.composite
def service_request_cases(draw: st.DrawFn) -> IcaCase:
    """One to three local service requests of each class and order type, with supplements, a due
    date change asked before or after the FOC and on either side of 24 hours before the scheduled
    due date, to an earlier or a later date, and numbers expedited, stopped, vanity or concurred."""
    bill_date = draw(dates)
    requests = []
    for i in range(draw(st.integers(1, 3))):
        due = dt.datetime.combine(bill_date - dt.timedelta(days=draw(st.integers(1, 20))), dt.time(draw(st.integers(8, 17))))
        foc = due - dt.timedelta(hours=draw(st.integers(24, 240)))
        request: dict = {"id": f"request-{i + 1}", "service_class": draw(st.sampled_from(["residence", "business"])),
                         "order_type": draw(st.sampled_from(["resale", "porting", "une"])),
                         "telephone_numbers": draw(st.integers(1, 20)), "scheduled_due": due,
                         "foc": foc if draw(st.integers(0, 5)) else None,
                         "supplements": [{"kind": draw(st.sampled_from(["cancel", "due-date", "other"])),
                                          "received": foc + dt.timedelta(hours=draw(st.integers(0, 48)))}
                                         for _ in range(draw(st.integers(0, 2)))],
                         "expedited_numbers": draw(st.integers(0, 3)),
                         "stopped_ports_reappointed": draw(st.integers(0, 2)),
                         "vanity_numbers": draw(st.integers(0, 2)), "concurrence_numbers": draw(st.integers(0, 2))}
        if draw(st.integers(0, 3)):
            before = draw(st.sampled_from([23 * 60, 24 * 60, 24 * 60 + 1]) | st.integers(0, 300 * 60))
            request["due_date_change"] = {"requested": due - dt.timedelta(minutes=before),
                                          "new_due": due.date() + dt.timedelta(days=draw(st.integers(-5, 5)))}
        requests.append(request)
    return _case(draw, "ica-requests", bill_date, service_requests=requests)


@st.composite
def default_and_audit_cases(draw: st.DrawFn) -> IcaCase:
    """Breach and discontinuance notices, audits and coordinated transfers around one bill."""
    bill_date = draw(dates)
    around = st.integers(min_value=-200, max_value=60).map(lambda d: bill_date + dt.timedelta(days=d))
    sent = draw(around)
    breaches = [{"id": "notice-1", "kind": "non-payment", "sent": sent,
                 "received": sent + dt.timedelta(days=draw(st.integers(0, 5)))}]
    if draw(st.booleans()):
        other = draw(around)
        breaches.append({"id": "notice-2", "kind": "other", "sent": other,
                         "received": other + dt.timedelta(days=draw(st.integers(0, 5)))})
    methods = ["overnight", "certified-mail", "first-class-mail", "personal", "email"]
    # by construction, a notice good in every other respect, given during or just after the cure
    # period of the non-payment notice (25.1.1: does the cure run first? ica-discontinuance-cure)
    cure_ends = breaches[0]["received"] + dt.timedelta(days=10)
    good_sent = cure_ends + dt.timedelta(days=draw(st.integers(-10, 2)))
    notices = [{"id": "discontinuance-0", "to": "carrier", "sent": good_sent,
                "received": good_sent + dt.timedelta(days=draw(st.integers(0, 4))),   # ica-notice-clock
                "method": draw(st.sampled_from(["overnight", "certified-mail"])), "commission_copy": True,
                "undisputed_past_due": "250.00", "cure_notice": "notice-1"}]
    for i in range(draw(st.integers(0, 2))):
        notice_sent = draw(around)
        notice = {"id": f"discontinuance-{i + 1}", "to": draw(st.sampled_from(["carrier", "affiliate"])),
                  "sent": notice_sent, "method": draw(st.sampled_from(methods)),
                  "commission_copy": draw(st.booleans()), "undisputed_past_due": draw(st.sampled_from(["0", "250.00"])),
                  "cure_notice": draw(st.sampled_from(["notice-1", None]))}
        if draw(st.booleans()):
            notice["received"] = notice_sent + dt.timedelta(days=draw(st.integers(0, 5)))
        if notice["to"] == "affiliate":
            notice["cure_notice"] = None
        notices.append(notice)
    agreed = draw(around)
    audit = {"id": "audit-1", "by": draw(st.sampled_from(["carrier", "carrier", "frontier"])), "notice": draw(around),
             "audits_this_year": draw(st.integers(0, 2)),
             "previous_variance": draw(st.integers(-1000, 1000)), "previous_payable": draw(st.integers(1, 10_000)),
             "results_agreed": agreed, "overpayment": draw(cents),
             "overpaid_on": agreed - dt.timedelta(days=draw(st.integers(0, 400)))}
    if draw(st.booleans()):
        audit["year_audited"] = audit["notice"].year - draw(st.integers(0, 3))
    start = dt.datetime.combine(draw(around), dt.time(draw(st.integers(0, 22)), draw(st.sampled_from([0, 30]))))
    transfers = [{"id": "transfer-1", "start": start,
                  "end": start + dt.timedelta(minutes=draw(st.integers(30, 600)))}]
    return _case(draw, "ica-default", bill_date, breach_notices=breaches, discontinuance_notices=notices,
                 audits=[audit], transfers=transfers)


@st.composite
def term_and_trunk_cases(draw: st.DrawFn) -> IcaCase:
    """The agreement's term (approved, notice not to renew by either Party or none, judged as of a
    day up to three years on, 12.1), trunk groups whose months run on both sides of 75% of capacity
    (A1 3.4), and maintenance dispatches with every finding, canceled by trouble found later or not
    (A1 2.8)."""
    bill_date = draw(dates)
    approved = bill_date - dt.timedelta(days=draw(st.integers(0, 1000)))
    term: dict = {"approved": approved, "as_of": approved + dt.timedelta(days=draw(st.integers(0, 1100))),
                  "notice_by": draw(st.sampled_from(["frontier", "carrier"]))}
    if draw(st.booleans()):
        term["notice_given"] = approved + dt.timedelta(days=draw(st.integers(0, 1000)))
    groups = []
    for i in range(draw(st.integers(1, 2))):
        trunks = draw(st.integers(1, 96))
        per_trunk = draw(st.sampled_from([36, 36, 30]))
        capacity = trunks * per_trunk
        months = draw(st.lists(st.sampled_from([Decimal(capacity) * Decimal("0.75") - 1, Decimal(capacity) * Decimal("0.75")])
                               | st.integers(0, capacity).map(Decimal), min_size=1, max_size=12))
        group: dict = {"id": f"group-{i + 1}", "trunks": trunks, "ccs_per_trunk": per_trunk,
                       "monthly_average_ccs": [max(Decimal(0), m) for m in months]}
        if draw(st.booleans()):
            group["peak_ccs"] = draw(st.integers(0, capacity))
        groups.append(group)
    findings = ["no-trouble", "other-equipment", "within-limits-on-verification", "dispatched-party-facilities"]
    dispatches = [{"id": f"dispatch-{i + 1}", "requested_by": draw(st.sampled_from(["carrier", "frontier"])),
                   "found": finding,
                   "trouble_later_found_on": bill_date - dt.timedelta(days=draw(st.integers(-5, 40)))
                   if draw(st.booleans()) else None}
                  for i, finding in enumerate(findings)]
    return _case(draw, "ica-term", bill_date, agreement_term=term, trunk_groups=groups,
                 maintenance_dispatches=dispatches)
