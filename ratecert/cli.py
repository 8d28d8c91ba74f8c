"""The `ratecert` command: certify a SUT, show clause coverage, bill one case, re-render a report,
write the protocol schemas, check citations against the source pages."""

from __future__ import annotations

import argparse
import atexit
import json
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

from ratecert.inputs import BadInput, existing_folder, first_error, folder_to_write, read_object, read_text
from ratecert.packs import PackError, discover
from ratecert.untrusted_text import visible

EXIT_CONFORMANT, EXIT_NOT_CONFORMANT, EXIT_BROKEN = 0, 1, 2

# Each command imports what it uses: the spec loader, the settings and the number bounds bring
# pydantic and yaml, which `ratecert audit` needs only beside its stream, not before it starts.


def seconds(text: str) -> float:
    """`ratecert.bounds.seconds`, loaded when a flag is parsed (argparse names the type in its errors)."""
    from ratecert import bounds

    return bounds.seconds(text)


def port(text: str) -> int:
    """`ratecert.bounds.port`, loaded when a flag is parsed (argparse names the type in its errors)."""
    from ratecert import bounds

    return bounds.port(text)


def _raised(exc: BaseException, module: str, name: str) -> bool:
    """`exc` is `module.name` - asked without importing the module, which raised nothing if never loaded."""
    loaded = sys.modules.get(module)
    return loaded is not None and isinstance(exc, getattr(loaded, name))


# set by a finished certification or audit: its process may end without Python's teardown (see `run`)
_ENDS_AT_ONCE = False


def run() -> NoReturn:
    """The `ratecert` command (its console script and `python -m ratecert`): `main()`, then the end
    of the process. A finished certification or audit ends it at once (`os._exit`), its output
    flushed and the exit handlers run, unless a tracer, a profiler or another thread waits for the
    end: Python's teardown would free what the run built object by object - the stream's Arrow
    buffers and codebooks (about 45 ms of a 0.6 s audit of a million records), every module, check,
    case and bill of a certification (about 0.2 s) - memory the kernel takes back whole. Callers in
    process use `main()`, which returns."""
    code = main()
    run_at_exit = getattr(atexit, "_run_exitfuncs", None)
    if _ENDS_AT_ONCE and run_at_exit is not None and _nothing_waits_for_the_end():
        run_at_exit()   # what registered itself for the end still runs: coverage's data, logging's flush
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def _nothing_waits_for_the_end() -> bool:
    """No tracer or profiler (coverage, cProfile: they write their data once the program returns)
    and no thread but this one (a normal exit would wait for it)."""
    import threading

    return sys.gettrace() is None and sys.getprofile() is None and threading.active_count() == 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ratecert", description=__doc__)
    parser.add_argument("--version", action="store_true", help="the version, the spec digest and each document's revision")
    sub = parser.add_subparsers(dest="command")

    certify = sub.add_parser("certify", help="run every pack's features and properties against a SUT",
                             description="Flags override [tool.ratecert] (pyproject.toml) or ratecert.toml, found "
                                         "from the working folder upward.")
    certify.add_argument("--sut", default=None, help="reference | py:module:factory | ep:NAME | cmd:PROGRAM ARGS | "
                                                     "http://HOST:PORT/PATH (default: reference)")
    certify.add_argument("--out", type=Path, default=None, help="folder for results.jsonl and the reports (default: out)")
    certify.add_argument("--sut-timeout", type=seconds, default=None, help="seconds a SUT may take per case (default 10)")
    certify.add_argument("--profile", default=None, choices=["certification", "exploratory"])
    certify.add_argument("--budget", default=None, help="a slow SUT's example budget per property: examples=N,seconds=S "
                                                        "(either or both); scenarios of fixed cases are never cut")
    certify.add_argument("--validate-protocol", action="store_const", const=True, default=None,
                         help="check every message against the protocol's JSON Schemas")
    certify.add_argument("--waivers", type=Path, default=None, help="a waiver file (YAML)")
    certify.add_argument("--as-of", default=None, help="judge waiver expiry on this date (default: today)")
    certify.add_argument("--sign-key", type=Path, default=None, help="Ed25519 private key: write certificate.json")
    certify.add_argument("--certifier", default="ratecert", help="the certifier's name on the certificate")
    certify.add_argument("--documents", default=None,
                         help="comma-separated document ids to certify (default: all); the others are n/a")
    certify.add_argument("-j", "--jobs", type=int, default=None, help="check with N SUT processes in parallel")
    certify.add_argument("--clause", action="append", default=[], help="only checks citing a clause under this "
                                                                       "prefix (section or document:section)")
    certify.add_argument("--tp", action="append", default=[], help="only this test purpose (repeatable)")
    certify.add_argument("--capability", action="append", default=[], help="only checks of this capability")
    certify.add_argument("--config", type=Path, default=None, help="a ratecert.toml or pyproject.toml to read instead "
                                                                   "of the one found from the working folder")
    certify.add_argument("pytest_args", nargs="*", help="after --: node ids or pytest options to narrow the run")

    scaffold = sub.add_parser("new-document", help="scaffold a document pack of your own, ready to install and certify")
    scaffold.add_argument("document", help="the document id: lower-case words joined by hyphens (example-tariff-1)")
    scaffold.add_argument("--into", type=Path, default=None, help="the new pack's folder (default: ./ratecert-DOCUMENT)")
    scaffold.add_argument("--title", default=None, help="the document's title")

    summary = sub.add_parser("summary", help="the verdict of a run, for a CI job summary")
    summary.add_argument("run", type=Path, nargs="?", default=Path("out"), help="an output folder or its results.jsonl")
    summary.add_argument("--format", choices=["markdown", "text"], default="text")

    cov = sub.add_parser("coverage", help="clauses tested / untestable / untested, per document")
    cov.add_argument("--json", action="store_true")
    cov.add_argument("--inventory", type=Path, default=None, metavar="DIR",
                     help="an index of the documents' rules (e.g. ../shared/inventory): report the rows and "
                          "flags spec/ does not account for (exit 1 when any)")
    cov.add_argument("--untestable-rows", action="store_true",
                     help="one Markdown table of the inventory rows on untestable clauses, with the reason")

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
    promote.add_argument("--into", type=Path, default=None,
                         help="your counterexamples folder (default: the pack's own, in a working copy of it)")

    serve = sub.add_parser("serve", help="serve an in-process SUT over the HTTP form of the protocol")
    serve.add_argument("--sut", default="reference", help="reference | py:module:factory | ep:NAME")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=port, default=0, help="0 picks a free port")
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
    audit.add_argument("--document", default=None,
                       help="the document whose rules rate the usage (default: the one pack offering a bulk audit)")

    index = sub.add_parser("index-pages", help="rewrite spec/<document>/pages.yaml from the source pages")
    index.add_argument("--source", type=Path, required=True)
    index.add_argument("--document", default="access-catalog-3")

    args = parser.parse_args(argv)
    if args.version:
        return _version()
    if args.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_BROKEN
    try:
        return {"certify": _certify, "summary": _summary, "new-document": _new_document, "coverage": _coverage,
                "bill": _bill, "report": _report, "schema": _schema, "check-citations": _check_citations,
                "serve": _serve, "replay": _replay, "promote": _promote, "keygen": _keygen, "verify": _verify,
                "index-pages": _index_pages, "audit": _audit}[args.command](args)
    except BadInput as exc:   # each command checks its own input; one line, exit 2, never a traceback
        print(f"ratecert {args.command}: {visible(exc)}", file=sys.stderr)
        return EXIT_BROKEN
    except PackError as exc:
        print(f"ratecert: {visible(exc)}", file=sys.stderr)
        return EXIT_BROKEN
    except BrokenPipeError:   # `ratecert coverage | head`: the reader left; nothing to say to it
        sys.stderr.close()
        return EXIT_CONFORMANT
    except ValueError as exc:
        if _raised(exc, "ratecert.spec.errors", "SpecError"):
            print(f"ratecert: malformed spec: {visible(exc)}", file=sys.stderr)
            return EXIT_BROKEN
        if _raised(exc, "ratecert.settings", "ConfigError"):
            print(f"ratecert: {visible(exc)}", file=sys.stderr)
            return EXIT_BROKEN
        raise


def _version() -> int:
    from ratecert import __version__
    from ratecert.spec import load_spec

    spec = load_spec()
    print(f"ratecert {__version__}")
    print(f"spec digest {spec.digest}")
    for document in spec.documents.values():
        print(f"  {document.id}: {document.title} - {document.spec_version}")
    return EXIT_CONFORMANT


def _targets(pytest_args: list[str]) -> list[str]:
    """The pytest arguments of a certification run: every pack's features and properties unless the
    arguments name node ids or paths of their own - options alone (`-x`, `-k EXPR`) narrow the
    whole certification rather than replacing it with pytest's default collection."""
    from ratecert.plugin import check_folders

    names_a_target = any(Path(arg.split("::")[0]).exists() for arg in pytest_args if not arg.startswith("-"))
    return pytest_args if names_a_target else [*map(str, check_folders()), *pytest_args]


def _certify(args: argparse.Namespace) -> int:
    # Hypothesis runs every installed package's "hypothesis" entry point when it is imported: trio's
    # (a dependency of selenium, among others) imports trio, a fifth of a second of every run. The
    # checks draw from explicit strategies, never from registered type strategies, so no plugin can
    # change a case; a user who wants them anyway sets HYPOTHESIS_NO_PLUGINS to the empty string.
    # Set only while hypothesis is imported: the SUT's own environment is not ours to change.
    ours = "HYPOTHESIS_NO_PLUGINS" not in os.environ
    os.environ.setdefault("HYPOTHESIS_NO_PLUGINS", "1")
    import hypothesis  # noqa: F401
    if ours:
        del os.environ["HYPOTHESIS_NO_PLUGINS"]
    import pytest

    from ratecert.outputs import print_summary
    from ratecert.plugin import check_folders
    from ratecert.run_log import read_run
    from ratecert.settings import ConfigError, load_settings
    from ratecert.spec import load_spec

    load_spec()  # a malformed spec stops here with file and line
    given = {"sut": args.sut, "out": args.out, "sut-timeout": args.sut_timeout, "profile": args.profile,
             "validate-protocol": args.validate_protocol, "waivers": args.waivers, "jobs": args.jobs,
             "budget": args.budget,
             "documents": [d.strip() for d in args.documents.split(",") if d.strip()] if args.documents else None}
    try:
        chosen = load_settings(Path.cwd(), given, config=args.config)
    except ConfigError as exc:
        return _refuse(str(exc))
    unknown = sorted(set(chosen.documents or ()) - set(discover()))
    if unknown:
        return _refuse(f"--documents names unknown documents {unknown}; installed: {sorted(discover())}")
    if chosen.waivers:
        from ratecert.waivers import load_waivers
        load_waivers(chosen.waivers)  # a malformed waiver file stops here with file and line
    _check_date(args.as_of, "--as-of")
    _signing_key(args.sign_key)   # a garbage key is refused now, not after the run
    out = folder_to_write(chosen.out.resolve(), "--out folder")
    log = out / "results.jsonl"
    log.unlink(missing_ok=True)
    options = ["--ratecert-sut", chosen.sut, "--ratecert-sut-timeout", str(chosen.sut_timeout),
               "--ratecert-out", str(out), "--ratecert-profile", chosen.profile, "--ratecert-progress",
               "--ratecert-certifier", args.certifier]
    options += ["--ratecert-config", str(chosen.source)] if chosen.source else ["--ratecert-config", "none"]
    options += ["--ratecert-validate-protocol"] if chosen.validate_protocol else []
    options += ["--ratecert-waivers", str(chosen.waivers.resolve())] if chosen.waivers else []
    options += ["--ratecert-as-of", args.as_of] if args.as_of else []
    options += ["--ratecert-documents", ",".join(chosen.documents)] if chosen.documents else []
    options += ["--ratecert-sign-key", str(args.sign_key.resolve())] if args.sign_key else []
    options += ["--ratecert-counterexamples", str(chosen.counterexamples)] if chosen.counterexamples else []
    options += ["--ratecert-budget", chosen.budget.flag()] if chosen.budget else []
    for flag, values in (("--ratecert-clause", args.clause), ("--ratecert-tp", args.tp),
                         ("--ratecert-capability", args.capability)):
        options += [part for value in values for part in (flag, value)]
    options += ["--ratecert-jobs", str(chosen.jobs)] if chosen.jobs > 1 else []   # forked after one collection
    root = Path(os.path.commonpath(check_folders()))
    code = int(pytest.main([*_targets(args.pytest_args), "-p", "no:terminal", "-p", "no:cacheprovider",
                            "--rootdir", str(root), "-c", str(Path(__file__).with_name("certify.ini")), *options]))
    if not log.exists():
        return _refuse(f"the run wrote no log (pytest exit code {code}); run `python3 -m pytest --ratecert-sut "
                       f"{chosen.sut!r} --ratecert-out {out}` to see why")
    from ratecert.gate import assess

    run = read_run(log)
    print_summary(run, assess(run), out)
    global _ENDS_AT_ONCE
    _ENDS_AT_ONCE = True   # the log, the reports and the certificate are written and closed; the SUT is stopped
    return code if code in (EXIT_CONFORMANT, EXIT_NOT_CONFORMANT) else EXIT_BROKEN


def _refuse(message: str) -> int:
    print(f"ratecert: {message}", file=sys.stderr)
    return EXIT_BROKEN


def _new_document(args: argparse.Namespace) -> int:
    from ratecert.scaffold import ScaffoldError, new_document

    into = args.into or Path(f"ratecert-{args.document}")
    try:
        written = new_document(args.document, into, args.title)
    except ScaffoldError as exc:
        return _refuse(str(exc))
    print(f"ratecert: wrote the {args.document} pack ({len(written)} files) in {into}; "
          f"`pip install {into}` and it appears in ratecert coverage and certify")
    return EXIT_CONFORMANT


def _summary(args: argparse.Namespace) -> int:
    from ratecert.gate import assess
    from ratecert.run_log import read_run
    from ratecert.reporting.summary import markdown_summary, text_summary

    log = args.run / "results.jsonl" if args.run.is_dir() else args.run
    if not log.is_file():
        return _refuse(f"no run log at {log}")
    run = read_run(log)
    assessment = assess(run)
    print((markdown_summary if args.format == "markdown" else text_summary)(run, assessment))
    return EXIT_CONFORMANT if assessment.conformant else EXIT_NOT_CONFORMANT


def _coverage(args: argparse.Namespace) -> int:
    from ratecert.coverage import coverage
    from ratecert.inventory import reconcile, recorded
    from ratecert.spec import load_spec

    spec = load_spec()
    results = coverage(spec)
    rows = {r.document: r for r in recorded(spec, results)}
    try:
        reconciled = reconcile(spec, results, args.inventory) if args.inventory else None
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        return _refuse(f"cannot read the inventory: {exc}")
    if args.untestable_rows:
        from ratecert.inventory import untestable_rows, untestable_table

        print(untestable_table(untestable_rows(spec, results)))
    elif args.json:
        documents = [{"document": r.document, "total": r.total, "tested": r.tested, "untestable": r.untestable,
                      "untested": r.untested, "unknown_tags": r.unknown_tags, "cited_untestable": r.cited_untestable,
                      "inventory": vars(rows[r.document]) if r.document in rows else None} for r in results]
        # the list of documents, as ever; with --inventory, that list and the reconciliation
        print(json.dumps({"documents": documents, "inventory": vars(reconciled)} if reconciled else documents,
                         indent=2))
    else:
        for r in results:
            print(f"{r.document}: {r.total} clauses, {len(r.tested)} tested, {len(r.untestable)} untestable, "
                  f"{len(r.untested)} untested")
            if r.document in rows:
                count = rows[r.document]
                print(f"  inventory rows: {count.rows}, {count.tested} on tested clauses, {count.untestable} on "
                      f"untestable clauses, {len(count.untested)} on untested clauses")
            for cid, reason in r.untestable.items():
                print(f"  untestable {cid}: {reason}")
            for cid in r.untested:
                print(f"  untested   {cid}")
            for tag in r.unknown_tags:
                print(f"  UNKNOWN TAG {tag}")
            for cid, purposes in r.cited_untestable.items():
                print(f"  UNTESTABLE BUT CITED {cid}: {', '.join(purposes)}")
        if reconciled:
            print(f"inventory {args.inventory}: {reconciled.rows} rule rows, {reconciled.accounted} accounted for, "
                  f"{len(reconciled.unaccounted)} not; {reconciled.flags} flags, {reconciled.flags_recorded} recorded")
            for line in (*reconciled.changed, *reconciled.unaccounted, *reconciled.stale, *reconciled.unrecorded_flags):
                print(f"  {line}")
    if any(r.unknown_tags or r.cited_untestable for r in results):
        return EXIT_BROKEN
    return EXIT_NOT_CONFORMANT if reconciled and not reconciled.complete else EXIT_CONFORMANT


def _bill(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from ratecert.adapters import SutError, SutSkipped, open_sut
    from ratecert.packs import parse_case

    try:
        case = parse_case(read_text(args.case, "case"))
    except ValidationError as exc:
        raise BadInput(f"malformed case {args.case}: {first_error(exc)}") from None
    except ValueError as exc:   # not JSON, or a document no installed pack bills
        raise BadInput(f"malformed case {args.case}: {exc}") from None
    adapter = open_sut(args.sut)
    try:
        adapter.start()
        print(adapter.bill(case).model_dump_json(indent=2))
    except SutSkipped as exc:
        print(f"ratecert: the SUT skipped the case: {visible(exc)}", file=sys.stderr)
        return EXIT_NOT_CONFORMANT
    except SutError as exc:
        print(f"ratecert: SUT error: {visible(exc.reason)}\n{visible(exc.stderr, lines=True)}", file=sys.stderr)
        return EXIT_BROKEN
    finally:
        adapter.close()
    return EXIT_CONFORMANT


def _report(args: argparse.Namespace) -> int:
    from ratecert.outputs import print_summary, render_outputs
    from ratecert.run_log import read_run

    run = read_run(args.log)
    key = _signing_key(args.sign_key)
    out = folder_to_write(args.out or args.log.parent, "--out folder")
    assessment = render_outputs(run, out, key, args.certifier, args.log)
    print_summary(run, assessment, out)
    return EXIT_CONFORMANT if assessment.conformant else EXIT_NOT_CONFORMANT


def _keygen(args: argparse.Namespace) -> int:
    from ratecert.certificates import generate_key

    taken = [p for p in (args.stem.with_suffix(".key"), args.stem.with_suffix(".pub")) if p.exists()]
    if taken:
        raise BadInput(f"{taken[0]} exists; keygen never overwrites a key (choose another stem or remove it)")
    folder_to_write(args.stem.parent.resolve(), "key folder")
    key, pub = generate_key(args.stem)
    print(f"ratecert: private key {key} (keep it secret), public key {pub} (give it to verifiers)")
    return EXIT_CONFORMANT


def _verify(args: argparse.Namespace) -> int:
    from ratecert.certificates import load_public, verify
    from ratecert.run_log import read_run
    from ratecert.spec import load_spec

    spec_dir = args.spec.resolve() if args.spec else None
    log = args.log or args.certificate.parent / "results.jsonl"
    read_object(args.certificate, "certificate")
    read_run(log)   # the run log it certifies must be one
    public = _key(load_public, args.public_key, "public key")
    if spec_dir is not None and not spec_dir.is_dir():
        raise BadInput(f"spec folder {spec_dir} does not exist")
    problems = verify(args.certificate, public, log, load_spec(spec_dir))
    for problem in problems:
        print(f"ratecert verify: REJECTED: {visible(problem)}")
    if not problems:
        print(f"ratecert verify: genuine: {args.certificate} is signed by the trusted key and true of {log} and "
              f"{spec_dir or 'the installed spec'}")
    return EXIT_CONFORMANT if not problems else EXIT_NOT_CONFORMANT


def _schema(args: argparse.Namespace) -> int:
    from ratecert.schema import write

    from ratecert.resources import schemas

    for path in write(folder_to_write(args.out or schemas(), "--out folder")):
        print(path)
    return EXIT_CONFORMANT


def _replay(args: argparse.Namespace) -> int:
    from ratecert.bundles import replay

    result = replay(args.bundle, args.sut)
    print(f"ratecert replay: {result.verdict}\n{visible(result.detail, lines=True)}")
    return {"pass": EXIT_CONFORMANT, "fail": EXIT_NOT_CONFORMANT, "inconclusive": EXIT_NOT_CONFORMANT}.get(
        result.verdict, EXIT_BROKEN)


def _promote(args: argparse.Namespace) -> int:
    from ratecert.bundles import promote

    print(f"ratecert: kept as a permanent counterexample: {promote(args.bundle, args.into)}")
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
    try:
        server = make_server(adapter, args.host, args.port)
    except OSError as exc:
        raise BadInput(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
    print(f"http://{args.host}:{server.server_address[1]}/ratecert", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return EXIT_CONFORMANT


def _audit(args: argparse.Namespace) -> int:
    """Exit 0: nothing departs; 1: departures, or usage of accounts the terms do not know; 2: bad input."""
    # NumPy's OpenBLAS starts a thread per core and sizes its buffers when NumPy is imported: 0.05 s
    # of CPU for linear algebra the audit never does (a value the user set is kept)
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    # pyarrow's bundled jemalloc - not the allocator the audit uses (ratecert.bulk.stream.keep_freed_memory)
    # - starts a background thread when pyarrow is imported; with no thread running, the audit can fork
    # the process that loads and prices the terms beside its stream (ratecert.bulk.beside)
    os.environ.setdefault("JE_ARROW_MALLOC_CONF", "background_thread:false")
    from ratecert.bulk.beside import early
    from ratecert.packs import audit_rules, bulk_audits

    offering = bulk_audits()   # from the entry points' metadata: no pack is imported
    chosen = [d for d in offering if d == args.document] if args.document else offering
    if len(chosen) != 1:
        raise BadInput(f"name the document with --document (packs offering a bulk audit: {', '.join(offering) or 'none'})")
    document = chosen[0]

    def rules_and_terms() -> tuple[Any, Any]:
        found = audit_rules(document)
        return found, found.read_terms(args.terms)

    # the terms' process forked before this one imports NumPy, pyarrow and the stream: it loads the
    # terms on the second core while this one imports (the stream itself is not begun before that)
    started = early(rules_and_terms) if args.engine != "dask" else None
    try:
        from ratecert.bulk.audit import INPUT_ERRORS, audit
        from ratecert.bulk.stream import keep_freed_memory

        keep_freed_memory()
        rules = audit_rules(document)
        try:
            result = audit(args.usage, args.terms, args.out, args.vendor_lines, engine=args.engine,
                           chunk_rows=args.chunk_rows, scheduler=args.scheduler, progress=sys.stderr.isatty(),
                           rules=rules, started=started)
        except (*INPUT_ERRORS, *rules.input_errors) as exc:
            print(f"ratecert audit: {exc}", file=sys.stderr)
            return EXIT_BROKEN
    finally:
        if started is not None:
            started.close()
    global _ENDS_AT_ONCE
    _ENDS_AT_ONCE = args.engine != "dask"   # a Dask client and cluster close at exit
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
    from ratecert.spec import spec_folders

    _known_document(args.document)
    existing_folder(args.source, "--source folder")
    pages = write_page_index(spec_folders()[args.document], args.source)
    print(f"ratecert: indexed {len(pages)} cited pages of {args.document}")
    return EXIT_CONFORMANT


def _check_citations(args: argparse.Namespace) -> int:
    from ratecert.citations import check_document

    existing_folder(args.source, "--source folder")
    problems = check_document(_known_document(args.document), args.source)
    for problem in problems:
        print(problem)
    print(f"ratecert: {len(problems)} citation problems in {args.document}")
    return EXIT_NOT_CONFORMANT if problems else EXIT_CONFORMANT


def _key(load, path: Path, what: str):  # type: ignore[no-untyped-def]
    """A PEM key read by `load`, or BadInput naming the file."""
    try:
        return load(path)
    except FileNotFoundError:
        raise BadInput(f"{what} {path}: no such file") from None
    except (ValueError, TypeError, OSError) as exc:   # not PEM, not Ed25519, unreadable
        raise BadInput(f"{what} {path} is not an Ed25519 PEM key: {str(exc).splitlines()[0] if str(exc) else exc}") \
            from None


def _signing_key(path: Path | None):  # type: ignore[no-untyped-def]
    """The certifier's private key named by --sign-key (None without one), read before any work.
    Without one nothing is imported: the certificates' module brings the reports' (pandas, jinja2),
    which a `-j` run imports while its workers check (ratecert.plugin)."""
    if path is None:
        return None
    from ratecert.certificates import load_private

    return _key(load_private, path, "signing key")


def _check_date(value: str | None, option: str) -> None:
    import datetime as dt

    if value is not None:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise BadInput(f"{option} {value!r} is not a date (YYYY-MM-DD)") from None


def _known_document(document: str):  # type: ignore[no-untyped-def]
    from ratecert.spec import load_spec

    spec = load_spec()
    if document not in spec.documents:
        raise BadInput(f"unknown document {document!r}; known: {', '.join(sorted(spec.documents))}")
    return spec.document(document)
