"""A document as an earlier schema version has it: what that version cannot hold is left out.

The model mirrors the newest schema version. A producer that must write an earlier one (the
extractor with ``schema_version="1.0"``) makes the newest form and restricts it:
:func:`restrict_to_version` walks the document with that version's schema and leaves out every
member the version does not define and every value its closed enums do not list (a secure
children's home's ``"health": "not_judged"`` under 1.1), and an object left empty where the
version wants at least one member. Minor versions only add, so what remains is the document
the earlier version describes, declaring that version.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inspection_schema.spec.versions import check_version, load_schema

__all__ = ["restrict_to_version"]

_LEFT_OUT = object()
"""What :func:`_restrict` returns for a value the version cannot hold."""


def restrict_to_version(document: Mapping[str, Any], version: str) -> dict[str, Any]:
    """``document`` (a report as JSON data) as schema ``version`` has it, declaring ``version``.

    Raises :class:`~inspection_schema.spec.versions.UnknownSchemaVersion` for a version this
    package does not ship, and ``ValueError`` for a report kind the version does not have.
    """
    schema = load_schema(check_version(version))
    structure = _structure_for(schema, document.get("report_kind"))
    declared = {"schema_version": version}
    declared.update((key, value) for key, value in document.items() if key != "schema_version")
    restricted = _restrict(schema, declared, {"$ref": f"#/$defs/{structure}"})
    if not isinstance(restricted, dict):
        raise ValueError(f"schema {version} cannot hold this document")
    return restricted


def _structure_for(schema: Mapping[str, Any], kind: object) -> str:
    for branch in schema.get("allOf", []):
        selected = branch.get("if", {}).get("properties", {}).get("report_kind", {})
        target = branch.get("then", {}).get("$ref", "")
        if selected.get("const") == kind and target.startswith("#/$defs/"):
            return str(target.removeprefix("#/$defs/"))
    raise ValueError(f"schema {schema.get('$id')} has no report kind {kind!r}")


def _resolve(schema: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow local references; an ``enum`` beside a ``$ref`` narrows its target."""
    narrowed = node.get("enum")
    while "$ref" in node:
        node = schema["$defs"][str(node["$ref"]).removeprefix("#/$defs/")]
    return node if narrowed is None else {**node, "enum": narrowed}


def _restrict(schema: Mapping[str, Any], value: Any, node: Mapping[str, Any]) -> Any:
    node = _resolve(schema, node)
    if "enum" in node:
        return value if value in node["enum"] else _LEFT_OUT
    if "const" in node:
        return value if value == node["const"] else _LEFT_OUT
    if isinstance(value, dict) and isinstance(node.get("properties"), Mapping):
        properties: Mapping[str, Any] = node["properties"]
        kept = {}
        for key, item in value.items():
            if key in properties:
                restricted = _restrict(schema, item, properties[key])
                if restricted is not _LEFT_OUT:
                    kept[key] = restricted
        required = set(node.get("required", ()))
        if not required <= set(kept) or len(kept) < node.get("minProperties", 0):
            return _LEFT_OUT
        return kept
    if isinstance(value, list) and isinstance(node.get("items"), Mapping):
        items = [_restrict(schema, item, node["items"]) for item in value]
        return [item for item in items if item is not _LEFT_OUT]
    return value
