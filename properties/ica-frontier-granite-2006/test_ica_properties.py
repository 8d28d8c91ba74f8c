"""Properties of the ICA's rules against the SUT: differential (the SUT's bill equals the
reference's under its declared readings, on what the clauses decide) on generated payments,
traffic, audits, notices and transfers and on the agreement's obligations, and laws that need no oracle (bill-and-keep traffic is
never billed; no discontinuance comes sooner than thirty days after its notice)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given

from ratecert.differential import ask, assert_same_bill
from ratecert.money import total
from ratecert.plugin import SutSession
from ratecert.scenario import Mismatch
from ratecert_reference.ica_frontier_granite_2006.records import IcaCase
from ratecert_reference.ica_frontier_granite_2006.strategies import (ICA, agreement_obligation_cases,
                                                                     default_and_audit_cases, ica_account_cases,
                                                                     ica_payment_cases, resale_cases,
                                                                     service_request_cases, term_and_trunk_cases,
                                                                     traffic_cases)

DOC = pytest.mark.document(ICA)


@DOC
@pytest.mark.capability("agreement")
@pytest.mark.capability("audits")
@pytest.mark.capability("transfers")
@pytest.mark.clause("6.3")
@pytest.mark.clause("7.2")
@pytest.mark.clause("7.4")
@pytest.mark.clause("7.6")
@pytest.mark.clause("25.1.1")
@pytest.mark.clause("25.1.3")
@pytest.mark.tp("ICA-PROP-003")
@given(case=default_and_audit_cases())
def test_notices_audits_and_transfers_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                               case: IcaCase) -> None:
    assert_same_bill(request, sut, case, parts=("decisions", "refunds"))


def _iso_date(text: str) -> bool:
    try:
        return dt.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


@DOC
@pytest.mark.capability("agreement")
@pytest.mark.clause("25.1.1")
@pytest.mark.clause("25.1.3")
@pytest.mark.tp("ICA-LAW-002")
@pytest.mark.negative
@given(case=default_and_audit_cases())
def test_no_discontinuance_sooner_than_thirty_days_after_notice(request: pytest.FixtureRequest, sut: SutSession,
                                                                case: IcaCase) -> None:
    bill = ask(request, sut, case)
    for notice in case.discontinuance_notices:
        answer = bill.decision(notice.id, "may-discontinue-from")
        if answer is None:
            continue
        earliest = notice.sent + dt.timedelta(days=30)
        if notice.method not in ("overnight", "certified-mail"):
            raise Mismatch(f"may-discontinue-from of notice {notice.id}, sent by {notice.method}",
                           "no discontinuance on such a notice", answer, differs="decision may-discontinue-from")
        if not _iso_date(answer) or answer < earliest.isoformat():
            raise Mismatch(f"may-discontinue-from of notice {notice.id} sent {notice.sent}", f"{earliest} or later",
                           answer, differs="decision may-discontinue-from")


@DOC
@pytest.mark.capability("late-payment")
@pytest.mark.clause("24.2")
@pytest.mark.clause("24.3.4")
@pytest.mark.tp("ICA-PROP-001")
@given(case=ica_payment_cases())
def test_due_dates_and_penalties_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                           case: IcaCase) -> None:
    assert_same_bill(request, sut, case, parts=("payment_date", "penalties"))


@DOC
@pytest.mark.capability("compensation")
@pytest.mark.clause("2.18")
@pytest.mark.clause("A1-4.5")
@pytest.mark.clause("A1-5.1")
@pytest.mark.clause("A4-1.4")
@pytest.mark.tp("ICA-PROP-002")
@given(case=traffic_cases())
def test_traffic_charges_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                  case: IcaCase) -> None:
    assert_same_bill(request, sut, case, parts=("lines",))


@DOC
@pytest.mark.capability("compensation")
@pytest.mark.clause("A1-4.1")
@pytest.mark.clause("A1-4.2")
@pytest.mark.clause("A1-4.3")
@pytest.mark.tp("ICA-LAW-001")
@pytest.mark.negative
@given(case=traffic_cases())
def test_bill_and_keep_traffic_with_cpn_is_never_billed(request: pytest.FixtureRequest, sut: SutSession,
                                                        case: IcaCase) -> None:
    bill = ask(request, sut, case)
    for record in case.traffic:
        is_local = record.kind != "local" or record.physically_local or record.dedicated_channel   # 2.18
        if record.kind in ("local", "isp-bound", "enhanced-local") and is_local and record.minutes_without_cpn == 0:
            billed = total(ln.amount for ln in bill.lines if ln.ref == record.id)
            if billed != 0:
                raise Mismatch(f"charges of bill-and-keep traffic {record.id} ({record.kind}, all with CPN)",
                               Decimal("0.00"), billed, differs="lines of bill-and-keep traffic")


@DOC
@pytest.mark.capability("disputes")
@pytest.mark.capability("deposits")
@pytest.mark.capability("back-billing")
@pytest.mark.clause("24.3.1")
@pytest.mark.clause("24.3.3")
@pytest.mark.clause("3.1")
@pytest.mark.clause("3.2")
@pytest.mark.clause("A3-3.1.1")
@pytest.mark.tp("ICA-PROP-004")
@given(case=ica_account_cases())
def test_disputes_deposits_and_back_billing_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                                    case: IcaCase) -> None:
    assert_same_bill(request, sut, case, parts=("penalties", "deposits", "decisions"))


@DOC
@pytest.mark.capability("resale")
@pytest.mark.clause("A4-RES-2")
@pytest.mark.clause("A3-3.4")
@pytest.mark.clause("A3-3.6")
@pytest.mark.clause("A3-3.9")
@pytest.mark.tp("ICA-PROP-005")
@given(case=resale_cases())
def test_resale_agrees_with_the_reference(request: pytest.FixtureRequest, sut: SutSession, case: IcaCase) -> None:
    assert_same_bill(request, sut, case, parts=("lines",))


@DOC
@pytest.mark.capability("nonrecurring")
@pytest.mark.clause("6.12")
@pytest.mark.clause("A4-SUPP")
@pytest.mark.clause("A4-EXP")
@pytest.mark.clause("A4-VAN")
@pytest.mark.clause("A4-CONC")
@pytest.mark.tp("ICA-PROP-006")
@given(case=service_request_cases())
def test_service_request_charges_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                          case: IcaCase) -> None:
    assert_same_bill(request, sut, case, parts=("lines", "decisions"))


@DOC
@pytest.mark.capability("agreement")
@pytest.mark.capability("trunk-forecasting")
@pytest.mark.capability("trunk-maintenance")
@pytest.mark.clause("12.1")
@pytest.mark.clause("A1-3.4")
@pytest.mark.clause("A1-2.8")
@pytest.mark.clause("A1-2.8.4")
@pytest.mark.tp("ICA-PROP-007")
@given(case=term_and_trunk_cases())
def test_term_trunks_and_maintenance_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                              case: IcaCase) -> None:
    assert_same_bill(request, sut, case, parts=("decisions",))


@DOC
@pytest.mark.capability("agreement")
@pytest.mark.capability("deposits")
@pytest.mark.capability("transfers")
@pytest.mark.capability("trunk-forecasting")
@pytest.mark.capability("compensation")
@pytest.mark.capability("directory")
@pytest.mark.capability("resale")
@pytest.mark.clause("3.1")
@pytest.mark.clause("3.4")
@pytest.mark.clause("3.5")
@pytest.mark.clause("4")
@pytest.mark.clause("6.4")
@pytest.mark.clause("6.6")
@pytest.mark.clause("6.9")
@pytest.mark.clause("8")
@pytest.mark.clause("9")
@pytest.mark.clause("10.2")
@pytest.mark.clause("10.4")
@pytest.mark.clause("13.1")
@pytest.mark.clause("14")
@pytest.mark.clause("15")
@pytest.mark.clause("17.1")
@pytest.mark.clause("20")
@pytest.mark.clause("26.2")
@pytest.mark.clause("26.3")
@pytest.mark.clause("30")
@pytest.mark.clause("A1-1.10")
@pytest.mark.clause("A1-3.1")
@pytest.mark.clause("A1-3.2")
@pytest.mark.clause("A2-1.1")
@pytest.mark.clause("A2-1.4")
@pytest.mark.clause("A2-1.9")
@pytest.mark.clause("A3-3.2")
@pytest.mark.clause("A3-3.8")
@pytest.mark.clause("A3-7.1")
@pytest.mark.tp("ICA-PROP-008")
@given(case=agreement_obligation_cases())
def test_the_agreements_obligations_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                             case: IcaCase) -> None:
    """Issue 20's obligations, each of which the scenarios check on a few chosen examples, on
    generated ones: the yes-or-no and date decisions of the General Terms and Attachments, the
    amounts they put on the bill (approval expenses shared, the standard primary listing free, the
    resold line of one End User) or credit (expenses Carrier paid, a deposit applied on default),
    and the deposit statement with its interest at the Commission's rate (3.1)."""
    assert_same_bill(request, sut, case, parts=("lines", "credits", "deposits", "decisions"))

