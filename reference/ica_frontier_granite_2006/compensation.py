"""What Frontier bills Carrier for exchanged traffic under the ICA (Attachment 1, Sections 4-5;
Attachment 4, Reciprocal Compensation 1.1-1.4).

Bill and keep: ISP-Bound (A1-4.1), Local (A1-4.2) and locally dialed Enhanced Services (A1-4.3)
traffic is never billed - not at the transit rate, not at any rate (A4-1.1). 911 traffic is
excluded from access and given no rate. All other traffic Carrier delivers is billed at Frontier's
tariffed access (A1-4.5). Transit is billed at $0.0061854 per MOU for the directions A1-5.1 names.
Wireline to wireless traffic terminated is billed at its rate (A4-1.3). Minutes delivered without
CPN/ANI are billed at intrastate terminating access (A4-1.4).

Local means physically local (2.18): both End Users in the same local calling area, whatever the
NXX; FX or FX-like traffic is Local on its assigned NXX only over a dedicated channel from the rate
center to the End User Location. Traffic dialed as local that is neither (VNXX) is "all other
traffic", at tariffed access.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ratecert_reference.ica_frontier_granite_2006.records import Traffic

BILL_AND_KEEP = {"local": "A1-4.2", "isp-bound": "A1-4.1", "enhanced-local": "A1-4.3"}
CPN_SHARE = Decimal("0.95")   # A4-1.4 "at least ninety-five percent (95%)"


@dataclass(frozen=True)
class UsageCharge:
    traffic: str
    element: str          # a rate element of rates.yaml, or "tariffed_access" (Frontier's tariff, an input)
    minutes: Decimal
    clause: str
    description: str


def cpn_share(traffic: tuple[Traffic, ...]) -> Decimal | None:
    """Share of the minutes Carrier delivers to the POI that carry CPN/ANI (A4-1.4)."""
    delivered = [t for t in traffic if t.direction in ("carrier-to-frontier", "carrier-to-third-party")]
    total = sum((t.minutes for t in delivered), Decimal(0))
    if total == 0:
        return None
    return (total - sum((t.minutes_without_cpn for t in delivered), Decimal(0))) / total


def usage_charges(traffic: tuple[Traffic, ...], readings: dict[str, str]) -> list[UsageCharge]:
    """The per-minute charges of the period, each naming its clause; bill-and-keep minutes yield none
    (A1-4.1, A1-4.2, A1-4.3, A4-1.1); minutes without CPN/ANI at terminating access (A4-1.4), all other
    traffic at tariffed access (A1-4.5), transit (A1-5.1), wireless (A4-1.3); Local per 2.18."""
    share = cpn_share(traffic)
    no_cpn_billed = readings["ica-cpn-threshold"] == "every-minute" or (share is not None and share < CPN_SHARE)
    out: list[UsageCharge] = []
    for t in traffic:
        minutes = t.minutes
        delivered_by_carrier = t.direction in ("carrier-to-frontier", "carrier-to-third-party")
        if delivered_by_carrier and t.minutes_without_cpn and no_cpn_billed:
            out.append(UsageCharge(t.id, "tariffed_access", t.minutes_without_cpn, "A4-1.4",
                                   "minutes delivered without CPN/ANI, at intrastate terminating access"))
            minutes -= t.minutes_without_cpn
        out += _by_kind(t, minutes, readings)
    return [c for c in out if c.minutes]


def is_local_traffic(t: Traffic) -> bool:
    """2.18: "actually originated by and actually terminated to parties physically located within
    the same local calling area regardless of the NXX", or FX over a dedicated channel."""
    return t.kind == "local" and (t.physically_local or t.dedicated_channel)


def _by_kind(t: Traffic, minutes: Decimal, readings: dict[str, str]) -> list[UsageCharge]:
    """One traffic record's minutes by kind: not physically local (2.18) at tariffed access; bill and
    keep (A1-4.1, A1-4.2, A1-4.3, A4-1.1) and 911 unbilled; transit (A1-5.1); wireless (A4-1.3); all
    other traffic at tariffed access (A1-4.5)."""
    if t.kind == "local" and not is_local_traffic(t):
        if t.direction != "carrier-to-frontier":
            return []
        return [UsageCharge(t.id, "tariffed_access", minutes, "2.18",
                            "dialed as local but not physically local and no dedicated channel: not Local "
                            "Traffic, at Frontier's tariffed access")]
    if t.kind in BILL_AND_KEEP or t.kind == "911":
        return []
    if t.kind == "transit":
        billed = (t.direction == "carrier-to-third-party"
                  or t.third_party == "ilec"
                  or readings["ica-transit-third-party"] == "any-third-party")
        return [UsageCharge(t.id, "transit_mou", minutes, "A1-5.1",
                            f"Transit Service, {t.direction} ({t.third_party})")] if billed else []
    if t.direction != "carrier-to-frontier":
        return []   # Frontier terminates nothing on this traffic: nothing on Frontier's bill
    if t.kind == "wireline-wireless":
        if readings["ica-wireless-direction"] == "not-billed":
            return []
        return [UsageCharge(t.id, "wireless_mou", minutes, "A4-1.3", "wireline to wireless traffic terminated")]
    return [UsageCharge(t.id, "tariffed_access", minutes, "A1-4.5",
                        f"{t.kind} traffic at Frontier's tariffed access")]
