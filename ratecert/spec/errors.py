"""The one error a malformed spec raises: it always names the file and the line."""

from __future__ import annotations

from pathlib import Path


class SpecError(ValueError):
    """A spec file is malformed. `str()` reads `path:line: message`, like a compiler error."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else str(self.path)
        super().__init__(f"{where}: {message}")
