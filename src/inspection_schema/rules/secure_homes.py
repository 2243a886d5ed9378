"""Rules for secure children's homes, whose full reports carry two extra judgements.

A secure children's home is also judged on education and learning and on health, and
its overall judgement takes both into account (domain rule 26). Schema 1.1 added the two
judgements, so the rule applies to documents that declare version 1.1 or later. The areas,
the provision type that has them and when Ofsted judged each come from the judgement-area
codelist: a report of an inspection before Ofsted judged an area is not expected to have
it. An area recorded as not judged is present, so it is not missing.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from inspection_schema.rules._registry import NO_FINDINGS, Findings, rule
from inspection_schema.rules.context import DocumentContext
from inspection_schema.spec.codelists import (
    codelist,
    extra_areas,
    judged_periods,
    provision_types_with_extra_areas,
    within,
)
from inspection_schema.validate.findings import make_finding, pointer


@rule("secure-home-judgements-missing")
def secure_home_has_extra_judgements(document: DocumentContext) -> Findings:
    provision = document.get("provision_type")
    if document.kind != "full" or provision not in provision_types_with_extra_areas():
        return NO_FINDINGS
    areas = extra_areas(provision)
    judgements = document.get("judgements")
    if not areas or not isinstance(judgements, Mapping):
        return NO_FINDINGS
    start = document.start
    home = codelist("provision-type").label(provision).lower()
    return [
        make_finding(
            "secure-home-judgements-missing",
            pointer("judgements", name),
            f"A {home} is also judged on {name.replace('_', ' ')}, but the judgements "
            f"have no {name!r}.",
        )
        for name in areas
        if name not in judgements and _judged_on(name, start)
    ]


def _judged_on(area: str, day: datetime.date | None) -> bool:
    """Whether Ofsted judged an area on a day (on an unknown day, it is taken to have)."""
    periods = judged_periods(area)
    return day is None or not periods or any(within(day, span) for span in periods)
