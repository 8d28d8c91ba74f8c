"""Case records for the interconnection agreement (case version 2): exchanged traffic by type and
CPN, resold lines, local service requests with their supplements, the agreement's term, breach
notices and trunk groups. Each field names the ICA clause that gives it meaning."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ratecert.money import Exact


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


TrafficKind = Literal["local", "isp-bound", "enhanced-local", "enhanced-toll", "access", "911", "transit",
                      "wireline-wireless"]


class Traffic(_Record):
    """Minutes of one kind exchanged in one direction over the bill period (Attachment 1, 4-5;
    Attachment 4, 1.1-1.4). The bill is the billing Party's (Frontier's) to Carrier."""

    id: str
    kind: TrafficKind = Field(description="2.18 Local, 2.16 ISP-Bound, Enhanced dialed locally or as toll, "
                                          "access (all other traffic), 911, 2.23 transit, wireline-wireless")
    direction: Literal["carrier-to-frontier", "frontier-to-carrier", "carrier-to-third-party",
                       "third-party-to-carrier"]
    third_party: Literal["ilec", "clec", "cmrs"] | None = Field(None, description="for transit: who is at the far end")
    minutes: Exact = Field(ge=0)
    minutes_without_cpn: Exact = Field(0, ge=0, description="of `minutes`, delivered without accurate CPN/ANI (A4 1.4)")

    @model_validator(mode="after")
    def _consistent(self) -> Traffic:
        if self.minutes_without_cpn > self.minutes:
            raise ValueError(f"traffic {self.id}: more minutes without CPN than minutes")
        if (self.kind == "transit") != (self.direction in ("carrier-to-third-party", "third-party-to-carrier")):
            raise ValueError(f"traffic {self.id}: transit runs between Carrier and a third party, and only transit does")
        if self.kind == "transit" and self.third_party is None:
            raise ValueError(f"traffic {self.id}: transit names its third party (ilec, clec or cmrs)")
        return self


ResaleService = Literal[
    "basic-residential", "basic-business", "public-access", "feature", "voice-mail", "promotion",
    "calling-card", "employee-concession", "grandfathered", "lifeline", "link-up", "inside-wire",
    "installment-billing", "enhanced", "premises-equipment", "e911", "interconnection", "mandated-discount"]


class ResaleLine(_Record):
    """A resold retail service (Attachment 3; Attachment 4, Resale)."""

    id: str
    service: ResaleService
    retail_rate: Exact = Field(ge=0, description="the published state local tariff rate for the rate center, per line")
    lines: int = Field(1, ge=1)
    own_use: bool = Field(False, description="identified as Carrier's own use, not resold (A3 3.9)")
    promotion_days: int | None = Field(None, ge=1, description="for a promotion: how long it runs (A3 3.6)")
    subscriber_line_charge: Exact = Field(0, ge=0, description="SLC and other mandated end user charges, per line")


class Supplement(_Record):
    """A new iteration of a local service request (Attachment 4, Supplemental PON charges)."""

    kind: Literal["cancel", "due-date", "other"]
    received: dt.datetime


class DueDateChange(_Record):
    requested: dt.datetime
    new_due: dt.date


class ServiceRequest(_Record):
    """A local service request and the nonrecurring charges it can draw (GT 6.11, 6.12; Attachment 4)."""

    id: str
    service_class: Literal["residence", "business"] = "residence"
    order_type: Literal["resale", "porting"] = "resale"
    telephone_numbers: int = Field(1, ge=1)
    scheduled_due: dt.datetime | None = None
    foc: dt.datetime | None = Field(None, description="when the firm order commitment confirmed the request")
    supplements: tuple[Supplement, ...] = ()
    due_date_change: DueDateChange | None = None
    expedited_numbers: int = Field(0, ge=0, description="numbers worked before the next available due date")
    stopped_ports_reappointed: int = Field(0, ge=0, description="numbers of a porting stopped on the due date")
    vanity_numbers: int = Field(0, ge=0)
    concurrence_numbers: int = Field(0, ge=0)


class BackBilling(_Record):
    """A class of service violation back billed (Attachment 3, 3.1.1)."""

    id: str
    amount: Exact = Field(gt=0)
    back_billed_on: dt.date
    paid_on: dt.date


class AgreementTerm(_Record):
    """The dates 12.1 runs on."""

    approved: dt.date
    notice_given: dt.date | None = Field(None, description="written notice not to renew, if any")
    notice_by: Literal["frontier", "carrier"] = "frontier"
    as_of: dt.date


class BreachNotice(_Record):
    """A written notice of material breach (25.1)."""

    id: str
    kind: Literal["non-payment", "other"]
    sent: dt.date
    received: dt.date


class TrunkGroup(_Record):
    """A trunk group's capacity and its monthly average use, oldest month first (A1 3.4)."""

    id: str
    trunks: int = Field(ge=1)
    ccs_per_trunk: int = Field(36, ge=1, description="a trunk carries 36 CCS in an hour")
    monthly_average_ccs: tuple[Exact, ...] = Field(min_length=1)
    peak_ccs: Exact | None = Field(None, ge=0, description="the peak use the resized group must carry")
