"""pytest-bdd's step lookup against ratecert's StepIndex, side by side in one run.

    python3 bench/step_lookup.py [--sut reference]

Certifies the reference over every pack's features (the properties are left out: they have no
steps) with a plugin that answers each step's lookup both ways - pytest-bdd's own
`find_fixturedefs_for_step` and `ratecert.gherkin.step_lookup.StepIndex.find` - once each, as a
run asks (the index keeps what it learnt from earlier steps, as it does in a run), the two taking
turns at going first, and checks that both give the same definitions in the same order. Prints the
steps looked up, the distinct texts and each way's total time; the run's own verdicts are those of
the original lookup.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest


class Compare:
    def __init__(self) -> None:
        self.times: dict[str, list[float]] = {"pytest-bdd": [], "StepIndex": []}
        self.steps = 0
        self.texts: set[tuple[str | None, str]] = set()

    @pytest.hookimpl(trylast=True)
    def pytest_sessionstart(self, session: pytest.Session) -> None:
        from ratecert.gherkin.step_lookup import StepIndex, installed

        index = installed()
        if index is None:
            raise SystemExit("the ratecert plugin installed no StepIndex in this run")
        module = sys.modules["pytest_bdd.scenario"]
        ways = {"pytest-bdd": index.replaced, "StepIndex": StepIndex().find}

        def both(step: Any, fixturemanager: Any, node: Any) -> Any:
            self.steps += 1
            self.texts.add((step.type, step.name))
            answers = {}
            for name in (list(ways) if self.steps % 2 else list(reversed(ways))):
                began = time.perf_counter()
                answers[name] = list(ways[name](step, fixturemanager, node))
                self.times[name].append(time.perf_counter() - began)
            if answers["pytest-bdd"] != answers["StepIndex"]:
                raise SystemExit(f"the lookups differ for {step}: {answers}")
            return iter(answers["pytest-bdd"])

        module.find_fixturedefs_for_step = both


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sut", default="reference")
    args = parser.parse_args()
    from ratecert.packs import discover

    compare = Compare()
    with tempfile.TemporaryDirectory() as out:
        features = [str(pack.features) for pack in discover().values()]
        pytest.main([*features, "-q", "-p", "no:cacheprovider", "--ratecert-sut", args.sut, "--ratecert-out", out,
                     "-c", str(Path(__import__("ratecert").__file__).with_name("certify.ini"))], plugins=[compare])
    print(f"{compare.steps} steps looked up, {len(compare.texts)} distinct texts; both ways gave the same definitions")
    base = sum(compare.times["pytest-bdd"])
    for name, times in compare.times.items():
        print(f"{name:12} {sum(times):7.3f} s  ({sum(times) / max(1, len(times)) * 1e6:7.1f} us a step)  "
              f"{sum(times) / base if base else 0:5.2f}x")


if __name__ == "__main__":
    main()
