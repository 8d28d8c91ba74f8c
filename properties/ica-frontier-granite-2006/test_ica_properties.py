"""Properties of the ICA's rules against the SUT: differential (the SUT's bill equals the
reference's under its declared readings, on what the clauses decide) on generated payments,
traffic, audits, notices and transfers, and laws that need no oracle (bill-and-keep traffic is
never billed; no discontinuance comes sooner than thirty days after its notice)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ratecert.differential import ask, assert_same_bill
from ratecert_reference.ica_frontier_granite_2006.records import IcaCase
from ratecert.money import total
from ratecert.plugin import SutSession
from ratecert.strategies import billing_dates

dates = billing_dates(dt.date(2014, 1, 1))
ICA = "ica-frontier-granite-2006"
DOC = pytest.mark.document(ICA)
cents = st.integers(min_value=1, max_value=5_000_000).map(lambda c: Decimal(c) / 100)
minutes = st.integers(min_value=0, max_value=2_000_000).map(Decimal)


@st.composite
def ica_payment_cases(draw: st.DrawFn) -> IcaCase:
    bill_date = draw(dates)
    amount = draw(cents)
    payments = []
    remaining = amount
    for i in range(draw(st.integers(min_value=1, max_value=3))):
        part = remaining if i == 2 else draw(st.sampled_from([remaining, (remaining / 2).quantize(Decimal("0.01"))]))
        if part <= 0:
            break
        payments.append({"id": f"payment-{i + 1}", "date": bill_date + dt.timedelta(days=draw(st.integers(0, 120))),
                         "amount": part})
        remaining -= part
    return IcaCase.model_validate({"document": ICA, "id": "ica-payments", "bill_date": bill_date, "amount_due": amount,
                                "payments": payments})


traffic_record = st.fixed_dictionaries({
    "kind": st.sampled_from(["isp-bound", "enhanced-local", "enhanced-toll", "access", "911", "wireline-wireless"]),
    "direction": st.sampled_from(["carrier-to-frontier", "frontier-to-carrier"]),
    "minutes": minutes,
})
local_record = st.fixed_dictionaries({   # 2.18: physically local, or FX over a dedicated channel, or neither
    "kind": st.just("local"),
    "direction": st.sampled_from(["carrier-to-frontier", "frontier-to-carrier"]),
    "minutes": minutes,
    "physically_local": st.booleans(),
    "dedicated_channel": st.booleans(),
})
transit_record = st.fixed_dictionaries({
    "kind": st.just("transit"),
    "direction": st.sampled_from(["carrier-to-third-party", "third-party-to-carrier"]),
    "third_party": st.sampled_from(["ilec", "clec", "cmrs"]),
    "minutes": minutes,
})


@st.composite
def traffic_cases(draw: st.DrawFn) -> IcaCase:
    records = draw(st.lists(st.one_of(traffic_record, local_record, transit_record), min_size=1, max_size=6))
    traffic = []
    for i, record in enumerate(records):
        without = draw(st.integers(min_value=0, max_value=int(record["minutes"])))
        traffic.append({**record, "id": f"traffic-{i + 1}", "minutes_without_cpn": without})
    return IcaCase.model_validate({"document": ICA, "id": "ica-traffic", "bill_date": draw(dates), "traffic": traffic,
                                "access_rate": draw(st.sampled_from(["0.0125", "0.0200000", "0.0336"]))})


@st.composite
def default_and_audit_cases(draw: st.DrawFn) -> IcaCase:
    """Breach and discontinuance notices, audits and coordinated transfers around one bill."""
    bill_date = draw(dates)
    around = st.integers(min_value=-200, max_value=60).map(lambda d: bill_date + dt.timedelta(days=d))
    sent = draw(around)
    breach = {"id": "notice-1", "kind": "non-payment", "sent": sent,
              "received": sent + dt.timedelta(days=draw(st.integers(0, 5)))}
    notices = [{"id": f"discontinuance-{i + 1}", "to": draw(st.sampled_from(["carrier", "affiliate"])),
                "sent": draw(around), "method": draw(st.sampled_from(["overnight", "certified-mail", "email"])),
                "commission_copy": draw(st.booleans()), "undisputed_past_due": draw(st.sampled_from(["0", "250.00"])),
                "cure_notice": draw(st.sampled_from(["notice-1", None]))} for i in range(draw(st.integers(0, 2)))]
    for notice in notices:
        if notice["to"] == "affiliate":
            notice["cure_notice"] = None
    agreed = draw(around)
    audits = [{"id": "audit-1", "notice": draw(around), "audits_this_year": draw(st.integers(0, 2)),
               "previous_variance": draw(st.integers(-1000, 1000)), "previous_payable": draw(st.integers(1, 10_000)),
               "results_agreed": agreed, "overpayment": draw(cents),
               "overpaid_on": agreed - dt.timedelta(days=draw(st.integers(0, 400)))}]
    start = dt.datetime.combine(draw(around), dt.time(draw(st.integers(0, 22)), draw(st.sampled_from([0, 30]))))
    transfers = [{"id": "transfer-1", "start": start,
                  "end": start + dt.timedelta(minutes=draw(st.integers(30, 600)))}]
    return IcaCase.model_validate({"document": ICA, "id": "ica-default", "bill_date": bill_date,
                                "breach_notices": [breach], "discontinuance_notices": notices, "audits": audits,
                                "transfers": transfers})


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


@DOC
@pytest.mark.capability("agreement")
@pytest.mark.clause("25.1.1")
@pytest.mark.clause("25.1.3")
@pytest.mark.tp("ICA-LAW-002")
@given(case=default_and_audit_cases())
def test_no_discontinuance_sooner_than_thirty_days_after_notice(request: pytest.FixtureRequest, sut: SutSession,
                                                                case: IcaCase) -> None:
    bill = ask(request, sut, case)
    for notice in case.discontinuance_notices:
        answer = bill.decision(notice.id, "may-discontinue-from")
        if answer is not None:
            assert dt.date.fromisoformat(answer) >= notice.sent + dt.timedelta(days=30), (notice.id, answer)
            assert notice.method in ("overnight", "certified-mail"), f"{notice.id} sent by {notice.method} allowed"


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
@given(case=traffic_cases())
def test_bill_and_keep_traffic_with_cpn_is_never_billed(request: pytest.FixtureRequest, sut: SutSession,
                                                        case: IcaCase) -> None:
    bill = ask(request, sut, case)
    for record in case.traffic:
        is_local = record.kind != "local" or record.physically_local or record.dedicated_channel   # 2.18
        if record.kind in ("local", "isp-bound", "enhanced-local") and is_local and record.minutes_without_cpn == 0:
            billed = total(ln.amount for ln in bill.lines if ln.ref == record.id)
            assert billed == 0, f"bill-and-keep traffic {record.id} ({record.kind}) billed {billed}"
