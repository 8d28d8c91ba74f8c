"""The loaded spec, kept between processes: parsing and validating the YAML of four documents
takes about 0.4 s, unpickling the result about 3 ms. A command that starts often (`ratecert audit`
on a small file) loads it from here.

The cache file is named by the spec's digest (every YAML file's path and bytes) and by the bytes
of the model and loader code, so an edit to either is a different file and a stale spec is never
read. It lives in $RATECERT_CACHE, else $XDG_CACHE_HOME/ratecert, else ~/.cache/ratecert, in a
folder only its owner can write; a cache that cannot be written or read is simply not used.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from ratecert.spec.loader import load_spec, spec_digest, spec_folders
from ratecert.spec.model import Spec

_CODE = [Path(__file__).with_name(name) for name in ("model.py", "loader.py", "located_yaml.py")]


def cache_folder() -> Path:
    if folder := os.environ.get("RATECERT_CACHE"):
        return Path(folder)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ratecert"


def _fingerprint(folders: dict[str, Path]) -> str:
    import pydantic

    code = hashlib.sha256(pydantic.VERSION.encode())
    for path in _CODE:
        code.update(path.read_bytes())
    return f"{spec_digest(folders)[:32]}-{code.hexdigest()[:16]}"


def cached_spec(spec_dir: Path | None = None) -> Spec:
    """`load_spec(spec_dir)` (default: every installed pack's), from the cache when an identical spec
    was loaded before."""
    folder = cache_folder()
    path = folder / f"spec-{_fingerprint(spec_folders(spec_dir))}.pickle"
    try:
        with path.open("rb") as handle:
            spec = pickle.load(handle)
        if isinstance(spec, Spec):
            return spec
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    spec = load_spec(spec_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".spec-", delete=False) as handle:
            pickle.dump(spec, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except OSError:
        pass
    return spec
