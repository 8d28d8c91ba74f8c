"""Binds every scenario of this folder to pytest, with the access-catalog-3 pack's step vocabulary."""

from pathlib import Path

import pytest
from pytest_bdd import scenarios

from ratecert_reference.access_catalog_3.steps import *  # noqa: F403 - the document's steps (and the shared ones)

pytestmark = pytest.mark.document("access-catalog-3")

scenarios(".", features_base_dir=Path(__file__).parent)
