"""The spec's digest, apart from the loader: the cache (`ratecert.spec.cache`) keys by it without
importing the loader's YAML parser and models (pydantic), which a cache hit never needs."""

from __future__ import annotations

import hashlib
from pathlib import Path


def spec_digest(folders: dict[str, Path]) -> str:
    """SHA-256 over every spec data file of every document (its document id, path and bytes), so any
    edit changes the digest. Keyed `<document>/<file>`, as the checkout's spec/ folder lays them out."""
    digest = hashlib.sha256()
    for document, folder in sorted(folders.items()):
        for path in sorted(p for p in folder.rglob("*.yaml") if p.is_file()):
            digest.update(f"{document}/{path.relative_to(folder).as_posix()}".encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()
