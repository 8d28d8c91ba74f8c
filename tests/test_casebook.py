"""A kept casebook (ratecert.casebook) sends a property the cases hypothesis would draw, and changes
no verdict: a run that replays the books writes the run log a run that draws writes (statistics
included), and a system that fails a kept case is judged by hypothesis from the start, with the
very failure, counterexample and blob a run without books reports."""

from __future__ import annotations

import pickle
from typing import Any

from tests.conftest import certify

VOLATILE = {"at", "duration"}
PROPERTIES = ["properties/access-catalog-3/test_billing_properties.py", "-k", "penalties or deposit or credit"]


def _records(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in e.items() if k not in VOLATILE} for e in events]


def test_a_replayed_run_writes_the_log_of_a_drawn_run(tmp_path):
    cache = tmp_path / "cache"
    drawn = certify("reference", tmp_path / "drawn", "--", *PROPERTIES, env={"RATECERT_CACHE": str(cache)})
    books = sorted(cache.glob("casebooks/*/*.pickle"))
    properties = [e for e in drawn.events if e["kind"] == "property" and e["verdict"] == "pass"]
    assert drawn.exit_code == 0 and len(properties) >= 3 and len(books) == len(properties)

    replayed = certify("reference", tmp_path / "replayed", "--", *PROPERTIES, env={"RATECERT_CACHE": str(cache)})
    assert _records(replayed.events) == _records(drawn.events)   # verdicts, last cases and statistics alike

    # and what is sent is the book: one cut to its first three examples is what the next run reports
    book = pickle.loads(books[0].read_bytes())
    books[0].write_bytes(pickle.dumps(type(book)(calls=book.calls[:3], drawn_events=book.drawn_events[:3],
                                                 targets=book.targets, stopped_because=book.stopped_because)))
    cut = certify("reference", tmp_path / "cut", "--", *PROPERTIES, env={"RATECERT_CACHE": str(cache)})
    examples = sorted(e["statistics"]["examples"] for e in cut.events if e["kind"] == "property")
    assert examples[0] == 3 and examples[1:] == sorted(e["statistics"]["examples"] for e in properties)[1:]


def test_a_system_failing_a_kept_case_is_judged_as_without_the_books(tmp_path):
    sut = "py:tests.broken_suts.overbilling:Sut"
    without = certify(sut, tmp_path / "without", "--", *PROPERTIES, env={"RATECERT_CACHE": str(tmp_path / "none")})
    cache = {"RATECERT_CACHE": str(tmp_path / "cache")}
    assert certify("reference", tmp_path / "reference", "--", *PROPERTIES, env=cache).exit_code == 0
    kept = certify(sut, tmp_path / "kept", "--", *PROPERTIES, env=cache)
    failed = kept.verdicts("fail")
    assert failed and all(e["reproduce"] for e in failed if e["kind"] == "property")
    assert _records(kept.events) == _records(without.events)   # the same failures, shrunk alike, blobs alike
    assert kept.exit_code == without.exit_code == 1


def test_the_casebooks_of_old_code_are_pruned(tmp_path, monkeypatch):
    """Each edit of the code makes a new set of casebooks; the first book of a new set leaves the
    KEPT - 1 most recently written sets of other code and removes the rest."""
    import os

    from ratecert import casebook

    monkeypatch.setenv("RATECERT_CACHE", str(tmp_path))
    root = tmp_path / "casebooks"
    for age in range(6):
        old = root / f"code-{age}"
        old.mkdir(parents=True)
        (old / "book.pickle").write_bytes(b"")
        os.utime(old, (1_000_000 - age, 1_000_000 - age))
    monkeypatch.setattr(casebook, "_code", lambda: "new-code-digest")
    book = casebook.Casebook(calls=(pickle.dumps({"case": 1}),), drawn_events=((),), targets={}, stopped_because="max_examples")
    casebook.keep("a-key", book)
    assert sorted(p.name for p in root.iterdir()) == sorted(["new-code-digest", *(f"code-{a}" for a in range(casebook.KEPT - 1))])
    assert casebook.kept("a-key") == book
