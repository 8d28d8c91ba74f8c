"""Every output is rendered from the run log and agrees with it: Cucumber JSON, the traceability
matrix (CSV and XLSX), the JSON summary and badge; certificates verify when genuine and are rejected
when a verdict, the spec or the log changes; waivers waive, expire and report unexpected passes."""

from __future__ import annotations

import base64
import csv
import json
import shutil
import subprocess
import sys
from html import unescape
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import ROOT, certify

LATE = "features/access-catalog-3/test_access_catalog_3.py::test_the_days_late_decide_the_penalty_payment_date_20250605"
BROKEN = "py:tests.broken_suts.monthly_compounding:Sut"


def ratecert(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ratecert", *args], cwd=ROOT, capture_output=True, text=True)


@pytest.fixture
def broken_run(certified, certifier_keys):
    result = certified(BROKEN)
    assert result.exit_code == 1
    return result, certifier_keys.with_suffix(".pub")


def test_machine_outputs_agree_with_the_log(broken_run):
    result, _ = broken_run
    out = result.out
    failed = {e["nodeid"] for e in result.verdicts("fail")}

    cucumber = json.loads((out / "cucumber.json").read_text())
    scenarios = [s for f in cucumber for s in f["elements"]]
    assert len(scenarios) == len(result.events)
    late = next(f for f in cucumber if f["uri"].endswith("late_payment.feature"))
    assert late["name"].startswith("Late payment penalty")
    statuses = [st["result"]["status"] for s in scenarios for st in s["steps"]]
    assert statuses.count("failed") >= len(failed)
    a_failure = next(s for s in late["elements"] if any(st["result"]["status"] == "failed" for st in s["steps"]))
    assert any(t["name"] == "@tp:AC3-LATE-001" for t in a_failure["tags"])
    assert a_failure["steps"][0]["keyword"] == "Given "  # Cucumber keywords keep their trailing space

    with (out / "rtm.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert {r["coverage"] for r in rows} == {"tested", "untestable"}   # every clause of every document is accounted for
    late_rows = [r for r in rows if r["clause"] == "access-catalog-3:2.4.1(C)(2)"]
    assert {"fail", "pass"} <= {r["verdict"] for r in late_rows} and "page 2-29" in late_rows[0]["citation"]
    assert any(r["clause"] == "access-catalog-3:2.4.6" and r["untestable_reason"] for r in rows)
    sheets = pd.read_excel(out / "rtm.xlsx", sheet_name=None)
    assert set(sheets) == {"clause to tests", "test to clauses"}
    assert "AC3-LATE-002" in set(sheets["test to clauses"]["test_purpose"])

    summary = json.loads((out / "summary.json").read_text())
    assert summary["conformant"] is False and summary["counts"]["fail"] == len(failed)
    badge = (out / "badge.svg").read_text()
    assert "not conformant" in badge and badge.startswith("<svg")

    junit = (out / "junit.xml").read_text()
    assert junit.count("<failure") == len(failed)


def test_the_verdict_states_its_scope_and_reads_as_words(broken_run):
    """Issue 17: what was certified is said wherever the verdict is (report, summary, badge,
    certificate); the failures are one click from the top; the clause matrix reads 2.x before 13.x;
    no pytest function name or Python repr reaches a reader."""
    result, _ = broken_run
    out = result.out
    report = (out / "report.html").read_text()
    statement = "NOT CONFORMANT for 23 of 23 capabilities of access-catalog-3"
    assert statement in report and 'id="scope"' in report and 'href="#gaps"' in report
    assert report.index('href="#gaps"') < report.index('id="basis"') < report.index('id="gap-1"')
    catalog = report[report.index('id="doc-access-catalog-3"'):]
    assert catalog.index('id="c-access-catalog-3:2.4.1(C)(2)"') < catalog.index('id="c-access-catalog-3:13.2"')
    for leak in ("Decimal(", "test_penalties_agree", "def test", "::test_"):
        assert leak not in report, leak
    assert "penalties agree with the reference" in report
    summary = json.loads((out / "summary.json").read_text())
    assert summary["verdict"].startswith(statement) and summary["scope"][0]["capabilities_defined"] == 23
    assert statement in (out / "summary.md").read_text()
    assert "capabilities)" in json.loads((out / "badge.json").read_text())["message"]
    certificate = json.loads((out / "certificate.json").read_text())
    assert certificate["statement"] == summary["verdict"]
    catalog_scope = next(s for s in certificate["scope"] if s["document"] == "access-catalog-3")
    assert len(catalog_scope["capabilities_claimed"]) == 23 and catalog_scope["readings"]["late-factor-compounding"]


def test_a_genuine_certificate_verifies(broken_run):
    result, public = broken_run
    certificate = json.loads((result.out / "certificate.json").read_text())
    assert certificate["verdict"] == "not conformant" and certificate["certifier"]["name"] == "Test Lab"
    assert certificate["documents"]["access-catalog-3"]["clauses"]["access-catalog-3:2.4.1(C)(2)"] == "fail"
    checked = ratecert("verify", str(result.out / "certificate.json"), "--public-key", str(public))
    assert checked.returncode == 0, checked.stdout
    assert "genuine" in checked.stdout


def _copy(result, tmp_path: Path) -> Path:
    out = tmp_path / "copy"
    shutil.copytree(result.out, out)
    return out


def test_a_changed_verdict_is_rejected(broken_run, tmp_path):
    result, public = broken_run
    out = _copy(result, tmp_path)
    cert = json.loads((out / "certificate.json").read_text())
    cert["verdict"] = "conformant"
    (out / "certificate.json").write_text(json.dumps(cert))
    checked = ratecert("verify", str(out / "certificate.json"), "--public-key", str(public))
    assert checked.returncode == 1 and "altered after signing" in checked.stdout


def test_a_changed_log_is_rejected(broken_run, tmp_path):
    result, public = broken_run
    out = _copy(result, tmp_path)
    log = out / "results.jsonl"
    log.write_text(log.read_text().replace('"verdict": "fail"', '"verdict": "pass"'))
    checked = ratecert("verify", str(out / "certificate.json"), "--public-key", str(public))
    assert checked.returncode == 1 and "run log's digest differs" in checked.stdout


def test_a_changed_spec_is_rejected(broken_run, tmp_path):
    result, public = broken_run
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    rates = spec / "access-catalog-3" / "rates.yaml"
    rates.write_text(rates.read_text().replace('amount: "37.50"', 'amount: "37.55"'))
    checked = ratecert("verify", str(result.out / "certificate.json"), "--public-key", str(public), "--spec", str(spec))
    assert checked.returncode == 1 and "spec digest differs" in checked.stdout


def test_a_certificate_signed_by_another_key_is_rejected(broken_run, tmp_path):
    result, _ = broken_run
    assert ratecert("keygen", str(tmp_path / "other")).returncode == 0
    checked = ratecert("verify", str(result.out / "certificate.json"), "--public-key", str(tmp_path / "other.pub"))
    assert checked.returncode == 1 and "another key" in checked.stdout


@pytest.mark.parametrize(("narrowed_by", "by", "of_all"), [
    (("--tp", "AC3-PAY-010"), "--tp AC3-PAY-010", True),
    (("--", "-k", "late and penalty or x[1]"), "-k 'late and penalty or x[1]'", True),   # no markup to a terminal
    (("--", LATE), "the node ids or paths given", False),
], ids=["tp", "keyword", "node-id"])
def test_a_narrowed_run_says_so_wherever_its_verdict_is(tmp_path, certifier_keys, narrowed_by, by, of_all):
    """A verdict over a few selected checks never reads as one over every capability the SUT claims:
    the statement, the summary, the badge and the certificate name the selection; a certificate of
    the narrowed run verifies, and one re-signed (by the trusted key itself) to claim the whole
    scope does not."""
    result = certify("reference", tmp_path / "out", "--sign-key", str(certifier_keys.with_suffix(".key")),
                     *narrowed_by)
    assert result.exit_code == 0, result.stdout
    checks = len(result.events)
    selection = result.footer["selection"]
    assert selection["by"] == [by] and selection["checks"] == checks
    assert (selection["of"] > checks) if of_all else selection["of"] is None
    of = f" (of {selection['of']:,})" if of_all else ""
    statement = f"CONFORMANT for the {checks} check{'s' if checks > 1 else ''} selected by {by}{of} only, not all of 23 of 23"
    summary = json.loads((result.out / "summary.json").read_text())
    assert summary["verdict"].startswith(statement) and summary["selection"] == selection
    assert statement in result.stdout and statement in unescape((result.out / "report.html").read_text())
    assert f"({checks} selected checks)" in json.loads((result.out / "badge.json").read_text())["message"]
    certificate_path = result.out / "certificate.json"
    certificate = json.loads(certificate_path.read_text())
    assert certificate["statement"] == summary["verdict"] and certificate["selection"] == selection
    public = str(certifier_keys.with_suffix(".pub"))
    assert ratecert("verify", str(certificate_path), "--public-key", public).returncode == 0

    from ratecert.certificates import canonical, load_private

    certificate.pop("signature")
    certificate["statement"] = "CONFORMANT for 23 of 23 capabilities of access-catalog-3" + \
        certificate["statement"].split("23 of 23 capabilities of access-catalog-3", 1)[1]
    certificate["selection"] = None
    key = load_private(certifier_keys.with_suffix(".key"))
    certificate["signature"] = base64.b64encode(key.sign(canonical(certificate))).decode()
    certificate_path.write_text(json.dumps(certificate))
    checked = ratecert("verify", str(certificate_path), "--public-key", public)
    assert checked.returncode == 1 and "certified statement is not what the run log yields" in checked.stdout
    assert "certified selection is not what the run log yields" in checked.stdout


def _waivers(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "waivers.yaml"
    path.write_text(body)
    return path


def test_a_waived_failure_passes_the_gate(tmp_path):
    waivers = _waivers(tmp_path, "waivers:\n  - tp: AC3-LATE-001\n    reason: fix in 4.2\n"
                                 "    ticket: https://tracker.example/BILL-77\n    expires: 2027-06-30\n")
    result = certify(BROKEN, tmp_path / "out", "--waivers", str(waivers), "--as-of", "2026-11-21", "--", LATE)
    assert result.exit_code == 0, result.stdout
    assert "waived" in result.stdout and "BILL-77" in (tmp_path / "out" / "report.html").read_text()
    assert "<skipped" in (tmp_path / "out" / "junit.xml").read_text()


def test_an_expired_waiver_fails_the_gate(tmp_path):
    waivers = _waivers(tmp_path, "waivers:\n  - tp: AC3-LATE-001\n    reason: fix in 4.2\n"
                                 "    ticket: https://tracker.example/BILL-77\n    expires: 2026-01-31\n")
    result = certify(BROKEN, tmp_path / "out", "--waivers", str(waivers), "--as-of", "2026-11-21", "--", LATE)
    assert result.exit_code == 1 and "EXPIRED WAIVER" in result.stdout


def test_an_unexpected_pass_of_a_waived_check_is_reported(tmp_path):
    waivers = _waivers(tmp_path, "waivers:\n  - clause: access-catalog-3:2.4.1(C)(2)\n    reason: old defect\n"
                                 "    ticket: https://tracker.example/BILL-12\n    expires: 2027-06-30\n")
    result = certify("reference", tmp_path / "out", "--waivers", str(waivers), "--as-of", "2026-11-21", "--", LATE)
    assert result.exit_code == 0 and "UNEXPECTED PASS" in result.stdout
    assert "unexpected pass: remove the waiver" in (tmp_path / "out" / "report.html").read_text()


def test_a_malformed_waiver_file_names_the_line(tmp_path):
    waivers = _waivers(tmp_path, "waivers:\n  - tp: AC3-LATE-001\n    reason: x\n    expires: 2027-06-30\n")
    result = certify(BROKEN, tmp_path / "out", "--waivers", str(waivers), "--", LATE)
    assert result.exit_code == 2 and "waivers.yaml:2" in result.stdout and "ticket" in result.stdout


def test_the_markdown_summary_keeps_apostrophes_and_makes_markup_inert():
    """A reason like "expected the catalog's 2019-03-28" reads as written in summary.md (a job
    summary is Markdown, not an HTML attribute); tags, links and table breaks stay inert."""
    from ratecert.reporting.summary import _md

    assert _md("the catalog's \"date\"") == "the catalog's \"date\""
    assert _md("<script>x</script> [a](b) | c") == "&lt;script&gt;x&lt;/script&gt; \\[a](b) \\| c"


def test_the_matrix_rendered_beside_the_report_is_waited_for_and_its_failure_raised(tmp_path):
    """render_outputs writes the traceability matrix in a forked child while it renders the rest:
    the child's files are there when it returns, and what the child raised is raised in the parent
    with the child's traceback (a process of its own, with one thread, so that it forks)."""
    script = ("import threading\nfrom pathlib import Path\nfrom ratecert.outputs import _beside\n"
              "assert threading.active_count() == 1\n"
              f"done = _beside(lambda: Path({str(tmp_path / 'written')!r}).write_text('yes'))\ndone()\n"
              f"print(Path({str(tmp_path / 'written')!r}).read_text())\n"
              "failed = _beside(lambda: 1 / 0)\n"
              "try:\n    failed()\nexcept RuntimeError as exc:\n    print('raised', 'ZeroDivisionError' in str(exc))\n")
    shown = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert shown.stdout.split() == ["yes", "raised", "True"], shown.stderr
