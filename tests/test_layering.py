"""The package's layering: which package may import which (see CONTRIBUTING.md).

The data's path runs upward: ``spec`` (the schemas' data) → ``model`` → ``rules`` →
``validate`` → ``extract`` / ``conformance``; ``reading`` (opening and reading input files
safely) sits below every part that reads input files (``tables`` and ``outcomes`` among
them); ``tables`` (reports as spreadsheets) sits on ``spec`` and is read by ``validate``'s
spreadsheet input; ``testing`` is test support and
``cli`` the commands. Every import of a module of ``src/`` (lazy ones inside functions
included) is read with ``ast`` and checked against :data:`ALLOWED`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import REPO

SRC = REPO / "src"
PACKAGE = "inspection_schema"

ALLOWED: dict[str, set[str]] = {
    "root": set(),
    "bounded_memo": set(),
    "reading": {"reading"},
    "spec": {"spec"},
    "model": {"spec", "model"},
    "validate.findings": {"spec", "bounded_memo"},
    "rules": {"spec", "rules", "validate.findings", "bounded_memo"},
    "validate.schema_check": {"spec", "validate.findings", "validate.schema_check"},
    "validate": {
        "root",
        "reading",
        "spec",
        "rules",
        "outcomes",
        "validate",
        "validate.findings",
        "validate.schema_check",
        "tables",
    },
    "extract": {"root", "reading", "spec", "model", "extract", "validate.schema_check"},
    "conformance": {"spec", "conformance", "validate.findings"},
    "outcomes": {"reading", "spec", "outcomes", "validate.findings"},
    "tables": {"reading", "spec", "tables"},
    "testing": {"spec", "model", "testing"},
    "api": {"spec", "outcomes", "validate", "validate.findings"},
    "cli": {
        "root",
        "reading",
        "spec",
        "model",
        "validate",
        "validate.findings",
        "validate.schema_check",
        "extract",
        "conformance",
        "outcomes",
        "tables",
        "cli",
    },
}
"""For each part of the package, the parts its modules may import."""

_SCHEMA_CHECK = {
    "schema_engines",
    "fast_validator",
    "schema_reach",
    "schema_findings",
    "did_you_mean",
}
"""The modules of validate that check a document against the schema alone (no rules)."""


def _part(module: str) -> str:
    """The layer a module of the package belongs to."""
    names = module.split(".")[1:]
    if not names or names[0] in {"__init__", "__version__"}:
        return "root"
    if names[0] == "validate" and len(names) > 1:
        if names[1] == "findings":
            return "validate.findings"
        if names[1] in _SCHEMA_CHECK:
            return "validate.schema_check"
    return names[0]


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted((SRC / PACKAGE).rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        yield ".".join(parts), path


def _imports(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def _package_imports(path: Path) -> set[str]:
    found = set()
    for name in _imports(path):
        if name == PACKAGE or name.startswith(PACKAGE + "."):
            found.add(name)
    return found


MODULES = list(_modules())


@pytest.mark.parametrize(("module", "path"), MODULES, ids=[m for m, _ in MODULES])
def test_each_module_imports_only_the_layers_below_it(module: str, path: Path) -> None:
    own = _part(module)
    if module.endswith("__main__"):
        return  # an entry point runs a command: it may import cli
    wrong = sorted(
        name for name in _package_imports(path) if _part(name) not in ALLOWED[own] | {own}
    )
    assert wrong == [], f"{module} ({own}) may import only {sorted(ALLOWED[own])}"


def test_nothing_outside_testing_imports_testing() -> None:
    importers = {
        module
        for module, path in MODULES
        if _part(module) != "testing"
        and any(_part(name) == "testing" for name in _package_imports(path))
    }
    assert importers == set()


def test_cli_is_imported_only_by_entry_points() -> None:
    importers = {
        module
        for module, path in MODULES
        if _part(module) != "cli" and any(_part(name) == "cli" for name in _package_imports(path))
    }
    assert all(module.endswith("__main__") for module in importers), importers


def test_validate_never_imports_extract_and_spec_imports_nothing_above_it() -> None:
    for module, path in MODULES:
        parts = {_part(name) for name in _package_imports(path)}
        if _part(module).startswith("validate"):
            assert "extract" not in parts, module
        if _part(module) == "spec":
            assert parts <= {"spec"}, module


def test_the_check_sees_a_wrong_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text(
        "from inspection_schema.extract.api import extract_path\n"
        "def f():\n    import inspection_schema.testing.strategies\n",
        encoding="utf-8",
    )
    parts = {_part(name) for name in _package_imports(module)}
    assert {"extract", "testing"} <= parts
    assert not parts <= ALLOWED["spec"]
