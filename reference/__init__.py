"""The reference implementation of the Access Catalog's rating and billing core.

Pure functions over typed values, exact Decimal money, one module per clause group, each function
naming its clause and quoting the operative words. `render_bill(case, terms)` assembles a bill;
`terms_for(pixit)` builds the terms in force (document, readings, PIXIT values) for a SUT.
The reference is a SUT like any other (the default one) and the oracle of differential properties.
"""

from reference.billing import render_bill
from reference.terms import Terms, terms_for

__all__ = ["Terms", "render_bill", "terms_for"]
