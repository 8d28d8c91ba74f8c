"""Steps that state a service's physical arrangement - its ends, legs, hubs, signaling links, the
off-hook point of FGA, the subscriber lines behind a tandem, the hours in service, the queries
launched and completed - and leave the elements and quantities to the billing system (7.2.1(A),
7.6.3(J), 2.4.4(B)(1)(b), 7.2.5, 6.4.1(C)(5), 6.5.4, 6.6.4, 7.7.1, 7.8.1, 6.4.1(C)(6))."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pytest_bdd import given, when

from ratecert.gherkin.vocabulary import element_list, step
from ratecert.scenario import BillingScenario
from ratecert_reference.access_catalog_3.steps.rating import _number, _office

_CHANNELS = {"metallic": "metallic", "telegraph": "telegraph", "voice grade": "voice_grade",
             "digital data": "digital_data", "high capacity": "high_capacity"}


def _vh(text: str) -> list[int]:
    v, h = text.split(",")
    return [int(v), int(h)]


@given(step('a special access service "{sid}" ended at these premises:'))
def terminations(billing: BillingScenario, sid: str, datatable: list[list[str]]) -> None:
    header, *rows = datatable
    ends = []
    for row in rows:
        cells = dict(zip((h.strip() for h in header), (c.strip() for c in row), strict=True))
        end: dict[str, Any] = {"premises": cells["premises"], "channel": _CHANNELS[cells["channel"]]}
        for column, field in (("speed", "speed"), ("effective wires", "effective_wires"),
                              ("interface wires", "interface_wires"), ("loop miles", "loop_miles")):
            if cells.get(column, "-") not in ("", "-"):
                end[field] = int(cells[column]) if field.endswith("wires") else cells[column]
        end["collocated"] = cells.get("collocated", "no") == "yes"
        ends.append(end)
    billing.append("services", {"id": sid, "kind": "special", "terminations": ends})


@given(step('a multipoint special access service "{sid}" of {elements}, with legs:'))
def multipoint(billing: BillingScenario, sid: str, elements: str, datatable: list[list[str]]) -> None:
    _, *rows = datatable
    legs = [{"id": leg.strip(), "elements": element_list(items)} for leg, items in rows]
    billing.append("services", {"id": sid, "kind": "special", "elements": element_list(elements), "legs": legs})


@when(step('only leg "{leg}" was inoperative'))
def failed_leg(billing: BillingScenario, leg: str) -> None:
    interruption = billing.last("interruptions")
    interruption["failed_legs"] = [*interruption.get("failed_legs", []), leg]


@given(step('a {rate_set} channel mileage section "{sec}" of service "{sid}" from V&H {a} to V&H {b} through a hub at V&H {hub} used for {purpose}'))
def section_through_hub(billing: BillingScenario, rate_set: str, sec: str, sid: str, a: str, b: str, hub: str,
                        purpose: str) -> None:
    billing.append("channel_mileage", {"id": sec, "service": sid, "rate_set": rate_set.replace(" ", "_"),
                                       "from_vh": _vh(a), "to_vh": _vh(b), "hub_vh": _vh(hub),
                                       "hub_purpose": purpose.replace(" ", "-")})


@given(step('a {capacity} signaling link "{lid}" from a serving wire center at V&H {swc} to an STP at V&H {stp}'))
def signaling_link(billing: BillingScenario, capacity: str, lid: str, swc: str, stp: str) -> None:
    billing.append("signaling_links", {"id": lid, "capacity": capacity.lower(), "swc_vh": _vh(swc), "stp_vh": _vh(stp)})


@given(step("its signaling point of interface is {miles} miles from the serving wire center"))
def entrance_miles(billing: BillingScenario, miles: str) -> None:
    billing.last("signaling_links")["entrance_miles"] = miles


@given(step('the customer\'s equipment at end office "{end_office}" gives the FGA off-hook signal {when_}'))
def off_hook(billing: BillingScenario, end_office: str, when_: str) -> None:
    _office(billing, end_office)["fga_off_hook"] = {"before the called party answers": "before-answer",
                                                    "when the called party answers": "at-answer"}[when_]


@given(step('an FGA NCTA sample study for end office "{end_office}": {messages} measured messages, completion ratio {ratio}, NCTA per attempt {ncta}'))
def fga_ncta(billing: BillingScenario, end_office: str, messages: str, ratio: str, ncta: str) -> None:
    billing.append("ncta", {"end_office": end_office, "feature_group": "A", "measured_messages": _number(messages),
                            "completion_ratio": Decimal(ratio), "ncta_per_attempt": Decimal(ncta)})


@given(step('access tandem "{tandem}" serves end offices with subscriber lines {lines}'))
def subtending(billing: BillingScenario, tandem: str, lines: str) -> None:
    counts = {}
    for part in lines.split(" and "):
        office, count = part.rsplit(" ", 1)
        counts[office.strip().strip('"')] = int(_number(count))
    billing.append("tandem_subtending", {"tandem": tandem, "subscriber_lines": counts})


@when(step("the service was in service {hours} hours with {errored:d} errored seconds"))
def in_service(billing: BillingScenario, hours: str, errored: int) -> None:
    billing.last("interruptions").update(hours_in_service=hours, errored_seconds=errored)


@given(step("of them {launched:d} queries were launched, {completed:d} completed and {delivered:d} delivered"))
def query_counts(billing: BillingScenario, launched: int, completed: int, delivered: int) -> None:
    billing.fields["db800"].pop("tandem_total", None)
    billing.fields["db800"].update(launched=launched, completed=completed, delivered=delivered)


@given(step('{minutes} {direction} FGB access minutes measured only at access tandem "{tandem}"'))
def tandem_usage(billing: BillingScenario, minutes: str, direction: str, tandem: str) -> None:
    billing.append("usage", {"id": billing.next_id("usage"), "end_office": tandem, "feature_group": "B",
                             "direction": direction, "minutes": _number(minutes), "routing": "tandem"})
