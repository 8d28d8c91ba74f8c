"""The packs' features parsed once per change (ratecert.gherkin.parsed_features): what pytest-bdd
collects from a kept parse is what it would have parsed, and an edit is parsed again."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from ratecert.gherkin import parsed_features
from ratecert.plugin import check_folders


def _shape(value: Any, seen: frozenset[int] = frozenset()) -> Any:
    """Every attribute of a parsed feature, recursively, as plain data (tag sets sorted; a cycle -
    a scenario's feature, say - cut where it returns)."""
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    if id(value) in seen:
        return "<cycle>"
    seen |= {id(value)}
    if isinstance(value, (list, tuple)):
        return [_shape(v, seen) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(map(repr, value))
    if isinstance(value, dict):
        return {repr(k): _shape(v, seen) for k, v in value.items()}
    return [type(value).__name__, {k: _shape(v, seen) for k, v in sorted(vars(value).items())}]


@pytest.fixture
def primed(tmp_path, monkeypatch):
    """pytest-bdd's feature cache emptied for the test (and restored after), the cache folder new."""
    import pytest_bdd.feature

    monkeypatch.setenv("RATECERT_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(pytest_bdd.feature, "features", {})
    return pytest_bdd.feature.features


def test_a_kept_parse_is_the_parse_pytest_bdd_would_make(primed):
    folders = check_folders()
    assert parsed_features.install(folders) == len(parsed_features.feature_files(folders)) > 40
    primed.clear()
    parsed_features.install(folders)   # now from the kept pickle
    fresh = parsed_features.parse(sorted(primed))
    assert {p: _shape(f) for p, f in primed.items()} == {p: _shape(f) for p, f in fresh.items()}


def test_collection_finds_every_feature_primed_and_an_edit_is_parsed_again(primed, tmp_path, monkeypatch):
    import pytest_bdd.feature
    import pytest_bdd.parser

    folder = tmp_path / "features"
    shutil.copytree(Path(check_folders()[0]), folder, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    parsed_features.install([folder])
    parses: list[str] = []
    real = pytest_bdd.parser.FeatureParser.parse
    monkeypatch.setattr(pytest_bdd.parser.FeatureParser, "parse",
                        lambda self: parses.append(self.abs_filename) or real(self))
    found = pytest_bdd.feature.get_features([str(folder)])   # as `scenarios(".")` asks
    assert len(found) == len(primed) and parses == []

    edited = sorted(folder.glob("*.feature"))[0]
    edited.write_text(edited.read_text().replace("Scenario", "Scenario", 1) + "\n")
    primed.clear()
    parsed_features.install([folder])
    assert len(parses) == len(primed)   # a changed file changes the digest: every file parsed anew
