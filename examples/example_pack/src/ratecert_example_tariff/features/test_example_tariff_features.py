"""Binds the scenarios of this folder to pytest, with the pack's step vocabulary."""

from pathlib import Path

import pytest
from pytest_bdd import scenarios

from ratecert_example_tariff.steps import *  # noqa: F403 - the document's steps (and the shared ones)

pytestmark = pytest.mark.document("example-tariff-1")

scenarios(".", features_base_dir=Path(__file__).parent)
