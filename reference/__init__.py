"""The reference implementation of the rating and billing core of every document in spec/.

Pure functions over typed values, exact Decimal money, one module per clause group, each function
naming its clause and quoting the operative words. `render_bill(case, terms)` assembles a catalog bill,
`render_case(case, pixit)` the bill of whichever document the case names;
`terms_for(pixit)` builds the terms in force (document, readings, PIXIT values) for a SUT.
The reference is a SUT like any other (the default one) and the oracle of differential properties.
"""

from reference.billing import render_bill
from reference.documents import render_case
from reference.terms import Terms, terms_for

__all__ = ["Terms", "render_bill", "render_case", "terms_for"]
