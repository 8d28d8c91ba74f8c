"""Example Tariff No. 1 of the (fictional) Example Telephone Company: a pack installed on its own.

Its reference (`bill.py`) uses the legal machinery every pack shares - the 30-day month, penny
rounding, federal holidays, the settlement of payments - and its own clauses for the rest."""

from ratecert.packs import DocumentPack
from ratecert_example_tariff.bill import render_bill
from ratecert_example_tariff.records import ExampleCase

PACK = DocumentPack.located(__name__, id="example-tariff-1", case_model=ExampleCase, render=render_bill,
                            capabilities=("exchange-lines", "listings", "payment-dates", "late-payment"))
