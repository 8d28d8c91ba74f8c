"""Subprocess adapter: one persistent process, JSON lines on stdin/stdout.

Never a shell: the argv is run as given, in a session (process group) of its own, so that ending
the SUT ends whatever it started too: a grandchild that inherited its stdout would otherwise keep
the pipe open and the harness waiting. Both pipes are non-blocking and every exchange has one
deadline (`timeout`) for writing the request and reading the whole answer line, so a SUT that
stops reading, drips its answer a byte at a time or never ends its line cannot hold the run. A
thread keeps the bounded tail of stderr for the verdict.

Whatever the SUT does wrong is a `SutError` for that case: a timeout, an exit, a closed output,
an answer that is too long or not JSON (see `wire`). After a fault that leaves the stream out of
step (a timeout, an exit, a partial line) its process group is ended and the next case starts a
fresh process, with the handshake again.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import threading
import time
from typing import IO, Any

from ratecert.adapters.base import MAX_STDERR, Adapter, SutError
from ratecert.adapters.wire import MAX_REPLY, decode_answer, excerpt

MAX_LINE = MAX_REPLY
_CHUNK = 1 << 16
_GRACE = 2.0   # seconds a SUT gets to exit after `stop` before its group is killed
_EXITING = 1.0   # seconds a SUT whose output ended gets to exit by itself (to report its exit code)


class _StderrTail:
    """Drains a SUT's stderr (so it never blocks on a full pipe) and keeps its last bytes."""

    def __init__(self, pipe: IO[bytes]) -> None:
        self._tail = bytearray()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._drain, args=(pipe,), daemon=True)
        self._thread.start()

    def _drain(self, pipe: IO[bytes]) -> None:
        fd = pipe.fileno()
        while True:
            try:
                chunk = os.read(fd, _CHUNK)
            except OSError:
                return
            if not chunk:
                return
            with self._lock:
                self._tail += chunk
                del self._tail[:-MAX_STDERR]

    def settle(self, seconds: float) -> None:
        """Wait (a little) for the rest of stderr once the process has ended."""
        self._thread.join(seconds)

    def text(self) -> str:
        with self._lock:
            return self._tail.decode("utf-8", "replace")


class _Process:
    """One running SUT: its process, non-blocking pipes, a selector for each (registered once: a
    registration per wait would cost two system calls per exchange), and unread stdout bytes."""

    def __init__(self, argv: list[str]) -> None:
        try:
            self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.PIPE, shell=False, start_new_session=True)
        except OSError as exc:
            raise SutError(f"the SUT cannot be started: {argv[0]!r}: {exc.strerror or exc}") from None
        assert self.proc.stdin and self.proc.stdout and self.proc.stderr
        self.stdin, self.stdout = self.proc.stdin.fileno(), self.proc.stdout.fileno()
        os.set_blocking(self.stdin, False)
        os.set_blocking(self.stdout, False)
        self.stderr = _StderrTail(self.proc.stderr)
        self.pending = bytearray()
        self.readable, self.writable = selectors.DefaultSelector(), selectors.DefaultSelector()
        self.readable.register(self.stdout, selectors.EVENT_READ)
        self.writable.register(self.stdin, selectors.EVENT_WRITE)

    def running(self) -> bool:
        return self.proc.poll() is None

    def end(self, grace: float = 0.0) -> int | None:
        """End the SUT's whole process group and reap it. Returns its exit code when it exited by
        itself (within `grace` seconds), None when it had to be killed."""
        try:
            exited: int | None = self.proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            exited = None
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)   # the group outlives its leader: end it too
        except (ProcessLookupError, PermissionError):
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        self.stderr.settle(1.0)
        self.readable.close()
        self.writable.close()
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                pipe.close()   # type: ignore[union-attr]
            except OSError:
                pass
        return exited

    @staticmethod
    def ready(selector: selectors.BaseSelector, deadline: float) -> bool:
        """True when the selector's pipe is ready before the deadline."""
        remaining = deadline - time.monotonic()
        return remaining > 0 and bool(selector.select(remaining))

    def write(self, data: bytes, deadline: float) -> bool:
        """Write all of `data` before the deadline; False when time ran out. OSError: it closed stdin.
        A request fits the pipe's buffer as a rule, so the first write goes straight through."""
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(self.stdin, view):]
            except BlockingIOError:
                if not self.ready(self.writable, deadline):
                    return False
        return True

    def read_line(self, deadline: float) -> bytes | None:
        """The next line (without its end); None when time ran out. EOFError: stdout ended."""
        scanned = 0
        while (end := self.pending.find(b"\n", scanned)) < 0:
            scanned = len(self.pending)
            if scanned > MAX_LINE:
                raise OverflowError(scanned)
            if not self.ready(self.readable, deadline):
                return None
            try:
                chunk = os.read(self.stdout, _CHUNK)
            except BlockingIOError:
                continue
            if not chunk:
                raise EOFError(bytes(self.pending))
            self.pending += chunk
        line = bytes(self.pending[:end])
        del self.pending[:end + 1]
        if len(line) > MAX_LINE:
            raise OverflowError(len(line))
        return line


class SubprocessAdapter(Adapter):
    def __init__(self, argv: list[str], *, timeout: float, label: str) -> None:
        super().__init__(label)
        self.argv = argv
        self.timeout = timeout
        self._process: _Process | None = None
        self._last_stderr = ""
        self._start_message: dict[str, Any] | None = None

    def stderr_tail(self) -> str:
        return self._process.stderr.text() if self._process is not None else self._last_stderr

    def _exchange(self, message: dict[str, Any]) -> dict[str, Any]:
        if message["cmd"] == "start":
            self._start_message = message
        process = self._process
        if process is None or not process.running():
            self._end()
            process = self._process = _Process(self.argv)
            if self._start_message is not None and message["cmd"] != "start":
                self._roundtrip(process, self._start_message)   # a fresh process after a fault: handshake again
        return self._roundtrip(process, message)

    def _roundtrip(self, process: _Process, message: dict[str, Any]) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        restart = message["cmd"] != "start"
        try:
            written = process.write(json.dumps(message).encode() + b"\n", deadline)
        except OSError:
            raise self._fault("closed its input before reading the request", restart, _EXITING) from None
        if not written:
            raise self._fault(f"did not read the request within {self.timeout:g} s", restart)
        try:
            line = process.read_line(deadline)
        except OverflowError as exc:
            raise self._fault(f"answered more than {MAX_LINE} bytes on one line ({exc.args[0]} so far)",
                              restart) from None
        except EOFError as exc:
            partial = exc.args[0]
            raise self._fault(f"ended its output in the middle of a line: {excerpt(partial)}" if partial
                              else "closed its output without answering", restart, _EXITING) from None
        if line is None:
            raise self._fault(f"did not answer within {self.timeout:g} s", restart)
        return decode_answer(line, self.stderr_tail())

    def _fault(self, what: str, restart: bool, grace: float = 0.0) -> SutError:
        """End the SUT after a fault that leaves its stream out of step, and say what happened."""
        code = self._end(grace)
        if code is None:
            state = "it was ended"
        elif code < 0:
            state = f"it was killed by signal {-code}"
        else:
            state = f"it exited with code {code}"
        return SutError(f"the SUT {what}; {state}" + (" (restarted for the next case)" if restart else ""),
                        self._last_stderr)

    def _end(self, grace: float = 0.0) -> int | None:
        process, self._process = self._process, None
        if process is None:
            return None
        code = process.end(grace)
        self._last_stderr = process.stderr.text()
        return code

    def close(self) -> None:
        """Say stop, give the SUT a moment to exit, then end its process group (and any leftovers)."""
        process = self._process
        if process is None:
            return
        if process.running():
            deadline = time.monotonic() + _GRACE
            try:
                if process.write(b'{"cmd": "stop"}\n', deadline):
                    process.proc.wait(timeout=max(0.0, deadline - time.monotonic()))
            except (OSError, subprocess.TimeoutExpired):
                pass
        self._end()
