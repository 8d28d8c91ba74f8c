"""Every output of a certification, rendered from its run log - by the plugin at the end of a run,
and by `ratecert report` from any log later - and the summary a CI log ends with."""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ratecert.gate import Assessment
from ratecert.run_log import Run
from ratecert.scope import describe
from ratecert.spec import load_spec
from ratecert.untrusted_text import visible

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def render_outputs(run: Run, out: Path, key: Ed25519PrivateKey | None = None, certifier: str = "ratecert",
                   log: Path | None = None) -> Assessment:
    """Every output of a run, from its log: JUnit, Cucumber JSON, RTM, summary, badge, HTML, certificate."""
    from ratecert.gate import assess
    from ratecert.reporting import render_html, render_junit
    from ratecert.reporting.cucumber import render_cucumber
    from ratecert.reporting.rtm import render_rtm
    from ratecert.reporting.summary import render_summary

    spec = load_spec()
    assessment = assess(run)
    rtm_written = _beside(lambda: render_rtm(run, spec, out / "rtm.csv", out / "rtm.xlsx"))
    render_junit(run, out / "junit.xml", assessment)
    render_cucumber(run, out / "cucumber.json")
    render_summary(run, assessment, out / "summary.json", out / "badge.svg")
    render_html(run, spec, out / "report.html", assessment)
    rtm_written()
    if key is not None and log is not None:
        from ratecert.certificates import issue

        issue(log, spec, key, certifier, out / "certificate.json")
    return assessment


def _beside(task: Callable[[], None]) -> Callable[[], None]:
    """Run `task` in a forked child while this process renders the rest; the function returned
    waits for it and raises, as a RuntimeError with the child's traceback, what it raised. The
    traceability matrix (pandas frames, an XLSX of a few thousand rows) is a third of the outputs'
    time, and at the end of a run the second core is free. In this process where it cannot fork
    safely: no os.fork, macOS, or another Python thread running."""
    if not (hasattr(os, "fork") and sys.platform != "darwin" and threading.active_count() == 1):
        task()
        return lambda: None
    sys.stdout.flush()
    sys.stderr.flush()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:   # the child: never returns
        os.close(read)
        status = 0
        try:
            task()
        except BaseException:   # noqa: BLE001 - the parent raises it, with this traceback
            os.write(write, traceback.format_exc().encode()[-8000:])
            status = 1
        finally:
            os._exit(status)
    os.close(write)

    def written() -> None:
        with os.fdopen(read, "rb") as said:
            failure = said.read().decode(errors="replace")
        _, status = os.waitpid(pid, 0)
        if failure or os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"the traceability matrix could not be written (exit status "
                               f"{os.waitstatus_to_exitcode(status)}):\n{failure}")
    return written


def prepare() -> None:
    """Import what `render_outputs` and `print_summary` use (the reports' pandas, jinja2, openpyxl;
    rich), ahead of the run's end: a process that waits on its workers (`certify -j N`) does it
    meanwhile, and the run's tail is shorter by half a second. A certificate's cryptography is left
    to the run that signs."""
    import rich.console  # noqa: F401

    import ratecert.gate  # noqa: F401
    import ratecert.reporting  # noqa: F401 - the HTML report and JUnit
    import ratecert.reporting.cucumber  # noqa: F401
    import ratecert.reporting.rtm  # noqa: F401
    import ratecert.reporting.summary  # noqa: F401


def print_summary(run: Run, assessment: Assessment, out: Path) -> None:
    """The end of a certification in a CI log: the decision, the counts, what to look at and replay."""
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False, soft_wrap=True)
    counts = assessment.counts   # everything below that a SUT or a log could hold goes through visible()
    console.print(f"ratecert: {visible(run.header.get('sut'))}: " + ", ".join(f"{n} {v}" for v, n in counts.items()),
                  markup=False)
    if assessment.undecided:
        console.print(f"ratecert: [bold red]NO VERDICT[/] - report {escape(visible(out / 'report.html'))}")
        console.print(visible(f"ratecert: {assessment.undecided}"), markup=False)
        return
    decision = "CONFORMANT" if assessment.conformant else "NOT CONFORMANT"
    found = assessment.gaps
    gaps = f": {len(found)} distinct gap{'s' if len(found) > 1 else ''}" if found else ""
    covered = escape(visible(f"{describe(run)}{gaps} - report {out / 'report.html'}"))   # `-k 'late[x]'` is no markup
    console.print(f"ratecert: [bold {'green' if assessment.conformant else 'red'}]{decision}[/] for {covered}")
    numbered = {id(event): index for index, event in enumerate(run.events, 1)}   # bundles are numbered by log order
    for number, gap in enumerate(found, 1):
        console.print(visible(f"  GAP {number}: {gap.describe()}"), markup=False)
        for event in gap.events:
            console.print(visible(f"    {event['verdict'].upper():12} {', '.join(event['clauses'])} {event.get('tp')}: "
                                  f"{(event.get('reason') or '')[:160]}"), markup=False)
            console.print(visible(f"                 bundle {out}/bundles/{numbered[id(event)]:04d}-"
                                  f"{event.get('tp') or 'check'}.json"), markup=False)
    if assessment.blocking:
        console.print(f"ratecert: replay a failure with `ratecert replay BUNDLE`; {len(assessment.blocking)} to act on",
                      markup=False)
    for event, waiver in assessment.waived:
        console.print(visible(f"  waived       {event.get('tp')} until {waiver.expires} ({waiver.ticket})"), markup=False)
    for event, waiver in assessment.unexpected_passes:
        console.print(visible(f"  UNEXPECTED PASS {event.get('tp')}: the waiver {waiver.ticket} can be removed"),
                      markup=False)
    for waiver in assessment.expired:
        console.print(visible(f"  EXPIRED WAIVER {waiver.tp or waiver.clause} ({waiver.ticket}) expired {waiver.expires}"),
                      markup=False)
    if not run.complete:
        console.print("  the run log has no footer: the run did not finish")
