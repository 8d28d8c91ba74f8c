"""Steps of the ICA's general terms and attachments that decide an amount, a date or a yes or no:
deposits (3), account set-up (4), transfers (6.4, 6.6, 6.9), audit costs (7.5), dispute resolution
(8), force majeure (9), law changes and approval expenses (10), insurance (13.1), amendments and
waivers (14, 15), liability (17), assignment (20), proprietary information (26), notices (30), trunk
forecasts (A1 3), ported calls (A1 1.10), listings (A2), resale's manner of use and fraud (A3 3.2,
3.8) and Carrier's exit (A3 7). No step calls the reference."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pytest_bdd import given, then

from ratecert.gherkin.vocabulary import iso, money, step
from ratecert.scenario import BillingScenario

_CONDITIONS = {"a deposit short of two months' billing": "under-two-months",
               "a history of late payment": "late-payment-history",
               "reconnection after disconnection for non-payment": "reconnection-after-disconnection",
               "a significant probability of bankruptcy": "bankruptcy-risk"}
_COVERAGES = {"commercial general liability": "commercial-general-liability",
              "business automobile liability": "business-automobile-liability",
              "employer's liability": "employers-liability", "excess liability": "excess-liability",
              "workers' compensation": "workers-compensation", "property": "property"}
_ROMAN = {"V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XV": 15}


def _parties(text: str) -> list[str]:
    return [p.strip().lower() for p in text.replace(" and ", ",").split(",") if p.strip()]


# --- deposits and account (3, 4) --------------------------------------------------------------------

@given(step("Frontier finds {conditions}"))
def deposit_conditions(billing: BillingScenario, conditions: str) -> None:
    found = [] if conditions == "none of the listed conditions" else \
        [_CONDITIONS[c.strip()] for c in conditions.split(" and ")]
    billing.set(deposit_conditions=found)


@given(step("the Commission prescribed deposit rate is {percent}% a year"))
def deposit_rate(billing: BillingScenario, percent: str) -> None:
    billing.set(deposit_interest_rate=percent)


@given(step("the deposit was returned on {day:Date}"))
def deposit_returned(billing: BillingScenario, day: dt.date) -> None:
    billing.last("deposits")["returned_on"] = iso(day)


@given(step("Frontier terminated service to Carrier for its default on {day:Date}"))
def terminated_for_default(billing: BillingScenario, day: dt.date) -> None:
    billing.set(terminated_for_default=iso(day))


@given(step("Carrier provided {documents} to open its account"))
def account_setup(billing: BillingScenario, documents: str) -> None:
    given_ = {"the questionnaire": "questionnaire", "proof of authority": "authority", "proof of tariffs": "tariffs",
              "a tax exemption certificate": "tax_certificate"}
    setup = {field: True for name, field in given_.items() if name in documents}
    billing.set(account_setup={**billing.fields.get("account_setup", {}), **setup})


@given("Carrier claims a tax exemption")
def tax_exempt(billing: BillingScenario) -> None:
    billing.fields.setdefault("account_setup", {})["tax_exempt"] = True


@given("the deposit requirements are not met")
def deposit_not_met(billing: BillingScenario) -> None:
    billing.fields.setdefault("account_setup", {})["deposit_met"] = False


# --- transfers (6.4, 6.6, 6.9) ----------------------------------------------------------------------------

@given(step('a Letter of Authorization "{lid}" of End User "{user}" obtained by {party}, signed on {day:Date}'))
def loa(billing: BillingScenario, lid: str, user: str, party: str, day: dt.date) -> None:
    billing.append("letters_of_authorization", {"id": lid, "end_user": user, "obtained_by": party.lower(),
                                                "signed": iso(day)})


@given(step('a transfer "{tid}" installed on {installed:Date} and disconnected on {disconnected:Date}'))
def transfer_dates(billing: BillingScenario, tid: str, installed: dt.date, disconnected: dt.date) -> None:
    billing.append("transfer_dates", {"id": tid, "installation": iso(installed), "disconnection": iso(disconnected)})


@given(step('a bulk transfer request "{bid}" for billing accounts {accounts}'))
def bulk(billing: BillingScenario, bid: str, accounts: str) -> None:
    billing.append("bulk_transfers", {"id": bid, "billing_accounts": [a.strip() for a in accounts.split(" and ")]})


@given(step("the audit cost Carrier {amount:Money}"))
def audit_costs(billing: BillingScenario, amount: Decimal) -> None:
    billing.last("audits")["costs"] = money(amount)


# --- dispute resolution, force majeure, law changes (8, 9, 10) ------------------------------------------

@given(step('Carrier takes dispute "{did}" to {action} on {day:Date}'))
def dispute_step(billing: BillingScenario, did: str, action: str, day: dt.date) -> None:
    actions = {"mediation": "mediation", "the Commission": "commission", "a court": "court",
               "a public statement": "public-statement"}
    billing.append("dispute_steps", {"id": did, "action": actions[action], "taken": iso(day)})


@given(step("after discussing it with Frontier on {day:Date}"))
def discussed(billing: BillingScenario, day: dt.date) -> None:
    billing.last("dispute_steps")["discussed"] = iso(day)


@given(step("after mediation failed on {day:Date}"))
def mediated(billing: BillingScenario, day: dt.date) -> None:
    billing.last("dispute_steps")["mediated"] = iso(day)


@given(step('an obligation "{oid}" due on {day:Date} prevented {days:d} days by a flood, {notice}'))
def force_majeure(billing: BillingScenario, oid: str, day: dt.date, days: int, notice: str) -> None:
    billing.append("force_majeure", {"id": oid, "due": iso(day), "days_prevented": days,
                                     "notice_given": notice == "with notice to the other Party"})


@given(step('an order "{lid}" changing the law takes effect on {day:Date}'))
def law_change(billing: BillingScenario, lid: str, day: dt.date) -> None:
    billing.append("law_changes", {"id": lid, "effective": iso(day)})


@given(step("the Parties agreed an amendment on {day:Date}"))
def amendment_agreed(billing: BillingScenario, day: dt.date) -> None:
    billing.last("law_changes")["amendment_agreed"] = iso(day)


@given(step('{party} paid {amount:Money} of expenses "{eid}" to obtain Commission approval'))
def approval_expense(billing: BillingScenario, party: str, amount: Decimal, eid: str) -> None:
    billing.append("approval_expenses", {"id": eid, "amount": money(amount), "paid_by": party.lower()})


# --- insurance, amendments, liability, assignment (13, 14, 15, 17, 20) -----------------------------------

@given(step('Carrier\'s {coverage} policy "{pid}" of {limit:Money}, its insurer rated {rating} {size}'))
def policy(billing: BillingScenario, coverage: str, pid: str, limit: Decimal, rating: str, size: str) -> None:
    billing.append("insurance", {"id": pid, "coverage": _COVERAGES[coverage], "limit": money(limit),
                                 "best_rating": rating, "best_size": _ROMAN[size]})


@given("Frontier is not named an additional insured")
def not_additional_insured(billing: BillingScenario) -> None:
    billing.last("insurance")["frontier_additional_insured"] = False


@given(step("the insurer gives {days:d} days' notice of cancellation"))
def cancellation_notice(billing: BillingScenario, days: int) -> None:
    billing.last("insurance")["cancellation_notice_days"] = days


@given(step('an amendment "{aid}" in writing, {dated}, signed by {parties}'))
def amendment(billing: BillingScenario, aid: str, dated: str, parties: str) -> None:
    billing.append("written_changes", {"id": aid, "kind": "amendment", "dated": dated == "dated",
                                       "signed_by": _parties(parties)})


@given(step('a waiver "{wid}" in writing, signed by {signer}, claimed against {party}'))
def waiver(billing: BillingScenario, wid: str, signer: str, party: str) -> None:
    billing.append("written_changes", {"id": wid, "kind": "waiver", "signed_by": _parties(signer),
                                       "against": party.lower()})


@given(step('Carrier claims {claimed:Money} "{cid}" for services Frontier charged {charges:Money}'))
def liability_claim(billing: BillingScenario, claimed: Decimal, cid: str, charges: Decimal) -> None:
    billing.append("liability_claims", {"id": cid, "claimed": money(claimed), "charges": money(charges)})


@given(step('Carrier assigns the agreement "{aid}" to {to}, {how}'))
def assignment(billing: BillingScenario, aid: str, to: str, how: str) -> None:
    kinds = {"a non-affiliate": "non-affiliate", "an affiliate that is not a certificated LEC": "affiliate",
             "an affiliate certificated as a LEC": "certificated-lec-affiliate"}
    billing.append("assignments", {"id": aid, "to": kinds[to],
                                   "prior_written_consent": how == "with Frontier's prior written consent",
                                   "written_notice": how == "with written notice"})


# --- proprietary information and notices (26, 30) -------------------------------------------------------

@given(step('information "{iid}" disclosed {form} on {day:Date}'))
def disclosure(billing: BillingScenario, iid: str, form: str, day: dt.date) -> None:
    billing.append("disclosures", {"id": iid, "disclosed": iso(day), "form": {"in writing": "tangible",
                                                                             "orally": "oral"}[form]})


@given("marked proprietary with the owner's name")
def marked(billing: BillingScenario) -> None:
    billing.last("disclosures")["marked"] = True


@given(step("reduced to writing and delivered on {day:Date}"))
def reduced_to_writing(billing: BillingScenario, day: dt.date) -> None:
    billing.last("disclosures")["reduced_to_writing"] = iso(day)


@given(step('a notice "{nid}" given by {method}'))
def formal_notice(billing: BillingScenario, nid: str, method: str) -> None:
    methods = {"personal delivery": ("personal", True), "certified mail, return receipt requested": ("certified-mail", True),
               "certified mail without return receipt": ("certified-mail", False),
               "prepaid overnight express": ("overnight-express", True), "email": ("email", True),
               "first-class mail": ("first-class-mail", True)}
    kind, receipt = methods[method]
    billing.append("formal_notices", {"id": nid, "method": kind, "receipt_requested": receipt})


# --- attachments: forecasts, ported calls, listings, resale, exit -----------------------------------------

@given(step('Carrier\'s trunk forecast "{fid}" of {day:Date} covers {months:d} months and describes projects for {projects:d} months'))
def forecast(billing: BillingScenario, fid: str, day: dt.date, months: int, projects: int) -> None:
    billing.append("trunk_forecasts", {"id": fid, "submitted": iso(day), "months": months, "projects_months": projects})


@given(step('an order "{oid}" for {trunks:d} trunks where {forecast:d} were forecast'))
def trunk_order(billing: BillingScenario, oid: str, trunks: int, forecast: int) -> None:
    billing.append("trunk_orders", {"id": oid, "trunks": trunks, "forecast_trunks": forecast})


@given(step('Carrier charges {charge:Money} "{cid}" for a call to a ported number, Frontier\'s non-queried call charge being {rate:Money}'))
def ported_call(billing: BillingScenario, charge: Decimal, cid: str, rate: Decimal) -> None:
    billing.append("ported_call_charges", {"id": cid, "charge": money(charge),
                                           "frontier_non_queried_charge": money(rate)})


@given(step('a {kind} listing "{lid}" submitted on {day:Date} for the cut-off of {cut_off:Date}'))
def listing(billing: BillingScenario, kind: str, lid: str, day: dt.date, cut_off: dt.date) -> None:
    billing.append("listings", {"id": lid, "kind": {"standard primary": "standard-primary", "bold": "other"}[kind],
                                "submitted": iso(day), "cut_off": iso(cut_off)})


@given(step("Carrier paid {amount:Money} for it"))
def listing_paid(billing: BillingScenario, amount: Decimal) -> None:
    billing.last("listings")["charges_paid"] = money(amount)


@given(step("the resold line carries the traffic of {count:d} End Users"))
def end_users(billing: BillingScenario, count: int) -> None:
    billing.last("resale")["end_users"] = count


@given(step('Carrier asks an adjustment "{fid}" for fraud {cause}'))
def fraud(billing: BillingScenario, fid: str, cause: str) -> None:
    causes = {"caused by Frontier's intentional misconduct": "frontier-intentional-misconduct",
              "caused by Frontier's gross negligence": "frontier-gross-negligence", "by a third party": "other"}
    billing.append("fraud_claims", {"id": fid, "cause": causes[cause]})


@given(step("Carrier mailed its End Users notice of its discontinuance on {day:Date}"))
def carrier_exit(billing: BillingScenario, day: dt.date) -> None:
    billing.set(carrier_exit={"end_user_notice_mailed": iso(day)})


# --- then ----------------------------------------------------------------------------------------------

@then(step("the deposit earns interest of {amount:Money}"))
def deposit_interest(billing: BillingScenario, amount: Decimal) -> None:
    statements = billing.bill().deposits
    billing.expect("deposit interest", amount, statements[0].interest if statements else None)


@then(step('the bill credits {amount:Money} for "{ref}"'))
def credited(billing: BillingScenario, amount: Decimal, ref: str) -> None:
    billing.expect(f"credit for {ref}", amount, sum((c.amount for c in billing.bill().credits if c.ref == ref),
                                                    Decimal(0)))


@then(step('the bill charges {amount:Money} for "{ref}"'))
def charged(billing: BillingScenario, amount: Decimal, ref: str) -> None:
    billing.expect(f"charge for {ref}", amount, billing.bill().charge("", ref))


@then(step('"{ref}" is rejected'))
def refused(billing: BillingScenario, ref: str) -> None:
    billing.expect(f"{ref} rejected", True, any(r.ref == ref for r in billing.bill().rejected))
