#!/usr/bin/env python3
"""Tryton 7.0 as a system under test: a ratecert protocol process (JSON lines on stdin/stdout)
that bills each case with Tryton's own invoicing and reads the invoice back.

Why a process and not an in-process adapter: Tryton is a whole ERP with its own global pool,
transactions and dependencies; in its own process it stays out of ratecert's core, can run in
another interpreter, and a crash or hang is an `error` verdict like any vendor's.

What is configured, once, in a template database (SQLite in memory, cached by Tryton's DB_CACHE):
a company, fiscal years as needed, a chart of accounts, payment terms of 31 days (the Access
Catalog) and 30 days (the Frontier/Granite ICA) - chains of relative deltas: no "next bill date"
and no weekend or holiday shift can be expressed -, a dunning procedure per document (a
percentage fee every 30 days overdue), a service product per Additional Engineering and Labor
element priced per hour at twice the catalog's half-hour rate, and a subscription service per
Common Line and Local Switching element priced per minute ([product] price_decimal = 7).

Per case: a fresh copy of the template (SQLite's online backup, milliseconds), a party, an
invoice dated on the bill date with one line per labor record of (minutes / 60) x people hours,
usage as consumption records of a subscription invoiced by Tryton on the bill date, dunning runs
on the days a level falls due while the bill is unpaid; the bill read back is the invoices'
lines, the maturity date of the receivable and the dunning fees.

What it claims (ICS): payment-dates, labor, late-payment and switched-usage of the catalog,
payment-dates and late-payment of the ICA. Everything else is not expressible without writing the
catalog's rules into the adapter, which would certify the adapter, not Tryton.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal

os.environ.setdefault("TRYTOND_DATABASE_URI", "sqlite://")
os.environ.setdefault("DB_NAME", ":memory:")
os.environ.setdefault("DB_CACHE", os.path.join(tempfile.gettempdir(), "ratecert-tryton-cache"))
os.environ["TRYTOND_PRODUCT__PRICE_DECIMAL"] = "7"
# Posting queues the rendering of the invoice's printable copy; with a queue worker configured (and
# none running) that half of each posting's time is skipped - the bill is read from the invoice record
os.environ["TRYTOND_QUEUE__WORKER"] = "True"

CATALOG, ICA = "access-catalog-3", "ica-frontier-granite-2006"
PAYMENT_DAYS = {CATALOG: 31, ICA: 30}   # 2.4.1(C)(1) "31 days"; ICA 24.2 "thirty (30) days"

# Late payment as a vendor would configure Tryton's dunning fees: a percentage of the invoice at each
# 30-day level. ICA 24.3.4: 1.5% a month (the started-months reading is the nearest Tryton can
# express); catalog 2.4.1(C)(2): $0.000292 a day compounded daily, which Tryton cannot express -
# thirty days of it, 1.000292^30 - 1, charged per level, is the nearest.
LATE_FEES = {ICA: Decimal("0.015"), CATALOG: Decimal("0.00879720")}
DUNNING_MONTHS = 24
LATE_CLAUSE = {ICA: "24.3.4", CATALOG: "2.4.1(C)(2)"}
CLAUSES = {"carrier_common_line": "access-catalog-3:17.1", "local_switching_1": "access-catalog-3:17.4.3(A)(1)",
           "local_switching_2": "access-catalog-3:17.4.3(A)(1)"}

LABOR_RATES = {  # 17.6.1 and 17.6.2: per half hour; Tryton is given the hourly price
    ("engineering", "basic"): ("additional_engineering.basic", "36.20"),
    ("engineering", "overtime"): ("additional_engineering.overtime", "54.30"),
    ("engineering", "premium"): ("additional_engineering.premium", "72.40"),
    ("installation", "overtime"): ("additional_labor.installation_repair.overtime", "44.00"),
    ("installation", "premium"): ("additional_labor.installation_repair.premium", "58.67"),
    ("repair", "overtime"): ("additional_labor.installation_repair.overtime", "44.00"),
    ("repair", "premium"): ("additional_labor.installation_repair.premium", "58.67"),
    ("standby", "basic"): ("additional_labor.standby.basic", "29.34"),
    ("standby", "overtime"): ("additional_labor.standby.overtime", "44.00"),
    ("standby", "premium"): ("additional_labor.standby.premium", "58.67"),
    ("testing-with-other-companies", "basic"): ("additional_labor.other.basic", "29.34"),
    ("testing-with-other-companies", "overtime"): ("additional_labor.other.overtime", "44.00"),
    ("testing-with-other-companies", "premium"): ("additional_labor.other.premium", "58.67"),
    ("other", "basic"): ("additional_labor.other.basic", "29.34"),
    ("other", "overtime"): ("additional_labor.other.overtime", "44.00"),
    ("other", "premium"): ("additional_labor.other.premium", "58.67"),
}


def funds_date(payment: dict) -> dt.date:
    """The day a payment counts: when its funds are available (2.4.1(C)(2) "immediately available
    funds"; ICA 24.3.4), else the day it is received."""
    return dt.date.fromisoformat(payment.get("funds_available_on") or payment["date"])


# Switched usage as a vendor would configure it: one subscription service per End Office and Common
# Line element, priced per minute at the catalog's rate (17.1, 17.4.3(A)(1)); usage arrives as
# consumption records and Tryton's subscription invoicing sums and prices them. Which element a
# record bears follows the feature group and direction only - no routing, no jurisdiction split.
USAGE_RATES = {
    "carrier_common_line.originating": "0.0338", "carrier_common_line.terminating": "0.0000",
    "local_switching_1.originating": "0.020969", "local_switching_1.terminating": "0.000000",
    "local_switching_2.originating": "0.020969", "local_switching_2.terminating": "0.000000",
}


def usage_minutes(case: dict) -> dict[tuple[str, str], list[Decimal]]:
    """(end office, element) -> the minutes handed to Tryton, record by record: a summary's minutes,
    or a call's answer-to-disconnect time in minutes (what a call detail record's duration field
    holds); records of measured interstate jurisdiction belong to another tariff and are left out."""
    out: dict[tuple[str, str], list[Decimal]] = {}
    records = [(u, Decimal(u["minutes"])) for u in case.get("usage", [])]
    for call in case.get("calls", []):
        start = call.get("answer") or call.get("off_hook")
        stops = [t for t in (call.get("end_user_disconnect"), call.get("customer_disconnect")) if t]
        if start and stops:
            seconds = (min(map(dt.datetime.fromisoformat, stops)) - dt.datetime.fromisoformat(start)).total_seconds()
            records.append((call, Decimal(str(max(seconds, 0))) / 60))
    for record, minutes in records:
        if record.get("jurisdiction") == "interstate":
            continue
        switching = "local_switching_1" if record["feature_group"] in ("A", "B") else "local_switching_2"
        for element in (f"carrier_common_line.{record['direction']}", f"{switching}.{record['direction']}"):
            # keyed to the two decimals of Tryton's Minute unit, which refuses more digits
            out.setdefault((record["end_office"], element), []).append(minutes.quantize(Decimal("0.01"), ROUND_HALF_UP))
    return out


class Tryton:
    """The template database and the objects every case shares."""

    def __init__(self) -> None:
        from proteus import Model, Wizard, config
        from trytond.modules.account.tests.tools import create_chart, get_accounts
        from trytond.modules.company.tests.tools import create_company, get_company
        from trytond.tests.tools import activate_modules

        activate_modules(["account_invoice", "account_product", "account_dunning_fee", "sale_subscription"])
        self.config = config.get_config()
        # Tryton's "today" is the wall clock (ir.date.today); each case is posted as on its bill date
        from trytond.ir.date import Date

        self.today = dt.date(2025, 1, 1)
        Date.today = staticmethod(lambda timezone=None: self.today)
        create_company()
        self.company = get_company()
        self.years: dict[int, object] = {}
        self._fiscal_year(dt.date(2025, 1, 1))  # the chart needs one fiscal year
        create_chart(self.company)
        accounts = get_accounts(self.company)
        self.Model, self.Wizard = Model, Wizard
        self.terms = {document: self._payment_term(days) for document, days in PAYMENT_DAYS.items()}
        self.revenue = accounts["revenue"]
        category = Model.get("product.category")(name="Access services", accounting=True)
        category.account_revenue, category.account_expense = accounts["revenue"], accounts["expense"]
        category.save()
        self.procedures = self._dunning_procedures(category)
        hour, = Model.get("product.uom").find([("name", "=", "Hour")])
        self.products = {}
        for element, half_hour in {v for v in LABOR_RATES.values()}:
            template = Model.get("product.template")(name=element, default_uom=hour, type="service",
                                                    account_category=category,
                                                    list_price=Decimal(half_hour) * 2)
            template.save()
            self.products[element] = template.products[0]
        self.usage_services = self._usage_services(category)
        self._snapshot()

    def _usage_services(self, category) -> dict:  # type: ignore[no-untyped-def]
        """A subscription service per usage element, priced per minute, and a monthly invoice recurrence."""
        minute, = self.Model.get("product.uom").find([("name", "=", "Minute")])
        monthly = self.Model.get("sale.subscription.recurrence.rule.set")(name="Monthly")
        rule, = monthly.rules
        rule.freq, rule.interval = "monthly", 1
        monthly.save()
        self.monthly = monthly
        services = {}
        for element, rate in USAGE_RATES.items():
            template = self.Model.get("product.template")(name=element, default_uom=minute, type="service",
                                                         account_category=category, list_price=Decimal(rate))
            template.save()
            service = self.Model.get("sale.subscription.service")(product=template.products[0],
                                                                  consumption_recurrence=monthly)
            service.save()
            services[element] = service
        return services

    def _dunning_procedures(self, category) -> dict:  # type: ignore[no-untyped-def]
        """A dunning procedure per document: a level every 30 days overdue (Tryton's levels are
        timedeltas), each charging a percentage fee of the invoice (account_dunning_fee)."""
        unit, = self.Model.get("product.uom").find([("name", "=", "Unit")])
        template = self.Model.get("product.template")(name="late payment penalty", default_uom=unit, type="service",
                                                     account_category=category, list_price=Decimal(0))
        template.save()
        journal, = self.Model.get("account.journal").find([("code", "=", "REV")])
        procedures = {}
        for document, percentage in LATE_FEES.items():
            fee = self.Model.get("account.dunning.fee")(name=f"late payment ({document})", product=template.products[0],
                                                       journal=journal, compute_method="percentage",
                                                       percentage=percentage)
            fee.save()
            procedure = self.Model.get("account.dunning.procedure")(name=document)
            for month in range(DUNNING_MONTHS):
                level = procedure.levels.new()
                level.overdue, level.fee = dt.timedelta(days=1 + 30 * month), fee
            procedure.save()
            procedures[document] = procedure
        return procedures

    def _payment_term(self, days: int):  # type: ignore[no-untyped-def]
        term = self.Model.get("account.invoice.payment_term")(name=f"{days} days")
        term.lines.new(type="remainder").relativedeltas.new(days=days)
        term.save()
        return term

    def _fiscal_year(self, day: dt.date):  # type: ignore[no-untyped-def]
        if day.year not in self.years:
            from trytond.modules.account.tests.tools import create_fiscalyear
            from trytond.modules.account_invoice.tests.tools import set_fiscalyear_invoice_sequences

            calendar_year = (dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
            year = set_fiscalyear_invoice_sequences(create_fiscalyear(self.company, today=calendar_year))
            year.click("create_period")
            self.years[day.year] = year
        return self.years[day.year]

    def _snapshot(self) -> None:
        """Keep the template as it is now (SQLite's online backup, in memory): each case starts
        from a copy of it, so no case sees another's parties, invoices, sequences or dunnings, and
        Tryton's dunning run scans one case's lines, not a growing database's."""
        self.template.close() if getattr(self, "template", None) else None
        self.template = sqlite3.connect(":memory:")
        self._connection().backup(self.template)

    def _restore(self) -> None:
        self.template.backup(self._connection())

    @staticmethod
    def _connection() -> sqlite3.Connection:
        from trytond import backend
        from trytond.tests.test_tryton import DB_NAME

        return backend.Database(DB_NAME).connect().get_connection()

    def _prepare(self, first: dt.date, last: dt.date) -> None:
        """A fresh copy of the template, with a fiscal year for every year the case touches (from
        its bill date to its last dunning run); a year created here joins the template."""
        self._restore()
        if all(year in self.years for year in range(first.year, last.year + 1)):
            return
        for year in range(first.year, last.year + 1):
            self._fiscal_year(dt.date(year, 1, 1))
        self._snapshot()

    def bill(self, case: dict) -> dict:
        bill_date = dt.date.fromisoformat(case["bill_date"])
        self.today = bill_date
        self._prepare(bill_date, max([bill_date, *map(funds_date, case.get("payments", []))]))
        party = self.Model.get("party.party")(name=case.get("account", {}).get("id", "customer"))
        party.save()
        invoice = self.Model.get("account.invoice")(type="out", party=party, invoice_date=bill_date,
                                                   payment_term=self.terms[case.get("document", CATALOG)])
        lines = []
        for work in case.get("labor", []):
            priced = LABOR_RATES.get((work["kind"], work.get("time", "basic")))
            if priced is None:
                continue
            line = invoice.lines.new()
            line.product = self.products[priced[0]]
            # hours as a person would key them: to the two decimals of Tryton's Hour unit
            line.quantity = float(round(Decimal(work["minutes"]) * work.get("people", 1) / 60, 2))
            line.unit_price = Decimal(priced[1]) * 2
            lines.append((work["id"], priced[0], line))
        usage = usage_minutes(case)
        if usage:
            lines.extend(self._consume(case, party, bill_date, usage))
        if case.get("amount_due") and not invoice.lines:
            line = invoice.lines.new()   # the amount billed, as the receivable the dunning runs on
            line.description, line.account, line.quantity = "amount due", self.revenue, 1
            line.unit_price = Decimal(case["amount_due"])
        if not invoice.lines and usage:
            invoice = self._subscription_invoice(case)
        if not invoice.lines:
            # Tryton posts no empty invoice, and gives a zero total the invoice date as due date: a
            # nominal memo line (not reported as a charge) lets its payment term apply
            line = invoice.lines.new()
            line.description, line.account, line.quantity, line.unit_price = "(memo)", self.revenue, 1, Decimal(1)
        if invoice.state == "draft":
            invoice.click("post")
        maturity = min(ml.maturity_date for ml in invoice.move.lines if ml.maturity_date)
        penalties = self._dun(case, party, maturity)
        return {"bill_date": bill_date.isoformat(), "payment_date": maturity.isoformat(), "penalties": penalties,
                "lines": [{"element": element, "quantity": str(line.quantity), "rate": format(line.unit_price, "f"),
                           "amount": str(line.amount), "clause": CLAUSES.get(element.split(".")[0], "access-catalog-3:13.2"),
                           "ref": ref}
                          for ref, element, line in lines]}

    def _consume(self, case: dict, party, bill_date: dt.date,  # type: ignore[no-untyped-def]
                 usage: dict[tuple[str, str], list[Decimal]]) -> list:
        """Usage billed in arrears (2.4.1(B)) through a subscription: one line per end office and
        element, each record a consumption on the day before the bill date, then Tryton's
        subscription invoicing on the bill date (which posts nothing: the invoice is posted with
        the bill). Returns (end office, element, invoice line) for each line Tryton made."""
        party.customer_payment_term = self.terms[case.get("document", CATALOG)]
        party.save()
        subscription = self.Model.get("sale.subscription")(
            party=party, start_date=bill_date - dt.timedelta(days=31), invoice_start_date=bill_date,
            invoice_recurrence=self.monthly)
        for (end_office, element) in usage:
            line = subscription.lines.new()
            line.service, line.quantity, line.description = self.usage_services[element], 0, f"{end_office} {element}"
        subscription.click("quote")
        subscription.click("run")
        Consumption = self.Model.get("sale.subscription.line.consumption")
        consumed = []
        for line in subscription.lines:
            for minutes in usage[tuple(line.description.split(" ", 1))]:   # type: ignore[index]
                consumed.append(Consumption(line=line, quantity=float(minutes), date=bill_date - dt.timedelta(days=1)))
        Consumption.save(consumed)
        create = self.Wizard("sale.subscription.create_invoice")
        create.form.date = bill_date
        create.execute("create_")
        invoice = self._subscription_invoice(case)
        return [(*line.description.split(" ", 1), line) for line in invoice.lines]

    def _subscription_invoice(self, case: dict):  # type: ignore[no-untyped-def]
        invoice, = self.Model.get("account.invoice").find([("lines.origin", "like", "sale.subscription.line,%")])
        invoice.payment_term = self.terms[case.get("document", CATALOG)]
        return invoice


    def _dun(self, case: dict, party, due: dt.date) -> list[dict]:  # type: ignore[no-untyped-def]
        """Dunning runs on the days a level falls due, while the bill is unpaid; each run is
        processed (the fee is posted). The bill is paid on the day the payments, counted from when
        their funds are available, reach the amount due (or dunned up to the last payment, if they
        never do). Tryton's fees are read back as the late payment penalty; the case's database is
        a fresh copy of the template, so every dunning in it is this bill's."""
        payments = sorted(case.get("payments", []), key=funds_date)
        if not payments or not case.get("amount_due"):
            return []
        paid, ref = Decimal(0), payments[-1]["id"]
        settled = funds_date(payments[-1])  # the last we know of
        for payment in payments:
            paid += Decimal(payment["amount"])
            if paid >= Decimal(case["amount_due"]):
                settled, ref = funds_date(payment), payment["id"]
                break
        party.dunning_procedure = self.procedures[case.get("document", CATALOG)]
        party.save()
        Dunning = self.Model.get("account.dunning")
        for level in party.dunning_procedure.levels:
            run = due + level.overdue
            if run >= settled:
                break
            self.today = run
            create = self.Wizard("account.dunning.create")
            create.form.date = run
            create.execute("create_")
            drafts = Dunning.find([("state", "=", "draft")])
            if drafts:
                self.Wizard("account.dunning.process", drafts).execute("process")
        total = sum((f.amount for d in Dunning.find([]) for f in d.fees), Decimal(0))
        if not total:
            return []
        days = (settled - due).days
        return [{"kind": "late-payment", "ref": ref, "principal": case["amount_due"], "days": days,
                 "amount": str(total), "clause": f"{case.get('document', CATALOG)}:{LATE_CLAUSE[case.get('document', CATALOG)]}"}]


def main() -> None:
    tryton: Tryton | None = None
    for raw in sys.stdin:
        message = json.loads(raw)
        if message.get("cmd") == "stop":
            return
        if message.get("cmd") == "start":
            tryton = tryton or Tryton()
            from trytond import __version__
            reply = {"implementation": {"name": "Tryton", "version": __version__, "vendor": "Tryton (via ratecert's example adapter)",
                                        "language": "Python"},
                     "ics": {"documents": {CATALOG: {"capabilities": ["payment-dates", "labor", "late-payment",
                                                                     "switched-usage"]},
                                           ICA: {"capabilities": ["payment-dates", "late-payment"]}}},
                     "pixit": {"readings": {"penny-rounding-ties": "half-even",
                                            "ica-late-penalty-basis": "started-months"}}}
        else:
            try:
                assert tryton is not None, "bill before start"
                reply = {"seq": message["seq"], "bills": [tryton.bill(message["case"])]}
            except Exception as exc:  # Tryton's own refusal is reported, not hidden
                reply = {"seq": message.get("seq", 0), "errored": True, "context": {"error": f"{type(exc).__name__}: {exc}"}}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
