"""Where shipped data lives: inside the installed package, or in a checkout of ratecert.

A wheel carries the protocol schemas, the report templates and each pack's spec, features and
properties inside its packages (pyproject.toml maps the design card's top-level folders there). A
checkout - an editable install - keeps them in those top-level folders. Everything is found from the
package's own location, never from the working directory, so ratecert runs the same from any folder.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


class NotOnDisk(Exception):
    """A package installed in a form pytest cannot collect from (a zip)."""


def package_folder(package: str) -> Path:
    """The folder of an installed package, as a real path: pytest collects features and properties
    from files, so packages must be installed unpacked (every wheel installer does)."""
    folder = files(package)
    if not isinstance(folder, Path):
        raise NotOnDisk(f"{package}: installed as {type(folder).__name__}, not as files on disk; "
                        "reinstall it unpacked (pip install)")
    return folder


def shipped(package: str, inside: str, checkout: str) -> Path:
    """`<package>/<inside>` when installed from a wheel, else `<checkout root>/<checkout>` - the
    checkout root being the folder above the package's own (the repository of an editable install)."""
    here = package_folder(package)
    installed = here / inside
    return installed if installed.is_dir() else here.parent / checkout


def schemas() -> Path:
    """The protocol's JSON Schemas (the checkout's spec/schema/)."""
    return shipped("ratecert", "schemas", "spec/schema")


def templates() -> Path:
    """The jinja2 report templates (the checkout's reports/templates/)."""
    return shipped("ratecert", "templates", "reports/templates")
