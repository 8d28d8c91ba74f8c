"""YAML that remembers where each key stood, and refuses duplicate keys.

PyYAML silently keeps the last of two equal keys; in a tariff transcription a duplicated rate
element is a transcription error, so it is a load error here. Every mapping key and sequence item
gets its line recorded in a side table keyed by its path, so that a schema error deep inside a
value can still name the line it came from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ratecert.spec.errors import SpecError

Path_ = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """A SafeLoader that builds plain dicts and lists but records line numbers by path."""


def _reject_float(loader: _Loader, node: yaml.ScalarNode) -> Any:
    raise SpecError(
        loader.name, node.start_mark.line + 1,
        f"unquoted number {node.value!r}: write amounts and quantities as quoted strings, never floats",
    )


_Loader.add_constructor("tag:yaml.org,2002:float", _reject_float)


def load_located(path: Path) -> tuple[Any, dict[Path_, int]]:
    """Parse `path`; return the data and a map from each key/item path to its 1-based line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError(path, None, f"cannot be read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(path, raw[:exc.start].count(b"\n") + 1,
                        f"not UTF-8 text (byte {exc.start} is {raw[exc.start:exc.start + 1]!r})") from None
    loader = _Loader(text)
    loader.name = str(path)
    lines: dict[Path_, int] = {}
    try:
        node = loader.get_single_node()
        if node is None:
            return {}, lines
        return _build(loader, node, (), lines), lines
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise SpecError(path, mark.line + 1 if mark else None, f"not valid YAML: {exc.problem}") from exc
    finally:
        loader.dispose()


def _build(loader: _Loader, node: yaml.Node, at: Path_, lines: dict[Path_, int]) -> Any:
    lines.setdefault(at, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _construct(loader, key_node)
            key = key.isoformat() if hasattr(key, "isoformat") else key
            if not isinstance(key, str | int):
                raise SpecError(loader.name, key_node.start_mark.line + 1, f"unsupported key {key!r}")
            key = str(key)
            if key in out:
                raise SpecError(
                    loader.name, key_node.start_mark.line + 1,
                    f"duplicate key {key!r} (first at line {lines[at + (key,)]})",
                )
            lines[at + (key,)] = key_node.start_mark.line + 1
            out[key] = _build(loader, value_node, at + (key,), lines)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(loader, item, at + (i,), lines) for i, item in enumerate(node.value)]
    return _construct(loader, node)


def _construct(loader: _Loader, node: yaml.Node) -> Any:
    """A scalar's value; an impossible one (a date 2025-02-30) is a SpecError at its line."""
    try:
        return loader.construct_object(node, deep=True)
    except ValueError as exc:
        raise SpecError(loader.name, node.start_mark.line + 1, f"{node.value!r} is not a valid value: {exc}") from None


def line_of(lines: dict[Path_, int], at: Path_) -> int | None:
    """The line of `at`, or of its nearest recorded ancestor (schema errors may point past a leaf)."""
    for cut in range(len(at), -1, -1):
        if at[:cut] in lines:
            return lines[at[:cut]]
    return None
