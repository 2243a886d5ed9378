"""The shape of a schema version as a tree of fields, read from the JSON Schema itself.

Every report kind's structure (selected by ``report_kind`` in the schema's ``allOf``) is
merged into one tree: a field that several kinds have appears once, with the kinds that
have it and the kinds that require it. Each field is one of three shapes:

- an :class:`ObjectShape` (such as ``provider``), whose fields become columns side by side;
- a :class:`TableShape`, a list of objects (such as ``requirements``), which becomes a table
  of its own, one row per item;
- a :class:`Leaf`, a value that fits in one cell: text, a date, a whole number, a number,
  true or false, a list of codes, a list of paragraphs, or (for any other shape) JSON text.

Nothing here names a field of the report: a new schema version with new fields gives a new
tree without a change of code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from inspection_schema.spec.codelists import codelist_names
from inspection_schema.spec.versions import load_schema

CellKind = Literal["text", "date", "integer", "number", "boolean", "list", "paragraphs", "json"]
"""What one cell holds. ``list``: codes or identifiers separated by ``;`` (as flatten-tool
writes a list of strings); ``paragraphs``: free text, one paragraph per line of the cell."""

_CODELIST = re.compile(r"\(codelist: ([a-z0-9-]+)\)")
_SCALARS: dict[str, CellKind] = {
    "string": "text",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
}


class LayoutError(ValueError):
    """A schema whose shape the tables cannot represent (two kinds disagree on a field)."""


@dataclass(frozen=True, slots=True)
class Leaf:
    """A value held in one cell."""

    kind: CellKind
    item_kind: CellKind | None = None
    """For ``list`` and ``paragraphs``: the kind of each item."""
    codes: tuple[str, ...] = ()
    """The values a closed list (``enum``) allows, in the schema's order."""
    codelist: str | None = None
    """The codelist the field's codes come from, named in its description."""


@dataclass(frozen=True, slots=True)
class Field:
    """One field of an object, merged over the report kinds that have it."""

    name: str
    description: str
    kinds: tuple[str, ...]
    """The report kinds that have the field."""
    required: tuple[str, ...]
    """The report kinds in which the field is required (whenever its object is present)."""
    shape: Shape


@dataclass(frozen=True, slots=True)
class ObjectShape:
    """An object with named fields, in the schema's order."""

    fields: tuple[Field, ...]

    def field(self, name: str) -> Field | None:
        """The field called ``name``, if the object has one."""
        return next((field for field in self.fields if field.name == name), None)


@dataclass(frozen=True, slots=True)
class TableShape:
    """A list of objects: each item is a row of a table of its own."""

    item: ObjectShape


Shape = Leaf | ObjectShape | TableShape


@dataclass(frozen=True, slots=True)
class ReportTree:
    """A schema version as one object shape, with the report kinds it merges."""

    version: str
    kinds: tuple[str, ...]
    root: ObjectShape


class _Resolver:
    """Follows local ``$ref`` pointers of one schema document."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema

    def resolve(self, node: Any) -> tuple[dict[str, Any], list[str]]:
        """The schema a node stands for, and every description met on the way (outer first)."""
        descriptions: list[str] = []
        current: Any = node
        for _ in range(32):
            if not isinstance(current, dict):
                return {}, descriptions
            if isinstance(current.get("description"), str):
                descriptions.append(current["description"])
            reference = current.get("$ref")
            if not isinstance(reference, str):
                return current, descriptions
            current = self._target(reference)
        raise LayoutError("a chain of $ref pointers in the schema does not end")

    def _target(self, reference: str) -> Any:
        if not reference.startswith("#/"):
            raise LayoutError(f"the schema refers outside itself ({reference})")
        target: Any = self.schema
        for part in reference[2:].split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or key not in target:
                raise LayoutError(f"the schema's reference {reference} leads nowhere")
            target = target[key]
        return target


@dataclass(frozen=True, slots=True)
class _Properties:
    """An object's properties in one report kind: (name, schema node, required)."""

    items: tuple[tuple[str, Any, bool], ...]


@dataclass(frozen=True, slots=True)
class _Items:
    """A list of objects in one report kind: its item's properties."""

    item: _Properties


_Single = Leaf | _Properties | _Items


def _codelist(descriptions: Iterable[str]) -> str | None:
    known = set(codelist_names())
    for text in descriptions:
        for name in _CODELIST.findall(text):
            if name in known:
                return str(name)
    return None


def _enum_leaf(values: Sequence[Any], codelist: str | None) -> Leaf:
    if all(isinstance(value, str) for value in values):
        return Leaf("text", codes=tuple(values), codelist=codelist)
    if all(isinstance(value, int) and not isinstance(value, bool) for value in values):
        return Leaf("integer", codelist=codelist)
    if all(isinstance(value, bool) for value in values):
        return Leaf("boolean", codelist=codelist)
    return Leaf("json")


def _merge_leaves(leaves: Sequence[Leaf]) -> Leaf:
    kinds = {leaf.kind for leaf in leaves}
    if len(kinds) != 1:
        raise LayoutError(f"report kinds disagree on a field's type ({', '.join(sorted(kinds))})")
    first = leaves[0]
    codes = tuple(dict.fromkeys(code for leaf in leaves for code in leaf.codes))
    codelist = next((leaf.codelist for leaf in leaves if leaf.codelist), None)
    return Leaf(first.kind, first.item_kind, codes, codelist)


def _merged_order(orders: Sequence[Sequence[str]]) -> list[str]:
    """Every name once; a name not yet placed goes just after the name before it in its list."""
    merged: list[str] = []
    for names in orders:
        previous: str | None = None
        for name in names:
            if name not in merged:
                at = 0 if previous is None else merged.index(previous) + 1
                merged.insert(at, name)
            previous = name
    return merged


class _Builder:
    """Builds the merged tree of one schema document."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.resolver = _Resolver(schema)

    def single(self, node: Any) -> _Single:
        """What one schema node is, before the report kinds are merged."""
        schema, descriptions = self.resolver.resolve(node)
        codelist = _codelist(descriptions)
        for combinator in ("anyOf", "oneOf"):
            if isinstance(schema.get(combinator), list):
                return self._union(schema[combinator], codelist)
        if isinstance(schema.get("enum"), list):
            return _enum_leaf(schema["enum"], codelist)
        if "const" in schema:
            return _enum_leaf([schema["const"]], codelist)
        kind = schema.get("type")
        if kind == "object":
            return self._properties(schema)
        if kind == "array":
            return self._array(schema.get("items", {}))
        if kind == "string" and schema.get("format") == "date":
            return Leaf("date", codelist=codelist)
        if isinstance(kind, str) and kind in _SCALARS:
            return Leaf(_SCALARS[kind], codelist=codelist)
        return Leaf("json")

    def _union(self, options: list[Any], codelist: str | None) -> Leaf:
        leaves = [self.single(option) for option in options]
        texts = [leaf for leaf in leaves if isinstance(leaf, Leaf) and leaf.kind == "text"]
        if len(texts) != len(leaves):
            return Leaf("json")
        merged = _merge_leaves(texts)
        return Leaf("text", codes=merged.codes, codelist=codelist or merged.codelist)

    @staticmethod
    def _properties(schema: dict[str, Any]) -> _Single:
        properties = schema.get("properties")
        if not isinstance(properties, dict) or not properties:
            return Leaf("json")  # a map of free keys (such as section pages): JSON text
        required = set(schema.get("required", ()))
        return _Properties(
            tuple((name, node, name in required) for name, node in properties.items())
        )

    def _array(self, items: Any) -> _Single:
        item = self.single(items)
        if isinstance(item, _Properties):
            return _Items(item)
        if isinstance(item, Leaf) and item.kind in {"text", "date", "integer"}:
            resolved, _ = self.resolver.resolve(items)
            if item.kind != "text" or item.codes or item.codelist or "pattern" in resolved:
                return Leaf("list", item_kind=item.kind, codes=item.codes, codelist=item.codelist)
            return Leaf("paragraphs", item_kind="text")
        return Leaf("json")

    def shape(self, present: Sequence[tuple[str, Any]]) -> Shape:
        """The merged shape of a field, from its schema node in each report kind that has it."""
        singles = [(kind, self.single(node)) for kind, node in present]
        if all(isinstance(single, _Properties) for _, single in singles):
            return self.object_shape([(k, s) for k, s in singles if isinstance(s, _Properties)])
        if all(isinstance(single, _Items) for _, single in singles):
            items = [(k, s.item) for k, s in singles if isinstance(s, _Items)]
            return TableShape(self.object_shape(items))
        if all(isinstance(single, Leaf) for _, single in singles):
            return _merge_leaves([s for _, s in singles if isinstance(s, Leaf)])
        raise LayoutError("report kinds disagree on the shape of a field")

    def object_shape(self, variants: Sequence[tuple[str, _Properties]]) -> ObjectShape:
        """One object shape from its properties in each report kind that has it."""
        order = _merged_order([[name for name, _, _ in props.items] for _, props in variants])
        fields = []
        for name in order:
            present = [
                (kind, node, required)
                for kind, props in variants
                for other, node, required in props.items
                if other == name
            ]
            descriptions = (d for _, node, _ in present for d in self.resolver.resolve(node)[1])
            fields.append(
                Field(
                    name=name,
                    description=next(descriptions, ""),
                    kinds=tuple(dict.fromkeys(kind for kind, _, _ in present)),
                    required=tuple(dict.fromkeys(kind for kind, _, req in present if req)),
                    shape=self.shape([(kind, node) for kind, node, _ in present]),
                )
            )
        return ObjectShape(tuple(fields))


def _structures(schema: dict[str, Any]) -> list[tuple[str, Any]]:
    """Each report kind with the structure the schema selects for it."""
    found: list[tuple[str, Any]] = []
    for entry in schema.get("allOf", ()):
        condition = entry.get("if", {}) if isinstance(entry, dict) else {}
        kind = condition.get("properties", {}).get("report_kind", {}).get("const")
        if isinstance(kind, str) and "then" in entry:
            found.append((kind, entry["then"]))
    return found or [("report", schema)]


@cache
def report_tree(version: str) -> ReportTree:
    """The merged tree of one shipped schema version (raises :class:`LayoutError` if none fits)."""
    schema = load_schema(version)
    builder = _Builder(schema)
    variants = []
    for kind, node in _structures(schema):
        single = builder.single(node)
        if not isinstance(single, _Properties):
            raise LayoutError(f"the {kind} structure of schema {version} is not an object")
        variants.append((kind, single))
    kinds = tuple(kind for kind, _ in variants)
    return ReportTree(version, kinds, builder.object_shape(variants))
