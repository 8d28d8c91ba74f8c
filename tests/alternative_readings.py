"""The reference, declaring the non-default reading of several interpretations in its PIXIT: the
proof that the reference supports each option and that checks assuming another reading are n/a."""

from __future__ import annotations

from ratecert.protocol import PIXIT
from reference.sut import ReferenceSut

READINGS = {
    "next-bill-date-short-month": "overflow",
    "legal-holiday-labor-day": "with-labor-day",
    "legal-holiday-weekend": "as-dated",
    "late-factor-compounding": "simple",
    "penny-rounding-ties": "half-even",
    "blank-pages-5-19-5-22": "not-billable",
    "proration-day-count": "both-inclusive",
}


class Sut(ReferenceSut):
    name = "reference with alternative readings"
    pixit = PIXIT(readings=READINGS)
