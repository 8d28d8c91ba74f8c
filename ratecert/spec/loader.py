"""Load `spec/<document>/` folders into a validated `Spec`.

Every failure is a `SpecError` naming file and line: YAML syntax, duplicate keys, floats where an
exact amount belongs, schema violations, a value without a page citation, a value whose date is not
its page's effective date, overlapping or gapped effective ranges, an unknown clause id (in rates,
interpretations and the optional `inventory.yaml`), an inventory row listed twice.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ratecert.spec.digest import spec_digest
from ratecert.spec.errors import SpecError
from ratecert.spec.located_yaml import Path_, line_of, load_located
from ratecert.spec.model import Clause, Document, Interpretation, Inventory, Page, RateElement, Spec

_FILES = ("document.yaml", "pages.yaml", "rates.yaml", "clauses.yaml", "interpretations.yaml")


def spec_folders(spec_dir: Path | None = None) -> dict[str, Path]:
    """The spec folder of each document: every installed pack's, or each `<document>/` under `spec_dir`
    (a copy of the data, e.g. the spec a certificate is verified against)."""
    if spec_dir is None:
        from ratecert.packs import discover

        return {pack.id: pack.spec for pack in discover().values()}
    spec_dir = Path(spec_dir).resolve()
    if not spec_dir.is_dir():
        raise SpecError(spec_dir, None, "no such folder")
    return {p.name: p for p in sorted(spec_dir.iterdir()) if p.is_dir() and (p / "document.yaml").exists()}


@lru_cache(maxsize=8)
def load_spec(spec_dir: Path | None = None) -> Spec:
    """Load every document: the installed packs' spec folders, or the document folders under `spec_dir`.
    The packs' spec comes from the cache of loaded specs (`ratecert.spec.cache`) when an identical one
    was loaded before: every certification, report and verification loads it, and parsing and
    validating the YAML is a tenth of a second each time; a changed or malformed file is a different
    digest, so it is parsed, and its error names file and line, as without the cache."""
    if spec_dir is None:
        from ratecert.spec.cache import cached_spec

        return cached_spec()
    return parse_spec(spec_dir)


def parse_spec(spec_dir: Path | None = None) -> Spec:
    """The spec read from its YAML, validated and cross-checked: no cache."""
    folders = spec_folders(spec_dir)
    if not folders:
        raise SpecError(Path(spec_dir or "."), None, "no document folders (each needs a document.yaml)")
    documents = {}
    for expected, folder in folders.items():
        document = load_document(folder, expected)
        documents[document.id] = document
    return Spec(documents=documents, digest=spec_digest(folders))


def _validated(model: type[BaseModel], data: Any, path: Path, lines: dict[Path_, int], at: Path_) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = at + tuple(first["loc"])
        field = ".".join(str(p) for p in where)
        raise SpecError(path, line_of(lines, where), f"{field}: {first['msg']}") from None


def load_document(folder: Path, expected_id: str | None = None) -> Document:
    """Load and cross-check one document folder (whose document.yaml must name `expected_id`: the
    pack's id, or the folder's name)."""
    data: dict[str, Any] = {}
    lines: dict[str, dict[Path_, int]] = {}
    for name in _FILES:
        path = folder / name
        if not path.exists():
            raise SpecError(path, None, "missing (a document folder needs " + ", ".join(_FILES) + ")")
        data[name], lines[name] = load_located(path)
        if not isinstance(data[name], dict):
            raise SpecError(path, 1, "expected a mapping at the top level")

    def keyed(name: str, model: type[BaseModel], with_id: bool) -> dict[str, Any]:
        out = {}
        for key, body in data[name].items():
            if not isinstance(body, dict):
                raise SpecError(folder / name, lines[name].get((key,)), f"{key}: expected a mapping")
            payload = {"id": key, **body} if with_id else body
            out[key] = _validated(model, payload, folder / name, lines[name], (key,))
        return out

    pages: dict[str, Page] = keyed("pages.yaml", Page, with_id=False)
    clauses: dict[str, Clause] = keyed("clauses.yaml", Clause, with_id=True)
    rates: dict[str, RateElement] = keyed("rates.yaml", RateElement, with_id=True)
    interpretations: dict[str, Interpretation] = keyed("interpretations.yaml", Interpretation, with_id=True)

    _check_clause_pages(folder / "clauses.yaml", lines["clauses.yaml"], clauses, pages)
    _check_rates(folder / "rates.yaml", lines["rates.yaml"], rates, pages, clauses)
    _check_interpretations(folder / "interpretations.yaml", lines["interpretations.yaml"], interpretations, clauses)

    inventory = _inventory(folder / "inventory.yaml", clauses)

    meta = data["document.yaml"]
    expected_id = expected_id or folder.name
    if meta.get("id") != expected_id:
        raise SpecError(folder / "document.yaml", lines["document.yaml"].get(("id",)),
                        f"id {meta.get('id')!r} must equal the document's id {expected_id!r}")
    return _validated(
        Document,
        {**meta, "pages": pages, "rates": rates, "clauses": clauses, "interpretations": interpretations,
         "inventory": inventory},
        folder / "document.yaml", lines["document.yaml"], (),
    )


def _check_clause_pages(path: Path, lines: dict[Path_, int], clauses: dict[str, Clause], pages: dict[str, Page]) -> None:
    for cid, clause in clauses.items():
        for i, page in enumerate(clause.pages):
            if page not in pages:
                raise SpecError(path, line_of(lines, (cid, "pages", i)), f"{cid}: page {page!r} is not in pages.yaml")


def _check_rates(path: Path, lines: dict[Path_, int], rates: dict[str, RateElement],
                 pages: dict[str, Page], clauses: dict[str, Clause]) -> None:
    for eid, element in rates.items():
        if element.clause not in clauses:
            raise SpecError(path, line_of(lines, (eid, "clause")), f"{eid}: unknown clause id {element.clause!r}")
        previous = None
        for i, value in enumerate(element.values):
            at = line_of(lines, (eid, "values", i))
            page = pages.get(value.page)
            if page is None:
                raise SpecError(path, at, f"{eid}: value cites page {value.page!r}, which is not in pages.yaml")
            if value.from_ != page.effective:
                raise SpecError(path, at, f"{eid}: value from {value.from_} but page {value.page} "
                                          f"({page.revision}) is effective {page.effective}")
            if previous is not None:
                if value.from_ <= previous.from_:
                    raise SpecError(path, at, f"{eid}: effective ranges overlap or are out of order "
                                              f"({previous.from_} then {value.from_})")
                if previous.until is not None and previous.until < value.from_:
                    raise SpecError(path, at, f"{eid}: gap in effective ranges, nothing in force from "
                                              f"{previous.until} to {value.from_}")
                if previous.until is not None and previous.until > value.from_:
                    raise SpecError(path, at, f"{eid}: effective ranges overlap ({previous.from_}-{previous.until} "
                                              f"and from {value.from_})")
            previous = value


def _check_interpretations(path: Path, lines: dict[Path_, int], interpretations: dict[str, Interpretation],
                           clauses: dict[str, Clause]) -> None:
    for iid, reading in interpretations.items():
        for i, clause in enumerate(reading.clauses):
            if clause not in clauses:
                raise SpecError(path, line_of(lines, (iid, "clauses", i)), f"{iid}: unknown clause id {clause!r}")


def _inventory(path: Path, clauses: dict[str, Clause]) -> Inventory | None:
    """The optional `inventory.yaml`, every row's clause registered and no row listed twice."""
    if not path.exists():
        return None
    data, lines = load_located(path)
    if not isinstance(data, dict):
        raise SpecError(path, 1, "expected a mapping at the top level")
    inventory: Inventory = _validated(Inventory, data, path, lines, ())
    seen: dict[str, str] = {}
    for name, source in inventory.sources.items():
        for row, clause in source.rows.items():
            at = line_of(lines, ("sources", name, "rows", row))
            if clause not in clauses:
                raise SpecError(path, at, f"{row}: unknown clause id {clause!r}")
            if row in seen:
                raise SpecError(path, at, f"{row}: listed under {seen[row]} too")
            seen[row] = name
    return inventory
