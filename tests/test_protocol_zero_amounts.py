"""Comparisons follow the protocol (issue 17): what amounts to nothing may be omitted or sent, and
no check tells the two apart. The reference is certified with every zero amount the protocol lets a
system omit left off, and with a zero line, penalty and credit added for every element, payment and
interruption; each check's verdict is the reference's own."""

from __future__ import annotations

import pytest

from tests.conftest import certify


@pytest.mark.parametrize("form", ["Omits", "Adds"])
def test_zero_amounts_omitted_or_added_get_the_references_verdicts(certified, tmp_path, form):
    result = certify(f"py:tests.fake_suts.zero_lines:{form}", tmp_path / "out")
    verdicts = {e["nodeid"]: e["verdict"] for e in result.events}
    reference = {e["nodeid"]: e["verdict"] for e in certified("reference").events}  # made by now, or soon
    assert result.exit_code == 0, result.stdout
    assert verdicts == reference, {n: (v, reference.get(n)) for n, v in verdicts.items() if v != reference.get(n)}
