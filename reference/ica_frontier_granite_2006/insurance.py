"""13.1 Insurance Carrier carries: the insurer's rating and each coverage's minimum.

"Such coverage will be provided through an insurance provider with an A.M. Best financial rating of
"A" VIII or better. Frontier shall be named as an additional insured on all applicable policies ...
except for Workers' Compensation." (i) Commercial General Liability "$1 ,000 000."; (ii) Business
Automobile Liability "$1 ,000,000."; (iii) Employer's Liability "$500 000 each accident"; (iv) Excess
Liability "$10 000 000"; (vi) the insurers "will give the Licensor at least thirty (30) days advance
written notice of any material change to, and/or cancellation". Workers' Compensation carries
statutory limits and Property insurance the replacement cost, neither a sum the agreement prints.
"""

from __future__ import annotations

from decimal import Decimal

from ratecert_reference.ica_frontier_granite_2006.records import InsurancePolicy

MINIMUM = {"commercial-general-liability": Decimal(1_000_000), "business-automobile-liability": Decimal(1_000_000),
           "employers-liability": Decimal(500_000), "excess-liability": Decimal(10_000_000)}
BEST_ORDER = ("A++", "A+", "A", "A-", "B++", "B+", "B", "B-", "C++", "C+", "C", "C-", "D", "E", "F")
MINIMUM_RATING, MINIMUM_SIZE = "A", 8
NOTICE_DAYS = 30


def rated_well_enough(rating: str, size: int) -> bool:
    """13.1: "A" VIII or better: a rating of A or above and a size category of VIII or above."""
    return rating in BEST_ORDER and BEST_ORDER.index(rating) <= BEST_ORDER.index(MINIMUM_RATING) and size >= MINIMUM_SIZE


def compliant(policy: InsurancePolicy) -> bool:
    """13.1: each coverage's minimum, Frontier additionally insured (but on Workers' Compensation),
    the insurer's rating, and thirty days' notice of a material change or cancellation."""
    minimum = MINIMUM.get(policy.coverage)
    limit_ok = minimum is None or (policy.limit is not None and policy.limit >= minimum)
    insured_ok = policy.coverage == "workers-compensation" or policy.frontier_additional_insured
    return (limit_ok and insured_ok and rated_well_enough(policy.best_rating, policy.best_size)
            and policy.cancellation_notice_days >= NOTICE_DAYS)
