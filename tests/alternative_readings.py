"""The reference, declaring the non-default reading of several interpretations in its PIXIT: the
proof that the reference supports each option and that checks assuming another reading are n/a."""

from __future__ import annotations

from ratecert.protocol import PIXIT
from ratecert.oracle import ReferenceSut
from tests import declaring_sut

READINGS = {
    "next-bill-date-short-month": "overflow",
    "legal-holiday-labor-day": "with-labor-day",
    "legal-holiday-weekend": "as-dated",
    "late-factor-compounding": "simple",
    "penny-rounding-ties": "half-even",
    "blank-pages-5-19-5-22": "not-billable",
    "proration-day-count": "both-inclusive",
    "pic-four-month-window": "before-same-date",
    "mixed-use-ordering-charges": "elements-only",
    "wsc-billed-elements": "with-common-line",
    "fg-upgrade-order-charge": "waived",
    "option-nrc-later": "aoc-only",
    "non-premium-common-line": "premium-only",
    "tst-without-tandem": "with-multiplexing",
    "transition-fgd-cap": "area-premium",
    "developed-interstate-basis": "known-only",
    "derived-terminating-usage": "not-derivable",
    "dedicated-trunk-port-rate-sets": "both-at-end-office",
    "access-minute-rounding": "by-section",
    "voip-originating-intrastate": "intrastate",
    "assumed-minutes-jurisdiction": "intrastate-for-common-line",
    "usage-after-bill-day": "rejected",
    "labor-time-split": "by-start",
    "refusal-notice-clock": "received",
    "request-year": "calendar",
    "ct-mileage-miles": "whole-miles",
    "db800-query-basis": "launched",
}


class Sut(ReferenceSut):
    name = "reference with alternative readings"
    pixit = PIXIT(readings=READINGS)


class IcaFirst(ReferenceSut):
    """Non-default readings of the ICA, first set (one option per interpretation at a time)."""

    name = "reference with alternative ICA readings (1)"
    pixit = PIXIT(readings={"ica-audit-credit-cycle": "next-invoice", "ica-transfer-straddle": "start-outside",
                            "ica-discontinuance-cure": "concurrent", "ica-late-penalty-basis": "started-months",
                            "ica-cpn-threshold": "below-threshold"})


class IcaSecond(ReferenceSut):
    name = "reference with alternative ICA readings (2)"
    pixit = PIXIT(readings={"ica-audit-interest-basis": "started-months", "ica-late-penalty-basis": "compounded-daily",
                            "ica-legal-holiday": "catalog-list", "ica-late-due-date-change": "work-only"},
                  declared_amounts=declaring_sut.Sut.pixit.declared_amounts)


class IcaThird(ReferenceSut):
    name = "reference with alternative ICA readings (3)"
    pixit = PIXIT(readings={"ica-audit-interest-basis": "whole-months", "ica-audit-year": "concluded",
                            "ica-deposit-interest": "compound-annually"})


class IcaFourth(ReferenceSut):
    name = "reference with alternative ICA readings (4)"
    pixit = PIXIT(readings={"ica-audit-interest-start": "results-agreed", "ica-delay-and-shift": "shift-then-extend"})


class DcPowerLiteral(ReferenceSut):
    name = "reference with the literal reading of the missed appointment and a same-day cancellation"
    pixit = PIXIT(readings={"dcp-missed-appointment": "either", "dcp-cancel-payment-day": "cancellable"})


class OnboardingApproved(ReferenceSut):
    name = "reference reading an Interconnection Agreement in place only once approved"
    pixit = PIXIT(readings={"clec-step5-in-place": "approved"})


class SaturdayClosed(ReferenceSut):
    """Reads Example Tariff No. 1's Saturday as closed (examples/example_pack must be installed)."""

    name = "reference reading example-saturday as closed"
    pixit = PIXIT(readings={"example-saturday": "closed"})
