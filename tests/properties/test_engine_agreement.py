"""Both engines, and plain jsonschema, agree on mutated documents; nothing escapes.

A valid generated document gets one node replaced, deleted, deepened, enlarged or
renamed (:mod:`tests.properties.document_mutations`). Then:

- neither engine raises, and both give the same findings, messages included;
- plain ``jsonschema`` (the reference implementation as it comes, with its format checker)
  gives the same verdict on the schema. Two differences are known and set aside: plain
  ``jsonschema`` reads a final ``$`` in a pattern as Python does, so it accepts text ending
  in a line break; and its messages hit Python's recursion limit on deep nesting, so it is
  consulted only on documents less than 200 levels deep;
- the converter accepts every document the validator calls valid.
"""

from __future__ import annotations

import json
from typing import Any

import orjson
from hypothesis import given
from jsonschema import Draft202012Validator

from inspection_schema.model.converter import structure
from inspection_schema.spec.registry import registry
from inspection_schema.spec.versions import load_schema
from inspection_schema.validate.checker import CheckOptions, check_document
from inspection_schema.validate.inputs.json_documents import parse_document
from tests.properties.document_mutations import depth, mutated_documents, texts

_SHALLOW = 200


def _plain_verdict(document: Any, version: str) -> bool:
    checker = Draft202012Validator(
        load_schema(version),
        registry=registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    return bool(checker.is_valid(document))


def _as_read_from_a_file(document: Any) -> Any:
    """The document as validate-report would read it from a file, when JSON can hold it."""
    try:
        data = orjson.dumps(document)
    except orjson.JSONEncodeError:  # nested deeper than orjson writes: compare as it is
        return document
    loaded = parse_document("mutated.json", None, data)
    return loaded.document if loaded.problem is None else document


@given(mutated=mutated_documents())
def test_engines_agree_and_valid_documents_convert(mutated: tuple[str, dict[str, Any]]) -> None:
    _how, document = mutated
    document = _as_read_from_a_file(document)
    fast, reference = (
        check_document(document, CheckOptions(engine=engine)) for engine in ("fast", "reference")
    )
    assert (fast.status, fast.schema_version, fast.problem) == (
        reference.status,
        reference.schema_version,
        reference.problem,
    )
    findings = [(f.code, f.path, f.message) for f in fast.findings]
    assert findings == [(f.code, f.path, f.message) for f in reference.findings]
    if fast.schema_version is None:
        return  # a declared version this package does not ship: reported, not checked
    schema_valid = not any(code.startswith("schema-") for code, _, _ in findings)
    if depth(document) < _SHALLOW and not any(text.endswith("\n") for text in texts(document)):
        assert _plain_verdict(document, fast.schema_version) == schema_valid
    if fast.status == "valid":
        structure(json.loads(json.dumps(document)))
