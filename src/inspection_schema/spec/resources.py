"""Finds and reads the data files shipped with the package (schemas, codelists, catalogues).

In an installed package they live in ``inspection_schema/schemas``; in a source
checkout, in the top-level ``schemas/`` folder. Nothing here touches the network.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


@cache
def schemas_dir() -> Path:
    """The folder holding the schemas, codelists and catalogues."""
    installed = Path(str(resources.files("inspection_schema"))) / "schemas"
    if installed.is_dir():
        return installed
    checkout = Path(__file__).resolve().parents[3] / "schemas"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("the package's schemas folder is missing: reinstall inspection-schema")


@cache
def load_json(relative: str) -> Any:
    """Read one JSON data file, by its path relative to the schemas folder."""
    with (schemas_dir() / relative).open("rb") as handle:
        return json.load(handle)
