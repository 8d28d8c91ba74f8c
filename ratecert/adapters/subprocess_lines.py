"""Subprocess adapter: one persistent process, JSON lines on stdin/stdout.

Never a shell: the argv is run as given. A reader thread takes stdout lines (each bounded in size),
another keeps the tail of stderr for the verdict. A case that times out, or a process that exits,
gives `error` for that case; the process is restarted for the next one.
"""

from __future__ import annotations

import json
import queue
import subprocess
import threading
from collections import deque
from typing import Any

from ratecert.adapters.base import Adapter, SutError

MAX_LINE = 4 * 1024 * 1024
_EOF = object()


class SubprocessAdapter(Adapter):
    def __init__(self, argv: list[str], *, timeout: float, label: str) -> None:
        super().__init__(label)
        self.argv = argv
        self.timeout = timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._lines: queue.Queue[object] = queue.Queue()
        self._stderr: deque[str] = deque(maxlen=200)
        self._start_message: dict[str, Any] | None = None

    def _spawn(self) -> subprocess.Popen[bytes]:
        try:
            proc = subprocess.Popen(self.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, shell=False)
        except OSError as exc:
            raise SutError(f"cannot start {self.argv[0]!r}: {exc}") from exc
        self._lines = queue.Queue()
        threading.Thread(target=self._read_stdout, args=(proc, self._lines), daemon=True).start()
        threading.Thread(target=self._read_stderr, args=(proc,), daemon=True).start()
        self._proc = proc
        return proc

    @staticmethod
    def _read_stdout(proc: subprocess.Popen[bytes], lines: queue.Queue[object]) -> None:
        assert proc.stdout is not None
        while True:
            line = proc.stdout.readline(MAX_LINE + 1)
            if not line:
                lines.put(_EOF)
                return
            lines.put(line)

    def _read_stderr(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stderr is not None
        for raw in proc.stderr:
            self._stderr.append(raw.decode("utf-8", "replace").rstrip("\n"))

    def stderr_tail(self) -> str:
        return "\n".join(self._stderr)

    def _ensure_running(self) -> subprocess.Popen[bytes]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        was_started = self._proc is not None
        proc = self._spawn()
        if was_started and self._start_message is not None:
            self._roundtrip(proc, self._start_message)   # restarted after a crash: handshake again
        return proc

    def _exchange(self, message: dict[str, Any]) -> dict[str, Any]:
        if message["cmd"] == "start":
            self._start_message = message
        proc = self._ensure_running()
        return self._roundtrip(proc, message)

    def _roundtrip(self, proc: subprocess.Popen[bytes], message: dict[str, Any]) -> dict[str, Any]:
        assert proc.stdin is not None
        try:
            proc.stdin.write(json.dumps(message).encode() + b"\n")
            proc.stdin.flush()
        except (BrokenPipeError, OSError):
            self._kill()
            raise SutError("SUT closed its input (it exited)", self.stderr_tail()) from None
        try:
            line = self._lines.get(timeout=self.timeout)
        except queue.Empty:
            self._kill()
            raise SutError(f"SUT did not answer within {self.timeout:g} s (killed; restarted for the next case)",
                           self.stderr_tail()) from None
        if line is _EOF:
            code = proc.wait(timeout=5)
            self._proc = None
            raise SutError(f"SUT exited with code {code} before answering", self.stderr_tail())
        assert isinstance(line, bytes)
        if len(line) > MAX_LINE:
            self._kill()
            raise SutError(f"SUT answer exceeds {MAX_LINE} bytes on one line", self.stderr_tail())
        try:
            answer = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SutError(f"SUT answer is not JSON ({exc.msg}): {line[:200]!r}", self.stderr_tail()) from None
        if not isinstance(answer, dict):
            raise SutError(f"SUT answer is not a JSON object: {line[:200]!r}", self.stderr_tail())
        return answer

    def _kill(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
            self._proc = None

    def close(self) -> None:
        proc = self._proc
        if proc is None:
            return
        try:
            if proc.poll() is None and proc.stdin is not None:
                proc.stdin.write(b'{"cmd": "stop"}\n')
                proc.stdin.flush()
                proc.stdin.close()
                proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self._kill()
