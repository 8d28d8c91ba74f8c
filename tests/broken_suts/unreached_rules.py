"""Billing systems each wrong where no scenario looked and no generator reached (issue 19): a vendor's
QA lead found each missed by the certification. Each runs in a process of its own, the reference with
that one rule replaced, speaking the protocol on stdin/stdout.
Run: python -m tests.broken_suts.unreached_rules MODE

  extension-without-proof         extends the payment date of a delayed bill on request alone, without
                                  the proof of late receipt 2.4.1(C)(1) requires
  deposit-interest-to-bill-date   accrues a cash deposit's interest to the bill date, not to the day
                                  the deposit is credited or refunded (2.4.1(A))
  credit-on-full-rate             credits a partly interstate flat-rated Switched service on its full
                                  monthly rate, not on the intrastate share this catalog bills
                                  (2.4.4(B)(1), 2.3.12(A))
  commercial-awaits-approval      holds a signed Commercial Agreement to commission approval like an
                                  Interconnection Agreement: pending approval, without an Early Ordering
                                  Letter, the CLEC may not order (GS-READY: a Commercial Agreement
                                  suffices). The property reached it in about 1 case in 128.

tests/test_broken_suts.py certifies each and shows the check that names its clause fails.
"""

from __future__ import annotations

import ratecert.oracle as reference_sut
import ratecert_reference.access_catalog_3.billing as catalog_billing
import ratecert_reference.clec_onboarding.onboarding as onboarding
from ratecert.oracle import ReferenceSut
from tests.broken_suts import broken_name, serve_broken


def _extension_without_proof() -> None:
    original = catalog_billing._payment_date

    def payment_date(case, terms):  # type: ignore[no-untyped-def]
        receipt = case.bill_receipt
        if receipt is not None and receipt.extension_requested:
            case = case.model_copy(update={"bill_receipt": receipt.model_copy(update={"proof_of_late_receipt": True})})
        return original(case, terms)
    catalog_billing._payment_date = payment_date


def _deposit_interest_to_bill_date() -> None:
    original = catalog_billing._deposits

    def deposits(case, terms):  # type: ignore[no-untyped-def]
        to_bill_date = tuple(d.model_copy(update={"returned_on": case.bill_date}) if d.returned_on else d
                             for d in case.deposits)
        return original(case.model_copy(update={"deposits": to_bill_date}), terms)
    catalog_billing._deposits = deposits


def _credit_on_full_rate() -> None:
    original = reference_sut.render

    def render(case, terms, renderer=None):  # type: ignore[no-untyped-def]
        billed = original(case, terms, renderer)
        if case.document != "access-catalog-3":
            return billed
        whole = tuple(s.model_copy(update={"percent_interstate": None}) for s in case.services)
        credits = original(case.model_copy(update={"services": whole}), terms, renderer).credits
        return billed.model_copy(update={"credits": credits})
    reference_sut.render = render


def _commercial_awaits_approval() -> None:
    original = onboarding._may_order

    def may_order(facts, readings):  # type: ignore[no-untyped-def]
        if facts.agreement == "commercial":
            facts = facts.model_copy(update={"agreement": "negotiated"})
        return original(facts, readings)
    onboarding._may_order = may_order


MODES = {"extension-without-proof": _extension_without_proof,
         "deposit-interest-to-bill-date": _deposit_interest_to_bill_date,
         "credit-on-full-rate": _credit_on_full_rate,
         "commercial-awaits-approval": _commercial_awaits_approval}


class Sut(ReferenceSut):
    name = broken_name()


if __name__ == "__main__":
    serve_broken(MODES, f"{__name__}:Sut")
