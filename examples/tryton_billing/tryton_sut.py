#!/usr/bin/env python3
"""Tryton 7.0 as a system under test: a ratecert protocol process (JSON lines on stdin/stdout)
that bills each case with Tryton's own invoicing and reads the invoice back.

Why a process and not an in-process adapter: Tryton is a whole ERP with its own global pool,
transactions and dependencies; in its own process it stays out of ratecert's core, can run in
another interpreter, and a crash or hang is an `error` verdict like any vendor's.

What is configured, once, in a template database (SQLite in memory, cached by Tryton's DB_CACHE):
a company, fiscal years as needed, a chart of accounts, a cash payment method, payment terms as
Tryton's relative deltas - one month for the Access Catalog ("same date in the following month",
never longer than its 31 days), 30 days for the Frontier/Granite ICA; no "whichever is shorter"
and no weekend or holiday shift can be expressed -, a dunning procedure per document (a percentage
fee every 30 days overdue), a service product per Additional Engineering and Labor element priced
per hour at twice the catalog's half-hour rate, and a subscription service per Carrier Common Line
and Local Switching element priced per minute ([product] price_decimal = 7).

Per case: a fresh copy of the template (SQLite's online backup, milliseconds), a party, an
invoice dated on the bill date with one line per technician of the hours each keyed, usage
summaries as consumption records of a subscription invoiced by Tryton on the bill date, payments
posted with Tryton's pay wizard on the day their funds are available, and Tryton's dunning run on
each day a level can fall due up to the last payment - its reconciliation decides whether the bill
is still overdue. The bill read back is the invoices' lines, the receivable's maturity date and
the dunning fees.

What it claims (ICS): payment-dates, labor, late-payment and usage-pricing (usage rated elsewhere,
priced per element) of the catalog, payment-dates and late-payment of the ICA. Switched-usage
rating (measurement, rounding, jurisdiction, assumed minutes) is not claimed: Tryton has none of
it, and writing it into the adapter would certify the adapter, not Tryton.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import sys
import tempfile
from decimal import Decimal

os.environ.setdefault("TRYTOND_DATABASE_URI", "sqlite://")
os.environ.setdefault("DB_NAME", ":memory:")
os.environ.setdefault("DB_CACHE", os.path.join(tempfile.gettempdir(), "ratecert-tryton-cache"))
os.environ["TRYTOND_PRODUCT__PRICE_DECIMAL"] = "7"
# Posting queues the rendering of the invoice's printable copy; with a queue worker configured (and
# none running) that half of each posting's time is skipped - the bill is read from the invoice record
os.environ["TRYTOND_QUEUE__WORKER"] = "True"

CATALOG, ICA = "access-catalog-3", "ica-frontier-granite-2006"
# Payment terms as Tryton's relative deltas. 2.4.1(C)(1): "31 days ... or by the next bill date (i.e.,
# same date in the following month as the bill date), whichever is the shortest interval" - the next
# bill date is never more than 31 days away, so the rule is one month, which Tryton's
# relativedelta(months=1) is (January 31 + 1 month: February's last day, the catalog's default
# reading next-bill-date-short-month=last-day-of-month). ICA 24.2: "thirty (30) days ... or the next
# bill date, whichever is shorter" - 30 days, the shorter unless the next bill date is fewer than 30
# days away (bills of late January and of February), which one delta cannot express.
PAYMENT_TERMS = {CATALOG: {"months": 1}, ICA: {"days": 30}}

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


# Usage rated elsewhere, priced as a vendor would configure it: one subscription service per Carrier
# Common Line and Local Switching element, priced per minute at the catalog's rate (17.1,
# 17.4.3(A)(1)); the chargeable minutes of each usage summary arrive as a consumption record and
# Tryton's subscription invoicing sums and prices them. The elements a summary bears follow its
# feature group and direction (6.1.3(B)(1): Local Switching 1 for FGA/FGB, 2 for FGC/FGD).
USAGE_RATES = {
    "carrier_common_line.originating": "0.0338", "carrier_common_line.terminating": "0.0000",
    "local_switching_1.originating": "0.020969", "local_switching_1.terminating": "0.000000",
    "local_switching_2.originating": "0.020969", "local_switching_2.terminating": "0.000000",
}


UsageKey = tuple[str, str, str]   # end office, feature group, element


def usage_minutes(case: dict) -> dict[UsageKey, list[Decimal]]:
    """(end office, feature group, element) -> the chargeable minutes of each usage summary, as
    rated elsewhere: Tryton prices minutes, it does not measure, round or jurisdictionalize them, so
    call records are not its input."""
    out: dict[UsageKey, list[Decimal]] = {}
    for summary in case.get("usage", []):
        fg, direction = summary["feature_group"], summary["direction"]
        switching = "local_switching_1" if fg in ("A", "B") else "local_switching_2"
        for element in (f"carrier_common_line.{direction}", f"{switching}.{direction}"):
            out.setdefault((summary["end_office"], fg, element), []).append(Decimal(summary["minutes"]))
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
        self.terms = {document: self._payment_term(delta) for document, delta in PAYMENT_TERMS.items()}
        self.revenue = accounts["revenue"]
        self.cash = self._payment_method(accounts["cash"])
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

    def _payment_term(self, delta: dict[str, int]):  # type: ignore[no-untyped-def]
        term = self.Model.get("account.invoice.payment_term")(name=", ".join(f"{n} {unit}" for unit, n in delta.items()))
        term.lines.new(type="remainder").relativedeltas.new(**delta)
        term.save()
        return term

    def _payment_method(self, cash_account):  # type: ignore[no-untyped-def]
        """Payments are received into cash, as Tryton's pay wizard posts them."""
        journal, = self.Model.get("account.journal").find([("type", "=", "cash")])
        method = self.Model.get("account.invoice.payment.method")(name="Cash", journal=journal,
                                                                 credit_account=cash_account, debit_account=cash_account)
        method.save()
        return method

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
        document = case.get("document", CATALOG)
        self.today = bill_date
        self._prepare(bill_date, max([bill_date, *map(funds_date, case.get("payments", []))]))
        party = self.Model.get("party.party")(name=case.get("account", {}).get("id", "customer"),
                                             customer_payment_term=self.terms[document],
                                             dunning_procedure=self.procedures[document])
        party.save()
        invoice = self.Model.get("account.invoice")(type="out", party=party, invoice_date=bill_date,
                                                   payment_term=self.terms[document])
        lines = []
        for work in case.get("labor", []):
            priced = LABOR_RATES.get((work["kind"], work.get("time", "basic")))
            if priced is None:
                continue
            for _ in range(work.get("people", 1)):
                # each technician keys the hours worked, to the two decimals of Tryton's Hour unit
                line = invoice.lines.new()
                line.product = self.products[priced[0]]
                line.quantity = float(round(Decimal(work["minutes"]) / 60, 2))
                line.unit_price = Decimal(priced[1]) * 2
                lines.append((work["id"], priced[0], line))
        usage = usage_minutes(case)
        if usage:
            lines.extend(self._consume(party, bill_date, usage))
        if case.get("amount_due") and not invoice.lines:
            line = invoice.lines.new()   # the amount billed, as the receivable the dunning runs on
            line.description, line.account, line.quantity = "amount due", self.revenue, 1
            line.unit_price = Decimal(case["amount_due"])
        if not invoice.lines and usage:
            invoice = self._subscription_invoice(self.terms[document])
        if not invoice.lines:
            # Tryton posts no empty invoice, and gives a zero total the invoice date as due date: a
            # nominal memo line (not reported as a charge) lets its payment term apply
            line = invoice.lines.new()
            line.description, line.account, line.quantity, line.unit_price = "(memo)", self.revenue, 1, Decimal(1)
        if invoice.state == "draft":
            invoice.click("post")
        maturity = min(ml.maturity_date for ml in invoice.move.lines if ml.maturity_date)
        penalties = self._collect(case, invoice, maturity) if case.get("amount_due") else []
        return {"bill_date": bill_date.isoformat(), "payment_date": maturity.isoformat(), "penalties": penalties,
                "lines": [{"element": element, "quantity": str(line.quantity), "rate": format(line.unit_price, "f"),
                           "amount": str(line.amount), "clause": CLAUSES.get(element.split(".")[0], "access-catalog-3:13.2"),
                           "ref": ref}
                          for ref, element, line in lines]}

    def _consume(self, party, bill_date: dt.date,  # type: ignore[no-untyped-def]
                 usage: dict[UsageKey, list[Decimal]]) -> list:
        """Usage billed in arrears (2.4.1(B)) through a subscription: one line per end office,
        feature group and element, each summary's minutes a consumption on the day before the bill
        date, then Tryton's subscription invoicing on the bill date (which posts nothing: the
        invoice is posted with the bill). Returns (end office, element, invoice line) for each line
        Tryton made."""
        subscription = self.Model.get("sale.subscription")(
            party=party, start_date=bill_date - dt.timedelta(days=31), invoice_start_date=bill_date,
            invoice_recurrence=self.monthly)
        keys: dict[str, UsageKey] = {}
        for key in usage:
            end_office, fg, element = key
            line = subscription.lines.new()
            line.service, line.quantity = self.usage_services[element], 0
            line.description = f"{end_office} FG{fg} {element}"
            keys[line.description] = key
        subscription.click("quote")
        subscription.click("run")
        Consumption = self.Model.get("sale.subscription.line.consumption")
        consumed = [Consumption(line=line, quantity=float(minutes), date=bill_date - dt.timedelta(days=1))
                    for line in subscription.lines for minutes in usage[keys[line.description]]]
        Consumption.save(consumed)
        create = self.Wizard("sale.subscription.create_invoice")
        create.form.date = bill_date
        create.execute("create_")
        invoice = self._subscription_invoice(party.customer_payment_term)
        return [(keys[line.description][0], keys[line.description][2], line) for line in invoice.lines]

    def _subscription_invoice(self, term):  # type: ignore[no-untyped-def]
        invoice, = self.Model.get("account.invoice").find([("lines.origin", "like", "sale.subscription.line,%")])
        invoice.payment_term = term
        return invoice

    def _collect(self, case: dict, invoice, due: dt.date) -> list[dict]:  # type: ignore[no-untyped-def]
        """Payments and dunning in the order they happen: each payment is posted with Tryton's pay
        wizard on the day its funds are available (2.4.1(C)(2) "immediately available funds"; ICA
        24.3.4), and Tryton's dunning runs on each day one of its levels can fall due, up to the last
        payment, after that day's payments. Whether the bill is still overdue is Tryton's own answer:
        a receivable line its payments reconcile is dunned no more. The fees of the case's dunnings
        (its database is a fresh copy) are read back as the late payment penalty, named for the
        payment that settled the invoice (or the last one)."""
        payments = sorted(case.get("payments", []), key=funds_date)
        if not payments:
            return []
        last = funds_date(payments[-1])
        settled: tuple[dict, dt.date] | None = None
        Dunning = self.Model.get("account.dunning")
        for level in invoice.party.dunning_procedure.levels:
            run = due + level.overdue
            if run > last:
                break
            while payments and funds_date(payments[0]) <= run:
                payment = payments.pop(0)
                settled = settled or self._pay(invoice, payment)
            self.today = run
            create = self.Wizard("account.dunning.create")
            create.form.date = run
            create.execute("create_")
            drafts = Dunning.find([("state", "=", "draft")])
            if drafts:
                self.Wizard("account.dunning.process", drafts).execute("process")
        for payment in payments:
            settled = settled or self._pay(invoice, payment)
        total = sum((f.amount for f in self.Model.get("account.dunning.fee.dunning_level").find([])), Decimal(0))
        if not total:
            return []
        payment, day = settled or (case["payments"][-1], last)
        document = case.get("document", CATALOG)
        return [{"kind": "late-payment", "ref": payment["id"], "principal": case["amount_due"], "days": (day - due).days,
                 "amount": str(total), "clause": f"{document}:{LATE_CLAUSE[document]}"}]

    def _pay(self, invoice, payment: dict) -> tuple[dict, dt.date] | None:  # type: ignore[no-untyped-def]
        """Post one payment with Tryton's pay wizard on the day its funds are available: (the
        payment, that day) if the invoice is now paid - its receivable reconciled -, else None.
        Once paid, Tryton takes no further payment on the invoice (the caller posts none)."""
        day = funds_date(payment)
        self.today = day
        pay = self.Wizard("account.invoice.pay", [invoice])
        pay.form.amount, pay.form.payment_method, pay.form.date = Decimal(payment["amount"]), self.cash, day
        pay.execute("choice")
        if pay.state == "ask":   # less than the amount to pay: partial; more: Tryton's overpayment
            pay.execute("pay")
        invoice.reload()
        # the receivable's reconciliation (the invoice's state follows it in a queue task, and no
        # queue worker runs here)
        return (payment, invoice.reconciled) if invoice.reconciled else None


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
                                                                     "usage-pricing"]},
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
