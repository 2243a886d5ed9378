"""Reading the conformance suite's validation case files, with a clear message for a bad one.

A suite is a folder holding ``case-file.schema.json`` and, per schema version,
``<version>/validation/*.json`` and ``<version>/extraction/*.json``. A validation case file
is checked against that schema before its cases are read, and an instance given by
``instance_file`` must be a readable JSON file; anything else raises
:class:`CaseFileError`, naming the case file, the JSON Pointer of the place and what was
expected there.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from inspection_schema.validate.findings import pointer

CASE_FILE_SCHEMA = "case-file.schema.json"

FindingKey = tuple[str, str]
"""A finding as the suite compares them: ``(code, JSON Pointer)``."""


@dataclass(frozen=True)
class Case:
    """One validation case, with its instance loaded."""

    file: Path
    description: str
    version: str
    instance: Any
    valid: bool
    findings: frozenset[FindingKey]


class CaseFileError(ValueError):
    """A case file that cannot be used: not JSON, not a case file, or a missing instance."""

    def __init__(self, file: Path, pointer: str, expected: str) -> None:
        self.file = file
        self.pointer = pointer
        self.expected = expected
        super().__init__(f"{file}: {pointer or '(whole file)'}: {expected}")


def case_files(suite: Path, version: str, kind: str = "validation") -> list[Path]:
    """The case files of one kind (``validation`` or ``extraction``) for a schema version."""
    return sorted((suite / version / kind).glob("*.json"))


def _read_json(file: Path) -> tuple[Any, str | None]:
    """The file's JSON value, or ``None`` and what was expected of the file instead."""
    try:
        return json.loads(file.read_text(encoding="utf-8")), None
    except OSError as error:
        return None, f"a readable file at {file} ({error.strerror or error})"
    except UnicodeDecodeError as error:
        return None, f"UTF-8 text in {file} (byte {error.start} is not)"
    except json.JSONDecodeError as error:
        return None, f"JSON in {file} (line {error.lineno}, column {error.colno}: {error.msg})"


@cache
def _validation_file_checker(schema_file: Path) -> jsonschema.Draft202012Validator:
    """The suite's case-file schema, narrowed so that every case must be a validation case."""
    with schema_file.open(encoding="utf-8") as handle:
        schema = json.load(handle)
    narrowed = copy.deepcopy(schema)
    narrowed["properties"]["cases"]["items"] = {"$ref": "#/$defs/ValidationCase"}
    return jsonschema.Draft202012Validator(narrowed)


def load_cases(path: Path, schema_file: Path | None = None) -> list[Case]:
    """The validation cases of one case file, instances read from their files if need be.

    ``schema_file`` is the suite's case-file schema; by default the one at the suite's top
    (two folders above the case file's folder). Raises :class:`CaseFileError` if the
    file cannot be used.
    """
    if schema_file is None:
        schema_file = path.parent.parent.parent / CASE_FILE_SCHEMA
    try:
        checker = _validation_file_checker(schema_file)
    except (OSError, ValueError, LookupError, TypeError) as error:
        expected = (
            f"a case file of a suite whose case-file schema {schema_file} can be read ({error})"
        )
        raise CaseFileError(path, "", expected) from None
    data, problem = _read_json(path)
    if problem is not None:
        raise CaseFileError(path, "", problem)
    broken = best_match(checker.iter_errors(data))
    if broken is not None:
        raise CaseFileError(
            path, pointer(*broken.absolute_path), f"a validation case file ({broken.message})"
        )
    cases = []
    for index, item in enumerate(data["cases"]):
        if "instance_file" in item:
            instance, problem = _read_json(path.parent / item["instance_file"])
            if problem is not None:
                raise CaseFileError(path, f"/cases/{index}/instance_file", problem)
        else:
            instance = item["instance"]
        expected = item["expected"]
        cases.append(
            Case(
                file=path,
                description=item["description"],
                version=data["schema_version"],
                instance=instance,
                valid=expected["valid"],
                findings=frozenset((f["code"], f["path"]) for f in expected["findings"]),
            )
        )
    return cases
