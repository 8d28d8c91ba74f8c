"""Special Access (Section 7): channel mileage elements and the Special Access Surcharge.

7.2.1(B): "Channel Mileage ... a Channel Mileage Facility rate per mile and a Channel Mileage
Termination rate"; (B)(2) "When the Channel Mileage Facility is zero ..., neither the Channel Mileage
Facility rate nor the Channel Mileage Termination rate applies." 7.2.5: V&H miles, "any fraction of a
mile ... rounded up", computed "separately for each section" when hubs are involved.
7.3.2(A): the Surcharge applies to each intrastate Special Access Service that interconnects with
the local exchange network, unless certified exempt (7.3.2(B), 7.3.3); 7.3.4(A): for services
derived from High Capacity, per voice grade equivalent ("a DS1 ... maximum of 24"), reduced for
exempt channels and spare equivalents. No surcharge rate is filed in Section 17.
7.3.4(D): billing ceases when certification is received; "If the status ... was changed prior to
receipt of the exemption certification, the Telephone Company will credit the customer's account,
not to exceed ninety (90) days, based on the effective date of the change as specified by the
customer". The credit is the surcharge of those days on a 30-day month (7.2.2(A)).
"""

from __future__ import annotations

import datetime as dt

from ratecert_reference.access_catalog_3.records import SurchargeTerms

SURCHARGE_CREDIT_DAYS = 90


def mileage_elements(rate_set: str) -> tuple[str, str]:
    """(facility element, termination element) for a rate set: voice_grade, metallic, telegraph,
    digital_data.<speed> (e.g. digital_data.56_0) or high_capacity.<64k|ds1|ds3>."""
    if rate_set.startswith(("digital_data.", "high_capacity.")):
        family, _, speed = rate_set.partition(".")
        return f"{family}.channel_mileage_facility.{speed}", f"{family}.channel_mileage_termination.{speed}"
    return f"{rate_set}.channel_mileage_facility", f"{rate_set}.channel_mileage_termination"


def surcharge_units(terms: SurchargeTerms, bill_date: dt.date | None = None, same_bill: bool = False) -> int:
    """Chargeable voice grade equivalents of one service: 0 when certified exempt, or once the
    certification has been received (7.3.4(D))."""
    if terms.certified_exempt or certification_in_hand(terms, bill_date, same_bill):
        return 0
    return billed_units(terms)


def certification_in_hand(terms: SurchargeTerms, bill_date: dt.date | None, same_bill: bool) -> bool:
    """Received before the bill date (or on it, under report-on-bill-date=same-bill)."""
    received = terms.certification_received
    return bool(received and bill_date and (received < bill_date or same_bill and received == bill_date))


def billed_units(terms: SurchargeTerms) -> int:
    """Voice grade equivalents the surcharge was billed on before any certification."""
    return max(0, terms.voice_grade_equivalents - terms.exempt_equivalents - terms.spare_equivalents)


def credit_days(terms: SurchargeTerms) -> int:
    """7.3.4(D): days from the customer's effective date to the receipt, at most ninety."""
    received, effective = terms.certification_received, terms.certified_effective
    if received is None or effective is None or effective >= received:
        return 0
    return min(SURCHARGE_CREDIT_DAYS, (received - effective).days)
