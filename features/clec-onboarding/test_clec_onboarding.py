"""Binds every scenario of this folder to pytest, with the clec-onboarding pack's step vocabulary."""

from pathlib import Path

import pytest
from pytest_bdd import scenarios

from ratecert_reference.clec_onboarding.steps import *  # noqa: F403 - the document's steps (and the shared ones)

pytestmark = pytest.mark.document("clec-onboarding")

scenarios(".", features_base_dir=Path(__file__).parent)
