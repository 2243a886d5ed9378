"""Validation and extraction never touch the network; an external $ref fails loudly instead."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from inspection_schema.spec import registry as registry_module
from inspection_schema.spec.registry import (
    NetworkRetrievalRefused,
    fast_registry,
    refuse_retrieval,
    registry,
)
from inspection_schema.spec.versions import supported_versions
from inspection_schema.validate import fast_validator, schema_engines
from inspection_schema.validate.checker import validate
from tests.support import EXAMPLES, REPO, REPORTS, load_example

EXTERNAL_REF = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {"urn": {"$ref": "https://example.org/schemas/urn.json"}},
}


class NetworkUsed(AssertionError):
    """Raised by the patched socket functions."""


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Block the network: every connection attempt is recorded and raises."""
    seen: list[Any] = []

    def refuse(*args: Any, **_kwargs: Any) -> Any:
        seen.append(args)
        raise NetworkUsed(f"network used: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return seen


@pytest.fixture
def cold_caches() -> Iterator[None]:
    """Build the registries and validators afresh, inside the test."""
    caches = (
        registry_module.shipped_schemas,
        registry_module.registry,
        registry_module.fast_registry,
        fast_validator.fast_validator,
        schema_engines._reference_validator,  # noqa: SLF001 - built afresh inside the test
    )
    for cached in caches:
        cached.cache_clear()
    yield
    for cached in caches:
        cached.cache_clear()


@pytest.mark.usefixtures("cold_caches")
@pytest.mark.parametrize("engine", ["fast", "reference"])
def test_validation_works_with_the_network_blocked(engine: str, attempts: list[Any]) -> None:
    for path in EXAMPLES:
        for version in supported_versions():
            assert validate(load_example(path), version, engine) == []  # type: ignore[arg-type]
    assert attempts == []


def test_the_registry_holds_every_shipped_schema_under_its_id() -> None:
    schemas_folder = REPO / "schemas"
    expected = {
        json.loads(path.read_text(encoding="utf-8"))["$id"]
        for path in schemas_folder.rglob("*.schema.json")
    }
    assert {f"urn:inspection-schema:report:{v}" for v in supported_versions()} <= expected
    for schema_id in expected:
        assert registry().contents(schema_id)["$id"] == schema_id
    assert registry().contents("https://json-schema.org/draft/2020-12/schema")


@pytest.mark.usefixtures("cold_caches")
def test_an_unknown_uri_fails_loudly_in_the_registry(attempts: list[Any]) -> None:
    with pytest.raises(NetworkRetrievalRefused, match="never fetches schemas over the network"):
        refuse_retrieval("https://example.org/schemas/urn.json")
    from referencing.exceptions import Unretrievable

    with pytest.raises(Unretrievable) as raised:
        registry().get_or_retrieve("https://example.org/schemas/urn.json")
    assert "never fetches" in str(raised.value.__cause__)
    assert attempts == []


@pytest.mark.usefixtures("cold_caches")
def test_an_external_ref_fails_loudly_in_the_reference_engine(attempts: list[Any]) -> None:
    from jsonschema import Draft202012Validator
    from referencing.exceptions import Unresolvable

    validator = Draft202012Validator(EXTERNAL_REF, registry=registry())
    with pytest.raises(Unresolvable) as raised:
        list(validator.iter_errors({"urn": "2515609"}))
    chain: list[BaseException] = []
    error: BaseException | None = raised.value
    while error is not None:
        chain.append(error)
        error = error.__cause__ or error.__context__
    assert any(isinstance(e, NetworkRetrievalRefused) for e in chain), chain
    assert any("https://example.org/schemas/urn.json" in str(e) for e in chain)
    assert attempts == []


@pytest.mark.usefixtures("cold_caches")
def test_an_external_ref_fails_loudly_in_the_fast_engine(attempts: list[Any]) -> None:
    import jsonschema_rs

    with pytest.raises(jsonschema_rs.ValidationError) as raised:
        jsonschema_rs.validator_for(
            EXTERNAL_REF, registry=fast_registry(), retriever=refuse_retrieval
        )
    assert "never fetches schemas over the network" in str(raised.value)
    assert "https://example.org/schemas/urn.json" in str(raised.value)
    assert attempts == []


# Whole programs, in a fresh interpreter with the network blocked

_BLOCKER = textwrap.dedent(
    """
    import os, socket

    def _refuse(*args, **kwargs):
        with open(os.environ["NETWORK_ATTEMPTS"], "a", encoding="utf-8") as log:
            log.write(repr(args) + "\\n")
        raise OSError("network blocked by test_offline")

    socket.socket.connect = _refuse
    socket.socket.connect_ex = _refuse
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse
    """
)


def _command(name: str, module: str) -> list[str]:
    script = Path(sys.executable).with_name(name)
    return [str(script)] if script.is_file() else [sys.executable, "-m", module]


def _run_offline(
    tmp_path: Path, command: list[str]
) -> tuple[subprocess.CompletedProcess[str], str]:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(_BLOCKER, encoding="utf-8")
    log = tmp_path / "attempts.log"
    log.touch()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")])),
        "NETWORK_ATTEMPTS": str(log),
    }
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, check=False
    )
    return result, log.read_text(encoding="utf-8")


def test_the_blocker_blocks(tmp_path: Path) -> None:
    code = "import socket; socket.create_connection(('example.org', 80))"
    result, attempts = _run_offline(tmp_path, [sys.executable, "-c", code])
    assert result.returncode != 0
    assert "network blocked by test_offline" in result.stderr
    assert attempts


@pytest.mark.parametrize("version", supported_versions())
def test_validate_report_runs_offline(tmp_path: Path, version: str) -> None:
    command = _command("validate-report", "inspection_schema.cli.validate")
    for engine in ("fast", "reference"):
        args = [*command, "--engine", engine, "--schema-version", version, *map(str, EXAMPLES)]
        result, attempts = _run_offline(tmp_path, args)
        assert result.returncode == 0, result.stdout + result.stderr
        assert attempts == ""


def test_extract_report_runs_offline(tmp_path: Path) -> None:
    reports = sorted(REPORTS.glob("*.txt"))
    assert reports, f"no reports in {REPORTS}"
    command = _command("extract-report", "inspection_schema.cli.extract")
    for report in reports:
        out = tmp_path / f"{report.stem}.json"
        result, attempts = _run_offline(tmp_path, [*command, str(report), "-o", str(out)])
        assert result.returncode == 0, result.stdout + result.stderr
        assert attempts == ""
        assert json.loads(out.read_text(encoding="utf-8"))["urn"] == report.stem.split("-")[0]
