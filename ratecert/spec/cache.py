"""The loaded spec, kept between processes: parsing and validating the YAML of four documents
takes about 0.4 s, unpickling the result about 3 ms. A command that starts often (`ratecert audit`
on a small file) loads it from here.

The cache file is named by the spec's digest (every YAML file's path and bytes) and by the bytes
of the model and loader code, so an edit to either is a different file and a stale spec is never
read. It lives in $RATECERT_CACHE, else $XDG_CACHE_HOME/ratecert, else ~/.cache/ratecert, in a
folder only its owner can write; a cache that cannot be written or read is simply not used.

The digest needs the packs' spec folders, and asking a pack for its folder imports it - every
document's models built, a fifth of a second, more than the spec itself costs. So the folders are
remembered too (`pack_spec_folders`), under the entry points that register the packs.

A hit imports neither the YAML loader nor pydantic before the pickle itself brings the models; and
what a caller needs of the spec before it needs the spec - an interpretation's default reading, which
`ratecert audit` measures with while the models load beside it - is kept beside the pickle as JSON
(`interpretation_defaults`), read without unpickling anything.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Callable, TypeVar

from ratecert.spec.digest import spec_digest

if TYPE_CHECKING:
    from ratecert.spec.model import Spec

T = TypeVar("T")

_CODE = [Path(__file__).with_name(name) for name in ("model.py", "loader.py", "located_yaml.py", "digest.py")]


def cache_folder() -> Path:
    if folder := os.environ.get("RATECERT_CACHE"):
        return Path(folder)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ratecert"


def _fingerprint(folders: dict[str, Path]) -> str:
    code = hashlib.sha256(_pydantic_version())
    for path in _CODE:
        code.update(path.read_bytes())
    return f"{spec_digest(folders)[:32]}-{code.hexdigest()[:16]}"


def _pydantic_version() -> bytes:
    """The bytes of pydantic's `version.py` (which holds its VERSION), found without importing
    pydantic: a hit should not pay for the import before the pickle needs it."""
    found = find_spec("pydantic")
    if found is None or not found.origin:
        return b"no pydantic"
    try:
        return Path(found.origin).with_name("version.py").read_bytes()
    except OSError:
        return b"no pydantic version"


def _registrations() -> str:
    """A digest of the installed packs' registrations: each `ratecert.documents` entry point's name
    and value, its distribution's name, version and location, and the size and modification time of
    the module it names (found, not imported) - a pack installed, removed, upgraded, moved or edited
    changes it."""
    from ratecert.packs import GROUP, registered

    parts = []
    for point in sorted(registered(GROUP), key=lambda p: p.name):
        dist = point.dist
        try:
            found = find_spec(point.module)
            origin = Path(found.origin) if found is not None and found.origin else None
            stat = origin.stat() if origin is not None else None
        except (ImportError, ValueError, OSError):
            origin, stat = None, None
        parts.append([point.name, point.value, dist.name if dist else None, dist.version if dist else None,
                      str(dist.locate_file("")) if dist else None, str(origin),
                      [stat.st_size, stat.st_mtime_ns] if stat else None])
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:32]


def pack_spec_folders() -> dict[str, Path]:
    """`spec_folders()` of the installed packs, remembered under their registrations: found once by
    importing the packs, then read back without importing any. A remembered folder that is gone is
    a miss."""
    path = cache_folder() / f"packs-{_registrations()}.json"
    try:
        folders = {document: Path(folder) for document, folder in json.loads(path.read_text()).items()}
        if folders and all(folder.is_dir() for folder in folders.values()):
            return folders
    except (OSError, ValueError, AttributeError, TypeError):
        pass
    from ratecert.spec.loader import spec_folders

    folders = spec_folders()
    write_whole(path, json.dumps({document: str(folder) for document, folder in folders.items()}).encode())
    return folders


@lru_cache(maxsize=8)
def _stem(spec_dir: Path | None) -> Path:
    """The cache files of the spec of `spec_dir` (default: the installed packs'), without suffix."""
    if spec_dir is not None:
        from ratecert.spec.loader import spec_folders

        return cache_folder() / f"spec-{_fingerprint(spec_folders(spec_dir))}"
    return cache_folder() / f"spec-{_fingerprint(pack_spec_folders())}"


@lru_cache(maxsize=8)
def cached_spec(spec_dir: Path | None = None) -> Spec:
    """`parse_spec(spec_dir)` (default: every installed pack's), from the cache when an identical spec
    was loaded before; once per process. The YAML loader is imported only on a miss: a hit needs
    the models alone (the loader and libyaml are 20 ms of a bulk audit's critical path)."""
    from ratecert.spec.model import Spec

    def parsed() -> Spec:
        from ratecert.spec.loader import parse_spec

        return parse_spec(spec_dir)
    return kept(_stem(spec_dir).with_suffix(".pickle").name, parsed, Spec)


def kept(name: str, compute: Callable[[], T], kind: type[T]) -> T:
    """The `kind` pickled under `name` in the cache folder, or `compute()` kept there now. A name must
    say everything its value is computed from (a digest of its inputs), so a kept value is never
    stale; one that is absent, unreadable or not a `kind` is computed again."""
    path = cache_folder() / name
    try:
        with path.open("rb") as handle:
            value = pickle.load(handle)
        if isinstance(value, kind):
            return value
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    value = compute()
    write_whole(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value


def interpretation_defaults(document: str, spec_dir: Path | None = None) -> dict[str, str]:
    """Each interpretation of `document` and its default reading, as `cached_spec(spec_dir)` records
    them - read from a small JSON file kept beside the cached spec (same key), so a caller that needs
    a default before it needs the spec imports no model. A KeyError names a document the spec lacks."""
    path = _stem(spec_dir).with_suffix(".defaults.json")
    try:
        defaults = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(defaults, dict) and all(isinstance(d, dict) for d in defaults.values()):
            return dict(defaults[document])
    except (OSError, ValueError):
        pass
    spec = cached_spec(spec_dir)
    defaults = {doc_id: {iid: i.default for iid, i in doc.interpretations.items()}
                for doc_id, doc in spec.documents.items()}
    write_whole(path, json.dumps(defaults, sort_keys=True).encode())
    return dict(defaults[document])


def write_whole(path: Path, data: bytes) -> None:
    """`data` to `path` whole (written aside, then renamed), or nothing when the cache cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem.split('-')[0]}-", delete=False) as handle:
            handle.write(data)
        os.replace(handle.name, path)
    except OSError:
        pass
