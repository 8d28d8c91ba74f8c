"""Clause coverage: which clauses of each document are tested, untestable (with the reason) or
untested, computed from the @clause tags of each pack's features and the clause marks of its
properties. A check may cite another document's clause (`document:section`); it counts there. A
clause registered untestable that a check cites is reported: its reason, or the check, is wrong."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pytest_bdd.parser import FeatureParser

from ratecert.packs import DocumentPack, discover
from ratecert.plugin import tag_value
from ratecert.spec import Spec


@dataclass
class DocumentCoverage:
    document: str
    tested: dict[str, list[str]] = field(default_factory=dict)     # clause -> test purposes
    untestable: dict[str, str] = field(default_factory=dict)       # clause -> reason
    untested: list[str] = field(default_factory=list)
    unknown_tags: list[str] = field(default_factory=list)
    cited_untestable: dict[str, list[str]] = field(default_factory=dict)   # untestable, yet a check cites it

    @property
    def total(self) -> int:
        return len(self.tested) + len(self.untestable) + len(self.untested)


def _tags(tags: set[str], name: str) -> list[str]:
    return [tag_value(name, t.partition(":")[2]) for t in tags if t.startswith(name + ":")]


def feature_citations(features_dir: Path, default_document: str) -> dict[str, list[str]]:
    """'document:clause' -> the test purposes that cite it, from every .feature file of a pack."""
    cited: dict[str, list[str]] = defaultdict(list)
    for path in sorted(features_dir.rglob("*.feature")):
        feature = FeatureParser(str(path.parent), path.name).parse()
        for template in feature.scenarios.values():
            tags = template.tags | feature.tags | (template.rule.tags if template.rule else set())
            document = (_tags(tags, "document") or [default_document])[0]
            for purpose in _tags(tags, "tp") or [template.name]:
                for clause in _tags(tags, "clause"):
                    cited[clause if ":" in clause else f"{document}:{clause}"].append(purpose)
    return cited


def property_citations(properties_dir: Path, default_document: str) -> dict[str, list[str]]:
    """'document:clause' -> property names, from the clause marks of a pack's test_*.py properties."""
    cited: dict[str, list[str]] = defaultdict(list)
    for path in sorted(properties_dir.rglob("test_*.py")):
        name = f"_ratecert_properties_{default_document.replace('-', '_')}_{path.stem}"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name, fn in vars(module).items():
            if not name.startswith("test_"):
                continue
            marks = getattr(fn, "pytestmark", [])
            document = next((m.args[0] for m in marks if m.name == "document"), default_document)
            purpose = next((m.args[0] for m in marks if m.name == "tp"), name)
            for mark in marks:
                if mark.name == "clause":
                    clause = mark.args[0]
                    cited[clause if ":" in clause else f"{document}:{clause}"].append(purpose)
    return cited


def citations(packs: dict[str, DocumentPack]) -> dict[str, list[str]]:
    """'document:clause' -> test purposes, over every pack's features and properties. Every report
    computes them, and reading them means parsing each pack's features and executing its property
    modules - a tenth of a narrow certification's fixed cost - so they are kept in the cache under
    a digest of every file they are read from (and of this module), and read once per change."""
    from ratecert.spec.cache import kept

    return kept(f"citations-{_digest(packs)}.pickle", lambda: _read_citations(packs), dict)


def _digest(packs: dict[str, DocumentPack]) -> str:
    """SHA-256 over this module and every file of every pack's features and properties folders and
    of its Python package (document id, path and bytes): what `citations` reads, and what a property
    module may import its marks from."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for pack in sorted(packs.values(), key=lambda p: p.id):
        package = Path(sys.modules[pack.case_model.__module__].__file__ or ".").parent
        for folder in (pack.features, pack.properties, package):
            if folder is None:
                continue
            for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
                digest.update(f"{pack.id}\0{path.resolve()}\0".encode() + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def _read_citations(packs: dict[str, DocumentPack]) -> dict[str, list[str]]:
    cited: dict[str, list[str]] = defaultdict(list)
    for pack in packs.values():
        for clause, purposes in feature_citations(pack.features, pack.id).items():
            cited[clause].extend(purposes)
        if pack.properties is not None:
            for clause, purposes in property_citations(pack.properties, pack.id).items():
                cited[clause].extend(purposes)
    return cited


def coverage(spec: Spec, packs: dict[str, DocumentPack] | None = None) -> list[DocumentCoverage]:
    cited = citations(packs if packs is not None else discover())
    out = []
    for doc in spec.documents.values():
        result = DocumentCoverage(doc.id)
        for cid, clause in doc.clauses.items():
            full = f"{doc.id}:{cid}"
            if clause.status == "untestable":
                result.untestable[cid] = clause.reason or ""
                if cited.get(full):   # the registry says no check can exist, and one does: one of them is wrong
                    result.cited_untestable[cid] = sorted(set(cited[full]))
            elif cited.get(full):
                result.tested[cid] = sorted(set(cited[full]))
            else:
                result.untested.append(cid)
        result.unknown_tags = sorted(c for c in cited if c.startswith(doc.id + ":")
                                     and c.partition(":")[2] not in doc.clauses)
        out.append(result)
    return out
