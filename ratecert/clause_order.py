"""The reading order of clause sections: a reader looks for 2.4.1 before 13.2, as the document
prints them, not where a string sort puts them (13.2 before 2.4.1)."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[.\s()\-]+")


def section_key(section: str) -> list[tuple[int, int, str]]:
    """Numbers as numbers, words alphabetically, never a number compared with a word:
    '2.4.1(C)(1)' < '2.4.1(G)' < '2.6 Legal Holiday' < '13.2' < 'A1-2.8'. A `document:` prefix
    orders by document first."""
    document, _, rest = section.rpartition(":")
    parts = [p for p in _SEPARATORS.split(rest) if p]
    return [(1, 0, document)] + [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts]
