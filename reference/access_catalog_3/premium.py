"""6.4.1(C): which access minutes are premium and which non-premium (discounted).

(C)(1) "Premium rates apply to all FGC access minutes when the service is provided to customers
which furnish intrastate MTS/WATS ... to all access minutes that originate or terminate at end
offices equipped with equal access (FGD) capabilities ... to FGB and FGD access minutes that
originate or terminate at a Wireless Switching Center directly connected to a Telephone Company
access tandem ... to FGA and FGB access minutes when utilized in the provision of MTS/WATS service."
(C)(2) "Non-premium (discounted) rates apply to all FGA and FGB access minutes, measured or assumed,
originating or terminating in an end office not equipped with equal access capabilities" and to
FGC minutes originating there for Interim NXX Translation or 800 Data Base customers that do not
furnish MTS/WATS (the only FGC such customers may originate, 6.7.1(A)).
(C)(3) transition billing: an FGA or FGB entry switch whose usage comes from both kinds of end
office bills equal access minutes at premium and the rest at non-premium; with end office data
each office by its own status ((b)(i)), without it "premium minutes = that total x (subscriber lines
in the access area served by equal access end offices / total subscriber lines in the access area)"
((b)(ii)), non-premium minutes being the total less the premium ones ((a)). (b)(iii): where the
customer has FGD at one of the area's equal access offices "each FGD access minute at that end office
reduces the FGA or FGB premium minutes (same direction) one for one, but the reduction may not exceed
the total FGA or FGB premium access minutes originating from or terminating at that end office" -
an office's premium minutes under the ratio method are read per interpretation transition-fgd-cap.

Section 17 prints premium rates only (17-6 "Premium Local Switching"): non-premium minutes have no
filed rate, so the reference bills no Local Switching on them and reports them as unrated.
"""

from __future__ import annotations

from decimal import Decimal

from ratecert_reference.access_catalog_3.records import CatalogAccount, EndOfficeTerms, TransitionArea


def premium_share(feature_group: str, office: EndOfficeTerms, account: CatalogAccount, area: TransitionArea | None,
                  total: Decimal = Decimal(0), fgd_minutes: dict[str, Decimal] | None = None,
                  cap_reading: str = "office-lines") -> Decimal:
    """The fraction of an end office's minutes of one feature group that is premium. For a transition
    area, `total` is the entry switch's minutes in one direction and `fgd_minutes` the customer's FGD
    minutes in that direction at each end office."""
    if feature_group == "D" or office.wireless_switching_center or account.furnishes_mts_wats:
        return Decimal(1)
    if feature_group in ("A", "B") and area is not None:
        ratio = Decimal(area.equal_access_lines) / Decimal(area.total_lines)
        if not total or not area.fgd_offices:
            return ratio
        premium = total * ratio
        return (premium - fgd_reduction(area, premium, fgd_minutes or {}, cap_reading)) / total
    return Decimal(1) if office.equal_access else Decimal(0)


def fgd_reduction(area: TransitionArea, premium: Decimal, fgd_minutes: dict[str, Decimal], cap_reading: str) -> Decimal:
    """(b)(iii): premium minutes removed for FGD minutes at the area's equal access offices."""
    if cap_reading == "area-premium":
        return min(premium, sum((fgd_minutes.get(o.end_office, Decimal(0)) for o in area.fgd_offices), Decimal(0)))
    return sum((min(fgd_minutes.get(o.end_office, Decimal(0)), premium * o.lines / area.equal_access_lines)
                for o in area.fgd_offices), Decimal(0))
