"""Assemble Frontier's monthly statement to Carrier under the ICA: the composition of the ICA rule
modules, as reference/billing.py is the Access Catalog's.

Lines: exchanged traffic (Attachments 1 and 4), resold lines (Attachment 3), nonrecurring charges
of service requests (Attachment 4, 6.12). Then the due date (24.2), penalties on late payments
(24.3.4), on withheld disputes resolved for the Billing Party (24.3.3) and on back billing (A3
3.1.1), the deposit statement (3.1, 3.2), and the decisions the agreement makes (12.1, 24.3.1,
25.1, A1 3.4, 6.12). The dispute record's `resolved_for` reads "telephone-company" as the Billing
Party and "customer" as the Billed Party.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert.bill import Bill, BillLine, Decision, DepositStatement, Penalty, Rejection
from ratecert.case import Case
from reference import ica_billing, ica_compensation, ica_orders, late_payment, resale, trunk_resizing
from reference.rounding import to_penny
from reference.terms import NotDeclared, Terms


def render_ica_bill(case: Case, terms: Terms) -> Bill:
    r = terms.readings
    due = ica_billing.due_date(case.bill_date, next_bill=r["ica-next-bill-short-month"],
                               holidays=r["ica-legal-holiday"], delayed_days=_delay(case),
                               order=r["ica-delay-and-shift"], local=terms.local_holidays)
    lines: list[BillLine] = []
    rejected: list[Rejection] = []
    decisions: list[Decision] = []
    _traffic_lines(case, terms, lines, rejected)
    _resale_lines(case, terms, lines, rejected)
    _request_lines(case, terms, lines, rejected, decisions)
    amount_due = case.amount_due if case.amount_due is not None else sum((ln.amount for ln in lines), Decimal(0))
    penalties = _penalties(case, amount_due, due, terms, decisions)
    decisions += _agreement_decisions(case, terms)
    deposits = [DepositStatement(ref=d.id, permitted=not case.account.established_credit,
                                 maximum=ica_billing.deposit_maximum(d.monthly_charges), interest=Decimal(0),
                                 refund_due=ica_billing.deposit_returned(case.account.prompt_payment_months),
                                 clause=terms.clause_id("3.2")) for d in case.deposits]
    notes = ("deposit interest is at the Commission prescribed deposit rate (3.1), which is not in the sources; "
             "it is not computed",) if deposits else ()
    return Bill(bill_date=case.bill_date, payment_date=due, lines=tuple(lines), penalties=tuple(penalties),
                deposits=tuple(deposits), rejected=tuple(rejected), decisions=tuple(decisions), notes=notes)


def _delay(case: Case) -> int:
    """24.2: days the bill was delayed, when the receiving Party asks for the extension."""
    receipt = case.bill_receipt
    if receipt is None or not receipt.extension_requested:
        return 0
    return max(0, (receipt.received - case.bill_date).days)


def _money(terms: Terms, amount: Decimal) -> Decimal:
    return to_penny(amount) if terms.reading("ica-usage-rounding") == "line-to-penny" else amount


def _traffic_lines(case: Case, terms: Terms, lines: list[BillLine], rejected: list[Rejection]) -> None:
    for charge in ica_compensation.usage_charges(case.traffic, terms.readings):
        if charge.element == "tariffed_access":
            if case.access_rate is None:
                rejected.append(Rejection(ref=charge.traffic, reason=f"{charge.description}: the case gives no "
                                          "access_rate (Frontier's access tariff is not among the sources)"))
                continue
            rate = case.access_rate
        else:
            rate, _, _ = terms.rate(charge.element, case.bill_date)
        lines.append(BillLine(element=charge.element, quantity=charge.minutes, rate=rate,
                              amount=_money(terms, charge.minutes * rate), clause=terms.clause_id(charge.clause),
                              ref=charge.traffic, description=charge.description))


def _resale_lines(case: Case, terms: Terms, lines: list[BillLine], rejected: list[Rejection]) -> None:
    discount, _, _ = terms.rate("resale_discount", case.bill_date)
    for line in case.resale:
        reason = resale.not_for_resale(line)
        if reason is not None:
            rejected.append(Rejection(ref=line.id, reason=reason))
            continue
        for c in resale.charges(line, discount):
            lines.append(BillLine(element=c.element, quantity=Decimal(c.quantity), rate=c.rate,
                                  amount=to_penny(c.rate * c.quantity), clause=terms.clause_id(c.clause),
                                  ref=c.line, description=c.description))


def _request_lines(case: Case, terms: Terms, lines: list[BillLine], rejected: list[Rejection],
                   decisions: list[Decision]) -> None:
    for request in case.service_requests:
        charges, decided = ica_orders.charges(request)
        for c in charges:
            try:
                rate, _, _ = terms.rate(c.element, case.bill_date)
            except NotDeclared as exc:
                rejected.append(Rejection(ref=c.request, reason=str(exc)))
                continue
            lines.append(BillLine(element=c.element, quantity=Decimal(c.quantity), rate=rate,
                                  amount=to_penny(rate * c.quantity), clause=terms.clause_id(c.clause),
                                  ref=c.request, description=c.description))
        decisions += [Decision(ref=request.id, question=q, answer=a, clause=terms.clause_id("6.12"))
                      for q, a in decided.items()]


def _penalties(case: Case, amount_due: Decimal, due: dt.date, terms: Terms,
               decisions: list[Decision]) -> list[Penalty]:
    r = terms.readings
    legal = terms.legal_maximum_rate
    priced = ica_billing.penalty_function(due, legal, basis=r["ica-late-penalty-basis"], day_count=r["ica-penalty-days"])
    withheld = sum((d.amount for d in case.disputes if d.withheld), Decimal(0))
    penalties = [Penalty(kind="late-payment", ref=p.payment, principal=p.principal, days=p.days, amount=p.penalty,
                         clause=terms.clause_id("24.3.4"))
                 for p in late_payment.late_portions(max(Decimal(0), amount_due - withheld), case.payments, due, priced)]
    invoice_received = case.bill_receipt.received if case.bill_receipt else case.bill_date
    for dispute in case.disputes:
        timely = ica_billing.dispute_notice_timely(invoice_received, dispute.filed)
        decisions.append(Decision(ref=dispute.id, question="dispute-notice-timely", answer="yes" if timely else "no",
                                  clause=terms.clause_id("24.3.1")))
        forfeited = not timely and r["ica-late-dispute-notice"] == "not-bona-fide"
        if dispute.withheld and dispute.paid_on and (dispute.resolved_for == "telephone-company" or forfeited):
            days, amount = priced(dispute.amount, dispute.paid_on)
            penalties.append(Penalty(kind="dispute", ref=dispute.id, principal=dispute.amount, days=days, amount=amount,
                                     clause=terms.clause_id("24.3.3")))
    for back in case.back_billing:
        days, amount = ica_billing.back_billing_interest(back.amount, back.back_billed_on, back.paid_on, legal,
                                                         r["ica-backbill-rate"])
        penalties.append(Penalty(kind="back-billing", ref=back.id, principal=back.amount, days=days, amount=amount,
                                 clause=terms.clause_id("A3-3.1.1")))
    return penalties


def _agreement_decisions(case: Case, terms: Terms) -> list[Decision]:
    out = []
    if case.agreement_term is not None:
        term = case.agreement_term
        effective = ica_billing.first_business_day_after(term.approved, terms.reading("ica-legal-holiday"))
        end, renews = ica_billing.term_end(effective, term.as_of, term.notice_given, term.notice_by)
        clause = terms.clause_id("12.1")
        out += [Decision(ref="agreement", question="effective-date", answer=effective.isoformat(), clause=clause),
                Decision(ref="agreement", question="period-ends", answer=end.isoformat(), clause=clause),
                Decision(ref="agreement", question="renews", answer="yes" if renews else "no", clause=clause)]
    for notice in case.breach_notices:
        section = "25.1.1" if notice.kind == "non-payment" else "25.1.4"
        out.append(Decision(ref=notice.id, question="cure-by", clause=terms.clause_id(section),
                            answer=ica_billing.cure_by(notice.kind, notice.sent, notice.received).isoformat()))
    for group in case.trunk_groups:
        allowed = trunk_resizing.resize_allowed(group)
        clause = terms.clause_id("A1-3.4")
        out.append(Decision(ref=group.id, question="resize-allowed", answer="yes" if allowed else "no", clause=clause))
        if allowed:
            out.append(Decision(ref=group.id, question="minimum-trunks", clause=clause,
                                answer=str(trunk_resizing.minimum_trunks(group, terms.reading("ica-resize-spare")))))
    return out
