"""The traceability matrix's XLSX: pandas' `to_excel` (openpyxl, a cell object per value) against
ratecert's write-only openpyxl stream, side by side in one run, on a certification's run log.

    python3 bench/rtm_xlsx.py RUN_LOG [--rounds 5]

RUN_LOG is a results.jsonl (e.g. of `ratecert certify --sut reference --out out`). Both ways must
give workbooks that read back the same (pandas.read_excel, every sheet). Prints each way's median.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pandas as pd

from ratecert.reporting.rtm import rtm_frames, write_xlsx
from ratecert.run_log import read_run
from ratecert.spec import load_spec


def with_pandas(path: Path, sheets: dict[str, pd.DataFrame]) -> None:
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("log", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    by_clause, by_test = rtm_frames(read_run(args.log), load_spec())
    sheets = {"clause to tests": by_clause, "test to clauses": by_test}
    ways = {"pandas to_excel": with_pandas, "openpyxl write-only": write_xlsx}
    times: dict[str, list[float]] = {name: [] for name in ways}
    with tempfile.TemporaryDirectory() as scratch:
        for turn in range(args.rounds):
            for name in (list(ways) if turn % 2 == 0 else list(reversed(ways))):
                began = time.perf_counter()
                ways[name](Path(scratch, f"{turn}-{len(name)}.xlsx"), sheets)
                times[name].append(time.perf_counter() - began)
        read = [pd.read_excel(Path(scratch, f"0-{len(name)}.xlsx"), sheet_name=None) for name in ways]
        assert read[0].keys() == read[1].keys() and all(read[0][s].equals(read[1][s]) for s in read[0]), \
            "the two workbooks read back differently"
    print(f"{sum(len(f) for f in sheets.values())} rows; both workbooks read back the same")
    base = statistics.median(times["pandas to_excel"])
    for name, spent in times.items():
        print(f"{name:20} {statistics.median(spent) * 1000:8.1f} ms  {statistics.median(spent) / base:5.2f}x")


if __name__ == "__main__":
    main()
