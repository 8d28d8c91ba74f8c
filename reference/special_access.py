"""Special Access (Section 7): channel mileage elements and the Special Access Surcharge.

7.2.1(B): "Channel Mileage ... a Channel Mileage Facility rate per mile and a Channel Mileage
Termination rate"; (B)(2) "When the Channel Mileage Facility is zero ..., neither the Channel Mileage
Facility rate nor the Channel Mileage Termination rate applies." 7.2.5: V&H miles, "any fraction of a
mile ... rounded up", computed "separately for each section" when hubs are involved.
7.3.2(A): the Surcharge applies to each intrastate Special Access Service that interconnects with
the local exchange network, unless certified exempt (7.3.2(B), 7.3.3); 7.3.4(A): for services
derived from High Capacity, per voice grade equivalent ("a DS1 ... maximum of 24"), reduced for
exempt channels and spare equivalents. No surcharge rate is filed in Section 17.
"""

from __future__ import annotations

from ratecert.case import SurchargeTerms


def mileage_elements(rate_set: str) -> tuple[str, str]:
    """(facility element, termination element) for a rate set: voice_grade, metallic, telegraph,
    digital_data.<speed> (e.g. digital_data.56_0) or high_capacity.<64k|ds1|ds3>."""
    if rate_set.startswith(("digital_data.", "high_capacity.")):
        family, _, speed = rate_set.partition(".")
        return f"{family}.channel_mileage_facility.{speed}", f"{family}.channel_mileage_termination.{speed}"
    return f"{rate_set}.channel_mileage_facility", f"{rate_set}.channel_mileage_termination"


def surcharge_units(terms: SurchargeTerms) -> int:
    """Chargeable voice grade equivalents of one service (0 when certified exempt)."""
    if terms.certified_exempt:
        return 0
    return max(0, terms.voice_grade_equivalents - terms.exempt_equivalents - terms.spare_equivalents)
