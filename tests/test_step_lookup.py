"""The step lookup ratecert installs into pytest-bdd (ratecert.gherkin.step_lookup) finds, for
every step of a pack's features, the definitions pytest-bdd's own lookup finds, in its order."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from ratecert.gherkin.step_lookup import StepIndex, install, installed
from ratecert.packs import discover


class SideBySide:
    """Answers each lookup both ways and keeps the steps where they differ."""

    def __init__(self) -> None:
        self.steps = 0
        self.differ: list[str] = []

    @pytest.hookimpl(trylast=True)
    def pytest_sessionstart(self, session: pytest.Session) -> None:
        index = installed()
        assert index is not None and index.replaced is not None
        fresh = StepIndex()

        def both(step: Any, fixturemanager: Any, node: Any) -> Any:
            self.steps += 1
            theirs = list(index.replaced(step, fixturemanager, node))
            if list(fresh.find(step, fixturemanager, node)) != theirs:
                self.differ.append(f"{node.nodeid}: {step}")
            return iter(theirs)

        sys.modules["pytest_bdd.scenario"].find_fixturedefs_for_step = both
        session.config.add_cleanup(lambda: setattr(sys.modules["pytest_bdd.scenario"],
                                                    "find_fixturedefs_for_step", index.find))


def test_the_index_finds_what_pytest_bdd_finds_for_every_step(tmp_path: Path) -> None:
    install()
    features = [str(discover()[d].features) for d in ("dc-power-v12", "clec-onboarding")]
    compare = SideBySide()
    code = pytest.main([*features, "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "--ratecert-sut", "reference",
                        "--ratecert-out", str(tmp_path), "-c", str(Path(__file__).parents[1] / "ratecert/certify.ini")],
                       plugins=[compare])
    assert code == 0
    assert compare.steps > 100 and compare.differ == []


def test_installing_twice_keeps_one_index() -> None:
    install()
    first = installed()
    assert install() and installed() is first


def test_a_step_functions_signature_is_read_once_and_reads_the_same():
    """pytest-bdd reads a step function's signature twice each time it runs the step; after
    `install()` it reads each once, and gets what `inspect` and its own helper give."""
    import inspect

    from pytest_bdd import utils

    install()
    scenario = sys.modules["pytest_bdd.scenario"]

    def step(request, cases, answer=42, *rest, datatable=None):   # noqa: ARG001 - its signature is the point
        return None

    assert scenario.signature(step) is scenario.signature(step) and scenario.signature(step) == inspect.signature(step)
    assert scenario.get_required_args(step) == utils.get_required_args(step) == ["request", "cases"]
    unhashable = type("Unhashable", (), {"__hash__": None, "__call__": lambda self, request: None})()
    assert scenario.get_required_args(unhashable) == ["request"]
