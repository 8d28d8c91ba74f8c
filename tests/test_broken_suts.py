"""The suite catches each deliberately broken billing system, naming the failing clause; the
reference and the bundled example are conformant. Each certification is a real `ratecert` process."""

from __future__ import annotations

import pytest

from tests.conftest import certify

BROKEN = [
    ("tests.broken_suts.holiday_ignorant:Sut", "access-catalog-3:2.4.1(C)(1)", "AC3-PAY-010"),
    ("tests.broken_suts.monthly_compounding:Sut", "access-catalog-3:2.4.1(C)(2)", "AC3-LATE-001"),
    ("tests.broken_suts.half_period_credit:Sut", "access-catalog-3:2.4.4(B)(1)", "AC3-CRD-001"),
]


@pytest.mark.parametrize(("target", "clause", "purpose"), BROKEN, ids=[b[0].split(".")[2] for b in BROKEN])
def test_a_broken_system_is_not_conformant_and_the_clause_is_named(tmp_path, target, clause, purpose):
    """Narrowed to the test purpose it reads: a whole certification of each would also run the
    differential properties, whose shrinking of the broken system's counterexample cost up to two
    minutes a system (the whole run of one of them is read by tests/test_reports_and_certificates.py)."""
    result = certify(f"py:{target}", tmp_path / "out", "--tp", purpose)
    assert result.exit_code == 1, result.stdout
    failed = result.verdicts("fail")
    assert any(clause in e["clauses"] and e["tp"] == purpose for e in failed), [e["tp"] for e in failed]
    assert not result.verdicts("error")
    assert result.footer is not None and result.footer["conformant"] is False
    assert clause in result.stdout
    report = (result.out / "report.html").read_text()
    assert "NOT CONFORMANT" in report and clause in report
    junit = (result.out / "junit.xml").read_text()
    assert "<failure" in junit


def test_the_reference_is_conformant(certified):
    result = certified("reference")
    assert result.exit_code == 0, result.stdout
    assert len(result.verdicts("pass")) > 140
    assert not result.verdicts("fail") and not result.verdicts("error")
    assert result.footer is not None and result.footer["conformant"] is True
    assert {e["kind"] for e in result.events} == {"scenario", "property"}


def test_the_bundled_example_is_certified_over_what_it_claims(tmp_path):
    result = certify("cmd:python3 examples/acme_billing/acme_billing.py", tmp_path / "out")
    assert result.exit_code == 0, result.stdout
    assert result.header["implementation"]["name"] == "ACME Billing"
    assert len(result.verdicts("pass")) > 50
    not_claimed = result.verdicts("n/a")
    assert any("credit-allowances" in e["reason"] for e in not_claimed)
    assert "CONFORMANT" in (tmp_path / "out" / "report.html").read_text()


def test_alternative_readings_make_their_checks_applicable(tmp_path):
    """The catalog's checks alone: this system reads the catalog's interpretations another way, and
    the other documents' checks are the reference's (test_every_check_names_... covers them)."""
    result = certify("py:tests.alternative_readings:Sut", tmp_path / "out", "--", "features/access-catalog-3",
                     "properties/access-catalog-3")
    assert result.exit_code == 0, result.stdout
    by_tp = {}
    for event in result.events:
        by_tp.setdefault(event["tp"], set()).add(event["verdict"])
    for purpose in ("AC3-PAY-003", "AC3-PAY-012", "AC3-PAY-014", "AC3-LATE-003", "AC3-RND-002", "AC3-ORD-011",
                    "AC3-PRO-002", "AC3-PIC-005", "AC3-MIX-003",
                    "AC3-TST-011", "AC3-NRC-032", "AC3-SPA-026",
                    "AC3-PRM-004", "AC3-TST-022",
                    "AC3-PRM-013", "AC3-JUR-015", "AC3-MIN-DER-003",
                    "AC3-DTP-003", "AC3-MIN-RND-003", "AC3-PVU-007", "AC3-PVU-008",
                    "AC3-JUR-004", "AC3-USE-002", "AC3-LAB-032", "AC3-REF-005", "AC3-REQ-003", "AC3-ARR-005",
                    "AC3-ARR-071"):
        assert by_tp[purpose] == {"pass"}, (purpose, by_tp[purpose])
    for purpose in ("AC3-PAY-002", "AC3-PAY-011", "AC3-LATE-001", "AC3-LATE-006", "AC3-RND-001", "AC3-PIC-004",
                    "AC3-MIX-002", "AC3-TST-010", "AC3-NRC-030",
                    "AC3-SPA-025", "AC3-PRM-001", "AC3-TST-020",
                    "AC3-PRM-012", "AC3-JUR-014", "AC3-MIN-DER-001",
                    "AC3-MIN-DER-002", "AC3-DTP-002", "AC3-MIN-RND-001", "AC3-PVU-001", "AC3-PVU-006",
                    "AC3-JUR-003", "AC3-USE-003", "AC3-LAB-030", "AC3-REF-001", "AC3-REQ-001", "AC3-ARR-004",
                    "AC3-ARR-070"):
        assert by_tp[purpose] == {"n/a"}, (purpose, by_tp[purpose])
    assert result.header["readings"]["access-catalog-3"]["late-factor-compounding"] == "simple"


@pytest.mark.parametrize("target", ["EveryOtherOptionA", "EveryOtherOptionB"])
def test_every_check_names_the_readings_and_values_it_assumes(tmp_path, target):
    """A system reading every interpretation another way (and declaring a legal maximum rate) is
    conformant: a check whose expected values need a reading or a PIXIT value says so in its tags
    (@interpretation, @pixit) and is n/a for this system instead of failing it."""
    result = certify(f"py:tests.alternative_readings:{target}", tmp_path / "out")
    assert result.exit_code == 0, [(e["tp"], e["reason"]) for e in result.verdicts("fail") + result.verdicts("error")]
    assert result.verdicts("n/a") and len(result.verdicts("pass")) > 400


RATING = [
    ("mileage-rounded-down", "access-catalog-3:6.4.6", "AC3-DTT-001"),
    ("piu-twice-on-assumed", "access-catalog-3:2.3.11(C)(2)", "AC3-JUR-001"),
    ("terminating-wrong-column", "access-catalog-3:2.4.7(B)(3)(c)", "AC3-TST-001"),
    ("activation-per-trunk", "access-catalog-3:6.4.1(B)(1)", "AC3-NRC-001"),
    ("rounded-per-call", "access-catalog-3:6.6.4", "AC3-MIN-ACC-001"),
    ("bad-records-dropped", "access-catalog-3:6.6.4", "AC3-MIN-BAD-002"),
]


@pytest.mark.parametrize(("mode", "clause", "purpose"), RATING, ids=[r[0] for r in RATING])
def test_a_classic_rating_error_is_caught_with_its_clause(tmp_path, mode, clause, purpose):
    """Over the catalog's scenarios: each error is caught there with its clause. (The differential
    property catches some of them too, but shrinking its counterexample costs twice the scenarios'
    whole run, and the suite's other broken systems already prove properties fail.)"""
    import sys

    result = certify(f"cmd:{sys.executable} -m tests.broken_suts.rating_errors {mode}", tmp_path / "out",
                     "--", "features/access-catalog-3/test_access_catalog_3.py")
    assert result.exit_code == 1, result.stdout
    assert any(clause in e["clauses"] and e["tp"] == purpose for e in result.verdicts("fail")), \
        [(e["tp"], e["clauses"]) for e in result.verdicts("fail")]
    assert not result.verdicts("error")


def test_a_rate_cut_to_four_decimals_fails_usage_pricing(tmp_path):
    """The usage-pricing scenarios see a pricing error: $0.020969 a minute applied as $0.0210."""
    import sys

    result = certify(f"cmd:{sys.executable} -m tests.broken_suts.rating_errors rates-cut-to-four-decimals",
                     tmp_path / "out", "--capability", "usage-pricing", "--",
                     "features/access-catalog-3/test_access_catalog_3.py")
    failed = {e["tp"] for e in result.verdicts("fail")}
    assert result.exit_code == 1 and {"AC3-UPR-001", "AC3-UPR-010", "AC3-UPR-020"} <= failed, failed
    [cut] = [e for e in result.verdicts("fail") if e["tp"] == "AC3-UPR-010" and e["example"].startswith("10,000")]
    assert "210.00" in cut["reason"] and "access-catalog-3:2.4.1(G)" in cut["clauses"]


CATALOG = "features/access-catalog-3/test_access_catalog_3.py"
ICA = "features/ica-frontier-granite-2006/test_ica_frontier_granite_2006.py"
ONBOARDING = "features/clec-onboarding/test_clec_onboarding.py"
BILLING_LAWS = "properties/access-catalog-3/test_billing_properties.py"
RATING_LAWS = "properties/access-catalog-3/test_rating_properties.py"
# Errors found by re-reading the text (issues 19 and 20): each system misreads one rule the way the
# reference once did. Each run is narrowed to the scenarios of that rule (a pytest -k expression).
MISREAD = [
    ("dc_power_misreadings", "rolling-year-to-its-last-day", "dc-power-v12:MEAS-MAX4", "DCP-MEAS-002",
     "features/dc-power-v12/test_dc_power_v12.py", "any_twelve_months"),
    ("dc_power_misreadings", "whole-months-from-the-next-month", "dc-power-v12:REST-BILL", "DCP-RED-013",
     "features/dc-power-v12/test_dc_power_v12.py", "first_full_month_after_it"),
    ("catalog_misreadings", "mixed-use-credit-on-full-rate", "access-catalog-3:7.2.7", "AC3-CRD-007", CATALOG,
     "mixeduse_ds1_to_a_hub"),
    ("catalog_misreadings", "minimum-in-calendar-months", "access-catalog-3:2.4.2(B)", "AC3-MIN-011", CATALOG,
     "remainder_of_twelve_30day_months or disconnected_within_its_first_month"),
    ("catalog_misreadings", "usage-after-bill-day-billed", "access-catalog-3:2.4.1(B)(2)", "AC3-USE-003", CATALOG,
     "carried_to_the_next_bill"),
    ("catalog_misreadings", "ncta-one-study-per-office", "access-catalog-3:6.7.4", "AC3-NCTA-002", CATALOG,
     "completion_ratios_per_major_call_category"),
    ("catalog_misreadings", "common-line-rounded-up", "access-catalog-3:3.7.2", "AC3-MIN-RND-003", CATALOG,
     "each_sections_rounding"),
    ("catalog_misreadings", "originating-voip-kept-intrastate", "access-catalog-3:2.3.13(A)", "AC3-PVU-001", CATALOG,
     "test_intrastate_originating_fgd_minutes"),
    ("catalog_misreadings", "common-line-assumed-whole", "access-catalog-3:3.7.3", "AC3-JUR-003", CATALOG,
     "the_piu_is_applied_once_to_assumed_minutes"),
    ("catalog_misreadings", "error-performance-ignored", "access-catalog-3:7.8.1", "AC3-CRD-051", CATALOG,
     "degraded_for_24_hours"),
    ("catalog_misreadings", "wats-assumed-from-the-office", "access-catalog-3:6.4.6(E)", "AC3-TST-040", CATALOG,
     "at_wats_serving_office"),
    ("catalog_misreadings", "testing-services-free", "access-catalog-3:17.6.3(D)", "AC3-ACT-001", CATALOG,
     "cooperative_acceptance_testing or manual_testing"),
    ("catalog_misreadings", "acceptance-tests-charged", "access-catalog-3:7.1.6", "AC3-ACT-005", CATALOG,
     "at_no_additional_charge"),
    ("catalog_misreadings", "bill-day-usage-carried", "access-catalog-3:2.4.1(B)(2)", "AC3-USE-001", CATALOG,
     "both_billed"),
    ("catalog_misreadings", "terminating-voip-kept-intrastate", "access-catalog-3:2.3.13(A)", "AC3-PVU-008", CATALOG,
     "terminating_voippstn"),
    ("catalog_misreadings", "acts-of-god-not-credited", "access-catalog-3:2.1.3(G)", "AC3-CRD-060", CATALOG,
     "an_act_of_god"),
    ("catalog_misreadings", "interference-credited", "access-catalog-3:2.1.8(C)", "AC3-CRD-061", CATALOG,
     "temporary_discontinuance_for_interference"),
    ("catalog_misreadings", "email-notice-always-valid", "access-catalog-3:2.1.8(A)", "AC3-REF-003", CATALOG,
     "neither_billed_electronically"),
    ("catalog_misreadings", "service-date-limit-ignored", "access-catalog-3:5.1.1", "AC3-ORD-101", CATALOG,
     "six_months_to_the_day"),
    ("catalog_misreadings", "expedite-at-actual-cost", "access-catalog-3:5.1.2", "AC3-ORD-103", CATALOG,
     "an_expedite_estimated"),
    ("catalog_misreadings", "engineering-over-estimate", "access-catalog-3:5.2.5", "AC3-ORD-105", CATALOG,
     "against_an_estimate"),
    ("catalog_misreadings", "scheduled-hours-ignored", "access-catalog-3:13", "AC3-LAB-030", CATALOG,
     "scheduled_work_period_of_0800"),
    ("catalog_misreadings", "catalog-before-effective", "access-catalog-3:1.1", "AC3-EFF-001", CATALOG,
     "the_day_before_july_2_2013"),
    ("catalog_misreadings", "requests-unlimited", "access-catalog-3:2.3.11(D)", "AC3-REQ-001", CATALOG,
     "a_request_a_year_after"),
    ("catalog_misreadings", "earliest-letter-wins", "access-catalog-3:13.4(A)(2)", "AC3-PIC-021", CATALOG,
     "two_letters_for_one_line"),
    ("catalog_misreadings", "revised-pages-a-day-early", "access-catalog-3:17.4.3(A)(1)", "AC3-EFF-013", CATALOG,
     "bears_6th_revised or bears_2nd_revised or bears_1st_revised or the_day_before_the_page"),
    ("catalog_misreadings", "credits-uncapped", "access-catalog-3:2.4.4(B)(3)", "AC3-CRD-020", CATALOG,
     "two_long_interruptions or call_gapping"),
    ("catalog_misreadings", "two-way-assumed-split-evenly", "access-catalog-3:3.7.3", "AC3-JUR-004", CATALOG,
     "carrier_common_line_takes_the_assumed_minutes"),
    ("catalog_misreadings", "voip-kept-intrastate-both-ways", "access-catalog-3:2.3.13(A)", "AC3-PVU-007", CATALOG,
     "originating_intrastate_voip_stays"),
    ("catalog_misreadings", "common-line-minutes-truncated", "access-catalog-3:3.7.2", "AC3-MIN-RND-003", CATALOG,
     "each_sections_rounding"),
    ("catalog_misreadings", "whole-minutes-rounded-up-again", "access-catalog-3:6.6.4", "AC3-MIN-RND-003", CATALOG,
     "each_sections_rounding"),
    ("catalog_misreadings", "wats-exception-for-measured-fga", "access-catalog-3:3.2.3", "AC3-CCL-003", CATALOG,
     "measured_fga_calls_at_a_nonequalaccess"),
    ("catalog_misreadings", "wats-exception-for-measured-fga", "access-catalog-3:3.2.3", "AC3-CCL-004", CATALOG,
     "measured_fga_minutes_rated_elsewhere"),
    ("catalog_misreadings", "wats-exception-for-measured-fga", "access-catalog-3:3.2.3", "AC3-CCL-005", CATALOG,
     "an_fga_ncta_study_with_no_recorded_calls"),
    ("catalog_misreadings", "ncta-rounding-order-ignored", "access-catalog-3:6.7.4", "AC3-NCTA-003", CATALOG,
     "the_measured_minutes_are_rounded_and_the_additive"),
    ("catalog_misreadings", "ncta-to-the-first-minutes", "access-catalog-3:6.7.4", "AC3-NCTA-004", CATALOG,
     "the_additive_belongs_to_the_originating_minutes"),
    ("catalog_misreadings", "interstate-summaries-dropped", "access-catalog-3:2.3.11(C)(3)", "AC3-JUR-017", CATALOG,
     "usage_summaries_of_measured_jurisdiction_develop"),
    ("catalog_misreadings", "notice-on-the-disconnect-day-ignored", "access-catalog-3:2.3.11(A)", "AC3-SPA-041",
     CATALOG, "disconnected_on_the_day_the_customers"),
    ("catalog_misreadings", "microseconds-dropped", "access-catalog-3:3.7.2", "AC3-MIN-RND-005", CATALOG,
     "exactly_half_a_minute_rounded_up"),
    ("catalog_misreadings", "declined-engineering-billed", "access-catalog-3:5.2.5", "AC3-LAB-003", CATALOG,
     "additional_engineering_the_customer_declines"),
    # metamorphic laws: each broken the way one of these errors breaks it
    ("catalog_misreadings", "days-late-without-months", "access-catalog-3:2.4.1(C)(2)", "AC3-LAW-001", BILLING_LAWS,
     "paying_later_never_lowers"),
    ("catalog_misreadings", "out-of-sequence-calls-dropped", "access-catalog-3:6.6.4", "AC3-LAW-010", RATING_LAWS,
     "two_batches"),
    ("catalog_misreadings", "piu-read-as-intrastate", "access-catalog-3:2.3.11(C)(3)", "AC3-LAW-011", RATING_LAWS,
     "more_interstate_never_raises"),
    ("ica_misreadings", "supplement-2-only-within-24-hours", "ica-frontier-granite-2006:6.12", "ICA-NRC-020", ICA,
     "more_than_24_hours_ahead or a_supplement_2_however_late"),
    ("ica_misreadings", "cancellation-at-supplement-rate", "ica-frontier-granite-2006:A4-SUPP", "ICA-NRC-011", ICA,
     "a_cancellation"),
    ("ica_misreadings", "other-supplements-free", "ica-frontier-granite-2006:A4-SUPP", "ICA-NRC-010", ICA,
     "a_supplement_of_another_kind"),
    ("ica_misreadings", "per-number-charged-per-order", "ica-frontier-granite-2006:A4-CONC", "ICA-NRC-013", ICA,
     "per_number"),
    ("ica_misreadings", "no-supplement-within-24-hours", "ica-frontier-granite-2006:6.12", "ICA-NRC-023", ICA,
     "a_supplement_2_however_late"),
    ("ica_misreadings", "une-billed-as-resale", "ica-frontier-granite-2006:A4-SUPP", "ICA-NRC-014", ICA,
     "the_fifth_and_sixth_columns"),
    ("ica_misreadings", "audit-of-a-running-year", "ica-frontier-granite-2006:7.1", "ICA-AUD-004", ICA,
     "the_annual_audit_of_the_calendar_year_just_concluded"),
    ("ica_misreadings", "running-year-as-concluded", "ica-frontier-granite-2006:7.1", "ICA-AUD-005", ICA,
     "read_the_other_way_any_concluded_year"),
    ("ica_misreadings", "year-concluded-when-its-bill-is-due", "ica-frontier-granite-2006:7.1", "ICA-AUD-005", ICA,
     "read_the_other_way_any_concluded_year"),
    ("ica_misreadings", "sunday-after-extension", "ica-frontier-granite-2006:24.2", "ICA-DUE-022", ICA,
     "shifted_first"),
    ("ica_misreadings", "maintenance-never-canceled", "ica-frontier-granite-2006:A1-2.8.4", "ICA-MNT-002", ICA,
     "then_trouble_found_in_frontiers_facilities"),
    ("ica_misreadings", "maintenance-charged-for-own-trouble", "ica-frontier-granite-2006:A1-2.8", "ICA-MNT-001",
     ICA, "a_dispatch_that_found"),
    ("ica_misreadings", "cpn-shortfall-only", "ica-frontier-granite-2006:A4-1.4", "ICA-COMP-041", ICA,
     "only_below_95"),
    ("ica_misreadings", "started-months-as-thirty-day-periods", "ica-frontier-granite-2006:7.6", "ICA-AUD-024", ICA,
     "per_month_or_part_of_one"),
    ("ica_misreadings", "whole-months-as-thirty-day-periods", "ica-frontier-granite-2006:7.6", "ICA-AUD-025", ICA,
     "per_whole_month"),
    ("ica_misreadings", "part-of-a-month-as-a-whole-month", "ica-frontier-granite-2006:7.6", "ICA-AUD-025", ICA,
     "per_whole_month"),
    ("ica_misreadings", "closing-minute-within-the-hours", "ica-frontier-granite-2006:6.3", "ICA-CTS-004", ICA,
     "starting_at_500_pm"),
    ("ica_misreadings", "back-billing-simple-interest", "ica-frontier-granite-2006:A3-3.1.1", "ICA-BACK-002", ICA,
     "compounded_daily"),
    ("onboarding_misreadings", "whole-questionnaire-for-step-5", "clec-onboarding:GS-STEP5", "CLEC-015", ONBOARDING,
     "is_in_place_once_approved"),
]


@pytest.mark.parametrize(("module", "mode", "clause", "purpose", "features", "scenarios"), MISREAD,
                         ids=[m[1] for m in MISREAD])
def test_a_misread_rule_is_caught_with_its_clause_and_purpose(tmp_path, module, mode, clause, purpose, features,
                                                              scenarios):
    import sys

    result = certify(f"cmd:{sys.executable} -m tests.broken_suts.{module} {mode}", tmp_path / "out", "--", features,
                     "-k", scenarios)
    assert result.exit_code == 1, result.stdout
    failed = result.verdicts("fail")
    assert any(clause in e["clauses"] and e["tp"] == purpose for e in failed), [(e["tp"], e["clauses"]) for e in failed]
    assert not result.verdicts("error")
    assert clause in (tmp_path / "out" / "report.html").read_text()


# One system misreads every physical arrangement a case may state (issue 20, Breadth 2); the check of
# each fact fails it, naming its clause: one certification instead of nine
ARRANGEMENT = {"AC3-ARR-001": "7.6.3(J)", "AC3-ARR-002": "7.2.1(A)", "AC3-ARR-010": "2.4.4(B)(1)(b)",
               "AC3-ARR-020": "7.2.5", "AC3-ARR-031": "6.4.1(C)(5)", "AC3-ARR-040": "6.5.4", "AC3-ARR-050": "6.6.4",
               "AC3-ARR-060": "7.8.1", "AC3-ARR-070": "6.4.1(C)(6)"}


def _each_check_fails(tmp_path, module: str, mode: str, document: str, expected: dict[str, str],
                      *selection: str) -> None:
    """Certify `python -m tests.broken_suts.MODULE MODE` over `selection`: each test purpose of
    `expected` fails, naming its clause, and nothing errs."""
    import sys

    result = certify(f"cmd:{sys.executable} -m tests.broken_suts.{module} {mode}", tmp_path / "out",
                     "--documents", document, "--", *selection)
    assert result.exit_code == 1, result.stdout
    failed = {(e["tp"], c) for e in result.verdicts("fail") for c in e["clauses"]}
    missing = {tp: clause for tp, clause in expected.items() if (tp, f"{document}:{clause}") not in failed}
    assert missing == {}, sorted({e["tp"] for e in result.verdicts("fail")})
    assert not result.verdicts("error")


def test_each_misread_arrangement_fails_its_own_check(tmp_path):
    _each_check_fails(tmp_path, "catalog_misreadings", "arrangement-misread", "access-catalog-3", ARRANGEMENT,
                      CATALOG, "-k", "fourwire or collocated or legs or hub_used or link or offhook or subscriber or "
                                     "errored or launched")


# One system misreads every ICA obligation registered for issue 20 (Breadth 3); each check fails it
OBLIGATIONS = {"ICA-DEP-010": "3.1", "ICA-DEP-012": "3.4", "ICA-DEP-013": "3.5", "ICA-ACC-001": "4",
               "ICA-XFR-010": "6.4", "ICA-XFR-011": "6.4", "ICA-XFR-012": "6.6", "ICA-XFR-013": "6.9",
               "ICA-AUD-010": "7.5", "ICA-DR-001": "8", "ICA-GT-001": "9", "ICA-GT-002": "10.2", "ICA-GT-003": "10.4",
               "ICA-INS-001": "13.1", "ICA-GT-010": "14", "ICA-GT-011": "15", "ICA-GT-012": "17.1", "ICA-GT-013": "20",
               "ICA-GT-021": "26.2", "ICA-GT-030": "30", "ICA-FC-001": "A1-3.1", "ICA-FC-002": "A1-3.2",
               "ICA-COMP-050": "A1-1.10", "ICA-DIR-001": "A2-1.1", "ICA-RES-020": "A3-3.2", "ICA-RES-021": "A3-3.8",
               "ICA-RES-022": "A3-7.1"}


def test_each_misread_obligation_fails_its_own_check(tmp_path):
    _each_check_fails(tmp_path, "ica_misreadings", "obligations-misread", "ica-frontier-granite-2006", OBLIGATIONS, ICA)


# One system misreads every gate and decision of DC Power Reduction and Restoration (issue 20,
# Breadth 3); each check fails it, naming its clause
DCP = "features/dc-power-v12/test_dc_power_v12.py"
GATES = {"DCP-GATE-001": "ICA-TC", "DCP-GATE-002": "CO-ONLY", "DCP-GATE-003": "RED-ACCEPTED",
         "DCP-GATE-004": "FIN-CURRENT", "DCP-GATE-010": "RWOR-MIN20", "DCP-GATE-011": "SEC-ZERO-NORES",
         "DCP-GATE-013": "RWR-ZERO", "DCP-GATE-020": "RESTWOR", "DCP-GATE-021": "RESTWR", "DCP-GATE-022": "REST-ALT",
         "DCP-GATE-030": "NO-CANCEL", "DCP-GATE-031": "FUSE-RECLAIM", "DCP-GATE-040": "MEAS-30D",
         "DCP-GATE-041": "SC-NEWCOLLO"}


def test_each_misread_power_application_rule_fails_its_own_check(tmp_path):
    _each_check_fails(tmp_path, "dc_power_misreadings", "applications-misread", "dc-power-v12", GATES, DCP)


# One system misreads the order of the onboarding steps (issue 20, Breadth 3); each check fails it
STEPS = {"CLEC-010": "NEG-NTA", "CLEC-011": "NEG-NEGOTIATOR", "CLEC-012": "NEG-CAM", "CLEC-013": "NEG-ADOPTABLE",
         "CLEC-014": "GS-STEP5", "CLEC-016": "GS-EARLY-FIFO", "CLEC-017": "GS-SCOPE"}


def test_each_misread_onboarding_step_fails_its_own_check(tmp_path):
    _each_check_fails(tmp_path, "onboarding_misreadings", "steps-misread", "clec-onboarding", STEPS, ONBOARDING)


# Systems that declare non-default readings but bill by the defaults: each check written for a
# non-default reading of issue 20 fails them
UNIMPLEMENTED = [
    ("Catalog", "access-catalog-3", CATALOG, ("AC3-USE-002", "AC3-MIN-RND-003", "AC3-PVU-007", "AC3-JUR-004",
                                              "AC3-LAB-032", "AC3-REF-005", "AC3-REQ-003", "AC3-ARR-005", "AC3-ARR-071"),
     "read_ or each_sections_rounding"),
    ("IcaSecond", "ica-frontier-granite-2006", ICA, ("ICA-NRC-021",), "read_the_other_way"),
    ("IcaThird", "ica-frontier-granite-2006", ICA, ("ICA-AUD-005", "ICA-DEP-011"),
     "any_concluded_year or compounded_at_each_anniversary"),
    ("IcaShiftsFirst", "ica-frontier-granite-2006", ICA, ("ICA-DUE-023",), "extended_first"),
    ("CatalogSecond", "access-catalog-3", CATALOG, ("AC3-ASM-003", "AC3-LATE-006", "AC3-MIN-RND-002", "AC3-TST-004"),
     "read_as_printed or counting_both_ends or nearest_minute or per_access_minute_as_labelled"),
    ("IcaFirst", "ica-frontier-granite-2006", ICA, ("ICA-AUD-011", "ICA-CTS-003", "ICA-DEF-012", "ICA-LATE-002",
                                                    "ICA-COMP-041"),
     "nextinvoice or startoutside or concurrent_reading or month_or_part or threshold_reading"),
    ("IcaFourth", "ica-frontier-granite-2006", ICA, ("ICA-AUD-021", "ICA-DUE-022"), "on_the_results or shifted_first"),
    ("DcPowerLiteral", "dc-power-v12", DCP, ("DCP-RED-011", "DCP-GATE-033"), "literal_reading or read_the_other_way"),
    ("DcPowerPerFeed", "dc-power-v12", DCP, ("DCP-USE-012", "DCP-MEAS-002"), "read_per_feed or any_twelve_months"),
    ("DcPowerWholeMonths", "dc-power-v12", DCP, ("DCP-RED-013",), "first_full_month_after_it"),
    ("OnboardingApproved", "clec-onboarding", ONBOARDING, ("CLEC-015",), "read_the_other_way"),
]


@pytest.mark.parametrize(("target", "document", "features", "purposes", "scenarios"), UNIMPLEMENTED,
                         ids=[u[0] for u in UNIMPLEMENTED])
def test_a_reading_declared_but_not_implemented_fails_its_checks(tmp_path, target, document, features, purposes,
                                                                  scenarios):
    result = certify(f"py:tests.broken_suts.readings_not_implemented:{target}", tmp_path / "out",
                     "--documents", document, "--", features, "-k", scenarios)
    assert result.exit_code == 1, result.stdout
    failed = {e["tp"] for e in result.verdicts("fail")}
    assert set(purposes) <= failed, (purposes, failed)
    assert not result.verdicts("error")


def test_a_property_that_finds_two_distinct_failures_is_a_fail_naming_both(tmp_path):
    """Issue 19: hypothesis raises an ExceptionGroup when a property finds two distinct failures;
    that is two wrong bills, a `fail` of the clause, not "the check itself broke"."""
    result = certify("py:tests.broken_suts.two_payment_date_faults:Sut", tmp_path / "out", "--",
                     "properties/access-catalog-3/test_billing_properties.py::test_payment_date_is_a_business_day_near_31_days",
                     shrink=True)   # hypothesis tells two failures apart while shrinking
    [event] = result.events
    assert event["verdict"] == "fail" and event["cause"] == "sut", event["reason"]
    assert event["reason"].startswith("2 distinct failures: (1) fail: payment date: ")
    assert "no later than" in event["reason"] and "not a Saturday, Sunday or Legal Holiday" in event["reason"]
    assert "access-catalog-3:2.4.1(C)(1)" in event["clauses"]
    assert event["reproduce"].startswith("@reproduce_failure(")
    assert result.exit_code == 1


def test_one_missing_holiday_shift_is_one_gap_and_no_late_payment_check_fails(certified):
    """Issue 17: the late payment and dispute scenarios count from a payment date no holiday moves,
    stated as their prerequisite, so a system that only misses the holiday shift fails the payment
    date checks - one distinct gap, reported first - and nothing else."""
    import json

    result = certified("py:tests.broken_suts.holiday_ignorant:Sut")
    summary = json.loads((result.out / "summary.json").read_text())
    assert [(g["differs"], g["clauses"]) for g in summary["gaps"]] == [
        ("payment date", ["access-catalog-3:2.4.1(C)(1)", "access-catalog-3:2.6 Legal Holiday"])]
    assert summary["verdict"].endswith(": 1 distinct gap")
    assert not [e["tp"] for e in result.verdicts("fail") if e["tp"].startswith(("AC3-LATE", "AC3-DISP"))]
    assert "GAP 1: fail: access-catalog-3 2.4.1(C)(1), 2.6 Legal Holiday - payment date" in result.stdout
    report = (result.out / "report.html").read_text()
    assert report.index('id="gaps"') < report.index('id="basis"'), "the gaps lead the report"


# The four faults a vendor's QA lead found missed (issue 19): each rule was reached by no scenario
# and by no generated case. Each is now caught twice in the certification profile: by a scenario on
# the rule and by a property whose every example reaches it (a stratified strategy).
ONBOARDING_CHECKS = ("features/clec-onboarding/test_clec_onboarding.py",
              "properties/clec-onboarding/test_onboarding_properties.py")
CATALOG_CHECKS = (CATALOG, "properties/access-catalog-3/test_billing_properties.py")
UNREACHED = [
    ("extension-without-proof", "access-catalog-3", CATALOG_CHECKS, "access-catalog-3:2.4.1(C)(1)",
     ("AC3-PAY-022", "AC3-PROP-005"), "without_proof or delayed_bills"),
    ("deposit-interest-to-bill-date", "access-catalog-3", CATALOG_CHECKS, "access-catalog-3:2.4.1(A)",
     ("AC3-DEP-012", "AC3-PROP-006"), "whatever_the_bill_date or test_deposits"),
    ("credit-on-full-rate", "access-catalog-3", CATALOG_CHECKS, "access-catalog-3:2.3.12(A)",
     ("AC3-CRD-009", "AC3-PROP-002"), "interstate_out_for_24_hours or test_credits_agree_with"),
    ("commercial-awaits-approval", "clec-onboarding", ONBOARDING_CHECKS, "clec-onboarding:GS-READY",
     ("CLEC-006", "CLEC-PROP-001"), "commercial_agreement or decisions_agree"),
]


@pytest.mark.parametrize(("mode", "document", "checks", "clause", "purposes", "scenarios"), UNREACHED,
                         ids=[u[0] for u in UNREACHED])
def test_a_rule_no_check_reached_is_caught_by_a_scenario_and_a_property(tmp_path, mode, document, checks, clause,
                                                                         purposes, scenarios):
    import sys

    result = certify(f"cmd:{sys.executable} -m tests.broken_suts.unreached_rules {mode}", tmp_path / "out",
                     "--documents", document, "--", *checks, "-k", scenarios)
    assert result.exit_code == 1, result.stdout
    failed = result.verdicts("fail")
    assert set(purposes) <= {e["tp"] for e in failed}, [(e["tp"], e["clauses"]) for e in failed]
    assert any(clause in e["clauses"] for e in failed), [(e["tp"], e["clauses"]) for e in failed]
    assert not result.verdicts("error")
