"""Rules for secure children's homes, whose full reports carry two extra judgements.

A secure children's home is also judged on education and learning and on health, and
its overall judgement takes both into account (domain rule 26). Schema 1.1 added the two
judgements, so the rule applies to documents that declare version 1.1 or later. The areas
and the provision type that has them come from the judgement-area codelist.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from inspection_schema.rules._registry import rule
from inspection_schema.rules.json_access import as_dict
from inspection_schema.spec.codelists import codelist, extra_areas
from inspection_schema.validate.findings import Finding, make_finding, pointer


@rule("secure-home-judgements-missing")
def secure_home_has_extra_judgements(document: Mapping[str, Any]) -> Iterator[Finding]:
    provision = document.get("provision_type")
    if document.get("report_kind") != "full" or not isinstance(provision, str):
        return
    judgements = document.get("judgements")
    if not isinstance(judgements, Mapping):
        return
    home = codelist("provision-type").label(provision).lower() if extra_areas(provision) else ""
    for name in extra_areas(provision):
        if name not in as_dict(judgements):
            yield make_finding(
                "secure-home-judgements-missing",
                pointer("judgements", name),
                f"A {home} is also judged on {name.replace('_', ' ')}, but the judgements "
                f"have no {name!r}.",
            )
