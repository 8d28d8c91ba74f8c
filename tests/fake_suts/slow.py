#!/usr/bin/env python3
"""A slow billing system: the reference in a process of its own, answering each bill after DELAY
seconds (default 0.5; Tryton takes 0.5 to 3 s a bill), so that the time of a certification of a
slow SUT - and what an example budget saves of it - can be measured (bench/slow_sut.py) and
tested without an ERP.

Usage: python -m tests.fake_suts.slow [DELAY] [DOCUMENT:CAPABILITY ...] - with no claims it claims
what the reference claims (every capability of every pack); with claims, only those (Tryton's are
access-catalog-3:payment-dates access-catalog-3:labor access-catalog-3:late-payment
access-catalog-3:usage-pricing ica-frontier-granite-2006:payment-dates
ica-frontier-granite-2006:late-payment).
"""

from __future__ import annotations

import sys
import time
from typing import Any

from ratecert.oracle import ReferenceSut


class Sut(ReferenceSut):
    delay = 0.5
    claims: dict[str, list[str]] = {}

    def start(self, message: dict[str, Any]) -> dict[str, Any]:
        reply = super().start(message)
        reply["implementation"]["name"] = f"slow reference ({self.delay:g} s a bill)"
        if self.claims:
            reply["ics"] = {"documents": {doc: {"capabilities": caps} for doc, caps in self.claims.items()}}
        return reply

    def bill(self, message: dict[str, Any]) -> dict[str, Any]:
        time.sleep(self.delay)
        return super().bill(message)


def main(argv: list[str]) -> None:
    from ratecert.adapters.in_process import InProcessAdapter
    from ratecert.serve import serve_stdio

    Sut.delay = float(argv[0]) if argv else 0.5
    for claim in argv[1:]:
        document, _, capability = claim.partition(":")
        Sut.claims.setdefault(document, []).append(capability)
    serve_stdio(InProcessAdapter(f"{__name__}:Sut", label="slow"))


if __name__ == "__main__":
    main(sys.argv[1:])
