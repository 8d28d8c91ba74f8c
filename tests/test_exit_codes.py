"""The exit code a CI gate can trust, from `ratecert certify` and from the pytest plugin alike:
0 conformant, 1 not conformant, 2 the run could not decide (the SUT would not start or claims what no
pack defines, an unwritable --out, a malformed spec, a pack that cannot load, nothing applicable).
Every case is a real process; the certifications are narrowed to a test purpose or two."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT, certify

BROKEN = "py:tests.broken_suts.holiday_ignorant:Sut"


def test_certify_exit_0_conformant(tmp_path):
    assert certify("reference", tmp_path / "out", "--tp", "AC3-PAY-010").exit_code == 0


def test_certify_exit_1_not_conformant(tmp_path):
    result = certify(BROKEN, tmp_path / "out", "--tp", "AC3-PAY-010")
    assert result.exit_code == 1 and result.verdicts("fail")


@pytest.mark.parametrize(("sut", "cause"), [
    ("cmd:python3 tests/no_such_billing_system.py", "the SUT did not start"),
    ("py:tests.broken_suts.claims:SelfDeclared", "unknown document 'no-such-document'"),
    ("py:tests.broken_suts.claims:UnknownReading", "late-factor-compounding='whatever-we-do' is not an option"),
], ids=["does-not-start", "self-declared", "unknown-reading"])
def test_certify_exit_2_the_sut_cannot_be_certified(tmp_path, certifier_keys, sut, cause):
    result = certify(sut, tmp_path / "out", "--tp", "AC3-PAY-010", "--sign-key", str(certifier_keys.with_suffix(".key")))
    assert result.exit_code == 2, result.stdout
    assert cause in result.stdout and cause in result.footer["broken"]
    assert not result.events
    assert not (tmp_path / "out" / "certificate.json").exists()   # nothing undecided is signed


def test_self_declared_capabilities_are_named(tmp_path):
    result = certify("py:tests.broken_suts.claims:SelfDeclared", tmp_path / "out", "--tp", "AC3-PAY-010")
    assert "'teleportation'" in result.footer["broken"] and "'everything'" in result.footer["broken"]


def test_certify_exit_2_nothing_applicable(tmp_path):
    result = certify("cmd:python3 examples/acme_billing/acme_billing.py", tmp_path / "out", "--tp", "AC3-CRD-001")
    assert result.exit_code == 2 and "no applicable check ran" in result.footer["broken"]


def test_certify_exit_2_unwritable_out(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    proc = subprocess.run([sys.executable, "-m", "ratecert", "certify", "--out", str(blocker / "out")], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "--out folder" in proc.stderr and "cannot be made" in proc.stderr
    assert "Traceback" not in proc.stderr


def _broken_pack(folder: Path) -> dict[str, str]:
    """A pack registered through its own dist-info (as pip would), whose rates.yaml has a float."""
    package = folder / "broken_pack"
    (package / "spec").mkdir(parents=True)
    (package / "features").mkdir()
    (package / "__init__.py").write_text(textwrap.dedent('''
        from ratecert.bill import Bill
        from ratecert.case import CaseBase
        from ratecert.packs import DocumentPack
        from typing import Literal

        class BrokenCase(CaseBase):
            document: Literal["broken-pack"] = "broken-pack"

        PACK = DocumentPack.located(__name__, id="broken-pack", case_model=BrokenCase,
                                    render=lambda case, terms: Bill(bill_date=case.bill_date), capabilities=("x",))
    '''))
    source = ROOT / "spec" / "dc-power-v12"
    for name in ("pages.yaml", "clauses.yaml", "interpretations.yaml"):
        (package / "spec" / name).write_text((source / name).read_text())
    (package / "spec" / "document.yaml").write_text((source / "document.yaml").read_text()
                                                   .replace("id: dc-power-v12", "id: broken-pack"))
    (package / "spec" / "rates.yaml").write_text("element.one:\n  title: one\n  unit: per month\n  clause: X\n"
                                                 "  values:\n    - {from: 2020-01-01, amount: 1.5, page: P}\n")
    info = folder / "broken_pack-0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-pack\nVersion: 0\n")
    (info / "entry_points.txt").write_text("[ratecert.documents]\nbroken-pack = broken_pack:PACK\n")
    return {"PYTHONPATH": str(folder)}


def test_certify_exit_2_malformed_spec_names_file_and_line(tmp_path):
    import os

    env = {**os.environ, **_broken_pack(tmp_path / "site")}
    proc = subprocess.run([sys.executable, "-m", "ratecert", "certify", "--out", str(tmp_path / "out")], cwd=ROOT,
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 2
    assert "rates.yaml:" in proc.stderr and "Traceback" not in proc.stderr


def _vendor(tmp_path: Path, sut: str) -> Path:
    repo = tmp_path / "vendor"
    (repo / "tests").mkdir(parents=True)
    (repo / "pyproject.toml").write_text(f'[tool.ratecert]\nsut = "{sut}"\nout = "build/ratecert"\n')
    (repo / "tests" / "test_own.py").write_text("def test_own():\n    assert True\n")
    return repo


def _pytest(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """pytest in the vendor's repository; the checkout on PYTHONPATH only for the broken SUTs it keeps."""
    import os

    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args], cwd=repo,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.parametrize(("sut", "code"), [("reference", 0), (BROKEN, 1), ("cmd:python3 /no/such/billing.py", 2)],
                         ids=["conformant", "not-conformant", "does-not-start"])
def test_the_pytest_plugin_exits_as_the_gate_decides(tmp_path, sut, code):
    repo = _vendor(tmp_path, sut)
    proc = _pytest(repo, "--ratecert-sut", sut, "--ratecert-tp", "AC3-PAY-010")
    assert proc.returncode == code, proc.stdout[-3000:] + proc.stderr[-3000:]
    log = repo / "build" / "ratecert" / "results.jsonl"
    records = [json.loads(line) for line in log.read_text().splitlines()]
    assert records[0]["type"] == "header" and records[-1]["type"] == "footer"
    if code != 2:
        assert (repo / "build" / "ratecert" / "report.html").exists()


def test_the_plugin_is_inert_unless_asked(tmp_path):
    """A vendor's own pytest run, no [tool.ratecert], no --ratecert-sut: no profile, no SUT, no outputs."""
    repo = tmp_path / "plain"
    (repo / "tests").mkdir(parents=True)
    (repo / "tests" / "test_own.py").write_text(
        "from hypothesis import settings\n\n"
        "def test_profile():\n    assert settings.get_current_profile_name() != 'ratecert-certification'\n")
    proc = _pytest(repo)
    assert proc.returncode == 0, proc.stdout
    assert not list(repo.rglob("results.jsonl"))


def test_an_explicit_hypothesis_profile_wins(tmp_path):
    repo = _vendor(tmp_path, "reference")
    proc = _pytest(repo, "--ratecert-sut", "reference", "--ratecert-tp", "AC3-PROP-001", "--hypothesis-profile", "ci")
    assert proc.returncode == 0, proc.stdout[-2000:]
    header = json.loads((repo / "build" / "ratecert" / "results.jsonl").read_text().splitlines()[0])
    assert header["hypothesis_profile"] == "ci"
