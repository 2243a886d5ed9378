"""Parity between the JSON Schema's object definitions and the attrs model, by introspection.

:func:`parity_problems` compares every object in the schema's ``$defs`` with the model class
of the same name (report kinds through the root ``allOf`` if/then and ``REPORT_CLASSES``):
the same fields, the same required-ness (required ⇔ no default; a ``const`` discriminator
may default to its constant), closed enums ⇔ ``Literal`` arguments, and compatible types.
It returns the problems in words; an empty list means the two agree.
"""

from __future__ import annotations

import datetime
import types
import typing
from collections.abc import Mapping
from typing import Any, Literal, get_args, get_origin

import attrs

_JSON_TYPES = {str: "string", int: "integer", bool: "boolean", float: "number"}


def _resolve(schema: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow local ``$ref``s to their target; an ``enum`` beside a ``$ref`` narrows it."""
    narrowed = node.get("enum")
    while "$ref" in node:
        name = node["$ref"].removeprefix("#/$defs/")
        node = schema["$defs"][name]
    return node if narrowed is None else {**node, "enum": narrowed}


def _def_name(node: Mapping[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref.removeprefix("#/$defs/") if isinstance(ref, str) else None


def _classes(schema: Mapping[str, Any], model: Any) -> tuple[dict[str, Any], list[str]]:
    """Model class for each object definition, and problems finding them."""
    problems: list[str] = []
    found: dict[str, Any] = {}
    report_classes: Mapping[str, Any] = getattr(model, "REPORT_CLASSES", {})
    kinds: dict[str, str] = {}
    for branch in schema.get("allOf", []):
        kind = branch.get("if", {}).get("properties", {}).get("report_kind", {}).get("const")
        target = _def_name(branch.get("then", {}))
        if kind is not None and target is not None:
            kinds[target] = kind
    for name, node in schema["$defs"].items():
        if node.get("type") != "object" or "properties" not in node:
            continue
        if name in kinds:
            cls = report_classes.get(kinds[name])
            if cls is None:
                problems.append(
                    f"report kind {kinds[name]!r} ({name}) has no class in REPORT_CLASSES"
                )
                continue
        else:
            cls = getattr(model, name, None)
            if cls is None or not attrs.has(cls):
                problems.append(f"$defs/{name} has no attrs class {name} in the model")
                continue
        found[name] = cls
    schema_kinds = set(kinds.values())
    problems.extend(
        f"REPORT_CLASSES has kind {kind!r}, which the schema's allOf does not select"
        for kind in report_classes
        if kind not in schema_kinds
    )
    for attr_name in dir(model):
        value = getattr(model, attr_name)
        if (
            isinstance(value, type)
            and attrs.has(value)
            and not attr_name.startswith("_")
            and value not in found.values()
        ):
            problems.append(f"model class {attr_name} has no object in the schema's $defs")
    return found, problems


def _hints(cls: type) -> dict[str, Any]:
    module = __import__(cls.__module__, fromlist=["_"]) if cls.__module__ else None
    namespace = dict(vars(module)) if module else {}
    try:
        return typing.get_type_hints(cls, globalns=namespace)
    except (NameError, TypeError):
        return {f.name: f.type for f in attrs.fields(cls)}


def _strip_optional(tp: Any) -> Any:
    if get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def _type_problems(
    schema: Mapping[str, Any],
    node: Mapping[str, Any],
    tp: Any,
    where: str,
    classes: Mapping[str, Any],
) -> list[str]:
    """Whether a property's schema and a field's type describe the same values."""
    tp = _strip_optional(tp)
    target = _def_name(node)
    resolved = _resolve(schema, node)
    if target is not None and target in classes:
        # By name: a class may be replaced by an equivalent one (as the tests do).
        if getattr(tp, "__name__", None) == classes[target].__name__:
            return []
        return [f"{where}: schema object {target}, model type {tp!r}"]
    if "enum" in resolved or "const" in resolved:
        values = resolved.get("enum", [resolved.get("const")])
        if get_origin(tp) is Literal:
            if set(get_args(tp)) != set(values):
                return [f"{where}: enum {sorted(values)} but Literal{sorted(get_args(tp))}"]
            return []
        if "enum" in resolved and not where.endswith("/schema_version"):
            # The declared version may stay plain text in the model: its values grow by version.
            return [f"{where}: closed enum {sorted(values)} but model type {tp!r} is not a Literal"]
        same_type = all(type(v) is tp for v in values)
        return [] if same_type else [f"{where}: {sorted(values)} vs model type {tp!r}"]
    if get_origin(tp) is Literal:
        return [f"{where}: model Literal{list(get_args(tp))} but the schema has no enum"]
    kind = resolved.get("type")
    if kind == "string" and resolved.get("format") == "date":
        return [] if tp is datetime.date else [f"{where}: schema date, model type {tp!r}"]
    if kind == "array":
        if get_origin(tp) is not list:
            return [f"{where}: schema array, model type {tp!r}"]
        return _type_problems(
            schema, resolved.get("items", {}), get_args(tp)[0], f"{where}[]", classes
        )
    if kind == "object":
        if get_origin(tp) is not dict:
            return [f"{where}: schema map, model type {tp!r}"]
        return _type_problems(
            schema,
            resolved.get("additionalProperties", {}),
            get_args(tp)[1],
            f"{where}{{}}",
            classes,
        )
    if kind in _JSON_TYPES.values():
        return [] if _JSON_TYPES.get(tp) == kind else [f"{where}: schema {kind}, model type {tp!r}"]
    return [f"{where}: cannot compare schema {dict(resolved)} with {tp!r}"]


def _class_problems(
    schema: Mapping[str, Any], name: str, cls: type, classes: Mapping[str, Any]
) -> list[str]:
    node = schema["$defs"][name]
    properties: Mapping[str, Any] = node["properties"]
    required = set(node.get("required", []))
    fields = {f.name: f for f in attrs.fields(cls)}
    hints = _hints(cls)
    problems = [
        f"$defs/{name} property {prop!r} has no field in {cls.__name__}"
        for prop in properties
        if prop not in fields
    ]
    problems += [
        f"{cls.__name__} field {field!r} is not a property of $defs/{name}"
        for field in fields
        if field not in properties
    ]
    for prop, node_prop in properties.items():
        if prop not in fields:
            continue
        field = fields[prop]
        where = f"$defs/{name}/{prop}"
        has_default = field.default is not attrs.NOTHING
        const = _resolve(schema, node_prop).get("const", attrs.NOTHING)
        discriminator = has_default and const is not attrs.NOTHING and field.default == const
        if prop in required and has_default and not discriminator:
            problems.append(f"{where} is required but {cls.__name__}.{prop} has a default")
        if prop not in required and not has_default:
            problems.append(f"{where} is optional but {cls.__name__}.{prop} has no default")
        problems += _type_problems(schema, node_prop, hints.get(prop, field.type), where, classes)
    return problems


def parity_problems(schema: Mapping[str, Any], model_module: Any) -> list[str]:
    """Every disagreement between ``schema``'s object definitions and ``model_module``'s classes."""
    classes, problems = _classes(schema, model_module)
    for name, cls in classes.items():
        problems += _class_problems(schema, name, cls, classes)
    return problems
