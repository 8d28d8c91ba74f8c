"""Shared helpers of the framework's own tests: run `ratecert certify` as a real subprocess."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from tests.unshrunk_profile import UNSHRUNK

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Certification:
    exit_code: int
    stdout: str
    header: dict[str, Any]
    events: list[dict[str, Any]]
    footer: dict[str, Any] | None
    out: Path
    seconds: float = 0.0

    def verdicts(self, verdict: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["verdict"] == verdict]


def certify(sut: str, out: Path, *extra: str, timeout: float = 600, env: dict[str, str] | None = None,
            memory_limit: int | None = None, shrink: bool = False) -> Certification:
    """`ratecert certify` as a real process; `memory_limit` bounds its address space (and its SUT's)
    with RLIMIT_AS, so a run that would balloon dies instead of taking the machine. Unless `shrink`,
    properties run in the unshrunk profile: these tests read verdicts and clauses, which a failure
    has before it is shrunk, and shrinking through an idle or broken system costs minutes a run."""
    if not shrink and not any(arg.startswith("--hypothesis-profile") for arg in extra):
        extra = (*extra, *([] if "--" in extra else ["--"]), *UNSHRUNK)
    def limited() -> None:
        if memory_limit is not None:
            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))

    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "ratecert", "certify", "--sut", sut, "--out", str(out), *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, preexec_fn=limited)
    return _read(out, proc.returncode, proc.stdout + proc.stderr, time.monotonic() - started)


def _read(out: Path, exit_code: int, stdout: str, seconds: float) -> Certification:
    records = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines() if line.strip()] \
        if (out / "results.jsonl").exists() else []
    return Certification(
        exit_code=exit_code, stdout=stdout,
        header=next((r for r in records if r["type"] == "header"), {}),
        events=[r for r in records if r["type"] == "verdict"],
        footer=next((r for r in records if r["type"] == "footer"), None), out=out, seconds=seconds)


def generated_cases(document: str, examples: int) -> list[object]:
    """Cases of every strategy the document's reference module offers without arguments (`examples`
    derandomized draws of each): a sample of what the properties send, for tests of the machinery
    that reads cases."""
    import importlib
    import inspect

    from hypothesis.strategies import SearchStrategy

    from ratecert.case import CaseBase
    from ratecert.packs import discover
    from ratecert.strategies import drawn

    module = importlib.import_module(discover()[document].case_model.__module__.rsplit(".", 1)[0] + ".strategies")
    cases: list[object] = []
    for name, function in sorted(vars(module).items()):
        if name.startswith("_") or not inspect.isfunction(function) or function.__module__ != module.__name__:
            continue
        try:
            strategy = function()
        except TypeError:   # needs arguments: drawn through the strategies that pass them
            continue
        if isinstance(strategy, SearchStrategy):
            for value in drawn(strategy, examples):
                cases += [c for c in (value if isinstance(value, tuple) else (value,)) if isinstance(c, CaseBase)]
    return cases


@contextmanager
def _once(factory: pytest.TempPathFactory, name: str) -> Iterator[tuple[Path, bool]]:
    """A folder of this session that every xdist worker shares, held exclusively: (folder, made
    already). The first worker to get it makes what is in it; the others wait and read it - a
    full certification costs minutes, and two workers need not each pay them."""
    base = factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = shared / "once" / hashlib.sha256(name.encode()).hexdigest()[:16]
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / ".lock").open("w") as lock:
        asked = time.perf_counter()
        fcntl.flock(lock, fcntl.LOCK_EX)
        made = (folder / "made").exists()
        with (shared / "once" / "waits.jsonl").open("a") as waits:
            waits.write(json.dumps({"name": name, "worker": os.environ.get("PYTEST_XDIST_WORKER", "main"),
                                    "waited": round(time.perf_counter() - asked, 2), "made": made}) + "\n")
        try:
            yield folder, made
            (folder / "made").touch()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


_PYCACHE = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    """Bytecode for every Python process the tests start, kept for the session in a folder of its
    own (PYTHONPYCACHEPREFIX), never beside the sources. The suite starts some two hundred processes
    - certifications, their SUTs, installed tools - each importing ratecert, its packs and the test
    modules; where PYTHONDONTWRITEBYTECODE is set (this project's machines set it), each compiled
    every one of those modules from source again: about 0.6 s of CPU of a narrow certification's
    3.8 s. Set here, in the controller, before the xdist workers start: they and every process
    they start inherit it."""
    if "PYTEST_XDIST_WORKER" in os.environ or "PYTHONPYCACHEPREFIX" in os.environ:
        return
    import tempfile

    folder = tempfile.mkdtemp(prefix="ratecert-tests-bytecode-")
    config.stash[_PYCACHE] = folder
    os.environ["PYTHONPYCACHEPREFIX"] = folder
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def pytest_unconfigure(config: pytest.Config) -> None:
    import shutil

    folder = config.stash.get(_PYCACHE, None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop("PYTHONPYCACHEPREFIX", None)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """How long test workers sat idle waiting for a shared run another worker was making: the
    suite's wall time on two cores is its CPU time over two plus these waits, so they are the first
    thing to cut (issue 21)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    factory = getattr(config, "_tmp_path_factory", None)
    log = factory.getbasetemp() / "once" / "waits.jsonl" if factory else None
    if log is None or not log.exists():
        return
    waits = [json.loads(line) for line in log.read_text().splitlines()]
    idle = [w for w in waits if w["made"] and w["waited"] >= 1]
    if idle:
        terminalreporter.write_line(f"shared runs: workers waited {sum(w['waited'] for w in idle):.0f} s in all: "
                                    + ", ".join(f"{w['worker']} {w['waited']:.0f} s for {w['name']}" for w in idle))


@pytest.fixture
def run_certify(tmp_path: Path):  # type: ignore[no-untyped-def]
    return lambda sut, *extra: certify(sut, tmp_path / "out", *extra)


@pytest.fixture(scope="session")
def certifier_keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An Ed25519 key pair made by `ratecert keygen`: the path without suffix (.key and .pub beside it)."""
    with _once(tmp_path_factory, "certifier keys") as (folder, made):
        keys = folder / "certifier"
        if not made:
            run = subprocess.run([sys.executable, "-m", "ratecert", "keygen", str(keys)], cwd=ROOT,
                                 capture_output=True, text=True)
            assert run.returncode == 0, run.stderr
    return keys


@pytest.fixture(scope="session")
def certified(tmp_path_factory: pytest.TempPathFactory, certifier_keys: Path) -> Callable[[str], Certification]:
    """The whole suite certified against a SUT, once per session and signed by "Test Lab": a full
    certification is the costliest step of these tests, and the conformance, report, certificate
    and replay tests read the same run, in whichever worker they run. Tests only read it; one that
    changes outputs copies them. The reference's run also counts the readings each generated case
    tells apart (--ratecert-reach, which changes no verdict): tests/test_generator_reach.py reads
    it instead of certifying the reference's properties again."""
    runs: dict[str, Certification] = {}

    def run(sut: str) -> Certification:
        if sut not in runs:
            with _once(tmp_path_factory, f"certified {sut}") as (folder, made):
                if made:
                    said = json.loads((folder / "run.json").read_text())
                    runs[sut] = _read(folder / "out", said["exit_code"], said["stdout"], said["seconds"])
                else:
                    reach = ("--", "--ratecert-reach") if sut == "reference" else ()
                    runs[sut] = certify(sut, folder / "out", "--sign-key", str(certifier_keys.with_suffix(".key")),
                                        "--certifier", "Test Lab", *reach)
                    (folder / "run.json").write_text(json.dumps({"exit_code": runs[sut].exit_code, "stdout":
                                                                 runs[sut].stdout, "seconds": runs[sut].seconds}))
        return runs[sut]

    return run


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this checkout, built once per session for every worker, from a copy of it: a
    build writes build/ and *.egg-info into its source folder."""
    import shutil

    with _once(tmp_path_factory, "wheel") as (folder, made):
        if not made:
            source = folder / "source" / "ratecert"
            shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", "build", "dist", "out", "*.egg-info",
                                                                         "__pycache__", ".hypothesis", ".pytest_cache"))
            subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(folder / "dist"),
                            str(source)], check=True, capture_output=True)
        [built] = (folder / "dist").glob("ratecert-*.whl")
    return built


@pytest.fixture(scope="session")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin/ folder of a fresh virtualenv holding the wheel and its dependencies, nothing else:
    made once per session for every worker (an install is half a minute of CPU); tests only run
    what it holds."""
    with _once(tmp_path_factory, "installed venv") as (folder, made):
        venv = folder / "venv"
        if not made:
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            started = time.perf_counter()
            subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)], check=True,
                           capture_output=True)
            print(f"installed {wheel.name} ({wheel.stat().st_size // 1024} KiB) in {time.perf_counter() - started:.1f} s")
    return venv / "bin"


pytest_plugins = ["pytester"]
