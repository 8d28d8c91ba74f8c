"""The HTTP form of the protocol with real servers on loopback (the reference behind `ratecert
serve`, the Node.js example, a misbehaving server), --validate-protocol, entry-point SUTs, and the
reproduction loop: bundle -> replay -> promote."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import ROOT, certify

PAYMENT_DATES = "features/access-catalog-3/test_access_catalog_3.py::test_the_shorter_of_31_days_and_the_next_bill_date"


def _serve(argv: list[str], pattern: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    match = re.search(pattern, line)
    assert match, f"server did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}"
    return proc, match.group(0)


@pytest.fixture
def reference_over_http():
    proc, url = _serve([sys.executable, "-m", "ratecert", "serve", "--sut", "reference"], r"http://\S+")
    yield url
    proc.kill()
    proc.wait()


def verdicts(result) -> dict[str, str]:
    return {e["nodeid"]: e["verdict"] for e in result.events}


def test_the_same_suite_runs_unchanged_over_http(tmp_path, reference_over_http, certified):
    over_http = certify(reference_over_http, tmp_path / "b", "--validate-protocol")
    in_process = certified("reference")  # after its own run: another worker may be making it
    assert over_http.exit_code == 0, over_http.stdout
    assert verdicts(over_http) == verdicts(in_process)


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
def test_the_node_example_is_certified_over_http_with_unclaimed_capabilities_na(tmp_path):
    proc, url = _serve(["node", "examples/node_billing/server.js"], r"http://\S+")
    try:
        result = certify(url, tmp_path / "out", "--validate-protocol")
    finally:
        proc.kill()
        proc.wait()
    assert result.exit_code == 0, result.stdout
    assert result.header["implementation"]["language"] == "JavaScript"
    passed = {c for e in result.verdicts("pass") for c in e["capabilities"]}
    assert {"payment-dates", "labor"} <= passed
    not_applicable = result.verdicts("n/a")
    assert any("late-payment" in e["reason"] for e in not_applicable)
    assert not any(e["verdict"] == "pass" and "late-payment" in e["capabilities"] for e in result.events)


class _Misbehaving(BaseHTTPRequestHandler):
    mode = "ok"

    def do_POST(self) -> None:  # noqa: N802
        message = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if message["cmd"] == "start":
            body = {"implementation": {"name": "bad http", "version": "0"},
                    "ics": {"documents": {"access-catalog-3": {"capabilities": ["payment-dates"]}}}}
        elif message["cmd"] == "bill" and message["seq"] == 2:
            if self.mode == "status":
                self.send_response(500)
                self.end_headers()
                self.wfile.write(b"internal error")
                return
            if self.mode == "garbage":
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"<html>not json</html>")
                return
            if self.mode == "slow":
                threading.Event().wait(3)
            if self.mode == "drip":   # each byte well within the timeout, the whole answer far past it
                self.send_response(200)
                self.end_headers()
                for byte in b'{"seq": 2, "bills": [{"bill_date": "2025-01-01", "payment_date": "2025-01-01"}]}':
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    threading.Event().wait(0.2)
                return
            body = {"seq": message["seq"], "bills": [{"bill_date": "x"}]}
        else:
            body = {"seq": message.get("seq", 0), "bills": [{"bill_date": message["case"]["bill_date"],
                                                             "payment_date": message["case"]["bill_date"]}]}
        payload = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args) -> None:
        return


@pytest.mark.parametrize("mode", ["status", "garbage", "slow"])
def test_http_failures_are_errors_for_the_case(tmp_path, mode):
    handler = type("Handler", (_Misbehaving,), {"mode": mode})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = certify(f"http://127.0.0.1:{server.server_address[1]}/", tmp_path / "out", "--sut-timeout", "1",
                         "--", PAYMENT_DATES)
    finally:
        server.shutdown()
    assert result.footer is not None
    assert len(result.verdicts("error")) == 1 and len(result.events) == 4


def test_a_dripping_server_cannot_hold_a_case_past_its_timeout(tmp_path):
    handler = type("Handler", (_Misbehaving,), {"mode": "drip"})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = certify(f"http://127.0.0.1:{server.server_address[1]}/", tmp_path / "out", "--sut-timeout", "1",
                         "--", PAYMENT_DATES)
    finally:
        server.shutdown()
    [error] = result.verdicts("error")
    assert error["reason"] == "the SUT did not answer within 1 s over HTTP" and error["cause"] == "sut"
    assert error["duration"] < 3, "one deadline for the whole exchange, not one per byte"
    assert len(result.events) == 4


def test_a_refused_connection_stops_the_run_with_its_cause(tmp_path):
    result = certify("http://127.0.0.1:9/", tmp_path / "out", "--", PAYMENT_DATES)
    assert result.exit_code == 2 and not result.events, result.stdout
    assert "the SUT did not start: the SUT's HTTP transport failed: ConnectionRefusedError" in result.stdout


def test_validate_protocol_names_the_violation(tmp_path):
    result = certify(f"cmd:{sys.executable} tests/fake_suts/misbehaving.py schema 2", tmp_path / "out",
                     "--validate-protocol", "--", PAYMENT_DATES)
    [error] = result.verdicts("error")
    assert "protocol violation in bill-reply" in error["reason"]


def test_an_entry_point_sut(tmp_path):
    result = certify("ep:reference", tmp_path / "out", "--", PAYMENT_DATES)
    assert result.exit_code == 0 and len(result.verdicts("pass")) == 4


def test_replay_reproduces_a_recorded_failure_and_promote_keeps_it(tmp_path, certified):
    result = certified("py:tests.broken_suts.monthly_compounding:Sut")
    assert result.exit_code == 1
    bundles = sorted((result.out / "bundles").glob("*AC3-LATE-002.json"))
    assert bundles, "every failure is written as a bundle"
    bundle = json.loads(bundles[0].read_text())
    assert bundle["sut"]["implementation"]["name"].startswith("broken") and bundle["case"] and bundle["spec_digest"]
    assert bundle["expected"] == "1124.50" and bundle["actual"] == "1119.51"

    def replay(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ratecert", "replay", str(bundles[0]), *extra], cwd=ROOT,
                              capture_output=True, text=True)

    still_broken = replay()
    assert still_broken.returncode == 1 and "expected 1124.50, got 1119.51" in still_broken.stdout
    fixed = replay("--sut", "reference")
    assert fixed.returncode == 0 and "pass" in fixed.stdout

    prop = next(p for p in (result.out / "bundles").glob("*AC3-PROP-001.json")
                if json.loads(p.read_text())["nodeid"].endswith("test_penalties_agree_with_the_reference"))
    assert json.loads(prop.read_text())["reproduce"].startswith("@reproduce_failure(")
    mine = tmp_path / "counterexamples"
    promoted = subprocess.run([sys.executable, "-m", "ratecert", "promote", str(prop), "--into", str(mine)], cwd=ROOT,
                              capture_output=True, text=True)
    assert promoted.returncode == 0, promoted.stderr
    kept = list((mine / "access-catalog-3").glob("AC3-PROP-001-*.json"))
    assert len(kept) == 1 and json.loads(kept.pop().read_text())["case"] == json.loads(prop.read_text())["case"]
