"""A SUT whose every free-text field is hostile: markup, attribute breakers and a 100,000-character
word, to show the report escapes them and keeps its layout."""

from __future__ import annotations

from typing import Any

from ratecert.oracle import ReferenceSut

SCRIPT = "<script>window.pwned = 'script'</script>"
ATTRIBUTE = "\"'><img src=x onerror=\"window.pwned='img'\">"
LONG = "W" * 100_000


class Sut(ReferenceSut):
    name = f"Hostile {SCRIPT} {ATTRIBUTE}"

    def bill(self, message: dict[str, Any]) -> dict[str, Any]:
        seq = message["seq"]
        if seq % 3 == 0:
            raise RuntimeError(f"{SCRIPT} {ATTRIBUTE} {LONG}")
        if seq % 3 == 1:
            return {"seq": seq, "errored": True, "context": {"note": SCRIPT, "detail": LONG}}
        reply = super().bill(message)
        for bill in reply.get("bills", []):
            bill["notes"] = [SCRIPT, ATTRIBUTE, LONG]
            bill["payment_date"] = "2001-01-01"
        return reply
