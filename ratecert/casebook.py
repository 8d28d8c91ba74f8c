"""A property's casebook: the cases its derandomized run draws, kept so that a later certification
sends the very same cases without drawing them again.

A certification's properties are derandomized (ratecert.generation): the cases each one draws are
fixed by the strategies, the spec, hypothesis's version and the settings - not by the SUT, as long
as the SUT passes. Hypothesis's engine steers by what each example did (failed, rejected), and a
property's body never draws, assumes or targets, so every passing run of a property draws the same
sequence. Drawing it is most of a certification's time (about 55% of a serial certification of
the reference: strategies, and the engine tracking every choice); the billing is a tenth.

So the first run of a property that passes records each example's arguments, in order, with what
hypothesis's statistics say of it (the events its drawing fired, the targets, why it stopped), and
keeps them in the cache folder (`ratecert.spec.cache.cache_folder`, under casebooks/) under a key naming everything
the cases are drawn from (`fingerprint`): the property's own source (hypothesis's function digest),
the code of ratecert and of every installed pack, the packs' spec and properties, the versions of
Python and of every distribution ratecert or a pack requires, and the settings that decide
generation. Any edit is another key, so a casebook is never stale.

A later run replays the book: each example's arguments go to the property's body in order, under
the seeded global PRNG hypothesis gives a test case, and the body's own events (ratecert.reach)
join the recorded ones into the same statistics hypothesis would have reported. If every example
passes, the verdict is the one hypothesis would give, because hypothesis would have drawn these
examples. If one does not - a failure, an error, a skip - the book proves nothing more: the
property's record is put back as it was and the property runs under hypothesis from the start,
which reaches the same example and reports it as it always has (shrunk, with its blob). A wrong
system costs one run of its failing properties more; a right one skips the drawing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import pickle
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from ratecert.reach import FACT, READING, collected_events
from ratecert.spec.cache import cache_folder, write_whole

FORMAT = 2
KEPT = 4   # sets of casebooks kept, one per digest of the code (`keep`)


@dataclasses.dataclass(frozen=True)
class Casebook:
    """What one passing derandomized run of a property drew: each example's drawn arguments (pickled
    as drawn, before the body could touch them), the events its drawing fired (hypothesis's own,
    such as a filter's retries), and the run's targets and reason to stop, as hypothesis's
    statistics give them."""

    calls: tuple[bytes, ...]
    drawn_events: tuple[tuple[str, ...], ...]
    targets: dict[str, Any]
    stopped_because: str | None

    def statistics(self, body_events: list[set[str]]) -> dict[str, Any]:
        """The statistics hypothesis would report for this run, given the events each example's body
        fired when replayed (in hypothesis's shape, as `ratecert.reach.generation_statistics` reads it)."""
        cases = [{"status": "valid", "events": sorted(set(drawn) | body)}
                 for drawn, body in zip(self.drawn_events, body_events, strict=True)]
        return {"generate-phase": {"test-cases": cases}, "targets": dict(self.targets),
                "stopped-because": self.stopped_because}


def replayable(test: Any) -> bool:
    """A `@given` test whose examples a casebook can stand for: derandomized, no database, no deadline
    (a replay is not timed), no seed of its own, no explicit `@example`s."""
    hypothesis = getattr(test, "hypothesis", None)
    chosen = getattr(test, "_hypothesis_internal_use_settings", None)
    if hypothesis is None or chosen is None:
        return False
    inner = hypothesis.inner_test
    return (bool(chosen.derandomize) and chosen.database is None and chosen.deadline is None
            and getattr(test, "_hypothesis_internal_use_seed", None) is None
            and not getattr(inner, "hypothesis_explicit_examples", None)
            and not getattr(test, "hypothesis_explicit_examples", None))


def fingerprint(test: Any, variant: str = "") -> str:
    """The key of `test`'s casebook: a digest of everything its drawn cases depend on."""
    from hypothesis import Phase
    from hypothesis.internal.reflection import function_digest

    from ratecert.generation import pinned

    inner = test.hypothesis.inner_test
    chosen = test._hypothesis_internal_use_settings
    # the phases that decide what is drawn (reuse draws nothing without a database; shrinking and
    # explaining follow a failure, and a book is kept only of a run that passed)
    drawing = [p.name for p in chosen.phases if p in (Phase.explicit, Phase.generate, Phase.target)]
    parts = [FORMAT, f"{inner.__module__}.{inner.__qualname__}", variant, function_digest(inner).hex(),
             chosen.max_examples, drawing, chosen.backend, chosen.stateful_step_count, pinned(),
             repr(sorted(chosen.suppress_health_check, key=str)), _code()]
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()[:40]


@functools.lru_cache(maxsize=1)
def _code() -> str:
    """A digest of the code and data cases are drawn from: every Python file of ratecert and of each
    installed pack's package, every file of the packs' spec and properties folders, and the versions
    of Python and of each distribution ratecert or a pack requires. Read once per process."""
    from ratecert.packs import GROUP, discover, registered

    packs = discover()
    folders = {Path(__file__).resolve().parent}
    distributions = {"ratecert"}
    for point in registered(GROUP):
        found = find_spec(point.module.partition(".")[0])
        folders.update(Path(p).resolve() for p in (found.submodule_search_locations or []) if found)
        if point.dist is not None:
            distributions.add(point.dist.name)
    for pack in packs.values():
        folders.update(folder for folder in (pack.spec, pack.properties) if folder is not None)
    digest = hashlib.sha256(sys.version.encode())
    for folder in sorted(folders, key=lambda f: (f.name, str(f))):   # by content, not by where it is installed
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".py", ".yaml", ".json")
                           and "__pycache__" not in p.parts):
            name = f"{folder.name}/{path.relative_to(folder).as_posix()}"
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(json.dumps(sorted(_versions(distributions))).encode())
    return digest.hexdigest()


def _versions(distributions: set[str]) -> set[tuple[str, str]]:
    """(name, version) of each distribution and of everything it requires that is installed."""
    seen: set[tuple[str, str]] = set()
    for name in distributions:
        try:
            seen.add((name, metadata.version(name)))
            required = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for requirement in required:
            wanted = re.match(r"[A-Za-z0-9._-]+", requirement)
            with contextlib.suppress(metadata.PackageNotFoundError):
                if wanted:
                    seen.add((wanted.group(0).lower(), metadata.version(wanted.group(0))))
    return seen


def _folder() -> Path:
    """The casebooks of this code: one folder per digest of the code, so that sets of other code
    can be told apart and pruned (`keep`)."""
    return cache_folder() / "casebooks" / _code()[:24]


def kept(key: str) -> Casebook | None:
    """The casebook kept under `key`, or None (absent, unreadable, or of another format)."""
    path = _folder() / f"{key}.pickle"
    try:
        with path.open("rb") as handle:
            book = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return book if isinstance(book, Casebook) else None


def keep(key: str, book: Casebook) -> None:
    """Keep `book` under `key`. The first book of new code prunes the sets of older code to the
    `KEPT` most recently written: a checkout edited all day makes a new set at every edit (about
    6 MB for the bundled packs), and the cache stays bounded."""
    folder = _folder()
    new = not folder.exists()
    write_whole(folder / f"{key}.pickle", pickle.dumps(book, protocol=pickle.HIGHEST_PROTOCOL))
    if new:
        others = [p for p in folder.parent.iterdir() if p.is_dir() and p != folder]
        for stale in sorted(others, key=_written, reverse=True)[KEPT - 1:]:
            shutil.rmtree(stale, ignore_errors=True)


def _written(folder: Path) -> float:
    try:
        return folder.stat().st_mtime
    except OSError:
        return 0.0


@contextlib.contextmanager
def recording(test: Any) -> Iterator[Callable[[], Casebook | None]]:
    """Run `test` (a `@given` test) as usual inside the block while its examples are written down;
    the callable it yields gives their casebook once the block ends, or None when the run did not
    pass or its statistics cannot be matched example for example with the calls."""
    from hypothesis.statistics import collector

    inner = test.hypothesis.inner_test
    calls: list[bytes | None] = []
    stats: list[dict[str, Any]] = []
    passed = [False]

    @functools.wraps(inner)   # the same function digest, so the same seed and the same cases
    def written_down(*args: Any, **kwargs: Any) -> Any:
        drawn = {name: kwargs[name] for name in test.hypothesis._given_kwargs if name in kwargs}
        try:
            calls.append(pickle.dumps(drawn, protocol=pickle.HIGHEST_PROTOCOL))
        except (pickle.PicklingError, TypeError, AttributeError):
            calls.append(None)   # an example that cannot be kept: no casebook for this run
        return inner(*args, **kwargs)

    outer = collector.value

    def noted(statistics: dict[str, Any]) -> None:
        stats.append(statistics)
        if outer is not None:
            outer(statistics)

    def book() -> Casebook | None:
        if not passed[0] or len(stats) != 1:
            return None
        return _booked(stats[0], calls)

    test.hypothesis.inner_test = written_down
    try:
        with collector.with_value(noted):
            yield book
        passed[0] = True
    finally:
        test.hypothesis.inner_test = inner


def _booked(stats: dict[str, Any], calls: list[bytes | None]) -> Casebook | None:
    """The casebook of a passing run: the calls made, matched in order with the test cases the
    statistics report as run to the end (every valid one calls the body once; the others stopped
    while drawing). None when they do not match one for one, or an example cannot be kept."""
    cases = [case for phase in ("reuse", "generate", "target")
             for case in stats.get(f"{phase}-phase", {}).get("test-cases", [])]
    if any(case.get("status") not in ("valid", "invalid", "overrun") for case in cases):
        return None
    valid = [case for case in cases if case.get("status") == "valid"]
    if len(valid) != len(calls) or any(call is None for call in calls):
        return None
    drawn = tuple(tuple(e for e in case.get("events", []) if not e.startswith((FACT, READING))) for case in valid)
    return Casebook(calls=tuple(call for call in calls if call is not None), drawn_events=drawn,
                    targets=dict(stats.get("targets", {})), stopped_because=stats.get("stopped-because"))


def replayed(book: Casebook, test: Any, fixtures: dict[str, Any]) -> dict[str, Any]:
    """Send each of the book's examples to `test`'s body with its fixtures, in order, as hypothesis
    calls it (the global PRNG seeded for each case); the statistics of the run when every example
    passed. An example that does not pass raises what its body raised."""
    from hypothesis.internal.entropy import deterministic_PRNG

    inner = test.hypothesis.inner_test
    body_events: list[set[str]] = []
    for call in book.calls:
        drawn = pickle.loads(call)
        with deterministic_PRNG(), collected_events() as fired:
            inner(**fixtures, **drawn)
        body_events.append(fired)
    return book.statistics(body_events)
