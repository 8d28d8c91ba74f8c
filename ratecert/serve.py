"""`ratecert serve`: put an in-process SUT (the reference, py:..., ep:...) behind the HTTP form of
the protocol, or behind JSON lines on stdin/stdout (--stdio), so that the HTTP and subprocess
adapters can be certified, and measured, against the very same rules as in process."""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ratecert.adapters.in_process import InProcessAdapter

MAX_REQUEST = 4 * 1024 * 1024


def make_server(sut: InProcessAdapter, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    lock = threading.Lock()  # SUT objects need not be thread-safe

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server API
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_REQUEST:
                self._answer(413, {"error": "request too large"})
                return
            try:
                message = json.loads(self.rfile.read(length))
            except json.JSONDecodeError as exc:
                self._answer(400, {"error": f"not JSON: {exc.msg}"})
                return
            with lock:
                try:
                    reply = sut._exchange(message)
                except Exception as exc:  # the SUT's failure travels as an errored reply
                    reply = {"seq": message.get("seq", 0), "errored": True, "context": {"error": str(exc)}}
            self._answer(200, reply)

        def _answer(self, status: int, body: dict[str, Any]) -> None:
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:  # quiet: the run log is the record
            return

    return ThreadingHTTPServer((host, port), Handler)


def serve_stdio(sut: InProcessAdapter) -> None:
    """Answer protocol messages read as JSON lines on stdin until `stop` or end of input."""
    for raw in sys.stdin:
        message = json.loads(raw)
        if message.get("cmd") == "stop":
            return
        try:
            reply = sut._exchange(message)
        except Exception as exc:  # the SUT's failure travels as an errored reply
            reply = {"seq": message.get("seq", 0), "errored": True, "context": {"error": str(exc)}}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()
