"""JUnit XML from a run log: failures and errors kept apart, n/a and waived failures as skipped with
their reason, an unfinished run as an error of its own."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

from ratecert.gate import Assessment, assess
from ratecert.run_log import Run
from ratecert.untrusted_text import visible


def render_junit(run: Run, path: Path, assessment: Assessment | None = None) -> None:
    assessment = assessment or assess(run)
    waived = {id(e): w for e, w in assessment.waived}
    counts = assessment.counts
    suite = ET.Element("testsuite", {
        "name": f"ratecert certification of {run.header.get('sut', '?')}",
        "tests": str(len(run.events)), "failures": str(counts["fail"] - len(waived)),
        "errors": str(counts["error"] + (0 if run.complete else 1)),
        "skipped": str(counts["n/a"] + counts["inconclusive"] + len(waived)),
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
        if id(event) in waived:
            w = waived[id(event)]
            ET.SubElement(case, "skipped", {"message": f"waived until {w.expires}: {w.reason} ({w.ticket})"}).text = detail
        elif verdict == "fail":
            ET.SubElement(case, "failure", {"message": event.get("reason", "")}).text = detail
        elif verdict == "error":
            ET.SubElement(case, "error", {"message": event.get("reason", "")}).text = (
                detail + "\n--- SUT stderr ---\n" + (event.get("stderr") or ""))
        elif verdict in ("n/a", "inconclusive"):
            ET.SubElement(case, "skipped", {"message": f"{verdict}: {event.get('reason', '')}"})
    if not run.complete:
        broken = ET.SubElement(suite, "testcase", {"classname": "ratecert", "name": "run completed"})
        ET.SubElement(broken, "error", {"message": "the run log has no footer: the run did not finish"})
    for waiver in assessment.expired:
        expired = ET.SubElement(suite, "testcase", {"classname": "ratecert.waivers", "name": f"waiver {waiver.tp or waiver.clause}"})
        ET.SubElement(expired, "failure", {"message": f"waiver expired on {waiver.expires} ({waiver.ticket})"})
    for element in suite.iter():   # what a SUT wrote stays text: no control character breaks the XML
        element.text = visible(element.text, lines=True) if element.text is not None else None
        element.attrib = {key: visible(value) for key, value in element.attrib.items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)
