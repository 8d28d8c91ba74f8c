"""A SUT's answer off the wire: bytes in, a JSON object out, or a `SutError` that says what the
SUT sent wrong. Shared by the subprocess and HTTP adapters, so both refuse the same things.

Each bound protects the harness, not the SUT's feelings (issue 18): a billing system under test
may send anything, and whatever it sends must end as one `error` verdict for its case, never as a
crash, a hang or a gigabyte of log. So an answer is refused when it

- is larger than `MAX_REPLY` bytes;
- is not UTF-8, or holds a lone surrogate (`"\\ud800"`): text every report must be able to write;
- holds an integer literal of more than `MAX_NUMBER_TEXT` characters (Python refuses to convert
  one of 4,300 digits, and the models accept 13) or a number written `NaN` or `Infinity`;
- nests deeper than `MAX_DEPTH` arrays and objects (no message of the protocol needs ten);
- is not one JSON object.

Numbers within those limits are left to the models, which name the field that breaks its bound.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ratecert.adapters.base import SutError

MAX_REPLY = 4 * 1024 * 1024
MAX_DEPTH = 32
MAX_NUMBER_TEXT = 40
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Refused(ValueError):
    """Raised from inside the JSON parser's hooks: what the answer holds that is refused."""


def _integer(text: str) -> int:
    if len(text) > MAX_NUMBER_TEXT:
        raise _Refused(f"holds an integer of {len(text.lstrip('-'))} digits")
    return int(text)


def _number(text: str) -> float:
    if len(text) > MAX_NUMBER_TEXT:
        raise _Refused(f"holds a number written with {len(text)} characters")
    return float(text)


def _constant(text: str) -> None:
    raise _Refused(f"holds {text}, which is not a JSON number")


def _check_nesting_and_text(value: Any) -> None:
    """Walk the parsed answer without recursion: its depth, and every string (keys too)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _Refused(f"nests more than {MAX_DEPTH} levels deep")
        if isinstance(item, dict):
            for key, child in item.items():
                stack.append((key, depth))
                stack.append((child, depth + 1))
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
        elif isinstance(item, str) and _SURROGATE.search(item):
            raise _Refused("holds a lone UTF-16 surrogate escape, which is not text")


def excerpt(raw: bytes, size: int = 200) -> str:
    """The start of what the SUT sent, shown safely (escapes, not raw bytes)."""
    head = raw[:size].decode("utf-8", "backslashreplace")
    return repr(head) + (f" ... ({len(raw)} bytes)" if len(raw) > size else "")


def decode_answer(raw: bytes, stderr: str = "") -> dict[str, Any]:
    """The JSON object the SUT answered, or `SutError` naming what is wrong with it."""
    if len(raw) > MAX_REPLY:
        raise SutError(f"the SUT's answer exceeds {MAX_REPLY} bytes", stderr)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SutError(f"the SUT's answer is not UTF-8 (byte {exc.start}: {raw[exc.start:exc.start + 1]!r}): "
                       f"{excerpt(raw)}", stderr) from None
    try:
        answer = json.loads(text, parse_int=_integer, parse_float=_number, parse_constant=_constant)
        _check_nesting_and_text(answer)
    except _Refused as exc:
        raise SutError(f"the SUT's answer {exc}: {excerpt(raw)}", stderr) from None
    except RecursionError:
        raise SutError(f"the SUT's answer nests more than {MAX_DEPTH} levels deep: {excerpt(raw)}", stderr) from None
    except json.JSONDecodeError as exc:
        raise SutError(f"the SUT's answer is not JSON ({exc.msg} at character {exc.pos}): {excerpt(raw)}",
                       stderr) from None
    if not isinstance(answer, dict):
        raise SutError(f"the SUT's answer is not a JSON object: {excerpt(raw)}", stderr)
    return answer
