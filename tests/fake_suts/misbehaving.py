#!/usr/bin/env python3
"""A fake SUT that misbehaves on purpose, to test the runner (after Bowtie's fake harnesses).

Usage: misbehaving.py MODE [N]       misbehave as MODE on the bill request with seq N (default 3)
       misbehaving.py --each MODE... misbehave as the i-th MODE on the bill request with seq i
                                     (`ok` answers normally), so one run tries many faults
       misbehaving.py --script FILE  play what FILE says for each seq (the protocol fuzzer's
                                     replies): {"SEQ": {"data": base64, "pieces": n, "pause": s,
                                     "then": "continue" | "exit" | "close" | "hang"}}

It answers `start` correctly, then bills like a bill with no lines (so each answered check
fails), except where it misbehaves. Keyed by seq, not by request count, so that a restart after a
fault does not repeat it. Each mode is a hostile program of issue 18:

  crash         exits with code 3 after writing to stderr
  hang          never answers
  garbage       answers a line that is not JSON
  schema        answers JSON that breaks the protocol schema
  flood         answers one line of 5 MiB
  slow          sleeps 0.3 s before every answer (and answers correctly)
  errored       answers {"errored": true} with a context
  close-stdout  closes its stdout and keeps running (reading stdin)
  grandchild    starts a grandchild that inherits stdout and sleeps, then exits: the pipe stays open
  invalid-utf8  answers a line with a byte that is not UTF-8
  big-int       answers a seq of 5,000 digits
  deep          answers 100,000 nested arrays
  exponent      bills a line of amount "1E+999999999"
  past-bounds   bills a line of amount "108.600000000000000000000000001" (27 decimals)
  ansi          errors with a reason full of terminal escapes (clear screen, window title, colours,
                a carriage return, a bidi override) and the same on stderr
  surrogate     errors with a reason holding a lone UTF-16 surrogate escape
  partial       writes half an answer, no line end, and exits
  drip          drips a correct answer one byte every 50 ms (longer than any test timeout)
  stderr-flood  writes 20 MiB to stderr without a line end, then answers correctly
"""

import base64
import json
import os
import subprocess
import sys
import time

ANSI = "\x1b[2J\x1b[H\x1b]0;pwned\x07\x1b[31mRED\x1b[0m\rOVERWRITTEN\u202eDESREVER\x9b31m"


def bill(message: dict, lines: list | None = None) -> dict:
    date = message["case"]["bill_date"]
    return {"seq": message["seq"], "bills": [{"bill_date": date, "payment_date": date, "lines": lines or []}]}


def line(amount: str) -> list:
    return [{"element": "late_payment", "quantity": "1", "amount": amount, "clause": "2.4.1(C)(2)"}]


def note_pid(pid: int) -> None:
    """Append `pid` to the file $FAKE_SUT_PIDS names, so that a test can see every process ended."""
    if os.environ.get("FAKE_SUT_PIDS"):
        with open(os.environ["FAKE_SUT_PIDS"], "a") as pids:
            pids.write(f"{pid}\n")


def write(data: bytes) -> None:
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def misbehave(mode: str, message: dict) -> dict | None:
    """Do MODE for this request; return the reply to send normally, or None when MODE sent its own."""
    seq = message["seq"]
    print(f"fake SUT misbehaving: {mode} on seq {seq}", file=sys.stderr, flush=True)
    if mode == "crash":
        sys.exit(3)
    if mode == "hang":
        time.sleep(3600)
    if mode == "garbage":
        write(b"this is not json\n")
        return None
    if mode == "schema":
        return {"seq": seq, "bills": [{"payment_date": 42}]}
    if mode == "flood":
        write(b'{"x": "' + b"y" * (5 * 1024 * 1024) + b'"}\n')
        return None
    if mode == "errored":
        return {"seq": seq, "errored": True, "context": {"message": "database down"}}
    if mode == "close-stdout":
        sys.stdout.close()
        os.close(1)
        for _ in sys.stdin:
            pass
        time.sleep(3600)
    if mode == "grandchild":
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)"])
        note_pid(child.pid)
        os._exit(0)
    if mode == "invalid-utf8":
        write(b'{"seq": %d, "errored": true, "context": {"error": "caf\xe9 \xff"}}\n' % seq)
        return None
    if mode == "big-int":
        write(b'{"seq": ' + b"9" * 5000 + b', "bills": []}\n')
        return None
    if mode == "deep":
        write(b"[" * 100_000 + b"]" * 100_000 + b"\n")
        return None
    if mode == "exponent":
        return bill(message, line("1E+999999999"))
    if mode == "past-bounds":
        return bill(message, line("108.600000000000000000000000001"))
    if mode == "ansi":
        print(ANSI, file=sys.stderr, flush=True)
        return {"seq": seq, "errored": True, "context": {"error": ANSI}}
    if mode == "surrogate":
        write(b'{"seq": %d, "errored": true, "context": {"error": "half \\ud800 a pair"}}\n' % seq)
        return None
    if mode == "partial":
        write(b'{"seq": %d, "bil' % seq)
        os._exit(0)
    if mode == "drip":
        for byte in json.dumps(bill(message)).encode() + b"\n":
            write(bytes([byte]))
            time.sleep(0.05)
        return None
    if mode == "stderr-flood":
        sys.stderr.write("E" * (20 * 1024 * 1024))
        sys.stderr.flush()
    return bill(message)


def play(action: dict) -> None:
    """Write the action's bytes in `pieces` with a `pause` between them, then do what `then` says."""
    data = base64.b64decode(action["data"])
    size = max(1, -(-len(data) // action.get("pieces", 1)))
    for start in range(0, len(data), size):
        if start:
            time.sleep(action.get("pause", 0))
        write(data[start:start + size])
    then = action.get("then", "continue")
    if then == "exit":
        os._exit(action.get("code", 0))
    if then == "close":
        sys.stdout.close()
        os.close(1)
    if then in ("close", "hang"):
        time.sleep(3600)


def main() -> None:
    script = {}
    if sys.argv[1] == "--script":
        with open(sys.argv[2]) as source:
            script = json.load(source)
        modes, name = {}, "scripted"
    elif sys.argv[1] == "--each":
        modes = {seq: mode for seq, mode in enumerate(sys.argv[2:], 1)}
        name = "each"
    else:
        modes = {int(sys.argv[2]) if len(sys.argv) > 2 else 3: sys.argv[1]}
        name = sys.argv[1]
    for raw in sys.stdin:
        message = json.loads(raw)
        if message["cmd"] == "stop":
            return
        if message["cmd"] == "start":
            note_pid(os.getpid())
            reply: dict | None = {"implementation": {"name": f"fake-{name}", "version": "0"},
                                  "ics": {"documents": {"access-catalog-3": {"capabilities": ["payment-dates"]}}}}
        elif str(message["seq"]) in script:
            play(script[str(message["seq"])])
            reply = None
        elif name == "slow":
            time.sleep(0.3)
            reply = bill(message)
        elif modes.get(message["seq"], "ok") != "ok":
            reply = misbehave(modes[message["seq"]], message)
        else:
            reply = bill(message)
        if reply is not None:
            write(json.dumps(reply).encode() + b"\n")


if __name__ == "__main__":
    main()
