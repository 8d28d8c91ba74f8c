"""Billing systems that declare one reading in their PIXIT and bill by another: the alternative
readings declared and the defaults billed, or the reverse. The checks written for the declared
reading must fail them; without such a system, a check that assumes a reading would count without
any wrong system failing it."""

from __future__ import annotations

from ratecert.protocol import PIXIT
from ratecert.oracle import document_terms
from ratecert.oracle import ReferenceSut
from tests import alternative_readings


class BillsByDefaults:
    """Keeps the declared PIXIT (start reports it) but renders every case under the readings
    `billed_readings` - by default none, so every interpretation at its default - with the rest of
    the PIXIT (declared amounts, holidays) as declared."""

    terms: dict
    pixit: PIXIT
    billed_readings: dict[str, str] = {}

    def __init__(self) -> None:
        super().__init__()  # type: ignore[call-arg]
        self.terms = document_terms(self.pixit.model_copy(update={"readings": self.billed_readings}))


class Catalog(BillsByDefaults, alternative_readings.Sut):
    name = "broken: declares the alternative catalog readings, bills by the defaults"


class IcaSecond(BillsByDefaults, alternative_readings.IcaSecond):
    name = "broken: declares the second set of alternative ICA readings, bills by the defaults"


class IcaThird(BillsByDefaults, alternative_readings.IcaThird):
    name = "broken: declares the third set of alternative ICA readings, bills by the defaults"


class IcaShiftsFirst(BillsByDefaults, ReferenceSut):
    name = "broken: declares the default ica-delay-and-shift, bills shift-then-extend"
    billed_readings = {"ica-delay-and-shift": "shift-then-extend"}


class CatalogSecond(BillsByDefaults, alternative_readings.CatalogSecond):
    name = "broken: declares the second set of alternative catalog readings, bills by the defaults"


class IcaFirst(BillsByDefaults, alternative_readings.IcaFirst):
    name = "broken: declares the first set of alternative ICA readings, bills by the defaults"


class IcaFourth(BillsByDefaults, alternative_readings.IcaFourth):
    name = "broken: declares the fourth set of alternative ICA readings, bills by the defaults"


class DcPowerLiteral(BillsByDefaults, alternative_readings.DcPowerLiteral):
    name = "broken: declares the literal DC power readings, bills by the defaults"


class DcPowerPerFeed(BillsByDefaults, alternative_readings.DcPowerPerFeed):
    name = "broken: declares DC power's per-feed 60 amp test and rolling measurement year, bills by the defaults"


class DcPowerWholeMonths(BillsByDefaults, alternative_readings.DcPowerWholeMonths):
    name = "broken: declares DC power's changes billed in whole months, prorates them by days"


class OnboardingApproved(BillsByDefaults, alternative_readings.OnboardingApproved):
    name = "broken: declares an Interconnection Agreement in place only once approved, bills by the default"
