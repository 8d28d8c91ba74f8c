"""The mutated reference as a system under test, beside the unmutated reference as the oracle.

The reference is both: the SUT a certification bills with, and the oracle its differential
properties compare against. A mutator that changes `ratecert_reference` in place (mutmut,
cosmic-ray) changes both, and a differential property can then never fail. So the mutant lives in a
second copy of the package: `ratecert_mutant.*` is compiled from the same files as
`ratecert_reference.*`, its own imports renamed, and bench/mutants.py changes only that copy. The
certification runs with `--ratecert-sut py:mutant_sut:MutantSut`, whose bills come from the copy,
while steps, laws and the oracle keep using `ratecert_reference`.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Callable
from types import CodeType
from typing import Any

from ratecert.bill import Bill
from ratecert.case import CaseBase
from ratecert.oracle import ReferenceSut, render
from ratecert.packs import discover
from ratecert.protocol import PIXIT

ORIGINAL, COPY = "ratecert_reference", "ratecert_mutant"


class _CopyLoader(importlib.machinery.SourceFileLoader):
    """Compiles a reference file under the copy's name, its imports renamed; never writes bytecode
    (the file's __pycache__ belongs to the original)."""

    def get_code(self, fullname: str) -> CodeType:
        source = self.get_data(self.path).decode("utf-8").replace(ORIGINAL, COPY)
        return compile(source, self.path, "exec", dont_inherit=True)


class _CopyFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Any, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if fullname != COPY and not fullname.startswith(COPY + "."):
            return None
        original = importlib.util.find_spec(ORIGINAL + fullname[len(COPY):])
        if original is None or original.origin is None:
            return None
        package = original.submodule_search_locations is not None
        return importlib.util.spec_from_file_location(
            fullname, original.origin, loader=_CopyLoader(fullname, original.origin),
            submodule_search_locations=list(original.submodule_search_locations) if package else None)


def install() -> None:
    """Make `ratecert_mutant` importable (once)."""
    if not any(isinstance(f, _CopyFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _CopyFinder())


def copied(module: str) -> str:
    """The copy's name of a reference module."""
    return COPY + module[len(ORIGINAL):] if module.startswith(ORIGINAL) else module


def renderers() -> dict[str, Callable[..., Bill]]:
    """Each pack's render function, taken from the copy."""
    install()
    return {document: getattr(importlib.import_module(copied(pack.render.__module__)), pack.render.__name__)
            for document, pack in discover().items()}


def configurations() -> dict[str, PIXIT]:
    """What the mutant declares, run after run: the default readings; then, for a mutant that
    survived them, the PIXITs of tests/alternative_readings.EveryOtherOptionA and B, which between
    them choose every other option of every interpretation and declare the values some rules turn
    on (a legal maximum rate, local holidays, the damaged ICA amounts). A mutant of a rule only a
    non-default reading uses can only be seen by a system that declares that reading."""
    from tests.alternative_readings import EveryOtherOptionA, EveryOtherOptionB

    return {"default": PIXIT(), "alternative-a": EveryOtherOptionA.pixit, "alternative-b": EveryOtherOptionB.pixit}


class MutantSut(ReferenceSut):
    """The reference's protocol and claims, billing with the (mutated) copy."""

    name = "ratecert reference, mutated"

    def __init__(self) -> None:
        super().__init__()
        self.renderers = renderers()

    def render(self, case: CaseBase) -> Bill:
        return render(case, self.terms, self.renderers[case.document])
