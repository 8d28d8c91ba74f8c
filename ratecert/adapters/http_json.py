"""HTTP adapter: the same protocol messages, each POSTed as JSON to one URL.

One deadline per exchange (a watchdog closes the socket when it passes, so a server that drips its
answer cannot hold the run), a bound on the answer's size, the same decoding as the subprocess
adapter (`wire`), and every transport failure (refused connection, reset, timeout, a status other
than 200, a body that is not JSON) as an `error` verdict for the case, never a crash of the run.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from typing import Any
from urllib.parse import urlsplit

from ratecert.adapters.base import Adapter, SutError
from ratecert.adapters.wire import MAX_REPLY, decode_answer
from ratecert.inputs import BadInput

MAX_BODY = MAX_REPLY


class HttpAdapter(Adapter):
    def __init__(self, url: str, *, timeout: float, label: str, max_body: int = MAX_BODY) -> None:
        super().__init__(label)
        parts = urlsplit(url)
        try:
            port = parts.port
        except ValueError as exc:   # a port that is not a number, or out of range
            raise BadInput(f"not an http(s) URL: {url!r}: {exc}") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise BadInput(f"not an http(s) URL: {url!r}")
        self._scheme, self._host, self._port = parts.scheme, parts.hostname, port
        self._path = parts.path or "/"
        self.timeout = timeout
        self.max_body = max_body
        self._last = ""
        self._watchdog = _Watchdog(period=timeout)

    def _connection(self) -> http.client.HTTPConnection:
        cls = http.client.HTTPSConnection if self._scheme == "https" else http.client.HTTPConnection
        return cls(self._host, self._port, timeout=self.timeout)

    def _exchange(self, message: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps(message).encode()
        conn = self._connection()
        deadline = time.monotonic() + self.timeout
        expired = False
        try:
            conn.connect()   # bounded by the socket timeout; what follows by the watchdog
            self._watchdog.arm(conn.sock, deadline)   # the connection hands its socket to the response later
            conn.request("POST", self._path, body=body, headers={"Content-Type": "application/json"})
            response = conn.getresponse()
            payload = response.read(self.max_body + 1)
        except (OSError, http.client.HTTPException) as exc:
            if self._watchdog.disarm() or isinstance(exc, TimeoutError):
                raise SutError(f"the SUT did not answer within {self.timeout:g} s over HTTP") from None
            raise SutError(f"the SUT's HTTP transport failed: {type(exc).__name__}: {exc}") from None
        else:
            expired = self._watchdog.disarm()
        finally:
            conn.close()
        if expired:
            raise SutError(f"the SUT did not answer within {self.timeout:g} s over HTTP")
        self._last = payload[:2000].decode("utf-8", "replace")
        if len(payload) > self.max_body:
            raise SutError(f"the SUT's answer exceeds {self.max_body} bytes", self._last)
        if response.status != 200:
            raise SutError(f"the SUT answered HTTP {response.status} {response.reason}", self._last)
        return decode_answer(payload, self._last)

    def stderr_tail(self) -> str:
        return self._last

    def close(self) -> None:
        try:
            self._exchange({"cmd": "stop"})
        except SutError:
            pass
        self._watchdog.stop()


class _Watchdog:
    """One thread per adapter that shuts the socket of an exchange whose deadline has passed, so
    that a server dripping its answer a byte at a time (each byte inside the socket's own timeout)
    cannot hold a case. Armed and disarmed per exchange without waking it (a thread per exchange
    cost 0.5 ms to start and cancel)."""

    def __init__(self, period: float) -> None:
        self._period = period
        self._changed = threading.Condition()
        self._sock: socket.socket | None = None
        self._deadline: float | None = None
        self._expired = False
        self._stopped = False
        self._thread: threading.Thread | None = None

    def arm(self, sock: socket.socket | None, deadline: float) -> None:
        with self._changed:
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="ratecert-http-watchdog", daemon=True)
                self._thread.start()
            self._sock, self._deadline, self._expired = sock, deadline, False
            # no notify: the thread wakes at least once per timeout and the new deadline is a
            # timeout away, so it is never missed - and no exchange pays for waking a thread

    def disarm(self) -> bool:
        """Stop watching this exchange; True when its deadline passed (and its socket was shut)."""
        with self._changed:
            self._sock, self._deadline = None, None
            return self._expired

    def stop(self) -> None:
        with self._changed:
            self._stopped = True
            self._changed.notify()

    def _watch(self) -> None:
        with self._changed:
            while not self._stopped:
                if self._deadline is None:
                    self._changed.wait(self._period)
                elif (remaining := self._deadline - time.monotonic()) > 0:
                    self._changed.wait(remaining)
                else:
                    self._expired, self._deadline = True, None
                    if self._sock is not None:
                        try:
                            self._sock.shutdown(socket.SHUT_RDWR)
                        except OSError:
                            pass
