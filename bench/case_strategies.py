"""The catalog's case strategies drawn with hypothesis.strategies built anew in every draw against
ratecert.strategies.BuiltOnce, side by side in one run.

    python3 bench/case_strategies.py [--examples 150] [--rounds 3]

Each strategy of ratecert_reference.access_catalog_3.strategies draws `examples` cases at the
certification settings (derandomized) both ways, taking turns; both must draw the very same cases
(compared as case objects). Prints each way's median per strategy and in all. Both ways run in one
process, taking turns, so that they share the machine's state; `drawn` draws as a certification does
(no constants read from the source of local modules: ratecert.generation), so the cases do not
depend on the checkout either.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hypothesis import strategies as hypothesis_strategies

from ratecert.strategies import drawn
from ratecert_reference.access_catalog_3 import strategies as catalog

sys.path.insert(0, str(Path(__file__).resolve().parent))
from side_by_side import print_medians, take_turns  # noqa: E402 - the bench folder is not a package

STRATEGIES = ("payment_cases", "interruption_cases", "labor_cases", "miscellaneous_cases", "usage_cases",
              "special_access_cases")


def cases(strategy: str, examples: int, namespace: object) -> list[object]:
    """The cases `strategy` draws with `namespace` as the module's `st`."""
    catalog.st, built = namespace, catalog.st
    try:
        return drawn(getattr(catalog, strategy)(), examples)
    finally:
        catalog.st = built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    ways = {"built in every draw": hypothesis_strategies, "BuiltOnce": catalog.st}
    totals: dict[str, list[float]] = {name: [0.0] * args.rounds for name in ways}
    for strategy in STRATEGIES:
        times, results = take_turns({name: lambda _, ns=ns: cases(strategy, args.examples, ns)
                                     for name, ns in ways.items()}, args.rounds)
        assert all(answers["BuiltOnce"] == answers["built in every draw"] for answers in results), \
            f"{strategy}: the two ways drew different cases"
        print(f"-- {strategy}: the same {len(results[0]['BuiltOnce'])} cases both ways")
        print_medians(times)
        for name in ways:
            totals[name] = [t + s for t, s in zip(totals[name], times[name], strict=True)]
    print("-- all strategies")
    print_medians(totals)


if __name__ == "__main__":
    main()
