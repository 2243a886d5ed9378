"""Finds and reads the data files shipped with the package (schemas, codelists, catalogues).

In an installed package they live in ``inspection_schema/schemas``; in a source
checkout, in the top-level ``schemas/`` folder. Nothing here touches the network. The
folder is found from this module's own path (the package is installed as files), which
spares every command the import of ``importlib.resources``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parents[1]


@cache
def schemas_dir() -> Path:
    """The folder holding the schemas, codelists and catalogues."""
    installed = _PACKAGE / "schemas"
    if installed.is_dir():
        return installed
    checkout = _PACKAGE.parents[1] / "schemas"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("the package's schemas folder is missing: reinstall inspection-schema")


@cache
def load_json(relative: str) -> Any:
    """Read one JSON data file, by its path relative to the schemas folder."""
    with (schemas_dir() / relative).open("rb") as handle:
        return json.load(handle)
