"""The clauses as data: loading, validation and lookup of each document pack's spec folder."""

from ratecert.spec.errors import SpecError
from ratecert.spec.loader import load_spec, spec_folders
from ratecert.spec.model import Clause, Document, Interpretation, RateElement, RateValue, Spec

__all__ = [
    "Clause", "Document", "Interpretation", "RateElement", "RateValue", "Spec", "SpecError",
    "load_spec", "spec_folders",
]
