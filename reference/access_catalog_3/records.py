"""The Access Catalog's case records: the account's catalog facts, services with their rate
elements, the events of the period (interruptions, orders, labor, PIC changes, TSP requests,
automatic tests), usage (calls, summaries, end office terms, NCTA studies) and circuits (Direct
Trunked segments, Channel Mileage sections, trunk ports). Lists of flat records, so usage can be
laid out in columns (`ratecert audit`). `spec/access-catalog-3/case.schema.json` is generated from
`CatalogCase`.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from ratecert.case import Account, CaseBase, Period
from ratecert.money import Exact
from ratecert.records import Record as _Record


class CatalogAccount(Account):
    """The account, with the catalog's own fact about the customer (the credit facts of 2.4.1(A) are
    every document's)."""

    furnishes_mts_wats: bool = Field(False, description="the customer furnishes intrastate MTS/WATS: its FGA, FGB and "
                                                        "FGC minutes are premium (6.4.1(C)(1))")


class ElementQuantity(_Record):
    element: str = Field(description="rate element id of spec/<document>/rates.yaml")
    quantity: Exact = Field(default=1, description="units of the element (terminations, miles, arrangements)")


def _refuse_special_proration(special: bool, percent_interstate: Exact | None, what: str) -> None:
    """2.3.12 prorates mixed-use Switched Access only: Special Access is intrastate, and billed under this
    catalog, by the customer's written certification (2.3.11(A))."""
    if special and percent_interstate is not None:
        raise ValueError(f"{what}: Special Access is intrastate by certification (2.3.11(A)), "
                         "not prorated by an interstate percentage")


class MixedUse(_Record):
    """A High Capacity facility to a Telephone Company hub whose derived channels serve both Special
    and Switched Access (7.2.7)."""

    switched_channels: int = Field(ge=0, description="channels activated for Switched Access")
    total_channels: int = Field(gt=0, description="the channels the facility can derive: 24 for a DS1, 672 for a DS3")

    @model_validator(mode="after")
    def _channels(self) -> MixedUse:
        if self.switched_channels > self.total_channels:
            raise ValueError(f"mixed use: {self.switched_channels} switched channels of {self.total_channels}")
        return self


Channel = Literal["metallic", "telegraph", "voice_grade", "digital_data", "high_capacity"]


class Termination(_Record):
    """Where and how a Special Access channel ends at a customer designated premises, as built: the
    facts 7.2.1(A) and 7.6.3(J) price, from which the reference derives the Channel Termination
    elements (one per premises, four-wire when the channel is effective four-wire, Channel Termination
    Mileage over three miles for DS1 and DS3, one only for 56.0 and 64.0 Kbps Digital Data)."""

    identity = ("premises",)

    premises: str = Field(description="the customer designated premises")
    channel: Channel
    speed: Literal["2_4", "4_8", "9_6", "19_2", "56_0", "64_0", "ds1", "ds3"] | None = Field(
        None, description="Digital Data bit rate or High Capacity level")
    effective_wires: Literal[2, 4] = Field(2, description="the channel's effective transmission, two- or four-wire")
    interface_wires: Literal[2, 4] | None = Field(
        None, description="the channel interface's wires at the premises; an effective four-wire channel ended on a "
                          "two-wire interface still bears the four-wire rate (7.6.3(J))")
    loop_miles: Exact | None = Field(
        None, ge=0, description="DS1 or DS3: airline miles from the premises to its serving wire center (7.2.1(A): "
                                "\"a Channel Termination Mileage charge applies for channel terminations over three "
                                "(3) miles\")")
    collocated: bool = Field(False, description="the premises and its serving wire center are collocated in a "
                                                "Telephone Company building (the charge still applies, 7.2.1(A))")

    @model_validator(mode="after")
    def _speed(self) -> Termination:
        if (self.channel in ("digital_data", "high_capacity")) != (self.speed is not None):
            raise ValueError(f"termination at {self.premises}: a speed belongs to Digital Data and High Capacity only")
        return self


class Leg(_Record):
    """The part of a multipoint service that serves one customer designated premises: its Channel
    Termination, the channel mileage to it and its optional features (2.4.4(B)(1)(b))."""

    id: str
    elements: tuple[ElementQuantity, ...] = Field(min_length=1)


class Service(_Record):
    """An ordered service made of monthly rate elements (2.4.4(B)(1)(a): two-point services are
    the total of their elements)."""

    id: str
    kind: Literal["special", "switched-flat", "switched-usage"] = "special"
    elements: tuple[ElementQuantity, ...] = ()
    monthly_charge: Exact | None = Field(
        None, description="for switched usage-rated services: the monthly or assumed-minutes charge (2.4.4(B)(2))")
    start: dt.date | None = None
    end: dt.date | None = Field(None, description="the disconnect date: facilities returned to inventory (5.5.2)")
    nonrecoverable_cost: Exact | None = Field(None, description="less net salvage, for 2.4.2(B)")
    ds3_monthly: bool = Field(False, description="DS3 monthly service, excepted in 2.4.2(B)")
    percent_interstate: Exact | None = Field(
        None, ge=0, le=100, description="mixed-use Switched Access: the 2.3.11 interstate percentage for the service; "
                                        "its charges are prorated and only the intrastate share is billed (2.3.12(A))")

    mixed_use: MixedUse | None = Field(
        None, description="7.2.7: the Special Access side (High Capacity CT, mileage, multiplexing) is reduced by the "
                          "switched channels' share; the Switched side (Entrance Facility, DTT, multiplexing) is rated "
                          "at that share")
    technical_package: Literal["D1", "D2", "D3", "D4", "D5", "D6", "HC0", "HC1", "HC1C", "HC2", "HC3", "HC4"] | None = \
        Field(None, description="Special Access: the Technical Specifications Package ordered (15.2.1(F) Digital Data, "
                                "(G) High Capacity), which may specify an error performance (7.7.1, 7.8.1)")
    via_hub: bool = Field(False, description="Digital Data provided through a Telephone Company Digital Data hub (7.7.1)")
    terminations: tuple[Termination, ...] = Field(
        (), description="Special Access: the channel's ends as built; their Channel Termination elements are derived "
                        "(7.2.1(A), 7.6.3(J)) and billed beside `elements`")
    legs: tuple[Leg, ...] = Field(
        (), description="a multipoint service's legs, each billed beside `elements`; an interruption names the legs "
                        "that failed and is credited on theirs only (2.4.4(B)(1)(b))")
    interstate_from: dt.date | None = Field(
        None, description="Special Access: the day the Telephone Company received the customer's written notice (or "
                          "its reply in a certification dispute) that the service carries ten percent or more "
                          "interstate traffic; from that day it is not billed under this catalog (2.3.11(A), (B))")

    @model_validator(mode="after")
    def _jurisdiction(self) -> Service:
        _refuse_special_proration(self.kind == "special", self.percent_interstate, f"service {self.id}")
        if self.interstate_from is not None and self.kind != "special":
            raise ValueError(f"service {self.id}: interstate_from is a Special Access certification (2.3.11(A)); "
                             "Switched Access is prorated by its interstate percentage (2.3.12)")
        return self


class Interruption(_Record):
    id: str
    service: str
    kind: Literal["interruption", "surrender"] = "interruption"
    reported: dt.datetime = Field(description="when the inoperative service was reported (2.4.4(A))")
    restored: dt.datetime
    cause: Literal["telephone-company", "protective-controls", "customer-negligence", "customer-equipment",
                   "declined-release", "beyond-control", "interference"] = Field(
        "telephone-company", description="protective-controls: the Telephone Company's protective network controls "
                                         "(e.g. call gapping) cut the service off completely; credited as any "
                                         "interruption (6.2.1). beyond-control: labor difficulties, governmental "
                                         "orders, civil commotion, criminal actions, acts of God - the failure is "
                                         "excused but still credited (2.1.3(G)). interference: a temporary "
                                         "discontinuance because the customer's use interfered with or impaired "
                                         "service (2.2.1), not credited (2.1.8(C))")
    common_cause: str | None = Field(None, description="interruptions sharing a cause are grouped for the $1 floor")
    elements: tuple[str, ...] | None = Field(None, description="the inoperative portion; default: every element")
    access_denied: tuple[Period, ...] = ()
    released: tuple[tuple[dt.datetime, dt.datetime], ...] = Field((), description="negotiated release windows (C)(4)")
    replacement_notice_received: dt.date | None = None
    replacement_authorization_received: dt.date | None = None
    failed_legs: tuple[str, ...] = Field(
        (), description="the legs of a multipoint service that were inoperative (2.4.4(B)(1)(b)); instead of `elements`")
    hours_in_service: Exact | None = Field(
        None, gt=0, description="with errored_seconds, instead of error_free_seconds: the hours the channel was in service "
                                "over the measurement (the month, or a continuous 24 hours for HC1)")
    errored_seconds: int | None = Field(None, ge=0, description="seconds with errors while in service")
    error_free_seconds: Exact | None = Field(
        None, ge=0, le=100, description="the service stayed usable but degraded: its error-free seconds, in percent, "
                                        "as its specification measures them (hubbed Digital Data: the monthly "
                                        "average; HC1: over a continuous 24 hours). The period is an interruption "
                                        "only if this is below the specified performance (2.4.4(B), 7.7.1, 7.8.1)")

    @model_validator(mode="after")
    def _ordered(self) -> Interruption:
        if self.restored < self.reported:
            raise ValueError(f"interruption {self.id}: restored before reported")
        if self.failed_legs and self.elements is not None:
            raise ValueError(f"interruption {self.id}: give the failed legs or the inoperative elements, not both")
        measured = (self.hours_in_service is None, self.errored_seconds is None)
        if measured[0] != measured[1]:
            raise ValueError(f"interruption {self.id}: hours_in_service and errored_seconds go together")
        if not measured[0] and self.error_free_seconds is not None:
            raise ValueError(f"interruption {self.id}: give error_free_seconds or the seconds it is computed from, not both")
        if not measured[0] and self.errored_seconds > self.hours_in_service * 3600:
            raise ValueError(f"interruption {self.id}: more errored seconds than seconds in service")
        return self


class Reestablishment(_Record):
    same_type: bool = True
    same_customer: bool = True
    same_location: bool = True
    days_after_service_available: int = Field(ge=0)
    extension_granted: bool = False


FeatureGroup = Literal["A", "B", "C", "D"]
Direction = Literal["originating", "terminating"]


class FeatureGroupChange(_Record):
    """An order that changes a Switched Access service from one Feature Group to another (6.4.3):
    a discontinuance and a new start, except the equal access upgrades to FGD."""

    from_group: FeatureGroup
    to_group: FeatureGroup
    coincident_with_fgd_availability: bool = Field(
        False, description="an FGC upgrade ordered as FGD becomes available in the end office")
    allocation_results_received: dt.date | None = Field(
        None, description="the day the final presubscription allocation results for the end office reached the "
                          "customer (for a participant, or the last participant for one that is not)")
    disconnect_ordered: dt.date | None = Field(None, description="the day the order to disconnect FGA/FGB was submitted")
    disconnect_effective: dt.date | None = Field(None, description="the effective date of that disconnection")

    @model_validator(mode="after")
    def _allocation_dates(self) -> FeatureGroupChange:
        dates = (self.allocation_results_received, self.disconnect_ordered, self.disconnect_effective)
        if self.from_group in ("A", "B") and self.to_group == "D" and None in dates:
            raise ValueError("6.4.3: an FGA or FGB upgrade to FGD needs the allocation results date and the "
                             "disconnect order's submission and effective dates")
        return self


class Order(_Record):
    id: str
    date: dt.date
    service_class: Literal["switched", "special"] = "switched"
    kind: Literal[
        "new", "addition", "change", "rearrangement", "increase", "administrative-change",
        "pending-order-change", "telephone-company-reconfiguration", "icb-conversion", "stp-signaling-change",
        "section-13", "disconnect", "move-same-building", "move-other-building",
    ] = "new"
    reissued: bool = Field(False, description="a pending-order change that cancelled the order and issued a new one")
    applicable_charges: tuple[Literal["interim-nxx", "presubscription", "900-blocking"], ...] = ()
    service_date_changes: int = Field(0, ge=0)
    design_changes: int = Field(0, ge=0, description="authorized design changes")
    for_transmission_performance: bool = False
    section_13_services: tuple[Literal[
        "overtime-repair", "standby-repair", "testing-with-other-companies", "testing-with-other-companies-acceptance",
        "other-labor", "maintenance-of-service", "additional-engineering", "overtime-installation",
        "standby-acceptance-testing", "cooperative-acceptance-testing", "telecommunications-service-priority",
        "presubscription", "billing-name-and-address", "900-blocking", "international-blocking",
    ], ...] = ()
    order_pending: bool = False
    after_initial_installation: bool = False
    installations: tuple[ElementQuantity, ...] = Field((), description="nonrecurring elements of the order")
    monthly_elements: tuple[ElementQuantity, ...] = Field((), description="monthly elements ordered (for 5.5.2)")
    reestablishment: Reestablishment | None = None
    feature_group_change: FeatureGroupChange | None = None
    cancelled_on: dt.date | None = None
    partial_cancellation: bool = Field(False, description="a decrease in ordered quantity (5.5.4)")
    installation_started_on: dt.date | None = None
    service_date: dt.date | None = None
    delay_cause: Literal["telephone-company", "customer", "act-of-god", "government", "work-stoppage",
                         "civil-commotion"] = "telephone-company"
    costs_incurred: Exact | None = Field(None, description="less estimated net salvage (5.5.3(B)(3)(a))")
    trunks_activated: int = Field(0, ge=0, description="trunks activated by this order (6.4.1(B)(1))")
    trunks_converted: int = Field(0, ge=0, description="FGC/FGD trunks converted MF<->SS7 by this order (6.4.1(B)(3))")
    percent_interstate: Exact | None = Field(
        None, ge=0, le=100, description="mixed-use Switched Access: the interstate percentage of the service ordered; the "
                                        "order's nonrecurring charges are prorated (2.3.12(A))")
    requested_service_date: dt.date | None = Field(
        None, description="the service date the customer asks for (5.1.1); with applicable_service_date, decides "
                          "whether the order is accepted")
    applicable_service_date: dt.date | None = Field(
        None, description="the service date of the Telephone Company's schedule of service intervals (5.1.1)")
    direct_trunked_first_request: bool = Field(
        False, description="Direct Trunked Transport ordered where NECA Tariff F.C.C. No. 4 shows no bona fide "
                           "request for it: provided within 90 days of receipt of the order (5.1.1)")
    expedite_estimate: Exact | None = Field(
        None, ge=0, description="the estimate of the additional charges of an expedited service date given to the "
                                "customer (5.1.2)")
    expedite_cost: Exact | None = Field(
        None, ge=0, description="the actual additional cost of the expedite: billed, but not above the estimate "
                                "plus ten percent (5.1.2)")
    expedite_after_issue: bool = Field(
        False, description="the expedite was requested after the Access Order was issued: a Service Date Change "
                           "Charge also applies (5.1.2)")

    @model_validator(mode="after")
    def _jurisdiction(self) -> Order:
        _refuse_special_proration(self.service_class == "special", self.percent_interstate, f"order {self.id}")
        if (self.requested_service_date is None) != (self.applicable_service_date is None):
            raise ValueError(f"order {self.id}: requested_service_date and applicable_service_date go together (5.1.1)")
        if (self.expedite_estimate is None) != (self.expedite_cost is None):
            raise ValueError(f"order {self.id}: expedite_estimate and expedite_cost go together (5.1.2)")
        return self


class Labor(_Record):
    """Work priced at the Additional Engineering or Additional Labor rates: 13.1, 13.2, and the
    Section 13.3 services that 17.6.3 prices at the Additional Labor rates of 17.6.2(C) - Additional
    Manual Testing (13.3.1(A)(3)) and Maintenance of Service (13.3.2)."""

    id: str
    date: dt.date
    kind: Literal["engineering", "installation", "repair", "standby", "testing-with-other-companies", "other",
                  "additional-manual-testing", "maintenance-of-service", "acceptance-testing",
                  "cooperative-acceptance-testing"] = Field(
        description="acceptance-testing: the tests at installation (7.1.7, 13.3.1(A)(a)), at no charge; "
                    "cooperative-acceptance-testing: Additional Cooperative Acceptance Testing (13.3.1(A)(1), (B)(1))")
    service_class: Literal["switched", "special"] = Field(
        "switched", description="for testing services: the access service tested - Switched (13.3.1(A)) or Special "
                                "(13.3.1(B))")
    time: Literal["basic", "overtime", "premium"] | None = Field(
        None, description="the time class (17.6.1, 17.6.2); none: derived from `started` and the schedule (13), "
                          "or Basic Time when those are not given either")
    minutes: int = Field(gt=0, description="for Maintenance of Service: from the dispatch to the completion of the work")
    people: int = Field(1, ge=1)
    call_out: bool = Field(False, description="a call-out not consecutive with the scheduled work period")
    trouble: Literal["none-found", "other-equipment", "telephone-company-facilities"] = Field(
        "none-found", description="Maintenance of Service (13.3.2): what the dispatch found - no trouble in the "
                                  "Telephone Company's facilities, trouble in equipment not the Telephone Company's "
                                  "(or decataloged CPE it provided), or trouble in its own facilities")
    started: dt.datetime | None = Field(
        None, description="when the work began; with scheduled_work_period and scheduled_work_day it decides the "
                          "time class (13: \"normally scheduled working hours are an employee's scheduled work "
                          "period in any given calendar day\"), in place of `time`")
    scheduled_work_period: tuple[dt.time, dt.time] | None = Field(
        None, description="the employee's scheduled work period that day, e.g. [\"08:00\", \"17:00\"] (13)")
    scheduled_work_day: bool = Field(True, description="the day is one of the employee's scheduled work days (13)")
    estimate: Exact | None = Field(
        None, ge=0, description="Additional Engineering: the estimate furnished with the written justification; "
                                "the total charge may not exceed it by more than 10% (5.2.5)")
    declined: bool = Field(
        False, description="Additional Engineering: the customer did not want the service after being notified; "
                           "the order is withdrawn and no charges apply (5.2.5)")

    @model_validator(mode="after")
    def _time_class(self) -> Labor:
        if self.started is not None and self.time is not None:
            raise ValueError(f"labor {self.id}: give the time class or the facts that decide it (started and "
                             "scheduled_work_period), not both (13)")
        if self.started is not None and self.scheduled_work_period is None and self.scheduled_work_day:
            raise ValueError(f"labor {self.id}: work on a scheduled work day needs its scheduled_work_period (13)")
        if (self.estimate is not None or self.declined) and self.kind != "engineering":
            raise ValueError(f"labor {self.id}: an estimate or a declined order concerns Additional Engineering (5.2.5)")
        return self


class RefusalNotice(_Record):
    """A written notice that the Telephone Company will refuse applications or pending orders, or
    discontinue service, because the customer failed to comply (e.g. to pay) (2.1.8(A))."""

    id: str
    sent: dt.date
    received: dt.date | None = Field(None, description="when the customer received it; the day sent if not given")
    method: Literal["mail", "email", "other"] = Field(description="how the written notice was given")
    billed_electronically: bool = Field(False, description="the customer is billed electronically")
    consented_to_email: bool = Field(False, description="the customer consents to receiving electronic notification")


class DataRequest(_Record):
    """A request the Telephone Company makes for the customer's records: the data behind a disputed
    projected interstate percentage (2.3.11(D)), PVU verification data (2.3.13(F)(1)), a PVU audit
    (2.3.13(F)(4)), or certified copies of resold MTS billing (3.6.3)."""

    id: str
    kind: Literal["piu-support", "pvu-verification", "pvu-audit", "resale-billing"]
    date: dt.date = Field(description="the day of the request")
    earlier: tuple[dt.date, ...] = Field((), description="the days of the earlier requests of the same kind")
    covers_from: dt.date | None = Field(None, description="resale-billing: the first day of the oldest billing period "
                                                          "the request asks for (3.6.3)")
    independent_auditor: bool = Field(False, description="pvu-audit: the customer asked for an independent auditor "
                                                         "(2.3.13(F)(4))")

    @model_validator(mode="after")
    def _resale_period(self) -> DataRequest:
        if (self.kind == "resale-billing") != (self.covers_from is not None):
            raise ValueError(f"request {self.id}: covers_from belongs to a resale-billing request, and it needs one (3.6.3)")
        return self


class IpicLetter(_Record):
    """An interexchange carrier's letter of agency designating itself an end user's IPIC (13.4(A)(2))."""

    identity = ("line", "ic")

    line: str
    ic: str
    authorized: dt.date = Field(description="the authorization date the letter bears")


class EndUserList(_Record):
    """An IC End User and Agent List for an end office converting to equal access (13.4(A)(1))."""

    id: str
    received: dt.date
    conversion: dt.date = Field(description="the day the end office converts to equal access")


class PicChange(_Record):
    """An end user's intraLATA PIC selection or change, submitted by the end user or an agent
    (13.4(A)(3)); priced per line or trunk by method (17.6.3(H))."""

    id: str
    line: str = Field(description="the telephone exchange line or trunk whose PIC changes")
    date: dt.date
    end_user: Literal["existing", "new"] = "existing"
    window_start: dt.date = Field(description="the end office's conversion to equal access (existing end users, "
                                              "13.4(A)(3)(a)) or the order for exchange service (new end users, (b)): "
                                              "the four months run from here")
    initial: bool = Field(False, description="the end user's initial IPIC selection rather than a change")
    method: Literal["manual", "electronic"] = Field(
        "electronic", description="as submitted: an electronic request processed manually is still electronic")
    simultaneous: bool = Field(False, description="one request changes both the interLATA and the intraLATA PIC")


class TspRequest(_Record):
    """A request to provide, change or discontinue Telecommunications Service Priority (13.3.3(B))."""

    id: str
    service: str
    service_class: Literal["switched", "special"]
    date: dt.date
    action: Literal["provide", "change", "discontinue"] = "provide"
    timing: Literal["with-access-order", "after-access-order", "after-installation"] = Field(
        description="coincident with the Access Order to install or change the service, after that order was "
                    "issued, or after the service's initial installation")


AUTOMATIC_TESTS = ("gain_slope", "c_notched_noise", "loss_1004hz", "c_message_noise", "balance")
ROUTINE_TESTS = ("loss_1004hz", "c_message_noise", "balance")


class AutomaticTest(_Record):
    """Additional Automatic Testing of FGB, FGC or FGD to the first point of switching
    (13.3.1(A)(2), 17.6.3(B)): one test on a number of transmission paths."""

    id: str
    date: dt.date
    feature_group: Literal["B", "C", "D"]
    test: Literal["gain_slope", "c_notched_noise", "loss_1004hz", "c_message_noise", "balance"]
    paths: int = Field(1, ge=1, description="transmission paths tested")
    routine: bool = Field(False, description="a routine test on the routine schedule (1004 Hz loss, C-message noise "
                                             "and balance only), not one requested as needed or more often")

    @model_validator(mode="after")
    def _routine_kind(self) -> AutomaticTest:
        if self.routine and self.test not in ROUTINE_TESTS:
            raise ValueError(f"automatic test {self.id}: {self.test} is not one of the routine tests {ROUTINE_TESTS}")
        return self


CalledService = Literal["closed-end", "directory-assistance"]


class CallRecord(_Record):
    """One call as recorded at the first point of switching: flat fields only, so that a month of
    them lays out as columns. The supervision events are those the catalog measures from
    (6.5.4, 6.6.4, 6.7.4, 6.8.4); which start and stop events count depends on the feature group,
    direction, signaling and routing."""

    id: str
    end_office: str
    feature_group: FeatureGroup
    direction: Direction
    signaling: Literal["MF", "SS7"] = "MF"
    routing: Literal["direct", "tandem"] = "direct"
    line: str | None = Field(None, description="FGA line or hunt group (the FGA accumulation unit)")
    off_hook: dt.datetime | None = Field(None, description="FGA originating: off-hook received at the first point of switching")
    answer: dt.datetime | None = Field(None, description="answer supervision received")
    iam_sent: dt.datetime | None = Field(None, description="SS7 Initial Address Message sent (originating, direct)")
    exit_message: dt.datetime | None = Field(None, description="SS7 Exit Message received from the tandem (originating, via tandem)")
    end_user_disconnect: dt.datetime | None = Field(None, description="disconnect/on-hook/release from the end user side")
    customer_disconnect: dt.datetime | None = Field(None, description="disconnect/on-hook/release from the customer side")
    jurisdiction: Literal["intrastate", "interstate"] | None = Field(
        None, description="when known from call detail (FCC 85-145 entry-point rule, 2.3.11(C)(1))")
    called_service: CalledService | None = Field(
        None, description="an originating call to a closed end service or to Directory Assistance: left out of the "
                          "originating usage that derives unmeasured terminating FGC/FGD usage (6.7.4, 6.8.4)")

    @model_validator(mode="after")
    def _stops(self) -> CallRecord:
        if self.end_user_disconnect is None and self.customer_disconnect is None:
            raise ValueError(f"call {self.id}: no disconnect event")
        return self


class UsageSummary(_Record):
    """Chargeable access minutes already measured and summed, as a recording company passes them
    to the billing company in meet-point billing (2.4.7(B))."""

    id: str
    end_office: str
    feature_group: FeatureGroup
    direction: Direction
    routing: Literal["direct", "tandem"] = "direct"
    minutes: Exact = Field(ge=0)
    jurisdiction: Literal["intrastate", "interstate"] | None = Field(
        None, description="measured jurisdiction of these minutes; None: the projected percentage applies")
    called_service: CalledService | None = Field(
        None, description="originating minutes of calls to a closed end service or to Directory Assistance (6.7.4, 6.8.4)")


class UnmeasuredService(_Record):
    """FGA lines or FGB trunks of an end office without measurement in one or both directions (17.4.4)."""

    end_office: str
    feature_group: Literal["A", "B"]
    directionality: Literal["two-way", "originating-only", "terminating-only"] = "two-way"
    count: int = Field(1, ge=1, description="lines (FGA) or trunks (FGB)")
    routing: Literal["direct", "tandem"] = "direct"
    measured_direction: Direction | None = None
    measured_minutes_per_line: Exact | None = Field(None, description="the measured direction's minutes per line or trunk")


class NctaStudy(_Record):
    """6.7.4 Steps 1-4 for originating FGC (or FGA with off-hook forwarded at answer) per end office:
    one study per major call category, "Completion ratios (CR) are obtained separately for the major
    call categories such as DDD, operator, 800 series, 900, directory assistance and international"."""

    identity = ("end_office", "feature_group", "routing", "call_category")

    end_office: str
    feature_group: Literal["A", "C"] = "C"
    routing: Literal["direct", "tandem"] = "direct"
    call_category: str | None = Field(
        None, description="the major call category the study covers (DDD, operator, 800 series, 900, directory "
                          "assistance, international); none: one study for all the office's calls")
    measured_messages: Exact = Field(ge=0, description="originating messages of the category (Step 1)")
    completion_ratio: Exact = Field(gt=0, le=1)
    ncta_per_attempt: Exact = Field(ge=0)


class FgdOffice(_Record):
    """An equal access end office of a transition area where the customer also has FGD (6.4.1(C)(3)(b)(iii))."""

    identity = ("end_office",)

    end_office: str = Field(description="the end office id its FGD usage is recorded under")
    lines: int = Field(gt=0, description="its subscriber lines")


class TransitionArea(_Record):
    """An FGA or FGB entry switch whose access area has both equal access and other end offices, with
    no end office data: its premium minutes go by subscriber lines (6.4.1(C)(3)(b)(ii)), less the
    customer's FGD minutes at the area's equal access offices ((b)(iii))."""

    identity = ("entry_switch", "feature_group")

    entry_switch: str = Field(description="the end office id the entry switch's usage is recorded under")
    feature_group: Literal["A", "B"]
    equal_access_lines: int = Field(ge=0, description="subscriber lines of the access area's equal access end offices")
    total_lines: int = Field(gt=0, description="all subscriber lines of the access area")
    fgd_offices: tuple[FgdOffice, ...] = ()

    @model_validator(mode="after")
    def _lines(self) -> TransitionArea:
        if self.equal_access_lines > self.total_lines:
            raise ValueError(f"entry switch {self.entry_switch}: more equal access lines than lines in the access area")
        return self


class TrunkGroupShare(_Record):
    """One trunk group of terminating FGC from one of several customer premises into an end office
    without measurement (6.4.6(D)): its ordered BHMC and its Tandem Switched Transport miles."""

    id: str
    bhmc: int = Field(gt=0, description="busy hour minutes of capacity ordered for the group")
    tandem_switched_miles: int = Field(ge=0)


class ContestedUsage(_Record):
    """Directly routed minutes of a contested period, billed at the undisputed PVU (2.3.13(F)(4)(d))."""

    feature_group: FeatureGroup
    direction: Direction
    minutes: Exact = Field(ge=0, description="the period's minutes before the VoIP share was taken out")


class PvuAudit(_Record):
    """A PVU factor under dispute and audit at one end office (2.3.13(F)(4)): which factor bills the
    usage until the audit is complete, the audited factor afterwards, and the contested periods'
    adjustment when the audit supports the customer."""

    undisputed_originating: Exact | None = Field(None, description="the most recent undisputed originating PVU")
    undisputed_terminating: Exact | None = Field(None, description="the most recent undisputed terminating PVU")
    records_inadequate: bool = Field(False, description="the customer's records are inadequate for the audit")
    completed: dt.date | None = Field(None, description="the day the audit was completed")
    audited_originating: Exact | None = Field(None, description="the audited originating PVU")
    audited_terminating: Exact | None = Field(None, description="the audited terminating PVU")
    contested: tuple[ContestedUsage, ...] = Field((), description="usage of the contested periods (2.3.13(F)(4)(d))")

    @model_validator(mode="after")
    def _a_factor(self) -> PvuAudit:
        if not self.records_inadequate and self.undisputed_originating is None and self.undisputed_terminating is None:
            raise ValueError("2.3.13(F)(4)(b): during an audit the undisputed PVU of the previous reporting period "
                             "is used; give it (or say the records are inadequate, (a))")
        return self


class EndOfficeTerms(_Record):
    """How the customer's traffic at one end office is jurisdictionalized and transported."""

    identity = ("end_office",)

    end_office: str
    percent_intrastate: Exact | None = Field(None, ge=0, le=100, description="2.3.11(C)(1)-(2): projected intrastate %")
    percent_interstate: Exact | None = Field(None, ge=0, le=100, description="2.3.11(C)(3), FGC/FGD: projected interstate %")
    end_office_in_territory: bool = Field(True, description="the end office is the issuing carrier's (End Office charges)")
    end_office_cloc: bool = True
    tandem_cloc: bool = True
    tandem_in_territory: bool = Field(True, description="Tandem Switching applies (2.4.7(B)(3)(c))")
    tandem_switched_miles: int | None = Field(None, ge=0, description="airline miles of the TSF (rounded up)")
    tandem_vh: tuple[int, int] | None = None
    end_office_vh: tuple[int, int] | None = None
    tst_billing_percentage: Exact = Field(100, ge=0, le=100, description="BP of the Tandem Switched Facility")
    tst_terminations: int = Field(1, ge=0, description="Tandem Switched Terminations applied (the examples use 1 or 2)")
    reports: tuple[JurisdictionReport, ...] = Field((), description="reports received; the latest in effect applies")
    pvu_originating: Exact | None = Field(None, description="2.3.13: whole-number percent VoIP usage, originating")
    pvu_terminating: Exact | None = Field(None, description="2.3.13: whole-number percent VoIP usage, terminating")
    wireless_switching_center: bool = Field(
        False, description="a Wireless Switching Center directly interconnected to the access tandem: FGB and FGD bill "
                           "Local Transport only (6.6.1(I), 6.8.1(K)), measured from the customer's serving wire "
                           "center to the tandem (6.4.6(F))")
    serving_wire_center_vh: tuple[int, int] | None = Field(
        None, description="the customer's serving wire center, the far end of a WSC's mileage (6.4.6(F)) and of a "
                          "WATS Serving Office's (6.4.6(E))")
    entry_switch_vh: tuple[int, int] | None = Field(
        None, description="at a WATS Serving Office: the Feature Group A entry switch, from which the Local Transport "
                          "Facility of assumed minutes is measured (6.4.6(E)); measured minutes are measured from the "
                          "office itself (end_office_vh)")
    wats: Literal["outward", "inward"] | None = Field(
        None, description="the office is a WATS Serving Office where Special Access for outward or inward WATS "
                          "connects with this Switched Access (3.2.3)")
    equal_access: bool = Field(True, description="the office is equipped with equal access (FGD) capabilities")
    terminating_fgc_groups: tuple[TrunkGroupShare, ...] = Field(
        (), description="6.4.6(D): terminating FGC from several premises into this office without measurement; its "
                        "Local Transport minutes are apportioned by BHMC as the basis of the mileage")
    tandem_switched_from: Literal["access-tandem", "host-office", "dial-tone-office"] = Field(
        "access-tandem", description="where the Tandem Switched Transport of tandem-routed minutes begins: an access "
                                     "tandem, the host of a remote office (6.4.6(G)) or the FGA dial tone office "
                                     "(6.4.6(B), 6.5.1(J)); only an access tandem bears Tandem Switching")
    pvu_audit: PvuAudit | None = Field(None, description="the reported PVU is disputed and under audit (2.3.13(F)(4))")
    fga_off_hook: Literal["before-answer", "at-answer"] | None = Field(
        None, description="where the customer's equipment gives the FGA originating off-hook signal (5.2.1(A), "
                          "6.10.1(C)): before the called party answers - the measured minutes are the chargeable "
                          "minutes (6.5.4) and no NCTA is added - or at answer, when the NCTA of 6.7.4 completes them")
    terminating_measured: bool = Field(
        True, description="the office can measure terminating FGC and FGD usage; where it cannot, that usage is derived "
                          "from originating usage (6.7.4, 6.8.4) and terminating records there are refused")

    @model_validator(mode="after")
    def _one_percentage(self) -> EndOfficeTerms:
        if self.percent_intrastate is not None and self.percent_interstate is not None:
            raise ValueError(f"end office {self.end_office}: give percent_intrastate or percent_interstate, not both")
        return self


class JurisdictionReport(_Record):
    """A projected percentage (2.3.11(C)(1)) or a quarterly or revised PVU (2.3.13(E), (F)(3))
    reported by the customer: it takes effect on the next bill date after it is received, with no
    prorating or back billing. Each figure stands until a later report gives that figure again."""

    identity = ("received",)   # one report a day

    received: dt.date
    percent_intrastate: Exact | None = Field(None, ge=0, le=100)
    percent_interstate: Exact | None = Field(None, ge=0, le=100)
    pvu_originating: Exact | None = Field(None, description="2.3.13(E): a quarterly PVU update, originating")
    pvu_terminating: Exact | None = Field(None, description="2.3.13(E): a quarterly PVU update, terminating")


class ChannelMileageSection(_Record):
    """A section of Special Access Channel Mileage (7.2.1(B), 7.2.5): between serving wire centers,
    hubs or a WATS Serving Office."""

    id: str
    service: str = Field(description="the special access service the section belongs to")
    rate_set: str = Field(description="prefix of the mileage elements, e.g. voice_grade or high_capacity ... .ds1")
    miles: int | None = Field(None, ge=0)
    from_vh: tuple[int, int] | None = None
    to_vh: tuple[int, int] | None = None
    billing_percentage: Exact = Field(100, ge=0, le=100)
    terminations: int = Field(2, ge=0)
    hub_vh: tuple[int, int] | None = Field(
        None, description="a Telephone Company hub the channel is routed through between the two ends (7.2.5)")
    hub_purpose: Literal["bridging", "multiplexing", "test-access"] | None = Field(
        None, description="what the hub does for this service: customer-specified bridging or multiplexing makes two "
                          "sections, each rated separately; any other purpose (e.g. Telephone Company test access) "
                          "rates only the distance between the two ends (7.2.5)")

    @model_validator(mode="after")
    def _located(self) -> ChannelMileageSection:
        if self.miles is None and (self.from_vh is None or self.to_vh is None):
            raise ValueError(f"section {self.id}: give miles or the V&H coordinates of both ends")
        if (self.hub_vh is None) != (self.hub_purpose is None):
            raise ValueError(f"section {self.id}: a hub needs its V&H and its purpose")
        if self.hub_vh is not None and (self.from_vh is None or self.to_vh is None):
            raise ValueError(f"section {self.id}: a section through a hub is measured from the V&H of both ends")
        return self


class SurchargeTerms(_Record):
    """7.3: the Special Access Surcharge of one service, absent a written exemption certification."""

    identity = ("service",)

    service: str
    voice_grade_equivalents: int = Field(1, ge=1, description="1 for a voice grade service, at most 24 for a DS1")
    exempt_equivalents: int = Field(0, ge=0)
    spare_equivalents: int = Field(0, ge=0)
    certified_exempt: bool = False
    certification_received: dt.date | None = Field(
        None, description="7.3.4(D): the day an exemption certification was received; billing ceases from then")
    certified_effective: dt.date | None = Field(
        None, description="7.3.4(C), (D): the effective date of the change the customer's letter specifies")


class BlockingHour(_Record):
    """One clock hour of the 30-day period: totals of attempts and overflows, average usage and capacity."""

    identity = ("hour",)   # one total per clock hour

    hour: int = Field(ge=0, le=23)
    attempts: int = Field(ge=0)
    overflows: int = Field(ge=0)
    average_usage_minutes: Exact = Field(ge=0)
    capacity_minutes: Exact = Field(ge=0)


class BlockingStudy(_Record):
    """6.8.6: a 30-day measurement of an FGD trunk group and the capacity notification that followed."""

    id: str
    end_office: str
    trunks_in_service: int = Field(ge=1)
    routing: Literal["direct", "tandem"] = "direct"
    notified_on: dt.date
    capacity_ordered_on: dt.date | None = None
    hours: tuple[BlockingHour, ...] = ()


class DirectTrunkedSegment(_Record):
    """A measured segment of Direct Trunked Facility (6.1.3(A)(2), 6.4.6)."""

    id: str
    capacity: Literal["vg", "ds1", "ds3"]
    miles: int | None = Field(None, ge=0, description="airline miles, already rounded up")
    from_vh: tuple[int, int] | None = None
    to_vh: tuple[int, int] | None = None
    billing_percentage: Exact = Field(100, ge=0, le=100)
    terminations: int = Field(2, ge=0, description="Direct Trunked Terminations billed (each end of the segment)")

    @model_validator(mode="after")
    def _located(self) -> DirectTrunkedSegment:
        if self.miles is None and (self.from_vh is None or self.to_vh is None):
            raise ValueError(f"segment {self.id}: give miles or the V&H coordinates of both ends")
        return self


class SignalingLink(_Record):
    """A Signaling Network Access Link of CCS/SS7 Network Connection Service (6.10.3(B)) as built: from
    the customer's Signaling Point of Interface, through its serving wire center, to an STP. The
    reference derives its elements (6.4.1(C)(5))."""

    id: str
    capacity: Literal["ds0", "ds1"]
    swc_vh: tuple[int, int] = Field(description="the serving wire center of the customer's SPOI")
    stp_vh: tuple[int, int] = Field(description="the STP the link terminates on")
    entrance_miles: Exact = Field(0, ge=0, description="airline miles from the SPOI to its serving wire center (the "
                                                       "DS1 Signaling Entrance Facility bears mileage over 3 miles)")
    stp_terminations: int = Field(1, ge=0, description="terminations of the Signaling Mileage Facility at an STP")


class TandemSubtending(_Record):
    """FGB ordered at an access tandem without end office specific measurement (6.6.4): the tandem's
    minutes are apportioned among its subtending end offices by their subscriber lines."""

    identity = ("tandem",)

    tandem: str = Field(description="the id the access tandem's FGB usage is reported under")
    subscriber_lines: dict[str, int] = Field(min_length=1, description="each subtending end office's subscriber "
                                                                       "lines (exchange, Centrex and Centrex-type)")

    @model_validator(mode="after")
    def _lines(self) -> TandemSubtending:
        if any(n < 0 for n in self.subscriber_lines.values()) or not sum(self.subscriber_lines.values()):
            raise ValueError(f"tandem {self.tandem}: subscriber lines must be non-negative and not all zero")
        return self


class DedicatedTrunkPort(_Record):
    """Dedicated trunk channels terminated by a port at one switch (6.11.1), for the month of the bill."""

    id: str
    at: Literal["end-office", "access-tandem"] = Field(description="the switch where the dedicated trunk terminates")
    channel: Literal["ds0", "ds1"] = Field(description="a voice grade (DS0) trunk, or a DS1 priced per channel")
    channels: int = Field(1, ge=1)


class Db800Allocation(_Record):
    """6.4.1(C)(6): the customer's query (or minute) total at a tandem, and each subtending end office's
    unidentified originating 800 minutes, when per-end-office counts are not known."""

    tandem_total: Exact | None = Field(None, ge=0, description="the customer's billable queries (or minutes) at the "
                                                               "tandem; or give the query counts below")
    launched: int | None = Field(None, ge=0, description="queries launched from the SSP to the data base")
    completed: int | None = Field(None, ge=0, description="of them, completed: routing information returned to the "
                                                          "SSP that launched them (6.1.3(A)(8))")
    delivered: int | None = Field(None, ge=0, description="of them, calls delivered to the customer")
    end_office_minutes: dict[str, Exact]
    bill_end_office: str = Field(description="the end office whose share this bill carries")
    query_type: Literal["basic", "vertical_feature"] = "basic"

    @model_validator(mode="after")
    def _counts(self) -> Db800Allocation:
        if (self.tandem_total is None) == (self.launched is None or self.completed is None):
            raise ValueError("db800: give tandem_total, or the launched and completed query counts, not both")
        if self.completed is not None and self.launched is not None and self.completed > self.launched:
            raise ValueError("db800: more queries completed than launched")
        if self.delivered is not None and self.completed is not None and self.delivered > self.completed:
            raise ValueError("db800: more calls delivered than queries completed")
        return self


class CatalogCase(CaseBase):
    """A billing question under the Access Catalog: services and their elements, the period's events,
    usage and circuits. Calls, usage summaries, end office reports and circuits that break their
    schema are set aside (`malformed`) and the rest of the month is rated around them."""

    QUARANTINED = {
        "calls": ("call", CallRecord), "usage": ("usage summary", UsageSummary),
        "end_offices": ("end office", EndOfficeTerms), "direct_trunked": ("segment", DirectTrunkedSegment),
        "channel_mileage": ("section", ChannelMileageSection)}
    VERSION_2_FIELDS = ("pic_changes", "tsp_requests", "automatic_tests", "transition_areas", "trunk_ports",
                        "refusal_notices", "data_requests", "ipic_letters", "end_user_lists", "signaling_links",
                        "tandem_subtending")

    document: Literal["access-catalog-3"] = "access-catalog-3"
    account: CatalogAccount = CatalogAccount()
    services: tuple[Service, ...] = ()
    interruptions: tuple[Interruption, ...] = ()
    orders: tuple[Order, ...] = ()
    labor: tuple[Labor, ...] = ()
    calls: tuple[CallRecord, ...] = ()
    usage: tuple[UsageSummary, ...] = ()
    unmeasured: tuple[UnmeasuredService, ...] = ()
    ncta: tuple[NctaStudy, ...] = ()
    end_offices: tuple[EndOfficeTerms, ...] = ()
    direct_trunked: tuple[DirectTrunkedSegment, ...] = ()
    db800: Db800Allocation | None = None
    channel_mileage: tuple[ChannelMileageSection, ...] = ()
    blocking: tuple[BlockingStudy, ...] = ()
    surcharges: tuple[SurchargeTerms, ...] = ()
    surcharge_rate: Exact | None = Field(None, description="monthly Special Access Surcharge per voice grade equivalent; "
                                                            "no rate is filed in Section 17, so it is an input")
    # --- version 2 ---
    transition_areas: tuple[TransitionArea, ...] = ()
    trunk_ports: tuple[DedicatedTrunkPort, ...] = ()
    pic_changes: tuple[PicChange, ...] = ()
    tsp_requests: tuple[TspRequest, ...] = ()
    automatic_tests: tuple[AutomaticTest, ...] = ()
    refusal_notices: tuple[RefusalNotice, ...] = ()
    data_requests: tuple[DataRequest, ...] = ()
    ipic_letters: tuple[IpicLetter, ...] = ()
    end_user_lists: tuple[EndUserList, ...] = ()
    signaling_links: tuple[SignalingLink, ...] = ()
    tandem_subtending: tuple[TandemSubtending, ...] = ()

    @model_validator(mode="after")
    def _references(self) -> CatalogCase:
        services = {s.id for s in self.services}
        legs = {s.id: {leg.id for leg in s.legs} for s in self.services}
        for interruption in self.interruptions:
            if interruption.service not in services:
                raise ValueError(f"interruption {interruption.id} names unknown service {interruption.service!r}")
            unknown = set(interruption.failed_legs) - legs[interruption.service]
            if unknown:
                raise ValueError(f"interruption {interruption.id} names unknown legs {sorted(unknown)} of service "
                                 f"{interruption.service!r}")
        return self

    @model_validator(mode="after")
    def _ncta_by_category(self) -> CatalogCase:
        """6.7.4: an office's NCTA comes from one study of all its calls or from one per call category,
        never both (the category's messages would count twice)."""
        whole = {(s.end_office, s.feature_group, s.routing) for s in self.ncta if s.call_category is None}
        for study in self.ncta:
            if study.call_category is not None and (study.end_office, study.feature_group, study.routing) in whole:
                raise ValueError(f"ncta: end office {study.end_office} has a study of all its FG{study.feature_group} "
                                 f"{study.routing} calls and one of {study.call_category!r} calls; give one or the other")
        return self
