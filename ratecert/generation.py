"""The cases a certification draws are fixed by the strategies, the spec and hypothesis's version -
not by where ratecert is installed, which modules a run happens to have imported, or the SUT.

Hypothesis (since 6.131) now and then draws a constant it read from the source of a "local" module:
any module imported so far from outside site-packages and the standard library. For a derandomized
certification that ties the cases to things no certificate names:

- an editable checkout of ratecert draws the reference's own constants (1440, 3596, 86400, ...), a
  wheel installed in site-packages does not: the same release certifies a SUT with other cases;
- a `py:` SUT imported in process adds its module's constants to the cases it is certified with;
- the pool grows as modules load, so a narrow run (`--tp`, `-k`) or one worker of `-j 2` could draw
  differently from a full serial run.

So a derandomized run draws from hypothesis's built-in constants alone. The hook is hypothesis's
module-level `_get_local_constants` (there is no setting for it); where a hypothesis version has no
such hook there is nothing to pin, and the run log says which it was.
"""

from __future__ import annotations

from typing import Any


def without_local_constants() -> bool:
    """Make hypothesis draw no constant from local modules in this process, from now on. False where
    this hypothesis reads none (no hook to pin)."""
    from hypothesis.internal.conjecture import providers

    if not hasattr(providers, "_get_local_constants") or not hasattr(providers, "Constants"):
        return False
    if pinned():
        return True   # already: every `drawn` call asks again
    empty = providers.Constants()
    providers._get_local_constants = lambda: empty
    providers.CONSTANTS_CACHE.cache.clear()   # permitted constants cached from an earlier pool
    return True


def pinned() -> bool:
    """Local constants are pinned to none in this process (`without_local_constants` ran)."""
    from hypothesis.internal.conjecture import providers

    get = getattr(providers, "_get_local_constants", None)
    return get is None or get.__module__ == __name__


def record() -> dict[str, Any]:
    """What decides the drawn cases beyond ratecert, the packs and the seed: for the run log."""
    import hypothesis

    return {"hypothesis": hypothesis.__version__, "local_constants": "none" if pinned() else "drawn"}
