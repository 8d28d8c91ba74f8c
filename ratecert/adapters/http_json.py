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

    def _connection(self) -> http.client.HTTPConnection:
        cls = http.client.HTTPSConnection if self._scheme == "https" else http.client.HTTPConnection
        return cls(self._host, self._port, timeout=self.timeout)

    def _exchange(self, message: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps(message).encode()
        conn = self._connection()
        expired = threading.Event()
        sockets: list[socket.socket] = []   # the connection hands its socket to the response: keep our own

        def expire() -> None:   # one deadline for the whole exchange: a dripped answer cannot hold the run
            expired.set()
            for sock in sockets:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        watchdog = threading.Timer(self.timeout, expire)
        watchdog.start()
        try:
            conn.connect()
            sockets.append(conn.sock)
            if expired.is_set():
                raise TimeoutError
            conn.request("POST", self._path, body=body, headers={"Content-Type": "application/json"})
            response = conn.getresponse()
            payload = response.read(self.max_body + 1)
        except (OSError, http.client.HTTPException) as exc:
            if expired.is_set() or isinstance(exc, TimeoutError):
                raise SutError(f"the SUT did not answer within {self.timeout:g} s over HTTP") from None
            raise SutError(f"the SUT's HTTP transport failed: {type(exc).__name__}: {exc}") from None
        finally:
            watchdog.cancel()
            conn.close()
        if expired.is_set():
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
