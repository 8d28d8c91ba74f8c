"""The spec's YAML through libyaml (CSafeLoader, what ratecert uses) against PyYAML's pure-Python
SafeLoader, side by side in one run, on every installed pack's spec files.

    python3 bench/spec_yaml.py [--rounds 5]

Each round parses every file once with each loader (taking turns at going first); both must give
the same data and the same line of every key and item. Prints each loader's median round.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from ratecert.spec.loader import spec_folders
from ratecert.spec.located_yaml import load_located, located_loader

sys.path.insert(0, str(Path(__file__).resolve().parent))
from side_by_side import print_medians, take_turns  # noqa: E402 - the bench folder is not a package


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    files = sorted(p for folder in spec_folders().values() for p in folder.glob("*.yaml"))
    loaders = {"pure-Python SafeLoader": located_loader(yaml.SafeLoader),
               "libyaml CSafeLoader": located_loader(yaml.CSafeLoader)}
    times, results = take_turns({name: lambda _, loader=loader: [load_located(path, loader) for path in files]
                                 for name, loader in loaders.items()}, args.rounds)
    assert all(len({repr(r) for r in answers.values()}) == 1 for answers in results), \
        "the two loaders disagree on data or lines"
    size = sum(p.stat().st_size for p in files)
    print(f"{len(files)} spec files, {size / 1024:.0f} KiB; same data and lines from both loaders")
    print_medians(times)


if __name__ == "__main__":
    main()
