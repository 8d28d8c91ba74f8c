"""Binds every scenario of features/dc-power-v12/ to pytest (steps: features/steps/)."""

from pytest_bdd import scenarios

scenarios("dc-power-v12")
