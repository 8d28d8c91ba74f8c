"""ratecert: rules-as-code compliance tests for telecom billing.

The package holds the framework (spec loading, the case/bill contract, adapters to systems under
test, the pytest plugin that turns checks into verdicts, the run log and its renderers, the CLI).
The reference billing core lives in the sibling package `reference`.
"""

__version__ = "0.1.0"
