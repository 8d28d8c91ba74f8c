"""Hypothesis strategies for ICA cases, beside the records they generate.

Payments, disputes (noticed on both sides of the thirty days after the invoice's receipt), deposits,
back billing and delayed bills; exchanged traffic of every kind, with and without CPN; resold lines
of every service (promotions on both sides of 90 days); local service requests with their
supplements and due-date changes on both sides of the FOC and of 24 hours before the due date;
notices, audits and coordinated transfers around one bill; the agreement's term, trunk groups on
both sides of 75% of capacity, and maintenance dispatches with every finding; and the agreement's
obligations of issue 20 (deposits and their interest, the account's set-up, transfers, dispute steps,
force majeure, law changes, approval expenses, insurance, amendments and waivers, liability,
assignment, disclosures, notices, forecasts, ported calls, listings, fraud, Carrier's exit), each on
and beside the boundary its clause sets.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import get_args

from ratecert.strategies import BuiltOnce, billing_dates, money
from ratecert_reference.ica_frontier_granite_2006.forecasts import FORECAST_MONTHS, PROJECT_MONTHS
from ratecert_reference.ica_frontier_granite_2006.general_terms import (LAW_CHANGE_DAYS, ORAL_WRITING_BUSINESS_DAYS,
                                                                        business_days_after)
from ratecert_reference.ica_frontier_granite_2006.insurance import MINIMUM as INSURANCE_MINIMUM
from ratecert_reference.ica_frontier_granite_2006.insurance import MINIMUM_SIZE
from ratecert_reference.ica_frontier_granite_2006.insurance import NOTICE_DAYS as INSURANCE_NOTICE_DAYS
from ratecert_reference.ica_frontier_granite_2006.records import IcaCase, InsuranceCoverage, ResaleService

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
    """Breach and discontinuance notices, audits (their results often agreed so that this bill
    credits the overpayment) and coordinated transfers (one straddling 5:00 p.m.) around one bill."""
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
    # 7.2: results agreed any day around the bill, or in the cycle before last, whose credit invoice
    # (cycle-starts-after) is this bill: its interest is computed then (7.6: ica-audit-interest-basis
    # and ica-audit-interest-start tell apart only such a case)
    agreed = bill_date - dt.timedelta(days=draw(st.one_of(st.integers(32, 55), st.integers(-60, 200))))
    audit = {"id": "audit-1", "by": draw(st.sampled_from(["carrier", "carrier", "frontier"])), "notice": draw(around),
             "audits_this_year": draw(st.integers(0, 2)),
             "previous_variance": draw(st.integers(-1000, 1000)), "previous_payable": draw(st.integers(1, 10_000)),
             "results_agreed": agreed, "overpayment": draw(cents),
             "overpaid_on": agreed - dt.timedelta(days=draw(st.integers(0, 400)))}
    if draw(st.booleans()):   # 7.1: the running year, the one just concluded, or one before it (ica-audit-year)
        audit["year_audited"] = audit["notice"].year - draw(st.one_of(st.sampled_from([0, 1, 2]), st.integers(0, 3)))
    start = dt.datetime.combine(draw(around), dt.time(draw(st.integers(0, 22)), draw(st.sampled_from([0, 30]))))
    # 6.3: a transfer at any hour, and one starting within the hours and ending at 5:00 p.m. or after
    # it (the straddle of ica-transfer-straddle)
    within = dt.datetime.combine(draw(around), dt.time(draw(st.integers(8, 16)), draw(st.sampled_from([0, 30]))))
    closing = within.replace(hour=17, minute=0)
    transfers = [{"id": "transfer-1", "start": start, "end": start + dt.timedelta(minutes=draw(st.integers(30, 600)))},
                 {"id": "transfer-2", "start": within,
                  "end": closing + dt.timedelta(minutes=draw(st.one_of(st.sampled_from([0, 30]), st.integers(1, 240))))}]
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


# --- the agreement's obligations (issue 20, Breadth 3): the General Terms and Attachments that decide
# an amount, a date or a yes or no. Each section draws its records on and beside the boundary its
# clause sets; the boundaries are the reference's own constants, so a clause read anew moves them.

def _beside(boundary: int, low: int, high: int) -> st.SearchStrategy[int]:
    """A number on `boundary` or a step either side of it, or anywhere from `low` to `high`."""
    return st.one_of(st.sampled_from([boundary - 1, boundary, boundary + 1]), st.integers(low, high))


def _days(on: dt.date, offsets: st.SearchStrategy[int], draw: st.DrawFn) -> dt.date:
    return on + dt.timedelta(days=draw(offsets))


DEPOSIT_CONDITIONS = ("under-two-months", "late-payment-history", "reconnection-after-disconnection",
                      "bankruptcy-risk")


@st.composite
def _deposit_terms(draw: st.DrawFn, bill_date: dt.date) -> dict:
    """3.1: three deposits in every example - one held a day either side of a year (the first
    anniversary, where compounding would start), one held longer (where simple and compounded
    interest part), one returned before the bill (interest runs to the return) - at a Commission
    rate now and then not given or zero. 3.4: none or some of the conditions that justify an
    increase. 3.5: service sometimes terminated for default: only the deposits still held apply."""
    returned = bill_date - dt.timedelta(days=draw(st.integers(1, 300)))
    held = {"deposit-anniversary": (bill_date, draw(st.sampled_from([364, 365, 366]))),
            "deposit-years": (bill_date, draw(st.integers(367, 1500))),
            "deposit-returned": (returned, draw(st.integers(0, 1000)))}
    deposits = [{"id": ref, "amount": draw(money), "monthly_charges": draw(money),
                 "received": until - dt.timedelta(days=days), **({} if until == bill_date else {"returned_on": until})}
                for ref, (until, days) in held.items()]
    rate = None if draw(st.integers(0, 5)) == 0 else \
        draw(st.one_of(st.sampled_from([Decimal(0), Decimal("1.5"), Decimal("5.25")]),
                       st.decimals(Decimal("0.01"), Decimal("12.00"), places=2)))
    terms: dict = {"deposits": deposits, "deposit_interest_rate": rate,
                   "deposit_conditions": draw(st.lists(st.sampled_from(DEPOSIT_CONDITIONS), max_size=2, unique=True))}
    if draw(st.booleans()):
        terms["terminated_for_default"] = bill_date - dt.timedelta(days=draw(st.integers(0, 30)))
    return terms


ACCOUNT_DOCUMENTS = ("questionnaire", "authority", "tariffs", "tax_certificate", "deposit_met")


@st.composite
def _account_setup(draw: st.DrawFn) -> dict | None:
    """4: every document and the deposit, or all but one of them (a tax certificate only counts for a
    Carrier claiming an exemption); sometimes no set-up at all."""
    if draw(st.integers(0, 5)) == 0:
        return None
    missing = draw(st.sampled_from((None, *ACCOUNT_DOCUMENTS)))
    setup = {name: name != missing for name in ACCOUNT_DOCUMENTS}
    setup["tax_exempt"] = draw(st.booleans())
    if not setup["tax_exempt"] and missing != "tax_certificate":
        setup["tax_certificate"] = draw(st.booleans())
    return setup


@st.composite
def _transfer_records(draw: st.DrawFn, on: dt.date) -> dict:
    """6.4: letters of two End Users, often of the same day (the latest of two the same day honors
    neither), signed on `on`'s month end or any day (24 months of retention from a 29 February);
    6.6: installation a day before, on or after the disconnection; 6.9: bulk requests of one
    billing account number or two."""
    letters = [{"id": f"loa-{i + 1}", "end_user": f"end-user-{draw(st.integers(1, 2))}",
                "obtained_by": draw(st.sampled_from(["frontier", "carrier"])),
                "signed": _days(on, st.one_of(st.just(0), st.integers(-800, 0)), draw)}
               for i in range(draw(st.integers(1, 3)))]
    dates = [{"id": f"transfer-dates-{i + 1}", "disconnection": on,
              "installation": _days(on, _beside(0, -30, 30), draw)} for i in range(draw(st.integers(1, 2)))]
    bulk = [{"id": f"bulk-{i + 1}",
             "billing_accounts": draw(st.lists(st.sampled_from(["BAN-1", "BAN-2"]), min_size=1, max_size=3))}
            for i in range(draw(st.integers(1, 2)))]
    return {"letters_of_authorization": letters, "transfer_dates": dates, "bulk_transfers": bulk}


def _maybe_date(draw: st.DrawFn, on: dt.date, offsets: st.SearchStrategy[int]) -> dt.date | None:
    return None if draw(st.integers(0, 4)) == 0 else _days(on, offsets, draw)


@st.composite
def _general_terms(draw: st.DrawFn, on: dt.date) -> dict:
    """8: each action, discussed and mediated the day before, of or after it, or never; 9: days of
    force majeure with or without notice; 10.2: an amendment agreed on either side of thirty days or
    never; 10.4: approval expenses of odd cents (half of one is half a cent) paid by either Party;
    14, 15: amendments and waivers written or not, dated or not, signed by none, one or both,
    claimed against either Party; 17: claims of the charges to a cent either way; 20: an assignment
    to each kind of assignee, with consent, notice, both or neither."""
    steps = [{"id": f"step-{action}", "action": action, "taken": on,
              "discussed": _maybe_date(draw, on, _beside(0, -90, 1)),
              "mediated": _maybe_date(draw, on, _beside(0, -90, 1))}
             for action in ("mediation", "commission", "court", "public-statement")]
    force = [{"id": "force-majeure-1", "due": on, "days_prevented": draw(st.one_of(st.just(0), st.integers(1, 60))),
              "notice_given": draw(st.booleans())}]
    law = [{"id": "law-change-1", "effective": on,
            "amendment_agreed": _maybe_date(draw, on, _beside(LAW_CHANGE_DAYS, 0, 90))}]
    expenses = [{"id": f"approval-{party}", "paid_by": party,
                 "amount": draw(st.one_of(st.sampled_from([Decimal("0.01"), Decimal("1000.01")]), money))}
                for party in ("frontier", "carrier")]
    signatures = [(), ("frontier",), ("carrier",), ("frontier", "carrier")]
    changes = [{"id": f"{kind}-1", "kind": kind, "written": draw(st.integers(0, 4)) > 0,
                "dated": draw(st.integers(0, 4)) > 0, "signed_by": draw(st.sampled_from(signatures)),
                "against": draw(st.sampled_from([None, "frontier", "carrier"]))}
               for kind in ("amendment", "waiver")]
    charges = draw(money)
    claimed = draw(st.one_of(st.sampled_from([charges - Decimal("0.01"), charges, charges + Decimal("0.01")]), money))
    assignments = [{"id": f"assignment-{to}", "to": to, "prior_written_consent": draw(st.booleans()),
                    "written_notice": draw(st.booleans())}
                   for to in ("non-affiliate", "affiliate", "certificated-lec-affiliate")]
    return {"dispute_steps": steps, "force_majeure": force, "law_changes": law, "approval_expenses": expenses,
            "written_changes": changes, "assignments": assignments,
            "liability_claims": [{"id": "liability-1", "charges": charges, "claimed": max(Decimal(0), claimed)}]}


@st.composite
def _insurance(draw: st.DrawFn) -> list[dict]:
    """13.1: a policy of every coverage in every example, its limit a cent either side of the
    minimum or any sum (statutory: none), the insurer rated about "A" VIII, Frontier named or not,
    and notice of cancellation on either side of thirty days."""
    policies = []
    for coverage in get_args(InsuranceCoverage):
        minimum = INSURANCE_MINIMUM.get(coverage)
        limits = [None] if minimum is None else [minimum - Decimal("0.01"), minimum, None]
        policies.append({
            "id": f"policy-{coverage}", "coverage": coverage,
            "limit": draw(st.one_of(st.sampled_from(limits), money)),
            "best_rating": draw(st.sampled_from(["A+", "A", "A-", "B++"])), "best_size": draw(_beside(MINIMUM_SIZE, 1, 15)),
            "frontier_additional_insured": draw(st.integers(0, 3)) > 0,
            "cancellation_notice_days": draw(_beside(INSURANCE_NOTICE_DAYS, 0, 90))})
    return policies


@st.composite
def _disclosures(draw: st.DrawFn, on: dt.date) -> list[dict]:
    """26: tangible information marked or not; oral information reduced to writing a day either
    side of the thirtieth business day after (federal holidays, the default reading), or never."""
    last = business_days_after(on, ORAL_WRITING_BUSINESS_DAYS, "federal")
    return [{"id": "disclosure-tangible", "disclosed": on, "form": "tangible", "marked": draw(st.booleans())},
            {"id": "disclosure-oral", "disclosed": on, "form": "oral",
             "reduced_to_writing": _maybe_date(draw, last, _beside(0, -30, 10))}]


@st.composite
def _attachment_records(draw: st.DrawFn, on: dt.date) -> dict:
    """30: a notice by every method, certified mail with or without a return receipt. A1 3: forecasts
    of months and project months either side of twelve and six, orders a trunk either side of the
    forecast; A1 1.10: a ported-call charge a cent either side of Frontier's. A2: listings of each
    kind submitted a day either side of the cut-off, with or without charges paid. A3: a resold line
    carrying one End User's traffic or several, fraud of every cause, and sometimes Carrier's exit."""
    notices = [{"id": f"notice-{method}", "method": method, "receipt_requested": draw(st.integers(0, 3)) > 0}
               for method in ("personal", "certified-mail", "overnight-express", "first-class-mail", "email", "fax")]
    forecasts = [{"id": "forecast-1", "submitted": on, "months": draw(_beside(FORECAST_MONTHS, 0, 24)),
                  "projects_months": draw(_beside(PROJECT_MONTHS, 0, 12))}]
    forecast = draw(st.integers(0, 96))
    orders = [{"id": "order-1", "forecast_trunks": forecast, "trunks": max(1, forecast + draw(_beside(0, -10, 10)))}]
    non_queried = draw(money)
    ported = [{"id": "ported-1", "frontier_non_queried_charge": non_queried,
               "charge": max(Decimal(0), non_queried + draw(st.sampled_from([Decimal("-0.01"), Decimal(0),
                                                                             Decimal("0.01")])))}]
    listings = [{"id": f"listing-{kind}", "kind": kind, "cut_off": on, "submitted": _days(on, _beside(0, -60, 30), draw),
                 "charges_paid": draw(st.one_of(st.just(Decimal(0)), money))}
                for kind in ("standard-primary", "other")]
    resale = [{"id": "resale-1", "service": draw(st.sampled_from(["basic-residential", "basic-business", "feature"])),
               "retail_rate": draw(cents), "end_users": draw(st.one_of(st.sampled_from([1, 2]), st.integers(1, 5)))}]
    fraud = [{"id": f"fraud-{cause}", "cause": cause}
             for cause in ("frontier-intentional-misconduct", "frontier-gross-negligence", "other")]
    records = {"formal_notices": notices, "trunk_forecasts": forecasts, "trunk_orders": orders,
               "ported_call_charges": ported, "listings": listings, "resale": resale, "fraud_claims": fraud}
    if draw(st.booleans()):
        records["carrier_exit"] = {"end_user_notice_mailed": _days(on, st.integers(-30, 0), draw),
                                   "verification": draw(st.booleans())}
    return records


@st.composite
def agreement_obligation_cases(draw: st.DrawFn) -> IcaCase:
    """Every obligation of issue 20's breadth in every example (3.1-3.5, 4, 6.4-6.9, 8-10.4, 13.1-20,
    26, 30, A1 1.10 and 3, A2, A3 3.2, 3.8 and 7), around one bill and a day some weeks before it
    when the dated records happen: a few records each, stratified where a clause names the kinds
    (each coverage, each method of notice, each assignee, each cause of fraud)."""
    bill_date = draw(dates)
    on = bill_date - dt.timedelta(days=draw(st.integers(0, 60)))
    account = {"established_credit": draw(st.booleans()),
               "prompt_payment_months": draw(_beside(24, 0, 40))}   # 3.1: returned after 24 months
    return _case(draw, "ica-obligations", bill_date, account=account, account_setup=draw(_account_setup()),
                 insurance=draw(_insurance()), disclosures=draw(_disclosures(on)),
                 **draw(_deposit_terms(bill_date)), **draw(_transfer_records(on)), **draw(_general_terms(on)),
                 **draw(_attachment_records(on)))
