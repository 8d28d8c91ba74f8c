"""Case records for the interconnection agreement (case version 2): exchanged traffic by type and
CPN, resold lines, local service requests with their supplements, coordinated transfers, the
agreement's term, breach and discontinuance notices, audits, trunk groups and maintenance dispatches
on them. Each field names the ICA clause that gives it meaning."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from ratecert.case import CaseBase
from ratecert.money import Exact
from ratecert.records import Record as _Record




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
    physically_local: bool = Field(True, description="for local traffic: both End Users physically located in the "
                                                     "same local calling area, whatever the NXX (2.18)")
    dedicated_channel: bool = Field(False, description="for local traffic that is not physically local (FX or "
                                                       "FX-like): a dedicated channel runs from the rate center of "
                                                       "the assigned NXX to the End User Location (2.18)")

    @model_validator(mode="after")
    def _consistent(self) -> Traffic:
        if self.kind != "local" and (not self.physically_local or self.dedicated_channel):
            raise ValueError(f"traffic {self.id}: physically_local and dedicated_channel qualify local traffic only")
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
    end_users: int = Field(1, ge=1, description="End Users whose traffic the resold service carries (A3 3.2: one)")


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
    order_type: Literal["resale", "porting", "une"] = Field(
        "resale", description="the column of the Supplement 2 and 3 charges; une: the fifth and sixth columns, headed "
                              "by the garbled \"UlLlUNE\" (UNE-L or UNE; the agreement has no UNE attachment)")
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


class DiscontinuanceNotice(_Record):
    """A written notice that services will be discontinued for undisputed non-payment (25.1.1 (3)),
    or terminated to an affiliate of Carrier while it is indebted to Frontier (25.1.3)."""

    id: str
    to: Literal["carrier", "affiliate"] = "carrier"
    sent: dt.date
    received: dt.date | None = Field(None, description="when the notice was received; the day sent if not given")
    method: Literal["overnight", "certified-mail", "first-class-mail", "personal", "email"]
    commission_copy: bool = Field(False, description="a copy went to the Commission (25.1.1 (3))")
    undisputed_past_due: Exact = Field(ge=0, description="non-payment not disputed in good faith (25.1.1); for an "
                                                         "affiliate, the indebtedness owing to Frontier (25.1.3)")
    cure_notice: str | None = Field(None, description="the id of the breach notice of the non-payment, whose "
                                                      "ten-day cure period runs first (25.1.1)")


class CoordinatedTransfer(_Record):
    """A coordinated transfer of service activity as scheduled, in local time (6.3)."""

    id: str
    start: dt.datetime
    end: dt.datetime

    @model_validator(mode="after")
    def _ordered(self) -> CoordinatedTransfer:
        if self.end <= self.start:
            raise ValueError(f"transfer {self.id}: ends at {self.end.isoformat()}, not after its start")
        return self


class Audit(_Record):
    """An audit of the other Party's billing under Section 7. The Auditing Party is Carrier when
    Frontier's bills are audited: only then does an overpayment come back on Frontier's bill."""

    id: str
    by: Literal["carrier", "frontier"] = "carrier"
    notice: dt.date = Field(description="notice of the audit to the Audited Party (7.1)")
    audits_this_year: int = Field(0, ge=0, description="audits the Auditing Party already held this calendar year")
    year_audited: int | None = Field(None, description="the calendar year whose billing the audit examines (7.1: "
                                                       "\"once each year at the conclusion of each calendar "
                                                       "year\"); none: the year before the notice")
    previous_variance: Exact | None = Field(None, description="net variance in favour of the Audited Party found by "
                                                              "the previous audit (7.4)")
    previous_payable: Exact | None = Field(None, gt=0, description="total payable by the Auditing Party in the "
                                                                   "period the previous audit covered (7.4)")
    results_agreed: dt.date | None = Field(None, description="when the Parties agreed the accuracy of the results (7.2)")
    overpayment: Exact = Field(0, ge=0, description="overpayment found, to be reimbursed (7.2, 7.6)")
    costs: Exact = Field(0, ge=0, description="the audit's costs and expenses, at the Auditing Party's sole cost (7.5)")
    overpaid_on: dt.date | None = None

    @model_validator(mode="after")
    def _complete(self) -> Audit:
        if (self.previous_variance is None) != (self.previous_payable is None):
            raise ValueError(f"audit {self.id}: previous_variance and previous_payable go together (7.4)")
        if self.overpayment and (self.overpaid_on is None or self.results_agreed is None):
            raise ValueError(f"audit {self.id}: an overpayment needs overpaid_on and results_agreed (7.2, 7.6)")
        if self.overpaid_on and self.results_agreed and self.overpaid_on > self.results_agreed:
            raise ValueError(f"audit {self.id}: overpaid_on {self.overpaid_on} is after results_agreed "
                             f"{self.results_agreed}: an audit finds only what was paid before its results (7.2)")
        return self


class TrunkGroup(_Record):
    """A trunk group's capacity and its monthly average use, oldest month first (A1 3.4)."""

    id: str
    trunks: int = Field(ge=1)
    ccs_per_trunk: int = Field(36, ge=1, description="a trunk carries 36 CCS in an hour")
    monthly_average_ccs: tuple[Exact, ...] = Field(min_length=1)
    peak_ccs: Exact | None = Field(None, ge=0, description="the peak use the resized group must carry")


class MaintenanceDispatch(_Record):
    """One Party's request that the other dispatch its personnel for maintenance on the
    Interconnection trunks, and what the dispatch found (Attachment 1, Section 2)."""

    id: str
    requested_by: Literal["carrier", "frontier"] = Field(description="the Party that requested the dispatch")
    found: Literal["no-trouble", "other-equipment", "within-limits-on-verification", "dispatched-party-facilities"] = \
        Field(description="no trouble in the Interconnection trunks; trouble in equipment, facilities or systems not "
                          "provided by the dispatched Party; a dispatch for repair verification that trouble clearance "
                          "did not require, the trunk not exceeding maintenance limits; or trouble in the dispatched "
                          "Party's own facilities")
    trouble_later_found_on: dt.date | None = Field(
        None, description="the day trouble was subsequently found in the facilities of the Party whose personnel "
                          "were dispatched (the charge is canceled, A1 2.8.4)")


Party = Literal["frontier", "carrier"]


class AccountSetup(_Record):
    """The documents Carrier provided to open its master account (4)."""

    questionnaire: bool = Field(False, description="a completed Carrier Master Account Questionnaire")
    authority: bool = Field(False, description="proof of authority to provide telecommunications services in Frontier territory")
    tariffs: bool = Field(False, description="proof that tariffs are on file and approved by the Commission")
    tax_exempt: bool = Field(False, description="Carrier claims a tax exemption, so a certificate is applicable")
    tax_certificate: bool = False
    deposit_met: bool = Field(True, description="the deposit requirements are met (3)")


class LetterOfAuthorization(_Record):
    """An End User's Letter of Authorization for a transfer of service (6.4)."""

    id: str
    end_user: str
    obtained_by: Party
    signed: dt.date


class TransferDates(_Record):
    """A transfer of service with a change of number: the new installation and the disconnection (6.6)."""

    id: str
    installation: dt.date
    disconnection: dt.date


class BulkTransfer(_Record):
    """A bulk request for transfer of service (6.9), with the billing account numbers of its End Users."""

    id: str
    billing_accounts: tuple[str, ...] = Field(min_length=1)


class DisputeStep(_Record):
    """An action a Party took on a default or dispute, and the steps taken before it (8)."""

    id: str
    action: Literal["mediation", "commission", "court", "public-statement"]
    taken: dt.date
    discussed: dt.date | None = Field(None, description="when the aggrieved Party first discussed it with the other")
    mediated: dt.date | None = Field(None, description="when non-binding mediation ended unsuccessfully")


class ForceMajeure(_Record):
    """An obligation prevented by a cause of section 9, and the days it was prevented."""

    id: str
    due: dt.date
    days_prevented: int = Field(ge=0)
    notice_given: bool


class LawChange(_Record):
    """A rule, regulation or order that makes a provision unlawful or changes its intent (10.2)."""

    id: str
    effective: dt.date
    amendment_agreed: dt.date | None = None


class ApprovalExpense(_Record):
    """An expense of obtaining Commission approval of the agreement, and the Party that paid it (10.4)."""

    id: str
    amount: Exact = Field(gt=0)
    paid_by: Party


InsuranceCoverage = Literal["commercial-general-liability", "business-automobile-liability", "employers-liability",
                            "excess-liability", "workers-compensation", "property"]


class InsurancePolicy(_Record):
    """A policy Carrier carries under 13.1."""

    id: str
    coverage: InsuranceCoverage
    limit: Exact | None = Field(None, ge=0, description="per occurrence, accident or employee; none for statutory limits")
    best_rating: str = Field(description="the insurer's A.M. Best financial strength rating, e.g. A, A-, A+, B++")
    best_size: int = Field(ge=1, le=15, description="the insurer's A.M. Best financial size category (VIII = 8)")
    frontier_additional_insured: bool = True
    cancellation_notice_days: int = Field(30, ge=0, description="the insurer's advance written notice of a material "
                                                                "change or cancellation")


class WrittenChange(_Record):
    """A waiver, amendment or modification of the agreement, or a consent to a default (14, 15)."""

    id: str
    kind: Literal["amendment", "waiver"]
    written: bool = True
    dated: bool = True
    signed_by: tuple[Party, ...] = ()
    against: Party | None = Field(None, description="a waiver: the Party against whom it is claimed")


class LiabilityClaim(_Record):
    """A loss one Party claims from the other for a service not performed or improperly performed (17)."""

    id: str
    charges: Exact = Field(ge=0, description="what is or would have been charged for the services not performed or "
                                             "improperly performed")
    claimed: Exact = Field(ge=0)


class Assignment(_Record):
    """An assignment or delegation of the agreement or of an interest under it (20)."""

    id: str
    to: Literal["non-affiliate", "affiliate", "certificated-lec-affiliate"]
    prior_written_consent: bool = False
    written_notice: bool = False


class Disclosure(_Record):
    """Information one Party disclosed to the other (26)."""

    id: str
    disclosed: dt.date
    form: Literal["tangible", "oral"]
    marked: bool = Field(False, description="tangible: marked proprietary or confidential with the owner's name")
    reduced_to_writing: dt.date | None = Field(None, description="oral: when its written summary was delivered")


class FormalNotice(_Record):
    """A notice under the agreement and how it was given (30)."""

    id: str
    method: Literal["personal", "certified-mail", "overnight-express", "first-class-mail", "email", "fax"]
    receipt_requested: bool = Field(True, description="certified mail: return receipt requested")


class TrunkForecast(_Record):
    """Carrier's trunk forecast (Attachment 1, 3)."""

    id: str
    submitted: dt.date
    months: int = Field(ge=0, description="months of expected trunk utilization it covers")
    projects_months: int = Field(0, ge=0, description="months of major network projects it describes")


class TrunkOrder(_Record):
    """An order for trunks at a forecasted location (Attachment 1, 3)."""

    id: str
    trunks: int = Field(ge=1)
    forecast_trunks: int = Field(ge=0)


class Listing(_Record):
    """A directory listing of Carrier's End User (Attachment 2)."""

    id: str
    kind: Literal["standard-primary", "other"] = "standard-primary"
    submitted: dt.date
    cut_off: dt.date = Field(description="the directory listing publication cut-off date posted by Frontier")
    charges_paid: Exact = Field(0, ge=0)


class FraudClaim(_Record):
    """Fraud on Carrier's accounts for which Carrier asks an adjustment (Attachment 3)."""

    id: str
    cause: Literal["frontier-intentional-misconduct", "frontier-gross-negligence", "other"]


class PortedCallCharge(_Record):
    """Carrier's charge to Frontier for routing a call to a number ported away from Carrier
    (Attachment 1, 1.10), against Frontier's charge for a non-queried call (its tariff)."""

    id: str
    charge: Exact = Field(ge=0)
    frontier_non_queried_charge: Exact = Field(ge=0)


class CarrierExit(_Record):
    """Carrier's notice that it discontinues service to all or substantially all its End Users
    (Attachment 3, discontinuance of service to Carrier)."""

    end_user_notice_mailed: dt.date
    verification: bool = Field(True, description="the notice verifies that the End Users were notified")


class IcaCase(CaseBase):
    """A billing question under the interconnection agreement. Every ICA record came with case
    version 2, so a case carrying one is version 2."""

    VERSION_2_FIELDS = ("traffic", "access_rate", "resale", "service_requests", "back_billing", "agreement_term",
                        "breach_notices", "discontinuance_notices", "transfers", "audits", "trunk_groups",
                        "maintenance_dispatches", "deposit_interest_rate", "deposit_conditions", "terminated_for_default",
                        "account_setup", "letters_of_authorization", "transfer_dates", "bulk_transfers",
                        "dispute_steps", "force_majeure", "law_changes", "approval_expenses", "insurance",
                        "written_changes", "liability_claims", "assignments", "disclosures", "formal_notices",
                        "trunk_forecasts", "trunk_orders", "listings", "fraud_claims", "carrier_exit",
                        "ported_call_charges")

    document: Literal["ica-frontier-granite-2006"] = "ica-frontier-granite-2006"
    traffic: tuple[Traffic, ...] = ()
    access_rate: Exact | None = Field(None, ge=0, description="the terminating Party's intrastate terminating access "
                                                              "rate per MOU (ICA A1 4.5, A4 1.4): Frontier's tariff, "
                                                              "not among the sources, so an input")
    resale: tuple[ResaleLine, ...] = ()
    service_requests: tuple[ServiceRequest, ...] = ()
    back_billing: tuple[BackBilling, ...] = ()
    agreement_term: AgreementTerm | None = None
    breach_notices: tuple[BreachNotice, ...] = ()
    discontinuance_notices: tuple[DiscontinuanceNotice, ...] = ()
    transfers: tuple[CoordinatedTransfer, ...] = ()
    audits: tuple[Audit, ...] = ()
    trunk_groups: tuple[TrunkGroup, ...] = ()
    maintenance_dispatches: tuple[MaintenanceDispatch, ...] = ()
    deposit_interest_rate: Exact | None = Field(
        None, ge=0, description="the Commission prescribed deposit rate, percent a year (3.1): not in the sources")
    deposit_conditions: tuple[Literal["under-two-months", "late-payment-history", "reconnection-after-disconnection",
                                      "bankruptcy-risk"], ...] = Field(
        (), description="conditions 3.4 lists as justifying an increase of the deposit")
    terminated_for_default: dt.date | None = Field(
        None, description="the day service to Carrier was terminated for its default: deposits apply to the account (3.5)")
    account_setup: AccountSetup | None = None
    letters_of_authorization: tuple[LetterOfAuthorization, ...] = ()
    transfer_dates: tuple[TransferDates, ...] = ()
    bulk_transfers: tuple[BulkTransfer, ...] = ()
    dispute_steps: tuple[DisputeStep, ...] = ()
    force_majeure: tuple[ForceMajeure, ...] = ()
    law_changes: tuple[LawChange, ...] = ()
    approval_expenses: tuple[ApprovalExpense, ...] = ()
    insurance: tuple[InsurancePolicy, ...] = ()
    written_changes: tuple[WrittenChange, ...] = ()
    liability_claims: tuple[LiabilityClaim, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    disclosures: tuple[Disclosure, ...] = ()
    formal_notices: tuple[FormalNotice, ...] = ()
    trunk_forecasts: tuple[TrunkForecast, ...] = ()
    trunk_orders: tuple[TrunkOrder, ...] = ()
    listings: tuple[Listing, ...] = ()
    fraud_claims: tuple[FraudClaim, ...] = ()
    carrier_exit: CarrierExit | None = None
    ported_call_charges: tuple[PortedCallCharge, ...] = ()

    @model_validator(mode="after")
    def _references(self) -> IcaCase:
        notices = {n.id for n in self.breach_notices if n.kind == "non-payment"}
        for notice in self.discontinuance_notices:
            if notice.cure_notice is not None and notice.cure_notice not in notices:
                raise ValueError(f"discontinuance notice {notice.id} names unknown non-payment notice "
                                 f"{notice.cure_notice!r}")
        return self
