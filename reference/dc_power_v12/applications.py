"""DC Power Reduction and Restoration applications: the gates an application must pass, the amps it
may ask for, and what follows (Reduction/Restoration terms and definitions of the overview V12.0).

ICA-TC: "If terms and conditions for DC Power Reduction are not in your Interconnection Agreement,
an amendment must be negotiated before an application for this service may be submitted" (likewise
Restoration). CO-ONLY: "You may only request DC Power Reduction at Central Office based
Collocations". RED-ACCEPTED: only "for Collocation sites that have been previously accepted by you.
DC Power Reductions are not available for sites under construction." FIN-CURRENT: "your financial
obligations must be current, with the exception of formally disputed charges ... payment of 100% of
all non-recurring quoted charges for the Collocation site and all applicable monthly recurring
charges that are more than thirty (30)-calendar Days past due". NO-CANCEL: reductions and
restorations "cannot be canceled after submitting 100% of non-recurring charges".
RWOR-MIN20: "The reduced feed(s) must be maintained with a minimum of 20 amps"; RWR-ZERO: With
Reservation "reduces the ordered amps on a secondary feed(s) to zero"; SEC-ZERO-NORES: "If you
reduce secondary feed(s) to zero and do not reserve the fuse positions, it is considered a
deactivation", and DEF-DEACT: deactivation "eliminates a secondary feed(s)".
RESTWOR, RESTWR, REST-MAX: restoration "to a level less than or equal to your original DC power
level", "with a 20 amps minimum", "contingent upon the availability of spare amps at the power
source at the time the restoration request is validated". REST-ALT: without reservation, "If capacity
(including protector size) is not available at the original power board or BDFB you will be
connected to an alternate power source and appropriate charges will apply". REST-CHG: "1) If the
power cabling exists and the power capacity is available at the original power source, CenturyLink
utilizes the standard power element charges. 2) If new power cabling is required to reach a new
power source; CenturyLink will charge based on standard power Collocation augment rates."
FUSE-RECLAIM: on notice of a fuse shortage, "restoring the secondary feed to at least 20 amps or
returning the fuse positions to CenturyLink within thirty (30)-calendar Days of receipt of
notification. If CenturyLink does not receive a response within the thirty (30)-calendar Day
timeframe, CenturyLink will deactivate your secondary feed".
MEAS-30D: "CenturyLink will also take measurements within 30 calendar Days of a written request".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert_reference.dc_power_v12.records import Collocation, FuseNotice, PowerApplication

MINIMUM_AMPS = Decimal(20)
PAST_DUE_DAYS = 30
RESPONSE_DAYS = 30
MEASURE_DAYS = 30


def refusals(collocation: Collocation, app: PowerApplication) -> list[tuple[str, str]]:
    """Why the application may not be accepted, each with the clause it fails (empty: it may)."""
    roles = {f.id: f.role for f in collocation.feeds}
    out = []
    terms = collocation.ica_reduction_terms if app.kind == "reduction" else collocation.ica_restoration_terms
    if not terms:
        out.append(("ICA-TC", f"the ICA has no DC Power {app.kind.capitalize()} terms: an amendment comes first"))
    if not collocation.central_office:
        out.append(("CO-ONLY", "not a Central Office based collocation"))
    if app.kind == "reduction" and (not collocation.site_accepted or collocation.under_construction):
        out.append(("RED-ACCEPTED", "the site is not accepted or is under construction"))
    if collocation.unpaid_quoted_nrc or collocation.mrc_days_past_due > PAST_DUE_DAYS:
        out.append(("FIN-CURRENT", "financial obligations are not current"))
    primary = any(roles.get(fid) == "primary" for fid in app.feeds)
    if app.kind == "reduction":
        if app.reserve and (app.new_amps != 0 or primary):
            out.append(("RWR-ZERO", "Reduction With Reservation takes secondary feeds to zero only"))
        if not app.reserve and app.new_amps < MINIMUM_AMPS and (app.new_amps != 0 or primary):
            out.append(("RWOR-MIN20", "a feed reduced without reservation keeps at least 20 amps; only a secondary "
                                      "feed goes to zero, as a deactivation"))
    else:
        if app.new_amps < MINIMUM_AMPS:
            out.append(("RESTWOR", "a feed is restored to at least 20 amps"))
        if app.original_amps is not None and app.new_amps > app.original_amps:
            out.append(("REST-MAX", "a feed is restored to no more than its original amps; more is an augment"))
        reserved = {r.feed for r in collocation.reserved}
        if app.spare_amps is not None and app.spare_amps < app.new_amps and set(app.feeds) & reserved:
            out.append(("RESTWR", "no spare amps at the power source when the request was validated"))
    return out


def treated_as_deactivation(collocation: Collocation, app: PowerApplication) -> bool:
    """SEC-ZERO-NORES: secondary feeds to zero without reservation."""
    roles = {f.id: f.role for f in collocation.feeds}
    return (app.kind == "reduction" and not app.reserve and app.new_amps == 0
            and all(roles.get(fid) == "secondary" for fid in app.feeds))


def power_source(app: PowerApplication) -> str:
    """REST-ALT: without the capacity at the original board or BDFB, an alternate source."""
    return "original" if app.capacity_at_original_source else "alternate"


def restoration_charges(app: PowerApplication) -> str:
    """REST-CHG: standard power element charges, or the collocation augment rates for new cabling."""
    if app.cabling_exists and app.capacity_at_original_source:
        return "standard-power-elements"
    return "collocation-augment-rates"


def cancellable(app: PowerApplication, payment_day: str) -> bool:
    """NO-CANCEL: only before 100% of the nonrecurring charges is paid. Dates carry no time, so a request
    on the day of the payment is read by dcp-cancel-payment-day."""
    assert app.cancel_requested is not None
    if app.paid_in_full is None or app.cancel_requested < app.paid_in_full:
        return True
    return app.cancel_requested == app.paid_in_full and payment_day == "cancellable"


def respond_by(notice: FuseNotice) -> dt.date:
    return notice.received + dt.timedelta(days=RESPONSE_DAYS)


def fuse_positions(notice: FuseNotice, as_of: dt.date) -> str:
    """FUSE-RECLAIM: restored or returned by the CLEC's timely answer, deactivated without one."""
    deadline = respond_by(notice)
    if notice.response is not None and notice.responded is not None and notice.responded <= deadline:
        return "restored" if notice.response == "restore" else "returned"
    return "deactivated" if as_of > deadline else "awaiting-response"


def measure_by(request: dt.date) -> dt.date:
    return request + dt.timedelta(days=MEASURE_DAYS)
