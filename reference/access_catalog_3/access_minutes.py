"""Access minutes: measurement by feature group and signaling, accumulation, rounding, the
non-conversation time additive, and assumed minutes for unmeasured FGA and FGB.

6.5.4 (FGA): originating measurement "begins when ... [the] first point of switching receives an
off-hook supervisory signal", terminating at answer; minutes "accumulated over the billing period
for each line or hunt group and then rounded up". 6.6.4 (FGB) and 6.7.4 (FGC): from answer
supervision, "accumulated over the billing period for each end office and then rounded up"; SS7
originating "begins when the SS7 Initial Address Message is sent ... if the ... end office is not
routed through an access tandem, or when the ... end office receives the SS7 Exit Message"; every
measurement ends at the disconnect "whichever is recognized first". 6.8.4 (FGD) lost its opening
to blank page 6-89 (interpretation fgd-originating-mf-start). 3.7.2 says "rounded to the nearest
minute" (interpretation access-minute-rounding). 6.7.4 Steps 1-4: chargeable originating minutes =
measured minutes + (measured messages / completion ratio) x NCTA per attempt, per call category. 17.4.4 with 6.5.4 and
6.6.4: assumed minutes, and the fill of the unmeasured direction up to the two-way total of 3596.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from ratecert_reference.access_catalog_3.records import CallRecord, NctaStudy, UnmeasuredService

TWO_WAY_TOTAL = Decimal(3596)
ASSUMED = {  # 17.4.4: per line (FGA) or trunk (FGB) per month, by direction
    ("A", "originating"): Decimal(1902), ("A", "terminating"): Decimal(1694),
    ("B", "originating"): Decimal(1902), ("B", "terminating"): Decimal(1694),
}
FGB_AS_PRINTED = Decimal(4500)   # 17.4.4(D) "(4500 Originating, 4500 Terminating)", FLAG-01


class UnmeasurableCall(ValueError):
    """A call record the rules cannot measure: the reason names the record."""


def measurement_start(call: CallRecord, fgd_mf_reading: str = "as-fgc") -> dt.datetime | None:
    """The supervision event that starts the chargeable time of `call` (None: never answered)."""
    if call.direction == "terminating":
        return call.answer
    if call.feature_group == "A":
        return call.off_hook
    if call.signaling == "SS7" and call.feature_group in ("C", "D"):
        return call.iam_sent if call.routing == "direct" else call.exit_message
    if call.feature_group == "D" and fgd_mf_reading == "not-measurable":
        raise UnmeasurableCall(f"call {call.id}: the FGD originating MF start event is on blank page 6-89")
    return call.answer


def chargeable_seconds(call: CallRecord, fgd_mf_reading: str = "as-fgc") -> Decimal:
    """Seconds from the start event to the first disconnect recognized."""
    start = measurement_start(call, fgd_mf_reading)
    if start is None:
        return Decimal(0)  # unanswered: no access minutes
    stop = min(t for t in (call.end_user_disconnect, call.customer_disconnect) if t is not None)
    if stop < start:
        raise UnmeasurableCall(f"call {call.id}: the disconnect ({stop}) is before the start of measurement ({start})")
    return exact_seconds(stop - start)


def exact_seconds(delta: dt.timedelta) -> Decimal:
    """A duration in seconds as an exact Decimal (timedelta.total_seconds() is a float)."""
    return Decimal(delta.days * 86400 + delta.seconds) + Decimal(delta.microseconds) / 1_000_000


def accumulation_unit(call: CallRecord) -> str:
    """FGA accumulates per line or hunt group, FGB-FGD per end office."""
    return f"{call.end_office}/{call.line}" if call.feature_group == "A" and call.line else call.end_office


def rounding_rule(reading: str, common_line: bool = False) -> str:
    """How the accumulated minutes an element is billed on are rounded, `up` or `nearest`, under
    interpretation access-minute-rounding. Under by-section each element follows its own section:
    Carrier Common Line minutes "rounded to the nearest minute" (3.7.2), the Section 6 elements'
    "rounded up to the nearest access minute" (6.5.4, 6.6.4, 6.7.4)."""
    if reading == "by-section":
        return "nearest" if common_line else "up"
    return reading


def rounded_minutes(seconds: Decimal, reading: str = "up") -> Decimal:
    """Accumulated minutes rounded up (Section 6) or to the nearest minute (3.7.2)."""
    minutes = seconds / 60
    return minutes.to_integral_value(rounding=ROUND_CEILING if reading == "up" else ROUND_HALF_UP)


def ncta_minutes(study: NctaStudy) -> Decimal:
    """6.7.4 Steps 2-3 for one call category: total attempts = messages / completion ratio ("Completion
    ratios (CR) are obtained separately for the major call categories"); NCTA = attempts x NCTA per
    attempt. An office's NCTA is the sum over its categories."""
    return study.measured_messages / study.completion_ratio * study.ncta_per_attempt


def assumed_minutes(service: UnmeasuredService, fgb_reading: str = "1902-1694") -> dict[str, Decimal]:
    """Minutes per direction for all lines or trunks of `service` (17.4.4, 6.5.4, 6.6.4)."""
    def assumed(direction: str) -> Decimal:
        if service.feature_group == "B" and service.directionality == "two-way" and fgb_reading == "4500-4500":
            return FGB_AS_PRINTED
        return ASSUMED[(service.feature_group, direction)]

    per_line: dict[str, Decimal]
    if service.directionality != "two-way":
        direction = "originating" if service.directionality == "originating-only" else "terminating"
        measured = service.measured_direction == direction and service.measured_minutes_per_line is not None
        per_line = {direction: service.measured_minutes_per_line if measured else assumed(direction)}  # type: ignore[dict-item]
    elif service.measured_direction is None:
        per_line = {"originating": assumed("originating"), "terminating": assumed("terminating")}
    else:
        measured = service.measured_minutes_per_line or Decimal(0)
        other = "terminating" if service.measured_direction == "originating" else "originating"
        total = assumed("originating") + assumed("terminating") if fgb_reading == "4500-4500" and \
            service.feature_group == "B" else TWO_WAY_TOTAL
        per_line = {service.measured_direction: measured, other: max(Decimal(0), min(assumed(other), total - measured))}
    return {direction: minutes * service.count for direction, minutes in per_line.items()}
