"""Reading the conformance suite's case files, with a clear message for a bad one.

A suite is a folder holding ``case-file.schema.json`` and, per schema version,
``<version>/validation/*.json`` and ``<version>/extraction/*.json``. A case file is
checked against that schema (narrowed to the kind of its folder) before its cases are
read. Every file a case file names (``instance_file``, ``input``, ``expected_file``, and a
validation case file's ``outcomes``, the outcome file its documents are held against) is a
path relative to the case file that must stay inside the suite, and every file read must
be a regular file (a FIFO would block the run). Anything else raises :class:`CaseFileError`,
naming the case file, the JSON Pointer of the place and what was expected there.
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

from inspection_schema.conformance.suite import CASE_FILE_SCHEMA, inside
from inspection_schema.validate.findings import pointer

__all__ = [
    "Case",
    "CaseFileError",
    "ExtractionCase",
    "FindingKey",
    "case_files",
    "load_cases",
    "load_extraction_cases",
]

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
    outcomes: Path | None = None
    """The outcome file the case's document is held against (``--outcomes``), if any."""


@dataclass(frozen=True)
class ExtractionCase:
    """One extraction case: the input report's path and the instance it must give."""

    file: Path
    description: str
    version: str
    input: Path
    expected: Any


class CaseFileError(ValueError):
    """A case file that cannot be used: not JSON, not a case file, or a file it names."""

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
    if file.exists() and not file.is_file():
        return None, f"a regular file at {file} (it is a folder, a FIFO or a device)"
    try:
        return json.loads(file.read_text(encoding="utf-8")), None
    except OSError as error:
        return None, f"a readable file at {file} ({error.strerror or error})"
    except UnicodeDecodeError as error:
        return None, f"UTF-8 text in {file} (byte {error.start} is not)"
    except json.JSONDecodeError as error:
        return None, f"JSON in {file} (line {error.lineno}, column {error.colno}: {error.msg})"
    except RecursionError:
        return None, f"JSON in {file} nested less deeply"


@cache
def _file_checker(schema_file: Path, kind: str) -> jsonschema.Draft202012Validator:
    """The suite's case-file schema, narrowed so that every case must be of one kind."""
    with schema_file.open(encoding="utf-8") as handle:
        schema = json.load(handle)
    narrowed = copy.deepcopy(schema)
    definition = "ValidationCase" if kind == "validation" else "ExtractionCase"
    narrowed["properties"]["cases"]["items"] = {"$ref": f"#/$defs/{definition}"}
    return jsonschema.Draft202012Validator(narrowed)


def _read_case_file(path: Path, kind: str) -> tuple[Any, Path]:
    """A case file's data, checked against the schema; and the suite's folder."""
    suite = path.parent.parent.parent
    schema_file = suite / CASE_FILE_SCHEMA
    try:
        checker = _file_checker(schema_file, kind)
    except (OSError, ValueError, LookupError, TypeError) as error:
        expected = (
            f"a case file of a suite whose case-file schema {schema_file} can be read ({error})"
        )
        raise CaseFileError(path, "", expected) from None
    if not inside(suite, path):
        raise CaseFileError(path, "", f"a case file inside the suite {suite}")
    data, problem = _read_json(path)
    if problem is not None:
        raise CaseFileError(path, "", problem)
    try:
        broken = best_match(checker.iter_errors(data))
    except RecursionError:
        raise CaseFileError(path, "", f"a {kind} case file nested less deeply") from None
    if broken is not None:
        where = pointer(*broken.absolute_path)
        raise CaseFileError(path, where, f"a {kind} case file ({broken.message})")
    return data, suite


def _named_file(path: Path, suite: Path, index: int, key: str, relative: str) -> Path:
    """The file a case names, which must be inside the suite."""
    named = path.parent / relative
    if Path(relative).is_absolute() or not inside(suite, named):
        raise CaseFileError(
            path, f"/cases/{index}/{key}", f"a path inside the suite {suite} ({relative!r} is not)"
        )
    return named


def _outcome_file(path: Path, suite: Path, relative: str) -> Path:
    """The outcome file a case file names, which must be a regular file inside the suite."""
    named = path.parent / relative
    if Path(relative).is_absolute() or not inside(suite, named):
        expected = f"a path inside the suite {suite} ({relative!r} is not)"
        raise CaseFileError(path, "/outcomes", expected)
    if not named.is_file():
        raise CaseFileError(path, "/outcomes", f"an outcome file at {named}")
    return named


def _named_json(path: Path, suite: Path, index: int, key: str, relative: str) -> Any:
    value, problem = _read_json(_named_file(path, suite, index, key, relative))
    if problem is not None:
        raise CaseFileError(path, f"/cases/{index}/{key}", problem)
    return value


def load_cases(path: Path) -> list[Case]:
    """The validation cases of one case file, instances read from their files if need be.

    The suite is the folder three levels above the case file (``<suite>/<version>/
    validation/<file>.json``). Raises :class:`CaseFileError` if the file cannot be used.
    """
    data, suite = _read_case_file(path, "validation")
    outcomes = _outcome_file(path, suite, data["outcomes"]) if "outcomes" in data else None
    cases = []
    for index, item in enumerate(data["cases"]):
        if "instance_file" in item:
            instance = _named_json(path, suite, index, "instance_file", item["instance_file"])
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
                outcomes=outcomes,
            )
        )
    return cases


def load_extraction_cases(path: Path) -> list[ExtractionCase]:
    """The extraction cases of one case file, each expected instance read from its file.

    Raises :class:`CaseFileError` if the file, an input or an expected instance cannot be
    used.
    """
    data, suite = _read_case_file(path, "extraction")
    cases = []
    for index, item in enumerate(data["cases"]):
        report = _named_file(path, suite, index, "input", item["input"])
        if not report.is_file():
            state = "missing" if not report.exists() else "a folder, a FIFO or a device"
            raise CaseFileError(path, f"/cases/{index}/input", f"a report at {report} ({state})")
        expected = _named_json(path, suite, index, "expected_file", item["expected_file"])
        cases.append(
            ExtractionCase(path, item["description"], data["schema_version"], report, expected)
        )
    return cases
