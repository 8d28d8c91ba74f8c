"""Assemble Frontier's monthly statement to Carrier under the ICA: the composition of the ICA rule
modules, as reference/billing.py is the Access Catalog's.

Lines: exchanged traffic (Attachments 1 and 4), resold lines (Attachment 3), nonrecurring charges
of service requests (Attachment 4, 6.12). Then the due date (24.2), penalties on late payments
(24.3.4), on withheld disputes resolved for the Billing Party (24.3.3) and on back billing
(A3-3.1.1), the deposit statement (3.1, 3.2), audit overpayments credited with interest (7.2, 7.6),
and the decisions the agreement makes (6.3, 6.12, 7.1, 7.4, 12.1, 24.3.1, 25.1, A1-2.8, A1-3.4). The dispute record's `resolved_for` reads "telephone-company" as the Billing
Party and "customer" as the Billed Party.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert.bill import Bill, BillLine, Credit, Decision, DepositStatement, Penalty, Refund, Rejection
from ratecert_reference import settlement
from ratecert_reference.ica_frontier_granite_2006 import (account, audits, billing, compensation, default,
                                                          directory, forecasts, general_terms, insurance, maintenance,
                                                          orders, resale, transfers, trunk_resizing)
from ratecert_reference.ica_frontier_granite_2006.records import IcaCase
from ratecert_reference.rounding import to_penny
from ratecert.terms import NotDeclared, Terms


def render_ica_bill(case: IcaCase, terms: Terms) -> Bill:
    r = terms.readings
    due = billing.due_date(case.bill_date, next_bill=r["ica-next-bill-short-month"],
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
    cures = {n.id: default.cure_by(n.kind, n.sent, n.received) for n in case.breach_notices}
    decisions += _agreement_decisions(case, terms, cures)
    decisions += _transfer_decisions(case, terms)
    decisions += [Decision(ref=d.id, question="maintenance-charge", answer=answer, clause=terms.clause_id(clause))
                  for d in case.maintenance_dispatches
                  for answer, clause in [maintenance.maintenance_charge(d, case.bill_date)]]
    discontinuances, notes = _discontinuances(case, terms, cures)
    audit_decisions, refunds = _audits(case, terms)
    decisions += discontinuances + audit_decisions
    deposits = [DepositStatement(ref=d.id, permitted=not case.account.established_credit,
                                 maximum=billing.deposit_maximum(d.monthly_charges), interest=_deposit_interest(case, d, terms),
                                 refund_due=billing.deposit_returned(case.account.prompt_payment_months),
                                 clause=terms.clause_id("3.2")) for d in case.deposits]
    if deposits and case.deposit_interest_rate is None:
        notes.append("deposit interest is at the Commission prescribed deposit rate (3.1), which is not in the "
                     "sources and the case does not give; it is not computed")
    more_lines, credits, more_decisions = _general_terms(case, terms, rejected)
    lines += more_lines
    decisions += more_decisions
    return Bill(bill_date=case.bill_date, payment_date=due, lines=tuple(lines), penalties=tuple(penalties),
                credits=tuple(credits), deposits=tuple(deposits), refunds=tuple(refunds), rejected=tuple(rejected),
                decisions=tuple(decisions), notes=tuple(notes))


def _deposit_interest(case: IcaCase, deposit, terms: Terms) -> Decimal:  # type: ignore[no-untyped-def]
    """3.1: interest at the Commission's rate (a case input) from receipt to return, or to the bill
    date while the deposit is held; nothing when the case gives no rate."""
    if case.deposit_interest_rate is None:
        return Decimal(0)
    until = deposit.returned_on or case.bill_date
    return to_penny(account.deposit_interest(deposit.amount, deposit.received, until, case.deposit_interest_rate,
                                             terms.reading("ica-deposit-interest")))


def _decision(ref: str, question: str, answer: object, clause: str, terms: Terms) -> Decision:
    text = ("yes" if answer else "no") if isinstance(answer, bool) else \
        answer.isoformat() if isinstance(answer, dt.date) else str(answer)
    return Decision(ref=ref, question=question, answer=text, clause=terms.clause_id(clause))


def _general_terms(case: IcaCase, terms: Terms, rejected: list[Rejection]) -> tuple[list[BillLine], list[Credit],
                                                                                   list[Decision]]:
    """The general terms and attachments that decide an amount, a date or a yes or no: deposits (3.4,
    3.5), account set-up (4), transfers (6.4, 6.6, 6.9), audit costs (7.5), dispute resolution (8),
    force majeure (9), law changes and approval expenses (10.2, 10.4), insurance (13.1), amendments
    and waivers (14, 15), liability (17), assignment (20), proprietary information (26), notices
    (30), forecasts (A1-3.1, A1-3.2), ported calls (A1-1.10), listings (A2-1.1, A2-1.4, A2-1.9),
    fraud (A3-3.8) and Carrier's exit (A3-7.1); liability is 17.1, proprietary information 26.2 and
    26.3."""
    d = lambda ref, question, answer, clause: _decision(ref, question, answer, clause, terms)  # noqa: E731
    holidays = terms.reading("ica-legal-holiday")
    lines: list[BillLine] = []
    credits: list[Credit] = []
    out = [d(a.id, "audit-costs-borne-by", audits.costs_borne_by(a.by), "7.5") for a in case.audits]
    if case.deposits:
        out.append(d("account", "deposit-increase-justified", account.increase_justified(case.deposit_conditions), "3.4"))
    credits += [Credit(ref=ref, service="account", periods=0, amount=amount, clause=terms.clause_id("3.5"))
                for ref, amount in account.applied_on_default(case.deposits, case.terminated_for_default)]
    if case.account_setup is not None:
        out.append(d("account", "may-take-orders", account.may_take_orders(case.account_setup), "4"))
    by_end_user: dict[str, list] = {}
    for letter in case.letters_of_authorization:
        out.append(d(letter.id, "retain-until", transfers.retain_until(letter.signed), "6.4"))
        by_end_user.setdefault(letter.end_user, []).append(letter)
    out += [d(user, "honored-loa", transfers.honored(letters), "6.4") for user, letters in by_end_user.items()]
    out += [d(x.id, "dates-valid", transfers.dates_valid(x.installation, x.disconnection), "6.6")
            for x in case.transfer_dates]
    out += [d(b.id, "bulk-accepted", transfers.bulk_accepted(b.billing_accounts), "6.9") for b in case.bulk_transfers]
    for step in case.dispute_steps:
        out += [d(step.id, "step-in-order", general_terms.step_in_order(step), "8"),
                d(step.id, "costs-borne-by", "each-party", "8")]
    out += [d(f.id, "performance-due", general_terms.performance_due(f.due, f.days_prevented, f.notice_given), "9")
            for f in case.force_majeure]
    for change in case.law_changes:
        start = general_terms.dispute_resolution_from(change.effective, change.amendment_agreed)
        out.append(d(change.id, "dispute-resolution-from", start or "not-needed", "10.2"))
    for expense in case.approval_expenses:
        share = to_penny(general_terms.other_partys_share(expense.amount))
        if expense.paid_by == "frontier":
            lines.append(BillLine(element="approval-expense-share", quantity=Decimal(1), rate=None, amount=share,
                                  clause=terms.clause_id("10.4"), ref=expense.id,
                                  description="half the expenses of Commission approval Frontier paid"))
        else:
            credits.append(Credit(ref=expense.id, service="agreement", periods=0, amount=share,
                                  clause=terms.clause_id("10.4")))
    out += [d(policy.id, "policy-compliant", insurance.compliant(policy), "13.1") for policy in case.insurance]
    out += [d(c.id, "effective", general_terms.change_effective(c), "14" if c.kind == "amendment" else "15")
            for c in case.written_changes]
    out += [d(c.id, "liability-limit", general_terms.liability_limit(c.charges, c.claimed), "17.1")
            for c in case.liability_claims]
    out += [d(a.id, "assignment-valid", general_terms.assignment_valid(a), "20") for a in case.assignments]
    for info in case.disclosures:
        protected = general_terms.proprietary(info, holidays)
        out.append(d(info.id, "proprietary", protected, "26.2"))
        if protected:
            out.append(d(info.id, "protected-until", general_terms.protected_until(info.disclosed), "26.3"))
    out += [d(n.id, "notice-valid", general_terms.notice_valid(n), "30") for n in case.formal_notices]
    for forecast in case.trunk_forecasts:
        out += [d(forecast.id, "forecast-complete", forecasts.forecast_complete(forecast), "A1-3.1"),
                d(forecast.id, "next-forecast-due", forecasts.next_forecast_due(forecast.submitted), "A1-3.1")]
    out += [d(o.id, "order-assured", forecasts.order_assured(o.trunks, o.forecast_trunks), "A1-3.2")
            for o in case.trunk_orders]
    out += [d(c.id, "charge-allowed", general_terms.ported_call_charge_allowed(c.charge, c.frontier_non_queried_charge),
              "A1-1.10")
            for c in case.ported_call_charges]
    for listing in case.listings:
        out += [d(listing.id, "in-directory", directory.in_this_directory(listing.submitted, listing.cut_off), "A2-1.1"),
                d(listing.id, "liability-limit", directory.liability_limit(listing.charges_paid), "A2-1.9")]
        charge = directory.listing_charge(listing.kind)
        if charge is None:
            rejected.append(Rejection(ref=listing.id, reason="the agreement prices only the standard primary listing "
                                                             "(Attachment 2, 1.4)"))
        else:
            lines.append(BillLine(element="directory_listing.standard_primary", quantity=Decimal(1), rate=charge,
                                  amount=charge, clause=terms.clause_id("A2-1.4"), ref=listing.id,
                                  description="standard primary listing, at no charge"))
    out += [d(f.id, "adjustment-allowed", resale.fraud_adjustment_allowed(f.cause), "A3-3.8") for f in case.fraud_claims]
    if case.carrier_exit is not None:
        out.append(d("carrier-exit", "other-arrangements-by",
                     resale.other_arrangements_by(case.carrier_exit.end_user_notice_mailed), "A3-7.1"))
    return lines, credits, out


def _delay(case: IcaCase) -> int:
    """24.2: days the bill was delayed, when the receiving Party asks for the extension."""
    receipt = case.bill_receipt
    if receipt is None or not receipt.extension_requested:
        return 0
    return max(0, (receipt.received - case.bill_date).days)


def _money(terms: Terms, amount: Decimal) -> Decimal:
    """A usage line's amount under reading ica-usage-rounding (A4-1.2, A4-1.3): to the penny, or exact -
    the lines of A1-4.5, A1-5.1, A4-1.3 and A4-1.4."""
    return to_penny(amount) if terms.reading("ica-usage-rounding") == "line-to-penny" else amount


def _traffic_lines(case: IcaCase, terms: Terms, lines: list[BillLine], rejected: list[Rejection]) -> None:
    """The per-minute lines of the traffic (2.18, A1-4.5, A1-5.1, A4-1.2, A4-1.3, A4-1.4): tariffed access
    at the case's access_rate - Frontier's tariff, not among the sources, so traffic priced by it is
    rejected when the case gives none - and the other elements at their rates."""
    for charge in compensation.usage_charges(case.traffic, terms.readings):
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


def _resale_lines(case: IcaCase, terms: Terms, lines: list[BillLine], rejected: list[Rejection]) -> None:
    """Resold lines: rejected when not for resale (A3-3.2, A3-3.6); else the service at the A4-RES-2
    discount (or at retail, A3-3.9) and the Subscriber Line Charge (A3-3.4), each to the penny."""
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


def _request_lines(case: IcaCase, terms: Terms, lines: list[BillLine], rejected: list[Rejection],
                   decisions: list[Decision]) -> None:
    for request in case.service_requests:
        charges, decided = orders.charges(request, terms.reading("ica-late-due-date-change"))
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


def _penalties(case: IcaCase, amount_due: Decimal, due: dt.date, terms: Terms,
               decisions: list[Decision]) -> list[Penalty]:
    r = terms.readings
    legal = terms.legal_maximum_rate
    priced = billing.penalty_function(due, legal, basis=r["ica-late-penalty-basis"], day_count=r["ica-penalty-days"])
    withheld = sum((d.amount for d in case.disputes if d.withheld), Decimal(0))
    penalties = [Penalty(kind="late-payment", ref=p.payment, principal=p.principal, days=p.days, amount=p.penalty,
                         clause=terms.clause_id("24.3.4"))
                 for p in settlement.late_portions(max(Decimal(0), amount_due - withheld), case.payments, due, priced)]
    invoice_received = case.bill_receipt.received if case.bill_receipt else case.bill_date
    for dispute in case.disputes:
        timely = billing.dispute_notice_timely(invoice_received, dispute.filed)
        decisions.append(Decision(ref=dispute.id, question="dispute-notice-timely", answer="yes" if timely else "no",
                                  clause=terms.clause_id("24.3.1")))
        forfeited = not timely and r["ica-late-dispute-notice"] == "not-bona-fide"
        if dispute.withheld and dispute.paid_on and (dispute.resolved_for == "telephone-company" or forfeited):
            days, amount = priced(dispute.amount, dispute.paid_on)
            penalties.append(Penalty(kind="dispute", ref=dispute.id, principal=dispute.amount, days=days, amount=amount,
                                     clause=terms.clause_id("24.3.3")))
    for back in case.back_billing:
        days, amount = billing.back_billing_interest(back.amount, back.back_billed_on, back.paid_on, legal,
                                                         r["ica-backbill-rate"])
        penalties.append(Penalty(kind="back-billing", ref=back.id, principal=back.amount, days=days, amount=amount,
                                 clause=terms.clause_id("A3-3.1.1")))
    return penalties


def _agreement_decisions(case: IcaCase, terms: Terms, cures: dict[str, dt.date]) -> list[Decision]:
    out = []
    if case.agreement_term is not None:
        term = case.agreement_term
        effective = billing.first_business_day_after(term.approved, terms.reading("ica-legal-holiday"))
        end, renews = billing.term_end(effective, term.as_of, term.notice_given, term.notice_by)
        clause = terms.clause_id("12.1")
        out += [Decision(ref="agreement", question="effective-date", answer=effective.isoformat(), clause=clause),
                Decision(ref="agreement", question="period-ends", answer=end.isoformat(), clause=clause),
                Decision(ref="agreement", question="renews", answer="yes" if renews else "no", clause=clause)]
    for notice in case.breach_notices:
        section = "25.1.1" if notice.kind == "non-payment" else "25.1.4"
        out.append(Decision(ref=notice.id, question="cure-by", clause=terms.clause_id(section),
                            answer=cures[notice.id].isoformat()))
    for group in case.trunk_groups:
        allowed = trunk_resizing.resize_allowed(group)
        clause = terms.clause_id("A1-3.4")
        out.append(Decision(ref=group.id, question="resize-allowed", answer="yes" if allowed else "no", clause=clause))
        if allowed:
            out.append(Decision(ref=group.id, question="minimum-trunks", clause=clause,
                                answer=str(trunk_resizing.minimum_trunks(group, terms.reading("ica-resize-spare")))))
    return out


def _transfer_decisions(case: IcaCase, terms: Terms) -> list[Decision]:
    """6.3: may Frontier charge a premium for each coordinated transfer, as scheduled."""
    return [Decision(ref=t.id, question="premium-chargeable", clause=terms.clause_id("6.3"),
                     answer="yes" if orders.premium_chargeable(t, terms.reading("ica-transfer-straddle"),
                                                                   terms.reading("ica-legal-holiday"),
                                                                   terms.local_holidays) else "no")
            for t in case.transfers]


def _discontinuances(case: IcaCase, terms: Terms, cures: dict[str, dt.date]) -> tuple[list[Decision], list[str]]:
    """25.1.1 (3), 25.1.3: is each discontinuance notice good and from when may Frontier act; a
    refused notice's reason goes to the bill's notes. `cures`: each breach notice's cure date."""
    decisions: list[Decision] = []
    notes: list[str] = []
    for notice in case.discontinuance_notices:
        verdict = default.discontinuance(notice, cures.get(notice.cure_notice or ""),
                                             cure=terms.reading("ica-discontinuance-cure"),
                                             clock=terms.reading("ica-notice-clock"))
        clause = terms.clause_id(verdict.clause)
        decisions.append(Decision(ref=notice.id, question="discontinuance-notice-valid",
                                  answer="yes" if verdict.valid else "no", clause=clause))
        if verdict.effective is not None:
            decisions.append(Decision(ref=notice.id, question="may-discontinue-from",
                                      answer=verdict.effective.isoformat(), clause=clause))
        else:
            notes.append(f"discontinuance notice {notice.id}: {verdict.reason} ({verdict.clause})")
    return decisions, notes


def _audits(case: IcaCase, terms: Terms) -> tuple[list[Decision], list[Refund]]:
    """7.1, 7.4: may the audit be held and by when; 7.2: on which invoice its overpayment is
    credited; 7.6: on that invoice - this bill, if it is the one - the overpayment with interest.
    Only Carrier's audits of Frontier come back on Frontier's bill."""
    decisions: list[Decision] = []
    refunds: list[Refund] = []
    for audit in case.audits:
        first = audit.audits_this_year == 0
        decisions += [Decision(ref=audit.id, question="audit-allowed", clause=terms.clause_id("7.1" if first else "7.4"),
                               answer="yes" if audits.audit_allowed(audit, terms.reading("ica-audit-year"))
                               else "no"),
                      Decision(ref=audit.id, question="held-by", clause=terms.clause_id("7.1"),
                               answer=audits.held_by(audit).isoformat())]
        if audit.results_agreed is None:
            continue
        invoice = audits.credit_invoice(audit.results_agreed, case.bill_date.day,
                                            terms.reading("ica-audit-credit-cycle"),
                                            terms.reading("ica-next-bill-short-month"))
        decisions.append(Decision(ref=audit.id, question="credit-on-invoice", answer=invoice.isoformat(),
                                  clause=terms.clause_id("7.2")))
        if audit.by == "carrier" and audit.overpayment and invoice == case.bill_date:
            days, interest = audits.interest(audit, invoice, terms.reading("ica-audit-interest-basis"),
                                                 terms.reading("ica-audit-interest-start"))
            refunds.append(Refund(ref=audit.id, amount=audit.overpayment, interest=interest, days=days,
                                  clause=terms.clause_id("7.6")))
    return decisions, refunds
