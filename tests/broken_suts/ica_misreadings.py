"""Billing systems that each misread one rule of the Frontier/Granite ICA the way the reference once
did (issue 20), each in its own process: the reference declaring the damaged amounts (as
tests/declaring_sut does, so the checks that need them run) with that one rule replaced.
Run: python -m tests.broken_suts.ica_misreadings MODE

  no-supplement-within-24-hours   a new due date asked within 24 hours bears no supplemental charge,
                                  although it came after the FOC (6.12)
  une-billed-as-resale            a supplement of the "UlLlUNE" columns billed at the Resale column's
                                  amount (Attachment 4, Supplemental PON charges)

tests/test_broken_suts.py certifies each against the scenarios of its rule and shows the suite
names the clause it gets wrong.
"""

from __future__ import annotations

import reference.ica_orders as ica_orders
from tests.broken_suts import broken_name, serve_broken
from tests.declaring_sut import Sut as DeclaringSut


def _no_supplement_within_24_hours() -> None:
    original = ica_orders.charges
    ica_orders.charges = lambda request, late_change="both": original(request, "work-only")


def _une_billed_as_resale() -> None:
    original = ica_orders.supplement_element

    def element(request, kind):  # type: ignore[no-untyped-def]
        return original(request.model_copy(update={"order_type": "resale"}) if request.order_type == "une" else request,
                        kind)
    ica_orders.supplement_element = element


MODES = {"no-supplement-within-24-hours": _no_supplement_within_24_hours,
         "une-billed-as-resale": _une_billed_as_resale}


class Sut(DeclaringSut):
    name = broken_name()


if __name__ == "__main__":
    serve_broken(MODES, f"{__name__}:Sut")
