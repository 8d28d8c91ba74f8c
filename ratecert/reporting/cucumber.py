"""Cucumber JSON from a run log, so the run feeds any Cucumber-aware dashboard: one feature per
.feature file with its scenarios and step results; properties under a feature of their own."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from ratecert.run_log import Run
from ratecert.untrusted_text import json_text

_STATUS = {"pass": "passed", "fail": "failed", "error": "failed", "n/a": "skipped", "inconclusive": "skipped"}


def _tags(event: dict[str, Any], line: int) -> list[dict[str, Any]]:
    tags = [f"@clause:{c.partition(':')[2].replace(' ', '_')}" for c in event["clauses"]]
    tags += [f"@tp:{event['tp']}"] if event.get("tp") else []
    tags += [f"@interpretation:{i}" for i in event.get("interpretations") or []]
    return [{"name": t, "line": line} for t in tags]


def _steps(event: dict[str, Any]) -> list[dict[str, Any]]:
    status = _STATUS[event["verdict"]]
    duration = int(float(event.get("duration") or 0) * 1e9)
    if not event.get("steps"):   # a property, or a check stopped before its steps (n/a, start failure)
        result: dict[str, Any] = {"status": status, "duration": duration}
        if status == "failed":
            result["error_message"] = event.get("reason", "")
        return [{"keyword": "Then ", "name": f"the property holds: {event.get('name')}", "line": 1, "result": result}]
    out = []
    for step in event["steps"]:
        result = {"status": step["status"], "duration": 0}
        if step.get("error") or (step["status"] == "failed"):
            result["error_message"] = step.get("error") or event.get("reason", "")
        out.append({"keyword": step["keyword"].strip() + " ", "name": step["name"], "line": step["line"], "result": result})
    if event["verdict"] == "error" and all(s["result"]["status"] != "failed" for s in out):
        out[-1]["result"] = {"status": "failed", "error_message": event.get("reason", ""), "duration": 0}
    return out


def render_cucumber(run: Run, path: Path) -> None:
    features: dict[str, dict[str, Any]] = {}
    elements: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for event in run.events:
        gherkin = event.get("gherkin") or {}
        uri = gherkin.get("uri") or event["nodeid"].split("::")[0]
        features.setdefault(uri, {"uri": uri, "id": uri.replace("/", ";"), "keyword": "Feature",
                                  "name": event.get("feature") or uri, "line": gherkin.get("feature_line", 1),
                                  "description": gherkin.get("feature_description", ""), "tags": []})
        name = event.get("name", "") + (f" [{event['example']}]" if event.get("example") else "")
        elements[uri].append({"id": f"{uri};{event['nodeid']}", "keyword": "Scenario", "type": "scenario",
                              "name": name, "line": gherkin.get("scenario_line", 1), "description": event.get("reason", "")
                              if event["verdict"] != "pass" else "",
                              "tags": _tags(event, max(gherkin.get("scenario_line", 1) - 1, 1)), "steps": _steps(event)})
    report = [{**feature, "elements": elements[uri]} for uri, feature in features.items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    # one line: an indented dump is encoded in pure Python (0.3 s for a certification's 1,084
    # scenarios), a compact one by the C encoder; readers of Cucumber JSON parse it
    path.write_text(json_text(report, separators=(",", ":")), encoding="utf-8")
