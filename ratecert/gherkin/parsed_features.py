"""The packs' feature files, parsed once per change instead of once per process.

pytest-bdd parses every `.feature` file a `scenarios()` call names when the test module that calls
it is imported, and keeps the result for that process only, in `pytest_bdd.feature.features`
(absolute path -> `Feature`). A certification is a fresh process, and the framework's own tests
start a hundred and fifty of them: parsing the four packs' 47 files is about a tenth of a second
each time. `install(folders)` fills pytest-bdd's cache before collection with what an earlier
process parsed - pickled in the cache folder under a digest of pytest-bdd's version, this module
and every file's path and bytes, so an edited, added or removed file is parsed again - and parses
(and keeps) them when nothing matches. A path pytest-bdd asks for that is not primed is parsed by
pytest-bdd as before.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path

_MODULE = "pytest_bdd.feature"


def feature_files(folders: Iterable[Path]) -> list[str]:
    """Every `.feature` file under `folders`, by the absolute path pytest-bdd keys it by."""
    return sorted({os.path.abspath(path) for folder in folders for path in Path(folder).rglob("*.feature")})


def _digest(paths: list[str]) -> str:
    from importlib.metadata import version

    digest = hashlib.sha256(version("pytest-bdd").encode() + b"\0" + Path(__file__).read_bytes())
    for path in paths:
        digest.update(path.encode() + b"\0" + Path(path).read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def parse(paths: list[str]) -> dict[str, object]:
    """Each file parsed as pytest-bdd's `get_feature` parses it (base folder and name)."""
    from pytest_bdd.parser import FeatureParser

    return {path: FeatureParser(os.path.dirname(path), os.path.basename(path)).parse() for path in paths}


def install(folders: Iterable[Path]) -> int:
    """Prime pytest-bdd's feature cache with every feature under `folders`: how many were primed (0
    when this pytest-bdd keeps no such cache, and nothing is changed)."""
    from ratecert.spec.cache import kept

    import pytest_bdd.feature  # noqa: F401 - the module holds the cache

    cache = getattr(sys.modules[_MODULE], "features", None)
    if not isinstance(cache, dict):
        return 0
    paths = feature_files(folders)
    if not paths:
        return 0
    parsed = kept(f"features-{_digest(paths)}.pickle", lambda: parse(paths), dict)
    for path, feature in parsed.items():
        cache.setdefault(path, feature)
    return len(parsed)
