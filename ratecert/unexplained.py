"""Nothing on a bill goes unexplained: every bill a check receives is also held whole against the
reference's bill for the same case (under the SUT's own readings), and whatever the SUT bills that
the reference does not - a line, penalty, credit, deposit statement, refund, rejection or decision -
is an unexplained item.

A scenario checks the charges its clause names, so a system that adds a $999.99 `junk_fee` to every
bill would pass them all; this is what fails it. One cause gives one finding: the items of the whole
run are grouped by document, the clause the SUT cites for them and what they are (the element, the
penalty kind, the question), and each group becomes one failed "no unexplained charges" finding
reported under that clause, naming how many bills carried it and the checks that met it first - not
600 failed checks for one junk line, and not a failure of the late payment scenario that happened to
see it.

A penalty on a bill whose payment date is not the reference's is explained by that date (the
checks of the payment date report it), so one wrong date is not also an unexplained penalty.

Within the capabilities claimed: an item whose cited clause is checked only under capabilities the
SUT does not claim is that capability's business, not padding (a system that does not claim
switched usage may still bill a case's calls its own way). Zero amounts are never unexplained (the
protocol lets a system add or omit them), and an item is keyed as `ratecert.bill.normalised` keys it:
lines by (element, ref), penalties by (kind, ref), decisions by (question, ref), the rest by ref.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ratecert.bill import Bill, difference_label, normalised
from ratecert.case import CaseBase
from ratecert.packs import parse_case
from ratecert.protocol import PIXIT

FEATURE = "Nothing on a bill goes unexplained"
PURPOSE = "UNEXPLAINED"
_PARTS = ("lines", "penalties", "credits", "deposits", "refunds", "decisions")
_CITED_BY_KEY: dict[str, Callable[[Bill], Iterable[tuple[str, str | None]]]] = {
    "lines": lambda b: ((f"{x.element}@{x.ref}", x.clause) for x in b.lines),
    "penalties": lambda b: ((f"{x.kind}@{x.ref}", x.clause) for x in b.penalties),
    "credits": lambda b: ((x.ref, x.clause) for x in b.credits),
    "deposits": lambda b: ((x.ref, x.clause) for x in b.deposits),
    "refunds": lambda b: ((x.ref, x.clause) for x in b.refunds),
    "decisions": lambda b: ((f"{x.question}@{x.ref}", x.clause) for x in b.decisions),
}
_KIND = {"lines": "charge", "penalties": "penalty", "credits": "credit", "deposits": "deposit statement",
         "refunds": "refund", "decisions": "decision", "rejected": "rejection"}
MAX_PER_CHECK = 20   # items kept per check in the run log: enough to group, bounded for a hostile SUT


def extras(expected: Bill, actual: Bill) -> list[dict[str, Any]]:
    """What `actual` bills that `expected` does not: part, what (element, kind or question; the
    part's word for the rest), ref, amount (or answer) and the clause the SUT cites."""
    want, got = normalised(expected), normalised(actual)
    out: list[dict[str, Any]] = []
    for part in _PARTS:
        if part == "penalties" and expected.payment_date != actual.payment_date:
            continue   # counted from the SUT's own payment date: that date's checks report the one gap
        cited = dict(_CITED_BY_KEY[part](actual))
        for key, value in got[part].items():   # type: ignore[union-attr]
            if key in want[part] or (part == "refunds" and not any(value.values())):   # type: ignore[operator,union-attr]
                continue
            subject, _, ref = key.partition("@") if part in ("lines", "penalties", "decisions") else ("", "", key)
            out.append({"part": part, "what": subject or _KIND[part], "ref": None if ref == "None" else ref,
                        "amount": _shown(value), "clause": cited.get(key)})
    known = {r.ref for r in expected.rejected}
    out += [{"part": "rejected", "what": _KIND["rejected"], "ref": r.ref, "amount": None, "clause": None}
            for r in actual.rejected if r.ref not in known]
    return out


def told_by_the_check(item: dict[str, Any], differs: str | None) -> bool:
    """The check already failed for this very item: its `differs` (the labels of what it found
    different, `ratecert.bill.difference_label`'s words: "charge additional_labor.", "late-payment
    penalty") names it, or names the family of elements it is in (a label ending in a dot). One
    cause, one finding: Tryton's standby half hour fails AC3-LAB-012, and is not also unexplained."""
    if not differs:
        return False
    label = difference_label(f"{item['part']}[{item['what']}]")
    return any(label == told or (told.endswith(".") and label.startswith(told)) for told in differs.split(", "))


def _shown(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return format(value, "f") if hasattr(value, "as_tuple") else str(value)


def unexplained(exchanges: Iterable[tuple[CaseBase, Bill]], pixit: PIXIT,
                excused: Callable[[str, str | None], bool], differs: str | None = None,
                rendered: dict[int, tuple[CaseBase, Bill]] | None = None) -> tuple[int, list[dict[str, Any]]]:
    """(bills compared, unexplained items) over a check's exchanges. `excused(document, clause)`
    says an item citing `clause` belongs to a capability the SUT does not claim; `differs` is what
    the check itself failed for (`told_by_the_check`); `rendered`, the reference's bills the check
    already rendered under the same PIXIT, by case object (`Check.references`). A case the reference
    cannot bill (a date before the transcribed rates, say) is not compared."""
    from ratecert.oracle import render_case

    compared, items, seen = 0, [], set()
    for case, bill in exchanges:
        key = case.model_dump_json()
        if key in seen:
            continue
        seen.add(key)
        try:   # the case as the SUT received it: a law's altered copy is validated on the wire, not before
            received = parse_case(key)
            known = (rendered or {}).get(id(case))
            reference = known[1] if known is not None and received == case else render_case(received, pixit)
        except Exception:   # the reference declines (NotInForce) or cannot bill it: nothing to hold it to
            continue
        compared += 1
        for item in extras(reference, bill):
            clause = item["clause"] if isinstance(item["clause"], str) else None
            if not excused(case.document, clause) and not told_by_the_check(item, differs) \
                    and len(items) < MAX_PER_CHECK:
                items.append({**item, "clause": clause, "document": case.document, "case": case.id})
    return compared, items


def findings(events: list[dict[str, Any]], registered: Callable[[str], bool]) -> list[dict[str, Any]]:
    """One failed finding per distinct unexplained item of the run (document, cited clause, part,
    what), in a stable order, each naming how many bills carried it and the checks that met it.
    `registered(clause)` says the clause is one of a document's: the finding is reported under it;
    an item citing anything else is reported under its document alone."""
    groups: dict[tuple[str, str, str, str], list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for event in sorted(events, key=lambda e: str(e.get("nodeid"))):
        for item in event.get("unexplained") or ():
            clause = item["clause"] or ""
            groups.setdefault((item["document"], clause, item["part"], item["what"]), []).append((event, item))
    out = []
    for (document, clause, part, what), met in sorted(groups.items()):
        first_event, first = met[0]
        purposes = sorted({e.get("tp") or e.get("name") for e, _ in met})
        cited = clause if registered(clause) else None
        label = f"{_KIND[part]} {what}" if what != _KIND[part] else what
        where = f" under {clause.partition(':')[2] or clause}" if clause else ""
        amount = f" ({first['amount']})" if first["amount"] else ""
        same_case = first_event.get("case") and first_event["case"].get("id") == first["case"]
        out.append({
            "nodeid": f"ratecert::unexplained::{document}::{part}::{what}::{clause}",
            "kind": "finding", "feature": FEATURE, "name": f"no unexplained {label}{where}", "example": None,
            "document": document, "clauses": [cited] if cited else [], "tp": PURPOSE, "interpretations": [],
            "capabilities": [], "negative": True, "duration": 0, "worker": None,
            "case": first_event.get("case") if same_case else None,
            "bill": first_event.get("bill") if same_case else None,
            "expected_bill": first_event.get("expected_bill") if same_case else None,
            "replay": first_event.get("replay"), "steps": None, "gherkin": None,
            "verdict": "fail", "cause": "sut", "differs": f"unexplained {label}",
            "reason": (f"the SUT bills a {label}{amount}{where or ', citing no clause of ' + document} that the "
                       f"reference does not produce for the same case, on {len(met)} bill{'s' if len(met) > 1 else ''}"
                       f" (first on case {first['case']}{', ref ' + first['ref'] if first['ref'] else ''})"),
            "expected": "nothing", "actual": {"what": label, "ref": first["ref"], "amount": first["amount"],
                                              "clause cited": clause or None},
            "met_by": purposes[:20], "bills": len(met),
        })
    return out
