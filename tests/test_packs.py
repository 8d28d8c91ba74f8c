"""Document packs from outside this repository: the example pack (examples/example_pack, its own
distribution) and a pack written by `ratecert new-document`, each built and installed by pip into a
folder of their own (on PYTHONPATH, which is all an installation is to Python), appear in coverage,
certify and the report without ratecert changing; both readings of the example's interpretation are
proven. A pack that breaks the interface is refused on load, by name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _install(source: Path, target: Path) -> dict[str, str]:
    """pip install a pack's distribution into `target`, built from a copy (a build writes into its source)."""
    import shutil

    copy = target.parent / f"{source.name}-source"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(copy)],
                   check=True, capture_output=True)
    return {**os.environ, "PYTHONPATH": f"{target}{os.pathsep}{ROOT}"}


def _ratecert(env: dict[str, str], where: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ratecert", *args], cwd=where, env=env, capture_output=True,
                          text=True, timeout=600)


def _events(out: Path) -> list[dict]:
    records = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    return [r for r in records if r["type"] == "verdict"]


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return _install(ROOT / "examples" / "example_pack", tmp_path_factory.mktemp("site"))


def test_the_example_pack_appears_in_coverage_certify_and_the_report(example, tmp_path):
    coverage = json.loads(_ratecert(example, tmp_path, "coverage", "--json").stdout)
    mine = next(c for c in coverage if c["document"] == "example-tariff-1")
    assert mine["total"] == 4 and len(mine["tested"]) == 4 and not mine["untested"]
    result = _ratecert(example, tmp_path, "certify", "--documents", "example-tariff-1", "--out", "out")
    assert result.returncode == 0, result.stdout + result.stderr
    passed = {e["tp"] for e in _events(tmp_path / "out") if e["verdict"] == "pass"}
    assert {"ET1-LINE-001", "ET1-LIST-001", "ET1-PAY-001", "ET1-PAY-002", "ET1-LATE-001", "ET1-PROP-001"} <= passed
    assert "example-tariff-1" in (tmp_path / "out" / "report.html").read_text()
    assert "4 of 4 capabilities of example-tariff-1" in result.stdout


def test_both_readings_of_the_examples_interpretation(example, tmp_path):
    result = _ratecert(example, tmp_path, "certify", "--sut", "py:tests.alternative_readings:SaturdayClosed",
                       "--documents", "example-tariff-1", "--out", "out")
    assert result.returncode == 0, result.stdout + result.stderr
    verdicts = {e["tp"]: e["verdict"] for e in _events(tmp_path / "out")}
    assert verdicts["ET1-PAY-003"] == "pass" and verdicts["ET1-PAY-002"] == "n/a"


def test_the_scaffold_certifies_out_of_the_box(tmp_path):
    made = _ratecert(dict(os.environ), tmp_path, "new-document", "acme-tariff-7", "--title", "ACME Tariff No. 7")
    assert made.returncode == 0, made.stderr
    env = _install(tmp_path / "ratecert-acme-tariff-7", tmp_path / "site")
    result = _ratecert(env, tmp_path, "certify", "--documents", "acme-tariff-7", "--out", "out")
    assert result.returncode == 0, result.stdout + result.stderr
    assert {e["tp"] for e in _events(tmp_path / "out") if e["verdict"] == "pass"} >= {"AT7-RATE-001", "AT7-PROP-001"}
    own = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
                         cwd=tmp_path / "ratecert-acme-tariff-7", env=env, capture_output=True, text=True)
    assert own.returncode == 0, own.stdout
    assert _ratecert(dict(os.environ), tmp_path, "new-document", "Not A Name").returncode == 2


def test_a_pack_that_breaks_the_interface_is_refused_by_name(tmp_path):
    site = tmp_path / "site"
    (site / "liar").mkdir(parents=True)
    (site / "liar" / "__init__.py").write_text("PACK = 'not a pack'\n")
    (site / "liar-0.dist-info").mkdir()
    (site / "liar-0.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: liar\nVersion: 0\n")
    (site / "liar-0.dist-info" / "entry_points.txt").write_text("[ratecert.documents]\nliar = liar:PACK\n")
    result = _ratecert({**os.environ, "PYTHONPATH": str(site)}, tmp_path, "coverage")
    assert result.returncode == 2
    assert "entry point liar = liar:PACK: not a DocumentPack" in result.stderr and "Traceback" not in result.stderr
