"""The CenturyLink Collocation DC Power Overview V12.0 pack: monthly power charges by feed, readings,
reservations, and reduction or restoration applications (`power`), billed by `bill.render_power_bill`."""

from ratecert.packs import DocumentPack
from ratecert_reference.dc_power_v12.bill import render_power_bill
from ratecert_reference.dc_power_v12.records import DcPowerCase

PACK = DocumentPack.located(
    __name__, id="dc-power-v12", case_model=DcPowerCase, render=render_power_bill,
    capabilities=("power-billing", "power-orders", "measurement", "self-certification", "reduction-restoration"))
