"""The four documents: each can be certified on its own, the others are n/a; broken systems are
caught with the clause named; the damaged ICA amounts are used only as a SUT declares them."""

from __future__ import annotations

import pytest

from ratecert.coverage import coverage
from ratecert.spec import load_spec
from tests.conftest import certify

DOCUMENTS = ("access-catalog-3", "clec-onboarding", "dc-power-v12", "ica-frontier-granite-2006")
FEATURES = {"access-catalog-3": "features/access-catalog-3/test_access_catalog_3.py", "ica-frontier-granite-2006": "features/ica-frontier-granite-2006/test_ica_frontier_granite_2006.py",
            "dc-power-v12": "features/dc-power-v12/test_dc_power_v12.py", "clec-onboarding": "features/clec-onboarding/test_clec_onboarding.py"}

BROKEN = [
    ("tests.broken_suts.ica_forward_shift:Sut", "ica-frontier-granite-2006", "ica-frontier-granite-2006:24.2",
     "ICA-DUE-010"),
    ("tests.broken_suts.sixty_amp_adjusted:Sut", "dc-power-v12", "dc-power-v12:USE-LE60", "DCP-USE-001"),
    ("tests.broken_suts.transit_on_bill_and_keep:Sut", "ica-frontier-granite-2006", "ica-frontier-granite-2006:A1-4.2",
     "ICA-COMP-001"),
    ("tests.broken_suts.tariff_notice_rules:Sut", "ica-frontier-granite-2006", "ica-frontier-granite-2006:25.1.1",
     "ICA-DEF-011"),
    ("tests.broken_suts.vnxx_as_local:Sut", "ica-frontier-granite-2006", "ica-frontier-granite-2006:2.18",
     "ICA-COMP-005"),
    ("tests.broken_suts.pic_change_always_charged:Sut", "access-catalog-3", "access-catalog-3:13.4(A)(3)(a)",
     "AC3-PIC-001"),
]


def test_coverage_lists_four_documents_and_every_clause_is_tested_or_untestable():
    result = {c.document: c for c in coverage(load_spec())}
    assert tuple(sorted(result)) == DOCUMENTS
    for document in FEATURES:
        assert result[document].untested == [], (document, result[document].untested)
        assert result[document].unknown_tags == []
        assert result[document].tested and all(result[document].untestable.values())


ICA = "ica-frontier-granite-2006"
READINGS = [("CatalogSecond", "access-catalog-3", ("AC3-ASM-003", "AC3-LATE-006", "AC3-MIN-RND-002", "AC3-TST-004")),
            ("IcaFirst", ICA, ("ICA-AUD-011", "ICA-CTS-003", "ICA-DEF-012", "ICA-LATE-002", "ICA-COMP-041")),
            ("IcaSecond", ICA, ("ICA-AUD-022", "ICA-LATE-003", "ICA-NRC-021")),
            ("IcaThird", ICA, ("ICA-AUD-023", "ICA-AUD-005", "ICA-DEP-011")),
            ("IcaFourth", ICA, ("ICA-AUD-021", "ICA-DUE-022")),
            ("DcPowerLiteral", "dc-power-v12", ("DCP-RED-011", "DCP-GATE-033")),
            ("DcPowerPerFeed", "dc-power-v12", ("DCP-USE-012", "DCP-MEAS-002")),
            ("DcPowerWholeMonths", "dc-power-v12", ("DCP-RED-013",)),
            ("OnboardingApproved", "clec-onboarding", ("CLEC-015",))]


@pytest.mark.parametrize(("target", "document", "purposes"), READINGS, ids=[r[0] for r in READINGS])
def test_the_reference_supports_each_reading(tmp_path, target, document, purposes):
    """The checks written for a non-default reading pass when the reference declares it: the
    reference supports each option, and nothing else fails under it."""
    result = certify(f"py:tests.alternative_readings:{target}", tmp_path / "out", "--documents", document, "--",
                     FEATURES[document])
    assert result.exit_code == 0, result.stdout
    verdicts: dict[str, set[str]] = {}
    for event in result.events:
        verdicts.setdefault(event["tp"], set()).add(event["verdict"])
    for purpose in purposes:
        assert verdicts[purpose] == {"pass"}, (purpose, verdicts[purpose])
    assert not result.verdicts("fail") and not result.verdicts("error")


@pytest.mark.parametrize(("target", "document", "clause", "purpose"), BROKEN, ids=[b[0].split(".")[2] for b in BROKEN])
def test_a_broken_system_is_caught_with_the_clause_named(tmp_path, target, document, clause, purpose):
    result = certify(f"py:{target}", tmp_path / "out", "--documents", document, "--", FEATURES[document])
    assert result.exit_code == 1, result.stdout
    failed = result.verdicts("fail")
    assert any(clause in e["clauses"] and e["tp"] == purpose for e in failed), [(e["tp"], e["clauses"]) for e in failed]
    assert not result.verdicts("error")
    assert clause in (tmp_path / "out" / "report.html").read_text()


def test_a_certification_of_some_documents_reports_the_others_as_not_applicable(tmp_path):
    targets = list(FEATURES.values())
    result = certify("reference", tmp_path / "out", "--documents", "dc-power-v12", "--", *targets)
    assert result.exit_code == 0, result.stdout
    by_document: dict[str, set[str]] = {}
    for event in result.events:
        by_document.setdefault(event["document"], set()).add(event["verdict"])
    assert by_document["dc-power-v12"] <= {"pass", "n/a"} and "pass" in by_document["dc-power-v12"]
    assert all("the check assumes dcp-" in e["reason"] for e in result.verdicts("n/a") if e["document"] == "dc-power-v12")
    assert by_document["ica-frontier-granite-2006"] == {"n/a"}
    assert by_document["clec-onboarding"] == {"n/a"}
    assert result.header["certified_documents"] == ["dc-power-v12"]
    assert any("not among the documents of this certification" in e["reason"] for e in result.verdicts("n/a"))


def test_damaged_amounts_are_na_unless_declared_and_checked_against_the_legible_dollars(tmp_path):
    plain = certify("reference", tmp_path / "plain", "--", FEATURES["ica-frontier-granite-2006"])
    declared = certify("py:tests.declaring_sut:Sut", tmp_path / "declared", "--", FEATURES["ica-frontier-granite-2006"])
    wrong = certify("py:tests.declaring_sut:OutOfRange", tmp_path / "wrong", "--", FEATURES["ica-frontier-granite-2006"])
    damaged = {"ICA-NRC-010", "ICA-NRC-011", "ICA-NRC-012", "ICA-NRC-013", "ICA-NRC-014", "ICA-NRC-020",
               "ICA-NRC-023"}
    assert {e["tp"] for e in plain.verdicts("n/a")} >= damaged
    assert all("damaged" in e["reason"] for e in plain.verdicts("n/a") if e["tp"] in damaged)
    assert declared.exit_code == 0, declared.stdout
    assert {e["tp"] for e in declared.verdicts("pass")} >= damaged
    assert wrong.exit_code == 1
    assert {e["tp"] for e in wrong.verdicts("fail")} == {"ICA-NRC-010"}   # $12.00 is not "$11."
