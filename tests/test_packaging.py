"""ratecert outside its own checkout, as a vendor meets it: a wheel built from this checkout and
installed into a fresh virtualenv (dependencies from the package index, no checkout on sys.path),
run from an empty folder. The certifications, coverage, a bill, a signed certificate verified, and a
`pytest --ratecert-sut` run in a throwaway vendor repository must give what the checkout gives."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, certify

ACME = f"cmd:{sys.executable} {ROOT / 'examples' / 'acme_billing' / 'acme_billing.py'}"
DOCUMENTS = ("access-catalog-3", "ica-frontier-granite-2006", "dc-power-v12", "clec-onboarding")


def _mapped(relative: Path) -> str | None:
    """Where a file of the checkout lands in the wheel (None: not shipped)."""
    parts = relative.parts
    if parts[0] == "ratecert":
        return relative.as_posix()
    if parts[0] == "reference":
        return "ratecert_reference/" + Path(*parts[1:]).as_posix()
    if parts[:2] == ("spec", "schema"):
        return "ratecert/schemas/" + Path(*parts[2:]).as_posix()
    if parts[:2] == ("reports", "templates"):
        return "ratecert/templates/" + Path(*parts[2:]).as_posix()
    if parts[0] in ("spec", "features", "properties") and parts[1] in DOCUMENTS:
        return f"ratecert_reference/{parts[1].replace('-', '_')}/{parts[0]}/" + Path(*parts[2:]).as_posix()
    return None


def test_the_wheel_carries_everything_and_nothing_generic(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = subprocess.run(["git", "ls-files", "ratecert", "reference", "spec", "features", "properties",
                              "reports/templates"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    missing = [f for f in tracked if _mapped(Path(f)) not in names]
    assert not missing, missing
    top = {name.split("/")[0] for name in names}
    assert top == {"ratecert", "ratecert_reference", wheel.name.split("-py3")[0] + ".dist-info"}, top


def _run(bin_: Path, where: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run([str(bin_ / "ratecert"), *args], cwd=where, capture_output=True, text=True, env=env,
                          timeout=600)


def _verdicts(out: Path) -> list[tuple[str, ...]]:
    events = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    return sorted((e["document"], e.get("tp") or "", e["name"], e.get("example") or "", e["verdict"])
                  for e in events if e["type"] == "verdict")


def test_an_installed_ratecert_certifies_from_an_empty_folder(installed: Path, tmp_path: Path):
    empty = tmp_path / "empty"
    empty.mkdir()
    version = _run(installed, empty, "--version")
    assert version.returncode == 0 and all(d in version.stdout for d in DOCUMENTS), version.stderr
    imported = subprocess.run([str(installed / "python"), "-c", "import ratecert, ratecert_reference;"
                               "print(ratecert.__file__, ratecert_reference.__file__)"], cwd=empty,
                              capture_output=True, text=True, check=True).stdout
    assert str(ROOT) not in imported and "site-packages" in imported

    acme = _run(installed, empty, "certify", "--sut", ACME, "--out", "acme")
    assert acme.returncode == 0, acme.stdout + acme.stderr
    from_checkout = certify(ACME, tmp_path / "checkout-acme")
    assert _verdicts(empty / "acme") == _verdicts(from_checkout.out)

    coverage = _run(installed, empty, "coverage", "--json")
    checkout_coverage = subprocess.run([sys.executable, "-m", "ratecert", "coverage", "--json"], cwd=ROOT,
                                       capture_output=True, text=True)
    assert coverage.returncode == 0 and json.loads(coverage.stdout) == json.loads(checkout_coverage.stdout)

    case = empty / "case.json"
    case.write_text(json.dumps({"bill_date": "2025-06-04", "amount_due": "1000.00",
                                "payments": [{"id": "p", "date": "2025-07-14", "amount": "1000.00"}]}))
    bill = _run(installed, empty, "bill", "case.json")
    assert bill.returncode == 0 and json.loads(bill.stdout)["payment_date"] == "2025-07-03", bill.stderr

    assert _run(installed, empty, "keygen", "lab").returncode == 0
    signed = _run(installed, empty, "certify", "--out", "signed", "--tp", "AC3-PAY-010", "--sign-key", "lab.key")
    assert signed.returncode == 0, signed.stdout + signed.stderr
    verified = _run(installed, empty, "verify", "signed/certificate.json", "--public-key", "lab.pub")
    assert verified.returncode == 0 and "genuine" in verified.stdout, verified.stdout + verified.stderr


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
def test_an_installed_ratecert_certifies_the_node_example(installed: Path, tmp_path: Path):
    server = subprocess.Popen(["node", str(ROOT / "examples" / "node_billing" / "server.js"), "0"], cwd=tmp_path,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = re.search(r"http://\S+", server.stdout.readline())
        assert url, "the Node.js example did not start"
        installed_run = _run(installed, tmp_path, "certify", "--sut", url.group(0), "--validate-protocol",
                             "--out", "node")
        assert installed_run.returncode == 0, installed_run.stdout + installed_run.stderr
        from_checkout = certify(url.group(0), tmp_path / "checkout-node", "--validate-protocol")
        assert _verdicts(tmp_path / "node") == _verdicts(from_checkout.out)
    finally:
        server.kill()
        server.wait()


def test_pytest_in_a_vendor_repository_certifies_with_its_own_settings(installed: Path, tmp_path: Path):
    repo = tmp_path / "acme-billing"
    (repo / "tests").mkdir(parents=True)
    (repo / "tests" / "test_rating.py").write_text("def test_our_own_unit_test():\n    assert 1 + 1 == 2\n")
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "acme-billing"\nversion = "1.0"\n\n'
        f'[tool.ratecert]\nsut = "{ACME}"\nout = "build/ratecert"\ndocuments = ["access-catalog-3"]\n\n'
        '[tool.pytest.ini_options]\ntestpaths = ["tests"]\n')
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    own = subprocess.run([str(installed / "python"), "-m", "pytest", "-q"], cwd=repo, capture_output=True,
                         text=True, env=env)
    assert own.returncode == 0 and "1 passed" in own.stdout, own.stdout
    certified = subprocess.run([str(installed / "python"), "-m", "pytest", "-q", "--ratecert-sut", ACME], cwd=repo,
                               capture_output=True, text=True, env=env, timeout=600)
    assert certified.returncode == 0, certified.stdout[-3000:] + certified.stderr[-3000:]
    out = repo / "build" / "ratecert"
    assert {"report.html", "junit.xml", "summary.json", "badge.json", "rtm.csv"} <= {p.name for p in out.iterdir()}
    same = certify(ACME, tmp_path / "checkout", "--documents", "access-catalog-3")
    assert _verdicts(out) == _verdicts(same.out)
