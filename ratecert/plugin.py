"""The pytest plugin that makes a pytest run a certification run.

It opens the SUT named by --sut once per session and hands steps and properties the adapter; turns
Gherkin tags (@clause:, @tp:, @interpretation:, @document:, @capability:) into marks; decides `n/a`
before a check runs (not claimed in the ICS, or a reading the SUT did not choose); maps each
outcome to one of the five verdicts; and appends an event per check to the run log (--ratecert-log).
"""

from __future__ import annotations

import datetime as dt
import re
import time
import traceback
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from pytest_bdd.scenario import scenario_wrapper_template_registry

from ratecert import __version__
from ratecert.adapters import Adapter, SutError, SutSkipped, open_sut
from ratecert.bounds import seconds
from ratecert.bundles import write_bundle
from ratecert.case import PROTOCOL
from ratecert.protocol import StartReply
from ratecert.run_log import RunLogWriter
from ratecert.scenario import BillingScenario, Check, MalformedCase, Mismatch
from ratecert.progress import _ACTIVE_PROGRESS, PROGRESS, Progress
from ratecert.spec import load_spec, project_root
from ratecert.untrusted_text import visible
from ratecert.waivers import load_waivers
from ratecert.verdicts import Verdict, conformant, tally

TAG_MARKS = ("clause", "tp", "interpretation", "document", "capability", "declared")
DEFAULT_DOCUMENT = "access-catalog-3"
CHECK = pytest.StashKey[Check]()
VERDICT = pytest.StashKey[dict[str, Any]]()
STARTED = pytest.StashKey[float]()
STEPS = pytest.StashKey[list[dict[str, Any]]]()
GHERKIN = pytest.StashKey[dict[str, Any]]()

settings.register_profile("certification", derandomize=True, database=None, print_blob=True, max_examples=60,
                          deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
settings.register_profile("exploratory", max_examples=2000, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.function_scoped_fixture])


class UnknownClause(LookupError):
    """A check is tagged with a clause id the registry does not know."""


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("ratecert", "ratecert certification")
    group.addoption("--sut", default="reference", help="system under test: reference, py:module:factory, cmd:ARGV")
    group.addoption("--sut-timeout", type=seconds, default=10.0, help="seconds a SUT may take per case")
    group.addoption("--validate-protocol", action="store_true", help="check every message against spec/schema/")
    group.addoption("--ratecert-log", default=None, help="append the run's verdict events to this JSONL file")
    group.addoption("--hypothesis-profile-name", default="certification", help="certification or exploratory")
    group.addoption("--waivers", default=None, help="a waiver file (YAML) recorded in the run log's header")
    group.addoption("--as-of", default=None, help="the date waivers are judged on (default: today)")
    group.addoption("--ratecert-progress", action="store_true", help="show a progress bar (rich) on stderr")
    group.addoption("--documents", default=None,
                    help="comma-separated document ids this certification covers (default: every document)")


class SutSession:
    """The SUT for the whole run: its adapter and what it declared at start.

    A plain class rather than a dataclass: hypothesis prints the fixtures of a failing example,
    and this one must print as one line, not as every event of the run."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.adapter: Adapter | None = None
        self.started: StartReply | None = None
        self.failure: SutError | None = None
        self.log: Any = None
        self.events: list[dict[str, Any]] = []
        self.header: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"SutSession({self.name!r})"

    def reading(self, interpretation: str, document: str = DEFAULT_DOCUMENT) -> str:
        """The SUT's declared reading, or the recorded default when it declared none."""
        declared = self.started.pixit.readings if self.started else {}
        return declared.get(interpretation) or load_spec().document(document).interpretations[interpretation].default


SESSION = pytest.StashKey[SutSession]()
SELECTED = pytest.StashKey["set[str] | None"]()


def pytest_configure(config: pytest.Config) -> None:
    for name in TAG_MARKS:
        config.addinivalue_line("markers", f"{name}(value): ratecert {name} tag")
    settings.load_profile(config.getoption("--hypothesis-profile-name"))
    config.stash[SESSION] = SutSession(name=config.getoption("--sut"))
    config.stash[SELECTED] = _parse_documents(config.getoption("--documents"))


def tag_value(name: str, value: str) -> str:
    """Gherkin tags cannot hold spaces: `@clause:2.6_Legal_Holiday` names clause "2.6 Legal Holiday"."""
    return value.replace("_", " ") if name == "clause" else value


def pytest_bdd_apply_tag(tag: str, function: Any) -> Any:
    name, sep, value = tag.partition(":")
    if sep and name in TAG_MARKS:
        return getattr(pytest.mark, name)(tag_value(name, value))(function)
    return None


def _session(config: pytest.Config) -> SutSession:
    session = config.stash[SESSION]
    if session.adapter is None and session.failure is None:
        try:
            session.adapter = open_sut(session.name, timeout=config.getoption("--sut-timeout"),
                                       validate_protocol=config.getoption("--validate-protocol"))
            session.started = session.adapter.start()
        except SutError as exc:
            said = [line.strip() for line in exc.stderr.splitlines() if line.strip()]
            cause = f"{said[-1]} ({exc.reason})" if said else exc.reason
            session.failure = SutError(f"the SUT did not start: {cause}", exc.stderr, exc.context)
        except Exception as exc:  # an adapter that cannot even be built (an unknown name, a bad module)
            session.failure = SutError(f"the SUT did not start: cannot open {session.name!r}: "
                                       f"{type(exc).__name__}: {exc}", traceback.format_exc())
    return session


def _stop_unless_started(session: SutSession) -> None:
    """A SUT that did not start stops the run at once (exit 2) with its cause: no check can be
    decided, and one error per check would bury the cause under hundreds of copies of it."""
    if session.failure is not None:
        pytest.exit(visible(session.failure.reason), returncode=pytest.ExitCode.INTERRUPTED)


@pytest.hookimpl(tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> None:
    _stop_unless_started(session.config.stash[SESSION])


def pytest_sessionstart(session: pytest.Session) -> None:
    """Open the run log and write its header: the spec digest and the SUT's identity, ICS and PIXIT."""
    path = session.config.getoption("--ratecert-log")
    if not path:
        return
    sut = _session(session.config)
    spec = load_spec()
    sut.log = RunLogWriter(Path(path))
    started = sut.started
    sut.header = dict(
        ratecert=__version__, protocol=PROTOCOL, sut=sut.name,
        implementation=started.implementation.model_dump(mode="json") if started else None,
        ics=started.ics.model_dump(mode="json") if started else None,
        pixit=started.pixit.model_dump(mode="json") if started else None,
        readings={doc: {iid: sut.reading(iid, doc) for iid in spec.document(doc).interpretations}
                  for doc in spec.documents},
        start_error=sut.failure.reason if sut.failure else None,
        start_stderr=sut.failure.stderr[-4000:] if sut.failure else None,
        spec_digest=spec.digest,
        documents={doc.id: {"title": doc.title, "spec_version": doc.spec_version} for doc in spec.documents.values()},
        hypothesis_profile=session.config.getoption("--hypothesis-profile-name"),
        args=[str(a) for a in session.config.invocation_params.args],
        as_of=session.config.getoption("--as-of") or dt.date.today().isoformat(),
        waivers=_waivers(session.config),
        certified_documents=sorted(_selected_documents(session.config) or spec.documents),
    )
    sut.log.header(**sut.header)


def _waivers(config: pytest.Config) -> list[dict[str, Any]]:
    path = config.getoption("--waivers")
    return [w.model_dump(mode="json") for w in load_waivers(Path(path))] if path else []


def pytest_collection_finish(session: pytest.Session) -> None:
    if session.config.getoption("--ratecert-progress") and session.items:
        session.config.stash[PROGRESS] = Progress(session.items)


def pytest_runtest_logfinish(nodeid: str, location: tuple[str, int | None, str]) -> None:
    progress = _ACTIVE_PROGRESS[0] if _ACTIVE_PROGRESS else None
    if progress is not None:
        progress.advance()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    progress = session.config.stash.get(PROGRESS, None)
    if progress is not None:
        progress.close()
    sut = session.config.stash.get(SESSION, None)
    if sut is None:
        return
    if sut.adapter is not None:
        sut.adapter.close()
    if sut.log is not None:
        counts = tally(e["verdict"] for e in sut.events)
        sut.log.footer(counts=counts, conformant=conformant(counts), pytest_exit=int(exitstatus),
                       stopped=sut.failure.reason if sut.failure else None,
                       stderr_tail=sut.adapter.stderr_tail()[-2000:] if sut.adapter else "")


@pytest.fixture(scope="session")
def sut(pytestconfig: pytest.Config) -> SutSession:
    """The SUT of this run (a SUT that did not start stops the run)."""
    session = _session(pytestconfig)
    _stop_unless_started(session)
    return session


@pytest.fixture
def billing(request: pytest.FixtureRequest, sut: SutSession) -> BillingScenario:
    """A fresh case builder whose record the plugin reads back for the run log."""
    scenario = BillingScenario(adapter=sut.adapter, document=_document(request.node))
    request.node.stash[CHECK] = scenario.record
    return scenario


def _marks(item: pytest.Item, name: str) -> list[str]:
    return [str(m.args[0]) for m in item.iter_markers(name) if m.args]


def _document(item: pytest.Item) -> str:
    docs = _marks(item, "document")
    return docs[0] if docs else DEFAULT_DOCUMENT


def _is_check(item: pytest.Item) -> bool:
    return bool(_marks(item, "clause"))


def _selected_documents(config: pytest.Config) -> set[str] | None:
    """The documents named by --documents (None: all), read and checked once per run."""
    return config.stash[SELECTED]


def _parse_documents(value: str | None) -> set[str] | None:
    if not value:
        return None
    selected = {d.strip() for d in value.split(",") if d.strip()}
    known = set(load_spec().documents)
    if selected - known:
        raise pytest.UsageError(f"--documents names unknown documents {sorted(selected - known)}; known: {sorted(known)}")
    return selected


def pytest_runtest_setup(item: pytest.Item) -> None:
    item.stash[STARTED] = time.perf_counter()
    if not _is_check(item):
        return
    spec = load_spec()
    document = _document(item)
    for clause in _marks(item, "clause"):
        if clause.partition(":")[0] == clause:
            clause = f"{document}:{clause}"
        try:
            spec.clause(clause)
        except KeyError:
            raise UnknownClause(f"tag @clause:{clause} names no clause of the registry") from None
    selected = _selected_documents(item.config)
    if selected is not None and document not in selected:
        pytest.skip(f"n/a: {document} is not among the documents of this certification ({', '.join(sorted(selected))})")
    session = _session(item.config)
    _stop_unless_started(session)
    assert session.started is not None
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


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if not _is_check(item):
        return report
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
        _record(item, report)
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
        return {**worst, "reason": f"{len(members)} distinct failures: {reasons}"}
    if isinstance(exc, SutError):
        return {"verdict": Verdict.error.value, "cause": "sut", "reason": exc.reason, "stderr": exc.stderr[-4000:],
                "sut_context": exc.context}
    if isinstance(exc, SutSkipped):
        return {"verdict": Verdict.inconclusive.value, "cause": "sut",
                "reason": f"the SUT skipped a claimed check: {exc}"}
    if isinstance(exc, Mismatch):
        return {"verdict": Verdict.failed.value, "cause": "sut", "reason": str(exc), "expected": exc.expected,
                "actual": exc.actual}
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
    request.node.stash[GHERKIN] = {"uri": Path(feature.filename).resolve().relative_to(project_root()).as_posix()
                                   if Path(feature.filename).resolve().is_relative_to(project_root()) else feature.filename,
                                   "feature_line": feature.line_number, "scenario_line": scenario.line_number,
                                   "feature_description": feature.description}


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
    return (doc[0] if doc else getattr(module, "__name__", "")), item.name.split("[")[0]


_BLOB = re.compile(r"@reproduce_failure\([^)]*\)")


def _record(item: pytest.Item, report: pytest.TestReport) -> None:
    session = item.config.stash[SESSION]
    verdict = item.stash.get(VERDICT, {"verdict": Verdict.error.value, "reason": "no outcome was recorded"})
    check = item.stash.get(CHECK, Check())
    document = _document(item)
    clauses = sorted({c if ":" in c else f"{document}:{c}" for c in _marks(item, "clause")})
    feature, scenario = _titles(item)
    event = {
        "nodeid": item.nodeid,
        "kind": "property" if "properties" in Path(str(item.path)).parts else "scenario",
        "feature": feature,
        "name": scenario,
        "example": getattr(getattr(item, "callspec", None), "id", None),
        "document": document,
        "clauses": clauses,
        "tp": (_marks(item, "tp") or [None])[0],
        "interpretations": _marks(item, "interpretation"),
        "capabilities": _marks(item, "capability"),
        "duration": round(time.perf_counter() - item.stash.get(STARTED, time.perf_counter()), 4),
        "case": check.case.model_dump(mode="json") if check.case else None,
        "bill": check.bill.model_dump(mode="json") if check.bill else None,
        "expected_bill": check.expected_bill.model_dump(mode="json") if check.expected_bill else None,
        "replay": f"ratecert certify --sut {session.name!r} --out out/replay -- {item.nodeid!r}",
        "steps": item.stash.get(STEPS, None),
        "gherkin": item.stash.get(GHERKIN, None),
        **verdict,
    }
    session.events.append(event)
    if session.log is not None:
        session.log.event(**event)
        if event["verdict"] in (Verdict.failed.value, Verdict.error.value, Verdict.inconclusive.value):
            write_bundle(session.log.path.parent / "bundles", len(session.events), event, session.header)
