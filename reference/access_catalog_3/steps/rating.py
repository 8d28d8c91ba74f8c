"""Step definitions for switched access rating: usage, jurisdiction, transport, mileage."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from pytest_bdd import given, then, when

from ratecert.gherkin.vocabulary import iso, step
from ratecert.money import total
from ratecert.scenario import BillingScenario

_COLUMNS = {"id": "id", "FG": "feature_group", "direction": "direction", "signaling": "signaling",
            "routing": "routing", "line": "line", "off hook": "off_hook", "answer": "answer", "IAM sent": "iam_sent",
            "exit message": "exit_message", "end user disconnect": "end_user_disconnect",
            "customer disconnect": "customer_disconnect", "jurisdiction": "jurisdiction",
            "called service": "called_service"}


def _capacity(text: str) -> str:
    """A Direct Trunked capacity as the steps write it (DS1, DS3, voice grade) as the case does (ds1, ds3, vg)."""
    return text.lower().replace("voice grade", "vg")


def _office(billing: BillingScenario, end_office: str) -> dict[str, Any]:
    for office in billing.fields.setdefault("end_offices", []):
        if office["end_office"] == end_office:
            return office
    return billing.append("end_offices", {"end_office": end_office})


def _number(text: str) -> str:
    return text.replace(",", "")


@given(step('these calls at end office "{end_office}":'))
@when(step('these calls at end office "{end_office}":'))
def calls(billing: BillingScenario, end_office: str, datatable: list[list[str]]) -> None:
    header, *rows = datatable
    for row in rows:
        record: dict[str, Any] = {"end_office": end_office}
        for name, cell in zip(header, row, strict=True):
            cell = cell.strip()
            if cell and cell != "-":
                record[_COLUMNS[name.strip()]] = cell
        billing.append("calls", record)


@given(step('end office "{end_office}" reports a projected intrastate percentage of {percent}%'))
def percent_intrastate(billing: BillingScenario, end_office: str, percent: str) -> None:
    _office(billing, end_office)["percent_intrastate"] = percent


@given(step('end office "{end_office}" cannot measure terminating usage'))
def terminating_unmeasured(billing: BillingScenario, end_office: str) -> None:
    _office(billing, end_office)["terminating_measured"] = False


@given(step('end office "{end_office}" reports a projected interstate percentage of {percent}%'))
def percent_interstate(billing: BillingScenario, end_office: str, percent: str) -> None:
    _office(billing, end_office)["percent_interstate"] = percent


@given(step('end office "{end_office}" is reached over Tandem Switched Transport of {miles:d} airline miles'))
def tandem_miles(billing: BillingScenario, end_office: str, miles: int) -> None:
    _office(billing, end_office)["tandem_switched_miles"] = miles


@given(step('the Tandem Switched Facility to "{end_office}" is billed at a billing percentage of {percent}%'))
def tst_bp(billing: BillingScenario, end_office: str, percent: str) -> None:
    _office(billing, end_office)["tst_billing_percentage"] = percent


@given(step('{count:d} Tandem Switched Terminations are billed for "{end_office}"'))
@given(step('{count:d} Tandem Switched Termination is billed for "{end_office}"'))
def tst_terminations(billing: BillingScenario, count: int, end_office: str) -> None:
    _office(billing, end_office)["tst_terminations"] = count


@given("the customer furnishes intrastate MTS/WATS")
def mts_wats(billing: BillingScenario) -> None:
    billing.set(account={**billing.fields.get("account", {}), "furnishes_mts_wats": True})


@given(step('entry switch "{switch}" serves an FG{fg} access area of {lines} subscriber lines, {ea_lines} of them in equal access end offices'))
def transition_area(billing: BillingScenario, switch: str, fg: str, lines: str, ea_lines: str) -> None:
    billing.append("transition_areas", {"entry_switch": switch, "feature_group": fg,
                                        "total_lines": _number(lines), "equal_access_lines": _number(ea_lines)})


@given(step('terminating FGC trunk group "{gid}" into end office "{end_office}" has {bhmc:d} BHMC and {miles:d} airline miles of Tandem Switched Transport'))
def fgc_group(billing: BillingScenario, gid: str, end_office: str, bhmc: int, miles: int) -> None:
    _office(billing, end_office).setdefault("terminating_fgc_groups", []).append(
        {"id": gid, "bhmc": bhmc, "tandem_switched_miles": miles})


@given(step('the Tandem Switched Transport to "{end_office}" begins at its {office}'))
def tst_from(billing: BillingScenario, end_office: str, office: str) -> None:
    _office(billing, end_office)["tandem_switched_from"] = {"host office": "host-office",
                                                            "FGA dial tone office": "dial-tone-office"}[office]


@given(step('the customer has FGD at equal access end office "{end_office}" of {lines} subscriber lines in the area of entry switch "{switch}"'))
def fgd_office(billing: BillingScenario, end_office: str, lines: str, switch: str) -> None:
    [area] = [a for a in billing.fields["transition_areas"] if a["entry_switch"] == switch]
    area.setdefault("fgd_offices", []).append({"end_office": end_office, "lines": _number(lines)})


@given(step('end office "{end_office}" is a WATS Serving Office for {kind} WATS'))
def wats_serving_office(billing: BillingScenario, end_office: str, kind: str) -> None:
    _office(billing, end_office)["wats"] = kind


@given(step('the WATS Serving Office "{end_office}" is at V&H {v1:d},{h1:d}, its FGA entry switch at V&H {v2:d},{h2:d} and the customer\'s serving wire center at V&H {v3:d},{h3:d}'))
def wats_locations(billing: BillingScenario, end_office: str, v1: int, h1: int, v2: int, h2: int, v3: int,
                   h3: int) -> None:
    _office(billing, end_office).update(end_office_vh=[v1, h1], entry_switch_vh=[v2, h2],
                                        serving_wire_center_vh=[v3, h3])


@given(step('end office "{end_office}" {equipped} equipped with equal access'))
def equal_access(billing: BillingScenario, end_office: str, equipped: str) -> None:
    _office(billing, end_office)["equal_access"] = {"is": True, "is not": False}[equipped]


@given(step('end office "{end_office}" is a Wireless Switching Center directly interconnected to the access tandem'))
def wireless_switching_center(billing: BillingScenario, end_office: str) -> None:
    _office(billing, end_office)["wireless_switching_center"] = True


@given(step('the access tandem serving "{end_office}" is at V&H {v1:d},{h1:d} and the customer\'s serving wire center at V&H {v2:d},{h2:d}'))
def wsc_mileage(billing: BillingScenario, end_office: str, v1: int, h1: int, v2: int, h2: int) -> None:
    _office(billing, end_office).update(tandem_vh=[v1, h1], serving_wire_center_vh=[v2, h2])


@given(step('the access tandem serving "{end_office}" {owner} a CLOC ILEC\'s'))
def tandem_owner(billing: BillingScenario, end_office: str, owner: str) -> None:
    _office(billing, end_office)["tandem_cloc"] = owner == "is"


@given(step('end office "{end_office}" {owner} a CLOC ILEC\'s'))
def end_office_owner(billing: BillingScenario, end_office: str, owner: str) -> None:
    _office(billing, end_office)["end_office_cloc"] = owner == "is"


@given(step('end office "{end_office}" is in another company\'s territory'))
def end_office_elsewhere(billing: BillingScenario, end_office: str) -> None:
    _office(billing, end_office)["end_office_in_territory"] = False


@given(step('the access tandem serving "{end_office}" is in another company\'s territory'))
def tandem_elsewhere(billing: BillingScenario, end_office: str) -> None:
    _office(billing, end_office)["tandem_in_territory"] = False


@given(step('{minutes} {direction} FG{fg} access minutes at end office "{end_office}" routed {routing}'))
@when(step('{minutes} {direction} FG{fg} access minutes at end office "{end_office}" routed {routing}'))
def usage(billing: BillingScenario, minutes: str, direction: str, fg: str, end_office: str, routing: str) -> None:
    billing.append("usage", {"id": billing.next_id("usage"), "end_office": end_office, "feature_group": fg,
                             "direction": direction, "minutes": _number(minutes),
                             "routing": "tandem" if "tandem" in routing else "direct"})


@given(step('{minutes} chargeable intrastate {direction} FG{fg} minutes at end office "{end_office}"'))
def rated_usage(billing: BillingScenario, minutes: str, direction: str, fg: str, end_office: str) -> None:
    """Usage rated elsewhere (capability usage-pricing): a summary of chargeable minutes of measured
    intrastate jurisdiction, direct-routed, to be priced and nothing else."""
    billing.append("usage", {"id": billing.next_id("usage"), "end_office": end_office, "feature_group": fg,
                             "direction": direction, "minutes": _number(minutes), "jurisdiction": "intrastate"})


@given(step('{minutes} {direction} FG{fg} access minutes of measured {jurisdiction} jurisdiction at end office "{end_office}"'))
def usage_of_jurisdiction(billing: BillingScenario, minutes: str, direction: str, fg: str, jurisdiction: str,
                          end_office: str) -> None:
    """A usage summary of measured minutes whose jurisdiction the call detail gave (2.3.11(C)(1)), direct-routed."""
    billing.append("usage", {"id": billing.next_id("usage"), "end_office": end_office, "feature_group": fg,
                             "direction": direction, "minutes": _number(minutes), "jurisdiction": jurisdiction})


@given(step('{count:d} {directionality} FG{fg} {unit} at end office "{end_office}" without measurement'))
def unmeasured(billing: BillingScenario, count: int, directionality: str, fg: str, unit: str, end_office: str,
               routing: str = "direct") -> None:
    billing.append("unmeasured", {"end_office": end_office, "feature_group": fg, "count": count,
                                  "directionality": directionality, "routing": routing})


@given(step('{count:d} {directionality} FG{fg} {unit} at end office "{end_office}" without measurement, routed through the access tandem'))
def unmeasured_via_tandem(billing: BillingScenario, count: int, directionality: str, fg: str, unit: str,
                          end_office: str) -> None:
    unmeasured(billing, count, directionality, fg, unit, end_office, routing="tandem")


@given(step('{count:d} two-way FG{fg} {unit} at end office "{end_office}" measured only {direction} at {minutes} minutes each'))
def partly_measured(billing: BillingScenario, count: int, fg: str, unit: str, end_office: str, direction: str,
                    minutes: str) -> None:
    billing.append("unmeasured", {"end_office": end_office, "feature_group": fg, "count": count,
                                  "directionality": "two-way", "measured_direction": direction,
                                  "measured_minutes_per_line": _number(minutes)})


@given(step('an NCTA sample study for end office "{end_office}": {messages} measured messages, completion ratio {ratio}, NCTA per attempt {ncta}'))
@given(step('an NCTA sample study of {category} calls for end office "{end_office}": {messages} measured messages, completion ratio {ratio}, NCTA per attempt {ncta}'))
def ncta(billing: BillingScenario, end_office: str, messages: str, ratio: str, ncta: str,
         category: str | None = None, fg: str = "C") -> None:
    billing.append("ncta", {"end_office": end_office, "feature_group": fg, "measured_messages": _number(messages),
                            "completion_ratio": Decimal(ratio), "ncta_per_attempt": Decimal(ncta),   # printed ".75"
                            "call_category": category})


@given(step('an FGA NCTA sample study for end office "{end_office}": {messages} measured messages, completion ratio {ratio}, NCTA per attempt {ncta}'))
def fga_ncta(billing: BillingScenario, end_office: str, messages: str, ratio: str, ncta: str) -> None:
    """An NCTA study of FGA originating calls (6.5.4 with 6.7.4: FGA whose off-hook is forwarded at answer)."""
    ncta(billing, end_office, messages, ratio, ncta, fg="A")


@given(step('a {capacity} Direct Trunked Facility segment "{sid}" of {miles:d} airline miles billed at {percent}% with {terms:d} termination'))
@given(step('a {capacity} Direct Trunked Facility segment "{sid}" of {miles:d} airline miles billed at {percent}% with {terms:d} terminations'))
def dtt_segment(billing: BillingScenario, capacity: str, sid: str, miles: int, percent: str, terms: int) -> None:
    billing.append("direct_trunked", {"id": sid, "capacity": _capacity(capacity),
                                      "miles": miles, "billing_percentage": percent, "terminations": terms})


@given(step('a {capacity} Direct Trunked Facility segment "{sid}" from V&H {v1:d},{h1:d} to V&H {v2:d},{h2:d}'))
def dtt_vh(billing: BillingScenario, capacity: str, sid: str, v1: int, h1: int, v2: int, h2: int) -> None:
    billing.append("direct_trunked", {"id": sid, "capacity": _capacity(capacity),
                                      "from_vh": [v1, h1], "to_vh": [v2, h2]})


@given(step('a {capacity} Direct Trunked Facility segment "{sid}" with neither its miles nor its V&H coordinates'))
def dtt_unlocated(billing: BillingScenario, capacity: str, sid: str) -> None:
    billing.append("direct_trunked", {"id": sid, "capacity": _capacity(capacity)})


@given(step('a Dedicated Trunk Port "{pid}" terminating {channels:d} {channel} channels at the {at}'))
def trunk_port(billing: BillingScenario, pid: str, channels: int, channel: str, at: str) -> None:
    billing.append("trunk_ports", {"id": pid, "at": at.replace(" ", "-"), "channel": channel.lower(),
                                   "channels": channels})


@when(step("the order activates {trunks:d} trunks"))
def activates(billing: BillingScenario, trunks: int) -> None:
    billing.last("orders")["trunks_activated"] = trunks


@when(step("the order changes the service from FG{old} to FG{new}"))
def feature_group_change(billing: BillingScenario, old: str, new: str) -> None:
    billing.last("orders")["feature_group_change"] = {"from_group": old, "to_group": new}


@when(step("the final allocation results arrived on {results:Date} and the disconnect was ordered on {ordered:Date} "
           "effective {effective:Date}"))
def allocation_dates(billing: BillingScenario, results: dt.date, ordered: dt.date, effective: dt.date) -> None:
    billing.last("orders")["feature_group_change"].update(
        allocation_results_received=iso(results), disconnect_ordered=iso(ordered), disconnect_effective=iso(effective))


@when(step("the upgrade is {timing} FGD becoming available in the end office"))
def fgd_availability(billing: BillingScenario, timing: str) -> None:
    billing.last("orders")["feature_group_change"]["coincident_with_fgd_availability"] = timing == "coincident with"


@when(step("the order converts {trunks:d} trunks from MF to SS7 signaling"))
def converts(billing: BillingScenario, trunks: int) -> None:
    billing.last("orders")["trunks_converted"] = trunks


@given(step('the tandem counts {total} 800 Data Base queries for the customer, and its subtending end offices measure {minutes}'))
def db800(billing: BillingScenario, total: str, minutes: str) -> None:
    offices = {office: _number(value) for office, value in re.findall(r"(\S+) ([\d,]+) minutes", minutes)}
    billing.set(db800={"tandem_total": _number(total), "end_office_minutes": offices, "bill_end_office": ""})


@when(step('end office "{end_office}" bills its share'))
def db800_share(billing: BillingScenario, end_office: str) -> None:
    billing.fields["db800"]["bill_end_office"] = end_office


def _minutes(billing: BillingScenario, prefix: str, ref: str) -> Decimal:
    """The minutes the bill's lines of `prefix` carry: the protocol requires a line of access minutes
    with its minutes even at a zero rate (docs/protocol.md), the one zero line a check may read."""
    return total(ln.quantity for ln in billing.bill().lines if ln.element.startswith(prefix) and ln.ref == ref)


@then(step('the intrastate {direction} access minutes at "{end_office}" are {minutes}'))
def intrastate_minutes(billing: BillingScenario, direction: str, end_office: str, minutes: str) -> None:
    actual = _minutes(billing, "carrier_common_line." + direction, end_office)
    billing.expect(f"intrastate {direction} access minutes at {end_office}", Decimal(_number(minutes)), actual,
                   differs=f"intrastate {direction} access minutes")


@then(step('the charge for "{element}" at "{ref}" is {amount:Money}'))
def charge_at(billing: BillingScenario, element: str, ref: str, amount: Decimal) -> None:
    billing.expect(f'charge for "{element}" at "{ref}"', amount, billing.bill().charge(element, ref), differs=f"charge {element}")


@then(step('{quantity} units of "{element}" are billed'))
def units(billing: BillingScenario, quantity: str, element: str) -> None:
    actual = total(ln.quantity for ln in billing.bill().lines if ln.element.startswith(element))
    billing.expect(f'units of "{element}"', Decimal(_number(quantity)), actual)


@then(step('the {record} "{ref}" is rejected'))
def rejected(billing: BillingScenario, record: str, ref: str) -> None:
    """A call, segment or section the bill names among its rejected records (the rest is checked by
    the scenario's other steps)."""
    refs = [r.ref for r in billing.bill().rejected]
    billing.expect(f"rejected records include {record} {ref}", True, ref in refs, differs="rejected records")


@then("no record is rejected")
def none_rejected(billing: BillingScenario) -> None:
    billing.expect("rejected records", [], [r.ref for r in billing.bill().rejected])


@then(step('end office "{end_office}" is rejected for {reason}'))
def rejected_office(billing: BillingScenario, end_office: str, reason: str) -> None:
    refs = [r.ref for r in billing.bill().rejected]
    billing.expect(f"rejected records include {end_office}", True, end_office in refs, differs="rejected records")


@given(step('a {rate_set} Channel Mileage section "{sid}" of service "{service}" from V&H {v1:d},{h1:d} to V&H {v2:d},{h2:d}'))
def channel_mileage_vh(billing: BillingScenario, rate_set: str, sid: str, service: str, v1: int, h1: int, v2: int,
                       h2: int) -> None:
    billing.append("channel_mileage", {"id": sid, "service": service, "rate_set": rate_set,
                                       "from_vh": [v1, h1], "to_vh": [v2, h2]})


@given(step('a {rate_set} Channel Mileage section "{sid}" of service "{service}" with neither its miles nor its V&H coordinates'))
def channel_mileage_unlocated(billing: BillingScenario, rate_set: str, sid: str, service: str) -> None:
    billing.append("channel_mileage", {"id": sid, "service": service, "rate_set": rate_set})


@given(step('a {rate_set} Channel Mileage section "{sid}" of service "{service}" of {miles:d} airline miles billed at {percent}%'))
def channel_mileage(billing: BillingScenario, rate_set: str, sid: str, service: str, miles: int, percent: str) -> None:
    billing.append("channel_mileage", {"id": sid, "service": service, "rate_set": rate_set, "miles": miles,
                                       "billing_percentage": percent})


@given(step("a Special Access Surcharge of {amount:Money} a month per voice grade equivalent"))
def surcharge_rate(billing: BillingScenario, amount: Decimal) -> None:
    billing.set(surcharge_rate=format(amount, "f"))


@given(step('service "{service}" is a DS1 of {count:d} voice grade equivalents, {exempt:d} of them exempt and {spare:d} spare'))
def surcharge_service(billing: BillingScenario, service: str, count: int, exempt: int, spare: int) -> None:
    billing.append("surcharges", {"service": service, "voice_grade_equivalents": count, "exempt_equivalents": exempt,
                                  "spare_equivalents": spare})


@given(step('service "{service}" is certified exempt from the Special Access Surcharge'))
def surcharge_exempt(billing: BillingScenario, service: str) -> None:
    billing.last("surcharges")["certified_exempt"] = True


@given(step('the exemption certification for service "{service}" was received on {received:Date}, effective {effective:Date}'))
def surcharge_certification(billing: BillingScenario, service: str, received: dt.date, effective: dt.date) -> None:
    billing.last("surcharges").update(certification_received=iso(received), certified_effective=iso(effective))


@given(step('end office "{end_office}" sent a report of {percent}% intrastate received on {day:Date}'))
def jurisdiction_report(billing: BillingScenario, end_office: str, percent: str, day: dt.date) -> None:
    _office(billing, end_office).setdefault("reports", []).append({"received": iso(day), "percent_intrastate": percent})


@given(step('end office "{end_office}" sent a quarterly originating PVU of {pvu}% received on {day:Date}'))
def pvu_report(billing: BillingScenario, end_office: str, pvu: str, day: dt.date) -> None:
    _office(billing, end_office).setdefault("reports", []).append({"received": iso(day), "pvu_originating": pvu})


@given(step('the PVU of end office "{end_office}" is under audit: {records} records, undisputed originating PVU {undisputed}'))
def pvu_audit(billing: BillingScenario, end_office: str, records: str, undisputed: str) -> None:
    _office(billing, end_office)["pvu_audit"] = {
        "records_inadequate": records == "inadequate",
        "undisputed_originating": None if undisputed == "none" else undisputed.rstrip("%")}


@given(step('the PVU audit of end office "{end_office}" was completed on {day:Date} at an audited originating PVU of {pvu}%'))
def pvu_audit_completed(billing: BillingScenario, end_office: str, day: dt.date, pvu: str) -> None:
    _office(billing, end_office)["pvu_audit"].update(completed=iso(day), audited_originating=pvu)


@given(step('the contested periods at end office "{end_office}" carried {minutes} originating FG{fg} minutes'))
def contested_usage(billing: BillingScenario, end_office: str, minutes: str, fg: str) -> None:
    _office(billing, end_office)["pvu_audit"].setdefault("contested", []).append(
        {"feature_group": fg, "direction": "originating", "minutes": _number(minutes)})


@given(step('end office "{end_office}" reports an {direction} PVU of {pvu}%'))
@given(step('end office "{end_office}" reports a {direction} PVU of {pvu}%'))
def pvu(billing: BillingScenario, end_office: str, direction: str, pvu: str) -> None:
    _office(billing, end_office)[f"pvu_{direction}"] = pvu


@given(step('end office "{end_office}" furnishes no PVU'))
def no_pvu(billing: BillingScenario, end_office: str) -> None:
    _office(billing, end_office)


@given(step('a trunk group of {trunks:d} FGD trunks at end office "{end_office}" routed {routing}, notified on {day:Date}'))
def blocking_group(billing: BillingScenario, trunks: int, end_office: str, routing: str, day: dt.date) -> None:
    billing.append("blocking", {"id": billing.next_id("trunk-group"), "end_office": end_office, "trunks_in_service": trunks,
                                "routing": "tandem" if "tandem" in routing else "direct", "notified_on": iso(day)})


@given(step("in the {hour:d} a.m. hour it saw {attempts} attempts, {overflows} overflows, average usage {usage} minutes against {capacity} purchased"))
def blocking_hour(billing: BillingScenario, hour: int, attempts: str, overflows: str, usage: str, capacity: str) -> None:
    billing.last("blocking").setdefault("hours", []).append(
        {"hour": hour, "attempts": _number(attempts), "overflows": _number(overflows),
         "average_usage_minutes": _number(usage), "capacity_minutes": _number(capacity)})


@given(step("capacity was {ordered}"))
def blocking_order(billing: BillingScenario, ordered: str) -> None:
    if ordered.startswith("ordered on "):
        billing.last("blocking")["capacity_ordered_on"] = ordered.removeprefix("ordered on ")
