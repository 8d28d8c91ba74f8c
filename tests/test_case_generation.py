"""A certification's cases depend on the strategies, the spec and hypothesis's version alone
(ratecert.generation): not on a SUT's module imported in process, nor on which of ratecert's own
modules a run has imported. Real processes, each a fresh interpreter: hypothesis's pool of local
constants is per process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import hypothesis
import pytest

from tests.conftest import ROOT, certify

# A vendor's module beside its billing system: a constant of its source can be drawn by hypothesis
# (integers of four digits and more; small ones are hypothesis's own).
VENDOR = textwrap.dedent('''
    """A vendor's billing module: the reference, with constants of its own in its source."""
    from ratecert.oracle import ReferenceSut

    LIMITS = {"minutes": 1441, "seconds": 7200, "lines": 2500, "trunks": 1234, "ms": 4321, "offices": 3333}


    class Sut(ReferenceSut):
        name = "vendor"
''')

DRAW = textwrap.dedent('''
    import hashlib, json, sys
    from hypothesis import HealthCheck, given, settings
    from ratecert.generation import without_local_constants
    from ratecert_reference.access_catalog_3.strategies import usage_cases

    how, vendor = sys.argv[1], sys.argv[2] == "vendor"
    if vendor:
        import vendor_billing
    if how == "certification":
        without_local_constants()   # what the plugin does for a derandomized profile
    cases = []

    @settings(max_examples=60, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(usage_cases())
    def collect(case):
        cases.append(case)

    collect()
    text = json.dumps([c.model_dump(mode="json") for c in cases], sort_keys=True)
    print(hashlib.sha256(text.encode()).hexdigest())
''')


@pytest.fixture(scope="module")
def vendor_path(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("vendor")
    (folder / "vendor_billing.py").write_text(VENDOR)
    (folder / "draw.py").write_text(DRAW)
    return folder


def _digest(folder: Path, how: str, vendor: bool) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(folder), str(ROOT)])}
    proc = subprocess.run([sys.executable, str(folder / "draw.py"), how, "vendor" if vendor else "none"],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.strip()


def test_a_module_imported_beside_the_strategies_does_not_change_the_cases(vendor_path):
    # the control: hypothesis as it comes draws the vendor's constants into the catalog's cases
    assert _digest(vendor_path, "as-it-comes", vendor=True) != _digest(vendor_path, "as-it-comes", vendor=False)
    assert _digest(vendor_path, "certification", vendor=True) == _digest(vendor_path, "certification", vendor=False)


def test_a_py_sut_is_certified_with_the_cases_the_reference_is(vendor_path, tmp_path):
    env = {"PYTHONPATH": os.pathsep.join([str(vendor_path), str(ROOT)])}
    purpose = ("--tp", "AC3-PROP-010")
    vendor = certify("py:vendor_billing:Sut", tmp_path / "vendor", *purpose, env=env)
    reference = certify("reference", tmp_path / "reference", *purpose, env=env)
    assert vendor.header["case_generation"] == {"hypothesis": hypothesis.__version__, "local_constants": "none"}
    assert [e["verdict"] for e in vendor.events] == ["pass"], vendor.stdout[-2000:]
    [case] = [e["case"] for e in vendor.events]
    assert json.dumps(case, sort_keys=True) == json.dumps(reference.events[0]["case"], sort_keys=True)
