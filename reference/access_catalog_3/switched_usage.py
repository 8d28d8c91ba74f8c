"""Switched access usage: chargeable minutes per end office, their intrastate share, and the
per-minute rate elements they bear.

2.3.11(C): usage is billed on the intrastate share: measured jurisdiction where call detail gives
it (the FCC 85-145 entry-point rule), else the projected intrastate percentage (FGA/FGB, (C)(2)) or
100 less the projected interstate percentage (FGC/FGD, (C)(3)) - reported, or developed from the
month's originating call detail - applied to measured or assumed minutes. 6.7.4, 6.8.4: where an end
office cannot measure terminating FGC or FGD usage, it is derived from the month's originating
usage less calls to closed end services (FGD: and Directory Assistance), by the reading
derived-terminating-usage. 3.7.4: Carrier Common Line on intrastate minutes. 6.1.3(B)(1), 17.4.3(A): Local Switching 1
for FGA/FGB, 2 for FGC/FGD. 6.11.2: the Shared Trunk Port on "all access minutes which utilize
Tandem-Switched Transport". 2.4.7(B)(3)(c): minutes x airline miles x BP x the Tandem Switched
Facility rate; the Tandem Switched Termination rate x minutes (the examples count 1 or 2
terminations); Tandem Switching only for a tandem in a participating company's territory; for
terminating traffic "Terminating - Tandem 3rd Party rates" when exactly one of the tandem and the end
office is a CLOC ILEC's, otherwise "Terminating - Tandem End Office rates".
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from ratecert_reference.access_catalog_3.records import CallRecord, CatalogCase, EndOfficeTerms, JurisdictionReport, UsageSummary
from ratecert_reference.access_catalog_3.access_minutes import (UnmeasurableCall, accumulation_unit, assumed_minutes, chargeable_seconds,
                                      ncta_minutes, rounded_minutes, rounding_rule)
from ratecert_reference import mileage
from ratecert_reference.access_catalog_3 import pvu_audit
from ratecert_reference.access_catalog_3.premium import premium_share

Key = tuple[str, str, str, str]   # end office, feature group, direction, routing


@dataclass(frozen=True)
class UsageCharge:
    element: str
    minutes: Decimal
    multiplier: Decimal
    clause: str
    end_office: str
    description: str


@dataclass
class Minutes:
    projected: Decimal = Decimal(0)     # jurisdiction unknown: the projected percentage applies
    assumed: Decimal = Decimal(0)       # of `projected`, the assumed minutes of unmeasured lines (17.4.4, 3.7.3)
    intrastate: Decimal = Decimal(0)    # measured intrastate
    measured: bool = False              # any minute was measured (not assumed, 17.4.4)
    interstate: Decimal = Decimal(0)    # measured interstate: not billed here, but it develops a percentage (2.3.11(C)(3))


def _unrecordable(record: CallRecord | UsageSummary, unmeasured: set[str]) -> bool:
    """Terminating FGC/FGD usage recorded at an office that cannot measure it (6.7.4, 6.8.4)."""
    return record.direction == "terminating" and record.feature_group in ("C", "D") and record.end_office in unmeasured


OFF_HOOK_BEFORE_ANSWER = ("end office {}: the customer's equipment gives the FGA off-hook signal before the called "
                          "party answers, so the measured minutes are the chargeable minutes (6.5.4); no NCTA is added")


def _derives(record: CallRecord | UsageSummary, unmeasured: set[str]) -> bool:
    """Originating FGC/FGD usage that derives its office's terminating usage: 6.7.4 "excluding usage
    from calls to closed end services"; 6.8.4 (FGD) "... or Directory Assistance Services"."""
    excluded = record.called_service == "closed-end" or (
        record.feature_group == "D" and record.called_service == "directory-assistance")
    return record.end_office in unmeasured and record.direction == "originating" and \
        record.feature_group in ("C", "D") and not excluded


def chargeable(case: CatalogCase, readings: dict[str, str],
               common_line: bool = False) -> tuple[dict[Key, Minutes], list[tuple[str, str]]]:
    """Chargeable access minutes per (end office, FG, direction, routing), and the rejected records;
    rounded as the minutes of Carrier Common Line or of the Section 6 elements are (`common_line`)."""
    rejected: list[tuple[str, str]] = []
    seconds: dict[tuple[str, str, str, str, str, str | None], Decimal] = defaultdict(Decimal)
    end_office_of: dict[str, str] = {}
    unmeasured = {t.end_office for t in case.end_offices if not t.terminating_measured}
    basis_seconds: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)   # originating usage deriving terminating
    basis_minutes: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)
    for call in case.calls:
        if _unrecordable(call, unmeasured):
            rejected.append((call.id, _NO_TERMINATING_MEASUREMENT.format(call.end_office, call.feature_group)))
            continue
        try:
            spent = chargeable_seconds(call, readings["fgd-originating-mf-start"])
        except UnmeasurableCall as exc:
            rejected.append((call.id, str(exc)))
            continue
        if _derives(call, unmeasured):
            basis_seconds[(call.end_office, call.feature_group, call.routing)] += spent
        unit = accumulation_unit(call)
        end_office_of[unit] = call.end_office
        seconds[(unit, call.feature_group, call.direction, call.routing, call.end_office, call.jurisdiction)] += spent
    ncta: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)
    measured_at_off_hook = {t.end_office for t in case.end_offices if t.fga_off_hook == "before-answer"}
    for study in case.ncta:   # 6.7.4: a study per major call category; the office's NCTA is their sum
        if study.feature_group == "A" and study.end_office in measured_at_off_hook:
            rejected.append((f"ncta {study.end_office}", OFF_HOOK_BEFORE_ANSWER.format(study.end_office)))
            continue
        ncta[(study.end_office, study.feature_group, study.routing)] += ncta_minutes(study)
    rounding = rounding_rule(readings["access-minute-rounding"], common_line)
    order = readings["ncta-rounding-order"]
    out: dict[Key, Minutes] = defaultdict(Minutes)
    for (unit, fg, direction, routing, end_office, jurisdiction), total in seconds.items():
        extra = ncta.pop((end_office, fg, routing), Decimal(0)) if direction == "originating" and \
            jurisdiction is None else Decimal(0)
        if order == "add-then-round":
            minutes = rounded_minutes(total + extra * 60, rounding)
        else:
            minutes = rounded_minutes(total, rounding) + extra
        bucket = out[(end_office, fg, direction, routing)]
        if jurisdiction == "interstate":
            bucket.interstate += minutes
            continue
        bucket.measured = True
        if jurisdiction == "intrastate":
            bucket.intrastate += minutes
        else:
            bucket.projected += minutes
    for (end_office, fg, routing), extra in ncta.items():   # studies with no recorded calls
        out[(end_office, fg, "originating", routing)].projected += extra
        out[(end_office, fg, "originating", routing)].measured = True
    for summary in case.usage:
        if _unrecordable(summary, unmeasured):
            rejected.append((summary.id, _NO_TERMINATING_MEASUREMENT.format(summary.end_office, summary.feature_group)))
            continue
        if _derives(summary, unmeasured):
            basis_minutes[(summary.end_office, summary.feature_group, summary.routing)] += summary.minutes
        bucket = out[(summary.end_office, summary.feature_group, summary.direction, summary.routing)]
        bucket.measured = True
        if summary.jurisdiction == "intrastate":
            bucket.intrastate += summary.minutes
        elif summary.jurisdiction is None:
            bucket.projected += summary.minutes
        else:
            bucket.interstate += summary.minutes
    for service in case.unmeasured:
        for direction, minutes in assumed_minutes(service, readings["fgb-two-way-assumed-split"]).items():
            bucket = out[(service.end_office, service.feature_group, direction, service.routing)]
            bucket.projected += minutes
            bucket.assumed += minutes
    for (end_office, fg, routing) in sorted(set(basis_seconds) | set(basis_minutes)):
        derived = rounded_minutes(basis_seconds[(end_office, fg, routing)], rounding) + basis_minutes[(end_office, fg, routing)]
        if readings["derived-terminating-usage"] == "not-derivable":
            rejected.append((end_office, f"end office {end_office}: terminating FG{fg} usage would be derived from "
                                         f"{derived:f} originating minutes, but the catalog files no method (6.7.4, "
                                         "6.8.4; interpretation derived-terminating-usage)"))
            continue
        bucket = out[(end_office, fg, "terminating", routing)]
        bucket.projected += derived   # of no measured jurisdiction: the office's projected percentage applies
        bucket.measured = True
    return dict(out), rejected


_NO_TERMINATING_MEASUREMENT = ("end office {0} has no terminating measurement: its terminating FG{1} usage is derived "
                               "from originating usage (6.7.4, 6.8.4), not recorded")


def intrastate_share(terms: EndOfficeTerms | None, bill_date: dt.date | None = None,
                     same_bill: bool = False) -> Decimal | None:
    """The projected intrastate fraction in force on `bill_date` (2.3.11(C)(2), 2.3.11(C)(3): intrastate =
    100 - interstate). A report takes effect on the next bill date after its receipt, with no back
    billing (2.3.11(C)(1)); without a report in force, the percentages of the order apply. A report
    that carries only a quarterly PVU update (2.3.13(E)) states no percentage: the one before it stands."""
    if terms is None:
        return None
    for report in _in_force(terms, bill_date, same_bill):
        if report.percent_intrastate is not None or report.percent_interstate is not None:
            return _share(report.percent_intrastate, report.percent_interstate)
    return _share(terms.percent_intrastate, terms.percent_interstate)


def _in_force(terms: EndOfficeTerms, bill_date: dt.date | None, same_bill: bool) -> list[JurisdictionReport]:
    """The reports in effect on `bill_date`, latest first: each takes effect on the next bill date
    after its receipt (or on that bill date itself under the same-bill reading)."""
    return [r for r in sorted(terms.reports, key=lambda r: r.received, reverse=True)
            if bill_date is None or r.received < bill_date or (same_bill and r.received == bill_date)]


def _share(intrastate: Decimal | None, interstate: Decimal | None) -> Decimal | None:
    if intrastate is not None:
        return intrastate / 100
    if interstate is not None:
        return (100 - interstate) / 100
    return None


VOIP_ORIGINATING_INTERSTATE_FROM = dt.date(2014, 7, 1)   # 2.3.13(A), the broken bullet (FLAG-06)


def voip_at_interstate_rates(direction: str, bill_date: dt.date | None, reading: str) -> bool:
    """2.3.13(A): whether the VoIP-PSTN traffic of `direction` is billed at interstate rates, so the
    PVU takes it off this catalog's bill. Terminating: "After the Initial Implementation date ...
    billed according to interstate access rates". Originating intrastate: "Effective July 13, 2012 ...
    billed according to intrastate access rates", then "Effective July 1, 2014 the applicable rate
    elements used in providing originating access for intrastate VoIP-PSTN Traffic and associated"
    - the bullet breaks off (interpretation voip-originating-intrastate)."""
    if direction == "terminating":
        return True
    return reading == "interstate-from-2014-07-01" and (bill_date is None or bill_date >= VOIP_ORIGINATING_INTERSTATE_FROM)


def pvu_share(terms: EndOfficeTerms | None, direction: str, bill_date: dt.date | None = None,
              same_bill: bool = False, reading: str = "interstate-from-2014-07-01") -> Decimal:
    """2.3.13(C)(1), 2.3.13(C)(9): the VoIP share moved to interstate rates; 0 when not furnished - also
    for an end office the case does not describe, whose minutes are priced as they come (3.7.4,
    6.1.3(B)(1)) - or when the direction's VoIP traffic stays at intrastate rates (2.3.13(A),
    `reading`); a PVU not a whole-number percentage is refused (2.3.13(C)(3)). A quarterly update
    (2.3.13(E)) or an agreed revision (2.3.13(F)(3)) takes effect on the next bill date after it is
    received, like a PIU report, with no prorating or back billing; a disputed PVU under audit is
    replaced by the factor 2.3.13(F)(4) names."""
    if terms is None:
        return Decimal(0)
    field = "pvu_originating" if direction == "originating" else "pvu_terminating"
    audit = terms.pvu_audit
    locked = pvu_audit.reports_locked_until(audit) if audit and pvu_audit.completed_by(audit, bill_date, same_bill) \
        else None
    reported = [getattr(r, field) for r in _in_force(terms, bill_date, same_bill)
                if getattr(r, field) is not None and (locked is None or r.received >= locked)]
    pvu = reported[0] if reported else getattr(terms, field)
    if audit is not None and not (locked and reported):
        # 2.3.13(F)(4): the undisputed factor during the audit, the audited one after it (new reports
        # count again only after two quarters)
        pvu = pvu_audit.audit_factor(audit, direction, bill_date, same_bill)
    if pvu is None:
        return Decimal(0)
    if pvu != pvu.to_integral_value() or not 0 <= pvu <= 100:
        raise ValueError(f"end office {terms.end_office}: PVU {pvu} is not a whole-number percentage (2.3.13(C)(3))")
    return pvu / 100 if voip_at_interstate_rates(direction, bill_date, reading) else Decimal(0)


def tandem_column(direction: str, terms: EndOfficeTerms) -> str:
    """2.4.7(B)(3)(c): originating, or terminating 3rd party / end office by CLOC ownership."""
    if direction == "originating":
        return "originating"
    return "terminating_3rd_party" if terms.tandem_cloc != terms.end_office_cloc else "terminating_end_office"


def wats_end_without_common_line(terms: EndOfficeTerms, fg: str, direction: str, measured: bool) -> bool:
    """3.2.3: at a WATS Serving Office where Special Access for WATS connects, the minutes on that end
    (originating for outward WATS, terminating for inward) bear no Carrier Common Line - except FGA
    or FGB from a non-equal-access office without measurement, billed on assumed minutes."""
    wats_end = {"outward": "originating", "inward": "terminating"}.get(terms.wats or "")
    if wats_end != direction:
        return False
    return not (fg in ("A", "B") and not terms.equal_access and not measured)


def apportioned_miles(terms: EndOfficeTerms) -> Decimal:
    """6.4.6(D): "the end office's total Local Transport access minutes are apportioned among the trunk
    groups in proportion to the BHMC ordered for each trunk group, as the basis for Local Transport
    mileage calculation" - the minutes' mileage is the BHMC-weighted mileage of the groups."""
    groups = terms.terminating_fgc_groups
    total = sum(g.bhmc for g in groups)
    return sum((Decimal(g.bhmc) * g.tandem_switched_miles for g in groups), Decimal(0)) / total


def tandem_miles(terms: EndOfficeTerms, measured: bool = True) -> int:
    """The Tandem Switched Facility's airline miles: tandem to end office; for a Wireless Switching
    Center interconnected at the tandem, the customer's serving wire center to the tandem (6.4.6(F));
    at a WATS Serving Office whose customer's serving wire center is located, 6.4.6(E): "measured
    between the WATS Serving Office (when measured access minutes of use are used) or between the
    Feature Group A entry switch (when assumed minutes of use are used) and the serving wire center
    for the customer designated premises"."""
    near, far = terms.tandem_vh, terms.serving_wire_center_vh if terms.wireless_switching_center else terms.end_office_vh
    if terms.wats and terms.serving_wire_center_vh is not None:
        near, far = terms.end_office_vh if measured else terms.entry_switch_vh, terms.serving_wire_center_vh
    try:
        return mileage.measured_miles(terms.tandem_switched_miles, near, far)
    except ValueError:
        raise ValueError(f"end office {terms.end_office}: tandem-routed minutes need the TSF miles or "
                         "V&H coordinates") from None


def developed_intrastate_shares(minutes: dict[Key, Minutes], basis: str) -> dict[str, Decimal]:
    """2.3.11(C)(3): for FGC and FGD without a projected interstate percentage, "the Telephone Company,
    where the jurisdiction can be determined from the call detail, will determine the projected
    interstate percentage": "developed on a monthly basis by end office ... by dividing the measured
    interstate originating access minutes ... by the total originating access minutes, when the call
    detail is adequate", and "the data used ... for originating access minutes will be used to
    develop the projected interstate percentage for such terminating access minutes". Whether the
    call detail is adequate when some originating minutes carry no jurisdiction is interpretation
    developed-interstate-basis. The intrastate share per end office that develops one."""
    totals: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0), Decimal(0)])
    for (end_office, fg, direction, _), bucket in minutes.items():
        if fg in ("C", "D") and direction == "originating":
            total = totals[end_office]
            total[0] += bucket.interstate
            total[1] += bucket.intrastate
            total[2] += bucket.projected
    return {end_office: intrastate / (interstate + intrastate)
            for end_office, (interstate, intrastate, unknown) in totals.items()
            if interstate + intrastate and not (unknown and basis == "all-known")}


def intrastate_minutes(bucket: Minutes, share: Decimal, voip: Decimal, assumed_share: Decimal | None = None) -> Decimal:
    """The intrastate minutes of a bucket, less the VoIP share: measured intrastate minutes, and the
    projected percentage times the rest (2.3.11(C)(2)(b): "the number of access minutes (either
    measured or assumed) ... multiplied by the projected intrastate percentage") - for the assumed
    minutes `assumed_share` when it differs (3.7.3). The share is 2.3.11(C)'s, the assumed minutes those
    of 17.4.4, 6.5.4 and 6.6.4, the VoIP share that of 2.3.13(C)(9)."""
    if assumed_share is None:
        assumed_share = share
    return ((bucket.projected - bucket.assumed) * share + bucket.assumed * assumed_share
            + bucket.intrastate) * (1 - voip)


def usage_charges(case: CatalogCase, readings: dict[str, str]) -> tuple[list[UsageCharge], list[tuple[str, str]]]:
    """The per-minute elements of every end office's chargeable minutes, and the rejected records.

    The minutes of 6.5.4, 6.6.4, 6.7.4 and 6.8.4 (Carrier Common Line on its own rounding, 3.7.2);
    their intrastate share by 2.3.11(C) - a report in force by 2.3.11(C)(1), the percentage of
    2.3.11(C)(2) or 2.3.11(C)(3), developed from the call detail where none is given, a bucket
    without one rejected; less the VoIP share moved to interstate
    rates (2.3.13(A), 2.3.13(C)(1), 2.3.13(C)(3), 2.3.13(C)(9), 2.3.13(E), 2.3.13(F)(3),
    2.3.13(F)(4)). Carrier Common Line (3.7.4; on assumed minutes 3.7.3; none on a WATS end, 3.2.3);
    Local Switching on premium minutes (6.1.3(B)(1), 17.4.3(A)(1), 6.4.1(C)(1), 6.4.1(C)(2),
    6.4.1(C)(3)); a Wireless Switching Center's FGB or FGD through the tandem (6.6.1(I),
    6.8.1(K)); Tandem Switched Transport (2.4.7(B)(3)(c): facility by the miles of 6.4.6(D),
    6.4.6(E) and 6.4.6(F), termination, Tandem Switching, multiplexing; 6.4.6(B) and 6.4.6(G)
    without Tandem Switching); the Shared Trunk Port (6.11.2)."""
    minutes, rejected = chargeable(case, readings)
    # Carrier Common Line on its own rounding where the reading gives each section its own (3.7.2)
    common_line_minutes = chargeable(case, readings, common_line=True)[0] \
        if readings["access-minute-rounding"] == "by-section" else minutes
    developed = developed_intrastate_shares(minutes, readings["developed-interstate-basis"])
    terms = {t.end_office: t for t in case.end_offices}
    areas = {(a.entry_switch, a.feature_group): a for a in case.transition_areas}
    out: list[UsageCharge] = []
    fgd_minutes: dict[str, dict[str, Decimal]] = {}   # per direction, each end office's FGD minutes: built once
    for (end_office, fg, direction, routing), bucket in sorted(minutes.items()):
        office = terms.get(end_office) or EndOfficeTerms(end_office=end_office)
        same_bill = readings["report-on-bill-date"] == "same-bill"
        share = intrastate_share(terms.get(end_office), case.bill_date, same_bill)
        if share is None and fg in ("C", "D"):
            share = developed.get(end_office)
        if share is None:
            if bucket.projected:
                rejected.append((end_office, f"end office {end_office}: no projected intrastate or interstate "
                                             "percentage for minutes without measured jurisdiction (2.3.11(C))"))
            if not bucket.intrastate:
                continue
            share = Decimal(0)   # only the measured intrastate minutes are billed
        try:
            voip = pvu_share(terms.get(end_office), direction, case.bill_date, same_bill,
                             readings["voip-originating-intrastate"])
        except ValueError as exc:
            rejected.append((end_office, str(exc)))
            continue
        intrastate = intrastate_minutes(bucket, share, voip)
        if not intrastate:   # (never fewer minutes rounded up than to the nearest)
            continue
        # 3.7.3: Carrier Common Line on "assumed average intrastate access minutes" - the PIU applied
        # to them or not, by interpretation assumed-minutes-jurisdiction (FLAG-21)
        common_intrastate = intrastate_minutes(
            common_line_minutes[(end_office, fg, direction, routing)], share, voip,
            Decimal(1) if readings["assumed-minutes-jurisdiction"] == "intrastate-for-common-line" else share)
        one = Decimal(1)
        wsc = office.wireless_switching_center
        if wsc and (routing != "tandem" or fg not in ("B", "D")):
            rejected.append((end_office, f"end office {end_office}: a Wireless Switching Center interconnected at the "
                                         f"access tandem takes FGB or FGD through the tandem, not FG{fg} {routing} "
                                         "(6.6.1(I), 6.8.1(K))"))
            continue
        wsc_clause = "6.6.1(I)" if fg == "B" else "6.8.1(K)"
        area = areas.get((end_office, fg))
        if direction not in fgd_minutes:
            fgd_minutes[direction] = {eo: m.projected + m.intrastate for (eo, g, d, _), m in minutes.items()
                                      if g == "D" and d == direction}
        premium = premium_share(fg, office, case.account, area, bucket.projected + bucket.intrastate,
                                fgd_minutes[direction], readings["transition-fgd-cap"])
        premium_clause = "6.1.3(B)(1)" if premium == 1 else "6.4.1(C)(3)(b)(ii)" if premium else "6.4.1(C)(2)"
        if office.end_office_in_territory and not wsc and premium != 1:
            rejected.append((end_office, f"end office {end_office}: {intrastate * (1 - premium):f} non-premium FG{fg} "
                                         f"{direction} minutes - Section 17 files no non-premium Local Switching rate "
                                         "(6.4.1(C)(2), (3))"))
        common_line = common_intrastate if readings["non-premium-common-line"] == "billed" else common_intrastate * premium
        if office.end_office_in_territory and (not wsc or readings["wsc-billed-elements"] == "with-common-line") \
                and not wats_end_without_common_line(office, fg, direction, bucket.measured) and common_line:
            out.append(UsageCharge(f"carrier_common_line.{direction}", common_line, one,
                                   wsc_clause if wsc else "3.7.4", end_office, f"Carrier Common Line, FG{fg} {direction}"))
        if office.end_office_in_territory and not wsc and premium:
            switching = "local_switching_1" if fg in ("A", "B") else "local_switching_2"
            out.append(UsageCharge(f"{switching}.{direction}", intrastate * premium, one, premium_clause, end_office,
                                   f"Local Switching, FG{fg} {direction}" + ("" if premium == 1 else ", premium minutes")))
        if routing != "tandem":
            continue
        column = tandem_column(direction, office)
        # the facility's miles for the measured minutes and, at a WATS Serving Office, for the assumed
        # ones (6.4.6(E): from the FGA entry switch)
        assumed = intrastate_minutes(Minutes(projected=bucket.assumed, assumed=bucket.assumed), share, voip) \
            if office.wats and office.serving_wire_center_vh is not None else Decimal(0)
        try:
            miles = apportioned_miles(office) if fg == "C" and direction == "terminating" and \
                office.terminating_fgc_groups else Decimal(tandem_miles(office))
            portions = [(intrastate - assumed, miles), (assumed, Decimal(tandem_miles(office, measured=False)))] \
                if assumed else [(intrastate, miles)]
        except ValueError as exc:
            rejected.append((end_office, str(exc)))
            continue
        # 6.4.6(G) host to remote office, 6.4.6(B) FGA from its dial tone office: Tandem Switched
        # Transport without Tandem Switching (multiplexing there: interpretation tst-without-tandem)
        at_tandem = office.tandem_switched_from == "access-tandem"
        clause = {"access-tandem": "2.4.7(B)(3)(c)", "host-office": "6.4.6(G)",
                  "dial-tone-office": "6.4.6(B)"}[office.tandem_switched_from]
        for facility_minutes, facility_miles in portions:
            per_mile = facility_miles if readings["tsf-unit"] == "per-minute-per-mile" else one
            if facility_minutes:
                out.append(UsageCharge(f"tandem_switched_facility.{column}", facility_minutes,
                                       per_mile * office.tst_billing_percentage / 100,
                                       "6.4.6(E)" if office.wats and office.serving_wire_center_vh else clause,
                                       end_office, f"Tandem Switched Facility, {facility_miles} mi x "
                                                   f"{office.tst_billing_percentage}% BP"))
        if office.tst_terminations:
            out.append(UsageCharge(f"tandem_switched_termination.{column}", intrastate,
                                   Decimal(office.tst_terminations), clause, end_office,
                                   f"Tandem Switched Termination x {office.tst_terminations}"))
        if office.tandem_in_territory and at_tandem:
            out.append(UsageCharge(f"tandem_switching.{column}", intrastate, one, clause, end_office,
                                   "Tandem Switching"))
        if office.tandem_in_territory and (at_tandem or readings["tst-without-tandem"] == "with-multiplexing"):
            out.append(UsageCharge(f"shared_tandem_multiplexing.{column}", intrastate, one, clause,
                                   end_office, "Common Shared Tandem Multiplexing"))
        if office.end_office_in_territory and not wsc:
            out.append(UsageCharge(f"shared_trunk_port.{direction}", intrastate, one, "6.11.2", end_office,
                                   "Shared Trunk Port on Tandem Switched Transport minutes"))
    return out, rejected
