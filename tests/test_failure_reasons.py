"""Every failure reason says what differs (issue 17): a check that reaches the SUT's bill fails by
`Mismatch` (billing.expect), which names the field, the expected and the actual value. A bare
`assert` would fail as "assertion failed" - XDOC-LAW-001 was once published so - and Python's
optimised mode would skip it altogether. This reads every module on those paths."""

from __future__ import annotations

import ast
from pathlib import Path

from ratecert.packs import discover
from tests.conftest import ROOT


def _check_modules() -> list[Path]:
    packs = discover().values()
    folders = [folder for pack in packs for folder in (pack.features, pack.properties) if folder]
    steps = [*ROOT.glob("reference/*/steps.py"), *ROOT.glob("reference/*/steps/*.py"), *ROOT.glob("reference/*/laws.py")]
    shared = [ROOT / "ratecert" / name for name in ("differential.py", "scenario.py")]
    return sorted({*(p for f in folders for p in f.rglob("*.py")), *steps, *shared,
                   *(ROOT / "ratecert" / "gherkin").glob("*.py")})


def test_no_check_can_fail_with_a_bare_assertion():
    found = [f"{path.relative_to(ROOT)}:{node.lineno}" for path in _check_modules()
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.Assert)]
    assert found == [], f"use billing.expect or raise Mismatch(what, expected, actual) instead: {found}"


def test_the_scan_reads_the_steps_laws_and_properties():
    names = {path.name for path in _check_modules()}
    assert {"bill_steps.py", "laws.py", "rating.py", "test_billing_properties.py", "test_regimes.py"} <= names
