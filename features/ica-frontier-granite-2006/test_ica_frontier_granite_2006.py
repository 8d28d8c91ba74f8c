"""Binds every scenario of this folder to pytest, with the ica-frontier-granite-2006 pack's step vocabulary."""

from pathlib import Path

import pytest
from pytest_bdd import scenarios

from ratecert_reference.ica_frontier_granite_2006.steps import *  # noqa: F403 - the document's steps (and the shared ones)

pytestmark = pytest.mark.document("ica-frontier-granite-2006")

scenarios(".", features_base_dir=Path(__file__).parent)
