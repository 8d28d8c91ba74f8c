"""Five classic rating errors, each a billing system in its own process: the reference with one
rule replaced, speaking the protocol on stdin/stdout. Run: python -m tests.broken_suts.rating_errors MODE

  mileage-rounded-down        V&H miles truncated instead of rounded up (6.4.6)
  piu-twice-on-assumed        the intrastate percentage applied again to assumed minutes (2.3.11(C)(2))
  terminating-wrong-column    terminating tandem minutes always at the 3rd Party column (2.4.7(B)(3)(c))
  activation-per-trunk        trunk activation charged per trunk, not per 24 or fraction (6.4.1(B)(1))
  rounded-per-call            access minutes rounded up call by call instead of per month (6.6.4)
  bad-records-dropped         records that break the schema dropped without a word, the rest rated (6.6.4)
  rates-cut-to-four-decimals  rates applied to four decimals, not as printed (2.4.1(G): $0.020969 as $0.0210)
"""

from __future__ import annotations

import math
from decimal import ROUND_CEILING, Decimal

import ratecert_reference.access_catalog_3.access_minutes as access_minutes
import ratecert_reference.access_catalog_3.billing as billing
import ratecert.oracle as reference_sut
import ratecert.terms as terms
import ratecert_reference.mileage as mileage
import ratecert_reference.access_catalog_3.nonrecurring as nonrecurring
import ratecert_reference.access_catalog_3.switched_usage as switched_usage
from ratecert.oracle import ReferenceSut
from tests.broken_suts import broken_name, serve_broken


def _mileage_rounded_down() -> None:
    def truncated(a: tuple[int, int], b: tuple[int, int]) -> int:
        return math.isqrt(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) // 10)
    mileage.airline_miles = truncated


def _piu_twice_on_assumed() -> None:
    original_usage = switched_usage.usage_charges
    original_assumed = switched_usage.assumed_minutes
    shares: dict[str, Decimal] = {}

    def usage_charges(case, readings):  # type: ignore[no-untyped-def]
        shares.clear()
        shares.update({t.end_office: switched_usage.intrastate_share(t) or Decimal(1) for t in case.end_offices})
        return original_usage(case, readings)

    def assumed_minutes(service, reading):  # type: ignore[no-untyped-def]
        share = shares.get(service.end_office, Decimal(1))
        return {d: m * share for d, m in original_assumed(service, reading).items()}

    switched_usage.usage_charges = usage_charges
    billing.switched_usage.usage_charges = usage_charges
    switched_usage.assumed_minutes = assumed_minutes


def _terminating_wrong_column() -> None:
    switched_usage.tandem_column = lambda direction, terms: (
        "originating" if direction == "originating" else "terminating_3rd_party")


def _activation_per_trunk() -> None:
    nonrecurring.groups_of_24 = lambda trunks: trunks


def _rounded_per_call() -> None:
    original = switched_usage.chargeable_seconds

    def per_call(call, reading):  # type: ignore[no-untyped-def]
        minutes = (original(call, reading) / 60).to_integral_value(rounding=ROUND_CEILING)
        return minutes * 60
    switched_usage.chargeable_seconds = per_call
    access_minutes.chargeable_seconds = per_call


def _bad_records_dropped() -> None:
    original = reference_sut.render

    def silent(case, terms):  # type: ignore[no-untyped-def]
        return original(case.model_copy(update={"malformed": ()}), terms)
    reference_sut.render = silent


def _rates_cut_to_four_decimals() -> None:
    original = terms.Terms.rate

    def cut(self, element, on):  # type: ignore[no-untyped-def]
        rate, *cited = original(self, element, on)
        return (rate.quantize(Decimal("0.0001")), *cited)
    terms.Terms.rate = cut


MODES = {"mileage-rounded-down": _mileage_rounded_down, "piu-twice-on-assumed": _piu_twice_on_assumed,
         "terminating-wrong-column": _terminating_wrong_column, "activation-per-trunk": _activation_per_trunk,
         "rounded-per-call": _rounded_per_call, "bad-records-dropped": _bad_records_dropped,
         "rates-cut-to-four-decimals": _rates_cut_to_four_decimals}


class Sut(ReferenceSut):
    name = broken_name()


if __name__ == "__main__":
    serve_broken(MODES, f"{__name__}:Sut")
