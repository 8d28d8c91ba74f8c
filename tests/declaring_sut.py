"""The reference with a PIXIT that declares the ICA's OCR-damaged amounts, so the checks that need
them run instead of being n/a. The values are this test system's own - any amount within the
legible dollars would do; they are not a claim about what the agreement says."""

from __future__ import annotations

from ratecert.protocol import PIXIT
from ratecert.oracle import ReferenceSut

ICA = "ica-frontier-granite-2006"


class Sut(ReferenceSut):
    name = "reference declaring the damaged ICA amounts"
    pixit = PIXIT(declared_amounts={
        f"{ICA}:supplement_1_cancel": "14.50", f"{ICA}:supplement_23.residence_resale": "11.25",
        f"{ICA}:supplement_23.business_resale": "17.25", f"{ICA}:supplement_23.residence_porting": "11.25",
        f"{ICA}:supplement_23.business_porting": "17.25", f"{ICA}:supplement_23.residence_une": "8.25",
        f"{ICA}:supplement_23.business_une": "14.25", f"{ICA}:expedite.residence": "35.20",
        f"{ICA}:expedite.business": "35.20", f"{ICA}:concurrence.residence": "11.40",
        f"{ICA}:concurrence.business": "17.40"})


class OutOfRange(Sut):
    """Declares a supplement amount outside the legible whole dollars ("$11." read as $12.00)."""

    name = "declares a damaged amount outside its legible dollars"
    pixit = PIXIT(declared_amounts={**Sut.pixit.declared_amounts, f"{ICA}:supplement_23.residence_resale": "12.00"})


class Reaching(Sut):
    """Declares also a legal maximum rate below the catalog's daily rate and a locally observed
    holiday, so that generated cases can tell apart the readings that turn on them
    (legal-maximum-rate-basis; the holiday shift): tests/test_generator_reach.py certifies it."""

    name = "reference declaring a legal maximum rate and a local holiday"
    pixit = PIXIT(declared_amounts=Sut.pixit.declared_amounts, legal_maximum_rate="0.10",
                  local_holidays=["2025-12-26", "2026-11-27"])
