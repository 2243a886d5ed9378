"""The pinning API: the schema versions this package ships, and validation against one.

For downstream projects that pin a schema version::

    from inspection_schema import api

    api.supported_versions()        # ['1.0', '1.1']
    api.latest_version()            # '1.1'
    api.schema_id("1.0")            # 'urn:inspection-schema:report:1.0'
    schema = api.load_schema("1.0") # the released schema, from package data
    findings = api.validate(document)         # against the version the document declares
    findings = api.validate(document, "1.0")  # against a pinned version
    result = api.check_document(document)     # status (valid/invalid/unreadable) and findings

    record = api.load_outcomes("data/ofsted-outcomes")  # Ofsted's outcome files, read once
    findings = api.validate(document, outcomes=record)  # also held against Ofsted's record

A minor version only adds, so a document valid under 1.0 stays valid, with the same
findings, under every later 1.x. Nothing here touches the network: every schema comes
from package data through :func:`registry`.
"""

from __future__ import annotations

from inspection_schema.outcomes.errors import OutcomeFileError
from inspection_schema.outcomes.index import OutcomeIndex, load_outcomes
from inspection_schema.spec.registry import NetworkRetrievalRefused, registry
from inspection_schema.spec.versions import (
    UnknownSchemaVersion,
    latest_version,
    load_schema,
    schema_id,
    supported_versions,
)
from inspection_schema.validate.checker import CheckOptions, check_document, is_valid, validate
from inspection_schema.validate.findings import Finding
from inspection_schema.validate.results import DocumentResult

__all__ = [
    "CheckOptions",
    "DocumentResult",
    "Finding",
    "NetworkRetrievalRefused",
    "OutcomeFileError",
    "OutcomeIndex",
    "UnknownSchemaVersion",
    "check_document",
    "is_valid",
    "latest_version",
    "load_outcomes",
    "load_schema",
    "registry",
    "schema_id",
    "supported_versions",
    "validate",
]
