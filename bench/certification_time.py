"""How long a whole certification takes, from `ratecert certify`'s start to its exit, as a vendor runs
it: for a slow SUT with and without an example budget, and for Tryton and the reference in one
invocation (the same machine, minutes apart).

Run: python3 bench/certification_time.py [-j N] [--budget examples=N,seconds=S] [--keep DIR] SUT [SUT ...]
  SUT reference | tryton (examples/tryton_billing, pip install -e ".[tryton]") |
      slow[:DELAY[:tryton]] (tests/fake_suts/slow.py: the reference answering after DELAY seconds a
      bill, default 0.5, claiming every capability or what the Tryton adapter claims) |
      any --sut string.
  --keep DIR keeps each run's outputs in DIR/<SUT> (default: a temporary folder).
Figures go to docs/tryton.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRYTON_CLAIMS = ["access-catalog-3:payment-dates", "access-catalog-3:labor", "access-catalog-3:late-payment",
                 "access-catalog-3:usage-pricing", "ica-frontier-granite-2006:payment-dates",
                 "ica-frontier-granite-2006:late-payment"]


def sut_of(name: str) -> tuple[str, list[str]]:
    """The --sut string and the extra flags of a SUT named on the command line."""
    if name == "tryton":
        return "cmd:python3 examples/tryton_billing/tryton_sut.py", ["--sut-timeout", "120"]
    if name == "slow" or name.startswith("slow:"):
        _, _, rest = name.partition(":")
        delay, _, scope = rest.partition(":")
        claims = " ".join(TRYTON_CLAIMS) if scope == "tryton" else ""
        return f"cmd:{sys.executable} -m tests.fake_suts.slow {delay or 0.5} {claims}".strip(), []
    return name, []


def certify(name: str, jobs: int, budget: str | None, keep: Path | None) -> None:
    sut, extra = sut_of(name)
    with tempfile.TemporaryDirectory() as folder:
        out = keep / name.replace(":", "-") if keep else Path(folder) / "out"
        args = [sys.executable, "-m", "ratecert", "certify", "--sut", sut, "--out", str(out), "-j", str(jobs), *extra]
        args += ["--budget", budget] if budget else []
        began = time.perf_counter()
        proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
        wall = time.perf_counter() - began
        summary = json.loads((out / "summary.json").read_text())
        generated = [e for e in map(json.loads, (out / "results.jsonl").read_text().splitlines())
                     if e.get("type") == "verdict" and "examples" in e]
    counts, cut = summary["counts"], (summary["budget"] or {}).get("cut", [])
    examples = f"{len(generated)} checks of generated cases ran {sum(e['examples'] for e in generated)} examples, " \
               f"{len(cut)} cut by the budget" if budget else "the profile's examples"
    print(f"{name}: -j {jobs}, budget {budget or 'none'}: {wall:7.1f} s wall, exit {proc.returncode}; "
          f"{counts['pass']} pass, {counts['fail']} fail, {counts['error']} error, {counts['n/a']} n/a; {examples}",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-j", type=int, default=1)
    parser.add_argument("--budget", default=None)
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("suts", nargs="+")
    args = parser.parse_args()
    for name in args.suts:
        certify(name, args.j, args.budget, args.keep)


if __name__ == "__main__":
    main()
