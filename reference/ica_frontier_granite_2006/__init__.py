"""The Frontier/Granite Idaho interconnection agreement (2006) pack.

Records (`records`), one module per part of the agreement - billing and due dates (`billing`),
traffic compensation (`compensation`), resale, service orders (`orders`), audits, default, trunk
resizing - composed by `bill.render_ica_bill` into Frontier's monthly statement to Carrier.
"""

from ratecert.packs import DocumentPack
from ratecert_reference.ica_frontier_granite_2006.bill import render_ica_bill
from ratecert_reference.ica_frontier_granite_2006.records import IcaCase

PACK = DocumentPack.located(
    __name__, id="ica-frontier-granite-2006", case_model=IcaCase, render=render_ica_bill,
    capabilities=("payment-dates", "late-payment", "disputes", "deposits", "back-billing", "compensation", "resale",
                  "nonrecurring", "transfers", "agreement", "audits", "trunk-forecasting",
                  "trunk-maintenance", "directory"))
