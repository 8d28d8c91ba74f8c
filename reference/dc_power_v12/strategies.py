"""Hypothesis strategies for DC power cases: a collocation's month of April 2025, with feeds on both
sides of the 20 amp minimum, the 60 amp line and the 125% fuse, readings of every kind (a fifth in
a year now and then), a reserved feed, and reduction or restoration applications paid on both sides
of the 30-day quote, with appointments kept, missed, and notified on both sides of 48 hours.

Rates are the ICA's, carried by the case; the overview prints none.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert.strategies import BuiltOnce
from ratecert_reference.dc_power_v12.records import DcPowerCase

st = BuiltOnce()   # hypothesis.strategies, each built once: the composites below build theirs in every draw

DCP = "dc-power-v12"
PERIOD = {"start": "2025-04-01", "end": "2025-04-30"}
RATES = {"capacity": "10.35", "usage_60_or_less": "8.12", "usage_over_60": "9.47", "single": "14.99"}
# WA and UT bill capacity and usage; OR, ND and SD one charge; CO, MN, AZ and IA self-certify
STATES = ["WA", "UT", "OR", "ND", "SD", "CO", "MN", "AZ", "IA"]
READINGS_FROM = dt.date(2024, 6, 1)   # readings of ten months: the four a year, by calendar or rolling year


def _day(draw: st.DrawFn, first: dt.date, days: int) -> dt.date:
    return first + dt.timedelta(days=draw(st.integers(0, days)))


@st.composite
def _reading(draw: st.DrawFn, kinds: tuple[str, ...]) -> dict:
    taken = _day(draw, READINGS_FROM, 333)
    reading = {"taken": taken.isoformat(), "amps": str(Decimal(draw(st.integers(0, 1500))) / 10),
               "kind": draw(st.sampled_from(kinds))}
    if reading["kind"] == "requested":
        reading["requested_on"] = (taken - dt.timedelta(days=draw(st.integers(0, 40)))).isoformat()
    elif reading["kind"] == "self-certified" and draw(st.integers(0, 4)):
        reading["due"] = (taken - dt.timedelta(days=draw(st.integers(-10, 30)))).isoformat()
    return reading


@st.composite
def _application(draw: st.DrawFn, number: int, feeds: list[dict]) -> dict:
    """A reduction or restoration of some feeds, paid in full within, on or after the 30 days of its
    quote (or never), a restoration completed in or before April, an appointment now and then; a
    restoration mostly with the spare amps at the power source when it was validated, a cent under,
    at or over the amps asked, or none to speak of (RESTWR: what a reserved feed is restored from)."""
    accepted = _day(draw, dt.date(2025, 2, 15), 60)
    quoted = accepted + dt.timedelta(days=draw(st.integers(0, 5)))
    kind = draw(st.sampled_from(["reduction", "restoration"]))
    named = draw(st.lists(st.sampled_from([f["id"] for f in feeds]), min_size=1, unique=True))
    application = {"id": f"application-{number}", "kind": kind, "feeds": named,
                   "new_amps": str(draw(st.sampled_from([0, 20, 30, 40, 60]))), "accepted": accepted.isoformat(),
                   "quote_received": quoted.isoformat()}
    paid = draw(st.one_of(st.none(), st.sampled_from([29, 30, 31]), st.integers(0, 45)))
    if paid is not None:
        application["paid_in_full"] = (quoted + dt.timedelta(days=paid)).isoformat()
    if kind == "restoration" and draw(st.booleans()):
        application["completed"] = _day(draw, dt.date(2025, 3, 20), 40).isoformat()
    if kind == "restoration" and draw(st.integers(0, 3)):
        spare = Decimal(application["new_amps"]) + draw(st.sampled_from([Decimal("-0.01"), Decimal(0), Decimal("0.01")]))
        application["spare_amps"] = str(draw(st.sampled_from([max(spare, Decimal(0)), Decimal(0)])))
    if draw(st.booleans()):
        scheduled = dt.datetime.combine(_day(draw, dt.date(2025, 4, 1), 29), dt.time(9))
        appointment: dict = {"scheduled": scheduled.isoformat(), "kept": draw(st.booleans())}
        if draw(st.booleans()):
            before = draw(st.sampled_from([47 * 60, 48 * 60, 48 * 60 + 1]) | st.integers(0, 96 * 60))
            appointment["notified"] = (scheduled - dt.timedelta(minutes=before)).isoformat()
        application["appointment"] = appointment
    return application


@st.composite
def collocation_cases(draw: st.DrawFn, max_amps: int = 120, everything: bool = False) -> DcPowerCase:
    """A collocation of one to three feeds (the first primary), at most `max_amps` in all, with
    semi-annual readings, in a state that bills capacity and usage, one charge, or self-certifies.
    With `everything` (the capabilities power-orders, self-certification and reduction-restoration):
    also fuses around 125%, now and then a second primary or a feed under 20 amps, requested and
    self-certified readings, a reserved secondary feed, and reduction and restoration applications."""
    n = draw(st.integers(min_value=1, max_value=3))
    share = max(max_amps // n, 20)
    feeds = []
    for i in range(n):
        amps = draw(st.sampled_from([20, min(30, share), share]) | st.integers(min_value=20, max_value=share))
        feed: dict = {"id": f"feed-{i + 1}", "role": "primary" if i == 0 else "secondary", "amps": str(amps)}
        if everything and draw(st.integers(0, 3)) == 0:
            feed["fuse_amps"] = str(amps * Decimal("1.25") + draw(st.sampled_from([-1, 0, 1, 5])))
        feeds.append(feed)
    kinds = ("semi-annual", "requested", "self-certified") if everything else ("semi-annual",)
    collocation: dict = {
        "state": draw(st.sampled_from(STATES if everything else ["WA", "UT", "OR", "CO", "AZ"])), "feeds": feeds,
        "rates": dict(RATES), "measurement_opted_in": draw(st.booleans()),
        "readings": draw(st.lists(_reading(kinds), max_size=5 if everything else 3, unique_by=lambda r: r["taken"]))}
    if everything:
        _everything(draw, collocation)
    return DcPowerCase.model_validate({"document": DCP, "id": "collocation", "bill_date": "2025-04-01",
                                       "period": PERIOD, "collocation": collocation})


def _everything(draw: st.DrawFn, collocation: dict) -> None:
    """The facts of orders, self-certification, reservations and applications."""
    feeds = collocation["feeds"]
    n = len(feeds)
    if draw(st.integers(0, 9)) == 0:   # a feed the overview does not allow: a second primary, or under 20 amps
        if n > 1 and draw(st.booleans()):
            feeds[1]["role"] = "primary"
        else:
            feeds[-1]["amps"] = "15"
    for optional in ("power_maintenance", "quote_preparation"):
        if draw(st.booleans()):
            collocation["rates"][optional] = draw(st.sampled_from(["25.00", "300.00", "12.34"]))
    collocation["measured_power_amendment"] = draw(st.booleans())
    collocation["self_certified_list_complete"] = draw(st.sampled_from([True, True, False]))
    # SC-NEWCOLLO: a collocation added since the last reporting period is billed on the ICA's terms
    collocation["added_between_reports"] = draw(st.integers(0, 3)) == 0
    secondaries = [f["id"] for f in feeds if f["role"] == "secondary"]
    if secondaries and draw(st.booleans()):
        collocation["reserved"] = [{"feed": secondaries[-1], "accepted": _day(draw, dt.date(2024, 10, 1), 180).isoformat(),
                                    "maintenance_months_collected": draw(st.integers(0, 12)),
                                    "exhausted": draw(st.booleans())}]
    collocation["applications"] = [draw(_application(i + 1, feeds)) for i in range(draw(st.integers(0, 2)))]
