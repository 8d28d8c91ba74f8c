"""The spec's YAML through libyaml (CSafeLoader, what ratecert uses) against PyYAML's pure-Python
SafeLoader, side by side in one run, on every installed pack's spec files.

    python3 bench/spec_yaml.py [--rounds 5]

Each round parses every file once with each loader (taking turns at going first); both must give
the same data and the same line of every key and item. Prints each loader's median round.
"""

from __future__ import annotations

import argparse
import statistics
import time

import yaml

from ratecert.spec.loader import spec_folders
from ratecert.spec.located_yaml import load_located, located_loader


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    files = sorted(p for folder in spec_folders().values() for p in folder.glob("*.yaml"))
    loaders = {"pure-Python SafeLoader": located_loader(yaml.SafeLoader),
               "libyaml CSafeLoader": located_loader(yaml.CSafeLoader)}
    rounds: dict[str, list[float]] = {name: [] for name in loaders}
    for turn in range(args.rounds):
        results = {}
        for name in (list(loaders) if turn % 2 == 0 else list(reversed(loaders))):
            began = time.perf_counter()
            results[name] = [load_located(path, loaders[name]) for path in files]
            rounds[name].append(time.perf_counter() - began)
        first, second = results.values()
        assert first == second, "the two loaders disagree on data or lines"
    size = sum(p.stat().st_size for p in files)
    print(f"{len(files)} spec files, {size / 1024:.0f} KiB; same data and lines from both loaders")
    base = statistics.median(rounds["pure-Python SafeLoader"])
    for name, times in rounds.items():
        print(f"{name:24} {statistics.median(times) * 1000:8.1f} ms  {statistics.median(times) / base:5.2f}x")


if __name__ == "__main__":
    main()
