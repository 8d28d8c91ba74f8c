"""Document packs: how the framework learns of documents without knowing any.

A pack is everything one document brings - its spec data, its case model, its reference (the
`render` function that bills a case), its Gherkin features and step vocabulary, its hypothesis
properties and its capabilities - declared by one `DocumentPack` object and registered under the
entry point group `ratecert.documents` (name = the document id):

    [project.entry-points."ratecert.documents"]
    example-tariff-1 = "ratecert_example_pack:PACK"

The four bundled documents are packs like any a carrier installs. `discover()` loads every
registered pack and checks it on load (`PackError` names the entry point and what is wrong): the
object is a `DocumentPack` whose id is its entry point's name, its folders exist, its case model
pins `document` to its id, and - when the spec is loaded - every value is cited and every clause
registered (the spec loader's checks). The framework imports no pack; packs import the framework.

A pack that offers a bulk audit (`ratecert audit`) registers its rules - a
`ratecert.bulk.audit.Rules`, under the pack's document id - in a second group,

    [project.entry-points."ratecert.bulk_audits"]
    example-tariff-1 = "ratecert_example_pack.bulk:RULES"

so an audit finds and loads them from the entry points' metadata alone: `discover()` imports every
pack, and with them every document's models (a fifth of a second the audit of one document never
needed).
"""

from __future__ import annotations

import inspect
import sysconfig
import typing
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import EntryPoints, entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ratecert.resources import NotOnDisk, shipped

if TYPE_CHECKING:   # the contract's models (pydantic) load with the first pack, not with this module
    from ratecert.bill import Bill
    from ratecert.case import CaseBase
    from ratecert.terms import Terms

GROUP = "ratecert.documents"
BULK_AUDITS = "ratecert.bulk_audits"


def registered(group: str) -> EntryPoints:
    """The entry points of `group`. The installed distributions' metadata is read once per process:
    each read scans every distribution on the path (5-10 ms), and a command asks for several groups."""
    return _every_entry_point().select(group=group)


@lru_cache(maxsize=1)
def _every_entry_point() -> EntryPoints:
    return entry_points()


class PackError(Exception):
    """A registered pack that cannot be used: the message names it and what is wrong."""


@dataclass(frozen=True, kw_only=True)
class DocumentPack:
    """One document's pack (see the module docstring).

    `spec`, `features` and `properties` are folders: five YAML files (document, pages, rates,
    clauses, interpretations) and the generated `case.schema.json`; `*.feature` files with the
    test module that binds them to the pack's steps; `test_*.py` properties with promoted
    `counterexamples/`. `render(case, terms)` is the reference bill of a case under the terms a SUT
    declared. `unlabelled_cases` marks the document a case without a `document` field means (the
    Access Catalog's, from before the protocol carried other documents); at most one pack may.
    `bulk_rules` names ("module:attribute") the pack's rules for `ratecert audit` - a
    `ratecert.bulk.audit.Rules`: its record layout, vectorised measurement and pricing - imported
    only when an audit runs (pyarrow is an extra)."""

    id: str
    spec: Path
    features: Path
    properties: Path | None
    case_model: type[CaseBase]
    render: Callable[[CaseBase, Terms], Bill]
    capabilities: tuple[str, ...]
    unlabelled_cases: bool = False

    @classmethod
    def located(cls, package: str, **fields: Any) -> DocumentPack:
        """A pack whose folders sit where `package` ships them: `spec/`, `features/` and `properties/`
        inside the installed package, or - for the bundled packs run from a checkout of ratecert -
        `spec/<id>/`, `features/<id>/` and `properties/<id>/` of the checkout (the design card's
        layout, which the wheel maps into each pack's package)."""
        document = fields["id"]
        try:
            folders = {kind: shipped(package, kind, f"../{kind}/{document}") for kind in ("spec", "features", "properties")}
        except NotOnDisk as exc:
            raise PackError(str(exc)) from None
        properties = folders["properties"] if folders["properties"].is_dir() else None
        return cls(spec=folders["spec"].resolve(), features=folders["features"].resolve(),
                   properties=properties.resolve() if properties else None, **fields)

    @property
    def counterexamples(self) -> Path | None:
        return self.properties / "counterexamples" if self.properties else None


def _check(name: str, value: str, pack: object) -> DocumentPack:
    from ratecert.case import CaseBase

    if not isinstance(pack, DocumentPack):
        raise PackError(f"entry point {name} = {value}: not a DocumentPack but {type(pack).__name__}")
    if pack.id != name:
        raise PackError(f"entry point {name} = {value}: the pack's id is {pack.id!r}, not {name!r}")
    for kind in ("spec", "features"):
        if not getattr(pack, kind).is_dir():
            raise PackError(f"pack {name}: its {kind} folder {getattr(pack, kind)} does not exist")
    if typing.get_type_hints(pack.case_model).get("document") != typing.Literal[name]:
        raise PackError(f"pack {name}: {pack.case_model.__name__}.document must be Literal[{name!r}]")
    if not inspect.isclass(pack.case_model) or not issubclass(pack.case_model, CaseBase):
        raise PackError(f"pack {name}: its case model is not a ratecert.case.CaseBase")
    return pack


@lru_cache(maxsize=1)
def discover() -> dict[str, DocumentPack]:
    """Every installed pack by document id, each checked on load, in id order."""
    packs: dict[str, DocumentPack] = {}
    for point in sorted(registered(GROUP), key=lambda p: p.name):
        try:
            loaded = point.load()
        except Exception as exc:   # a pack that cannot even be imported is named, not a traceback
            raise PackError(f"entry point {point.name} = {point.value}: cannot load it: "
                            f"{type(exc).__name__}: {exc}") from exc
        packs[point.name] = _check(point.name, point.value, loaded)
    unlabelled = [p.id for p in packs.values() if p.unlabelled_cases]
    if len(unlabelled) > 1:
        raise PackError(f"packs {', '.join(unlabelled)} each claim the cases that name no document; at most one may")
    return packs


def bulk_audits() -> list[str]:
    """The documents whose packs offer a bulk audit, in id order, read from the entry points'
    metadata: no pack is imported."""
    return sorted({point.name for point in registered(BULK_AUDITS)})


def audit_rules(document: str) -> Any:
    """The bulk audit rules registered for `document`, loaded without loading any pack's
    `DocumentPack` (PackError when none are, or when they are not the document's)."""
    points = [p for p in registered(BULK_AUDITS) if p.name == document]
    if not points:
        raise PackError(f"no pack offers a bulk audit of {document!r}; offered: {', '.join(bulk_audits()) or 'none'}")
    point = points[0]
    if document not in {p.name for p in registered(GROUP)}:
        raise PackError(f"entry point {BULK_AUDITS} {document} = {point.value}: no pack registers the document")
    try:
        rules = point.load()
    except Exception as exc:   # as discover(): a pack that cannot be imported is named, not a traceback
        raise PackError(f"entry point {BULK_AUDITS} {document} = {point.value}: cannot load it: "
                        f"{type(exc).__name__}: {exc}") from exc
    if getattr(rules, "document", None) != document:
        raise PackError(f"entry point {BULK_AUDITS} {document} = {point.value}: the rules are "
                        f"{getattr(rules, 'document', None)!r}'s, not {document!r}'s")
    return rules


def pack(document: str) -> DocumentPack:
    """The pack of `document`, or a `PackError` naming the documents installed."""
    packs = discover()
    if document not in packs:
        raise PackError(f"no pack for document {document!r}; installed: {', '.join(packs) or 'none'}")
    return packs[document]


def installed(path: Path) -> bool:
    """`path` lies inside an installation's site-packages (not a working copy one may edit)."""
    roots = {Path(sysconfig.get_paths()[key]).resolve() for key in ("purelib", "platlib")}
    return any(path.resolve().is_relative_to(root) for root in roots)


def unlabelled_document() -> str | None:
    return next((p.id for p in discover().values() if p.unlabelled_cases), None)


def case_model(data: object) -> type[CaseBase]:
    """The case model a wire case's `document` picks (a case without one: the unlabelled pack's)."""
    document = data.get("document") if isinstance(data, dict) else None
    if document is None:
        document = unlabelled_document()
        if document is None:
            raise ValueError("the case names no document and no installed pack takes unlabelled cases")
    if not isinstance(document, str) or document not in discover():
        raise ValueError(f"document: unknown document {document!r}; installed: {', '.join(discover())}")
    return discover()[document].case_model


def parse_case(data: object) -> CaseBase:
    """A wire case (a dict, or JSON text) validated by its document's model.

    Raises pydantic's ValidationError for a malformed case and ValueError for an unknown document."""
    if isinstance(data, (str, bytes)):   # pydantic's parser bounds the nesting (json would recurse)
        from pydantic_core import from_json

        data = from_json(data)
    from ratecert.case import CaseBase

    if isinstance(data, CaseBase):
        return data
    return case_model(data).model_validate(data)
