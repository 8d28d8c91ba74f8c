"""JUnit XML from a run log: failures and errors kept apart, n/a as skipped with its reason."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

from ratecert.run_log import Run
from ratecert.verdicts import tally


def render_junit(run: Run, path: Path) -> None:
    counts = tally(e["verdict"] for e in run.events)
    suite = ET.Element("testsuite", {
        "name": f"ratecert certification of {run.header.get('sut', '?')}",
        "tests": str(len(run.events)), "failures": str(counts["fail"]),
        "errors": str(counts["error"] + (0 if run.complete else 1)),
        "skipped": str(counts["n/a"] + counts["inconclusive"]),
    })
    for event in run.events:
        case = ET.SubElement(suite, "testcase", {
            "classname": f"{event.get('document')}.{event.get('feature', '')}",
            "name": f"{event.get('tp') or ''} {event.get('name')} {event.get('example') or ''}".strip(),
            "time": str(event.get("duration", 0)),
        })
        detail = json.dumps({"clauses": event.get("clauses"), "expected": event.get("expected"),
                             "actual": event.get("actual"), "replay": event.get("replay")}, default=str, indent=1)
        verdict = event["verdict"]
        if verdict == "fail":
            ET.SubElement(case, "failure", {"message": event.get("reason", "")}).text = detail
        elif verdict == "error":
            ET.SubElement(case, "error", {"message": event.get("reason", "")}).text = (
                detail + "\n--- SUT stderr ---\n" + (event.get("stderr") or ""))
        elif verdict in ("n/a", "inconclusive"):
            ET.SubElement(case, "skipped", {"message": f"{verdict}: {event.get('reason', '')}"})
    if not run.complete:
        broken = ET.SubElement(suite, "testcase", {"classname": "ratecert", "name": "run completed"})
        ET.SubElement(broken, "error", {"message": "the run log has no footer: the run did not finish"})
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)
