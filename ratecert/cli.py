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
    certify.add_argument("--waivers", type=Path, default=None, help="a waiver file (YAML)")
    certify.add_argument("--as-of", default=None, help="judge waiver expiry on this date (default: today)")
    certify.add_argument("--sign-key", type=Path, default=None, help="Ed25519 private key: write certificate.json")
    certify.add_argument("--certifier", default="ratecert", help="the certifier's name on the certificate")
    certify.add_argument("--documents", default=None,
                         help="comma-separated document ids to certify (default: all); the others are n/a")
    certify.add_argument("pytest_args", nargs="*", help="after --: node ids or pytest options to narrow the run")

    cov = sub.add_parser("coverage", help="clauses tested / untestable / untested, per document")
    cov.add_argument("--json", action="store_true")

    bill = sub.add_parser("bill", help="the bill of one case, as JSON")
    bill.add_argument("case", type=Path)
    bill.add_argument("--sut", default="reference")

    report = sub.add_parser("report", help="re-render every output from a run log")
    report.add_argument("log", type=Path)
    report.add_argument("--out", type=Path, default=None)
    report.add_argument("--sign-key", type=Path, default=None, help="also issue a signed certificate.json")
    report.add_argument("--certifier", default="ratecert")

    keygen = sub.add_parser("keygen", help="create an Ed25519 certifier key pair (STEM.key, STEM.pub)")
    keygen.add_argument("stem", type=Path)

    verify = sub.add_parser("verify", help="check a certificate's signature and digests against a log and a spec")
    verify.add_argument("certificate", type=Path)
    verify.add_argument("--public-key", type=Path, required=True, help="the certifier's public key you trust")
    verify.add_argument("--log", type=Path, default=None, help="the run log (default: results.jsonl beside it)")
    verify.add_argument("--spec", type=Path, default=None, help="the spec folder (default: the project's spec/)")

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

    audit = sub.add_parser("audit", help="re-rate usage records and list where a vendor's rating departs")
    audit.add_argument("usage", type=Path, help="call records, Parquet or CSV (optional column vendor_chargeable_ms)")
    audit.add_argument("--terms", type=Path, required=True, help="JSON: bill_day, pixit, accounts -> case template")
    audit.add_argument("--vendor-lines", type=Path, default=None, help="CSV: account,month,element,ref,amount")
    audit.add_argument("--out", type=Path, default=Path("out/audit"))
    audit.add_argument("--engine", choices=["arrow", "dask"], default="arrow")
    audit.add_argument("--scheduler", default=None, help="a Dask scheduler address (default: a local cluster)")
    audit.add_argument("--chunk-rows", type=int, default=2_000_000, help="rows per chunk of a CSV input")

    index = sub.add_parser("index-pages", help="rewrite spec/<document>/pages.yaml from the source pages")
    index.add_argument("--source", type=Path, required=True)
    index.add_argument("--document", default="access-catalog-3")

    args = parser.parse_args(argv)
    try:
        return {"certify": _certify, "coverage": _coverage, "bill": _bill, "report": _report,
                "schema": _schema, "check-citations": _check_citations, "serve": _serve, "replay": _replay,
                "promote": _promote, "keygen": _keygen, "verify": _verify,
                "index-pages": _index_pages, "audit": _audit}[args.command](args)
    except SpecError as exc:
        print(f"ratecert: malformed spec: {exc}", file=sys.stderr)
        return EXIT_BROKEN


def _targets(root: Path, pytest_args: list[str]) -> list[str]:
    """The pytest arguments of a certification run: the features and properties unless the
    arguments name node ids or paths of their own - options alone (`-x`, `-k EXPR`) narrow the
    whole certification rather than replacing it with pytest's default collection."""
    names_a_target = any((root / arg.split("::")[0]).exists() for arg in pytest_args if not arg.startswith("-"))
    return pytest_args if names_a_target else [str(root / "features"), str(root / "properties"), *pytest_args]


def _certify(args: argparse.Namespace) -> int:
    import pytest

    from ratecert.run_log import read_run

    root = project_root()
    spec = load_spec()  # a malformed spec stops here with file and line
    unknown = sorted({d.strip() for d in (args.documents or "").split(",") if d.strip()} - set(spec.documents))
    if unknown:
        print(f"ratecert: --documents names unknown documents {unknown}; known: {sorted(spec.documents)}",
              file=sys.stderr)
        return EXIT_BROKEN
    if args.waivers:
        from ratecert.waivers import load_waivers
        load_waivers(args.waivers)  # and so does a malformed waiver file
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    log = out / "results.jsonl"
    targets = _targets(root, args.pytest_args)
    options = ["--sut", args.sut, "--sut-timeout", str(args.sut_timeout), "--ratecert-log", str(log),
               "--hypothesis-profile-name", args.profile, "--ratecert-progress"]
    options += ["--validate-protocol"] if args.validate_protocol else []
    options += ["--waivers", str(args.waivers.resolve())] if args.waivers else []
    options += ["--as-of", args.as_of] if args.as_of else []
    options += ["--documents", args.documents] if args.documents else []
    os.chdir(root)
    code = pytest.main([*targets, "-p", "no:terminal", "-p", "no:cacheprovider", "--rootdir", str(root), *options])
    if not log.exists():
        print(f"ratecert: the run wrote no log (pytest exit code {int(code)}); run "
              f"`python3 -m pytest {' '.join(targets)} --sut {args.sut!r}` to see why", file=sys.stderr)
        return EXIT_BROKEN
    run = read_run(log)
    assessment = _render(run, out, args.sign_key, args.certifier, log)
    _print_summary(run, assessment, out)
    if not run.complete or int(code) in (2, 3, 4) or not run.events:
        print(f"ratecert: the run itself broke (pytest exit code {int(code)})", file=sys.stderr)
        return EXIT_BROKEN
    return EXIT_CONFORMANT if assessment.conformant else EXIT_NOT_CONFORMANT


def _render(run, out: Path, sign_key: Path | None = None, certifier: str = "ratecert",  # type: ignore[no-untyped-def]
            log: Path | None = None):
    """Every output of a run, from its log: JUnit, Cucumber JSON, RTM, summary, badge, HTML, certificate."""
    from ratecert.gate import assess
    from ratecert.reporting import render_html, render_junit
    from ratecert.reporting.cucumber import render_cucumber
    from ratecert.reporting.rtm import render_rtm
    from ratecert.reporting.summary import render_summary

    spec = load_spec()
    assessment = assess(run)
    render_junit(run, out / "junit.xml", assessment)
    render_cucumber(run, out / "cucumber.json")
    render_rtm(run, spec, out / "rtm.csv", out / "rtm.xlsx")
    render_summary(run, assessment, out / "summary.json", out / "badge.svg")
    render_html(run, spec, out / "report.html", assessment)
    if sign_key is not None and log is not None:
        from ratecert.certificates import issue, load_private

        issue(log, spec, project_root() / "spec", load_private(sign_key), certifier, out / "certificate.json")
    return assessment


def _print_summary(run, assessment, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The end of a certification in a CI log: the decision, the counts, what to look at and replay."""
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=True)
    counts = assessment.counts
    console.print(f"ratecert: {run.header.get('sut')}: " + ", ".join(f"{n} {v}" for v, n in counts.items()), markup=False)
    decision = "CONFORMANT" if assessment.conformant else "NOT CONFORMANT"
    console.print(f"ratecert: [bold {'green' if assessment.conformant else 'red'}]{decision}[/] - report {out / 'report.html'}")
    for index, event in enumerate(run.events, 1):
        if event in assessment.blocking:
            console.print(f"  {event['verdict'].upper():12} {', '.join(event['clauses'])} {event.get('tp')}: "
                          f"{(event.get('reason') or '')[:160]}", markup=False)
            console.print(f"               bundle {out}/bundles/{index:04d}-{event.get('tp') or 'check'}.json",
                          markup=False)
    if assessment.blocking:
        console.print(f"ratecert: replay a failure with `ratecert replay BUNDLE`; {len(assessment.blocking)} to act on",
                      markup=False)
    for event, waiver in assessment.waived:
        console.print(f"  waived       {event.get('tp')} until {waiver.expires} ({waiver.ticket})")
    for event, waiver in assessment.unexpected_passes:
        console.print(f"  UNEXPECTED PASS {event.get('tp')}: the waiver {waiver.ticket} can be removed")
    for waiver in assessment.expired:
        console.print(f"  EXPIRED WAIVER {waiver.tp or waiver.clause} ({waiver.ticket}) expired {waiver.expires}")
    if not run.complete:
        console.print("  the run log has no footer: the run did not finish")


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

    run = read_run(args.log)
    out = args.out or args.log.parent
    assessment = _render(run, out, args.sign_key, args.certifier, args.log)
    _print_summary(run, assessment, out)
    return EXIT_CONFORMANT if assessment.conformant else EXIT_NOT_CONFORMANT


def _keygen(args: argparse.Namespace) -> int:
    from ratecert.certificates import generate_key

    key, pub = generate_key(args.stem)
    print(f"ratecert: private key {key} (keep it secret), public key {pub} (give it to verifiers)")
    return EXIT_CONFORMANT


def _verify(args: argparse.Namespace) -> int:
    from ratecert.certificates import load_public, verify

    spec_dir = (args.spec or project_root() / "spec").resolve()
    log = args.log or args.certificate.parent / "results.jsonl"
    load_spec.cache_clear()
    problems = verify(args.certificate, load_public(args.public_key), log, load_spec(spec_dir), spec_dir)
    for problem in problems:
        print(f"ratecert verify: REJECTED: {problem}")
    if not problems:
        print(f"ratecert verify: genuine: {args.certificate} is signed by the trusted key and true of {log} and {spec_dir}")
    return EXIT_CONFORMANT if not problems else EXIT_NOT_CONFORMANT


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


def _audit(args: argparse.Namespace) -> int:
    """Exit 0: nothing departs; 1: departures, or usage of accounts the terms do not know; 2: bad input."""
    from ratecert.bulk.audit import INPUT_ERRORS, audit, catalog_rules
    from ratecert.bulk.stream import keep_freed_memory

    keep_freed_memory()
    rules = catalog_rules()
    try:
        result = audit(args.usage, args.terms, args.out, args.vendor_lines, engine=args.engine,
                       chunk_rows=args.chunk_rows, scheduler=args.scheduler, progress=sys.stderr.isatty(), rules=rules)
    except (*INPUT_ERRORS, *rules.input_errors) as exc:
        print(f"ratecert audit: {exc}", file=sys.stderr)
        return EXIT_BROKEN
    print(f"ratecert audit: {result.records} records in {result.seconds:.1f} s "
          f"({result.records_per_second:,.0f}/s), {result.rejected} rejected; "
          f"{result.record_discrepancies} record and {result.line_discrepancies} line discrepancies - "
          f"{result.out / 'audit.html'}")
    if result.unknown_accounts:
        named = ", ".join(f"{account} ({n})" for account, n in result.unknown_accounts.items())
        accounts = len(result.unknown_accounts)
        print(f"ratecert audit: {sum(result.unknown_accounts.values())} records of {accounts} "
              f"account{'s' if accounts != 1 else ''} the terms do not know, not priced: {named}", file=sys.stderr)
    return EXIT_CONFORMANT if result.clean else EXIT_NOT_CONFORMANT


def _index_pages(args: argparse.Namespace) -> int:
    from ratecert.citations import write_page_index

    pages = write_page_index(project_root() / "spec" / args.document, args.source)
    print(f"ratecert: indexed {len(pages)} cited pages of {args.document}")
    return EXIT_CONFORMANT


def _check_citations(args: argparse.Namespace) -> int:
    from ratecert.citations import check_document

    problems = check_document(load_spec().document(args.document), args.source)
    for problem in problems:
        print(problem)
    print(f"ratecert: {len(problems)} citation problems in {args.document}")
    return EXIT_NOT_CONFORMANT if problems else EXIT_CONFORMANT
