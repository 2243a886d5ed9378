"""The ``testing`` extra is optional: without hypothesis and reportlab, the rest imports."""

from __future__ import annotations

import subprocess
import sys
import textwrap

_IMPORT_ALL_WITHOUT_THE_EXTRA = textwrap.dedent(
    """
    import importlib
    import importlib.abc
    import pkgutil
    import sys

    class Refuse(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in {"hypothesis", "reportlab"}:
                raise ImportError(f"{name} is not installed")
            return None

    sys.meta_path.insert(0, Refuse())
    import inspection_schema

    imported = []
    for module in pkgutil.walk_packages(inspection_schema.__path__, "inspection_schema."):
        name = module.name
        if name.startswith("inspection_schema.testing") or name.endswith("__main__"):
            continue
        importlib.import_module(name)
        imported.append(name)
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in {"hypothesis", "reportlab"})
    print(len(imported), leaked)
    """
)


def test_everything_outside_testing_imports_without_the_testing_extra() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL_WITHOUT_THE_EXTRA],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    count, leaked = result.stdout.split(" ", 1)
    assert int(count) > 40
    assert leaked.strip() == "[]"


def test_the_testing_package_needs_hypothesis() -> None:
    refuse = _IMPORT_ALL_WITHOUT_THE_EXTRA.split("import inspection_schema")[0]
    result = subprocess.run(
        [sys.executable, "-c", refuse + "import inspection_schema.testing.strategies\n"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "hypothesis is not installed" in result.stderr
