"""Text from outside, made safe to show: a SUT's reasons and stderr, a case's ids, a waiver's ticket.

A billing system under test writes what it likes, and ratecert repeats it on a terminal, in the
run log, in JUnit XML and Cucumber JSON. Repeated raw, `ESC [2J` clears the reader's screen,
`ESC ]0;...BEL` retitles their window, a carriage return overwrites the line that says FAIL, a
right-to-left override reverses what they read, and one control character makes a JUnit file
ill-formed XML that the CI server then refuses whole. So each such character is shown as its
escape (`\\x1b`, `\\u202e`): the reader sees exactly what the SUT sent, and nothing it sent acts.

- `visible` for terminals and XML: C0 and C1 controls, DEL, bidirectional controls, lone
  surrogates and the non-characters U+FFFE/U+FFFF become escapes (line ends kept when asked).
  Its output holds only characters XML 1.0 allows.
- `json_text` for JSON files (run log, bundles, Cucumber): `json.dumps` already escapes C0; this
  also escapes the rest (which JSON allows raw), so a line of the log can be `cat` safely and
  written as UTF-8 even when a string holds a lone surrogate.
"""

from __future__ import annotations

import json
import re
from typing import Any

_ACTIVE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff"
_IN_A_LINE = re.compile(f"[\t\n{_ACTIVE}]")
_IN_LINES = re.compile(f"[{_ACTIVE}]")
_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: object, *, lines: bool = False) -> str:
    """`text` with every character that would act on a terminal or break XML shown as its escape;
    with `lines`, line feeds and tabs are kept (a stderr block), else they are escaped too (one line)."""
    return (_IN_LINES if lines else _IN_A_LINE).sub(_escape, str(text))


def json_text(value: Any, **dumps: Any) -> str:
    """`json.dumps(value)` (non-ASCII text kept readable) with every active character escaped."""
    text = json.dumps(value, ensure_ascii=False, default=str, **dumps)
    return _IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
