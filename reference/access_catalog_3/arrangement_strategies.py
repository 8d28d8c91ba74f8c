"""Hypothesis strategies for cases that state a service's physical arrangement instead of its rate
elements (reference.arrangement): channel ends, multipoint legs, hubs, signaling links, the FGA
off-hook point, the subscriber lines behind a tandem, the hours in service and the queries of the
800 data base. Each draws the facts near the boundaries its rule turns on (three miles, 56.0 Kbps,
the hub's purpose, zero miles, 98.75% and 99.875%)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert.strategies import BuiltOnce
from ratecert_reference.access_catalog_3.records import CatalogCase
from ratecert_reference.access_catalog_3.strategies import rated_dates

st = BuiltOnce()   # hypothesis.strategies, each built once: the composites below build theirs in every draw

SPEEDS = {"digital_data": ["2_4", "4_8", "9_6", "19_2", "56_0", "64_0"], "high_capacity": ["ds1", "ds3"]}
# every channel type, Digital Data and High Capacity at each of their speeds
CHANNELS = [(channel, None) for channel in ("metallic", "telegraph", "voice_grade")] + \
    [(channel, speed) for channel, speeds in SPEEDS.items() for speed in speeds]
LEG_ELEMENTS = ["voice_grade.channel_termination.2w", "voice_grade.channel_mileage_facility",
                "voice_grade.channel_mileage_termination", "high_capacity.channel_termination.ds1",
                "high_capacity.channel_mileage_facility.ds1", "voice_grade.voice_bridging.2w"]
USAGE_RATED = dt.date(2018, 8, 1)   # every usage rate in force: 17-6 (2017-07-01) and 17-4 (2018-07-03) both
usage_months = rated_dates.map(lambda day: max(day, USAGE_RATED).replace(day=1))
vh = st.tuples(st.integers(4000, 9000), st.integers(1000, 9000)).map(list)
loop_miles = st.one_of(st.sampled_from(["0", "3", "3.0001", "3.5", "4", "12.25"]),
                       st.decimals(0, 60, places=2).map(lambda d: format(d, "f")))


def _case(kind: str, draw: st.DrawFn, **fields: object) -> CatalogCase:
    bill_date = draw(rated_dates)
    return CatalogCase.model_validate({"id": f"generated-{kind}", "bill_date": bill_date.isoformat(), **fields})


@st.composite
def termination_cases(draw: st.DrawFn) -> CatalogCase:
    """7.2.1(A), 7.6.3(J): a service of each channel type and speed in every example, each of one to
    four ends: a speed drawn per example was left out by some seeds (hypothesis draws a sampled
    value far from uniformly over sixty examples)."""
    services = []
    for i, (channel, speed) in enumerate(CHANNELS):
        ends = []
        for j in range(draw(st.integers(1, 4))):
            end = {"premises": f"P-{j + 1}", "channel": channel, "collocated": draw(st.booleans()),
                   "effective_wires": draw(st.sampled_from([2, 4])),
                   "interface_wires": draw(st.sampled_from([None, 2, 4]))}
            if speed:
                end["speed"] = speed
            if channel == "high_capacity" and draw(st.booleans()):
                end["loop_miles"] = draw(loop_miles)
            ends.append(end)
        services.append({"id": f"S-{i + 1}", "kind": "special", "terminations": ends})
    return _case("terminations", draw, services=services)


@st.composite
def multipoint_cases(draw: st.DrawFn) -> CatalogCase:
    """2.4.4(B)(1)(b): two to four legs; interruptions of some of them."""
    legs = [{"id": f"L-{i + 1}", "elements": [{"element": e, "quantity": str(draw(st.integers(1, 30)))}
                                              for e in draw(st.lists(st.sampled_from(LEG_ELEMENTS), min_size=1,
                                                                     max_size=3, unique=True))]}
            for i in range(draw(st.integers(2, 4)))]
    start = dt.datetime.combine(draw(rated_dates), dt.time(draw(st.integers(0, 23))))
    events = []
    for i in range(draw(st.integers(1, 3))):
        minutes = draw(st.one_of(st.integers(29, 47), st.integers(60, 60 * 24 * 10)))
        failed = draw(st.lists(st.sampled_from([leg["id"] for leg in legs]), min_size=1, unique=True))
        events.append({"id": f"interruption-{i + 1}", "service": "S-1", "reported": start.isoformat(),
                       "restored": (start + dt.timedelta(minutes=minutes)).isoformat(), "failed_legs": failed})
        start += dt.timedelta(minutes=minutes + 60)
    return CatalogCase.model_validate({"id": "generated-multipoint", "bill_date": start.date().isoformat(),
                                       "services": [{"id": "S-1", "kind": "special", "legs": legs,
                                                     "elements": [{"element": "voice_grade.voice_bridging.2w"}]}],
                                       "interruptions": events})


@st.composite
def hub_cases(draw: st.DrawFn) -> CatalogCase:
    """7.2.5: sections routed through a hub for bridging, multiplexing or test access."""
    sections = [{"id": f"CM-{i + 1}", "service": "S-1", "rate_set": "voice_grade", "from_vh": draw(vh),
                 "to_vh": draw(vh), "hub_vh": draw(vh),
                 "hub_purpose": draw(st.sampled_from(["bridging", "multiplexing", "test-access"]))}
                for i in range(draw(st.integers(1, 3)))]
    return _case("hubs", draw, services=[{"id": "S-1", "kind": "special",
                                          "elements": [{"element": "voice_grade.channel_termination.2w"}]}],
                 channel_mileage=sections)


@st.composite
def signaling_cases(draw: st.DrawFn) -> CatalogCase:
    """6.4.1(C)(5): one or two links, sometimes of zero miles."""
    links = []
    for i in range(draw(st.integers(1, 2))):
        swc = draw(vh)
        links.append({"id": f"SL-{i + 1}", "capacity": draw(st.sampled_from(["ds0", "ds1"])), "swc_vh": swc,
                      "stp_vh": swc if draw(st.booleans()) else draw(vh), "entrance_miles": draw(loop_miles),
                      "stp_terminations": draw(st.integers(0, 2))})
    day = draw(rated_dates)
    return CatalogCase.model_validate({"id": "generated-signaling", "bill_date": max(day, dt.date(2018, 8, 18)).isoformat(),
                                       "signaling_links": links})


@st.composite
def off_hook_cases(draw: st.DrawFn) -> CatalogCase:
    """6.5.4: FGA originating calls, an FGA NCTA study, and the point the off-hook signal is given."""
    month = draw(usage_months)
    calls = []
    at = dt.datetime.combine(month, dt.time(8))
    for i in range(draw(st.integers(1, 5))):
        seconds = draw(st.integers(1, 4000))
        calls.append({"id": f"c{i}", "end_office": "EO-1", "feature_group": "A", "direction": "originating",
                      "line": "HG-1", "off_hook": at.isoformat(),
                      "end_user_disconnect": (at + dt.timedelta(seconds=seconds)).isoformat()})
        at += dt.timedelta(seconds=seconds + 60)
    office = {"end_office": "EO-1", "percent_intrastate": "100",
              "fga_off_hook": draw(st.sampled_from([None, "before-answer", "at-answer"]))}
    study = {"end_office": "EO-1", "feature_group": "A", "measured_messages": str(draw(st.integers(0, 5000))),
             "completion_ratio": draw(st.sampled_from(["0.5", "0.75", "1"])), "ncta_per_attempt": "0.4"}
    bill = (month + dt.timedelta(days=40)).replace(day=1)
    return CatalogCase.model_validate({"id": "generated-off-hook", "bill_date": bill.isoformat(), "calls": calls,
                                       "end_offices": [office], "ncta": [study]})


@st.composite
def tandem_cases(draw: st.DrawFn) -> CatalogCase:
    """6.6.4: FGB minutes measured only at an access tandem, shared by subscriber lines."""
    offices = [f"EO-{i + 1}" for i in range(draw(st.integers(1, 4)))]
    lines = {office: draw(st.integers(0, 50_000)) for office in offices}
    if not sum(lines.values()):
        lines[offices[0]] = 1
    usage = [{"id": f"u{i}", "end_office": "AT-1", "feature_group": "B", "routing": "direct",
              "direction": draw(st.sampled_from(["originating", "terminating"])),
              "minutes": str(draw(st.integers(0, 2_000_000)))} for i in range(draw(st.integers(1, 2)))]
    ends = [{"end_office": office, "percent_intrastate": str(draw(st.integers(0, 100)))} for office in offices]
    return CatalogCase.model_validate({"id": "generated-tandem", "bill_date": draw(usage_months).isoformat(),
                                       "usage": usage, "end_offices": ends,
                                       "tandem_subtending": [{"tandem": "AT-1", "subscriber_lines": lines}]})


@st.composite
def in_service_cases(draw: st.DrawFn) -> CatalogCase:
    """7.7.1, 7.8.1: error-free seconds from the hours in service and the errored seconds."""
    package, via_hub = draw(st.sampled_from([("HC1", False), ("D1", True), ("D1", False), ("HC0", False)]))
    hours = draw(st.sampled_from([24, 720, 744]))
    limit = {"HC1": Decimal("0.0125"), "D1": Decimal("0.00125")}.get(package, Decimal("0.01"))
    boundary = int(hours * 3600 * limit)
    errored = draw(st.one_of(st.sampled_from([boundary - 1, boundary, boundary + 1, 0]),
                             st.integers(0, hours * 3600)))
    start = dt.datetime.combine(draw(rated_dates), dt.time(9))
    element = "high_capacity.channel_termination.ds1" if package.startswith("HC") else "digital_data.channel_termination.9_6"
    return CatalogCase.model_validate({
        "id": "generated-in-service", "bill_date": start.date().isoformat(),
        "services": [{"id": "S-1", "kind": "special", "elements": [{"element": element}], "technical_package": package,
                      "via_hub": via_hub}],
        "interruptions": [{"id": "interruption-1", "service": "S-1", "reported": start.isoformat(),
                           "restored": (start + dt.timedelta(hours=draw(st.integers(1, 72)))).isoformat(),
                           "hours_in_service": str(hours), "errored_seconds": max(0, errored)}]})


@st.composite
def db800_cases(draw: st.DrawFn) -> CatalogCase:
    """6.4.1(C)(6): queries launched, completed and delivered, allocated to an end office."""
    launched = draw(st.integers(0, 100_000))
    completed = draw(st.integers(0, launched))
    delivered = draw(st.integers(0, completed))
    minutes = {f"EO-{i + 1}": str(draw(st.integers(0, 50_000))) for i in range(draw(st.integers(1, 3)))}
    day = draw(rated_dates)
    return CatalogCase.model_validate({
        "id": "generated-db800", "bill_date": max(day, dt.date(2018, 8, 18)).isoformat(),
        "db800": {"launched": launched, "completed": completed, "delivered": delivered, "end_office_minutes": minutes,
                  "bill_end_office": "EO-1"}})
