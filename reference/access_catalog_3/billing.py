"""Assemble a bill for a case under the Access Catalog: the composition of the clause modules.

Order of work follows 2.4.1(B): monthly charges for the period (2.4.1(F), 2.4.2), Direct Trunked
Transport (6.1.3(A)(2)), usage in arrears through the bill day (2.4.1(B)(2): a call after it is the
next bill's, reference.usage_period; 2.3.11, 3.7.4, 6.x, 2.4.7), order charges
(5.4.1, 5.4.2, 5.4.3, 5.5.3, 2.4.5, 6.4.1(B)), labor (13.1, 13.2), credits (2.4.4); then the payment
date (2.4.1(C)(1)) and what the payments, disputes and deposits of the case earn (2.4.1(A),
2.4.1(C)(2) on the amount due - stated, or the bill's lines less its credits - 2.4.1(D), 2.4.1(E)).
Every amount is exact until it is a resulting charge, which is rounded to the penny (2.4.1(G)).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from ratecert.bounds import FRACTION_DIGITS
from ratecert.bill import Bill, BillLine, Credit, Decision, DepositStatement, Penalty, Refund, Rejection
from ratecert.case import Period
from ratecert.money import total
from ratecert_reference.access_catalog_3.records import CatalogCase, ElementQuantity, Interruption, Order, Service
from ratecert_reference import mileage, settlement
from ratecert_reference.months import next_bill_date
from ratecert_reference.access_catalog_3 import (arrangement, cancellation, credit_allowance, data_requests, db800, deposits,
                                                 disputes, labor, presubscription,
                                                 late_payment, minimum_periods, miscellaneous_services,
                                                 network_blocking, nonrecurring, order_charges, ordering,
                                                 payment_dates, proration, pvu_audit, refusal, special_access,
                                                 switched_usage, trunk_ports, usage_period, working_hours)
from ratecert_reference.access_catalog_3.late_factor import daily_rate
from ratecert_reference.rounding import to_penny
from ratecert.spec.model import NotInForce
from ratecert.terms import Terms


def render_bill(case: CatalogCase, terms: Terms) -> Bill:
    """The bill the catalog prescribes for `case` under the SUT's `terms`."""
    in_force(case, terms)
    case = arrangement.resolve(case, terms.readings)   # the elements, sections and usage the stated arrangement implies
    pay_date = _payment_date(case, terms)
    charged = _charges(case, terms)
    amount_due = case.amount_due
    if amount_due is None:
        amount_due = sum((ln.amount for ln in charged.lines), Decimal(0)) - sum((c.amount for c in charged.credits),
                                                                                Decimal(0))
    penalties, refunds = _penalties_and_refunds(case, amount_due, pay_date, terms)
    return Bill(bill_date=case.bill_date, payment_date=pay_date, lines=tuple(charged.lines),
                penalties=tuple(penalties), credits=tuple(charged.credits), deposits=tuple(_deposits(case, terms)),
                refunds=tuple(refunds),
                rejected=tuple(Rejection(ref=ref, reason=reason) for ref, reason in charged.rejected),
                decisions=tuple(charged.decisions))


def bill_lines(case: CatalogCase, terms: Terms) -> list[BillLine]:
    """The lines of `case`'s bill (`render_bill(case, terms).lines`), without the payment date and
    what payments, disputes and deposits earn: the bulk audit prices usage with it, and the Legal
    Holidays a payment date needs load the `holidays` package's 250 countries (0.05-0.1 s) for no line."""
    in_force(case, terms)
    return _charges(arrangement.resolve(case, terms.readings), terms).lines


@dataclass(frozen=True)
class _Charged:
    lines: list[BillLine]
    credits: list[Credit]
    rejected: list[tuple[str, str]]
    decisions: list[Decision]


def _charges(case: CatalogCase, terms: Terms) -> _Charged:
    """The lines, credits, rejections and decisions of a resolved case's bill."""
    r = terms.readings
    next_bill = next_bill_date(case.bill_date, r["next-bill-date-short-month"])
    period = case.period or Period(start=case.bill_date, end=next_bill - dt.timedelta(days=1))
    covered, later = usage_period.split(case.calls, case.bill_date)
    usage, rejected = _usage_lines(case.model_copy(update={"calls": covered}) if later else case, terms)
    decisions: list[Decision] = [*_order_decisions(case, terms), *_refusal_decisions(case, terms),
                                 *_request_decisions(case, period, terms), *_presubscription_decisions(case, terms)]
    for call in later:   # 2.4.1(B)(2): usage after the bill day is the next bill's, and the bill says so
        if r["usage-after-bill-day"] == "rejected":
            rejected.append((call.id, usage_period.after_bill_day_reason(call, case.bill_date)))
        else:
            decisions.append(Decision(ref=call.id, question=usage_period.QUESTION, answer=next_bill.isoformat(),
                                      clause=terms.clause_id("2.4.1(B)(2)")))
    lines = [*_service_lines(case, period, terms), *_transport_lines(case, terms), *_trunk_port_lines(case, terms),
             *_channel_mileage_lines(case, terms),
             *_surcharge_lines(case, terms), *usage,
             *_order_lines(case, terms), *_labor_lines(case, terms), *_miscellaneous_lines(case, terms)]
    credits = [*_credits(case, terms), *_surcharge_credits(case, terms), *_pvu_adjustment_credits(case, terms)]
    return _Charged(lines, credits, rejected, decisions)


def _usage_lines(case: CatalogCase, terms: Terms) -> tuple[list[BillLine], list[tuple[str, str]]]:
    """Per-minute elements on the intrastate minutes of the period (billed in arrears, 2.4.1(B); Carrier
    Common Line 3.7.4, Local Switching 6.1.3(B)(1), Tandem Switched Transport 2.4.7(B)(3)(c)), Network
    Blocking on the overflows above the threshold (6.8.6), and the 800 Data Base queries allocated to
    the end office (6.4.1(C)(6))."""
    on = case.bill_date
    charges, rejected = switched_usage.usage_charges(case, terms.readings)
    lines = [_line(terms, c.element, c.minutes, on, c.clause, c.end_office, c.multiplier, c.description)
             for c in charges]
    for study in case.blocking:
        overflows = network_blocking.billable_overflows(study)
        if overflows:
            lines.append(_line(terms, "network_blocking", Decimal(overflows), on, "6.8.6", study.end_office,
                               description=f"Network Blocking, {overflows} overflows in excess of the threshold"))
    if case.db800 is not None:
        share = db800.allocated(case.db800.tandem_total, dict(case.db800.end_office_minutes), case.db800.bill_end_office)
        lines.append(_line(terms, f"db800_query.{case.db800.query_type}", share, on, "6.4.1(C)(6)",
                           case.db800.bill_end_office))
    return lines, rejected


def _channel_mileage_lines(case: CatalogCase, terms: Terms) -> list[BillLine]:
    """Special Access Channel Mileage per section (7.2.1(B), 7.2.5, 2.4.7(B)(3)(f))."""
    lines = []
    for section in case.channel_mileage:
        facility, termination = special_access.mileage_elements(section.rate_set)
        lines += _mileage_lines(terms, case.bill_date, section.service, f"section {section.id}",
                                mileage.measured_miles(section.miles, section.from_vh, section.to_vh),
                                section.billing_percentage, section.terminations,
                                (facility, "7.2.5"), (termination, "7.2.1(B)"))
    return lines


def _mileage_lines(terms: Terms, on: dt.date, ref: str, label: str, miles: int, bp: Decimal, terminations: int,
                   facility: tuple[str, str], termination: tuple[str, str]) -> list[BillLine]:
    """A facility per mile (rounded up) x BP and a termination at each end, neither at zero miles:
    the rule shared by Direct Trunked Transport (6.1.3(A)(2)) and Channel Mileage (7.2.1(B)(2))."""
    if miles == 0:
        return []
    lines = [_line(terms, facility[0], Decimal(miles), on, facility[1], ref, bp / 100,
                   f"{terms.document.rates[facility[0]].title}, {label}, {miles} mi x {bp}% BP")]
    if terminations:
        lines.append(_line(terms, termination[0], Decimal(terminations), on, termination[1], ref))
    return lines


def _surcharge_lines(case: CatalogCase, terms: Terms) -> list[BillLine]:
    """7.3.4(A): the Special Access Surcharge per chargeable voice grade equivalent, unless certified
    exempt (7.3.2(A), 7.3.2(B), 7.3.3, 7.3.4(B)), at the rate the case supplies (2.4.1(G))."""
    lines = []
    same_bill = terms.reading("report-on-bill-date") == "same-bill"
    for surcharge in case.surcharges:
        units = special_access.surcharge_units(surcharge, case.bill_date, same_bill)
        if units and case.surcharge_rate is not None:
            amount = to_penny(case.surcharge_rate * units, terms.reading("penny-rounding-ties"))
            lines.append(BillLine(element="special_access_surcharge", quantity=Decimal(units), rate=case.surcharge_rate,
                                  amount=amount, clause=terms.clause_id("7.3.4(A)"), ref=surcharge.service,
                                  description="Special Access Surcharge per voice grade equivalent (rate supplied)"))
    return lines


def _transport_lines(case: CatalogCase, terms: Terms) -> list[BillLine]:
    """Direct Trunked Transport per measured segment (6.1.3(A)(2), 2.4.7(B)(3)(d))."""
    lines = []
    for segment in case.direct_trunked:
        lines += _mileage_lines(terms, case.bill_date, segment.id, f"segment {segment.id}",
                                mileage.measured_miles(segment.miles, segment.from_vh, segment.to_vh),
                                segment.billing_percentage, segment.terminations,
                                (f"direct_trunked_facility.{segment.capacity}", "6.1.3(A)(2)"),
                                (f"direct_trunked_termination.{segment.capacity}", "6.1.3(A)(2)"))
    return lines


def _trunk_port_lines(case: CatalogCase, terms: Terms) -> list[BillLine]:
    """6.11.1: a Dedicated Trunk Port per channel terminating a dedicated trunk, monthly."""
    reading = terms.reading("dedicated-trunk-port-rate-sets")
    return [_line(terms, element, Decimal(port.channels), case.bill_date, "6.11.1", port.id)
            for port in case.trunk_ports for element in trunk_ports.port_elements(port, reading)]


def _payment_date(case: CatalogCase, terms: Terms) -> dt.date:
    r = terms.readings
    receipt = case.bill_receipt
    delayed = 0
    if receipt is not None and receipt.extension_requested and receipt.proof_of_late_receipt:
        delayed = payment_dates.delay_days(case.bill_date, receipt.received)
    return payment_dates.payment_date(
        case.bill_date, next_bill=r["next-bill-date-short-month"], holiday_list=r["legal-holiday-labor-day"],
        holiday_weekend=r["legal-holiday-weekend"], local_holidays=terms.local_holidays,
        delayed_by=delayed, extension=r["delayed-bill-extension"])


def _line(terms: Terms, element: str, quantity: Decimal, on: dt.date, clause: str, ref: str | None,
          multiplier: Decimal = Decimal(1), description: str = "") -> BillLine:
    rate, rate_element, _ = terms.rate(element, on)
    amount = to_penny(rate * quantity * multiplier, terms.reading("penny-rounding-ties"))
    return BillLine(element=element, quantity=shown(quantity), rate=rate, amount=amount, clause=terms.clause_id(clause),
                    ref=ref, description=description or rate_element.title)


def shown(quantity: Decimal) -> Decimal:
    """A quantity as the bill shows it. An allocated quantity need not terminate - 6.4.1(C)(6) gives
    one end office of three equal ones a third of the tandem's queries, 6.6.4 apportions terminations
    by lines - and the wire carries at most `FRACTION_DIGITS` places (ratecert.bounds): such a quantity
    is shown rounded to them, its trailing zeros dropped. The amount is computed from the unrounded
    quantity, and no check compares quantities."""
    if quantity == quantity.to_integral_value():
        return quantity.quantize(Decimal(1))
    if -quantity.normalize().as_tuple().exponent <= FRACTION_DIGITS:
        return quantity.normalize()
    return quantity.quantize(Decimal(1).scaleb(-FRACTION_DIGITS), rounding=ROUND_HALF_EVEN).normalize()


def intrastate_share(percent_interstate: Decimal | None) -> Decimal:
    """2.3.12(A): "multiply the percent interstate use times the quantity of chargeable elements times
    the stated catalog rate" gives the interstate charge; this catalog bills the rest."""
    return Decimal(1) if percent_interstate is None else (100 - percent_interstate) / 100


def _share_label(service: Service, share: Decimal) -> str:
    if service.mixed_use is None:
        return f", {share * 100:f}% intrastate"
    channels = service.mixed_use.switched_channels
    if service.kind == "special":
        channels = service.mixed_use.total_channels - channels
    return f", {channels} of {service.mixed_use.total_channels} channels"


def mixed_use_share(service: Service) -> Decimal:
    """7.2.7: "As each individual channel is activated for Switched Access Service, the High Capacity
    Special Access ... rates will be reduced accordingly (e.g., 1/24th for a DS1 service, 1/672nd for
    a DS3 service" and the Switched Entrance Facility, DTT and multiplexing are rated "by the ratio of
    derived Switched Access Service channels to the total number of channels"."""
    if service.mixed_use is None:
        return Decimal(1)
    switched = Decimal(service.mixed_use.switched_channels) / service.mixed_use.total_channels
    return 1 - switched if service.kind == "special" else switched


def _monthly(terms: Terms, eq: ElementQuantity, on: dt.date) -> Decimal:
    return terms.rate(eq.element, on)[0] * eq.quantity


def _service_monthly(terms: Terms, service: Service, on: dt.date) -> Decimal:
    """The service's monthly charge under this catalog: its intrastate share when it is mixed use."""
    if service.kind == "switched-usage":
        return service.monthly_charge or Decimal(0)
    return sum((_monthly(terms, eq, on) for eq in service.elements), Decimal(0)) * intrastate_share(
        service.percent_interstate) * mixed_use_share(service)


def _service_lines(case: CatalogCase, period: Period, terms: Terms) -> list[BillLine]:
    """Monthly charges of the period, prorated (2.4.1(F)), and minimum period charges (2.4.2): a whole
    period at the element's monthly rate (7.2.1(A), 6.4.2), its intrastate share - the rest of a
    service the customer reports interstate (2.3.12(A)), the special or switched channels of a mixed
    use facility (7.2.7) - and for a service the customer's notice makes interstate, the days before
    the notice was received (2.3.11(A)); each amount rounded to the penny (2.4.1(G))."""
    out: list[BillLine] = []
    day_count = terms.reading("proration-day-count")
    for service in case.services:
        if service.kind == "switched-usage":
            continue
        on = max(period.start, service.start) if service.start else period.start
        stop, end, counting = service.end, service.end, day_count
        if service.interstate_from and (end is None or service.interstate_from <= end):
            # 2.3.11(A): interstate from the day the notice is received; the day before is the last billed here
            stop, end, counting = service.interstate_from, service.interstate_from - dt.timedelta(days=1), "both-inclusive"
        whole = proration.whole_period(period.start, period.end, service.start, stop)
        days = proration.days_in_service(period.start, period.end, service.start, end, counting)
        share = intrastate_share(service.percent_interstate) * mixed_use_share(service)
        for eq in service.elements:
            element = terms.document.rates[eq.element]
            clause = element.clause if share == 1 else "7.2.7" if service.mixed_use else "2.3.12(A)"
            mixed = "" if share == 1 else _share_label(service, share)
            if whole:
                out.append(_line(terms, eq.element, eq.quantity, on, clause, service.id, share,
                                 f"{element.title}{mixed}" if mixed else ""))
            elif days:
                out.append(_line(terms, eq.element, eq.quantity, on, "2.4.1(F)", service.id,
                                 Decimal(min(days, proration.MONTH_DAYS)) / proration.MONTH_DAYS * share,
                                 f"{element.title}, {days} days of a 30-day month{mixed}"))
        out.extend(_minimum_period_line(service, terms))
    return out


def _minimum_period_line(service: Service, terms: Terms) -> list[BillLine]:
    if service.start is None or service.end is None:
        return []
    months = max((minimum_periods.minimum_months(service.kind, terms.document.rates[eq.element].minimum_months)
                  for eq in service.elements), default=0)
    if not months:
        return []
    remainder = minimum_periods.remainder_days(service.start, service.end, months, terms.reading("proration-day-count"))
    if not remainder:
        return []
    monthly = _service_monthly(terms, service, service.end)   # the rate level in effect at discontinuance
    if months == 1:
        charge = minimum_periods.one_month_shortfall(monthly, remainder, terms.reading("minimum-period-charge"))
        clause = "2.4.2(A)"
    else:
        charge = minimum_periods.longer_minimum_charge(monthly, remainder, service.nonrecoverable_cost,
                                                       service.ds3_monthly, terms.reading("ds3-early-discontinuance"))
        clause = "2.4.2(B)"
    amount = to_penny(charge, terms.reading("penny-rounding-ties"))
    return [BillLine(element="minimum-period-charge", quantity=Decimal(1), rate=None, amount=amount,
                     clause=terms.clause_id(clause), ref=service.id,
                     description=f"early discontinuance: {remainder} of the {months * proration.MONTH_DAYS} days of the "
                                 f"{months}-month minimum period remain")]


def _order_lines(case: CatalogCase, terms: Terms) -> list[BillLine]:
    out: list[BillLine] = []
    for order in case.orders:
        if order.cancelled_on is not None:
            out.append(_cancellation_line(order, terms))
            continue
        if order_charges.reestablishment_free(order.reestablishment):
            continue  # 2.4.5(A): no charges for re-establishing the service
        out.extend(_order_charge_lines(order, terms))
        out.extend(_expedite_lines(order, terms))
    return out


def in_force(case: CatalogCase, terms: Terms) -> None:
    """1.1: the catalog applies from the effective date of its Original pages (July 2, 2013,
    Transmittal 13-01A); a bill dated earlier is not billed under it (NotInForce: the SUT declines)."""
    effective = terms.document.original_effective
    if effective is not None and case.bill_date < effective:
        raise NotInForce(f"{terms.document.id}: a bill dated {case.bill_date} is before the catalog took effect on "
                         f"{effective} (Original pages, Transmittal 13-01A)")


def _expedite_lines(order: Order, terms: Terms) -> list[BillLine]:
    """5.1.2: the expedite's actual cost up to the estimate plus ten percent, and a Service Date Change
    Charge when the expedite was asked after the order was issued."""
    if order.expedite_estimate is None or order.expedite_cost is None:
        return []
    charge = ordering.expedite_charge(order.expedite_estimate, order.expedite_cost)
    lines = [BillLine(element="expedite-charge", quantity=Decimal(1), rate=None,
                      amount=to_penny(charge, terms.reading("penny-rounding-ties")), clause=terms.clause_id("5.1.2"),
                      ref=order.id, description="expedited service date: actual cost, not above the estimate plus 10%")]
    if order.expedite_after_issue:
        lines.append(_line(terms, f"service_date_change.{order.service_class}", Decimal(1), order.date, "5.1.2",
                           order.id, description="Service Date Change Charge: expedite asked after the order was issued"))
    return lines


def _order_decisions(case: CatalogCase, terms: Terms) -> list[Decision]:
    """5.1.1: whether an order's requested service date is accepted; when Direct Trunked Transport
    ordered without an earlier bona fide request is due."""
    out = []
    for order in case.orders:
        if order.requested_service_date is not None and order.applicable_service_date is not None:
            accepted = ordering.order_accepted(order.requested_service_date, order.applicable_service_date)
            out.append(Decision(ref=order.id, question="order-accepted", answer="yes" if accepted else "no",
                                clause=terms.clause_id("5.1.1")))
        if order.direct_trunked_first_request:
            out.append(Decision(ref=order.id, question="direct-trunked-by",
                                answer=ordering.direct_trunked_by(order.date).isoformat(), clause=terms.clause_id("5.1.1")))
    return out


def _request_decisions(case: CatalogCase, period: Period, terms: Terms) -> list[Decision]:
    """2.3.11(D), 2.3.13(F)(1), 2.3.13(F)(4), 3.6.3: whether a request for the customer's records is within
    its limit, when the answer is due, and who pays an independent PVU audit."""
    out = []
    for request in case.data_requests:
        clause = terms.clause_id(data_requests.CLAUSE[request.kind])
        allowed = data_requests.request_allowed(request, period.start, terms.reading("request-year"))
        out.append(Decision(ref=request.id, question="request-allowed", answer="yes" if allowed else "no", clause=clause))
        due = data_requests.reply_due(request)
        if allowed and due is not None:
            out.append(Decision(ref=request.id, question="reply-due", answer=due.isoformat(), clause=clause))
        if request.kind == "pvu-audit" and request.independent_auditor and allowed:
            out.append(Decision(ref=request.id, question="audit-expense-paid-by", answer="customer", clause=clause))
    return out


def _presubscription_decisions(case: CatalogCase, terms: Terms) -> list[Decision]:
    """13.4(A)(1): lists received thirty days before the conversion are processed; 13.4(A)(2): the
    latest letter of agency decides a disputed IPIC."""
    out = [Decision(ref=listed.id, question="list-processed", clause=terms.clause_id("13.4(A)(1)"),
                    answer="yes" if presubscription.list_processed(listed.received, listed.conversion) else "no")
           for listed in case.end_user_lists]
    lines: dict[str, list] = defaultdict(list)
    for letter in case.ipic_letters:
        lines[letter.line].append(letter)
    out += [Decision(ref=line, question="ipic", answer=presubscription.ipic(letters), clause=terms.clause_id("13.4(A)(2)"))
            for line, letters in lines.items()]
    return out


def _refusal_decisions(case: CatalogCase, terms: Terms) -> list[Decision]:
    """2.1.8(A): whether a notice lets the Telephone Company refuse or discontinue, and from when."""
    out = []
    for notice in case.refusal_notices:
        valid = refusal.notice_valid(notice, terms.reading("refusal-notice-email-before-revision"))
        clause = terms.clause_id("2.1.8(A)")
        out.append(Decision(ref=notice.id, question="notice-valid", answer="yes" if valid else "no", clause=clause))
        if valid:
            out.append(Decision(ref=notice.id, question="may-act-from", clause=clause,
                                answer=refusal.may_act_from(notice, terms.reading("refusal-notice-clock")).isoformat()))
    return out


def _order_charge_lines(order: Order, terms: Terms) -> list[BillLine]:
    """An order's nonrecurring charges: the Access Order Charge (5.4.1), the Service Date Change
    (5.4.3(A)) and Design Change (5.4.3(B)) charges, the Miscellaneous Service Order Charge (5.4.2),
    at the rates of 17.3(A), 17.3(B), 17.3(C) and 17.3(D); 6.4.1(B): Trunk Activation (6.4.1(B)(1)) and Trunk
    Conversion (6.4.1(B)(3)) per 24 trunks or fraction; each installation at its element's charge -
    half for a move within the building (6.4.4(A), 7.2.3(A)), in full for a move to another one
    (6.4.4(B), 7.2.3(B)), a Special Access option's per 7.2.2(B)(2), none for an equal access
    upgrade to FGD (6.4.3), a re-establishment's under 2.4.5(B); a mixed-use order's intrastate
    share (2.3.12(A)); each amount rounded to the penny (2.4.1(G))."""
    blank = terms.reading("blank-pages-5-19-5-22")
    column = order.service_class
    # 2.3.12(A): a mixed-use Switched order's nonrecurring elements are prorated; whether the Section 5
    # ordering charges are too is interpretation mixed-use-ordering-charges
    share = intrastate_share(order.percent_interstate)
    ordering = share if terms.reading("mixed-use-ordering-charges") == "prorated" else Decimal(1)
    # 6.4.3: an equal access upgrade to FGD bears no conversion charges (installation, activation);
    # whether its Access Order Charge is one of them is interpretation fg-upgrade-order-charge
    upgrade = nonrecurring.equal_access_conversion_waived(order.feature_group_change)
    lines = []
    if order_charges.access_order_applies(order, blank) and not (
            upgrade and terms.reading("fg-upgrade-order-charge") == "waived"):
        lines.append(_line(terms, f"access_order.{column}", Decimal(1), order.date, "5.4.1", order.id, ordering))
    if order_charges.service_date_change_billable(order, blank):
        lines.append(_line(terms, f"service_date_change.{column}", Decimal(order.service_date_changes), order.date,
                           "5.4.3(A)", order.id, ordering))
    if order.design_changes and not order.for_transmission_performance:
        lines.append(_line(terms, f"design_change.{column}", Decimal(order.design_changes), order.date,
                           "5.4.3(B)", order.id, ordering))
    if order_charges.misc_service_order_applies(order):
        lines.append(_line(terms, f"misc_service_order.{column}", Decimal(1), order.date, "5.4.2", order.id, ordering))
    if order.trunks_activated and not upgrade:   # per order, per 24 trunks or fraction (6.4.1(B)(1))
        lines.append(_line(terms, "trunk_activation", Decimal(nonrecurring.groups_of_24(order.trunks_activated)), order.date,
                           "6.4.1(B)(1)", order.id, share, f"Trunk Activation, {order.trunks_activated} trunks"))
    if order.trunks_converted:   # MF <-> SS7, per 24 trunks or fraction (6.4.1(B)(3))
        lines.append(_line(terms, "trunk_conversion", Decimal(nonrecurring.groups_of_24(order.trunks_converted)), order.date,
                           "6.4.1(B)(3)", order.id, share, f"Trunk Conversion, {order.trunks_converted} trunks"))
    # a move within the building: half the installation charge (6.4.4(A) switched, 7.2.3(A) special); a move to
    # another building is a discontinuance and a new installation at the full charge (6.4.4(B), 7.2.3(B))
    nrc_clause = "2.4.5(B)" if order.reestablishment is not None else None
    half = Decimal("0.5") if order.kind == "move-same-building" else Decimal(1)
    moved = "6.4.4(A)" if order.service_class == "switched" else "7.2.3(A)"
    option_nrc = order_charges.special_option_nrc_applies(order, terms.reading("option-nrc-later"))
    for eq in () if upgrade else order.installations:
        if order_charges.is_special_option(eq.element) and not option_nrc:
            continue
        clause = moved if half != 1 else nrc_clause or terms.document.rates[eq.element].clause
        lines.append(_line(terms, eq.element, eq.quantity, order.date, clause if share == 1 else "2.3.12(A)", order.id,
                           half * share))
    return lines


def _cancellation_line(order: Order, terms: Terms) -> BillLine:
    """5.5.3 / 5.5.4: the charge for cancelling (part of) an order, against its 5.5.2 minimum charges."""
    assert order.cancelled_on is not None
    months = max((terms.document.rates[eq.element].minimum_months or 1 for eq in order.monthly_elements), default=1)
    minimum = sum((_monthly(terms, eq, order.cancelled_on) * months for eq in order.monthly_elements), Decimal(0))
    minimum += sum((_monthly(terms, eq, order.cancelled_on) for eq in order.installations), Decimal(0))
    charge, clause = cancellation.cancellation_charge(
        cancelled_on=order.cancelled_on, is_discontinuance=order.kind == "disconnect",
        installation_started_on=order.installation_started_on, service_date=order.service_date,
        delay_cause=order.delay_cause, costs_incurred=order.costs_incurred, minimum_period_charges=minimum)
    if order.partial_cancellation and clause.startswith("5.5.3(B)"):
        clause = "5.5.4"
    return BillLine(element="cancellation-charge", quantity=Decimal(1), rate=None,
                    amount=to_penny(charge, terms.reading("penny-rounding-ties")), clause=terms.clause_id(clause),
                    ref=order.id, description="cancellation of an access order")


def _labor_lines(case: CatalogCase, terms: Terms) -> list[BillLine]:
    """Section 13 labor per half hour or fraction (13.1 Additional Engineering, 13.2 Additional Labor,
    13.3.1 and 13.3.2 testing), by the schedule's time class (13), none for Additional Engineering
    the customer declines and at most its estimate plus 10% (5.2.5), none for the acceptance tests of
    an installation (7.1.6), at the rates of 17.6.2 and 17.6.3."""
    out = []
    for work in case.labor:
        if work.declined:
            continue   # 5.2.5: Additional Engineering declined - the order is withdrawn, no charges apply
        segments = [(work.time or "basic", work.minutes)] if work.started is None else working_hours.time_segments(
            work.started, work.minutes, work.scheduled_work_period, work.scheduled_work_day,
            terms.reading("labor-time-split"))
        lines = []
        for time, minutes in segments:
            element = labor.labor_element(work.kind, time, work.trouble)
            if element is None:
                continue  # basic-time installation or repair is part of the service's own charges
            units = labor.half_hours(work.kind, minutes, work.call_out) * work.people
            clause = labor.labor_clause(work.kind, work.trouble, work.service_class)
            if units:
                lines.append(_line(terms, element, Decimal(units), work.date, clause, work.id,
                                   description=f"{terms.document.rates[element].title}, {units} half hours"))
        if work.estimate is not None:
            lines = _within_estimate(lines, work.estimate, terms)
        out.extend(lines)
    return out


def _within_estimate(lines: list[BillLine], estimate: Decimal, terms: Terms) -> list[BillLine]:
    """5.2.5: the total Additional Engineering charge may not exceed the estimate by more than 10%."""
    ceiling = to_penny(ordering.estimate_ceiling(estimate), terms.reading("penny-rounding-ties"))
    charged = total(line.amount for line in lines)
    if charged <= ceiling:
        return lines
    return [BillLine(element="additional_engineering.within_estimate", quantity=Decimal(1), rate=None, amount=ceiling,
                     clause=terms.clause_id("5.2.5"), ref=lines[0].ref,
                     description=f"Additional Engineering of {charged}, not above the estimate of {estimate} plus 10%")]


def _miscellaneous_lines(case: CatalogCase, terms: Terms) -> list[BillLine]:
    """Section 13 services with a filed price: PIC changes, TSP requests, Additional Automatic Tests."""
    # each charge with the date of its own record (ids may repeat across the three lists)
    pic_dates = {c.id: c.date for c in case.pic_changes}
    charges = [*((pic_dates[c.ref], c) for c in miscellaneous_services.pic_change_charges(
                   case.pic_changes, terms.reading("pic-four-month-window"))),
               *((r.date, c) for r in case.tsp_requests for c in miscellaneous_services.tsp_charges(r)),
               *((t.date, c) for t in case.automatic_tests
                 for c in filter(None, [miscellaneous_services.automatic_test_charge(t)]))]
    return [_line(terms, c.element, Decimal(c.quantity), on, c.clause, c.ref) for on, c in charges]


def _pvu_adjustment_credits(case: CatalogCase, terms: Terms) -> list[Credit]:
    """2.3.13(F)(4)(d): contested minutes the audited PVU moves to VoIP, credited at the Carrier
    Common Line and Local Switching rates they were billed at (see reference.pvu_audit)."""
    out = []
    for office in case.end_offices:
        audit = office.pvu_audit
        if audit is None or not audit.contested:
            continue
        amount = Decimal(0)
        for usage in {(u.feature_group, u.direction) for u in audit.contested}:
            fg, direction = usage
            if not switched_usage.voip_at_interstate_rates(direction, case.bill_date,
                                                           terms.reading("voip-originating-intrastate")):
                continue   # 2.3.13(A): VoIP of this direction stays at intrastate rates - nothing to adjust
            minutes = pvu_audit.contested_adjustment_minutes(audit, getattr(office, f"pvu_{direction}"), direction, fg)
            switching = "local_switching_1" if fg in ("A", "B") else "local_switching_2"
            rates = sum((terms.rate(f"{element}.{direction}", case.bill_date)[0]
                         for element in ("carrier_common_line", switching)), Decimal(0))
            amount += minutes * rates
        if amount:
            out.append(Credit(ref=f"pvu-audit-{office.end_office}", service=office.end_office, periods=0,
                              amount=to_penny(amount, terms.reading("penny-rounding-ties")),
                              clause=terms.clause_id("2.3.13(F)(4)(d)")))
    return out


def _surcharge_credits(case: CatalogCase, terms: Terms) -> list[Credit]:
    """7.3.4(D): the surcharge of the days between the certified change and its receipt (at most 90)."""
    out = []
    same_bill = terms.reading("report-on-bill-date") == "same-bill"
    for surcharge in case.surcharges:
        days = special_access.credit_days(surcharge)
        if days and case.surcharge_rate is not None and special_access.certification_in_hand(
                surcharge, case.bill_date, same_bill):
            amount = case.surcharge_rate * special_access.billed_units(surcharge) * days / proration.MONTH_DAYS
            out.append(Credit(ref=f"surcharge-{surcharge.service}", service=surcharge.service, periods=days,
                              amount=to_penny(amount, terms.reading("penny-rounding-ties")),
                              clause=terms.clause_id("7.3.4(D)")))
    return out


def _credits(case: CatalogCase, terms: Terms) -> list[Credit]:
    """2.4.4: each interruption's credit, then the $1 floor per common cause, then the monthly caps."""
    services = {s.id: s for s in case.services}
    ties = terms.reading("penny-rounding-ties")
    raw: list[tuple[Interruption, int, Decimal, str]] = []
    for event in case.interruptions:
        service = services[event.service]
        on = event.reported.date()
        if event.kind == "interruption" and event.cause in credit_allowance.NO_CREDIT_CAUSES:
            raw.append((event, 0, Decimal(0), credit_allowance.NO_CREDIT_CAUSES[event.cause]))
            continue
        degraded = event.error_free_seconds is not None
        if degraded and not credit_allowance.below_specification(event.error_free_seconds, service.technical_package,
                                                                 service.via_hub):
            raw.append((event, 0, Decimal(0), "2.4.4(B)"))   # usable and within its specification: no interruption
            continue
        if service.kind == "switched-usage":
            base = service.monthly_charge or Decimal(0)
        else:
            # the credit base is what this catalog bills for the elements: their intrastate share
            # (2.3.12(A)) and, for a mixed-use facility, the share 7.2.7 rates (issue 19)
            chosen = arrangement.failed_portion(service, event) if event.failed_legs else [
                eq for eq in service.elements if event.elements is None or eq.element in event.elements]
            base = sum((_monthly(terms, eq, on) for eq in chosen), Decimal(0)) * intrastate_share(
                service.percent_interstate) * mixed_use_share(service)
        duration = credit_allowance.creditable_duration(event.reported, event.restored, _no_credit_windows(event, terms))
        computed = credit_allowance.interruption_credit(event.kind, service.kind, duration, base)
        raw.append((event, computed.periods, to_penny(computed.amount, ties), "2.4.4(B)" if degraded else computed.clause))

    groups: dict[str, Decimal] = defaultdict(Decimal)
    for event, _, amount, _ in raw:
        if event.kind == "interruption":
            groups[event.common_cause or event.id] += amount
    used: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    out = []
    for event, periods, amount, clause in raw:
        if event.kind == "interruption" and amount and groups[event.common_cause or event.id] < credit_allowance.ONE_DOLLAR:
            amount, clause = Decimal(0), "2.4.4(C)(7)"
        service = services[event.service]
        # the cap is the monthly charge as billed: in pennies, like the credits held against it
        cap = to_penny(_service_monthly(terms, service, event.reported.date()), ties)
        key = (event.service, event.kind)
        if amount and used[key] + amount > cap:
            amount, clause = max(Decimal(0), cap - used[key]), ("2.4.4(E)" if event.kind == "surrender" else "2.4.4(B)(3)")
        used[key] += amount
        out.append(Credit(ref=event.id, service=event.service, periods=periods, amount=amount,
                          clause=terms.clause_id(clause)))
    return out


def _no_credit_windows(event: Interruption, terms: Terms) -> list[credit_allowance.Window]:
    """(C)(3) access denied, (C)(4) negotiated releases, (C)(5) unauthorized replacement."""
    windows = [(dt.datetime.combine(p.start, dt.time()), dt.datetime.combine(p.end + dt.timedelta(days=1), dt.time()))
               for p in event.access_denied]
    windows.extend(event.released)
    if event.replacement_notice_received and event.replacement_authorization_received:
        windows.append(credit_allowance.special_construction_window(
            event.replacement_notice_received, event.replacement_authorization_received,
            terms.reading("special-construction-window")))
    return windows


def _rate_readings(terms: Terms) -> dict[str, str]:
    r = terms.readings
    return {"day_count": r["late-factor-day-count"], "compounding": r["late-factor-compounding"],
            "ties": r["penny-rounding-ties"]}


def _penalties_and_refunds(case: CatalogCase, amount_due: Decimal, pay_date: dt.date,
                           terms: Terms) -> tuple[list[Penalty], list[Refund]]:
    daily = daily_rate(terms.legal_maximum_rate, terms.reading("legal-maximum-rate-basis"))
    readings = _rate_readings(terms)
    withheld = sum((d.amount for d in case.disputes if d.withheld), Decimal(0))
    undisputed = max(Decimal(0), amount_due - withheld)
    penalties = [
        Penalty(kind="late-payment", ref=portion.payment, principal=portion.principal, days=portion.days,
                amount=portion.penalty, clause=terms.clause_id("2.4.1(C)(2)"))
        for portion in settlement.late_portions(undisputed, case.payments, pay_date,
                                                    late_payment.catalog_penalty(pay_date, daily, **readings))
    ]
    paid_in_time = sum((p.amount for p in case.payments if settlement.effective_receipt(p) <= pay_date), Decimal(0))
    refunds = []
    for dispute in case.disputes:
        if dispute.resolved_for == "telephone-company" and dispute.withheld and dispute.paid_on:
            start = disputes.withheld_penalty_start(pay_date, dispute.filed, paid_in_time >= undisputed)
            days, amount = disputes.interest(dispute.amount, start, dispute.paid_on, daily, **readings)
            penalties.append(Penalty(kind="dispute", ref=dispute.id, principal=dispute.amount, days=days,
                                     amount=amount, clause=terms.clause_id("2.4.1(D)")))
        elif dispute.resolved_for == "customer" and not dispute.withheld and dispute.refunded_on:
            overpaid_on = max((p.date for p in case.payments), default=pay_date)
            start = disputes.refund_interest_start(pay_date, dispute.filed, overpaid_on)
            days, amount = disputes.interest(dispute.amount, start, dispute.refunded_on, daily, **readings)
            refunds.append(Refund(ref=dispute.id, amount=dispute.amount, interest=amount, days=days,
                                  clause=terms.clause_id("2.4.1(E)")))
    return penalties, refunds


def _deposits(case: CatalogCase, terms: Terms) -> list[DepositStatement]:
    daily = daily_rate(terms.legal_maximum_rate, terms.reading("legal-maximum-rate-basis"))
    out = []
    for deposit in case.deposits:
        interest = Decimal("0.00")
        if deposit.returned_on is not None:
            _, interest = disputes.interest(deposit.amount, deposit.received, deposit.returned_on, daily,
                                            **_rate_readings(terms))
        out.append(DepositStatement(
            ref=deposit.id, permitted=deposits.deposit_permitted(case.account),
            maximum=to_penny(deposits.deposit_maximum(deposit.monthly_charges), terms.reading("penny-rounding-ties")),
            interest=interest, refund_due=deposits.refund_due(case.account), clause=terms.clause_id("2.4.1(A)")))
    return out
