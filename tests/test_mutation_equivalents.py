"""Every mutant recorded as equivalent is one the mutator makes today (issue 19).

bench/mutation_equivalents.yaml takes mutants out of the mutation score by key (module, function,
change and its index among the same changes in that function). When the code a key names is edited
away or renamed, the key would stay in the file and silently stop meaning anything - or, once the
function is written again, name another site. Reading the keys against today's mutants makes an
edit of the reference say which recorded reasons it invalidated."""

from __future__ import annotations

import importlib

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def mutation():  # type: ignore[no-untyped-def]
    """bench/mutation.py, imported as its own command imports it (the bench folder on sys.path)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(ROOT / "bench"))
        yield importlib.import_module("mutation")


def test_every_recorded_equivalent_is_a_mutant_of_todays_reference(mutation):
    made = {result.key for _, result in mutation.plan([], None)}
    recorded = mutation.equivalents()
    assert recorded, "bench/mutation_equivalents.yaml records no mutant"
    stale = sorted(key for key in recorded if key not in made)
    assert stale == [], f"equivalents naming no mutant of today's reference (read them again): {stale[:5]}"


def test_every_recorded_equivalent_gives_its_reason(mutation):
    unexplained = sorted(key for key, why in mutation.equivalents().items() if not isinstance(why, str) or len(why) < 20)
    assert unexplained == [], f"equivalents without a reason: {unexplained[:5]}"
