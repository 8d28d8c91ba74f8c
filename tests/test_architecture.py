"""The dependency arrow points from packs to the framework only: `ratecert` imports no pack and
nothing of the reference; packs never import each other. Checked on the source (every import
statement, wherever it stands) and on a fresh interpreter that imports every framework module."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import ratecert
from ratecert.packs import discover

FRAMEWORK = Path(ratecert.__file__).parent


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_framework_imports_no_pack():
    offending = {f"{path.relative_to(FRAMEWORK.parent)}: {name}"
                 for path in FRAMEWORK.rglob("*.py") for name in _imports(path)
                 if name.split(".")[0] in ("ratecert_reference", "reference")}
    assert not offending, sorted(offending)


def test_importing_every_framework_module_loads_no_pack():
    modules = [m.name for m in pkgutil.walk_packages([str(FRAMEWORK)], "ratecert.") if not m.name.endswith("__main__")]
    script = ("import importlib, sys\n"
              f"for name in {modules!r}: importlib.import_module(name)\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] == 'ratecert_reference'))")
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]", loaded.stdout


def test_packs_never_import_each_other():
    packages = {pack.id: pack.render.__module__.rsplit(".", 1)[0] for pack in discover().values()}
    for document, package in packages.items():
        folder = Path(sys.modules[package].__file__).parent
        others = {p for d, p in packages.items() if d != document}
        offending = {f"{path.name}: {name}" for path in folder.rglob("*.py") for name in _imports(path)
                     if any(name == other or name.startswith(other + ".") for other in others)}
        assert not offending, (document, sorted(offending))
