"""The reference, declaring the non-default reading of several interpretations in its PIXIT: the
proof that the reference supports each option and that checks assuming another reading are n/a."""

from __future__ import annotations

from ratecert.protocol import PIXIT
from ratecert.oracle import ReferenceSut
from ratecert.spec import load_spec
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


class CatalogSecond(ReferenceSut):
    """The catalog's non-default readings the first set cannot hold at once with its own (it reads
    access minutes by section and the late factor as simple interest; LATE-006 needs both ends of a
    compounded factor), and those it never declared: the second set of the catalog."""

    name = "reference with alternative catalog readings (2)"
    pixit = PIXIT(readings={"fgb-two-way-assumed-split": "4500-4500", "late-factor-day-count": "both-ends",
                            "access-minute-rounding": "nearest", "tsf-unit": "per-minute"})


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


class DcPowerPerFeed(ReferenceSut):
    name = "reference reading the 60 amp test per feed and the measurement year as any twelve months"
    pixit = PIXIT(readings={"dcp-sixty-amp-test": "per-feed", "dcp-measurement-year": "rolling"})


class DcPowerWholeMonths(ReferenceSut):
    name = "reference reading a change of amps in the middle of a month as billed from the first full month after it"
    pixit = PIXIT(readings={"dcp-backdate-proration": "whole-months"})


class OnboardingApproved(ReferenceSut):
    name = "reference reading an Interconnection Agreement in place only once approved"
    pixit = PIXIT(readings={"clec-step5-in-place": "approved"})


class SaturdayClosed(ReferenceSut):
    """Reads Example Tariff No. 1's Saturday as closed (examples/example_pack must be installed)."""

    name = "reference reading example-saturday as closed"
    pixit = PIXIT(readings={"example-saturday": "closed"})


def every_other_option(k: int) -> dict[str, str]:
    """For every interpretation of every document, option k of its non-default options (cycling):
    k = 0 and k = 1 between them choose every option the spec records."""
    readings = {}
    for document in load_spec().documents.values():
        for iid, interpretation in document.interpretations.items():
            others = [o for o in interpretation.options if o != interpretation.default]
            readings[iid] = others[k % len(others)]
    return readings


class EveryOtherOptionA(ReferenceSut):
    """Every interpretation read another way at once, with a legal maximum rate below the catalog's
    daily rate, local holidays and the damaged ICA amounts declared: every check either assumes
    what this system declares and passes, or is n/a. (bench/mutation.py certifies surviving
    mutants under this PIXIT and the next.)"""

    name = "reference reading every interpretation another way (A)"
    pixit = PIXIT(readings=every_other_option(0), legal_maximum_rate="0.10", local_holidays=["2025-12-26", "2026-11-27"],
                  declared_amounts=declaring_sut.Sut.pixit.declared_amounts)


class EveryOtherOptionB(ReferenceSut):
    name = "reference reading every interpretation another way (B)"
    pixit = PIXIT(readings=every_other_option(1), declared_amounts=declaring_sut.Sut.pixit.declared_amounts)
