"""Rules for secure children's homes, whose full reports carry two extra judgements.

A secure children's home is also judged on education and learning and on health, and
its overall judgement takes both into account (domain rule 26). Schema 1.1 added the two
judgements, so the rule applies to documents that declare version 1.1 or later. The areas
and the provision type that has them come from the judgement-area codelist.
"""

from __future__ import annotations

from collections.abc import Mapping

from inspection_schema.rules._registry import NO_FINDINGS, Findings, rule
from inspection_schema.rules.context import DocumentContext
from inspection_schema.spec.codelists import codelist, extra_areas
from inspection_schema.validate.findings import make_finding, pointer


@rule("secure-home-judgements-missing")
def secure_home_has_extra_judgements(document: DocumentContext) -> Findings:
    provision = document.get("provision_type")
    if document.kind != "full" or not isinstance(provision, str):
        return NO_FINDINGS
    areas = extra_areas(provision)
    judgements = document.get("judgements")
    if not areas or not isinstance(judgements, Mapping):
        return NO_FINDINGS
    home = codelist("provision-type").label(provision).lower()
    return [
        make_finding(
            "secure-home-judgements-missing",
            pointer("judgements", name),
            f"A {home} is also judged on {name.replace('_', ' ')}, but the judgements "
            f"have no {name!r}.",
        )
        for name in areas
        if name not in judgements
    ]
