"""Whether a new schema accepts every document an old one accepts, checked structurally.

:func:`widening_problems` walks two JSON Schemas side by side and names every change that
could reject a value the old schema accepts. It is conservative: a change it cannot show to
be harmless is a problem (a removed keyword, a changed pattern, a new keyword beside the
others), so an empty answer means "only additions".

Closed lists are compared by value: a new ``enum`` or ``const`` is a problem unless every
value the old schema accepted at that place is in it. References are compared by what they
accept: where a ``$ref`` changes, or a keyword is added beside one, both sides are resolved
in their own schema (local references only, following chains of them) and the resolved
subschemas are compared, so a field may move to a new, wider definition but not to a
narrower one. A pair of references met again while it is being compared is taken to agree
(as for recursive types), so recursive definitions end.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

__all__ = ["widening_problems"]

ANNOTATIONS = frozenset({"description", "title", "examples", "$comment"})
_VALUES = ("enum", "const")


class _Unresolvable(Exception):
    """A reference the check cannot follow, or a combination it cannot compare."""


@dataclass(frozen=True)
class _Context:
    old_root: Mapping[str, Any]
    new_root: Mapping[str, Any]
    assumed: frozenset[tuple[str, str]] = frozenset()


def widening_problems(old: Any, new: Any) -> list[str]:
    """Every change from ``old`` to ``new`` that could reject a document ``old`` accepts.

    Each problem is the JSON pointer of the place (in the referring schema, for a resolved
    reference) and what changed there.
    """
    root_old = old if isinstance(old, Mapping) else {}
    root_new = new if isinstance(new, Mapping) else {}
    return list(_problems(old, new, "", _Context(root_old, root_new)))


def _problems(old: Any, new: Any, where: str, context: _Context) -> Iterator[str]:
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        if ("$ref" in old or "$ref" in new) and _constraints(old) != _constraints(new):
            yield from _resolved_problems(old, new, where, context)
        else:
            yield from _object_problems(old, new, where, context)
    elif isinstance(old, list) and isinstance(new, list):
        if len(old) != len(new):
            yield f"{where}: list changed length"
        for index, (a, b) in enumerate(zip(old, new, strict=False)):
            yield from _problems(a, b, f"{where}/{index}", context)
    elif not _same(old, new):
        yield f"{where}: {old!r} became {new!r}"


def _object_problems(
    old: Mapping[str, Any], new: Mapping[str, Any], where: str, context: _Context
) -> Iterator[str]:
    yield from _value_problems(old, new, where)
    for key, value in old.items():
        if key in ANNOTATIONS or key in _VALUES or key == "$id":
            continue
        if key not in new:
            yield f"{where}/{key}: removed"
        elif key in {"properties", "$defs"}:
            for name, sub in value.items():
                if name not in new[key]:
                    yield f"{where}/{key}/{name}: removed"
                else:
                    yield from _problems(sub, new[key][name], f"{where}/{key}/{name}", context)
        else:
            yield from _problems(value, new[key], f"{where}/{key}", context)
    for key in sorted(new.keys() - old.keys() - ANNOTATIONS - {"properties", "$defs", *_VALUES}):
        yield f"{where}/{key}: new constraint"
    if "required" in new and set(new["required"]) - set(old.get("required", [])):
        yield f"{where}/required: new required fields"
    yield from _new_property_problems(old, new, where)


def _value_problems(old: Mapping[str, Any], new: Mapping[str, Any], where: str) -> Iterator[str]:
    """A new closed list must hold every value the old schema accepted at this place."""
    new_values = _values(new)
    if new_values is None:
        return  # No closed list (any more): what else constrains values is compared elsewhere.
    keyword = "enum" if "enum" in new else "const"
    old_values = _values(old)
    if old_values is None:
        yield f"{where}/{keyword}: new constraint"
        return
    lost = [value for value in old_values if not any(_same(value, v) for v in new_values)]
    if lost:
        yield f"{where}/{keyword}: lost {lost}"


def _new_property_problems(
    old: Mapping[str, Any], new: Mapping[str, Any], where: str
) -> Iterator[str]:
    """A property new in ``new`` constrains a member that ``old`` let through unchecked."""
    if old.get("additionalProperties") is False:
        return
    added = set(new.get("properties", {})) - set(old.get("properties", {}))
    for name in sorted(added):
        yield f"{where}/properties/{name}: constrains a member the old schema allowed freely"


def _resolved_problems(
    old: Mapping[str, Any], new: Mapping[str, Any], where: str, context: _Context
) -> Iterator[str]:
    pair = (_key(_constraints(old)), _key(_constraints(new)))
    if pair in context.assumed:
        return
    try:
        old_resolved = _resolve(old, context.old_root)
        new_resolved = _resolve(new, context.new_root)
    except _Unresolvable as error:
        yield f"{where}: {error}"
        return
    deeper = _Context(context.old_root, context.new_root, context.assumed | {pair})
    yield from _object_problems(old_resolved, new_resolved, where, deeper)


def _resolve(node: Mapping[str, Any], root: Mapping[str, Any]) -> dict[str, Any]:
    """``node`` with its references followed: one schema accepting what ``node`` accepts."""
    followed: set[str] = set()
    result = {key: value for key, value in node.items() if key != "$ref"}
    while "$ref" in node:
        reference = node["$ref"]
        if reference in followed:
            raise _Unresolvable(f"$ref {reference!r} refers to itself")
        followed.add(reference)
        node = _target(root, reference)
        result = _conjoin(result, {key: value for key, value in node.items() if key != "$ref"})
    return result


def _target(root: Mapping[str, Any], reference: Any) -> Mapping[str, Any]:
    if not isinstance(reference, str) or not reference.startswith("#"):
        raise _Unresolvable(f"$ref {reference!r} is not a local reference")
    node: Any = root
    pointer = unquote(reference[1:])
    for part in pointer.split("/")[1:] if pointer else []:
        step = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and step in node:
            node = node[step]
        elif isinstance(node, list) and step.isdigit() and int(step) < len(node):
            node = node[int(step)]
        else:
            raise _Unresolvable(f"$ref {reference!r} points nowhere")
    if not isinstance(node, Mapping):
        raise _Unresolvable(f"$ref {reference!r} does not point to a schema object")
    return node


def _conjoin(first: Mapping[str, Any], second: Mapping[str, Any]) -> dict[str, Any]:
    """One schema accepting what both ``first`` and ``second`` accept."""
    result = dict(first)
    for key, value in second.items():
        if key in ANNOTATIONS or key in _VALUES or key not in result:
            result.setdefault(key, value)
        elif key == "required":
            result[key] = [*result[key], *(name for name in value if name not in result[key])]
        elif not _same(result[key], value):
            raise _Unresolvable(f"'{key}' beside a $ref differs from the referenced '{key}'")
    first_values, second_values = _values(first), _values(second)
    if first_values is not None and second_values is not None:
        for keyword in _VALUES:
            result.pop(keyword, None)
        result["enum"] = [v for v in first_values if any(_same(v, w) for w in second_values)]
    return result


def _values(node: Mapping[str, Any]) -> list[Any] | None:
    """The values ``node`` accepts at most, where it closes the list (``enum``, ``const``)."""
    values: list[Any] | None = None
    if "enum" in node:
        values = list(node["enum"])
    if "const" in node:
        const = node["const"]
        values = [const] if values is None or any(_same(const, v) for v in values) else []
    return values


def _constraints(node: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in node.items() if key not in ANNOTATIONS}


def _key(node: Mapping[str, Any]) -> str:
    return json.dumps(node, sort_keys=True)


def _same(a: Any, b: Any) -> bool:
    """JSON equality: ``1`` is ``1.0``, but ``true`` is not ``1``."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(_same(a[key], b[key]) for key in a)
    return type(a) is type(b) and bool(a == b)
