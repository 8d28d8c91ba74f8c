"""What a person hands a command: files that must exist, be UTF-8 and parse, folders that must be
writable. Each failure is a `BadInput` whose message is one line naming the file and what is wrong
with it; `ratecert`'s `main()` prints it and exits 2 (the run could not decide), never a traceback.

Checked before the work starts wherever that is possible: a certification whose output folder
cannot be written, or whose signing key is garbage, must say so in a second, not after an hour.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


class BadInput(ValueError):
    """A command's input is unusable; the message is one line naming it."""


def read_text(path: Path, what: str) -> str:
    """The text of a UTF-8 file, or BadInput saying why it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BadInput(f"{what} {path}: no such file") from None
    except IsADirectoryError:
        raise BadInput(f"{what} {path} is a folder, not a file") from None
    except UnicodeDecodeError as exc:
        raise BadInput(f"{what} {path} is not UTF-8 text (byte {exc.start} is {exc.object[exc.start:exc.start + 1]!r})") \
            from None
    except OSError as exc:
        raise BadInput(f"{what} {path} cannot be read: {exc.strerror or exc}") from None


def read_json(path: Path, what: str) -> Any:
    """The JSON value of a file, or BadInput naming the file and where it stops being JSON."""
    text = read_text(path, what)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(f"{what} {path} is not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except (ValueError, RecursionError) as exc:   # an integer past Python's digit limit, nesting past the stack
        raise BadInput(f"{what} {path} cannot be read as JSON: {str(exc)[:120]}") from None


def read_object(path: Path, what: str) -> dict[str, Any]:
    """A file holding one JSON object."""
    value = read_json(path, what)
    if not isinstance(value, dict):
        raise BadInput(f"{what} {path} is not a JSON object")
    return value


def folder_to_write(path: Path, what: str) -> Path:
    """`path` made (with its parents) and writable, or BadInput saying why not."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise BadInput(f"{what} {path} is a file, not a folder") from None
    except OSError as exc:
        raise BadInput(f"{what} {path} cannot be made: {exc.strerror or exc}") from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise BadInput(f"{what} {path} is not writable")
    return path


def existing_folder(path: Path, what: str) -> Path:
    if not path.is_dir():
        raise BadInput(f"{what} {path} does not exist or is not a folder")
    return path


def first_error(exc: Any) -> str:
    """One line for a pydantic ValidationError: the first field that is wrong and why (+ how many more)."""
    errors = exc.errors()
    err = errors[0]
    where = ".".join(str(p) for p in err["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {err['msg']}{more}"
