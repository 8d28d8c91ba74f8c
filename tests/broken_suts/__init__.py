"""Deliberately broken billing systems. Each is the reference with one classic error, so that a
certification that catches it proves the suite can see that error (and only that error).

The systems that replace a rule inside the reference's own modules run in a process of their own
(`cmd:python -m tests.broken_suts.MODULE MODE`), so the patch never reaches the reference that the
certifying process uses as its oracle; `serve_broken` is their entry point."""

from __future__ import annotations

import sys
from collections.abc import Callable


def broken_name() -> str:
    """The SUT's name: the mode it was started in."""
    return "broken: " + (sys.argv[1] if len(sys.argv) > 1 else "?")


def serve_broken(modes: dict[str, Callable[[], None]], sut: str) -> None:
    """Replace the one rule of the mode named on the command line, in this process only, then speak
    the protocol on stdin/stdout as the SUT class `sut` ("module:Class")."""
    from ratecert.adapters.in_process import InProcessAdapter
    from ratecert.serve import serve_stdio

    modes[sys.argv[1]]()
    serve_stdio(InProcessAdapter(sut, label=sys.argv[1]))


# Every broken system the project keeps, by the name the mutation matrix gives it: a class served
# in-process, or a module whose MODES each run in a process of their own. (claims.SelfDeclared and
# claims.UnknownReading are refused before any check runs: they have no column.)
IN_PROCESS = {
    "null": "tests.broken_suts.idle:Null", "constant": "tests.broken_suts.idle:Constant",
    "padded": "tests.broken_suts.padded:Sut", "overbilling": "tests.broken_suts.overbilling:Sut",
    "holiday-ignorant": "tests.broken_suts.holiday_ignorant:Sut",
    "monthly-compounding": "tests.broken_suts.monthly_compounding:Sut",
    "half-period-credit": "tests.broken_suts.half_period_credit:Sut",
    "ica-forward-shift": "tests.broken_suts.ica_forward_shift:Sut",
    "pic-change-always-charged": "tests.broken_suts.pic_change_always_charged:Sut",
    "sixty-amp-adjusted": "tests.broken_suts.sixty_amp_adjusted:Sut",
    "tariff-notice-rules": "tests.broken_suts.tariff_notice_rules:Sut",
    "transit-on-bill-and-keep": "tests.broken_suts.transit_on_bill_and_keep:Sut",
    "two-payment-date-faults": "tests.broken_suts.two_payment_date_faults:Sut",
    "vnxx-as-local": "tests.broken_suts.vnxx_as_local:Sut",
    "readings-not-implemented-catalog": "tests.broken_suts.readings_not_implemented:Catalog",
    "readings-not-implemented-ica-second": "tests.broken_suts.readings_not_implemented:IcaSecond",
    "readings-not-implemented-ica-third": "tests.broken_suts.readings_not_implemented:IcaThird",
    "readings-not-implemented-ica-shifts-first": "tests.broken_suts.readings_not_implemented:IcaShiftsFirst",
    "readings-not-implemented-catalog-second": "tests.broken_suts.readings_not_implemented:CatalogSecond",
    "readings-not-implemented-ica-first": "tests.broken_suts.readings_not_implemented:IcaFirst",
    "readings-not-implemented-ica-fourth": "tests.broken_suts.readings_not_implemented:IcaFourth",
    "readings-not-implemented-dc-power-literal": "tests.broken_suts.readings_not_implemented:DcPowerLiteral",
    "readings-not-implemented-dc-power-per-feed": "tests.broken_suts.readings_not_implemented:DcPowerPerFeed",
    "readings-not-implemented-dc-power-whole-months": "tests.broken_suts.readings_not_implemented:DcPowerWholeMonths",
    "readings-not-implemented-onboarding-approved": "tests.broken_suts.readings_not_implemented:OnboardingApproved",
    "off-by-one-unit": "tests.fake_suts.off_by_one_unit:Sut",
}
IN_PROCESSES = ("rating_errors", "catalog_misreadings", "ica_misreadings", "dc_power_misreadings",
                "onboarding_misreadings", "unreached_rules")


def kept(python: str) -> dict[str, str]:
    """name -> SUT argument of `ratecert certify` for every kept broken system."""
    import importlib

    systems = {name: f"py:{target}" for name, target in IN_PROCESS.items()}
    for module in IN_PROCESSES:
        for mode in importlib.import_module(f"tests.broken_suts.{module}").MODES:
            systems[mode] = f"cmd:{python} -m tests.broken_suts.{module} {mode}"
    return systems
