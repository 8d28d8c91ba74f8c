"""The terms, loaded and priced beside the stream: in a forked process where that is safe, else on a
thread.

Loading the terms (`Rules.load_terms`: the document's models, the spec, every account's template
validated, a small bill priced so the reference's first-use costs are paid early) is pure Python,
as is pricing the accumulated sums (`Rules.price`). On a thread that work holds the GIL against the
stream's own Python and every NumPy and Arrow call's entry and exit, so at a million records the
two threads take turns rather than run side by side. A child forked before the stream starts has an
interpreter of its own: it loads the terms while the parent streams, then prices the sums the parent
sends it and sends the priced lines back. The parent never imports the models at all.

Fork only where it is safe and cheap: Linux, and no thread running yet, Python's or native (a child
forked beside running threads can inherit a lock some thread held). Elsewhere - or with the environment variable
RATECERT_AUDIT_BESIDE=thread - the same work runs on a thread, as before. Either way an error raised
loading or pricing is raised again by `price` (bad terms: the caller's one-line message), and the
child's CPU time is the audit's: the child is reaped, so a parent's `wait4` counts it.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

ENV = "RATECERT_AUDIT_BESIDE"


def beside(rules: Any, measuring: Any) -> Thread | Forked:
    """Start loading the terms beside the stream (see the module docstring for where)."""
    if _may_fork():
        return Forked(lambda: (rules, measuring))
    return Thread(rules, measuring)


def early(load: Callable[[], tuple[Any, Any]]) -> Forked | None:
    """Fork the child now, where it is safe, and let it find its own rules and terms (`load()` in the
    child gives the rules and the terms as read): a caller that has not yet imported NumPy, pyarrow
    or the stream has one core busy with those imports, and the child loads the terms on the other.
    None where the child cannot be forked: the caller starts `beside` later, as usual."""
    return Forked(load) if _may_fork() else None


def _may_fork() -> bool:
    return (os.environ.get(ENV, "") != "thread" and sys.platform.startswith("linux") and hasattr(os, "fork")
            and _one_thread())


def _one_thread() -> bool:
    """No other thread in the process - Python's or a native one (Arrow's pools, BLAS)."""
    try:
        return threading.active_count() == 1 and len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


class Thread:
    """`rules.load_terms` on a thread; `rules.price` on the caller's."""

    def __init__(self, rules: Any, measuring: Any) -> None:
        self._rules = rules
        # That thread is pure Python; a shorter switch interval keeps it from holding the GIL for
        # 5 ms at a time while the chunks' NumPy and Arrow calls wait to re-enter.
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch, 0.0005))
        self._pool = ThreadPoolExecutor(max_workers=1)
        self._loading = self._pool.submit(rules.load_terms, measuring)

    def failed(self) -> bool:
        """The terms could not be loaded (known already: the stream may stop)."""
        return self._loading.done() and self._loading.exception() is not None

    def price(self, total: Any, book: Any) -> Any:
        return self._rules.price(total, book, self._loading.result())

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        sys.setswitchinterval(self._switch)


class Forked:
    """`rules.load_terms` and then `rules.price` in a forked child, which answers over a pipe; the
    child calls `load()` first for the rules and the terms as read."""

    def __init__(self, load: Callable[[], tuple[Any, Any]]) -> None:
        from multiprocessing.connection import Pipe

        self._conn, child = Pipe()
        self._loaded: tuple[str, Any] | None = None
        self.pid = os.fork()
        if self.pid == 0:   # the child: never returns
            self._conn.close()
            _serve(child, load)
        child.close()

    def _status(self, wait: bool) -> tuple[str, Any] | None:
        """The child's first answer - ("loaded", None) or ("error", exception) - once it has come."""
        if self._loaded is None and (wait or self._conn.poll()):
            self._loaded = _receive(self._conn)
        return self._loaded

    def failed(self) -> bool:
        status = self._status(wait=False)
        return status is not None and status[0] == "error"

    def price(self, total: Any, book: Any) -> Any:
        kind, value = self._status(wait=True)
        if kind == "error":
            raise value
        self._conn.send((total, book))
        kind, value = _receive(self._conn)
        if kind == "error":
            raise value
        return value

    def close(self) -> None:
        """Reap the child (stopping it first if the audit ended before asking for prices)."""
        try:
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if not done:
                self._conn.close()   # a child waiting for sums reads end-of-file and exits
                try:
                    done, _ = os.waitpid(self.pid, os.WNOHANG)
                    if not done:
                        os.kill(self.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
                os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        self._conn.close()


def _receive(conn: Any) -> tuple[str, Any]:
    try:
        return conn.recv()
    except (EOFError, OSError):
        return "error", RuntimeError("the process loading and pricing the terms ended without an answer")


def _serve(conn: Any, load: Callable[[], tuple[Any, Any]]) -> None:
    """The child's whole life: load, answer, price what it is sent, answer, exit (no atexit
    handlers, no buffers of the parent's flushed twice)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        try:
            rules, measuring = load()
            terms = rules.load_terms(measuring)
        except BaseException as exc:   # noqa: BLE001 - every fault goes back to the parent, which raises it
            conn.send(("error", _portable(exc)))
            return
        # The loaded terms live as long as the child, and pricing makes no garbage worth a
        # collection in a process that is about to exit: without this, the pricing's allocations
        # set off a full collection that walks every loaded model (20 ms of the 90 ms a million
        # records' pricing takes, all of it after the stream)
        gc.freeze()
        gc.disable()
        conn.send(("loaded", None))
        try:
            total, book = conn.recv()
        except (EOFError, OSError):
            return
        try:
            priced = rules.price(total, book, terms)
        except BaseException as exc:   # noqa: BLE001
            conn.send(("error", _portable(exc)))
            return
        conn.send(("priced", priced))
    except BaseException:   # noqa: BLE001 - the parent reads end-of-file and says so
        pass
    finally:
        os._exit(0)


def _portable(exc: BaseException) -> BaseException:
    """`exc` as the parent can receive it: itself when it pickles, else a RuntimeError naming it; an
    unexpected error carries the child's traceback as a note."""
    try:
        copy = pickle.loads(pickle.dumps(exc))
    except Exception:   # noqa: BLE001
        copy = RuntimeError(f"{type(exc).__name__}: {exc}")
    if not isinstance(exc, ValueError):   # input errors are one line; anything else is a defect to trace
        copy.add_note("in the process loading and pricing the terms:\n" + "".join(traceback.format_exception(exc)))
    return copy
