"""Step definitions for the Access Catalog's billing features: the catalog's account, payments and
disputes in its words, services, proration and minimum periods, interruptions, orders, labor,
Section 13 services, and the checks of charges, credits and refunds.

Given/When steps add to the case; the first Then step renders it once through the SUT's adapter;
Then steps compare one thing on the bill and raise `Mismatch` with expected and actual. No step
calls the reference.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pytest_bdd import given, then, when

from ratecert.adapters import SutSkipped
from ratecert.gherkin.bill_steps import deposit_statement
from ratecert.gherkin.vocabulary import element_list, iso, money, step
from ratecert.money import total
from ratecert.scenario import BillingScenario

# --- the account and the bill -----------------------------------------------------------------


@given("an access customer billed under Access Catalog No. 3")
def access_customer(billing: BillingScenario) -> None:
    billing.set(document="access-catalog-3")


@given(step("a bill dated {day:Date} under Access Catalog No. 3"))
def bill_dated_under_the_catalog(billing: BillingScenario, day: dt.date) -> None:
    billing.set(bill_date=iso(day))


@given(step("the customer received the bill on {day:Date} and asked for an extension with proof of late receipt"))
def delayed_bill(billing: BillingScenario, day: dt.date) -> None:
    billing.set(bill_receipt={"received": iso(day)})


@given(step("the customer received the bill on {day:Date} and asked for an extension without proof of late receipt"))
def delayed_bill_without_proof(billing: BillingScenario, day: dt.date) -> None:
    billing.set(bill_receipt={"received": iso(day), "proof_of_late_receipt": False})


@given(step("the customer received the bill on {day:Date} but did not ask for an extension"))
def delayed_bill_no_request(billing: BillingScenario, day: dt.date) -> None:
    billing.set(bill_receipt={"received": iso(day), "extension_requested": False})


# --- payments and disputes -------------------------------------------------------------------


@given(step("the customer pays {amount:Money} on {day:Date}"))
@when(step("the customer pays {amount:Money} on {day:Date}"))
def pays(billing: BillingScenario, amount: Decimal, day: dt.date) -> None:
    billing.append("payments", {"id": billing.next_id("payment"), "date": iso(day), "amount": money(amount)})


@when(step("the customer pays {amount:Money} on {day:Date} in funds that become available on {available:Date}"))
def pays_uncollected(billing: BillingScenario, amount: Decimal, day: dt.date, available: dt.date) -> None:
    billing.append("payments", {"id": billing.next_id("payment"), "date": iso(day), "amount": money(amount),
                                "funds_available_on": iso(available)})


@given(step("the customer disputes {amount:Money} on {day:Date} and withholds it"))
@when(step("the customer disputes {amount:Money} on {day:Date} and withholds it"))
def disputes_withholding(billing: BillingScenario, amount: Decimal, day: dt.date) -> None:
    billing.append("disputes", {"id": billing.next_id("dispute"), "amount": money(amount), "filed": iso(day)})


@when(step("the dispute is resolved for the Telephone Company and the customer pays the withheld amount on {day:Date}"))
def dispute_for_company(billing: BillingScenario, day: dt.date) -> None:
    billing.last("disputes").update(resolved_for="telephone-company", paid_on=iso(day))


@given(step("the customer paid the whole bill and disputes {amount:Money} on {day:Date}"))
@when(step("the customer paid the whole bill and disputes {amount:Money} on {day:Date}"))
def disputes_after_paying(billing: BillingScenario, amount: Decimal, day: dt.date) -> None:
    billing.append("disputes", {"id": billing.next_id("dispute"), "amount": money(amount), "filed": iso(day),
                                "withheld": False})


@when(step("the dispute is resolved for the customer and the Telephone Company refunds on {day:Date}"))
def dispute_for_customer(billing: BillingScenario, day: dt.date) -> None:
    billing.last("disputes").update(resolved_for="customer", refunded_on=iso(day))


# --- deposits -------------------------------------------------------------------------------


@given("the customer has a proven history of late payments")
def late_history(billing: BillingScenario) -> None:
    billing.set(account={**billing.fields.get("account", {}), "late_payment_history": True,
                         "established_credit": True})


@given("the customer has established credit and no late payments")
def good_credit(billing: BillingScenario) -> None:
    billing.set(account={**billing.fields.get("account", {}), "established_credit": True,
                         "late_payment_history": False})


@given("the customer succeeds a company with established credit and no late payments")
def successor(billing: BillingScenario) -> None:
    billing.set(account={**billing.fields.get("account", {}), "successor_of_creditworthy_company": True,
                         "established_credit": False})


@when(step("the deposit is refunded on {day:Date}"))
@when(step("the deposit is credited to the account on {day:Date}"))
def deposit_returned(billing: BillingScenario, day: dt.date) -> None:
    billing.last("deposits").update(returned_on=iso(day))


# --- services, proration, minimum periods ---------------------------------------------------------


@given(step('a special access service "{sid}" of {elements}'))
def special_service(billing: BillingScenario, sid: str, elements: str) -> None:
    billing.append("services", {"id": sid, "kind": "special", "elements": element_list(elements)})


@given(step('a flat-rated switched service "{sid}" of {elements}'))
def flat_switched_service(billing: BillingScenario, sid: str, elements: str) -> None:
    billing.append("services", {"id": sid, "kind": "switched-flat", "elements": element_list(elements)})


@given(step('a usage-rated switched service "{sid}" with an assumed minutes of use charge of {amount:Money} a month'))
def usage_service(billing: BillingScenario, sid: str, amount: Decimal) -> None:
    billing.append("services", {"id": sid, "kind": "switched-usage", "monthly_charge": money(amount)})


@given(step("the service is a mixed use facility with {switched:d} of its {total:d} channels activated for Switched Access"))
def mixed_use(billing: BillingScenario, switched: int, total: int) -> None:
    billing.last("services")["mixed_use"] = {"switched_channels": switched, "total_channels": total}


@given(step("the service is {percent}% interstate"))
def service_interstate(billing: BillingScenario, percent: str) -> None:
    billing.last("services")["percent_interstate"] = percent


@given(step("the order is {percent}% interstate"))
@when(step("the order is {percent}% interstate"))
def order_interstate(billing: BillingScenario, percent: str) -> None:
    billing.last("orders")["percent_interstate"] = percent


@given(step('the customer\'s notice that service "{sid}" is interstate was received on {day:Date}'))
def interstate_notice(billing: BillingScenario, sid: str, day: dt.date) -> None:
    [service] = [s for s in billing.fields["services"] if s["id"] == sid]
    service["interstate_from"] = iso(day)


@given(step("the service is established on {day:Date}"))
def established(billing: BillingScenario, day: dt.date) -> None:
    billing.last("services")["start"] = iso(day)


@given(step("the service is disconnected on {day:Date}"))
@when(step("the service is disconnected on {day:Date}"))
def disconnected(billing: BillingScenario, day: dt.date) -> None:
    billing.last("services")["end"] = iso(day)


@given(step("its nonrecoverable costs less net salvage are {amount:Money}"))
def nonrecoverable(billing: BillingScenario, amount: Decimal) -> None:
    billing.last("services")["nonrecoverable_cost"] = money(amount)


@given("it is DS3 monthly service")
def ds3_monthly(billing: BillingScenario) -> None:
    billing.last("services")["ds3_monthly"] = True


# --- interruptions and surrenders ---------------------------------------------------------------


@given(step('service "{sid}" is reported out of service at {reported:DateTime} and restored at {restored:DateTime}'))
@when(step('service "{sid}" is reported out of service at {reported:DateTime} and restored at {restored:DateTime}'))
def interrupted(billing: BillingScenario, sid: str, reported: dt.datetime, restored: dt.datetime) -> None:
    billing.append("interruptions", {"id": billing.next_id("interruption"), "service": sid,
                                     "reported": iso(reported), "restored": iso(restored)})


@when(step('service "{sid}" is out of service for {minutes:d} minutes from {reported:DateTime}'))
def interrupted_for(billing: BillingScenario, sid: str, minutes: int, reported: dt.datetime) -> None:
    interrupted(billing, sid, reported, reported + dt.timedelta(minutes=minutes))


@when(step('the customer surrenders service "{sid}" at the Telephone Company\'s request for {minutes:d} minutes from {start:DateTime}'))
def surrendered(billing: BillingScenario, sid: str, minutes: int, start: dt.datetime) -> None:
    billing.append("interruptions", {"id": billing.next_id("interruption"), "service": sid, "kind": "surrender",
                                     "reported": iso(start), "restored": iso(start + dt.timedelta(minutes=minutes))})


@given(step("the service has Technical Specifications Package {package}"))
def technical_package(billing: BillingScenario, package: str) -> None:
    billing.last("services")["technical_package"] = package


@given("the service is provided through a Digital Data hub")
def via_hub(billing: BillingScenario) -> None:
    billing.last("services")["via_hub"] = True


@when(step("the service stayed usable throughout, with {efs}% error-free seconds"))
def degraded(billing: BillingScenario, efs: str) -> None:
    billing.last("interruptions")["error_free_seconds"] = efs


@when("the interruption was caused by the Telephone Company's protective network controls")
def by_protective_controls(billing: BillingScenario) -> None:
    billing.last("interruptions")["cause"] = "protective-controls"


@when("the interruption was caused by the customer's negligence")
def by_negligence(billing: BillingScenario) -> None:
    billing.last("interruptions")["cause"] = "customer-negligence"


@when("the interruption was caused by equipment the customer provided")
def by_customer_equipment(billing: BillingScenario) -> None:
    billing.last("interruptions")["cause"] = "customer-equipment"


@when("the failure was caused by an act of God, beyond the Telephone Company's control")
def beyond_control(billing: BillingScenario) -> None:
    billing.last("interruptions")["cause"] = "beyond-control"


@when("the Telephone Company temporarily discontinued the service because the customer's use impaired the network")
def interference(billing: BillingScenario) -> None:
    billing.last("interruptions")["cause"] = "interference"


@when("the customer declined to release the service for testing and kept using it impaired")
def declined_release(billing: BillingScenario) -> None:
    billing.last("interruptions")["cause"] = "declined-release"


@when(step('the interruptions share the common cause "{cause}"'))
def common_cause(billing: BillingScenario, cause: str) -> None:
    for interruption in billing.fields.get("interruptions", []):
        interruption["common_cause"] = cause


@when(step("the Telephone Company had no access to the premises on {day:Date}"))
def no_access(billing: BillingScenario, day: dt.date) -> None:
    billing.last("interruptions").setdefault("access_denied", []).append({"start": iso(day), "end": iso(day)})


@when(step("the service was released for maintenance by agreement from {start:DateTime} to {end:DateTime}"))
def released(billing: BillingScenario, start: dt.datetime, end: dt.datetime) -> None:
    billing.last("interruptions").setdefault("released", []).append([iso(start), iso(end)])


@when(step("the customer received notice to replace special construction on {notice:Date} and the Telephone Company received its authorization on {authorized:Date}"))
def special_construction(billing: BillingScenario, notice: dt.date, authorized: dt.date) -> None:
    billing.last("interruptions").update(replacement_notice_received=iso(notice),
                                         replacement_authorization_received=iso(authorized))


@when(step('only the "{element}" portion was inoperative'))
def inoperative_portion(billing: BillingScenario, element: str) -> None:
    interruption = billing.last("interruptions")
    interruption["elements"] = [*interruption.get("elements", []), element]


# --- orders ---------------------------------------------------------------------------------


@given(step('a {kind} order "{oid}" for {service_class} access on {day:Date}'))
@when(step('a {kind} order "{oid}" for {service_class} access on {day:Date}'))
@when(step('an {kind} order "{oid}" for {service_class} access on {day:Date}'))
def order(billing: BillingScenario, kind: str, oid: str, service_class: str, day: dt.date) -> None:
    billing.append("orders", {"id": oid, "kind": kind, "service_class": service_class, "date": iso(day)})


@given(step("the order installs {elements}"))
@when(step("the order installs {elements}"))
def order_installs(billing: BillingScenario, elements: str) -> None:
    billing.last("orders")["installations"] = element_list(elements)


@given(step("the order is for monthly elements {elements}"))
def order_monthly(billing: BillingScenario, elements: str) -> None:
    billing.last("orders")["monthly_elements"] = element_list(elements)


@when(step("the customer changes the service date {count:d} times"))
@when(step("the customer changes the service date {count:d} time"))
def date_changes(billing: BillingScenario, count: int) -> None:
    billing.last("orders")["service_date_changes"] = count


@when(step("the customer authorizes {count:d} design changes"))
@when(step("the customer authorizes {count:d} design change"))
def design_changes(billing: BillingScenario, count: int) -> None:
    billing.last("orders")["design_changes"] = count


@when("the change is needed to meet the transmission performance of the Special Access service")
def for_performance(billing: BillingScenario) -> None:
    billing.last("orders")["for_transmission_performance"] = True


@when("the change cancels the pending order and issues a new one")
def reissued(billing: BillingScenario) -> None:
    billing.last("orders")["reissued"] = True


@when(step("a {charge} charge is applicable to the order"))
def other_charge(billing: BillingScenario, charge: str) -> None:
    names = {"Interim NXX Translation": "interim-nxx", "Presubscription": "presubscription",
             "900 Blocking Service": "900-blocking"}
    billing.last("orders").setdefault("applicable_charges", []).append(names[charge])


@when(step("the order asks for the Section 13 services {services}"))
def section_13(billing: BillingScenario, services: str) -> None:
    billing.last("orders")["section_13_services"] = [s.strip() for s in services.split(",")]


@when("a service order is already pending")
def pending(billing: BillingScenario) -> None:
    billing.last("orders")["order_pending"] = True


@when(step("it is ordered {timing} the initial installation of the service"))
def after_installation(billing: BillingScenario, timing: str) -> None:
    billing.last("orders")["after_initial_installation"] = {"after": True, "with": False}[timing]


@when(step("the order re-establishes service after a flood, {days:d} days after service became available"))
def reestablish(billing: BillingScenario, days: int) -> None:
    billing.last("orders")["reestablishment"] = {"days_after_service_available": days}


@when("the re-establishment is at a different location on the premises")
def reestablish_elsewhere(billing: BillingScenario) -> None:
    billing.last("orders")["reestablishment"]["same_location"] = False


@when("the Telephone Company extended the 60-day period because renovation was not practical")
def reestablish_extended(billing: BillingScenario) -> None:
    billing.last("orders")["reestablishment"]["extension_granted"] = True


@when(step("the customer cancels the order on {day:Date}"))
def cancels(billing: BillingScenario, day: dt.date) -> None:
    billing.last("orders")["cancelled_on"] = iso(day)


@when(step("the customer reduces the order by {elements} on {day:Date}"))
def partially_cancels(billing: BillingScenario, elements: str, day: dt.date) -> None:
    billing.last("orders").update(cancelled_on=iso(day), partial_cancellation=True,
                                  monthly_elements=element_list(elements), installations=[])


@given(step("installation started on {day:Date}"))
@when(step("installation started on {day:Date}"))
def installation_started(billing: BillingScenario, day: dt.date) -> None:
    billing.last("orders")["installation_started_on"] = iso(day)


@given(step("the costs incurred less estimated net salvage are {amount:Money}"))
@when(step("the costs incurred less estimated net salvage are {amount:Money}"))
def costs_incurred(billing: BillingScenario, amount: Decimal) -> None:
    billing.last("orders")["costs_incurred"] = money(amount)


@given(step("the service date was {day:Date}"))
def service_date(billing: BillingScenario, day: dt.date) -> None:
    billing.last("orders")["service_date"] = iso(day)


@when(step("the service date was missed because of {cause}"))
def delay_cause(billing: BillingScenario, cause: str) -> None:
    causes = {"the Telephone Company": "telephone-company", "the customer's request": "customer",
              "an act of God": "act-of-god", "a work stoppage": "work-stoppage"}
    billing.last("orders")["delay_cause"] = causes[cause]


# --- labor ----------------------------------------------------------------------------------


@when("the customer declines the Additional Engineering")
def engineering_declined(billing: BillingScenario) -> None:
    """5.2.5: the customer does not accept the Additional Engineering: the order is withdrawn."""
    billing.last("labor")["declined"] = True


@when(step("{people:d} {who} works {minutes:d} minutes of {kind} at {time} on {day:Date}"))
@when(step("{people:d} {who} work {minutes:d} minutes of {kind} at {time} on {day:Date}"))
def labor(billing: BillingScenario, people: int, who: str, minutes: int, kind: str, time: str, day: dt.date) -> None:
    times = {"basic time": "basic", "overtime": "overtime", "premium time": "premium"}
    kinds = {"additional engineering": "engineering", "overtime installation": "installation",
             "installation": "installation", "repair": "repair", "standby": "standby",
             "testing with another telephone company": "testing-with-other-companies", "other labor": "other",
             "additional manual testing": "additional-manual-testing",
             "maintenance of service": "maintenance-of-service", "acceptance testing": "acceptance-testing",
             "additional cooperative acceptance testing": "cooperative-acceptance-testing"}
    service_class = "switched"
    for of, tested in ((" of special access", "special"), (" of switched access", "switched")):
        if kind.endswith(of):
            kind, service_class = kind.removesuffix(of), tested
    billing.append("labor", {"id": billing.next_id("labor"), "date": iso(day), "kind": kinds[kind],
                             "time": times[time], "minutes": minutes, "people": people,
                             "service_class": service_class})


@when(step("the dispatch found {trouble}"))
def trouble_found(billing: BillingScenario, trouble: str) -> None:
    found = {"no trouble in the Telephone Company's facilities": "none-found",
             "the trouble in equipment the customer provided": "other-equipment",
             "the trouble in the Telephone Company's facilities": "telephone-company-facilities"}
    billing.last("labor")["trouble"] = found[trouble]


@when("the work is a call-out not consecutive with the scheduled work period")
def call_out(billing: BillingScenario) -> None:
    billing.last("labor")["call_out"] = True


# --- Section 13 miscellaneous services: PIC changes, TSP, Additional Automatic Testing ---------------

_PIC_REQUESTS = {"the initial IPIC selection": (True, False), "an intraLATA PIC change": (False, False),
                 "an interLATA and intraLATA PIC change": (False, True)}
_METHODS = {"manually": "manual", "electronically": "electronic"}
_TSP_TIMING = {"with the Access Order to install it": "with-access-order",
               "after the Access Order to install it was issued": "after-access-order",
               "after its initial installation": "after-installation"}
_AUTOMATIC_TESTS = {"gain-slope": "gain_slope", "C-notched noise": "c_notched_noise", "1004 Hz loss": "loss_1004hz",
                    "C-message noise": "c_message_noise", "balance": "balance"}


@given(step('an existing end user\'s line "{line}" in an end office converted to equal access on {day:Date}'))
def existing_end_user(billing: BillingScenario, line: str, day: dt.date) -> None:
    billing.remembered[f"line {line}"] = {"end_user": "existing", "window_start": iso(day)}


@given(step('a new end user\'s line "{line}" ordered on {day:Date}'))
def new_end_user(billing: BillingScenario, line: str, day: dt.date) -> None:
    billing.remembered[f"line {line}"] = {"end_user": "new", "window_start": iso(day)}


@given(step('"{cid}" is {request} of line "{line}", submitted {method} on {day:Date}'))
def pic_request(billing: BillingScenario, cid: str, request: str, line: str, method: str, day: dt.date) -> None:
    initial, simultaneous = _PIC_REQUESTS[request]
    billing.append("pic_changes", {"id": cid, "line": line, "date": iso(day), "initial": initial,
                                   "simultaneous": simultaneous, "method": _METHODS[method],
                                   **billing.remembered[f"line {line}"]})


@given(step('a request "{rid}" to {action} Telecommunications Service Priority for {service_class} service "{sid}" '
            '{timing}, on {day:Date}'))
def tsp_request(billing: BillingScenario, rid: str, action: str, service_class: str, sid: str, timing: str,
                day: dt.date) -> None:
    billing.append("tsp_requests", {"id": rid, "service": sid, "service_class": service_class, "date": iso(day),
                                    "action": action, "timing": _TSP_TIMING[timing]})


@given(step('an Additional Automatic Test "{tid}" of {test} on {paths:d} transmission paths of FGD on {day:Date}, {schedule}'))
def automatic_test(billing: BillingScenario, tid: str, test: str, paths: int, day: dt.date, schedule: str) -> None:
    billing.append("automatic_tests", {"id": tid, "date": iso(day), "feature_group": "D", "test": _AUTOMATIC_TESTS[test],
                                       "paths": paths, "routine": schedule == "on the routine schedule"})


# --- then: what the bill must say ------------------------------------------------------------------

_PREFIXES = {"access order": "access_order.", "miscellaneous service order": "misc_service_order.",
             "service date change": "service_date_change.", "design change": "design_change.",
             "cancellation": "cancellation-charge", "additional engineering": "additional_engineering.",
             "additional labor": "additional_labor.", "installation": "local_transport_installation.",
             "expedite": "expedite-charge"}


@then(step("the payment date is {day:Date}"))
def payment_date_is(billing: BillingScenario, day: dt.date) -> None:
    billing.expect("payment date", day, billing.bill().payment_date)


@then("no late payment penalty is due")
def no_late_penalty(billing: BillingScenario) -> None:
    billing.expect("late payment penalty", Decimal("0.00"), billing.bill().penalty("late-payment"),
                   differs="late-payment penalty")


@then(step("the Telephone Company refunds {amount:Money} with penalty interest of {interest:Money}"))
def refund_is(billing: BillingScenario, amount: Decimal, interest: Decimal) -> None:
    billing.expect("refund and penalty interest", (amount, interest), billing.bill().refunded())


@then("no deposit may be required")
def deposit_not_permitted(billing: BillingScenario) -> None:
    billing.expect("deposit permitted", False, deposit_statement(billing).permitted)


@then(step("the deposit earns interest of {amount:Money}"))
def deposit_interest(billing: BillingScenario, amount: Decimal) -> None:
    billing.expect("deposit interest", amount, deposit_statement(billing).interest)


@then(step('the charge for "{element}" is {amount:Money}'))
def charge_is(billing: BillingScenario, element: str, amount: Decimal) -> None:
    billing.expect(f'charge for "{element}"', amount, billing.bill().charge(element), differs=f"charge {element}")


@then(step('no charge for "{element}" appears'))
def no_charge(billing: BillingScenario, element: str) -> None:
    billing.expect(f'charge for "{element}"', Decimal("0.00"), billing.bill().charge(element), differs=f"charge {element}")


@then(step('the minimum period charge for "{sid}" is {amount:Money}'))
def minimum_charge_is(billing: BillingScenario, sid: str, amount: Decimal) -> None:
    billing.expect(f'minimum period charge for "{sid}"', amount, billing.bill().charge("minimum-period-charge", sid),
                   differs="charge minimum-period-charge")


@then(step("the work is declined, or billed at another rate than the {amount:Money} not yet in force"))
def labor_declined_or_billed_otherwise(billing: BillingScenario, amount: Decimal) -> None:
    """The transcribed catalog has no rate before the page took effect: a system may decline the
    case, or bill the work at the rate then in force - not at the later rate, and not for nothing
    (a bill with no charge for the work has not billed it)."""
    try:
        bill = billing.bill()
    except SutSkipped:
        return
    work = billing.last("labor")["id"]
    charged = bill.charge(_PREFIXES["additional labor"], work)
    if charged == 0 or charged == amount:
        billing.expect(f"additional labor charge of {work}", f"the case declined, or a charge other than {amount}",
                       charged, differs="charge additional_labor.")


@then(step("the {charge} charge is {amount:Money}"))
def named_charge_is(billing: BillingScenario, charge: str, amount: Decimal) -> None:
    billing.expect(f"{charge} charge", amount, billing.bill().charge(_PREFIXES[charge]), differs=f"charge {_PREFIXES[charge]}")


@then(step("the credit allowance for {ref} is {amount:Money}"))
def credit_is(billing: BillingScenario, ref: str, amount: Decimal) -> None:
    billing.expect(f"credit allowance for {ref}", amount, billing.bill().credit(ref), differs="credit allowance")


@then(step("the credit allowances total {amount:Money}"))
def credits_total(billing: BillingScenario, amount: Decimal) -> None:
    billing.expect("total credit allowance", amount, total(c.amount for c in billing.bill().credits),
                   differs="credit allowance")
