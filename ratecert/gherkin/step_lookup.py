"""Which step definitions can run a Gherkin step: pytest-bdd's answer, without its scan.

pytest-bdd (8 and 9) finds the definition of each step it runs by taking every fixture name of
the session, asking pytest which definitions of that name the scenario's node sees, and trying the
parser of each step definition among them on the step's text. With four packs' vocabularies that
is about a thousand fixture names per step: 1.2 million lookups for the 4,196 steps of a
certification, some 2.6 s of its 20 s, repeated in every xdist worker. pytest-bdd has no hook for
it, so `install()` replaces its `find_fixturedefs_for_step` with `find_step_definitions`, which
gives the same definitions in the same order:

- the step definitions a module sees are listed once per module (a name, its definitions, their
  parsers), not once per step;
- the fixture names whose step definitions match a step's keyword and text are kept per module,
  keyword and text (1,307 distinct texts among the 4,196 steps);
- which of those definitions the scenario's own node sees, and in what order, is still asked of
  pytest for each step, through pytest-bdd's own compat layer, as the original does.

Both caches are dropped when a fixture name or a step definition appears (a module imported late,
a target fixture injected); step definitions are registered by modules, conftests and plugins,
never on a single test item, so a module's list holds for each of its items.

Running a step, pytest-bdd also reads the step function's signature twice (which parsed arguments
it takes, which fixtures it needs): `inspect.signature` for each of a certification's steps, about
5% of the time its checks take. A function's signature does not change, so `install()` has
pytest-bdd read each one once (`_signatures_read_once`).
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator
from typing import Any

_MODULE = "pytest_bdd.scenario"


class StepIndex:
    """Step definitions by the module that sees them, and the names matching each step text.
    `replaced` keeps pytest-bdd's own lookup (what the tests and bench/step_lookup.py compare with)."""

    def __init__(self, replaced: Any = None) -> None:
        self.replaced = replaced
        self._generation: tuple[int, int] | None = None
        self._visible: dict[Any, list[tuple[str, list[Any]]]] = {}        # node -> (name, step contexts)
        self._names: dict[tuple[Any, str | None, str], tuple[str, ...]] = {}   # (node, keyword, text) -> names

    def find(self, step: Any, fixturemanager: Any, node: Any) -> Iterator[Any]:
        """The fixture definitions of the step definitions that can parse `step`, seen by `node`:
        what pytest_bdd.scenario.find_fixturedefs_for_step yields, in its order."""
        from pytest_bdd.compat import get_fixture_names, getfixturedefs
        from pytest_bdd.steps import step_function_context_registry as registry

        names = get_fixture_names(fixturemanager=fixturemanager)
        generation = (len(names), len(registry))
        if generation != self._generation:
            self._generation, self._visible, self._names = generation, {}, {}
        scope = node.parent if node.parent is not None else node
        key = (scope, step.type, step.name)
        matching = self._names.get(key)
        if matching is None:
            matching = self._names[key] = tuple(
                name for name, contexts in self._step_definitions(scope, names, fixturemanager, registry)
                if any(_parses(context, step) for context in contexts))
        for name in matching:
            for fixturedef in getfixturedefs(fixturemanager, name, node) or []:
                context = registry.get(fixturedef.func)
                if context is not None and _parses(context, step):
                    yield fixturedef

    def _step_definitions(self, scope: Any, names: list[str], fixturemanager: Any,
                          registry: Any) -> list[tuple[str, list[Any]]]:
        """Each fixture name `scope` sees with the step definitions among its definitions."""
        from pytest_bdd.compat import getfixturedefs

        found = self._visible.get(scope)
        if found is not None:
            return found
        found = []
        for name in names:
            contexts = [registry[d.func] for d in getfixturedefs(fixturemanager, name, scope) or []
                        if d.func in registry]
            if contexts:
                found.append((name, contexts))
        self._visible[scope] = found
        return found


def _parses(context: Any, step: Any) -> bool:
    return (context.type is None or context.type == step.type) and bool(context.parser.is_matching(step.name))


def installed() -> StepIndex | None:
    """The StepIndex pytest-bdd looks steps up through, if `install()` put one there."""
    import pytest_bdd.scenario  # noqa: F401 - the package's `scenario` attribute is the function

    found = getattr(getattr(sys.modules[_MODULE], "find_fixturedefs_for_step", None), "__self__", None)
    return found if isinstance(found, StepIndex) else None


def install() -> bool:
    """Make pytest-bdd find step definitions through a `StepIndex` (once per process). False - and
    nothing changed - when this pytest-bdd has no `find_fixturedefs_for_step` to replace."""
    if installed() is not None:
        return True
    module = sys.modules[_MODULE]
    original = getattr(module, "find_fixturedefs_for_step", None)
    if original is None:
        return False
    module.find_fixturedefs_for_step = StepIndex(replaced=original).find
    _signatures_read_once(module)
    return True


def _signatures_read_once(module: Any) -> None:
    """pytest-bdd's `signature` and `get_required_args`, as its scenario module calls them, each read
    once per function."""
    if not hasattr(module, "signature") or not hasattr(module, "get_required_args") \
            or hasattr(module.signature, "cache_info"):
        return
    module.signature = _once(module.signature)
    required = _once(lambda func, read=module.get_required_args: tuple(read(func)))
    module.get_required_args = lambda func: list(required(func))


def _once(read: Any) -> Any:
    """`read(func)`, kept per function; an unhashable callable is read every time, as before."""
    kept = functools.lru_cache(maxsize=4096)(read)

    def once(func: Any) -> Any:
        try:
            hash(func)
        except TypeError:
            return read(func)
        return kept(func)
    once.cache_info = kept.cache_info   # type: ignore[attr-defined]
    return once
