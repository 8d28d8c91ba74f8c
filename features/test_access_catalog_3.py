"""Binds every scenario of features/access-catalog-3/ to pytest (steps: features/steps/)."""

from pytest_bdd import scenarios

scenarios("access-catalog-3")
