"""The CI recipes run here as a CI runner would run them: the composite GitHub Action's steps and the
GitLab template's script, in bash, against ratecert installed from its wheel in a fresh virtualenv.
What a runner provides itself (setup-python, the artifact upload) is stood in for: the virtualenv's
bin/ on the PATH, and a check that the folder to upload exists."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

FAST = "--tp AC3-PAY-010"
CASES = [("cmd:python3 examples/acme_billing/acme_billing.py", 0, "only, not all of 6 of 23 capabilities"),
         ("py:tests.broken_suts.holiday_ignorant:Sut", 1, "NOT CONFORMANT"),
         ("cmd:python3 no/such/billing.py", 2, "NO VERDICT: the SUT did not start")]
IDS = ["conformant", "not-conformant", "undecided"]


def _environment(installed: Path, **extra: str) -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}, "PATH": f"{installed}:{os.environ['PATH']}",
            "PYTHONPATH": str(ROOT), **extra}


def _run_action(installed: Path, wheel: Path, work: Path, inputs: dict[str, str]) -> tuple[int, str, Path]:
    """The action's steps in order; a failing step without `if: always()` ends the job with its code."""
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    values = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
    values.update(install=str(wheel), **inputs)
    outputs: dict[str, dict[str, str]] = {}

    def expand(text: Any) -> str:
        text = re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: values[m.group(1)], str(text))
        return re.sub(r"\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}",
                      lambda m: outputs.get(m.group(1), {}).get(m.group(2), ""), text)

    summary, job = work / "step-summary.md", 0
    for step in action["runs"]["steps"]:
        if job and step.get("if") != "always()":
            continue
        if "uses" in step:
            if "upload-artifact" in step["uses"]:
                assert (work / expand(step["with"]["path"])).is_dir(), "nothing to upload"
            continue
        github_output = work / "github-output"
        github_output.write_text("")
        env = _environment(installed, GITHUB_OUTPUT=str(github_output), GITHUB_STEP_SUMMARY=str(summary),
                           **{k: expand(v) for k, v in step.get("env", {}).items()})
        ran = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=work, env=env, capture_output=True, text=True)
        outputs[step.get("id", "")] = dict(line.split("=", 1) for line in github_output.read_text().splitlines() if line)
        if ran.returncode and not job:
            job = ran.returncode
    return job, summary.read_text() if summary.exists() else "", work / values["out"]


@pytest.mark.parametrize(("sut", "code", "verdict"), CASES, ids=IDS)
def test_the_github_action_gates_on_the_exit_code(installed, wheel, tmp_path, sut, code, verdict):
    work = tmp_path / "repo"
    _vendor_repository(work)
    job, summary, out = _run_action(installed, wheel, work, {"sut": sut, "args": FAST})
    assert job == code
    assert verdict in summary and summary.startswith("## ratecert")
    assert (out / "results.jsonl").exists()


def _run_gitlab(installed: Path, wheel: Path, work: Path, variables: dict[str, str]) -> tuple[int, Path]:
    template = yaml.safe_load((ROOT / "ci" / "ratecert.gitlab-ci.yml").read_text())[".ratecert"]
    env = _environment(installed, **{**template["variables"], "RATECERT_INSTALL": str(wheel), **variables})
    script = "\n".join(template["script"])   # one shell, stopping at the first failing line, as a runner does
    ran = subprocess.run(["bash", "-e", "-c", script], cwd=work, env=env, capture_output=True, text=True)
    out = work / env["RATECERT_OUT"]
    for path in template["artifacts"]["paths"]:
        assert (work / path.replace("$RATECERT_OUT", env["RATECERT_OUT"])).is_dir()
    return ran.returncode, out


@pytest.mark.parametrize(("sut", "code", "verdict"), CASES, ids=IDS)
def test_the_gitlab_template_gates_on_the_exit_code(installed, wheel, tmp_path, sut, code, verdict):
    work = tmp_path / "repo"
    _vendor_repository(work)
    job, out = _run_gitlab(installed, wheel, work, {"RATECERT_SUT": sut, "RATECERT_ARGS": FAST})
    assert job == code
    assert verdict in (out / "summary.md").read_text()
    if code != 2:
        assert (out / "junit.xml").exists()


def _vendor_repository(work: Path) -> None:
    """A vendor repository with its billing system in it (the bundled ACME example)."""
    import shutil

    shutil.copytree(ROOT / "examples" / "acme_billing", work / "examples" / "acme_billing")
