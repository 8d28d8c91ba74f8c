#!/usr/bin/env python3
"""ACME Billing: an example external billing system that speaks ratecert protocol ratecert/1 over
stdin/stdout (JSON lines). Standard library only, written independently of ratecert's reference:
integer cents, its own holiday calendar, its own late-factor arithmetic.

It claims only what it implements (its ICS): payment dates, late payment penalties, billing
disputes, deposits, order charges and labor under the Idaho Access Service Catalog No. 3. The
rest of the catalog is reported not applicable by the certification.

Run it by hand:  echo '{"cmd":"start","protocol":"ratecert/1"}' | python3 acme_billing.py
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import sys
from decimal import ROUND_HALF_UP, Decimal, getcontext

getcontext().prec = 40
DAILY = Decimal("0.000292")
ONE_DAY = dt.timedelta(days=1)

# Rates this system bills, from Access Catalog No. 3, Section 17 (all effective 2017-01-01).
RATES = {
    "access_order": {"switched": Decimal("37.50"), "special": Decimal("75.00")},
    "misc_service_order": {"switched": Decimal("25.00"), "special": Decimal("50.00")},
    "service_date_change": {"switched": Decimal("25.00"), "special": Decimal("50.00")},
    "design_change": {"switched": Decimal("25.00"), "special": Decimal("50.00")},
}
LABOR = {  # (kind group, time class) -> (rate element, rate per half hour)
    ("engineering", "basic"): ("additional_engineering.basic", Decimal("36.20")),
    ("engineering", "overtime"): ("additional_engineering.overtime", Decimal("54.30")),
    ("engineering", "premium"): ("additional_engineering.premium", Decimal("72.40")),
    ("install", "overtime"): ("additional_labor.installation_repair.overtime", Decimal("44.00")),
    ("install", "premium"): ("additional_labor.installation_repair.premium", Decimal("58.67")),
    ("standby", "basic"): ("additional_labor.standby.basic", Decimal("29.34")),
    ("standby", "overtime"): ("additional_labor.standby.overtime", Decimal("44.00")),
    ("standby", "premium"): ("additional_labor.standby.premium", Decimal("58.67")),
    ("other", "basic"): ("additional_labor.other.basic", Decimal("29.34")),
    ("other", "overtime"): ("additional_labor.other.overtime", Decimal("44.00")),
    ("other", "premium"): ("additional_labor.other.premium", Decimal("58.67")),
}
LABOR_GROUP = {"engineering": "engineering", "installation": "install", "repair": "install", "standby": "standby",
               "testing-with-other-companies": "other", "other": "other", "additional-manual-testing": "other",
               "cooperative-acceptance-testing": "other", "maintenance-of-service": "other"}
LABOR_CLAUSE = {"engineering": "13.1", "installation": "13.2.1", "repair": "13.2.2", "standby": "13.2.3",
                "testing-with-other-companies": "13.2.4", "other": "13.2.5", "additional-manual-testing": "13.3.1(A)(3)",
                "cooperative-acceptance-testing": "13.3.1(A)(1)", "maintenance-of-service": "13.3.2(A)"}
SPECIAL_ACCESS_CLAUSE = {"additional-manual-testing": "13.3.1(B)(2)", "cooperative-acceptance-testing": "13.3.1(B)(1)"}
INSTALLATION = {"local_transport_installation.vg2w": Decimal("56.00"),
                "local_transport_installation.vg4w": Decimal("56.00"),
                "local_transport_installation.ds1": Decimal("400.00"),
                "local_transport_installation.ds3": Decimal("750.00")}
RATES_FROM = dt.date(2017, 1, 1)


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# --- calendar -------------------------------------------------------------------------------

def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def last_weekday(year: int, month: int, weekday: int) -> dt.date:
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def holidays(year: int) -> set[dt.date]:
    """The catalog's Legal Holidays (2.6), a weekend one observed on the adjacent weekday."""
    fixed = [dt.date(year, 1, 1), dt.date(year, 7, 4), dt.date(year, 12, 25), dt.date(year + 1, 1, 1)]
    days = {nth_weekday(year, 2, 0, 3), last_weekday(year, 5, 0), nth_weekday(year, 10, 0, 2),
            nth_weekday(year, 11, 3, 4)}
    for day in fixed:
        if day.weekday() == 5:
            day -= ONE_DAY
        elif day.weekday() == 6:
            day += ONE_DAY
        days.add(day)
    return days


def closed(day: dt.date) -> bool:
    return day.weekday() >= 5 or day in holidays(day.year) or day in holidays(day.year - 1)


def payment_date(case: dict) -> dt.date:
    bill = dt.date.fromisoformat(case["bill_date"])
    year, month = divmod(bill.month, 12)
    year, month = bill.year + year, month + 1
    next_bill = dt.date(year, month, min(bill.day, calendar.monthrange(year, month)[1]))
    due = min(bill + dt.timedelta(days=31), next_bill)
    receipt = case.get("bill_receipt")
    if receipt and receipt.get("extension_requested", True) and receipt.get("proof_of_late_receipt", True):
        late_by = (dt.date.fromisoformat(receipt["received"]) - (bill + dt.timedelta(days=11))).days
        due += dt.timedelta(days=max(0, late_by))
    if due.weekday() == 6 or (due.weekday() == 0 and closed(due)):
        step = ONE_DAY
    elif due.weekday() == 5 or closed(due):
        step = -ONE_DAY
    else:
        return due
    due += step
    while closed(due):
        due += step
    return due


# --- money ----------------------------------------------------------------------------------

def factor(days: int) -> Decimal:
    return (1 + DAILY) ** days - 1 if days > 0 else Decimal(0)


def penalties_and_refunds(case: dict, due: dt.date) -> tuple[list, list]:
    amount = Decimal(case.get("amount_due") or "0")
    withheld = sum((Decimal(d["amount"]) for d in case.get("disputes", []) if d.get("withheld", True)), Decimal(0))
    owed = amount - withheld
    penalties, in_time = [], Decimal(0)
    payments = sorted(case.get("payments", []), key=lambda p: p.get("funds_available_on") or p["date"])
    for p in payments:
        received = max(dt.date.fromisoformat(p["date"]),
                       dt.date.fromisoformat(p.get("funds_available_on") or p["date"]))
        part = min(Decimal(p["amount"]), owed)
        owed -= part
        if received <= due:
            in_time += Decimal(p["amount"])
        elif part > 0:
            days = (received - due).days
            penalties.append({"kind": "late-payment", "ref": p.get("id", "payment"), "principal": str(part),
                              "days": days, "amount": str(cents(part * factor(days))),
                              "clause": "access-catalog-3:2.4.1(C)(2)"})
    refunds = []
    for d in case.get("disputes", []):
        value = Decimal(d["amount"])
        if d.get("resolved_for") == "telephone-company" and d.get("withheld", True) and d.get("paid_on"):
            start = due
            if dt.date.fromisoformat(d["filed"]) <= due and in_time >= amount - withheld:
                start = due + dt.timedelta(days=10)
            days = max(0, (dt.date.fromisoformat(d["paid_on"]) - start).days)
            penalties.append({"kind": "dispute", "ref": d.get("id", "dispute"), "principal": str(value),
                              "days": days, "amount": str(cents(value * factor(days))),
                              "clause": "access-catalog-3:2.4.1(D)"})
        elif d.get("resolved_for") == "customer" and not d.get("withheld", True) and d.get("refunded_on"):
            filed = dt.date.fromisoformat(d["filed"])
            paid = max((dt.date.fromisoformat(p["date"]) for p in case.get("payments", [])), default=due)
            start = due if (filed - due).days <= 90 else max(filed, paid)
            days = max(0, (dt.date.fromisoformat(d["refunded_on"]) - start).days)
            refunds.append({"ref": d.get("id", "dispute"), "amount": str(value),
                            "interest": str(cents(value * factor(days))), "days": days,
                            "clause": "access-catalog-3:2.4.1(E)"})
    return penalties, refunds


def deposits(case: dict) -> list:
    account = case.get("account", {})
    late = account.get("late_payment_history", False)
    credit = account.get("established_credit", True)
    permitted = not account.get("successor_of_creditworthy_company", False) and (late or not credit)
    refund_due = account.get("prompt_payment_months", 0) >= 12 or (credit and not late)
    out = []
    for d in case.get("deposits", []):
        days = 0
        if d.get("returned_on"):
            days = (dt.date.fromisoformat(d["returned_on"]) - dt.date.fromisoformat(d["received"])).days
        out.append({"ref": d.get("id", "deposit"), "permitted": permitted,
                    "maximum": str(cents(2 * Decimal(d["monthly_charges"]))),
                    "interest": str(cents(Decimal(d["amount"]) * factor(days))), "refund_due": refund_due,
                    "clause": "access-catalog-3:2.4.1(A)"})
    return out


def line(element: str, quantity: int | Decimal, rate: Decimal, clause: str, ref: str) -> dict:
    return {"element": element, "quantity": str(quantity), "rate": str(rate),
            "amount": str(cents(rate * quantity)), "clause": f"access-catalog-3:{clause}", "ref": ref}


def order_lines(order: dict) -> list:
    column, oid, out = order.get("service_class", "switched"), order["id"], []
    kind = order.get("kind", "new")
    sdc = order.get("service_date_changes", 0) and not order.get("for_transmission_performance")
    design = order.get("design_changes", 0) and not order.get("for_transmission_performance")
    services = set(order.get("section_13_services", [])) - {"presubscription", "billing-name-and-address",
                                                               "900-blocking"}
    always = {"overtime-repair", "standby-repair", "testing-with-other-companies", "other-labor",
              "maintenance-of-service"}
    pending_kinds = {"additional-engineering", "overtime-installation", "standby-acceptance-testing",
                     "testing-with-other-companies-acceptance", "cooperative-acceptance-testing",
                     "telecommunications-service-priority"}
    msoc = bool(services) and (bool(services & always) or (
        "telecommunications-service-priority" in services and order.get("after_initial_installation", False)) or (
        not order.get("order_pending", False) and bool(services - pending_kinds)))
    aoc = (kind in {"new", "addition", "change", "rearrangement", "increase", "stp-signaling-change"}
           or (kind == "pending-order-change" and order.get("reissued", False)))
    aoc = aoc and not order.get("applicable_charges") and not design and not sdc and not msoc
    if aoc:
        out.append(line(f"access_order.{column}", 1, RATES["access_order"][column], "5.4.1", oid))
    if sdc:
        out.append(line(f"service_date_change.{column}", order["service_date_changes"],
                        RATES["service_date_change"][column], "5.4.3(A)", oid))
    if design:
        out.append(line(f"design_change.{column}", order["design_changes"], RATES["design_change"][column],
                        "5.4.3(B)", oid))
    if msoc:
        out.append(line(f"misc_service_order.{column}", 1, RATES["misc_service_order"][column], "5.4.2", oid))
    for item in order.get("installations", []):
        out.append(line(item["element"], Decimal(item["quantity"]), INSTALLATION[item["element"]], "17.4.1(A)", oid))
    return out


def labor_clause(work: dict) -> str:
    kind = work["kind"]
    if kind == "maintenance-of-service" and work.get("trouble") == "other-equipment":
        return "13.3.2(B)"
    if work.get("service_class") == "special" and kind in SPECIAL_ACCESS_CLAUSE:
        return SPECIAL_ACCESS_CLAUSE[kind]
    return LABOR_CLAUSE[kind]


def labor_lines(work: dict) -> list:
    kind = work["kind"]
    if kind == "acceptance-testing" or (kind == "maintenance-of-service"
                                        and work.get("trouble") == "telephone-company-facilities"):
        return []   # acceptance tests at installation are free; trouble in the company's own facilities too
    if work.get("declined"):
        return []   # 5.2.5: Additional Engineering the customer declines withdraws the order; nothing is charged
    group = LABOR_GROUP[kind]
    if (group, work["time"]) not in LABOR:
        return []
    element, rate = LABOR[(group, work["time"])]
    minutes = work["minutes"] - 30 if kind == "standby" else work["minutes"]
    halves = max(0, -(-minutes // 30))
    if work.get("call_out") and kind != "engineering":
        halves = max(halves, 8)
    units = halves * work.get("people", 1)
    return [line(element, units, rate, labor_clause(work), work["id"])] if units else []


def render(case: dict) -> dict:
    due = payment_date(case)
    lines = [ln for order in case.get("orders", []) for ln in order_lines(order)]
    lines += [ln for work in case.get("labor", []) for ln in labor_lines(work)]
    penalties, refunds = penalties_and_refunds(case, due)
    return {"bill_date": case["bill_date"], "payment_date": due.isoformat(), "lines": lines,
            "penalties": penalties, "credits": [], "deposits": deposits(case), "refunds": refunds}


def answer(message: dict) -> dict | None:
    if message.get("cmd") == "start":
        return {"implementation": {"name": "ACME Billing", "version": "3.1.4", "vendor": "ACME Telecom Software",
                                   "language": "Python (standard library)"},
                "ics": {"documents": {"access-catalog-3": {"capabilities": [
                    "payment-dates", "late-payment", "disputes", "deposits", "order-charges", "labor"]}}},
                "pixit": {"legal_maximum_rate": None, "local_holidays": [], "readings": {}}}
    if message.get("cmd") == "bill":
        case = message["case"]
        if case.get("services") or case.get("interruptions"):
            return {"seq": message["seq"], "skipped": True, "reason": "ACME bills no monthly services or credits"}
        dates = [w["date"] for w in case.get("labor", [])] + [o["date"] for o in case.get("orders", [])]
        if any(dt.date.fromisoformat(d) < RATES_FROM for d in dates):
            return {"seq": message["seq"], "skipped": True, "reason": "no rate table before 2017-01-01"}
        if any(o.get("cancelled_on") or o.get("reestablishment") for o in case.get("orders", [])):
            return {"seq": message["seq"], "skipped": True, "reason": "cancellations are not implemented"}
        return {"seq": message["seq"], "bills": [render(case)]}
    return None


def main() -> None:
    for raw in sys.stdin:
        message = json.loads(raw)
        if message.get("cmd") == "stop":
            return
        try:
            reply = answer(message)
        except Exception as exc:  # report, never crash the session
            reply = {"seq": message.get("seq", 0), "errored": True, "context": {"error": repr(exc)}}
        if reply is not None:
            sys.stdout.write(json.dumps(reply) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
