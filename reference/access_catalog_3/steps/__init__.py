"""The Access Catalog's step vocabulary: every step its features use, in one namespace that the
features' binding module star-imports (the steps every document shares come with it)."""

from ratecert.gherkin.bill_steps import *  # noqa: F403
from ratecert_reference.access_catalog_3.steps.billing import *  # noqa: F403
from ratecert_reference.access_catalog_3.steps.rating import *  # noqa: F403
from ratecert_reference.access_catalog_3.steps.ordering import *  # noqa: F403
from ratecert_reference.access_catalog_3.steps.effective_dates import *  # noqa: F403
from ratecert_reference.access_catalog_3.steps.arrangement import *  # noqa: F403
