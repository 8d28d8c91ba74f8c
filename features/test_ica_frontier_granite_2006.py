"""Binds every scenario of features/ica-frontier-granite-2006/ to pytest (steps: features/steps/)."""

from pytest_bdd import scenarios

scenarios("ica-frontier-granite-2006")
