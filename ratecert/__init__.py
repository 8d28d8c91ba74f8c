"""ratecert: rules-as-code compliance tests for telecom billing.

The package holds the framework, which knows no document: document packs (found through the
`ratecert.documents` entry points), spec loading, the case/bill contract, adapters to systems under
test, the pytest plugin that turns checks into verdicts, the run log and its renderers, the CLI.
The bundled documents' packs and the legal machinery they share are the package `ratecert_reference`.
"""

__version__ = "0.2.0"
