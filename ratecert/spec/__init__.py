"""The clauses as data: loading, validation and lookup of each document pack's spec folder.

The names below load on first use (PEP 562): `ratecert.spec.cache` and `ratecert.spec.digest` are
read on paths - a cached spec, `ratecert audit` - that need neither the YAML loader nor the models
(pydantic) this package's modules import."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ratecert.spec.errors import SpecError
    from ratecert.spec.loader import load_spec, spec_folders
    from ratecert.spec.model import Clause, Document, Interpretation, RateElement, RateValue, Spec

_WHERE = {"SpecError": "errors", "load_spec": "loader", "spec_folders": "loader", "Clause": "model",
          "Document": "model", "Interpretation": "model", "RateElement": "model", "RateValue": "model",
          "Spec": "model"}

__all__ = [
    "Clause", "Document", "Interpretation", "RateElement", "RateValue", "Spec", "SpecError",
    "load_spec", "spec_folders",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"ratecert.spec.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
