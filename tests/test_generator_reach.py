"""Generators that reach every rule (issue 19, item 3): the properties of the certification profile,
run against the reference with --ratecert-reach, generate every record kind, optional fact and
choice of each document's case model that the document's reference decides on, and a case that
tells apart the options of every recorded interpretation. A fact or reading never generated is a
rule no property can check; this test names it.

"Decides on" is read from the reference's source: a field no module of the pack (or the shared
machinery) reads as an attribute is carried by the protocol but decided by nothing (a DC power
case's deposits, an onboarding case's payments), so no generator needs to make it.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from ratecert.packs import discover
from ratecert.reach import FACT, READING, reached, universe
from ratecert.spec import load_spec
from tests.conftest import Certification, certify, generated_cases

NOT_BILLING = {"records.py", "strategies.py", "laws.py", "steps.py"}


def _names(files: Iterable[Path]) -> tuple[set[str], set[str]]:
    """(attribute names read, string constants) in `files`; getattr(x, f"pvu_{direction}") reads
    every attribute that starts "pvu_" (kept as "pvu_*")."""
    names: set[str] = set()
    strings: set[str] = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute):
                names.add(node.attr)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
            elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "getattr" and len(node.args) > 1:
                name = node.args[1]
                if isinstance(name, ast.Constant) and isinstance(name.value, str):
                    names.add(name.value)
                elif isinstance(name, ast.JoinedStr) and name.values and isinstance(name.values[0], ast.Constant):
                    names.add(f"{name.values[0].value}*")
    return names, strings


def read_by_reference(document: str) -> tuple[set[str], set[str]]:
    """(field names, string constants) of the document's reference: its pack's billing modules and
    the shared machinery."""
    package = Path(sys.modules[discover()[document].render.__module__].__file__).parent
    files = [p for p in package.rglob("*.py") if p.name not in NOT_BILLING and "steps" not in p.parts
             and "bulk" not in p.parts]
    return _names([*files, *package.parent.glob("*.py")])


def decided(document: str) -> set[str]:
    """The facts of the document's case model whose fields its reference reads (`malformed` only
    where the model sets records aside)."""
    names, _ = read_by_reference(document)
    prefixes = tuple(n[:-1] for n in names if n.endswith("*"))
    model = discover()[document].case_model
    out = set()
    for fact in universe(model):
        path = fact.split("=")[0].split(".")
        if all(part in names or part.startswith(prefixes) for part in path) \
                and not (path[0] == "malformed" and not model.QUARANTINED):
            out.add(fact)
    return out


def decisive_readings(document: str) -> set[str]:
    """The interpretations of the document its reference consults (by id): the others are recorded
    readings the reference bills alike under every option, which no case can tell apart."""
    _, strings = read_by_reference(document)
    return set(load_spec().document(document).interpretations) & strings


@pytest.fixture(scope="module")
def generated(certified: Callable[[str], Certification]) -> Certification:
    """The properties of every pack, certification profile, against the reference, with reach: the
    session's shared certification of the reference (tests/conftest.py `certified`) counts them."""
    result = certified("reference")
    assert result.exit_code == 0, result.stdout
    return result


@pytest.fixture(scope="module")
def declared(tmp_path_factory: pytest.TempPathFactory) -> Certification:
    """The catalog's payment properties against the reference declaring a legal maximum rate below
    the catalog's daily rate (tests/declaring_sut.Reaching), with reach: legal-maximum-rate-basis
    turns on it. (Declared in the main run, it would hide the ICA's back-billing reading, which
    turns on a legal maximum above 18% a year.)"""
    result = certify("py:tests.declaring_sut:Reaching", tmp_path_factory.mktemp("declared") / "out", "--",
                     "properties/access-catalog-3/test_billing_properties.py", "-k", "penalties or deposits or dispute",
                     "--ratecert-reach")
    assert result.exit_code == 0, result.stdout
    return result


def _union(*results: Certification, kind: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for event in (e for result in results for e in result.events):
        for document, found in reached(event.get("statistics") or {}, kind).items():
            out.setdefault(document, set()).update(found)
    return out


def test_every_property_records_what_it_generated(generated: Certification):
    properties = [e for e in generated.events if e["kind"] == "property" and e["verdict"] == "pass"
                  and "counterexample" not in e["nodeid"]]   # promoted counterexamples are fixed cases
    assert properties
    for event in properties:
        statistics = event["statistics"]
        assert statistics is not None and statistics["examples"] > 0, event["nodeid"]
    assert all(any(label.startswith(FACT) for label in e["statistics"]["events"]) for e in properties
               if e["tp"] != "AC3-LAW-003"), "a property's cases carry no fact"   # LAW-003: a bill date alone
    assert any(e["statistics"]["targets"] for e in properties), "no property steers by target()"
    report = (generated.out / "report.html").read_text(encoding="utf-8")   # the report shows them
    assert 'id="generated"' in report and "case: access-catalog-3 bill_receipt" in report


@pytest.mark.parametrize("document", sorted(discover()))
def test_every_fact_the_reference_decides_on_is_generated(generated: Certification, document: str):
    missing = decided(document) - _union(generated, kind=FACT).get(document, set())
    assert not missing, f"{document}: no property generates {sorted(missing)}"


@pytest.mark.parametrize("document", sorted(discover()))
def test_every_reading_is_told_apart_by_some_generated_case(generated: Certification, declared: Certification,
                                                           document: str):
    missing = decisive_readings(document) - _union(generated, declared, kind=READING).get(document, set())
    assert not missing, f"{document}: no generated case bills differently under another option of {sorted(missing)}"


@pytest.mark.parametrize("document", sorted(discover()))
def test_only_the_readings_a_render_consulted_can_tell_a_case_apart(document: str):
    """--ratecert-reach renders a case again only under the interpretations its render looked up
    (ratecert.reach.Consulted); on generated cases of every strategy that finds what rendering under
    every option finds."""
    from ratecert.differential import told_apart_under
    from ratecert.oracle import document_terms

    terms = document_terms()
    cases = generated_cases(document, 12)
    assert cases, f"{document}: no strategy drew a case"
    differ = [case for case in cases if told_apart_under(case, terms) != told_apart_under(case, terms, prune=False)]
    assert not differ, differ[:1]
