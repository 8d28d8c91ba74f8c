"""Binds every scenario of this folder to pytest, with the dc-power-v12 pack's step vocabulary."""

from pathlib import Path

import pytest
from pytest_bdd import scenarios

from ratecert_reference.dc_power_v12.steps import *  # noqa: F403 - the document's steps (and the shared ones)

pytestmark = pytest.mark.document("dc-power-v12")

scenarios(".", features_base_dir=Path(__file__).parent)
