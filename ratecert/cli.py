"""The `ratecert` command: certify a SUT, show clause coverage, bill one case, re-render a report,
write the protocol schemas, check citations against the source pages."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ratecert.spec import SpecError, load_spec, project_root

EXIT_CONFORMANT, EXIT_NOT_CONFORMANT, EXIT_BROKEN = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ratecert", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    certify = sub.add_parser("certify", help="run the features and properties against a SUT")
    certify.add_argument("--sut", default="reference", help="reference | py:module:factory | cmd:PROGRAM ARGS")
    certify.add_argument("--out", type=Path, default=Path("out"), help="folder for results.jsonl, junit.xml, report.html")
    certify.add_argument("--sut-timeout", type=float, default=10.0)
    certify.add_argument("--profile", default="certification", choices=["certification", "exploratory"])
    certify.add_argument("--validate-protocol", action="store_true", help="check every message against spec/schema/")
    certify.add_argument("pytest_args", nargs="*", help="after --: node ids or pytest options to narrow the run")

    cov = sub.add_parser("coverage", help="clauses tested / untestable / untested, per document")
    cov.add_argument("--json", action="store_true")

    bill = sub.add_parser("bill", help="the bill of one case, as JSON")
    bill.add_argument("case", type=Path)
    bill.add_argument("--sut", default="reference")

    report = sub.add_parser("report", help="re-render junit.xml and report.html from a run log")
    report.add_argument("log", type=Path)
    report.add_argument("--out", type=Path, default=None)

    schema = sub.add_parser("schema", help="write the protocol's JSON Schemas to spec/schema/")
    schema.add_argument("--out", type=Path, default=None)

    replay = sub.add_parser("replay", help="send a failure bundle's case again and recompute its verdict")
    replay.add_argument("bundle", type=Path)
    replay.add_argument("--sut", default=None, help="another SUT than the bundle's (e.g. the fixed release)")

    promote = sub.add_parser("promote", help="keep a bundle's case as a permanent counterexample")
    promote.add_argument("bundle", type=Path)

    serve = sub.add_parser("serve", help="serve an in-process SUT over the HTTP form of the protocol")
    serve.add_argument("--sut", default="reference", help="reference | py:module:factory | ep:NAME")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=0, help="0 picks a free port")
    serve.add_argument("--stdio", action="store_true", help="JSON lines on stdin/stdout instead of HTTP")

    cite = sub.add_parser("check-citations", help="verify page digests, dates and amounts against the source")
    cite.add_argument("--source", type=Path, required=True, help="the document folder as received (pages/, INDEX.tsv)")
    cite.add_argument("--document", default="access-catalog-3")

    args = parser.parse_args(argv)
    try:
        return {"certify": _certify, "coverage": _coverage, "bill": _bill, "report": _report,
                "schema": _schema, "check-citations": _check_citations, "serve": _serve, "replay": _replay,
                "promote": _promote}[args.command](args)
    except SpecError as exc:
        print(f"ratecert: malformed spec: {exc}", file=sys.stderr)
        return EXIT_BROKEN


def _certify(args: argparse.Namespace) -> int:
    import pytest

    from ratecert.run_log import read_run
    from ratecert.verdicts import conformant, tally

    root = project_root()
    load_spec()  # a malformed spec stops here with file and line
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    log = out / "results.jsonl"
    targets = args.pytest_args or [str(root / "features"), str(root / "properties")]
    os.chdir(root)
    code = pytest.main([*targets, "-q", "--tb=line", "-p", "no:cacheprovider", "--rootdir", str(root),
                        "--sut", args.sut, "--sut-timeout", str(args.sut_timeout), "--ratecert-log", str(log),
                        "--hypothesis-profile-name", args.profile,
                        *(["--validate-protocol"] if args.validate_protocol else [])])
    if not log.exists():
        print("ratecert: the run wrote no log (pytest exit code %d)" % code, file=sys.stderr)
        return EXIT_BROKEN
    run = read_run(log)
    _render(run, out)
    counts = tally(e["verdict"] for e in run.events)
    print(_summary(run, counts, out))
    if not run.complete or int(code) in (2, 3, 4) or not run.events:
        return EXIT_BROKEN
    return EXIT_CONFORMANT if conformant(counts) else EXIT_NOT_CONFORMANT


def _render(run, out: Path) -> None:  # type: ignore[no-untyped-def]
    from ratecert.reporting import render_html, render_junit

    render_junit(run, out / "junit.xml")
    render_html(run, load_spec(), out / "report.html")


def _summary(run, counts: dict[str, int], out: Path) -> str:  # type: ignore[no-untyped-def]
    from ratecert.verdicts import conformant

    lines = [f"ratecert: {run.header.get('sut')}: " + ", ".join(f"{n} {v}" for v, n in counts.items()),
             f"ratecert: {'CONFORMANT' if conformant(counts) and run.complete else 'NOT CONFORMANT'}"
             f" - report {out / 'report.html'}"]
    for event in run.events:
        if event["verdict"] in ("fail", "error", "inconclusive"):
            lines.append(f"  {event['verdict'].upper():12} {', '.join(event['clauses'])} {event.get('tp')}: "
                         f"{event.get('reason', '')[:160]}")
    if not run.complete:
        lines.append("  the run log has no footer: the run did not finish")
    return "\n".join(lines)


def _coverage(args: argparse.Namespace) -> int:
    from ratecert.coverage import coverage

    results = coverage(load_spec(), project_root())
    if args.json:
        print(json.dumps([{"document": r.document, "total": r.total, "tested": r.tested, "untestable": r.untestable,
                           "untested": r.untested, "unknown_tags": r.unknown_tags} for r in results], indent=2))
    else:
        for r in results:
            print(f"{r.document}: {r.total} clauses, {len(r.tested)} tested, {len(r.untestable)} untestable, "
                  f"{len(r.untested)} untested")
            for cid, reason in r.untestable.items():
                print(f"  untestable {cid}: {reason}")
            for cid in r.untested:
                print(f"  untested   {cid}")
            for tag in r.unknown_tags:
                print(f"  UNKNOWN TAG {tag}")
    return EXIT_BROKEN if any(r.unknown_tags for r in results) else EXIT_CONFORMANT


def _bill(args: argparse.Namespace) -> int:
    from ratecert.adapters import SutError, SutSkipped, open_sut
    from ratecert.case import Case

    try:
        case = Case.model_validate_json(args.case.read_text(encoding="utf-8"))
    except ValueError as exc:
        print(f"ratecert: malformed case {args.case}: {exc}", file=sys.stderr)
        return EXIT_BROKEN
    adapter = open_sut(args.sut)
    try:
        adapter.start()
        print(adapter.bill(case).model_dump_json(indent=2))
    except SutSkipped as exc:
        print(f"ratecert: the SUT skipped the case: {exc}", file=sys.stderr)
        return EXIT_NOT_CONFORMANT
    except SutError as exc:
        print(f"ratecert: SUT error: {exc.reason}\n{exc.stderr}", file=sys.stderr)
        return EXIT_BROKEN
    finally:
        adapter.close()
    return EXIT_CONFORMANT


def _report(args: argparse.Namespace) -> int:
    from ratecert.run_log import read_run
    from ratecert.verdicts import conformant, tally

    run = read_run(args.log)
    out = args.out or args.log.parent
    _render(run, out)
    counts = tally(e["verdict"] for e in run.events)
    print(_summary(run, counts, out))
    return EXIT_CONFORMANT if conformant(counts) and run.complete else EXIT_NOT_CONFORMANT


def _schema(args: argparse.Namespace) -> int:
    from ratecert.schema import write

    for path in write(args.out or project_root() / "spec" / "schema"):
        print(path)
    return EXIT_CONFORMANT


def _replay(args: argparse.Namespace) -> int:
    from ratecert.bundles import replay

    result = replay(args.bundle, args.sut)
    print(f"ratecert replay: {result.verdict}\n{result.detail}")
    return {"pass": EXIT_CONFORMANT, "fail": EXIT_NOT_CONFORMANT, "inconclusive": EXIT_NOT_CONFORMANT}.get(
        result.verdict, EXIT_BROKEN)


def _promote(args: argparse.Namespace) -> int:
    from ratecert.bundles import promote

    print(f"ratecert: kept as a permanent counterexample: {promote(args.bundle)}")
    return EXIT_CONFORMANT


def _serve(args: argparse.Namespace) -> int:
    from ratecert.adapters import InProcessAdapter, open_sut
    from ratecert.serve import make_server, serve_stdio

    adapter = open_sut(args.sut)
    if not isinstance(adapter, InProcessAdapter):
        print("ratecert: serve takes an in-process SUT (reference, py:..., ep:...)", file=sys.stderr)
        return EXIT_BROKEN
    if args.stdio:
        serve_stdio(adapter)
        return EXIT_CONFORMANT
    server = make_server(adapter, args.host, args.port)
    print(f"http://{args.host}:{server.server_address[1]}/ratecert", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return EXIT_CONFORMANT


def _check_citations(args: argparse.Namespace) -> int:
    from ratecert.citations import check_document

    problems = check_document(load_spec().document(args.document), args.source)
    for problem in problems:
        print(problem)
    print(f"ratecert: {len(problems)} citation problems in {args.document}")
    return EXIT_NOT_CONFORMANT if problems else EXIT_CONFORMANT
