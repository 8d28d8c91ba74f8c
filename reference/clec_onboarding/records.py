"""Case record for CLEC onboarding (case version 2): the facts the onboarding pages decide on."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from ratecert.case import CaseBase
from ratecert.records import Record as _Record


class EarlyOrderingRequest(_Record):
    """A request for earlier ordering while an agreement is pending approval (GS-EARLY-FIFO)."""

    id: str
    completed_information: dt.datetime | None = Field(None, description="when the completed information was received; "
                                                                        "none while it is incomplete")


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
    adopted_agreement_adoptable: bool = Field(True, description="opt-in: the adopted agreement is approved and adoptable")
    # The steps in the order the pages set them (optional dates; a step not yet taken is absent)
    legal_information_received: dt.date | None = Field(None, description="CenturyLink received the CLEC's legal "
                                                                          "information")
    agreement_decision_received: dt.date | None = Field(None, description="CenturyLink received the CLEC's decision "
                                                                          "relating to the agreement")
    agreement_prepared: dt.date | None = Field(None, description="CenturyLink prepared the agreement for signature")
    request_form_received: dt.date | None = Field(None, description="CenturyLink received the Agreement Request Form")
    negotiation_requested: dt.date | None = Field(None, description="CenturyLink received a request to negotiate")
    negotiator_assigned: dt.date | None = None
    executed: dt.date | None = Field(None, description="the agreement was executed")
    implementation_started: dt.date | None = Field(None, description="the Carrier Account Manager began the "
                                                                     "implementation")
    questionnaire_required_submitted: bool | None = Field(None, description="Step 5: the required sections of the "
                                                                            "Customer Questionnaire were submitted "
                                                                            "(absent: as questionnaire_complete)")
    early_ordering_requests: tuple[EarlyOrderingRequest, ...] = ()


class OnboardingCase(CaseBase):
    """A CLEC's onboarding facts, for the decisions the onboarding pages make (case version 2)."""

    VERSION_2_FIELDS = ("onboarding",)

    document: Literal["clec-onboarding"] = "clec-onboarding"
    onboarding: Onboarding | None = None
