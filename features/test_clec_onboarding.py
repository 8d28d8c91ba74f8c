"""Binds every scenario of features/clec-onboarding/ to pytest (steps: features/steps/)."""

from pytest_bdd import scenarios

scenarios("clec-onboarding")
