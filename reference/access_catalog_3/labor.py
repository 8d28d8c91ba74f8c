"""13.1 Additional Engineering and 13.2 Additional Labor, priced by 17.6.1 and 17.6.2.

17.6.1/17.6.2: "Each Half Hour or Fraction Thereof", per engineer or technician, at Basic Time,
Overtime or Premium Time. 13.2: "A call-out of a Telephone Company employee at a time not
consecutive with the employee's scheduled work period is subject to a minimum charge of four
hours." 13.2.3: "Standby includes all time in excess of one-half (½) hour".
There is no Basic Time rate for installation or repair: basic-hours installation and repair are
part of the service's own charges, so they bill nothing here.
17.6.3(A), 17.6.3(C), 17.6.3(D), 17.6.3(E) and 17.6.3(F) price Additional Cooperative Acceptance Testing
(13.3.1(A)(1), 13.3.1(B)(1)) and Additional Manual Testing (13.3.1(A)(3), 13.3.1(B)(2)) of Switched and
Special Access, and Maintenance of Service (13.3.2), at the Additional Labor rates of 17.6.2(C), the
call-out minimum of four hours included (13.3.1); the acceptance tests made at installation are "At no
additional charge" (7.1.7, 13.3.1(A)(a)). 13.3.2(A): when "no trouble is found in the Telephone
Company facilities" the customer pays Maintenance of Service from the dispatch until the work is
completed; (B) also when the trouble is in equipment that is not the Telephone Company's. Trouble in
its own facilities is not charged.
"""

from __future__ import annotations

HALF_HOURS_IN_CALL_OUT = 8  # four hours
STANDBY_FREE_MINUTES = 30

_ELEMENT = {
    "engineering": "additional_engineering",
    "installation": "additional_labor.installation_repair",
    "repair": "additional_labor.installation_repair",
    "standby": "additional_labor.standby",
    "testing-with-other-companies": "additional_labor.other",
    "other": "additional_labor.other",
    "additional-manual-testing": "additional_labor.other",
    "maintenance-of-service": "additional_labor.other",
    "cooperative-acceptance-testing": "additional_labor.other",
}
_CLAUSE = {
    "engineering": "13.1", "installation": "13.2.1", "repair": "13.2.2", "standby": "13.2.3",
    "testing-with-other-companies": "13.2.4", "other": "13.2.5", "additional-manual-testing": "13.3.1(A)(3)",
    "maintenance-of-service": "13.3.2(A)", "cooperative-acceptance-testing": "13.3.1(A)(1)",
    "acceptance-testing": "7.1.6",
}
_SPECIAL_ACCESS_CLAUSE = {"cooperative-acceptance-testing": "13.3.1(B)(1)", "additional-manual-testing": "13.3.1(B)(2)"}


def labor_element(kind: str, time: str, trouble: str = "none-found") -> str | None:
    """The 17.6 rate element for the kind of work and time class; None where nothing is charged."""
    if kind in ("installation", "repair") and time == "basic":
        return None
    if kind == "maintenance-of-service" and trouble == "telephone-company-facilities":
        return None
    if kind == "acceptance-testing":
        return None   # 7.1.7 "At no additional charge"; 13.3.1(A)(a) acceptance tests at installation
    return f"{_ELEMENT[kind]}.{time}"


def labor_clause(kind: str, trouble: str = "none-found", service_class: str = "switched") -> str:
    if kind == "maintenance-of-service" and trouble == "other-equipment":
        return "13.3.2(B)"
    if service_class == "special" and kind in _SPECIAL_ACCESS_CLAUSE:
        return _SPECIAL_ACCESS_CLAUSE[kind]
    return _CLAUSE[kind]


def half_hours(kind: str, minutes: int, call_out: bool) -> int:
    """Chargeable half hours per person: each half hour or fraction, standby after the first half
    hour, and the four-hour call-out minimum of 13.2 (not for Additional Engineering, 13.1)."""
    chargeable = max(0, minutes - STANDBY_FREE_MINUTES) if kind == "standby" else minutes
    units = -(-chargeable // 30)
    if call_out and kind != "engineering":
        units = max(units, HALF_HOURS_IN_CALL_OUT)
    return units
