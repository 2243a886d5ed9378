"""Each semantic rule, broken alone in a valid report, yields its code at its pointer.

And nothing else: no other finding appears.
"""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspection_schema.spec.finding_catalogue import rule_codes
from inspection_schema.testing import strategies
from inspection_schema.validate.checker import validate
from tests.properties.rule_mutations import MUTATIONS


def test_every_rule_has_a_mutation() -> None:
    assert sorted(set(rule_codes()) - set(MUTATIONS)) == []
    assert sorted(set(MUTATIONS) - set(rule_codes())) == []


@pytest.mark.parametrize("code", sorted(MUTATIONS))
@given(data=st.data())
def test_breaking_one_rule_yields_exactly_its_finding(code: str, data: st.DataObject) -> None:
    mutation = MUTATIONS[code]
    kind = data.draw(st.sampled_from(mutation.kinds), label="kind")
    document = copy.deepcopy(data.draw(strategies.report_documents(kind), label="document"))
    path = mutation.mutate(data.draw, document)
    for engine in ("fast", "reference"):
        found = [(f.code, f.path) for f in validate(document, engine=engine)]
        assert found == [(code, path)], f"{engine}: {json.dumps(document)[:3000]}"
