"""Waivers: a vendor's recorded, dated exceptions (a clause or a test purpose, the reason, the
ticket, the expiry date). A waived failure shows as waived and does not fail the gate; an expired
waiver fails the gate; a waived check that passes is reported as an unexpected pass (after the wpt
expectations files: a waiver that no longer matches a failure should be removed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pydantic import ConfigDict, Field, ValidationError, model_validator

from ratecert.bounds import BoundedModel
from ratecert.spec.errors import SpecError
from ratecert.spec.located_yaml import line_of, load_located


class Waiver(BoundedModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    clause: str | None = Field(None, description="document:section, e.g. access-catalog-3:2.4.1(C)(2)")
    tp: str | None = Field(None, description="a test purpose id, e.g. AC3-LATE-001")
    reason: str = Field(min_length=1)
    ticket: str = Field(min_length=1)
    expires: dt.date

    @model_validator(mode="after")
    def _target(self) -> Waiver:
        if (self.clause is None) == (self.tp is None):
            raise ValueError("a waiver names exactly one of clause or tp")
        return self

    def covers(self, event: dict[str, Any]) -> bool:
        return (self.tp is not None and event.get("tp") == self.tp) or (
            self.clause is not None and self.clause in (event.get("clauses") or []))

    def expired(self, as_of: dt.date) -> bool:
        return self.expires < as_of


def load_waivers(path: Path) -> list[Waiver]:
    """Read a waiver file; a malformed one names the file and the line."""
    data, lines = load_located(path)
    entries = data.get("waivers") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise SpecError(path, 1, "expected a top-level 'waivers:' list")
    out = []
    for i, entry in enumerate(entries):
        try:
            out.append(Waiver.model_validate(entry))
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ("waivers", i, *err["loc"])
            raise SpecError(path, line_of(lines, where), f"waiver {i + 1}: {'.'.join(map(str, err['loc'])) or 'entry'}: "
                                                         f"{err['msg']}") from None
    return out
