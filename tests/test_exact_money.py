"""Bounded, exact input (issue 18.1): every number that crosses the protocol, a case file or a
spec file is plain digits within stated bounds, refused with its field named otherwise, in the
models and the checked-in JSON Schemas alike; and amounts compare exactly inside the bounds."""

from __future__ import annotations

import json
import sys
from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from pydantic import ValidationError

from ratecert.bill import Bill, differences
from ratecert.bounds import DECIMAL_PATTERN, FRACTION_DIGITS, INTEGER_DIGITS, LARGEST_INTEGER
from ratecert_reference.access_catalog_3.records import CatalogCase
from ratecert.money import total
from ratecert.protocol import BillReply
from ratecert.spec.model import RateValue
from tests.conftest import ROOT, certify

LARGEST = "9" * INTEGER_DIGITS + "." + "9" * FRACTION_DIGITS
UNIT = "0." + "0" * (FRACTION_DIGITS - 1) + "1"


def _case(amount: object) -> CatalogCase:
    return CatalogCase.model_validate({"bill_date": "2025-06-04", "amount_due": amount})


@pytest.mark.parametrize("amount", ["0", "-0", "108.60", "108.6", LARGEST, "-" + LARGEST, UNIT, 12, -(10**13 - 1)])
def test_amounts_inside_the_bounds_are_kept_exactly(amount):
    assert _case(amount).amount_due == Decimal(str(amount))


@pytest.mark.parametrize("amount", [
    "1E+999999999", "1e5", "1E-2", "108.600000000000000000000000001", "1" + "0" * INTEGER_DIGITS,
    "0." + "0" * FRACTION_DIGITS + "1", " 1.00", "1.00 ", "+1", ".5", "5.", "NaN", "Infinity", "0x10", "1_000",
    "", "-", 1.5, True, 10**INTEGER_DIGITS, "9" * 5000, Decimal("1E+999999999"), Decimal("1E-11")])
def test_amounts_past_the_bounds_or_not_plain_are_refused_naming_the_field(amount):
    with pytest.raises(ValidationError) as refused:
        _case(amount)
    [error] = refused.value.errors()
    assert error["loc"] == ("amount_due",)
    assert len(str(refused.value)) < 2000, "the refusal does not repeat a huge input in full"


def test_integers_are_bounded_wherever_they_are_declared():
    """A 5,000-digit integer, or one of 14 digits, is refused at any depth, naming the field."""
    for value in (10 ** INTEGER_DIGITS, -(10 ** INTEGER_DIGITS), 10 ** 5000):
        with pytest.raises(ValidationError) as refused:
            CatalogCase.model_validate({"bill_date": "2025-06-04", "account": {"prompt_payment_months": value}})
        assert refused.value.errors()[0]["loc"] == ("account", "prompt_payment_months")
        with pytest.raises(ValidationError) as refused:
            BillReply.model_validate({"seq": value, "skipped": True})
        assert refused.value.errors()[0]["loc"] == ("seq",)
    assert CatalogCase.model_validate({"bill_date": "2025-06-04", "account": {"prompt_payment_months": LARGEST_INTEGER}})


def test_spec_amounts_are_bounded_too():
    for printed in ("1E+5", "0.00000000001", "1" * 14, "-1"):
        with pytest.raises(ValidationError):
            RateValue.model_validate({"from": "2017-07-01", "amount": printed, "page": "17-4"})
    assert RateValue.model_validate({"from": "2017-07-01", "amount": "0.0209690", "page": "17-4"}).decimal


def _schema(name: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads((ROOT / "spec" / "schema" / f"{name}.schema.json").read_text()))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.from_regex(DECIMAL_PATTERN, fullmatch=True),
                 st.text(alphabet="0123456789.-+eE _", max_size=30)))
def test_the_published_schema_and_the_model_accept_the_same_amounts(text):
    schema_accepts = _schema("case").is_valid({"bill_date": "2025-06-04", "amount_due": text})
    try:
        _case(text)
        model_accepts = True
    except ValidationError:
        model_accepts = False
    assert schema_accepts == model_accepts, text


def test_the_published_schema_bounds_every_integer():
    def integers(node: object) -> list[dict]:
        if isinstance(node, dict):
            own = [node] if node.get("type") == "integer" and "enum" not in node else []
            return own + [i for value in node.values() for i in integers(value)]
        return [i for value in node for i in integers(value)] if isinstance(node, list) else []

    for name in ("case", "bill-reply", "bill", "spec-rate-element", "spec-page"):
        found = integers(json.loads((ROOT / "spec" / "schema" / f"{name}.schema.json").read_text()))
        assert found and all(i["maximum"] <= LARGEST_INTEGER and "minimum" in i for i in found), name


def test_sums_are_exact_at_the_bounds_where_the_default_context_rounds():
    """A million of the largest amounts and one unit more: 29 significant digits, one more than
    the default context keeps. Summed in it, the unit vanishes; `total` keeps it."""
    many = [Decimal(LARGEST)] * 1_000_000
    with localcontext() as default:
        default.prec = 28
        assert sum(many + [Decimal(UNIT)], Decimal(0)) == sum(many, Decimal(0)), "the hazard this guards against"
    assert total(many + [Decimal(UNIT)]) != total(many)
    assert total(many + [Decimal(UNIT)]) - total(many) == Decimal(UNIT)


def _bill(*amounts: str) -> Bill:
    return Bill.model_validate({"bill_date": "2025-06-04", "payment_date": "2025-07-03",
                                "lines": [{"element": "x", "quantity": "1", "amount": a, "clause": "c"} for a in amounts]})


def test_amounts_compare_by_value_and_exactly():
    assert differences(_bill("108.60"), _bill("108.6")) == []
    assert differences(_bill("108.60"), _bill("100", "8.6")) == []
    assert differences(_bill("108.60"), _bill("108.6000000001")) != []
    assert differences(_bill(LARGEST, LARGEST), _bill(LARGEST, LARGEST, UNIT)) != []


def test_one_unit_in_the_last_place_fails_through_a_real_subprocess(tmp_path):
    """The reference served as a real process, every amount off by 0.0000000001: each check of a
    nonzero amount fails (fail, not error), by scenario and by property alike."""
    sut = f"cmd:{sys.executable} -m ratecert serve --stdio --sut py:tests.fake_suts.off_by_one_unit:Sut"
    result = certify(sut, tmp_path / "out", "--",
                     "features/access-catalog-3/test_access_catalog_3.py::test_the_days_late_decide_the_penalty_payment_date_20250703",
                     "properties/access-catalog-3/test_billing_properties.py::test_penalties_agree_with_the_reference")
    assert result.exit_code == 1, result.stdout
    failed = {(e["example"], e["reason"]) for e in result.verdicts("fail")}
    assert ("2025-07-04-$0.29-1", "late payment penalty: expected 0.29, got 0.2900000001") in failed
    assert ("2025-07-13-$2.92-10", "late payment penalty: expected 2.92, got 2.9200000001") in failed
    assert any(e["tp"] == "AC3-PROP-001" for e in result.verdicts("fail"))
    assert not result.verdicts("error")
    # the zero penalties are not billed at all, so there is nothing to be off: they pass
    assert {e["example"] for e in result.verdicts("pass")} == {"2025-07-02-$0.00-0", "2025-07-03-$0.00-0"}


def test_an_exponent_amount_is_refused_in_under_a_second_with_memory_flat(tmp_path):
    """Issue 18's `1E+999999999`: it once took 20 GB. Under a 1 GiB address-space limit the
    certification finishes, and the check that met it took less than a second."""
    sut = f"cmd:{sys.executable} tests/fake_suts/misbehaving.py exponent 1"
    result = certify(sut, tmp_path / "out", "--",
                     "features/access-catalog-3/test_access_catalog_3.py::test_the_shorter_of_31_days_and_the_next_bill_date",
                     memory_limit=1 << 30)
    assert result.footer is not None and result.exit_code == 1, result.stdout
    first = result.events[0]
    assert first["verdict"] == "error" and "'1E+999999999' is not an exact decimal" in first["reason"]
    assert first["duration"] < 1.0
    assert (tmp_path / "out" / "results.jsonl").stat().st_size < 200_000
