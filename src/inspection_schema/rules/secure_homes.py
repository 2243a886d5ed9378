"""Rules for secure children's homes, whose full reports carry two extra judgements.

A secure children's home is also judged on education and learning and on health, and
its overall judgement takes both into account (domain rule 26). Schema 1.1 added the two
judgements, so the rule applies to documents that declare version 1.1 or later.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from inspection_schema.rules._registry import rule
from inspection_schema.rules.json_access import as_dict
from inspection_schema.validate.findings import Finding, make_finding, pointer

SECURE_HOME = "secure_childrens_home"
EXTRA_JUDGEMENTS = {
    "education_and_learning": "education and learning",
    "health": "health",
}


@rule("secure-home-judgements-missing")
def secure_home_has_extra_judgements(document: Mapping[str, Any]) -> Iterator[Finding]:
    if document.get("report_kind") != "full" or document.get("provision_type") != SECURE_HOME:
        return
    judgements = document.get("judgements")
    if not isinstance(judgements, Mapping):
        return
    for name, words in EXTRA_JUDGEMENTS.items():
        if name not in as_dict(judgements):
            yield make_finding(
                "secure-home-judgements-missing",
                pointer("judgements", name),
                f"A secure children's home is also judged on {words}, but the judgements "
                f"have no {name!r}.",
            )
