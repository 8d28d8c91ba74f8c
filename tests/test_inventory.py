"""The inventory of the documents' rules (../shared/inventory) is accounted for by machine: each
rule row maps, in spec/<document>/inventory.yaml, to a registered clause that is tested or
untestable; each flag of the registers is an interpretation or a recorded note. spec/ alone keeps the
rows and the files' digests, so the counts hold without ../shared; with it, `ratecert coverage
--inventory` reconciles them and the suite holds the rows not accounted for at 0."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ratecert.coverage import coverage
from ratecert.inventory import read_index, reconcile, recorded, untestable_rows, untestable_table
from ratecert.spec import SpecError, load_spec
from ratecert.spec.loader import load_document

ROOT = Path(__file__).resolve().parents[1]
INVENTORY = ROOT.parent / "shared" / "inventory"
beside = pytest.mark.skipif(not INVENTORY.is_dir(), reason="the inventory (../shared) is not beside this checkout")


def _coverage(*extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ratecert", "coverage", *extra], cwd=ROOT, capture_output=True,
                          text=True)


def test_every_recorded_row_is_on_a_tested_or_untestable_clause():
    spec = load_spec()
    counts = recorded(spec, coverage(spec))
    assert {c.document for c in counts} == set(spec.documents)
    assert all(c.untested == {} for c in counts), [c.untested for c in counts]
    assert sum(c.rows for c in counts) > 1100


def test_every_untestable_clause_an_inventory_row_lands_on_quotes_the_text():
    """An untestable reason holds against the text only if it shows the words it rests on."""
    spec = load_spec()
    for doc in spec.documents.values():
        for row, clause in doc.inventory.rows.items():
            entry = doc.clauses[clause]
            if entry.status == "untestable":
                assert '"' in entry.reason or "“" in entry.reason, f"{doc.id}:{clause} ({row}) quotes no text"



def test_the_untestable_rows_table_lists_every_row_on_an_untestable_clause_and_is_current():
    """docs/untestable-rows.md is the judgement an auditor reads first: every inventory row no check
    stands behind, once, with its reason; the file is what `ratecert coverage --untestable-rows` prints."""
    spec = load_spec()
    results = coverage(spec)
    listed = [row for _, _, rows, _ in untestable_rows(spec, results) for row in rows]
    assert len(listed) == len(set(listed)) == sum(c.untestable for c in recorded(spec, results))
    table = _coverage("--untestable-rows").stdout
    assert table.strip() == untestable_table(untestable_rows(spec, results))
    assert (ROOT / "docs" / "untestable-rows.md").read_text(encoding="utf-8").endswith(table), \
        "docs/untestable-rows.md is stale: regenerate it with `ratecert coverage --untestable-rows`"

@beside
def test_the_inventory_is_accounted_for_row_by_row_and_flag_by_flag():
    spec = load_spec()
    result = reconcile(spec, coverage(spec), INVENTORY)
    assert result.changed == [] and result.stale == []
    assert result.unaccounted == []
    assert result.unrecorded_flags == []
    assert result.rows == result.accounted > 1100 and result.flags == result.flags_recorded > 0


@beside
def test_coverage_reports_the_inventory_with_exit_0():
    done = _coverage("--inventory", str(INVENTORY))
    assert done.returncode == 0, done.stdout + done.stderr
    assert " 0 not; " in done.stdout


def test_a_row_not_accounted_for_a_stale_row_a_changed_file_and_a_bare_flag_are_reported(tmp_path):
    index = tmp_path / "inventory"
    index.mkdir()
    sources = load_spec().document("access-catalog-3").inventory.sources
    listed = next(name for name, source in sources.items() if "TAR-2.4.1.A-2" in source.rows)
    (index / listed).write_text(
        "# an index\n\n| id | page | rule |\n|---|---|---|\n| TAR-2.4.1.A-2 | 2-25 | two months |\n"
        "| TAR-9.9.9-1 | 9-9 | a rule no one has read |\n\n"
        "| flag | where | finding |\n|---|---|---|\n| FLAG-02 | 2-62 | Labor Day |\n| FLAG-99 | 9-9 | new |\n")
    done = _coverage("--inventory", str(index))
    assert done.returncode == 1, done.stdout + done.stderr
    out = done.stdout
    assert f"TAR-9.9.9-1 ({listed}:6): no document's inventory.yaml lists it" in out
    assert f"{listed}: changed since it was reconciled" in out
    assert "listed in spec/ but not in the index" in out
    assert "FLAG-99" in out and "FLAG-02 (" not in out
    report = json.loads(_coverage("--inventory", str(index), "--json").stdout)["inventory"]
    assert report["rows"] == 2 and report["accounted"] == 1


def test_the_index_reader_takes_rule_rows_and_flags_once_each(tmp_path):
    (tmp_path / "a.md").write_text(
        "| id | rule |\n|---|---|\n| R-1 | one |\n| R-2 | two |\n\ntext\n\n"
        "| inventory id | printed |\n|---|---|\n| R-1 | again, in a register |\n\n"
        "| id | rule |\n|:---|---:|\n| R-1 | repeated |\n\n| flag | finding |\n|---|---|\n| F-1 | odd |\n")
    index = read_index(tmp_path)
    assert [r.id for r in index.rows["a.md"]] == ["R-1", "R-2"] and index.rows["a.md"][0].line == 3
    assert [f.id for f in index.flags["a.md"]] == ["F-1"]
    assert _coverage("--inventory", str(tmp_path / "missing")).returncode == 2


@pytest.fixture
def catalog(tmp_path: Path) -> Path:
    import shutil

    folder = tmp_path / "access-catalog-3"
    shutil.copytree(ROOT / "spec" / "access-catalog-3", folder)
    return folder


def test_an_inventory_row_on_an_unknown_clause_is_a_spec_error_with_file_and_line(catalog):
    path = catalog / "inventory.yaml"
    text = path.read_text()
    old = 'TAR-2.4.1.A-2: "2.4.1(A)"'
    line = text[:text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, 'TAR-2.4.1.A-2: "2.4.1(Z)"'))
    with pytest.raises(SpecError) as caught:
        load_document(catalog)
    assert caught.value.path == path and caught.value.line == line
    assert "TAR-2.4.1.A-2: unknown clause id '2.4.1(Z)'" in caught.value.message


def test_an_inventory_row_listed_under_two_files_is_a_spec_error(catalog):
    path = catalog / "inventory.yaml"
    text = path.read_text()
    path.write_text(text.replace('TAR-2.4.1.A-2: "2.4.1(A)"', 'TAR-2.4.1.A-2: "2.4.1(A)"\n      TAR-2.4.1(B): "2.4.1(B)"'))
    with pytest.raises(SpecError) as caught:
        load_document(catalog)
    assert "TAR-2.4.1(B): listed under" in caught.value.message
