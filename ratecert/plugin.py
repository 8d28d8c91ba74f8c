"""The pytest plugin that makes a pytest run a certification run (registered under `pytest11`).

Inert unless asked: in a pytest run with neither `--ratecert-sut` nor a `[tool.ratecert]` table it
loads no hypothesis profile, opens no SUT and writes nothing; its options all carry the
`--ratecert-` prefix. Asked, it opens the SUT once per process (each worker, forked by
`--ratecert-jobs` (ratecert.parallel) or xdist's, has its own) and hands steps and properties the
adapter; checks the SUT's claims before anything runs; turns Gherkin tags (@clause:, @tp:,
@interpretation:, @document:, @capability:) into marks; decides `n/a` before a check runs (not
claimed, or a reading the SUT did not choose); maps each outcome to one of the five verdicts; and
records one event per check. The events reach one writer - the process that runs the session, the
parent of forked workers or the xdist controller - which appends them to the run log and, with an
output folder, renders every report at the end. The exit code is the gate's: 0 conformant, 1 not
conformant, 2 the run could not decide.

`pytest --ratecert-sut SUT` with no paths collects every installed pack's features and properties
(in a vendor's repository, that is the certification, not its own tests).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import gc
import os
import re
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from pytest_bdd.scenario import scenario_wrapper_template_registry

from ratecert import __version__
from ratecert.adapters import Adapter, SutError, SutSkipped, open_sut
from ratecert.bounds import seconds
from ratecert.budget import BUDGET, PropertyBudget
from ratecert.bundles import write_bundle
from ratecert.case import PROTOCOL
from ratecert.claims import ClaimError
from ratecert.claims import check as check_claims
from ratecert.generation import record as generation_record
from ratecert.generation import without_local_constants
from ratecert.gherkin import parsed_features, step_lookup
from ratecert.packs import DocumentPack, discover
from ratecert.progress import _ACTIVE_PROGRESS, PROGRESS, Progress
from ratecert.protocol import StartReply
from ratecert.run_log import RunLogWriter
from ratecert.scenario import BillingScenario, Check, MalformedCase, Mismatch
from ratecert.selection import Narrowing, Selection, narrowing
from ratecert.settings import ConfigError, Settings, find_config, load_settings
from ratecert.spec import load_spec
from ratecert.untrusted_text import visible
from ratecert.verdicts import APPLICABLE, Verdict, conformant, tally
from ratecert.waivers import load_waivers

TAG_MARKS = ("clause", "tp", "interpretation", "document", "capability", "declared", "pixit")
# @pixit:<assumption>: a check whose expected values hold only for a SUT whose PIXIT says so is n/a
# for the others (a late penalty computed at the catalog's daily rate, for a SUT declaring a legal
# maximum rate below it)
PIXIT_ASSUMPTIONS = {"legal-maximum-rate=none": lambda pixit: pixit.legal_maximum_rate is None}
EXIT_CONFORMANT, EXIT_NOT_CONFORMANT, EXIT_UNDECIDED = 0, 1, 2
APPLICABLE_VERDICTS = {v.value for v in APPLICABLE}
PROFILES = {"certification": "ratecert-certification", "exploratory": "ratecert-exploratory"}
CHECK = pytest.StashKey[Check]()
VERDICT = pytest.StashKey[dict[str, Any]]()
STARTED = pytest.StashKey[float]()
STEPS = pytest.StashKey[list[dict[str, Any]]]()
GHERKIN = pytest.StashKey[dict[str, Any]]()
STATISTICS = pytest.StashKey[dict[str, Any]]()
MARKS = pytest.StashKey[dict[str, list[str]]]()   # mark name -> first arguments (ratecert.plugin._marks)

settings.register_profile(PROFILES["certification"], derandomize=True, database=None, print_blob=True, max_examples=60,
                          deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
settings.register_profile(PROFILES["exploratory"], max_examples=2000, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.function_scoped_fixture])


class UnknownClause(LookupError):
    """A check is tagged with a clause id the registry does not know."""


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("ratecert", "ratecert certification (flags override [tool.ratecert])")
    add = group.addoption
    add("--ratecert-sut", default=None, help="certify this SUT: reference, py:module:factory, ep:NAME, cmd:ARGV, "
                                             "http://HOST:PORT/PATH; with no paths, collects every pack's checks")
    add("--ratecert-sut-timeout", type=seconds, default=None, help="seconds a SUT may take per case (default 10)")
    add("--ratecert-validate-protocol", action="store_const", const=True, default=None,
        help="check every message against the protocol's JSON Schemas")
    add("--ratecert-out", default=None, help="write the run log and every report to this folder")
    add("--ratecert-log", default=None, help="write the run log (JSON lines) to this file")
    add("--ratecert-waivers", default=None, help="a waiver file (YAML)")
    add("--ratecert-as-of", default=None, help="the date waivers are judged on (default: today)")
    add("--ratecert-documents", default=None, help="comma-separated documents certified; the others' checks are n/a")
    add("--ratecert-clause", action="append", default=[], help="run only checks citing a clause that starts with this "
                                                                "(document:section or section); repeatable")
    add("--ratecert-tp", action="append", default=[], help="run only this test purpose; repeatable")
    add("--ratecert-capability", action="append", default=[], help="run only checks of this capability; repeatable")
    add("--ratecert-budget", default=None, help="a slow SUT's example budget per property: examples=N,seconds=S "
                                                "(either or both; scenarios of fixed cases are never cut)")
    add("--ratecert-profile", default=None, choices=list(PROFILES), help="the hypothesis profile of a certification "
                                                                         "(an explicit --hypothesis-profile wins)")
    add("--ratecert-counterexamples", default=None, help="your folder of promoted counterexamples (<document>/*.json)")
    add("--ratecert-sign-key", default=None, help="Ed25519 private key: with an output folder, sign certificate.json")
    add("--ratecert-certifier", default="ratecert", help="the certifier's name on the certificate")
    add("--ratecert-config", default=None, help="the ratecert.toml or pyproject.toml to read (default: found from "
                                                "the rootdir upward; none: no file)")
    add("--ratecert-progress", action="store_true", help="show a progress bar (rich) on stderr")
    add("--ratecert-jobs", type=int, default=None, help="check in N processes forked after collection, each with its "
                                                        "own SUT (POSIX; serial elsewhere)")
    add("--ratecert-reach", action="store_true", help="count, per property, the readings each generated case tells "
                                                      "apart (renders every case once per other option)")


class SutSession:
    """The SUT of this process: its adapter, what it declared at start, and the run's events.

    A plain class rather than a dataclass: hypothesis prints the fixtures of a failing example,
    and this one must print as one line, not as every event of the run."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.name = settings.sut
        self.adapter: Adapter | None = None
        self.started: StartReply | None = None
        self.failure: str | None = None          # why the SUT could not be used: the run stops
        self.stderr = ""
        self.log: RunLogWriter | None = None
        self.events: list[dict[str, Any]] = []
        self.header: dict[str, Any] = {}
        self.other_failures = 0                   # failed tests that are not checks (a vendor's own, say)
        self.profile_examples = 0                 # the hypothesis profile's examples per property, before any budget
        self.finished = False
        self.signing_key: Any = None              # read once, before the run: a garbage key stops it there

    def __repr__(self) -> str:
        return f"SutSession({self.name!r})"

    def reading(self, interpretation: str, document: str) -> str:
        """The SUT's declared reading, or the recorded default when it declared none."""
        declared = self.started.pixit.readings if self.started else {}
        return declared.get(interpretation) or load_spec().document(document).interpretations[interpretation].default

    def open(self) -> None:
        """Start the SUT and check its claims, once; a failure is kept, and stops the run."""
        if self.adapter is not None or self.failure is not None:
            return
        try:
            self.adapter = open_sut(self.name, timeout=self.settings.sut_timeout,
                                    validate_protocol=self.settings.validate_protocol)
            self.started = check_claims(self.adapter.start(), self.settings.readings)
        except SutError as exc:   # its own last word first: "python3: can't open file ..."
            said = [line.strip() for line in exc.stderr.splitlines() if line.strip()]
            cause = f"{said[-1]} ({exc.reason})" if said else exc.reason
            self.failure, self.stderr = f"the SUT did not start: {cause}", exc.stderr
        except ClaimError as exc:
            self.failure = f"the SUT's claims are not certifiable: {exc}"
        except Exception as exc:  # an adapter that cannot even be built (a bad SUT name, a missing module)
            self.failure = f"the SUT did not start: {type(exc).__name__}: {exc}"
            self.stderr = traceback.format_exc()

    def close(self) -> None:
        if self.adapter is not None:
            self.stderr = self.stderr or self.adapter.stderr_tail()
            self.adapter.close()

    def release(self) -> None:
        """Close the SUT and forget it, keeping what it declared: the next check opens a new one.
        Before forking workers (ratecert.parallel): each opens its own, none shares this one."""
        self.close()
        self.adapter = None


SESSION = pytest.StashKey[SutSession]()
CAPABILITIES_OF = pytest.StashKey[dict[str, set[str]]]()   # clause -> "document:capability" of the checks citing it
SELECTION = pytest.StashKey[Selection]()
DESELECTED = pytest.StashKey[int]()   # checks deselected, by any means
NARROWED = pytest.StashKey[Narrowing | None]()


def _given(config: pytest.Config) -> dict[str, Any]:
    """The settings given as flags (None: not given), keyed as [tool.ratecert] keys them."""
    option = config.getoption
    documents = option("--ratecert-documents")
    return {"sut": option("--ratecert-sut"), "sut-timeout": option("--ratecert-sut-timeout"),
            "validate-protocol": option("--ratecert-validate-protocol"),
            "documents": [d.strip() for d in documents.split(",") if d.strip()] if documents else None,
            "waivers": option("--ratecert-waivers"), "out": option("--ratecert-out"),
            "counterexamples": option("--ratecert-counterexamples"), "profile": option("--ratecert-profile"),
            "budget": option("--ratecert-budget")}


def active(config: pytest.Config) -> bool:
    return SESSION in config.stash


def pytest_configure(config: pytest.Config) -> None:
    for name in TAG_MARKS:
        config.addinivalue_line("markers", f"{name}(value): ratecert {name} tag")
    config.addinivalue_line("markers", "negative: a check that nothing is charged, credited or decided; a system "
                                       "that bills nothing passes it (the report lists such checks apart)")
    asked = config.getoption("--ratecert-sut") is not None
    named = config.getoption("--ratecert-config")
    if not asked and named is None and find_config(Path(config.rootpath)) is None:
        return   # inert: not a certification run
    try:
        chosen = load_settings(Path(config.rootpath), _given(config), config=named)
        unknown = set(chosen.documents or ()) - set(discover())
        if unknown:
            raise ConfigError(f"documents: unknown {', '.join(sorted(unknown))} (installed: {', '.join(discover())})")
    except (ConfigError, ValueError) as exc:
        raise pytest.UsageError(f"ratecert: {exc}") from None
    config.stash[SESSION] = SutSession(chosen)
    step_lookup.install()
    parsed_features.install(check_folders())
    if config.pluginmanager.is_blocked("terminal"):
        # `ratecert certify` shows no pytest terminal: a failure's traceback is never printed, and
        # pytest's default (long) one parses the source of every frame with ast - 70% of a
        # certification that fails every check. A native traceback is what it would keep cheaply.
        config.option.tbstyle = "native"
    if config.getoption("--ratecert-sign-key"):
        from ratecert.certificates import load_private

        try:
            config.stash[SESSION].signing_key = load_private(Path(config.getoption("--ratecert-sign-key")))
        except (OSError, ValueError, TypeError) as exc:
            raise pytest.UsageError(f"ratecert: --ratecert-sign-key: not a private key this can sign with: {exc}") from None
    config.stash[SELECTION] = Selection(clauses=tuple(config.getoption("--ratecert-clause")),
                                        purposes=tuple(config.getoption("--ratecert-tp")),
                                        capabilities=tuple(config.getoption("--ratecert-capability")))
    if config.getoption("hypothesis_profile", None) is None:
        settings.load_profile(PROFILES[chosen.profile])
    config.stash[SESSION].profile_examples = settings.default.max_examples
    if chosen.budget is not None and chosen.budget.examples is not None:
        profile = settings.get_current_profile_name()
        settings.register_profile(f"{profile}+budget", parent=settings.get_profile(profile),
                                  max_examples=min(chosen.budget.examples, settings.default.max_examples))
        settings.load_profile(f"{profile}+budget")
    if settings.default.derandomize:
        without_local_constants()   # the same cases from a wheel, a checkout, a narrow run or a worker
    jobs = config.getoption("--ratecert-jobs")
    if jobs is not None and (jobs < 1 or _xdist_workers(config) > 1):
        raise pytest.UsageError("ratecert: --ratecert-jobs takes a count of at least 1, and not with xdist's -n")
    if asked and config.args_source != pytest.Config.ArgsSource.ARGS:
        config.args[:] = [str(folder) for folder in check_folders()]
    if _writer(config):
        config.pluginmanager.register(Recorder(config.stash[SESSION]), "ratecert-recorder")


def check_folders() -> list[Path]:
    """Every installed pack's features and properties folders: what a certification collects."""
    return [folder for pack in discover().values() for folder in (pack.features, pack.properties) if folder]


def _writer(config: pytest.Config) -> bool:
    """This process writes the run log: it runs the session, and is no xdist worker."""
    return not hasattr(config, "workerinput")


def _log_path(config: pytest.Config) -> Path | None:
    session = config.stash[SESSION]
    if config.getoption("--ratecert-log"):
        return Path(config.getoption("--ratecert-log"))
    if config.getoption("--ratecert-out") or config.getoption("--ratecert-sut"):
        return Path(session.settings.out) / "results.jsonl"
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    """The writer opens the run log and writes its header: the spec digest, the SUT's identity, ICS,
    PIXIT, readings and scope. A SUT that does not start, or claims what no pack defines, stops the
    run here: exit 2, the cause in the log and on the terminal, not one error per check."""
    config = session.config
    if not active(config) or not _writer(config):
        return
    sut = config.stash[SESSION]
    path = _log_path(config)
    if path is None and not config.getoption("--ratecert-sut"):
        return
    sut.open()
    spec = load_spec()
    started = sut.started
    certified = sorted(sut.settings.documents or spec.documents)
    sut.header = dict(
        ratecert=__version__, protocol=PROTOCOL, sut=sut.name,
        implementation=started.implementation.model_dump(mode="json") if started else None,
        ics=started.ics.model_dump(mode="json") if started else None,
        pixit=started.pixit.model_dump(mode="json") if started else None,
        readings={doc: {iid: sut.reading(iid, doc) for iid in spec.document(doc).interpretations}
                  for doc in spec.documents} if started else {},
        start_error=sut.failure,
        start_stderr=sut.stderr[-4000:] if sut.failure else None,
        spec_digest=spec.digest,
        documents={doc.id: {"title": doc.title, "spec_version": doc.spec_version} for doc in spec.documents.values()},
        capabilities={p.id: list(p.capabilities) for p in discover().values()},
        hypothesis_profile=settings.get_current_profile_name(),
        max_examples=sut.profile_examples,
        case_generation=generation_record(),
        budget=sut.settings.budget.model_dump(mode="json") if sut.settings.budget else None,
        args=[str(a) for a in config.invocation_params.args],
        as_of=config.getoption("--ratecert-as-of") or dt.date.today().isoformat(),
        waivers=[w.model_dump(mode="json") for w in load_waivers(sut.settings.waivers)] if sut.settings.waivers else [],
        certified_documents=certified,
        jobs=_workers(config),
    )
    if path is not None:
        sut.log = RunLogWriter(path)
        sut.log.header(**sut.header)


@pytest.hookimpl(tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> bool | None:
    """A SUT that did not start, or claims what no pack defines, stops the run before any check: exit
    2 with its cause (in the log's footer and the reports), not one error per check. Stopped here
    rather than at session start, so the session still finishes: the footer and reports are written.

    With --ratecert-jobs N the checks run in N forked workers (ratecert.parallel); otherwise
    pytest's own loop runs them. The progress bar starts here, after any fork: its thread must
    not be running when the process forks."""
    config = session.config
    if not active(config):
        return None
    if config.stash[SESSION].failure is not None:
        pytest.exit(visible(f"ratecert: {config.stash[SESSION].failure}"), returncode=EXIT_UNDECIDED)
    jobs = _forked_workers(config)
    if jobs < 2 or len(session.items) < 2 or config.option.collectonly or session.testsfailed:
        _start_progress(session)
        return None   # pytest's own loop: serial (collection errors and --collect-only as pytest has them)
    from ratecert.parallel import run

    def started() -> None:
        _start_progress(session)
        if _writer(config):   # idle while the workers check: import what renders the reports now, not after
            from ratecert.outputs import prepare

            prepare()

    run(session, jobs, config.stash[SESSION], first=_is_property, lost=_lost, started=started)
    return True


def _start_progress(session: pytest.Session) -> None:
    if session.config.getoption("--ratecert-progress") and _writer(session.config):
        session.config.stash[PROGRESS] = Progress(session.items)


def _lost(item: pytest.Item, why: str) -> pytest.TestReport:
    """The report of a check whose forked worker died running it, or before it (ratecert.parallel):
    an `error` of ratecert's, the cause in its reason; an item that is no check just fails."""
    report = pytest.TestReport(item.nodeid, item.location, {name: 1 for name in item.keywords}, "failed", why, "call")
    if _is_check(item) and active(item.config):
        item.stash[VERDICT] = {"verdict": Verdict.error.value, "cause": "ratecert", "reason": why}
        report.ratecert_check = True            # type: ignore[attr-defined]
        report.ratecert_event = _event(item)    # type: ignore[attr-defined]
    return report


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """Marks a `-m` expression can select (`tp(id=...)`, `clause(id=document:section)`), and the
    --ratecert-clause/--ratecert-tp/--ratecert-capability selection (the rest is deselected)."""
    if not active(config):
        return
    selection = config.stash[SELECTION]
    kept, dropped = [], []
    capabilities: dict[str, set[str]] = config.stash.setdefault(CAPABILITIES_OF, {})
    for item in items:
        if not _is_check(item):
            kept.append(item)
            continue
        _sort_gherkin_tags(item)
        document = _document(item)
        clauses = _clauses(item, document)
        for clause in clauses:   # which capabilities check a clause, over every check (before any selection)
            capabilities.setdefault(clause, set()).update(f"{document}:{c}" for c in _marks(item, "capability"))
        for clause in clauses:
            item.add_marker(pytest.mark.clause(id=clause))
        for purpose in _marks(item, "tp"):
            item.add_marker(pytest.mark.tp(id=purpose))
        chosen = selection.chooses(document, clauses, _marks(item, "tp"), _marks(item, "capability"))
        (kept if chosen else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def _sort_gherkin_tags(item: pytest.Item) -> None:
    """A scenario's tag marks in sorted order. pytest-bdd applies tags from a set, whose order
    changes with each process's hash seed: two runs of one certification listed a scenario's
    capabilities and interpretations in different orders, and an unclaimed scenario's `n/a`
    named a different capability."""
    if scenario_wrapper_template_registry.get(getattr(item, "obj", None)) is None:
        return
    tags = iter(sorted((m for m in item.own_markers if m.name in TAG_MARKS), key=lambda m: (m.name, m.args)))
    item.own_markers[:] = [next(tags) if m.name in TAG_MARKS else m for m in item.own_markers]
    if MARKS in item.stash:
        del item.stash[MARKS]


def pytest_deselected(items: list[pytest.Item]) -> None:
    """Checks deselected by any means (a selection, `-k`, `-m`, `--deselect`), counted for the run's
    narrowing."""
    if items and active(items[0].config):
        config = items[0].config
        config.stash[DESELECTED] = config.stash.get(DESELECTED, 0) + sum(map(_is_check, items))


def _targets_narrowed(config: pytest.Config) -> bool:
    """The run named node ids, or paths that leave some pack's checks uncollected."""
    given = []
    for arg in config.args:
        path, node, _ = arg.partition("::")
        if node:
            return True
        given.append((config.invocation_params.dir / path).resolve())
    return not all(any(folder == g or g in folder.parents for g in given)
                   for folder in (f.resolve() for f in check_folders()))


def _narrowing(config: pytest.Config, items: list[pytest.Item] | None) -> Narrowing | None:
    """`items`: what this process collected; None in one that collected nothing (pytest-xdist's
    controller: its workers collect), where the means given decide."""
    options = {flag: str(value) for flag, value in (("-k", config.option.keyword), ("-m", config.option.markexpr),
                                                    ("--deselect", " ".join(config.option.deselect or ())))
               if value}
    checks = None if items is None else sum(map(_is_check, items))
    deselected = None if items is None else config.stash.get(DESELECTED, 0)
    return narrowing(config.stash[SELECTION], options, _targets_narrowed(config), checks, deselected)


def pytest_collection_finish(session: pytest.Session) -> None:
    if active(session.config):
        session.config.stash[NARROWED] = _narrowing(session.config, session.items)
        # What imports and collection built (modules, packs, spec, items, fixtures) lives until the
        # run ends; frozen, the collector stops walking it on every full collection (14 of them,
        # 4.5 s of a 20 s certification, pytest's five at the end included).
        gc.freeze()


class Recorder:
    """The run log's one writer, registered in the process that runs the session (the xdist
    controller when there are workers): every check's event arrives on its last report, from
    whichever process ran it, and is appended here in the order checks finish."""

    def __init__(self, sut: SutSession) -> None:
        self.sut = sut

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        event = getattr(report, "ratecert_event", None)
        sut = self.sut
        if event is None:
            if report.failed and not getattr(report, "ratecert_check", False):
                sut.other_failures += 1
            return
        sut.events.append(event)
        if sut.log is not None:
            sut.log.event(**event)
            if event["verdict"] in (Verdict.failed.value, Verdict.error.value, Verdict.inconclusive.value):
                write_bundle(sut.log.path.parent / "bundles", len(sut.events), event, sut.header)
        progress = _ACTIVE_PROGRESS[0] if _ACTIVE_PROGRESS else None
        if progress is not None:
            progress.advance()


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Close the SUT; the writer ends the log with its footer, renders the outputs, and sets the
    exit code the gate decides."""
    config = session.config
    progress = config.stash.get(PROGRESS, None)
    if progress is not None:
        progress.close()
    if not active(config):
        return
    sut = config.stash[SESSION]
    sut.close()
    certifying = sut.events or sut.log is not None or config.getoption("--ratecert-sut") is not None
    if _writer(config) and certifying and not sut.finished:   # a run with no check keeps pytest's own code
        session.exitstatus = _finish(config, sut, int(exitstatus))
    # what the checks built (cases, bills, events) lives until the process ends: frozen, pytest's
    # full collection at unconfigure (for unraisable exceptions) does not walk it - 0.6 s of a run
    gc.freeze()


def _finish(config: pytest.Config, sut: SutSession, exitstatus: int) -> int:
    """End the run log with its footer, render the outputs, and return the gate's exit code."""
    sut.finished = True
    broken = _broken(sut, exitstatus)
    if broken is None:
        _record_findings(sut)
    counts = tally(e["verdict"] for e in sut.events)
    if sut.log is not None:
        narrowed = config.stash[NARROWED] if NARROWED in config.stash else _narrowing(config, None)
        sut.log.footer(counts=counts, conformant=conformant(counts) and not broken, pytest_exit=exitstatus,
                       broken=broken, stderr_tail=sut.stderr[-2000:],
                       selection=narrowed.record() if narrowed is not None else None)
        out = config.getoption("--ratecert-out") or (sut.settings.out if config.getoption("--ratecert-sut") else None)
        if out is not None and not config.getoption("--ratecert-log"):
            from ratecert.outputs import render_outputs
            from ratecert.run_log import read_run

            key = sut.signing_key if broken is None else None   # nothing undecided is signed
            render_outputs(read_run(sut.log.path), Path(out), key, config.getoption("--ratecert-certifier"),
                           sut.log.path)
    return _gate(sut, counts, broken)


def _record_findings(sut: SutSession) -> None:
    """The run's unexplained items, one finding per distinct cause, logged after every check."""
    from ratecert.unexplained import findings

    spec = load_spec()

    def registered(clause: str) -> bool:
        try:
            spec.clause(clause)
        except (KeyError, LookupError, ValueError):   # not a clause of any document's registry
            return False
        return True

    for finding in findings(sut.events, registered):
        sut.events.append(finding)
        if sut.log is not None:
            sut.log.event(**finding)
            write_bundle(sut.log.path.parent / "bundles", len(sut.events), finding, sut.header)


def _broken(sut: SutSession, exitstatus: int) -> str | None:
    """Why the run could not decide, if it could not."""
    if sut.failure is not None:
        return sut.failure
    if exitstatus in (pytest.ExitCode.INTERRUPTED, pytest.ExitCode.INTERNAL_ERROR, pytest.ExitCode.USAGE_ERROR):
        return f"pytest stopped the run (exit code {exitstatus})"
    if not sut.events:
        return "no check ran"
    if not any(e["verdict"] in APPLICABLE_VERDICTS for e in sut.events):
        return "no applicable check ran (every check selected is n/a for this SUT)"
    return None


def _gate(sut: SutSession, counts: dict[str, int], broken: str | None) -> int:
    if broken is not None:
        return EXIT_UNDECIDED
    if sut.log is not None:
        from ratecert.gate import assess
        from ratecert.run_log import read_run

        decided = assess(read_run(sut.log.path)).conformant
    else:
        decided = conformant(counts)
    return EXIT_CONFORMANT if decided and not sut.other_failures else EXIT_NOT_CONFORMANT


@pytest.fixture(scope="session")
def sut(pytestconfig: pytest.Config) -> SutSession:
    """The SUT of this run (a failure to start is every check's `error`)."""
    if not active(pytestconfig):
        raise pytest.UsageError("ratecert checks need a SUT: pass --ratecert-sut, or add a [tool.ratecert] table")
    session = pytestconfig.stash[SESSION]
    session.open()
    if session.failure is not None:
        raise SutError(session.failure, session.stderr)
    return session


@pytest.fixture
def billing(request: pytest.FixtureRequest, sut: SutSession) -> BillingScenario:
    """A fresh case builder whose record the plugin reads back for the run log."""
    scenario = BillingScenario(adapter=sut.adapter, document=_document(request.node))
    request.node.stash[CHECK] = scenario.record
    return scenario


def _marks(item: pytest.Item, name: str) -> list[str]:
    """The first arguments of the item's `name` marks, nearest first. Asked some twenty times per
    check (its document, clauses, purpose, capabilities, assumptions): every mark is read once per
    item and kept until its marks are reordered (`_sort_gherkin_tags`)."""
    marks = item.stash.get(MARKS, None)
    if marks is None:
        marks = item.stash[MARKS] = {}
        for mark in item.iter_markers():
            if mark.args:
                marks.setdefault(mark.name, []).append(str(mark.args[0]))
    return list(marks.get(name, ()))


def _clauses(item: pytest.Item, document: str) -> list[str]:
    return sorted({c if ":" in c else f"{document}:{c}" for c in _marks(item, "clause")})


def _document(item: pytest.Item) -> str:
    """The document a check belongs to: its `document` mark, else the pack whose folders hold it."""
    docs = _marks(item, "document")
    if docs:
        return docs[0]
    pack = _pack_of(Path(str(item.path)))
    if pack is None:
        raise UnknownClause(f"{item.nodeid}: the check names no document and lies in no pack's folders")
    return pack.id


@functools.lru_cache(maxsize=1024)
def _pack_of(path: Path) -> DocumentPack | None:
    """The pack whose features or properties hold `path`: asked for every check, of some fifty files
    (and the packs are found once per process)."""
    path = path.resolve()
    for pack in discover().values():
        if any(folder is not None and path.is_relative_to(folder) for folder in (pack.features, pack.properties)):
            return pack
    return None


def _is_check(item: pytest.Item) -> bool:
    return bool(_marks(item, "clause"))


def tag_value(name: str, value: str) -> str:
    """Gherkin tags cannot hold spaces: `@clause:2.6_Legal_Holiday` names clause "2.6 Legal Holiday"."""
    return value.replace("_", " ") if name == "clause" else value


@pytest.hookimpl(tryfirst=True)
def pytest_bdd_apply_tag(tag: str, function: Any) -> Any:
    name, sep, value = tag.partition(":")
    if sep and name in TAG_MARKS:
        return getattr(pytest.mark, name)(tag_value(name, value))(function)
    return None


def pytest_runtest_setup(item: pytest.Item) -> None:
    item.stash[STARTED] = time.perf_counter()
    if not _is_check(item):
        return
    if not active(item.config):
        raise pytest.UsageError("ratecert checks need a SUT: pass --ratecert-sut, or add a [tool.ratecert] table")
    spec = load_spec()
    document = _document(item)
    for clause in _clauses(item, document):
        try:
            spec.clause(clause)
        except KeyError:
            raise UnknownClause(f"tag @clause:{clause} names no clause of the registry") from None
    session = item.config.stash[SESSION]
    selected = session.settings.documents
    if selected is not None and document not in selected:
        pytest.skip(f"n/a: {document} is not among the documents of this certification ({', '.join(sorted(selected))})")
    session.open()
    if session.failure is not None:
        raise SutError(session.failure, session.stderr)
    assert session.started is not None
    for assumed in _marks(item, "pixit"):
        if assumed not in PIXIT_ASSUMPTIONS:
            raise UnknownClause(f"tag @pixit:{assumed} names no PIXIT assumption ratecert knows "
                                f"({', '.join(PIXIT_ASSUMPTIONS)})")
        if not PIXIT_ASSUMPTIONS[assumed](session.started.pixit):
            pytest.skip(f"n/a: the check assumes {assumed}; the SUT's PIXIT declares otherwise")
    for element in _marks(item, "declared"):
        key = element if ":" in element else f"{document}:{element}"
        if key not in session.started.pixit.declared_amounts:
            pytest.skip(f"n/a: {key} is printed damaged (OCR) and the SUT declares no amount for it")
    for capability in _marks(item, "capability") or [None]:
        if not session.started.ics.claims(document, capability):
            what = f"capability {capability!r} of {document}" if capability else document
            pytest.skip(f"n/a: the SUT's ICS does not claim {what}")
    for assumed in _marks(item, "interpretation"):
        interpretation, _, option = assumed.partition("=")
        if option and session.reading(interpretation, document) != option:
            pytest.skip(f"n/a: the check assumes {interpretation}={option}; the SUT reads "
                        f"{session.reading(interpretation, document)}")


@contextlib.contextmanager
def _statistics_kept(item: pytest.Item) -> Iterator[None]:
    """A property's generation statistics (hypothesis events and targets, ratecert.reach), kept for
    its event; hypothesis's own collector is chained, not replaced."""
    from hypothesis.statistics import collector

    from ratecert.reach import generation_statistics
    outer = collector.value

    def note(stats: dict[str, Any]) -> None:
        item.stash[STATISTICS] = generation_statistics(stats)
        if outer is not None:
            outer(stats)

    with collector.with_value(note):
        yield


def _budget(item: pytest.Item) -> PropertyBudget | None:
    """The run's example budget for this check (ratecert.budget), kept in its stash for its event."""
    session = item.config.stash.get(SESSION, None)
    if session is None or session.settings.budget is None:
        return None
    budget = PropertyBudget(seconds=session.settings.budget.seconds,
                            remember=lambda: dataclasses.replace(item.stash.get(CHECK, Check())),
                            restore=lambda remembered: item.stash.__setitem__(CHECK, remembered))
    item.stash[BUDGET] = budget
    return budget


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_runtest_call(item: pytest.Item) -> Any:
    """A check's hypothesis run, observed and bounded: its generation statistics kept, and under a
    run's budget no example begun once the budget's seconds are spent. Innermost of the wrappers,
    so what it installs is closest to hypothesis."""
    if not _is_check(item) or not active(item.config):
        return (yield)
    with contextlib.ExitStack() as stack:
        stack.enter_context(_statistics_kept(item))
        budget = _budget(item)
        if budget is not None and getattr(getattr(item, "obj", None), "hypothesis", None) is not None:
            stack.enter_context(budget.applied(item.obj))
        return (yield)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """A derandomized property sends the cases of its casebook when one is kept (ratecert.casebook):
    the same examples hypothesis would draw, without drawing them. If they all pass, that is the
    verdict; if one does not, the property's record is put back and it runs under hypothesis from
    the start, as it does when no casebook is kept - and a run that passes then keeps its casebook.
    Not under a budget, whose seconds make a run's examples depend on the clock."""
    from ratecert import casebook
    from ratecert.reach import generation_statistics

    item, test = pyfuncitem, pyfuncitem.obj
    session = item.config.stash.get(SESSION, None)
    if (not _is_check(item) or session is None or session.settings.budget is not None
            or not casebook.replayable(test)):
        return None
    fixtures = {arg: item.funcargs[arg] for arg in item._fixtureinfo.argnames}
    callspec = getattr(item, "callspec", None)
    key = casebook.fingerprint(test, callspec.id if callspec is not None else "")
    book = casebook.kept(key)
    if book is not None:
        before = item.stash.get(CHECK, None)
        kept_check = dataclasses.replace(before, exchanges=list(before.exchanges),
                                                references=dict(before.references)) if before is not None else None
        try:
            item.stash[STATISTICS] = generation_statistics(casebook.replayed(book, test, fixtures))
            return True
        except (KeyboardInterrupt, SystemExit, pytest.exit.Exception):
            raise
        except BaseException:   # noqa: BLE001 - the book proves nothing now: hypothesis decides, from the start
            if kept_check is not None:
                item.stash[CHECK] = kept_check
            elif CHECK in item.stash:
                del item.stash[CHECK]
        test(**fixtures)
        return True
    with casebook.recording(test) as recorded:
        test(**fixtures)
    made = recorded()
    if made is not None:
        casebook.keep(key, made)
    return True


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if not _is_check(item) or not active(item.config):
        return report
    report.ratecert_check = True
    if call.when in ("setup", "call") and VERDICT not in item.stash:
        verdict = _classify(call, report)
        if verdict is not None:
            notes = "\n".join(_notes(call.excinfo.value)) if call.excinfo else ""
            blob = _BLOB.search(notes)   # hypothesis attaches the shrunk example's blob as a note
            verdict["reproduce"] = blob.group(0) if blob else None
            verdict["hypothesis_notes"] = notes[-4000:] or None
            item.stash[VERDICT] = verdict
    if report.failed and report.longrepr is not None:   # pytest's own terminal repeats what the SUT said
        report.longrepr = visible(str(report.longrepr), lines=True)
    if call.when == "teardown":
        report.ratecert_event = _event(item)
    return report


def _notes(exc: BaseException) -> list[str]:
    """The notes of an exception and of each member of an exception group (hypothesis notes the
    falsifying example and its blob on each distinct failure)."""
    members = exc.exceptions if isinstance(exc, BaseExceptionGroup) else ()
    return [*getattr(exc, "__notes__", []), *(note for member in members for note in _notes(member))]


def _classify(call: pytest.CallInfo[None], report: pytest.TestReport) -> dict[str, Any] | None:
    if report.skipped:
        reason = str(call.excinfo.value) if call.excinfo else "skipped"
        if reason.startswith("n/a:"):
            return {"verdict": Verdict.not_applicable.value, "reason": reason[4:].strip()}
        return {"verdict": Verdict.inconclusive.value, "reason": reason}
    if call.excinfo is None:
        return {"verdict": Verdict.passed.value} if call.when == "call" else None
    return _judge(call.excinfo.value)


_SEVERITY = {Verdict.error.value: 3, Verdict.failed.value: 2, Verdict.inconclusive.value: 1}


def _judge(exc: BaseException) -> dict[str, Any]:
    """The verdict an exception stands for, and who caused it: the SUT (`sut`), the check as
    written (`check`), or ratecert itself (`ratecert`, "the check itself broke", a defect of ours).

    Hypothesis raises an ExceptionGroup when a property finds several distinct failures; each is
    judged and the group takes the gravest (TTCN-3: error over fail over inconclusive), with
    every member's reason, so two wrong bills are a `fail`, not an `error`."""
    if isinstance(exc, BaseExceptionGroup):
        members = [_judge(member) for member in exc.exceptions]
        worst = max(members, key=lambda m: _SEVERITY[m["verdict"]])
        if len(members) == 1:
            return worst
        reasons = "; ".join(f"({i}) {m['verdict']}: {m['reason']}" for i, m in enumerate(members, 1))
        differs = sorted({m["differs"] for m in members if m.get("differs")})
        return {**worst, "reason": f"{len(members)} distinct failures: {reasons}",
                **({"differs": ", ".join(differs)} if differs else {})}
    if isinstance(exc, SutError):
        return {"verdict": Verdict.error.value, "cause": "sut", "reason": exc.reason, "stderr": exc.stderr[-4000:],
                "sut_context": exc.context}
    if isinstance(exc, SutSkipped):
        return {"verdict": Verdict.inconclusive.value, "cause": "sut",
                "reason": f"the SUT skipped a claimed check: {exc}"}
    if isinstance(exc, Mismatch):
        return {"verdict": Verdict.failed.value, "cause": "sut", "reason": str(exc), "expected": exc.expected,
                "actual": exc.actual, "differs": exc.differs, "prerequisite": exc.prerequisite}
    if isinstance(exc, AssertionError):
        return {"verdict": Verdict.failed.value, "cause": "sut", "reason": str(exc) or "assertion failed"}
    if isinstance(exc, (MalformedCase, UnknownClause)):
        return {"verdict": Verdict.error.value, "cause": "check", "reason": str(exc)}
    return {"verdict": Verdict.error.value, "cause": "ratecert",
            "reason": f"the check itself broke: {type(exc).__name__}: {exc}",
            "stderr": "".join(traceback.format_exception(exc))[-4000:]}


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    request.node.stash[STEPS] = [{"keyword": step.keyword, "name": step.name, "line": step.line_number,
                                  "status": "skipped"} for step in scenario.steps]
    request.node.stash[GHERKIN] = {"uri": _feature_uri(Path(feature.filename)),
                                   "feature_line": feature.line_number, "scenario_line": scenario.line_number,
                                   "feature_description": feature.description}


def _feature_uri(path: Path) -> str:
    """`features/<document>/<file>`, wherever the pack is installed (as a checkout lays it out)."""
    pack = _pack_of(path)
    return f"features/{pack.id}/{path.resolve().relative_to(pack.features).as_posix()}" if pack else path.name


def _step_result(request: pytest.FixtureRequest, step: Any, status: str, error: str | None = None) -> None:
    for record in request.node.stash.get(STEPS, []):
        if record["line"] == step.line_number and record["status"] == "skipped":
            record["status"] = status
            if error:
                record["error"] = error
            return


def pytest_bdd_after_step(request: pytest.FixtureRequest, feature: Any, scenario: Any, step: Any,
                          step_func: Any, step_func_args: Any) -> None:
    _step_result(request, step, "passed")


def pytest_bdd_step_error(request: pytest.FixtureRequest, feature: Any, scenario: Any, step: Any, step_func: Any,
                          step_func_args: Any, exception: Exception) -> None:
    _step_result(request, step, "failed", f"{type(exception).__name__}: {exception}"[:2000])


def _titles(item: pytest.Item) -> tuple[str, str]:
    """(feature title, scenario title) of a Gherkin check; (module, test name) of a property."""
    template = scenario_wrapper_template_registry.get(getattr(item, "obj", None))
    if template is not None:
        return template.feature.name, template.name
    module = getattr(item, "module", None)
    doc = (getattr(module, "__doc__", None) or "").strip().splitlines()
    law = item.name.split("[")[0].removeprefix("test_").replace("_", " ")   # the law in words, not a function name
    return (doc[0] if doc else law), law


_BLOB = re.compile(r"@reproduce_failure\([^)]*\)")


def _event(item: pytest.Item) -> dict[str, Any]:
    """One check's event, built where it ran and carried to the writer on its last report."""
    session = item.config.stash[SESSION]
    verdict = item.stash.get(VERDICT, {"verdict": Verdict.error.value, "reason": "no outcome was recorded"})
    check = item.stash.get(CHECK, Check())
    document = _document(item)
    feature, scenario = _titles(item)
    purpose = (_marks(item, "tp") or [None])[0]
    compared, items = _unexplained(item, check, verdict.get("differs"))
    return {
        "nodeid": item.nodeid,
        "kind": "property" if _is_property(item) else "scenario",
        "feature": feature,
        "name": scenario,
        "example": getattr(getattr(item, "callspec", None), "id", None),
        "document": document,
        "clauses": _clauses(item, document),
        "tp": purpose,
        "interpretations": _marks(item, "interpretation"),
        "negative": item.get_closest_marker("negative") is not None,
        "capabilities": _marks(item, "capability"),
        "duration": round(time.perf_counter() - item.stash.get(STARTED, time.perf_counter()), 4),
        "worker": os.environ.get("PYTEST_XDIST_WORKER"),
        "case": check.case.model_dump(mode="json") if check.case else None,
        "bill": check.bill.model_dump(mode="json") if check.bill else None,
        "expected_bill": check.expected_bill.model_dump(mode="json") if check.expected_bill else None,
        "replay": f"ratecert certify --sut {session.name!r} --tp {purpose} --out out/replay" if purpose else
                  f"ratecert certify --sut {session.name!r} --out out/replay -- {item.nodeid!r}",
        "steps": item.stash.get(STEPS, None),
        "gherkin": item.stash.get(GHERKIN, None),
        "statistics": item.stash.get(STATISTICS, None),
        **({"compared": compared, "unexplained": items} if compared else {}),
        **(item.stash[BUDGET].record() if BUDGET in item.stash else {}),
        **verdict,
    }


def _unexplained(item: pytest.Item, check: Check, differs: str | None) -> tuple[int, list[dict[str, Any]]]:
    """Every bill the check received, held whole against the reference's (ratecert.unexplained),
    less what the check itself failed for (`differs`)."""
    session = item.config.stash[SESSION]
    started = session.started
    if not check.exchanges or started is None:
        return 0, []
    from ratecert.unexplained import unexplained

    checked_under = item.config.stash.get(CAPABILITIES_OF, {})

    def excused(document: str, clause: str | None) -> bool:
        capabilities = checked_under.get(clause or "", set())
        return bool(capabilities) and not any(started.ics.claims(*c.split(":", 1)) for c in capabilities)

    return unexplained(check.exchanges, started.pixit, excused, differs, check.references)


def _is_property(item: pytest.Item) -> bool:
    return _in_properties(Path(str(item.path)))


@functools.lru_cache(maxsize=1024)
def _in_properties(path: Path) -> bool:
    pack = _pack_of(path)
    if pack is not None and pack.properties is not None:
        return path.resolve().is_relative_to(pack.properties)
    return "properties" in path.parts


def _xdist_workers(config: pytest.Config) -> int:
    count = getattr(config.option, "numprocesses", None)
    return count if isinstance(count, int) and count > 0 else 1


def _forked_workers(config: pytest.Config) -> int:
    """The processes --ratecert-jobs forks (ratecert.parallel); 1 where it cannot fork: serial."""
    from ratecert.parallel import available

    jobs = config.getoption("--ratecert-jobs", None) or 1
    return jobs if jobs > 1 and available() else 1


def _workers(config: pytest.Config) -> int:
    """The processes that check at once: forked workers, xdist workers, or this one."""
    return max(_forked_workers(config), _xdist_workers(config))


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """The certification's verdict and scope at the end of a pytest run, as `ratecert certify` prints it."""
    if not active(config) or not _writer(config):
        return
    sut = config.stash[SESSION]
    if sut.log is None or not sut.log.path.exists():
        return
    from ratecert.gate import assess
    from ratecert.reporting.summary import text_summary
    from ratecert.run_log import read_run

    run = read_run(sut.log.path)
    assessment = assess(run)
    terminalreporter.write_sep("=", "ratecert")
    if assessment.undecided and sut.failure:   # the run's stop message above already gave the cause
        terminalreporter.write_line(f"ratecert: NO VERDICT - run log {sut.log.path}")
        return
    for line in text_summary(run, assessment).splitlines():
        terminalreporter.write_line(line)
    terminalreporter.write_line(f"run log {sut.log.path}")
