#!/usr/bin/env python3
"""Tryton 7.0 as a system under test: a ratecert protocol process (JSON lines on stdin/stdout)
that bills each case with Tryton's own invoicing and reads the invoice back.

Why a process and not an in-process adapter: Tryton is a whole ERP with its own global pool,
transactions and dependencies; in its own process it stays out of ratecert's core, can run in
another interpreter, and a crash or hang is an `error` verdict like any vendor's.

What is configured, once, in a template database (SQLite in memory, cached by Tryton's DB_CACHE):
a company, fiscal years as needed, a chart of accounts, a payment term of 31 days (Tryton's terms
are chains of relative deltas: no "next bill date" and no weekend or holiday shift can be
expressed), and one service product per Additional Engineering and Labor element, priced per hour
at twice the catalog's half-hour rate ([product] price_decimal = 7). Per case: a party and an
invoice dated on the bill date, one line per labor record of (minutes / 60) x people hours; the
bill read back is the invoice's lines and the maturity date of its receivable.

What it claims (ICS): payment-dates and labor. Everything else is not expressible without writing
the catalog's rules into the adapter, which would certify the adapter, not Tryton.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from decimal import Decimal

os.environ.setdefault("TRYTOND_DATABASE_URI", "sqlite://")
os.environ.setdefault("DB_NAME", ":memory:")
os.environ.setdefault("DB_CACHE", os.path.join(tempfile.gettempdir(), "ratecert-tryton-cache"))
os.environ["TRYTOND_PRODUCT__PRICE_DECIMAL"] = "7"

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


class Tryton:
    """The template database and the objects every case shares."""

    def __init__(self) -> None:
        from proteus import Model, config
        from trytond.modules.account.tests.tools import create_chart, get_accounts
        from trytond.modules.company.tests.tools import create_company, get_company
        from trytond.tests.tools import activate_modules

        activate_modules(["account_invoice", "account_product"])
        self.config = config.get_config()
        # Tryton's "today" is the wall clock (ir.date.today); each case is posted as on its bill date
        from trytond.ir.date import Date

        self.today = dt.date(2025, 1, 1)
        Date.today = staticmethod(lambda timezone=None: self.today)
        create_company()
        self.company = get_company()
        self.years: dict[int, object] = {}
        self.cases = 0
        self._fiscal_year(dt.date(2025, 1, 1))  # the chart needs one fiscal year
        create_chart(self.company)
        accounts = get_accounts(self.company)
        self.Model = Model
        term = Model.get("account.invoice.payment_term")(name="31 days")
        term.lines.new(type="remainder").relativedeltas.new(days=31)
        term.save()
        self.term = term
        self.revenue = accounts["revenue"]
        category = Model.get("product.category")(name="Access services", accounting=True)
        category.account_revenue, category.account_expense = accounts["revenue"], accounts["expense"]
        category.save()
        hour, = Model.get("product.uom").find([("name", "=", "Hour")])
        self.products = {}
        for element, half_hour in {v for v in LABOR_RATES.values()}:
            template = Model.get("product.template")(name=element, default_uom=hour, type="service",
                                                    account_category=category,
                                                    list_price=Decimal(half_hour) * 2)
            template.save()
            self.products[element] = template.products[0]

    def _fiscal_year(self, day: dt.date):  # type: ignore[no-untyped-def]
        if day.year not in self.years:
            from trytond.modules.account.tests.tools import create_fiscalyear
            from trytond.modules.account_invoice.tests.tools import set_fiscalyear_invoice_sequences

            calendar_year = (dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
            year = set_fiscalyear_invoice_sequences(create_fiscalyear(self.company, today=calendar_year))
            year.click("create_period")
            self.years[day.year] = year
        return self.years[day.year]

    def _fresh_sequence(self, year) -> None:  # type: ignore[no-untyped-def]
        """Tryton numbers a sequence's invoices in date order; each case is an independent bill, so
        each gets its own invoice sequence rather than a copy of the whole database."""
        self.cases += 1
        sequence_type, = self.Model.get("ir.sequence.type").find([("name", "=", "Invoice")])
        sequence = self.Model.get("ir.sequence.strict")(name=f"case {self.cases}", sequence_type=sequence_type,
                                                       company=self.company)
        sequence.save()
        invoice_sequence = year.invoice_sequences[0]
        invoice_sequence.out_invoice_sequence = invoice_sequence.out_credit_note_sequence = sequence
        year.save()

    def bill(self, case: dict) -> dict:
        bill_date = dt.date.fromisoformat(case["bill_date"])
        self.today = bill_date
        self._fresh_sequence(self._fiscal_year(bill_date))
        party = self.Model.get("party.party")(name=case.get("account", {}).get("id", "customer"))
        party.save()
        invoice = self.Model.get("account.invoice")(type="out", party=party, invoice_date=bill_date,
                                                   payment_term=self.term)
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
        if not invoice.lines:
            # Tryton posts no empty invoice, and gives a zero total the invoice date as due date: a
            # nominal memo line (not reported as a charge) lets its payment term apply
            line = invoice.lines.new()
            line.description, line.account, line.quantity, line.unit_price = "(memo)", self.revenue, 1, Decimal(1)
        invoice.click("post")
        maturity = min(ml.maturity_date for ml in invoice.move.lines if ml.maturity_date)
        return {"bill_date": bill_date.isoformat(), "payment_date": maturity.isoformat(),
                "lines": [{"element": element, "quantity": str(line.quantity), "rate": str(line.unit_price),
                           "amount": str(line.amount), "clause": "access-catalog-3:13.2", "ref": ref}
                          for ref, element, line in lines]}


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
                     "ics": {"documents": {"access-catalog-3": {"capabilities": ["payment-dates", "labor"]}}},
                     "pixit": {"readings": {"penny-rounding-ties": "half-even"}}}
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
