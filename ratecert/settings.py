"""A certification's settings, kept where users keep them: `[tool.ratecert]` in the vendor's
`pyproject.toml`, or a `ratecert.toml` (its top level), found from a folder upward. Command-line
flags override the file; relative paths in the file are relative to the file's folder.

    [tool.ratecert]
    sut = "cmd:./bin/billing --protocol"
    sut-timeout = 10
    documents = ["access-catalog-3"]
    readings = { late-factor-compounding = "compound" }
    waivers = "ratecert/waivers.yaml"
    out = "build/ratecert"
    validate-protocol = true
    counterexamples = "ratecert/counterexamples"
    budget = { examples = 20, seconds = 30 }   # a slow SUT: per property (the flag: --budget examples=20,seconds=30)

An unknown key or a value of the wrong kind stops the run with the file and the key named.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

CONFIG_FILES = ("ratecert.toml", "pyproject.toml")


class ConfigError(ValueError):
    """A configuration file ratecert cannot use: the message names the file and the key."""


class Budget(BaseModel):
    """The example budget of a slow SUT's properties: at most `examples` generated examples each
    (hypothesis's `max_examples`, never above the profile's) and no example begun after `seconds` of
    a property's time, its shrinking included (a cap on the whole property, not hypothesis's
    per-example deadline). Scenarios are never cut; a fast SUT under the budget's time runs the
    profile's examples unchanged. Every verdict the budget cut says so."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    examples: int | None = Field(None, ge=1, le=100_000, description="generated examples per property, at most")
    seconds: float | None = Field(None, gt=0, le=86_400, description="seconds per property before no new example begins")

    @staticmethod
    def parse(text: str) -> dict[str, str]:
        """`examples=20,seconds=30` (the flag's form) as the table's keys; a part without `=` is refused."""
        parts = [part.strip() for part in text.split(",") if part.strip()]
        malformed = [part for part in parts if "=" not in part]
        if malformed or not parts:
            raise ConfigError(f"--budget {text!r}: expected examples=N,seconds=S (either or both)")
        return {key.strip(): value.strip() for key, _, value in (part.partition("=") for part in parts)}

    def flag(self) -> str:
        """The budget as the flag writes it, for the pytest run `ratecert certify` starts."""
        return ",".join(f"{key}={value}" for key, value in self.model_dump(exclude_none=True).items())

    def describe(self) -> str:
        """'at most 20 examples and 30 s per property'."""
        limits = ([f"at most {self.examples} examples"] if self.examples else []) + \
            ([f"{self.seconds:g} s"] if self.seconds else [])
        return " and ".join(limits) + " per property"


class Settings(BaseModel):
    """What a certification runs against and where it writes."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    sut: str = Field("reference", description="the system under test (reference, py:..., ep:..., cmd:..., http://...)")
    sut_timeout: float = Field(10.0, alias="sut-timeout", gt=0, le=3600, description="seconds a SUT may take per case")
    documents: tuple[str, ...] | None = Field(None, description="the documents certified (default: every installed pack)")
    readings: dict[str, str] = Field(default_factory=dict,
                                     description="interpretation readings the SUT uses, for a SUT that cannot declare "
                                                 "them in its start reply; they must agree with any it declares")
    waivers: Path | None = None
    out: Path = Path("out")
    validate_protocol: bool = Field(False, alias="validate-protocol")
    counterexamples: Path | None = Field(None, description="a folder of promoted counterexamples, <document>/*.json")
    profile: Literal["certification", "exploratory"] = "certification"
    jobs: int = Field(1, ge=1, le=64, description="SUT processes checked in parallel")
    budget: Budget | None = Field(None, description="the example budget of a slow SUT's properties (default: the "
                                                    "profile's examples, no time cap)")
    source: Path | None = Field(None, exclude=True, description="the file these settings came from")


def find_config(start: Path) -> Path | None:
    """The nearest ratecert.toml, or pyproject.toml with a [tool.ratecert] table, from `start` upward."""
    for folder in (start.resolve(), *start.resolve().parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name == "ratecert.toml" or "ratecert" in _table(candidate, tool_only=True)):
                return candidate
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read it: {exc}") from None


def _table(path: Path, tool_only: bool = False) -> dict[str, Any]:
    data = _read(path)
    if path.name == "pyproject.toml" or tool_only:
        tool = data.get("tool", {})
        return tool if tool_only else tool.get("ratecert", {})
    return data


def load_settings(start: Path, overrides: dict[str, Any] | None = None, config: Path | str | None = None) -> Settings:
    """The settings of a run started in `start`: the config file's (`config`, else the one found from
    `start` upward; "none": no file), then `overrides` (the flags given)."""
    if config == "none":
        path = None
    elif config is not None:
        path = Path(config)
        if not path.is_file():
            raise ConfigError(f"{path}: no such configuration file")
    else:
        path = find_config(start)
    values: dict[str, Any] = {}
    if path is not None:
        table = _table(path)
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.ratecert] must be a table")
        values = {key.replace("_", "-"): value for key, value in table.items()}
        for key in ("waivers", "out", "counterexamples"):
            if isinstance(values.get(key), str):
                values[key] = path.parent / values[key]
    values.update({key.replace("_", "-"): value for key, value in (overrides or {}).items() if value is not None})
    if isinstance(values.get("budget"), str):
        values["budget"] = Budget.parse(values["budget"])
    try:
        return Settings.model_validate({**values, "source": path})
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "(table)"
        where = f"{path} [tool.ratecert]" if path and path.name == "pyproject.toml" else str(path or "the flags")
        raise ConfigError(f"{where}: {key}: {err['msg']}") from None
