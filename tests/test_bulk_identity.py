"""The vectorised path rates exactly as the per-record reference: per record (chargeable
milliseconds, rejections) and per bill (every line), on generated months of calls."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ratecert.bill import Bill, BillLine, normalised
from ratecert_reference.access_catalog_3.bulk.layout import TIMES, table_from_calls
from ratecert_reference.access_catalog_3.bulk.measurement import measure
from ratecert_reference.access_catalog_3.bulk.pricing import bill_date, bill_lines
from ratecert_reference.access_catalog_3.records import CallRecord, CatalogCase
from ratecert_reference.access_catalog_3.strategies import call_records
from ratecert.terms import terms_for
from ratecert_reference.access_catalog_3.billing import render_bill
from ratecert_reference.access_catalog_3.access_minutes import UnmeasurableCall, chargeable_seconds

TERMS = terms_for()


@settings(max_examples=150, deadline=None)
@given(raw=call_records(), percent=st.none() | st.integers(0, 100), miles=st.integers(0, 60))
def test_vectorised_rating_equals_the_per_record_reference(raw, percent, miles):
    """Also with no reported percentage: FGC/FGD minutes then take the percentage the month's
    originating call detail develops (2.3.11(C)(3)), which needs the measured interstate minutes."""
    calls = [_whole_milliseconds(CallRecord.model_validate(r)) for r in raw]
    table = table_from_calls(calls)
    measured = measure(table.to_batches()[0])
    for i, call in enumerate(calls):
        try:
            expected = chargeable_seconds(call) * 1000
        except UnmeasurableCall:
            assert measured.rejected[i], call.id
            continue
        assert not measured.rejected[i] and measured.ms[i] == expected, call.id

    office = {"end_office": "EO-1", "tandem_switched_miles": miles}
    template = {"end_offices": [office if percent is None else {**office, "percent_intrastate": str(percent)}]}
    months = {(c.end_user_disconnect or c.customer_disconnect).strftime("%Y-%m") for c in calls}
    assume(min(months) >= "2018-08")   # every Section 17 rate in force (17-5.1 took effect 2018-08-18)
    bulk = bill_lines(measured.grouped, measured.book, {"ACCT-1": template}, TERMS)
    for month in months:
        in_month = [c for c in calls if (c.end_user_disconnect or c.customer_disconnect).strftime("%Y-%m") == month]
        reference = render_bill(CatalogCase.model_validate({**template, "bill_date": bill_date(month, 1).isoformat(),
                                                     "calls": [c.model_dump() for c in in_month]}), TERMS)
        got = bulk.get(("ACCT-1", month))
        assert normalised(reference)["lines"] == (_normalised(got) if got else {}), month


def _normalised(lines: list[BillLine]) -> dict[str, object]:
    """The comparable content of the bulk path's lines, as `normalised` gives a bill's."""
    return normalised(Bill(bill_date=dt.date(2000, 1, 1), payment_date=None, lines=tuple(lines)))["lines"]


def _whole_milliseconds(call: CallRecord) -> CallRecord:
    """The generator's sub-second times cut to the millisecond the bulk path measures in."""
    return call.model_copy(update={t: getattr(call, t).replace(microsecond=getattr(call, t).microsecond // 1000 * 1000)
                                   for t in TIMES if getattr(call, t) is not None})


def test_a_time_finer_than_a_millisecond_is_refused_not_truncated():
    call = CallRecord(id="fine", end_office="EO-1", feature_group="B", direction="terminating",
                      answer=dt.datetime(2025, 3, 3, 10), end_user_disconnect=dt.datetime(2025, 3, 3, 10, 2, 0, 999_999))
    with pytest.raises(ValueError, match="finer than a millisecond"):
        table_from_calls([call])


def test_a_rejected_record_is_named_not_fatal():
    good = CallRecord(id="ok", end_office="EO-1", feature_group="B", direction="terminating",
                      answer=dt.datetime(2025, 3, 3, 10), end_user_disconnect=dt.datetime(2025, 3, 3, 10, 2))
    bad = good.model_copy(update={"id": "bad", "end_user_disconnect": dt.datetime(2025, 3, 3, 9)})
    measured = measure(table_from_calls([bad, good]).to_batches()[0])
    assert list(measured.rejected) == [True, False] and measured.ms[1] == 120_000
    assert sum(measured.partials["ms"]) == 120_000


def _call(call_id: str, stop: dt.datetime, seconds: int = 90) -> CallRecord:
    return CallRecord(id=call_id, end_office="EO-1", feature_group="D", direction="originating",
                      answer=stop - dt.timedelta(seconds=seconds), end_user_disconnect=stop)


@settings(max_examples=200, deadline=None)
@given(stops=st.lists(st.datetimes(dt.datetime(1, 1, 2), dt.datetime(9999, 12, 31)).map(
           lambda t: t.replace(microsecond=t.microsecond // 1000 * 1000)), min_size=1, max_size=12),
       near=st.booleans())
def test_every_month_a_call_can_end_in_keys_to_itself(stops, near):
    """Any date: months are codebook entries, not offsets from an epoch - a call of 0001, 1899,
    2150 or 9999 keys to its own month (the old keys crashed with IndexError before 2000-01 and
    wrapped after 2085). `near`: the stops within a few months of each other, as in a real chunk."""
    if near:
        first = min(stops[0], dt.datetime(9999, 12, 31) - dt.timedelta(days=120))   # no step past year 9999
        stops = [first + (s - dt.datetime(1, 1, 2)) % dt.timedelta(days=120) for s in stops]
    calls = [_call(f"c{i}", stop, seconds=1) for i, stop in enumerate(stops)]
    measured = measure(table_from_calls(calls).to_batches()[0])
    months = sorted(m for m, ms in zip(measured.partials["month"], measured.partials["ms"]) for _ in range(ms // 1000))
    assert months == sorted(stop.isoformat()[:7] for stop in stops)


def test_calls_before_2000_and_after_2100_are_measured_and_priced_or_refused_by_name():
    """After 2100 the catalog's last rates are still in force: the vectorised bill equals the
    reference's. Before 2017 no Section 17 rate is in force, so the month is refused, naming it and
    the element, as the reference refuses it - not an IndexError of the keys."""
    from ratecert_reference.access_catalog_3.bulk.pricing import Unbillable
    from ratecert.spec.model import NotInForce

    late = [_call("late-1", dt.datetime(2150, 6, 30, 23, 59, 59), 7200), _call("late-2", dt.datetime(2150, 6, 1, 2), 7200)]
    early = [_call("early-1", dt.datetime(1999, 12, 31, 23, 59, 59), 7200)]
    template = {"end_offices": [{"end_office": "EO-1", "percent_intrastate": "60"}]}
    measured = measure(table_from_calls([*late, *early]).to_batches()[0])
    assert sorted(set(measured.partials["month"])) == ["1999-12", "2150-06"]
    assert list(measured.ms) == [7_200_000] * 3

    late_only = measure(table_from_calls(late).to_batches()[0])
    bulk = bill_lines(late_only.grouped, late_only.book, {"ACCT-1": template}, TERMS)
    reference = render_bill(CatalogCase.model_validate({**template, "bill_date": "2150-07-01",
                                                 "calls": [c.model_dump() for c in late]}), TERMS)
    assert _normalised(bulk[("ACCT-1", "2150-06")]) == normalised(reference)["lines"]
    assert normalised(reference)["lines"]

    with pytest.raises(Unbillable, match=r"usage of ACCT-1 in 1999-12 cannot be billed: .*a bill dated 2000-01-01 "
                                         r"is before the catalog took effect"):
        bill_lines(measured.grouped, measured.book, {"ACCT-1": template}, TERMS)
    with pytest.raises(NotInForce):
        render_bill(CatalogCase.model_validate({**template, "bill_date": "2000-01-01",
                                         "calls": [c.model_dump() for c in early]}), TERMS)


def test_a_month_whose_bill_date_no_calendar_holds_is_refused_by_name():
    """Usage of 9999-12 is billed in arrears in 10000-01, and Arrow times reach past 9999: both are
    refused with the month named."""
    import pyarrow as pa

    from ratecert_reference.access_catalog_3.bulk.pricing import Unbillable

    template = {"end_offices": [{"end_office": "EO-1", "percent_intrastate": "60"}]}
    december = measure(table_from_calls([_call("last", dt.datetime(9999, 12, 31, 12))]).to_batches()[0])
    with pytest.raises(Unbillable, match=r"usage ending in 9999-12 cannot be billed: its bill \(in arrears, 10000-01\)"):
        bill_lines(december.grouped, december.book, {"ACCT-1": template}, TERMS)

    year_12000 = int(np.datetime64("12000-03-01T10:00:00", "ms").astype(np.int64))
    times = pa.array([year_12000, year_12000 + 60_000], pa.int64()).cast(pa.timestamp("ms"))
    batch = pa.RecordBatch.from_pydict({"end_office": ["EO-1"], "feature_group": ["D"], "direction": ["originating"],
                                        "answer": times.slice(0, 1), "end_user_disconnect": times.slice(1, 1)})
    far = measure(batch)
    assert far.partials["month"] == ["12000-03"] and list(far.ms) == [60_000]
    with pytest.raises(Unbillable, match=r"usage ending in 12000-03 cannot be billed"):
        bill_lines(far.grouped, far.book, {"ACCT-1": template}, TERMS)
