"""A malformed spec is rejected with the file and the line, for each kind of malformation."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from ratecert.spec import SpecError, load_spec
from ratecert.spec.loader import load_document

SPEC = Path(__file__).resolve().parents[1] / "spec"


@pytest.fixture
def document(tmp_path: Path) -> Path:
    folder = tmp_path / "access-catalog-3"
    shutil.copytree(SPEC / "access-catalog-3", folder)
    return folder


def edit(path: Path, old: str, new: str) -> int:
    """Replace the first `old` by `new`; return the 1-based line where the change starts."""
    text = path.read_text()
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old):])
    return text[:at].count("\n") + 1


def rejected(folder: Path) -> SpecError:
    with pytest.raises(SpecError) as caught:
        load_document(folder)
    return caught.value


def test_the_shipped_spec_loads():
    doc = load_spec().document("access-catalog-3")
    assert doc.rates["tandem_switching.terminating_3rd_party"].values[0].amount == "0.006756"
    assert doc.pages["17-4"].revision == "6th Revised" and str(doc.pages["17-4"].effective) == "2018-07-03"


def test_duplicate_key(document):
    rates = document / "rates.yaml"
    text = rates.read_text()
    block = text[text.index("carrier_common_line.terminating:"):text.index("end_user_access:")]
    line = edit(rates, "end_user_access:", block + "end_user_access:")
    error = rejected(document)
    assert error.path == rates and error.line == line and "duplicate key" in error.message


def test_float_amount(document):
    line = edit(document / "rates.yaml", 'amount: "0.0338"', "amount: 0.0338")
    error = rejected(document)
    assert error.line == line and "float" in error.message


def test_value_without_a_citation(document):
    line = edit(document / "rates.yaml", ', page: "17-1"}', "}")
    error = rejected(document)
    assert error.path.name == "rates.yaml" and error.line == line and "page" in error.message


def test_unknown_clause_id(document):
    line = edit(document / "rates.yaml", 'clause: "17.1"', 'clause: "17.99"')
    error = rejected(document)
    assert error.line == line and "unknown clause id" in error.message


def test_overlapping_effective_ranges(document):
    line = edit(document / "rates.yaml", '    - {from: 2017-01-01, amount: "0.0338", page: "17-1"}',
                '    - {from: 2017-01-01, amount: "0.0338", page: "17-1"}\n'
                '    - {from: 2017-01-01, amount: "0.0400", page: "17-1"}')
    error = rejected(document)
    assert error.line == line + 1 and "overlap" in error.message


def test_gap_in_effective_ranges(document):
    pages = document / "pages.yaml"
    edit(pages, '"17-1":', '"17-1X": {revision: "3rd Revised", issued: 2019-01-01, effective: 2019-02-01, '
                           'transmittal: null, sha256: "' + "0" * 64 + '"}\n"17-1":')
    line = edit(document / "rates.yaml", '    - {from: 2017-01-01, amount: "0.0338", page: "17-1"}',
                '    - {from: 2017-01-01, until: 2018-01-01, amount: "0.0338", page: "17-1"}\n'
                '    - {from: 2019-02-01, amount: "0.0400", page: "17-1X"}')
    error = rejected(document)
    assert error.line == line + 1 and "gap" in error.message


def test_value_dated_otherwise_than_its_page(document):
    line = edit(document / "rates.yaml", '{from: 2018-07-03, amount: "0.000141"', '{from: 2018-07-02, amount: "0.000141"')
    error = rejected(document)
    assert error.line == line and "effective 2018-07-03" in error.message


def test_untestable_clause_without_reason(document):
    clauses = document / "clauses.yaml"
    text = clauses.read_text()
    text = re.sub(r'(  status: untestable\n)  reason: [^\n]*\n', r"\1", text, count=1)
    clauses.write_text(text)
    error = rejected(document)
    assert error.path == clauses and "reason" in error.message and error.line is not None


def test_interpretation_default_must_be_an_option(document):
    line = edit(document / "interpretations.yaml", "default: last-day-of-month", "default: first-of-month")
    error = rejected(document)
    assert error.line is not None and abs(error.line - line) <= 8 and "default" in error.message


def test_yaml_syntax_error_names_the_line(document):
    line = edit(document / "clauses.yaml", '"2.4.1(B)":', '"2.4.1(B)": [unclosed')
    error = rejected(document)
    assert error.line is not None and error.line >= line


@pytest.mark.skipif(not hasattr(__import__("yaml"), "CSafeLoader"), reason="PyYAML built without libyaml")
def test_libyaml_and_pure_python_give_the_same_data_lines_and_error_lines(tmp_path):
    import yaml

    from ratecert.spec.loader import spec_folders
    from ratecert.spec.located_yaml import load_located, located_loader

    pure, libyaml = located_loader(yaml.SafeLoader), located_loader(yaml.CSafeLoader)
    for path in sorted(p for folder in spec_folders().values() for p in folder.glob("*.yaml")):
        assert load_located(path, pure) == load_located(path, libyaml), path
    broken = tmp_path / "broken.yaml"
    broken.write_text("a: '1'\nb: [1, 2\nc: '3'\n")
    lines = []
    for loader in (pure, libyaml):
        with pytest.raises(SpecError) as caught:
            load_located(broken, loader)
        lines.append(caught.value.line)
    assert lines == [3, 3]
