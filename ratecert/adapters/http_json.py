"""HTTP adapter: the same protocol messages, each POSTed as JSON to one URL.

Timeouts per request, a bound on the answer's size, and every transport failure (refused
connection, reset, timeout, a status other than 200, a body that is not JSON) as an `error`
verdict for the case, never a crash of the run.
"""

from __future__ import annotations

import http.client
import json
import socket
from typing import Any
from urllib.parse import urlsplit

from ratecert.adapters.base import Adapter, SutError

MAX_BODY = 4 * 1024 * 1024


class HttpAdapter(Adapter):
    def __init__(self, url: str, *, timeout: float, label: str, max_body: int = MAX_BODY) -> None:
        super().__init__(label)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        self._scheme, self._host, self._port = parts.scheme, parts.hostname, parts.port
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
        try:
            conn.request("POST", self._path, body=body, headers={"Content-Type": "application/json"})
            response = conn.getresponse()
            payload = response.read(self.max_body + 1)
        except (TimeoutError, socket.timeout):
            raise SutError(f"SUT did not answer within {self.timeout:g} s over HTTP") from None
        except (OSError, http.client.HTTPException) as exc:
            raise SutError(f"HTTP transport failed: {type(exc).__name__}: {exc}") from None
        finally:
            conn.close()
        self._last = payload[:2000].decode("utf-8", "replace")
        if len(payload) > self.max_body:
            raise SutError(f"SUT answer exceeds {self.max_body} bytes", self._last)
        if response.status != 200:
            raise SutError(f"SUT answered HTTP {response.status} {response.reason}", self._last)
        try:
            answer = json.loads(payload)
        except json.JSONDecodeError as exc:
            raise SutError(f"SUT answer is not JSON ({exc.msg})", self._last) from None
        if not isinstance(answer, dict):
            raise SutError("SUT answer is not a JSON object", self._last)
        return answer

    def stderr_tail(self) -> str:
        return self._last

    def close(self) -> None:
        try:
            self._exchange({"cmd": "stop"})
        except SutError:
            pass
