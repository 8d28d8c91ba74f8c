"""A protocol fuzzer (issue 18.6): hypothesis writes malformed answers - wrong types, huge and tiny
numbers, missing and extra fields, a wrong seq, partial lines, an end of output mid-line, slow
drips, exits and closed pipes - for a fake SUT that is a real subprocess
(tests/fake_suts/misbehaving.py --script), and checks the harness's invariants:

- through the adapter: every case ends as a bill, a SutError or a SutSkipped - never another
  exception - within its timeout (and the grace a SUT gets to exit), and closing ends the SUT's
  whole process group;
- through a real `ratecert certify` under a 1 GiB address-space limit (resource.setrlimit): each
  check gets exactly one verdict, none blames ratecert, the footer is written, the exit code is
  1 (the fake bills wrongly), and the run ends within timeout x cases.

Deterministic under the certification profile (derandomized, no database), so a run that finds
something finds it again. A longer exploratory run: RATECERT_FUZZ_EXAMPLES=500 with
`--ratecert-profile exploratory` (random, a new search each time).
"""

from __future__ import annotations

import base64
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ratecert.adapters import SutError, SutSkipped
from ratecert.adapters.subprocess_lines import _EXITING, SubprocessAdapter
from ratecert.adapters.wire import MAX_DEPTH, MAX_REPLY
from ratecert.bill import Bill
from ratecert_reference.access_catalog_3.records import CatalogCase
from tests.conftest import ROOT, certify

FAKE = str(ROOT / "tests" / "fake_suts" / "misbehaving.py")
TIMEOUT = 0.5
CHECKS = ("features/access-catalog-3/test_access_catalog_3.py::test_the_shorter_of_31_days_and_the_next_bill_date",
          "features/access-catalog-3/test_access_catalog_3.py::test_each_kind_of_shift")   # 14 checks, one case each

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8)
numbers = st.one_of(
    st.sampled_from(["1E+999999999", "1e-999999999", "-0", "0." + "0" * 30 + "1", "9" * 14, "NaN", "12.5 ", "", "."]),
    st.integers(-10**20, 10**20), st.floats(allow_nan=True, allow_infinity=True),
    st.from_regex(r"-?[0-9]{1,20}(\.[0-9]{0,14})?", fullmatch=True))
FIELDS = ("seq", "bills", "skipped", "reason", "errored", "context", "extra")
BILL_FIELDS = ("bill_date", "payment_date", "lines", "penalties", "credits", "notes", "surplus")


@st.composite
def replies(draw: st.DrawFn, seq: int) -> dict[str, Any]:
    """A reply to the bill request with this seq, as the fake will write it."""
    reply: dict[str, Any] = {"seq": seq, "bills": [{"bill_date": "2025-04-01", "payment_date": "2025-05-01",
                                                      "lines": [{"element": "x", "quantity": "1", "amount": "1.00",
                                                                 "clause": "2.4.1(G)"}]}]}
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["field", "drop", "bill-field", "amount", "seq"]))
        bill = reply["bills"][0] if isinstance(reply.get("bills"), list) and reply["bills"] and \
            isinstance(reply["bills"][0], dict) else None
        if kind == "field":
            reply[draw(st.sampled_from(FIELDS))] = draw(json_values)
        elif kind == "drop" and reply:
            reply.pop(draw(st.sampled_from(sorted(reply))))
        elif kind == "bill-field" and bill is not None:
            bill[draw(st.sampled_from(BILL_FIELDS))] = draw(json_values)
        elif kind == "amount" and bill is not None:
            bill["lines"] = [{"element": "x", "quantity": draw(numbers), "amount": draw(numbers), "clause": "c"}]
        elif kind == "seq":
            reply["seq"] = draw(st.sampled_from([seq + 1, seq - 1, str(seq), float(seq), None, 10**20]))
    return reply


def _encoded(reply: dict[str, Any]) -> bytes:
    return json.dumps(reply, allow_nan=True).encode() + b"\n"


@st.composite
def actions(draw: st.DrawFn, seq: int) -> dict[str, Any]:
    """What the fake does for one request: bytes (a reply, mangled or not), written in pieces."""
    data = _encoded(draw(replies(seq)))
    shape = draw(st.sampled_from(["as is", "cut", "bad byte", "no newline", "two lines", "deep", "big int",
                                  "oversize", "empty line"]))
    if shape == "cut":
        data = data[:draw(st.integers(0, len(data) - 1))]
    elif shape == "bad byte":
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00"])) + data[at:]
    elif shape == "no newline":
        data = data.rstrip(b"\n")
    elif shape == "two lines":
        data = data + data
    elif shape == "deep":
        depth = draw(st.sampled_from([MAX_DEPTH, MAX_DEPTH + 1, 5000, 200_000]))
        data = b'{"seq": %d, "context": ' % seq + b"[" * depth + b"]" * depth + b', "errored": true}\n'
    elif shape == "big int":
        data = b'{"seq": ' + b"7" * draw(st.sampled_from([16, 41, 5000])) + b', "skipped": true}\n'
    elif shape == "oversize":
        data = b'{"seq": %d, "reason": "' % seq + b"x" * MAX_REPLY + b'", "skipped": true}\n'
    elif shape == "empty line":
        data = b"\n" + data
    pieces = draw(st.integers(1, 4))
    return {"data": base64.b64encode(data).decode(), "pieces": pieces,
            "pause": draw(st.sampled_from([0, 0, 0.01, 0.2])) if pieces > 1 else 0,
            "then": draw(st.sampled_from(["continue", "continue", "continue", "exit", "close", "hang"])),
            "code": draw(st.integers(0, 3))}


def scripts(cases: int) -> st.SearchStrategy[dict[str, Any]]:
    """An action for each of the first `cases` seqs (some left out: those are answered well)."""
    return st.fixed_dictionaries({}, optional={str(seq): actions(seq) for seq in range(1, cases + 1)})


def _script_file(script: dict[str, Any]) -> str:
    handle, path = tempfile.mkstemp(suffix=".json", prefix="fuzz-script-")
    with os.fdopen(handle, "w") as out:
        json.dump(script, out)
    return path


def _group_gone(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return True
    # members may be zombies not yet reaped by init: ended all the same
    return all(Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"
               for pid in os.listdir("/proc") if pid.isdigit() and _in_group(pid, pgid))


def _in_group(pid: str, pgid: int) -> bool:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[2]) == pgid
    except (FileNotFoundError, IndexError, ValueError):
        return False


CASES = 3
EXAMPLES = int(os.environ.get("RATECERT_FUZZ_EXAMPLES", "30"))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(script=scripts(CASES))
def test_every_case_ends_as_a_bill_or_an_error_of_the_sut_in_time(script):
    path = _script_file(script)
    adapter = SubprocessAdapter([sys.executable, FAKE, "--script", path], timeout=TIMEOUT, label="fuzz")
    groups = set()
    try:
        adapter.start()
        for _ in range(CASES):
            began = time.monotonic()
            try:
                outcome: object = adapter.bill(CatalogCase(bill_date="2025-04-01"))
            except (SutError, SutSkipped) as exc:
                outcome = exc
            if adapter._process is not None:
                groups.add(adapter._process.proc.pid)
            assert isinstance(outcome, (Bill, SutError, SutSkipped)), outcome
            assert time.monotonic() - began < 2 * TIMEOUT + 2 * _EXITING + 1.0
            if isinstance(outcome, SutError):
                assert outcome.reason.startswith("the SUT") and len(outcome.reason) <= 2100, outcome.reason
    finally:
        adapter.close()
        os.unlink(path)
    assert all(_group_gone(pgid) for pgid in groups), "a SUT's process group outlived the adapter"


@settings(max_examples=max(4, EXAMPLES // 8), deadline=None, suppress_health_check=list(HealthCheck))
@given(script=scripts(14))
def test_a_certification_under_fire_gives_each_check_one_verdict(script):
    path = _script_file(script)
    try:
        with tempfile.TemporaryDirectory(prefix="fuzz-run-") as out:
            result = certify(f"cmd:{sys.executable} {FAKE} --script {path}", Path(out), "--sut-timeout", str(TIMEOUT),
                             "--", *CHECKS, memory_limit=1 << 30, timeout=120)
            assert result.footer is not None, result.stdout[-3000:]
            checks = [e for e in result.events if e.get("kind") != "finding"]   # a padded answer adds a finding
            assert len(checks) == 14 and len({e["nodeid"] for e in checks}) == 14, result.stdout[-3000:]
            assert not [e["reason"] for e in result.events if e.get("cause") not in ("sut", None)]
            assert result.exit_code == 1, result.stdout[-3000:]
            assert result.seconds < 14 * (TIMEOUT + 2 * _EXITING) + 20
    finally:
        os.unlink(path)


def test_the_fake_answers_well_when_the_script_says_nothing(tmp_path):
    """The fuzzer's baseline: with an empty script every check is answered (and fails: the fake
    bills the bill date as the payment date), so any error above comes from a generated fault."""
    script = tmp_path / "script.json"
    script.write_text("{}")
    result = certify(f"cmd:{sys.executable} {FAKE} --script {script}", tmp_path / "out", "--", CHECKS[0])
    assert [e["verdict"] for e in result.events] == ["fail"] * 4


@pytest.mark.parametrize("shape", [b"[" * 200_000, b"7" * 5000, b'"\\ud800"'])
def test_shapes_the_fuzzer_found_are_kept(shape):
    """Found on the way (see the commit): JSON nested past the interpreter's recursion limit, an
    integer past Python's digit limit and a lone surrogate each broke the harness."""
    from ratecert.adapters.wire import decode_answer

    with pytest.raises(SutError) as refused:
        decode_answer(b'{"seq": 1, "context": ' + shape + b"}")
    assert refused.value.reason.startswith("the SUT's answer")
