"""The vectorised path rates exactly as the per-record reference: per record (chargeable
milliseconds, rejections) and per bill (every line), on generated months of calls."""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ratecert.bill import normalised
from ratecert.bulk.layout import table_from_calls
from ratecert.bulk.measurement import measure
from ratecert.bulk.pricing import bill_date, bills
from ratecert.case import Case, CallRecord
from ratecert.strategies import call_records
from reference import render_bill, terms_for
from reference.access_minutes import UnmeasurableCall, chargeable_seconds

TERMS = terms_for()


@settings(max_examples=150, deadline=None)
@given(raw=call_records(), percent=st.none() | st.integers(0, 100), miles=st.integers(0, 60))
def test_vectorised_rating_equals_the_per_record_reference(raw, percent, miles):
    """Also with no reported percentage: FGC/FGD minutes then take the percentage the month's
    originating call detail develops (2.3.11(C)(3)), which needs the measured interstate minutes."""
    calls = [CallRecord.model_validate(r) for r in raw]
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
    bulk = bills(measured.grouped, measured.book, {"ACCT-1": template}, TERMS)
    for month in months:
        in_month = [c for c in calls if (c.end_user_disconnect or c.customer_disconnect).strftime("%Y-%m") == month]
        reference = render_bill(Case.model_validate({**template, "bill_date": bill_date(month, 1).isoformat(),
                                                     "calls": [c.model_dump() for c in in_month]}), TERMS)
        got = bulk.get(("ACCT-1", month))
        assert normalised(reference)["lines"] == (normalised(got)["lines"] if got else {}), month


def test_a_rejected_record_is_named_not_fatal():
    good = CallRecord(id="ok", end_office="EO-1", feature_group="B", direction="terminating",
                      answer=dt.datetime(2025, 3, 3, 10), end_user_disconnect=dt.datetime(2025, 3, 3, 10, 2))
    bad = good.model_copy(update={"id": "bad", "end_user_disconnect": dt.datetime(2025, 3, 3, 9)})
    measured = measure(table_from_calls([bad, good]).to_batches()[0])
    assert list(measured.rejected) == [True, False] and measured.ms[1] == 120_000
    assert sum(measured.partials["ms"]) == 120_000
