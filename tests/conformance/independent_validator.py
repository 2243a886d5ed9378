"""A small validator written apart from inspection_schema, to show the suite serves others.

    python independent_validator.py --schema-version 1.0 FILE...

It uses nothing of this package: plain ``jsonschema`` on the schema file of the version
asked for, two of the semantic rules (``inspection-dates-order`` and
``due-date-before-inspection``), and a findings report in format 1.1 under its own name,
``independent-validator``. It does not cross-check documents with Ofsted's outcome data:
it accepts ``--outcomes FILE``, which the runner passes for the outcome cases, and leaves
the file unread. The tests run the conformance suite against it: it must pass every case
whose findings it implements and fail the others.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from pathlib import Path
from typing import Any

import jsonschema

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
NAME = "independent-validator"
CODES = {
    "required": "schema-required",
    "additionalProperties": "schema-additional-property",
    "enum": "schema-enum",
    "const": "schema-const",
    "type": "schema-type",
    "pattern": "schema-pattern",
    "format": "schema-format",
    "minLength": "schema-min-length",
    "minItems": "schema-min-length",
    "minProperties": "schema-min-length",
    "minimum": "schema-range",
    "maximum": "schema-range",
}
RULES = {"inspection-dates-order", "due-date-before-inspection"}
"""The semantic rules this validator implements."""
IMPLEMENTED = set(CODES.values()) | {"schema-constraint"} | RULES
_ISO = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _pointer(parts: Any) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _date(value: Any) -> datetime.date | None:
    if not isinstance(value, str) or not _ISO.match(value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def schema_findings(document: Any, checker: Any) -> set[tuple[str, str]]:
    found = set()
    for error in checker.iter_errors(document):
        where = list(error.absolute_path)
        code = CODES.get(error.validator, "schema-constraint")
        if error.validator == "required":
            missing = [name for name in error.validator_value if name not in error.instance]
            found |= {(code, _pointer([*where, name])) for name in missing}
        elif error.validator == "additionalProperties":
            known = error.schema.get("properties", {})
            found |= {
                (code, _pointer([*where, name])) for name in error.instance if name not in known
            }
        else:
            found.add((code, _pointer(where)))
    return found


def rule_findings(document: Any) -> set[tuple[str, str]]:
    if not isinstance(document, dict):
        return set()
    dates = document.get("inspection_dates")
    start = _date(dates.get("start")) if isinstance(dates, dict) else None
    end = _date(dates.get("end")) if isinstance(dates, dict) else None
    found = set()
    if start and end and end < start:
        found.add(("inspection-dates-order", "/inspection_dates/end"))
    requirements = document.get("requirements")
    for index, requirement in enumerate(requirements if isinstance(requirements, list) else []):
        due = _date(requirement.get("due_date")) if isinstance(requirement, dict) else None
        if start and due and due < start:
            found.add(("due-date-before-inspection", f"/requirements/{index}/due_date"))
    return found


def check(path: str, checker: Any) -> dict[str, Any]:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        problem = {"code": "unreadable", "message": str(error)}
        return {"source": path, "status": "unreadable", "findings": [], "problem": problem}
    found = sorted(schema_findings(document, checker) | rule_findings(document))
    findings = [
        {"code": code, "severity": "error", "path": where, "message": f"{code} at {where}"}
        for code, where in found
    ]
    status = "invalid" if findings else "valid"
    return {"source": path, "status": status, "findings": findings}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schema-version", required=True)
    parser.add_argument("--outcomes", action="append", help="accepted, not read")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    schema = json.loads(
        (SCHEMAS / args.schema_version / "report.schema.json").read_text(encoding="utf-8")
    )
    checker = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    documents = [check(path, checker) for path in args.files]
    count = {
        status: sum(d["status"] == status for d in documents)
        for status in ("valid", "invalid", "unreadable")
    }
    errors = sum(len(d["findings"]) for d in documents)
    summary = {"documents": len(documents), **count, "errors": errors, "warnings": 0}
    report = {
        "report_format": "1.1",
        "tool": {"name": NAME, "version": "0.1"},
        "documents": documents,
        "summary": summary,
    }
    json.dump(report, sys.stdout)
    return 1 if count["invalid"] else 0


if __name__ == "__main__":
    sys.exit(main())
