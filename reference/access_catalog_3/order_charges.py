"""5.4 Charges associated with access ordering, and 2.4.5 re-establishment of service.

5.4.1 "The Access Order Charge is applied to all customer requests for new Special Access and
Switched Access Service ... additions, changes or rearrangements", except "When a Service Date
Change Charge is applicable; When a Design Change Charge is applicable; To administrative changes;
When a change to a pending order does not result in the cancellation of the pending order and the
issuance of a new order; When the Interim NXX Translation charge is applicable; When a
Miscellaneous Service Order Charge is applicable; When a Presubscription Charge is applicable; When
a Telephone Company initiated network reconfiguration ...; When a service with an ICB rate is
converted ... prior to the expiration of the ICB; When a 900 Blocking Service charge is applicable."
It applies per order or copy received, and per change to signaling delivery at an STP Port.
5.4.2 the Miscellaneous Service Order Charge for Section 13 services with no pending order.
5.4.3 order change charges per occurrence; an increase is a new order for the increase only;
changes to meet Special Access transmission performance are free. (B) a design change bears the
Design Change Charge, not the Access Order Charge.
7.2.2(B)(2) "When optional features and functions are installed coincident with the initial
installation of service, no separate nonrecurring charge is applicable. When ... installed or changed
subsequent to the installation of service, an Access Order Charge ... will apply per order" (whether
the option's own nonrecurring charge printed in 17.5.1 applies then is interpretation option-nrc-later).
2.4.5(A) no charges to re-establish the same service, for the same customer, at the same location,
begun within 60 days after service is available (or a reasonable extension); (B) otherwise
nonrecurring charges apply.
"""

from __future__ import annotations

from ratecert_reference.access_catalog_3.records import Order, Reestablishment

AOC_KINDS = frozenset({"new", "addition", "change", "rearrangement", "increase", "stp-signaling-change",
                       "move-same-building", "move-other-building"})
AOC_EXEMPT_KINDS = frozenset({"administrative-change", "telephone-company-reconfiguration", "icb-conversion"})
MSOC_ALWAYS = frozenset({"overtime-repair", "standby-repair", "testing-with-other-companies", "other-labor",
                         "maintenance-of-service"})
MSOC_PENDING = frozenset({"additional-engineering", "overtime-installation", "standby-acceptance-testing",
                          "testing-with-other-companies-acceptance", "cooperative-acceptance-testing"})
MSOC_NEVER = frozenset({"presubscription", "billing-name-and-address", "900-blocking"})
REESTABLISHMENT_DAYS = 60


def misc_service_order_applies(order: Order) -> bool:
    """5.4.2: once per Section 13 order (services ordered together), unless an order is pending.
    13.5.1: an order adding or removing International Blocking after the initial installation of
    the line bears one, except a removal at the same time as the disconnection."""
    services = set(order.section_13_services) - MSOC_NEVER
    if "international-blocking" in services:
        blocking_order = order.after_initial_installation and order.kind != "disconnect"
        services.discard("international-blocking")
        if blocking_order:
            return True
    if not services:
        return False
    if services & MSOC_ALWAYS:
        return True
    if "telecommunications-service-priority" in services and order.after_initial_installation:
        return True
    if order.order_pending:
        return False
    return bool(services - MSOC_PENDING - {"telecommunications-service-priority"})


def service_date_change_billable(order: Order, blank_page_reading: str) -> bool:
    """5.4.3(A) (blank page 5-19) read per interpretation blank-pages-5-19-5-22."""
    return (order.service_date_changes > 0 and blank_page_reading == "rate-per-occurrence"
            and not order.for_transmission_performance)


def access_order_applies(order: Order, blank_page_reading: str) -> bool:
    """5.4.1 with its ten exceptions."""
    if order.kind == "pending-order-change":
        return order.reissued and not order.design_changes and not service_date_change_billable(order, blank_page_reading)
    if order.kind not in AOC_KINDS or order.kind in AOC_EXEMPT_KINDS:
        return False
    if order.applicable_charges:
        return False
    if order.design_changes and not order.for_transmission_performance:
        return False
    if service_date_change_billable(order, blank_page_reading):
        return False
    return not misc_service_order_applies(order)


def reestablishment_free(reestablishment: Reestablishment | None) -> bool:
    """2.4.5(A): same type, customer and location, begun within 60 days (or an extension)."""
    if reestablishment is None:
        return False
    r = reestablishment
    in_time = r.days_after_service_available <= REESTABLISHMENT_DAYS or r.extension_granted
    return r.same_type and r.same_customer and r.same_location and in_time


def is_special_option(element: str) -> bool:
    """A Special Access optional feature's nonrecurring element (17.5.1(C)(2), (3)), not a channel's installation."""
    return element.startswith("special_nrc.") and ".installation" not in element


def special_option_nrc_applies(order: Order, reading: str) -> bool:
    """7.2.2(B)(2): no option charge when installed with the service's initial installation (an order
    that also installs a channel); afterwards per interpretation option-nrc-later."""
    if order.service_class != "special":
        return True
    with_channel = any(not is_special_option(eq.element) for eq in order.installations)
    return not with_channel and reading == "aoc-and-nrc"

