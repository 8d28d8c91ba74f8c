"""Clause coverage: which clauses of each document are tested, untestable (with the reason) or
untested, computed from the @clause tags of the features and the clause marks of the properties."""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pytest_bdd.parser import FeatureParser

from ratecert.plugin import DEFAULT_DOCUMENT, tag_value
from ratecert.spec import Spec


@dataclass
class DocumentCoverage:
    document: str
    tested: dict[str, list[str]] = field(default_factory=dict)     # clause -> test purposes
    untestable: dict[str, str] = field(default_factory=dict)       # clause -> reason
    untested: list[str] = field(default_factory=list)
    unknown_tags: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.tested) + len(self.untestable) + len(self.untested)


def _tags(tags: set[str], name: str) -> list[str]:
    return [tag_value(name, t.partition(":")[2]) for t in tags if t.startswith(name + ":")]


def feature_citations(features_dir: Path) -> dict[str, list[str]]:
    """'document:clause' -> the test purposes that cite it, from every .feature file."""
    cited: dict[str, list[str]] = defaultdict(list)
    for path in sorted(features_dir.rglob("*.feature")):
        feature = FeatureParser(str(path.parent), path.name).parse()
        for template in feature.scenarios.values():
            tags = template.tags | feature.tags | (template.rule.tags if template.rule else set())
            document = (_tags(tags, "document") or [DEFAULT_DOCUMENT])[0]
            for purpose in _tags(tags, "tp") or [template.name]:
                for clause in _tags(tags, "clause"):
                    cited[clause if ":" in clause else f"{document}:{clause}"].append(purpose)
    return cited


def property_citations(properties_dir: Path) -> dict[str, list[str]]:
    """'document:clause' -> property names, from the clause marks of properties/**/test_*.py."""
    cited: dict[str, list[str]] = defaultdict(list)
    for path in sorted(properties_dir.rglob("test_*.py")):
        spec = importlib.util.spec_from_file_location(f"_ratecert_properties_{path.stem}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name, fn in vars(module).items():
            if not name.startswith("test_"):
                continue
            marks = getattr(fn, "pytestmark", [])
            document = next((m.args[0] for m in marks if m.name == "document"), DEFAULT_DOCUMENT)
            purpose = next((m.args[0] for m in marks if m.name == "tp"), name)
            for mark in marks:
                if mark.name == "clause":
                    clause = mark.args[0]
                    cited[clause if ":" in clause else f"{document}:{clause}"].append(purpose)
    return cited


def coverage(spec: Spec, root: Path) -> list[DocumentCoverage]:
    cited = feature_citations(root / "features")
    if (root / "properties").is_dir():
        for clause, purposes in property_citations(root / "properties").items():
            cited[clause].extend(purposes)
    out = []
    for doc in spec.documents.values():
        result = DocumentCoverage(doc.id)
        for cid, clause in doc.clauses.items():
            full = f"{doc.id}:{cid}"
            if clause.status == "untestable":
                result.untestable[cid] = clause.reason or ""
            elif cited.get(full):
                result.tested[cid] = sorted(set(cited[full]))
            else:
                result.untested.append(cid)
        result.unknown_tags = sorted(c for c in cited if c.startswith(doc.id + ":")
                                     and c.partition(":")[2] not in doc.clauses)
        out.append(result)
    return out
