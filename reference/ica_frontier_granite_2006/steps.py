"""Step definitions for the Frontier/Granite ICA's features: Carrier's account, traffic, resale,
service requests, coordinated transfers, the agreement's term and notices, audits, trunk groups;
and the checks on decisions, which the DC power and onboarding features share. No step calls the
reference."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pytest_bdd import given, parsers, then, when

from ratecert.gherkin.vocabulary import iso, money, step
from ratecert.money import total
from ratecert.plugin import SutSession
from ratecert.gherkin.bill_steps import *  # noqa: F403 - the steps every document shares
from ratecert.scenario import BillingScenario, MalformedCase

ICA = "ica-frontier-granite-2006"


@given("Carrier billed under the Frontier/Granite ICA")
def ica_account(billing: BillingScenario) -> None:
    billing.set(document=ICA, account={"id": "GRANITE", "customer": "Granite Telecommunications, LLC"})


@given(step("Carrier received the bill on {day:Date} and asked for the extension"))
def delayed(billing: BillingScenario, day: dt.date) -> None:
    billing.set(bill_receipt={"received": iso(day)})


@given(step("Carrier received the bill on {day:Date} but did not ask for the extension"))
def received(billing: BillingScenario, day: dt.date) -> None:
    billing.set(bill_receipt={"received": iso(day), "extension_requested": False})


@when(step("Carrier pays {amount:Money} on {day:Date}"))
def carrier_pays(billing: BillingScenario, amount: Decimal, day: dt.date) -> None:
    billing.append("payments", {"id": billing.next_id("payment"), "date": iso(day), "amount": money(amount)})


@when(step("Carrier pays {amount:Money} on {day:Date} in funds that become available on {available:Date}"))
def carrier_pays_uncollected(billing: BillingScenario, amount: Decimal, day: dt.date, available: dt.date) -> None:
    billing.append("payments", {"id": billing.next_id("payment"), "date": iso(day), "amount": money(amount),
                                "funds_available_on": iso(available)})


@given(step("Carrier disputes {amount:Money} on {day:Date} and withholds it"))
def carrier_disputes(billing: BillingScenario, amount: Decimal, day: dt.date) -> None:
    billing.append("disputes", {"id": billing.next_id("dispute"), "amount": money(amount), "filed": iso(day)})


@when(step("the dispute is resolved for the Billing Party and Carrier pays the withheld amount on {day:Date}"))
def for_billing_party(billing: BillingScenario, day: dt.date) -> None:
    billing.last("disputes").update(resolved_for="telephone-company", paid_on=iso(day))


@when("the dispute is resolved for the Billed Party")
def for_billed_party(billing: BillingScenario) -> None:
    billing.last("disputes").update(resolved_for="customer")


@given(step("a class of service violation back billed {amount:Money} on {day:Date}"))
def back_billed(billing: BillingScenario, amount: Decimal, day: dt.date) -> None:
    billing.append("back_billing", {"id": billing.next_id("back-billing"), "amount": money(amount),
                                    "back_billed_on": iso(day), "paid_on": iso(day)})


@given(step("Carrier pays the back billing on {day:Date}"))
def back_billing_paid(billing: BillingScenario, day: dt.date) -> None:
    billing.last("back_billing").update(paid_on=iso(day))


# --- traffic -----------------------------------------------------------------------------------

@given(step("Frontier's intrastate terminating access rate is {rate:Money} per minute"))
def access_rate(billing: BillingScenario, rate: Decimal) -> None:
    billing.set(access_rate=money(rate))


@given(step("Carrier delivers {minutes:Number} minutes of {kind} traffic to Frontier"))
def delivers(billing: BillingScenario, minutes: Decimal, kind: str) -> None:
    billing.append("traffic", {"id": billing.next_id("traffic"), "kind": kind, "direction": "carrier-to-frontier",
                               "minutes": money(minutes)})


@given(step("Carrier delivers {minutes:Number} minutes of {kind} traffic to Frontier, {without:Number} of them "
            "without CPN"))
def delivers_without_cpn(billing: BillingScenario, minutes: Decimal, kind: str, without: Decimal) -> None:
    billing.append("traffic", {"id": billing.next_id("traffic"), "kind": kind, "direction": "carrier-to-frontier",
                               "minutes": money(minutes), "minutes_without_cpn": money(without)})


@given(step("Carrier delivers {minutes:Number} minutes dialed as local to Frontier between End Users in different "
            "local calling areas, {channel}"))
def delivers_vnxx(billing: BillingScenario, minutes: Decimal, channel: str) -> None:
    if channel not in ("over a dedicated channel", "with no dedicated channel"):
        raise ValueError(f"say 'over a dedicated channel' or 'with no dedicated channel', not {channel!r}")
    billing.append("traffic", {"id": billing.next_id("traffic"), "kind": "local", "direction": "carrier-to-frontier",
                               "minutes": money(minutes), "physically_local": False,
                               "dedicated_channel": channel == "over a dedicated channel"})


_PARTIES = {"ILEC": "ilec", "CLEC": "clec", "CMRS provider": "cmrs"}


@given(parsers.re(r"(?P<who>Carrier sends a third-party (?P<to>ILEC|CLEC|CMRS provider)|a third-party "
                  r"(?P<frm>ILEC|CLEC|CMRS provider) sends Carrier) (?P<minutes>[0-9,]+) minutes of transit traffic"))
def transit(billing: BillingScenario, who: str, to: str | None, frm: str | None, minutes: str) -> None:
    direction = "carrier-to-third-party" if to else "third-party-to-carrier"
    billing.append("traffic", {"id": billing.next_id("traffic"), "kind": "transit", "direction": direction,
                               "third_party": _PARTIES[to or frm or ""], "minutes": minutes.replace(",", "")})


@then(step('the charge for traffic "{ref}" is {amount:Money}'))
@then(step('the charge for request "{ref}" is {amount:Money}'))
def charge_for(billing: BillingScenario, ref: str, amount: Decimal) -> None:
    billing.expect(f"charges for {ref}", amount, billing.bill().charge("", ref))


@then(step('traffic "{ref}" is not billed'))
def not_billed(billing: BillingScenario, ref: str) -> None:
    lines = [f"{ln.element} {ln.amount}" for ln in billing.bill().lines if ln.ref == ref and ln.amount != 0]
    billing.expect(f"lines billing {ref} (bill and keep)", [], lines)


# --- resale --------------------------------------------------------------------------------------

def _resale(billing: BillingScenario, count: int, service: str, retail: Decimal, **extra: object) -> None:
    billing.append("resale", {"id": billing.next_id("line"), "service": service, "retail_rate": money(retail),
                              "lines": count, **extra})


@given(step("Carrier resells {count:d} {service} lines at a retail rate of {retail:Money}"))
def resells(billing: BillingScenario, count: int, service: str, retail: Decimal) -> None:
    _resale(billing, count, service, retail)


@given(step("Carrier resells {count:d} {service} lines at a retail rate of {retail:Money} with a Subscriber Line "
            "Charge of {slc:Money}"))
def resells_with_slc(billing: BillingScenario, count: int, service: str, retail: Decimal, slc: Decimal) -> None:
    _resale(billing, count, service, retail, subscriber_line_charge=money(slc))


@given(step("Carrier uses {count:d} {service} lines itself at a retail rate of {retail:Money}"))
def own_use(billing: BillingScenario, count: int, service: str, retail: Decimal) -> None:
    _resale(billing, count, service, retail, own_use=True)


@given(step("Carrier resells 1 promotion of {days:d} days at a retail rate of {retail:Money}"))
def promotion(billing: BillingScenario, days: int, retail: Decimal) -> None:
    _resale(billing, 1, "promotion", retail, promotion_days=days)


def _line_charge(billing: BillingScenario, ref: str, elements: tuple[str, ...]) -> Decimal:
    return total(ln.amount for ln in billing.bill().lines if ln.ref == ref and ln.element in elements)


@then(step('the service charge of line "{ref}" is {amount:Money}'))
@then(step('line "{ref}" is billed {amount:Money}'))
def service_charge(billing: BillingScenario, ref: str, amount: Decimal) -> None:
    billing.expect(f"service charge of {ref}", amount,
                   _line_charge(billing, ref, ("resale.discounted", "resale.retail")))


@then(step('the Subscriber Line Charge of line "{ref}" is {amount:Money}'))
def slc_charge(billing: BillingScenario, ref: str, amount: Decimal) -> None:
    billing.expect(f"Subscriber Line Charge of {ref}", amount,
                   _line_charge(billing, ref, ("resale.subscriber_line_charge",)))


@then(step('line "{ref}" is rejected as not for resale'))
def rejected_for_resale(billing: BillingScenario, ref: str) -> None:
    bill = billing.bill()
    billing.expect(f"{ref} rejected and not billed", (True, Decimal(0)),
                   (any(r.ref == ref for r in bill.rejected), bill.charge("", ref)))


# --- service requests ----------------------------------------------------------------------------

def _request(billing: BillingScenario, service_class: str, order_type: str, **extra: object) -> None:
    billing.append("service_requests", {"id": billing.next_id("request"), "service_class": service_class,
                                        "order_type": order_type, **extra})


@given(step("a {service_class} {order_type} request with {n:d} vanity numbers"))
def vanity(billing: BillingScenario, service_class: str, order_type: str, n: int) -> None:
    _request(billing, service_class, order_type, vanity_numbers=n)


@given(step("a {service_class} {order_type} request with {n:d} numbers stopped on the due date and re-appointed"))
def stopped_ports(billing: BillingScenario, service_class: str, order_type: str, n: int) -> None:
    _request(billing, service_class, order_type, telephone_numbers=n, stopped_ports_reappointed=n)


@given(step("a {service_class} {order_type} request with {n:d} numbers expedited"))
def expedited(billing: BillingScenario, service_class: str, order_type: str, n: int) -> None:
    _request(billing, service_class, order_type, telephone_numbers=n, expedited_numbers=n)


@given(step("a {service_class} {order_type} request with {n:d} numbers needing concurrence"))
def concurrence(billing: BillingScenario, service_class: str, order_type: str, n: int) -> None:
    _request(billing, service_class, order_type, telephone_numbers=n, concurrence_numbers=n)


@given(step("a {service_class} {order_type} request with a supplement of kind {kind} received {at:DateTime}"))
def supplement(billing: BillingScenario, service_class: str, order_type: str, kind: str, at: dt.datetime) -> None:
    _request(billing, service_class, order_type, supplements=[{"kind": kind, "received": iso(at)}])


@given(step("a {service_class} {order_type} request due {due:DateTime} confirmed {foc:DateTime}"))
def scheduled(billing: BillingScenario, service_class: str, order_type: str, due: dt.datetime,
              foc: dt.datetime) -> None:
    _request(billing, service_class, order_type, scheduled_due=iso(due), foc=iso(foc))


@given(step("Carrier asks on {at:DateTime} to move the due date to {day:Date}"))
def due_date_change(billing: BillingScenario, at: dt.datetime, day: dt.date) -> None:
    billing.last("service_requests").update(due_date_change={"requested": iso(at), "new_due": iso(day)})


def _declared(sut: SutSession, billing: BillingScenario, element: str) -> Decimal:
    assert sut.started is not None
    key = f"{billing.document}:{element}"
    if key not in sut.started.pixit.declared_amounts:
        raise MalformedCase(f"the scenario needs the declared amount of {key}; tag it @declared:{element}")
    return sut.started.pixit.declared_amounts[key]


@then(step("the declared amount of {element} is between {low:Money} and {high:Money}"))
def declared_within(sut: SutSession, billing: BillingScenario, element: str, low: Decimal, high: Decimal) -> None:
    value = _declared(sut, billing, element)
    billing.expect(f"declared {element} within the legible dollars", True, low <= value <= high)


@then(step('the charge for request "{ref}" is {n:d} times the declared {element}'))
def declared_charge(sut: SutSession, billing: BillingScenario, ref: str, n: int, element: str) -> None:
    billing.expect(f"charges for {ref}", n * _declared(sut, billing, element), billing.bill().charge("", ref))


# --- the agreement, notices, trunks -------------------------------------------------------------

@given(step("the Commission approved the agreement on {day:Date}, as of {as_of:Date}"))
def approved(billing: BillingScenario, day: dt.date, as_of: dt.date) -> None:
    billing.set(agreement_term={"approved": iso(day), "as_of": iso(as_of)})


@given(step("{who} gave written notice not to renew on {day:Date}"))
def notice_not_to_renew(billing: BillingScenario, who: str, day: dt.date) -> None:
    term = dict(billing.fields["agreement_term"])
    billing.set(agreement_term={**term, "notice_given": iso(day), "notice_by": who.lower()})


def _notice(billing: BillingScenario, kind: str, sent: dt.date, received: dt.date) -> None:
    billing.append("breach_notices", {"id": billing.next_id("notice"), "kind": kind, "sent": iso(sent),
                                      "received": iso(received)})


@given(step("a notice of non-payment sent on {sent:Date} and received on {received:Date}"))
def non_payment_notice(billing: BillingScenario, sent: dt.date, received: dt.date) -> None:
    _notice(billing, "non-payment", sent, received)


@given(step("a notice of another breach sent on {sent:Date} and received on {received:Date}"))
def other_breach_notice(billing: BillingScenario, sent: dt.date, received: dt.date) -> None:
    _notice(billing, "other", sent, received)


_METHODS = {"overnight delivery": "overnight", "certified mail": "certified-mail", "first-class mail": "first-class-mail",
            "e-mail": "email", "hand": "personal"}


@given(step("Frontier gives notice on {sent:Date} by {method} to discontinue for {amount:Money} undisputed, {copy}"))
def discontinuance_notice(billing: BillingScenario, sent: dt.date, method: str, amount: Decimal, copy: str) -> None:
    if copy not in ("copied to the Commission", "not copied to the Commission"):
        raise ValueError(f"say 'copied to the Commission' or 'not copied to the Commission', not {copy!r}")
    cure = [n["id"] for n in billing.fields.get("breach_notices", ()) if n["kind"] == "non-payment"]
    billing.append("discontinuance_notices", {
        "id": billing.next_id("discontinuance"), "sent": iso(sent), "method": _METHODS[method],
        "commission_copy": copy == "copied to the Commission", "undisputed_past_due": money(amount),
        "cure_notice": cure[-1] if cure else None})


@given(step("Frontier gives an affiliate of Carrier notice on {sent:Date} by {method} of {amount:Money} owed"))
def affiliate_notice(billing: BillingScenario, sent: dt.date, method: str, amount: Decimal) -> None:
    billing.append("discontinuance_notices", {"id": billing.next_id("discontinuance"), "to": "affiliate",
                                              "sent": iso(sent), "method": _METHODS[method],
                                              "undisputed_past_due": money(amount)})


@given(step("a coordinated transfer scheduled from {start:DateTime} to {end:DateTime}"))
def coordinated_transfer(billing: BillingScenario, start: dt.datetime, end: dt.datetime) -> None:
    billing.append("transfers", {"id": billing.next_id("transfer"), "start": start.isoformat(),
                                 "end": end.isoformat()})


@given(step("Carrier gives notice on {day:Date} of an audit of Frontier's billing"))
def audit_notice(billing: BillingScenario, day: dt.date) -> None:
    billing.append("audits", {"id": billing.next_id("audit"), "notice": iso(day)})


@given(step("the audit examines Frontier's billing of {year:d}"))
def audit_year(billing: BillingScenario, year: int) -> None:
    billing.last("audits")["year_audited"] = year


@given(step("Carrier already audited Frontier this year, finding {variance:Money} in Frontier's favour on "
            "{payable:Money} payable"))
def earlier_audit(billing: BillingScenario, variance: Decimal, payable: Decimal) -> None:
    billing.last("audits").update(audits_this_year=1, previous_variance=money(variance),
                                  previous_payable=money(payable))


@given(step("Carrier already held both audits of this year"))
def two_audits(billing: BillingScenario) -> None:
    billing.last("audits").update(audits_this_year=2)


@given(step("the audit found {amount:Money} overpaid on {paid:Date}, results agreed on {agreed:Date}"))
def audit_overpayment(billing: BillingScenario, amount: Decimal, paid: dt.date, agreed: dt.date) -> None:
    billing.last("audits").update(overpayment=money(amount), overpaid_on=iso(paid), results_agreed=iso(agreed))


@then(step("the audit overpayment of {amount:Money} is credited with interest of {interest:Money}"))
def audit_credit(billing: BillingScenario, amount: Decimal, interest: Decimal) -> None:
    billing.expect("audit overpayment and interest credited", (amount, interest), billing.bill().refunded())


@then("no audit overpayment is credited on this bill")
def no_audit_credit(billing: BillingScenario) -> None:
    billing.expect("audit credits on this bill", (), billing.bill().refunds)


@given(step("a trunk group of {trunks:d} trunks with monthly average use of {months} CCS"))
def trunk_group(billing: BillingScenario, trunks: int, months: str) -> None:
    billing.append("trunk_groups", {"id": billing.next_id("group"), "trunks": trunks,
                                    "monthly_average_ccs": [m.strip() for m in months.split(",")]})


_FOUND = {"no trouble in the Interconnection trunks": "no-trouble",
          "the trouble in equipment Frontier did not provide": "other-equipment",
          "the trunk within maintenance limits on a repair verification no clearance needed":
              "within-limits-on-verification",
          "the trouble in Frontier's own facilities": "dispatched-party-facilities"}


@given(step('Carrier requested the dispatch "{ref}" of Frontier\'s personnel to the Interconnection trunks, which found {found}'))
def maintenance_dispatch(billing: BillingScenario, ref: str, found: str) -> None:
    billing.append("maintenance_dispatches", {"id": ref, "requested_by": "carrier", "found": _FOUND[found]})


@given(step("trouble was subsequently found in Frontier's facilities on {day:Date}"))
def trouble_later_found(billing: BillingScenario, day: dt.date) -> None:
    billing.last("maintenance_dispatches")["trouble_later_found_on"] = iso(day)



@then(step("the due date is {day:Date}"))
def due_date_is(billing: BillingScenario, day: dt.date) -> None:
    billing.expect("due date", day, billing.bill().payment_date)


@then(step("the back-billing interest is {amount:Money}"))
def back_billing_interest(billing: BillingScenario, amount: Decimal) -> None:
    billing.expect("back-billing interest", amount, billing.bill().penalty("back-billing"))


@then("no penalty is due on the withheld amount")
def no_dispute_penalty(billing: BillingScenario) -> None:
    billing.expect("penalty on the withheld amount", Decimal("0.00"), billing.bill().penalty("dispute"))
