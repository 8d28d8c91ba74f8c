"""The traceability matrix's XLSX: pandas' `to_excel` (openpyxl, a cell object per value) against
ratecert's write-only openpyxl stream, side by side in one run, on a certification's run log.

    python3 bench/rtm_xlsx.py RUN_LOG [--rounds 5]

RUN_LOG is a results.jsonl (e.g. of `ratecert certify --sut reference --out out`). Both ways must
give workbooks that read back the same (pandas.read_excel, every sheet). Prints each way's median.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import pandas as pd

from ratecert.reporting.rtm import rtm_frames, write_xlsx
from ratecert.run_log import read_run
from ratecert.spec import load_spec

sys.path.insert(0, str(Path(__file__).resolve().parent))
from side_by_side import print_medians, take_turns  # noqa: E402 - the bench folder is not a package


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
    with tempfile.TemporaryDirectory() as scratch:
        written = {name: Path(scratch, f"{i}.xlsx") for i, name in enumerate(ways)}
        times, _ = take_turns({name: lambda _, way=way, path=written[name]: way(path, sheets)
                               for name, way in ways.items()}, args.rounds)
        first, second = (pd.read_excel(path, sheet_name=None) for path in written.values())
        assert first.keys() == second.keys() and all(first[s].equals(second[s]) for s in first), \
            "the two workbooks read back differently"
    print(f"{sum(len(f) for f in sheets.values())} rows; both workbooks read back the same")
    print_medians(times)


if __name__ == "__main__":
    main()
