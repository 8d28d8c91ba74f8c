"""Hypothesis strategies for catalog cases, built from the spec and living beside the case records.

Dates run from 2014 to 2030 with a bias to month ends and holiday seasons; cases that need rates
start on 2017-01-01 and draw only elements in force on their date, so they span the effective dates
of pages 17-6 (2017-07-01), 17-4 (2018-07-03) and 17-5.1 (2018-08-18). Amounts span cents to
millions; services draw their elements from the spec's monthly, billable rate elements.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from ratecert.spec import load_spec
from ratecert.spec.model import ValueKind
from ratecert.strategies import billing_dates, money
from ratecert_reference.access_catalog_3.records import CatalogCase

FIRST = dt.date(2014, 1, 1)
RATED_FROM = dt.date(2017, 1, 1)   # Section 17 pages 17-1 to 17-3 and 17-8 to 17-26 take effect
LAST = dt.date(2030, 12, 31)
EFFECTIVE_DATES = (dt.date(2017, 1, 1), dt.date(2017, 7, 1), dt.date(2018, 7, 3), dt.date(2018, 8, 18))


dates = billing_dates(FIRST, LAST, EFFECTIVE_DATES)
rated_dates = billing_dates(RATED_FROM, LAST, EFFECTIVE_DATES)


def _monthly_elements(on: dt.date) -> list[str]:
    """Monthly, billable elements with a value in force on `on`."""
    doc = load_spec().document("access-catalog-3")
    return sorted(eid for eid, e in doc.rates.items()
                  if "per month" in e.unit and e.values[-1].kind is ValueKind.amount and e.values[0].from_ <= on)


@st.composite
def payment_cases(draw: st.DrawFn) -> CatalogCase:
    """A bill with an amount due and one to three payments around its payment date."""
    bill_date = draw(dates)
    amount = draw(money)
    offsets = draw(st.lists(st.integers(-5, 400), min_size=1, max_size=3))
    parts = [amount / len(offsets)] * len(offsets)
    payments = [{"id": f"payment-{i}", "date": (bill_date + dt.timedelta(days=31 + off)).isoformat(),
                 "amount": format(part.quantize(Decimal("0.01")) or Decimal("0.01"), "f")}
                for i, (off, part) in enumerate(zip(offsets, parts, strict=True))]
    return CatalogCase.model_validate({"id": "generated-payment", "bill_date": bill_date.isoformat(),
                                "amount_due": format(amount, "f"), "payments": payments})


@st.composite
def interruption_cases(draw: st.DrawFn) -> CatalogCase:
    """A service of one to three monthly elements and one to four interruptions or surrenders; a
    Special Access service sometimes of a package with a specified error performance, its
    interruptions then sometimes periods of degraded error performance near the specification
    (2.4.4(B)), and sometimes a mixed-use facility (7.2.7)."""
    start = dt.datetime.combine(draw(rated_dates), dt.time(draw(st.integers(0, 23))))
    elements = draw(st.lists(st.sampled_from(_monthly_elements(start.date())), min_size=1, max_size=3, unique=True))
    kind = draw(st.sampled_from(["special", "switched-flat"]))
    package = draw(st.sampled_from([None, None, "D1", "HC1", "HC0"])) if kind == "special" else None
    events = []
    for i in range(draw(st.integers(1, 4))):
        minutes = draw(st.one_of(st.integers(1, 120), st.integers(120, 60 * 24 * 40),
                                 st.sampled_from([15, 29, 30, 45, 46, 75, 76])))
        events.append({"id": f"interruption-{i + 1}", "service": "S-1",
                       "kind": draw(st.sampled_from(["interruption", "interruption", "surrender"])),
                       "reported": start.isoformat(), "restored": (start + dt.timedelta(minutes=minutes)).isoformat(),
                       "common_cause": draw(st.sampled_from([None, "common"]))})
        if package and draw(st.booleans()):
            events[-1]["error_free_seconds"] = draw(st.sampled_from(["90", "98.74", "98.75", "99.874", "99.875", "100"]))
        start += dt.timedelta(minutes=minutes + draw(st.integers(0, 600)))
    service = {"id": "S-1", "kind": kind,
               "elements": [{"element": e, "quantity": str(draw(st.integers(1, 40)))} for e in elements]}
    if package:
        service.update(technical_package=package, via_hub=draw(st.booleans()))
    if kind == "special" and draw(st.integers(0, 4)) == 0:
        service["mixed_use"] = {"switched_channels": draw(st.integers(0, 24)), "total_channels": 24}
    return CatalogCase.model_validate({"id": "generated-credit", "bill_date": start.date().isoformat(),
                                "services": [service], "interruptions": events})


@st.composite
def labor_cases(draw: st.DrawFn) -> CatalogCase:
    kinds = ["engineering", "installation", "repair", "standby", "testing-with-other-companies", "other"]
    labor = [{"id": f"labor-{i}", "date": draw(rated_dates).isoformat(), "kind": draw(st.sampled_from(kinds)),
              "time": draw(st.sampled_from(["basic", "overtime", "premium"])), "minutes": draw(st.integers(1, 900)),
              "people": draw(st.integers(1, 4)), "call_out": draw(st.booleans())} for i in range(draw(st.integers(1, 3)))]
    return CatalogCase.model_validate({"id": "generated-labor", "bill_date": draw(dates).isoformat(), "labor": labor})


@st.composite
def miscellaneous_cases(draw: st.DrawFn) -> CatalogCase:
    """PIC selections and changes on a few lines around their four free months (13.4(A)(3)), TSP
    requests at each timing (13.3.3(B)) and Additional Automatic Tests (13.3.1(A)(2))."""
    changes = []
    for line in range(draw(st.integers(0, 2))):
        window_start = draw(rated_dates)
        end_user = draw(st.sampled_from(["existing", "new"]))
        for i in range(draw(st.integers(1, 4))):
            changes.append({"id": f"pic-{line}-{i}", "line": f"L-{line}", "end_user": end_user,
                            "window_start": window_start.isoformat(), "initial": i == 0 and draw(st.booleans()),
                            "date": (window_start + dt.timedelta(days=draw(st.integers(0, 200)))).isoformat(),
                            "method": draw(st.sampled_from(["manual", "electronic"])),
                            "simultaneous": draw(st.booleans())})
    tsp = [{"id": f"tsp-{i}", "service": f"S-{i}", "service_class": draw(st.sampled_from(["switched", "special"])),
            "date": draw(rated_dates).isoformat(), "action": draw(st.sampled_from(["provide", "change", "discontinue"])),
            "timing": draw(st.sampled_from(["with-access-order", "after-access-order", "after-installation"]))}
           for i in range(draw(st.integers(0, 2)))]
    tests = []
    for i in range(draw(st.integers(0, 2))):
        test = draw(st.sampled_from(["gain_slope", "c_notched_noise", "loss_1004hz", "c_message_noise", "balance"]))
        tests.append({"id": f"test-{i}", "date": draw(rated_dates).isoformat(), "feature_group": "D", "test": test,
                      "paths": draw(st.integers(1, 48)),
                      "routine": test in ("loss_1004hz", "c_message_noise", "balance") and draw(st.booleans())})
    return CatalogCase.model_validate({"id": "generated-miscellaneous", "bill_date": draw(dates).isoformat(),
                                "pic_changes": changes, "tsp_requests": tsp, "automatic_tests": tests})


any_case = st.one_of(payment_cases(), interruption_cases(), labor_cases())


@st.composite
def call_records(draw: st.DrawFn, end_office: str = "EO-1", month: dt.date | None = None,
                 prefix: str = "call") -> list[dict]:
    """A month of calls at one end office (`month`: the 27 days from that day, else a month drawn):
    every feature group, direction, signaling and routing, durations from a second to hours, some
    unanswered."""
    month = month or draw(st.dates(RATED_FROM, LAST)).replace(day=1)
    # a few kinds of traffic per month, many calls of each, so that accumulation matters
    kinds = draw(st.lists(st.tuples(st.sampled_from("ABCD"), st.sampled_from(["originating", "terminating"]),
                                    st.sampled_from(["MF", "SS7"]), st.sampled_from(["direct", "tandem"])),
                          min_size=1, max_size=3))
    calls = []
    for i in range(draw(st.integers(1, 16))):
        start = dt.datetime.combine(month, dt.time()) + dt.timedelta(seconds=draw(st.integers(0, 27 * 86400)))
        seconds = draw(st.one_of(st.integers(1, 59), st.sampled_from([20, 30, 45, 90]), st.integers(60, 7200)))
        fg, direction, signaling, routing = draw(st.sampled_from(kinds))
        calls.append({
            "id": f"{prefix}-{i}", "end_office": end_office, "feature_group": fg,
            "direction": direction, "signaling": signaling, "routing": routing,
            "line": draw(st.sampled_from(["L-1", "L-2"])) if fg == "A" else None,
            "off_hook": start.isoformat(), "iam_sent": start.isoformat(),
            "exit_message": (start + dt.timedelta(seconds=2)).isoformat(),
            "answer": draw(st.one_of(st.none(), st.just((start + dt.timedelta(seconds=5)).isoformat()))),
            "end_user_disconnect": (start + dt.timedelta(seconds=5 + seconds)).isoformat(),
            "jurisdiction": draw(st.sampled_from([None, None, None, "intrastate", "interstate"])),
            "called_service": draw(st.sampled_from([None, None, None, "closed-end", "directory-assistance"]))
            if direction == "originating" else None,
        })
    return calls


@st.composite
def usage_cases(draw: st.DrawFn) -> CatalogCase:
    """Switched usage at one end office: calls of the month before the bill (in one case in six also
    calls after the bill day, 2.4.1(B)(2)), summarized minutes, unmeasured lines, transport; the
    office sometimes without terminating measurement (terminating FGC/FGD derived, 6.7.4, 6.8.4)."""
    bill_date = draw(st.dates(dt.date(2018, 8, 18), LAST))
    office = {"end_office": "EO-1", "tandem_switched_miles": draw(st.integers(0, 200)),
              "tandem_cloc": draw(st.booleans()), "end_office_cloc": draw(st.booleans()),
              "end_office_in_territory": draw(st.sampled_from([True, True, True, False])),
              "tandem_in_territory": draw(st.booleans()),
              "tst_billing_percentage": str(draw(st.integers(0, 100))), "tst_terminations": draw(st.integers(0, 2)),
              "terminating_measured": draw(st.sampled_from([True, True, False]))}
    key = draw(st.sampled_from(["percent_intrastate", "percent_interstate"]))
    office[key] = str(draw(st.one_of(st.sampled_from([0, 100] if key == "percent_interstate" else [100, 0]),
                                     st.integers(0, 100))))
    usage = [{"id": f"usage-{i}", "end_office": "EO-1", "feature_group": draw(st.sampled_from("ABCD")),
              "direction": draw(st.sampled_from(["originating", "terminating"])),
              "routing": draw(st.sampled_from(["direct", "tandem"])),
              "minutes": str(draw(st.integers(0, 500_000)))} for i in range(draw(st.integers(0, 3)))]
    unmeasured = [{"end_office": "EO-1", "feature_group": draw(st.sampled_from("AB")), "count": draw(st.integers(1, 30)),
                   "directionality": draw(st.sampled_from(["two-way", "originating-only", "terminating-only"]))}
                  for _ in range(draw(st.integers(0, 2)))]
    segments = [{"id": f"S-{i}", "capacity": draw(st.sampled_from(["vg", "ds1", "ds3"])),
                 "from_vh": [draw(st.integers(4000, 9000)), draw(st.integers(2000, 9000))],
                 "to_vh": [draw(st.integers(4000, 9000)), draw(st.integers(2000, 9000))],
                 "billing_percentage": str(draw(st.integers(0, 100))), "terminations": draw(st.integers(0, 2))}
                for i in range(draw(st.integers(0, 2)))]
    ports = [{"id": f"P-{i}", "at": draw(st.sampled_from(["end-office", "access-tandem"])),
              "channel": draw(st.sampled_from(["ds0", "ds1"])), "channels": draw(st.integers(1, 48))}
             for i in range(draw(st.integers(0, 2)))]
    # the month before the bill, billed in arrears through the bill day; now and then calls that end
    # after the bill day, which are the next bill's (2.4.1(B)(2))
    calls = draw(call_records(month=(bill_date.replace(day=1) - dt.timedelta(days=1)).replace(day=1)))
    if draw(st.integers(0, 5)) == 0:
        calls += draw(call_records(month=bill_date + dt.timedelta(days=1), prefix="later-call"))
    return CatalogCase.model_validate({"id": "generated-usage", "bill_date": bill_date.isoformat(),
                                       "calls": calls, "usage": usage, "unmeasured": unmeasured,
                                       "end_offices": [office], "direct_trunked": segments, "trunk_ports": ports})


@st.composite
def rated_usage_cases(draw: st.DrawFn) -> CatalogCase:
    """Usage rated elsewhere, for the usage-pricing capability: one to six usage summaries of
    chargeable intrastate minutes (measured jurisdiction, direct-routed, FGA, FGB or FGD: premium at
    an equal access end office, 6.4.1(C)(1)) at one to three end offices, in whole minutes or in
    hundredths (what a rating engine hands on after a jurisdiction split), billed after page 17-6
    took effect; several summaries may share an end office, feature group and direction."""
    minutes = st.one_of(st.integers(0, 500_000).map(Decimal),
                        st.decimals(0, 500_000, places=2, allow_nan=False, allow_infinity=False))
    usage = [{"id": f"usage-{i}", "end_office": draw(st.sampled_from(["EO-1", "EO-2", "EO-3"])),
              "feature_group": draw(st.sampled_from("ABD")),
              "direction": draw(st.sampled_from(["originating", "originating", "terminating"])),
              "minutes": format(draw(minutes), "f"), "jurisdiction": "intrastate"}
             for i in range(draw(st.integers(1, 6)))]
    return CatalogCase.model_validate({"id": "generated-rated-usage",
                                       "bill_date": draw(st.dates(dt.date(2017, 7, 1), LAST)).isoformat(),
                                       "usage": usage})


SPECIAL_FAMILIES = ("metallic.", "telegraph.", "voice_grade.", "digital_data.", "high_capacity.")
MILEAGE_RATE_SETS = ("metallic", "telegraph", "voice_grade", "digital_data.2_4", "digital_data.56_0",
                     "digital_data.64_0", "high_capacity.64k", "high_capacity.ds1", "high_capacity.ds3")


def _located(draw: st.DrawFn) -> dict:
    """Both ends by V&H (sometimes the same point: zero miles), or airline miles already rounded."""
    if draw(st.booleans()):
        return {"miles": draw(st.one_of(st.just(0), st.integers(1, 60)))}
    start = (draw(st.integers(4000, 9000)), draw(st.integers(2000, 9000)))
    end = draw(st.one_of(st.just(start), st.tuples(st.integers(4000, 9000), st.integers(2000, 9000))))
    return {"from_vh": list(start), "to_vh": list(end)}


@st.composite
def special_access_cases(draw: st.DrawFn) -> CatalogCase:
    """Special Access circuits for a month: Channel Terminations and optional features as monthly
    elements (a High Capacity service sometimes mixed use, a service sometimes certified interstate
    during the month), Channel Mileage per section (a hub makes several sections of one service,
    a meet point a billing percentage), and the Surcharge per voice grade equivalent with its
    exemptions and certification credits."""
    bill_date = draw(st.dates(dt.date(2018, 8, 18), LAST))
    elements = [e for e in _monthly_elements(bill_date) if e.startswith(SPECIAL_FAMILIES) and "channel_mileage" not in e]
    services, sections, surcharges = [], [], []
    for i in range(draw(st.integers(1, 3))):
        sid = f"SA-{i + 1}"
        chosen = draw(st.lists(st.sampled_from(elements), min_size=1, max_size=3, unique=True))
        service: dict = {"id": sid, "kind": "special",
                         "elements": [{"element": e, "quantity": draw(st.integers(1, 4))} for e in chosen]}
        if any(e.startswith("high_capacity.channel_termination") for e in chosen) and draw(st.booleans()):
            total = draw(st.sampled_from([24, 672]))
            service["mixed_use"] = {"switched_channels": draw(st.integers(0, total)), "total_channels": total}
        if draw(st.integers(0, 4)) == 0:
            service["interstate_from"] = (bill_date + dt.timedelta(days=draw(st.integers(-5, 35)))).isoformat()
        services.append(service)
        for j in range(draw(st.integers(0, 2))):
            sections.append({"id": f"{sid}-M{j + 1}", "service": sid, "rate_set": draw(st.sampled_from(MILEAGE_RATE_SETS)),
                             "billing_percentage": str(draw(st.sampled_from([100, 100, 50, 0]) | st.integers(0, 100))),
                             "terminations": draw(st.integers(0, 2)), **_located(draw)})
        if draw(st.booleans()):
            equivalents = draw(st.integers(1, 24))
            received = draw(st.none() | st.integers(-40, 10).map(lambda k: bill_date + dt.timedelta(days=k)))
            surcharges.append({
                "service": sid, "voice_grade_equivalents": equivalents,
                "exempt_equivalents": draw(st.integers(0, equivalents)), "spare_equivalents": draw(st.integers(0, 2)),
                "certified_exempt": draw(st.integers(0, 5)) == 0,
                "certification_received": received.isoformat() if received else None,
                "certified_effective": (received - dt.timedelta(days=draw(st.integers(-5, 200)))).isoformat()
                if received and draw(st.booleans()) else None})
    return CatalogCase.model_validate({"id": "generated-special-access", "bill_date": bill_date.isoformat(),
                                "services": services, "channel_mileage": sections, "surcharges": surcharges,
                                "surcharge_rate": str(draw(st.sampled_from([Decimal("25.00"), Decimal("3.17")]) |
                                                           st.decimals(Decimal("0.01"), Decimal("40.00"), places=2)))})
