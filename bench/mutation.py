"""Mutation testing of the reference: how many wrong billing systems does the certification catch?

Each mutant (bench/mutants.py: one operator swapped, one constant moved by one, one date shifted a
day, one branch dropped) is a billing system wrong in one place. It is certified with the checks
that cite the clauses of the function it changed - the clause ids its docstring and its code name
(else those of its module's docstring; else every check of its document) - in the certification's hypothesis
profile without shrinking (a failure is enough, its smallest form is not needed). A mutant is
*killed* when some check fails or errs, or the run exceeds the time limit; it *survives* when every
selected check passes. The score per document and per clause group (module) counts killed over
all mutants less those recorded as equivalent (bench/mutation_equivalents.yaml: a mutant no billing
system could be told apart by, with the reason).

Why not mutmut or cosmic-ray: the reference is both the system certified and the oracle of the
differential properties. Both tools change the module in place, so the oracle changes with the
system and a differential property can never fail. Here the mutant lives in a copy of the package
(bench/mutant_sut.py) that only the system under test uses.

Speed: the parent imports everything once (pytest, hypothesis, the packs, the spec, the copy), then
forks one child per mutant, which swaps one code object and runs `pytest.main` on the selected
checks in process - no interpreter start, no import, per mutant. `--jobs` children run at once.

Run (from the repository):  nice -n 10 python bench/mutation.py --jobs 2 --out out/mutation
  --module PATTERN   only modules whose dotted name contains PATTERN (repeatable)
  --limit N          the first N mutants only (a smoke run)
  --resume           keep the results already in OUT/results.jsonl and run the rest
Writes OUT/results.jsonl (one line per mutant, as they finish), OUT/summary.json and OUT/summary.md
(scores, and every surviving mutant with its location and the checks that ran).
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import gc
import json
import os
import re
import signal
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REFERENCE = ROOT / "reference"
EQUIVALENTS = HERE / "mutation_equivalents.yaml"
# What is not mutated, and why: records (pydantic models: the case's validation, not billing rules),
# steps, strategies and laws (the checks' side), package __init__ (pack declarations), and bulk/ (the
# columnar re-rating of `ratecert audit`, checked against the reference by tests/test_bulk_*.py, not
# by clause checks)
NOT_MUTATED = {"records.py", "strategies.py", "laws.py", "steps.py", "__init__.py"}
NOT_MUTATED_FOLDERS = {"steps", "bulk"}
# a pack's further strategy and step modules (arrangement_strategies.py, agreement_steps.py): the checks' side
NOT_MUTATED_SUFFIXES = ("_strategies.py", "_steps.py")
PROFILE = "ratecert-mutation"


@dataclass(frozen=True)
class Target:
    """A module of the reference and the document it belongs to (None: shared machinery)."""

    module: str
    file: Path
    document: str | None


@dataclass
class Result:
    key: str
    module: str
    document: str | None
    group: str
    holder: str
    line: int
    operator: str
    change: str
    clauses: list[str]
    outcome: str = "pending"          # killed, survived, timeout, no-check, broken (could not apply)
    killed_by: str | None = None
    seconds: float = 0.0
    checks: int = 0
    detail: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def targets() -> list[Target]:
    from ratecert.packs import discover

    documents = {Path(sys.modules[p.render.__module__].__file__).parent: p.id for p in discover().values()}
    out = []
    for path in sorted(REFERENCE.rglob("*.py")):
        relative = path.relative_to(REFERENCE)
        if path.name in NOT_MUTATED or path.name.endswith(NOT_MUTATED_SUFFIXES) or NOT_MUTATED_FOLDERS & set(relative.parts):
            continue
        module = "ratecert_reference." + ".".join(relative.with_suffix("").parts)
        out.append(Target(module, path, documents.get(path.parent)))
    return out


def _citations(file: Path) -> tuple[str, dict[str, tuple[str, str]]]:
    """The module's docstring, and for each top-level holder (function, Class.method) the texts its
    clauses are read from: its docstring (a method without one: its class's), and the string
    constants of its body - the code cites clauses too (`_line(..., "6.4.1(B)(1)", ...)`)."""
    tree = ast.parse(file.read_text(encoding="utf-8"))
    holders: dict[str, tuple[str, str]] = {}

    def texts(node: ast.AST, fallback: str = "") -> tuple[str, str]:
        docstring = ast.get_docstring(node)   # type: ignore[arg-type]
        constants = [c.value for c in ast.walk(node) if isinstance(c, ast.Constant) and isinstance(c.value, str)
                     and c.value != docstring]
        return docstring or fallback, "\n".join(constants)

    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            holders[node.name] = texts(node)
        elif isinstance(node, ast.ClassDef):
            for child in node.body:
                if isinstance(child, ast.FunctionDef):
                    holders[f"{node.name}.{child.name}"] = texts(child, ast.get_docstring(node) or "")
    return ast.get_docstring(tree) or "", holders


def clause_pattern(ids: list[str]) -> re.Pattern[str]:
    """Clause ids as they stand in prose: not inside a longer id (`2.4.1` in `12.4.1` or `2.4.11`);
    the longest id wins at a position (`2.4.1(C)(1)` over `2.4.1`)."""
    alternatives = "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w]|\.\d|\(\w)")


def cited(text: str, documents: list[str]) -> list[str]:
    """The clauses of `documents` that `text` names, qualified ("access-catalog-3:2.4.1(C)(1)")."""
    found = []
    for document in documents:
        found += [f"{document}:{m.group(0)}" for m in clause_pattern(sorted(citable(document))).finditer(text)]
    return sorted(set(found))


def citable(document: str) -> set[str]:
    """The registry's clause ids and the sections above them ("2.4.4" above "2.4.4(B)(1)"): a
    docstring citing a section selects every check under it."""
    from ratecert.spec import load_spec

    ids = set(load_spec().document(document).clauses)
    for clause in list(ids):
        head = clause
        while "(" in head:
            head = head[:head.rindex("(")]
            ids.add(head)
    return ids


Holder = tuple[str, str]   # (module, top-level function or Class.method)


def callers(all_targets: list[Target]) -> dict[Holder, set[Holder]]:
    """Who calls whom among the reference's top-level functions, read from the source: a name
    imported from another module of the reference (`from ratecert_reference.months import
    add_months`), an attribute of an imported module (`payment_dates.delay_days`), or a function of
    the same module."""
    modules = {t.module for t in all_targets}
    out: dict[Holder, set[Holder]] = defaultdict(set)
    for target in all_targets:
        tree = ast.parse(target.file.read_text(encoding="utf-8"))
        names: dict[str, Holder] = {}     # local name -> (module, function)
        aliases: dict[str, str] = {}      # local name -> module
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("ratecert_reference"):
                for alias in node.names:
                    local = alias.asname or alias.name
                    if f"{node.module}.{alias.name}" in modules:
                        aliases[local] = f"{node.module}.{alias.name}"
                    else:
                        names[local] = (node.module, alias.name)
        own = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        for node in tree.body:
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for inner in ast.walk(node):
                callee: Holder | None = None
                if isinstance(inner, ast.Name):
                    callee = names.get(inner.id) or ((target.module, inner.id) if inner.id in own else None)
                elif isinstance(inner, ast.Attribute) and isinstance(inner.value, ast.Name) and inner.value.id in aliases:
                    callee = (aliases[inner.value.id], inner.attr)
                if callee is not None and callee != (target.module, node.name):
                    out[callee].add((target.module, node.name))
    return out


def plan(selected: list[str], limit: int | None) -> list[tuple[Any, Result]]:
    """Every mutant of the chosen modules with the clauses its checks are selected by: those its
    function's docstring cites. A function whose docstring cites none is selected by the clauses
    its code names, its callers cite (up to three calls away) and its module's docstring cites; a
    function of the shared machinery (used by several documents) by its own and its callers'."""
    import mutants
    from ratecert.packs import discover

    every = sorted(discover())
    all_targets = targets()
    texts = {t.module: _citations(t.file) for t in all_targets}
    document_of = {t.module: t.document for t in all_targets}
    called_by = callers(all_targets)

    def documents(module: str) -> list[str]:
        return [document_of[module]] if document_of.get(module) else every

    def docstring(holder: Holder) -> set[str]:
        module, name = holder
        return set(cited(texts[module][1].get(name, ("", ""))[0], documents(module))) if module in texts else set()

    def code(holder: Holder) -> set[str]:
        module, name = holder
        return set(cited(texts[module][1].get(name, ("", ""))[1], documents(module))) if module in texts else set()

    def from_callers(holder: Holder, depth: int = 3) -> set[str]:
        """The callers' clauses; through a caller that cites none, or is shared machinery itself,
        on to its callers."""
        found: set[str] = set()
        for caller in called_by.get(holder, ()):
            cited_here = docstring(caller) or code(caller)
            found |= cited_here
            if (not cited_here or document_of.get(caller[0]) is None) and depth > 1:
                found |= from_callers(caller, depth - 1)
        return found

    out = []
    for target in all_targets:
        if selected and not any(s in target.module for s in selected):
            continue
        module_doc = set(cited(texts[target.module][0], documents(target.module)))
        seen: Counter[str] = Counter()
        for site in mutants.sites(target.module, target.file):
            holder = (target.module, site.holder)
            if target.document is None:
                chosen = docstring(holder) | code(holder) | from_callers(holder)
            else:
                chosen = docstring(holder) or code(holder) | from_callers(holder) | module_doc
            clauses = sorted(chosen or module_doc)
            ordinal = seen[f"{site.holder}:{site.change}"]
            seen[f"{site.holder}:{site.change}"] += 1
            group = target.module.removeprefix("ratecert_reference.")
            result = Result(key=f"{group}:{site.holder}:{site.change}#{ordinal}", module=target.module,
                            document=target.document, group=group, holder=site.holder, line=site.line,
                            operator=site.operator, change=site.change, clauses=clauses)
            out.append((site, result))
    return out[:limit] if limit else out


def warm_up() -> dict[str, str]:
    """Import once what every child needs; return the sources of the modules mutated."""
    import hypothesis
    import pytest
    from hypothesis import Phase

    import mutant_sut
    import ratecert.plugin  # noqa: F401 - registers the certification profile
    from ratecert.packs import discover
    from ratecert.spec import load_spec

    load_spec()
    discover()
    mutant_sut.renderers()   # the copy, imported before any mutant changes it
    hypothesis.settings.register_profile(PROFILE, parent=hypothesis.settings.get_profile("ratecert-certification"),
                                         phases=(Phase.explicit, Phase.generate, Phase.target))
    # one collection in the parent imports the check modules (assertions rewritten, features parsed);
    # each child's pytest.main then finds them imported. gc.freeze keeps the collector of every child
    # off the parent's heap (and its pages shared).
    scratch = Path(tempfile.mkdtemp(prefix="ratecert-mutation-"))
    with _silenced():
        pytest.main(_pytest_args(None, scratch / "collect.jsonl") + ["--collect-only"])
    gc.freeze()
    return {t.module: t.file.read_text(encoding="utf-8") for t in targets()}


@contextlib.contextmanager
def _silenced() -> Iterator[None]:
    saved = os.dup(1), os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    try:
        yield
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (*saved, devnull):
            os.close(fd)


def _pytest_args(result: Result | None, log: Path) -> list[str]:
    from ratecert.plugin import check_folders

    args = ["-q", "-x", "--no-header", "-p", "no:benchmark", "-p", "no:cacheprovider", "--rootdir", str(ROOT),
            "--ratecert-sut", "py:mutant_sut:MutantSut", "--ratecert-log", str(log),
            f"--hypothesis-profile={PROFILE}"]
    for clause in result.clauses if result else ():
        args += ["--ratecert-clause", clause]
    if result and not result.clauses and result.document:
        args += ["--ratecert-documents", result.document]
    return args + [str(folder) for folder in check_folders()]


def _child(site: Any, result: Result, source: str, log: Path, configurations: list[str]) -> None:
    """In the forked child: apply the mutant to the copy, certify it under each configuration in
    turn (mutant_sut.configurations) until one run fails, exit with that run's pytest code; the
    configuration and its run log are written beside `log` (.outcome)."""
    code = 3
    try:
        import pytest

        import mutant_sut
        import mutants

        mutants.apply(site, source, mutant_sut.copied(site.module))
        pixits = mutant_sut.configurations()
        for name in configurations:
            mutant_sut.MutantSut.pixit = pixits[name]
            run_log = log.with_name(f"{log.stem}-{name}.jsonl")
            with _silenced():
                code = int(pytest.main(_pytest_args(result, run_log)))
            log.with_suffix(".outcome").write_text(json.dumps({"configuration": name, "log": str(run_log)}))
            if code != 0:
                break
    except BaseException as exc:   # a mutant that cannot be applied: reported, never run
        log.with_suffix(".broken").write_text(f"{type(exc).__name__}: {exc}")
        code = 4
    finally:
        os._exit(code)


def baseline(out: Path, configurations: list[str]) -> int:
    """Every check against the unmutated copy under each configuration, in a child like a mutant's:
    it must pass (else a failure would be the configuration's, not a mutant's)."""
    import pytest

    import mutant_sut

    for name in configurations:
        pid = os.fork()
        if pid == 0:
            mutant_sut.MutantSut.pixit = mutant_sut.configurations()[name]
            with _silenced():
                code = int(pytest.main(_pytest_args(None, out / f"baseline-{name}.jsonl")))
            os._exit(code)
        code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        if code != 0:
            return code
    return 0


def _verdicts(log: Path) -> tuple[int, str | None]:
    """(checks run, the first failing or erring check's test purpose) from the child's run log."""
    if not log.exists():
        return 0, None
    events = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
    verdicts = [e for e in events if e.get("type") == "verdict"]
    bad = next((e for e in verdicts if e["verdict"] in ("fail", "error")), None)
    return len(verdicts), (f"{bad['tp'] or bad['nodeid']} ({bad['verdict']})" if bad else None)


def _outcome_log(result: Result, log: Path) -> Path:
    """The run log of the last configuration the child ran (noted in the result)."""
    outcome = log.with_suffix(".outcome")
    if not outcome.exists():
        return log
    noted = json.loads(outcome.read_text())
    result.extra["configuration"] = noted["configuration"]
    return Path(noted["log"])


def _settle(result: Result, code: int, log: Path, seconds: float) -> Result:
    result.seconds = round(seconds, 2)
    result.checks, result.killed_by = _verdicts(_outcome_log(result, log))
    if code == 0:
        result.outcome = "survived"
    elif code == 1:
        result.outcome = "killed"
    elif code == 2:
        result.outcome = "no-check"   # the selection held no applicable check
        result.detail = "no check ran for these clauses"
    else:
        broken = log.with_suffix(".broken")
        result.outcome = "broken"
        result.detail = broken.read_text() if broken.exists() else f"exit code {code}"
    return result


def run(mutants_planned: list[tuple[Any, Result]], sources: dict[str, str], jobs: int, timeout: float,
        out: Path, configurations: list[str]) -> None:
    """Fork `jobs` children at a time; append each result to OUT/results.jsonl as it finishes."""
    scratch = out / "logs"
    scratch.mkdir(parents=True, exist_ok=True)
    pending = list(mutants_planned)
    running: dict[int, tuple[Result, Path, float]] = {}
    done = 0
    with (out / "results.jsonl").open("a", encoding="utf-8") as sink:
        while pending or running:
            while pending and len(running) < jobs:
                site, result = pending.pop(0)
                log = scratch / f"{os.getpid()}-{len(pending)}.jsonl"
                log.unlink(missing_ok=True)
                pid = os.fork()
                if pid == 0:
                    _child(site, result, sources[site.module], log, configurations)
                running[pid] = (result, log, time.perf_counter())
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                for child, (result, log, began) in list(running.items()):
                    if time.perf_counter() - began > timeout:
                        os.kill(child, signal.SIGKILL)
                        os.waitpid(child, 0)
                        del running[child]
                        result.outcome, result.seconds = "timeout", round(timeout, 2)
                        result.checks, result.killed_by = _verdicts(_outcome_log(result, log))
                        _write(sink, result)
                        done += 1
                time.sleep(0.02)
                continue
            result, log, began = running.pop(pid)
            _write(sink, _settle(result, os.waitstatus_to_exitcode(status), log, time.perf_counter() - began))
            done += 1
            if done % 25 == 0:
                print(f"{done} mutants done, {len(pending)} to go", flush=True)


def _write(sink: Any, result: Result) -> None:
    sink.write(json.dumps(asdict(result)) + "\n")
    sink.flush()


def equivalents() -> dict[str, str]:
    """Mutants recorded as equivalent: key -> why no billing system could be told apart by it."""
    if not EQUIVALENTS.exists():
        return {}
    return yaml.safe_load(EQUIVALENTS.read_text(encoding="utf-8")) or {}


KILLED = ("killed", "timeout")


def score(results: list[dict[str, Any]], equivalent: dict[str, str]) -> dict[str, Any]:
    """Killed over non-equivalent mutants, per document and per clause group; survivors listed."""
    def tally(rows: list[dict[str, Any]]) -> dict[str, Any]:
        counted = [r for r in rows if r["key"] not in equivalent and r["outcome"] != "broken"]
        killed = sum(r["outcome"] in KILLED for r in counted)
        return {"mutants": len(rows), "equivalent": sum(r["key"] in equivalent for r in rows),
                "killed": killed, "survived": len(counted) - killed,
                "score": round(100 * killed / len(counted), 1) if counted else None}

    by_document: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_group: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in results:
        by_document[r["document"] or "shared"].append(r)
        by_group[r["group"]].append(r)
    survivors = [r for r in results if r["outcome"] not in KILLED and r["key"] not in equivalent]
    return {"killed": [r for r in results if r["outcome"] in KILLED], "total": tally(results), "documents": {d: tally(rows) for d, rows in sorted(by_document.items())},
            "groups": {g: tally(rows) for g, rows in sorted(by_group.items())},
            "survivors": sorted(survivors, key=lambda r: (r["group"], r["line"])),
            "equivalent": sorted((r for r in results if r["key"] in equivalent), key=lambda r: (r["group"], r["line"])),
            "seconds": round(sum(r["seconds"] for r in results), 1)}


def markdown(summary: dict[str, Any], equivalent: dict[str, str]) -> str:
    def table(rows: dict[str, dict[str, Any]], what: str) -> list[str]:
        lines = [f"| {what} | mutants | equivalent | killed | survived | score |", "|---|---:|---:|---:|---:|---:|"]
        lines += [f"| {name} | {t['mutants']} | {t['equivalent']} | {t['killed']} | {t['survived']} | "
                  f"{'-' if t['score'] is None else str(t['score']) + '%'} |" for name, t in rows.items()]
        return lines

    out = ["## Score per document", "", *table({**summary["documents"], "all": summary["total"]}, "document"), "",
           "## Score per clause group (module)", "", *table(summary["groups"], "clause group"), "",
           f"## Surviving mutants ({len(summary['survivors'])})", ""]
    if summary["survivors"]:
        out += ["| where | mutant | clauses whose checks ran | outcome |", "|---|---|---|---|"]
        out += [f"| `{r['group']}.py:{r['line']}` {r['holder']} | `{r['change']}` | "
                f"{', '.join(c.split(':', 1)[1] for c in r['clauses']) or r['document'] or 'all'} | {r['outcome']} |"
                for r in summary["survivors"]]
    configured = Counter(r.get("extra", {}).get("configuration", "default") for r in summary["killed"])
    out += ["", "Killed under: " + ", ".join(f"{name} {n}" for name, n in sorted(configured.items()))]
    out += ["", f"## Equivalent mutants ({len(summary['equivalent'])})", ""]
    if summary["equivalent"]:
        out += ["| where | mutant | why it is equivalent |", "|---|---|---|"]
        out += [f"| `{r['group']}.py:{r['line']}` {r['holder']} | `{r['change']}` | {equivalent[r['key']]} |"
                for r in summary["equivalent"]]
    return "\n".join(out) + "\n"


def report(out: Path) -> dict[str, Any]:
    results = {}
    for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            results[row["key"]] = row   # a later run of the same mutant replaces an earlier one
    equivalent = equivalents()
    summary = score(list(results.values()), equivalent)
    (out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    (out / "summary.md").write_text(markdown(summary, equivalent), encoding="utf-8")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "mutation")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds a mutant's checks may take")
    parser.add_argument("--module", action="append", default=[], help="only modules whose name contains this")
    parser.add_argument("--key", action="append", default=[], help="only the mutants with these keys")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--resume", action="store_true", help="skip mutants already in OUT/results.jsonl")
    parser.add_argument("--report-only", action="store_true", help="recompute the summary from OUT/results.jsonl")
    parser.add_argument("--list", action="store_true", help="print the mutants and the clauses they select, run none")
    parser.add_argument("--configurations", default="default",
                        help="comma-separated, tried in turn until one kills: default, alternative-a, alternative-b")
    parser.add_argument("--survivors-of", type=Path, default=None,
                        help="only the mutants that survived in this results.jsonl (to try other configurations)")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    sys.path[:0] = [str(HERE), str(ROOT)]   # bench's modules; tests.alternative_readings
    args.out.mkdir(parents=True, exist_ok=True)
    if args.report_only:
        print(json.dumps({k: v for k, v in report(args.out).items() if k in ("total", "documents")}, indent=1))
        return 0
    sources = warm_up()
    planned = plan(args.module, args.limit)
    if args.key:
        planned = [(s, r) for s, r in planned if r.key in args.key]
    if args.survivors_of:
        survived = {json.loads(line)["key"] for line in args.survivors_of.read_text().splitlines()
                    if line.strip() and json.loads(line)["outcome"] == "survived"}
        planned = [(s, r) for s, r in planned if r.key in survived]
    if args.list:
        for site, result in planned:
            print(f"{result.key}  line {result.line}  -> {', '.join(result.clauses) or result.document or 'all'}")
        return 0
    if args.resume and (args.out / "results.jsonl").exists():
        done = {json.loads(line)["key"] for line in (args.out / "results.jsonl").read_text().splitlines() if line}
        planned = [(s, r) for s, r in planned if r.key not in done]
    elif not args.resume:
        (args.out / "results.jsonl").unlink(missing_ok=True)
    began = time.perf_counter()
    unmutated = baseline(args.out, args.configurations.split(","))
    if unmutated != 0:
        print(f"the unmutated copy is not conformant (pytest exit {unmutated}): no mutant can be judged")
        return 2
    print(f"the unmutated copy passes every check in {time.perf_counter() - began:.0f} s; "
          f"{len(planned)} mutants, {args.jobs} at a time", flush=True)
    run(planned, sources, args.jobs, args.timeout, args.out, args.configurations.split(","))
    summary = report(args.out)
    print(f"ran {len(planned)} mutants in {time.perf_counter() - began:.0f} s wall")
    print(json.dumps({k: v for k, v in summary.items() if k in ("total", "documents")}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
