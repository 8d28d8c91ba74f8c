"""The clauses as data: loading, validation and lookup of `spec/<document>/*.yaml`."""

from ratecert.spec.errors import SpecError
from ratecert.spec.loader import load_spec, project_root
from ratecert.spec.model import Clause, Document, Interpretation, RateElement, RateValue, Spec

__all__ = [
    "Clause", "Document", "Interpretation", "RateElement", "RateValue", "Spec", "SpecError",
    "load_spec", "project_root",
]
