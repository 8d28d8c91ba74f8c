"""SUTs whose claims no pack defines: kept to show the run refuses them (exit 2) and signs nothing,
rather than turning their unknown claims into n/a checks or a certificate that lists them."""

from __future__ import annotations

from typing import Any

from ratecert.oracle import ReferenceSut
from ratecert.protocol import PIXIT


class SelfDeclared(ReferenceSut):
    """Claims the capabilities `teleportation` and `everything` of a document `no-such-document`."""

    name = "self-declared capabilities"

    def start(self, message: dict[str, Any]) -> dict[str, Any]:
        reply = super().start(message)
        reply["ics"]["documents"]["no-such-document"] = {"capabilities": ["teleportation", "everything"]}
        reply["ics"]["documents"]["access-catalog-3"]["capabilities"].append("teleportation")
        return reply


class UnknownReading(ReferenceSut):
    """Declares a reading option that does not exist, which would turn its real failures into n/a."""

    name = "declares late-factor-compounding: whatever-we-do"

    def __init__(self) -> None:   # the reference's own terms stay the defaults; only the claim is odd
        super().__init__()
        self.pixit = PIXIT(readings={"late-factor-compounding": "whatever-we-do"})
