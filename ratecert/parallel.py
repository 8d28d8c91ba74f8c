"""Checks in N processes forked after one collection: `ratecert certify -j N`, `--ratecert-jobs N`.

Why not pytest-xdist: each xdist worker is a fresh interpreter that imports pytest, hypothesis,
pydantic and ratecert, loads the spec and the packs and collects every check again before its
first check (about 2.7 s of CPU for a certification whose checks take some 22 s), after the
controller has paid the same; on 2 cores `-n 2` was slower than serial (docs/benchmarks.md).
Here the process that collected forks the workers, which share its imports, spec and collected
items (copy-on-write; `gc.freeze` after collection keeps the collector from copying them).

- The parent closes its SUT before forking (it opened it for the run log's header) and each
  worker opens its own on its first check, as an xdist worker does: a SUT process, a connection
  or an in-process object is never shared between processes.
- The parent hands out checks one at a time, generated-case checks (properties, seconds each)
  before fixed-case scenarios (milliseconds), so the workers finish within a few scenarios of
  each other. A worker is sent two checks beyond the one it runs: the next, which pytest needs as
  `nextitem` to know which fixtures to keep, and one more, so it never waits on the parent.
- A worker runs pytest's own protocol for each check (fixtures, capture, warnings, hypothesis,
  the plugin's verdict) and sends its reports, serialized by pytest's own hooks, to the parent;
  the parent reports them in collection order, so the run log, its bundles and every report are
  those of a serial run, and `-x`/`--maxfail` stop where a serial run stops.
- A worker that dies (a signal, an in-process SUT that exits its process) costs the check it was
  running an `error` verdict that says so; its other checks go to the workers left, and checks
  that no worker is left to run are `error` too. Nothing is lost silently.

POSIX only (os.fork). On Windows, and on macOS, where a forked process that touches a system
framework loaded before the fork may crash, the run is serial (`available()`).
"""

from __future__ import annotations

import collections
import contextlib
import os
import pickle
import selectors
import signal
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NoReturn

import pytest

if TYPE_CHECKING:
    from ratecert.plugin import SutSession

_INDEX = struct.Struct("!i")      # parent -> worker: the index of a check, or NO_MORE
_LENGTH = struct.Struct("!I")     # worker -> parent: the length of a pickled message
NO_MORE = -1                      # none to follow for now: run the check held with no next item, then wait
EXIT = -2                         # the parent closed the worker's task pipe: the run is over
AHEAD = 3                         # checks sent to a worker and not yet reported: the one it runs, the
                                  # one after it (its nextitem), and the one after that already in its pipe
_PIPE_BYTES = 1 << 20             # a worker's reports wait in its pipe, not in the worker, while the parent logs
_GRACE = 10.0                     # seconds a stopped worker has to close its SUT before it is killed
# plugins that must not act in a worker: the parent reports every check, once
_PARENT_ONLY = ("ratecert-recorder", "terminalreporter")


def available() -> bool:
    """Whether checks can run in forked workers here."""
    return hasattr(os, "fork") and sys.platform != "darwin"


@dataclass
class _Worker:
    pid: int
    tasks: int                    # write end: indices of checks to run
    results: int                  # read end: pickled (kind, index, payload)
    assigned: collections.deque[int] = field(default_factory=collections.deque)   # sent, not yet reported
    awaits_next: bool = False     # the last message sent was a check: the worker waits for what follows it


class _Sender:
    """A worker's stand-in for the parent's reporters: it keeps the reports of the running check."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.reports: list[dict[str, Any]] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.reports.append(self.config.hook.pytest_report_to_serializable(config=self.config, report=report))


def run(session: pytest.Session, jobs: int, sut: SutSession, first: Callable[[pytest.Item], bool],
        lost: Callable[[pytest.Item, str], pytest.TestReport], started: Callable[[], None]) -> None:
    """Run `session.items` in `jobs` forked workers and report them in collection order.

    `first(item)`: the item is a long one, handed out before the others. `lost(item, why)`: the
    report of an item whose worker died running it (the plugin gives it its `error` verdict).
    `started()`: called in the parent once the workers are forked (a progress bar's thread must
    not be running at a fork)."""
    items = session.items
    config = session.config
    pending = collections.deque(sorted(range(len(items)), key=lambda i: not first(items[i])))
    capture = config.pluginmanager.getplugin("capturemanager")
    sut.release()
    sys.stdout.flush()
    sys.stderr.flush()
    if capture is not None:   # fd capture's temporary files would be shared by every worker: each gets its own
        capture.stop_global_capturing()
    workers: list[_Worker] = []
    try:
        for _ in range(min(jobs, len(items))):
            workers.append(_fork(session, sut, workers))
    finally:
        if capture is not None:
            capture.start_global_capturing()
            capture.suspend_global_capture()
    started()
    finished: dict[int, list[pytest.TestReport]] = {}
    cursor = 0
    selector = selectors.DefaultSelector()
    try:
        for worker in workers:
            selector.register(worker.results, selectors.EVENT_READ, worker)
            _top_up(worker, pending)
        while cursor < len(items) and selector.get_map():
            for key, _ in selector.select():
                worker = key.data
                message = _receive(worker.results)
                if message is not None and message[0] == "done":
                    _, index, reports = message
                    worker.assigned.remove(index)
                    _top_up(worker, pending)
                    finished[index] = [config.hook.pytest_report_from_serializable(config=config, data=data)
                                       for data in reports]
                    continue
                selector.unregister(worker.results)
                why = _death(worker, message)
                if worker.assigned:   # the check it was running; those it held go to the others
                    index = worker.assigned.popleft()
                    finished[index] = [lost(items[index], why)]
                pending.extendleft(reversed(worker.assigned))
                worker.assigned.clear()
                for other in workers:   # an idle worker waits for just this
                    if other.pid:
                        _top_up(other, pending)
            cursor = _report_in_order(session, finished, cursor)
            if session.shouldfail or session.shouldstop:
                break
        else:
            for index in pending:   # every worker died: none is left to run them
                finished[index] = [lost(items[index], "not checked: every process checking in parallel died; "
                                                      "`ratecert certify -j 1` runs it in one process")]
            pending.clear()
            cursor = _report_in_order(session, finished, cursor)
    finally:
        selector.close()
        _stop(workers, everything_reported=cursor == len(items))
    if session.shouldfail:
        raise session.Failed(session.shouldfail)
    if session.shouldstop:
        raise session.Interrupted(session.shouldstop)


def _top_up(worker: _Worker, pending: collections.deque[int]) -> None:
    """Keep AHEAD checks sent to the worker, so that it never waits for the parent to learn what
    follows the check it is about to run; with none pending, tell a worker waiting for what follows
    its last check that none does."""
    while len(worker.assigned) < AHEAD and (pending or worker.awaits_next):
        index = pending.popleft() if pending else NO_MORE
        try:
            os.write(worker.tasks, _INDEX.pack(index))
        except OSError:   # it died; its end of the results pipe says so next
            if index != NO_MORE:
                pending.appendleft(index)
            return
        worker.awaits_next = index != NO_MORE
        if index != NO_MORE:
            worker.assigned.append(index)


def _report_in_order(session: pytest.Session, finished: dict[int, list[pytest.TestReport]], cursor: int) -> int:
    """Report every finished item from `cursor` on that has no unfinished item before it."""
    while cursor in finished and not (session.shouldfail or session.shouldstop):
        item = session.items[cursor]
        hook = item.ihook
        hook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
        for report in finished.pop(cursor):
            hook.pytest_runtest_logreport(report=report)
        hook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)
        cursor += 1
    return cursor


def _death(worker: _Worker, message: tuple[Any, ...] | None) -> str:
    """Why a worker stopped before its checks were done; it is reaped, and given nothing more."""
    status = _reap(worker.pid, time.monotonic() + _GRACE)
    worker.pid = 0
    if message is not None:   # it said why, and exited
        return f"the process checking it in parallel broke: {message[2]}"
    if os.WIFSIGNALED(status):
        how = f"killed by signal {os.WTERMSIG(status)} ({signal.Signals(os.WTERMSIG(status)).name})"
    else:
        how = f"exit status {os.waitstatus_to_exitcode(status)}"
    return f"the process checking it in parallel died ({how}); `ratecert certify -j 1` runs it in one process"


def _fork(session: pytest.Session, sut: SutSession, others: list[_Worker]) -> _Worker:
    import fcntl   # POSIX only, as fork is

    task_read, task_write = os.pipe()
    result_read, result_write = os.pipe()
    with contextlib.suppress(AttributeError, OSError):   # Linux only, and bounded by /proc/sys/fs/pipe-max-size
        fcntl.fcntl(result_write, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
    pid = os.fork()
    if pid == 0:   # the worker: it never returns into the parent's pytest session
        for fd in (task_write, result_read, *(end for other in others for end in (other.tasks, other.results))):
            os.close(fd)
        _work(session, sut, task_read, result_write)
    os.close(task_read)
    os.close(result_write)
    return _Worker(pid, task_write, result_read)


def _work(session: pytest.Session, sut: SutSession, tasks: int, results: int) -> NoReturn:
    """A worker's life: run the checks it is sent, send back their reports, close its SUT, exit."""
    status, index = 0, NO_MORE
    try:
        signal.signal(signal.SIGTERM, signal.default_int_handler)   # stopped: close the SUT on the way out
        config = session.config
        for name in _PARENT_ONLY:
            plugin = config.pluginmanager.get_plugin(name)
            if plugin is not None:
                config.pluginmanager.unregister(plugin)
        sender = _Sender(config)
        config.pluginmanager.register(sender, "ratecert-worker")
        capture = config.pluginmanager.getplugin("capturemanager")
        if capture is not None:
            capture.start_global_capturing()
            capture.suspend_global_capture()
        index = _receive_index(tasks)
        while index != EXIT:
            if index == NO_MORE:   # idle: a worker that dies may leave a check for this one
                index = _receive_index(tasks)
                continue
            following = _receive_index(tasks)
            if following == EXIT:
                break
            sender.reports = []
            config.hook.pytest_runtest_protocol(item=session.items[index],
                                                nextitem=session.items[following] if following != NO_MORE else None)
            _send(results, ("done", index, sender.reports))
            index = following
        index = NO_MORE
    except BaseException as exc:   # noqa: BLE001 - whatever it is, the parent hears of it and the worker exits
        status = 1
        try:
            _send(results, ("broken", index, f"{type(exc).__name__}: {exc}"))
        except BaseException:   # noqa: BLE001 - the parent is gone
            pass
    finally:
        try:
            sut.close()
        except BaseException:   # noqa: BLE001 - exiting either way
            status = status or 1
        os._exit(status)


def _receive_index(fd: int) -> int:
    data = _read_exactly(fd, _INDEX.size)
    return EXIT if data is None else int(_INDEX.unpack(data)[0])


def _send(fd: int, message: tuple[Any, ...]) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_LENGTH.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def _receive(fd: int) -> tuple[Any, ...] | None:
    """The next message of a worker, or None when it closed its end (it died or exited)."""
    head = _read_exactly(fd, _LENGTH.size)
    body = _read_exactly(fd, _LENGTH.unpack(head)[0]) if head is not None else None
    return pickle.loads(body) if body is not None else None


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = os.read(fd, left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _reap(pid: int, deadline: float) -> int:
    """Wait for a worker until the deadline, then kill it; its wait status."""
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    return os.waitpid(pid, 0)[1]


def _stop(workers: list[_Worker], everything_reported: bool) -> None:
    """End the workers: their task pipes closed, idle ones exit by themselves; a run that stops
    early (an interrupt, -x) stops the busy ones too, and gives them time to close their SUTs."""
    for worker in workers:
        os.close(worker.tasks)
        if worker.pid and not everything_reported:
            try:
                os.kill(worker.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    deadline = time.monotonic() + _GRACE
    for worker in workers:
        os.close(worker.results)
        if worker.pid:
            _reap(worker.pid, deadline)
