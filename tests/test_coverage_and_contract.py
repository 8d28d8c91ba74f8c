"""Coverage accounts for every clause the walking skeleton names; the checked-in schemas are the
generated ones; citations hold against the source pages; `ratecert bill` answers with a bill."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ratecert import schema
from ratecert.citations import check_document
from ratecert.coverage import coverage
from ratecert.spec import load_spec

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "seeds" / "access-catalog-3"
SKELETON = ("2.4.1", "2.4.2", "2.4.3", "2.4.4", "2.4.5", "2.4.6", "5.4", "5.5", "13.1", "13.2")


def test_every_skeleton_clause_is_tested_or_untestable_with_a_reason():
    result = next(r for r in coverage(load_spec()) if r.document == "access-catalog-3")
    in_scope = [c for c in load_spec().document("access-catalog-3").clauses if c.startswith(SKELETON)]
    assert len(in_scope) > 50
    assert [c for c in in_scope if c in result.untested] == []
    assert all(result.untestable[c] for c in in_scope if c in result.untestable)
    assert result.unknown_tags == []


def test_no_check_cites_a_clause_registered_untestable():
    assert {r.document: r.cited_untestable for r in coverage(load_spec())} == {d: {} for d in load_spec().documents}


def test_coverage_command_lists_the_four_documents(tmp_path):
    out = subprocess.run([sys.executable, "-m", "ratecert", "coverage", "--json"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    listed = {d["document"]: d for d in json.loads(out)}
    assert sorted(listed) == ["access-catalog-3", "clec-onboarding", "dc-power-v12", "ica-frontier-granite-2006"]
    doc = listed["access-catalog-3"]
    assert doc["document"] == "access-catalog-3" and doc["total"] == len(load_spec().documents["access-catalog-3"].clauses)
    assert "2.4.1(C)(1)" in doc["tested"] and "AC3-PAY-010" in doc["tested"]["2.4.1(C)(1)"]


def test_checked_in_schemas_are_the_generated_ones():
    for filename, text in schema.rendered().items():
        assert (ROOT / "spec" / "schema" / filename).read_text() == text, f"run `ratecert schema`: {filename} is stale"
    for path, text in schema.rendered_packs().items():
        assert path.read_text() == text, f"run `ratecert schema`: {path} is stale"


@pytest.mark.skipif(not SOURCE.is_dir(), reason="the source pages (../shared) are not beside this checkout")
def test_citations_hold_against_the_source_pages():
    assert check_document(load_spec().document("access-catalog-3"), SOURCE) == []


@pytest.mark.skipif(not SOURCE.is_dir(), reason="the source pages (../shared) are not beside this checkout")
def test_a_mistranscribed_amount_is_caught(tmp_path):
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    rates = spec / "access-catalog-3" / "rates.yaml"
    rates.write_text(rates.read_text().replace('amount: "0.006756"', 'amount: "0.006765"'))
    load_spec.cache_clear()
    try:
        problems = check_document(load_spec(spec).document("access-catalog-3"), SOURCE)
    finally:
        load_spec.cache_clear()
    assert problems == ["tandem_switching.terminating_3rd_party: 0.006765 is not printed on page 17-4"]


def test_bill_command_prints_the_bill(tmp_path):
    case = tmp_path / "case.json"
    case.write_text(json.dumps({"bill_date": "2025-06-04", "amount_due": "1000.00",
                                "payments": [{"date": "2025-07-13", "amount": "1000.00"}]}))
    proc = subprocess.run([sys.executable, "-m", "ratecert", "bill", str(case)], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    bill = json.loads(proc.stdout)
    assert bill["payment_date"] == "2025-07-03" and bill["penalties"][0]["amount"] == "2.92"


def test_bill_command_names_the_bad_field(tmp_path):
    case = tmp_path / "case.json"
    case.write_text(json.dumps({"bill_date": "2025-06-04", "payments": [{"date": "2025-07-13", "amount": 1.5}]}))
    proc = subprocess.run([sys.executable, "-m", "ratecert", "bill", str(case)], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2 and "payments.0.amount" in proc.stderr


def test_report_is_rerendered_from_the_log(tmp_path):
    from tests.conftest import certify

    result = certify("reference", tmp_path / "out", "--", "features/access-catalog-3/test_access_catalog_3.py::test_labor_day_is_not_a_legal_holiday_as_printed")
    assert result.exit_code == 0, result.stdout
    (tmp_path / "out" / "report.html").unlink()
    proc = subprocess.run([sys.executable, "-m", "ratecert", "report", str(tmp_path / "out" / "results.jsonl")],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0 and "CONFORMANT" in (tmp_path / "out" / "report.html").read_text()


@pytest.mark.skipif(not SOURCE.is_dir(), reason="the source pages (../shared) are not beside this checkout")
@pytest.mark.parametrize("document", ["ica-frontier-granite-2006", "dc-power-v12", "clec-onboarding"])
def test_citations_of_one_file_documents_hold(document):
    assert check_document(load_spec().document(document), SOURCE.parent) == []


@pytest.mark.skipif(not SOURCE.is_dir(), reason="the source pages (../shared) are not beside this checkout")
def test_a_damaged_amount_recorded_otherwise_than_printed_is_caught(tmp_path):
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    rates = spec / "ica-frontier-granite-2006" / "rates.yaml"
    rates.write_text(rates.read_text().replace('printed: "$14."', 'printed: "$14.50"')
                     .replace('amount: "0.0061854"', 'amount: "0.0061845"'))
    load_spec.cache_clear()
    try:
        problems = check_document(load_spec(spec).document("ica-frontier-granite-2006"), SOURCE.parent)
    finally:
        load_spec.cache_clear()
    assert any("supplement_1_cancel" in p and "$14.50" in p for p in problems), problems
    assert any("transit_mou" in p and "0.0061845" in p for p in problems), problems


def test_a_version_1_case_cannot_carry_version_2_records():
    from pydantic import ValidationError

    from ratecert.packs import parse_case

    ica = "ica-frontier-granite-2006"
    traffic = [{"id": "t", "kind": "local", "direction": "carrier-to-frontier", "minutes": "1"}]
    assert parse_case({"bill_date": "2025-01-01"}).version == 1
    assert parse_case({"document": ica, "bill_date": "2025-01-01", "traffic": traffic}).version == 2
    with pytest.raises(ValidationError, match="version 1 cases cannot carry traffic"):
        parse_case({"document": ica, "version": 1, "bill_date": "2025-01-01", "traffic": traffic})


def test_a_case_carries_only_its_own_documents_records():
    """One flat wire case, one model per document: a catalog case with an ICA record is refused by name."""
    from pydantic import ValidationError

    from ratecert.packs import parse_case

    traffic = [{"id": "t", "kind": "local", "direction": "carrier-to-frontier", "minutes": "1"}]
    with pytest.raises(ValidationError, match="traffic"):
        parse_case({"document": "access-catalog-3", "bill_date": "2025-01-01", "traffic": traffic})
    with pytest.raises(ValueError, match="unknown document 'no-such-document'"):
        parse_case({"document": "no-such-document", "bill_date": "2025-01-01"})


def test_an_audit_overpayment_after_its_agreed_results_is_refused():
    """7.2: an audit reimburses what it found overpaid; a payment made after the Parties agreed its
    results cannot be among them. Refusing it keeps the 7.6 day and month counts of a credit positive."""
    from pydantic import ValidationError

    from ratecert.packs import parse_case

    def case(paid: str) -> dict:
        return {"document": "ica-frontier-granite-2006", "bill_date": "2026-03-05",
                "audits": [{"id": "a", "notice": "2026-01-12", "overpayment": "10.00", "overpaid_on": paid,
                            "results_agreed": "2026-01-10"}]}

    assert parse_case(case("2026-01-10")).audits[0].overpaid_on.isoformat() == "2026-01-10"
    with pytest.raises(ValidationError, match="audit a: overpaid_on 2026-01-11 is after results_agreed 2026-01-10"):
        parse_case(case("2026-01-11"))


def test_a_default_is_as_exact_as_a_sent_value():
    """A segment sent without its billing percentage is billed at the default 100%: the default must
    be the Decimal 100, not the int (100 / 100 is a float, and the reference crashed on Decimal x float)."""
    import datetime as dt
    from decimal import Decimal

    from ratecert.oracle import render_case
    from ratecert_reference.access_catalog_3.records import CatalogCase, DirectTrunkedSegment

    segment = DirectTrunkedSegment(id="S-1", capacity="ds1", miles=10)
    assert isinstance(segment.billing_percentage, Decimal)
    bill = render_case(CatalogCase(bill_date=dt.date(2025, 4, 1), direct_trunked=(segment,)))
    assert bill.charge("direct_trunked_facility.ds1", "S-1") == Decimal("14.80")


def test_bill_command_names_a_bad_call_and_bills_the_rest(tmp_path):
    case = tmp_path / "case.json"
    call = {"end_office": "EO-1", "direction": "terminating", "answer": "2025-03-03T10:00:00",
            "end_user_disconnect": "2025-03-03T10:02:00"}
    case.write_text(json.dumps({"bill_date": "2025-04-01", "end_offices": [{"end_office": "EO-1", "percent_intrastate": "100"}],
                                "calls": [{**call, "id": "c1", "feature_group": "E"}, {**call, "id": "c2", "feature_group": "B"}]}))
    proc = subprocess.run([sys.executable, "-m", "ratecert", "bill", str(case)], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    bill = json.loads(proc.stdout)
    assert bill["rejected"] == [{"ref": "c1", "reason": "call c1: feature_group: Input should be 'A', 'B', 'C' or 'D' "
                                                        "(got 'E')"}]
    assert {(ln["element"], ln["quantity"]) for ln in bill["lines"]} >= {("local_switching_1.terminating", "2")}


def test_kept_citations_follow_every_edit_of_a_pack(tmp_path, monkeypatch):
    """Clause citations are kept between processes (ratecert.coverage.citations); a scenario added
    to a pack's features, or a property's clause mark changed, is read at once - never a stale count."""
    import dataclasses

    from ratecert.coverage import citations
    from ratecert.packs import discover

    monkeypatch.setenv("RATECERT_CACHE", str(tmp_path / "cache"))
    pack = discover()["clec-onboarding"]
    copy = dataclasses.replace(pack, features=tmp_path / "features", properties=tmp_path / "properties")
    shutil.copytree(pack.features, copy.features, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(pack.properties, copy.properties, ignore=shutil.ignore_patterns("__pycache__"))
    packs = {pack.id: copy}
    before = citations(packs)
    assert citations(packs) == before and list((tmp_path / "cache").glob("citations-*.pickle"))

    feature = copy.features / "onboarding.feature"
    feature.write_text(feature.read_text() + "\n  @clause:9.9.9 @tp:KEPT-001\n  Scenario: an added scenario\n"
                       "    Given nothing\n")
    added = citations(packs)
    assert added["clec-onboarding:9.9.9"] == ["KEPT-001"] and "clec-onboarding:9.9.9" not in before

    [module] = [p for p in copy.properties.glob("test_*properties.py")]
    text = module.read_text()
    first = text.index('@pytest.mark.clause("')
    module.write_text(text[:first] + '@pytest.mark.clause("9.9.8")\n' + text[first:])
    assert "clec-onboarding:9.9.8" in citations(packs)
