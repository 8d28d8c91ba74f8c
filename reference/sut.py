"""The reference as a system under test: the protocol wrapped around `render_bill`.

It claims every capability of every document and declares the default reading of every
interpretation; subclasses (the deliberately broken systems in tests/) override one rule each.
"""

from __future__ import annotations

from typing import Any

from ratecert import __version__
from ratecert.bill import Bill
from ratecert.case import Case
from ratecert.protocol import PIXIT
from ratecert.spec.model import NotInForce
from reference.documents import document_terms, render
from reference.terms import Terms

CAPABILITIES = ("payment-dates", "late-payment", "disputes", "deposits", "proration", "minimum-periods",
                "cancellation", "credit-allowances", "re-establishment", "order-charges", "labor",
                "switched-usage", "local-transport", "switched-nonrecurring", "db800", "special-access",
                "miscellaneous-services")
DOCUMENT_CAPABILITIES = {
    "access-catalog-3": CAPABILITIES,
    "ica-frontier-granite-2006": ("payment-dates", "late-payment", "disputes", "deposits", "back-billing",
                                  "compensation", "resale", "nonrecurring", "transfers", "agreement", "audits",
                                  "trunk-forecasting", "trunk-maintenance"),
    "dc-power-v12": ("power-billing", "power-orders", "measurement", "self-certification", "reduction-restoration"),
    "clec-onboarding": ("onboarding",),
}


class ReferenceSut:
    name = "ratecert reference"
    pixit = PIXIT()

    def __init__(self) -> None:
        self.terms: dict[str, Terms] = document_terms(self.pixit)   # an unknown reading fails here, not per case

    def start(self, message: dict[str, Any]) -> dict[str, Any]:
        return {
            "implementation": {"name": self.name, "version": __version__, "vendor": "ratecert", "language": "Python"},
            "ics": {"documents": {doc: {"capabilities": list(caps)} for doc, caps in DOCUMENT_CAPABILITIES.items()}},
            "pixit": self.pixit.model_dump(mode="json"),
        }

    def render(self, case: Case) -> Bill:
        return render(case, self.terms)

    def bill(self, message: dict[str, Any]) -> dict[str, Any]:
        case = Case.model_validate(message["case"])
        try:
            bill = self.render(case)
        except NotInForce as exc:
            # The transcribed catalog has no rate for that date: decline rather than guess.
            return {"seq": message["seq"], "skipped": True, "reason": str(exc)}
        return {"seq": message["seq"], "bills": [bill.model_dump(mode="json")]}

    def stop(self, message: dict[str, Any]) -> dict[str, Any]:
        return {}
