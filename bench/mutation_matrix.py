"""The mutation matrix: every check against every broken system the project keeps (issue 17).

A check counts only if a wrong system fails it. This certifies the reference and each kept broken
system (tests/broken_suts `kept()`: the idle, padded and overbilling systems, the classic rating
errors, the misreadings) over the whole suite, one real `ratecert certify` each, and writes

  docs/mutation-matrix.csv   one row per check (its node id, document, test purpose, example,
                             whether it is a declared negative check), one column per system:
                             F fail, E error, I inconclusive, . pass, - n/a
  docs/mutation-matrix.md    what that shows: how many checks each system fails, and the checks
                             no kept system fails (there should be none)

Each run's log is kept in --runs (default /tmp/ratecert-mutation-runs): `--only NAME ...` reruns
those systems and rebuilds the matrix from the logs already there. `--checks NODE_OR_PATH ...`
certifies every system with those checks alone and merges their rows into the CSV already written
(a new scenario's row in minutes, not the hour a full run takes, and without the logs of one): a
row is replaced or added after the last row of its file, a document's "no unexplained" row becomes
F for a system that has a finding in the narrow run, and every other row is kept as it is. A full
run remains the matrix of record; a merge says so in the Markdown. The rows "no unexplained charges"
of each document stand for the findings a run adds (F when the system had one for that document).
tests/test_mutation_matrix.py reads the CSV: every check of today's suite must be in it, and failed
by some system; its null column must match a fresh certification of the null system.

Run: python3 bench/mutation_matrix.py [--jobs 2] [--only NAME ...]   (not a test; minutes per system)
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.broken_suts import kept  # noqa: E402
from tests.unshrunk_profile import UNSHRUNK  # noqa: E402

CSV = ROOT / "docs" / "mutation-matrix.csv"
MARKDOWN = ROOT / "docs" / "mutation-matrix.md"
CELL = {"fail": "F", "error": "E", "inconclusive": "I", "pass": ".", "n/a": "-"}
FIELDS = ["check", "document", "tp", "example", "negative"]


def finding_row(document: str) -> str:
    return f"ratecert::unexplained::{document}"


def certify(name: str, sut: str, runs: Path, jobs: int, checks: tuple[str, ...] = ()) -> tuple[str, float]:
    out = runs / name
    started = time.monotonic()
    # a failure's verdict is the same shrunk or not: skip shrinking through a broken SUT's process
    subprocess.run([sys.executable, "-m", "ratecert", "certify", "--sut", sut, "--out", str(out), "-j", str(jobs),
                    "--", *UNSHRUNK, *checks], cwd=ROOT, capture_output=True, text=True)
    return name, time.monotonic() - started


def verdicts(log: Path) -> dict[str, str]:
    """node id -> verdict of one run. Its findings are its documents' "no unexplained" rows: fail
    with a finding, pass for a document some check of which applied, n/a (absent) otherwise."""
    out: dict[str, str] = {}
    findings: set[str] = set()
    for line in log.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("type") != "verdict":
            continue
        if record.get("kind") == "finding":
            findings.add(record["document"])
            continue
        out[record["nodeid"]] = record["verdict"]
        if record["verdict"] != "n/a":
            out.setdefault(finding_row(record["document"]), "pass")
    out.update({finding_row(document): "fail" for document in findings})
    return out


def rows(reference_log: Path) -> list[dict[str, str]]:
    """The checks of the suite as the reference's run lists them, and a findings row per document."""
    checks, documents = [], set()
    for line in reference_log.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("type") == "verdict" and record.get("kind") != "finding":
            documents.add(record["document"])
            checks.append({"check": record["nodeid"], "document": record["document"], "tp": record.get("tp") or "",
                           "example": record.get("example") or "", "negative": "yes" if record.get("negative") else ""})
    checks += [{"check": finding_row(d), "document": d, "tp": "UNEXPLAINED", "example": "", "negative": "yes"}
               for d in sorted(documents)]
    return checks


def write(systems: list[str], runs: Path, seconds: dict[str, float]) -> list[dict[str, str]]:
    table = rows(runs / "reference" / "results.jsonl")
    columns = {name: verdicts(runs / name / "results.jsonl") for name in systems
               if (runs / name / "results.jsonl").exists()}
    reference = verdicts(runs / "reference" / "results.jsonl")
    for row in table:
        for name, got in columns.items():
            row[name] = CELL[got.get(row["check"], "n/a")]
        row["reference"] = CELL[reference.get(row["check"], "n/a")]
    names = list(columns)
    _write_csv(table, names)
    MARKDOWN.write_text(_markdown(table, names, seconds), encoding="utf-8")
    return table


def _write_csv(table: list[dict[str, str]], names: list[str]) -> None:
    with CSV.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=[*FIELDS, "reference", *names])
        writer.writeheader()
        writer.writerows(table)


def merge(checks: tuple[str, ...], runs: Path) -> list[dict[str, str]]:
    """The CSV with the rows of the narrow runs in `runs` (one folder per system, as `certify` left
    them) put in: see the module docstring."""
    with CSV.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        names = [n for n in reader.fieldnames or () if n not in (*FIELDS, "reference")]
        table = list(reader)
    log = runs / "reference" / "results.jsonl"
    if not log.exists():
        raise SystemExit(f"the reference's narrow run left no log ({log}): are {' '.join(checks)} checks of the suite?")
    narrow = {row["check"]: row for row in rows(log) if not row["check"].startswith("ratecert::unexplained::")}
    if not narrow:
        raise SystemExit(f"no check of the suite matched {' '.join(checks)}")
    columns = {name: verdicts(runs / name / "results.jsonl") for name in ["reference", *names]
               if (runs / name / "results.jsonl").exists()}
    missing = [name for name in names if name not in columns]
    if missing:
        raise SystemExit(f"no narrow run log for {', '.join(missing)}: nothing merged")
    for check, row in narrow.items():
        for name in ["reference", *names]:
            row[name] = CELL[columns[name].get(check, "n/a")]
    merged = len(narrow)
    table = [narrow.pop(row["check"], row) for row in table]   # a check already there: its row replaced
    for check, row in narrow.items():   # a new one: after the last row of its file
        file = check.partition("::")[0]
        after = max((i for i, r in enumerate(table) if r["check"].partition("::")[0] == file), default=len(table) - 1)
        table.insert(after + 1, row)
    for row in table:
        if row["check"].startswith("ratecert::unexplained::"):
            for name in names:
                if columns[name].get(row["check"]) == "fail":
                    row[name] = "F"
    _write_csv(table, names)
    # the full run's commit and minutes per system stay what they were: the merge certified none in full
    previous = MARKDOWN.read_text(encoding="utf-8") if MARKDOWN.exists() else ""
    commit = found.group(1) if (found := re.search(r"at commit (\w+)", previous)) else None
    minutes = _previous_seconds(previous)
    earlier = re.findall(r"^Rows of .* merged by .*$", previous, re.M)   # each merge since the full run says so
    note = "\n\n".join([*earlier, f"Rows of {merged} checks merged by `python3 bench/mutation_matrix.py --checks "
                                   f"{' '.join(checks)}` on {dt.date.today()}; the other rows are the last full run's."])
    MARKDOWN.write_text(_markdown(table, names, minutes, note, commit), encoding="utf-8")
    return table


def _markdown(table: list[dict[str, str]], names: list[str], seconds: dict[str, float], note: str = "",
              commit: str | None = None) -> str:
    failed_by = {row["check"]: [n for n in names if row[n] == "F"] for row in table}
    unfailed = [row for row in table if not failed_by[row["check"]]]
    per_system = Counter(n for systems in failed_by.values() for n in systems)
    commit = commit or subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                      text=True).stdout.strip()
    lines = ["# Mutation matrix: which kept broken system fails each check", "",
             f"Generated by `python3 bench/mutation_matrix.py` on {dt.date.today()} at commit {commit}; the "
             "full matrix (F fail, E error, I inconclusive, . pass, - n/a) is `docs/mutation-matrix.csv`. A check "
             "counts only if a wrong system fails it: `tests/test_mutation_matrix.py` fails when a check of the "
             "suite is missing here or failed by no kept system.", "", *([note, ""] if note else []),
             f"**{len(table)} checks; {len(table) - len(unfailed)} failed by at least one of the {len(names)} kept "
             f"broken systems; {len(unfailed)} by none.** Declared negative checks (a system that bills nothing "
             f"passes them): {sum(1 for r in table if r['negative'])}.", ""]
    if unfailed:
        lines += ["## Checks no kept system fails", ""] + [f"- `{r['check']}` ({r['tp']})" for r in unfailed] + [""]
    lines += ["## Checks each system fails", "", "| system | checks failed | minutes to certify |", "|---|---:|---:|"]
    lines += [f"| {n} | {per_system[n]} | {seconds[n] / 60:.1f} |" if n in seconds else f"| {n} | {per_system[n]} | |"
              for n in names]
    lines += ["", "## Each check and the systems that fail it", "", "| check | example | negative | failed by |",
              "|---|---|---|---|"]
    for row in table:
        example = row["example"].replace("|", "\\|")
        lines.append(f"| {row['tp']} | {example} | {row['negative']} | {', '.join(failed_by[row['check']])} |")
    return "\n".join(lines) + "\n"


def _previous_seconds(markdown: str) -> dict[str, float]:
    """The seconds each system took to certify, as the matrix's markdown last stated them."""
    return {m.group(1): float(m.group(2)) * 60 for m in re.finditer(r"^\| (\S+) \| \d+ \| ([\d.]+) \|$", markdown, re.M)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2, help="systems certified at once (each with -j 1)")
    parser.add_argument("--only", nargs="*", default=None, help="rerun only these systems (and keep the other logs)")
    parser.add_argument("--runs", type=Path, default=Path("/tmp/ratecert-mutation-runs"))
    parser.add_argument("--checks", nargs="+", default=None,
                        help="certify every system with these checks alone (node ids or paths, as pytest takes "
                             "them) and merge their rows into the CSV")
    args = parser.parse_args()
    systems = {"reference": "reference", **kept(sys.executable)}
    if args.checks:
        narrow = args.runs / "narrow"
        shutil.rmtree(narrow, ignore_errors=True)   # a log left by an earlier narrow run is not this one's
        narrow.mkdir(parents=True)
        checks = tuple(args.checks)
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for name, took in pool.map(lambda item: certify(item[0], item[1], narrow, 1, checks), systems.items()):
                print(f"{name}: {took:.0f} s", flush=True)
        _summary(merge(checks, narrow), systems, "merged into")
        return
    todo = {n: s for n, s in systems.items() if args.only is None or n in args.only}
    args.runs.mkdir(parents=True, exist_ok=True)
    # the systems not rerun keep the time their last full run took
    seconds = _previous_seconds(MARKDOWN.read_text(encoding="utf-8")) if MARKDOWN.exists() and args.only else {}
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for name, took in pool.map(lambda item: certify(item[0], item[1], args.runs, 1), todo.items()):
            seconds[name] = took
            print(f"{name}: {took / 60:.1f} min", flush=True)
    _summary(write([n for n in systems if n != "reference"], args.runs, seconds), systems, "wrote")


def _summary(table: list[dict[str, str]], systems: dict[str, str], done: str) -> None:
    unfailed = [row["check"] for row in table if not any(row[n] == "F" for n in systems if n in row and n != "reference")]
    print(f"{len(table)} checks, {len(unfailed)} failed by no kept system; {done} {CSV} and {MARKDOWN}")


if __name__ == "__main__":
    main()
