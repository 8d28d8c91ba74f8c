"""The base of every record a case is made of (account, services, calls, circuits, ICA, DC power and
onboarding records).

Frozen, so a case cannot change under a check; no extra fields, so a misspelt field is refused rather
than ignored; and defaults validated like sent values, so that an `Exact` default written as `100`
is the Decimal 100 and not the int (100 / 100 is a float, and exact money never meets a float).
"""

from __future__ import annotations

from pydantic import ConfigDict

from ratecert.bounds import BoundedModel


class Record(BoundedModel):
    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)
