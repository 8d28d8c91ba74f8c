"""Collocation DC power billing under the DC Power Overview V12.0, for one month of service.

The 60 amp line: usage on an order over 60 amps is billed on the ordered amps until measured and,
for a CLEC that opted into measurement, on the measured amps (one amp minimum) from then on;
usage on an order of 60 amps or less is billed on the ordered amps and never adjusted, whatever a
reading says (USE-GT60, USE-MIN1, USE-LE60, MEAS-DEFAULT). North Dakota, Oregon and South Dakota
bill a single charge on the ordered amps (STATES-SINGLE). Self-certification in Arizona, Colorado,
Iowa and Minnesota puts both capacity and usage on the reported amps from the Effective Bill Date
(SC-*). A change dated before the month is carried back as an adjustment on the first bill that
knows of it (MEAS-BACKDATE, RED-BILL); a restoration bills from its completion (REST-BILL).
Orders: a feed of under 20 amps (FEED-MIN20), or fused under 125% of its amps (FUSE-125), is refused,
and of a collocation's readings at most four a year are used (MEAS-MAX4). Rates are the ICA's,
carried by the case; the overview prints none.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal

from ratecert.case import Period
from ratecert_reference.dc_power_v12 import applications
from ratecert_reference.dc_power_v12.records import Collocation, PowerApplication, PowerFeed, PowerReading
from ratecert_reference.months import THIRTY_DAY_MONTH as MONTH_DAYS

SINGLE_CHARGE_STATES = frozenset({"ND", "OR", "SD"})
SELF_CERTIFICATION = {"CO": "all", "MN": "all", "AZ": "over-60", "IA": "over-60"}
LINE = Decimal(60)
FUSE = Decimal("1.25")
FEED_MINIMUM = Decimal(20)
READINGS_PER_YEAR = 4
ROLLING_YEAR_DAYS = 365   # dcp-measurement-year=rolling: a reading this many days after another is in a new year


@dataclass(frozen=True)
class PowerCharge:
    element: str
    amps: Decimal
    rate: Decimal
    share: Decimal         # days of a 30-day month billed, over 30 (1 for a whole month)
    clause: str
    description: str


@dataclass(frozen=True)
class Change:
    """From `effective`, bill `amps` (usage, and capacity too when `capacity`); `known` is when the
    company learns of it - the bill of that month carries any adjustment back to `effective`."""

    effective: dt.date
    known: dt.date
    amps: Decimal
    clause: str
    capacity: bool = False


def feed_problems(collocation: Collocation) -> list[tuple[str, str]]:
    """(feed, reason) for each ordered feed the overview does not allow."""
    out = []
    for feed in collocation.feeds:
        if feed.amps < FEED_MINIMUM:
            out.append((feed.id, f"{feed.amps} amps is under the 20 amp per feed minimum (FEED-MIN20)"))
        elif feed.fuse_amps is not None and feed.fuse_amps < FUSE * feed.amps:
            out.append((feed.id, f"fused at {feed.fuse_amps} amps, under 125% of the {feed.amps} amps requested "
                                 f"({FUSE * feed.amps}) (FUSE-125)"))
    primaries = sum(1 for f in collocation.feeds if f.role == "primary")
    if primaries != 1:
        out.append((collocation.id, f"{primaries} primary feeds; one feed is primary, each other secondary (FEED-ROLES)"))
    return out


def counted_readings(collocation: Collocation, year_basis: str = "calendar-year") -> tuple[list[PowerReading],
                                                                                           list[PowerReading]]:
    """(readings used, readings over the four a year MEAS-MAX4 allows), in date order."""
    used: list[PowerReading] = []
    over: list[PowerReading] = []
    for reading in sorted(collocation.readings, key=lambda r: r.taken):
        if year_basis == "calendar-year":
            same_year = [r for r in used if r.taken.year == reading.taken.year]
        else:
            same_year = [r for r in used if (reading.taken - r.taken).days < ROLLING_YEAR_DAYS]
        (over if len(same_year) >= READINGS_PER_YEAR else used).append(reading)
    return used, over


def _over_line(amps: Decimal) -> bool:
    return amps > LINE


def reading_changes(collocation: Collocation, readings: list[PowerReading], over_60: bool,
                    fractions: str) -> list[Change]:
    """The usage (and, self-certified, capacity) changes the readings make."""
    scope = SELF_CERTIFICATION.get(collocation.state)
    out = []
    for r in readings:
        amps = max(r.amps, Decimal(1))                       # USE-MIN1
        if fractions == "round-up":
            amps = Decimal(math.ceil(amps))
        if r.kind == "self-certified":
            in_scope = scope == "all" or (scope == "over-60" and over_60)
            if scope is None or not collocation.measured_power_amendment or not in_scope \
                    or not collocation.self_certified_list_complete or r.due is None \
                    or collocation.added_between_reports:    # SC-NEWCOLLO: the ICA's terms until reported
                continue
            ebd = r.due.replace(day=1)                        # SC-EBD
            out.append(Change(ebd, r.taken, amps, "SC-EBD", capacity=True))
        elif over_60 and collocation.measurement_opted_in:
            effective = r.requested_on if r.kind == "requested" and r.requested_on else r.taken   # MEAS-BACKDATE
            out.append(Change(effective, r.taken, amps, "MEAS-BACKDATE" if effective < r.taken else "USE-GT60"))
    return out


def application_changes(collocation: Collocation, feeds: dict[str, PowerFeed]) -> tuple[list[Change], list[str]]:
    """Changes of the ordered amps by reductions (from acceptance, once paid in full within 30
    days of the quote) and restorations (from completion); and the applications whose quote expired."""
    out: list[Change] = []
    expired = []
    ordered = {fid: f.amps for fid, f in feeds.items()}
    for app in sorted(collocation.applications, key=lambda a: a.accepted):
        if applications.refusals(collocation, app):
            continue   # refused at its gates: charges() names why
        if not quote_paid(app):
            expired.append(app.id)
            continue
        for fid in app.feeds:
            if fid in ordered:
                ordered[fid] = app.new_amps
        total = sum(ordered.values(), Decimal(0))
        if app.kind == "reduction":
            assert app.paid_in_full is not None
            out.append(Change(app.accepted, app.paid_in_full, total, "RED-BILL", capacity=True))
        elif app.completed is not None:
            out.append(Change(app.completed, app.completed, total, "REST-BILL", capacity=True))
    return out, expired


def quote_paid(app: PowerApplication) -> bool:
    """QUOTE-30D: 100% of the quote paid within thirty calendar days of its receipt."""
    return app.paid_in_full is not None and app.paid_in_full <= app.quote_received + dt.timedelta(days=30)


def minimum_maintenance_charge(app: PowerApplication, reading: str = "missed-without-notice") -> bool:
    """APPT-48H: a CLEC that asked to be present and "do[es] not keep the appointment or do[es] not
    notify CenturyLink 48 hours prior to the scheduled time" pays a minimum one hour maintenance
    charge - read as one failure (missed without 48 hours' notice) or two (dcp-missed-appointment)."""
    appointment = app.appointment
    if appointment is None:
        return False
    timely = appointment.notified is not None and appointment.notified <= appointment.scheduled - dt.timedelta(hours=48)
    if reading == "either":
        return not appointment.kept or not timely
    return not appointment.kept and not timely


def _days_from(day: dt.date, period: Period) -> int:
    """Days of a 30-day month from `day` to the end of the period (daily-30)."""
    return max(0, min(MONTH_DAYS, (period.end - day).days + 1))


def segments(initial: Decimal, changes: list[Change], period: Period, proration: str
             ) -> tuple[list[tuple[Decimal, Decimal, str]], list[tuple[Decimal, Decimal, str]]]:
    """(amps, share of the month, clause) billed this period, and the adjustments for days before
    it of changes first known this period: (amps difference, share, clause)."""
    current, clause = initial, ""
    billed: list[tuple[Decimal, Decimal, str]] = []
    adjustments: list[tuple[Decimal, Decimal, str]] = []
    in_period = []
    for change in sorted(changes, key=lambda c: c.effective):
        if change.effective <= period.start:
            if change.known >= period.start and change.effective < period.start and proration == "daily-30":
                days = (period.start - change.effective).days
                adjustments.append((change.amps - current, Decimal(days) / MONTH_DAYS, change.clause))
            current, clause = change.amps, change.clause
        elif change.effective <= period.end:
            in_period.append(change)
    if proration == "whole-months":
        return [(current, Decimal(1), clause)], []
    remaining = Decimal(MONTH_DAYS)
    for change in in_period:
        after = Decimal(_days_from(change.effective, period))
        billed.append((current, (remaining - after) / MONTH_DAYS, clause))
        remaining = after
        current, clause = change.amps, change.clause
    billed.append((current, remaining / MONTH_DAYS, clause))
    return [b for b in billed if b[1]], adjustments


def charges(collocation: Collocation, period: Period, readings: dict[str, str]) -> tuple[list[PowerCharge],
                                                                                        list[tuple[str, str]]]:
    """The DC power charges of the month, and the (ref, reason) of what could not be billed."""
    problems = feed_problems(collocation)
    bad = {ref for ref, _ in problems}
    feeds = {f.id: f for f in collocation.feeds if f.id not in bad}
    reserved = {r.feed for r in collocation.reserved}
    ordered = sum((f.amps for fid, f in feeds.items() if fid not in reserved), Decimal(0))
    used, over = counted_readings(collocation, readings["dcp-measurement-year"])
    problems += [(f"reading {r.taken}", "a fifth reading in a year: at most four readings per year (MEAS-MAX4)")
                 for r in over]
    problems += [(app.id, f"{reason} ({clause})") for app in collocation.applications
                 for clause, reason in applications.refusals(collocation, app)]
    app_changes, expired = application_changes(collocation, feeds)
    problems += [(a, "quote not paid in full within 30 days of receipt: expired, request cancelled (QUOTE-30D)")
                 for a in expired]
    rates = collocation.rates
    out: list[PowerCharge] = []
    proration = readings["dcp-backdate-proration"]
    if collocation.state in SINGLE_CHARGE_STATES:
        _charge(out, "single", rates.single, ordered, app_changes, period, proration, "STATES-SINGLE",
                "-48 V DC Power Charge on the ordered amps")
    else:
        capacity_changes = app_changes + [c for c in reading_changes(collocation, used, _over_line(ordered),
                                                                       readings["dcp-fractional-amps"]) if c.capacity]
        _charge(out, "capacity", rates.capacity, ordered, capacity_changes, period, proration, "CAP-BASIS",
                "-48 V Capacity Charge")
        out += _usage(collocation, feeds, reserved, used, app_changes, period, readings)
    for reservation in collocation.reserved:
        if not reservation.exhausted and rates.power_maintenance is not None:
            out.append(PowerCharge("power_maintenance", Decimal(1), rates.power_maintenance, Decimal(1), "PMC",
                                   f"Power Maintenance Charge, reserved feed {reservation.feed}"))
    for app in collocation.applications:                     # ONE-QPF: one per application
        if rates.quote_preparation is not None:
            out.append(PowerCharge("quote_preparation", Decimal(1), rates.quote_preparation, Decimal(1), "ONE-QPF",
                                   f"Quote Preparation Fee, application {app.id} ({len(app.feeds)} feeds)"))
    return out, problems


def _usage(collocation: Collocation, feeds: dict[str, PowerFeed], reserved: set[str], used: list[PowerReading],
           app_changes: list[Change], period: Period, readings: dict[str, str]) -> list[PowerCharge]:
    rates = collocation.rates
    active = [f for fid, f in feeds.items() if fid not in reserved]
    if readings["dcp-sixty-amp-test"] == "per-order":
        groups = [active]
    else:
        groups = [[f for f in active if _over_line(f.amps)], [f for f in active if not _over_line(f.amps)]]
    out: list[PowerCharge] = []
    for group in groups:
        amps = sum((f.amps for f in group), Decimal(0))
        if not group:
            continue
        over_60 = _over_line(amps) if readings["dcp-sixty-amp-test"] == "per-order" else _over_line(group[0].amps)
        measured = reading_changes(collocation, used, over_60, readings["dcp-fractional-amps"])
        if not over_60:
            measured = [c for c in measured if c.capacity]    # USE-LE60: never adjusted (self-certification aside)
        rate = rates.usage_over_60 if over_60 else rates.usage_60_or_less
        tier = "over 60 amps" if over_60 else "60 amps or less"
        changes = (app_changes if len(groups) == 1 else []) + measured
        _charge(out, "usage", rate, amps, changes, period, readings["dcp-backdate-proration"],
                "USE-GT60" if over_60 else "USE-LE60", f"-48 V DC Power Usage, order {tier}")
    return out


def _charge(out: list[PowerCharge], element: str, rate: Decimal | None, ordered: Decimal, changes: list[Change],
            period: Period, proration: str, clause: str, description: str) -> None:
    if rate is None:
        return
    billed, adjustments = segments(ordered, changes, period, proration)
    for amps, share, why in billed:
        out.append(PowerCharge(element, amps, rate, share, why or clause,
                               description + ("" if share == 1 else f", {share * MONTH_DAYS} of 30 days")))
    for difference, share, why in adjustments:
        out.append(PowerCharge(f"{element}.adjustment", difference, rate, share, why,
                               f"{description}: adjustment back to the effective date, {share * MONTH_DAYS} days"))
