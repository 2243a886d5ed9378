"""The one registry of the schemas this package ships, built from package data, offline.

Every ``*.schema.json`` under the package's schemas folder is registered under its
``$id`` (``urn:inspection-schema:report:1.0``, ``urn:inspection-schema:report:1.1``,
``urn:inspection-schema:findings-report:1.0``, …), together with the JSON Schema
meta-schemas that ``jsonschema-specifications`` ships as package data. Looking up any
other URI raises :class:`NetworkRetrievalRefused` instead of fetching it: inspection-schema
never fetches schemas over the network.

>>> from inspection_schema.spec.registry import registry
>>> registry().contents("urn:inspection-schema:report:1.0")["title"]
'Ofsted social care inspection report'

Both schema engines use it: :func:`registry` for the reference engine (``jsonschema``,
through ``referencing``) and :func:`fast_registry` for ``jsonschema-rs``. The heavy
imports happen only when one of them is first built.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from inspection_schema.spec.resources import schemas_dir

__all__ = [
    "NetworkRetrievalRefused",
    "fast_registry",
    "refuse_retrieval",
    "registry",
    "shipped_schemas",
]


class NetworkRetrievalRefused(LookupError):
    """A schema was asked for by a URI that none of the shipped schemas has."""

    def __init__(self, uri: str) -> None:
        self.uri = uri
        known = ", ".join(sorted(shipped_schemas()))
        super().__init__(
            f"cannot resolve {uri!r}: inspection-schema never fetches schemas over the network, "
            f"and it is not one of the schemas the package ships ({known})"
        )


@cache
def shipped_schemas() -> dict[str, dict[str, Any]]:
    """Every shipped schema, keyed by its ``$id`` (shared: do not modify the values)."""
    from inspection_schema.spec.resources import load_json

    root = schemas_dir()
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(root.rglob("*.schema.json")):
        contents = load_json(path.relative_to(root).as_posix())
        schema_id = contents.get("$id") if isinstance(contents, dict) else None
        if not isinstance(schema_id, str):
            raise ValueError(f"the shipped schema {path.name} has no $id")
        if schema_id in found:
            raise ValueError(f"two shipped schemas have the $id {schema_id!r}")
        found[schema_id] = contents
    return found


def refuse_retrieval(uri: str) -> Any:
    """The retrieval function of both registries: it never fetches, it raises."""
    raise NetworkRetrievalRefused(uri)


@cache
def registry() -> Any:
    """A :class:`referencing.Registry` of the shipped schemas and the JSON Schema meta-schemas.

    Its retrieval function is :func:`refuse_retrieval`, so an unknown URI raises rather
    than being fetched. Pass it as ``registry=`` to a ``jsonschema`` validator.
    """
    from jsonschema_specifications import REGISTRY as META_SCHEMAS
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    ours = Registry(retrieve=refuse_retrieval).with_resources(  # type: ignore[call-arg]
        (schema_id, Resource.from_contents(contents, default_specification=DRAFT202012))
        for schema_id, contents in shipped_schemas().items()
    )
    return META_SCHEMAS.combine(ours).crawl()


@cache
def fast_registry() -> Any:
    """A ``jsonschema_rs.Registry`` of the shipped schemas that never fetches.

    Pass it with ``retriever=refuse_retrieval`` to ``jsonschema_rs.validator_for``;
    jsonschema-rs has the meta-schemas built in.
    """
    import jsonschema_rs

    return jsonschema_rs.Registry(list(shipped_schemas().items()), retriever=refuse_retrieval)
