"""Case record for CLEC onboarding (case version 2): the facts the onboarding pages decide on."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from ratecert.case import CaseBase
from ratecert.records import Record as _Record


class Onboarding(_Record):
    clec_type: Literal["facility-based", "reseller"]
    states: tuple[str, ...] = Field(min_length=1, description="the states the CLEC wants to interconnect in")
    certified_states: tuple[str, ...] = ()
    initial_contact: dt.date | None = None
    agreement: Literal["none", "negotiated", "opt-in", "commercial"] = "none"
    signed_by_both: bool = False
    approved: bool = False
    early_ordering_letter: bool = False
    questionnaire_complete: bool = False
    adopted_agreement_expires: dt.date | None = Field(None, description="opt-in: the adopted agreement's expiration")
    adopted_in_entirety: bool = True


class OnboardingCase(CaseBase):
    """A CLEC's onboarding facts, for the decisions the onboarding pages make (case version 2)."""

    VERSION_2_FIELDS = ("onboarding",)

    document: Literal["clec-onboarding"] = "clec-onboarding"
    onboarding: Onboarding | None = None
