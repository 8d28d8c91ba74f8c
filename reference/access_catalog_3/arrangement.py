"""The physical arrangement of a service, and the rate elements and quantities it bears.

A case may state what was built instead of the elements it bears; the reference derives them here,
before anything is billed, so every later rule sees the elements the catalog prescribes:

7.2.1(A): "One Channel Termination charge applies per customer designated premises at which the
channel is terminated. This charge will apply even if the customer designated premises and the
serving wire center are collocated in a Telephone Company building. For a Special Access Digital
Data Service 56.0 or 64.0 Kbps Bit Rate, there will be a charge for only one Channel Termination.
For DS1 and DS3 Service, a Channel Termination Mileage charge applies for channel terminations over
three (3) miles." Whether a fraction of a mile counts is interpretation ct-mileage-miles.
7.6.3(J): an effective four-wire channel terminated with a two-wire interface - "The customer will be
charged the four-wire Channel Termination rate".
2.4.4(B)(1)(b): a multipoint service's legs are billed as its elements; an interruption is credited
on "that portion of the service that is inoperative" (see billing._credits).
7.2.5: "When hubs are involved, mileage is computed and rates applied separately for each section";
"However, when any service is routed through a hub for other than bridging or multiplexing
purposes ... rates will be applied only to the distance calculated between the serving wire centers
associated with the customer designated premises."
6.4.1(C)(5): CCS/SS7 Network Connection bears a Signaling Mileage Facility per mile, a Signaling
Mileage Termination at each end of it (none at zero miles), a Signaling Entrance Facility (DS1 with
mileage over three miles) and an STP Port per termination at an STP.
6.6.4: FGB ordered at an access tandem without end office specific measurement - the tandem's minutes
"will be apportioned among all subtending end offices ... based on the ratio of the total number of
subscriber lines in each end office subtending the access tandem to the total number of subscriber
lines associated with all end offices subtending the access tandem."
7.7.1, 7.8.1: error-free seconds are a share of the seconds the channel was "in service"; a case
may give the hours in service and the errored seconds instead of the percentage.
6.1.3(A)(8), 6.4.1(C)(6): a query charge "for each completed query returned from the data base"
(6.1.3(C)(2) speaks of each query "launched"): interpretation db800-query-basis.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from ratecert_reference import mileage
from ratecert_reference.access_catalog_3.records import (CatalogCase, ChannelMileageSection, Db800Allocation,
                                                         ElementQuantity, Interruption, Service, SignalingLink,
                                                         Termination, UsageSummary)

FREE_LOOP_MILES = Decimal(3)
ONE_TERMINATION_SPEEDS = ("56_0", "64_0")
HUB_SECTIONS = ("bridging", "multiplexing")


def termination_element(termination: Termination) -> str:
    """The Channel Termination element of one end: the channel type, its effective wires (not the
    interface's, 7.6.3(J)) or its speed."""
    if termination.channel == "metallic":
        return "metallic.channel_termination.2w"
    if termination.channel in ("telegraph", "voice_grade"):
        return f"{termination.channel}.channel_termination.{termination.effective_wires}w"
    return f"{termination.channel}.channel_termination.{termination.speed}"


def loop_mileage(miles: Decimal, reading: str) -> int:
    """Miles of a DS1 or DS3 channel termination charged beyond the first three."""
    whole = miles.to_integral_value(rounding=ROUND_CEILING if reading == "round-up" else ROUND_FLOOR)
    return max(0, int(whole - FREE_LOOP_MILES))


def termination_elements(terminations: tuple[Termination, ...], reading: str) -> list[ElementQuantity]:
    """7.2.1(A): one Channel Termination per premises (one only for 56.0 and 64.0 Kbps Digital Data),
    and DS1/DS3 Channel Termination Mileage over three miles."""
    ends = list(terminations)
    if ends and all(t.channel == "digital_data" and t.speed in ONE_TERMINATION_SPEEDS for t in ends):
        ends = ends[:1]
    out: list[ElementQuantity] = []
    for end in ends:
        out.append(ElementQuantity(element=termination_element(end), quantity=Decimal(1)))
        if end.channel == "high_capacity" and end.loop_miles is not None:
            over = loop_mileage(end.loop_miles, reading)
            if over:
                out.append(ElementQuantity(element=f"high_capacity.channel_termination.{end.speed}.mileage_over_3",
                                           quantity=Decimal(over)))
    return out


def service_elements(service: Service, reading: str) -> tuple[ElementQuantity, ...]:
    """Everything the service bears monthly: its stated elements, its legs' and its ends'."""
    return (*service.elements, *(eq for leg in service.legs for eq in leg.elements),
            *termination_elements(service.terminations, reading))


def failed_portion(service: Service, interruption: Interruption) -> list[ElementQuantity]:
    """2.4.4(B)(1)(b): the elements of the legs that were inoperative."""
    return [eq for leg in service.legs if leg.id in interruption.failed_legs for eq in leg.elements]


def hub_sections(section: ChannelMileageSection) -> list[ChannelMileageSection]:
    """7.2.5: through a bridging or multiplexing hub, two sections each rated on its own; through a
    hub for any other purpose, the one distance between the two ends."""
    if section.hub_vh is None or section.hub_purpose not in HUB_SECTIONS:
        return [section.model_copy(update={"hub_vh": None, "hub_purpose": None})]
    return [section.model_copy(update={"id": f"{section.id}/{part}", "from_vh": a, "to_vh": b, "miles": None,
                                       "hub_vh": None, "hub_purpose": None})
            for part, (a, b) in (("to-hub", (section.from_vh, section.hub_vh)),
                                 ("from-hub", (section.hub_vh, section.to_vh)))]


def signaling_elements(link: SignalingLink, reading: str) -> list[ElementQuantity]:
    """6.4.1(C)(5): the elements of one Signaling Network Access Link and its STP Ports."""
    miles = mileage.airline_miles(link.swc_vh, link.stp_vh)
    out = []
    if miles:
        out += [ElementQuantity(element=f"signaling_mileage_facility.{link.capacity}", quantity=Decimal(miles)),
                ElementQuantity(element=f"signaling_mileage_termination.{link.capacity}", quantity=Decimal(2))]
    out.append(ElementQuantity(element=f"signaling_entrance_facility.{link.capacity}", quantity=Decimal(1)))
    if link.capacity == "ds1":
        over = loop_mileage(link.entrance_miles, reading)
        if over:
            out.append(ElementQuantity(element="signaling_entrance_facility.ds1.mileage_over_3", quantity=Decimal(over)))
    if link.stp_terminations:
        out.append(ElementQuantity(element="stp_port", quantity=Decimal(link.stp_terminations)))
    return out


def apportioned_usage(summary: UsageSummary, lines: dict[str, int]) -> list[UsageSummary]:
    """6.6.4: an access tandem's FGB minutes shared among its subtending end offices by subscriber lines."""
    total = sum(lines.values())
    return [summary.model_copy(update={"id": f"{summary.id}/{office}", "end_office": office,
                                       "minutes": summary.minutes * count / total})
            for office, count in lines.items() if count]


def error_free_percent(hours: Decimal, errored: int) -> Decimal:
    """The error-free seconds, in percent of the seconds in service."""
    seconds = hours * 3600
    return (seconds - errored) / seconds * 100


def db800_total(allocation: Db800Allocation, reading: str) -> Decimal:
    """The queries billed at the tandem: the completed ones, whether or not the call was delivered,
    or under the other reading every query launched."""
    if allocation.tandem_total is not None:
        return allocation.tandem_total
    assert allocation.launched is not None and allocation.completed is not None
    return Decimal(allocation.launched if reading == "launched" else allocation.completed)


def resolve(case: CatalogCase, readings: dict[str, str]) -> CatalogCase:
    """The case with the elements, sections, usage and percentages its stated arrangement implies."""
    ct_reading = readings["ct-mileage-miles"]
    services = tuple(service.model_copy(update={"elements": service_elements(service, ct_reading)})
                     if service.terminations or service.legs else service for service in case.services)
    links = tuple(Service(id=link.id, kind="switched-flat", elements=tuple(signaling_elements(link, ct_reading)))
                  for link in case.signaling_links)
    sections = tuple(part for section in case.channel_mileage for part in hub_sections(section))
    tandems = {t.tandem: t.subscriber_lines for t in case.tandem_subtending}
    usage = tuple(part for summary in case.usage for part in (
        apportioned_usage(summary, tandems[summary.end_office])
        if summary.end_office in tandems and summary.feature_group == "B" else [summary]))
    interruptions = tuple(
        event.model_copy(update={"error_free_seconds": error_free_percent(event.hours_in_service, event.errored_seconds),
                                 "hours_in_service": None, "errored_seconds": None})
        if event.hours_in_service is not None and event.errored_seconds is not None else event
        for event in case.interruptions)
    db800 = case.db800
    if db800 is not None and db800.tandem_total is None:
        db800 = db800.model_copy(update={"tandem_total": db800_total(db800, readings["db800-query-basis"])})
    return case.model_copy(update={"services": services + links, "channel_mileage": sections, "usage": usage,
                                   "interruptions": interruptions, "db800": db800})
