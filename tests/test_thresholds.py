"""Boundaries on both sides (issue 19, item 4): every date, amount or count threshold a clause states
is listed in its document's spec/<document>/thresholds.yaml with the scenario examples that sit
below it, on it and above it, and those examples exist. A testable clause whose summary states a
quantity is either there or listed under `not_thresholds` with the reason (a rate, not a limit).

Each threshold names, per side, a test purpose and - for a Scenario Outline - a cell of the Examples
row (its exact text). The rows themselves run with the features; this test keeps the list honest.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from gherkin.parser import Parser

from ratecert.packs import discover
from ratecert.spec import load_spec

SIDES = ("below", "at", "above")
# a quantity in prose: money, or a number (in digits or words) of days, hours, minutes, months,
# years, trunks, amps, percent
WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|sixty|ninety"
QUANTITY = re.compile(rf"\$\s?\d[\d,]*(?:\.\d+)?|\b(?:\d+(?:\.\d+)?|{WORDS})[- ]?(?:calendar )?"
                      r"(?:%|percent|days?|hours?|minutes?|months?|years?|trunks?|amps?)\b", re.I)


def _thresholds(document: str) -> dict[str, Any]:
    path = discover()[document].spec / "thresholds.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}


@lru_cache(maxsize=None)
def examples(document: str) -> dict[str, list[set[str]]]:
    """Test purpose -> the cells of each Examples row of its scenario ([] for a plain Scenario)."""
    out: dict[str, list[set[str]]] = {}
    for feature in sorted(discover()[document].features.glob("*.feature")):
        ast = Parser().parse(feature.read_text(encoding="utf-8"))

        def walk(children: list[dict[str, Any]]) -> None:
            for child in children:
                if "rule" in child:
                    walk(child["rule"]["children"])
                scenario = child.get("scenario")
                if not scenario:
                    continue
                rows = [{cell["value"] for cell in row["cells"]} for table in scenario.get("examples", [])
                        for row in table.get("tableBody", [])]
                for tag in scenario["tags"]:
                    if tag["name"].startswith("@tp:"):
                        out.setdefault(tag["name"][4:], []).extend(rows)

        walk(ast["feature"]["children"])
    return out


THRESHOLDS = [(document, key, entry) for document in sorted(discover())
              for key, entry in (_thresholds(document).get("thresholds") or {}).items()]


@pytest.mark.parametrize(("document", "key", "entry"), THRESHOLDS, ids=[f"{d}:{k}" for d, k, _ in THRESHOLDS])
def test_a_threshold_is_pinned_below_on_and_above(document: str, key: str, entry: dict[str, Any]):
    clause = load_spec().document(document).clauses.get(entry["clause"])
    assert clause is not None and clause.status == "testable", f"{key}: {entry['clause']} is no testable clause"
    assert entry.get("states"), f"{key}: quote what the clause states"
    found = examples(document)
    for side in SIDES:
        pin = entry.get(side)
        assert pin, f"{key}: no scenario {side} the threshold"
        assert pin["tp"] in found, f"{key} ({side}): no scenario {pin['tp']}"
        if "row" in pin:
            assert any(str(pin["row"]) in row for row in found[pin["tp"]]), \
                f"{key} ({side}): {pin['tp']} has no Examples row with a cell {pin['row']!r}"


@pytest.mark.parametrize("document", sorted(discover()))
def test_every_quantity_a_clause_states_is_a_pinned_threshold_or_said_not_to_be(document: str):
    listed = _thresholds(document)
    pinned = {entry["clause"] for entry in (listed.get("thresholds") or {}).values()}
    excused = listed.get("not_thresholds") or {}
    stated = {cid: QUANTITY.findall(c.summary) for cid, c in load_spec().document(document).clauses.items()
              if c.status == "testable"}
    unaccounted = {cid: found for cid, found in stated.items() if found and cid not in pinned | set(excused)}
    assert not unaccounted, f"{document}: quantities in clause summaries neither pinned nor excused: {unaccounted}"
    stale = set(excused) - {cid for cid, found in stated.items() if found}
    assert not stale, f"{document}: not_thresholds names clauses whose summaries state no quantity: {sorted(stale)}"


def test_the_thresholds_files_name_known_clauses_only():
    for document in discover():
        listed = _thresholds(document)
        clauses = load_spec().document(document).clauses
        unknown = {e["clause"] for e in (listed.get("thresholds") or {}).values()} | set(listed.get("not_thresholds") or {})
        assert unknown <= set(clauses), (document, sorted(unknown - set(clauses)))
        assert Path(discover()[document].spec / "thresholds.yaml").exists(), f"{document}: no thresholds.yaml"
