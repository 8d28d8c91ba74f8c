"""Check the spec's citations against the source pages (`ratecert check-citations --source DIR`).

The project keeps citations and digests, not the pages' text. Given the folder of the catalog as
received (pages/ and INDEX.tsv), this verifies each cited page's digest, revision and dates, and
that every transcribed amount is printed on the page it cites.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from pathlib import Path

from ratecert.inputs import BadInput, read_text
from ratecert.spec.located_yaml import load_located
from ratecert.spec.model import Document, ValueKind

PAGE_INDEX_HEADER = """# Page index of the cited pages: revision, issue and effective dates from the page headers
# (INDEX.tsv of the source), the transmittal printed in the footer where there is one, and the
# SHA-256 of the page file as received, so `ratecert check-citations --source DIR` can verify them.
# Written by `ratecert index-pages --source DIR`; do not edit by hand.
"""


def _page_key(page: str) -> tuple[int, float]:
    section, _, number = page.partition("-")
    try:
        return int(section), float(number)
    except ValueError:
        return 999, 0.0


def write_page_index(folder: Path, source: Path) -> list[str]:
    """Rewrite FOLDER/pages.yaml for every page cited by its rates.yaml and clauses.yaml."""
    rates, _ = load_located(folder / "rates.yaml")
    clauses, _ = load_located(folder / "clauses.yaml")
    cited = {v["page"] for e in rates.values() for v in e["values"]} | {p for c in clauses.values() for p in c["pages"]}
    index = {row["page"]: row for row in csv.DictReader(io.StringIO(read_text(source / "INDEX.tsv", "source index")),
                                                        delimiter="\t")}
    missing = sorted(p for p in cited if p not in index or not (source / "pages" / index[p]["file"]).is_file())
    if missing:
        raise BadInput(f"cited pages not in the source index {source / 'INDEX.tsv'} or its pages/: {missing}")
    lines = [PAGE_INDEX_HEADER]
    for page in sorted(cited, key=_page_key):
        row = index[page]
        raw = (source / "pages" / row["file"]).read_bytes()
        found = re.search(r"TRANSMITTAL NO\.\s*([0-9]{2}-[0-9]{2}A)", raw.decode("utf-8"))
        transmittal = f'"{found.group(1)}"' if found else "null"
        dates = {k: dt.datetime.strptime(row[k], "%B %d, %Y").date().isoformat() for k in ("issued", "effective")}
        lines.append(f'"{page}": {{revision: "{row["revision"]}", issued: {dates["issued"]}, effective: '
                     f'{dates["effective"]}, transmittal: {transmittal}, sha256: "{hashlib.sha256(raw).hexdigest()}"}}')
    (folder / "pages.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sorted(cited, key=_page_key)


def _printed_forms(amount: str) -> set[str]:
    whole, _, cents = amount.partition(".")
    grouped = f"{int(whole):,}" + (f".{cents}" if cents else "")
    forms = {amount, grouped}
    if whole == "0" and cents:
        forms.add("." + cents)
    return forms


def check_document(document: Document, source: Path) -> list[str]:
    """Problems found (empty when every citation holds). `source` is the catalog folder (pages/
    and INDEX.tsv) or, for a document received as one text, the folder holding its file."""
    problems: list[str] = []
    index_file = source / "INDEX.tsv"
    index = ({row["page"]: row for row in csv.DictReader(index_file.open(encoding="utf-8"), delimiter="\t")}
             if index_file.exists() else {})
    texts: dict[str, str] = {}
    for page_id, page in document.pages.items():
        if page.file is not None and page.lines is not None:
            path = source / page.file
            if not path.exists():
                problems.append(f"page {page_id}: source file {page.file} not found in {source}")
                continue
            raw = path.read_bytes()
            first, last = page.lines
            texts[page_id] = re.sub(r"\s+", " ", "\n".join(raw.decode("utf-8").splitlines()[first - 1:last]))
            if hashlib.sha256(raw).hexdigest() != page.sha256:
                problems.append(f"page {page_id}: digest differs from {page.file}")
            continue
        row = index.get(page_id)
        if row is None:
            problems.append(f"page {page_id}: not in the source index")
            continue
        raw = (source / "pages" / row["file"]).read_bytes()
        texts[page_id] = re.sub(r"\s+", " ", raw.decode("utf-8"))
        if hashlib.sha256(raw).hexdigest() != page.sha256:
            problems.append(f"page {page_id}: digest differs from the source page")
        if row["revision"] != page.revision:
            problems.append(f"page {page_id}: revision {page.revision!r}, source says {row['revision']!r}")
        for field_name in ("issued", "effective"):
            source_date = dt.datetime.strptime(row[field_name], "%B %d, %Y").date()
            if getattr(page, field_name) != source_date:
                problems.append(f"page {page_id}: {field_name} {getattr(page, field_name)}, source says {source_date}")
    for eid, element in document.rates.items():
        for value in element.values:
            text = texts.get(value.page, "")
            if value.kind is ValueKind.amount:
                if not any(f"${form}" in text or f"$ {form}" in text or f" {form} " in f" {text} "
                           or f"{form}%" in text for form in _printed_forms(value.amount)):
                    problems.append(f"{eid}: {value.amount} is not printed on page {value.page}")
            elif value.kind is ValueKind.damaged:
                if value.printed not in text:
                    problems.append(f"{eid}: the damaged text {value.printed!r} is not on page {value.page}")
            elif value.kind in (ValueKind.not_applicable, ValueKind.individual_case, ValueKind.no_charge):
                markers = {"N/A": ["N/A"], "ICB": ["ICB", "individual case basis"], "None": ["None"]}[value.amount]
                if not any(m.lower() in text.lower() for m in markers):
                    problems.append(f"{eid}: {value.amount!r} is not printed on page {value.page}")
    return problems
